"""find_dates looks for no date in a text without two digits in a row (sources/datelines.py), nor runs a pattern
on a text without what the pattern says it needs (a year of four digits, an apostrophe before two): every pattern
needs them, which this checks of the patterns themselves, so that a new pattern cannot make it miss dates."""

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
    assert not any(p.search(text) for p, _, _ in datelines.patterns())
    assert datelines.find_dates(text) == []


@given(st.lists(st.sampled_from(PIECES), max_size=30))
@settings(max_examples=1000, deadline=None)
def test_every_match_of_a_pattern_holds_what_it_needs(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern, _, needs in datelines.patterns():
        for m in pattern.finditer(text):
            assert needs.search(m[0]), (pattern.pattern, m[0])
        if not needs.search(text):
            assert not pattern.search(text)


def test_each_kind_of_date_is_found_beside_the_others() -> None:
    # one text with a date of every pattern: each is read although the others' needs are there or not
    text = "4 March 2020; March 4, 2020; 5 mars 2020; 04/03/2020; 2020-03-04; 28 Feb '20; Feb 28 '20; 2/28/20"
    assert [d.written for d in datelines.find_dates(text)] == [
        "4 March 2020", "March 4, 2020", "5 mars 2020", "04/03/2020", "2020-03-04", "28 Feb '20", "Feb 28 '20", "2/28/20"]
    assert [d.written for d in datelines.find_dates("28 Feb '20 and 2/28/20, no year of four")] == ["28 Feb '20", "2/28/20"]


def test_dates_in_any_digits_are_still_found() -> None:
    assert [d.written for d in datelines.find_dates("on 20 Feb 2020, and on ٥ آذار ٢٠٢٠; 2/28/20")] == [
        "20 Feb 2020", "٥ آذار ٢٠٢٠", "2/28/20"]
