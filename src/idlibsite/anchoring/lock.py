"""The anchor lock: the spans published last time, kept so a changed source is caught.

``claims/anchors.lock.json`` records, for every statement and verdict, the
source's SHA-256, the quote as typed and each anchored part as offsets plus
exact text.  When a source's bytes change, the build does not quietly
re-anchor: each recorded span is compared with the new file and reported as
*moved* (same words, other offsets) or *changed* (other words), old text
against new.  The user accepts the change explicitly, with
``--accept-source-changes`` or by editing the statement's quote.
The build rewrites the lock after a successful write; ``check`` only reads it.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from pickle import UnpicklingError

from idlibsite.anchoring.model import Quote, Site
from idlibsite.anchoring.spans import Anchor
from idlibsite.annotations.records import Claim
from idlibsite.cache import Cache
from idlibsite.keys import key as keyed
from idlibsite.memo import Keep, Same, fresh
from idlibsite.errors import InputError, Loc, OutputError, Problem, line_col
from idlibsite.pickled import maker
from idlibsite.scratch import remove_stale
from idlibsite.sources.corpus import sidecar_of
from idlibsite.sources.records import Source

LOCK_NAME = "anchors.lock.json"
LOCK_VERSION = 1
EXCERPT = 60  # characters of old/new text shown in a message
UNMOVED_KIND = "lock unmoved"  # Cache.kept: whether no source changed under its spans, by the sources and the lock
ROWS_KIND = "lock-rows"  # cache entries: a lock's entries as rows (lock_rows), by the SHA-256 of its bytes


@dataclass(frozen=True, slots=True)
class Locked:
    """One statement's anchor as last published."""

    source: str  # source id
    sha256: str  # the source's bytes then
    quote: str  # the quote as typed then
    parts: tuple[tuple[int, int, str], ...]  # (start, end, exact text) of each part


Equal = Callable[[Mapping[str, Locked], Mapping[str, Locked]], bool]  # whether a lock's new entries equal it as read


def same_entries(entries: Mapping[str, Locked], read: Mapping[str, Locked]) -> bool:
    """Whether the lock's new entries equal the lock as read (the very lock, as rows: its entries unread)."""
    return entries is read or entries == read


def snapshot(site: Site) -> dict[str, Locked]:
    """The lock entries for a linked site, keyed ``<claim>/<statement>`` or ``<claim>/verdict``
    (serve makes them from the last build's: lockkept.py)."""
    out = dict(chain.from_iterable(map(statement_entries, site.quotes_by_claim.values())))  # in site.quotes' order
    for claim in site.annotations.claims:
        entry = verdict_entry(claim, site.verdicts.get(claim.id), site)
        if entry is not None:
            out[f"{claim.id}/verdict"] = entry
    return out


def statement_entries(quotes: Sequence[Quote]) -> list[tuple[str, Locked]]:
    """The lock entries of these statements."""
    return [(entry_key(q), Locked(q.source.id, q.source.sha256, q.statement.quote,
                                  tuple((s.start, s.end, s.text) for s in q.anchor.spans)))
            for q in quotes]


def entry_key(quote: Quote) -> str:
    """The key of a statement's lock entry."""
    return f"{quote.claim.id}/{quote.statement.id}"


def verdict_entry(claim: Claim, anchor: Anchor | None, site: Site) -> Locked | None:
    """The lock entry of ``claim``'s verdict anchored at ``anchor`` (None: no verdict, or not anchored)."""
    if claim.verdict is None or anchor is None:
        return None
    return Locked(claim.verdict.source, site.source_by_id[claim.verdict.source].sha256, claim.verdict.quote,
                  tuple((s.start, s.end, s.text) for s in anchor.spans))


def shared(locked: dict[str, Locked], now: Mapping[str, Locked]) -> dict[str, Locked]:
    """``locked``, each entry equal to that of ``now`` replaced by it in place: the same values, held once.  In
    place, as the lock as read is kept (serve's reads, the rows' reader): a new dict left every entry read alive
    beside ``now``'s, the quotes' and spans' texts twice (6 MB at 1,000 sources)."""
    locked.update([(k, n) for k, entry in locked.items() if (n := now.get(k)) is not entry and n == entry])
    return locked


def read_lock(path: Path, display: str = "", cache: Cache | None = None) -> dict[str, Locked]:
    """The lock as last written; empty when there is none yet.

    Raises InputError, located at ``display`` (default: ``path``), when the file is not a lock this tool wrote
    (damaged, hand-edited, merged badly).  With ``cache``, the same bytes read again in the same process are not parsed again.
    """
    return read_lock_rows(path, display, cache)[0]


