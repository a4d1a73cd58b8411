"""The groupings kept between builds: after any sequence of claims changed, added and deleted, the very
grouping (each key's items and the keys' order) and sorted list that a full pass makes."""

from hypothesis import given
from hypothesis import strategies as st

from idlibsite.anchoring.grouping import Grouping, Ranked, dropped, grouped, patched, replaced

CLAIMS = [f"claim-{n:02d}" for n in range(12)]
KEYS = list("abcde")

# a build: each claim there, drawn None (the last build's very object: an unchanged claim) or with its
# items as (key, number) pairs (a new object: a changed or added claim); the claims not drawn are gone
builds = st.lists(st.dictionaries(st.sampled_from(CLAIMS), st.one_of(
    st.none(), st.lists(st.tuples(st.sampled_from(KEYS), st.integers(0, 9)), max_size=4))), min_size=1, max_size=8)
Held = tuple[str, list[tuple[str, int]]]  # a claim's id and its pairs


def _held(last: dict[str, Held], drawn: dict[str, list[tuple[str, int]] | None]) -> dict[str, Held]:
    """The claims of a build in claim-id order (one drawn None and not there before: new, with no items)."""
    return {c: (last[c] if c in last else (c, [])) if (pairs := drawn[c]) is None else (c, pairs)
            for c in sorted(drawn)}


def _pairs(held: Held) -> list[tuple[str, tuple[str, int]]]:
    return [(k, (held[0], n)) for k, n in held[1]]


@given(builds)
def test_a_grouping_updated_from_the_changed_claims_is_a_full_pass(steps) -> None:  # type: ignore[no-untyped-def]
    kept: Grouping[Held, tuple[str, int]] = Grouping()
    last: dict[str, Held] = {}
    for drawn in steps:
        held = _held(last, drawn)
        made = kept.update(held, _pairs)
        fresh = grouped(pair for h in held.values() for pair in _pairs(h))
        assert list(made.items()) == list(fresh.items())  # the keys in the order of their first item too
        last = held


def test_a_changed_claims_items_go_where_a_full_pass_puts_them() -> None:
    """A claim between two others, changed: its items are put between theirs, not after them; a key whose
    first item moves after another key's first item moves after that key."""
    kept: Grouping[tuple[str, ...], str] = Grouping()
    first = {"a": ("a1",), "b": ("b1",), "c": ("c1",), "d": ("d1",), "e": ("e1",)}
    kept.update(first, lambda items: [(i[0] if i[0] in "ae" else "k", i) for i in items])
    made = kept.update({**first, "b": ("b2", "b3")}, lambda items: [(i[0] if i[0] in "ae" else "k", i) for i in items])
    assert list(made.items()) == [("a", ("a1",)), ("k", ("b2", "b3", "c1", "d1")), ("e", ("e1",))]
    made = kept.update({c: first[c] for c in "ade"}, lambda items: [(i[0] if i[0] in "ae" else "k", i) for i in items])
    assert list(made.items()) == [("a", ("a1",)), ("k", ("d1",)), ("e", ("e1",))]


def _entry(held: Held) -> tuple[tuple[int, str], str] | None:
    """A claim's place in a sorted list: by the sum of its numbers, then its id; none without items."""
    return ((sum(n for _, n in held[1]), held[0]), held[0]) if held[1] else None


@given(builds)
def test_a_ranked_list_updated_from_the_changed_claims_is_a_full_sort(steps) -> None:  # type: ignore[no-untyped-def]
    kept: Ranked[Held, tuple[int, str], str] = Ranked()
    last: dict[str, Held] = {}
    for drawn in steps:
        held = _held(last, drawn)
        made = kept.update(held, _entry)
        entries = [_entry(h) for h in held.values()]
        assert made == [v for _, v in sorted(e for e in entries if e is not None)]
        last = held


@given(builds)
def test_a_dict_patched_at_the_replaced_claims_is_a_full_pass(steps) -> None:  # type: ignore[no-untyped-def]
    """Each claim's value (here its pairs' numbers summed) kept and made again only for the claims
    :func:`replaced` gives and the claims gone, as a full pass makes it: every claim's, in claim-id order."""
    kept: dict[str, int] = {}
    last: dict[str, Held] = {}
    for drawn in steps:
        held = _held(last, drawn)
        kept = patched(kept, held, {c: sum(n for _, n in held[c][1]) for c in replaced(held, last)})
        assert list(kept.items()) == [(c, sum(n for _, n in h[1])) for c, h in held.items()]
        last = held


@given(st.data())
def test_the_keys_replaced_and_dropped_are_those_a_pass_over_every_key_finds(data) -> None:  # type: ignore[no-untyped-def]
    pool = (object(), object(), object())  # compared by identity: a key's object the very one of the last or not
    objects = st.sampled_from(pool)
    last = data.draw(st.dictionaries(st.sampled_from(CLAIMS), objects))
    keys = data.draw(st.sampled_from(["same", "reversed", "drawn"]))
    if keys == "drawn":  # keys added, gone, or both
        held = data.draw(st.dictionaries(st.sampled_from(CLAIMS), objects))
    else:  # the same keys, in the same order (compared by position) or not
        held = {c: data.draw(objects) for c in (last if keys == "same" else reversed(last))}
    changed = replaced(held, last)
    assert changed == [c for c in held if c not in last or held[c] is not last[c]]
    more = data.draw(st.lists(st.sampled_from(CLAIMS), max_size=3))  # keys counted in vain, perhaps twice
    assert sorted(dropped(held, last, changed + more)) == sorted(last.keys() - held.keys())
