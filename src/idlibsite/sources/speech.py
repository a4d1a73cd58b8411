"""How news prose reports speech: the speech verbs, and where sentences end (pure).

One lexicon and one sentence splitter for everything that reads attribution:
the passages that coverage and ``suggest`` find (:mod:`.statements`), the
speaker ``suggest`` proposes (:mod:`idlibsite.attribution.clause`) and the
attribution clauses of check's meaning checks (:mod:`.clauses`).

A paragraph is read with its quotations masked (:func:`mask`): the words
inside the marks, and the marks, become :data:`MASK`, so a name inside a
quotation never counts and a quotation of several sentences stays whole.
Sentences (:func:`split`) end at ``. ! ? …`` followed by a space and a
capital, a digit or a quotation (or glued to the next sentence, ``in
Syria.Yet``), never after an abbreviation or initials (``Feb.``, ``U.N.``);
a quotation that ends a sentence (``"It ended." Then ...``) ends it too,
unless a short speech clause follows (``"We will stay!" Akar said.``).  An
agency dateline opening the paragraph (``MOSCOW, February 21. /TASS/.``,
``ANKARA (Reuters) -``) belongs to no sentence.

It is the one splitter: coverage, ``suggest``, the meaning checks, the
sentence shown around a quote and the paragraph cutter all use it.  pysbd
was measured in its place and lost (bench/README.md, "One splitter").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from idlibsite.sources.addressed import read_by_object, told_object
from idlibsite.sources.inwords import in_words
from idlibsite.sources.lexicon import BASES, SPEECH_VERBS, letter_words, phrase_pattern, stated_pattern
from idlibsite.sources.notsaying import not_said
from idlibsite.sources.mediumverbs import MEDIUM_VERBS
from idlibsite.sources.offered import offered_in_words
from idlibsite.sources.unverbed import cues
from idlibsite.sources.views import CLAIMING, FOR_VIEW, VIEW_VERBS, claims_clause, states_view

MASK = "\u2063"
"""Stands for each character of a quotation (marks included) in a masked paragraph."""

_PROGRESSIVE = frozenset("warning claiming asking urging demanding accusing denying calling insisting arguing stressing".split())
_BEING = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:(?:also|now|already|still|not|increasingly)\s+)?$")
"""A form of "be" before a participle of speech: "aid groups have been warning", "MSF is asking", "state TV is already
calling it a victory" (not "a warning", "calling for" after a noun)."""
_TEXT_BEFORE = re.compile(r"\b(?:ran|runs|published|publishes|issued|issues|released|releases|carried|carries|sent|sends|put\s+out|adopt(?:ed|s)|pass(?:ed|es))"
                          r"\s+(?:[\w-]+\s+){0,3}?(?:editorials?|statements?|letters?|communiqu[eé]s?|columns?|commentar(?:y|ies)"
                          r"|op-eds?|articles?|resolutions?|motions?)\s+$|\bjoined\s+(?:[\w-]+\s+){0,3}?(?:countries|states|nations|governments)\s+(?:in\s+)?$"
                          r"|(?:^|,\s+)with\s+(?:the\s+(?=[A-Z]))?(?!(?:a|an|its|his|her|their|this|the)\s)(?:[\w’'.-]+\s+){0,3}?(?:[a-z]+s|[A-Z][\w’'-]*)\s+$")
"""A text its author put out, a group its author joined ("joined a group of countries calling for ...", "has joined
other Pacific nations in calling for ..."), or an absolute phrase's subject (", with aid groups warning"), before a
participle of speech that says what the text or the group said: "ran editorials warning
against ...", "issued a joint statement calling on ...", "adopted a resolution urging ..." (not "blocked a statement calling for ...", someone else's)."""
_NOUNS_TOO = frozenset("claims calls notes protests demands promises replies vows boasts recalls stresses answers reports estimates fears"
                       " orders advocates note regrets questions".split())
_NOT_SAID = re.compile(r"\s+(?:as|for|from|in|of|on|by|into|during|after|before|since|against|under|between|among|and|or"
                       r"|is|was|are|were|remain|remains|remained|have|has|had|will|would|can|could|may|might|must|should"
                       r"|say|says|said|warn|warns|tell|told|not)\b")  # "rights advocates say", "had orders not to"
