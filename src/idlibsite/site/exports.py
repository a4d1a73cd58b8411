"""Machine-readable output: schema.org JSON-LD, claims.json, W3C Web Annotations,
sitemap.xml and an Atom feed (pure; deterministic ordering, no timestamps).

No export holds the whole site, so that editing one claim re-makes only small
files: ``claims.json`` is a catalogue pointing to one ``claims/<id>/claim.json``
per claim, ``annotations.jsonld`` is a W3C ``AnnotationCollection`` whose
``AnnotationPage``s are per source (``sources/<id>/annotations.jsonld``), and
the feed carries the newest :data:`FEED_ENTRIES` claims only (as Hugo limits
its RSS).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from idlibsite import __version__
from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.spans import Anchor, position_selector, quote_selector
from idlibsite.annotations.records import Actor, Claim
from idlibsite.dates import PartialDate
from idlibsite.site.fragments import statement_fragment
from idlibsite.site.sourcepage import evidence_name
from idlibsite.site.versioned import HistoryRow
from idlibsite.sources.records import Source

FEED_ENTRIES = 50  # the feed lists the claims most recently updated, up to this many
ANNOTATIONS = "annotations.jsonld"  # the collection, and each source's page of it


def dumps(value: object) -> str:
    """Stable, compact JSON: sorted keys, UTF-8, a final newline.  (No ``indent``: with it
    ``json`` falls back to its pure-Python encoder, several times slower.)"""
    return compact(value) + "\n"


def compact(value: object) -> str:
    """:func:`dumps` without its final newline: as ``value`` is written inside a list or object of it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def script_json(value: object) -> str:
    """JSON safe inside <script type="application/ld+json"> (no "</" can close it)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


CLAIM_REVIEWED_CHARS = 75  # Google's advice for claimReviewed: under 75 characters


def _agent(actor: Actor) -> dict[str, object]:
    agent: dict[str, object] = {"@type": "Person" if actor.kind == "person" else "Organization",
                                "name": actor.name}
    if actor.wikidata:
        agent["sameAs"] = f"https://www.wikidata.org/wiki/{actor.wikidata}"
    return agent


def _date(date: PartialDate) -> str | None:
    return date.iso or None


def _short(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to fit ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def claim_jsonld(site: Site, claim: Claim, base_url: str, history: Sequence[HistoryRow]) -> dict[str, object]:
    """schema.org: the claim page (WebPage), the Claim with where it appeared, and a
    ClaimReview only where a fact-checker published a verdict (cited as theirs).
    ``history`` is the claim's versions, newest first."""
    url = f"{base_url}claims/{claim.id}/"
    quotes = site.quotes_by_claim.get(claim.id, ())
    appearances = sorted({q.source.id for q in quotes})
    page: dict[str, object] = {
        "@type": "WebPage",
        "@id": url,
        "url": url,
        "name": claim.title,
        "mainEntity": {"@id": url + "#claim"},
        "isPartOf": {"@type": "WebSite", "url": base_url},
    }
    if history:
        page["version"] = history[0].version
        if (first := _date(history[-1].date)) is not None:
            page["datePublished"] = first
        if (last := _date(history[0].date)) is not None:
            page["dateModified"] = last
    node: dict[str, object] = {
        "@type": "Claim",
        "@id": url + "#claim",
        "name": claim.title,
        "text": claim.assertion,
        "author": _agent(site.actor_by_id[claim.actor]),
        "url": url,
        "appearance": [_appearance(site.source_by_id[sid], base_url) for sid in appearances],
    }
    if (first := _date(claim.date)) is not None:
        node["datePublished"] = first
    if claim.verdict is not None:  # not this site's review: cited by the page, as the reviewer's
        page["citation"] = _claim_review(site, claim, url)
    return {"@context": "https://schema.org", "@graph": [page, node]}


def _appearance(source: Source, base_url: str) -> dict[str, object]:
    """Where the claim appeared: the original article, and the copy archived on this site."""
    archived = f"{base_url}sources/{source.id}/"
    work: dict[str, object] = {
        "@type": "CreativeWork",
        "url": source.meta.url or archived,
        "archivedAt": archived,
        "name": source.meta.title,
        "publisher": {"@type": "Organization", "name": source.meta.outlet},
    }
    if (published := _date(source.meta.date)) is not None:
        work["datePublished"] = published
    return work


