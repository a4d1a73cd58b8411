"""``idlibsite serve``: build, serve the site on 127.0.0.1, rebuild on every change.

The inputs (corpus/, claims/, templates/, pyproject.toml) are watched with
watchfiles; each change triggers an incremental build.  Open pages reload by
themselves: the server adds one small script to every HTML page it sends
(never to the files on disk) that long-polls ``/__idlibsite/status``.  When a
build fails, the error is printed in the terminal and shown over the page in
the browser, and the last good site keeps being served.  With ``--edit``, a :class:`Layer`
(:mod:`idlibsite.editing.api`) adds its panel to the pages and answers its own
requests; a page whose panel holds unsaved work is not reloaded under it.

To show an edit sooner, a rebuild may leave the search index as it was; once
no change has come for a moment, the index catches up.  The first such moment
after the start is taken for one build that pays what the first rebuild pays
once, so that the first save is shown as soon as any later one.  While it is behind,
the search page says so (a notice the server adds, as with the script).

The site is built as ``idlibsite build`` builds it, with the configured base URL, so that a build after
``serve`` (or ``serve`` after a build) makes again only what changed: the server points the pages it
sends at itself, the base URL replaced by its own address in each text file (permalinks, "Cite this",
the feed), unless ``--base-url`` was given.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from functools import partial
from html import escape
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from watchfiles import watch

from idlibsite.anchoring.lock import LOCK_NAME
from idlibsite.config import Config
from idlibsite.site.exports import script_json

STATUS_PATH = "/__idlibsite/status"
RUST_TIMEOUT_MS = 500  # watchfiles' wait for changes; a wait this long with none is a quiet moment
LONG_POLL_SECONDS = 25  # a status request waits this long for a new build before answering
SEARCH_PAGE = "/search/"
BEHIND_NOTICE = (b'<p role="status" id="idlibsite-search-behind" style="margin:1em 0;padding:.5em 1em;'
                 b'border:2px solid currentColor">The search index is being brought up to date: results may '
                 b"not show your latest edits yet. Reload this page in a moment.</p>")
RELOAD_SCRIPT = b"""<script>(function(){var v=null;function poll(){fetch("%s?since="+(v===null?-1:v))
.then(function(r){return r.json()}).then(function(s){if(v!==null&&s.version!==v&&!s.errors.length){
if(window.idlibsiteHold&&window.idlibsiteHold()){window.idlibsiteStale=true}else{location.reload();return}}
v=s.version;var o=document.getElementById("idlibsite-errors");if(s.errors.length){if(!o){o=document.createElement("pre");
o.id="idlibsite-errors";o.setAttribute("role","alert");o.style.cssText="position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#7a0000;color:#fff;font:14px/1.4 monospace;z-index:9999;white-space:pre-wrap";
document.body.appendChild(o)}o.textContent="Build failed; showing the last good site.\\n\\n"+s.errors.join("\\n")}else if(o){o.remove()}
poll()}).catch(function(){setTimeout(poll,2000)})}poll()})();</script>""" % STATUS_PATH.encode()


@dataclass
class Status:
    """The outcome of the latest build, shared between the watcher and the server."""

    version: int = 0  # bumped after every build attempt
    errors: list[str] = field(default_factory=list)  # the last attempt's problems, [] when it succeeded
    search_behind: bool = False  # the site's search index predates some of its pages
    changed: threading.Condition = field(default_factory=threading.Condition)

    def publish(self, errors: list[str]) -> None:
        with self.changed:
            self.version += 1
            self.errors = errors
            self.changed.notify_all()

    def wait(self, since: int) -> dict[str, object]:
        with self.changed:
            self.changed.wait_for(lambda: self.version != since, timeout=LONG_POLL_SECONDS)
            return {"version": self.version, "errors": list(self.errors)}


_SINCE = re.compile(r"-?[0-9]{1,18}")  # ASCII digits only: int() also reads "²", " 1" and "1_0"


class _Server(ThreadingHTTPServer):
    """The development server: a real server's backlog, quiet about closed connections."""

    request_queue_size = 128  # socketserver's default of 5 refused tabs long-polling at once
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # a tab closed while it waited: nothing to say
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class Layer(Protocol):
    """What ``serve --edit`` adds: its own requests, and a change to each HTML page sent."""

    max_body: int  # the largest POST body read

    def page(self, path: str, html: bytes, host: str, port: int) -> bytes: ...
    def get(self, path: str, query: str, host: str, port: int) -> tuple[bytes, str, int] | None: ...
    def post(self, path: str, headers: Message, body: bytes, port: int) -> tuple[bytes, str, int]: ...