_CALLS_FOR = re.compile(r"\s+(?:for|on)\b")
"""A speech verb of the present that is also a plural noun reports speech only with what was said after it, as a headline
drops articles: "Ministry claims Turkish troops ...", "opposition demands answers", "UN calls for calm"; a preposition,
a conjunction or a verb right after it makes it the noun ("asylum claims as Greece shuts border", "briefing notes on
Syria", "Turkish claims were ..."; not "claims to have", a verb and its infinitive, nor "notes with concern")."""

SUMMING = (r"(?:in\s+)?(?:an?\s+(?:\w+\s+)?(?:claim|charge|accusation|allegation|assertion|suggestion|description|version"
           r"|figure|number|estimate|toll|move|step|decision|measure|offer|proposal|plan|threat|warning|demand|tactic|gesture"
           r"|remark|comment)"
           r"|(?:[a-z]+\s+)?(?:claims|charges|accusations|allegations))")
"""A noun in apposition to what a clause said or did, summing it up, that a relative clause of its own answers: "...,
a claim Athens dismissed as "..."", "..., in a move the UN agency said had ...", "..., accusations Athens has rejected",
"..., a remark the ministry described as "..."."""

PARTICIPLES = frozenset(
    "saying adding noting claiming insisting stressing warning calling urging demanding arguing".split())
"""Participles that continue a speech clause; they add no subject of their own."""

IN_WORDS = re.compile(r"(?i)\bin\s+(?:(?:[\w’'.-]+\s+){0,5}?[\w.-]+[’']s?|his|her|their)\s+(?:own\s+)?$")
"""``In Brandis's words, ...``, ``In his view, ...``: the text before "words" or "view" that names whose
words they are."""

_SURE = re.compile(rf"\b(?:is|are)\s+(?:{stated_pattern('tag last')})(?=\s*[.!?]?\s*$)")
"""A view's tag after the words, a state of mind in place of a verb ("..., Ana Ruiz, a political scientist, is sure.",
"..., analysts are convinced."): only at the end of the sentence, after a comma and its subject (LABELS Round 50)."""

_SINGLE = frozenset(v for v in SPEECH_VERBS if " " not in v)
_PHRASE_FIRSTS = frozenset(v.split()[0] for v in SPEECH_VERBS if " " in v)  # the first words of the phrases
_FIRST_WORDS = _SINGLE | _PHRASE_FIRSTS | {"words", "view", "opinion"}


@functools.cache
def _phrases(first: str) -> re.Pattern[str]:
    """The phrases the word ``first`` starts ("pointed out", "according to"), compiled at the first sentence that has
    it: the 79 patterns compiled at import took 0.04-0.07 s CPU of every process, which most never use (a build
    that parses no source)."""
    return re.compile("|".join(phrase_pattern(v) for v in SPEECH_VERBS if v.split()[0] == first and " " in v)
                      + r"(?![A-Za-z])", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _candidates(hits: frozenset[str]) -> re.Pattern[str]:
    """The words ``hits`` as whole words, any case (a sentence has one or two of them)."""
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(hits)) + r")(?![A-Za-z])", re.IGNORECASE)


_WORDS_OF = re.compile(r"words\s+(?:(?:are|were)\s+those\s+)?of\s+(?=[A-Z]|the\s)")  # "in the words of X", "The words are those of X"
_CONTENT = re.compile(r"(?:(?:\s+(?:before|earlier|often|once))?\s+(?:(?:in|on|via)(?:\s+[\w’'.-]+){1,6}?|to\s+(?:me|us|him|her|them))(?:\s+(?:(?:last|this|in)\s+(?:week|month|year|\d{4})|(?:last|this)\s+(?:night|evening|morning|afternoon|weekend)|on\s+[A-Z][a-z]+day)|\s+(?:\w+\s+){1,2}?ago)?|(?:\s+[\w’'.«»“”\"-]+){0,2}?)(?:\s+that\b|\s*:|,?\s*\u2063)")
# what was said right after the verb: "tweeted that", "assured reporters that", "wrote on Facebook:", "wrote in this column two years ago that",
# "wrote to me last week that" (to a pronoun: not "responded to the strikes that"), "judged it "unacceptable" that" (a word in scare quotes)
_NOUN_BEFORE = re.compile(r"(?i)\b(?:the|a|an|of|his|her|its|their|our|these|those|such|by|for|with|whose|has|have|had"
                          r"|about|on|over|amid|despite|against|following)\s+$|\w[’']s\s+$")
