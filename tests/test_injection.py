"""Markup in sources, sidecars, annotations and the configuration is shown as text, never run.

A copy of the project gets one more source, sidecar, actor and claim whose
every text field carries an attack: ``<script>``, event-handler attributes,
``javascript:`` and ``data:`` links (also in Markdown notes), ``</textarea>``,
``</title>``, ``</script>`` inside fields that end up in JSON-LD, and
look-alike Unicode (fullwidth ＜script＞, U+2028, U+2029, U+202E).  The real
command line builds it (the build must succeed: these are legal inputs).

Then the output is checked twice: parsed with html5lib (no script but the
JSON-LD, the search page's and the alias redirect's, no ``on*`` attribute, no
``javascript:``/``data:`` link, feeds and JSON still parse, every payload
still shown as text); and in Debian's chromium, driven by Playwright, where
every page with a payload is opened (and the search run over the payloads)
while any dialog, page error or console error is recorded.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest

from clitools import copy_project, run_cli
from conftest import CHROMIUM, CHROMIUM_ARGS, serving

NS = "{http://www.w3.org/1999/xhtml}"
TIMEOUT_MS = 15_000

SOURCE_ID = "injection-source-2020-03-04"
CLAIM_ID = "injection-test-claim"
ACTOR_ID = "mallory-actor"
ALIAS = "old-injection-claim"

TITLE = "Injection test </script><script>alert('source-title')</script> \"quoted\""
QUOTE_1 = "<script>alert('quote-1')</script> is not a quote"
QUOTE_2 = "<img src=x onerror=alert('quote-2')> and [click](javascript:alert('quote-3'))"
QUOTE_3 = "Look-alikes: ＜script＞alert('fullwidth')＜/script＞ and \u202eevil"
VERDICT_QUOTE = "The claim is </textarea><script>alert('verdict-quote')</script> misleading."
PARAGRAPHS = [
    TITLE,
    "March 4, 2020",
    f'The spokesman said "{QUOTE_1}" in a statement.',
    f'He added: "{QUOTE_2}" before leaving.',
    "A reader wrote [link](javascript:alert('body-js')) and "
    "[data](data:text/html,<script>alert('body-data')</script>) and "
    "<a href=\"javascript:alert('raw-a')\">raw</a> and [upper](JAVASCRIPT:alert('body-upper')).",
    "Closing tags: </textarea><textarea> and </title><script>alert('close-title')</script> and "
    "</style><script>alert('close-style')</script> and <!-- <script>alert('comment')</script> -->.",
    f"{QUOTE_3} and a line\u2028separator and a paragraph\u2029separator.",
    VERDICT_QUOTE,
]
ARTICLE = "\n\n".join(PARAGRAPHS) + "\n"

SIDECAR = {
    "id": SOURCE_ID,
    "outlet": "<script>alert('outlet')</script> Outlet",
    "outlet_note": "</script><script>alert('outlet-note')</script>",
    "title": TITLE,
    "date": "2020-03-04",
    "date_note": "The date line reads March 4, 2020. <img src=x onerror=alert('date-note')>",
    "byline": "Mallory <img src=x onerror=alert('byline')>",
    "url": "https://example.org/x\"onmouseover=\"alert('url')\"<script>alert('url-2')</script>",
    "language": "en\"><script>alert('lang')</script>",
}
ACTOR = {
    "id": ACTOR_ID,
    "name": "Mallory <script>alert('actor-name')</script>",
    "kind": "person",
    "affiliation": "</title><script>alert('affiliation')</script>",
    "aliases": ["<img src=x onerror=alert('actor-alias')>"],
    "note": "javascript:alert('actor-note')",
}
NOTES = """\
[js link](javascript:alert('notes-js')) and [JS upper](JAVASCRIPT:alert('notes-js2'))
and [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgnbm90ZXMtZGF0YScpPC9zY3JpcHQ+)
and [vb](vbscript:msgbox('notes-vb'))
and [entity](&#106;avascript:alert('notes-entity'))
and [tab](java\tscript:alert('notes-tab'))
and ![svg](data:image/svg+xml,<svg/onload=alert('notes-svg')>)

<script>alert('notes-raw')</script>

<img src=x onerror=alert('notes-img')>

<a href="javascript:alert('notes-a')">raw a</a> and [fine](https://example.org/) and {{ 7*7 }}
"""
CLAIM = {
    "id": CLAIM_ID,
    "title": "Claim </script><script>alert('claim-title')</script>\u2028"
    "<img src=x onerror=alert('t')>",
    "actor": ACTOR_ID,
    "date": "2020-03-04",
    "date_note": "</textarea><script>alert('claim-date-note')</script>",
    "assertion": "Assertion </script><!--<script>alert('assertion')</script>\u2029 "
    "{{ 7*7 }} {% raw %}",
    "counter_assertion": {"text": "<svg onload=alert('counter')>", "actors": []},
    "topics": ["injection"],
    "verdict": {
        "reviewer": ACTOR_ID,
        "rating": "<b onmouseover=alert('rating')>Misleading</b></script>",
        "source": SOURCE_ID,
        "quote": VERDICT_QUOTE,
    },
    "status": {
        "value": "active",
        "date": "2020-03-04",
        "note": "<iframe src=javascript:alert('status')></iframe>",
    },
    "updated": "2020-03-04",
    "aliases": [ALIAS],
    "notes": NOTES,
    "statements": [
        {
            "id": "script-quote",
            "speaker": ACTOR_ID,
            "source": SOURCE_ID,
            "quote": QUOTE_1,
            "kind": "direct",
            "side": "assertion",
            "said": "2020-03-04",
            "said_note": "<script>alert('said-note')</script>",
        },
        {
            "id": "img-quote",
            "speaker": ACTOR_ID,
            "source": SOURCE_ID,
            "quote": QUOTE_2,
            "kind": "direct",
            "side": "counter",
            "said": "2020-03",
        },
        {
            "id": "look-alike",
            "speaker": ACTOR_ID,
            "source": SOURCE_ID,
            "quote": QUOTE_3,
            "kind": "reported",
            "side": "context",
            "said": "unknown",
        },
    ],
}
TOPIC = {"id": "injection", "title": "Topic <script>alert('topic-title')</script>",
         "description": "</title><img src=x onerror=alert('topic-description')>"}
SITE_TITLE = "Idlib </title><script>alert('site-title')</script>"
# pages showing the payloads, opened in the browser
PAGES = [
    "",
    f"claims/{CLAIM_ID}/",
    f"sources/{SOURCE_ID}/",
    f"actors/{ACTOR_ID}/",
    "actors/",
    "sources/",
    "timeline/",
    f"claims/{ALIAS}/",
    "topics/injection/",
]


def to_yaml(value: object, indent: int = 0) -> str:
    """YAML with every scalar as a JSON string (a valid YAML double-quoted scalar)."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{to_yaml(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {to_yaml(item)}")
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return "[]"
        out = []
        for item in value:
            body = to_yaml(item, indent + 2).lstrip() if isinstance(item, dict) else to_yaml(item)
            out.append(f"{pad}- {body}")
        return "\n".join(out)
    return json.dumps(value)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("injection") / "project")
    (project / "corpus" / "zz_injection.txt").write_text(ARTICLE, "utf-8")
    (project / "corpus" / "zz_injection.yaml").write_text(to_yaml(SIDECAR) + "\n", "utf-8")
    actors = project / "claims" / "actors.yaml"
    actors.write_text(
        actors.read_text("utf-8").rstrip("\n") + "\n\n" + to_yaml([ACTOR], 2) + "\n", "utf-8"
    )
    (project / "claims" / f"{CLAIM_ID}.yaml").write_text(to_yaml(CLAIM) + "\n", "utf-8")
    topics = project / "claims" / "topics.yaml"
    topics.write_text(topics.read_text("utf-8").replace("topics:\n", "topics:\n" + to_yaml([TOPIC], 2) + "\n", 1),
                      "utf-8")
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        re.sub(
            r"(?m)^title = .*$",
            f"title = {json.dumps(SITE_TITLE)}",
            pyproject.read_text("utf-8"),
            count=1,
        ),
        "utf-8",
    )
    result = run_cli(project, "build")
    assert result.returncode == 0, result.stderr
    return project / "site"