def _claim_review(site: Site, claim: Claim, url: str) -> dict[str, object]:
    """The reviewer's own verdict, cited: its words, its article, its scale when it has one."""
    verdict = claim.verdict
    assert verdict is not None
    reviewer = site.actor_by_id[verdict.reviewer]
    source = site.source_by_id[verdict.source]
    author = _agent(reviewer)
    if reviewer.url:
        author["url"] = reviewer.url
    elif source.meta.url:  # the reviewer's site, from its article's address
        parts = urlsplit(source.meta.url)
        author["url"] = f"{parts.scheme}://{parts.netloc}/"
    rating: dict[str, object] = {"@type": "Rating", "alternateName": verdict.rating}
    if verdict.rating in reviewer.rating_scale:
        rating.update(ratingValue=reviewer.rating_scale.index(verdict.rating) + 1,
                      worstRating=1, bestRating=len(reviewer.rating_scale))
    review: dict[str, object] = {
        "@type": "ClaimReview",
        "claimReviewed": _short(claim.title, CLAIM_REVIEWED_CHARS),
        "itemReviewed": {"@id": url + "#claim"},
        "author": author,
        "reviewRating": rating,
        "url": source.meta.url or f"{url.rsplit('claims/', 1)[0]}sources/{source.id}/",
    }
    if (published := _date(source.meta.date)) is not None:
        review["datePublished"] = published
    return review


def _anchor_json(anchor: Anchor) -> dict[str, object]:
    return {
        "method": anchor.method,
        "score": round(anchor.score, 4),
        "parts": [
            {
                "start": s.start,
                "end": s.end,
                "exact": s.text,
                "method": s.method,
                "score": round(s.score, 4),
            }
            for s in anchor.spans
        ],
    }


def claim_json(site: Site, claim: Claim, base_url: str) -> dict[str, object]:
    """claims/<id>/claim.json: everything a researcher needs about one claim — its
    statements with their anchors, its verdict, and the sources they are anchored in."""
    quotes = site.quotes_by_claim.get(claim.id, ())
    cited = {q.source.id for q in quotes} | ({claim.verdict.source} if claim.verdict else set())
    return {
        "generator": f"idlibsite {__version__}",
        "claim": {
            "id": claim.id,
            "url": f"{base_url}claims/{claim.id}/",
            "title": claim.title,
            "actor": claim.actor,
            "date": {"value": claim.date.iso, "precision": claim.date.precision},
            "assertion": claim.assertion,
            "counter_assertion": None
            if claim.counter_assertion is None
            else {
                "text": claim.counter_assertion.text,
                "actors": list(claim.counter_assertion.actors),
            },
            "topics": list(claim.topics),
            "status": {
                "value": claim.status.value,
                "date": claim.status.date.iso,
                "note": claim.status.note,
            },
            "updated": claim.updated.iso,
            "aliases": list(claim.aliases),
            "verdict": None
            if claim.verdict is None
            else {
                "reviewer": claim.verdict.reviewer,
                "rating": claim.verdict.rating,
                "source": claim.verdict.source,
                "anchor": _anchor_json(site.verdicts[claim.id]),
            },
            "notes_markdown": claim.notes,
            "statements": [_statement_json(q, base_url) for q in quotes],
        },
        "sources": [_source_json(site.source_by_id[sid], base_url) for sid in sorted(cited)],
    }


def _source_json(s: Source, base_url: str) -> dict[str, object]:
    page = s.page  # the web page the text was extracted from, published byte for byte as text/plain
    return {
        "id": s.id,
        "path": s.path,
        "sha256": s.sha256,
        "outlet": s.meta.outlet,
        "title": s.meta.title,
        "title_in_file": s.title_in_file,
        "byline": s.meta.byline,
        "date": {
            "value": s.meta.date.iso,
            "precision": s.meta.date.precision,
            "note": s.meta.date_note,
        },
        "url": s.meta.url,
        "language": s.meta.language,
        "saved_page": None if page is None else {"url": f"{base_url}sources/{s.id}/{evidence_name(page)}",
            f"{page.suffix[1:]}_sha256": page.html_sha256, "text_sha256": page.text_sha256,
            "extractor": page.extractor},
    }


def _statement_json(q: Quote, base_url: str) -> dict[str, object]:
    s = q.statement
    return {
        "id": s.id,
        "url": f"{base_url}claims/{q.claim.id}/#{statement_fragment(s.id)}",
        "speaker": s.speaker,
        "source": s.source,
        "quote_as_typed": s.quote,
        # where an approximate match's typed words are not the article's (the anchor has those)
        "differences": [{"typed": c.typed, "article": c.article} for c in q.differences],
        "kind": s.kind,
        "side": s.side,
        "said": {"value": s.said.iso, "precision": s.said.precision, "note": s.said_note},
        "responds_to": s.responds_to or None,  # the id of the statement of this claim it answers
        "anchor": _anchor_json(q.anchor),
    }


def annotation_collection(total: int, first: str, last: str, base_url: str) -> dict[str, object]:
    """annotations.jsonld: the W3C AnnotationCollection of every anchored statement, paged
    by source.  ``first`` and ``last`` are the ids of the first and last annotated sources."""
    collection: dict[str, object] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"{base_url}{ANNOTATIONS}",
        "type": "AnnotationCollection",
        "label": "Anchored statements",
        "total": total,
    }
    if total:
        collection["first"] = f"{base_url}sources/{first}/{ANNOTATIONS}"
        collection["last"] = f"{base_url}sources/{last}/{ANNOTATIONS}"
    return collection


