"""sources/boxes.py: a running head's page number looked for past the line's first place only when the line ends in
a digit; found exactly where PAGE_MARK's search finds it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from idlibsite.sources import boxes

PIECES = ["A", "b", "Page", "page", "PAGE", "1", "12", "123", "1234", "٣", "²", " ", "  ", "\n", "THE", "TIMES",
          "Monday", "March", "2020", "|", "-", ".", "ſ", "K"]


@given(st.lists(st.sampled_from(PIECES), max_size=20))
@settings(max_examples=1000, deadline=None)
def test_page_marked_is_page_marks_search(pieces: list[str]) -> None:
    line = "".join(pieces).strip()
    assert boxes._page_marked(line) == (boxes.PAGE_MARK.search(line) is not None)


def test_a_running_head_is_still_read() -> None:
    assert boxes.paper_name("THE EXAMPLE TIMES Monday, March 2, 2020 A7") == "The Example Times"
    assert boxes.paper_name("A7 THE EXAMPLE TIMES Monday, March 2, 2020") == "The Example Times"
    assert boxes.paper_name("The ministry said on March 2, 2020 that it would act.") == ""
