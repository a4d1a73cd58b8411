"""Copies of reports and reference pages: a name set over a Title Case headline is not part of it
(sources/stacked.py); a date that ends or starts a period is not the day of publication (sources/dateranges.py); a
page's "last edited" line dates a copy that states no other day (sources/lastedited.py); Turkish and Russian month
names are read (sources/monthwords.py).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.datelines import find_dates
from idlibsite.sources.dateranges import in_period
from idlibsite.sources.lastedited import last_edited
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.stacked import names_over_headline

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Hostilities continued across the south of the governorate during the week, and thousands more families left "
         "their homes for the camps along the border.\n\n"
         "Partners delivered tents and blankets, but needs remain far above what can be met this month.\n")


def found(text: str):  # type: ignore[no-untyped-def]
    blocks = cut_blocks(text)
    return blocks, find_metadata(text, blocks, OUTLETS)


@pytest.mark.parametrize("name, headline", [
    ("Syrian Arab Republic", "Recent Developments in Northwest Syria"),
    ("Ministry of Foreign Affairs", "Press Release on the Situation in Idlib"),
    ("Republic of Türkiye", "Statement on the Attack on Our Observation Post"),
])
def test_a_name_over_a_title_case_headline_is_not_part_of_it(name: str, headline: str) -> None:
    text = f"{name}\n{headline}\nSituation Report No. 7 – As of 27 February 2020\n\n{STORY}"
    blocks, meta = found(text)
    assert meta.title.value == headline
    assert names_over_headline([name, headline]) == 1


@pytest.mark.parametrize("first, second", [
    ("Turkey Vows to Push Syrian Forces Back Beyond", "Its Observation Posts in Idlib"),  # a full line, wrapped
    ("Putin and Erdogan Agree", "Ceasefire in Idlib Province"),  # the next word would not have fitted
    ("Statement by the Regional Coordinator", "on the Situation in North-West Syria"),  # a connecting word
    ("Turkey, Russia", "Agree on Joint Patrols Along the M4"),  # a list of names, no one name
    ("Russia Warns", "Turkey over the Offensive in Idlib Province"),  # a speech verb: the headline's subject and verb
    ("Russian Military Says Putin", "Must Stop Fighting in Harem on Day 68 of Offensive"),
    ("Kremlin Accuses Ankara", "of Breaking the Sochi Deals in Idlib"),
    ("Russian Military", "Says Putin Must Stop Fighting in Harem"),  # no state's or body's noun: a headline's start
    ("Turkey Sends", "Reinforcements to the Border near Idlib"),
    ("Aid Agencies", "Warn of Catastrophe in the Camps near the Border"),
])
def test_a_headline_wrapped_over_two_lines_stays_whole(first: str, second: str) -> None:
    assert names_over_headline([first, second]) == 0


@pytest.mark.parametrize("line, end", [
    ("Date\t6 February – 5 March 2020", "2020-03-05"),  # an infobox's period
    ("The update covers the period from 24 to 27 February 2020.", "2020-02-27"),
    ("Reporting period: 1 December 2019 - 2 February 2020", "2020-02-02"),
    ("Fighting: February 3 – March 5, 2020", "2020-03-05"),
])
def test_a_date_that_ends_a_period_is_in_it(line: str, end: str) -> None:
    dates = [d for d in find_dates(line) if d.readings[0].iso == end]
    assert dates and in_period(line, dates[0])


@pytest.mark.parametrize("line", [
    "Published 4 March 2020", "Updated 09:12 - 4 March 2020", "FEB 27, 2020 - 10:30 PM GMT+3",
    "5 March 2020 - Moscow", "Posted on: February 12, 2020",
])
def test_a_publication_date_with_a_dash_or_a_time_is_no_period(line: str) -> None:
    assert not any(in_period(line, d) for d in find_dates(line))


def test_an_infobox_period_under_the_title_does_not_date_the_copy() -> None:
    text = ("Battle of Saraqib (2020)\nFrom Wikipedia, the free encyclopedia\nDate\t6 February – 5 March 2020\n"
            f"Location\tSaraqib, Syria\n\n{STORY}\nThis page was last edited on 14 March 2020, at 10:22 (UTC).\n")
    _, meta = found(text)
    assert meta.date.iso == "2020-03-14"
    assert not meta.date_note.certain  # the revision's day, a guess


@pytest.mark.parametrize("line, iso", [
    ("This page was last edited on 14 March 2020, at 10:22 (UTC).", "2020-03-14"),
    ("Last modified: 3 March 2020", "2020-03-03"),
    ("Page last updated on March 6, 2020", "2020-03-06"),
])
def test_a_last_edited_line_names_the_revisions_day(line: str, iso: str) -> None:
    found_day = last_edited(line)
    assert found_day is not None and found_day.iso == iso


@pytest.mark.parametrize("line", [
    "The ceasefire was last updated on 5 March 2020 when both presidents met in Moscow and agreed new terms.",
    "Last week, on 5 March 2020, the presidents met.",
])
def test_a_sentence_is_no_last_edited_line(line: str) -> None:
    assert last_edited(line) is None


def test_a_story_dated_at_its_top_keeps_that_date_over_its_last_edit() -> None:
    text = f"Turkey sends more armour into Idlib\n4 March 2020\n\n{STORY}\nLast updated: 6 March 2020\n"
    _, meta = found(text)
    assert meta.date.iso == "2020-03-04"


@pytest.mark.parametrize("line, iso", [
    ("05 Mart 2020 Perşembe 22:14", "2020-03-05"),
    ("28 Şubat 2020", "2020-02-28"),
    ("1 NİSAN 2020", "2020-04-01"),
    ("5 марта 2020 г.", "2020-03-05"),
    ("28 ФЕВРАЛЯ 2020 года", "2020-02-28"),
])
def test_turkish_and_russian_month_names_are_read(line: str, iso: str) -> None:
    dates = find_dates(line)
    assert dates and dates[0].readings[0].iso == iso


@pytest.mark.parametrize("line", ["Mart Laar said in 2020", "Mart 2020", "the 5 Mart stores opened in 2020"])
def test_a_month_name_without_its_day_and_year_is_no_date(line: str) -> None:
    assert not find_dates(line)


def test_a_turkish_date_line_over_an_update_gives_the_publication_day() -> None:
    text = f"İdlib'de ateşkes kararı\nElif Şahin\n05 Mart 2020 Perşembe 22:14 Güncelleme: 06.03.2020 08:30\n\n{STORY}"
    _, meta = found(text)
    assert meta.date.iso == "2020-03-05"


@pytest.mark.parametrize("line", [
    "Claim: A video shows Turkish tanks destroyed by the Syrian army near Saraqib on 27 February 2020.",
    "The update covers the fighting that followed the strike on the observation post on 27 February 2020.",
    "Russian military police entered the town on 2 March 2020, a day after the army said it had retaken it!",
])
def test_a_sentence_near_the_top_does_not_date_the_text(line: str) -> None:
    text = f"Fact check: the video is not from Idlib\n\n{line}\n\n{STORY}"
    _, meta = found(text)
    assert meta.date.iso != find_dates(line)[0].readings[0].iso


@pytest.mark.parametrize("line, iso", [
    ("Flash Update No. 7 – As of 27 February 2020", "2020-02-27"),
    ("Published on 2 March 2020.", "2020-03-02"),  # a date line that ends with a stop: short
    ("Volume 672: debated on Monday 2 March 2020", "2020-03-02"),
])
def test_a_date_line_near_the_top_still_dates_the_text(line: str, iso: str) -> None:
    text = f"Fact check: the video is not from Idlib\n{line}\n\n{STORY}"
    _, meta = found(text)
    assert meta.date.iso == iso
