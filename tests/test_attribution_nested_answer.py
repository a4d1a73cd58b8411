"""A quotation an interview's answer gives to "he", "she" or "they" is not the answerer's own words (LABELS, Round 27,
a nested quotation of someone unnamed, inside an interview's answer too: the lead's ruling of 2026-12-03)."""

from __future__ import annotations

from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs

_INTERVIEW = (
    "A nurse on the border: 'We stay'\n\n"
    "Q: Where do you work now?\n\n"
    "Lina Marsh: In a clinic near the border. My father in Tripoli does not believe it is safe. He phones every night and"
    ' says, "Come back, you have done your part." I tell him I will stay.\n\n'
    "Q: And the president?\n\n"
    'Lina Marsh: I do not follow politics. {named}\n\n'
    "Q: Will you go home?\n\n"
    "Lina Marsh: Not this year. The clinic needs every pair of hands we have.\n"
)


def _speakers(text: str) -> dict[str, str]:
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {text[p.start : p.end]: s.actor.id if s.actor else f"new:{s.new.name}" if s.new else s.unnamed or "-"
            for p, s in found.items() if p.kind == "direct"}


def test_a_quotation_an_answer_gives_to_he_is_nobodys() -> None:
    got = _speakers(_INTERVIEW.format(named="The clinic is full."))
    assert got["Come back, you have done your part."] == "-"
    assert got["The clinic needs every pair of hands we have."] == "new:Lina Marsh"  # the answer itself stays hers


def test_guard_a_quotation_an_answer_gives_to_a_named_speaker_stays_his() -> None:
    got = _speakers(_INTERVIEW.format(named='Erdogan told his party, "We will not withdraw."'))
    assert got["We will not withdraw."] == "recep-tayyip-erdogan"
