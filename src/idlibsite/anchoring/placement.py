"""Where in its article a statement's words were found: the reported text, or not (pure).

A statement records what someone said, as the article reports it: the body
text, the title or a pull quote.  Words matched in a photo credit, the
page's furniture ("No media source currently available"), the ``Original
url:`` line, or across the title and the body are not a report of speech; the
statement is refused unless it says why with ``anchor: {allow: <kind>}``.  A
quotation that runs on into the next paragraph of body text is one report, and
is accepted (the pages show each paragraph's part).
"""

from __future__ import annotations

from collections.abc import Sequence

from idlibsite.anchoring.model import Quote, kinds_under
from idlibsite.errors import Problem, line_col

REPORTED_KINDS = frozenset({"body", "title", "quotation-heading"})
"""Blocks that report what was said: body text, the title and pull quotes."""

KIND_NAMES = {
    "title": "the title", "byline": "the byline", "dateline": "the date line", "body": "body text",
    "subheading": "a subheading", "quotation-heading": "a pull quote", "caption": "a caption or credit",
    "related-link": "a related link", "chrome": "page furniture (navigation, player or share text)",
    "footnote": "a footnote", "url": "the original address line",
    "note": "a publisher's note (an editor's note, a correction, a disclaimer, a copyright or the author's biography)",
}


def misplaced(quotes: Sequence[Quote]) -> list[Problem]:
    """An error for every statement whose words lie outside the reported text, or across blocks
    other than consecutive paragraphs of body text."""
    problems = []
    for q in quotes:
        hint = q.statement.anchor
        allowed = REPORTED_KINDS | ({hint.allow} if hint is not None and hint.allow else set())
        for span in q.anchor.spans:
            under = kinds_under(q.source.blocks, span.start, span.end)  # the blocks' kinds, in order
            if len(under) == 1 and under[0] in allowed:
                continue  # found where it is reported: nothing to locate
            where = f"{q.source.path}:{line_col(q.source.text, span.start)[0]}"
            if len(under) != 1 and not (under and all(k == "body" for k in under)):
                kinds = " and ".join(dict.fromkeys(KIND_NAMES[k] for k in under)) or "no block"
                problems.append(q.statement.quote_loc.problem(
                    f"the quote runs across {kinds} ({where}): one part of a quote must lie in one block",
                    "split it with ` … ` where the block ends, or quote the body text only"))
            elif under[0] not in allowed:
                kind = under[0]
                problems.append(q.statement.quote_loc.problem(
                    f"the quote is taken from {KIND_NAMES[kind]} ({where}), not from the reported text "
                    "(body text, the title or a pull quote)",
                    f"quote the words as the body reports them; if this {kind} really is the record of what "
                    f"was said, write  anchor: {{allow: {kind}}}"))
    return problems
