"""A saved page whose story is in several blocks: nothing of the story lost, nothing left out unsaid.

The pages are ours: bench/ingest/html/b5-* (batch 5 of the ingest set, written for this) and the
page below. sources/pageblocks.py reads the story container's blocks; sources/webpage.py takes them
where trafilatura's text leaves story out, names that extraction in the sidecar, and extracts a
page added before (sidecar ``extractor: trafilatura 2.3.1``) again as trafilatura alone.
"""

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project
from idlibsite.cli import main
from idlibsite.sources.corpus import load_corpus
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources.webpage import COMPLETED, EXTRACTOR, extract, page_problems

BENCH = ROOT / "bench" / "ingest" / "html"

# A live page whose headline and story sit in sibling containers of <body> (so the story
# container is the body itself), amid every kind of chrome the rules know.
LIVE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Idlib live: talks in Moscow | Example Live</title>
<meta property="og:title" content="Idlib live: talks in Moscow"><meta property="og:site_name" content="Example Live"></head>
<body>
<header><a href="/">Example Live</a><p>Independent reporting from the Levant since 1998, in English and Arabic</p></header>
<div class="notice" role="dialog"><p>We use cookies to measure how this site is used and to show you advertising.</p></div>
<nav><ul><li>News from the whole region, every day of the week</li></ul></nav>
<div class="head"><h1>Idlib live: talks in Moscow</h1>
<p>The Russian and Turkish presidents meet in the Kremlin as displaced families wait near the border.</p>
<div class="byline">By Example Staff, reporting from Moscow and from the Turkish border</div></div>
<div class="share-box"><p>Share this page with your friends and family on every network</p></div>
<div class="updates">
<div class="key-events"><h3>Key events</h3><ul><li><a href="#u2">Ceasefire from midnight, the presidents announce after the talks</a></li></ul></div>
<section class="update" id="u2"><p><time datetime="2020-03-05T17:40:00Z">17:40 GMT on Thursday 5 March 2020, Moscow time 20:40</time></p>
<h2>Ceasefire from midnight</h2>
<p>The two presidents said a ceasefire would take effect in the Idlib de-escalation zone at midnight.</p>
<figure><img src="/x.jpg" alt=""><figcaption>Delegations arrive at the Kremlin on Thursday afternoon for the talks</figcaption></figure>
<p class="read-more">Read more: <a href="/a">The ceasefire deals of the past two years, and why each of them failed</a></p>
</section>
<section class="update" id="u1"><h2>Ministry accuses militants of shelling</h2>
<p>The Russian defence ministry said militants had shelled government positions near Saraqib nine times overnight.</p>
<blockquote><p>Militants shelled the positions of government troops near Saraqib nine times during the night.</p></blockquote>
</section>
</div>
<aside><p>Most read today: a story about something else entirely, read by many people</p></aside>
<footer><p>Copyright 2020 Example Live. All rights reserved. Reproduction without permission is forbidden.</p></footer>
</body></html>
"""
STORY = ["The Russian and Turkish presidents meet in the Kremlin as displaced families wait near the border.",
         "Ceasefire from midnight",
         "The two presidents said a ceasefire would take effect in the Idlib de-escalation zone at midnight.",
         "Ministry accuses militants of shelling",
         "The Russian defence ministry said militants had shelled government positions near Saraqib nine times overnight.",
         "Militants shelled the positions of government troops near Saraqib nine times during the night."]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_a_post_trafilatura_leaves_out_is_kept_with_its_heading() -> None:
    # trafilatura keeps the first two posts of this live page and leaves out the last, whole
    page = (BENCH / "b5-bbc-posts.html").read_bytes()
    alone = extract(page, "trafilatura")
    assert alone is not None and "What we know so far" not in alone.text  # what trafilatura alone gives
    extracted = extract(page)
    assert extracted is not None and extracted.extractor == COMPLETED
    paragraphs = _paragraphs(extracted.text)
    assert paragraphs[-3:] == [
        "What we know so far",
        "Turkey has for the first time given a name to its military campaign against Syrian government forces "
        "in Idlib, calling it Operation Spring Shield.",
        "The announcement follows an air strike on Thursday night that killed 33 Turkish soldiers, the deadliest "
        "single attack on Turkey's army in Syria."]
    # the summary points above the posts and the embedded post's words are story too, in page order
    assert paragraphs.index('Turkey names its military operation in Idlib "Spring Shield"') \
        < paragraphs.index("Syria closes airspace over the northwest")
    assert "Our operation will continue until the regime withdraws to the lines agreed in Sochi." in extracted.text
    assert "Share this post" not in extracted.text and "Why is Idlib so important?" not in extracted.text


def test_headings_trafilatura_leaves_out_are_kept() -> None:
    # every paragraph kept, every block title left out: the titles are story (what each entry is)
    page = (BENCH / "b5-guardian-liveblog.html").read_bytes()
    assert "Moscow says Syrian troops retook Saraqib" not in extract(page, "trafilatura").text  # type: ignore[union-attr]
    extracted = extract(page)
    assert extracted is not None and extracted.extractor == COMPLETED
    paragraphs = _paragraphs(extracted.text)
    at = paragraphs.index("Moscow says Syrian troops retook Saraqib")
    assert paragraphs[at + 1].startswith("The Russian military police have entered Saraqib")
    assert "Key events" not in paragraphs  # a heading over a list of links only: chrome


def test_a_page_trafilatura_extracts_whole_keeps_its_text_and_name() -> None:
    page = (ROOT / "tests" / "fixtures" / "webpages" / "ankara-convoy.html").read_bytes()
    auto, alone = extract(page), extract(page, "trafilatura")
    assert auto is not None and alone is not None
    assert (auto.text, auto.extractor) == (alone.text, EXTRACTOR)


def test_the_story_blocks_are_in_page_order_without_chrome() -> None:
    extracted = extract(LIVE.encode(), "story-blocks")
    assert extracted is not None
    paragraphs = _paragraphs(extracted.text)
    assert paragraphs[0] == "Idlib live: talks in Moscow" and paragraphs[1].startswith("By ")  # trafilatura's
    assert paragraphs[2:] == STORY


@pytest.mark.parametrize("chrome", [
    "Independent reporting from the Levant",  # the site's own header (outside any article)
    "We use cookies",  # a dialog
    "News from the whole region",  # navigation
    "reporting from Moscow",  # a class naming a byline
    "Share this page",  # a class naming sharing
    "Key events",  # a heading over chrome only
    "Ceasefire from midnight, the presidents announce",  # a block of link text
    "17:40 GMT",  # a time stamp
    "Delegations arrive at the Kremlin",  # a figure's caption
    "The ceasefire deals of the past two years",  # a "Read more:" line
    "Most read today",  # an aside
    "Reproduction without permission",  # the footer
])
def test_chrome_stays_out_of_the_story_blocks(chrome: str) -> None:
    extracted = extract(LIVE.encode(), "story-blocks")
    assert extracted is not None and chrome not in extracted.text


def test_page_text_left_out_is_listed_with_its_line() -> None:
    extracted = extract(LIVE.encode(), "story-blocks")
    assert extracted is not None
    lines = LIVE.split("\n")
    listed = {words.split(".")[0]: line for line, words, _ in extracted.left_out}
    assert set(listed) == {
        "Independent reporting from the Levant since 1998, in English and Arabic",
        "We use cookies to measure how this site is used and to show you advertising",
        "News from the whole region, every day of the week",
        "By Example Staff, reporting from Moscow and from the Turkish border",
        "Share this page with your friends and family on every network",
        "Ceasefire from midnight, the presidents announce after the talks",
        "17:40 GMT on Thursday 5 March 2020, Moscow time 20:40",
        "Delegations arrive at the Kremlin on Thursday afternoon for the talks",
        "Read more: The ceasefire deals of the past two years, and why each of them failed",
        "Most read today: a story about something else entirely, read by many people",
        "Copyright 2020 Example Live"}
    for first, line in listed.items():  # the page's own line, where a reader finds it
        assert first.split(",")[0].split(":")[0] in lines[line - 1]
    assert all(len(words.split()) >= 8 for _, words, _ in extracted.left_out)  # "Example Live" is not listed


def test_add_source_says_what_it_left_out_and_which_extraction_made_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_project(tmp_path)
    page = tmp_path / "bbc-posts.html"
    page.write_bytes((BENCH / "b5-bbc-posts.html").read_bytes())
    assert main(["--root", str(tmp_path), "add-source", str(page)]) == 0
    out = capsys.readouterr().out
    meta = yaml.safe_load((tmp_path / "corpus" / "bbc-posts.yaml").read_text("utf-8"))
    assert meta["extractor"] == COMPLETED
    assert "the text is the story's blocks in page order" in out
    line = next(i for i, t in enumerate(page.read_text("utf-8").split("\n"), 1) if "The BBC is not responsible" in t)
    assert f"page furniture by the page's markup (menus, share links, bylines, captions, cookie notices, footers), " \
           f"not shown: corpus/bbc-posts.html line(s) {line}" in out  # the footer, by its line only
    assert "The BBC is not responsible" not in out
    assert "If one is part of the story" in out


NOTE_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Kremlin says talks will go on</title></head><body>
<nav><ul><li><a href="/">Home</a></li></ul></nav>
<article><h1>Kremlin says talks will go on</h1>
<p>Kremlin spokesman Dmitry Peskov said on Friday that talks with Ankara on Idlib would go on next week in Moscow.</p>
<p>He said the two presidents had spoken by telephone and agreed that their ministers should meet soon.</p>
<p>The defence ministry said separately that Turkish troops had not told Moscow where they were deployed.</p>
</article>
<div class="box"><p>Editor's note: an earlier version of this story misquoted the spokesman on the date of the talks.</p></div>
<footer><p>Copyright 2020 Example News. All rights reserved. Reproduction without permission is forbidden.</p></footer>
</body></html>
"""