def read_lock_rows(path: Path, display: str = "", cache: Cache | None = None
                   ) -> tuple[dict[str, Locked], bytes | None]:
    """:func:`read_lock`, and with ``cache`` its entries' rows (:func:`lock_rows`) as the cache holds them:
    stored under the SHA-256 of the lock's bytes, so that a lock read before (by a fresh process after an
    edit: the lock is rewritten only when an anchor changed) is made from its rows, not parsed again."""
    if not path.exists():
        return {}, None
    display = display or str(path)
    hint = (f"restore it from version control (`git checkout -- {display}`); failing that, delete "
            "it: the next build anchors every quote afresh (check the quotes before publishing)")
    try:
        data = path.read_bytes() if path.is_file() else None
    except OSError as exc:
        raise InputError([Problem(display, None, None, f"the anchor lock cannot be read: {exc.strerror}",
                                  hint)]) from exc
    if data is None:
        raise InputError([Problem(display, None, None, "the anchor lock is not in the format idlibsite writes: "
                                  "it is not a regular file", hint)])
    if cache is None:
        return _parse(data, display, hint), None
    digest = hashlib.sha256(data).digest()
    return cache.kept((LOCK_NAME, digest, display), partial(_stored, cache, data, digest, display, hint))


def _stored(cache: Cache, data: bytes, digest: bytes, display: str, hint: str
            ) -> tuple[dict[str, Locked], bytes]:
    """The lock's entries made from the rows stored under ``digest`` (its bytes' SHA-256), or parsed from
    ``data`` and their rows stored (a lock that does not parse raises, and nothing is stored)."""
    k = keyed(ROWS_KIND, digest)
    rows = cache.get(ROWS_KIND, k)
    entries = lock_entries(rows)
    if entries is None or not isinstance(rows, bytes):
        entries = _parse(data, display, hint)
        rows = cache.put(ROWS_KIND, k, lock_rows(entries))
    return entries, rows


def lock_rows(entries: Mapping[str, Locked]) -> bytes:
    """``entries`` as rows of plain values (key, source, SHA-256, quote, parts), marshalled and compressed."""
    return zlib.compress(marshal.dumps(tuple((k, e.source, e.sha256, e.quote, e.parts) for k, e in entries.items())), 1)


def lock_entries(rows: object) -> dict[str, Locked] | None:
    """The entries of :func:`lock_rows`, in their order (made as a pickle makes records: pickled.maker);
    None when ``rows`` are not such rows."""
    if not isinstance(rows, bytes):
        return None
    make = maker(Locked)
    try:
        return {row[0]: make(row[1:]) for row in marshal.loads(zlib.decompress(rows))}
    except (zlib.error, ValueError, EOFError, TypeError, IndexError, KeyError, UnpicklingError):
        return None


class Rows(Mapping[str, Locked]):
    """The entries of rows that :func:`lock_entries` reads (a lock held as rows: held.py), made only when first
    read: a build whose lock is unchanged compares it with itself (:func:`lock_written`), and reads none."""

    def __init__(self, rows: bytes) -> None:
        self.rows = rows
        self.made: dict[str, Locked] | None = None

    def entries(self) -> dict[str, Locked]:
        if self.made is None:
            made = lock_entries(self.rows)
            if made is None:
                raise ValueError("not a lock's rows")
            self.made = made
        return self.made

    def __getitem__(self, k: str) -> Locked:
        return self.entries()[k]

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries())

    def __len__(self) -> int:
        return len(self.entries())


def _parse(raw: bytes, display: str, hint: str) -> dict[str, Locked]:
    try:
        data = json.loads(raw.decode("utf-8"))
        one: dict[str, str] = {}  # each source's id and SHA-256 held once, not once per statement
        return {
            key: Locked(one.setdefault(source := str(e["source"]), source),
                        one.setdefault(sha := str(e["sha256"]), sha), str(e["quote"]),
                        tuple((int(p[0]), int(p[1]), str(p[2])) for p in e["parts"]))
            for key, e in data["anchors"].items()
        }
    except json.JSONDecodeError as exc:
        raise InputError([Problem(display, exc.lineno, exc.colno,
                                  f"the anchor lock is not valid JSON: {exc.msg}", hint)]) from exc
    except UnicodeDecodeError as exc:
        raise InputError([Problem(display, None, None, "the anchor lock is not valid UTF-8",
                                  hint)]) from exc
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as exc:
        what = f"no key {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
        message = f"the anchor lock is not in the format idlibsite writes: {what}"
        raise InputError([Problem(display, None, None, message, hint)]) from exc


