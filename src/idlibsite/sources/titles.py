"""Titles that stand before a person's name, never part of it (pure): one word list and one pattern for the source
stage (a speaker's tag, a view given "For" a titled name, a person mourned by name), on which the attribution stage's
office titles are built (:data:`idlibsite.attribution.wordlists.TITLES`)."""

from __future__ import annotations

ADDRESS = frozenset("mr mrs ms mx miss sir dame hon m mme madam mlle madame monsieur herr frau mevrouw heer señor señora senor senora"
                    " shri smt shrimati".split())
"""Forms of address and their abbreviations, in the languages a record is printed in ("Mrs. SHAHEEN", "M. le président",
"De heer Brinkman", "Frau Baerbock", "Señora Ruiz", "Shri Raveesh Kumar", West Africa's "Madam Botchwey"), lower-cased as written and as folded ("señor",
"senor")."""
SHORT = frozenset("dr prof rev sen senator rep amb ambassador gen col capt sts pst".split())
"""Titles and ranks a record's tag puts before a name, often cut short ("Dr.", "Sen.", "Amb. NORDQVIST", "StS Seibert")."""
TAG_TITLES = ADDRESS | SHORT
"""A tag's titles ("Mrs. SHAHEEN", "StS Seibert"): no part of the name, dropped to find the full name the page gives."""
IN_PROSE = frozenset("father fr sheikh imam mufti rabbi pastor reverend bishop archbishop patriarch general professor".split())
"""Titles running prose puts before a name as well: a cleric's ("Father Jorge Saad", "Sheikh", "Rabbi"), a rank or a
chair written in full ("General", "Professor")."""
TITLES = TAG_TITLES | IN_PROSE
"""Folded titles that stand before a name (LABELS rule 2: no part of the name), with no stop ("dr" for "Dr.")."""
NOUNS_IN_PROSE = frozenset("father fr miss m".split())
"""Titles that running prose also writes as other words: kin ("her father said"), a verb ("miss"), an initial ("M."):
a tag's or a titled name's title only (left out of the attribution stage's office titles)."""
TAG_ONLY = frozenset("sts pst herr frau madame monsieur mevrouw heer mlle señor señora senor senora".split())
"""A record's tag's abbreviations and forms of address in other languages ("StS Amsel", "Pst X", "Frau X"): the
tag's reading drops them to find the full name the page gives (:mod:`idlibsite.attribution.tags`), which a phrase read
with them as office titles would keep as written (left out of the attribution stage's office titles); not "Amb.", which
running prose puts before a name as well ("said Amb. Kiragu"), an envoy's title there."""

COURTESY = ADDRESS | {"dr", "prof"}
"""Titles of courtesy and of degree, no role of a person's own ("Dr Ana Ruiz", "said Mr Brian Ssekandi", "Herr Almstedt")."""


def capitalised(folded: frozenset[str]) -> str:
    """A regular expression for any of the folded titles capitalised, maybe with its stop ("Dr." for "dr"), longest first:
    to put before a name's pattern (and whitespace)."""
    return r"(?:" + "|".join(sorted((t.capitalize() for t in folded), key=lambda t: (-len(t), t))) + r")\.?"


TITLE = capitalised(TITLES)
"""A title before a name, capitalised, maybe with its stop ("Father", "Dr.", "Sheikh", "Gen.")."""
COURTESY_TITLE = capitalised(COURTESY)
"""A title of courtesy before a name, capitalised, maybe with its stop ("Mr", "Dr.", "Frau", "Señor")."""
