"""What the machine-readable exports say, checked function by function on the seed site
(built once, in a fraction of a second): claims.json and each claim.json, the schema.org
JSON-LD of a claim page, the W3C Web Annotations, the sitemap and the Atom feed.

Expected values come from the annotations themselves (claims/*.yaml, actors.yaml,
corpus/*.yaml), so a field that says something else than the page shows fails here.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from conftest import ROOT
from idlibsite import __version__
from idlibsite.anchoring.model import Site
from idlibsite.annotations.records import Claim
from idlibsite.cache import Cache
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.dates import UNKNOWN, parse_partial_date
from idlibsite.site import catalogue
from idlibsite.site.catalogue import catalogue_json, claims_catalogue
from idlibsite.site.exports import (
    annotation_collection,
    annotation_page,
    atom_feed,
    claim_json,
    claim_jsonld,
    dumps,
    script_json,
    sitemap,
)
from idlibsite.site.fragments import statement_fragment
from idlibsite.site.sections import ROWS, _sitemap
from idlibsite.site.versioned import HistoryRow
from idlibsite.sources.records import PageRecord

BASE = "https://idlib.example.org/"
GENERATOR = f"idlibsite {__version__}"
ATOM = "{http://www.w3.org/2005/Atom}"
REVIEWED = "erkhov-turkey-to-blame-for-escalation"  # the seed's one claim with a fact-checker's verdict


@pytest.fixture(scope="module")
def site() -> Site:
    return check(load_config(ROOT), cache=Cache(None)).site


def _claim(site: Site, claim_id: str) -> Claim:
    return next(c for c in site.annotations.claims if c.id == claim_id)


# --- JSON writing ---------------------------------------------------------------------------------

def test_dumps_is_compact_sorted_utf8_with_a_final_newline() -> None:
    assert dumps({"b": "Erdoğan", "a": [1, {"d": 2, "c": None}]}) == '{"a":[1,{"c":null,"d":2}],"b":"Erdoğan"}\n'


def test_script_json_cannot_close_its_script_element() -> None:
    text = script_json({"b": "</script><b>&amp;", "a": "Erdoğan"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert text == '{"a": "Erdoğan", "b": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;"}'
    assert json.loads(text) == {"a": "Erdoğan", "b": "</script><b>&amp;"}


# --- claims.json ----------------------------------------------------------------------------------

def test_the_catalogue_lists_every_claim_and_actor_as_annotated(site: Site) -> None:
    catalogue = claims_catalogue(site, BASE)
    assert catalogue["generator"] == GENERATOR
    assert catalogue["claims"] == [
        {"id": c.id, "title": c.title, "url": f"{BASE}claims/{c.id}/", "updated": c.updated.iso,
         "data": f"{BASE}claims/{c.id}/claim.json"} for c in site.annotations.claims]
    reviewed = next(c for c in catalogue["claims"] if c["id"] == REVIEWED)  # type: ignore[attr-defined]
    assert reviewed["url"] == f"{BASE}claims/{REVIEWED}/"
    assert reviewed["data"] == f"{BASE}claims/{REVIEWED}/claim.json"
    actors = {a["id"]: a for a in catalogue["actors"]}  # type: ignore[attr-defined]
    assert list(actors) == [a.id for a in site.annotations.actors]
    assert actors["vladimir-putin"]["name"] == "Vladimir Putin" and actors["vladimir-putin"]["kind"] == "person"
    assert actors["polygraph-info"]["kind"] == "organisation"
    for actor in site.annotations.actors:
        entry = actors[actor.id]
        assert entry == {"id": actor.id, "name": actor.name, "kind": actor.kind, "affiliation": actor.affiliation,
                         "aliases": list(actor.aliases),
                         "roles": [{"title": r.title, "from": r.start.iso, "until": r.until.iso} for r in actor.roles]}
    # as actors.yaml has it: Putin's two terms, the second still held ("until" unknown)
    assert actors["vladimir-putin"]["affiliation"] == "Russia"
    assert actors["vladimir-putin"]["aliases"] == ["Putin", "President Vladimir Putin"]
    assert actors["vladimir-putin"]["roles"] == [{"title": "President of Russia", "from": "2000-05", "until": "2008-05"},
                                                 {"title": "President of Russia", "from": "2012-05", "until": ""}]


# --- claims/<id>/claim.json -----------------------------------------------------------------------

def test_claim_json_carries_the_claim_as_annotated(site: Site) -> None:
    claim = _claim(site, REVIEWED)
    data = claim_json(site, claim, BASE)
    assert data["generator"] == GENERATOR
    body = data["claim"]
    assert isinstance(body, dict)
    assert body["id"] == REVIEWED and body["url"] == f"{BASE}claims/{REVIEWED}/"
    assert body["title"] == claim.title and body["actor"] == claim.actor
    assert body["date"] == {"value": claim.date.iso, "precision": claim.date.precision}
    assert body["assertion"] == claim.assertion
    assert claim.counter_assertion is not None
    assert body["counter_assertion"] == {"text": claim.counter_assertion.text, "actors": ["polygraph-info", "mark-cutts"]}
    assert body["topics"] == ["responsibility", "military-escalation", "civilians", "fact-check"]
    assert body["status"] == {"value": "active", "date": claim.status.date.iso, "note": claim.status.note}
    assert body["updated"] == claim.updated.iso and body["aliases"] == list(claim.aliases)
    assert body["notes_markdown"] == claim.notes
    verdict = body["verdict"]
    assert verdict["reviewer"] == "polygraph-info" and verdict["rating"] == "Misleading"
    assert verdict["source"] == "erkhov-dodges-blame-2020-02"
    anchor = verdict["anchor"]
    assert [p["exact"] for p in anchor["parts"]] == ["The claim is misleading."]
    archived = (ROOT / site.source_by_id["erkhov-dodges-blame-2020-02"].path).read_text("utf-8")
    part = anchor["parts"][0]
    assert archived[part["start"]:part["end"]] == part["exact"]
    assert anchor["method"] == site.verdicts[REVIEWED].method and anchor["score"] == round(site.verdicts[REVIEWED].score, 4)
    assert part["method"] == site.verdicts[REVIEWED].spans[0].method
    assert part["score"] == round(site.verdicts[REVIEWED].spans[0].score, 4)


def test_a_claim_without_verdict_or_counter_assertion_says_null(site: Site) -> None:
    claim = next(c for c in site.annotations.claims if c.verdict is None)
    data = claim_json(site, replace(claim, counter_assertion=None), BASE)["claim"]
    assert data["verdict"] is None and data["counter_assertion"] is None  # type: ignore[index]


def test_claim_json_statements_are_the_anchored_quotes_in_order(site: Site) -> None:
    for claim in site.annotations.claims:
        data = claim_json(site, claim, BASE)
        quotes = site.quotes_by_claim.get(claim.id, ())
        statements = data["claim"]["statements"]  # type: ignore[index]
        assert [s["id"] for s in statements] == [q.statement.id for q in quotes]
        for s, q in zip(statements, quotes, strict=True):
            st = q.statement
            assert s["url"] == f"{BASE}claims/{claim.id}/#{statement_fragment(st.id)}"
            assert (s["speaker"], s["source"], s["quote_as_typed"]) == (st.speaker, st.source, st.quote)
            assert (s["kind"], s["side"]) == (st.kind, st.side)
            assert s["said"] == {"value": st.said.iso, "precision": st.said.precision, "note": st.said_note}
            assert s["responds_to"] == (st.responds_to or None)
            assert s["differences"] == [{"typed": c.typed, "article": c.article} for c in q.differences]
            archived = (ROOT / q.source.path).read_text("utf-8")
            assert s["anchor"]["method"] == q.anchor.method and s["anchor"]["score"] == round(q.anchor.score, 4)
            assert len(s["anchor"]["parts"]) == len(q.anchor.spans)
            for part, span in zip(s["anchor"]["parts"], q.anchor.spans, strict=True):
                assert archived[part["start"]:part["end"]] == part["exact"] == span.text
                assert (part["start"], part["end"]) == (span.start, span.end)
                assert part["method"] == span.method and part["score"] == round(span.score, 4)
        cited = {q.source.id for q in quotes} | ({claim.verdict.source} if claim.verdict else set())
        sources = data["sources"]
        assert [s["id"] for s in sources] == sorted(cited)  # type: ignore[attr-defined]
    # the seed has replies, and statements of both kinds and sides
    every = [q.statement for q in site.quotes]
    assert any(s.responds_to for s in every) and any(not s.responds_to for s in every)
    assert {s.kind for s in every} >= {"direct", "reported"}


def test_claim_json_sources_are_described_as_in_the_corpus(site: Site) -> None:
    claim = _claim(site, REVIEWED)
    for s in claim_json(site, claim, BASE)["sources"]:  # type: ignore[attr-defined]
        source = site.source_by_id[s["id"]]
        assert s == {"id": source.id, "path": source.path, "sha256": source.sha256, "outlet": source.meta.outlet,
                     "title": source.meta.title, "title_in_file": source.title_in_file, "byline": source.meta.byline,
                     "date": {"value": source.meta.date.iso, "precision": source.meta.date.precision,
                              "note": source.meta.date_note},
                     "url": source.meta.url, "language": source.meta.language, "saved_page": None}
        assert len(s["sha256"]) == 64 and s["path"].startswith("corpus/")


def test_claim_json_names_the_saved_page_a_source_was_extracted_from(site: Site) -> None:
    claim = _claim(site, REVIEWED)
    cited = claim_json(site, claim, BASE)["sources"][0]["id"]  # type: ignore[index]
    record = PageRecord("ab" * 32, "cd" * 32, "trafilatura 2.3.1")
    sources = tuple(replace(s, page=record) if s.id == cited else s for s in site.sources)
    other = replace(site, sources=sources)
    data = claim_json(other, claim, BASE)["sources"]
    saved = next(s["saved_page"] for s in data if s["id"] == cited)  # type: ignore[index,union-attr]
    assert saved == {"url": f"{BASE}sources/{cited}/page.html.txt", "html_sha256": "ab" * 32,
                     "text_sha256": "cd" * 32, "extractor": "trafilatura 2.3.1"}
    assert all(s["saved_page"] is None for s in data if s["id"] != cited)  # type: ignore[index]


def test_claim_json_differences_show_typed_and_article_words(site: Site) -> None:
    q = next(q for q in site.quotes if len(q.statement.quote.split()) > 4)
    words = q.anchor.spans[0].text.split()
    typed = " ".join(["Turkey" if i == 1 else w for i, w in enumerate(words)])
    span = replace(q.anchor.spans[0], method="fuzzy", score=0.912345678)
    fuzzy = replace(q, statement=replace(q.statement, quote=typed), anchor=replace(q.anchor, spans=(span,)))
    assert fuzzy.differences  # an approximate match whose typed words are not the article's
    other = replace(site, quotes=tuple(fuzzy if x is q else x for x in site.quotes))
    data = claim_json(other, q.claim, BASE)["claim"]
    s = next(s for s in data["statements"] if s["id"] == q.statement.id)  # type: ignore[index]
    assert s["differences"] == [{"typed": c.typed, "article": c.article} for c in fuzzy.differences]
    assert s["differences"][0]["typed"] != s["differences"][0]["article"]
    assert s["quote_as_typed"] == typed
    assert s["anchor"]["method"] == "fuzzy" and s["anchor"]["score"] == 0.9123  # rounded to 4 places
    assert s["anchor"]["parts"][0]["method"] == "fuzzy" and s["anchor"]["parts"][0]["score"] == 0.9123


# --- schema.org JSON-LD of a claim page -----------------------------------------------------------

def _history(*dates: str) -> tuple[HistoryRow, ...]:
    """Versions newest first, named v<n> from the oldest."""
    n = len(dates)
    return tuple(HistoryRow(f"v{n - i}", parse_partial_date(d) if d else UNKNOWN,
                            f"claims/x/v/v{n - i}/", ()) for i, d in enumerate(dates))


def test_claim_jsonld_describes_the_page_the_claim_and_where_it_appeared(site: Site) -> None:
    claim = _claim(site, "about-a-million-refugees-heading-to-turkey")
    url = f"{BASE}claims/{claim.id}/"
    graph = claim_jsonld(site, claim, BASE, _history("2020-03-05", "2020-03-04", "2020-03"))
    assert graph["@context"] == "https://schema.org"
    page, node = graph["@graph"]  # type: ignore[misc]
    assert page == {"@type": "WebPage", "@id": url, "url": url, "name": claim.title, "mainEntity": {"@id": url + "#claim"},
                    "isPartOf": {"@type": "WebSite", "url": BASE}, "version": "v3",
                    "datePublished": "2020-03", "dateModified": "2020-03-05"}
    speaker = site.actor_by_id[claim.actor]
    assert node["@type"] == "Claim" and node["@id"] == url + "#claim" and node["url"] == url
    assert node["name"] == claim.title and node["text"] == claim.assertion
    assert node["author"]["name"] == speaker.name
    assert node["author"]["@type"] == ("Person" if speaker.kind == "person" else "Organization")
    assert node.get("datePublished") == (claim.date.iso or None)
    appeared = sorted({q.source.id for q in site.quotes_by_claim[claim.id]})
    assert [a["archivedAt"] for a in node["appearance"]] == [f"{BASE}sources/{s}/" for s in appeared]
    for work, sid in zip(node["appearance"], appeared, strict=True):
        source = site.source_by_id[sid]
        assert work["@type"] == "CreativeWork" and work["name"] == source.meta.title
        assert work["url"] == (source.meta.url or f"{BASE}sources/{sid}/")
        assert work["publisher"] == {"@type": "Organization", "name": source.meta.outlet}
        assert work.get("datePublished") == (source.meta.date.iso or None)
    assert "citation" not in page


def test_claim_jsonld_without_history_or_dates_leaves_them_out(site: Site) -> None:
    claim = _claim(site, "about-a-million-refugees-heading-to-turkey")
    page, node = claim_jsonld(site, replace(claim, date=UNKNOWN), BASE, ())["@graph"]  # type: ignore[misc]
    assert not {"version", "datePublished", "dateModified"} & set(page)
    assert "datePublished" not in node
    page, _ = claim_jsonld(site, claim, BASE, _history("", ""))["@graph"]  # type: ignore[misc]
    assert page["version"] == "v2" and not {"datePublished", "dateModified"} & set(page)


def test_a_person_with_a_wikidata_item_is_the_same_as_it(site: Site) -> None:
    claim = site.annotations.claims[0]
    actor = replace(site.actor_by_id[claim.actor], kind="person", wikidata="Q7747")
    other = replace(site, annotations=replace(site.annotations, actors=tuple(
        actor if a.id == actor.id else a for a in site.annotations.actors)))
    _, node = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    assert node["author"] == {"@type": "Person", "name": actor.name, "sameAs": "https://www.wikidata.org/wiki/Q7747"}
    plain = replace(actor, kind="organisation", wikidata="")
    other = replace(site, annotations=replace(site.annotations, actors=tuple(
        plain if a.id == actor.id else a for a in site.annotations.actors)))
    _, node = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    assert node["author"] == {"@type": "Organization", "name": actor.name}


def test_a_verdict_is_cited_as_the_fact_checkers_claim_review(site: Site) -> None:
    claim = _claim(site, REVIEWED)
    url = f"{BASE}claims/{REVIEWED}/"
    page, _ = claim_jsonld(site, claim, BASE, ())["@graph"]  # type: ignore[misc]
    review = page["citation"]
    source = site.source_by_id["erkhov-dodges-blame-2020-02"]
    assert review["@type"] == "ClaimReview"
    assert review["itemReviewed"] == {"@id": url + "#claim"}
    assert review["author"] == {"@type": "Organization", "name": "Polygraph.info", "url": "https://www.polygraph.info/"}
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}  # Polygraph.info has no scale
    assert review["url"] == (source.meta.url or f"{BASE}sources/{source.id}/")
    assert review.get("datePublished") == (source.meta.date.iso or None)
    assert len(claim.title) <= 75 and review["claimReviewed"] == claim.title


def _reviewed_site(site: Site, *, reviewer_url: str, source_url: str, scale: tuple[str, ...],
                   title: str, date: str = "2020-02-20") -> tuple[Site, Claim]:
    claim = _claim(site, REVIEWED)
    assert claim.verdict is not None
    reviewer = replace(site.actor_by_id[claim.verdict.reviewer], url=reviewer_url, rating_scale=scale)
    source = site.source_by_id[claim.verdict.source]
    source = replace(source, meta=replace(source.meta, url=source_url,
                                          date=parse_partial_date(date) if date else UNKNOWN))
    claim = replace(claim, title=title)
    other = replace(site, sources=tuple(source if s.id == source.id else s for s in site.sources),
                    annotations=replace(site.annotations,
                                        actors=tuple(reviewer if a.id == reviewer.id else a for a in site.annotations.actors),
                                        claims=tuple(claim if c.id == claim.id else c for c in site.annotations.claims)))
    return other, claim


def test_a_rating_on_the_reviewers_scale_is_placed_on_it(site: Site) -> None:
    other, claim = _reviewed_site(site, reviewer_url="", source_url="https://www.polygraph.info/a/erkhov/1.html",
                                  scale=("False", "Misleading", "Unsubstantiated", "True"), title="Short title")
    page, _ = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    review = page["citation"]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading", "ratingValue": 2,
                                      "worstRating": 1, "bestRating": 4}
    # no address of its own: the reviewer's site is taken from its article's address
    assert review["author"]["url"] == "https://www.polygraph.info/"
    assert review["url"] == "https://www.polygraph.info/a/erkhov/1.html"
    assert review["claimReviewed"] == "Short title" and review["datePublished"] == "2020-02-20"


def test_a_rating_off_the_scale_and_a_reviewer_without_address(site: Site) -> None:
    title = "Erkhov says Turkey is to blame for the escalation in Idlib, not Syria and not Russia, says the envoy"
    other, claim = _reviewed_site(site, reviewer_url="", source_url="", scale=("False", "True"), title=title, date="")
    page, _ = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    review = page["citation"]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}
    assert "url" not in review["author"] and "datePublished" not in review
    assert review["url"] == f"{BASE}sources/erkhov-dodges-blame-2020-02/"
    # cut at a word boundary under 75 characters, with an ellipsis
    assert review["claimReviewed"] == "Erkhov says Turkey is to blame for the escalation in Idlib, not Syria and…"
    assert len(review["claimReviewed"]) <= 75


def test_a_title_of_exactly_the_limit_is_not_cut(site: Site) -> None:
    title = "x" * 70 + " abcd"
    assert len(title) == 75
    other, claim = _reviewed_site(site, reviewer_url="", source_url="", scale=(), title=title)
    page, _ = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    assert page["citation"]["claimReviewed"] == title
    title = "a" * 60 + ", " + "b" * 20
    other, claim = _reviewed_site(site, reviewer_url="", source_url="", scale=(), title=title)
    page, _ = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    assert page["citation"]["claimReviewed"] == "a" * 60 + "…"


# --- W3C Web Annotations --------------------------------------------------------------------------

def test_the_annotation_collection_points_to_its_first_and_last_pages() -> None:
    assert annotation_collection(7, "a-src", "z-src", BASE) == {
        "@context": "http://www.w3.org/ns/anno.jsonld", "id": f"{BASE}annotations.jsonld",
        "type": "AnnotationCollection", "label": "Anchored statements", "total": 7,
        "first": f"{BASE}sources/a-src/annotations.jsonld", "last": f"{BASE}sources/z-src/annotations.jsonld"}
    empty = annotation_collection(0, "", "", BASE)
    assert empty["total"] == 0 and "first" not in empty and "last" not in empty


def test_an_annotation_page_holds_the_statements_anchored_in_its_source(site: Site) -> None:
    source = site.sources[1]
    page = annotation_page(site, source, site.sources[0].id, site.sources[2].id, BASE)
    assert page["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert page["id"] == f"{BASE}sources/{source.id}/annotations.jsonld" and page["type"] == "AnnotationPage"
    assert page["partOf"] == f"{BASE}annotations.jsonld"
    assert page["prev"] == f"{BASE}sources/{site.sources[0].id}/annotations.jsonld"
    assert page["next"] == f"{BASE}sources/{site.sources[2].id}/annotations.jsonld"
    quotes = site.quotes_by_source[source.id]
    items = page["items"]
    assert len(items) == len(quotes) > 0  # type: ignore[arg-type]
    for item, q in zip(items, quotes, strict=True):  # type: ignore[call-overload]
        assert item["id"] == f"{BASE}claims/{q.claim.id}/#{q.statement.id}"
        assert item["type"] == "Annotation" and item["motivation"] == "identifying"
        assert item["creator"] == {"type": "Software", "name": GENERATOR}
        described, linked = item["body"]
        said = "quoted" if q.statement.kind == "direct" else "reported"
        assert described == {"type": "TextualBody", "purpose": "describing", "format": "text/plain",
                             "value": f"{q.speaker.name} ({said}), {q.statement.side} of the claim “{q.claim.title}”"}
        assert linked == {"type": "SpecificResource", "purpose": "linking", "source": f"{BASE}claims/{q.claim.id}/"}
        assert [t["scope"] for t in item["target"]] == [f"{BASE}sources/{source.id}/"] * len(q.anchor.spans)
        assert [t["source"] for t in item["target"]] == [f"{BASE}sources/{source.id}/article.txt"] * len(q.anchor.spans)
        assert [t["selector"][0]["exact"] for t in item["target"]] == [s.text for s in q.anchor.spans]
    ends = annotation_page(site, source, "", "", BASE)
    assert "prev" not in ends and "next" not in ends


def test_annotations_say_quoted_or_reported(site: Site) -> None:
    values = [item["body"][0]["value"] for s in site.sources
              for item in annotation_page(site, s, "", "", BASE)["items"]]  # type: ignore[attr-defined]
    assert any("(quoted)" in v for v in values) and any("(reported)" in v for v in values)


@pytest.mark.parametrize("entries", [2, catalogue.ENTRIES])
def test_the_catalogue_made_a_few_claims_at_a_time_is_the_catalogue_as_json(
        site: Site, entries: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue, "ENTRIES", entries)
    made = catalogue_json(site, BASE)
    assert made == dumps(claims_catalogue(site, BASE)).encode()
    assert len(site.annotations.claims) > 2 * 2 and any(a.roles for a in site.annotations.actors)


def test_the_catalogue_made_again_makes_only_the_chunks_whose_claims_are_not_the_last_builds_objects(
        site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """serve (catalogue.Chunks): from a process's second build on, a chunk of the very claims (the same objects)
    of the last build's at its place, with the same base URL, is taken as it was; the bytes are a fresh catalogue's."""
    monkeypatch.setattr(catalogue, "ENTRIES", 2)
    claims = site.annotations.claims
    assert len(claims) > 3 * 2
    edited = replace(site, annotations=replace(site.annotations, claims=(
        *claims[:3], replace(claims[3], title=claims[3].title + " (edited)"), *claims[4:])))
    shorter = replace(site, annotations=replace(site.annotations, claims=claims[1:]))  # every chunk shifted
    expected = [dumps(claims_catalogue(s, base)).encode()
                for s, base in ((site, BASE), (edited, BASE), (shorter, BASE), (shorter, BASE + "v2/"))]
    made: list[str] = []
    entry = catalogue._claim
    monkeypatch.setattr(catalogue, "_claim", lambda c, base_url: (made.append(c.id), entry(c, base_url))[1])
    chunks = catalogue.Chunks().planned(site, BASE)
    catalogue_json(site, BASE, chunks)
    assert chunks.made == []  # a process that builds once holds nothing
    made.clear()
    chunks.planned(site, BASE)  # the second build's plan (serve's quiet moment: claims.json kept) makes every chunk
    assert made == [c.id for c in claims] and len(chunks.made) == -(-len(claims) // 2)
    made.clear()
    assert catalogue_json(site, BASE, chunks) == expected[0]
    assert made == []
    assert catalogue_json(edited, BASE, chunks) == expected[1]
    assert made == [c.id for c in claims[2:4]]  # the chunk of the claim edited
    made.clear()
    assert catalogue_json(shorter, BASE, chunks) == expected[2]
    assert made == [c.id for c in claims[1:]]
    made.clear()
    assert catalogue_json(shorter, BASE + "v2/", chunks) == expected[3]
    assert made == [c.id for c in claims[1:]]


# --- sitemap and feed -----------------------------------------------------------------------------

def test_the_sitemap_made_a_few_rows_at_a_time_is_the_sitemap_of_every_address() -> None:
    parts = [tuple((f"{part}/{n}/", f"2020-03-{n % 28 + 1:02d}" if n % 3 else "") for n in range(1_000, 0, -1))
             for part in ("claims", "sources", "actors")]  # more than ROWS rows, out of order
    assert sum(map(len, parts)) > 2 * ROWS
    made = _sitemap(BASE, parts)
    assert made == sitemap([(BASE + path, changed) for part in parts for path, changed in part]).encode()
    assert made.count(b"<url>") == 3_000

def test_the_sitemap_lists_addresses_sorted_with_their_dates() -> None:
    text = sitemap([(f"{BASE}b/", ""), (f"{BASE}a/?x=1&y=2", "2020-03-04")])
    assert text == ('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                    f"  <url><loc>{BASE}a/?x=1&amp;y=2</loc><lastmod>2020-03-04</lastmod></url>\n"
                    f"  <url><loc>{BASE}b/</loc></url>\n"
                    "</urlset>\n")


def test_the_feed_has_one_entry_per_claim_with_its_version_dates(site: Site) -> None:
    claims = site.annotations.claims[:3]
    dates = {c.id: (parse_partial_date("2020-02"), parse_partial_date(f"2020-03-0{i + 1}")) for i, c in enumerate(claims)}
    text = atom_feed(site, claims, dates, "Idlib & claims", BASE)
    root = ET.fromstring(text)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}id") == BASE and root.findtext(f"{ATOM}title") == "Idlib & claims"
    assert root.findtext(f"{ATOM}updated") == "2020-03-03T00:00:00Z"  # the newest entry's
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Idlib & claims"
    links = {link.get("rel"): link for link in root.findall(f"{ATOM}link")}
    assert links["self"].get("href") == f"{BASE}feed.xml"
    assert links["alternate"].get("href") == BASE and links["alternate"].get("type") == "text/html"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for i, (entry, claim) in enumerate(zip(entries, claims, strict=True)):
        url = f"{BASE}claims/{claim.id}/"
        assert entry.findtext(f"{ATOM}id") == url and entry.findtext(f"{ATOM}title") == claim.title
        link = entry.find(f"{ATOM}link")
        assert link is not None and (link.get("rel"), link.get("type"), link.get("href")) == ("alternate", "text/html", url)
        assert entry.findtext(f"{ATOM}published") == "2020-02-01T00:00:00Z"
        assert entry.findtext(f"{ATOM}updated") == f"2020-03-0{i + 1}T00:00:00Z"
        n = len(site.quotes_by_claim.get(claim.id, ()))
        assert entry.findtext(f"{ATOM}summary") == f"{claim.assertion} ({n} statements)"
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n')
    assert text.endswith("  </entry>\n</feed>\n")


def test_an_empty_feed_and_unknown_dates_use_the_epoch(site: Site) -> None:
    root = ET.fromstring(atom_feed(site, (), {}, "T", BASE))
    assert root.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z" and not root.findall(f"{ATOM}entry")
    claim = site.annotations.claims[0]
    root = ET.fromstring(atom_feed(site, (claim,), {claim.id: (UNKNOWN, parse_partial_date("2021"))}, "T", BASE))
    entry = root.find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}published") == "1970-01-01T00:00:00Z"
    assert entry.findtext(f"{ATOM}updated") == "2021-01-01T00:00:00Z"


def test_a_long_title_is_cut_after_the_last_whole_word_that_fits(site: Site) -> None:
    title = " ".join(["word"] * 20)  # 99 characters: 14 words and an ellipsis fit, 15 would not
    other, claim = _reviewed_site(site, reviewer_url="", source_url="", scale=(), title=title)
    page, _ = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    assert page["citation"]["claimReviewed"] == " ".join(["word"] * 14) + "…"
    # only punctuation that would dangle before the ellipsis is dropped, never a word's letters
    title = "Turkish troops are in Idlib illegally, Russia's envoy told a network FOX on Sunday"
    other, claim = _reviewed_site(site, reviewer_url="", source_url="", scale=(), title=title)
    page, _ = claim_jsonld(other, claim, BASE, ())["@graph"]  # type: ignore[misc]
    assert page["citation"]["claimReviewed"] == "Turkish troops are in Idlib illegally, Russia's envoy told a network FOX…"


def test_a_site_under_a_path_named_claims_links_the_reviewers_archived_article(site: Site) -> None:
    base = "https://example.org/claims/"  # a base URL that itself holds "claims/"
    other, claim = _reviewed_site(site, reviewer_url="", source_url="", scale=(), title="T")
    page, node = claim_jsonld(other, claim, base, ())["@graph"]  # type: ignore[misc]
    assert page["citation"]["url"] == "https://example.org/claims/sources/erkhov-dodges-blame-2020-02/"
    assert node["appearance"][0]["archivedAt"] == "https://example.org/claims/sources/erkhov-dodges-blame-2020-02/"


def test_a_verdict_published_elsewhere_cites_that_source_too(site: Site) -> None:
    claim = _claim(site, REVIEWED)
    assert claim.verdict is not None
    quoted = {q.source.id for q in site.quotes_by_claim[REVIEWED]}
    elsewhere = next(s.id for s in site.sources if s.id not in quoted)
    moved = replace(claim, verdict=replace(claim.verdict, source=elsewhere))
    sources = claim_json(site, moved, BASE)["sources"]
    assert [s["id"] for s in sources] == sorted(quoted | {elsewhere})  # type: ignore[attr-defined]


def test_a_claim_and_a_source_without_anchored_statements(site: Site) -> None:
    claim = site.annotations.claims[0]
    bare = replace(site, quotes=tuple(q for q in site.quotes if q.claim.id != claim.id))
    _, node = claim_jsonld(bare, claim, BASE, ())["@graph"]  # type: ignore[misc]
    assert node["appearance"] == []
    assert claim_json(bare, claim, BASE)["claim"]["statements"] == []  # type: ignore[index]
    entry = ET.fromstring(atom_feed(bare, (claim,), {claim.id: (claim.date, claim.updated)}, "T", BASE)).find(f"{ATOM}entry")
    assert entry is not None and entry.findtext(f"{ATOM}summary") == f"{claim.assertion} (0 statements)"
    source = site.sources[0]
    unquoted = replace(site, quotes=tuple(q for q in site.quotes if q.source.id != source.id))
    assert annotation_page(unquoted, source, "", "", BASE)["items"] == []


def test_the_feed_text_is_exactly_atom_entries_one_after_another(site: Site) -> None:
    a, b = site.annotations.claims[:2]
    day = parse_partial_date("2020-03-04")
    text = atom_feed(site, (a, b), {a.id: (day, day), b.id: (day, day)}, "T", BASE)
    head = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            f"  <id>{BASE}</id>\n  <title>T</title>\n  <link rel=\"self\" href=\"{BASE}feed.xml\"/>\n"
            f'  <link rel="alternate" type="text/html" href="{BASE}"/>\n  <updated>2020-03-04T00:00:00Z</updated>\n'
            "  <author><name>T</name></author>\n")

    def entry(c: Claim) -> str:
        n = len(site.quotes_by_claim.get(c.id, ()))
        return ("  <entry>\n"
                f"    <id>{BASE}claims/{c.id}/</id>\n"
                f"    <title>{c.title}</title>\n"
                f'    <link rel="alternate" type="text/html" href="{BASE}claims/{c.id}/"/>\n'
                "    <published>2020-03-04T00:00:00Z</published>\n"
                "    <updated>2020-03-04T00:00:00Z</updated>\n"
                f"    <summary>{c.assertion} ({n} statements)</summary>\n"
                "  </entry>\n")

    assert not {"&", "<", ">"} & set(a.title + a.assertion + b.title + b.assertion)
    assert text == head + entry(a) + entry(b) + "</feed>\n"
