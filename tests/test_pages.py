"""The planner's pure helpers: paged-series links and views of derived data."""

from idlibsite.dates import PartialDate
from idlibsite.site.pages import neighbours, view


def test_neighbours_link_each_item_to_the_one_before_and_after() -> None:
    assert neighbours(["a", "b", "c"], "") == [("", "b"), ("a", "c"), ("b", "")]
    assert neighbours(["only"], None) == [(None, None)]
    assert neighbours([], "") == []


def test_a_view_changes_exactly_when_the_shown_data_does() -> None:
    rows = [("a-claim", "A title", PartialDate("2020-02", "month"), 3)]
    assert view(rows) == view([("a-claim", "A title", PartialDate("2020-02", "month"), 3)])
    assert view(rows) != view([("a-claim", "A title", PartialDate("2020-02", "month"), 4)])
    assert view(rows).startswith("view:")
