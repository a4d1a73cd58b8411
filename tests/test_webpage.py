"""add-source of a saved web page and of a URL: the page kept as evidence, the text extracted."""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project, serving
from idlibsite.cli import main
from idlibsite.sources.corpus import load_corpus
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources.webpage import EXTRACTOR

PAGE = ROOT / "tests" / "fixtures" / "webpages" / "ankara-convoy.html"
QUOTE = "The Turkish side did not notify us of the movement of this column"


def _reviewed(sidecar: Path) -> None:
    text = sidecar.read_text("utf-8").replace("review: true", "review: false")
    sidecar.write_text(text, "utf-8")


def test_a_saved_page_is_kept_byte_for_byte_beside_its_extracted_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "add-source", str(PAGE)]) == 0
    out = capsys.readouterr().out
    corpus = tmp_path / "corpus"
    assert (corpus / "ankara-convoy.html").read_bytes() == PAGE.read_bytes()
    text = (corpus / "ankara-convoy.txt").read_text("utf-8")
    assert text.startswith("Moscow says Turkish convoy entered Idlib without notice\n\n")
    assert QUOTE in text and "Subscribe" not in text and "Home" not in text
    meta = yaml.safe_load((corpus / "ankara-convoy.yaml").read_text("utf-8"))
    assert meta["html_sha256"] == sha256_hex(PAGE.read_bytes())
    assert meta["text_sha256"] == sha256_hex(text.encode())
    assert meta["extractor"] == EXTRACTOR and re.fullmatch(r"trafilatura \d+\.\d+\.\d+", EXTRACTOR)
    assert meta["id"] == "ankara-convoy-2020-02-28" and str(meta["date"]) == "2020-02-28"
    assert meta["url"] == "https://www.aljazeera.com/news/2020/2/28/moscow-says-turkish-convoy-entered-idlib"
    assert meta["outlet"] == "Al Jazeera" and "aljazeera.com" in meta["outlet_note"]
    assert meta["language"] == "en" and meta["review"] is True
    assert "Saved the page as corpus/ankara-convoy.html" in out
    _reviewed(corpus / "ankara-convoy.yaml")
    sources, problems = load_corpus(corpus, tmp_path)
    assert problems == []
    source = next(s for s in sources if s.id == "ankara-convoy-2020-02-28")
    assert [b.kind for b in source.blocks] == ["title", "body", "body", "body", "body"]


def test_a_statement_anchors_in_the_extracted_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "add-source", str(PAGE)]) == 0
    _reviewed(tmp_path / "corpus" / "ankara-convoy.yaml")
    claim = next(p for p in sorted((tmp_path / "claims").glob("*.yaml")) if p.name != "actors.yaml")
    data = yaml.safe_load(claim.read_text("utf-8"))
    speaker = data["statements"][0]["speaker"]
    claim.write_text(claim.read_text("utf-8").rstrip("\n") + f"""
  - id: ministry-convoy-without-notice
    speaker: {speaker}
    source: ankara-convoy-2020-02-28
    quote: "{QUOTE}"
    kind: direct
    side: context
    said: 2020-02-28
""", "utf-8")
    assert main(["--root", str(tmp_path), "build", "-q"]) == 0, capsys.readouterr().err
    page = (tmp_path / "site" / "sources" / "ankara-convoy-2020-02-28" / "index.html").read_text("utf-8")
    assert "<mark id=" in page and QUOTE in page


def _added(tmp_path: Path) -> Path:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "add-source", str(PAGE)]) == 0
    _reviewed(tmp_path / "corpus" / "ankara-convoy.yaml")
    return tmp_path / "corpus"


def test_a_changed_saved_page_is_an_error(tmp_path: Path) -> None:
    corpus = _added(tmp_path)
    page = corpus / "ankara-convoy.html"
    page.write_bytes(page.read_bytes().replace(b"overnight", b"at dawn"))
    _, problems = load_corpus(corpus, tmp_path)
    assert [(p.path, p.severity) for p in problems] == [("corpus/ankara-convoy.html", "error")]
    assert "the saved page changed since it was added" in problems[0].message


