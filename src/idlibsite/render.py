"""Render the site model to files: Jinja templates in, ``{path: bytes}`` out (no I/O).

One Jinja environment, built in one place: autoescape on, undefined variables
are errors, and an ordered search path — the project's own ``templates/``
first, the packaged defaults after — so a site overrides any template by
giving a file of the same name.
"""

from __future__ import annotations

import posixpath
import traceback
from collections import defaultdict
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt

from idlibsite import __version__
from idlibsite.annotations import Claim
from idlibsite.citation import Citation, bibtex, csl_json, version
from idlibsite.config import Config
from idlibsite.errors import InputError, Problem
from idlibsite.exports import (
    annotations_jsonld,
    atom_feed,
    claim_jsonld,
    claims_json,
    dumps,
    script_json,
    sitemap,
)
from idlibsite.highlight import Highlight, block_html
from idlibsite.model import Quote, Site, evidence_status, span_id

KIND_LABELS = {
    "byline": "Byline",
    "dateline": "Date line",
    "caption": "Caption or credit",
    "related-link": "Related link",
    "chrome": "Page furniture",
    "footnote": "Footnote",
    "url": "Original address",
}
SIDE_LABELS = {
    "assertion": "for the assertion",
    "counter": "for the counter-assertion",
    "context": "context",
}


