"""The speaker a sentence with no clause of its own carries on from (pure): the sentence that announced its list, the
reported sentence it goes on with."""

from __future__ import annotations

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.context import same_paragraph
from idlibsite.sources.speech import Sentence
from idlibsite.sources.statements import goes_on, is_item

def listed(sentence: Sentence, ordered: list[Sentence], by_sentence: dict[int, Speaker], text: str) -> Speaker | None:
    """The speaker of the sentence ending in a colon that announced the list a bulleted item is in, back through the
    items before it; None when none."""
    at = ordered.index(sentence)
    while at > 0 and is_item(text, ordered[at].start):
        at -= 1
        before = by_sentence.get(ordered[at].start) if ordered[at].masked.rstrip().endswith(":") else None
        if before is not None:
            return Speaker(before.actor, before.new, before.unnamed, "paragraph", CONFIDENCE["paragraph"]) if before.actor or before.new else None
    return None


def carried(sentence: Sentence, ordered: list[Sentence], by_sentence: dict[int, Speaker], text: str) -> Speaker | None:
    """The speaker of the reported sentence a sentence goes on with (:func:`goes_on`), back through the sentences of
    its paragraph that go on too; None when none."""
    at = ordered.index(sentence)
    while at > 0 and same_paragraph(text, ordered[at - 1].end, ordered[at].start):
        before = by_sentence.get(ordered[at - 1].start)
        if before is not None:
            return Speaker(before.actor, before.new, before.unnamed, "paragraph", CONFIDENCE["paragraph"]) if before.actor or before.new else None
        if not goes_on(ordered[at - 1].masked):
            return None
        at -= 1
    return None
