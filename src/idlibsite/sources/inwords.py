"""Acts done in words (pure): a sentence whose own verb is no speech verb, but whose act is carried out by an act of
speech the sentence names, is a statement of the act's subject.

The act of speech is a verb of the reference classes of :mod:`.lexicon` (VerbNet's communication, judgement and urging
classes, less :data:`.lexicon.LEFT_OUT`) or of :data:`DIRECTIVES`, read in one of six forms, each the complement of
the subject's own act:

* "in" and its gerund after joining: "joined other members in calling for a ceasefire", "has joined the international
  community in condemning ...";
* "by" and its gerund after any act of the subject's: "opened the talks by expressing condolences", "responded by
  urging restraint" (never after a passive: "was met by ...");
* a text of speech its author tabled, backed, signed or sent, and the participle that says what the text says: "has
  backed a motion urging the Government to ...", "sent an open letter to the Council of Ministers demanding that ...",
  "tabled a motion for Tuesday's meeting asking the city to ...";
* a call or an appeal joined, echoed or backed: "has joined the call for an end to attacks", "backed calls for an
  inquiry", "added its voice to calls for ...";
* an appeal or a collection launched, a call made public (LABELS Round 73): "has launched an appeal for donations",
  "launched a public collection for the displaced";
* a purpose infinitive after a contact in words: "spoke to his counterpart by phone to offer condolences", "wrote to the
  minister to urge ..." (not after a meeting or a journey: "Ministers met to urge calm" tells a purpose).

Words of feeling offered ("expressing condolences", "to offer his sympathy") are speech only with the feeling named.
Each form gives the match of the subject's own verb ("joined", "opened", "backed"), so its subject is read as a speech
verb's. The army's advance, troops that "agreed to withdraw" or "responded by shelling" name no act of speech.
"""

from __future__ import annotations

import functools
import re

from idlibsite.sources.lexicon import LEFT_OUT, REFERENCE, inflect, letter_words

DIRECTIVES = frozenset("appeal demand plead request express offer extend convey thank".split())
"""Acts of speech outside the reference classes, written by meaning (FrameNet's Request frame: appealing, demanding,
pleading, requesting; Expressing_publicly: expressing, offering or conveying a feeling), and "thank" (VerbNet's
judgement class, left out of the lexicon for the noun of "thanks to"; its gerund and infinitive are no noun)."""
_FELT = frozenset("express offer extend convey".split())
"""Of :data:`DIRECTIVES`, those that are speech only with a feeling after them (:data:`_FEELING`)."""
_FEELING = (r"(?:(?:his|her|its|their|the|a|an|our|[A-Z][\w.-]*[’']s)\s+)?(?:[\w’'-]+\s+){0,2}?"
            r"(?:condolences|sympathy|sympathies|solidarity|support|concern|gratitude|thanks|congratulations|regret|sorrow"
            r"|grief)\b")


def gerund(lemma: str) -> str:
    """A verb's form in "-ing", by the rule of its past (:func:`.lexicon.inflect`): "call" "calling", "urge" "urging",
    "plead" "pleading", "admit" "admitting"."""
    past = inflect(lemma)[1]
    if len(past) > len(lemma) + 2 and past.endswith(lemma[-1] * 2 + "ed"):
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    return lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing"


_LEMMAS = frozenset(m for members in REFERENCE.values() for m in members.split() if "_" not in m) - LEFT_OUT | DIRECTIVES
_PLAIN = sorted((gerund(lemma) for lemma in _LEMMAS - _FELT), key=len, reverse=True)
_ACT = (rf"(?:calling\s+(?:for|on|upon)\b|(?:{'|'.join(gerund(f) for f in sorted(_FELT))})\s+{_FEELING}"
        rf"|(?!calling\b)(?:{'|'.join(_PLAIN)})\b)")
