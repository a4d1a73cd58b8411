"""The open referent: a speaker the page describes and has not named yet, and the person who names it (pure).

The rule (LABELS rule 7): a speaker the page describes but does not name ("A Lima nurse who ...", "The father of a
student in Izmir", "A 27-year-old from Homs") stays open.  The first new person the page introduces after it, in the
rest of its paragraph or the next one, is that speaker when the page gives that person no title, body or description
of their own, whatever slot the name stands in: the subject of the next sentence ("Ana Ruiz said", "On Tuesday, Ana
Ruiz fled ..."), a closing clause ('"...," said Ana Ruiz'), an age or a relative clause after it ("Ana Ruiz, 54,",
"Ana, who asked that her surname not be used,"), or words that say how the page names them ("who gave his name as
Omar", "Her name is Ana Ruiz").  A person named with a role of their own ("Rescue coordinator Ana Ruiz", "Her
neighbour, Ana Ruiz", "Ana Ruiz, a student"; a known actor), a new described speaker, or a sentence that keeps the
name from the page closes it: the speaker stays unnamed; unless that role has the description's own head noun ("A
Lusaka-based lecturer" ... "University of Zambia lecturer Dr Ana Ruiz"): the person described.  A place (a name after "from", "in", "near" ..., or one the
page gave before) is never a person, nor is a name in quotation marks, a nation or a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibsite.attribution.days import DAYS
from idlibsite.attribution.described import APPOSED_AS, INDEFINITE, POSTMODIFIER, SOURCES, anonymous, describes_person, first_described, introduces_person
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.fullnames import NOT_OPENING
from idlibsite.attribution.names import UPPER
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.proposal import title_case
from idlibsite.attribution.wordlists import NATIONS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS
from idlibsite.sources.lexicon import SPEECH_VERBS
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.titles import COURTESY


@dataclass(frozen=True)
class Open:
    """A speaker the page describes and has not named: the sentence that describes them."""

    start: int  # where the describing sentence starts in the page's text
    end: int  # where it ends
    phrase: str  # the description ("A Mombasa mother")
    named: frozenset[str] = frozenset()  # the folded words of the people the page named as speakers before it


def opens(phrase: str, sentence: str) -> bool:
    """True when a speaker phrase describes one person the page may name later, in a sentence that does not keep the
    name from the page ("who asked not to be named": rule 6): an indefinite description ("A Lagos midwife", "One of
    the camp's teachers") or a definite one that says who they are ("The owner of a kebab shop in Bremen"), whose head
    is no body, document or anonymous source ("a senior official", "a local charity", "a statement")."""
    if not phrase or anonymous(sentence):
        return False
    if introduces_person(phrase) or first_described(phrase):
        return True
    one_of = re.match(r"One\s+of\s", phrase)
    described = POSTMODIFIER.split(phrase, maxsplit=1)
    definite = re.fullmatch(r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}[a-z][\w-]*", described[0]) is not None and len(described) > 1
    if not (one_of or definite or INDEFINITE.match(phrase)) or describes_person(phrase):
        return False
    kept = [fold(w.split("-")[0]) for w in (phrase if one_of else described[0]).split()]  # "A federal official familiar"
    return kept[-1].isalpha() and not {*kept, *(w.rstrip("s") for w in kept)} & _NOT_PEOPLE


_NOT_PEOPLE = ORG_NOUNS | ORG_WORDS | SOURCES | frozenset(
    "charity monitor watchdog ngo report study survey poll video post statement document readout communique release figure"
    " is are was were has have had also will would not them us those these".split())
"""Words of a description that is no one person the page may name (a body, a document, an anonymous source), or no
description but a clause ("The organisation is also urging"), nor one of a group told before ("One of them asked me")."""
_TO_WHOM = frozenset("told tells tell asked asks urged urges informed briefed reminded".split())
"""Speech verbs whose object is whom the words were said to ("told BuzzFeed News"), not the speaker."""


_NAME = re.compile(rf"(?:(?:[A-Z]\.)+\s*)?(?:[{UPPER}][\w’'-]*|al-\w+)(?:\s+(?:[{UPPER}][\w’'-]*|al-\w+|bin|ibn|abu|de|da|van|von))*")
"""A run of capitalised words: a name, a place, a body, a day or a sentence's first word."""
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")
_MESSAGE = re.compile(r"\s*[\"“«][^\"“”«»\n]*[\"”»]\s*")
"""A paragraph that is one quotation and nothing else: a message printed whole after the line that introduces it."""
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+|\n+")
"""Where a sentence ends: after its stop (not an initial's: "W.M. Karunaratne"), or at a line break."""
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|from|at|near|to|into|of|on|across|outside|via|through|with|for|towards?|around|between|the|an?|and|or|by)\s+$")
"""The word before a name that makes it a place, a body or a time ("from Beni Mellal", "the Red Crescent"), not a
person the page introduces."""
_BARE_BEFORE = re.compile(r"(?i)^\W*$|\b(?:as|is|was|named|called)\s+$|(?-i:\b[Tt]he\s+[a-z\d][\w-]*(?:\s+[a-z][\w-]*){0,3},(?:[^,]*,)?\s*$)|\b(?:sur)?name,\s*$|^(?:on|in|at|after|before|since|by|last|this|earlier|later|meanwhile|today|yesterday)\b[^,]*,\s*$")
"""What may stand before a bare name: nothing (the subject), words that say how the page names them ("named only as",
"by his surname, "), the open speaker's own definite description in apposition ("said the man, Abu Khaled", "The
29-year-old pharmacist, Fatma Al-Mutairi, said"), an adverbial opening ("On Tuesday, ")."""
_SENT_BY = re.compile(r"(?i)\b(?:came|comes|was|is)\s+from\s+$|\b(?:written|sent|signed|posted)\s+by\s+$")
"""Words before a name that say whose a message printed before is ("The message came from Ms Ana Ruiz", "The letter was
written by Dr X"): a person's slot, not a place's, when a title of courtesy opens the name."""
_OWN_AFTER = re.compile(r",\s+(?:(?P<aged>an?\s+\d+-year-old)|an?|the|another|his|her|their|its|of|for|with|from)\b")
"""An apposition after a name that describes the person on their own ("Ana Ruiz, a student", ", of the charity X");
an age in it (``aged``) describes the person a description without an age introduced ("Petar, a 45-year-old from
Ruse")."""
_PERSON_AFTER = re.compile(r"(?:\s*\((?:[^\x00-\x7f]+|ph)\))?\s*(?:,\s*\d{1,3}\b|,\s+[a-z]+ing\b|,\s+(?:who|whose|as\s+\w+\s+is\s+known)\b|[.!?]|,\s+(?:an?|the|his|her|of)\b|,?\s+(?:[a-z]+ed|says|adds|tells|lives|works|runs|has|had|is|was|will|would|told|spent|fled|went|left|came|took|ran|said)\b)")
"""What follows a person's name in a person's slot, after the name in another script the page may give in brackets
("Chou Mei-ling (周美玲)"), or a transcript's mark of a name spelled by ear ("Walid Hamdan (ph)"): an age, a participle clause (", speaking from Reyhanli"), a relative clause, the end of a
closing clause, an apposition, a verb."""
_CLOSING_AFTER = re.compile(r"\s+(?:in|during|on|at|over|via|by)\s+(?:an?|the|his|her|their|phone|telephone)\b|,?\s+(?:from|of)\s+[A-Z]")
"""What may follow the name that ends a closing clause ('," said Ana Ruiz in a phone interview'): how or where the
words were said, or where the speaker is from ('," said Ana Ruiz, from Quillota', "said Ana Ruiz of Quillota")."""