def test_what_is_left_out_lists_words_the_markup_does_not_call_furniture_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_project(tmp_path)
    page = tmp_path / "talks.html"
    page.write_text(NOTE_PAGE, "utf-8")
    assert main(["--root", str(tmp_path), "add-source", str(page)]) == 0
    out = capsys.readouterr().out
    first = out.index("1 not page furniture by the page's markup: check these first:")
    note = out.index("corpus/talks.html:8  Editor's note: an earlier version of this story misquoted")
    second = out.index("1 page furniture by the page's markup")
    footer = out.index("not shown: corpus/talks.html line(s) 9")
    assert first < note < second < footer
    assert "Copyright 2020 Example News" not in out  # furniture is named by its line, not shown


def test_add_source_says_when_nothing_is_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "add-source", str(ROOT / "tests" / "fixtures" / "webpages"
                                                             / "ankara-convoy.html")]) == 0
    out = capsys.readouterr().out
    assert "Nothing of 8 words or more on the page is left out of the text." in out
    assert "story's blocks" not in out


def _as_added_before(tmp_path: Path, extractor: str) -> Path:
    """corpus/ holding the BBC-style page as add-source wrote it before the story blocks existed:
    trafilatura's text, and the extractor it named (the rest of the sidecar as add-source writes it)."""
    copy_project(tmp_path)
    page = tmp_path / "bbc-posts.html"
    page.write_bytes((BENCH / "b5-bbc-posts.html").read_bytes())
    assert main(["--root", str(tmp_path), "add-source", str(page)]) == 0
    corpus = tmp_path / "corpus"
    old = extract(page.read_bytes(), "trafilatura")
    assert old is not None
    text = old.text.encode()
    (corpus / "bbc-posts.txt").write_bytes(text)
    sidecar = corpus / "bbc-posts.yaml"
    sidecar.write_text(re.sub(r"text_sha256: .*", f"text_sha256: {sha256_hex(text)}",
                              sidecar.read_text("utf-8").replace(f'extractor: "{COMPLETED}"', f'extractor: "{extractor}"')
                              .replace("review: true", "review: false")), "utf-8")
    assert f'extractor: "{extractor}"' in sidecar.read_text("utf-8")
    return corpus


