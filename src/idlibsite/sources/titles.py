"""Titles that stand before a person's name, never part of it (pure): one word list and one pattern for the source
stage (a speaker's tag, a view given "For" a titled name, a person mourned by name), on which the attribution stage's
office titles are built (:data:`idlibsite.attribution.wordlists.TITLES`)."""

from __future__ import annotations

ADDRESS = frozenset("mr mrs ms miss sir hon m mme mlle madame monsieur herr frau mevrouw heer".split())
"""Forms of address and their abbreviations, in the languages a record is printed in ("Mrs. SHAHEEN", "M. le président",
"De heer Brinkman", "Frau Baerbock")."""
RANKS = frozenset("sen senator rep amb ambassador gen general col capt sts pst".split())
"""Ranks and offices a name is written after, often cut short ("Sen.", "Amb. NORDQVIST", "Gen.", "Col.", "StS Seibert")."""
CLERICS = frozenset("father fr sheikh imam mufti rabbi pastor reverend rev bishop archbishop patriarch".split())
"""A cleric's titles ("Father Jorge Saad", "Fr.", "Sheikh", "Rabbi", "Rev.")."""
SCHOLARS = frozenset("dr prof professor".split())
"""A scholar's or a doctor's titles ("Dr Khaled Abu Shaqra", "Prof.", "Professor")."""
TITLES = ADDRESS | RANKS | CLERICS | SCHOLARS
"""Folded titles that stand before a name (LABELS rule 2: no part of the name), with no stop ("dr" for "Dr.")."""
NOUNS_IN_PROSE = frozenset("father fr miss m".split())
"""Titles that running prose also writes as other words: kin ("her father said"), a verb ("miss"), an initial ("M."):
a tag's or a titled name's title only (left out of the attribution stage's office titles)."""
TAG_ONLY = frozenset("amb sts pst herr frau madame monsieur mevrouw heer mlle".split())
"""A record's tag's abbreviations and forms of address in other languages ("StS Amsel", "Amb. NORDQVIST", "Frau X"): the
tag's reading drops them to find the full name the page gives (:mod:`idlibsite.attribution.tags`), which a phrase read
with them as office titles would keep as written (left out of the attribution stage's office titles)."""

TITLE = r"(?:" + "|".join(sorted((t.capitalize() for t in TITLES), key=lambda t: (-len(t), t))) + r")\.?"
"""A title before a name, capitalised, maybe with its stop ("Father", "Dr.", "Sheikh", "Gen."): a regular expression to
put before a name's pattern (and whitespace)."""