_ORIGIN = re.compile(r",?\s+(?:(?:an?\s+)?(?:resident|native|inhabitant)\s+)?(?:from|of)\s+[A-Z]")
"""Where the person named at a closing clause's end lives or comes from ('," said Name, from Quillota', '," said Name, a
resident of Tolichowki'): no role of their own that makes them another speaker than the one described."""

_TURN_TAG = re.compile(r"\n\n(?P<name>[A-Z][A-Z’'.-]+(?:[^\S\n]+[A-Z][A-Z’'.-]+){1,3})[^\S\n]*\((?P<role>[^()\n]*)\)[^\S\n]*:")
"""A transcript's turn tag opening the next paragraph, the speaker's name in capitals and their role in brackets
("KUSUMA PERERA (mother, Kurunegala, translated from Sinhala):"): the person described, when the role's first item has
the description's head noun (as rule 7's "the governor of Hatay" ... "Hatay Governor X"), a relative's too ("sister")."""

_APPOSED_BEFORE = re.compile(r"^[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},\s*$")
_AFFILIATED = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s+\([A-Z]{2,}\))?,\s+[a-z]+s\b")
"""A name in apposition to the sentence's opening definite description, then the party or body the person sits for and
a verb ("The legislator, Sukamta of the Prosperous Justice Party (PKS), wants ..."): the described speaker named, the
affiliation no role of another speaker's (the description says who they are)."""


