"""Labelled header fields ("Date 28.02.2020 | Author Lena Hartwig"): read as a byline and a date line, never a heading."""

import pytest

from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.headerfields import author_of, date_field, header_fields, header_kind
from idlibsite.sources.linekinds import line_kind
from idlibsite.sources.stated import stated_values

STORY = ("Turkish officials said on Friday that the soldiers were killed in an air strike by Syrian government forces "
         "in the south of the province.\n\nNATO ambassadors were due to meet in Brussels at Ankara's request.\n")


@pytest.mark.parametrize(("line", "kind", "author", "date"), [
    ("Date 28.02.2020 | Author Lena Hartwig", "byline", "Lena Hartwig", "28.02.2020"),  # a broadcaster's, no colons
    ("Author: Lena Hartwig | Published: 28 February 2020", "byline", "Lena Hartwig", "28 February 2020"),
    ("Last updated 2 March 2020 \u00b7 Published 1 March 2020 \u00b7 Written by Mehmet Demir", "byline",
     "Mehmet Demir", "1 March 2020"),  # the update first: the day of publication is still the date
    ("Source: Anadolu Agency | Reporter: Ali Yilmaz | Date: 01.03.2020 14:32", "byline", "Ali Yilmaz",
     "01.03.2020 14:32"),
    ("By Daria Orlova / Published February 28, 2020 / Updated February 29, 2020", "byline", "Daria Orlova",
     "February 28, 2020"),
    ("By Date ; Author Lena Hartwig AFP; Reuters", "byline", "Lena Hartwig", ""),  # trafilatura's author field
    ("By Author Selin Arslan; Published ; Updated", "byline", "Selin Arslan", ""),  # its values lost
    ("Reporter: Kostas Nikolaidis", "byline", "Kostas Nikolaidis", ""),
    ("Author: Lena Hartwig (with AFP, Reuters)", "byline", "Lena Hartwig", ""),  # the credits are the agency's
    ("Published: 02.03.2020 \u00b7 Last update: 03.03.2020", "dateline", "", "02.03.2020"),
    ("Updated: 29 Feb 2020 10:00 | Published: 28 February 2020", "dateline", "", "28 February 2020"),
    ("PUBLISHED : 28 FEB 2020 AT 08:47", "dateline", "", "28 FEB 2020 AT 08:47"),  # capitals, a space before ":"
    ("Posted : 2020-03-02 17:12 | Updated : 2020-03-02 18:40", "dateline", "", "2020-03-02 17:12"),
    ("Published 11:02 a.m. ET March 4, 2020 | Updated 4:37 p.m. ET March 4, 2020", "dateline", "",
     "11:02 a.m. ET March 4, 2020"),
    ("Written by: Ana Example-Kovač", "byline", "Ana Example-Kovač", ""),
    ("by Example Writer", "byline", "Example Writer", ""),  # "by" in lower case, which the byline rule does not read
    ("By: Example Writer", "byline", "Example Writer", ""),
    ("Author: Example Writer | 5 March 2020 12:10", "byline", "Example Writer", "5 March 2020 12:10"),
    ("By Example Desk with AP, AFP • Updated: 03/03/2020 - 17:25", "byline", "Example Desk",
     "03/03/2020 - 17:25"),
])
def test_a_line_of_labelled_fields_is_a_byline_or_a_date_line_read_without_its_labels(
        line: str, kind: str, author: str, date: str) -> None:
    assert (header_kind(line), author_of(line), date_field(line)) == (kind, author, date)
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Date set for new talks on Idlib",  # a heading that opens with a label's word: its value is no date
    "Date",
    "Source of the shelling disputed",
    "Source: AFP",  # a credit alone: no author, no date
    "Author Orhan Pamuk said the war must end, speaking at a book fair.",  # a sentence, no name
    "Posted in News",  # a blog's category line
    "By A. Writer | Gaziantep | 7 March 2020",  # a place is no field: read as before, by the byline rule
    "Updated an hour ago",
    "By Example Writer | 7 March 2020",  # a plain byline: its name is read as before (linekinds.BYLINE)
    "By Example Writer For Example Online and Reuters",
    "Published on 03/03/2020 - 18:10 By Example Writer - Reporter Example Agency - Brasilia",  # a date and more
])
def test_a_line_that_only_opens_with_a_labels_word_is_no_header_line(line: str) -> None:
    assert header_fields(line) == () and header_kind(line) == ""


