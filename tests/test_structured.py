"""Structured data as real clients read it: extruct (JSON-LD, Open Graph, Dublin Core), feedparser (the
Atom feed), the sitemap, and the social card image."""

import json
from datetime import date, timedelta
import re
import runpy
import struct
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import Any

import extruct
import feedparser
import pytest

from conftest import ROOT, copy_project, site_file
from idlibsite.build import build
from idlibsite.config import load_config

REFUGEES = "about-a-million-refugees-heading-to-turkey"  # asserted by Erdoğan, who has a Wikidata id
RATED = "erkhov-turkey-to-blame-for-escalation"  # has a verdict by Polygraph.info


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = load_config(copy_project(tmp_path_factory.mktemp("project")))
    build(config)
    return config.output


def extract(site: Path, claim: str) -> dict[str, Any]:
    html = (site / "claims" / claim / "index.html").read_text("utf-8")
    data: dict[str, Any] = extruct.extract(html, base_url=f"https://idlib.example.org/claims/{claim}/",
                                           syntaxes=["json-ld", "opengraph", "dublincore"], uniform=True)
    return data


def record(site: Path, claim: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "claims" / claim / "claim.json").read_text("utf-8"))
    return data


def history_dates(site: Path, claim: str) -> list[str]:
    """The dates of the claim's history table, newest first."""
    html = (site / "claims" / claim / "index.html").read_text("utf-8")
    table = html[html.index('<section class="history"'):]
    return re.findall(r'<tr><td><time datetime="([^"]+)"', table[:table.index("</section>")])


def test_the_jsonld_has_a_webpage_and_a_claim_with_dates_appearances_and_sameas(built: Path) -> None:
    (graph,) = extract(built, REFUGEES)["json-ld"]
    page, claim = graph["@graph"]
    dates = history_dates(built, REFUGEES)
    assert page["@type"] == "WebPage" and page["mainEntity"] == {"@id": claim["@id"]}
    assert (page["datePublished"], page["dateModified"]) == (dates[-1], dates[0])
    assert claim["@type"] == "Claim" and "dateCreated" not in claim
    assert claim["datePublished"] == record(built, REFUGEES)["claim"]["date"]["value"]
    assert claim["author"] == {"@type": "Person", "name": "Recep Tayyip Erdoğan",
                               "sameAs": "https://www.wikidata.org/wiki/Q39259"}
    originals = 0
    for claim_id in (REFUGEES, "turkish-troops-in-idlib-illegal"):
        appearances = extract(built, claim_id)["json-ld"][0]["@graph"][1]["appearance"]
        cited = {s["source"] for s in record(built, claim_id)["claim"]["statements"]}
        sources = [s for s in record(built, claim_id)["sources"] if s["id"] in cited]
        assert len(appearances) == len(sources)
        for appearance, source in zip(appearances, sources, strict=True):
            archived = f"https://idlib.example.org/sources/{source['id']}/"
            assert appearance["archivedAt"] == archived and site_file(built, archived + "index.html").exists()
            assert appearance["url"] == (source["url"] or archived)  # the original, where it is known
            originals += bool(source["url"])
    assert originals  # the corpus knows the original address of some of them


def test_a_verdict_is_cited_as_the_reviewers_claimreview(built: Path) -> None:
    (graph,) = extract(built, RATED)["json-ld"]
    page, claim = graph["@graph"]
    assert [n["@type"] for n in graph["@graph"]] == ["WebPage", "Claim"]  # no review of our own
    review = page["citation"]
    verdict_source = next(s for s in record(built, RATED)["sources"]
                          if s["id"] == record(built, RATED)["claim"]["verdict"]["source"])
    archived = f"https://idlib.example.org/sources/{verdict_source['id']}/"
    assert review["@type"] == "ClaimReview" and review["url"] == (verdict_source["url"] or archived)
    assert review["itemReviewed"] == {"@id": claim["@id"]}
    assert len(review["claimReviewed"]) <= 75
    assert review["author"] == {"@type": "Organization", "name": "Polygraph.info", "url": "https://www.polygraph.info/"}
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}  # no scale: words only