def named_after(text: str, described: Open) -> str:
    """The name of the first new person the page introduces after a described speaker, in the rest of its paragraph
    and the next one, when the page gives them no role of their own (the rule above); "" when a person with a role of
    their own, a new described speaker or a name kept from the page comes first, or nobody."""
    stop = text.find("\n\n", described.end)
    turn = _TURN_TAG.match(text, stop) if stop >= 0 and not text[described.end : stop].strip() else None
    noun = fold(POSTMODIFIER.split(described.phrase)[0].split()[-1])
    if turn and noun not in SOURCES and noun in words(turn.group("role").split(",")[0]):  # "... the mother of a worker said ... \n\n NAME (mother, ...):"
        return title_case(turn.group("name"))
    stop = text.find("\n\n", stop + 2) if stop >= 0 else -1
    if stop >= 0 and _MESSAGE.fullmatch(text, text.rfind("\n\n", 0, stop) + 2, stop):  # the message printed whole, then
        stop = text.find("\n\n", stop + 2)  # the paragraph that says whose it is ("The message came from Name")
    window = _QUOTED.sub(lambda m: " " * len(m.group()), text[described.end : stop if stop >= 0 else len(text)])
    before = set(words(text[described.start : described.end])) | described.named  # its places, the speakers so far
    aged = re.search(r"\b\d+-year-old\b", described.phrase) is not None
    for sentence in (s.strip() for s in _SENTENCE.split(window)):
        if re.match(r"(?:An?|One)\s", sentence):
            return ""  # a new described speaker
        for run in _NAME.finditer(sentence):
            name, head = _person_of(run.group(), sentence[: run.start()])
            closing = re.search(r"\b(\w+)\s+$", sentence[: run.start()])  # '," said Ana Ruiz in ...'
            after = _CLOSING_AFTER if closing and closing.group(1).lower() in SPEECH_VERBS else _PERSON_AFTER
            slot = _PERSON_AFTER.match(sentence, run.end()) or after.match(sentence, run.end())
            slot = slot or (_AFFILIATED.match(sentence, run.end()) if _APPOSED_BEFORE.search(sentence[: run.start()]) else None)
            lone = not re.search(r"\w", sentence[: run.start()]) and " " not in name and not (slot and slot.group().lstrip()[:1] == ",")  # "Name changed"
            if not name or fold(name.split()[-1]) in before or not slot or lone:
                continue  # a place, a body, a day, a person named before, or no person's slot
            own = _OWN_AFTER.match(sentence, run.end())  # an apposition of their own makes another speaker, not the page
            origin = after is _CLOSING_AFTER and _ORIGIN.match(sentence[run.end() :]) is not None  # "said Name, from X", ", a resident of X"
            described_own = own is not None and not origin and not (own.group("aged") and not aged) and bool(speech_verbs(sentence))  # telling more
            if (head or described_own) and not (head and _same_noun(described.phrase, sentence[: run.start()])):
                return ""  # a person of their own: a title, a role, an apposition
            return name
    return ""


def apposed_after(text: str, described: Open) -> str:
    """The one person the rest of its paragraph and the next two introduce as the one the page spoke with, with an
    apposition of the description's head noun ("An Istanbul-based researcher says ..." over "... spoke with Name, a
    researcher on ...", :data:`APPOSED_AS`), when named_after finds nobody; "" else."""
    head = POSTMODIFIER.split(described.phrase)[0].split()[-1]
    if not introduces_person(described.phrase) or fold(head) in SOURCES:
        return ""
    stop = described.end - 2
    for _ in range(3):  # the rest of its paragraph and the next two
        stop = text.find("\n\n", stop + 2) if stop >= 0 else -1
    names = {m.group("name") for m in re.finditer(APPOSED_AS.format(head=re.escape(head)), text[described.end : stop if stop > 0 else len(text)])}
    return names.pop() if len(names) == 1 else interviewed_by(text, described)


_TOLD_MEDIUM = re.compile(r"\btold\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:that|in|on|after|during|by|$)")
"""A described person telling a medium ("as a senior analyst told FNA that ..."): the medium named after "told"."""
_INTERVIEWED = r"\b{medium}\s+(?:(?:has|had)\s+)?(?:interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)"
"""The page's own line that the medium interviewed someone ("FNA interviewed Dr. X, a professor ...", "Radio Y spoke to
X"): its guest."""


