"""What an archive, a cache, a clipper, a reader or a printout adds around a saved copy: chrome, the original's
address, and dates that are never the story's (sources/captures.py).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.captures import banner_lines, original_url, page_banner_url, without_toolbar
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.webpage import extract

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Turkish and Russian officers met in Ankara on Tuesday to agree the route of the first joint patrol on the "
         "M4 highway, the defence ministry said.\n\n"
         "The patrol is due to start on Sunday, although residents along the road said they had not been told.\n")
HEADLINE = "Officers agree route of first joint patrol on M4 highway"
ORIGINAL = "https://www.example-levant.com/news/officers-agree-route-of-first-joint-patrol-a4107"


def found(text: str):  # type: ignore[no-untyped-def]
    blocks = cut_blocks(text)
    return blocks, find_metadata(text, blocks, OUTLETS)


def bodies(blocks) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.display for b in blocks if b.kind == "body"]


# --- an archive's, a cache's or a clipper's banner: chrome, naming the original; its capture date is not the story's

@pytest.mark.parametrize("banner", [
    # archive.today's header block copied with the page
    ("archive.today\nwebpage capture\nSaved from\n" + ORIGINAL + "\nsearch\nhistory ← prior next →\n"
     "archived 12 Mar 2020 08:02:11 UTC\nAll snapshots from host www.example-levant.com\nWebpage Screenshot\n"
     "share download .zip report bug or abuse\nhttps://archive.ph/Ab12C\n"),
    # the Wayback Machine's print line, its capture span and count
    ("The Wayback Machine - https://web.archive.org/web/20200312080211/" + ORIGINAL + "\n"
     "57 captures\n12 Mar 2020 - 02 Jun 2022\nAbout this capture\n"),
    # a search engine's cache notice
    ("This is Google's cache of " + ORIGINAL + ". It is a snapshot of the page as it appeared on 12 Mar 2020 "
     "08:02:11 GMT. The current page could have changed in the meantime. Learn more.\n"
     "Full version Text-only version View source\n"
     "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.\n"),
    # a clipper's note header: "Clipped from:" gives the address; its title, clip date and tags are chrome
    f"{HEADLINE} - Example Levant: news of the region\nSaturday, March 14, 2020   9:30 AM\nClipped from: {ORIGINAL}\n",
    f"Clipped from: {ORIGINAL}\nClipped on March 14, 2020\nTags: idlib, patrols\n",
    f"{HEADLINE} | Example Levant\nClipped from {ORIGINAL}\n14 March 2020 09:30\nTags: chapter-2; to-check\n",
])
def test_an_archive_or_clipper_banner_is_chrome_and_names_the_original(banner: str) -> None:
    text = f"{banner}\n{HEADLINE}\nTuesday 10 March 2020\n\n{STORY}"
    blocks, meta = found(text)
    assert meta.url.value == ORIGINAL
    assert meta.title.value == HEADLINE
    assert meta.date.iso == "2020-03-10"  # the story's, not the capture's or the clip's 12 or 14 March
    assert len(bodies(blocks)) == 2


def test_a_capture_stamp_alone_gives_no_date() -> None:
    """A copy whose only date is its capture's states no date of the story."""
    text = f"Saved from {ORIGINAL}\narchived 12 Mar 2020 08:02:11 UTC\n\n{HEADLINE}\n\n{STORY}"
    _, meta = found(text)
    assert meta.date.iso == "" and meta.url.value == ORIGINAL


@pytest.mark.parametrize(("wrapped", "original"), [
    ("https://web.archive.org/web/20200312080211/" + ORIGINAL, ORIGINAL),
    ("http://web.archive.org/web/20200312080211id_/" + ORIGINAL, ORIGINAL),
    ("https://web.archive.org/web/20200312080211/https:/www.example-levant.com/a", "https://www.example-levant.com/a"),
    ("https://webcache.googleusercontent.com/search?q=cache:Xy12AbCd:" + ORIGINAL + "&hl=en", ORIGINAL),
    (ORIGINAL, ORIGINAL),  # an ordinary address is left as it is
    ("https://archive.org/details/idlib-videos-2020", "https://archive.org/details/idlib-videos-2020"),
])
def test_original_url_unwraps_an_archive_address(wrapped: str, original: str) -> None:
    assert original_url(wrapped) == original


def test_a_wayback_page_gives_the_original_and_the_story_date() -> None:
    """A capture saved from the browser: its canonical rewritten to the archive, its toolbar's calendar before the
    page; the original's address and the story's date are read, not the archive's."""
    archived = "https://web.archive.org/web/20200312080211/" + ORIGINAL
    page = (f'<!DOCTYPE html><html lang="en"><head><title>{HEADLINE}</title><link rel="canonical" href="{archived}">'
            '</head><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><a href="#">57 captures</a>'
            '<div>12 Mar 2020 - 02 Jun 2022</div><table><tr><td>FEB</td><td>MAR</td><td>APR</td></tr><tr><td>11</td>'
            f'<td>12</td><td>13</td></tr></table><div id="wm-ipp-print">The Wayback Machine - {archived}</div></div>'
            f'<!-- END WAYBACK TOOLBAR INSERT --><article><h1>{HEADLINE}</h1><p class="date">10 March 2020</p>'
            + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")) + "</article></body></html>").encode()
    extracted = extract(page)
    assert extracted is not None
    assert extracted.page.url == ORIGINAL
    assert extracted.page.date == "2020-03-10"
    assert b"57 captures" not in without_toolbar(page) and b"10 March 2020" in without_toolbar(page)


@pytest.mark.parametrize("banner", [
    f'<div class="cache">This is Google\'s cache of <a href="{ORIGINAL}">{ORIGINAL}</a>. It is a snapshot of the page '
    "as it appeared on 12 Mar 2020 08:02:11 GMT.</div>",
    f'<p class="printed">This article was printed from {ORIGINAL} on 14/03/2020 09:30</p>',
    f'<div id="bar">Snapshot · Research library · <a href="{ORIGINAL}">{ORIGINAL}</a> · Accessed: 3/14/2020, '
    "9:30:12 AM · Open in Browser</div>",
])
def test_a_page_banner_names_the_original_when_the_page_has_no_address(banner: str) -> None:
    page = (f"<html><body>{banner}<article><h1>{HEADLINE}</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")) + "</article></body></html>").encode()
    extracted = extract(page)
    assert extracted is not None and extracted.page.url == ORIGINAL


