"""The HTTP side of ``serve --edit``: the panel added to source pages, the JSON API, and who may call it.

Only a page this server sent can write: every POST must carry the session's
token (handed out inside the source pages, which another site's scripts
cannot read: the server sends no CORS headers) and an ``Origin`` of this
server, and every request a ``Host`` of this server (a page of another site
whose name resolves to 127.0.0.1 is refused too).  A cross-site form or
script therefore cannot change a claim file, even while the server runs.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Mapping
from email.message import Message
from html import escape
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import parse_qs

from idlibsite.editing.session import Session
from idlibsite.editing.store import Refused

EDIT_PATH = "/__idlibsite/edit/"
STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {"edit.js": "text/javascript; charset=utf-8", "edit.css": "text/css; charset=utf-8"}
TOKEN_HEADER = "X-Idlibsite-Token"
MAX_BODY = 256 * 1024  # a request body larger than this is no editing request
_SOURCE_PAGE = re.compile(r"/sources/([a-z0-9]+(?:-[a-z0-9]+)*)/(?:index\.html)?")
_JSON = "application/json"

Response = tuple[bytes, str, int]  # body, content type, status


class EditLayer:
    """What ``serve`` asks when --edit is on: pages to add the panel to, and requests for the editor."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.panel = Template((STATIC / "panel.html").read_text("utf-8"))
        self.max_body = MAX_BODY

    def page(self, path: str, html: bytes, host: str, port: int) -> bytes:
        """A served source page with the editing panel, its style and its script; any other page as it is."""
        m = _SOURCE_PAGE.fullmatch(path)
        cut = html.rfind(b"</body>")
        if m is None or cut < 0 or not _our_host(host, port):
            return html
        panel = self.panel.substitute(source=escape(m.group(1)), token=escape(self.session.token),
                                      base=EDIT_PATH).encode("utf-8")
        return html[:cut] + panel + html[cut:]

    def get(self, path: str, query: str, host: str, port: int) -> Response | None:
        """The answer to a GET under /__idlibsite/edit/, None for any other path."""
        if not path.startswith(EDIT_PATH):
            return None
        if not _our_host(host, port):
            return _json({"error": "not this server's address"}, 403)
        name = path[len(EDIT_PATH):]
        if name in STATIC_TYPES:
            return (STATIC / name).read_bytes(), STATIC_TYPES[name], 200
        if name == "state":
            source = parse_qs(query).get("source", [""])[0]
            return _answer(lambda: self.session.state(source))
        return _json({"error": f"no {path}"}, 404)

    def post(self, path: str, headers: Message, body: bytes, port: int) -> Response:
        """A change asked for by the panel: refused unless it comes from a page of this server."""
        host = headers.get("Host", "")
        if not _our_host(host, port) or headers.get("Origin", "") != f"http://{host}":
            return _json({"error": "refused: the request does not come from a page of this server"}, 403)
        if not secrets.compare_digest(headers.get(TOKEN_HEADER, ""), self.session.token):
            return _json({"error": "refused: no valid editing token (reload the page)"}, 403)
        operations: Mapping[str, Callable[[Mapping[str, Any]], dict[str, object]]] = {
            "describe": self.session.describe, "add": self.session.add, "edit": self.session.edit,
            "delete": self.session.delete, "actor": self.session.add_actor,
            "undo": lambda _body: self.session.undo(),
        }
        operation = operations.get(path[len(EDIT_PATH):]) if path.startswith(EDIT_PATH) else None
        if operation is None:
            return _json({"error": f"no {path}"}, 404)
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            payload = None
        if not isinstance(payload, dict):
            return _json({"error": "the request body must be a JSON object"}, 400)
        return _answer(lambda: operation(payload))


def _answer(work: Callable[[], dict[str, object]]) -> Response:
    try:
        return _json(work(), 200)
    except Refused as refused:
        return _json({"error": refused.message, "problems": list(refused.problems)}, refused.status)


def _our_host(host: str, port: int) -> bool:
    return host in (f"127.0.0.1:{port}", f"localhost:{port}")


def _json(data: Mapping[str, object], status: int = 200) -> Response:
    return json.dumps(data, ensure_ascii=False).encode("utf-8"), _JSON, status
