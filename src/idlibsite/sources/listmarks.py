"""The marks that open a page's paragraphs as a list or a transcript, blanked before the sentences are read (pure).

A numbered paragraph ("1. ", "12) ", "[3] ", "(4) ", "No. 7 - "), a bullet ("• ", "* ", "- ", "– ") and a broadcast
transcript's turn mark (">>", ">>>", "» ") hide an ordinary sentence from the rules that read a sentence's start ("[4]
Putin said ...", ">> Greece says ...").  :func:`unmarked` replaces each such mark by spaces of its length, so every
offset into the page stays the original's.  A mark is blanked only where the page uses it as one: a bullet (opening a
paragraph of its own) or a number that opens two paragraphs or more in a row (the numbers counting up), a turn mark
">>" ("» " where two lines open with it); never a dash of dash dialogue (:mod:`.dashed`: "– Words, says Name."), a date ("27. února – ..."), guillemets used as quotation
marks ("» Words «", »Words«) nor an e-mail's quoting (">> " beside "> ")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.dashed import dash_quotation

_LINE = re.compile(r"[^\n]+")
_NUMBER = re.compile(r"[^\S\n]*(?:(?P<n1>\d{1,3})[.)]|\[(?P<n2>\d{1,3})\]|\((?P<n3>\d{1,3})\)|No\.[^\S\n]*(?P<n4>\d{1,3})[^\S\n]+[-–—])"
                     r"[^\S\n]+(?=[\"“„«‘'(\[]?[A-Z\d])")
"""A numbered paragraph's mark, before a capital, a figure or a quotation mark: "1. ", "12) ", "[3] ", "(4) ", "No. 7 - "."""
_DATE = re.compile(r"[^\S\n]*\d{1,2}\.[^\S\n]+\S+[^\S\n]+(?:\d{4}|[-–—:]|\d{1,2}[:.]\d{2})")
"""A day and a month opening a paragraph ("28. veebruar 2020 19:55", "1. März – ..."): a date, no list's number."""
_INLINE_NUMBER = re.compile(r"(?<=[.!?:”\"])[^\S\n]+(?P<mark>\[\d{1,3}\])[^\S\n]+(?=[\"“„«‘']?[A-Z])")
"""A sentence's number inside a numbered paragraph, after the stop of the sentence before ("... on Friday. [2] The ...")."""
_BULLET = re.compile(r"[^\S\n]*(?P<mark>[•*\-–])[^\S\n]+(?=\S)")
"""A bulleted paragraph's mark: "• ", "* ", "- ", "– " (never "—": a signature's, "— Name (@handle)")."""
TURN_MARK = re.compile(r"[^\S\n]*(?:>{2,3}|»(?=[^\S\n]))[^\S\n]*(?=\S)")
"""A broadcast transcript's turn mark at a line's start: ">>", ">>>", "» "."""
_GUILLEMETS = re.compile(r"[«»]")
_QUOTING = re.compile(r"(?m)^[^\S\n]*>(?!>)")
"""An e-mail's or a forum's quoted line ("> ..."): its ">>" is a quotation within a quotation, no turn."""


def turn_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a broadcast transcript that open with a turn mark, from where the mark starts to the line's end:
    none when the page quotes lines e-mail-style ("> "); "» " lines only when two open with it and no other guillemet
    follows on either (else the mark is a quotation mark: "» Words «")."""
    if _QUOTING.search(text):
        return []
    found = [(m.start(), m.end(), ">" in t.group()) for m in _LINE.finditer(text) if (t := TURN_MARK.match(text, m.start(), m.end()))
             and not (">" not in t.group() and _GUILLEMETS.search(text, t.end(), m.end()))]
    return [(start, end) for start, end, arrows in found if arrows or sum(not a for _, _, a in found) >= 2]


def _runs(paragraphs: Sequence[tuple[int, int, str, int]]) -> list[tuple[int, int]]:
    """The marks of the paragraphs (start, mark's end, kind, number), in order, that open two paragraphs or more in a row
    of one kind, a numbered run counting up."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, str, int]] = []
    for para in [*paragraphs, (0, 0, "", 0)]:
        if run and para[2] == run[-1][2] and para[2] and (para[3] > run[-1][3] or not para[3]):
            run.append(para)
            continue
        out += [(start, end) for start, end, _, _ in run] if len(run) >= 2 else []
        run = [para]
    return out


def unmarked(text: str) -> str:
    """``text`` with the marks that open its list items and its transcript's turns blanked, its length unchanged."""
    paragraphs = []
    dialogue = {m.group("mark") for line in _LINE.finditer(text) if (m := _BULLET.match(text, line.start(), line.end()))
                and dash_quotation(text, line.start(), line.end(), [])}  # a dash of dialogue on this page: no bullet
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end()
        number = _NUMBER.match(text, start, end)
        bullet = _BULLET.match(text, start, end)
        if number and not _DATE.match(text, start, end):
            value = next(int(v) for v in number.group("n1", "n2", "n3", "n4") if v)
            kind = "".join(c for c in number.group() if not c.isdigit() and not c.isspace())
            paragraphs.append((start, number.end(), kind, value))
        elif bullet and bullet.group("mark") not in dialogue and not text[max(start - 2, 0) : start].strip():  # a paragraph's
            # (the splitter itself cuts a block's lines at their bullets: "...\n- Turkey says ...")
            paragraphs.append((start, bullet.end(), bullet.group("mark"), 0))
        elif text[start:end].strip():
            paragraphs.append((start, start, "", 0))
    blanks = _runs(paragraphs) + [(start, m.end() if (m := TURN_MARK.match(text, start, end)) else start) for start, end in turn_lines(text)]
    if any(text[start:end].lstrip().startswith("[") for start, end in blanks):  # "... on Friday. [2] The ...": a sentence's number
        blanks += [m.span("mark") for m in _INLINE_NUMBER.finditer(text)]
    chars = list(text)
    for start, end in blanks:
        chars[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(chars)
