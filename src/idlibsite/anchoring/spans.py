"""The records of anchoring: a prepared source, and the spans a quote anchors to or why not.

:mod:`idlibsite.anchoring.match` makes them; the W3C Web Annotation
selectors of a span are written from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from idlibsite.anchoring.normalize import Normalized, normalize

Method = Literal["exact", "normalized", "fuzzy"]
Reason = Literal["empty", "not-found", "ambiguous", "low-score", "misquote"]

METHODS: tuple[Method, ...] = ("exact", "normalized", "fuzzy")  # strongest first


@dataclass(frozen=True)
class Prepared:
    """A source text made ready for anchoring any number of quotes."""

    text: str  # the original text, never rewritten
    normalized: Normalized  # its normalized form with the offset map


@dataclass(frozen=True, slots=True)
class Span:
    """One contiguous run of source text that a quote (or part of one) anchors to."""

    start: int  # offset of the first character in the original text (code points)
    end: int  # offset just past the last character
    text: str  # the exact source text, text[start:end]
    method: Method  # how it was found
    score: float  # 0-1 confidence: 1 exact, NORMALIZED_SCORE, or a fuzzy score
    prefix: str  # up to SELECTOR_CONTEXT characters of the original text before start
    suffix: str  # up to SELECTOR_CONTEXT characters of the original text after end


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote is in its source: one span, or one per part of an elided quote."""

    spans: tuple[Span, ...]  # in text order, never empty

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    @property
    def method(self) -> Method:
        """The weakest method among the parts."""
        return max((s.method for s in self.spans), key=METHODS.index)

    @property
    def score(self) -> float:
        """The lowest score among the parts."""
        return min(s.score for s in self.spans)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a failed quote could have meant, located for the message."""

    start: int  # offset into the original text
    end: int  # offset just past it
    text: str  # the original text there
    score: float  # its score (what it would have been anchored with)
    line: int  # 1-based line of start
    column: int  # 1-based column of start, in code points


@dataclass(frozen=True, slots=True)
class AnchorFailure:
    """Why a quote could not be anchored, with the nearest thing found."""

    reason: Reason  # "empty", "not-found", "ambiguous", "low-score" or "misquote"
    message: str  # one human sentence, with line:col locations
    best: Candidate | None  # the best candidate, None when nothing resembles the quote
    tied: tuple[Candidate, ...] = ()  # for "ambiguous": every tied match, in text order


def prepare(text: str) -> Prepared:
    """Normalize a source once; reuse the result for every quote anchored in it."""
    return Prepared(text, normalize(text))


def quote_selector(span: Span) -> dict[str, str]:
    """The W3C Web Annotation TextQuoteSelector of a span."""
    return {
        "type": "TextQuoteSelector",
        "exact": span.text,
        "prefix": span.prefix,
        "suffix": span.suffix,
    }


def position_selector(span: Span) -> dict[str, str | int]:
    """The W3C Web Annotation TextPositionSelector of a span (code points)."""
    return {"type": "TextPositionSelector", "start": span.start, "end": span.end}
