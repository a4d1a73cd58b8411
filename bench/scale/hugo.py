"""The equivalent Hugo site: the same pages as the idlibsite build, with similar HTML."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .generate import Project

HUGO_CONFIG = """baseURL = "https://scale.example.org/"
title = "Synthetic scale corpus"
languageCode = "en"
disableKinds = ["taxonomy", "term"]
rssLimit = 50
[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
page = ["HTML"]
[markup.goldmark.renderer]
unsafe = true
"""
HUGO_LAYOUTS = {
    "_default/baseof.html": """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ site.Title }}</title>
<meta name="description" content="{{ with .Params.description }}{{ . }}{{ else }}Who said what, each statement traced to the exact words of its source.{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "static/site.css" | relURL }}">
<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:url" content="{{ .Permalink }}">
{{ block "head" . }}{{ end }}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><p class="site-title"><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
<nav aria-label="Site"><ul>
<li><a href="{{ "/" | relURL }}">Claims</a></li><li><a href="{{ "timeline/" | relURL }}">Timeline</a></li>
<li><a href="{{ "actors/" | relURL }}">Actors</a></li><li><a href="{{ "sources/" | relURL }}">Sources</a></li>
<li><a href="{{ "about/" | relURL }}">Method</a></li><li><a href="{{ "search/" | relURL }}">Search</a></li>
</ul></nav></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer class="site"><p>Built from archived articles and hand annotations. The archived text is evidence and never edited.</p></footer>
</body>
</html>
""",
    "partials/statement.html": """<article class="statement side-{{ .s.side }}" id="{{ if .show_claim }}{{ .s.claim }}--{{ end }}{{ .s.id }}">
  <header>
    <p class="speaker"><a href="{{ printf "actors/%s/" .s.speaker | relURL }}">{{ .s.speaker_name }}</a>{{ with .s.role }}<span class="role">, {{ . }}</span>{{ end }}</p>
    <p class="meta"><span class="kind kind-{{ .s.kind }}">{{ if eq .s.kind "direct" }}Direct quotation{{ else }}Reported speech{{ end }}</span> · said <time datetime="{{ .s.said }}">{{ .s.said }}</time>{{ if lt (len .s.said) 10 }} <span class="precision">(month only)</span>{{ end }}{{ with .s.said_note }} <span class="note">({{ . }})</span>{{ end }}</p>
    {{- if .show_claim }}
    <p class="on-claim">On: <a href="{{ printf "claims/%s/" .s.claim | relURL }}">{{ .s.claim_title }}</a> ({{ .s.side }})</p>
    {{- end }}
  </header>
  <blockquote cite="{{ printf "sources/%s/" .s.source | absURL }}">
    <p>{{ .s.before }}<mark>{{ .s.quote }}</mark>{{ .s.after }}</p>
  </blockquote>
  <footer>
    <p class="source">{{ .s.outlet }}, <cite>{{ .s.source_title }}</cite>, <time datetime="{{ .s.source_date }}">{{ .s.source_date }}</time></p>
    <p class="links"><a href="{{ printf "sources/%s/" .s.source | relURL }}#{{ .s.span }}">See it in the source</a>{{ if not .show_claim }} · <a href="#{{ .s.id }}" aria-label="Permalink to this statement by {{ .s.speaker_name }}">Permalink</a>{{ end }}</p>
  </footer>
</article>
""",
    "claims/single.html": """{{ define "head" }}<script type="application/ld+json">{{ dict "@type" "Claim" "name" .Title "text" .Params.assertion "url" .Permalink "statements" .Params.statements | jsonify | safeJS }}</script>{{ end }}
{{ define "main" }}<article class="claim" data-pagefind-body>
<header class="claim-head">
  <p class="crumbs"><a href="{{ "/" | relURL }}">Claims</a> › {{ range $i, $t := .Params.topics }}{{ if $i }}, {{ end }}<a href="{{ "/" | relURL }}#topic-{{ $t }}">{{ $t | humanize }}</a>{{ end }}</p>
  <h1>{{ .Title }}</h1>
  <dl class="facts">
    <div><dt>Asserted by</dt><dd><a href="{{ printf "actors/%s/" .Params.actor | relURL }}">{{ .Params.actor_name }}</a></dd></div>
    <div><dt>Date</dt><dd><time datetime="{{ .Params.claim_date }}">{{ .Params.claim_date }}</time></dd></div>
    <div><dt>Status</dt><dd><span class="status status-{{ .Params.status }}">{{ .Params.status | humanize }}</span> <time datetime="2026-11-22">22 November 2026</time>: {{ .Params.status_note }}</dd></div>
    <div><dt>Evidence</dt><dd><span class="badge">{{ .Params.evidence }}</span> <span class="counts">{{ len .Params.statements }} statements</span></dd></div>
  </dl>
