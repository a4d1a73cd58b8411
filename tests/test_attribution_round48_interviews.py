"""Round 45's interview (issue 15, lead): a standfirst that says whom the outlet spoke with ("We spoke with Dr. X, a
researcher at ...", "The Courier talked to Y, ...") names the guest whose words the "A:" turns are, in any name form,
a leading initial joined to the name too ("B.Ganbold", as Mongolian names are written: LABELS, Round 45); a question an
answer gives to the answerer's own ("My students ask me ...") is theirs, nobody named (Round 27).  Texts of our own,
in several outlets' forms; "guard" in an id: passes on the old code too."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs


def _speakers(text: str) -> dict[str, str]:
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {text[p.start : p.end]: s.actor.id if s.actor else f"new:{s.new.name}" if s.new else "-"  # "-": nobody named
            for p, s in found.items()}


def _interview(standfirst: str, nested: str = "") -> str:
    return ("Economist: Idlib will cost the region dearly\n\n"
            "By T.ENKHJIN\n\n"
            f"{standfirst}\n\n"
            "Q: What did the clash of last week change?\n\n"
            f"A: A great deal. The lira fell and the border trade stopped within days.{nested}\n\n"
            "Q: Will the summit help?\n\n"
            "A: I expect a truce. It will not last long.\n")


@pytest.mark.parametrize(("standfirst", "guest"), [
    pytest.param("The fighting in Idlib worries traders here. We spoke with Dr. B.Ganbold, an economist at the National"
                 " University, about the costs.", "new:B.Ganbold", id="lead_we_spoke_with_an_initialled_name"),
    pytest.param("We talked to Professor Anara Sydykova, head of the trade department at the Academy, about what comes"
                 " next.", "new:Anara Sydykova", id="guard_we_talked_to_a_full_name"),
    pytest.param("For this week's interview we spoke with Dr Kofi Mensah, a lecturer in economics, about Turkey.",
                 "new:Kofi Mensah", id="lead_we_spoke_with_after_a_phrase"),
])
def test_a_standfirst_that_says_whom_the_outlet_spoke_with_names_the_guest(standfirst: str, guest: str) -> None:
    got = _speakers(_interview(standfirst))
    assert got["The lira fell and the border trade stopped within days."] == guest
    assert got["It will not last long."] == guest
    assert got["Economist: Idlib will cost the region dearly"] == guest  # the headline's bare role: the one guest


@pytest.mark.parametrize("asked", [
    pytest.param(' My own students ask me every week, "Should we still go to Istanbul?"', id="lead_my_own_students_ask_me"),
    pytest.param(' Our neighbours asked us, "Should we still go to Istanbul?"', id="guard_our_neighbours_asked_us"),
])
def test_a_question_an_answer_gives_to_the_answerers_own_is_nobodys(asked: str) -> None:
    text = ("A teacher in Ankara: 'We stay'\n\n"
            "Q: How is life in Ankara now?\n\n"
            f"Sarnai Dorj: Quiet, but tense.{asked} I tell them yes.\n\n"
            "Q: Will you go home?\n\n"
            "Sarnai Dorj: Not this year. The school needs every teacher it has.\n")
    got = _speakers(text)
    assert got["Should we still go to Istanbul?"] == "-"
    assert got["The school needs every teacher it has."] == "new:Sarnai Dorj"  # the answer itself stays hers


def test_guard_a_quotation_an_answer_gives_to_a_named_speaker_stays_his() -> None:
    text = _interview("We spoke with Dr. B.Ganbold, an economist, about the costs.",
                      ' Erdogan told his party, "We will not withdraw."')
    assert _speakers(text)["We will not withdraw."] == "recep-tayyip-erdogan"
