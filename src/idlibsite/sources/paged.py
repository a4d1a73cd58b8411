"""Page furniture of text copied out of PDFs and documents (pure; no I/O).

A PDF prints on every page what is not the document's text: a page number (``2``, ``- 2 -``,
``Page 2 of 4``), a running header beside it or under it, a letterhead in two columns; a
forwarded e-mail carries its mail headers.  :func:`furniture_lines` names those lines so that
:mod:`.blocks` keeps them out of the paragraphs (and out of the title), and
:func:`is_footnote` tells a footnote under the text from a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.datelines import find_dates

# A line that is only a page number: "2", "- 2 -", "Page 2", "Page 2 of 4".
PAGE_NUMBER = re.compile(r"(?i)\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]|page\s+\d{1,3}(\s+of\s+\d{1,3})?")
# Columns set apart by a run of spaces, as pdftotext and copies of letterheads print them
# (justified text stretches a gap to two or three spaces, never this many).
COLUMN_GAP = re.compile(r"\S {4,}(?=\S)")
# A numbered paragraph's head and the gap a tab left after it ("7.    The Office ...", "[12]    The", "(a)    Those"), as
# United Nations documents and decisions number their paragraphs: the gap parts no columns.
PARAGRAPH_HEAD = re.compile(r"(?:\d{1,3}\.|\[\d{1,3}\]|\([a-z]{1,3}\))\s+")
# A page's header or footer: a page number, a column gap, and a few words on the other side.
PAGE_LINE = re.compile(r"(?i)(\d{1,3}|page\s+\d{1,3}(\s+of\s+\d{1,3})?) {3,}\S.*|.*\S {3,}(\d{1,3}|page\s+\d{1,3}(\s+of\s+\d{1,3})?)")
# The most words of a line of furniture (a letterhead's line, a running header).
FURNITURE_MAX_WORDS = 12
# A line indented this much deeper than the text's least indented line is centred or set to the
# right: a letterhead's line, when it is short and no sentence.
CENTRED_INDENT = 10
# The lines under a page number that may be its running header (the document's title, a label and date).
RUNNING_HEADER_LINES = 2
SENTENCE_END = re.compile(r"[.!?…:;,\"”’']$")
# A forwarded e-mail's opening line, and the mail headers under it.
FORWARDED = re.compile(r"(?i)-{3,}\s*(forwarded|original)\s+message\s*-{3,}|begin forwarded message:?")
# The fields in English and as French, German and Spanish mail clients label them ("De :", "Objet :", "Betreff:").
MAIL_HEADER = re.compile(r"(?i)(from|sent|date|to|cc|subject|reply-to|de|à|objet|envoyé|von|an|betreff|gesendet|datum"
                         r"|para|asunto|enviado|fecha)\s*:\s.*")
MAIL_FROM = re.compile(r"(?i)(from|de|von)\s*:\s.*\S@\S.*")
# Any header field of a message saved whole ("Return-Path: <…>", "MIME-Version: 1.0"), and a
# folded header's continuation line.
HEADER_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9-]*:(\s.*)?|\s+\S.*")
# The subject header, without the "Fwd:" and "Re:" a forward or a reply puts before it and a mailing list's tag
# ("[syria-aid]"); a subject line at the top of a copy without its label ("Re: Figures for the camps").
_TAG = r"(?:\[[^\]\n]{1,40}\]\s*)?"
SUBJECT = re.compile(r"(?i)\s*(subject|objet|betreff|asunto)\s*:\s*(?:(?:fwd?|fw|re|tr|wg|rv)\s*:\s*)*" + _TAG)
REPLIED = re.compile(r"(?i)\s*(?:(?:fwd?|fw|re)\s*:\s*)+" + _TAG)


def is_short(line: str) -> bool:
    """At most FURNITURE_MAX_WORDS words and no sentence end: a label, not a line of prose."""
    return len(line.split()) <= FURNITURE_MAX_WORDS and not SENTENCE_END.search(line)


def _in_columns(line: str) -> bool:
    """Whether a line is set in columns: a gap of spaces between words, past a numbered paragraph's head."""
    stripped = line.strip()
    head = PARAGRAPH_HEAD.match(stripped)
    return COLUMN_GAP.search(stripped, head.end() if head else 0) is not None


