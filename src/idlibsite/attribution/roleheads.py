"""A heading's speaker read as a role of a body, answered with the body's person the page introduces by it (pure).

A headline names a person by a role and a body's short form, in its own order: "AU Commission Chairperson calls for
..." over "The Chairperson of the African Union Commission, H.E. Name, has called ...", "UN chief of humanitarian affairs
warns ..." over "UN humanitarian chief Name said ...", "WFP country director urges ..." over "Name, WFP's director in
the country, said ...".  LABELS gives the heading to that person (Round 27: a headline's short form of a person is the
person the body names; rule 7).  :func:`role_phrase_holder` reads the role as a set of words: the role's noun (a person's noun
of :data:`.wordlists.PERSON_NOUNS`), each capitalised word of the body's name (written out, or as the initials of the
words the page writes: "AU" for "African Union") and, after "of", a word of its complement; the holder is the first
person among the page's speakers whose introduction (the words around their name's first mention) holds them all.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answer import CONFIDENCE, Speaker
from idlibsite.attribution.bodyhead import of_body
from idlibsite.attribution.firstmention import around, first_mentions
from idlibsite.attribution.wordlists import PERSON_NOUNS
from idlibsite.sources.statements import Passage

_AROUND = 90
"""How many characters before a name's first mention, and half as many after, introduce the person (in its sentence)."""


def _parts(phrase: str) -> tuple[str, list[str], list[str]] | None:
    """The role's noun, the words of its body and the words after its "of" of a role phrase ("AU Commission Chairperson":
    chairperson, [AU, Commission], []; "UN chief of humanitarian affairs": chief, [UN], [humanitarian, affairs]); None
    when the phrase has no role noun or a word of a person's name (a capitalised word that is no body's)."""
    head, _, tail = phrase.partition(" of ")
    words = head.split()
    nouns = [i for i, w in enumerate(words) if w.lower() in PERSON_NOUNS]
    if not nouns or len(words) > 5:
        return None
    body = [w for i, w in enumerate(words) if i != nouns[-1] and w.lower() not in ("the", "a")]
    complement = [w for w in re.findall(r"[\w’'-]+", tail) if w.lower() not in ("the", "a", "and")]
    return words[nouns[-1]].lower(), body, complement


def _spelled(word: str, words: str) -> bool:
    """True when ``words`` writes ``word``, or the words an acronym's capitals are the initials of ("AU": "African Union",
    :func:`.bodyhead.of_body`)."""
    written = re.search(rf"(?i:\b{re.escape(word)}\b)", words) is not None
    return written or (re.fullmatch(r"[A-Z]{2,6}", word) is not None and of_body(word, words))


def role_phrase_holder(phrase: str, got: Speaker, found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The person a heading's speaker ``got`` stands for when it was read as the role phrase ``phrase`` itself, kept as
    nobody's or as a body's name ("AU Commission Chairperson"): the first person of ``found`` whose name's first mention
    has the role's noun, every word of its body (spelled out or by initials) and a word of its "of" complement around it
    (:func:`_parts`); None for a heading read otherwise, a role of fewer parts (:func:`.headroles.role_alike` reads
    "UN chief") or when no person is introduced so."""
    parts = _parts(phrase) if phrase and got.label == phrase and not got.actor and not (got.new and got.new.person) else None
    if parts is None or not parts[1]:
        return None
    noun, body, complement = parts
    for name, at, speaker in first_mentions(found, text):
        words = around(text, at, name, _AROUND, _AROUND // 2, ("\n",))
        if _spelled(noun, words) and all(_spelled(w, words) for w in body) and (not complement or any(_spelled(w, words) for w in complement)):
            return Speaker(speaker.actor, speaker.new, "", "later", CONFIDENCE["later"])
    return None
