"""The anchor lock's pure parts on this project's site, without building: what is recorded,
and how each kind of change since then is reported (tests/test_lock.py builds for real)."""

import hashlib
import marshal
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT
import idlibsite.anchoring.lock as lock_module
from idlibsite.anchoring.lock import (
    EXCERPT,
    LOCK_NAME,
    Locked,
    read_lock,
    read_lock_rows,
    shared,
    snapshot,
    stealth_edits,
    swapped_ids,
    typed_quotes,
    write_lock,
)
from idlibsite.anchoring.model import Quote, Site
from idlibsite.cache import Cache
from idlibsite.keys import key
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.errors import InputError, line_col

OLD_SHA = "f" * 64  # the source's bytes when the lock was written, other than now


@pytest.fixture(scope="module")
def site() -> Site:
    return check(load_config(ROOT), cache=Cache(None)).site


@pytest.fixture(scope="module")
def quote(site: Site) -> Quote:
    """A one-part quote whose source has other quotes too."""
    return next(q for q in site.quotes if len(q.anchor.spans) == 1 and len(site.quotes_by_source[q.source.id]) > 1)


def key_of(q: Quote) -> str:
    return f"{q.claim.id}/{q.statement.id}"


def test_the_snapshot_holds_every_statement_and_verdict_as_anchored(site: Site) -> None:
    locked = snapshot(site)
    verdicts = {c.id for c in site.annotations.claims if c.verdict is not None and c.id in site.verdicts}
    assert set(locked) == {key_of(q) for q in site.quotes} | {f"{c}/verdict" for c in verdicts}
    assert verdicts
    for q in site.quotes:
        assert locked[key_of(q)] == Locked(q.source.id, q.source.sha256, q.statement.quote,
                                           tuple((s.start, s.end, s.text) for s in q.anchor.spans))
        for start, end, text in locked[key_of(q)].parts:
            assert q.source.text[start:end] == text
    for claim_id in verdicts:
        claim = next(c for c in site.annotations.claims if c.id == claim_id)
        assert claim.verdict is not None
        entry = locked[f"{claim_id}/verdict"]
        assert (entry.source, entry.quote) == (claim.verdict.source, claim.verdict.quote)
        assert entry.sha256 == site.source_by_id[claim.verdict.source].sha256
        assert entry.parts == tuple((s.start, s.end, s.text) for s in site.verdicts[claim_id].spans)


def test_a_lock_read_back_holds_each_source_once_and_shares_the_entries_unchanged_since(
        site: Site, quote: Quote, tmp_path: Path) -> None:
    now = snapshot(site)
    write_lock(tmp_path / LOCK_NAME, now)
    read = read_lock(tmp_path / LOCK_NAME)
    assert read == now
    same_source = [e for e in read.values() if e.source == quote.source.id]
    assert len(same_source) > 1 and len({id(e.sha256) for e in same_source}) == 1
    moved = next(k for k, e in now.items() if e.source == quote.source.id)
    read[moved] = replace(read[moved], parts=((0, 1, "x"),))  # this one changed since it was locked
    changed, order = read[moved], list(read)
    kept = shared(read, now)
    assert kept is read and kept[moved] is changed  # in place: the entries as read no longer held beside now's
    assert kept == {**now, moved: changed} and list(kept) == order
    assert all((kept[k] is now[k]) == (k != moved) for k in read)


def test_typed_quotes_are_every_statements_and_verdicts_with_their_place(site: Site) -> None:
    typed = typed_quotes(site)
    for claim in site.annotations.claims:
        for st in claim.statements:
            assert typed[f"{claim.id}/{st.id}"] == (st.quote, st.quote_loc)
        if claim.verdict is not None:
            assert typed[f"{claim.id}/verdict"] == (claim.verdict.quote, claim.verdict.quote_loc)
        else:
            assert f"{claim.id}/verdict" not in typed