def parse(path: Path):  # type: ignore[no-untyped-def]
    return html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)


def dangerous_url(value: str) -> bool:
    """A URL a browser would run or open as a document: javascript:, vbscript:, data:."""
    squashed = re.sub(r"[\x00-\x20\x7f]+", "", value).lower()  # browsers skip these in schemes
    return squashed.startswith(("javascript:", "vbscript:", "data:"))


URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "srcset",
    "data",
    "background",
    "ping",
}


def test_the_injected_pages_exist(site: Path) -> None:
    for path in PAGES:
        assert (site / path / "index.html").is_file(), path


def test_no_script_runs_and_no_handler_or_script_link_is_written(site: Path) -> None:
    problems = []
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        rel = page.relative_to(site).as_posix()
        doc = parse(page)
        for element in doc.iter():
            tag = element.tag.removeprefix(NS) if isinstance(element.tag, str) else ""
            for name, value in element.attrib.items():
                if name.lower().startswith("on"):
                    problems.append(f"{rel}: <{tag} {name}=...>")
                if name.lower() in URL_ATTRIBUTES and dangerous_url(value):
                    if not (tag == "link" and element.get("rel") == "icon" and value == "data:,"):
                        problems.append(f"{rel}: <{tag} {name}={value!r}>")  # (no favicon: ok)
            if tag in ("iframe", "object", "embed", "frame", "base", "form", "textarea"):
                problems.append(f"{rel}: <{tag}> element")
            if tag == "meta" and element.get("http-equiv", "").lower() == "refresh":
                if dangerous_url(element.get("content", "").split("url=", 1)[-1]):
                    problems.append(f"{rel}: meta refresh to a script")
            if tag == "script":
                problems += _unexpected_script(rel, element)
    assert problems == [], "\n".join(problems)


