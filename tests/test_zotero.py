"""What Zotero saves from a claim page.

By the rules of Zotero's "Embedded Metadata" web translator and the "RDF" translator it loads,
encoded in Python, each naming the function it comes from: they run in every test run and show
which tags decide what.  The tests marked ``zotero`` run the translators themselves in node
(tests/js/zotero/harness.js stands in for the few functions of Zotero's translation framework they
call), from a zotero/translators checkout named by ZOTERO_TRANSLATORS: the translators are not kept
here, so the default run leaves these out (tests/js/zotero/README.md).  docs/citing.md says how to
check a page by hand in Zotero.
"""

import json
import os
import re
import subprocess
from pathlib import Path

import html5lib
import pytest

from conftest import copy_project
from idlibsite.build import build
from idlibsite.config import load_config

NS = "{http://www.w3.org/1999/xhtml}"
# init(): a meta tag named like these decides the item type (hwType), or guesses it (hwTypeGuess)
HIGHWIRE_TYPES = ("citation_journal_title", "citation_technical_report_institution", "citation_conference_title",
                  "citation_conference", "citation_book_title", "citation_inbook_title",
                  "citation_dissertation_institution")
HIGHWIRE_GUESSES = ("citation_title", "citation_series_title", "citation_isbn")
# RDF.js detectType(): og:type values that set a type, and DC types that do (besides Zotero's own type names)
OG_TYPES = {"video.movie": "videoRecording", "video.episode": "videoRecording", "video.tv_show": "videoRecording",
            "video.other": "videoRecording", "book": "book", "music.song": "audioRecording",
            "music.album": "audioRecording", "website": "webpage"}
DC_TYPES = {"book", "patent", "report", "thesis", "bookitem", "conferenceitem", "conferencepaper", "conferenceposter",
            "dataset", "article", "journalitem", "journalarticle", "submittedjournalarticle", "text.serial.journal",
            "newsitem", "scholarlytext", "workingpaper", "authoredbook", "bookchapter", "bachelorthesis",
            "masterthesis", "doctoralthesis", "electronicbook", "homepage", "webpage", "illustration", "map"}
ZOTERO_TYPES = {"webpage", "journalArticle", "blogPost", "newspaperArticle", "magazineArticle", "report", "book",
                "document", "dataset", "thesis"}
BYLINE_CLASSES = ("byline", "bylines", "vcard", "article-byline")  # getAuthorFromByline()


def zotero_item(html: bytes) -> dict[str, object]:
    """The item Embedded Metadata makes from a page that carries no RDF types of its own."""
    doc = html5lib.parse(html, treebuilder="etree")
    metas = [(m.get("name") or m.get("property") or "", m.get("content") or "") for m in doc.iter(f"{NS}meta")]
    named = {}
    for name, content in metas:
        named.setdefault(name, content)  # the first value of each (getFirstResults, getContentText)
    short = {name[name.rfind("citation_"):] for name, _ in metas if "citation_" in name}
    item: dict[str, object] = {}
    # init(): the type
    if short & set(HIGHWIRE_TYPES):
        item["itemType"] = "(a Highwire type)"
    elif short & set(HIGHWIRE_GUESSES):
        item["itemType"] = "journalArticle"  # hwTypeGuess becomes the RDF default, before "webpage"
    elif any(n.lower() == "generator" and re.search("blogger|wordpress|wooframework", c.lower()) for n, c in metas):
        item["itemType"] = "blogPost"
    else:
        og_type = named.get("og:type", "")
        dc_type = named.get("DC.type", named.get("dc.type", ""))
        typed = dc_type in ZOTERO_TYPES or dc_type.lower().replace(" ", "") in DC_TYPES or "z:itemType" in named
        # t.og outranks t.dc; either outranks the default, "webpage" for a page with RDF data
        item["itemType"] = OG_TYPES.get(og_type) or ("(set by DC.type or z:itemType)" if typed else "webpage")
    # RDF.js importItem(): title, website title (og:site_name, for a webpage), date, website type, url
    item["title"] = named.get("DC.title") or named.get("og:title")
    if item["itemType"] == "webpage":
        item["websiteTitle"] = named.get("og:site_name")
        item["websiteType"] = named.get("DC.type")
    item["date"] = next((named[k] for k in ("og:published_time", "article:published_time", "DC.date.issued",
                                            "DC.date") if k in named), None)
    item["url"] = named.get("citation_public_url") or named.get("og:url")  # processFields() comes last
    # creators: Highwire authors, RDF creators, then addLowQualityMetadata()'s guesses
    authors = [c for n, c in metas if n.endswith(("citation_author", "citation_authors"))
               or n in ("DC.creator", "DC.contributor", "author", "article:author")]
    bylines = [e for e in doc.iter() if any(b in (e.get("class") or "").lower() for b in BYLINE_CLASSES)]
    rel_authors = [e for e in doc.iter(f"{NS}a") if e.get("rel") == "author"]
    item["creators"] = authors + ["(byline)" for _ in bylines] + ["(rel=author)" for _ in rel_authors[:1]]
    item["accessDate"] = "CURRENT_TIMESTAMP"  # always set by addLowQualityMetadata()
    return item


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = load_config(copy_project(tmp_path_factory.mktemp("project")))
    build(config)
    return config.output


@pytest.fixture
def translators() -> Path:
    """A zotero/translators checkout, named by ZOTERO_TRANSLATORS (only for the tests marked zotero)."""
    named = os.environ.get("ZOTERO_TRANSLATORS", "")
    if not named or not (Path(named) / "Embedded Metadata.js").is_file():
        pytest.fail("set ZOTERO_TRANSLATORS to a checkout of zotero/translators (tests/js/zotero/README.md)")
    return Path(named)