def furniture_lines(text: str, lines: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The indices of ``lines`` that are page furniture: page numbers and the headers and footers
    printed with them (a page number and words across a column gap; the short lines right under a
    page number, its running header); every short line of a paragraph set in columns (a two-column
    letterhead); short centred lines above the text; mail headers of a forwarded e-mail; lines
    without a word (an end mark, a rule)."""
    shown = [text[s:e].replace("\f", "").rstrip() for s, e in lines]
    indents = [len(line) - len(line.lstrip()) for line in shown if line.strip()]
    least = min(indents, default=0)
    out: set[int] = set()
    paragraph: list[int] = []
    mail = False
    first_prose = next((k for k, line in enumerate(shown) if line.strip() and not is_short(line.strip())), len(shown))
    for k, line in enumerate(shown + [""]):
        stripped = line.strip()
        if not stripped:
            if any(_in_columns(shown[j]) for j in paragraph):
                out.update(j for j in paragraph if is_short(shown[j].strip()) or _in_columns(shown[j]))
            if _mail_header(shown, paragraph):
                out.update(paragraph)
            paragraph, mail = [], False
            continue
        paragraph.append(k)
        if FORWARDED.fullmatch(stripped) or MAIL_FROM.fullmatch(stripped):
            mail = True
        if mail and (MAIL_HEADER.fullmatch(stripped) or FORWARDED.fullmatch(stripped)):
            out.add(k)
        if not any(c.isalnum() for c in stripped):
            out.add(k)  # an end mark or a rule ("* *** *", "###", "______"): no words
        if PAGE_NUMBER.fullmatch(stripped) or "   " in stripped and PAGE_LINE.fullmatch(stripped):  # (every match has 3 spaces)
            out.add(k)
            out.update(_running_header(shown, k))
        if k < first_prose and is_short(stripped) and len(line) - len(line.lstrip()) >= least + CENTRED_INDENT:
            out.add(k)
    return frozenset(out)


def _mail_header(shown: Sequence[str], paragraph: Sequence[int]) -> bool:
    """Whether the lines of ``paragraph`` are a saved message's header: every one a header field,
    one of them the sender's address."""
    return any(MAIL_FROM.fullmatch(shown[j].strip()) for j in paragraph) \
        and all(HEADER_FIELD.fullmatch(shown[j]) for j in paragraph)


def mail_subject(text: str, lines: Sequence[tuple[int, int]], furniture: frozenset[int]) -> int | None:
    """The index of the subject line in a saved message's header, when the subject is the title:
    no other line of the text opens with it, whole or after its first colon, in any case (a
    forwarded newsletter prints its headline again under the masthead, "Idlib Daily Brief:
    Ceasefire talks …"; a subject "Morning brief" is the label of the masthead "MORNING BRIEF | …")."""
    shown = [text[s:e].strip() for s, e in lines]
    k = next((k for k in sorted(furniture) if SUBJECT.match(shown[k]) and SUBJECT.sub("", shown[k], 1)), None)
    if k is None:
        return None
    subject = SUBJECT.sub("", shown[k], 1).lower()
    again = tuple({subject, subject.partition(": ")[2]} - {""})
    return None if any(line.lower().startswith(again) for j, line in enumerate(shown) if j != k) else k


def subject_of(line: str) -> str:
    """The subject a subject line gives ("Subject: Fwd: Words" and "Re: Words" give "Words"); ``line`` when it is
    none."""
    return next((p.sub("", line, 1) for p in (SUBJECT, REPLIED) if p.match(line)), line)


def _running_header(shown: Sequence[str], k: int) -> list[int]:
    """The short lines right under the page number at line ``k`` (no blank line between), each
    not continued in lowercase by the line after it."""
    out = []
    for j in range(k + 1, min(k + 1 + RUNNING_HEADER_LINES, len(shown))):
        line = shown[j].strip()
        after = shown[j + 1].strip() if j + 1 < len(shown) else ""
        if not line or not is_short(line) or line[:1].islower() or after[:1].islower():
            break
        out.append(j)
    return out


# A footnote: its number, then its words ("1 Statement by the Ministry of Defence, 1 March 2020.").
FOOTNOTE_START = re.compile(r"\s*(\d{1,3})\s+[A-Z\"“]")


def is_footnote(text: str, start: int, end: int) -> bool:
    """Whether the paragraph at ``text[start:end]`` is a footnote: it opens with a number that an
    earlier line carries as a note marker, glued to the end of a word or its stop ("began.1 The",
    "action,2 a")."""
    opening = FOOTNOTE_START.match(text, start, end)
    if opening is None:
        return False
    marker = re.compile(rf"[a-z][.,;:”\"’')]?{opening.group(1)}(?=\s)")
    return marker.search(text, 0, start) is not None


def is_masthead(lines: Sequence[str]) -> bool:
    """Whether the lines of a paragraph at the top are a masthead, not a headline: a few short
    lines, one of them with a full date ("BRIEFING PAPER" over "Number 08834, 2 March 2020",
    "IDLIB DAILY BRIEF | Tuesday, 3 March 2020")."""
    return len(lines) <= MASTHEAD_LINES and all(is_short(line.strip()) for line in lines) \
        and any(find_dates(line) for line in lines) and not (len(lines) == 1 and _dated_headline(lines[0]))


def _dated_headline(line: str) -> bool:
    """Whether a line is a headline that ends with its place and date ("Briefing by Foreign Ministry Spokeswoman Maria
    Zakharova, Moscow, March 5, 2020"): the words before the date are a headline's, some in lowercase, no separator."""
    dates = find_dates(line)
    before = line[:dates[0].start].strip() if dates else ""
    return len(before.split()) >= DATED_HEADLINE_MIN_WORDS and before != before.upper() and not SEPARATED.search(before)


# The fewest words before the date of a headline that ends with it; a label and its date have fewer.
DATED_HEADLINE_MIN_WORDS = 6
SEPARATED = re.compile(r"\s[|·•/–—-]\s")


# The most lines of a masthead (a publisher, a series and number, a date).
MASTHEAD_LINES = 3
# Words that end a line of a headline wrapped in the middle of its sentence, or open the next one.
CONNECTORS = frozenset("a an and as at but by for from in into of on or over the to via with".split())


def caps_continued(line: str, nxt: str) -> bool:
    """Whether ``nxt`` continues the ALL CAPS headline of ``line`` (a headline wrapped over two lines,
    "STATEMENT BY THE ... COORDINATOR" over "ON THE SITUATION IN ..."): both in capitals, and the cut
    falls before or after a connecting word or after a comma (two lines of a letterhead, "REPUBLIC
    OF TURKEY" over "MINISTRY OF FOREIGN AFFAIRS", are two names)."""
    both = all(any(c.isalpha() for c in s) and s == s.upper() for s in (line, nxt))
    words, following = line.split(), nxt.split()
    return both and bool(words) and bool(following) and (
        words[-1].lower() in CONNECTORS or following[0].lower() in CONNECTORS or line.endswith(","))
