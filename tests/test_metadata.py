"""Metadata found in an article with its reasoning: dates, URL, outlet and agency, guesses marked."""

from pathlib import Path

import pytest

from conftest import ROOT
from idlibsite.addsource import sidecar_text
from idlibsite.dates import PartialDate
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.datelines import (
    find_dates,
    is_date_line,
    line_readings,
    month_day_without_year,
    url_date,
)
from idlibsite.sources.metadata import Found, PageMeta, find_metadata
from idlibsite.sources.outlets import by_domain, load_outlets, marked

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
BODY = ("Russia's Defence Ministry said on Friday that the convoy had crossed the border without "
        "notice, and that Moscow would raise the matter with Ankara.\n\nMore talks are planned.\n")


def day(iso: str) -> PartialDate:
    return PartialDate(iso, "day")


@pytest.mark.parametrize(("line", "readings"), [
    ("March 4, 2020", ["2020-03-04"]),
    ("Fri 10th January 2020 | 09:54 PM", ["2020-01-10"]),
    ("Published On 28 Feb 2020", ["2020-02-28"]),
    ("Feb. 28, 2020 / 7:21 AM / Updated an hour ago", ["2020-02-28"]),
    ("6 February\u060c 2020", ["2020-02-06"]),
    ("04/03/2020", ["2020-03-04", "2020-04-03"]),
    ("27.02.2020", ["2020-02-27"]),
    ("Jane Roe (@jroe) 31 seconds ago Sat 29th February 2020 | 10:18 PM", ["2020-02-29"]),
    ("2/28/20", ["2020-02-28"]),
    ("Posted: 2/28/20 9:15 AM CST", ["2020-02-28"]),
    ("28.02.20 14:05", ["2020-02-28"]),
    ("Feb 28 '20", ["2020-02-28"]),
    ("3 Mar 2020 \u00b7 4 min read", ["2020-03-03"]),  # a Reader View's date and reading time
    ("Issued on: 13/03/2020 - 16:05", ["2020-03-13"]),  # a mobile app's date line
    ("Feb. 28, \u201920", ["2020-02-28"]),
    ("28th Feb '20", ["2020-02-28"]),
    ("04/03/20", ["2020-03-04", "2020-04-03"]),
])
def test_date_lines_in_house_styles(line: str, readings: list[str]) -> None:
    assert is_date_line(line)
    assert [r.iso for r in line_readings(line)] == readings


@pytest.mark.parametrize("line", [
    "The meeting on March 5, 2020 was held in Moscow.",
    "Erdogan and Putin met on March 5, 2020",
    "Jane Roe wrote on March 5, 2020",  # a name and a date, but no time: a sentence
])
def test_a_sentence_with_a_date_is_not_a_date_line(line: str) -> None:
    assert not is_date_line(line)


def test_url_paths_and_agency_datelines_without_a_year() -> None:
    assert url_date("https://example.com/2020/02/28/slug") == (day("2020-02-28"), "/2020/02/28")
    assert url_date("https://www.france24.com/en/20200306-slug") == (day("2020-03-06"), "/20200306")
    assert url_date("https://example.com/news/2020/02/slug") == (PartialDate("2020-02", "month"), "/2020/02")
    assert url_date("https://tass.com/politics/1126525") is None
    assert month_day_without_year("MOSCOW, March 4. /TASS/. Russia said") == (3, 4, "MOSCOW, March 4")
    assert month_day_without_year("MOSCOW, March 4, 2020 - Russia said") is None


def test_outlets_by_domain_and_by_credit() -> None:
    assert by_domain(OUTLETS, "https://www.bbc.co.uk/news/x")[0].name == "BBC News"  # type: ignore[index]
    assert by_domain(OUTLETS, "https://notbbc.co.uk/x") is None
    hits = [(o.name, m) for o, m, _ in marked(OUTLETS, "ANKARA (Reuters) - Turkey said, citing TASSkind")]
    assert hits == [("Reuters", "(Reuters)")]  # "TASSkind" is not the word TASS


def _found(text: str, **kw: object) -> Found:
    return find_metadata(text, cut_blocks(text), OUTLETS, **kw)  # type: ignore[arg-type]


def test_a_tass_dateline_takes_its_year_from_the_url_and_the_outlet_from_the_domain() -> None:
    text = f"Moscow warns Ankara over Idlib convoy\n\nMOSCOW, February 28. /TASS/. {BODY}\nhttps://tass.com/2020/02/28/x\n"
    found = _found(text)
    assert found.date == day("2020-02-28") and found.date_note.certain
    assert "'/2020/02/28'" in found.date_note.note and "MOSCOW, February 28" in found.date_note.note
    assert (found.outlet.value, found.outlet.certain) == ("TASS", True)
    assert found.agency.value == "TASS" and found.url.value == "https://tass.com/2020/02/28/x"


