"""The speaker a sentence with no clause of its own carries on from (pure): the sentence that announced its list, the
reported sentence it goes on with."""

from __future__ import annotations

import re

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


_ITEM_VERB = re.compile(r"[^\S\n]*[-•*][^\S\n]+(?:also[^\S\n]+)?[a-z]+ed\b")
"""A bulleted item that opens with a verb in the past and no subject ("- thanked ...", "- reaffirmed ..."): a readout's note."""
_LEAD_SUBJECT = re.compile(r"(?:^|[,.;][^\S\n]+)(?P<who>(?:the[^\S\n]+|The[^\S\n]+)?[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,4})[^\S\n]*:[^\S\n]*$")
"""The lead-in's subject before its colon, a phrase of capitalised words after the line's opening phrase ("During the call,
the Prime Minister:", "Prime Minister Trudeau:")."""


def item_subject(text: str, start: int) -> tuple[int, str] | None:
    """Where the subject of the line that announces a readout's note starts, and that subject, for an item at
    ``start`` that opens with a verb in the past and no subject of its own ("During the call, the Prime Minister:" over
    "- thanked ...", "- noted ..."): the speaker the readout's note leaves implied; None when the item has a subject or
    the line over the list names none."""
    line = text.rfind("\n", 0, start) + 1
    if not _ITEM_VERB.match(text, line):
        return None
    while line > 0 and _ITEM_VERB.match(text, line):  # back over the list's items to the line over them
        line = text.rfind("\n", 0, line - 1) + 1
    above = text[line : text.find("\n", line) if "\n" in text[line:] else len(text)]
    if not above.strip():  # a blank line between the lead-in and its list
        line = text.rfind("\n", 0, line - 1) + 1
        above = text[line : text.find("\n", line)]
    lead = _LEAD_SUBJECT.search(above)
    return (line + lead.start("who"), lead.group("who")) if lead else None


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