# "because of protests by", "his comments", "Erdogan's calls", "concerned about reports of": a determiner,
# preposition or possessive makes it a noun
_TRAILING_CLAUSE = re.compile(r",\s+(?:(?:he|she|it|they)\s+|the\s+same\s+[a-z]+\s+|(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:[a-z][\w-]*s\s+|(?:correspondent|reporter)\s+)?"
                              r"|(?:[a-z][\w-]*\s+)?(?!(?:was|is|has|as|this|thus|us|its|his)\s)[a-z][\w-]*s\s+"
                              r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+(?:an?|the)\s+[^,;:\u2063]{1,60},\s+)$")
# "Aid stopped, Jens Laerke wrote ...", "..., the same source specified", "... in place, Israeli officials warn", "..., aid groups warn",
# "..., X correspondent reports", "..., Ana Ruiz, a Sahel expert, believes." (the name and its role set off by commas)
_ASIDE = re.compile(r"(?:\s+(?:in|on|via|at)\b[^,;:\u2063]*)?,\s+[a-z]")  # ", she wrote, had done": a clause set off
_ENDS = re.compile(r"(?:\s+(?:in|on|via|at|to)\b[^,;:\u2063]*)?\s*[.!?]?\s*$")  # "... in a post on X.", "... to the House on Tuesday."
_QUOTED_BEFORE = re.compile(r"\u2063,?\s+(?:(?:[\w’'.()-]+\s+){0,6}|(?:[\w’'.-]+\s+){0,4}[\w’'.-]+,\s+(?:an?|the)\s+[^,\u2063]{1,80},\s+)$")
# "...," she wrote; "...," NAME (R-S.C.) wrote; "...," NAME, a strategist at ..., wrote; "...," wrote NAME
# "according to" a text, not a speaker: the terms of an agreement are no one's statement
_TO_A_TEXT = re.compile(r"\s+(?:the\s+|these\s+|those\s+|this\s+|that\s+)?(?:\w+\s+)?"
                        r"(?:agreements?|deals?|accords?|memorand(?:um|a)|treat(?:y|ies)|protocols?|laws?|rules|"
                        r"terms|plans?|resolutions?|constitution|charter)\b", re.IGNORECASE)

ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen maj capt col lt sgt st jr sen rep gov prof no vs adm brig cmdr approx amb hon cllr"
    " fr msgr supt insp det cpl pvt"
    " jan feb mar apr jun jul aug sept sep oct nov dec".split()
)
"""Words that end in a full stop without ending the sentence ("Feb. 19", "Dr. Smith"), a cleric's or a police officer's
title among them ("Pastor Fr. Name said", "Msgr. Name", "Det. Supt. Name told"); not "Rev.", which
ends a sentence whose author's "I asked Rev. Name, who ..." the anaphors do not yet read (bench 531, session fix15fc)."""
_BEFORE_NUMBER = frozenset({"no"})
"""Abbreviations that, in lowercase, are one only before a number ("no. 5"); else the word ends its sentence ("Moscow did
not say no. It ..."). A capitalised "No." stays an abbreviation ("No. 5", an answer's "No. Our ships ...")."""

TAIL_WORDS = 8
"""Most words in a speech clause that closes a quoted sentence (``"…!" Cutts said.``)
without starting a sentence of its own."""

TERMINAL = ".!?…"
NOTE_MARKED = r"(?:(?<=[^\W\d_])|(?<=[\u2063”\"’»)\]]))[.!?…]+(?:\u2063+|[”\"’»])?\d{1,3}|(?<=\b(?:19|20)\d\d)\.\d{1,3}"
"""A sentence's stop with a note's number run into it, as text copied out of a PDF prints a superscript ("the only
option.”6 The", "in Ankara.3 It", "since 1 December 2019.1 Amnesty"): after a word, a closing mark or a year, never
after a number's other digits ("rose by 2.5 Million" is no note)."""
_END = re.compile(rf"(?=[.!?…])(?:(?:{NOTE_MARKED})(?=[\s\u2063]+[\u2063A-Z\"“‘(«])"  # first: "too weak to cry."4 She", not cut before the mark
                  r"|[.!?…]+(?:\u2063+|[”\"’»])?(?:\[\d{1,3}\])*(?=[\s\u2063]+(?:[-•*]\s+)?[\u2063A-Z\"“‘'(«0-9])|(?<=[a-z])[.!?…]+(?=[A-Z][a-z]))")