# the site's files besides its pages that name its base URL (exports, citations, feed, sitemap, robots.txt):
# sent, as the pages are, with the server's own address in its place
LINKED_SUFFIXES = (".json", ".jsonld", ".bib", ".xml", ".txt")


class _Handler(SimpleHTTPRequestHandler):
    status: Status
    layer: Layer | None = None
    links: tuple[tuple[bytes, bytes], ...] = ()  # (as built, as sent) of each form of the base URL

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        if url.path == STATUS_PATH:
            since = parse_qs(url.query).get("since", ["-1"])[0] or "-1"
            if not _SINCE.fullmatch(since):
                self._send(json.dumps({"error": "since must be a build version (an integer)"}).encode(),
                           "application/json", 400)
                return
            self._send(json.dumps(self.status.wait(int(since))).encode(), "application/json")
            return
        if self.layer and (answer := self.layer.get(url.path, url.query, self.headers.get("Host", ""), self._port)):
            self._send(*answer)
            return
        if "\0" in unquote(url.path):  # no file has one; open() would raise instead of answering
            self.send_error(404)
            return
        target = Path(self.translate_path(url.path))
        if target.is_dir() and url.path.endswith("/"):
            target = target / "index.html"
        if target.suffix == ".html" and target.is_file():
            html = target.read_bytes()
            if self.status.search_behind and url.path.removesuffix("index.html") == SEARCH_PAGE:
                html = _after_main_heading(html, BEHIND_NOTICE)
            self._send_html(html, 200)
            return
        if self.links and target.suffix in LINKED_SUFFIXES and target.is_file():
            self._send(self._linked(target.read_bytes()), self.guess_type(target))
            return
        super().do_GET()

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        length = self.headers.get("Content-Length", "")
        if self.layer is None or not length.isdigit() or int(length) > self.layer.max_body:
            self.send_error(405 if self.layer is None else 413)
            return
        self._send(*self.layer.post(urlsplit(self.path).path, self.headers, self.rfile.read(int(length)), self._port))

    @property
    def _port(self) -> int:
        return int(self.server.server_address[1])  # type: ignore[index]  # an AF_INET (host, port)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            self._send_html(page.read_bytes(), 404)
            return
        super().send_error(code, message, explain)

    def _linked(self, data: bytes) -> bytes:
        """``data`` with each form of the base URL it was built with replaced by the server's address."""
        for built, sent in self.links:
            data = data.replace(built, sent)
        return data

    def _send_html(self, html: bytes, code: int) -> None:
        html = self._linked(html)
        if self.layer is not None:
            html = self.layer.page(urlsplit(self.path).path, html, self.headers.get("Host", ""), self._port)
        cut = html.rfind(b"</body>")
        self._send(html[:cut] + RELOAD_SCRIPT + html[cut:] if cut >= 0 else html, "text/html; charset=utf-8", code)

    def _send(self, body: bytes, kind: str, code: int = 200) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        try:
            self.wfile.write(body)
        except ConnectionError:  # the tab was closed while it waited
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:  # quiet: the terminal shows builds
        pass


def _after_main_heading(html: bytes, notice: bytes) -> bytes:
    """``notice`` inserted after the page's first ``<h1>`` (at the start of its body without one)."""
    end = html.find(b"</h1>")
    if end >= 0:
        return html[: end + 5] + notice + html[end + 5 :]
    body = html.find(b"<body")
    at = html.find(b">", body) + 1 if body >= 0 else 0
    return html[:at] + notice + html[at:]


def watched(config: Config) -> list[Path]:
    return [p for p in (config.corpus, config.claims, config.templates, config.root / "pyproject.toml") if p.exists()]


def watches(config: Config) -> Callable[[str], bool]:
    """Whether the watcher reports changes to a file (not the anchor lock, hidden or temporary files)."""
    lock = str(config.claims / LOCK_NAME)

    def reported(path: str) -> bool:
        name = os.path.basename(path)
        return path != lock and not name.startswith(".") and not name.endswith(("~", ".swp", ".tmp"))

    return reported


def reported(config: Config, paths: set[str]) -> frozenset[str] | None:
    """The paths reported changed, or None when one is outside the corpus and claims folders."""
    inside = (str(config.corpus) + os.sep, str(config.claims) + os.sep)
    return frozenset(paths) if all(path.startswith(inside) for path in paths) else None


