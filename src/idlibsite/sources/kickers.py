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


def labels_over_headline(lines: Sequence[str], after: str, headline: Callable[[str], bool]) -> int:
    """How many of a paragraph's first ``lines`` are labels or a menu over a headline: the line after them (in the
    paragraph, or ``after``, the first line of the next one) is one by ``headline``; 0 when none are."""
    count = 0
    while count < len(lines) and (is_label(lines[count]) or is_menu(lines[count])):
        count += 1
    following = (lines[count] if count < len(lines) else after).strip()
    return count if count and following and (headline(following) or _title_cased(following)) else 0


def _title_cased(line: str) -> bool:
    """Whether a line is a headline in Title Case of a headline's length (a show's segments, "Erdogan and Putin Agree
    Ceasefire in Idlib; Migrants Stranded at Greek Border"), with no stop or comma at its end."""
    return HEADLINE_MIN_WORDS <= len(line.split()) <= HEADLINE_MAX_WORDS and is_title_case(line) \
        and not line.endswith((".", ",", ";", ":", "…"))