def test_without_a_year_the_date_stays_unknown_and_the_outlet_is_a_guess() -> None:
    found = _found(f"Moscow warns Ankara over Idlib convoy\n\nMOSCOW, February 28. /TASS/. {BODY}")
    assert found.date.iso == "" and "gives no year" in found.date_note.note
    assert (found.outlet.value, found.outlet.certain) == ("TASS", False)
    assert found.outlet.note.startswith("guess:")


def test_a_syndicating_site_is_the_outlet_and_sputnik_the_agency() -> None:
    text = f"Kremlin says Idlib talks continue\n\nMOSCOW (UrduPoint News / Sputnik - 28th February, 2020) {BODY}"
    found = _found(text)
    assert (found.outlet.value, found.outlet.certain) == ("UrduPoint News", True)
    assert found.agency.value == "Sputnik" and found.date == day("2020-02-28")
    assert '"on Friday" is that day' in found.date_note.note  # 28 February 2020 was a Friday


def test_a_weekday_in_the_date_line_that_disagrees_makes_the_date_a_guess() -> None:
    found = _found(f"Kremlin says Idlib talks continue\nThu 10th January 2020 | 09:54 PM\n{BODY}")
    assert found.date == day("2020-01-10") and not found.date_note.certain
    assert "a Friday, but the line says 'Thu'" in found.date_note.note


def test_an_all_numeric_date_line_is_read_by_the_url_path_or_left_open() -> None:
    text = f"Kremlin says Idlib talks continue\n\n04/03/2020\n\n{BODY}"
    open_ = _found(text)
    assert open_.date.iso == "" and "2020-03-04 or 2020-04-03" in open_.date_note.note
    read = _found(text + "\nhttps://example.com/2020/03/04/talks\n")
    assert read.date == day("2020-03-04") and "URL path" in read.date_note.note


def test_a_page_supplies_what_the_text_does_not() -> None:
    page = PageMeta(title="Kremlin says Idlib talks continue", date="2020-02-28",
                    url="https://www.aljazeera.com/news/2020/2/28/x", site="Al Jazeera", language="en-GB")
    found = _found(BODY, page=page)
    assert found.title.value == page.title and found.url.value == page.url
    assert found.outlet.value == "Al Jazeera" and found.language.value == "en"


@pytest.mark.parametrize(("said", "verb"), [
    ("The minister said on Thursday that the convoy had crossed.", '"on Thursday" falls'),
    ("The minister said on Wednesday and again on Thursday that the convoy had crossed.",
     '"on Wednesday", "on Thursday" fall'),
])
def test_a_page_date_note_names_the_weekdays_of_the_week_before_in_good_grammar(said: str, verb: str) -> None:
    text = f"Convoy crosses into Idlib\n\n{said} Aid workers counted forty lorries at the crossing point.\n"
    found = _found(text, page=PageMeta(date="2020-02-28"))  # a Friday
    assert f"the text's {verb} in the week before." in found.date_note.note


def test_a_date_in_the_text_that_the_page_metadata_contradicts_is_a_guess() -> None:
    # a timeline page: the first date printed in its text is an entry's, not the day of publication
    text = f"What happened in Idlib, day by day\n\nDecember 19, 2019\n\n{BODY}"
    disagreeing = _found(text, page=PageMeta(date="2020-03-06"))
    assert disagreeing.date == day("2019-12-19") and not disagreeing.date_note.certain
    assert "the page's HTML metadata (htmldate) reads 2020-03-06" in disagreeing.date_note.note
    agreeing = _found(text, page=PageMeta(date="2019-12-19"))
    assert agreeing.date == day("2019-12-19") and agreeing.date_note.certain


def test_the_sidecar_says_fixme_beside_a_guess_and_for_what_was_not_found() -> None:
    found = _found(f"Moscow warns Ankara over Idlib convoy\n\nMOSCOW, February 28. /TASS/. {BODY}")
    text = sidecar_text("x", "x.txt", found, {})
    assert 'outlet: "TASS"' in text and 'outlet_note: "FIXME (Guess: the TASS credit' in text
    assert "date: unknown" in text and 'date_note: "FIXME: the dateline' in text
    assert "review: true" in text


def test_outlets_yaml_problems_are_located(tmp_path: Path) -> None:
    bad = tmp_path / "outlets.yaml"
    bad.write_text("outlets:\n  - {name: X, domain: [x.com]}\n", "utf-8")
    outlets, problems = load_outlets(bad, "corpus/outlets.yaml", tmp_path)
    assert outlets == () or all(o.name == "X" for o in outlets)
    assert [(p.line, "unknown key 'domain'" in p.message) for p in problems] == [(2, True)]


@pytest.mark.parametrize("line", ["2/28/20", "28.02.20 14:05", "Feb 28 '20"])
def test_a_two_digit_year_is_read_with_its_precision_and_a_note_that_says_how(line: str) -> None:
    found = _found(f"Kremlin says Idlib talks continue\n\n{line}\n\n{BODY}")
    assert found.date == day("2020-02-28") and found.date_note.certain
    assert "the two-digit year '20' read as 2020" in found.date_note.note
    assert "a Friday" in found.date_note.note