def test_the_byline_and_the_date_of_a_header_line_are_stated_and_a_heading_stays_a_heading() -> None:
    text = ("Turkey vows to answer deadly strike on its troops in Idlib\n\nDate 28.02.2020 | Author Lena Hartwig\n\n"
            + STORY + "\nDate for new talks still open\n\nAuthor Orhan Pamuk said the war must end, speaking in "
            "Istanbul on Friday.\n")
    blocks = cut_blocks(text)
    assert [b.kind for b in blocks] == ["title", "byline", "body", "body", "subheading", "body"]
    stated = {s.field: (s.value, [r.iso for r in s.readings]) for s in stated_values(blocks)}
    assert stated["byline"] == ("Lena Hartwig", [])
    assert stated["date"] == ("28.02.2020", ["2020-02-28"])


def test_a_publication_date_right_under_an_update_line_is_the_date_stated() -> None:
    text = ("Erdogan and Putin to meet in Moscow\nAuthor: Ayse Kaya\nLast updated: 4 March 2020, 11:40\n"
            "Published: 3 March 2020, 09:15\n\n" + STORY)
    blocks = cut_blocks(text)
    assert [b.kind for b in blocks][:4] == ["title", "byline", "dateline", "dateline"]
    stated = {s.field: s for s in stated_values(blocks)}
    assert stated["byline"].value == "Ayse Kaya"
    assert [r.iso for r in stated["date"].readings] == ["2020-03-03"]


def test_an_update_line_alone_still_dates_the_story() -> None:
    text = "Assad's forces retake Saraqib\nUpdated 2 March 2020\n\n" + STORY
    stated = {s.field: s for s in stated_values(cut_blocks(text))}
    assert [r.iso for r in stated["date"].readings] == ["2020-03-02"]


@pytest.mark.parametrize(("line", "kind"), [
    ("\u00a9 2020 Deutsche Welle | Privacy Policy | Legal notice | Contact", "chrome"),  # the site's legal footer
    ("Copyright \u00a9 2020 Example Euro News | Cookie policy | Terms of use", "chrome"),
    ("\u00a9 Example Vesti / Example Photographer", "caption"),  # a photo's credit stays a caption
])
def test_a_copyright_line_with_the_sites_legal_pages_is_chrome(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(("line", "name"), [
    ("By Example Writer and agencies", "Example Writer and agencies"),  # credits kept, as the sidecars have them
    ("By Example Writer | Gaziantep | 7 March 2020", "Example Writer"),
    ("BY EXAMPLE WRITER", "BY EXAMPLE WRITER"),
])
def test_a_plain_bylines_name_is_read_as_before(line: str, name: str) -> None:
    stated = {s.field: s.value for s in stated_values(cut_blocks("Aid convoys wait at the border\n\n" + line + "\n\n"
                                                                    + STORY))}
    assert stated["byline"] == name


def test_a_label_alone_over_its_value_is_one_header_line_and_a_heading_alone_stays_a_heading() -> None:
    # a copy of a page's list of fields: each label on its line, its value under it
    text = ("Turkey vows to answer deadly strike\n\nDate\n28.02.2020\nAuthor\nLena Hartwig\n\n" + STORY
            + "\nDate\n\nMore talks are planned next week in Moscow, officials said.\n")
    blocks = cut_blocks(text)
    assert [(b.kind, b.display) for b in blocks[:3]] == [
        ("title", "Turkey vows to answer deadly strike"), ("dateline", "Date 28.02.2020"),
        ("byline", "Author Lena Hartwig")]
    assert [b.kind for b in blocks[3:]] == ["body", "body", "subheading", "body"]  # "Date" over a paragraph: no pair
    stated = {s.field: s for s in stated_values(blocks)}
    assert stated["byline"].value == "Lena Hartwig" and [r.iso for r in stated["date"].readings] == ["2020-02-28"]
    published = cut_blocks("Border crossings stay shut\n\nPublished\n1 March 2020\n\n" + STORY)
    assert [(b.kind, b.display) for b in published[:2]] == [
        ("title", "Border crossings stay shut"), ("dateline", "Published 1 March 2020")]
    assert [b.kind for b in cut_blocks("Border crossings stay shut\n\nSource\nThe Example Times\n\n" + STORY)][:2] \
        == ["title", "subheading"]  # a source is no header line alone: the pair is not joined