@pytest.mark.parametrize("recorded", [EXTRACTOR, "trafilatura 1.0.0"])
def test_a_page_added_before_gives_the_same_text_after_the_upgrade(tmp_path: Path, recorded: str) -> None:
    # its sidecar names trafilatura alone (this version, or an older one): extracted again as
    # trafilatura alone, it gives the text on disk, so nothing is reported, never an error
    corpus = _as_added_before(tmp_path, recorded)
    _, problems = load_corpus(corpus, tmp_path)
    assert [p.message for p in problems if "bbc-posts" in p.path and "FIXME" not in p.message] == []


def test_a_text_made_from_story_blocks_is_extracted_again_the_same_way(tmp_path: Path) -> None:
    corpus = _as_added_before(tmp_path, "trafilatura 1.0.0 + idlibsite story blocks 1")
    page = (corpus / "bbc-posts.html").read_bytes()
    # trafilatura's text on disk, the story blocks named: extracted again that way, they differ
    problems = [p for p in load_corpus(corpus, tmp_path)[1] if "bbc-posts" in p.path and "FIXME" not in p.message]
    old, completed = (corpus / "bbc-posts.txt").read_text("utf-8").split("\n"), extract(page, "story-blocks", 1)
    assert completed is not None
    first = next(i for i, (a, b) in enumerate(zip(old, completed.text.split("\n")), 1) if a != b)
    assert [(p.path, p.line) for p in problems] == [("corpus/bbc-posts.txt", first)]
    # extracted again by the version of the story blocks its sidecar names, with the installed trafilatura
    assert f"{EXTRACTOR} + idlibsite story blocks 1 extracts different text" in problems[0].message
    assert "trafilatura==1.0.0" in problems[0].hint
    text = completed.text.encode()
    (corpus / "bbc-posts.txt").write_bytes(text)
    sidecar = corpus / "bbc-posts.yaml"
    sidecar.write_text(re.sub(r"text_sha256: .*", f"text_sha256: {sha256_hex(text)}", sidecar.read_text("utf-8")),
                       "utf-8")
    assert [p for p in load_corpus(corpus, tmp_path)[1] if "bbc-posts" in p.path and "FIXME" not in p.message] == []