"""An act of speech in "-ing": a verb of :data:`_LEMMAS`, "calling" only for or on someone, a feeling expressed."""
_BASE = (rf"(?:call\s+(?:for|on|upon)\b|(?:{'|'.join(sorted(_FELT))})\s+{_FEELING}"
         rf"|(?!call\b)(?:{'|'.join(sorted(_LEMMAS - _FELT, key=len, reverse=True))})\b)")
_WORDS = r"(?:[\w’'.()-]+,?\s+)"
_NOT_ACTIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$"
                         r"|\b(?:the|a|an|its|his|her|their|this|that|these|those)\s+$")
"""Before a verb of the forms: a passive ("was met by ...") or a determiner (the noun "talks", "calls")."""

_FORMS = (
    rf"\b(?:joined|joins|join)(?=\s+(?!(?:me|us)\s){_WORDS}{{1,6}}?in\s+(?:[a-z]+ly\s+)?{_ACT})"
    rf"|\b(?:[a-z]{{3,}}(?:ed|s)|began|begun|spoke|took|made|led)(?=\s+{_WORDS}{{0,6}}?by\s+{_ACT})"
    r"|\b(?:tabled|tables|moved|moves|backed|backs|supported|supports|signed|signs|sent|sends|submitted|submits|drafted"
    r"|drafts|filed|files|presented|presents|delivered|delivers|launched|launches|sponsored|sponsors|co-sponsored|brought"
    r"|put\s+forward|puts\s+forward|wrote|writes)"
    r"(?=\s+(?:a|an|the|its|his|her|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:motion|letter|petition|resolution|statement"
    rf"|declaration|communiqu[eé]|message|memorandum|bill|amendment|plea)s?\b[^,;:\u2063]{{0,80}}?\s+{_ACT})"
    r"|\b(?:joined|joins|join|echoed|echoes|echo|backed|backs|back|supported|supports|endorsed|endorses"
    r"|added\s+(?:its|his|her|their)\s+voices?\s+to|adds\s+(?:its|his|her|their)\s+voices?\s+to)"
    r"(?=\s+(?:(?:the|its|their|his|her|these|those|growing|international|renewed|repeated|mounting)\s+){0,2}"
    r"(?:[\w’'-]+\s+){0,2}?(?:calls?|appeals?|demands?)\s+(?:for|on|upon)\b)"
    r"|\b(?:launched|launches|launch)(?=\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}?(?:appeal|collection"
    r"|fundraiser|fund-raiser|fundraising\s+drive|donation\s+drive)s?\b)"
    r"|\b(?:spoke|speaks|phoned|phones|telephoned|telephones|rang|rings|wrote|writes)"
    rf"(?=\s+(?:(?!\b(?:is|are|was|were|has|have|had)\b)[^;:\u2063]){{0,100}}?\bto\s+{_BASE})")
"""The six forms of the module's docstring; each match is the subject's own verb, the rest read ahead (a host's "join
me in thanking" is no act reported; a contact's purpose never read past a second clause's verb: "As forces came closer
to war, Kyiv was among the first to offer ...")."""


@functools.cache
def _forms() -> re.Pattern[str]:
    """:data:`_FORMS` compiled at the first sentence with a trigger word: at import it took 0.012 s CPU of every
    process, which most never use (a build that parses no source)."""
    return re.compile(_FORMS)


_TRIGGERS = frozenset(w for w in (*_PLAIN, *(gerund(f) for f in _FELT), *_LEMMAS, "calls", "appeals", "demands")) | {
    "calling", "collection", "fundraiser", "drive"}
"""The words one of the forms needs (a quick test before the patterns)."""


def in_words(masked: str) -> list[re.Match[str]]:
    """The verbs of a masked sentence (quotations masked) whose act is done in words (see the module's docstring), in
    text order; none in most sentences."""
    if not _TRIGGERS.intersection(letter_words(masked)):
        return []
    return [m for m in _forms().finditer(masked) if not _NOT_ACTIVE.search(masked, max(0, m.start() - 40), m.start())]