def write_lock(path: Path, entries: Mapping[str, Locked], read: Mapping[str, Locked] | None = None) -> bool:
    """Write the lock atomically when its content changed; True when written (see :func:`lock_written`)."""
    with lock_written(path, entries, read) as written:
        pass
    return written


@contextmanager
def lock_written(path: Path, entries: Mapping[str, Locked], read: Mapping[str, Locked] | None = None,
                 equal: Equal = same_entries) -> Iterator[bool]:
    """Write the new lock beside ``path`` now, and put it in place when the body ends without an error.

    Yields whether the lock changes.  A lock that cannot be written raises
    OutputError here, before the body (the site's swap) runs; when the body
    fails, the new lock is removed and the old one stays.  ``read`` is the lock as read at the start
    of the build: when ``entries`` equal it (``equal``; serve's: lockkept.lock_equal), nothing is
    serialized.  The file has one line per anchor, so its diffs in version control show the anchors that changed.
    """
    remove_stale(path.parent, f".{path.name}.tmp-")  # left by a killed build
    tmp = _stage(path, entries, read, equal)
    try:
        yield tmp is not None
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    if tmp is not None:
        try:
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _unwritable(path, exc, "the site was published, but ") from exc


def _stage(path: Path, entries: Mapping[str, Locked], read: Mapping[str, Locked] | None, equal: Equal) -> Path | None:
    """The new lock written to a temporary file beside ``path``; None when the lock is unchanged."""
    if os.path.lexists(path) and not path.is_file():
        raise _unwritable(path, IsADirectoryError(21, "not a regular file"))
    if read is not None and path.exists() and equal(entries, read):
        return None
    if path.exists() and _reads_as(path, _lock_text(entries)):
        return None
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with tmp.open("w", encoding="utf-8") as out:  # piece by piece: the whole text is never in memory
            out.writelines(_lock_text(entries))
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _unwritable(path, exc) from exc
    return tmp


def _lock_text(entries: Mapping[str, Locked]) -> Iterator[str]:
    """The lock file's text, one anchor's line at a time."""
    note = "Written by idlibsite build: the spans as last published. Commit it; do not edit."
    yield f'{{\n "version": {LOCK_VERSION},\n "note": {json.dumps(note)},\n "anchors": {{\n'
    for n, (k, e) in enumerate(sorted(entries.items())):
        yield (",\n  " if n else "  ") + f"{json.dumps(k, ensure_ascii=False)}: {_entry_json(e)}"
    yield "\n }\n}\n"


def _reads_as(path: Path, pieces: Iterator[str]) -> bool:
    """Whether the file reads as text (newlines read as "\\n") as the pieces joined, read as they come."""
    with path.open(encoding="utf-8") as f:
        return all(f.read(len(piece)) == piece for piece in pieces) and not f.read(1)


def _unwritable(path: Path, exc: OSError, before: str = "") -> OutputError:
    where = f"{path.parent.name}/{path.name}"
    return OutputError([Problem(where, None, None, f"{before}the anchor lock cannot be written: {exc.strerror}",
                                f"make {where} a writable file (and {path.parent.name}/ a writable folder), "
                                "then build again")])


def _entry_json(e: Locked) -> str:
    return json.dumps({"source": e.source, "sha256": e.sha256, "quote": e.quote, "parts": [list(p) for p in e.parts]},
                      ensure_ascii=False, sort_keys=True)


def typed_quotes(site: Site) -> dict[str, tuple[str, Loc]]:
    """Every statement's and verdict's quote as typed now, with where it is typed."""
    out = {}
    for claim in site.annotations.claims:
        for st in claim.statements:
            out[f"{claim.id}/{st.id}"] = (st.quote, st.quote_loc)
        if claim.verdict is not None:
            out[f"{claim.id}/verdict"] = (claim.verdict.quote, claim.verdict.quote_loc)
    return out


