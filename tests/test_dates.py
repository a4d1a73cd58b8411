import calendar

import pytest

from idlibsite.dates import PartialDate, full_year, parse_partial_date


@pytest.mark.parametrize(
    ("value", "precision", "human"),
    [
        ("2020", "year", "2020"),
        ("2020-02", "month", "February 2020"),
        ("2020-02-13", "day", "13 February 2020"),
        ("2020-02-29", "day", "29 February 2020"),
        ("", "unknown", "date unknown"),
        ("unknown", "unknown", "date unknown"),
    ],
)
def test_parse_partial_date(value: str, precision: str, human: str) -> None:
    date = parse_partial_date(value)
    assert date.precision == precision
    assert date.human() == human


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2020-13-01", "month 13 does not exist"),
        ("2019-02-29", "day 29 does not exist"),
        ("04/03/2020", "two readings"),
        ("March 2020", "YYYY-MM-DD"),
    ],
)
def test_bad_dates_are_refused_with_advice(value: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_partial_date(value)


@pytest.mark.parametrize(
    ("value", "advice"),
    [
        ("04/03/2020", "it has two readings: write 2020-03-04 for 4 March 2020 or 2020-04-03 for 3 April "
                       "2020, whichever the source supports"),
        ("27/02/2020", "write 2020-02-27 for 27 February 2020, its only reading"),
        ("02.27.2020", "write 2020-02-27 for 27 February 2020, its only reading"),
        ("05/05/2020", "write 2020-05-05 for 5 May 2020, its only reading"),
        ("2/28/20", "write 2020-02-28 for 28 February 2020, its only reading"),
        ("28.02.20", "write 2020-02-28 for 28 February 2020, its only reading"),
        ("04/03/20", "it has two readings: write 2020-03-04 for 4 March 2020 or 2020-04-03 for 3 April "
                     "2020, whichever the source supports"),
        ("31/02/2020", "no day and month of 2020 reads as '31/02/2020': check the numbers"),
        ("March 2020", "write 2020-03"),
        ("22 November 2026", "write 2026-11-22"),
        ("February 27, 2020", "write 2020-02-27"),
        ("31 February 2020", "write 2020-03-04 for 4 March 2020"),
        ("last spring", "write 2020-03-04 for 4 March 2020"),
    ],
)
def test_the_advice_comes_from_the_date_as_written(value: str, advice: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_partial_date(value)
    assert str(refused.value).endswith(f"({advice})")


def test_unknown_sorts_last() -> None:
    dates = [parse_partial_date(v) for v in ["", "2020-03", "2019", "2020-02-13"]]
    assert [d.iso for d in sorted(dates, key=PartialDate.sort_key)] == [
        "2019",
        "2020-02-13",
        "2020-03",
        "",
    ]


def test_every_month_is_named_in_english() -> None:
    names = [parse_partial_date(f"2020-{m:02d}").human() for m in range(1, 13)]
    assert names == [f"{name} 2020" for name in calendar.month_name[1:]]  # the C locale's names


@pytest.mark.parametrize(("written", "year"), [("20", 2020), ("00", 2000), ("68", 2068), ("69", 1969),
                                               ("98", 1998), ("2020", 2020), ("1998", 1998)])
def test_a_two_digit_year_is_read_by_the_posix_rule(written: str, year: int) -> None:
    assert full_year(written) == year


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2020-02-27", "2020-03-27", True), ("2020-02", "2020-03-01", True), ("2019", "2020-01", True),
    ("2020-03-27", "2020-02-27", False), ("2020-02", "2020-02-27", False), ("2020-02-27", "2020-02", False),
    ("2020", "2020-12-31", False), ("2020-02-27", "2020-02-27", False), ("", "2020-02-27", False),
    ("2020-02-27", "", False),
])
def test_before_is_certain_at_the_coarser_precision(a: str, b: str, expected: bool) -> None:
    assert parse_partial_date(a).before(parse_partial_date(b)) is expected
