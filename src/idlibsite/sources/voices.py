"""A roll of voices: vox pops, a listener line's callers, readers' replies, each under its own label (pure).

Regional and local pages print what several people told them as a run of paragraphs, each opened by its speaker's
label and a colon: "Rami, Dearborn: My parents left ...", "Amina Yusuf, 34, a nurse: ...", "Sandra Pickering: Dropped
off ...", a commenter's handle ("LeicesterLad84: ..."), or a speaker left unnamed ("A caller from Hamtramck, who asked
us not to use her name: ...").  Unlike an interview's tags (:mod:`.turns`), each label opens one paragraph only, so
the layout is read from the run and what announces it:

- two paragraphs or more in a row open with such a label, each a different one;
- the paragraph just before the run announces what people said ("the replies", "comments", "what they told us", "We
  asked ..."), so a round-up by place ("Gaza City: Strikes killed ...") is not read as voices;
- a label is a name of two capitalised words or more, or one word with a place, an age or a role after a comma
  ("Rami, Dearborn"), a handle (a word with a digit, "@name"), or an indefinite person ("A caller from ...",
  "One reader"); never a section's word ("Update:", "Note:", "Photo:") and never a table's field (its words after the
  colon are no sentence: at least three words, ending with a stop);
- a paragraph whose first sentence reports another's speech ("St. Sharbel Church: Pastor X said ...") is a
  news item under a heading, not a voice.

Each voice is a :class:`.turns.Turn` whose words are the labelled speaker's own; a handle or an indefinite person
gives no name (its tag is empty: the speaker is left to the page's reading, nobody where the page names nobody there).  A comment thread under an article signs each
comment above its words, "Darlo Dave says..." and the time it was posted ("3:41pm Tue 3 Mar 20"): a page with two
such signatures or more gives each comment's words as a voice with an empty tag (a commenter's name is the site's
username, LABELS Round 82: comments under "Nickname says" are `null`); a thread that signs each comment with a name line
over the time, no verb, gives a full name its comment (a reader's own name) and a handle nobody.  A label that reports speech itself ("A caller,
who asked us not to use her name: ...") stays in its turn's words, a passage of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.stamps import TIME_STAMP
from idlibsite.sources.turns import SECTION_LABELS, Turn
from idlibsite.sources.views import CAPITAL

_WORD = rf"[{CAPITAL}][\w’'-]*\.?"
_LABEL = re.compile(
    r"(?:\[?\d{1,2}[:.]\d{2}\]?[^\S\n]+)?"  # a chat's time stamp before the label ("[07:15] Dr Samer:")
    rf"(?:(?P<anon>(?:A|An|One)[^\S\n]+[a-z][^\n:]{{2,100}}?)"
    r"|(?P<handle>@\w+|[A-Za-z][A-Za-z_.]*\d[\w.]*)"
    rf"|(?P<name>{_WORD}(?P<more>(?:[^\S\n]+(?:(?:al|el|bin|ibn|van|von|de|der|du|la|le)[^\S\n]+)?{_WORD}){{1,3}})?)"
    r"(?:,[^\S\n]+(?P<about>[^\n:!?]{1,60}?))?)"
    r"[^\S\n]?:[^\S\n]+(?=[A-Z0-9])")
"""A voice's label at a paragraph's start and its colon, the words after it opening with a capital, not a quotation mark (a box
of quotations under "Name, title:" is read as quotations, :func:`.headtags.entry_tag`)."""
_SENTENCE = re.compile(r"\S+(?:\s+\S+){2,}.*[.!?…\"”’)]\s*$", re.S)
"""A voice's words: a sentence or more, at least three words ending with a stop (a table's field is not one)."""
_ANNOUNCED = re.compile(r"(?i)\b(?:repl(?:y|ies|ied)|respon(?:se|ses|ded)|comments?|messages?|letters|views|voices|reactions|callers?|listeners|readers"
                        r"|we\s+asked|(?:told|tell|wrote\s+to|texted|messaged|emailed|called)\s+us"
                        r"|what\s+(?:they|people|you|residents|locals|others)\s+(?:said|say|told|think|thought|had\s+to\s+say))\b")
"""Words of the paragraph before a roll that announce the voices under it ("Here are some of the replies", "what they told
us", "We asked shoppers ..."); a speech verb alone does not ("Officials said these towns were hit:" over a round-up)."""
MIN_VOICES = 2
_SIGNED = re.compile(r"(?m)^[^\S\n]*(?P<name>[^\n]{1,60}?)[^\S\n]+(?:says|said|wrote|writes|commented)[^\S\n]*(?P<dots>\.\.\.|…)?:?[^\S\n]*"
                     r"(?:\n(?P<stamp>[^\S\n]*[^\n]*\d[^\n]*))?[^\S\n]*\n[^\S\n]*\n[^\S\n]*\Z")
"""A commenter's signature just before a comment's words: "Name says..." and the line of the time it was posted."""
_NAME_LINE_SIGNED = re.compile(r"(?:\A|\n[^\S\n]*\n)[^\S\n]*(?P<name>[^\s:.!?,;\"“”][^\n:!?,;\"“”]{0,58}?)[^\S\n]*\n(?P<stamp>[^\S\n]*[^\n]*\d[^\n]*)"
                               r"[^\S\n]*\n[^\S\n]*\n[^\S\n]*\Z")
"""A commenter's signature of a site that prints no verb: the commenter's name or handle on a line of its own that opens
its block, the time it was posted on the next ("Ruth Abelson" over "March 4, 2020, 9:14 am"), then the comment."""
_FULL_NAME = re.compile(rf"{_WORD}(?:[^\S\n]+(?:(?:al|el|bin|ibn|van|von|de|der|du|la|le)[^\S\n]+)?{_WORD}){{1,3}}")
"""A commenter's full name (two capitalised words or more), as a reader signs in their own name, not a site's username."""


def _label(text: str, start: int, end: int) -> tuple[str, str, int, str] | None:
    """The speaker's tag (empty for a handle or an unnamed person), what follows it after a comma, where the words
    start, and the label as written (without a chat's time), for a paragraph opening with a voice's label; None when it
    opens with none."""
    m = _LABEL.match(text, start, end)
    if m is None or not _SENTENCE.match(text, m.end(), end):
        return None
    name = m.group("name")
    if name is not None and (name.rstrip(".").lower() in SECTION_LABELS or not m.group("more") and not m.group("about")):
        return None  # "Update: ...", a single word ("Dearborn: ...", "WORLD: ...") without a place or role after it
    words = text[m.end() : end]
    first = re.split(r"(?<=[.!?])\s+", words, maxsplit=1)[0]
    if speech_verbs(first):
        return None  # "St. Sharbel Church: Pastor X said ...": a news item under its heading
    told = speech_verbs(text[start : m.end()])  # "A caller, who asked us not to use her name:": the label reports too
    written = m.group("anon") or m.group("handle") or name or ""
    return (name or "", (m.group("about") or "").strip(), start if told else m.end(), written)


def _announces(text: str, start: int, end: int) -> bool:
    return _ANNOUNCED.search(text, start, end) is not None


def _posted(line: str) -> bool:
    """A comment's posting time: a date line, or a line opening with the time of day ("3:41pm Tue 3 Mar 20")."""
    return is_date_line(line) or re.match(TIME_STAMP, line.strip()) is not None


def _signed(text: str, start: int) -> bool:
    """True when a commenter's signature ends just before ``start`` ("Name says...\n3:41pm Tue 3 Mar 20\n\n")."""
    before = text[max(0, start - 160) : start]
    m = _SIGNED.search(before)
    return m is not None and bool(m.group("dots") or m.group("stamp") and _posted(m.group("stamp")))


def _name_signed(text: str, start: int) -> str | None:
    """The commenter a signature with no verb gives the comment at ``start`` (:data:`_NAME_LINE_SIGNED`): their full name,
    or "" for a handle ("eljay_north", "OldHand1967": LABELS Round 82, a username is nobody's); None when no such
    signature ends just before it."""
    m = _NAME_LINE_SIGNED.search(text[max(0, start - 160) : start])
    if m is None or not _posted(m.group("stamp")) or is_date_line(m.group("name")) or m.group("name").lower().startswith("by "):
        return None  # a byline's "By Name" over its date is the article's, no comment
    return m.group("name").strip() if _FULL_NAME.fullmatch(m.group("name").strip()) else ""


def voices(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, Turn]:
    """The voices of a roll and the comments of a thread, by the start of their paragraph (see module docstring); {}
    when the page has none.  A thread whose comments are signed by a name line over the posting time with no verb
    (:func:`_name_signed`) gives each comment to its commenter's full name, a handle to nobody."""
    ordered = sorted(ranges)
    signed = [start for start, _ in ordered if _signed(text, start)]
    out: dict[int, Turn] = {start: Turn(start, "", "", True) for start in signed} if len(signed) >= MIN_VOICES else {}
    named = {start: who for start, _ in ordered if start not in out for who in [_name_signed(text, start)] if who is not None}
    out.update({start: Turn(start, who, "", True) for start, who in named.items()} if len(named) >= MIN_VOICES else {})
    run: list[tuple[int, tuple[str, str, int, str]]] = []
    for index, (start, end) in enumerate([*ordered, (len(text), len(text))]):
        label = _label(text, start, end) if index < len(ordered) else None
        if label is not None:
            run.append((start, label))
            continue
        first = index - len(run)
        if (len(run) >= MIN_VOICES and len({label[3] for _, label in run}) == len(run) and first > 0
                and _announces(text, *ordered[first - 1])):
            out.update({at: Turn(body, name, about, True) for at, (name, about, body, _) in run})
        run = []
    return out