def test_an_extractor_that_extracts_other_text_is_reported_like_a_changed_source(tmp_path: Path) -> None:
    corpus = _added(tmp_path)
    sidecar = corpus / "ankara-convoy.yaml"
    # the same extractor under another version extracts the same text: nothing to report
    sidecar.write_text(sidecar.read_text("utf-8").replace(EXTRACTOR, "trafilatura 1.0.0"), "utf-8")
    assert load_corpus(corpus, tmp_path)[1] == []
    # a text that an older version extracted differently: reported where it differs, never re-anchored
    article = corpus / "ankara-convoy.txt"
    old = article.read_text("utf-8").replace("overnight without", "overnight, without")
    article.write_text(old, "utf-8")
    sidecar.write_text(re.sub(r"text_sha256: .*", f'text_sha256: "{sha256_hex(old.encode())}"',
                              sidecar.read_text("utf-8")), "utf-8")
    _, problems = load_corpus(corpus, tmp_path)
    assert len(problems) == 1 and problems[0].path == "corpus/ankara-convoy.txt"
    assert (problems[0].line, problems[0].column) == (5, old.split("\n")[4].index(",") + 1)
    assert f"{EXTRACTOR} extracts different text" in problems[0].message and "trafilatura 1.0.0" in problems[0].message
    assert "trafilatura==1.0.0" in problems[0].hint


def test_an_edited_extracted_text_is_an_error(tmp_path: Path) -> None:
    corpus = _added(tmp_path)
    article = corpus / "ankara-convoy.txt"
    article.write_text(article.read_text("utf-8").replace("overnight", "at dawn"), "utf-8")
    _, problems = load_corpus(corpus, tmp_path)
    assert [p.message.split(" (")[0] for p in problems] == ["the extracted text changed since it was added"]


def test_a_url_is_fetched_once_and_kept_like_a_saved_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    served = tmp_path / "served" / "news" / "2020" / "02" / "28"
    served.mkdir(parents=True)
    shutil.copy(PAGE, served / "moscow-convoy.html")
    project = copy_project(tmp_path / "project")
    with serving(tmp_path / "served") as base:
        url = base + "news/2020/02/28/moscow-convoy.html"
        assert main(["--root", str(project), "add-source", url]) == 0
    corpus = project / "corpus"
    assert (corpus / "moscow-convoy.html").read_bytes() == PAGE.read_bytes()
    meta = yaml.safe_load((corpus / "moscow-convoy.yaml").read_text("utf-8"))
    assert meta["url"] == url  # where it was fetched from
    assert str(meta["date"]) == "2020-02-28" and meta["html_sha256"] == sha256_hex(PAGE.read_bytes())
    assert meta["outlet"] == "Example Wire" and "site name" in meta["outlet_note"]
    assert "Saved the page as corpus/moscow-convoy.html" in capsys.readouterr().out


def test_the_readme_walkthrough_shows_adding_this_saved_page() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"add-source {PAGE.relative_to(ROOT).as_posix()}" in readme
    assert f"extractor: {EXTRACTOR}" in readme or "extractor: trafilatura" in readme


SINGLEFILE = """<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile 
 url: https://www.example-news.com/world/idlib-talks-resume 
 saved date: Tue Mar 09 2021 18:41:07 GMT+0100 (Central European Standard Time)
--><meta charset="utf-8"><title>Idlib talks resume in Moscow</title><body>
<div class="menu"><a href="/">Home</a><a href="/world">World</a></div>
<article><h1>Idlib talks resume in Moscow</h1><span class="author">Reporting by Example Staff; Editing by Example Editor</span>
<p>Turkish and Russian officials met in Moscow on Wednesday for a new round of talks on the Idlib province, diplomats said.</p>
<p>The delegations were expected to discuss a ceasefire and the safety of Turkish observation posts in the region.</p>
</article></body></html>
"""


def test_a_singlefile_save_gives_its_address_and_never_its_saved_date() -> None:
    from idlibsite.sources.webpage import extract

    extracted = extract(SINGLEFILE.encode())
    assert extracted is not None
    assert extracted.page.url == "https://www.example-news.com/world/idlib-talks-resume"
    assert not extracted.page.date.startswith("2021")


