"""Blocks and their kinds for each of the five articles, and the rules behind them."""

from pathlib import Path

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import Override, cut_blocks, split_lines


def article(prefix: str) -> str:
    (path,) = (ROOT / "corpus").glob(f"{prefix}_*.txt")
    return Path(path).read_bytes().decode("utf-8")


def kinds(prefix: str, overrides: dict[int, str] | None = None) -> list[str]:
    wanted = {n: Override(kind) for n, kind in (overrides or {}).items()}
    return [b.kind for b in cut_blocks(article(prefix), overrides=wanted)]


def test_000_title_date_related_and_a_sentence_rejoined_across_a_blank_line() -> None:
    blocks = cut_blocks(article("000"))
    assert [b.kind for b in blocks] == ["title", "dateline"] + ["body"] * 2 + ["related-link"] + [
        "body"
    ] * 8
    assert blocks[0].display == "Russia Denies Responsibility for Humanitarian Crisis in Idlib"
    assert blocks[1].display == "04/03/2020"
    assert blocks[4].display == "RELATED: Turkey Announces New Operation Against Syrian Military"
    rejoined = blocks[8].display
    assert "displacement of millions of refugees in Idlib." in rejoined
    # the damaged run is kept and flagged, never deleted
    last = blocks[-1]
    assert last.display.endswith("on Thursday.???????")
    assert [article("000")[s:e] for s, e in last.damaged] == ["???????"]


def test_001_has_no_title_and_its_credits_headings_and_footnote_are_set_apart() -> None:
    blocks = cut_blocks(article("001"))
    got = [b.kind for b in blocks]
    assert "title" not in got
    assert got[0] == "body"
    assert got.count("body") == 26
    assert [b.display for b in blocks if b.kind == "caption"] == [
        "• Turkish Armed Forces • AFP • © Omar Haj Kador"
    ]
    assert [b.display for b in blocks if b.kind == "quotation-heading"] == [
        "“No evidence exists”",
        "“Terrorists block all exit routes”",
    ]
    assert [b.display for b in blocks if b.kind == "subheading"] == ["The strike of the Russian VKS"]
    assert got[-1] == "footnote"


def test_002_byline_link_is_shown_without_a_dead_link_and_the_url_is_a_link() -> None:
    blocks = cut_blocks(article("002"))
    by_kind = {b.kind: b for b in reversed(blocks)}
    assert by_kind["title"].display == "Russia Accuses Turkey of Breaking Syria Deals, Rejects Erdogan Claim"
    assert by_kind["byline"].display == "By Reuters"
    assert by_kind["byline"].marks == ()
    assert by_kind["dateline"].display == "February 13, 2020"
    caption = by_kind["caption"]
    assert caption.display.endswith("Idlib. Russian Defense Ministry")
    (strong,) = caption.marks
    assert caption.display[strong.display_start : strong.display_end] == "Russian Defense Ministry"
    url = [b for b in blocks if b.kind == "url"]
    assert [b.display for b in url][0] == "Original url:"
    assert url[1].marks[0].href.startswith("https://www.themoscowtimes.com/2020/02/13/")
    assert [b.display for b in blocks if b.kind == "subheading"] == ["Non-fulfillment"]
    # a quoted sentence standing alone is body text, not a heading
    assert '"This is unacceptable."' in [b.display for b in blocks if b.kind == "body"]


def test_003_two_line_title_with_body_directly_below_and_wrapped_paragraphs_joined() -> None:
    blocks = cut_blocks(article("003"))
    assert blocks[0].kind == "title"
    assert blocks[0].display == "Russia Says It's Turkey's Duty to Stop Fighting in Syria's Idlib"
    assert blocks[1].kind == "body"
    assert blocks[1].display.startswith("The Kremlin said on Friday it was Turkey's responsibility")
    assert "President Bashar al-Assad and his enemies" in blocks[2].display
    assert "\n" not in "".join(b.display for b in blocks)
    assert [b.kind for b in blocks].count("body") == 18
    assert [b.display for b in blocks if b.kind == "subheading"] == ["People fleeing"]
    assert [b.kind for b in blocks if b.display.startswith("Related article")] == ["related-link"]


def test_004_page_chrome_and_caption_overrides() -> None:
    text = article("004")
    blocks = cut_blocks(text, overrides={n: Override("caption") for n in (16, 18, 20)})
    got = [b.kind for b in blocks]
    assert got[:11] == ["chrome", "chrome", "title", "chrome", "chrome", "chrome", "chrome",
                        "caption", "caption", "caption", "caption"]
    assert [b.display for b in blocks if b.kind == "chrome"] == [
        "Accessibility links",
        "Breaking News",
        "Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria",
        "please wait",
        "No media source currently available",
        "0:00 0:01:47 0:00",
    ]
    assert got[11:] == ["body"] * 22
    # without the sidecar's overrides the speaker label reads as headings
    assert kinds("004")[8:11] == ["subheading"] * 3


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_blocks_are_ordered_disjoint_and_verbatim(prefix: str) -> None:
    text = article(prefix)
    blocks = cut_blocks(text)
    for before, after in zip(blocks, blocks[1:]):
        assert before.end <= after.start
    for block in blocks:
        for seg in block.segments:
            shown = block.display[seg.display_start : seg.display_end]
            if seg.verbatim:
                assert shown == text[seg.source_start : seg.source_end]
            else:
                assert shown == " " and not text[seg.source_start : seg.source_end].strip()


def test_split_lines_handles_crlf_and_cr() -> None:
    text = "a\r\nb\nc\rd"
    assert [text[s:e] for s, e in split_lines(text)] == ["a", "b", "c", "d"]


def test_an_embedded_posts_sign_off_is_read_with_the_post_not_as_a_heading() -> None:
    text = (
        "Border talks stall as ministers trade blame\n\n"
        "The minister posted a short message on Tuesday evening.\n\n"
        "We stand with the people of the region and will keep the crossings open.\n\n"
        "— Alexandra Example (@AlexExample) March 3, 2020\n\n"
        "Officials in the capital did not respond to requests for comment.\n"
    )
    blocks = cut_blocks(text)
    sign_off = next(b for b in blocks if b.display.startswith("—"))
    assert sign_off.kind == "body"
    assert [b.kind for b in blocks] == ["title"] + ["body"] * 4
    # a short line with no sentence end and no handle is still a subheading
    assert cut_blocks(text.replace("(@AlexExample) ", ""))[3].kind == "subheading"