def run_translator(clients: Path, translators: Path, html: bytes, url: str, tmp_path: Path) -> dict[str, object]:
    page = tmp_path / "page.html"
    page.write_bytes(html)
    run = subprocess.run(["node", str(clients / "zotero" / "harness.js"), str(page), url, str(translators)],
                         capture_output=True, text=True, timeout=120, check=True)
    item: dict[str, object] = json.loads(run.stdout)
    return item


URL = "https://idlib.example.org/claims/turkish-troops-in-idlib-illegal/"


@pytest.mark.zotero
def test_zoteros_translator_saves_a_claim_page_as_a_web_page(built: Path, node_clients: Path, translators: Path,
                                                             tmp_path: Path) -> None:
    page = built / "claims" / "turkish-troops-in-idlib-illegal" / "index.html"
    version = re.search(r"/claims/turkish-troops-in-idlib-illegal/v/[0-9a-f]{14}/", page.read_text("utf-8"))
    assert version is not None
    item = run_translator(node_clients, translators, page.read_bytes(), URL, tmp_path)
    assert item == {
        "itemType": "webpage",
        "title": "Russian Foreign Ministry (claim of 12 February 2020): Turkish troops are in Syria without the Syrian "
                 "government's consent",
        "creators": [],  # the site is not the author, and no name is split as a person's
        "websiteTitle": "Idlib 2020: who said what",
        "websiteType": "Claim record",
        "date": "2026-11-22",
        "url": "https://idlib.example.org" + version[0],  # the version cited: its words never change
        "accessDate": "CURRENT_TIMESTAMP",
        "abstractNote": "Turkish forces are in Syria without the consent of the Syrian government. Their transfer "
                        "to Idlib is illegal and Turkey must withdraw them.",
        "language": "en",
        "attachments": ["Snapshot"],
    }
    assert {k: v for k, v in item.items() if k not in ("abstractNote", "language", "attachments")} == zotero_item(
        page.read_bytes())  # the encoded rules agree with the translator


@pytest.mark.parametrize(
    ("tags", "wrong"),
    [  # the tags the pages had when the issue was filed, and what Zotero made of them
        ('<meta name="citation_title" content="T">', {"itemType": "journalArticle"}),
        ('<meta name="citation_author" content="Idlib 2020: who said what">',
         {"creators": [{"firstName": "Idlib 2020: who said", "lastName": "what", "creatorType": "author"}]}),
    ],
)
@pytest.mark.zotero
def test_zoteros_translator_would_misread_the_old_tags(built: Path, node_clients: Path, translators: Path,
                                                        tmp_path: Path, tags: str, wrong: dict[str, object]) -> None:
    page = (built / "claims" / "turkish-troops-in-idlib-illegal" / "index.html").read_bytes()
    item = run_translator(node_clients, translators, page.replace(b"<head>", b"<head>" + tags.encode(), 1), URL,
                          tmp_path)
    assert {k: item[k] for k in wrong} == wrong


def test_zotero_saves_a_claim_page_as_a_web_page_naming_the_claimant(built: Path) -> None:
    page = built / "claims" / "turkish-troops-in-idlib-illegal" / "index.html"
    version = re.search(r"/claims/turkish-troops-in-idlib-illegal/v/[0-9a-f]{14}/", page.read_text("utf-8"))
    assert version is not None
    assert zotero_item(page.read_bytes()) == {
        "itemType": "webpage",
        "title": "Russian Foreign Ministry (claim of 12 February 2020): Turkish troops are in Syria without the Syrian "
                 "government's consent",
        "websiteTitle": "Idlib 2020: who said what",
        "websiteType": "Claim record",
        "date": "2026-11-22",
        "url": "https://idlib.example.org" + version[0],  # the version cited: its words never change
        "creators": [],  # the site is not the author, and no name is split as a person's
        "accessDate": "CURRENT_TIMESTAMP",
    }


@pytest.mark.parametrize(
    ("extra", "wrong"),
    [
        ('<meta name="citation_title" content="T">', {"itemType": "journalArticle"}),
        ('<meta name="citation_author" content="Idlib 2020: who said what">', {"creators": ["Idlib 2020: who said what"]}),
        ('<meta property="og:type" content="book">', {"itemType": "book"}),
        ('<meta name="DC.type" content="Article">', {"itemType": "(set by DC.type or z:itemType)"}),
        ('<meta name="generator" content="WordPress 6.5">', {"itemType": "blogPost"}),
    ],
)
def test_the_rules_catch_what_the_issue_reported(built: Path, extra: str, wrong: dict[str, object]) -> None:
    """The encoded rules are not vacuous: the tags the old pages had give the old, wrong items."""
    page = (built / "claims" / "turkish-troops-in-idlib-illegal" / "index.html").read_bytes()
    item = zotero_item(page.replace(b"<head>", b"<head>" + extra.encode(), 1))
    assert {k: item[k] for k in wrong} == wrong


def test_no_page_offers_zotero_a_byline_to_guess_authors_from(built: Path) -> None:
    for page in sorted(built.glob("claims/**/index.html")):
        html = page.read_bytes()
        if b"http-equiv=\"refresh\"" in html:
            continue  # a redirect
        item = zotero_item(html)
        assert item["creators"] == [] and item["itemType"] == "webpage", page
