"""A compilation of statements in a forum's thread or a wiki's list (pure): the speaker at the head of a bullet, or on
the line above the words.

A forum's megathread and a community's list of statements give words without quotation marks, their speaker named
before them in two forms:

- a bullet "- Name, speaking in Istanbul: words", "• Body (Name): words", "* Title Name on Twitter: words": the
  speaker's name heads the item, before a comma, a bracket or a place, and the colon; a page's list of two such items
  or more is a compilation (an item whose words report another's speech, "- Russia: Kremlin spokesman X said ...", is
  a news item under its heading, LABELS "Newsletters and roundups", read as any sentence, and so is an item whose head
  reports, "On Telegram, a channel posted the clip with the caption: ...", or whose words are in quotation marks, read
  by the layouts of quotations);
- an event map's line "Role Name: words" under its time line ("UN OCHA spokesman Jens Laerke: ...", :mod:`.feedlines`);
- a member's line "Name at the weekly briefing, for the record:" or "Name:" ending the paragraph above a paragraph of
  unmarked words: the line above is about the speaker (LABELS rule 10), and the words under it are his.

Neither is a tagged transcript (:mod:`.turns`: no tag opens two paragraphs) nor a roll of voices (:mod:`.voices`: no
paragraph announces them); a section's label ("Update:", "Source:", "Edit:") never names a speaker.  Each item's or
paragraph's words are given to the name as written (read as an embedded post's, LABELS "Embedded posts": marks or
not); a place's name heads a round-up's item, never a speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from idlibsite.sources.claimrecords import claim_records
from idlibsite.sources.feedlines import FEED_TIME, line_above
from idlibsite.sources.places import city, place
from idlibsite.sources.quotelines import first_sentence, quoted_lines
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.turns import SECTION_LABELS
from idlibsite.sources.views import CAPITAL

MIN_ITEMS = 2
_NAME = rf"(?P<name>[{CAPITAL}][\w’'.-]*(?:[^\S\n]+(?:(?:al|el|bin|ibn|van|von|de)[^\S\n]+)?[{CAPITAL}][\w’'.-]*){{0,4}})"
_AFTER_NAME = r"(?:,[^\n:]*|[^\S\n]*\([^\n():]*\)[^\n:]*|[^\S\n]+(?:at|in|on|to|from|again|today|earlier|later|speaking)\b[^\n:]*)?"
"""What may follow the speaker's name before the colon: a comma's words, a bracket's, a place or time ("speaking in
Istanbul", "(Konashenkov)", "on Twitter", "at the weekly briefing, for the record")."""
_ITEM = re.compile(rf"[^\S\n]*[-•*–·][^\S\n]+{_NAME}{_AFTER_NAME}:[^\S\n]+(?P<words>[{CAPITAL}][^\n]*\S)")
_ROLES = r"(?:spokes(?:man|woman|person)|minister|ministry|official|envoy|ambassador|chief|head|commander|director|adviser|advisor)"
_FEED_ITEM = re.compile(rf"[^\S\n]*(?P<name>[{CAPITAL}][\w’'.-]*(?:[^\S\n]+(?:[{CAPITAL}][\w’'.-]*|[a-z]+)){{0,4}}[^\S\n]+{_ROLES}"
                        rf"(?:[^\S\n]+[{CAPITAL}][\w’'.-]*){{2,3}}):[^\S\n]+(?P<words>[\"“{CAPITAL}][^\n]*\S)[^\S\n]*(?=\n|\Z)")
"""An event map's line whose head is a role and the name of the one who holds it ("UN OCHA spokesman Jens Laerke: words"),
which a heading's tag of capitalised words does not read (:func:`.headtags.headline_tag`)."""
_LINE_ABOVE = re.compile(rf"{_NAME}{_AFTER_NAME}:[^\S\n]*")
_MARKS = re.compile(r"[\"“”«»„]")


def _speaker(name: str, page: str) -> bool:
    """A name that may speak: not a section's label ("Update", "Edit", "Source"), nor a place (a round-up by place,
    "- Saraqib: Government forces entered the town.", "- Greece: ...": LABELS "Newsletters and roundups", the label
    names what the item is about)."""
    return (name.lower() not in SECTION_LABELS and name.split()[0].lower() not in SECTION_LABELS
            and not place(name) and not city(name, page))