def served_links(base_url: str, port: int) -> tuple[tuple[bytes, bytes], ...]:
    """(as built, as sent) of each form ``base_url`` takes in the site's files (as written, escaped in HTML, in
    a page's JSON-LD), for the pages served on ``port`` to point at the server (pure)."""
    own = f"http://127.0.0.1:{port}/".encode()  # (the same in each form: nothing in it is escaped)
    forms = dict.fromkeys((base_url, escape(base_url), script_json(base_url)[1:-1]))
    return tuple((form.encode(), own) for form in forms)


def serve(config: Config, port: int, rebuild: Callable[[], list[str]], *, stop: threading.Event | None = None,
          ready: Callable[[int], None] | None = None, own_links: bool = True,
          layer: Layer | None = None, behind: Callable[[], bool] = lambda: False,
          catch_up: Callable[[], list[str]] | None = None,
          changed: Callable[[frozenset[str] | None], None] = lambda paths: None,
          prepare: Callable[[], list[str] | None] | None = None,
          unseen: Callable[[], None] | None = None) -> None:
    """Serve ``config.output`` on 127.0.0.1:``port`` and call ``rebuild`` on every input change.

    ``rebuild`` builds and returns the problems to show ([] on success).  ``changed`` is told,
    before each rebuild, the paths the watcher reported (None when any file may have changed
    unreported: a change of the configuration or the templates, or, without ``unseen``, the first
    change seen, which may have been made while the first build ran, after it read the file).
    ``ready`` is told the port once the site is served.  With ``own_links``, the files sent point at the server (:func:`served_links`).
    ``layer`` is the editing layer of ``serve --edit``.
    ``behind`` says whether the last build left the search index behind its pages;
    ``catch_up`` then brings it up to date, once no change has come for RUST_TIMEOUT_MS.
    ``prepare`` builds at the first such quiet moment, with no change seen yet (``changed`` told as at the
    first change): the problems, or None when the site was left as it was (no reload).  The first save
    then costs what any later one does: that build pays what the first rebuild after the server's start
    pays once (the spare tree, whose record another process saved, checked file by file), while the user
    has not saved yet.  ``unseen``, when given, forgets the reads of the files changed since they were read,
    told by their stat (keptreads.py): then the first change, or quiet moment, tells ``changed`` the paths
    reported alone, and its build does not read every input again beside the first build's model.
    """
    stop = stop or threading.Event()
    status = Status()
    handler: type[_Handler] = type("Handler", (_Handler,), {"status": status, "layer": layer})
    server = _Server(("127.0.0.1", port), partial(handler, directory=str(config.output)))
    if own_links:
        handler.links = served_links(config.base_url, server.server_address[1])
    watched_file = watches(config)
    changes_seen = watch(*watched(config), watch_filter=lambda change, path: watched_file(path), stop_event=stop,
                         rust_timeout=RUST_TIMEOUT_MS, yield_on_timeout=True)
    next(changes_seen, None)  # the watch begins here (within RUST_TIMEOUT_MS), before the first build: a save
    # made once the site is served, or while it is built, is reported, never lost
    errors = rebuild()
    status.search_behind = behind()  # before the reload, so that a reloaded search page says so
    status.publish(errors)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    if ready is not None:
        ready(server.server_address[1])

    def since_first(paths: frozenset[str] | None) -> None:
        """The first change or quiet moment: what may have changed unreported while the first build ran,
        after it read the file (told by ``unseen``; else any file), and ``paths``."""
        if unseen is None or paths is None:
            changed(None)
        else:
            unseen()
            changed(paths)

    try:
        first = True
        for changes in changes_seen:
            if changes:
                paths = reported(config, {path for _, path in changes})
                (since_first if first else changed)(paths)
                first = False
                errors = rebuild()
                status.search_behind = behind()
                status.publish(errors)
            elif first and prepare is not None and not status.errors:  # the first quiet moment
                since_first(frozenset())
                first = False
                made = prepare()
                status.search_behind = behind()
                if made is not None:
                    status.publish(made)
            elif status.search_behind and catch_up is not None and not status.errors:  # a quiet moment
                errors = catch_up()
                status.search_behind = behind()
                if errors:
                    status.publish(errors)
    finally:
        server.shutdown()
        server.server_close()

