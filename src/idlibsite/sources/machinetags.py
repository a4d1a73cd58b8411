"""A machine transcript's speaker tags: "Speaker 1:", "SPEAKER 3:", "Speaker B:" (pure).

A transcript written by a machine (a podcast's or a radio programme's automatic transcript) tags each voice it tells
apart with a number or a letter, never a name: "Speaker 1" is the host, "Speaker 2" the first guest, and so on
(:data:`.turnwords.MACHINE_TAG` reads the tag as any other of :mod:`.turns`, whose reading of the tags as a set tells
the one who asks).  The tag names nobody; the voice is whom the page binds it to, and the page binds it as a broadcast
does: what is said right before the voice's first turn introduces it (LABELS, Round 97: machine tags after the narration
introduces a guest, "Here's what he said.", are that guest's).  The binding refuses whenever it is not sure, since a
wrong speaker costs more than a missed one: :func:`introduction` gives those words only when the page's own narration
or the asking voice says them (a guest's answer that names someone introduces nobody), :func:`candidates` who they
introduce, and :func:`.attribution.tags.holder` keeps one person only when the words announce or address one, or name
one person and no other.  A voice that asks (the host, a second interviewer) or that the machine could not tell
("Unknown speaker") is nobody's.  A voice keeps the person of its first turn: a machine tells voices apart, it does
not rename them.
"""

from __future__ import annotations

import re

from idlibsite.sources.roles import introduced
from idlibsite.sources.soundbites import ANNOUNCED, PERSON, SENTENCE_START
from idlibsite.sources.turnwords import MACHINE_TAG, MACHINE_VOICE

_SIGN_ON = re.compile(r"\b(?:[Tt]his\s+is|I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*")
"""The asking voice's own name or its programme's ("This is Night Desk.", "I'm Tom Bright."): no voice it introduces."""
_UNTOLD = re.compile(r"(?i)\b(?:unknown|unidentified)\b")
"""A voice the machine could not tell ("Unknown speaker"): nobody's."""


def machine(name: str) -> bool:
    """True when a tag's name is a machine's ("Speaker 2", "SPEAKER B", "Unknown speaker"), which names nobody."""
    return re.fullmatch(MACHINE_VOICE, name.strip()) is not None


def untold(name: str) -> bool:
    """True when a machine's tag says it could not tell the voice ("Unidentified speaker")."""
    return _UNTOLD.search(name) is not None


def _voice_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def turns(text: str) -> list[tuple[str, int, int]]:
    """Each paragraph a machine's tag opens, in order: (the voice by :func:`_voice_key`, where its words start after
    the tag, where the paragraph ends)."""
    out = []
    for m in re.finditer(r"(?m)^[^\S\n]*" + MACHINE_TAG.pattern, text):
        end = text.find("\n\n", m.end())
        out.append((_voice_key(m.group("name")), m.end(), len(text) if end < 0 else end))
    return out


def asks(text: str, name: str) -> bool:
    """True when a third or more of a voice's turns end in a question: the host's, a second presenter's or a second
    interviewer's voice, who ask and hand over ("Nadia?") more than they answer; a guest's one question back is none."""
    ends = [text[start:end].rstrip().endswith("?") for voice, start, end in turns(text) if voice == _voice_key(name)]
    return bool(ends) and 3 * sum(ends) >= len(ends)


def introduction(text: str, name: str) -> str:
    """The words said right before the first turn of the voice ``name``: the page's narration between the turn before
    and it when that narration names someone, else the turn before when it is the first voice's or an asking voice's
    (:func:`asks`); "" when no turn is before it (the page's header introduces no voice) or the turn before is an
    answer (a guest naming someone introduces no one)."""
    said = turns(text)
    at = next((i for i, (voice, _start, _end) in enumerate(said) if voice == _voice_key(name)), 0)
    if at == 0:
        return ""
    voice, start, end = said[at - 1]
    narration = text[end : text.rfind("\n", 0, said[at][1])]
    if any(candidates(narration)):
        return narration
    return text[start:end] if voice == said[0][0] or asks(text, voice) else ""


def candidates(words: str) -> tuple[str, list[str]]:
    """Whom introducing words may bind the next voice to: (the one they announce, "here's what Minister X said", else
    the one their last sentence greets, addresses or hands over to, :func:`.roles.introduced`, "Dr. Haddad, what are
    you seeing?"; the people they name otherwise, "Maria Lopez's" as Maria Lopez, the asking voice's own name or programme left out)."""
    words = _SIGN_ON.sub(" ", words)
    announced = list(ANNOUNCED.finditer(words))
    sentences = list(SENTENCE_START.finditer(words))
    addressed = announced[-1].group("who") if announced else introduced(words[sentences[-1].end() if sentences else 0 :])
    return addressed, [re.sub(r"[’']s$", "", m.group("who")) for m in PERSON.finditer(words)]
