"""A column's writer named by a line of their own in the page's header, with no "By" and no date (pure): "Opinion /
Idlib: A Ceasefire Without Peace / Tariq Ahmad Mir", "Col Rakesh Sharma (Retd)", "Por Valentina Saavedra Jadue*", a
columnist's name over the headline ("Naqsh-e-Khayal / Nadeem Akhtar Bhatti / Two presidents and ...").  Whom the
page's "I" stands for when no byline, sign-off or writer's line names anyone (LABELS, Op-eds: "I" with a speech verb is
the author the page names).

The rule: among the lines before the page's first paragraph of prose, the page's first line (its masthead) left out,
the one line that is only a person's name (two to four capitalised words, maybe a rank before, "(Retd)" or an asterisk
after, maybe "By", "Por", "Par" or "Von" before; no word in capitals, which :func:`.page.byline` reads); none of its
words a nation's, a title's, a body's or a desk's ("Local News"), and none written
again in the story before the passage (a headline's words recur in its story; a writer's name does not).  Two such
lines, or none: "".
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.fullnames import NOT_OPENING
from idlibsite.attribution.wordlists import NATIONS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, TITLES

_NAME_LINE = re.compile(r"[^\S\n]*(?:(?:By|Por|Par|Von|Door|Oleh)[^\S\n]+)?(?:(?:Lt|Col|Gen|Maj|Brig|Capt|Cdr|Dr|Prof)\.?[^\S\n]+)*"
                        r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[’'-][^\W\d_]+)*(?:[^\S\n]+(?:[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[’'-][^\W\d_]+)*|de|van|von|bin|al-[^\W\d_]+)){1,3})"
                        r"(?:[^\S\n]*\((?:R|Retd|retd|Retired)\))?[^\S\n]*\*?[^\S\n]*")
"""A line that is only a person's name, maybe after a byline's word or a rank and before "(Retd)" or a bio's asterisk."""
_DESK = frozenset("news report reports summary summaries highlights story article today view views opinion comment analysis"
                  " column columns editorial letters live update updates latest world local international digital web desk"
                  " team staff agencies agency wire english edition more related read print share pdf url short gift buy"
                  " photo video audio download listen watch subscribe meeting home section die der das la le el il los las"
                  " les".split())
"""Words of a page's chrome, section or desk line ("Local News", "Gulf Today Report", "In Summary", "Die Medienschau"),
and articles that open an outlet's or a section's name: no writer's name."""
_PROSE_WORDS = 10
"""Words from which a line that ends with a stop is the story's prose, no more a header's line (a headline has no stop)."""


def header_writer(page: str, at: int) -> str:
    """The writer's name the one name line of the page's header gives (:data:`_NAME_LINE`), when the story from the
    header's end to ``at`` writes none of its words; "" when none or two."""
    lines = page.split("\n")
    header: list[str] = []
    for line in lines:
        if len(line.split()) >= _PROSE_WORDS and re.search(r"[.!?\"”’]\s*$", line):
            break
        header.append(line)
    else:
        return ""
    shown = [line for line in header if line.strip()][1:]  # the first line is the outlet's
    named = [m.group("name") for m in map(_NAME_LINE.fullmatch, shown) if m]
    if len(named) != 1:
        return ""
    folded = [fold(w) for w in named[0].split()]
    story = fold(page[len("\n".join(header)) : at])
    if (set(folded) & (NATIONS.keys() | TITLES | ORG_WORDS | ORG_NOUNS | PERSON_NOUNS | _DESK) or NOT_OPENING.match(named[0])
            or any(w.isupper() for w in named[0].split()) or any(re.search(rf"\b{re.escape(w)}\b", story) for w in folded if len(w) > 2)):
        return ""
    return named[0]