def test_a_heading_is_story_whatever_its_class_says() -> None:
    # a timeline's dates are headings classed "timeline__date": the class word "date" marks chrome
    # (a story's time stamp) for any other element, never for a heading
    extracted = extract((BENCH / "b5-timeline.html").read_bytes(), "story-blocks")
    assert extracted is not None
    paragraphs = _paragraphs(extracted.text)
    at = paragraphs.index("December 19, 2019")
    assert paragraphs[at + 1].startswith("Syrian government forces, backed by Russian air strikes")


def test_add_source_writes_the_headings_the_page_marks_up_as_block_kinds(tmp_path: Path) -> None:
    # the explainer's section headings are questions: the block cutter alone reads them as paragraphs
    copy_project(tmp_path)
    page = tmp_path / "explainer.html"
    page.write_bytes((BENCH / "b5-explainer-sections.html").read_bytes())
    assert main(["--root", str(tmp_path), "add-source", str(page)]) == 0
    sidecar = yaml.safe_load((tmp_path / "corpus" / "explainer.yaml").read_text("utf-8"))
    lines = (tmp_path / "corpus" / "explainer.txt").read_text("utf-8").split("\n")
    assert {lines[int(n) - 1]: kind for n, kind in sidecar["block_kinds"].items()} == {
        "What is happening in Idlib?": "subheading", "What did Russia and Turkey agree in Sochi?": "subheading",
        "Why does Turkey care so much?": "subheading", "What happens next?": "subheading"}
    _, problems = load_corpus(tmp_path / "corpus", tmp_path)
    assert not [p for p in problems if "block_kinds" in p.message]


def test_a_long_heading_right_under_the_headline_is_its_standfirst_not_a_section_heading() -> None:
    extracted = extract((BENCH / "b6-turkish-outlet.html").read_bytes())
    assert extracted is not None
    # its <h2 class="spot"> under the <h1> is a sentence of 16 words: the standfirst, a paragraph
    assert "Turkish forces shot down two Su-24 jets of the Assad regime" in extracted.text
    assert [words for words, kind in extracted.marked if kind == "subheading"] == []