def _head(m: re.Match[str], page: str) -> bool:
    """A head that names a speaker: a name that may speak (:func:`_speaker`) of two words or more, or of one with what
    the speaker did or where after it ("Erdogan, speaking in Istanbul", "Zakharova at the weekly briefing"); a bare
    word ("Saraqib:", "Casualties:") is a round-up's or a table's label as often as a surname, and is left alone."""
    return _speaker(m.group("name"), page) and (" " in m.group("name") or m.end("name") < m.string.index(":", m.end("name")))


_BRACKETED = re.compile(rf"[^\S\n]*\((?P<inner>[{CAPITAL}][\w’'.-]*(?:[^\S\n]+[{CAPITAL}][\w’'.-]*){{0,3}})\)")
"""A person's name in brackets after a body's ("Russian MoD (Konashenkov)"): the named spokesman speaks (LABELS rule 3)."""


def _name(m: re.Match[str]) -> str:
    """The speaker a head names: the person in brackets after a body, else the name without an abbreviated title before
    a person's two names ("Greek PM Kyriakos Mitsotakis": "Kyriakos Mitsotakis"; the tag's reader would take "PM" for
    a name's word written in capitals)."""
    inner = _BRACKETED.match(m.string, m.end("name"))
    if inner:
        return inner.group("inner")
    words = m.group("name").split()
    caps = max((i for i, w in enumerate(words) if re.fullmatch(r"[A-Z]{2,}", w)), default=-1)
    return " ".join(words[caps + 1 :]) if 0 <= caps <= len(words) - 3 else m.group("name")


def item_lines(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with a paragraph of two bullets or more that open with a speaker's head (:data:`_ITEM`) cut into its
    lines, each item a paragraph of its own (LABELS: each item of a list is a sentence of its own)."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:end])]
        if sum(1 for a, b in lines if _ITEM.fullmatch(text, start + a, start + b)) >= MIN_ITEMS:
            out += [(start + a, start + b) for a, b in lines]
        else:
            out.append((start, end))
    return out


def compiled(original: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int, str, str]]:
    """The compiled statements among the ranges (see the module's docstring), by the start of their paragraph: where
    the words start and end, the speaker's name as written, and no title."""
    ordered = sorted(ranges)
    items = {start: m for start, end in ordered for m in [_ITEM.fullmatch(original, start, end)]
             if m and _head(m, original) and not speech_verbs(first_sentence(m.group("words")))
             and not speech_verbs(original[m.start("name") : m.start("words")]) and not _MARKS.search(m.group("words"))}
    out = {start: (m.start("words"), m.end("words"), _name(m), "") for start, m in items.items()} if len(items) >= MIN_ITEMS else {}
    out.update({start: (m.start("words"), m.end("words"), m.group("name"), "") for start, end in ordered  # under a feed's time line
                for m in [_FEED_ITEM.match(original, start, end)] if m and FEED_TIME.fullmatch(line_above(original, start))})
    for (start, end), (under, under_end) in zip(ordered, ordered[1:]):
        last = original[start:end].rsplit("\n", 1)[-1]
        last = re.split(r"(?<=[.!?])[^\S\n]+", last)[-1]  # "From the other side. Name:": the line's last sentence
        above = _LINE_ABOVE.fullmatch(last)
        words = original[under:under_end]
        if (above is None or not _head(above, original) or speech_verbs(last) or original[end:under].count("\n") > 2
                or under in out or _MARKS.search(words) or speech_verbs(first_sentence(words)) or words.rstrip().endswith(":")):
            continue
        out[under] = (under, under_end, _name(above), "")
    return out


def compilations(original: str, text: str, ranges: Sequence[tuple[int, int]], claimed: Collection[int]
                 ) -> dict[int, tuple[int, int, str, str]]:
    """The words without marks that a compilation's layout gives a speaker, by the start of their paragraph (where they
    start and end, the speaker, a title): a thread's or a list's (:func:`compiled`), a quotations page's
    (:func:`.quotelines.quoted_lines`), a claims database's (:func:`.claimrecords.claim_records`); none of the
    paragraphs ``claimed`` by a layout read before (an interview's, a roll of voices', a box's)."""
    found = {**compiled(original, ranges), **quoted_lines(text, ranges), **claim_records(text, ranges)}
    return {start: entry for start, entry in found.items() if start not in claimed}
