"""Cut an article's text into typed blocks (pure; no I/O).

Lines are grouped into paragraphs at blank lines (and, in hard-wrapped text, at
the line breaks that end one: `reflow`).  Lines that are units of
their own (page chrome, a date line, a byline, a URL, a repeated title) are
split out of the paragraph they sit in.  Each unit is then classified by
patterns that hold across the outlets we have seen, a title is found at the
top (also when it is wrapped over two lines with the first body line right
below it), and a sentence broken by a stray blank line is rejoined.  What a
pattern cannot know is stated in the sidecar as an override by line number
(or by a range of lines, for lines the patterns split that are one block).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from idlibsite.sources.asides import is_sign_off
from idlibsite.sources.boxes import (
    is_author_bio, is_deck_point, is_list_item, is_list_label, is_notice, is_question_heading, paper_name, post_account,
    post_location, summary_points,
)
from idlibsite.sources.captures import banner_lines
from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.display import display_form
from idlibsite.sources.forwardquote import quoted_header, unquoted_header
from idlibsite.sources.headerfields import label_over_value, name_over_date
from idlibsite.sources.kickers import HEADLINE_MIN_WORDS, dated_headline, labels_over_headline
from idlibsite.sources.stacked import names_over_headline
from idlibsite.sources.wrappedbullets import joined_bullets
from idlibsite.sources.highlight import sentence_ends
from idlibsite.sources.linekinds import JUMP, line_kind
from idlibsite.sources.contactblock import contact_block
from idlibsite.sources.mailparts import boilerplate, mail_kinds, own_headline
from idlibsite.sources.paged import furniture_lines, is_footnote, is_masthead, mail_subject, subject_of
from idlibsite.sources.records import Block
from idlibsite.sources.releasehead import label_headline
from idlibsite.sources.transcripts import transcript_lines
from idlibsite.sources.publications import is_publication
from idlibsite.sources.reflow import (HEADING_MAX_WORDS, HEADLINE_MAX_WORDS, PARAGRAPH_END, SENTENCE_END, WRAP_MAX,
                                      is_title_case, reflow)

RELATED = re.compile(r"(?i)(related( article)?|(read )?more|read( also)?|also read|see also|lesen sie (auch|mehr)|mehr zum thema|(à )?lire aussi|leer más|lee también|leggi anche)\s*:.*")
FOOTNOTE = re.compile(r"\*\s.*", re.S)
# An agency's or a site's copyright notice after the story ("Copyright 2020 The Associated Press.
# All rights reserved. This material may not be published, …").
COPYRIGHT = re.compile(r"(?is)(copyright\b|©).{0,80}\ball rights reserved\b.{0,200}")
# A wire story's credits after it: "(Reporting by …; Editing by …)".
TRAILER = re.compile(r"(?is)\((additional )?(reporting|writing|editing|compiled|edited|written) by\b.*\)")
CAPTION_WITH_CREDIT = re.compile(r".*\*\*[^*]+\*\*", re.S)
# A pull quote: short, wholly in quote marks, with no sentence end inside
# (a quoted sentence standing alone, "This is unacceptable.", is body text).
QUOTATION_HEADING = re.compile(r"[“\"][^“”\"]{0,79}[^.!?,…“”\"][”\"]|[‘'][^“”\"‘\n]{0,79}[^.!?,…“”\"‘’'\s][’']")
"""A line that is one short quotation, in double or single marks: a heading ("'Waiting at the border for days'")."""

# A one-line headline in sentence case ("Syria war: Russia blames Turkey") at the top.
HEADLINE_NOT_END = re.compile(r"[.,;:…]$")

_PROSE_SPACES = 10
"""Spaces in a line wider than a wrap (:data:`.reflow.WRAP_MAX`) that make it prose (a paragraph written on one line),
not a long address or a table's row; two such lines tell a page that is not hard-wrapped."""

# The last words of a text that stops mid-sentence (a heading or a name does not end so).
STOPPED = re.compile(r"(?i)(,|\b(the|a|an|to|of|and|or|that|in|for|with|on|by|as|at|from|is|was|were|said|would|will))$")