def test_a_reviewer_with_a_scale_gets_a_numeric_rating(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    actors = project / "claims" / "actors.yaml"
    actors.write_text(actors.read_text("utf-8").replace(
        "  - id: polygraph-info\n", "  - id: polygraph-info\n    rating_scale: [False, Misleading, Unclear, True]\n"),
        "utf-8")
    config = load_config(project)
    build(config)
    (graph,) = extract(config.output, RATED)["json-ld"]
    assert graph["@graph"][0]["citation"]["reviewRating"] == {
        "@type": "Rating", "alternateName": "Misleading", "ratingValue": 2, "worstRating": 1, "bestRating": 4}


def test_open_graph_and_twitter_cards_show_the_claim_and_the_card_image(built: Path) -> None:
    data = extract(built, RATED)
    (og,) = data["opengraph"]
    title = record(built, RATED)["claim"]["title"]
    assert og["og:title"] == title  # without the site's name, which og:site_name carries
    assert og["og:image"] == "https://idlib.example.org/static/card.png"
    png = site_file(built, og["og:image"]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1200, 630)
    html = (built / "claims" / RATED / "index.html").read_text("utf-8")
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    (dc,) = data["dublincore"]
    elements = {e["name"]: e["content"] for e in dc["elements"]}
    assert elements["DC.title"] == f"Aleksei Erkhov (claim of February 2020): {title}"
    assert dc["@type"] == "Claim record"


def test_the_card_image_is_what_scripts_card_draws() -> None:
    card = runpy.run_path(str(ROOT / "scripts" / "card.py"))
    shipped = (ROOT / "src" / "idlibsite" / "site" / "static" / "card.png").read_bytes()
    idat = shipped.index(b"IDAT")
    (length,) = struct.unpack(">I", shipped[idat - 4:idat])
    raw = zlib.decompress(shipped[idat + 4: idat + 4 + length])
    assert raw == b"".join(b"\x00" + bytes(row) for row in card["pixels"]())  # same pixels, whatever zlib


def test_feed_entries_are_dated_by_their_first_and_latest_versions(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    claim = project / "claims" / f"{REFUGEES}.yaml"
    latest = max(re.findall(r"(?m)^updated: (\S+)$", "".join(p.read_text("utf-8") for p in claim.parent.glob("*.yaml"))))
    newer = (date.fromisoformat(latest) + timedelta(days=1)).isoformat()  # after every other claim's update
    claim.write_text(re.sub(r"(?m)^updated: .*$", f"updated: {newer}", claim.read_text("utf-8"), count=1), "utf-8")
    build(config)
    feed = feedparser.parse((config.output / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    entries = {e.id: e for e in feed.entries}
    for url, entry in entries.items():
        claim_id = url.removeprefix("https://idlib.example.org/claims/").strip("/")
        dates = history_dates(config.output, claim_id)
        assert (entry.published[:10], entry.updated[:10]) == (dates[-1], dates[0]), claim_id
    edited = entries[f"https://idlib.example.org/claims/{REFUGEES}/"]
    assert edited.updated[:10] == newer and edited.published[:10] == "2026-11-22"
    assert feed.entries[0] is edited  # the newest first


def test_the_sitemap_dates_each_claim_by_its_latest_version(built: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    rows = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
            for u in ET.parse(built / "sitemap.xml").getroot().findall("s:url", ns)}
    claims = [r["id"] for r in json.loads((built / "claims.json").read_text("utf-8"))["claims"]]
    for claim in claims:
        assert rows[f"https://idlib.example.org/claims/{claim}/"] == history_dates(built, claim)[0]
    assert not any("/v/" in url for url in rows)  # versioned copies are not for search engines
