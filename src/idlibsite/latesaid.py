"""A statement dated after its source was published: an article reports only what was said by its own date,
so such a ``said:`` is a slip (a month or a weekday read wrong), or the source's date in its sidecar is."""

from __future__ import annotations

from collections.abc import Iterable

from idlibsite.anchoring.model import Quote
from idlibsite.errors import Problem


def said_late(quotes: Iterable[Quote]) -> list[Problem]:
    """A warning, at the statement's first key, for each of ``quotes`` certainly said after its source's date
    (compared at the coarser of the two precisions: said in March is not after an article of "2020", nor of
    March)."""
    return [q.statement.loc.problem(
        f"statements '{q.statement.id}': said {q.statement.said.iso}, after its source '{q.source.id}' was "
        f"published ({q.source.meta.date.human()})",
        "an article reports only what was said by its date: check said: (\"on Thursday\" is the last Thursday "
        "up to the article's date), or the date in the source's sidecar", "warning")
        for q in quotes if q.source.meta.date.before(q.statement.said)]
