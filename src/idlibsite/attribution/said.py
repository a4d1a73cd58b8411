"""When a passage was said: the day its attribution gives, read against the article's date (pure).

A day counts only in the attribution, never in what was said: "Peskov said a
meeting on Thursday was planned" is not dated by that Thursday, nor is a
quotation's "on Friday" (quotations are masked).  Which words name a day, and
which day, is :mod:`idlibsite.attribution.days`.
"""

from __future__ import annotations

import re

from idlibsite.attribution.days import Day, days
from idlibsite.attribution.wordlists import GENERIC, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS
from idlibsite.dates import PartialDate
from idlibsite.sources.addressed import JOINT_TALK
from idlibsite.sources.offered import OPENING
from idlibsite.sources.lexicon import SPEECH_VERBS
from idlibsite.sources.speech import MASK, speech_verbs

# Between a speech verb and its day ("said on Tuesday", "told reporters in Moscow on Tuesday",
# "On Tuesday, the ministry said"): a few words, no quotation, no start of what was said.
_ATTRIBUTION_GAP = re.compile(rf"[^{MASK}:;|]{{0,100}}")  # "|": a page's byline or date line run in
_GAP_WORDS = 12
# What was said begins between them: a conjunction, or after the verb a verb of its own ("said talks
# would resume"; before the verb an auxiliary is the speaker's: "On Monday, Lavrov had warned").
_AUXILIARY = re.compile(r"\b(?:would|will|had|has|have|was|were|is|are|could|should|must|may|might|can|did|does"
                        r"|do)\b", re.IGNORECASE)
_WHAT_WAS_SAID = {  # after the verb: "said after the talks on Thursday" is the saying's day
    True: re.compile(rf"\b(?:that|whether|if|when|until|since|because)\b|{_AUXILIARY.pattern}", re.IGNORECASE),
    False: re.compile(r"\b(?:that|whether|if|when|until|since|because|after|before)\b", re.IGNORECASE),
}
# After the verb and before the day's phrase, only whom it was said to, and how: "told reporters in
# Moscow on Tuesday", "told his Russian counterpart Vladimir Putin in a call on Friday", "said so
# again on Monday"; other words are what was said ("said Syria supported the deal reached on 5 March").
# An apposition set off by commas is the speaker's ("said Marco Sandrone, MSF's coordinator, on Monday").
_PREPOSITION = frozenset("in at during to on of about with via from for after by through over while late early".split())
_DETERMINERS = frozenset("the a an his her its their our my your this these those".split())
_MANNER = frozenset("so it same thing again also later earlier separately once more further very".split())
_HEARERS = PERSON_NOUNS | ORG_NOUNS | ORG_WORDS | GENERIC | frozenset(
    "counterpart colleague audience crowd supporter member deputy parliamentarian conference briefing cabinet"
    " meeting session gathering rally interview summit forum panel hearing newspaper channel television radio".split())
_APPOSITION = re.compile(r",[^,]*,")
# A phrase that opens the sentence before its speaker: "In a column on Saturday, ...", "Speaking on Monday, ..."
# (with no verb of its own: "At least 33 soldiers were killed on 27 February, the governor said" is not one)
_OPENING = re.compile(r"\s*(?:(?:In|At|On|During|Before|After|Speaking|Addressing|Writing)\b[^,]{0,80})?")
# A phrase set off between the speaker and the verb: "Erdogan, addressing his party on Saturday, said"
_SET_OFF = re.compile(r"\s*(?:[a-z]+ing|asked|questioned|interviewed|in|at|on|during|after|before)\b")
# A relative clause around the day tells of something else: "Borrell, who visited the border on Tuesday, said"
_RELATIVE = re.compile(r"\b(?:who|which|whose|where)\b")
# A speech verb's past form, for a sentence in which speech_verbs finds none because what was said does
# not follow at once ("wrote to the Council on Feb. 29 that ..."): a word ending in -ed is seldom a noun; not a verb
# of opening, speech only by what it opens with ("opened fire"), nor a joint talk's, speech only in a readout's voice
# ("Putin and Erdogan discussed Idlib on Friday": the day is the talk's).
_PAST = re.compile(r"\b(?:" + "|".join(v for v in SPEECH_VERBS if " " not in v and v not in OPENING | JOINT_TALK
                                        and (v.endswith("ed") or v in ("said", "told", "wrote")))
                   + r")\b", re.IGNORECASE)
# Words said earlier and published on a day: "in an interview published on Tuesday", "a transcript released on Friday"
# A day counted from: "on the eve of Friday's talks", "a day after Sunday's strikes", "hours before the vote on 5 March"
_COUNTED = re.compile(r"\b(?:(?:eve|ahead)\s+of|(?:days?|weeks?|hours?)\s+(?:after|before))\s+(?:the\s+)?$",
                      re.IGNORECASE)
# A clause set against the main one: "While Erdogan told his party on Wednesday that ..., Peskov said ..."
_CONTRAST = re.compile(r"\s*(?:While|Whereas|Although|Though)\b")
# An event of its own after the verb: "said, after two convoys were shelled Sunday" (not "said after the talks")
_EVENT = re.compile(r"\b(?:after|before)\b.*(?<![\w-])[a-z]{3,}ed\b(?!-)")
_PUBLISHED = re.compile(r"\b(?:interview|transcript|recording|video|footage|excerpts?|book)\b[^,.;]{0,60}?"
                        r"\b(?:published|released|aired|broadcast|posted|printed)\b[^,.;]{0,40}$", re.IGNORECASE)