def test_nothing_is_reported_when_nothing_changed(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    assert stealth_edits(site, snapshot(site)) == []
    assert stealth_edits(site, {}) == []
    # no source changed under its spans: no statement is gone through (an edit in `serve` costs one pass)
    monkeypatch.setattr(lock_module, "typed_quotes", lambda site: pytest.fail("every statement gone through"))
    assert stealth_edits(site, snapshot(site)) == []


def test_changed_bytes_with_every_span_the_same_are_one_warning_at_the_source(site: Site, quote: Quote) -> None:
    now = snapshot(site)
    old = {**now, key_of(quote): replace(now[key_of(quote)], sha256=OLD_SHA)}
    (problem,) = stealth_edits(site, old)
    assert (problem.path, problem.line, problem.severity) == (quote.source.path, None, "warning")
    assert f"sha256 {OLD_SHA[:12]}… is now {quote.source.sha256[:12]}…" in problem.message
    assert "every quoted span still reads the same" in problem.message and problem.hint


def test_a_span_that_moved_is_an_error_at_the_quote_with_its_new_line(site: Site, quote: Quote) -> None:
    now = snapshot(site)
    (start, end, text), = now[key_of(quote)].parts
    old = {**now, key_of(quote): replace(now[key_of(quote)], sha256=OLD_SHA, parts=((start + 7, end + 7, text),))}
    (problem,) = stealth_edits(site, old)  # reported at its span, not again at the source
    loc = quote.statement.quote_loc
    assert (problem.path, problem.line, problem.column, problem.severity) == (loc.path, loc.line, loc.column, "error")
    line, col = line_col(quote.source.text, start)
    assert f"span moved from offset {start + 7} to {start} (now line {line}:{col}), same words" in problem.message
    assert problem.message.startswith(f"{quote.source.path} changed since this quote was anchored (sha256 "
                                      f"{OLD_SHA[:12]}… is now {quote.source.sha256[:12]}…): ")
    assert "--accept-source-changes" in problem.hint


def test_other_words_at_the_same_offsets_are_shown_old_against_new(site: Site, quote: Quote) -> None:
    now = snapshot(site)
    (start, end, text), = now[key_of(quote)].parts
    old = {**now, key_of(quote): replace(now[key_of(quote)], sha256=OLD_SHA, parts=((start, end, "Other words"),))}
    (problem,) = stealth_edits(site, old)
    new = " ".join(text.split())
    shown = new if len(new) <= EXCERPT else new[: EXCERPT - 1] + "…"
    assert f"span {start}-{end} was 'Other words', is now {shown!r}" in problem.message
    (accepted,) = stealth_edits(site, old, accept=True)
    assert accepted.severity == "warning" and accepted.message == problem.message


def test_words_no_longer_in_the_source_are_quoted_cut_to_the_excerpt(site: Site, quote: Quote) -> None:
    now = snapshot(site)
    gone = "word " * 30
    old = {**now, key_of(quote): replace(now[key_of(quote)], sha256=OLD_SHA, parts=((0, 150, gone), (160, 170, "b")))}
    del now[key_of(quote)]
    (problem,) = stealth_edits(site, old, now=now)
    cut = " ".join(f"{gone} … b".split())[: EXCERPT - 1] + "…"
    assert problem.message.endswith(f"the words {cut!r} are no longer in it")
    assert len(cut) == EXCERPT


def test_a_requoted_statement_or_a_gone_one_is_not_reported_at_its_span(site: Site, quote: Quote) -> None:
    now = snapshot(site)
    moved = replace(now[key_of(quote)], sha256=OLD_SHA, parts=((1, 2, "x"),))
    for old in ({**now, key_of(quote): replace(moved, quote="as typed before")},  # re-anchored on purpose
                {**now, "no-such-claim/statement": moved}):  # a statement deleted since
        (problem,) = stealth_edits(site, old)
        assert (problem.path, problem.severity) == (quote.source.path, "warning"), problem
    gone_source = {**now, key_of(quote): replace(moved, source="no-such-source")}
    assert stealth_edits(site, gone_source) == []  # reported elsewhere as an unknown source


HINT_SPAN = ("the archived article is evidence: restore it, or if the new file is right, check the "
             "words and accept with `idlibsite build --accept-source-changes` (or edit the quote)")
HINT_SOURCE = ("archived articles are evidence and are not edited: restore the file unless the change "
               "is a deliberate re-archiving")


def test_every_changed_span_of_a_source_is_reported_also_after_an_unchanged_one(site: Site) -> None:
    now = snapshot(site)
    elided = next(q for q in site.quotes if len(q.anchor.spans) > 1)
    same = [q for q in site.quotes_by_source[elided.source.id] if len(q.anchor.spans) == 1]
    first = min(same, key=key_of)  # sorted before the others: unchanged, only its sha is old
    moved = [q for q in same if q is not first][:2] + [elided]
    old = {**now, key_of(first): replace(now[key_of(first)], sha256=OLD_SHA)}
    for q in moved:
        old[key_of(q)] = replace(now[key_of(q)], sha256=OLD_SHA,
                                 parts=tuple((a + 3, b + 3, text) for a, b, text in now[key_of(q)].parts))
    problems = stealth_edits(site, old)
    assert sorted(p.line for p in problems) == sorted(q.statement.quote_loc.line for q in moved)
    assert all(p.hint == HINT_SPAN and p.severity == "error" for p in problems)
    (two_parts,) = [p for p in problems if p.line == elided.statement.quote_loc.line]
    assert two_parts.message.count("same words") == 2 and "same words; span moved from offset" in two_parts.message


def test_a_source_changed_outside_its_spans_has_the_source_hint(site: Site, quote: Quote) -> None:
    now = snapshot(site)
    (problem,) = stealth_edits(site, {**now, key_of(quote): replace(now[key_of(quote)], sha256=OLD_SHA)})
    assert problem.hint == HINT_SOURCE


def test_gone_words_are_joined_as_typed_and_an_excerpt_of_exactly_the_limit_is_not_cut(
    site: Site, quote: Quote
) -> None:
    now = snapshot(site)
    entry = replace(now[key_of(quote)], sha256=OLD_SHA, parts=((0, 3, "a b"), (9, 10, "c")))
    rest = {k: v for k, v in now.items() if k != key_of(quote)}
    (problem,) = stealth_edits(site, {**now, key_of(quote): entry}, now=rest)
    assert problem.message.endswith("the words 'a b … c' are no longer in it")
    limit = "x" * EXCERPT
    (problem,) = stealth_edits(site, {**now, key_of(quote): replace(entry, parts=((0, 60, limit),))}, now=rest)
    assert problem.message.endswith(f"the words {limit!r} are no longer in it")


def test_a_verdict_that_did_not_anchor_is_not_locked(site: Site) -> None:
    assert not [k for k in snapshot(replace(site, verdicts={})) if k.endswith("/verdict")]


def test_the_lock_file_is_written_in_one_exact_form(tmp_path: Path) -> None:
    path = tmp_path / LOCK_NAME
    entries = {"é/b": Locked("src", "ab", "“Non”, dit-il", ((1, 4, "Non"),)),
               "a/b": Locked("src", "ab", "x", ((0, 1, "x"), (5, 6, "y")))}
    assert write_lock(path, entries)
    assert path.read_text("utf-8") == (
        '{\n "version": 1,\n'
        ' "note": "Written by idlibsite build: the spans as last published. Commit it; do not edit.",\n'
        ' "anchors": {\n'
        '  "a/b": {"parts": [[0, 1, "x"], [5, 6, "y"]], "quote": "x", "sha256": "ab", "source": "src"},\n'
        '  "é/b": {"parts": [[1, 4, "Non"]], "quote": "“Non”, dit-il", "sha256": "ab", "source": "src"}\n'
        ' }\n}\n'
    )
    stale = tmp_path / f".{LOCK_NAME}.tmp-99999"  # left by a killed build
    stale.write_text("partial", "utf-8")
    assert not write_lock(path, entries) and not stale.exists()
    assert [p.name for p in tmp_path.iterdir()] == [LOCK_NAME]


@pytest.mark.parametrize(
    ("data", "message", "line"),
    [
        (b'{"version": 1,\n "anchors": {,}}', "the anchor lock is not valid JSON: Expecting property name", 2),
        (b'{"anchors": {"c/s": "\xff"}}', "the anchor lock is not valid UTF-8", None),
        (b'{"version": 1}', "the anchor lock is not in the format idlibsite writes: no key 'anchors'", None),
        (b'{"anchors": {"c/s": {"source": "s", "sha256": "h", "quote": "q", "parts": [[1]]}}}',
         "the anchor lock is not in the format idlibsite writes: list index out of range", None),
        (b'{"anchors": {"c/s": {"source": "s", "sha256": "h", "quote": "q", "parts": [["a", 2, "x"]]}}}',
         "the anchor lock is not in the format idlibsite writes: invalid literal for int()", None),
        (b'{"anchors": []}', "the anchor lock is not in the format idlibsite writes: 'list' object", None),
    ],
)
def test_a_damaged_lock_is_reported_at_the_lock_with_what_to_do(
    tmp_path: Path, data: bytes, message: str, line: int | None
) -> None:
    path = tmp_path / LOCK_NAME
    path.write_bytes(data)
    for display in ("", "claims/anchors.lock.json"):
        with pytest.raises(InputError) as caught:
            read_lock(path, display) if display else read_lock(path)
        (problem,) = caught.value.problems
        assert problem.path == (display or str(path)) and problem.line == line
        assert problem.column == (14 if line else None)
        assert problem.message.startswith(message), problem.message
        assert problem.hint.startswith(f"restore it from version control (`git checkout -- {display or path}`); "
                                       "failing that, delete it: the next build anchors every quote afresh")


def test_a_missing_lock_reads_as_empty_and_a_written_one_reads_back(tmp_path: Path) -> None:
    path = tmp_path / LOCK_NAME
    assert read_lock(path) == {}
    entries = {"c/s": Locked("src", "ab", "q", ((1, 2, "x"),))}
    write_lock(path, entries)
    assert read_lock(path) == entries


def test_two_sources_whose_ids_swapped_are_one_error_each_at_the_sidecars_id(site: Site) -> None:
    a, b, *rest = site.sources
    lock = snapshot(site)
    assert {e.source for e in lock.values()} >= {a.id, b.id}  # both have anchored spans
    swapped = [replace(a, id=b.id, meta=replace(a.meta, id=b.id)), replace(b, id=a.id, meta=replace(b.meta, id=a.id)),
               *rest]
    found = swapped_ids(swapped, lock)
    assert sorted(found) == sorted([a.id, b.id])
    for now, other in ((swapped[0], b), (swapped[1], a)):
        problem = found[now.id]
        loc = now.meta.id_loc
        assert (problem.path, problem.line, problem.column, problem.severity) == (
            loc.path, loc.line, loc.column, "error")
        assert loc.path == str(Path(now.path).with_suffix(".yaml")) and loc.line is not None
        assert problem.message.startswith(
            f"{loc.path} now gives id '{now.id}', whose anchors were made on the text of {other.path} ")
        assert f"belongs in {Path(other.path).with_suffix('.yaml')}" in problem.hint
        assert "do not accept" in problem.hint and "--accept-source-changes" not in problem.hint


def test_an_edited_source_or_two_copies_of_one_article_are_not_taken_for_a_swap(site: Site) -> None:
    a, b, *rest = site.sources
    lock = snapshot(site)
    assert swapped_ids(site.sources, lock) == {} and swapped_ids(site.sources, {}) == {}
    edited = replace(a, sha256=OLD_SHA)
    assert swapped_ids([edited, b, *rest], lock) == {}  # its old text is nowhere: an edit, reported per span
    copy = replace(a, id="a-copy-of-a", path="corpus/copy.txt", meta=replace(a.meta, id="a-copy-of-a"))
    copies = {**lock, "c/x": replace(next(e for e in lock.values() if e.source == a.id), source=copy.id)}
    assert swapped_ids([edited, b, copy, *rest], copies) == {}  # the copy's own id was anchored on that text


ENTRIES = {"c/s": Locked("src", "ab", "q", ((1, 2, "x"),)), "c/verdict": Locked("src", "ab", "r", ((3, 5, "yz"), (7, 8, "w"))),
           "b/t": Locked("other", "cd", "said", ((0, 4, "said"),))}


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The lock's parses from now on (each call of lock.py's ``_parse``)."""
    parsed: list[object] = []
    real = lock_module._parse
    monkeypatch.setattr(lock_module, "_parse", lambda *args: parsed.append(args) or real(*args))
    return parsed


def test_a_lock_read_again_is_made_from_the_rows_stored_under_the_hash_of_its_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / LOCK_NAME
    write_lock(path, ENTRIES)
    cache = Cache(tmp_path / "cache", writable=True)
    read, rows = read_lock_rows(path, "claims/anchors.lock.json", cache)
    assert read == ENTRIES and isinstance(rows, bytes)
    cache.commit()
    parsed = _parses(monkeypatch)
    again, stored = read_lock_rows(path, "claims/anchors.lock.json", Cache(tmp_path / "cache", remember=False))
    assert again == ENTRIES and list(again) == sorted(ENTRIES) and stored == rows and not parsed  # another process
    assert again["c/s"].sha256 is again["c/verdict"].sha256  # each source's id and hash held once, as parsed
    assert _read(path, Cache(tmp_path / "elsewhere")) == (ENTRIES, ENTRIES) and len(parsed) == 1  # not stored there
    # other bytes (a hand edit that breaks it): refused as without a cache
    path.write_bytes(path.read_bytes().replace(b'[[0, 4,', b'[["a", 4,'))
    with pytest.raises(InputError) as cached:
        read_lock_rows(path, "claims/anchors.lock.json", Cache(tmp_path / "cache", writable=True))
    with pytest.raises(InputError) as alone:
        read_lock(path, "claims/anchors.lock.json")
    assert cached.value.problems == alone.value.problems


@pytest.mark.parametrize("stored", [
    b"not rows", {"c/s": ENTRIES["c/s"]}, zlib.compress(b"not marshal"),
    zlib.compress(marshal.dumps((("c/s", "src", "ab", "q"),))),  # a row of fewer fields
    zlib.compress(marshal.dumps(((["c/s"], "src", "ab", "q", ()),))),  # a key that is not one
    zlib.compress(marshal.dumps(("c/s",))),
])
def test_rows_of_another_layout_under_a_locks_hash_are_not_misread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored: object) -> None:
    """What the cache holds under the lock's hash that is not its rows: the lock is parsed and its rows stored again."""
    path = tmp_path / LOCK_NAME
    write_lock(path, ENTRIES)
    cache = Cache(tmp_path / "cache", writable=True)
    cache.put(lock_module.ROWS_KIND, key(lock_module.ROWS_KIND, hashlib.sha256(path.read_bytes()).digest()), stored)
    cache.commit()
    parsed = _parses(monkeypatch)
    again = Cache(tmp_path / "cache", writable=True)
    assert _read(path, again) == (ENTRIES, ENTRIES) and len(parsed) == 1
    again.commit()
    assert _read(path, Cache(tmp_path / "cache")) == (ENTRIES, ENTRIES) and len(parsed) == 1  # stored again as rows


def _read(path: Path, cache: Cache) -> tuple[dict[str, Locked], dict[str, Locked] | None]:
    """The lock at ``path`` read through ``cache``, and its entries as made from the rows it gave."""
    read, rows = read_lock_rows(path, "", cache)
    return read, lock_module.lock_entries(rows)
