"""A document's or a section's title in the form "Subject: topic" (pure): "Syrian Arab Republic: Recent Developments in
Northwest Syria", "Turkey: Situation in Idlib", "Lebanon: Flash Update on the refugee response", the house style of UN
agencies', NGOs', ministries' and think tanks' reports, names what the document is about, no one speaks; a heading
"Name: words" that says something does, verbless too ("Putin: no deal without Assad", "UN chief: Idlib offensive must
stop", "Kremlin: Idlib situation a concern").  :func:`document_title` tells the first from the second by the shape of
the words after the colon: a noun phrase headed by a document's or a topic's noun, nothing said of it."""

from __future__ import annotations

import re

from idlibsite.sources.kickers import ARTICLES
from idlibsite.sources.speech import speech_verbs

_DOCUMENT_NOUNS = frozenset(
    "update updates overview situation developments development report reports snapshot factsheet factsheets sheet"
    " bulletin bulletins figures facts response crisis review briefing brief analysis assessment assessments profile"
    " summary dashboard sitrep needs plan appeal timeline chronology background outlook highlights digest note notes"
    " guide explainer monitor monitoring findings statistics data numbers brief glance conflict emergency operations"
    " programme program q&a faq".split())
"""Nouns that head a document's or a section's title: the kind of document ("Flash Update", "Fact Sheet", "Key Figures",
"Humanitarian Needs Overview") or the topic it covers ("Situation in Idlib", "Syria Crisis", "Recent Developments")."""

_LINKS = frozenset("in on of for at from across to and & the a an along within inside over into by near between".split())
"""Words that join a title's noun phrase to what it is about ("Situation in Idlib", "Update on the response"): the head
phrase ends before the first of them."""

_SAYING = frozenset(
    "is are was were be been will would shall should must can could may might cannot won't can't wont isn't aren't"
    " has have had do does did not no never we i our us my me you your they their it's must"
    " unacceptable catastrophic dire alarming grave worrying concern concerned deplorable outrageous urgent urgently"
    " needed necessary impossible possible ready determined ahead".split())
"""Words of a statement, not of a title: a verb of being or a modal, a negation, a pronoun of the speaker, an
evaluation or a need ("Situation in Idlib catastrophic", "Idlib offensive must stop", "Response urgently needed")."""

_WORD = re.compile(r"[\w’'&.-]+")
_MARKS = re.compile(r"\([^()]*\)|\bNo\.?[^\S\n]*\d+|#[^\S\n]*\d+")
"""A title's bracket, issue's or part's number ("Plan (January 2020)", "Report No. 12", "Update #3"): no words of it."""
_FILLER = re.compile(r"^(?:\d[\d./-]*|[IVX]+)$")
"""A year, a number or a part closing a title's head ("Overview 2020", "Plan 2020-2021", "Part II")."""


def document_title(said: str) -> bool:
    """True when ``said``, the words after a heading's colon, is a document's or a topic's title: no quotation, no speech
    verb, no word of a statement (:data:`_SAYING`), no verb in "-ed" or "-ing" in lower case (an adjective after a linking
    word or an article is one: "Update on displaced families"), and its head phrase (the
    words before the first linking word, :data:`_LINKS`, numbers and marks dropped) ends in a document's or a topic's
    noun (:data:`_DOCUMENT_NOUNS`): "Recent Developments in Northwest Syria", "Humanitarian Needs Overview 2020",
    "Displacement Snapshot"; not "Idlib crisis a threat to Turkey" (its head "Idlib crisis a threat"), nor "Humanitarian
    crisis worsening in Idlib"."""
    if re.search(r"[\"“”„«»‘]|(?<!\w)'|'(?!\w)", said) or speech_verbs(said):
        return False
    words = [w.strip(".,;-–—") for w in _WORD.findall(_MARKS.sub(" ", said))]
    words = [w for w in words if w]
    lowered = [w.lower().replace("’", "'") for w in words]
    if any(w in _SAYING for w in lowered) or any(
            w.islower() and re.search(r"(?:ed|ing)$", w) and w not in _DOCUMENT_NOUNS and (i == 0 or lowered[i - 1] not in _LINKS)
            for i, w in enumerate(words)):
        return False
    head: list[str] = []
    for word, low in zip(words, lowered):
        if low in ARTICLES and head:
            return False  # "Idlib crisis a threat to Turkey": an article after the subject opens what is said of it
        if low in _LINKS and head:
            break
        if low not in _LINKS:
            head.append(word)
    while head and _FILLER.match(head[-1]):
        head.pop()
    return bool(head) and head[-1].lower() in _DOCUMENT_NOUNS
