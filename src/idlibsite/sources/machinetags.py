"""A machine transcript's speaker tags: "Speaker 1:", "SPEAKER 3:", "Speaker B:" (pure).

A transcript written by a machine (a podcast's or a radio programme's automatic transcript) tags each voice it tells
apart with a number or a letter, never a name: "Speaker 1" is the host, "Speaker 2" the first guest, and so on
(:data:`.turnwords.MACHINE_TAG` reads the tag as any other of :mod:`.turns`, whose reading of the tags as a set tells
the one who asks).  The tag names nobody; the voice is whom the page binds it to, and the page binds it as a broadcast
does: the turn right before the voice's first turn introduces it (LABELS, Round 97: machine tags after the narration
introduces a guest, "Here's what he said.", are that guest's).  :func:`introduced_voices` gives who that may be, best
first; :func:`.attribution.tags.holder` keeps the first that is a person.  A voice keeps the person of its first turn:
a machine tells voices apart, it does not rename them.
"""

from __future__ import annotations

import re

from idlibsite.sources.roles import introduced
from idlibsite.sources.soundbites import ANNOUNCED, PERSON
from idlibsite.sources.turnwords import MACHINE_TAG, MACHINE_VOICE
_SIGN_ON = re.compile(r"\b(?:[Tt]his\s+is|I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*")
"""The asking voice's own name or its programme's ("This is Night Desk.", "I'm Tom Bright."): no voice it introduces."""


def machine(name: str) -> bool:
    """True when a tag's name is a machine's ("Speaker 2", "SPEAKER B", "Unknown speaker"), which names nobody."""
    return re.fullmatch(MACHINE_VOICE, name.strip()) is not None


def introducing_turn(text: str, name: str) -> str:
    """The words of the turn right before the first turn that the machine's tag ``name`` opens: from the paragraph
    of the machine's tag before it, "" when none is before it (the page's header introduces no voice)."""
    first = re.search(r"(?m)^[^\S\n]*" + re.escape(name.strip()) + r"[^\S\n]?:", text)
    if first is None:
        return ""
    before = [m.start() for m in re.finditer(r"(?m)^[^\S\n]*" + MACHINE_TAG.pattern, text[: first.start()])]
    return text[before[-1] : first.start()] if before else ""


def introduced_voices(turn: str) -> list[str]:
    """Whom a turn may introduce as the next voice, best first: the one it announces ("here's what Minister X
    said"), the one it greets, addresses or hands over to (:func:`.roles.introduced`: "joined now by X", "Dr. Haddad,
    what are you seeing?"), then the people it names, the last first, but for its own name or its programme's ("Its defence minister, Hulusi Akar, spoke ...
    Here's what he said.")."""
    turn = _SIGN_ON.sub(" ", turn)
    announced = ANNOUNCED.search(turn)
    named = [m.group("who") for m in PERSON.finditer(turn)][::-1]
    return [who for who in (announced.group("who") if announced else "", introduced(turn), *named) if who]