def test_the_byline_of_a_page_stands_below_its_headline() -> None:
    from idlibsite.sources.blocks import cut_blocks
    from idlibsite.sources.webpage import extract

    # A wire page whose headline is inside the article, and whose byline the extractor reads as its
    # author; before, "By Reporting by …" was put above the headline and taken for the title.
    page = ROOT / "bench" / "ingest" / "html" / "b2-reuters-lira-markets.html"
    extracted = extract(page.read_bytes())
    assert extracted is not None
    assert "Example Staff" in extracted.text  # the extractor read the byline
    blocks = cut_blocks(extracted.text)
    assert (blocks[0].kind, blocks[0].display) == ("title", "Turkish lira slides as Syria tensions rattle investors")
    assert extracted.text.count("Turkish lira slides") == 1


def test_the_source_page_shows_the_saved_page_its_sha256_and_the_extractor_and_publishes_it_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import urllib.request

    _added(tmp_path)
    assert main(["--root", str(tmp_path), "build", "-q"]) == 0, capsys.readouterr().err
    folder = tmp_path / "site" / "sources" / "ankara-convoy-2020-02-28"
    page = (folder / "index.html").read_text("utf-8")
    text_sha = sha256_hex((tmp_path / "corpus" / "ankara-convoy.txt").read_bytes())
    html_sha = sha256_hex(PAGE.read_bytes())
    assert text_sha in page and html_sha in page and f"Extracted by {EXTRACTOR}" in page
    assert page.index(text_sha) < page.index(html_sha)  # beside the text's, after it
    assert '<a href="page.html.txt" type="text/plain" download="ankara-convoy-2020-02-28.html">' in page
    assert (folder / "page.html.txt").read_bytes() == PAGE.read_bytes()  # the evidence, byte for byte
    assert [p.name for p in folder.glob("*.html")] == ["index.html"]  # the only HTML there is the site's own
    with serving(tmp_path / "site") as url:  # a static server sends it as plain text, never as a page
        with urllib.request.urlopen(url + "sources/ankara-convoy-2020-02-28/page.html.txt") as response:
            assert response.headers.get_content_type() == "text/plain"
            assert response.read() == PAGE.read_bytes()
    plain = [s for s in (tmp_path / "site" / "sources").iterdir() if s.is_dir() and s != folder]
    assert plain and not any((s / "page.html.txt").exists() for s in plain)  # only pages have one
    assert all("Extracted by" not in (s / "index.html").read_text("utf-8") for s in plain)


SAVED_COMPLETE = """<!DOCTYPE html>
<!-- saved from url=(0062)https://www.example-tribune.com/world/idlib-schools-close-2020 -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Idlib schools close as shelling nears | Example Tribune</title>
<link rel="stylesheet" href="./Idlib schools close_files/site.css"></head>
<body><article><h1>Idlib schools close as shelling nears</h1>
<p>Schools in the south of Idlib province closed on Sunday after shells fell near two of them, teachers said.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>Parents said they would keep their children at home until the fighting moved away from the towns.</p>
</article></body></html>
"""