# --- a print header and footer, and a print view's lines, are chrome; the footer names the page

@pytest.mark.parametrize(("header", "footer"), [
    ("3/14/2020 " + HEADLINE + " - Example Levant", ORIGINAL + " {}/2"),  # a browser's print to PDF
    ("3/14/20, 9:30 AM " + HEADLINE, ORIGINAL + " {} of 2"),  # with the time, "1 of 2"
    ("14/03/2020 " + HEADLINE + " | Example Levant", ORIGINAL + "   {}/2"),  # day first, a wider gap
])
def test_a_print_header_and_footer_are_chrome(header: str, footer: str) -> None:
    first, second = STORY.strip().split("\n\n")
    text = (f"{header}\n\n{HEADLINE}\nMarch 10, 2020\n\n{first}\n\n{footer.format(1)}\n\f{header}\n\n{second}\n\n"
            f"{footer.format(2)}\n")
    blocks, meta = found(text)
    assert meta.url.value == ORIGINAL
    assert meta.title.value == HEADLINE
    assert meta.date.iso == "2020-03-10"  # the story's, not the print's 14 March
    assert bodies(blocks) == [first, second]


def test_a_print_view_names_the_article_it_printed() -> None:
    text = (f"Print this article\nClose window\n\n{HEADLINE}\nBy A. Writer\nMarch 10, 2020\n\n{STORY}\n"
            f"This article was printed from {ORIGINAL} on 14/03/2020 09:30\n")
    blocks, meta = found(text)
    assert meta.url.value == ORIGINAL and meta.date.iso == "2020-03-10"
    assert len(bodies(blocks)) == 2


def test_a_clipped_paragraph_right_under_the_address_stays_story() -> None:
    """A note whose clipped article starts on the line under "Clipped from:": the article's sentences are no header."""
    first, second = STORY.strip().split("\n\n")
    text = f"Clipped from: {ORIGINAL}\n{first}\n\n{second}\n"
    blocks, meta = found(text)
    assert meta.url.value == ORIGINAL and bodies(blocks) == [first, second]


# --- a reader's or a reference manager's stamp of when it was saved is no date of the story

@pytest.mark.parametrize("stamp", [
    "Saved on March 14, 2020", "Accessed: 3/14/2020, 9:30:12 AM", "Retrieved 14 March 2020", "Captured on 14.03.2020",
])
def test_a_save_stamp_is_not_the_story_date(stamp: str) -> None:
    text = f"{HEADLINE}\nexample-levant.com · 4 min read\n{stamp}\n\n{STORY}\nView Original\n{ORIGINAL}\n"
    blocks, meta = found(text)
    assert meta.date.iso == "" and meta.url.value == ORIGINAL and meta.title.value == HEADLINE
    assert len(bodies(blocks)) == 2


def test_an_app_promo_line_is_chrome_and_its_link_no_address_of_the_story() -> None:
    text = (f"I'm reading this on the Example Levant app. Get it free: https://example.page.link/app\n\n"
            f"{HEADLINE} {ORIGINAL}\n\n{STORY}")
    _, meta = found(text)
    assert meta.url.value == ORIGINAL and meta.title.value == HEADLINE


# --- guards: a story about archives, a paragraph that says "archived", a timeline's numeric date

def test_a_story_about_the_wayback_machine_keeps_its_paragraphs() -> None:
    story = ("Researchers said the Wayback Machine had saved copies of the ministry's page before it was changed.\n\n"
             "\"We archived 4,000 videos, each with the day it was posted,\" a volunteer said on Tuesday.\n\n"
             "Archived 12 March 2020, the first copy shows the list of strikes that was later removed.\n\n"
             "Saved from the rubble of the market, the footage was sent to investigators the same week.\n\n"
             "The Wayback Machine - a project of the Internet Archive - keeps more than 400 billion pages.\n")
    text = f"{HEADLINE}\nMarch 10, 2020\n\n{story}"
    blocks, meta = found(text)
    assert len(bodies(blocks)) == 5
    assert meta.date.iso == "2020-03-10" and meta.url.value == ""
    assert banner_lines(text.split("\n")) == {}


def test_a_numeric_date_line_said_once_is_no_print_header() -> None:
    lines = ["Timeline", "", "3/5/2020 Putin and Erdogan agree a ceasefire", "", "3/15/2020 First joint patrol on M4"]
    assert banner_lines(lines) == {}


def test_a_page_without_a_banner_gives_no_address() -> None:
    assert page_banner_url(["Saved from the rubble, the footage reached https://example.org/report on Monday."]) == ""
    assert page_banner_url(["The page was accessed by 4,000 readers: https://example.org/a"]) == ""
