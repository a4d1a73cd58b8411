"""What users copy every day around a story (batch 9 of the ingest set): a site's name and menu above the headline,
calls to subscribe, share or comment, a paywall's box, a messaging app's post headers, a byline without "By" or with a
date and a credit after the name, a headline shared with its link, a print page's jump, a translation's note, a page's
site name that is a domain or in capitals.  Every text here is ours, in other forms than the cases of batch 9."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.boxes import is_list_label
from idlibsite.sources.headerfields import header_kind
from idlibsite.sources.linekinds import line_kind
from idlibsite.sources.metadata import PageMeta, find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.stated import stated_values

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
BODY = ("Aid agencies said on Tuesday that more than 900,000 people had fled their homes in the north-west since "
        "December, most of them women and children.\n\nThe UN said its convoys were still crossing from Turkey every "
        "day.\n")


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.display) for b in cut_blocks(text)]


def stated(text: str) -> dict[str, str]:
    return {s.field: s.value for s in stated_values(cut_blocks(text))}


@pytest.mark.parametrize("head", [
    "Gulf Daily News\nKuwait sends aid flights for displaced families in Idlib\n",  # one newline a line
    "The Weekly Levant Briefing\n\nKuwait sends aid flights for displaced families in Idlib\n",  # blank lines
    "Example Morning Post\nKuwait Sends Aid Flights for Displaced Families in Idlib\n",  # a headline in Title Case
])
def test_a_publications_name_over_the_headline_is_no_title(head: str) -> None:
    text = head + "\n" + BODY
    name, headline = [line for line in head.splitlines() if line]
    assert ("chrome", name) in kinds(text)
    assert stated(text)["title"] == headline


@pytest.mark.parametrize(("head", "title"), [
    ("Turkey Strikes Back\nAnkara says its artillery hit dozens of targets overnight\n", "Turkey Strikes Back"),
    ("Hard Times in Idlib\nTraders say prices have doubled since the road south was cut\n",  # a name's word, not last
     "Hard Times in Idlib"),
    ("Daily Life Resumes\nShops reopened in Sarmada on Monday after a week of strikes\n", "Daily Life Resumes"),
])
def test_a_short_headline_or_a_section_label_over_a_line_stays_as_before(head: str, title: str) -> None:
    assert stated(head + "\n" + BODY)["title"] == title


@pytest.mark.parametrize("line", [
    "Article continues below advertisement", "Short URL", "Comments (12)", "Leave a comment", "Subscribe for free",
    "Enjoyed this article? Share it with your colleagues", "Listen | 3 min",
    "Sign up to keep reading", "Already have an account? Sign in",  # a paywall's box
    "Unlimited digital access: $1 a week for 6 months. Cancel anytime.",
    "Thanks for reading the Border Notes! Subscribe to get every issue in your inbox.",
    "Aleppo Now, [03.03.2020 19:40]", "[ Video ]", "[Forwarded from Example Rescue Teams]",  # a channel's posts
    "Home World Politics Business Sport", "Home | Opinion | Videos",  # a site's menu
    "Continued on Page B4", "SYRIA | From Page A1",  # a print page's jump
])
def test_calls_to_act_a_paywall_a_posts_marks_and_a_menu_are_chrome(line: str) -> None:
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("line", [
    "Each family receives $50 a month in cash assistance from the agency.",  # a price in the story
    "Home Secretary Priti Patel Visits Greek Border Post",  # a headline that opens with "Home"
    "The convoy [sic] was stopped at the crossing for two hours.",
    "Comments by the minister angered Ankara",
])
def test_lines_of_the_story_like_them_stay_as_they_were(line: str) -> None:
    assert line_kind(line) == ""


def test_a_related_coverage_list_is_chrome_up_to_its_last_headline() -> None:
    text = ("Kuwait sends aid flights for displaced families in Idlib\n\n" + BODY
            + "\nRelated coverage\nUN appeals for $500 million for Idlib\nTurkey opens new border camp\n")
    assert is_list_label("Related coverage")
    assert [k for k, d in kinds(text) if d.startswith(("UN appeals", "Turkey opens"))] == ["chrome", "chrome"]


@pytest.mark.parametrize(("line", "name"), [
    ("by Example Staff 12 March 2020, 09:15", "Example Staff"),  # a byline in lowercase with its date
    ("by Jane Roe March 3, 2020 at 4:12 pm", "Jane Roe"),
    ("By — Jane Roe", "Jane Roe"),  # a dash after "By"
    ("By Jane Roe, 4 March 2020", "Jane Roe"),
    ("By JANE ROE Associated Press", "JANE ROE Associated Press"),  # a credit is kept, as before (test_headerfields)
])
def test_a_bylines_name_is_read_without_by_or_its_date(line: str, name: str) -> None:
    text = "Kuwait sends aid flights for displaced families in Idlib\n" + line + "\n\n" + BODY
    assert stated(text)["byline"] == name


@pytest.mark.parametrize("line", ["by Syrian forces on 5 March 2020", "by Russian aircraft on 27 February 2020."])
def test_a_wrapped_line_opening_in_by_is_no_byline(line: str) -> None:
    assert line_kind(line) == ""


@pytest.mark.parametrize("date", ["5 March 2020", "Mar 5, 2020", "05.03.2020 · 4 min read"])
def test_a_name_alone_under_the_standfirst_over_the_date_is_the_byline(date: str) -> None:
    text = ("Kuwait sends aid flights for displaced families in Idlib\nThe flights carry tents, blankets and medicine\n"
            f"Mariam Khoury\n{date}\n\n" + BODY)
    assert ("byline", "Mariam Khoury") in kinds(text)
    assert stated(text)["byline"] == "Mariam Khoury"


@pytest.mark.parametrize("text", [
    "Kuwait Sends Aid Flights\n5 March 2020\n\n" + BODY,  # a headline in Title Case at the top, over its date
    "Kuwait sends aid flights for displaced families in Idlib\nVia Satellite Link\n5 March 2020\n\n" + BODY,
])
def test_a_title_or_a_phrase_over_the_date_is_no_byline(text: str) -> None:
    assert "byline" not in stated(text)


def test_a_headline_shared_with_its_link_gives_the_title_and_the_url() -> None:
    text = ("Kuwait sends aid flights for displaced families in Idlib https://example-gulf.com/news/kuwait-aid-idlib\n"
            "\n" + BODY)
    assert stated(text) | {} == {"title": "Kuwait sends aid flights for displaced families in Idlib",
                                 "url": "https://example-gulf.com/news/kuwait-aid-idlib"}


def test_a_shared_stories_app_names_the_outlet_as_a_guess() -> None:
    text = "Shared from the Example Gulf app\n\nKuwait sends aid flights for displaced families in Idlib\n\n" + BODY
    blocks = cut_blocks(text)
    outlet = find_metadata(text, blocks, OUTLETS).outlet
    assert (outlet.value, outlet.certain) == ("Example Gulf", False)


def test_a_sentence_cut_by_a_print_pages_jump_goes_on_under_its_capital() -> None:
    text = ("12   THE EXAMPLE COURIER   TUESDAY, MARCH 3, 2020\nCamps fill up\nBy ANA ROE\n"
            "Relief workers said the new camp near the border\nwas full within a week of opening, and that\n"
            "Continued on Page B4\n\nB4   THE EXAMPLE COURIER   TUESDAY, MARCH 3, 2020\nCAMPS | From Page A1\n"
            "Turkish officials had promised a second one.\n\nThe camp holds 4,000 tents.\n")
    bodies = [d for k, d in kinds(text) if k == "body"]
    assert bodies[0] == ("Relief workers said the new camp near the border was full within a week of opening, and that "
                         "Turkish officials had promised a second one.")


def test_a_capital_after_a_page_break_without_a_jump_opens_a_paragraph() -> None:
    text = ("Relief workers said the new camp near the border\nwas full within a week of opening, and that\n\n"
            "Turkish officials promised a second one.\n")
    assert [k for k, _ in kinds(text)].count("body") == 2  # nothing says the story jumps: as before


@pytest.mark.parametrize("note", [
    "This report has been translated from Turkish by our English desk.",
    "This article was adapted from the Arabic original published on 2 March.",
])
def test_a_translations_note_is_a_note(note: str) -> None:
    assert ("note", note) in kinds("Kuwait sends aid flights for displaced families in Idlib\n\n" + BODY + "\n" + note)


@pytest.mark.parametrize(("line", "kind"), [
    ("Published time: 3 Mar, 2020 16:05", "dateline"), ("Edited time: 3 Mar, 2020 18:40", "dateline"),
    ("Example Weekly with AFP", "byline"),  # a site's credit with an agency's
])
def test_more_header_fields(line: str, kind: str) -> None:
    assert (header_kind(line) or line_kind(line)) == kind


@pytest.mark.parametrize(("site", "value", "certain"), [
    ("example-gulf.com", "example-gulf.com", False),  # the extractor's stand-in: the domain, a guess
    ("THE GULF EXAMPLE", "The GULF Example", False),  # capitals: the case is a guess, short words kept as acronyms
    ("TRT WORLD", "TRT World", False),
    ("SANA", "SANA", True),  # one word in capitals is a name written so
    ("Example Gulf", "Example Gulf", True),
])
def test_a_pages_site_name(site: str, value: str, certain: bool) -> None:
    text = "Kuwait sends aid flights for displaced families in Idlib\n\n" + BODY
    page = PageMeta(url="https://www.example-gulf.com/news/1", site=site)
    outlet = find_metadata(text, cut_blocks(text), OUTLETS, page=page).outlet
    assert (outlet.value, outlet.certain) == (value, certain)