# A post saved from a messaging service's page: the page is named after the channel, the site name
# is the service's, and only the canonical link gives the post's address.
POST = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Example Border Watch</title>
<meta property="og:title" content="Example Border Watch"><meta property="og:site_name" content="Telegram">
<link rel="canonical" href="https://t.me/example_border_watch/310"></head>
<body><div class="message_author"><a href="https://t.me/example_border_watch">Example Border Watch</a></div>
<div class="message_text"><b>Queues of trucks at the Bab al-Hawa crossing</b><br><br>Hundreds of trucks were waiting on the Syrian side of the crossing on Tuesday morning, drivers told us.<br><br>Some of them had waited since Sunday.</div>
<div class="message_info"><span class="views">3.1K</span> views <time datetime="2020-02-25T08:10:00+00:00">08:10</time></div>
</body></html>
"""



def test_a_web_page_complete_save_gives_the_address_in_its_saved_from_comment() -> None:
    from idlibsite.sources.webpage import extract

    extracted = extract(SAVED_COMPLETE.encode())
    assert extracted is not None
    assert extracted.page.url == "https://www.example-tribune.com/world/idlib-schools-close-2020"


def test_a_post_page_named_after_its_channel_gives_the_post_s_first_line_as_title_and_the_channel_as_outlet() -> None:
    from idlibsite.sources.blocks import cut_blocks
    from idlibsite.sources.metadata import find_metadata
    from idlibsite.sources.outlets import load_outlets
    from idlibsite.sources.webpage import extract

    extracted = extract(POST.encode())
    assert extracted is not None
    assert extracted.page.url == "https://t.me/example_border_watch/310"  # from the canonical link
    blocks = cut_blocks(extracted.text)
    assert blocks[0].kind == "chrome" and blocks[0].display == "Example Border Watch"  # a name, not a headline
    outlets, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
    found = find_metadata(extracted.text, blocks, outlets, page=extracted.page)
    assert (found.title.value, found.title.certain) == ("Queues of trucks at the Bab al-Hawa crossing", True)
    assert (found.outlet.value, found.outlet.certain) == ("Example Border Watch", False)
    assert "Telegram" in found.outlet.note


def test_a_cookie_notice_the_extractor_keeps_is_left_out_with_the_footer_as_furniture() -> None:
    from idlibsite.sources.webpage import COMPLETED, EXTRACTOR, extract

    # batch 6's page (bench/ingest): trafilatura keeps the three paragraphs of its cookie notice
    page = (ROOT / "bench" / "ingest" / "html" / "b6-cookie-footer.html").read_bytes()
    alone = extract(page, "trafilatura")
    assert alone is not None and alone.extractor == EXTRACTOR and "We and our partners store" in alone.text
    extracted = extract(page)
    assert extracted is not None and extracted.extractor == COMPLETED
    assert "partners" not in extracted.text and "personal data" not in extracted.text
    assert [p for p in extracted.text.split("\n\n") if p.startswith("The ")] == [
        "The European Union will add 60 million euros to its humanitarian aid for north-west Syria, the bloc's "
        "foreign policy chief said on Friday at a meeting of foreign ministers in Zagreb.",
        "The ministers welcomed the ceasefire agreed in Moscow on Thursday and said it must be followed by "
        "unhindered access for aid.\n"]
    assert [(words.split()[0], furniture) for _, words, furniture in extracted.left_out] == [
        ("We", True), ("With", True), ("Please", True), ("Example", True), ("Example", True), ("Legal", True)]


def test_a_pages_labelled_header_fields_prefill_the_name_and_the_text_keeps_what_the_extractor_gave(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import trafilatura

    # batch 8's broadcaster page (bench/ingest): its "Date … | Author …" list is read whole as the author, and the
    # date closing its <title> as the site name
    page = ROOT / "bench" / "ingest" / "html" / "b8-dw-page.html"
    assert trafilatura.bare_extraction(page.read_bytes(), with_metadata=True).sitename == "28.02.2020"
    copy_project(tmp_path)
    shutil.copy(page, tmp_path / "dw-strike.html")
    assert main(["--root", str(tmp_path), "add-source", str(tmp_path / "dw-strike.html")]) == 0
    text = (tmp_path / "corpus" / "dw-strike.txt").read_text("utf-8")
    assert "\n\nBy Date ; Author Lena Hartwig AFP; Reuters\n\n" in text  # the evidence as extracted, not cleaned
    meta = yaml.safe_load((tmp_path / "corpus" / "dw-strike.yaml").read_text("utf-8"))
    assert (meta["byline"], meta["outlet"], meta["extractor"]) == ("Lena Hartwig", "Deutsche Welle", EXTRACTOR)
    _reviewed(tmp_path / "corpus" / "dw-strike.yaml")
    capsys.readouterr()
    assert main(["--root", str(tmp_path), "check"]) == 0  # the sidecar agrees with the byline the text states
    out = capsys.readouterr().out
    assert " 0 errors" in out and "dw-strike.yaml says" not in out