def _unexpected_script(rel: str, element) -> list[str]:  # type: ignore[no-untyped-def]
    text = element.text or ""
    if element.get("type") == "application/ld+json" and not element.get("src"):
        json.loads(text)  # valid JSON that no "</script>" in a field cut short
        return []
    if (
        rel == "search/index.html"
        and element.get("src", "").endswith(
            ("pagefind/pagefind-component-ui.js", "pagefind/shards.js",  # Pagefind's UI; shards to merge
             "static/search.js")  # the search the address asks for (?q=)
        )
        and not text.strip()
    ):
        return []
    if rel.startswith("claims/") and re.fullmatch(
        r'location\.replace\("[a-z0-9/.-]*" \+ location\.hash\)', text.strip()
    ):
        return []  # the alias redirect: its target is a slug path
    return [f"{rel}: unexpected <script> {dict(element.attrib)} {text[:80]!r}"]


def test_every_payload_is_shown_as_text(site: Path) -> None:
    claim = parse(site / "claims" / CLAIM_ID / "index.html")
    text = "".join(claim.itertext())
    for payload in (
        "</script><script>alert('claim-title')</script>",
        QUOTE_1,
        QUOTE_2,
        "<svg onload=alert('counter')>",
        "<script>alert('notes-raw')</script>",
        "javascript:alert('notes-js')",
    ):
        assert payload in text, payload
    for page in ("index.html", f"claims/{CLAIM_ID}/index.html", "topics/injection/index.html"):
        assert TOPIC["title"] in "".join(parse(site / page).itertext()), page
    assert TOPIC["description"] in "".join(parse(site / "topics/injection/index.html").itertext())
    source = "".join(parse(site / "sources" / SOURCE_ID / "index.html").itertext())
    for payload in (
        "</textarea><textarea>",
        "＜script＞alert('fullwidth')＜/script＞",
        "<a href=\"javascript:alert('raw-a')\">raw</a>",
    ):
        assert payload in source, payload


