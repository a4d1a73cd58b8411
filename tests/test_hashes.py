"""site/hashes.py: the inputs changed between two builds' hashes, known when one was made from the other."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from idlibsite.site.hashes import Hashes, changed

_KEYS = st.sampled_from([f"claim:c{n}" for n in range(8)] + ["actors", "*shared*"])
_HASHES = st.dictionaries(_KEYS, st.sampled_from(["a", "b", "c"]))


@given(_HASHES, st.sets(_KEYS), _HASHES)
def test_the_inputs_changed_are_those_a_pass_over_both_finds(before: dict[str, str], gone: set[str],
                                                              hashed: dict[str, str]) -> None:
    """Hashes made from another as serve makes them (a copy, keys taken out, keys hashed again put in) know
    what changed: the keys a pass over both dicts' items finds; one not made from that very Hashes (made afresh,
    or from an equal one) is compared by the pass."""
    last = Hashes(before)
    made = Hashes(last)
    for k in gone:
        made.pop(k, None)
    made.update(hashed)
    made.made_from(last, {*gone, *hashed})
    full = {d for d, _ in made.items() ^ before.items()}
    assert changed(made, last) == full
    assert made.changed == full  # (known, not found by the pass)
    assert changed(made, Hashes(before)) == full and changed(made, dict(before)) == full
    assert changed(Hashes(made), last) == full and changed(dict(made), last) == full


def test_hashes_made_afresh_are_numbered_apart_and_know_nothing_changed_since_another() -> None:
    """Each Hashes has its own number: one made afresh is never taken as made from another, whatever its keys."""
    a, b = Hashes({"claim:x": "1"}), Hashes({"claim:x": "1"})
    assert a.serial != b.serial and a.since == b.since == 0
    c = Hashes({"claim:x": "2"})
    assert changed(c, a) == changed(c, b) == {"claim:x"} and changed(a, b) == set()
