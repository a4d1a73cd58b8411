"""One editing session of ``serve --edit``: what a source page needs to know, and the changes it asks for.

Every change is computed as the new bytes of one file of claims/, checked
with the rest of the project (:mod:`idlibsite.editing.validate`), then
written by the :class:`~idlibsite.editing.store.Store`.  A quote is never
taken from the browser: it is cut from the archived text at the offsets the
selection maps to.  Changes are made one at a time (a lock).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from idlibsite.annotations.load import ACTORS_FILE, STATEMENT_KEYS
from idlibsite.check import CheckResult
from idlibsite.config import Config
from idlibsite.editing.selection import SelectionError, file_range, prefill, quote_at, trimmed
from idlibsite.editing.store import Change, Refused, Store, digest
from idlibsite.editing.validate import check_with, new_problems
from idlibsite.editing.yamledit import YamlEditError, dump, item, mapping, with_changes, with_item, without_item
from idlibsite.schema import slugify
from idlibsite.sources.records import Source
from idlibsite.suggest import speaker_id, statement_id

EDITABLE = ("speaker", "kind", "side", "said", "said_note", "responds_to")  # what "edit" may change
Stamp = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, int, int], ...]]  # claim files' digests, corpus stats
KEPT_CHECKS = 4  # project states whose check is kept: the state before a save, after it, and a few more


class Session:
    """The editing state of one ``serve --edit`` run: its token, its writes, the project as last checked."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.token = secrets.token_urlsafe(32)  # given to the pages this server sends; required on every write
        self.store = Store(config.claims)
        self._lock = threading.Lock()
        self._checked: dict[Stamp, CheckResult] = {}  # by the inputs' stamp, the latest last

    def checked(self) -> CheckResult:
        """The project as `check` sees it now: checked again only when its inputs are in none of the
        last few states checked (a save leaves its own check; an undo finds the one before it)."""
        stamp = self._stamp()
        if stamp not in self._checked:
            self._remember(stamp, check_with(self.config, {}))
        return self._checked[stamp]

    def _stamp(self) -> Stamp:
        """The claim files by content (an undo brings back bytes, not times), the corpus by time and size."""
        claims = tuple((p.name, digest(p)) for p in sorted(self.config.claims.iterdir()) if p.is_file())
        corpus = tuple((p.name, s.st_mtime_ns, s.st_size) for p in sorted(self.config.corpus.iterdir())
                       if p.is_file() for s in [p.stat()])
        return claims, corpus

    def _remember(self, stamp: Stamp, result: CheckResult) -> None:
        self._checked.pop(stamp, None)
        self._checked[stamp] = result
        while len(self._checked) > KEPT_CHECKS:
            del self._checked[next(iter(self._checked))]

    def state(self, source_id: str) -> dict[str, object]:
        """Everything the editing panel of a source page shows: blocks, actors, claims with their hashes."""
        with self._lock:
            result = self.checked()
        site = result.site
        source = self._source(result, source_id)
        statements = [{
            "claim": q.claim.id, "claim_title": q.claim.title, "id": q.statement.id,
            "speaker": q.statement.speaker, "speaker_name": q.speaker.name, "kind": q.statement.kind,
            "side": q.statement.side, "said": q.statement.said.iso or "unknown", "said_note": q.statement.said_note,
            "quote": q.statement.quote, "range": [q.anchor.start, q.anchor.end], "spans": list(q.span_ids),
        } for q in site.quotes_by_source.get(source.id, ())]
        return {
            "source": source.id,
            "blocks": [b.display for b in source.blocks],
            "actors": [{"id": a.id, "name": a.name} for a in site.annotations.actors],
            "claims": [{"id": c.id, "title": c.title, "hash": digest(self.config.claims / f"{c.id}.yaml")}
                       for c in site.annotations.claims],
            "actors_hash": digest(self.config.claims / ACTORS_FILE),
            "statements": statements,
            "history": [c.label for c in self.store.history],
        }

    def describe(self, body: Mapping[str, Any]) -> dict[str, object]:
        """The selected words, cut from the article, with the speaker, kind and date `suggest` gives them."""
        with self._lock:
            result = self.checked()
        source = self._source(result, _text(body, "source"))
        start, end = self._range(source, body)
        quote, occurrence = quote_at(source.text, start, end)
        fill = prefill(result.site, source, start, end)
        sp = fill.speaker
        new = None
        if sp.actor is None and sp.new is not None:
            new = {"id": slugify(sp.new.name), "name": sp.new.name, "person": sp.new.person,
                   "affiliation": sp.new.affiliation, "role": sp.new.role}
        speaker = speaker_id(sp)
        return {
            "range": [start, end], "quote": quote, "occurrence": occurrence,
            "speaker": speaker, "speaker_name": sp.label, "new_actor": new,
            "confidence": round(sp.confidence, 2), "kind": fill.kind,
            "said": fill.said.iso or "unknown", "said_note": fill.said_note,
            "id": statement_id(speaker or "statement", quote),
        }

    def add(self, body: Mapping[str, Any]) -> dict[str, object]:
        """A new statement quoting the selected words, in an existing claim or a new one."""
        with self._lock:
            result = self.checked()
            source = self._source(result, _text(body, "source"))
            quote, hint = self._quote(result, source, body)
            fields: dict[str, object] = {"id": _text(body, "id"), "speaker": _text(body, "speaker"),
                                         "source": source.id, "quote": quote}
            for name in ("kind", "side", "said", "said_note", "responds_to"):
                if value := _text(body, name):
                    fields[name] = value
            if hint:
                fields["anchor"] = hint
            claim_id = _text(body, "claim")
            path = self.store.target(f"{claim_id}.yaml")
            if claim_id in {c.id for c in result.site.annotations.claims}:
                text = self._edit(path, lambda t: with_item(t, "statements", fields))
            elif path.exists():
                raise Refused(f"claims/{path.name} exists but is not a claim the project loads: fix it first", 409)
            else:
                text = _new_claim(claim_id, body, fields)
            return self._write(result, path, text, _text(body, "hash"),
                               f"added statement {fields['id']} to claim {claim_id}")

    def edit(self, body: Mapping[str, Any]) -> dict[str, object]:
        """New speaker, kind, side or date for a statement (its quote stays: it is the evidence)."""
        with self._lock:
            result = self.checked()
            path = self._claim_path(result, _text(body, "claim"))
            changes = {k: _text(body, k) for k in EDITABLE if k in body}
            ident = _text(body, "statement")
            text = self._edit(path, lambda t: with_changes(t, "statements", ident, changes, STATEMENT_KEYS))
            return self._write(result, path, text, _text(body, "hash"), f"edited statement {ident} of claim {path.stem}")

    def delete(self, body: Mapping[str, Any]) -> dict[str, object]:
        with self._lock:
            result = self.checked()
            path = self._claim_path(result, _text(body, "claim"))
            ident = _text(body, "statement")
            text = self._edit(path, lambda t: without_item(t, "statements", ident))
            return self._write(result, path, text, _text(body, "hash"),
                               f"deleted statement {ident} of claim {path.stem}")

    def add_actor(self, body: Mapping[str, Any]) -> dict[str, object]:
        """An actor stub in actors.yaml for a speaker the article names and the project does not know."""
        with self._lock:
            result = self.checked()
            path = self.store.target(ACTORS_FILE)
            ident = _text(body, "id") or slugify(_text(body, "name"))
            fields: dict[str, object] = {"id": ident, "name": _text(body, "name"), "kind": _text(body, "kind"),
                                         "affiliation": _text(body, "affiliation"), "aliases": []}
            if role := _text(body, "role"):
                fields["roles"] = [{"title": role, "until": "unknown"}]
            text = self._edit(path, lambda t: with_item(t, "actors", fields))
            return self._write(result, path, text, _text(body, "hash"), f"added actor {ident} to {ACTORS_FILE}")

    def undo(self) -> dict[str, object]:
        with self._lock:
            change = self.store.undo()
            return {"ok": True, "message": f"Undone: {change.label}.", "history": self._history()}

    def _write(self, before: CheckResult, path: Path, text: str, expected: str, label: str) -> dict[str, object]:
        data = text.encode("utf-8")
        self.store.unchanged(path, expected)  # a conflict is the answer, whatever the check would say
        claims, corpus = self._stamp()
        checked = tuple(sorted({**dict(claims), path.name: hashlib.sha256(data).hexdigest()}.items()))
        after = check_with(self.config, {path.name: data})
        found = new_problems(before.problems, after.problems)
        errors = tuple(p.format() for p in found if p.severity == "error")
        if errors:
            raise Refused(f"Not saved: idlibsite check would refuse claims/{path.name} with this change.", 422,
                          errors)
        change: Change = self.store.write(path, data, expected, label)
        self._remember((checked, corpus), after)  # the inputs as checked: the next action need not check again
        return {"ok": True, "message": f"Saved: {change.label}.", "hash": change.after,
                "warnings": [p.format() for p in found], "history": self._history()}

    def _quote(self, result: CheckResult, source: Source, body: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
        """The quote and anchor hint of a new statement: cut at the selection, or those of the statement
        it repeats in another claim (``from_claim``, ``from_statement``), exactly as written there."""
        origin = _text(body, "from_claim")
        if not origin:
            start, end = self._range(source, body)
            quote, occurrence = quote_at(source.text, start, end)
            return quote, {} if occurrence is None else {"occurrence": str(occurrence)}
        path = self._claim_path(result, origin)
        ident = _text(body, "from_statement")
        try:
            copied = item(path.read_text("utf-8"), "statements", ident)
        except YamlEditError as exc:
            raise Refused(f"claims/{path.name}: {exc}", 409) from exc
        if str(copied.get("source")) != source.id:
            raise Refused(f"statement {ident} of claim {origin} does not quote {source.id}", 400)
        return str(copied["quote"]), copied.get("anchor") or {}

    def _history(self) -> list[str]:
        return [c.label for c in self.store.history]

    def _edit(self, path: Path, change: Any) -> str:
        try:
            return str(change(path.read_text("utf-8")))
        except (YamlEditError, FileNotFoundError) as exc:
            raise Refused(f"claims/{path.name}: {exc}", 409) from exc

    def _claim_path(self, result: CheckResult, claim_id: str) -> Path:
        if claim_id not in {c.id for c in result.site.annotations.claims}:
            raise Refused(f"no claim '{claim_id}' in the project", 404)
        return self.store.target(f"{claim_id}.yaml")

    def _source(self, result: CheckResult, source_id: str) -> Source:
        source = result.site.source_by_id.get(source_id)
        if source is None:
            raise Refused(f"no source '{source_id}' in the project", 404)
        return source

    def _range(self, source: Source, body: Mapping[str, Any]) -> tuple[int, int]:
        try:
            if "range" in body:
                start, end = (int(v) for v in body["range"])
                if not 0 <= start <= end <= len(source.text):
                    raise SelectionError(f"the range {start}-{end} is outside the article")
                return trimmed(source.text, start, end)
            a, b = ((int(x), int(y)) for x, y in (body["start"], body["end"]))
            return file_range(source, a, b)
        except (KeyError, TypeError, ValueError) as exc:
            raise Refused(f"not a selection of the article: {exc}", 400) from exc


def _text(body: Mapping[str, Any], key: str) -> str:
    value = body.get(key, "")
    if not isinstance(value, str):
        raise Refused(f"'{key}' must be a string", 400)
    return value.strip()


def _new_claim(claim_id: str, body: Mapping[str, Any], statement: Mapping[str, object]) -> str:
    """A claim file holding one statement; the speaker asserts it, on the day the statement was said."""
    today = dt.date.today().isoformat()
    topics = [slugify(t) for t in _text(body, "topics").split(",") if slugify(t)]
    return dump(mapping({
        "id": claim_id, "title": _text(body, "title"), "actor": statement["speaker"],
        "date": statement.get("said", "unknown"), "assertion": _text(body, "assertion"), "topics": topics,
        "status": {"value": "active", "date": today, "note": "First published."}, "updated": today,
        "statements": [statement],
    }))
