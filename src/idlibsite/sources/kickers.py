"""A section's label or a site's menu copied over a headline (pure).

A page copied whole puts its section's label ("WORLD NEWS", "TURKEY PULSE"), a show's name ("THE WORLD
TONIGHT") or a site's name over its menu ("DAILY SABAH" over "Politics Turkey World Business Opinion")
above the headline; in capitals, such a label passes for a headline in Title Case, and the headline under
it was read as the story's first paragraph.  :func:`labels_over_headline` counts such lines at the top of a
paragraph when a headline follows them.  A headline in capitals has three words or more ("IDLIB
CEASEFIRE HOLDS"), and a short headline in Title Case ("Exodus") is no label: both stay headlines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from idlibsite.sources.linekinds import SECTIONS
from idlibsite.sources.reflow import HEADLINE_MAX_WORDS, is_title_case

# The most words of a label in capitals, not counting an article ("THE WORLD TONIGHT" has two).
LABEL_MAX_WORDS = 2
ARTICLES = frozenset({"the", "a", "an"})
# A menu without "Home" (:data:`.linekinds.MENU` has it): capitalised single words, most of them sections every site
# has ("Politics Turkey World Business Opinion"); a headline "World Business Leaders Meet in Davos" names two.
MENU_WORD = re.compile(r"[A-Z][\w&'’-]*|&")
MENU_MIN_SECTIONS = 3
HEADLINE_MIN_WORDS = 3  # shorter lines at the top are section labels ("Middle East")
KICKER_MAX_WORDS = 3  # a kicker over a headline in any case: "Krieg in Syrien", "International"
DATED_KINDS = ("dateline", "byline")  # what stands under a headline that a kicker tops


def is_label(line: str) -> bool:
    """Whether a line is a section's label in capitals: one or two words besides an article, letters only."""
    stripped = line.strip()
    words = [w for w in stripped.split() if w.lower() not in ARTICLES]
    return 0 < len(words) <= LABEL_MAX_WORDS and stripped == stripped.upper() \
        and all(w.replace("-", "").replace("&", "").isalpha() for w in words)


def is_menu(line: str) -> bool:
    """Whether a line is a site's menu: capitalised single words, at least three of them and half of them sections."""
    words = line.split()
    sections = sum(w.lower() in SECTIONS for w in words)
    return len(words) >= MENU_MIN_SECTIONS and all(MENU_WORD.fullmatch(w) for w in words) \
        and sections >= MENU_MIN_SECTIONS and 2 * sections >= len(words)


def labels_over_headline(lines: Sequence[str], after: str, headline: Callable[[str], bool], dated: bool = False) -> int:
    """How many of a paragraph's first ``lines`` are labels or a menu over a headline: the line after them (in the
    paragraph, or ``after``, the first line of the next one) is one by ``headline``; 0 when none are. A kicker in any
    case (:func:`is_kicker`) opens a paragraph of at most two lines when the headline after it is ``dated`` (a date line
    or a byline right under it)."""
    following = lines[1] if len(lines) > 1 else after
    if dated and len(lines) <= 2 and is_kicker(lines[0], following) and headline(following.strip()):
        return 1
    count = 0
    while count < len(lines) and (is_label(lines[count]) or is_menu(lines[count])):
        count += 1
    following = (lines[count] if count < len(lines) else after).strip()
    return count if count and following and (headline(following) or _title_cased(following)) else 0


class Paragraph(Protocol):
    """A paragraph as the block cutter holds it: its kind ("" while unread) and its lines."""

    @property
    def kind(self) -> str: ...

    @property
    def lines(self) -> tuple[tuple[int, int], ...]: ...


def dated_headline(unit: Paragraph, after: Sequence[Paragraph]) -> bool:
    """Whether a date line or a byline follows the headline of a paragraph of two lines (a kicker over it), or the
    headline alone in the one-line paragraph after a paragraph of one (``after``: the paragraphs that follow)."""
    if len(unit.lines) == 2:
        return bool(after) and after[0].kind in DATED_KINDS
    return len(unit.lines) == 1 and len(after) > 1 and not after[0].kind and len(after[0].lines) == 1 \
        and after[1].kind in DATED_KINDS


def is_kicker(line: str, headline: str) -> bool:
    """Whether ``line`` is a kicker over ``headline``, the topic or section a site prints above it in any case ("Krieg
    in Syrien", "International", "Syrie"): at most :data:`KICKER_MAX_WORDS` words with no stop, at most half the
    headline's length (the first line of a wrapped headline is the longer one)."""
    words = line.split()
    return 0 < len(words) <= KICKER_MAX_WORDS and not line.strip().endswith((".", ",", ";", ":", "…", "!", "?")) \
        and 2 * len(line.strip()) <= len(headline.strip())


def _title_cased(line: str) -> bool:
    """Whether a line is a headline in Title Case of a headline's length (a show's segments, "Erdogan and Putin Agree
    Ceasefire in Idlib; Migrants Stranded at Greek Border"), with no stop or comma at its end."""
    return HEADLINE_MIN_WORDS <= len(line.split()) <= HEADLINE_MAX_WORDS and is_title_case(line) \
        and not line.endswith((".", ",", ";", ":", "…"))
