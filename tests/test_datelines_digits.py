"""find_dates looks for no date in a text without two digits in a row (sources/datelines.py): every pattern it
runs needs them, which this checks of the patterns themselves, so that a new pattern cannot make it miss dates."""

from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.sources import datelines

PIECES = ["March", "mars", "Feb.", "févr.", "марта", "آذار", "of", "de", "1er", "5.", "th", " ", "  ", "\n", ",", "/",
          ".", "-", "'", "’", "T", "Published", "٥", "4", "0", "2", "9"]


@given(st.lists(st.sampled_from(PIECES), max_size=30))
@settings(max_examples=500, deadline=None)
def test_no_pattern_matches_a_text_without_two_digits_in_a_row(pieces: list[str]) -> None:
    text = "".join(pieces)
    if datelines._TWO_DIGITS.search(text):
        return
    assert not any(p.search(text) for p, _ in datelines.patterns())
    assert datelines.find_dates(text) == []


def test_dates_in_any_digits_are_still_found() -> None:
    assert [d.written for d in datelines.find_dates("on 20 Feb 2020, and on ٥ آذار ٢٠٢٠; 2/28/20")] == [
        "20 Feb 2020", "٥ آذار ٢٠٢٠", "2/28/20"]
