"""Speech verbs of copy in translation that kept its own language's verb (data only; read by :mod:`.speech` and the
inverted tags of :mod:`idlibsite.attribution.inverted`)."""

from __future__ import annotations

GERMAN_VERBS = frozenset("sagt sagte warnt warnte".split())
"""German copy's speech verbs ("Name sagt, es gebe ...", "„...“, sagt Name", "X warnt vor ...", Round 26's ticker)."""
DUTCH_VERBS = frozenset("zegt zei aldus".split())
"""Dutch copy's speech verbs, in the tag after a quotation ("‘...’, zegt Kamerlid Name", "‘...’, aldus Blok": "so says
Blok", LABELS Round 27's "so Name" tag)."""