def test_json_ld_keeps_the_fields_exactly_and_cannot_close_its_script(site: Path) -> None:
    html = (site / "claims" / CLAIM_ID / "index.html").read_text("utf-8")
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert "<" not in block and ">" not in block
    graph = json.loads(block)["@graph"]
    claim = next(node for node in graph if node["@type"] == "Claim")
    assert claim["name"] == CLAIM["title"]
    assert claim["text"] == CLAIM["assertion"]
    review = next(node for node in graph if node["@type"] == "WebPage")["citation"]  # the reviewer's, cited
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == CLAIM["verdict"]["rating"]  # type: ignore[index]


def test_machine_readable_files_still_parse(site: Path) -> None:
    data = json.loads((site / "claims.json").read_text("utf-8"))
    assert any(c["id"] == CLAIM_ID and c["title"] == CLAIM["title"] for c in data["claims"])
    json.loads((site / "annotations.jsonld").read_text("utf-8"))
    feed = ET.parse(site / "feed.xml").getroot()
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert CLAIM["title"] in titles
    ET.parse(site / "sitemap.xml")


# --- in a real browser ------------------------------------------------------------


def _playwright():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    return sync_playwright


@pytest.fixture(scope="module")
def base(site: Path) -> Iterator[str]:
    with serving(site) as url:
        yield url


# Recorded before any page script: every way a payload could show that it ran.
WATCH = """
window.__ran = [];
for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
  const original = window[name];
  window[name] = function (...args) {
    window.__ran.push(name + ':' + String(args[0]));
    return original.apply(this, args);
  };
}
"""


def test_nothing_runs_in_a_browser(base: str) -> None:
    sync_playwright = _playwright()
    if sync_playwright is None and not CHROMIUM.exists():
        pytest.skip(
            "neither chromium nor playwright is installed "
            "(scripts/system-deps.sh, pip install -e '.[test]')"
        )
    assert sync_playwright is not None, "playwright is not installed: pip install -e '.[test]'"
    assert CHROMIUM.exists(), (
        f"no {CHROMIUM}: run scripts/system-deps.sh (apt-get install chromium)"
    )
    events: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            context.set_default_timeout(TIMEOUT_MS)
            context.add_init_script(WATCH)
            page = context.new_page()
            page.on(
                "dialog", lambda d: (events.append(f"dialog {d.type}: {d.message}"), d.dismiss())
            )
            page.on("pageerror", lambda e: events.append(f"page error: {e}"))
            page.on(
                "console",
                lambda m: (
                    events.append(f"console {m.type}: {m.text}") if m.type == "error" else None
                ),
            )
            page.on("popup", lambda p: events.append(f"popup: {p.url}"))
            # the watch works: a script that does run is seen, by both the dialog and the record
            page.goto(base + "about/")
            page.evaluate("alert('control')")
            assert events == ["dialog alert: control"] and page.evaluate("window.__ran") == [
                "alert:control"
            ]
            events.clear()
            for path in PAGES:
                page.goto(base + path, wait_until="load")
                if path == f"claims/{ALIAS}/":
                    page.wait_for_url(f"{base}claims/{CLAIM_ID}/")
                ran = page.evaluate("window.__ran")
                links = page.evaluate(
                    "[...document.querySelectorAll('a[href], area[href]')]"
                    ".filter(a => ['javascript:', 'data:', 'vbscript:'].includes(a.protocol))"
                    ".map(a => a.href)"
                )
                scripts = page.evaluate("document.scripts.length")
                events += [f"{path}: ran {r}" for r in ran] + [f"{path}: link {h}" for h in links]
                assert scripts <= 1, f"{path}: {scripts} scripts"
            # the search shows excerpts of the payloads: they must stay text there too
            page.goto(base + "search/")
            for query in ("alert", "script", "onerror"):
                page.get_by_role("searchbox").fill(query)
                page.locator("pagefind-results a").first.wait_for()
                page.wait_for_timeout(300)
                events += [f"search {query}: ran {r}" for r in page.evaluate("window.__ran")]
            assert (
                page.evaluate(
                    "document.querySelectorAll('pagefind-results [onerror], "
                    "pagefind-results script, pagefind-results img').length"
                )
                == 0
            )
        finally:
            browser.close()
    assert events == []
