"""Round 53's bodies, national pages, headlines and names (issue 15, session fix15dg): general rules, each pinned by
pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


_LIMA = ("Five questions on the Idlib crisis\n\n"
         "Russia says Ankara broke the deal; Turkey promises revenge. The Foreign Ministry urged calm.\n\n"
         "Who is fighting?\n\n"
         "Moscow backs the Syrian army. Russian Foreign Ministry spokeswoman Maria Zakharova said Turkey had armed the rebels.\n\n"
         "What did Lima say?\n\n"
         "On Sunday the Foreign Ministry said that Peru followed the events with alarm. Torre Tagle also recommended that "
         "Peruvians leave the border provinces.")
_ROME = ("Three answers on Idlib\n\n"
         "Russia says Turkey is to blame. The Foreign Ministry called for a truce.\n\n"
         "What about Italy?\n\n"
         "On Monday the Foreign Ministry said that no Italians were hurt. The Farnesina urged travellers to stay away.")
_MOSCOW = ("Three answers on Idlib\n\n"
           "Russia says Turkey is to blame. The Foreign Ministry called for a truce.\n\n"
           "What about the talks?\n\n"
           "On Monday the Foreign Ministry said that Moscow was ready to talk.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LIMA, "On Sunday the", "new:Foreign Ministry", id="body_after_a_foreign_subject"),
    pytest.param(_LIMA, "The Foreign Ministry", "new:Foreign Ministry", id="deck"),
    pytest.param(_ROME, "On Monday the", "new:Foreign Ministry", id="other_seat"),
    pytest.param(_MOSCOW, "On Monday the", "russian-foreign-ministry", id="guard_no_seat_keeps_the_opening_country"),
])
def test_a_bare_foreign_ministry_on_a_page_that_names_its_seat_is_the_seats_countrys(text: str, opening: str,
                                                                                    who: str) -> None:
    # "The Foreign Ministry said" on a page that also calls a ministry by its seat ("Torre Tagle", "the Farnesina"): the
    # seat's country's ministry (LABELS Round 29 and Round 43), never the known ministry of the country the page opens
    # with as a subject ("Russia says ..."); with no seat named, the page's opening country stays
    assert _said(text, opening) == who


def test_a_bare_ministry_is_proposed_with_the_seats_country() -> None:
    # the new actor carries the seat's country (the scorer compares "Foreign Ministry" with "Peruvian Foreign Ministry")
    from idlibsite.attribution.seathome import seat_home

    assert seat_home("the Foreign Ministry", _LIMA) == "Peru"
    assert seat_home("the Foreign Ministry", "The San Martín Palace said so.") == "Argentina"
    assert seat_home("the Foreign Ministry", _MOSCOW) == ""
    assert seat_home("the Foreign Ministry", "Foggy Bottom said so.") == ""  # the seat's body names no country
    assert seat_home("the Foreign Ministry", "The Farnesina and the Quai d'Orsay said so.") == ""  # two countries


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LIMA, "Torre Tagle also", "new:Peruvian Foreign Ministry", id="recommended_that"),
])
def test_a_ministry_recommending_that_is_its_advice(text: str, opening: str, who: str) -> None:
    # "X recommended that citizens avoid ...": advice given, an act of speech (its own passage)
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Pacific news\n\nThe Kingdom of Tonga Armed Forces says its engineers in Lebanon are safe.",
                 "The Kingdom of", "new:Kingdom of Tonga Armed Forces", id="kingdom"),
    pytest.param("Seoul news\n\nThe Republic of Korea Navy said its destroyer had left the Gulf of Aden.",
                 "The Republic of", "new:Republic of Korea Navy", id="republic"),
    pytest.param("University news\n\nProfessor Ana Lima of the National University said the talks had failed.",
                 "Professor Ana Lima", "new:Ana Lima", id="guard_a_person_of_a_body"),
])
def test_a_states_formal_name_opening_a_bodys_name_is_no_person_of_a_body(text: str, opening: str, who: str) -> None:
    # "The Republic of X Military Forces says": the body by its whole name (LABELS rule 9), not a person "The Republic"
    # of a body "X Military Forces"; a person of a body stays the person
    assert _said(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Kampala view\n\nRadio Uganda quoted a professor at Makerere University, Dr. John Okello, as saying the talks would fail.",
                 "Radio Uganda quoted", "new:John Okello", id="dr_with_a_period"),
    pytest.param("Manila view\n\nThe agency quoted a researcher at the Institute of Asian Studies, Prof Maria Tan, as saying Asean should stay neutral.",
                 "The agency quoted", "new:Maria Tan", id="prof"),
    pytest.param("Manila view\n\nThe agency quoted a researcher at the Institute of Asian Studies, speaking on condition of anonymity, "
                 "as saying Asean should stay neutral.",
                 "The agency quoted", "a researcher at the Institute of Asian Studies, speaking on condition of anonymity",
                 id="guard_no_name_apposed"),
])
def test_a_person_described_then_named_in_apposition_is_the_name(text: str, opening: str, who: str) -> None:
    # "X quoted a lecturer at the University, Dr. Name, as saying": the name apposed to the description (LABELS rule 7),
    # its titles left out (rule 2), never the whole description proposed as a name; no name apposed, nobody named
    assert _said(text, opening) == who
