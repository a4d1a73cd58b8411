"""The guest an interview's standfirst presents as the subject of a verb of telling (pure).

A Q&A interview's standfirst often gives its guest as the subject of a verb of telling or talking whose object is the
interviewer or the paper, with no comma after the name and no stop at its end: "Former Indian ambassador to Turkey
Name tells Interviewer why the truce may not hold", "Veteran aid worker Name talks to The Paper about ...", "Name, a
former UN envoy, speaks to us on ...", "The UNHCR's Name explains to our correspondent how ...".  The answers of such a
page ("A:") are that guest's (LABELS, Interviews and transcripts): the one person the subject names, titles and
descriptions left out.  A subject that names nobody ("Our correspondent tells ...", "A nurse tells us ...") or two
people gives nobody.

A verb of talking between two people ("Darren Kostiuk spoke with Farah Nasser, an associate professor ...", "Herald
reporter Jane Moss speaks with Professor Omar Khalid") presents the one of the two who is not the interviewer: the
interviewer is the one the page's byline names (a line of its own, no sentence: "By Name", "Author of the article:
Name", "Name | Reporter") or whose words give a calling of the press or a host's; neither or both, nobody.
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.occupations import PRESS
from idlibsite.attribution.phrase import read_phrase

_PRESENTS = re.compile(
    r"[^\S\n]+(?:tells|told|explains[^\S\n]+to|explained[^\S\n]+to|opens[^\S\n]+up[^\S\n]+to"
    r"|(?P<talk>(?:talks|talked|speaks|spoke|chats|chatted)[^\S\n]+(?:to|with)|sits[^\S\n]+down[^\S\n]+with"
    r"|sat[^\S\n]+down[^\S\n]+with))[^\S\n]+"
    r"(?=[A-Z]|us\b|our[^\S\n]|this[^\S\n]+(?:newspaper|paper|magazine|website|reporter|correspondent)\b)")
"""A verb of telling or talking, then its object: the interviewer's name, the paper's, "us", "our correspondent", "this
newspaper" (not "tells of", "tells how": no one told).  A verb of talking (group ``talk``) goes both ways: "Reporter X
speaks to Professor Y" presents Y, so its subject is the guest only when its object is no person (:func:`_no_person`)."""
_OBJECT = re.compile(r"(?:[A-Z][a-z]{1,3}\.[^\S\n]+)?[^,.;:!?\n]*?(?=[^\S\n]+(?:about|on|of|why|how|what|after|before|in|at|as)\b|[,.;:!?\n]|$)")
"""The object of the verb: its words up to a preposition, a question word or a stop (a title's stop kept: "Dr. Name")."""
_ASKERS = PRESS | frozenset("host presenter anchor interviewer".split())
"""The callings of one who asks an interview's questions."""
_PRESS_WORDS = "|".join(sorted(PRESS | {"writer", "staff", "contributor", "desk"}))
"""A byline's desk after a name and a bar or a comma ("| Reporter", ", Staff Writer"), in any case ((?i) where used)."""
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?[^\S\n]+|\n)(?=[^\n.!?]*$)")
"""Where the sentence that holds a point of the text opens: after a stop, or at the start of its line."""


def presented_guest(header: str) -> str:
    """The one person's name that the subject of a standfirst's verb of telling gives (:data:`_PRESENTS`), its words
    before the verb from its sentence's start, a description in apposition left out ("Name, a former envoy, tells");
    "" when no such sentence names one person, or two sentences name two."""
    guests = set()
    for verb in _PRESENTS.finditer(header):
        start = _SENTENCE_START.search(header, 0, verb.start())
        subject = header[start.end() if start else 0 : verb.start()].strip().strip("'\"‘’“”")
        if verb["talk"]:
            talked_to = _OBJECT.match(header, verb.end())
            assert talked_to is not None  # it matches wherever it starts: a stop, a line's end or the text's end ends it
            if not _no_person(talked_to[0]):  # two people: the one who is not the interviewer, else nobody
                guests |= {guest} if (guest := _guest_of_two(subject, talked_to[0], header)) else set()
                continue
        named = {p.name for part in subject.split(",") for p in [read_phrase(part.strip())]
                 if p.person and len(p.name.split()) >= 2}
        guests |= named if len(named) == 1 and not _bylined(next(iter(named)), header) else set()  # never the writer
    return guests.pop() if len(guests) == 1 else ""


def _no_person(words: str) -> bool:
    """Whether a verb of talking's object names no person: "us", "our correspondent", the paper ("The Courier"), an
    outlet's initials; not "Professor Farah Nasser" (the one talked to is then the guest, and the subject the
    interviewer)."""
    phrase = read_phrase(words.strip())
    return words.startswith("The ") or not (phrase.person and len(phrase.name.split()) >= 2)


def _guest_of_two(subject: str, talked_to: str, header: str) -> str:
    """Of the two people a verb of talking joins, the name of the one who is not the interviewer
    (:func:`_is_interviewer`); "" when neither or both read as the interviewer, or either names no one person."""
    one, other = read_phrase(subject), read_phrase(talked_to.strip())
    if not all(p.person and len(p.name.split()) >= 2 for p in (one, other)):
        return ""
    asks, asked = _is_interviewer(subject, one.name, header), _is_interviewer(talked_to, other.name, header)
    return other.name if asks and not asked else one.name if asked and not asks else ""


def _is_interviewer(phrase: str, name: str, header: str) -> bool:
    """Whether a person so written is the interviewer: the phrase gives a calling of the press or a host's ("Herald
    reporter Jane Moss", "host Sam Lee"), or the header's byline names them (:func:`_bylined`)."""
    return bool({fold(w) for w in words(phrase)} & _ASKERS) or _bylined(name, header)


def _bylined(name: str, header: str) -> bool:
    """Whether a line of the header is a byline of ``name``: "By Name", a writer's label and a colon before the name
    that ends the line ("Author of the article: Name", "Text: Name"), or the name opening a line before a bar or a comma
    and a calling of the press ("Name | Reporter", "Name, Staff Writer"); not a headline that names a guest ("Name: the
    truce will not hold", "INTERVIEW: Name"), nor a caption ("Name, an associate professor at ...")."""
    named = re.escape(name)
    return bool(re.search(rf"(?im)^[^\S\n]*(?:by[^\S\n]+{named}\b|[^\n:]*\b(?:author|by|writer|reporter|text|words)\b[^\n:]*:[^\S\n]*{named}"
                          rf"[^\S\n]*$|{named}[^\S\n]*[|,][^\n.!?]{{0,40}}\b(?:{_PRESS_WORDS})\b[^\n.!?]{{0,20}}$)", header))
