"""The publisher a copyright notice names after a text (pure).

A transcript or a story copied without its address often names its publisher only in the notice after it ("Copyright
2020 World News Network. All Rights Reserved.", "© 2020 Example Relief, All rights reserved."): :func:`copyright_holder`
reads the name, for a guess at the outlet when nothing else names one.  A notice without "All rights reserved" ("©
2020 A. Writer", a newsletter's author) names a person as often as a publisher and is not read.
"""

from __future__ import annotations

import re

HOLDER = re.compile(r"(?i:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                    r"(?P<name>[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,6}?)\s*[.,]?\s*(?i:all rights reserved)\b.*")


def copyright_holder(notice: str) -> str:
    """The name a copyright notice gives its holder ("World News Network"); "" when ``notice`` is none."""
    m = HOLDER.fullmatch(notice.strip())
    return m["name"].strip().rstrip(".,") if m else ""
