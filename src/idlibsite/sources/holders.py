"""The publisher a copyright notice names after a text (pure).

A transcript or a story copied without its address often names its publisher only in the notice after it ("Copyright
2020 World News Network. All Rights Reserved.", "© 2020 Example Relief, All rights reserved."): :func:`copyright_holder`
reads the name (without a company's "LLC"; in other languages: "© Example Daily 2020 - Tous droits réservés"; from a
notice that states its terms: "Copyright 2020 Example Wire. Reproduction only with a link"), for a guess at the outlet
when nothing else names one.  A notice that reserves nothing and states no terms ("© 2020 A. Writer", a newsletter's
author) names a person as often as a publisher and is not read.
"""

from __future__ import annotations

import re

# "All rights reserved" in the languages of the corpus's sources.
RESERVED = r"(?i:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados" \
           r"|tutti i diritti riservati|tüm hakları saklıdır|reproduction (?:only|interdite|prohibited|forbidden)" \
           r"|(?:this (?:article|material|story|content) )?may not be (?:reproduced|republished))"
# A company's form after its name ("The Eastern Review, LLC."), no part of the name a site goes by.
COMPANY = r"(?:,?\s+(?:LLC|Inc|Ltd|Limited|GmbH|plc|S\.A)\.?)"
HOLDER = re.compile(r"(?i:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                    rf"(?P<name>[A-Z][\w&'’.-]*(?: [\w&'’.-]+){{0,6}}?){COMPANY}?(?:\s+\d{{4}})?\s*[.,–—-]?\s*{RESERVED}\b.*")


def copyright_holder(notice: str) -> str:
    """The name a copyright notice gives its holder ("World News Network"); "" when ``notice`` is none."""
    m = HOLDER.fullmatch(notice.strip())
    return m["name"].strip().rstrip(".,") if m else ""