def annotation_page(site: Site, source: Source, before: str, after: str, base_url: str) -> dict[str, object]:
    """sources/<id>/annotations.jsonld: one AnnotationPage of the collection, the spans
    anchored in one source.  ``before`` and ``after`` are the ids of the previous and next
    annotated sources ("" at either end).  No ``startIndex`` (a SHOULD of the model): it
    would change every later page whenever one source gains a statement."""
    page: dict[str, object] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"{base_url}sources/{source.id}/{ANNOTATIONS}",
        "type": "AnnotationPage",
        "partOf": f"{base_url}{ANNOTATIONS}",
        "items": [_annotation(q, base_url) for q in site.quotes_by_source.get(source.id, ())],
    }
    if before:
        page["prev"] = f"{base_url}sources/{before}/{ANNOTATIONS}"
    if after:
        page["next"] = f"{base_url}sources/{after}/{ANNOTATIONS}"
    return page


def _annotation(q: Quote, base_url: str) -> dict[str, object]:
    """An anchored statement as a W3C Web Annotation targeting the archived file."""
    return {
        # an identifier, published before statements' element ids were namespaced: it stays (the claim
        # page keeps the old id on an element of the statement, see site/fragments.py)
        "id": f"{base_url}claims/{q.claim.id}/#{q.statement.id}",
        "type": "Annotation",
        "motivation": "identifying",
        "creator": {"type": "Software", "name": f"idlibsite {__version__}"},
        "body": [
            {
                "type": "TextualBody",
                "purpose": "describing",
                "format": "text/plain",
                "value": f"{q.speaker.name} ({'quoted' if q.statement.kind == 'direct' else 'reported'}), "
                f"{q.statement.side} of the claim “{q.claim.title}”",
            },
            {
                "type": "SpecificResource",
                "purpose": "linking",
                "source": f"{base_url}claims/{q.claim.id}/",
            },
        ],
        "target": [
            {
                "source": f"{base_url}sources/{q.source.id}/article.txt",
                "scope": f"{base_url}sources/{q.source.id}/",
                "selector": [quote_selector(span), position_selector(span)],
            }
            for span in q.anchor.spans
        ],
    }


SITEMAP_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
SITEMAP_TAIL = "</urlset>\n"


def sitemap(urls: Sequence[tuple[str, str]]) -> str:
    """``urls`` are (address, date of last change in W3C form or "")."""
    return SITEMAP_HEAD + sitemap_rows(sorted(urls)) + SITEMAP_TAIL


def sitemap_rows(urls: Sequence[tuple[str, str]]) -> str:
    """The sitemap's rows of ``urls``, in their order."""
    return "".join(f"  <url><loc>{xml_escape(u)}</loc>{f'<lastmod>{d}</lastmod>' if d else ''}</url>\n"
                   for u, d in urls)


def atom_feed(site: Site, claims: Sequence[Claim], dates: Mapping[str, tuple[PartialDate, PartialDate]],
              title: str, base_url: str) -> str:
    """One entry per claim given (the newest :data:`FEED_ENTRIES`, newest first), with the
    dates of its first and latest versions (``dates``: claim id -> (published, updated);
    never the build time)."""
    entries = []
    stamps = []
    for claim in claims:
        first, last = dates[claim.id]
        stamp = _atom_time(last)
        stamps.append(stamp)
        url = f"{base_url}claims/{claim.id}/"
        quotes = site.quotes_by_claim.get(claim.id, ())
        summary = f"{claim.assertion} ({len(quotes)} statements)"
        entries.append(
            "  <entry>\n"
            f"    <id>{xml_escape(url)}</id>\n"
            f"    <title>{xml_escape(claim.title)}</title>\n"
            f'    <link rel="alternate" type="text/html" href="{xml_escape(url)}"/>\n'
            f"    <published>{_atom_time(first)}</published>\n"
            f"    <updated>{stamp}</updated>\n"
            f"    <summary>{xml_escape(summary)}</summary>\n"
            "  </entry>\n"
        )
    updated = max(stamps, default="1970-01-01T00:00:00Z")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <id>{xml_escape(base_url)}</id>\n"
        f"  <title>{xml_escape(title)}</title>\n"
        f'  <link rel="self" href="{xml_escape(base_url)}feed.xml"/>\n'
        f'  <link rel="alternate" type="text/html" href="{xml_escape(base_url)}"/>\n'
        f"  <updated>{updated}</updated>\n"
        f"  <author><name>{xml_escape(title)}</name></author>\n" + "".join(entries) + "</feed>\n"
    )


def _atom_time(date: PartialDate) -> str:
    iso = date.iso or "1970"
    parts = (iso.split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"