"""A sentence's stop: every match opens with one of its marks, looked for first (else the look-behinds that open two of its
three ways were tried at every letter of a paragraph, 0.59 s over the 22,421 paragraphs of 1,000 generated sources; 0.09 s)."""
_END_OR_ITEM = re.compile(rf"{_END.pattern}|(?P<bullet>\n[ \t]*[-•*][ \t]+)")
"""A sentence's end, or a bulleted item's start (only a paragraph with a line break can have one)."""
_LAST_WORD = re.compile(r"[\w’'.-]+$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # U.N., U.S, J (not a number: "Feb. 3.")
_DATED_PLACE = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2},\s*[^()\n,]{0,20}?\d[^()\n]{0,12}?"
"""A place and a date with a number in it ("Ankara, Mar 1", "Addis Ababa, March 4/2020", "Caracas, 29 Feb.")."""
DATELINE = re.compile(
    r"^(?!(?:(?!\s[-—–]|[/(]|[A-Z]{2}\.?[-—–]\s).)*?\b(?!news\b|agency\b)[a-z]{4,}\b(?:(?!\s[-—–]|[/(]|[A-Z]{2}\.?[-—–]\s).)*?\b(?!news\b|agency\b)[a-z]{4,}\b)(?:[A-Z][\w’'.-]*(?:[ ,]+[\w’'.-]+){0,5}?\s*(?:\([^()\n]{1,80}\)\s*[-—–]{1,3}"
    r"|[.,]?\s*/[A-Z]+/\.?|,\s*SANA\s*[-—–]{1,2}|\s+[-—–]{1,2})(?:\s+|(?<=[-—–])(?=[A-Z“\"‘]))"
    r"|[A-Z]{3,}(?:,? [A-Z][\w.]*){0,3}\s+[-—–]{1,2}\s+|\([A-Z][^()\n]{1,60}\)\s*[-—–]{1,2}\s+"
    rf"|{_DATED_PLACE}\s+[A-Z]{{2,8}}\.?[-—–]{{1,3}}\s+"
    rf"|(?:{_DATED_PLACE}\s*\([A-Z][\w.]*(?: [A-Z][\w.]*)?\)|[A-Z][\w’'.-]*\s*\([A-Z]{{2,8}}\))\s+(?=[A-Z“\"‘]))"
)
"""An agency dateline opening a paragraph, up to the story's first word: a place and a date, or an agency's credit
("Kabar news agency - ", "(Seychelles News Agency) - ": in brackets with no place), not two common words; its dash may
be three long or close up to the story ("(ONA) --- ", "(TATOLI)—The"), or missing after the credit in brackets when a
date or one word of place comes before it ("Ankara, Mar 1 (PTI) Turkey", "Kabul (BNA) The"; not "Global Peace Mission
(GPM) Malaysia chairman"), or the credit a bare acronym after the date ("Caracas, 29 Feb. AVN.- ")."""
DATELINE_MAX = 90
_TAG_ONLY = re.compile(r"(?:[A-Z][\w’'.-]*\s*){1,4}")
"""What follows a headline's dash when it is the headline's tag, not a story after a dateline: one to four capitalised
words to the line's end ("EMASWATI IN TURKEY SAFE – GOVT", "Nationals in X safe — Foreign Affairs Ministry")."""
THREAD_NUMBER = re.compile(r"\d{1,3}/(?:\d{1,3})?[^\S\n]+(?=\S)|\[\d{1,3}\][^\S\n]+(?=\S)")
"""A thread's post number opening its paragraph ("2/ ", "14/14 "), or a decision's paragraph number in brackets ("[6] The
Tribunal ..."): no part of the sentence after it (its subject's name starts after it)."""


def speech_verbs(masked: str) -> list[re.Match[str]]:
    """The speech verbs of a masked sentence (and "according to" a speaker), outside quotations."""
    return list(_speech_verbs(masked))