</header>
<section class="positions" aria-labelledby="positions-h">
  <h2 id="positions-h" class="visually-hidden">The assertion and the counter-assertion</h2>
  <div class="position position-assertion"><h3>Assertion</h3><p>{{ .Params.assertion }}</p></div>
  <div class="position position-counter"><h3>Counter-assertion</h3><p>{{ .Params.counter }}</p>
  {{- with .Params.counter_actors }}<p class="by">Made by {{ range $i, $a := . }}{{ if $i }}, {{ end }}<a href="{{ printf "actors/%s/" $a.id | relURL }}">{{ $a.name }}</a>{{ end }}</p>{{ end }}</div>
</section>
<section class="sides" aria-labelledby="statements-h">
  <h2 id="statements-h">Statements</h2>
  <div class="columns">
  {{- range $side := slice "assertion" "counter" "context" }}
    <section class="column column-{{ $side }}"><h3>{{ $side | humanize }}</h3>
    {{- range where $.Params.statements "side" $side }}{{ partial "statement.html" (dict "s" . "show_claim" false) }}{{ end }}
    </section>
  {{- end }}
  </div>
</section>
{{ with .Content }}<section class="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2>{{ . }}</section>{{ end }}
<section class="cite" aria-labelledby="cite-h" data-pagefind-ignore>
  <h2 id="cite-h">Cite this</h2>
  <p class="citation">{{ site.Title }}. “{{ .Title }}.” Claim record, version {{ .Params.version }}, last updated 22 November 2026. {{ .Permalink }}</p>
  <dl class="facts">
    <div><dt>Permalink</dt><dd><a href="{{ .Permalink }}">{{ .Permalink }}</a></dd></div>
    <div><dt>Version</dt><dd><code>{{ .Params.version }}</code> (changes when the annotation or any quoted text changes)</dd></div>
    <div><dt>Last updated</dt><dd><time datetime="2026-11-22">22 November 2026</time></dd></div>
  </dl>
</section>
</article>{{ end }}
""",
    "sources/single.html": """{{ define "main" }}<article class="source" data-pagefind-body>
<header>
  <p class="crumbs"><a href="{{ "sources/" | relURL }}">Sources</a></p>
  <h1>{{ .Title }}</h1>
  <dl class="facts">
    <div><dt>Outlet</dt><dd>{{ .Params.outlet }}</dd></div>
    <div><dt>Published</dt><dd><time datetime="{{ .Params.pubdate_text }}">{{ .Params.pubdate_text }}</time> <span class="note">({{ .Params.date_note }})</span></dd></div>
    <div><dt>Original</dt><dd>not known</dd></div>
    <div><dt>Archived file</dt><dd><code>{{ .Params.file }}</code>, SHA-256 <code class="hash">{{ .Params.sha256 }}</code></dd></div>
    <div><dt>Quoted</dt><dd>{{ len .Params.claims }} spans cited by {{ len .Params.claims }} claims: {{ range $i, $c := .Params.claims }}{{ if $i }}; {{ end }}<a href="{{ printf "claims/%s/" $c.id | relURL }}">{{ $c.title }}</a>{{ end }}</dd></div>
  </dl>
</header>
<section class="text" aria-labelledby="text-h">
  <h2 id="text-h">The article as archived</h2>
  <p class="note">Highlighted words are quoted on this site; the numbers after them link to the claims that quote them. Page furniture copied with the article is set apart and marked.</p>
{{ .Content }}
</section>
</article>{{ end }}
""",
    "actors/single.html": """{{ define "main" }}<article class="actor" data-pagefind-body><h1>{{ .Title }}</h1>
<dl class="facts"><div><dt>Kind</dt><dd>{{ .Params.actor_kind }}</dd></div><div><dt>Affiliation</dt><dd>{{ .Params.affiliation }}</dd></div>
<div><dt>Also written</dt><dd>{{ delimit .Params.also ", " }}</dd></div></dl>
<h2>Statements</h2>
{{ range .Params.quotes }}{{ partial "statement.html" (dict "s" . "show_claim" true) }}
{{ end }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<table class="claims"><tbody>{{ range .Pages }}<tr><th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.outlet }}</td><td>{{ .Params.pubdate_text }}</td></tr>
{{ end }}</tbody></table>{{ end }}
""",
    "timeline/list.html": """{{ define "main" }}<h1>Timeline</h1><ol class="timeline">
{{ range (where site.RegularPages "Section" "claims") }}{{ $c := . }}{{ range .Params.statements }}<li><span class="when">{{ .said }}</span> <a href="{{ printf "actors/%s/" .speaker | relURL }}">{{ .speaker_name }}</a> ({{ .kind }}): “{{ .quote }}” — <a href="{{ $c.RelPermalink }}#{{ .id }}">{{ $c.Title }}</a></li>
{{ end }}{{ end }}</ol>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ range (where site.RegularPages "Section" "claims").GroupByParam "topic" }}<section><h2 id="topic-{{ .Key }}">{{ .Key | humanize }}</h2>
<table class="claims"><caption class="visually-hidden">Claims about {{ .Key | humanize }}</caption>
<thead><tr><th scope="col">Claim</th><th scope="col">Asserted by</th><th scope="col">Date</th><th scope="col">Evidence</th><th scope="col">Statements</th></tr></thead>
<tbody>{{ range .Pages }}<tr><th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.actor_name }}<span class="unit">,</span></td><td><time datetime="{{ .Params.claim_date }}">{{ .Params.claim_date }}</time></td><td><span class="badge">{{ .Params.evidence }}</span></td><td>{{ len .Params.statements }}<span class="unit"> statements</span></td></tr>
{{ end }}</tbody></table></section>{{ end }}{{ end }}
""",
    "_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
""",
    "404.html": """{{ define "main" }}<h1>Page not found</h1><p><a href="/">Claims</a></p>{{ end }}
""",
}


