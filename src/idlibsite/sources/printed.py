"""A document printed whole in an article: its place and its issuer (pure).

An outlet prints a body's statement or declaration whole after a line that announces it ("The Ministry of
Foreign Affairs has issued the following statement on ...:", "Below is the text of the declaration:"), and the
document ends with its sign-off: the issuer's name in capitals ("MINISTRY OF FOREIGN AFFAIRS"), the place and
the date ("Havana, March 5, 2020."), "Signed: ...", "Done at Place, date", or a block of short lines, the issuer's
name, its seat and the date ("Ministry of Foreign Affairs / Asmara / 2 March 2020").  A document may also open with no
announcing line under a title of its own on a line alone ("Press Statement", "JOINT COMMUNIQUÉ").  Its sentences are
the issuer's own words (LABELS rule 5: a document is its author's), whatever subject they speak of themselves by
("Kenya calls on ...", "The Revolutionary Government rejects ...", "The Ministry supports ..."); none of them needs a
speech verb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from idlibsite.sources.datelines import MONTH
from idlibsite.sources.speech import Sentence, speech_verbs, split

_DOCUMENT = r"(?:statement|declaration|communiqu[eé]|press\s+release)"
_TEXT = rf"(?:{_DOCUMENT}|answer|reply|response|message|letter|appeal|text|post)"
"""What a lead-in announces as printed after it: a document, or an answer, a message, a letter or a post given whole."""
_SAYS = r"(?:said|stated|wrote|declared|added)"
_IN_A_TEXT = rf"\bin[^\S\n]+(?:a|an|its|his|her|their|the)[^\S\n]+(?:[a-z-]+[^\S\n]+){{0,2}}?{_TEXT}\b"
_ANNOUNCING = re.compile(r"(?i)\b(?:(?:following|(?:full\s+)?text\s+of\s+the|this\s+is\s+the)\s+(?:[a-z]+\s+){0,2}?"
                         rf"{_TEXT}\b[^.\n]{{0,160}}|{_TEXT}[^\S\n]+(?:follows|reads?)(?:[^\S\n]+(?:below|in\s+(?:full|part)))?"
                         rf"|{_IN_A_TEXT}[^.\n]{{0,100}}?\b{_SAYS}|\b{_SAYS}[^\S\n]+{_IN_A_TEXT}[^.\n]{{0,60}}"
                         r"|\b(?:answered|replied|responded|said|stated|declared|wrote)\b[^.\n]{0,160}?\bas\s+follows"
                         rf"|\b(?:print|publish|present|give|gave|carr(?:y|ie)|reproduce)\w*\b[^.\n]{{0,40}}?\b{_TEXT}\s+in\s+full"
                         r"|\b(?:is|are)[^\S\n]+attributable[^\S\n]+to[^\S\n]+[^\n]{2,160}?):[^\S\n]*$")
"""The end of a paragraph that announces a text printed after it: a document ("... issued the following statement on X:",
"The Ministry's statement follows below:", "Interpressnews presents the statement in full:"), an answer ("A spokesman ...
gave the following answer to a question put by the agency:", "... answered a question ... as follows:"), a message
("The text of the message reads:"), a post given in part ("Her post read in part:"), or a text its teller's own clause
names ("In a statement issued on Monday, the SJA said:", "The union said in a statement on Sunday:"), or the words
that follow, given to their speaker by a line of their own ("The following statement is attributable to the Spokesperson,
Name:", "The below is attributable to Acting Spokesperson Name:")."""
_ATTRIBUTABLE = re.compile(r"\b(?:is|are)[^\S\n]+attributable[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?P<who>[A-Z][^\n]{1,160}?)[^\S\n]*:[^\S\n]*$")
"""An announcing line's speaker: the one the text below it "is attributable to"."""
_TELLER = re.compile(rf"(?:\A|,)[^\S\n]*(?:[Tt]he[^\S\n]+)?(?P<body>[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*[A-Z][\w’'-]*)*)"
                     rf"[^\S\n]+(?:ha[sd][^\S\n]+)?{_SAYS}\b(?:[^\S\n]+{_IN_A_TEXT}[^.\n]*)?:[^\S\n]*\Z")
"""The teller an announcing sentence names as its subject, when it opens the sentence or follows its opening phrase's
comma and its speech verb ends the sentence or names the text: "In a statement issued on Monday, the SJA said:", "The
Journalists' Union said in a statement on Sunday:" (not "Her post read in part:": a possessive, the speaker before)."""
_TITLE_LINE = re.compile(rf"(?im)(?:\A|\n[^\S\n]*\n)[^\S\n]*(?:(?:press|joint|official)[^\S\n]+)?{_DOCUMENT}[^\S\n]*\n[^\S\n]*\n")
"""A document's bare title, a paragraph of its own ("Press Statement", "JOINT COMMUNIQUÉ"): the document starts after it."""
_TITLE_OF = re.compile(r"(?:\A|\n[^\S\n]*\n)[^\S\n]*(?:[Pp]ress[^\S\n]+)?(?:Statement|STATEMENT|Declaration|DECLARATION|Communiqu[eé]|COMMUNIQU[EÉ])[^\S\n]+"
                       r"(?:of|by|from|OF|BY|FROM)[^\S\n]+(?:the[^\S\n]+|THE[^\S\n]+)?(?P<body>[A-Z][^\n.:;]{2,100}?)"
                       r"(?:[^\S\n]+(?:on|regarding|concerning|about|in[^\S\n]+connection[^\S\n]+with)[^\S\n]+[^\n]*)?[^\S\n]*\n[^\S\n]*\n")
"""A document's title that names its issuer, a paragraph of its own ("Statement of the Ministry of Foreign Affairs of
Turkmenistan", "Statement by the Foreign Ministry on the situation in Idlib": the issuer before its topic), a body by
its kind's word (not a hearing's "STATEMENT OF <witness>"): the document starts after it, the issuer's, and ends at the
page's next line that is no prose (the next item's date line or title) or reporting paragraph when no sign-off comes
first."""
_COLON_ENDED = re.compile(r"(?m)^[^\n]*:[^\S\n]*$")
"""A line ending in a colon: the only lines ``_ANNOUNCING`` can match."""
_BODY_WORDS = r"(?:Ministry|Department|Office|Government|Embassy|Council|Commission|Presidency|Secretariat|Directorate)"
_OPENING_BODY = re.compile(r"[^\S\n]*(?:[^\n]{0,60}?[^\S\n][-–—]{1,2}[^\S\n]+)?(?:(?:An?|The)[^\S\n]+(?:spokes(?:man|woman|person)|representative)"
                           r"[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?|The[^\S\n]+)?(?P<body>(?:[A-Z][\w’'-]*[^\S\n]+)*?" + _BODY_WORDS
                           + r"(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w’'-]*)*)")
"""A body's name that opens the announcing paragraph as its subject ("The Ministry of Foreign Affairs of the Republic of Cuba"),
after the dateline run into it ("Place, date (Agency) --") and a spokesman's words ("A spokesman for the Foreign
Ministry of X Tuesday gave ...": a spokesman for a body is the body, LABELS rule 3), not the weekday after it."""
_TITLED = re.compile(r"(?i:(?:press[^\S\n]+)?(?:statement|declaration|communiqu[eé]|release))[^\S\n]+(?:of|by|from)[^\S\n]+(?:the[^\S\n]+)?"
                     r"(?P<body>[A-Z][^\n]{2,100}?)[^\S\n]*$")
"""A document's title line that names its issuer ("Declaration of the Ministry of Foreign Affairs")."""
_NAME = r"(?:[A-Z][\w’'-]*(?:[^\S\n]+(?:(?:of|for|and|the|de|del)[^\S\n]+)*[A-Z][\w’'-]*)*)"
_ISSUED = re.compile(rf"(?:\b(?:[Tt]he[^\S\n]+)?(?P<body>{_NAME})[^\S\n]+(?:ha[sd][^\S\n]+|have[^\S\n]+)?(?:issued|released|published|put[^\S\n]+out)[^\S\n]+(?:an?|its|the)[^\S\n]+"
                     rf"(?:[a-z]+[^\S\n]+){{0,2}}?{_DOCUMENT}|\b{_DOCUMENT}[^\S\n]+was[^\S\n]+(?:issued|released|published)[^\S\n]+by"
                     rf"[^\S\n]+(?:the[^\S\n]+)?(?P<agent>{_NAME}))")
"""A sentence before an announcing line that names the document's issuer ("The Foreign Ministry issued a statement on
Wednesday", "The Ministry of X has issued a statement", "The statement was released by the Palacio San Martín"), when the announcing line names none."""
_REPORTING = re.compile(r"(?:said|told|wrote|spoke|[a-z]{3,}ed)", re.I)
"""A speech verb in the past, the article's own reporting ("Minister X told the paper ...", "X recalled that ..."), not a
document's present ("Argentina reiterates ..."): where a document with no sign-off ends."""
_DATE = rf"(?:{MONTH}\.?[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?,?[^\S\n]+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{MONTH}\.?,?[^\S\n]+\d{{4}})"
_CAPITALS = re.compile(r"[^a-z\n]*[A-Z]{3}[^a-z\n]*")
"""A line in capitals after the document's sentences: its sign-off, the issuer's name ("MINISTRY OF FOREIGN AFFAIRS")."""
_SIGNED = re.compile(rf"[^\S\n]*(?:Signed\b.*|(?:Copyright|\([Cc]\)|©)[^\S\n].*|Done[^\S\n]+(?:at|in)[^\S\n]+[A-Z][^\n]*?{_DATE}\.?[^\S\n]*|\[(?i:end[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?{_DOCUMENT})\][^\S\n]*|[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*,[^\S\n]+{_DATE}\.?[^\S\n]*)")
"""A line that ends a printed document: "Signed: ...", the outlet's copyright line, "[End of statement]", "Done at Place, date", or its place and date
("Havana, March 5, 2020.")."""
_POST_SIGNED = re.compile(rf"[^\S\n]*[—–][^\S\n]*[A-Z][^\n]*?(?:\(@\w+\)|{_DATE})[^\n]*")
"""A post's sign-off after a dash ("— Name (@handle) February 28, 2020"): it ends the post printed above it, even one
whose last line is no prose ("... #Idlib")."""
_DATE_LINE = re.compile(rf"[^\S\n]*(?:[A-Z][\w’'-]*,?[^\S\n]+)?{_DATE}\.?[^\S\n]*")
_BLOCK_LINES = 3
"""At most how many short lines a sign-off block has before its date: the issuer's name, its seat (and a unit)."""
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_OPENING_MARKS, _CLOSING_MARKS = "“\"«‘'„", "”\"»’'“"
"""The marks around a quotation (German low-high too), by which a passage quoted in a document's sentence is told."""


@dataclass(frozen=True)
class Printed:
    """A document printed whole in an article."""

    start: int  # where its first paragraph starts (after the announcing line)
    end: int  # where its sign-off starts
    issuer: str  # the body that issues it, as the page names it; "" when the page does not say
    told_from: int = -1  # where the words start whose speaker tells it (:func:`_told_from`); -1 under a title of its own


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    """The non-blank lines of the text from ``start``, each with where it starts."""
    out, at = [], start
    for line in text[start:].split("\n"):
        if line.strip():
            out.append((at, line))
        at += len(line) + 1
    return out


def _prose(line: str) -> bool:
    """True for a line of sentences (not a title or a sign-off): it ends in a stop and has small letters."""
    return bool(re.search(r"[a-z]", line)) and line.rstrip()[-1:] in ".;!?\"”"


def _signature_block(lines: Sequence[tuple[int, str]], i: int, text: str) -> bool:
    """True when the line ``lines[i]`` opens a sign-off block: it and the next lines, each on the line right after the
    one before (no blank line between), are short lines with no stop of prose, the last of them a date, at most
    :data:`_BLOCK_LINES` lines before it ("Ministry of Foreign Affairs / Asmara / 2 March 2020")."""
    for j in range(i, min(i + _BLOCK_LINES + 1, len(lines))):
        at, line = lines[j]
        if j > i and text.count("\n", lines[j - 1][0], at) != 1 or _prose(line):
            return False
        if _DATE_LINE.fullmatch(line):
            return j > i
    return False


def _openings(text: str) -> list[tuple[int, str, bool, bool]]:
    """Where each document printed whole starts, with the issuer its announcing paragraph opens with as its subject
    (""  when it does not say) and whether a paragraph or a title naming its issuer announces it: after a paragraph that
    announces it, or after its bare title, or after its title that names its issuer (:data:`_TITLE_OF`, the last flag)."""
    out: list[tuple[int, str, bool, bool]] = [(m.end(), m.group("body"), True, True) for m in _TITLE_OF.finditer(text)
                                              if re.search(_BODY_WORDS, m.group("body").title())]  # a body's, not a witness's
    for colon in _COLON_ENDED.finditer(text):  # the few lines that could announce, found in C
        announced = _ANNOUNCING.search(text, colon.start(), colon.end())
        if announced:
            opening = _OPENING_BODY.match(text, colon.start(), colon.end())
            attributed = _ATTRIBUTABLE.search(text, colon.start(), colon.end())
            teller = _named_part(attributed.group("who")) if attributed else _teller(text, colon.start(), colon.end())
            out.append((announced.end(), opening.group("body") if opening else teller, True, attributed is not None))  # a text
            # "attributable to" its speaker ends, as a titled one, at the page's next line that is no prose (the next item)
    return sorted(out + [(m.end(), "", False, False) for m in _TITLE_LINE.finditer(text)])


@functools.lru_cache(maxsize=4)
def printed_documents(text: str) -> tuple[Printed, ...]:
    """The documents printed whole in an article: each after a paragraph that announces it or after its bare title, up
    to its sign-off, with the issuer the announcing paragraph opens with as its subject, or the document's title names,
    or its sign-off in capitals or its sign-off block names, or else (an announcing line
    that names none, "The text of the statement:") the sentences before it name (:func:`_issuer_before`), and then the
    document ends at the article's first paragraph that reports in the past (:func:`_reports`) if that comes before a
    sign-off (a page's chrome in capitals, "SEGUIR LEYENDO:", is none); a document with neither is none (nothing says
    where it ends). Kept for the last few texts: ``issued_by`` asks it once for every passage of a page."""
    out: list[Printed] = []
    for start, issuer, announced, headed in _openings(text):
        lines = _lines(text, start)
        prose, end = False, None
        for i, (at, line) in enumerate(lines):
            title = _TITLED.fullmatch(line.strip()) if not prose else None
            issuer = issuer or (title.group("body") if title else "")
            block = prose and _signature_block(lines, i, text)
            if prose and headed and not _prose(line):  # a titled document with no sign-off: the next item's date or title
                end = at
                break
            if i and _POST_SIGNED.fullmatch(line):
                end = at
                break
            if prose and (_SIGNED.fullmatch(line) or not _prose(line) and _CAPITALS.fullmatch(line) or block):
                if not issuer and re.search(_BODY_WORDS, line.title()):
                    issuer = line.strip() if block else _signer(line)  # "MINISTRY OF FOREIGN AFFAIRS"
                end = at
                break
            prose = prose or _prose(line)
        if announced and (not issuer or end is None):  # "The text of the statement:": the page named its issuer before,
            # or no sign-off: the article's reporting ends it
            ending = next((at for i, (at, line) in enumerate(lines) if i and _prose(lines[i - 1][1]) and _reports(line)), None)
            if ending is None and end is None:  # neither: the page's matter after its prose ends it ("Related posts"), if any
                ending = next((at for i, (at, line) in enumerate(lines) if i and _prose(lines[i - 1][1]) and not _prose(line)), None)
            end = min(end, ending) if end is not None and ending is not None else end if ending is None else ending
            issuer = issuer or _issuer_before(text, start)
        if end is not None and all(d.end != end for d in out):  # not the document an announcing line and its title both open
            out.append(Printed(lines[0][0], end, issuer, _told_from(text, start) if announced and not headed else -1))
    return tuple(out)


_POSSESSIVE_OPENING = re.compile(r"[^\S\n]*(?:His|Her|Its|Their)[^\S\n]")
"""An announcing sentence that names its text by its teller's possessive ("Her post read in part:")."""


def _told_from(text: str, at: int) -> int:
    """Where the words start that tell who announces the text printed after ``at`` (the end of its announcing line):
    the announcing sentence ("In a statement issued on Monday, the union said:"), or the whole paragraph up to it when
    that sentence opens with a possessive ("Her post read in part:": hers, the one the sentence before named)."""
    blank = list(_BLANK_LINE.finditer(text, 0, at))
    paragraph = blank[-1].end() if blank else 0
    sentences = split(text, paragraph, at, [])
    last = sentences[-1].start if sentences else paragraph
    return paragraph if _POSSESSIVE_OPENING.match(text, last) else last


def told_by(text: str, start: int) -> int:
    """Where the words start whose speaker tells the document with no issuer that a passage at ``start`` is in (LABELS
    Round 51: a text printed whole is its author's): :func:`_told_from`; -1 when the passage is in no such document."""
    return next((d.told_from for d in printed_documents(text) if d.start <= start < d.end and not d.issuer), -1)


def _named_part(who: str) -> str:
    """The part of an "attributable to" line's speaker, between its commas, that holds a name (two capitalised words
    or more): "Dr. Jane Roe, director of the Syria program at ..." -> "Dr. Jane Roe", "the Spokesperson, Dana Holt" ->
    "Dana Holt"; the whole when no part does."""
    return next((part.strip() for part in who.split(",") if len(re.findall(r"\b[A-Z][\w’'-]+", part)) >= 2), who)


def _teller(text: str, start: int, end: int) -> str:
    """The teller the announcing line's last sentence names as the subject of its speech verb (:data:`_TELLER`); "" when
    none (a body's name by its kind's word is read first, :data:`_OPENING_BODY`)."""
    sentences = split(text, start, end, [])
    last = text[sentences[-1].start : end].strip() if sentences else ""
    told = _TELLER.search(last)
    return told.group("body") if told else ""


def _signer(line: str) -> str:
    """The body a sign-off line names: the line in capitals ("MINISTRY OF FOREIGN AFFAIRS", as "Ministry Of Foreign
    Affairs"), or the part between its commas that names a body by its kind's word, after "Signed:" ("Signed:
    Communications Unit, Ministry of Foreign Affairs and International Cooperation, Tower Hill, Freetown.")."""
    parts = [re.sub(r"^(?:Signed\b[:,]?|[Tt]he\b)\s*", "", part.strip(" .")) for part in line.split(",")]
    named = next((part for part in parts if re.search(rf"\b{_BODY_WORDS}\b", part.title())), line.strip())
    return named.title() if named.isupper() or named == line.strip() else named


_PRESENT_AUXILIARY = re.compile(r"\b(?:is|are|am|has|have)(?:[^\S\n]+(?:not|been|also|already|strongly|therefore))*[^\S\n]+\Z")
"""A present auxiliary right before a participle ("are advised", "has not received", "have been informed"): the
document's own present, not the article reporting in the past."""


def _reports(line: str) -> bool:
    """True when a paragraph reports in the past, by a speech verb of its own (the article speaking again), not a
    participle after a present auxiliary ("Citizens are advised to ...")."""
    return any(_REPORTING.fullmatch(v.group()) and not _PRESENT_AUXILIARY.search(line, 0, v.start()) for v in speech_verbs(line))


def _issuer_before(text: str, start: int) -> str:
    """The issuer the sentences before an announcing line name, the nearest a body by its kind's word ("The Foreign
    Ministry issued a statement") or else the nearest ("released by the Palacio San Martín"); "" when none."""
    named = [m.group("body") or m.group("agent") for m in _ISSUED.finditer(text, 0, start)]
    return next((n for n in reversed(named) if re.search(_BODY_WORDS, n)), named[-1] if named else "")


def printed_sentences(text: str, ranges: Sequence[tuple[int, int]], covered: Sequence[tuple[int, int]]) -> list[Sentence]:
    """The sentences of a printed document's paragraphs among ``ranges`` that no passage of ``covered`` overlaps but a
    few words quoted in them (:func:`_scare_quoted`):
    each the issuer's statement though no speech verb says so ("The Government of X is deeply concerned by ...")."""
    out = []
    for doc in printed_documents(text):
        for start, end in ranges:
            if doc.start <= start < doc.end and _prose(text[start:end].strip()):
                out += [s for s in split(text, start, end, []) if re.search(r"[^\W\d_]{2}", text[s.start : s.end])  # not "1."
                        and not any(a < s.end and s.start < b and not _scare_quoted(text, s, a, b) for a, b in covered)]
    return out


def _scare_quoted(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """True when a passage from ``start`` to ``end`` is a few words in quotation marks inside the sentence, under half
    of it (the pretext of "protecting civilians"): the sentence is still the document's own."""
    return (sentence.start < start and end < sentence.end and 2 * (end - start) < sentence.end - sentence.start
            and text[start - 1] in _OPENING_MARKS and text[end] in _CLOSING_MARKS)


def quoted_in_document(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """True when a quotation from ``start`` to ``end`` is a few words a printed document's sentence quotes with no
    speech verb of its own (the pretext of "protecting civilians"): words the document gives to no one it names, not
    its issuer's own (LABELS: a scare quote), nor the speaker of the sentence before."""
    return (any(d.start <= start < d.end for d in printed_documents(text)) and _scare_quoted(text, sentence, start, end)
            and not speech_verbs(sentence.masked))


_STATE = re.compile(r"(?i)\b(?:government|ministry|republic|kingdom|state)\b")


def issued_by(text: str, start: int, speaker: str, nations: Collection[str], body: bool = False) -> str:
    """The issuer of the printed document a reported passage at ``start`` is in, when its ``speaker`` is nobody, the
    state speaking of itself in it ("Kenya calls on ...", "The Revolutionary Government rejects ...", "The Ministry
    supports ..."; ``nations``: the folded names of countries) or another ``body`` whose advice the document passes on
    ("The FCO advises against all travel to ...": the document's sentence, its issuer's); "" otherwise (a person the
    document tells of keeps their words)."""
    doc = next((d for d in printed_documents(text) if d.start <= start < d.end and d.issuer), None)
    if doc is None:
        return ""
    return doc.issuer if not speaker or body or _STATE.search(speaker) or speaker.strip().lower() in nations else ""
