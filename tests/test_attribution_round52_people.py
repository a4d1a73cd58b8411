"""Round 49's misses of people: titles, descriptions and honorifics (issue 15, session fix15cp).  An epithet ("the Turkish
strongman", "the master of the Kremlin", "the Spaniard", "the leader of the opposition") stands for the person its
paragraph has just named, chosen by the nation it names (LABELS rule 8).  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


_SUMMIT = ("Dakar suit la crise\n\nPAR AMADOU FALL\n\nThe truce was agreed in Sochi by Vladimir Putin and Recep Tayyip "
           "Erdogan after five hours. The Kremlin boss declared that the deal would hold « for a long time ». The Turkish "
           "leader, for his part, warned that Ankara would answer « every provocation ».")
_GENEVA = ("Brussels weighs the migrant question\n\nBy Lena Vogt\n\nIn Geneva, the EU's foreign policy chief, Ana Morales "
           "Vidal, judged the border closures unacceptable. According to the Spaniard, Europe « will not give way ».\n\n"
           "At his Monday press conference, Raj Ramdhun criticised the cabinet's silence. The leader of the opposition "
           "demanded that the island speak « without fear ».")
_KREMLIN = ("Moscou et Ankara\n\nPAR JEAN DUVAL\n\nRecep Tayyip Erdogan flew to Moscow to meet Vladimir Putin on Thursday. "
            "The master of the Kremlin said the talks had been « frank and long ».")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_SUMMIT, "The Kremlin boss", "vladimir-putin", id="fix15cp_kremlin_boss_of_two_named"),
    pytest.param(_SUMMIT, "The Turkish leader,", "recep-tayyip-erdogan", id="fix15cp_turkish_leader_of_two_named"),
    pytest.param(_KREMLIN, "The master of", "vladimir-putin", id="fix15cp_master_of_the_kremlin_named_second"),
    pytest.param(_GENEVA, "According to the", "new:Ana Morales Vidal", id="fix15cp_the_spaniard_named_before"),
    pytest.param(_GENEVA, "The leader of", "new:Raj Ramdhun", id="fix15cp_leader_of_the_opposition_named_before"),
    pytest.param(_GENEVA, "without fear", "new:Raj Ramdhun", id="fix15cp_leader_of_the_opposition_quotation"),
])
def test_fix15cp_an_epithet_is_the_person_its_paragraph_named(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who
