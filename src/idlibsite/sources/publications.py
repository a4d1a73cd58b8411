"""Whether a line is the name of a site or a publication (pure): a print page's running head, a byline's outlet."""

from __future__ import annotations

from idlibsite.sources.reflow import is_title_case

# Words that names of sites and publications end in ("RT World News", "Idlib Dispatch", "Gulf Times").
PUBLICATION_WORDS = frozenset(
    "news dispatch daily times post herald gazette journal tribune monitor observer chronicle briefing digest newsletter"
    " weekly telegraph insider courier bulletin standard express agency ledger".split())
PUBLICATION_MAX_WORDS = 4


def is_publication(line: str) -> bool:
    """Whether a line is the name of a site or a publication: a few words in Title Case, the last a word such names end
    in ("RT World News", "Idlib Dispatch", "The Example Herald"; a headline "Hard Times in Idlib" ends otherwise)."""
    words = line.split()
    return 0 < len(words) <= PUBLICATION_MAX_WORDS and (len(words) == 1 or is_title_case(line.strip())) \
        and words[-1].lower().strip(".,:") in PUBLICATION_WORDS