@dataclass(frozen=True)
class _Unit:
    lines: tuple[tuple[int, int], ...]  # (start, end) of each line, end before the line break
    kind: str


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line; ``end`` excludes "\\n" and a "\\r" before it."""
    out = []
    start = 0
    for m in re.finditer(r"\r?\n|\r", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


@dataclass(frozen=True)
class Override:
    """A sidecar's ``block_kinds`` entry: the kind of the block starting at a line, and the line it
    ends on when the entry gives a range ("7-8": lines 7 to 8 are one block), else None (the cutter's end)."""

    kind: str
    last: int | None = None


def cut_blocks(
    text: str, title_hint: str = "", overrides: Mapping[int, Override] | None = None
) -> tuple[Block, ...]:
    """Blocks of ``text``.  ``overrides`` maps a 1-based line to the block starting there."""
    lines = split_lines(text)
    overrides = overrides or {}
    starts = set(overrides) | {o.last + 1 for o in overrides.values() if o.last}  # a range ends before last + 1
    split_at = frozenset(lines[n - 1][0] for n in starts if 0 < n <= len(lines))
    one_per_line = _one_paragraph_per_line(text, lines)
    units = _classify(text, _units(text, lines, split_at, one_per_line), title_hint)
    units = joined_bullets(text, _merge_broken_sentences(text, _back_matter(text, lines, units)), _Unit)  # a PDF's points
    line_of = {start: n for n, (start, _) in enumerate(lines, 1)}
    out = []
    for unit in _joined(units, overrides, line_of):
        kind = overrides[n].kind if (n := line_of[unit.lines[0][0]]) in overrides else unit.kind
        shown = display_form(text, unit.lines)
        if not shown.text:
            continue
        start = shown.segments[0].source_start
        end = shown.segments[-1].source_end
        part = text[start:end]  # its damage looked for only where a match could be: most blocks have none
        damaged = tuple((m.start() + start, m.end() + start) for m in _DAMAGED.finditer(part)) if "???" in part or "\ufffd" in part else ()
        out.append(Block(kind, start, end, shown.text, shown.segments, shown.marks, damaged))
    return _flag_cut_off(out)


def _joined(units: Sequence[_Unit], overrides: Mapping[int, Override], line_of: Mapping[int, int]) -> list[_Unit]:
    """The units with those inside an override's range of lines joined to the one that starts it."""
    out: list[_Unit] = []
    last = 0  # the last line of the range being joined
    for unit in units:
        n = line_of[unit.lines[0][0]]
        if out and n <= last:
            out[-1] = _Unit(out[-1].lines + unit.lines, out[-1].kind)
            continue
        last = (overrides[n].last or 0) if n in overrides else 0
        out.append(unit)
    return out


def _flag_cut_off(blocks: list[Block]) -> tuple[Block, ...]:
    """Flag the last body paragraph when it stops mid-sentence (the text is kept as it is)."""
    last = max((i for i, b in enumerate(blocks) if b.kind in ("body", "subheading")), default=None)
    if last is None or PARAGRAPH_END.search(blocks[last].display.rstrip()):
        return tuple(blocks)
    if blocks[last].kind == "body" or STOPPED.search(blocks[last].display):  # no heading ends like that
        blocks[last] = replace(blocks[last], kind="body", cut_off=True)
    return tuple(blocks)


# Runs of "?" or replacement characters: characters lost before we got the file.
_DAMAGED = re.compile(r"\?{3,}|\ufffd+")  # every match holds "???" or U+FFFD (cut_blocks looks for them first)


def _one_paragraph_per_line(text: str, lines: Sequence[tuple[int, int]]) -> bool:
    """Whether the page writes each paragraph on one line, not hard-wrapped: two lines of prose or more are wider than a wrap."""
    return sum(len(text[s:e]) > WRAP_MAX and text.count(" ", s, e) >= _PROSE_SPACES for s, e in lines) >= 2


def _units(text: str, lines: Sequence[tuple[int, int]], split_at: frozenset[int], one_per_line: bool) -> list[_Unit]:
    """Paragraphs at blank lines and at the line breaks that end one (see _reflow), with
    stand-alone lines split out, and split before every line start in ``split_at``; in a page that writes each paragraph
    on one line, a headline split from the deck under it (:func:`_headline_over_deck`)."""
    units: list[_Unit] = []
    run: list[tuple[int, int]] = []
    alone: set[str] = set()  # lines that stood as a paragraph of their own (a headline, a label)
    shown = [text[s:e] for s, e in lines]
    mail = mail_kinds(unquoted_header(shown))  # a copied mail's wrapper, letter lines, notices, footer; an alert's item headlines
    furniture = furniture_lines(text, lines) | {k for k, kind in mail.items() if kind == "chrome"}  # and mail headers
    furniture |= frozenset(quoted_header(shown))  # a forward's header as Apple Mail quotes it
    subject = mail_subject(text, lines, furniture)  # a saved message's subject, when it is the title
    if subject is not None:  # or the headline under it of the release it carries, which restates it
        own = own_headline(shown, subject_of(shown[subject].strip()), subject, furniture)
        own = own if own is not None else label_headline(shown, subject, furniture)  # or the one under its label
        subject = subject if own is None else own
    account = post_account(shown, is_date_line)  # who posted a post, over its date
    place = post_location(shown, account) if account is not None else None  # where a photo was taken

    def flush() -> None:
        top = all(u.kind and u.kind != "body" for u in units)  # nothing but stand-alone lines (a URL, chrome) above
        for part in reflow(text, run, top=top):
            headed = not top and one_per_line and _headline_over_deck(text, part)  # a flash's headline, its deck under it
            units.extend([_Unit(tuple(part[:1]), "subheading"), _Unit(tuple(part[1:]), "")] if headed else [_Unit(tuple(part), "")])
        run.clear()

    # lines of a box: a site's list (chrome), a summary's points (body); an archive's, a clipper's or a printout's banner
    listed: dict[int, str] = transcript_lines(shown, line_kind) | banner_lines(shown)  # and a record's header, a labelled title
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip() or start in split_at:
            flush()
        if not line.strip() or (units and units[-1].lines[-1][0] == start):
            continue  # a blank line, or a field's value taken with its label
        named = account is not None and k > account and line.strip() == shown[account].strip() or k == place
        kind = "title" if k == subject else "byline" if k == account else "chrome" if k in furniture or named \
            else mail.get(k) or listed.get(k) or line_kind(line)
        if not kind and 0 < k and k + 1 < len(lines) and name_over_date(shown[k - 1], line, shown[k + 1]):
            kind = "byline"  # "Rima Haddad" under the standfirst, over "Mar 3, 2020"
        if not kind and k + 1 < len(lines) and (pair := label_over_value(line, shown[k + 1])):
            flush()
            units.append(_Unit(((start, end), lines[k + 1]), pair))  # "Author" over "Lena Hartwig": one byline
            continue
        if kind == "caption" and is_deck_point(line):
            kind = "subheading"
        if is_list_label(line) and kind in ("", "chrome"):
            kind = "chrome"
            j = k + 1
            while j < len(lines) and is_list_item(shown[j]):  # its items, up to a blank line or a sentence
                listed[j] = "chrome"
                j += 1
        elif not kind and (points := summary_points(shown, k)):
            kind = "subheading"
            listed.update((j, "body") for j in range(k + 1, k + 1 + points))
        if kind == "caption" and units and not run and units[-1].kind == "caption":
            units[-1] = _Unit(units[-1].lines + ((start, end),), "caption")  # a list of credits
        elif kind:
            flush()
            units.append(_Unit(((start, end),), kind))
        elif line.strip() in alone and len(line.split()) > 3:
            flush()
            units.append(_Unit(((start, end),), "chrome"))  # a repeated headline: page furniture
        else:
            run.append((start, end))
        if _stands_alone(text, lines, k) and _may_be_headline(line):
            alone.add(line.strip())
    flush()
    return units


def _back_matter(text: str, lines: Sequence[tuple[int, int]], units: list[_Unit]) -> list[_Unit]:
    """The units with a release's boilerplate after its text (the issuer's "About …", contacts), or a report's contact
    block, as notes."""
    shown = [text[s:e] for s, e in lines]
    starts = {lines[k][0] for k in boilerplate(shown) | contact_block(shown)}  # and a report's contacts at its end
    return [_Unit(u.lines, "note") if u.lines[0][0] in starts and u.kind in ("body", "subheading") else u for u in units]


def _headline_over_deck(text: str, part: Sequence[tuple[int, int]]) -> bool:
    """Whether a paragraph's first line is a headline over the deck under it, no blank line between (a wire page's
    flash: "Kremlin says the talks are going on longer than planned" over "Spokesman X said the two leaders ..."), in a
    page that writes each paragraph on one line (no wrapped sentence runs on at a line break): a headline's line
    (:func:`_headline_line`), and a next line that opens in capitals and ends a sentence."""
    if len(part) < 2:
        return False
    line, deck = (text[s:e].strip() for s, e in part[:2])
    return _headline_line(line) and deck[:1].isupper() and PARAGRAPH_END.search(deck) is not None


def _headline_line(line: str) -> bool:
    """A line of a headline's length that opens in capitals and ends with no stop, comma or small word, one sentence."""
    return (HEADLINE_MIN_WORDS <= len(line.split()) <= HEADLINE_MAX_WORDS and line[:1].isupper()
            and not SENTENCE_END.search(line) and not STOPPED.search(line) and len(sentence_ends(line)) == 1)


def _stands_alone(text: str, lines: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether line ``k`` has a blank line (or the file's edge) both above and below it."""
    return all(not 0 <= j < len(lines) or not text[lines[j][0]:lines[j][1]].strip() for j in (k - 1, k + 1))


def _may_be_headline(line: str) -> bool:
    """Not the end of a wrapped sentence (lowercase start) nor a sentence (a full stop, also inside quotes)."""
    stripped = line.strip()
    return not stripped[:1].islower() and not HEADLINE_NOT_END.search(stripped.rstrip("\"”’')]"))


def _classify(text: str, units: list[_Unit], title_hint: str) -> list[_Unit]:
    out: list[_Unit] = []
    have_title = any(u.kind == "title" for u in units)  # a saved message's subject line
    furniture = {text[s:e].strip() for u in units if u.kind == "chrome" for s, e in u.lines}  # running headers
    taken: set[int] = set()  # units read with the one before them
    for i, unit in enumerate(units):
        if i in taken:
            continue
        if unit.kind:
            out.append(unit)
            continue
        if not have_title and not any(u.kind == "body" for u in out):
            after = units[i + 1] if i + 1 < len(units) else None  # the next paragraph, still to be read
            labels = labels_over_headline([text[s:e] for s, e in unit.lines],
                                          text[slice(*after.lines[0])] if after and not after.kind else "", _headline_line,
                                          dated=dated_headline(unit, units[i + 1:i + 3]))
            if labels:  # "TURKEY PULSE" over the headline, "DAILY SABAH" over its menu: the page's section and site
                out.append(_Unit(unit.lines[:labels], "chrome"))
                if labels == len(unit.lines):
                    continue
                unit = _Unit(unit.lines[labels:], "")
        body = " ".join(text[s:e].strip() for s, e in unit.lines)
        if not have_title and not any(u.kind == "body" for u in out):
            if _author_above_byline(text, unit, units[i + 1:i + 2]):
                out.append(_Unit(unit.lines, "chrome"))  # a page named after its author: a post's account
                continue
            if is_masthead([text[s:e] for s, e in unit.lines]):
                out.append(_Unit(unit.lines, "chrome"))  # a label and its date above the headline
                continue
            dated = i + 1 < len(units) and len(unit.lines) == 1 and units[i + 1].kind == "dateline"  # over its date
            if is_publication(text[slice(*unit.lines[0])]) \
                    and _headline_line(_next_line(text, unit, units[i + 1 + dated:i + 2 + dated])):
                out.append(_Unit(unit.lines[:1], "chrome"))  # "RT World News" or "Idlib Dispatch" over the headline
                # the headline and the deck under it, in this unit or in the next (a name the copy set apart)
                glued = not dated and len(unit.lines) == 1 and i + 1 < len(units) and not units[i + 1].kind
                rest = units[i + 1].lines if glued else unit.lines[1:]
                taken.update([i + 1] if glued else [])
                if rest:
                    have_title = True
                    out.append(_Unit(rest[:1], "title"))
                    out.extend([_Unit(rest[1:], "body")] if len(rest) > 1 else [])
                continue
            head = _title_lines(text, unit)
            if head:
                have_title = True
                # a line that the pages repeat as their running header is the headline; lines above it are the
                # publisher's ("Example Relief Network" over "Situation Update", the header of every page)
                named = next((j for j, (s, e) in enumerate(unit.lines[:head]) if text[s:e].strip() in furniture), 0) \
                    or names_over_headline([text[s:e] for s, e in unit.lines[:head]])  # a country's name over it
                out.extend([_Unit(unit.lines[:named], "chrome")] if named else [])
                out.append(_Unit(unit.lines[named:head], "title"))
                if head < len(unit.lines):
                    out.append(_Unit(unit.lines[head:], "body"))
                continue
            over_byline = units[i + 1].kind == "byline" if i + 1 < len(units) else False
            if (len(unit.lines) == 1 or over_byline) and HEADLINE_MIN_WORDS <= len(body.split()) <= HEADLINE_MAX_WORDS \
                    and not HEADLINE_NOT_END.search(body):
                have_title = True
                out.append(_Unit(unit.lines, "title"))  # a headline in sentence case (wrapped, over its byline)
                continue
        if is_question_heading(body) and _heads(text, unit, units[i + 1:i + 2]):
            out.append(_Unit(unit.lines, "subheading"))  # an explainer's question over its answer
            continue
        out.append(_Unit(unit.lines, _paragraph_kind(text, unit, body)))
    return out


def _next_line(text: str, unit: _Unit, after: Sequence[_Unit]) -> str:
    """The line after a unit's first: its second, or the first of the unit after it when that is still to be read."""
    if len(unit.lines) > 1:
        return text[slice(*unit.lines[1])].strip()
    return text[slice(*after[0].lines[0])].strip() if after and not after[0].kind else ""


def _heads(text: str, unit: _Unit, after: Sequence[_Unit]) -> bool:
    """Whether ``unit`` sits right over the paragraph after it with no blank line between, in a text
    whose paragraphs are otherwise set apart by blank lines: a heading over its section."""
    if not after or after[0].kind not in ("", "body"):
        return False
    between = text[unit.lines[-1][1]:after[0].lines[0][0]]
    return not between.strip() and between.count("\n") == 1 and re.search(r"\n[^\S\n]*\n", text) is not None


def _author_above_byline(text: str, unit: _Unit, after: Sequence[_Unit]) -> bool:
    """Whether a one-line unit is the name the byline under it gives ("Example Channel" over "By
    Example Channel": a channel's or an account's post saved from its page): a name, not a headline."""
    if len(unit.lines) != 1 or not after or after[0].kind != "byline":
        return False
    name = " ".join(text[unit.lines[0][0]:unit.lines[0][1]].split()).lower()
    byline = " ".join(text[s:e].strip() for s, e in after[0].lines)
    return name == " ".join(re.sub(r"^By\s+", "", byline).split()).lower()


def _title_lines(text: str, unit: _Unit) -> int:
    """How many leading lines of a paragraph at the top form a headline."""
    return next((k for k, (s, e) in enumerate(unit.lines) if not is_title_case(text[s:e].strip())), len(unit.lines))


def _paragraph_kind(text: str, unit: _Unit, body: str) -> str:
    if paper_name(body):
        return "chrome"  # a print page's running head further down: the page the story jumps to
    if RELATED.fullmatch(body):
        return "related-link"
    if COPYRIGHT.fullmatch(body) or TRAILER.fullmatch(body) or is_notice(body) or is_author_bio(body, text):
        return "note"
    if FOOTNOTE.fullmatch(body) or is_footnote(text, unit.lines[0][0], unit.lines[-1][1]):
        return "footnote"
    if CAPTION_WITH_CREDIT.fullmatch(body):
        return "caption"
    if QUOTATION_HEADING.fullmatch(body) and len(body.split()) <= HEADING_MAX_WORDS:
        return "quotation-heading"
    if is_sign_off(body):
        return "body"  # read with the post above it, as the page shows it: no heading of what follows
    if len(body.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(body):
        return "subheading"
    if len(body.split()) <= HEADLINE_MAX_WORDS and is_title_case(body):
        return "subheading"  # a headline repeated above the story
    return "body"


def _merge_broken_sentences(text: str, units: list[_Unit]) -> list[_Unit]:
    """Rejoin a body paragraph cut by a blank line in mid-sentence (also when the cut left a first line
    short enough to pass for a subheading: a paragraph never opens in lowercase), also across page
    furniture between its halves (a page break of a PDF copy)."""
    out: list[_Unit] = []
    for unit in units:
        k = len(out) - 1
        while k > 0 and out[k].kind == "chrome":
            k -= 1  # page furniture between the halves: a page break (its number, a running header), an ad
        prev = out[k] if out else None
        if (
            prev is not None
            and prev.kind in ("body", "subheading")
            and unit.kind in ("body", "subheading")
            and not SENTENCE_END.search(text[prev.lines[-1][0] : prev.lines[-1][1]].rstrip())
            and (text[unit.lines[0][0] : unit.lines[0][1]].lstrip()[:1].islower()
                 or any(JUMP.fullmatch(text[slice(*u.lines[0])].strip()) for u in out[k + 1:]))
        ):  # a sentence that a print page's jump ("Continued on Page A8") cut goes on under a capital too
            out[k:] = [_Unit(prev.lines + unit.lines, "body")]  # the furniture inside is left out of it
        else:
            out.append(unit)
    return out
