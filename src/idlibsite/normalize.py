"""Normalization for comparing typed words with article text, with an offset map back.

Annotators type quotes; articles store them with curly quotes, line wraps,
hyphenated wraps, stray spaces and NBSPs.  Both sides are brought to one
*normalized* form, compared there, and every normalized character remembers
the range of the original text it came from, so a match in the normalized
text maps back to exact offsets in the file.

The normalization, in order (:func:`normalize_text` and :func:`normalize`
apply exactly the same rules; a property test keeps them in step):

1. Unicode NFKC (``…`` becomes ``...``, NBSP becomes a space, ``ﬁ`` becomes ``fi``).
2. Every double quote mark (``" “ ” „ ‟``) becomes ``"``, every single quote
   mark or apostrophe (``' ‘ ’ ‚ ‛ ` ``) becomes ``'``, every dash
   (``- ‐ ‑ ‒ – — ― −``) becomes ``-``; soft hyphens and zero-width characters
   are deleted.
3. A run of dashes between two letters or digits is deleted, with any
   whitespace after it: an intra-word hyphen is not significant.  This is how
   a hyphenated line wrap matches either way it is typed: the source
   ``Bashar al-\\nAssad`` and the typed ``al-Assad`` both read ``alAssad``; the
   source ``Bash-\\nar`` and the typed ``Bashar`` both read ``Bashar``.
   Deciding per word whether the hyphen belongs to the word (``al-``) or to
   the wrap (``Bash-``) would need a dictionary; dropping it on both sides
   needs none and cannot mis-anchor, because matching only ever compares two
   normalized texts.  A spaced dash (``civilians - mostly``) is punctuation
   and stays.
4. Every run of whitespace (spaces, line breaks, CRLF, tabs) becomes one space.
5. A space next to a quote mark is deleted: ``flow of“ hundreds``,
   ``flow of "hundreds`` and ``flow of"hundreds`` all read ``flow of"hundreds``.

Case is kept: a capital letter is part of what was said.  The normalized text
is a matching key, never displayed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

DOUBLE_QUOTES = '"“”„‟'
SINGLE_QUOTES = "'‘’‚‛`"
DASHES = "-‐‑‒–—―−"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width spaces and joiners
QUOTE_MARKS = "\"'"  # the normalized quote marks

_TABLE = str.maketrans(
    {c: '"' for c in DOUBLE_QUOTES}
    | {c: "'" for c in SINGLE_QUOTES}
    | {c: "-" for c in DASHES}
    | {c: None for c in INVISIBLE}
)
_WHITESPACE_RUN = re.compile(r"\s+")  # \s is exactly str.isspace() on str patterns
_INTRA_WORD_DASHES = re.compile(r"(?<=[^\W_])-+\s*(?=[^\W_])")  # [^\W_] is exactly str.isalnum()
_SPACE_BY_QUOTE_MARK = re.compile(r" (?=[\"'])|(?<=[\"']) ")


def normalize_text(text: str) -> str:
    """The normalized form of ``text`` (fast, no offset map): use it for typed quotes."""
    folded = unicodedata.normalize("NFKC", text).translate(_TABLE)
    joined = _INTRA_WORD_DASHES.sub("", folded)
    return _SPACE_BY_QUOTE_MARK.sub("", _WHITESPACE_RUN.sub(" ", joined))


@dataclass(frozen=True)
class Normalized:
    """A text in normalized form, each normalized character mapped to its origin."""

    original: str  # the text as given, never rewritten
    text: str  # the normalized form (== normalize_text(original))
    starts: tuple[int, ...]  # starts[i]: offset in original of the source of text[i]
    ends: tuple[int, ...]  # ends[i]: offset just past that source (a whitespace run, a cluster)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized range [start, end) (which must be non-empty)."""
        return self.starts[start], self.ends[end - 1]

    def to_normalized(self, offset: int) -> int:
        """Index of the first normalized character that comes from at or after ``offset``."""
        return bisect_left(self.starts, offset)


_Char = tuple[str, int, int]  # a normalized character with its original start and end


def normalize(text: str) -> Normalized:
    """Normalize ``text`` and keep, for every normalized character, where it came from."""
    chars = _drop_spaces_by_quote_marks(_collapse_whitespace(_join_intra_word(_fold(text))))
    return Normalized(
        original=text,
        text="".join(c for c, _, _ in chars),
        starts=tuple(s for _, s, _ in chars),
        ends=tuple(e for _, _, e in chars),
    )


def _fold(text: str) -> list[_Char]:
    """Rules 1 and 2, one cluster (a character and its combining marks) at a time."""
    out: list[_Char] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if not cluster.isascii():
            cluster = unicodedata.normalize("NFKC", cluster)
        out.extend((c, i, j) for c in cluster.translate(_TABLE))
        i = j
    return out


def _join_intra_word(chars: list[_Char]) -> list[_Char]:
    """Rule 3: delete every run of dashes (and the whitespace after it) between two alnums."""
    out: list[_Char] = []
    k, n = 0, len(chars)
    while k < n:
        if chars[k][0] != "-":
            out.append(chars[k])
            k += 1
            continue
        m = k
        while m < n and chars[m][0] == "-":
            m += 1
        w = m
        while w < n and chars[w][0].isspace():
            w += 1
        if k > 0 and chars[k - 1][0].isalnum() and w < n and chars[w][0].isalnum():
            k = w
        else:
            out.extend(chars[k:m])
            k = m
    return out


def _collapse_whitespace(chars: list[_Char]) -> list[_Char]:
    """Rule 4: one space per whitespace run, mapped to the whole run."""
    out: list[_Char] = []
    for c, s, e in chars:
        if not c.isspace():
            out.append((c, s, e))
        elif out and out[-1][0] == " ":
            out[-1] = (" ", out[-1][1], e)
        else:
            out.append((" ", s, e))
    return out


def _drop_spaces_by_quote_marks(chars: list[_Char]) -> list[_Char]:
    """Rule 5: delete every space next to a quote mark."""
    last = len(chars) - 1
    return [
        ch
        for k, ch in enumerate(chars)
        if ch[0] != " "
        or not (
            (k > 0 and chars[k - 1][0] in QUOTE_MARKS)
            or (k < last and chars[k + 1][0] in QUOTE_MARKS)
        )
    ]
