"""A broadcast transcript's untagged soundbites: whose words a ">>" line speaks in the first person (pure).

A video's or a bulletin's transcript opens each turn with a mark (">>", "» ", :func:`.listmarks.turn_lines`), one turn a
line, the narration's and the soundbites' alike, and tags no speaker.  A turn of the first person ("We sold everything we
had ...") that no narration's clause introduces is a soundbite: the words of whom the turn just before names, by the
transcript's convention (LABELS: "a video transcript's untagged ">>" soundbite is the speaker its narration line names
just before"): the one it announces ("here is what Governor Alma Cruz said"), else the person its last sentence names
first ("Syrian teacher Ahmad Karim came with his wife ..."), else nobody named (:data:`UNNAMED`).  An announced clip is
the announced one's whatever its person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.listmarks import TURN_MARK, turn_lines
from idlibsite.sources.narration import FIRST_PERSON, QUOTED
from idlibsite.sources.turns import Turn

UNNAMED = "an unnamed voice"
"""The tag of a soundbite whose speaker the transcript does not name: resolved to nobody named."""
ANNOUNCED = re.compile(r"(?i:here\s+is\s+what|here's\s+what|listen\s+to|let's\s+hear\s+(?:from\s+)?|we\s+heard\s+from)\s+"
                       r"(?P<who>(?:[a-z]+\s+)?[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})")
"""A turn that announces a clip and whose it is ("here is what President Erdogan said on Saturday")."""
_SIGN_OFF = re.compile(r"(?i:\b(?:reporting|for\s+[A-Z][\w.]+\s+news)\b)|\b(?:I'm|I’m|This\s+is)\s+[A-Z][\w’'-]+\s+[A-Z]")
"""A reporter's sign-off in the first person ("I'm Jane Doe, Reuters, reporting from Edirne."): no soundbite."""
_OPENER = r"(?:The|A|An|In|On|At|As|After|But|And|Meanwhile|Now|Then|Here|There|This|That|From|For|With|Some|Many)"
PERSON = re.compile(r"(?<![\w’'-])(?!" + _OPENER + r"\b)(?P<who>[A-Z][\w’'-]+(?:[^\S\n]+(?:al-|bin[^\S\n]+)?[A-Z][\w’'-]+){1,3})")
"""A person's name of two words or more, no sentence opener first ("In Ankara" is none)."""
SENTENCE_START = re.compile(r"(?<=[.!?])[^\S\n]+(?=[\"“A-Z])")


def transcript_ranges(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with each one that holds a transcript's turn lines parted into its lines, each from its words on."""
    lines = turn_lines(text)
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        inside = [(at, to) for at, to in lines if start <= at < end]
        if not inside:
            out.append((start, end))
            continue
        if inside[0][0] > start and text[start : inside[0][0]].strip():
            out.append((start, inside[0][0] - 1))
        ends = [at - 1 for at, _ in inside[1:]] + [end]  # a turn's lines up to the next turn's mark
        out += [(m.end() if (m := TURN_MARK.match(text, at)) else at, to) for (at, _), to in zip(inside, ends)]
    return out


def _named(turn: str) -> str:
    """Whom a narration's turn introduces: the one it announces, else the first person its last sentence names."""
    announced = ANNOUNCED.search(turn)
    if announced:
        return announced.group("who")
    last = list(SENTENCE_START.finditer(turn))
    person = PERSON.search(turn, last[-1].end() if last else 0)
    return person.group("who") if person else ""


def soundbites(text: str, ranges: Sequence[tuple[int, int]], tagged: dict[int, Turn]) -> dict[int, Turn]:
    """The untagged soundbites of a transcript's turn lines (the ranges of :func:`transcript_ranges`), by their start: an
    announced clip, or a turn of the first person (outside quotation marks, no sign-off) after a narration's turn;
    ``tagged`` are the page's turns (:func:`.turns.turns`): a turn with a tag of its own is no soundbite, and an asking
    turn (a host's) may announce a clip but introduces nobody else."""
    lines = {at for at, _ in turn_lines(text)}
    out: dict[int, Turn] = {}
    ordered = sorted(ranges)
    for (before, before_end), (start, end) in zip([(0, 0), *ordered], ordered):
        if text.rfind("\n", 0, start) + 1 not in lines or start in tagged and tagged[start].body > start:
            continue
        said = text[before:before_end]
        announced = ANNOUNCED.search(said)
        words = QUOTED.sub("", text[start:end])
        if announced:
            out[start] = Turn(start, announced.group("who"), "", True)
        elif FIRST_PERSON.search(words) and not _SIGN_OFF.search(words) and before not in out:
            narrated = before not in tagged and text.rfind("\n", 0, before) + 1 in lines  # the narration's own line
            out[start] = Turn(start, (_named(said) if narrated else "") or UNNAMED, "", True)
    return out
