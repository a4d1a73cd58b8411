"""errors.line_col: the line and column of an offset, whatever the text's length."""

from hypothesis import given
from hypothesis import strategies as st

from idlibsite.errors import Problem, line_col


def counted(text: str, offset: int) -> tuple[int, int]:
    """The definition: count the line ends before the offset."""
    offset = max(0, min(offset, len(text)))
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@given(st.text(alphabet="ab\n\r", min_size=0, max_size=9000), st.lists(st.integers(-5, 9005), max_size=30))
def test_line_col_of_a_short_or_long_text_is_the_counted_one(text: str, offsets: list[int]) -> None:
    for offset in offsets:
        assert line_col(text, offset) == counted(text, offset)


def test_line_col_at_a_line_end_and_just_after_it() -> None:
    text = "x" * 5000 + "\n" + "y" * 10
    assert line_col(text, 5000) == (1, 5001)
    assert line_col(text, 5001) == (2, 1)
    assert line_col(text, len(text)) == (2, 11)


def test_a_printed_problem_shows_invisible_characters_as_escapes() -> None:
    problem = Problem("claims/a\u202eb.yaml", 3, 4, "title 'x\u200by' has \u202eevil\u202c text", "retype\nit")
    assert problem.format() == ("claims/a\\u202eb.yaml:3:4: error: title 'x\\u200by' has \\u202eevil\\u202c text"
                                "\n    hint: retype\\u000ait")
    assert problem.to_json()["message"] == "title 'x\u200by' has \u202eevil\u202c text"  # machines get the text