@functools.lru_cache(maxsize=1024)
def _speech_verbs(masked: str) -> tuple[re.Match[str], ...]:
    """:func:`speech_verbs`, kept for the last sentences asked: finding a source's passages asks it of the same
    sentence and clause again and again (95,040 calls for 34,972 texts at 1,000 generated sources)."""
    view = FOR_VIEW.match(masked)  # "For the political scientist X, ...": X's view
    hits = _FIRST_WORDS.intersection(letter_words(masked))
    if not hits:
        return (view,) if view else tuple(in_words(masked) or cues(masked))  # most sentences: one pass in C, no match objects
    found: list[re.Match[str]] = [view] if view else []
    done = 0  # the end of the last phrase: its words are not verbs again
    for m in _candidates(frozenset(hits)).finditer(masked):  # only the words of the list that are there
        if m.start() < done:
            continue
        word = m.group().lower()
        phrase = _phrases(word).match(masked, m.start()) if word in _PHRASE_FIRSTS else None
        if phrase:
            done = phrase.end()
            if not (word == "according" and _TO_A_TEXT.match(masked, phrase.end())):
                found.append(phrase)
        elif word in ("words", "view", "opinion"):
            if (word == "words" and _WORDS_OF.match(masked, m.start())
                    or IN_WORDS.search(masked[max(0, m.start() - 80) : m.start()])):
                found.append(m)  # "in the words of X", "In X's words", "In his view"
        elif word in _SINGLE and _is_verb(masked, m, word) and not not_said(masked, m):
            found.append(m)
    found += [m for m in _SURE.finditer(masked) if _TRAILING_CLAUSE.search(masked[max(0, m.start() - 120) : m.start()])]  # at the
    # sentence's end, so last: the list keeps the text's order (said_on dates by the first verb)
    return tuple(found or in_words(masked) or cues(masked))  # else an act done in words (:mod:`.inwords`), or a view held (:mod:`.unverbed`)


_MEDIUM_REPORTS = re.compile(r"(?:.*:\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)*(?:(?:state|state-run|official|national|local|news)\s+)*"
                             r"(?:media|agency|television|TV|radio|broadcaster)\s+")
"""A medium opening its sentence ("Syrian state media", "State TV"): what it "reports" is its statement, no "that" needed."""


def _reported_by_medium(masked: str, m: re.Match[str]) -> bool:
    """True when "report(s)" follows a medium that opens the sentence, as a headline drops "that" ("Syrian state media
    reports army advance ..."): a medium's report is its statement; not "State TV reports said ...": the noun."""
    after = masked[m.end() :].split()[:1]
    return _MEDIUM_REPORTS.fullmatch(masked[: m.start()]) is not None and not (after and after[0].lower() in _SINGLE)


def _is_verb(masked: str, m: re.Match[str], word: str) -> bool:
    """True when a word of the list reports speech here: not a noun after a determiner, and a
    medium verb only with what was said next to it (see MEDIUM_VERBS)."""
    before = masked[max(0, m.start() - 80) : m.start()]  # a window: the patterns look back a few words
    if word == "telling":
        return _QUOTED_TELLING.search(before) is not None  # "The Standard quoted X telling the Senate that ...", never "a telling sign"
    if word in _PROGRESSIVE and (_BEING.search(before) or _TEXT_BEFORE.search(before)):
        return True  # "have been warning", "is asking", "ran editorials warning"
    if word in _PROGRESSIVE and word not in MEDIUM_VERBS:
        return False  # "a warning", "accusing Moscow" after a clause: the participle adds no speech of its own
    if word in BASES and not _PLURAL_BEFORE.search(before):
        return False  # "a claim that", "to concede": a plain form of the lexicon is a present only after a plural
    if (by_object := read_by_object(word, masked, m.start(), m.end())) is not None:
        return by_object  # "Experts see the crisis as a test", "encouraged citizens to register", "I raised this point"
    if (offered := offered_in_words(word, masked, m)) is not None:
        return offered  # "renewed its call for", "offered to host", "opened the talks with condolences"
    if word not in MEDIUM_VERBS and word[-1] != "s":
        return True  # "said", "warned": never a noun
    if (word[-1] == "s" or word in _NOUNS_TOO) and _NOUN_BEFORE.search(before):
        return False  # "his comments", "because of protests by"
    if word in _NOUNS_TOO and _NOT_SAID.match(masked, m.end()) and not (word == "calls" and _CALLS_FOR.match(masked, m.end())
                                                                       or _CONTENT.match(masked, m.end()) or _QUOTED_BEFORE.search(before)):
        return False  # "Turkey rejects asylum claims as Greece shuts border", "briefing notes on Syria": a noun
    if word not in MEDIUM_VERBS or _CONTENT.match(masked, m.end()) or _QUOTED_BEFORE.search(before) or word in ("report", "reports") and _reported_by_medium(masked, m):
        return True
    if word in VIEW_VERBS and states_view(masked, m.end()) or word in CLAIMING and claims_clause(masked, m.end()):
        return True  # "X believes the talks will fail": a view stated, "that" left out; "state media insist the troops were ..."
    if told_object(word, masked, m.start(), m.end()):
        return True  # "informed his counterpart about the attack", "attributed the strikes to", "reject the accusation"
    # "Aid stopped, Jens Laerke wrote ..." at the end, or between commas: "NATO, she wrote, had done nothing"
    return bool(_TRAILING_CLAUSE.search(before) and (_ENDS.match(masked, m.end()) or _ASIDE.match(masked, m.end()))
                or _WORD_COMMA.search(before) and _WRITER_ENDS.match(masked, m.end()))  # "..., writes Rohan Persaud"