def environment(config: Config) -> jinja2.Environment:
    """The one Jinja environment: the site's templates/ first, then the packaged defaults."""
    loaders: list[jinja2.BaseLoader] = []
    if config.templates.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(config.templates)))
    loaders.append(jinja2.PackageLoader("idlibsite", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(
        config=config,
        version=__version__,
        topic_label=lambda slug: slug.replace("-", " ").capitalize(),
        kind_label=lambda kind: KIND_LABELS.get(kind, kind),
        side_label=lambda side: SIDE_LABELS[side],
    )
    return env


def _markdown() -> MarkdownIt:
    # Raw HTML off: notes are shown as text, never run. markdown-it refuses
    # javascript:, vbscript:, file: and data: links on its own.
    return MarkdownIt("commonmark", {"html": False})


def render_site(site: Site, config: Config, inputs: Mapping[str, bytes]) -> dict[str, bytes]:
    """Every output file of the site.

    ``inputs`` holds the bytes of each annotation file (``claims/<id>``, for the
    citation version) and of each article (``sources/<id>``, published as is).
    """
    env = environment(config)
    files: dict[str, bytes] = {}
    problems: list[Problem] = []

    def page(path: str, template: str, **context: object) -> None:
        page_path = path.removesuffix("index.html")
        try:
            html = env.get_template(template).render(
                page_path=page_path,
                url=_relative_to(page_path),
                absolute=_absolute(config),
                **context,
            )
        except jinja2.TemplateError as exc:
            problems.append(_template_problem(exc, template, config))
            return
        _put(files, problems, path, html.encode("utf-8"))

    md = _markdown()
    claims = site.annotations.claims
    for claim in claims:
        quotes = site.quotes_by_claim.get(claim.id, ())
        cite = _citation(site, claim, config, inputs[f"claims/{claim.id}"])
        page(
            f"claims/{claim.id}/index.html",
            "claim.html",
            section="claims",
            **_claim_context(site, claim, quotes),
            cite=cite,
            notes_html=md.render(claim.notes) if claim.notes else "",
            jsonld=script_json(claim_jsonld(site, claim, config.base_url)),
        )
        _put(files, problems, f"claims/{claim.id}/cite.bib", bibtex(cite).encode())
        _put(files, problems, f"claims/{claim.id}/cite.json", csl_json(cite).encode())
        for alias in claim.aliases:
            page(
                f"claims/{alias}/index.html",
                "redirect.html",
                claim=claim,
                target=f"claims/{claim.id}/",
            )
    for source in site.sources:
        page(
            f"sources/{source.id}/index.html",
            "source.html",
            section="sources",
            **_source_context(site, source),
        )
        _put(files, problems, f"sources/{source.id}/article.txt", inputs[f"sources/{source.id}"])
    for actor in site.annotations.actors:
        page(
            f"actors/{actor.id}/index.html",
            "actor.html",
            section="actors",
            actor=actor,
            quotes=sorted(site.quotes_by_actor.get(actor.id, ()), key=_by_date),
            asserted=[c for c in claims if c.actor == actor.id],
        )
    page("index.html", "index.html", section="claims", topics=_topics(site))
    page("actors/index.html", "actors.html", section="actors", groups=_actor_groups(site))
    page(
        "sources/index.html",
        "sources.html",
        section="sources",
        sources=[
            (s, len(site.quotes_by_source.get(s.id, ())))
            for s in sorted(
                site.sources, key=lambda s: (s.meta.date.sort_key(), s.id), reverse=True
            )
        ],
    )
    page("timeline/index.html", "timeline.html", section="timeline", periods=_periods(site))
    page("about/index.html", "about.html", section="about")
    page("404.html", "404.html", section="")
    if problems:
        raise InputError(problems)
    files["static/site.css"] = _static("site.css")
    files["claims.json"] = dumps(claims_json(site, config.base_url)).encode()
    files["annotations.jsonld"] = dumps(annotations_jsonld(site, config.base_url)).encode()
    files["feed.xml"] = atom_feed(site, config.title, config.base_url).encode()
    pages = [p.removesuffix("index.html") for p in files if p.endswith(".html") and p != "404.html"]
    redirects = {f"claims/{a}/" for c in claims for a in c.aliases}
    files["sitemap.xml"] = sitemap(
        [config.base_url + p for p in pages if p not in redirects]
    ).encode()
    files["robots.txt"] = (
        f"User-agent: *\nAllow: /\nSitemap: {config.base_url}sitemap.xml\n".encode()
    )
    return dict(sorted(files.items()))


def _put(files: dict[str, bytes], problems: list[Problem], path: str, data: bytes) -> None:
    if path in files:
        problems.append(
            Problem(
                path,
                None,
                None,
                f"two pages would be written to {path}",
                "give the claims, aliases, actors and sources distinct ids",
            )
        )
    files[path] = data


def _static(name: str) -> bytes:
    return resources.files("idlibsite").joinpath("static", name).read_bytes()


def _relative_to(page_path: str) -> Callable[[str], str]:
    """url(target): the link from this page to a site path ("" is the home page)."""
    here = posixpath.dirname(page_path) if not page_path.endswith("/") else page_path.rstrip("/")
    if page_path == "404.html":
        return lambda target: (
            "/" + target
        )  # served at any depth: root-relative is the only safe form

    def url(target: str) -> str:
        rel = posixpath.relpath(target or ".", here or ".")
        if target.endswith("/") or not target:
            rel = rel.rstrip("/") + "/" if rel != "." else "./"
        return rel

    return url


def _absolute(config: Config) -> Callable[[str], str]:
    return lambda path: config.base_url + path


def _by_date(q: Quote) -> tuple[str, str, str]:
    return (q.statement.said.sort_key(), q.claim.id, q.statement.id)


def _claim_context(site: Site, claim: Claim, quotes: tuple[Quote, ...]) -> dict[str, object]:
    by_side: dict[str, list[Quote]] = {"assertion": [], "counter": [], "context": []}
    for q in quotes:
        by_side[q.statement.side].append(q)
    counter = claim.counter_assertion
    verdict_link = ""
    if claim.verdict is not None:
        first = site.verdicts[claim.id].spans[0]
        verdict_link = f"sources/{claim.verdict.source}/#{span_id(first.start, first.end)}"
    return {
        "claim": claim,
        "actor": site.actor_by_id[claim.actor],
        "reviewer": site.actor_by_id[claim.verdict.reviewer] if claim.verdict else None,
        "verdict_link": verdict_link,
        "counter_actors": [site.actor_by_id[a] for a in counter.actors] if counter else [],
        "quotes": quotes,
        "by_side": by_side,
        "status": evidence_status(quotes),
        "outlets": sorted({q.source.meta.outlet for q in quotes}),
    }


def _citation(site: Site, claim: Claim, config: Config, annotation: bytes) -> Citation:
    quotes = site.quotes_by_claim.get(claim.id, ())
    texts = [span.text.encode() for q in quotes for span in q.anchor.spans]
    return Citation(
        key=f"idlibsite-{claim.id}",
        title=claim.title,
        publisher=config.title,
        url=f"{config.base_url}claims/{claim.id}/",
        updated=claim.updated,
        version=version([annotation, *texts]),
    )


def _source_context(site: Site, source: object) -> dict[str, object]:
    from idlibsite.records import Source

    assert isinstance(source, Source)
    cited: dict[tuple[int, int], list[tuple[str, str, str]]] = defaultdict(list)
    for q in site.quotes_by_source.get(source.id, ()):
        for span in q.anchor.spans:
            cited[(span.start, span.end)].append(
                (
                    f"claims/{q.claim.id}/#{q.statement.id}",
                    f"Quoted on the claim “{q.claim.title}” ({q.speaker.name})",
                    q.speaker.name,
                )
            )
    for claim in site.annotations.claims:
        if claim.verdict is not None and claim.verdict.source == source.id:
            for span in site.verdicts[claim.id].spans:
                cited[(span.start, span.end)].append(
                    (
                        f"claims/{claim.id}/",
                        f"The verdict on the claim “{claim.title}”",
                        site.actor_by_id[claim.verdict.reviewer].name,
                    )
                )
    url = _relative_to(f"sources/{source.id}/")
    highlights = [
        Highlight(
            start,
            end,
            span_id(start, end),
            ", ".join(sorted({who for _, _, who in refs})),
            tuple(
                (url(href.split("#")[0]) + ("#" + href.split("#")[1] if "#" in href else ""), label)
                for href, label, _ in refs
            ),
        )
        for (start, end), refs in sorted(cited.items())
    ]
    blocks = [_BlockView(b.kind, block_html(b, highlights), b.damaged) for b in source.blocks]
    claims = sorted(
        {q.claim.id: q.claim for q in site.quotes_by_source.get(source.id, ())}.values(),
        key=lambda c: c.id,
    )
    return {"source": source, "blocks": blocks, "spans_count": len(cited), "claims": claims}


class _BlockView:
    """A block as the source template needs it."""

    def __init__(self, kind: str, html: object, damaged: object) -> None:
        self.kind = kind
        self.html = html
        self.damaged = damaged


def _topics(site: Site) -> list[tuple[str, list[dict[str, object]]]]:
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for claim in site.annotations.claims:
        quotes = site.quotes_by_claim.get(claim.id, ())
        row = {
            "claim": claim,
            "actor": site.actor_by_id[claim.actor],
            "status": evidence_status(quotes),
            "statements": len(quotes),
            "sources": len({q.source.id for q in quotes}),
        }
        for topic in claim.topics or ("other",):
            groups[topic].append(row)
    return sorted(groups.items())


def _actor_groups(site: Site) -> list[tuple[str, list[tuple[object, int]]]]:
    groups: dict[str, list[tuple[object, int]]] = defaultdict(list)
    for actor in site.annotations.actors:
        groups[actor.affiliation].append((actor, len(site.quotes_by_actor.get(actor.id, ()))))
    return sorted(groups.items())


def _periods(site: Site) -> list[tuple[str, list[Quote]]]:
    """Statements grouped by year and month said; month- or year-only dates lead their period."""
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in sorted(site.quotes, key=_by_date):
        said = q.statement.said
        key = said.iso[:7] if said.precision in ("day", "month") else (said.iso or "unknown")
        groups[key].append(q)

    def label(key: str) -> str:
        from idlibsite.dates import parse_partial_date

        if key == "unknown":
            return "Date unknown"
        date = parse_partial_date(key)
        return date.human() + (" (year only)" if date.precision == "year" else "")

    return [
        (label(k), v)
        for k, v in sorted(groups.items(), key=lambda kv: kv[0] if kv[0] != "unknown" else "9999")
    ]


def _template_problem(exc: jinja2.TemplateError, template: str, config: Config) -> Problem:
    """Where a template failed: its file and line (Jinja keeps them in the traceback)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return Problem(
            _template_path(exc.name or template, config),
            exc.lineno,
            None,
            f"template syntax error: {exc.message}",
            "fix the template (see https://jinja.palletsprojects.com/templates/)",
        )
    frames = [
        f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith((".html", ".xml"))
    ]
    where = frames[-1] if frames else None
    name = Path(where.filename).name if where else template
    return Problem(
        _template_path(name, config),
        where.lineno if where else None,
        None,
        f"template error: {exc}",
        "use only the variables the default template uses (see the packaged templates)",
    )


def _template_path(name: str, config: Config) -> str:
    own = config.templates / name
    return config.rel(own) if own.exists() else f"idlibsite/templates/{name}"
