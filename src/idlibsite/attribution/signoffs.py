"""The writer who signs a letter off below it, whom its "I" stands for (pure).

A letters page prints several letters, each signed off under its last paragraph by its writer's name in capitals on a
line of its own, the place or the role on the line under it ("SAMIR KHOURY\\nGarapan, Saipan", "RAYMOND T. SABLAN\\n
Veterans of Foreign Wars Post 3457, Tinian"): a speech verb whose subject is "I" is that writer's, the first sign-off
after the sentence (LABELS Round 54), where a column's is the byline's.
"""

from __future__ import annotations

import re

from idlibsite.attribution.proposal import title_case

_SIGN_OFF = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+\.?(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]*\.?){1,5})[^\S\n]*\n"
                       r"[^\S\n]*[A-Z][^\n.!?:;]{1,100}(?<![.!?:;])[^\S\n]*(?:\n[^\S\n]*\n|\n?\Z)")
"""A sign-off: after a blank line, a name of two to six words in capitals (initials with a stop among them) alone on its
line, and under it one line of a place or a role with no stop, colon or question mark (not a sentence), then a blank
line or the page's end."""


def signer(page: str, at: int) -> str:
    """The name of the first sign-off after ``at`` in title case ("Raymond T. Sablan"), "" when none follows."""
    m = _SIGN_OFF.search(page, at)
    return title_case(m.group("name")) if m else ""
