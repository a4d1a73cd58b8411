"""Whose words a headline quotes when its own clause names a country (pure): one of that country's bodies the story quotes."""

from __future__ import annotations

from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person, speaks_for
from idlibsite.attribution.folding import fold
from idlibsite.sources.statements import Passage


def country_body_words(quoted: Passage, got: Speaker, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The body of a headline's country whose passage in the story gives the headline's quoted words, of two words or
    more ("Egypt condemns ..., calls it a 'flagrant violation'" over "Egypt's Foreign Ministry ... condemned ...,
    describing it as a flagrant violation of ..."): the ministry's words, the country only its clause's subject (LABELS
    Round 29, a headline quotation the body gives; rule 9, a ministry is never its country); else None."""
    country = speaks_for(got) if quoted.kind == "direct" and (got.actor or got.new) and not is_person(got) else ""
    said = " ".join(text[quoted.start : quoted.end].split()).strip(" '‘’\",.").lower()
    if not country or fold(got.label) != fold(country) or len(said.split()) < 2:
        return None
    bodies = [s for p, s in sorted(found.items(), key=lambda item: item[0].start) if (s.actor or s.new) and not is_person(s)
              and s.label != got.label and speaks_for(s) == country and said in " ".join(text[p.start : p.end].split()).lower()]
    return Speaker(bodies[0].actor, bodies[0].new, "", "later", CONFIDENCE["later"]) if bodies else None
