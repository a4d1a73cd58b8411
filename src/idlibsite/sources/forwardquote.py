"""A forward's header as Apple Mail writes it, quoted line by line (pure; no I/O).

Under ``Begin forwarded message:`` Apple Mail quotes the forwarded message's header with ``> `` (``> From: X <…>``,
``> Date: 3 March 2020 at 16:20:11 EET``, ``> Subject: …``, a lone ``>``) and leaves the message itself unquoted.
:func:`unquoted_header` gives the lines with that quoting taken off, so that :mod:`.mailparts` reads the header as any
other; a reply's quoted message (``On …, X wrote:`` over ``> `` lines) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.paged import MAIL_HEADER

FORWARD_OPENING = re.compile(r"(?i)\s*begin forwarded message:?\s*")
QUOTE_MARK = re.compile(r"\s*>\s?")


def quoted_header(shown: Sequence[str]) -> list[int]:
    """The lines of a forward's quoted header: the quoted lines right under the forward's opening line (blank lines
    between them), when the first of them is a header field; [] for none."""
    for k, line in enumerate(shown):
        if not FORWARD_OPENING.fullmatch(line):
            continue
        quoted = []
        for j in range(k + 1, len(shown)):
            if shown[j].strip() and not QUOTE_MARK.match(shown[j]):
                break
            quoted += [j] if shown[j].strip() else []
        return quoted if quoted and MAIL_HEADER.fullmatch(QUOTE_MARK.sub("", shown[quoted[0]], 1).strip()) else []
    return []


def unquoted_header(shown: Sequence[str]) -> list[str]:
    """``shown`` with the quote marks taken off a forward's quoted header."""
    quoted = set(quoted_header(shown))
    return [QUOTE_MARK.sub("", line, 1) if k in quoted else line for k, line in enumerate(shown)]