_PLURAL_BEFORE = re.compile(r"(?:\b(?i:they|both|all)|(?<![\w’'])(?![A-Z]{2,}s\b)[A-Za-z][a-z]+[^s’'\Wiu]s)\s+(?:(?:also|still|now|often|repeatedly"
                            r"|privately|publicly|openly)\s+)?$")
"""A plural subject right before a plain form ("critics complain", "they also caution"; not "his", "its", "this": a
word ending in "s" after a letter other than "s", "i", "u" and an apostrophe); not "we", the writer's own statement
("We declare that ...", a release printed whole, is its author's words, not a report of them)."""
_QUOTED_TELLING = re.compile(r"\b(?:quoted|quotes|cited|cites)\s+[^,;:\u2063]+?\s+$")
"""A medium quoting someone "telling" an audience what they said: the participle reports the one quoted (LABELS rule 4)."""
_WORD_COMMA = re.compile(r"\w,\s+$")
_WRITER_ENDS = re.compile(r"\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}|(?:our|this)\s+[a-z]+)\s*[.!?]?\s*$")
"""A writer named after the verb that ends a standfirst ("..., writes Rohan Persaud", "..., writes our columnist")."""


def closes_clause(masked: str) -> bool:
    """True when a masked sentence ends with its speech clause after a comma ("Aid must reach the camps, he said."):
    the words before the clause are what was said."""
    verbs = speech_verbs(masked)
    last = verbs[-1] if verbs else None
    return last is not None and bool(_TRAILING_CLAUSE.search(masked[max(0, last.start() - 80) : last.start()])
                                     and (_ENDS.match(masked, last.end()) or _TOLD_NAMED.match(masked, last.end())))


_TOLD_NAMED = re.compile(r"\s+(?:the\s+\u2063{1,40}(?:\s+(?:correspondent|reporter|journalist|newspaper|agency|website|channel))?"
                         r"|\u2063{1,40}\s+(?:correspondent|reporter|journalist|newspaper|agency|website|channel))\s*[.!?]?\s*$")
"""A tag's object a name in marks, a medium or its correspondent ("..., they told the "Delta Post" correspondent.")."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph, with its quotations masked."""

    start: int  # offsets into the searched text
    end: int
    masked: str  # the sentence with each quotation's characters replaced by MASK


