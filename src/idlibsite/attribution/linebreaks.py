"""Words broken by a hyphen at a line's end, joined in a view of the text that keeps its length (pure).

A document saved from a PDF keeps the typesetter's hyphenation: "the Emergency Relief Coordinator, Mark Low-" over
"cock, told the Council", "the ministry's spokes-" over "woman", "an-" over "nounced". Read as it stands, the name is
"Mark Low-" and the role or the verb is no word at all. :func:`unbroken` gives the text with such a word joined, its
two halves moved right by the characters the break took ("-", the newline and the next line's indent, written as
spaces before the word), so every offset outside the word's first half is the text's own; :func:`original` maps the
rest back. Evidence stays the text's: only the readers see the view.

The typesetter's hyphen is dropped when the word is a name's ("Mark Low-|cock", "Jo-|hanna Lindstrom": a capital, then
a lower-case second half) or one the readers know (a speech verb, a title, a role, a body's
word: "an-|nounced", "spokes-|woman", "Secre-|tary"). A compound broken at its own hyphen is joined with it: a capital
after the break ("Anne-|Marie Trevelyan", "Franco-|Turkish"), a compound's second word ("Turkish-|backed",
"Moscow-|brokered"), a prefix before it ("Pro-|regime"). Any other break ("so-|called": no word the readers know)
stays as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from idlibsite.attribution.wordlists import ORG_WORDS, PERSON_NOUNS, TITLES, UNNAMED_ROLES
from idlibsite.sources.lexicon import SPEECH_VERBS

_BREAK = re.compile(r"(?<![\w’'-])([^\W\d_][\w’']*)-\n([^\S\n]*)([^\W\d_][\w’']*)(?![\w’'-])")
"""A word's first half, its hyphen at a line's end, the next line's indent, the second half."""
_COMPOUND_TAILS = frozenset(
    "led backed based run born style owned held made funded brokered controlled sponsored speaking affiliated"
    " aligned allied linked bound wide era type like related focused oriented friendly free level majority"
    " dominated populated occupied ruled bombed hit".split())
"""Second words of compounds set with a hyphen ("Turkish-backed", "Russian-brokered"): a break there keeps it."""
_PREFIXES = frozenset(
    "pro anti non post pre ex co self cross inter intra multi neo semi vice counter sub super ultra".split())
"""Prefixes set with a hyphen ("Pro-regime", "Anti-government" opening a sentence): a break after one keeps it."""


@functools.cache
def _known() -> frozenset[str]:
    """Words the readers look for, each of one word: speech verbs, titles, roles, bodies' words."""
    return frozenset(w for w in SPEECH_VERBS if " " not in w) | TITLES | PERSON_NOUNS | UNNAMED_ROLES | ORG_WORDS


def unbroken(text: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """``text`` with each word broken at a line's end joined, of the same length, and the moves made: for each, where
    the first half (with its hyphen when kept) now starts in the view, its length, and how far right it moved."""
    if "-\n" not in text:
        return text, ()
    parts: list[str] = []
    moves: list[tuple[int, int, int]] = []
    done = 0
    for m in _BREAK.finditer(text):
        first, indent, second = m.groups()
        known = (first + second).lower() in _known()  # "an-|nounced", "ex-|pressed", "spokes-|woman"
        if not known and (second[0].isupper() or second.lower() in _COMPOUND_TAILS or first.lower() in _PREFIXES):
            first += "-"  # "Anne-|Marie", "Turkish-|backed", "Pro-|regime": the compound's own hyphen, kept
        elif not (known or first[0].isupper()):
            continue  # "so-|called": no name, no word the readers know
        shift = m.end() - m.start() - len(first) - len(second)
        parts += [text[done : m.start()], " " * shift, first, second]
        moves.append((m.start() + shift, len(first), shift))
        done = m.end()
    return "".join([*parts, text[done:]]), tuple(moves)


def original(offset: int, moves: Sequence[tuple[int, int, int]]) -> int:
    """The text's offset for an offset of the view: the same, but inside a moved first half."""
    for start, length, shift in moves:
        if start <= offset < start + length:
            return offset - shift
    return offset
