"""The headline of a release a copied mail carries, under the release's label (pure; no I/O).

A release pasted or forwarded into a mail opens with its label (``PRESS RELEASE``, ``PRESS STATEMENT``, ``BRIEFING
NOTES``), maybe its number and its date line (``No. 41/2020``, ``Valletta, 6 March 2020``), then its headline; the
mail's subject is the sender's ("statement as promised").  :func:`label_headline` finds that headline, which
:mod:`.blocks` makes the title when no line under the header restates the subject.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from idlibsite.sources.datelines import find_dates
from idlibsite.sources.paged import SENTENCE_END
from idlibsite.sources.reflow import HEADLINE_MAX_WORDS

# A release's label over its headline, always ("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "EMBARGOED …"), and a label
# that some bodies print as the only heading of a statement (Shabait's "Press Statement" over the text): a label only
# with a headline under it.
RELEASE_LABEL = re.compile(r"(?i)[\s*#:-]*(for immediate release|(press|news|media) release|embargoed\b.*)[\s*#:.-]*")
HEADED_LABEL = re.compile(r"(?i)[\s*#:-]*((press|news|media) (statement|advisory)|briefing notes?)[\s*#:.-]*")
HEADLINE_MIN_WORDS = 3


def is_label(shown: Sequence[str], k: int) -> bool:
    """Whether line ``k`` is a release's label ("PRESS RELEASE"; "PRESS STATEMENT" over a headline)."""
    return bool(RELEASE_LABEL.fullmatch(shown[k])) or bool(HEADED_LABEL.fullmatch(shown[k])) \
        and _headline_under(shown, k, ()) is not None


def label_headline(shown: Sequence[str], after: int, skip: Collection[int]) -> int | None:
    """The line of the first release label below line ``after`` that is the release's headline (None for none)."""
    label = next((k for k in range(after + 1, len(shown)) if is_label(shown, k)), None)
    return None if label is None else _headline_under(shown, label, skip)


def _headline_under(shown: Sequence[str], label: int, skip: Collection[int]) -> int | None:
    """The first line under a label over a blank line, of a headline's length, no sentence and no date (a number, a
    reference or a date line of fewer words is passed over), before the first paragraph of prose."""
    for k in range(label + 1, len(shown)):
        line = shown[k].strip()
        if not line or k in skip:
            continue
        if len(line.split()) > HEADLINE_MAX_WORDS or SENTENCE_END.search(line):
            return None  # the first paragraph of prose: no headline above it
        alone = k + 1 == len(shown) or not shown[k + 1].strip()
        if alone and len(line.split()) >= HEADLINE_MIN_WORDS and not find_dates(line):
            return k
    return None