def test_a_two_digit_year_opening_a_dateline_is_read_too() -> None:
    found = _found(f"Kremlin says Idlib talks continue\n\nMOSCOW, Feb. 28 '20 (AP) - {BODY}")
    assert found.date == day("2020-02-28") and "two-digit year" in found.date_note.note


def test_an_ambiguous_dotted_date_is_a_guess_that_says_so_and_a_slashed_one_is_left_open() -> None:
    dotted = _found(f"Kremlin says Idlib talks continue\n\n04.03.20 14:05\n\n{BODY}")
    assert dotted.date == day("2020-03-04") and not dotted.date_note.certain
    assert dotted.date_note.note.startswith("guess:") and "could also be 2020-04-03" in dotted.date_note.note
    assert "FIXME" in sidecar_text("a", "a.txt", dotted, {})
    slashed = _found(f"Kremlin says Idlib talks continue\n\n04/03/20\n\n{BODY}")
    assert slashed.date.iso == "" and "2020-03-04 or 2020-04-03" in slashed.date_note.note


@pytest.mark.parametrize("text", ["version 1.2.3 of the agreement", "1.5.20.1", "a 12/2020 report"])
def test_numbers_that_are_not_two_digit_year_dates_are_not_read_as_dates(text: str) -> None:
    assert not [d for d in find_dates(text) if d.readings]


SAVED_MESSAGE = (
    "Return-Path: <brief@example-letters.org>\n"
    "From: \"Example Levant Letter\" <brief@example-letters.org>\n"
    "To: reader@example.org\n"
    "Subject: Fwd: Aid trucks wait at the border as crossings stay shut\n"
    "Date: Tue, 10 Mar 2020 06:45:00 +0000\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"utf-8\"\n"
    "\n"
    "View in browser: https://example-letters.org/issues/2020-03-10\n"
    "\n"
    "TODAY\n"
    "\n"
    "More than a hundred aid trucks were waiting at the crossing on Monday evening, drivers said.\n"
)


def test_a_saved_message_gives_its_subject_as_title_its_web_address_and_its_sender_as_a_guess() -> None:
    kinds = [(b.kind, b.display) for b in cut_blocks(SAVED_MESSAGE)]
    assert [k for k, _ in kinds[:7]] == ["chrome", "chrome", "chrome", "title", "chrome", "chrome", "chrome"]
    assert ("subheading", "TODAY") in kinds  # a section label, not the title
    found = _found(SAVED_MESSAGE)
    assert found.title.value == "Aid trucks wait at the border as crossings stay shut"  # no "Subject:", no "Fwd:"
    assert found.url.value == "https://example-letters.org/issues/2020-03-10"
    assert (found.outlet.value, found.outlet.certain) == ("Example Levant Letter", False)


def test_a_site_line_names_the_outlet_but_is_no_url() -> None:
    text = ("aljazeera.com\nFamilies sleep in olive groves as camps fill up\nExample Reporter\n"
            "5 Mar 2020 \u00b7 3 min read\n\n" + BODY)
    found = _found(text)
    assert (found.title.value, found.outlet.value, found.outlet.certain) == (
        "Families sleep in olive groves as camps fill up", "Al Jazeera", True)
    assert found.url.value == "" and found.date.iso == "2020-03-05"


@pytest.mark.parametrize("site", ["28.02.2020", "2020", "05.03.2020 14:32"])
def test_a_site_name_with_no_letters_is_no_outlet(site: str) -> None:
    # a date or a number at the end of a page's <title> ("… | News | DW | 28.02.2020") read as its site name
    text = "Aid convoys wait at the border\n\nBy Example Staff\n\n" + BODY
    found = _found(text, page=PageMeta(site=site, url="https://www.example-gazette.com.tr/news/aid-convoys"))
    assert (found.outlet.value, found.outlet.certain) == ("example-gazette.com.tr", False)  # the domain, a guess
    assert _found(text, page=PageMeta(site="Example Gazette")).outlet.value == "Example Gazette"


def test_a_header_line_gives_the_byline_without_its_labels_and_the_agency_its_credit() -> None:
    text = "Turkey vows to answer deadly strike\n\nBy Date ; Author Lena Hartwig AFP; Reuters\n\n" + BODY
    found = _found(text)
    assert (found.byline.value, found.agency.value) == ("Lena Hartwig", "Agence France-Presse")
    text = "Turkey vows to answer deadly strike\n\nAuthor: Lena Hartwig | Published: 28 February 2020\n\n" + BODY
    found = _found(text)
    assert (found.byline.value, found.date.iso, found.date_note.certain) == ("Lena Hartwig", "2020-02-28", True)
