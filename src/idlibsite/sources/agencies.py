"""The news agencies whose credit a story carries ("AFP", "Lena Hartwig, Reuters", "ANKARA (Reuters) -"): one list of
their names and credit words, which the patterns of credit lines (:mod:`.linekinds`), of labelled header fields
(:mod:`.headerfields`) and of agency datelines (:mod:`.reflow`) read, each in its own surrounding pattern (pure data).

These are wire agencies only: a newsroom's own credit ("BBC News", "Staff and agencies") stays with the pattern that
reads it, and the outlets a corpus knows by domain are its own data (``corpus/outlets.yaml``, :mod:`.outlets`).
"""

from __future__ import annotations

import re

AGENCIES = (
    "AFP", "AP", "Associated Press", "The Associated Press", "Reuters", "dpa", "DPA", "KNA", "EPD", "epd", "AA",
    "Anadolu", "Anadolu Agency", "TASS", "Sputnik", "RIA Novosti", "ANSA", "EFE", "Xinhua", "IRNA", "SANA",
)
"""Agencies' names as their credits write them; a pattern that ignores case reads each once."""
UNNAMED_AGENCIES = ("agencies", "Agencies", "news agencies")
"""A credit to agencies it does not name ("Lena Hartwig, with agencies")."""

AFTER_SITE = ("AFP", "AP", "Reuters", "TASS", "Sputnik")
"""The agencies of :data:`AGENCIES` that a credit line names after a site and a slash ("UrduPoint/Sputnik"); the others
are left out so far, as before this list was shared ("QNA/AA" at the foot of a story stays a subheading)."""


def _one_of(names: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(name) for name in names) + ")"


AGENCY = _one_of(AGENCIES)
"""A regular expression's source for one agency's name (no group of its own)."""
AGENCY_CREDIT = _one_of(AGENCIES + UNNAMED_AGENCIES)
"""One agency's name or a credit to agencies unnamed."""
AGENCY_AFTER_SITE = _one_of(AFTER_SITE)
"""One agency's name after a site's and a slash."""