def said_on(masked: str, published: PartialDate) -> tuple[PartialDate, str]:
    """The day a sentence says it was said on, and a note saying how; else the article's date, with
    a note that says so, as the project's annotations do ("not dated; reported in an article ...").

    ``masked`` is the sentence with its quotations masked (:class:`idlibsite.sources.speech.Sentence`).
    No note when the article's date is not known either.
    """
    if not published.known:
        return published, ""
    named = days(masked, published)
    day = _attribution_day(masked, named, published)
    if day is None:
        how = "not dated in its sentence"
        if named:
            late = published.precision == "day" and named[0].when and named[0].when.isoformat() > published.iso
            how = f'not dated by its attribution ("{named[0].words}" is {"later than the article" if late else "in what was said"})'
        return published, f"{how}; reported in an article published {published.human()}"
    if day.when is None:
        return published, f'"{day.words}" in an article dated only {published.human()}'
    return PartialDate(day.when.isoformat(), "day"), f'"{day.words}" in an article dated {published.human()}'


def _attribution_day(masked: str, named: list[Day], published: PartialDate) -> Day | None:
    """The day nearest the sentence's first speech verb on the speaker's side (none in a sentence
    without one: a headline, a quotation alone, a noun "Erdogan's declaration on 29 February").  A day after the article's is never when its words
    were said, nor is one of a list of days ("on Saturday, Sunday and Monday").

    Before the verb, the day is in a phrase opening the sentence ("On Monday, the ministry said",
    "In Sunday's bulletin, the centre claimed"), in the speaker's clause ("The ministry on Monday
    said") or in a phrase set off right before the verb ("Erdogan, addressing his party on Saturday,
    said"); one before a comma and another subject ("... before Sunday, his ministry said") is in
    what was said, and so is one in a relative clause ("Borrell, who visited the border on Tuesday,
    said").  "According to X" comes after what was said, so only a day after it dates the saying.  A day
    counted from ("on the eve of Friday's talks") is not the saying's, nor one in a clause set against the
    speaker's ("While X told ... on Wednesday, Peskov said"), nor an event's after the verb ("says, after
    two convoys were shelled Sunday")."""
    verbs = speech_verbs(masked) or list(_PAST.finditer(masked))
    if not verbs:
        return None
    if _CONTRAST.match(masked) and (comma := masked.find(",", verbs[0].end())) >= 0:
        verbs = [v for v in verbs if v.start() > comma] or verbs  # the main clause's verb, when it has one
    candidates = [d for d in named if not d.listed and not (d.when and published.precision == "day"
                                                             and d.when.isoformat() > published.iso)
                  and not _PUBLISHED.search(masked, 0, d.start) and not _COUNTED.search(masked, 0, d.start)]
    near = [(len(gap), d) for d in candidates if (gap := _gap(masked, verbs[0], d)) is not None]
    return min(near, key=lambda n: n[0])[1] if near else None  # a later verb is most often in what was said


def _gap(masked: str, verb: re.Match[str], day: Day) -> str | None:
    """The words between a speech verb and a day when the day is in the verb's attribution, else None."""
    after = verb.end() <= day.start
    if not after and verb.group().lower().startswith("according"):
        return None
    if after and day.possessive and not masked[: day.start].endswith("after "):
        return None  # "said Sunday's phone call lasted an hour": a thing of that day ("said after Monday's talks": its day)
    gap = masked[verb.end() : day.start] if after else masked[day.end : verb.start()]
    if not after:
        before = re.split(r"[;:]", masked[: day.start])[-1]  # "On Friday, 33 soldiers were buried; on Sunday, Ankara said"
        clause = before.rsplit(",", 1)
        set_off = len(clause) == 2 and not gap.strip(" ,") and _SET_OFF.match(clause[1])
        opening = _OPENING.fullmatch(before) and not _AUXILIARY.search(before)
        if _RELATIVE.search(clause[-1]) or not ("," not in gap or set_off or opening):
            return None
    if after and _EVENT.search(gap):
        return None
    if (_ATTRIBUTION_GAP.fullmatch(gap) and not _WHAT_WAS_SAID[after].search(gap)
            and len(gap.split()) <= _GAP_WORDS and (not after or _only_hearers(gap))):
        return gap
    return None


def _only_hearers(gap: str) -> bool:
    """True when the words before the gap's first preposition can only say whom it was said to, and
    how: each a name, a determiner, a word of manner or a hearer, or the last of them a hearer
    ("told a joint news conference in Moscow on Thursday")."""
    words = _APPOSITION.sub(" ", gap).replace(",", " ").split()
    head = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITION), len(words))
    return not head or all(map(_hearer_word, words[:head])) or _hearer(words[head - 1].lower())


def _hearer_word(word: str) -> bool:
    w = word.lower()
    return word[0].isupper() or w in _DETERMINERS or w in _MANNER or w.endswith("ly") or _hearer(w)


def _hearer(w: str) -> bool:
    return w in _HEARERS or w.rstrip("s") in _HEARERS
