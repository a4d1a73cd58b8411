"""How a typed quote differs from the article's words, word by word (pure).

A fuzzy match is shown to the annotator as the words that differ ("infantry"
→ "mechanized"), not as a score.  Words are compared in their normalized form
(:func:`idlibsite.anchoring.normalize.normalize_text`: typography and line
wraps do not count), case kept.  A change is *meaningful* when it touches a
name, a number or a negation: such a quote says something the speaker did
not, and is refused unless the statement accepts that change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import OSA

from idlibsite.anchoring.normalize import normalize_text

# A word as typed or as shown: letters and digits, joined by hyphens,
# apostrophes or a hyphenated line wrap ("al-\nAssad", "didn't").
_WORD = re.compile(r"[^\W_]+(?:(?:[-‐‑‒–—―−]\s*|['‘’‚‛`])[^\W_]+)*")
_WRAP = re.compile(r"([-‐‑‒–—―−])\s+")
_RUN = re.compile(r"[^\W_]+")  # a run of letters and digits
# A fuzzy match may change (not mistype) one word in this many of the quote,
# and always one: more, and it is a different sentence that shares some words.
WORDS_PER_CHANGE = 8
NEGATIONS = frozenset(
    "not no never nor neither none nobody nothing nowhere cannot without".split())
# A typo leaves a word recognisable: at most this many edits (OSA, a swapped
# pair counts one) per this many letters of the longer word, and at least one.
TYPO_LETTERS = 5


@dataclass(frozen=True)
class Change:
    """One run of words that differs: what was typed, what the article has."""

    typed: str  # the typed words, "" when the article has words the quote left out
    article: str  # the article's words, "" when the quote added words

    def __str__(self) -> str:
        return f"{_shown(self.typed)} → {_shown(self.article)}"


def _shown(words: str) -> str:
    return repr(words) if words else "(nothing)"


def _words(text: str) -> list[str]:
    return [w if w.isalnum() else _WRAP.sub(r"\1", w) for w in _WORD.findall(text)]


@lru_cache(maxsize=8192)  # words recur from quote to quote
def _key(word: str) -> str:
    return normalize_text(word)


def is_typo(typed: str, article: str) -> bool:
    """Is ``typed`` a mistyping of ``article`` (the same word, a letter or two off)?"""
    return _typo_key(_key(typed), _key(article))


@lru_cache(maxsize=65536)  # the same pairs recur along a place and between places
def _typo_key(a: str, b: str) -> bool:
    allowed = max(1, max(len(a), len(b)) // TYPO_LETTERS)
    return (a != b and abs(len(a) - len(b)) <= allowed
            and OSA.distance(a, b, score_cutoff=allowed) <= allowed and _digits(a) == _digits(b))


def forget() -> None:
    """Empty the memos of words (:func:`_key`, :func:`_typo_key`): they speed up the anchoring of one batch of
    quotes, and past it would only hold their words to the end of the process (65,536 pairs when full, ~9 MB
    traced: in a build that anchors every quote, such as the first after a code change, or serve's first)."""
    _typo_key.cache_clear()
    _key.cache_clear()


def changes(typed: str, article: str) -> tuple[Change, ...]:
    """The runs of words where ``typed`` and ``article`` differ, in order.

    A run of changed words of equal length on both sides is split word by word,
    so two typos far apart are two changes.
    """
    ours, theirs = _words(typed), _words(article)
    matcher = SequenceMatcher(None, [_key(w) for w in ours], [_key(w) for w in theirs],
                              autojunk=False)
    out: list[Change] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if i2 - i1 == j2 - j1:
            out += [Change(ours[i], theirs[j]) for i, j in zip(range(i1, i2), range(j1, j2))]
        else:
            out.append(Change(" ".join(ours[i1:i2]), " ".join(theirs[j1:j2])))
    return tuple(out)


def word_cost(typed: str, around: str) -> int:
    """How many words of ``typed`` are not the words of some run of ``around``, in order:
    typos cost nothing, every word changed, left out or added costs one.

    ``around`` is a place with some text on either side; its words before and
    after the run are free, so a place is judged by its best alignment in words
    (the boundaries the fuzzy path chose count characters, not words).
    """
    # Runs of letters and digits: "al-\nAssad" must give "Assad" when a place starts there.
    ours, theirs = [_key(w) for w in _RUN.findall(typed)], [_key(w) for w in _RUN.findall(around)]
    vocabulary = set(theirs)
    row = [0] * (len(theirs) + 1)  # row[j]: cost of the typed words so far, ending at theirs[:j]
    for i, word in enumerate(ours, 1):
        same = {word} | {other for other in vocabulary if _typo_key(word, other)}
        new = [i]
        for j, other in enumerate(theirs, 1):  # min() of three, inline: this loop is the cost
            cost = row[j - 1] + (other not in same)
            if row[j] < cost:
                cost = row[j] + 1
            if new[-1] < cost:
                cost = new[-1] + 1
            new.append(cost)
        row = new
    return min(row)


def meaningful(change: Change) -> str:
    """What a change alters ("a number", "a negation", "a name"), "" for other words."""
    ours, theirs = change.typed.split(), change.article.split()
    if _digits(change.typed) != _digits(change.article):
        return "a number"
    if len(ours) == len(theirs) == 1 and is_typo(change.typed, change.article):
        return ""  # "nto" for "not": a typo (so is "now" for "not", which only a dictionary could tell)
    if _negations(ours) != _negations(theirs):
        return "a negation"
    if any(w[:1].isupper() for w in ours + theirs):
        return "a name"
    return ""


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _negations(words: list[str]) -> int:
    return sum(w.lower() in NEGATIONS or _key(w).lower().endswith("n't") for w in words)


def accepted_form(change: Change) -> str:
    """How a statement accepts a change (``anchor: accept:``): ``typed → article``,
    with ``(nothing)`` for a side without words."""
    return f"{change.typed or '(nothing)'} → {change.article or '(nothing)'}"


def changed_words(found: tuple[Change, ...]) -> int:
    """The words that :func:`changes` found changed, left out or added, typos aside: one
    alignment of the place's words, not the best, so (for words without hyphens or
    apostrophes) never less than :func:`word_cost`, which is only needed when it is high."""
    cost = 0
    for c in found:
        ours, theirs = c.typed.split(), c.article.split()
        if not (len(ours) == len(theirs) == 1 and is_typo(c.typed, c.article)):
            cost += max(len(ours), len(theirs))
    return cost


def changes_allowed(typed: str) -> int:
    """How many words of a fuzzy match may be changed, left out or added (typos aside)."""
    return max(1, len(_RUN.findall(typed)) // WORDS_PER_CHANGE)