def test_a_list_item_without_a_full_stop_is_a_paragraph_by_the_page_s_markup() -> None:
    from idlibsite.sources.blocks import cut_blocks
    from idlibsite.sources.webpage import markup_kinds

    extracted = extract((BENCH / "b5-key-points.html").read_bytes())
    assert extracted is not None
    point = "Eight Turkish personnel were killed by Syrian shelling on Monday"
    assert ("subheading", point) in [(b.kind, b.display) for b in cut_blocks(extracted.text)]  # the text alone
    kinds = markup_kinds(extracted.text, extracted.marked)
    blocks = cut_blocks(extracted.text, overrides=kinds)
    assert ("body", point) in [(b.kind, b.display) for b in blocks]
    assert ("subheading", "Key points:") in [(b.kind, b.display) for b in blocks]


def test_a_heading_glued_to_its_paragraph_or_a_list_marker_takes_the_story_blocks() -> None:
    # trafilatura writes the timeline as "- December 19, 2019 Syrian government forces …" lines
    alone = extract((BENCH / "b5-timeline.html").read_bytes(), "trafilatura")
    assert alone is not None and "\n- December 19, 2019 Syrian government forces" in alone.text
    extracted = extract((BENCH / "b5-timeline.html").read_bytes())
    assert extracted is not None and extracted.extractor == COMPLETED
    assert "\n\nDecember 19, 2019\n\nSyrian government forces" in extracted.text
    # a post's words and its credit that trafilatura splits over two lines do not: the AMP page keeps its text
    amp = extract((BENCH / "b5-amp.html").read_bytes())
    assert amp is not None and amp.extractor == EXTRACTOR


def test_a_timeline_s_dates_marked_up_as_headings_are_not_its_date_line() -> None:
    from idlibsite.sources.blocks import cut_blocks
    from idlibsite.sources.metadata import find_metadata
    from idlibsite.sources.outlets import load_outlets
    from idlibsite.sources.webpage import markup_kinds

    extracted = extract((BENCH / "b5-timeline.html").read_bytes())
    assert extracted is not None
    blocks = cut_blocks(extracted.text, overrides=markup_kinds(extracted.text, extracted.marked))
    assert ("subheading", "December 19, 2019") in [(b.kind, b.display) for b in blocks]
    outlets, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
    found = find_metadata(extracted.text, blocks, outlets, page=extracted.page)
    assert (found.date.iso, found.date_note.certain) == ("2020-03-06", True)  # the page's, not its first entry's


def test_a_page_added_under_an_older_version_of_the_story_blocks_keeps_its_text(tmp_path: Path) -> None:
    # version 2 leaves a photo gallery's title out of b5-inline-extras; a page added under version 1
    # keeps the text version 1 made: extracted again under version 1, it gives that text, no problem
    data = (BENCH / "b5-inline-extras.html").read_bytes()
    first, second = extract(data, "story-blocks", 1), extract(data, "story-blocks")
    assert first is not None and second is not None
    assert "In pictures: the road north" in first.text and "In pictures: the road north" not in second.text
    assert first.extractor == f"{EXTRACTOR} + idlibsite story blocks 1" and second.extractor == COMPLETED
    problems = page_problems("corpus/x.txt", first.text, "corpus/x.html", data, "corpus/x.yaml", sha256_hex(data),
                             first.extractor)
    assert problems == []
    assert page_problems("corpus/x.txt", first.text, "corpus/x.html", data, "corpus/x.yaml", sha256_hex(data),
                         COMPLETED) == []  # the installed name is trusted without extracting again
    changed = page_problems("corpus/x.txt", second.text, "corpus/x.html", data, "corpus/x.yaml", sha256_hex(data),
                            first.extractor)
    assert len(changed) == 1 and "story blocks 1 extracts different text" in changed[0].message


def test_a_galleries_captions_and_counters_are_not_story() -> None:
    data = (BENCH / "b7-gallery-captions.html").read_bytes()
    old, new = extract(data, "story-blocks", 1), extract(data, "story-blocks")
    assert old is not None and new is not None
    assert "Trucks wait outside the hall" in old.text and "1 / 3" in old.text
    assert "Trucks wait outside the hall" not in new.text and "1 / 3" not in new.text
    assert "The governor's office said donations would continue" in new.text