def interviewed_by(text: str, described: Open) -> str:
    """The one person the page says the medium a described person told ("a senior Iranian analyst told FNA that ...")
    interviewed or spoke to, anywhere after ("FNA interviewed Dr. X, ..."): the guest, described first and named
    later (LABELS rule 7), whatever noun the page describes them by; "" when the page names no one such or several."""
    told = _TOLD_MEDIUM.search(_QUOTED.sub(lambda m: " " * len(m.group()), text[described.start : described.end]))
    if not told or not introduces_person(described.phrase):
        return ""
    medium = re.escape(re.sub(r"^the\s+", "", told.group(1)))
    names = {m.group("name") for m in re.finditer(_INTERVIEWED.format(medium=medium), text[described.end :])}
    return names.pop() if len(names) == 1 else ""


def _same_noun(phrase: str, before: str) -> bool:
    """True when the role before a name has the head noun of the description ("a Lusaka-based lecturer" ... "University
    of Zambia lecturer Dr X", as rule 7's "the governor of Hatay" ... "Hatay Governor X"): the person described, not
    another (an apposition after the name with words of its own is another: "Dr X, a nurse at ..., said")."""
    head = fold(POSTMODIFIER.split(phrase)[0].split()[-1])
    role = re.split(r"[.;:,]|\b(?:said|says|told|has|had|who)\b", before)[-1]  # the run's own clause
    return head in PERSON_NOUNS and head not in SOURCES and head in words(role)


def _person_of(run: str, before: str) -> tuple[str, bool]:
    """The person's name a capitalised run holds after the words ``before`` it in its sentence, and whether a title or
    role of its own stands before it; ("", False) when the run is a place, a body, a nation, a day or an opening word."""
    tokens = run.split()
    while tokens and (fold(tokens[0]) in DAYS or NOT_OPENING.fullmatch(tokens[0])):
        before, tokens = f"{before}{tokens[0]} ", tokens[1:]  # "On Tuesday, Ana Ruiz", "Her name is" (a month: "in March")
    sent_by = _SENT_BY.search(before) is not None and fold(tokens[0]) in COURTESY if tokens else False
    if not tokens or _PLACE_BEFORE.search(before) and not sent_by or fold(" ".join(tokens)) in NATIONS:
        return "", False
    phrase = read_phrase(" ".join(tokens))
    if not phrase.person or phrase.nation or not phrase.name:
        return "", False
    bare = _BARE_BEFORE.search(before) is not None or sent_by
    spoken = re.search(r"\b(\w+)\s+$", before)
    bare = bare or (spoken is not None and spoken.group(1).lower() in SPEECH_VERBS and spoken.group(1).lower() not in _TO_WHOM)
    initials = re.fullmatch(r"(?:[A-Z]\.)+", phrase.role) is not None  # "W.M. Karunaratne"
    name = f"{phrase.role} {phrase.name}" if initials else phrase.name
    return name, not initials and fold(phrase.role) not in COURTESY | {""} or not bare


def place_named(phrase: str, name: str) -> bool:
    """True when the name a described speaker's phrase gives is a place in it ("A 27-year-old from Beni Mellal") or the
    nationality it introduces a person by ("A Syrian who drives a bus", "An Afghan", "An Aleppo-born Armenian"), or a place before the head of a
    definite description (:func:`describes_person`: "The Cebu native", "The Fairfield father of four"): the speaker stays described, not
    named by a place or a nation."""
    *born, demonym = name.split() or [""]  # "An Aleppo-born Armenian who moved ...": a nationality after where one was born
    nationality = (INDEFINITE.match(phrase) is not None and fold(demonym) in NATIONS and all(re.fullmatch(r"\S+-[a-z]+", w) for w in born)
                   and [fold(w) for w in phrase.split()[1 : 1 + len(name.split())]] == [fold(w) for w in name.split()])
    placed = re.search(rf"\b(?:from|in|at|near|of)\s+{re.escape(name)}\b", phrase) is not None
    before_head = describes_person(phrase) and re.match(rf"[Tt]he\s+{re.escape(name)}\s+[a-z]", phrase) is not None  # "The Cebu native"
    return nationality or introduces_person(phrase) and placed or before_head


def names_next_paragraph(text: str, described: int, here: int, role: str, name: str) -> bool:
    """True when the sentence at ``here`` opens the paragraph right after the one where a role was described at
    ``described`` and names a person by the bare full name as its first words (``role`` has no word but the name's): "SPAIN'S defence minister
    has insisted ..." then "Margarita Robles said ...", the one described (rule 7), though a body spoke before them."""
    end = text.find("\n", described)
    return (bool(text) and end != -1 and end < here and text[end:here].strip() == "" and text.startswith(name, here)
            and " " in name and set(words(role)) <= set(words(name)))  # a full name opening the sentence: not '"...," Name
    # said', nor a seat's one word ("Iavoloha, for its part, let it be known ...")