def stealth_edits(
    site: Site, old: Mapping[str, Locked], *, accept: bool = False, now: Mapping[str, Locked] | None = None,
    kept: Keep = fresh,
) -> list[Problem]:
    """Spans whose source bytes changed since they were locked, at the statement's quote.

    Errors, or warnings when ``accept``.  A statement whose quote was edited
    since is re-anchored on purpose and not reported.  A source whose bytes
    changed while every quoted span still reads the same is a warning at the
    source: the evidence changed, even where nothing quoted did.  ``kept`` (serve's ``Cache.kept``): whether
    no source changed under its spans, kept while the sources and ``old`` are the very objects.
    """
    if kept((UNMOVED_KIND, Same(site.sources), Same(old)), partial(_unmoved, site, old)):
        return []  # no source changed under its spans: nothing to report, no statement to go through
    sources = site.source_by_id
    now = snapshot(site) if now is None else now
    typed = typed_quotes(site)
    severity = "warning" if accept else "error"
    problems = []
    changed_quietly: dict[str, str] = {}  # source id -> its sha256 when last built
    for key, then in sorted(old.items()):
        source = sources.get(then.source)
        if source is not None and source.sha256 != then.sha256:
            changed_quietly.setdefault(source.id, then.sha256)
        if key not in typed or source is None or typed[key][0] != then.quote or source.sha256 == then.sha256:
            continue
        current = now.get(key)
        if current is not None and current.parts == then.parts:
            continue
        what = ("; ".join(_describe(source.text, a, b) for a, b in zip(then.parts, current.parts))
                if current is not None else
                f"the words {_cut(' … '.join(p[2] for p in then.parts))!r} are no longer in it")
        changed_quietly.pop(source.id, None)  # reported at its spans instead
        problems.append(typed[key][1].problem(
            f"{source.path} changed since this quote was anchored "
            f"(sha256 {then.sha256[:12]}… is now {source.sha256[:12]}…): {what}",
            "the archived article is evidence: restore it, or if the new file is right, check the "
            "words and accept with `idlibsite build --accept-source-changes` (or edit the quote)",
            severity=severity))
    for source_id, sha in sorted(changed_quietly.items()):
        source = sources[source_id]
        problems.append(Problem(
            source.path, None, None,
            f"the archived article changed since the last build (sha256 {sha[:12]}… is now "
            f"{source.sha256[:12]}…); every quoted span still reads the same",
            "archived articles are evidence and are not edited: restore the file unless the change "
            "is a deliberate re-archiving", severity="warning"))
    return problems


def _unmoved(site: Site, old: Mapping[str, Locked]) -> bool:
    """Whether every source of ``site`` that spans of ``old`` were locked on has the bytes they were locked on."""
    sources = site.source_by_id
    locked_on = {(e.source, e.sha256) for e in old.values()}
    return all(sources[source_id].sha256 == sha for source_id, sha in locked_on if source_id in sources)


def swapped_ids(sources: Sequence[Source], old: Mapping[str, Locked]) -> dict[str, Problem]:
    """The sources whose id's anchors were made on another file's text, each with its error.

    Two sidecars that swap ids give each article the other's id: every span of both would be reported
    as changed, and accepting that would anchor the quotes in the wrong article.  A source is taken for
    swapped when its text changed and the text its id was anchored on is now another file's, whose own
    id was not anchored on that text (identical copies of one article are not swaps).  One error per
    source, at the sidecar's ``id:``.
    """
    anchored: dict[str, str] = {}  # source id -> the sha256 its spans were anchored on
    for then in old.values():
        anchored.setdefault(then.source, then.sha256)
    by_sha = {s.sha256: s for s in sources}
    out = {}
    for source in sources:
        sha = anchored.get(source.id, source.sha256)
        holder = by_sha.get(sha)
        if sha == source.sha256 or holder is None or anchored.get(holder.id) == sha:
            continue
        sidecar = sidecar_of(source)
        out[source.id] = source.meta.id_loc.problem(
            f"{sidecar} now gives id '{source.id}', whose anchors were made on the text of {holder.path} "
            f"(sha256 {sha[:12]}…), which now has id '{holder.id}': the sidecars' ids look swapped",
            f"give the ids back: `id: {source.id}` belongs in {sidecar_of(holder)} "
            "(an id is a source's URL); do not accept the change, which would anchor the quotes in another article")
    return out


def _describe(text: str, then: tuple[int, int, str], now: tuple[int, int, str]) -> str:
    (a, b, old), (c, _, new) = then, now
    if old == new:
        line, col = line_col(text, c)
        return f"span moved from offset {a} to {c} (now line {line}:{col}), same words"
    return f"span {a}-{b} was {_cut(old)!r}, is now {_cut(new)!r}"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"