def write_hugo(project: Project, folder: Path) -> None:
    """The same pages as the idlibsite build, with comparable content, as a Hugo site."""
    (folder / "content").mkdir(parents=True)
    (folder / "hugo.toml").write_text(HUGO_CONFIG, "utf-8")
    for name, text in HUGO_LAYOUTS.items():
        path = folder / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    actors = {a.id: a for a in project.actors}
    sources = {s.id: s for s in project.sources}
    by_source: dict[str, list[dict[str, str]]] = {}
    by_actor: dict[str, list[dict[str, str]]] = {}
    cards: dict[str, list[dict[str, str]]] = {}
    for c in project.claims:
        for st in c.statements:
            src = sources[st.source]
            speaker = actors[st.speaker]
            card = {"id": st.id, "claim": c.id, "claim_title": c.title, "speaker": st.speaker,
                    "speaker_name": speaker.name, "role": speaker.title, "source": st.source,
                    "source_title": src.title, "source_date": src.date, "outlet": src.outlet,
                    "before": "", "quote": st.context, "after": "", "kind": st.kind, "side": st.side,
                    "said": st.said, "said_note": st.said_note, "span": "q-" + hashlib.sha1(st.context.encode()).hexdigest()[:8]}
            cards.setdefault(c.id, []).append(card)
            by_source.setdefault(st.source, []).append({"id": c.id, "title": c.title, "quote": st.context,
                                                        "span": card["span"], "speaker": speaker.name})
            by_actor.setdefault(st.speaker, []).append(card)

    def page(path: Path, front: dict[str, object], body: str = "") -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(front, ensure_ascii=False) + "\n" + body, "utf-8")

    content = folder / "content"
    for name, title in (("claims", "Claims"), ("sources", "Sources"), ("actors", "Actors"), ("timeline", "Timeline")):
        page(content / name / "_index.md", {"title": title})
    page(content / "about.md", {"title": "Method", "url": "/about/"}, "How the site is made.\n")
    page(content / "search.md", {"title": "Search", "url": "/search/"}, "Search the claims.\n")
    for c in project.claims:
        page(content / "claims" / f"{c.id}.md", {
            "title": c.title, "aliases": [f"/claims/{a}/" for a in c.aliases], "actor": c.actor,
            "actor_name": actors[c.actor].name, "claim_date": c.date, "status": c.status,
            "status_note": "First published.", "topics": c.topics, "topic": c.topics[0], "assertion": c.assertion,
            "counter": c.counter, "description": c.assertion, "evidence": "Contested",
            "counter_actors": [{"id": a, "name": actors[a].name} for a in c.counter_actors],
            "version": hashlib.sha256(c.id.encode()).hexdigest()[:14], "statements": cards.get(c.id, [])},
            c.notes + "\n")
    for s in project.sources:
        paragraphs = [p.replace("\n", " ") for p in s.paragraphs]
        for cite in by_source.get(s.id, []):  # highlight each quoted span, with a link back
            for i, p in enumerate(paragraphs):
                at = p.find(cite["quote"])
                if at >= 0:
                    mark = (f'<mark id="{cite["span"]}" title="{cite["speaker"]}">{cite["quote"]}</mark>'
                            f'<sup class="cites"><a class="backref" href="../../claims/{cite["id"]}/" '
                            f'aria-label="Quoted on the claim {cite["title"]}">1</a></sup>')
                    paragraphs[i] = p[:at] + mark + p[at + len(cite["quote"]):]
                    break
        page(content / "sources" / f"{s.id}.md", {
            "title": s.title, "outlet": s.outlet, "pubdate_text": s.date, "date_note": "as in the sidecar",
            "file": f"corpus/{s.stem}.txt", "sha256": hashlib.sha256(s.text.encode()).hexdigest(),
            "claims": [{"id": c["id"], "title": c["title"]} for c in by_source.get(s.id, [])]},
            "\n\n".join(paragraphs) + "\n")
    for a in project.actors:
        page(content / "actors" / f"{a.id}.md", {
            "title": a.name, "actor_kind": a.kind, "affiliation": a.affiliation, "also": a.aliases,
            "quotes": by_actor.get(a.id, [])})
