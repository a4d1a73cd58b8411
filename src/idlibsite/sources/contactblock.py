"""A contact block at the end of a report or a statement, outside a release's back matter (pure).

A UN agency's update copied out of its PDF ends with "For further information, please contact:" over lines that each
give a name with a mail address or a telephone number ("Jane Example, Head of Office, example1@un.org, Tel: +90 …"),
and a line pointing to its site. No closing mark ("-ENDS-", "###") sets it apart from the text, as a release's back
matter is (:func:`.mailparts.boilerplate`), so the block is known by its own lines: the contact heading, then only lines
that hold an address, a number or a site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.mailparts import CONTACT

# What a line of a contact block holds: a mail address, a telephone number, a site's address.
REACH = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?i:\btel\b|\bphone\b|\bmob(?:ile)?\b)\s*[:.]?\s*\+?\d|\+\d[\d ()-]{6,}"
                   r"|(?i:\bwww\.[\w-]+\.[\w.]+)")


def contact_block(shown: Sequence[str]) -> set[int]:
    """The lines of each contact block: a contact heading with at least one line under it (no blank line between) that
    gives an address, a number or a site, and every such line."""
    out: set[int] = set()
    for k, line in enumerate(shown):
        if not CONTACT.fullmatch(line) or len(line.split()) > 8 and not REACH.search(line):
            continue
        block = [k]
        for j in range(k + 1, len(shown)):
            if not shown[j].strip() or not REACH.search(shown[j]):
                break
            block.append(j)
        if len(block) > 1 or REACH.search(line):
            out.update(block)
    return out
