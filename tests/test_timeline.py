"""The timeline's periods (site/timeline.py): serve's, made from the last build's, equal those made whole."""

from collections.abc import Callable, Hashable
from types import SimpleNamespace
from typing import TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.dates import PartialDate
from idlibsite.site import timeline

T = TypeVar("T")
DATES = [PartialDate("2020-02-03", "day"), PartialDate("2020-02-05", "day"), PartialDate("2020-02", "month"),
         PartialDate("2020-03-01", "day"), PartialDate("2020", "year"), PartialDate("", "unknown")]
CLAIMS = [f"c{n}" for n in range(6)]


class Kept:
    """Cache.kept of a process that builds again: what this build and the last made, by key."""

    def __init__(self) -> None:
        self.now: dict[Hashable, object] = {}
        self.before: dict[Hashable, object] = {}

    def __call__(self, k: Hashable, make: Callable[[], T]) -> T:
        if k not in self.now:
            self.now[k] = self.before[k] if k in self.before else make()
        return self.now[k]  # type: ignore[return-value]

    def next(self) -> None:
        self.before, self.now = self.now, {}


def quotes(claim: str, said: list[tuple[int, int]]) -> tuple[SimpleNamespace, ...]:
    """A claim's statements, new objects: (statement number, date) each; a number twice gives two equal keys."""
    return tuple(SimpleNamespace(claim=SimpleNamespace(id=claim),
                                 statement=SimpleNamespace(id=f"s{n}", said=DATES[d])) for n, d in said)


def shown(periods: list[timeline.Period]) -> list[object]:
    return [(p.key, p.label, list(map(id, p.quotes)), [list(map(id, day)) for day in p.days]) for p in periods]


STATEMENTS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, len(DATES) - 1)), max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CLAIMS), st.one_of(st.none(), st.just("again"), STATEMENTS)),
                min_size=1, max_size=8))
def test_serve_s_periods_made_from_the_last_build_s_equal_those_made_whole(steps) -> None:  # type: ignore[no-untyped-def]
    """Each step gives one claim new statements (None: deletes it; "again": its statements in a new tuple, the
    very objects); serve's periods (the last build's, with the
    changed claims' statements taken out and put in) equal those made whole, each unchanged day the very tuple of
    the last build; with few claims changed, a period changed is made from the last build's, not sorted whole."""
    by_claim = {c: quotes(c, [(0, n % len(DATES)), (1, (n + 2) % len(DATES))]) for n, c in enumerate(CLAIMS)}
    kept = Kept()
    merged: list[bool] = []
    real = timeline._merged

    def merging(*args):  # type: ignore[no-untyped-def]
        made = real(*args)
        merged.append(made is not None)
        return made

    timeline._merged = merging  # (restored below)
    try:
        last = timeline.periods(SimpleNamespace(quotes_by_claim=dict(by_claim)), kept)  # type: ignore[arg-type]
        for claim, said in steps:
            kept.next()
            if said is None:
                by_claim.pop(claim, None)
            elif said == "again":
                by_claim[claim] = tuple(list(by_claim.get(claim, ())))
            else:
                by_claim[claim] = quotes(claim, said)
            site = SimpleNamespace(quotes_by_claim={c: by_claim[c] for c in sorted(by_claim) if by_claim[c]})
            made = timeline.periods(site, kept)  # type: ignore[arg-type]
            assert shown(made) == shown(timeline.periods(site))  # type: ignore[arg-type]
            days = {tuple(map(id, day)): day for p in last for day in p.days}
            assert all(days.get(tuple(map(id, day)), day) is day for p in made for day in p.days)
            last = made
    finally:
        timeline._merged = real
    assert len(steps) < 4 or any(merged)


def test_a_period_with_two_equal_keys_is_sorted_whole_as_a_full_build_sorts_it() -> None:
    """Two statements of one claim with one id on one date (equal keys): their order is the sort's, so a period
    given two such statements is sorted whole, and equals the one made whole."""
    kept = Kept()
    by_claim = {"a": quotes("a", [(0, 0), (0, 0)]), "b": quotes("b", [(1, 0)])}
    timeline.periods(SimpleNamespace(quotes_by_claim=by_claim), kept)  # type: ignore[arg-type]
    kept.next()
    site = SimpleNamespace(quotes_by_claim={**by_claim, "a": quotes("a", [(0, 0), (0, 0)])})
    assert shown(timeline.periods(site, kept)) == shown(timeline.periods(site))  # type: ignore[arg-type]
