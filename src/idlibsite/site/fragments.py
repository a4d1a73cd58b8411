"""The ids a statement has on the pages that show it (pure).

A statement's id is written by an annotator, so it may be any slug: ``main``,
``cite-h``.  Used as an element id as it is, it could repeat an id of the page
itself (``<main id="main">``, where the skip link goes).  So every statement's
element id is namespaced: ``s-<statement-id>`` on its claim's pages, and
``s-<claim-id>--<statement-id>`` on pages that list statements of many claims
(actors' pages).  No id of the page's own starts with ``s-``.

URLs are forever: a claim page published before the prefix was linked as
``claims/<id>/#<statement-id>``.  Those links keep landing on the statement,
without script, through a second, empty element at the top of the statement
that keeps the old id — unless the old id is one of the page's own (then the
old link can only ever have reached that element, and it still does), or has
the ``s-`` form of the new ids.
"""

from __future__ import annotations

PREFIX = "s-"  # of every statement's element id
PAGE_IDS = frozenset({  # the ids claim pages and claim version pages give their own elements (base.html, claim*.html)
    "main", "verdict-h", "positions-h", "statements-h", "exchanges-h", "for-h", "against-h", "context-h",
    "cite-h", "history-h", "notes-h", "side-assertion-h", "side-counter-h", "side-context-h",
})


def statement_fragment(statement_id: str, claim_id: str = "") -> str:
    """The element id of a statement: ``s-<id>``, or ``s-<claim>--<id>`` on a page of many claims."""
    return f"{PREFIX}{claim_id}--{statement_id}" if claim_id else PREFIX + statement_id


def old_fragment(statement_id: str) -> str:
    """The id the statement had before ids were namespaced, kept so that old links still land on it;
    "" when the page's own elements (or the new ids) may have it."""
    return "" if statement_id in PAGE_IDS or statement_id.startswith(PREFIX) else statement_id