def mask(text: str, start: int, end: int, quotations: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with each quotation (inner offsets into ``text``) and its marks
    replaced by MASK, lengths kept."""
    return _masked(text, start, end, quotations, keep_ends=False)


_CAPITAL_ARTICLE = re.compile(r"\s*(?:THE|AN|A)(?=[^\S\n]+[A-Za-z][a-z])")
"""An article in capitals opening a paragraph, as a national paper sets its leads ("THE government says ...", "THE
Fiji Government has ..."): the article, not a name's part nor an acronym; read in the sentence as "The"."""


def split(text: str, start: int, end: int, quotations: Sequence[tuple[int, int]]) -> list[Sentence]:
    """The sentences of ``text[start:end]`` (a paragraph; ``quotations`` are the inner offsets of
    its quotations), a dateline at its start left out, spaces around each trimmed."""
    shown = _masked(text, start, end, quotations, keep_ends=True)
    masked = mask(text, start, end, quotations)
    offset = 0
    dateline = DATELINE.match(shown) or THREAD_NUMBER.match(shown)
    dateline = None if dateline and _TAG_ONLY.fullmatch(shown, dateline.end()) else dateline  # "... SAFE – GOVT": a tag
    if dateline and len(dateline.group()) < DATELINE_MAX:
        offset = dateline.end()
    if capital := _CAPITAL_ARTICLE.match(masked, offset):  # "THE government says ...": as "The government says ..."
        masked = masked[: capital.start() + 1] + capital.group()[1:].lower() + masked[capital.end() :]
    out = []
    for lo, hi in _cuts(shown, offset):
        piece = shown[lo:hi]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append(Sentence(start + lo + lead, start + lo + trail, masked[lo + lead : lo + trail]))
    return out


def _masked(text: str, start: int, end: int, quotations: Sequence[tuple[int, int]], keep_ends: bool) -> str:
    chars = list(text[start:end])
    for q_start, q_end in quotations:
        if not (start <= q_start and q_end <= end):
            continue
        lo, hi = q_start - start, q_end - start
        if lo > 0 and not chars[lo - 1].isalnum() and not chars[lo - 1].isspace():
            lo -= 1  # the opening mark
        if hi < len(chars) and not chars[hi].isalnum() and not chars[hi].isspace():
            hi += 1  # the closing mark
        keep = q_end - start - 1 if keep_ends and text[q_end - 1] in TERMINAL else -1
        for i in range(lo, hi):
            if i != keep:
                chars[i] = MASK
    return "".join(chars)


def _cuts(shown: str, offset: int) -> list[tuple[int, int]]:
    out = []
    begin = offset
    for m in (_END_OR_ITEM if "\n" in shown else _END).finditer(shown, offset):
        if m.lastgroup == "bullet":  # "- Turkey says it keeps the right to retaliate": an item is a sentence
            if m.start() > begin and shown[m.start() - 1] not in " \t.!?…":
                out.append((begin, m.start()))
                begin = m.end()
            continue
        if m.group()[0] == "." and m.start() > begin and shown[m.start() - 1] != MASK:
            word = _LAST_WORD.search(shown, max(begin, m.start() - 20), m.start())
            last = word.group().lower().rstrip(".").rsplit("-", 1)[-1] if word else ""  # "Maj.-Gen.": its last rank
            numbered = not (word and word.group().rstrip(".") in _BEFORE_NUMBER) or shown[m.end() : m.end() + 2].strip()[:1].isdigit()
            if last in ABBREVIATIONS and numbered or _INITIALS.fullmatch(last):
                continue  # Mr. / U.N. / Feb. : not the end of a sentence
        if MASK in m.group() and _opens_sentence(shown, begin, m.start()) and _tail_follows(shown, m.end()):
            continue  # a quoted sentence's end, then its speech clause: "It ended!" Brandt said.
        out.append((begin, m.end()))
        begin = m.end()
    out.append((begin, len(shown)))
    return out


def _opens_sentence(shown: str, begin: int, stop: int) -> bool:
    """True when the quotation that ends at ``stop`` opens the sentence from ``begin``: one that ends a clause of the
    writer's (``... called Greece Europe's "shield." She promised ...``) has no speech clause after it."""
    start = stop
    while start > begin and shown[start - 1] == MASK:
        start -= 1
    return not any(c.isalnum() for c in shown[begin:start])


def _tail_follows(shown: str, stop: int) -> bool:
    """True when a short speech clause follows a quoted sentence's end ("…!” Cutts said.")."""
    rest = re.match(r"[\s\u2063]*([^.!?…\u2063]*)", shown[stop:])
    clause = rest.group(1) if rest else ""
    return len(clause.split()) <= TAIL_WORDS and bool(speech_verbs(clause)) and not _THAT.search(clause)


_THAT = re.compile(r"\bthat\b")
"""A clause that goes on with "that" after a quotation's end opens a sentence of its own ("..." X, beside him, said that
Turkey ...): no tail of the quotation."""
