"""The guest of an interview whose questions name nobody: the one person its introduction presents (pure).

An interview printed with no tags whose questions do not address the guest by name ("How are the Chileans in Turkey?"
/ "They are well. ...") gives the guest in its introduction, on a page that marks itself an interview (its header says
so, "Interview", "Entrevista", "Entretien", or a question speaks to "you"): a full name the introduction writes, whose
surname it takes up again on its own ("Chile's ambassador to Turkey, Rodrigo Arancibia, describes ..." / "Arancibia
answers the telephone ..."), or else, in a standfirst that presents the conversation ("talks to", "spoke with", "in
conversation with"), the one full name set in apposition to its description ("Greece's ambassador to Poland,
Konstantinos Lavdas, talks to Andrzej Nowicki about ...": the guest is described, the interviewer only named), unless
the description is a newsroom's ("our correspondent, Name,")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.places import nationality, place
from idlibsite.sources.titles import COURTESY_TITLE
from idlibsite.sources.views import CAPITAL

_INTERVIEW = re.compile(r"(?i)\b(?:interview|entrevista|entretien|intervista|interviu|rozhovor|wywiad|haastattelu|intervju|q\s*&\s*a)\b")
"""A header's word that marks the page an interview."""
_YOU = re.compile(r"(?i)\b(?:you|your|vous|votre|usted|ustedes|sie|ihr|ihnen)\b")
"""A question that speaks to the guest ("What did the government tell you?")."""
_FULL_NAME = re.compile(rf"(?<![\w’'-])(?P<given>[{CAPITAL}][\w’'-]+)[^\S\n]+(?P<surname>[{CAPITAL}][\w’'-]{{2,}})(?![\w’'-]|[^\S\n]+[{CAPITAL}])")
"""A given name and a surname, no third capitalised word after them ("Rodrigo Arancibia")."""
_CONVERSES = re.compile(r"(?i)\b(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|chat(?:s|ted|ting)?)[^\S\n]+(?:to|with)\b"
                        r"|\bin[^\S\n]+(?:conversation|discussion)[^\S\n]+with\b|\bs[ai]ts?[^\S\n]+down[^\S\n]+with\b"
                        r"|\banswer(?:s|ed)?[^\S\n]+(?:our[^\S\n]+|the[^\S\n]+)?questions\b"
                        r"|\b(?:explain(?:s|ed)?|discuss(?:es|ed)?|describe[sd]?)[^\S\n]+(?:what|why|how|whether|the)\b")
"""A standfirst's words that present the conversation: "X talks to Y about ...", "spoke with", "sat down with",
"in conversation with", "answers our questions", and an NGO's or an institute's Q&A's "X explains what ...", "discusses
why ...", "describes how ..." (the expert presented as the one who answers)."""
_PRONOUN_CONVERSES = re.compile(r"(?:^|[.!?][^\S\n]+|\n)(?:He|She)[^\S\n]+(?:" + _CONVERSES.pattern.replace("(?i)", "") + ")")
"""A standfirst's sentence whose subject, a pronoun, converses ("She spoke to us from Antakya."): the guest is the one
the sentence before names."""
_NEWSROOM = re.compile(r"(?i)\b(?:our|reporter|correspondent|editor|journalist|writer|columnist|host|presenter|interviewer)\b")
"""A description that makes the one described the interviewer ("our correspondent", "the paper's editor")."""
_APPOSED_BEFORE = re.compile(rf"(?P<description>[^\n.,;:]+),[^\S\n]*(?:{COURTESY_TITLE}[^\S\n]+)?$")
"""A description before a name, a comma between ("Greece's ambassador to Poland, "), maybe a title of courtesy after it
("PHR's senior researcher on Syria, Dr. ")."""
_APPOSED_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?P<description>[^\n.,;:]+),")
"""A description after a name, between commas (", Greece's ambassador to Poland,")."""


_OPENS_SENTENCE = re.compile(rf"(?:^|[.!?\n])[^\S\n]*(?:{COURTESY_TITLE}[^\S\n]+)?$")
"""What comes before a name that opens its sentence: the sentence's start, maybe a title of courtesy ("Prof. ")."""


def _described(words: str, start: int, end: int) -> bool:
    """True when the name at ``words[start:end]`` stands in apposition to a description that is no newsroom's: after
    it and a comma, a comma or a stop after the name ("Greece's ambassador to Poland, Name,"), or between commas after the
    name when it opens its sentence ("Name, Greece's ambassador to Poland, talks ...")."""
    before, after = _APPOSED_BEFORE.search(words, 0, start), _APPOSED_AFTER.match(words, end)
    if before and words[end : end + 1] in (",", ".", ";"):
        description = before.group("description")
    elif after and _OPENS_SENTENCE.search(words[:start]):
        description = after.group("description")
    else:
        return False
    return not _NEWSROOM.search(" ".join(description.split()[-4:]))


_PLACE_BEFORE = r"\b(?:in|to|from|at|near|across|outside|inside)[^\S\n]+"
"""A preposition of place: a capitalised word after it is a place ("in Moscow"), not a person's given name."""


def no_given_name(word: str, text: str) -> bool:
    """True when a capitalised word before a surname is not the person's given name, by how the page and the country
    data use it: a word the page also writes in lower case and capitalises only where it opens a sentence (a function
    word or an opener: "As", "The", "Should", "Wait"; "Mark" written mid-sentence too stays a name), a country's people
    or its adjective ("Turkish"), a country, capital or province ("Moscow", "Iceland"), or a word the page writes after a
    preposition of place ("in Reyhanlı")."""
    lower, edge = word.lower(), r"(?![\w’'-])"
    common = lower != word and re.search(rf"(?<![\w’'-]){re.escape(lower)}{edge}", text) is not None and all(
        _OPENS_SENTENCE.search(text, 0, m.start()) for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}{edge}", text))
    return common or nationality(word) or place(word) or re.search(_PLACE_BEFORE + re.escape(word) + r"\b", text) is not None


def intro_guest(text: str, intro: tuple[int, int], questions: Sequence[str]) -> str:
    """The full name of the one person the introduction (``text[intro[0]:intro[1]]``, before the first question) names
    and takes up again by surname alone, or else the one it sets in apposition in a standfirst presenting the
    conversation, on a page marked an interview (``questions``: the questions' words); "" when none, or when two are."""
    words = text[intro[0] : intro[1]]
    if not (_INTERVIEW.search(words) or any(_YOU.search(q) for q in questions)):
        return ""
    names = [m for m in _FULL_NAME.finditer(words) if not no_given_name(m["given"], text)]  # not "As Turkish", "Should Iceland"
    found = {f"{m['given']} {m['surname']}": m.end() for m in names}
    again = {name for name, end in found.items()
             if re.search(r"(?<!" + re.escape(name.split()[0]) + r"[^\S\n])\b" + re.escape(name.split()[-1]) + r"\b", words[end:])}
    if again or not _CONVERSES.search(words):
        return next(iter(again)) if len(again) == 1 else ""
    described = {f"{m['given']} {m['surname']}" for m in names if _described(words, m.start(), m.end())}
    if not described and _PRONOUN_CONVERSES.search(words):  # "Lena Sørlie has led ... . She spoke to us from Antakya.":
        described = {f"{m['given']} {m['surname']}" for m in names if _OPENS_SENTENCE.search(words[: m.start()])}  # the
        # one name that opens a sentence, taken up by the "she" who converses
    return next(iter(described)) if len(described) == 1 else ""
