"""Versions of claims: the append-only versions file, the version pages and the history.

The promise tested last: a citation made today still resolves to the same words after the
claim is edited and the site is rebuilt from a fresh clone of the project.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import html5lib
import pytest

from clitools import run_cli
from conftest import copy_project, site_file
from idlibsite.anchoring import versionfile, versions
from idlibsite.anchoring.versionfile import VERSIONS_NAME, read_versions, store_versions, write_versions
from idlibsite.anchoring.versions import (
    COUNTER_KEYS,
    SNAPSHOT_KEYS,
    STATEMENT_KEYS,
    STATUS_KEYS,
    VERDICT_KEYS,
    Appended,
    Version,
    append,
    appended,
    canonical,
    changes,
    snapshot,
    version_id,
)
from idlibsite.annotations.records import Annotations
import idlibsite.build as build_module
from idlibsite.build import build
from idlibsite.cache import Cache
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.errors import InputError
from idlibsite.site import versioned
from idlibsite.site.versioned import cited_by, history_rows, version_views

CLAIM = "turkish-troops-in-idlib-illegal"
NS = "{http://www.w3.org/1999/xhtml}"


def said(statement: str, words: str, **changed: object) -> dict[str, object]:
    """A statement of a snapshot, with every key the versions file's readers need."""
    return {"id": statement, "speaker": "A", "speaker_id": "a", "role": "", "side": "assertion", "kind": "direct",
            "said": "2020-02-12", "source": "src", "source_title": "S", "outlet": "O", "url": "", "words": words,
            **changed}


def snap(**changed: object) -> dict[str, object]:
    """A minimal snapshot, as anchoring.versions.snapshot makes them."""
    base: dict[str, object] = {
        "id": "c", "title": "T", "claimant": "A", "claimant_id": "a", "date": "2020-02-12",
        "assertion": "X.", "counter_assertion": None, "notes": "",
        "status": {"value": "active", "date": "2026-11-22", "note": ""}, "updated": "2026-11-22",
        "verdict": None,
        "statements": [said("s1", "one"), said("s2", "two")],
    }
    return {**base, **changed}


def test_a_version_is_added_only_when_what_is_published_changes() -> None:
    first = append((), {"c": snap()})
    assert [(v.claim, v.previous) for v in first] == [("c", "")]
    assert append(first, {"c": snap()}) == first  # nothing changed: nothing added
    second = append(first, {"c": snap(title="T2"), "d": snap(id="d")})
    assert second[:1] == first and [v.claim for v in second] == ["c", "c", "d"]
    assert second[1].previous == first[0].id and second[1].id == version_id(snap(title="T2"))
    reverted = append(second, {"c": snap(), "d": snap(id="d")})  # back to the first words
    assert reverted[-1].id == first[0].id and reverted[-1].previous == second[1].id


def test_serve_hashes_again_only_the_claims_whose_snapshot_is_not_the_very_bytes_of_the_last_build(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """serve: appended() with the last build's findings hashes only the snapshots that are not the very bytes
    object it was given before, and gives what it gives afresh; an unchanged claim's new version is the very
    object; other aliases, or other versions read, look at every claim again."""
    import hashlib

    published = append((), {"b": snap(id="b")})
    made = {c: canonical(snap(id=c)) for c in "abcd"}
    store: dict[object, object] = {}
    last = Appended()

    def kept(k: object, make: object) -> object:
        return store[k] if k in store else store.setdefault(k, make())  # type: ignore[operator]

    first = appended(published, made, kept, {}, last)
    assert first == appended(published, made) and [v.claim for v in first] == ["b", "a", "c", "d"]
    hashed: list[bytes] = []
    real = hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda data=b"": hashed.append(data) or real(data))
    now = {**made, "a": canonical(snap(id="a", title="T2")), "b": canonical(snap(id="b", title="T3"))}
    second = appended(published, now, kept, {}, last)
    assert second == appended(published, now)
    assert hashed[:2] == [now["a"], now["b"]]  # (the fresh call's own after)
    assert second[-1] is first[-1] and [v.claim for v in second] == ["b", "a", "b", "c", "d"]
    hashed.clear()
    back = {**now, "b": made["b"]}  # b back to its published words: no version added
    third = appended(published, back, kept, {}, last)
    assert third == appended(published, back) and hashed[:1] == [made["b"]] and len(third) == 4
    hashed.clear()
    moved = appended(published, back, kept, {"c": ("b",)}, last)  # aliases changed: every claim again
    assert moved == appended(published, back, aliases={"c": ("b",)}) and hashed[:4] == list(back.values())


def test_a_version_holds_its_snapshot_packed_and_gives_back_its_canonical_json_exactly() -> None:
    """A version keeps its snapshot compressed (it lives to a build's end, read by few pages); its JSON,
    snapshot and id are the ones of the snapshot it was made of, and equal snapshots make equal versions."""
    made = snap(title="Ünïcode “quoted” title " * 40, notes="x" * 5000)
    json_bytes = json.dumps(made, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    version = Version.of("c", version_id(made), "", made, None)
    assert version.canonical == json_bytes and version.snapshot == made and version.hashed == version.id
    assert len(version.packed) < len(json_bytes) // 4  # packed, not the JSON itself
    assert Version.made("c", version.id, "", json_bytes, None) == version
    assert Version.of("c", version.id, "", dict(made), None) == version
    assert Version.of("c", version.id, "", snap(), None) != version


def test_a_snapshot_leaves_nothing_cached_on_the_quotes_it_reads(root: Path) -> None:
    """A build makes every claim's snapshot: had it read each quote's cached words and role, every quote would
    keep them to the end of the build, where its memory peaks."""
    site = check(load_config(root)).site
    held = [set(vars(q)) for q in site.quotes]  # its fields, and what the check cached on it
    made = {c.id: snapshot(site, c) for c in site.annotations.claims}
    assert site.quotes and [set(vars(q)) for q in site.quotes] == held
    for q in site.quotes:  # the same words and role as the quote's own
        (shown,) = [s for s in made[q.claim.id]["statements"] if s["id"] == q.statement.id]
        assert (shown["words"], shown["role"]) == (q.anchor_text, q.role) and shown["words"]


@pytest.mark.parametrize(
    ("after", "said"),
    [
        (snap(title="T2"), ["Title edited."]),
        (snap(statements=[said("s1", "one")]), ["Statement removed: s2."]),
        (snap(statements=[said("s1", "ONE"), said("s2", "two"), said("s3", "3")]),
         ["Statement added: s3.", "Statement edited: s1."]),
        (snap(status={"value": "retracted", "date": "2026-12-01", "note": "Wrong."}),
         ["Status changed from active to retracted."]),
        (snap(verdict={"rating": "False", "reviewer": "R"}), ["Verdict added: False (R)."]),
        (snap(updated="2026-12-01"), ["Date of the last update changed."]),
        (snap(claimant_id="a2", statements=[said("s1", "one", source="new-id"),
                                            said("s2", "two", speaker_id="x")]),
         ["Claimant's id renamed.",
          "Statements under a renamed source or speaker id, same words and article: s1, s2."]),
        (snap(statements=[said("s1", "ONE", source="new-id"), said("s2", "two")]),
         ["Statement edited: s1."]),
    ],
)
def test_the_history_says_what_changed(after: dict[str, object], said: list[str]) -> None:
    assert list(changes(snap(), after)) == said
    assert changes(None, snap()) == ("First published.",)


def test_each_history_row_holds_the_sources_its_snapshot_shows() -> None:
    """A version's row holds its snapshot's sources (sorted), read as the snapshot is parsed for the row,
    for the version pages and the sources a claim's versions cite (each snapshot parsed once a build)."""
    cited = [said("s1", "one", source="zeta"), said("s2", "two", source="alpha")]
    chain = append((), {"c": snap(statements=cited)})
    chain = append(chain, {"c": snap(statements=cited[:1], verdict={"rating": "False", "reviewer": "R",
                                                                       "source": "mid"})})
    rows = history_rows({"c": chain})["c"]
    assert [r.sources for r in rows] == [("alpha", "zeta"), ("mid", "zeta")]
    assert cited_by(rows) == {"alpha", "mid", "zeta"}
    views = version_views(chain, rows, "claims/c/", frozenset({"zeta", "mid"}))
    assert [v.archived for v in views] == [("zeta",), ("mid", "zeta")]  # only the sources archived here


def test_each_history_row_is_what_its_version_stores_and_a_moved_claim_is_compared_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A version stores its row's date, sources and changes from the version it was made after, so the
    history unpacks no snapshot; only where the version before it in a claim's chain is another (the claim
    moved from an old id: its first version under the new id follows none) are two snapshots compared."""
    kept = append(append((), {"c": snap()}), {"c": snap(title="T2", updated="2026-12-01")})
    moved = append(append((), {"old": snap(id="old")}), {"new": snap(id="new", notes="N")})
    unpacked: list[str] = []
    real = Version.snapshot
    monkeypatch.setattr(Version, "snapshot", property(lambda v: unpacked.append(v.claim) or real.fget(v)))
    rows = history_rows({"c": kept, "new": moved})
    assert [(r.date.iso, r.changes) for r in rows["c"]] == [
        ("2026-11-22", ("First published.",)), ("2026-12-01", ("Title edited.",))] and unpacked == ["old", "new"]
    assert [r.changes for r in rows["new"]] == [
        ("First published.",), ("Moved from the address of “old”.", "Notes edited.")]
    assert [v.changes for v in moved] == [("First published.",)] * 2  # as stored: each is a claim's first


def test_a_renamed_claim_s_first_version_records_the_move_and_its_history_compares_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim's first version under an id whose aliases were published moves from the last version of the
    alias published last (one move a version), its changes made from it; a version after it, a claim without
    aliases or with aliases never published, moves from nothing.  The history then unpacks no snapshot."""
    first = append((), {"old": snap(id="old"), "other": snap(id="other")})
    first = append(first, {"old": snap(id="old", title="T2")})
    moved = append(first, {"new": snap(id="new", title="T2", notes="N"), "fresh": snap(id="fresh")},
                   {"new": ("never", "other", "old"), "fresh": ("never",)})
    fresh, new = moved[3:]
    assert new.moved_from == f"old/{first[2].id}" and new.moved == "old" and new.previous == ""
    assert new.changes == ("Moved from the address of “old”.", "Notes edited.") and fresh.moved_from == ""
    later = append(moved, {"new": snap(id="new", title="T2", notes="N2")}, {"new": ("old",)})
    assert later[-1].moved_from == "" and later[-1].previous == new.id
    unpacked: list[str] = []
    real = Version.snapshot
    monkeypatch.setattr(Version, "snapshot", property(lambda v: unpacked.append(v.claim) or real.fget(v)))
    rows = history_rows({"new": [*first[::2], *later[4:]]})
    assert [r.changes for r in rows["new"]] == [
        ("First published.",), ("Title edited.",), ("Moved from the address of “old”.", "Notes edited."),
        ("Notes edited.",)] and unpacked == []


def published(**aliases: tuple[str, ...]) -> Annotations:
    """Annotations with the claims given (id -> its aliases), all that :func:`versioned.chains` reads of them."""
    return Annotations((), tuple(SimpleNamespace(id=c, aliases=a) for c, a in aliases.items()))  # type: ignore[misc]


def test_the_chains_join_a_gone_id_to_the_gone_id_it_moved_to_only() -> None:
    """Once a renamed claim is deleted, its aliases gone with it, its old ids' versions are its own still, by the
    moves its first versions under the new ids recorded: one chain, under its last id.  While it is published,
    its aliases join them; an old id it does not list is gone alone (its address redirects nowhere), and so is
    one whose versions a later claim took over with the alias."""
    made = append(append((), {"a": snap(id="a"), "x": snap(id="x")}), {"b": snap(id="b")}, {"b": ("a",)})
    made = append(made, {"c": snap(id="c")}, {"c": ("b", "a")})  # renamed again: moved from b, published last
    assert [v.moved_from.partition("/")[0] for v in made] == ["", "", "a", "b"]

    def homes(annotations: Annotations) -> dict[str, list[str]]:
        return {k: [v.claim for v in chain] for k, chain in versioned.chains(made, annotations).items()}

    assert homes(published()) == {"x": ["x"], "c": ["a", "b", "c"]}  # all deleted
    assert homes(published(c=("b", "a"))) == {"c": ["a", "b", "c"], "x": ["x"]}  # as the aliases say
    assert homes(published(c=("b",))) == {"a": ["a"], "x": ["x"], "c": ["b", "c"]}
    assert homes(published(b=("a",))) == {"c": ["c"], "x": ["x"], "b": ["a", "b"]}  # c deleted, b came back


def test_serve_s_histories_put_a_replaced_version_in_place_and_equal_those_made_whole(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """serve's plan (versioned.Histories): the chains, their rows and each claim's history equal those made
    whole at every step; a version replaced at its place by another of the same claim (a preview's new version
    at each edit) is put in place without a chain made again, the other chains' rows the very same objects;
    so are the previews' versions after those read when one more claim is given one (the others after it
    shifted) or some are taken back; a version of another claim at a replaced one's place, or a claim's aliases
    changed, makes all again."""
    read = append((), {"a": snap(id="a"), "b": snap(id="b"), "gone": snap(id="gone")})
    real = versioned.chains
    made_whole: list[int] = []
    monkeypatch.setattr(versioned, "chains", lambda *args: made_whole.append(1) or real(*args))

    def whole(made: tuple[Version, ...], annotations: Annotations) -> versioned.Planned:
        rows = history_rows(real(made, annotations))
        return real(made, annotations), rows, versioned.claim_histories(rows, annotations.claims)

    plain, joined = published(a=(), b=()), published(a=("gone",), b=())
    # each step: the versions, the claims, and the chains put in place (None: all made)
    steps = [(append(read, {"a": snap(id="a", title="T2")}), plain, None),  # the first: all made
             (append(read, {"a": snap(id="a", title="T3")}), plain, ["a"]),  # a's new version put in place
             (append(read, {"b": snap(id="b", title="T3")}), plain, None),  # another claim's at its place
             (append(read, {"b": snap(id="b", title="T4")}), published(a=(), b=()), ["b"]),  # equal aliases
             (append(read, {"b": snap(id="b", title="T5")}), joined, None),  # joined
             (append(read, {"b": snap(id="b", title="T6")}), joined, ["b"]),
             (append(read, {"a": snap(id="a", title="T7"), "b": snap(id="b", title="T7")}), joined, ["a", "b"]),  # one more
             (append(read, {"b": snap(id="b", title="T8")}), joined, ["a", "b"]),  # a's taken back
             (read, joined, ["b"])]  # every preview's taken back
    histories = versioned.Histories()
    last: versioned.Planned | None = None
    for made, annotations, put in steps:
        made_whole.clear()
        got = histories.of(made, annotations, {c.id: c for c in annotations.claims})
        assert bool(made_whole) == (put is None)
        expected = whole(made, annotations)
        assert [list(d.items()) for d in got] == [list(d.items()) for d in expected]
        if last is not None and put is not None:  # the chains not touched: the last plan's very rows
            assert [h for h in got[1] if got[1][h] is not last[1][h]] == put
        last = got


def test_serve_s_latest_versions_put_a_replaced_version_in_place_and_equal_those_made_whole(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """serve's plan (versioned.Latest): each claim's newest version equals latest_by_claim's at every step; a
    version replaced at its place by another of the same claim (a preview's new version at each edit) is put in
    place without every version gone through; a version of another claim there, or one more version, makes all
    again."""
    read = append((), {"a": snap(id="a"), "b": snap(id="b")})
    read = append(read, {"a": snap(id="a", title="T1")})  # a's first version is not its newest
    real = versioned.latest_by_claim
    made_whole: list[int] = []
    monkeypatch.setattr(versioned, "latest_by_claim", lambda made: made_whole.append(1) or real(made))
    steps = [(append(read, {"a": snap(id="a", title="T2")}), True),  # the first: all made
             (append(read, {"a": snap(id="a", title="T3")}), False),  # a's new version put in place
             (append(read, {"b": snap(id="b", title="T3")}), True),  # another claim's at its place
             (append(read, {"b": snap(id="b", title="T4")}), False),
             (append(read, {"b": snap(id="b", title="T5"), "c": snap(id="c")}), True),  # one more
             (read, True)]  # the previews' versions gone
    latest = versioned.Latest()
    for made, all_made in steps:
        made_whole.clear()
        got = latest.of(made)
        assert bool(made_whole) == all_made
        assert list(got.items()) == list(real(made).items())


def test_a_fresh_build_after_a_one_claim_edit_compares_only_the_edited_claim_s_snapshots(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows of every claim's history are read from the versions stored in the cache (with their
    changes): a fresh build after one claim's edit compares two snapshots once, for its new version."""
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    drop_first_statement(project)
    compared: list[object] = []
    real = versions.changes
    monkeypatch.setattr(versions, "changes", lambda before, after: compared.append(after["id"]) or real(before, after))
    monkeypatch.setattr(versioned, "changes", versions.changes)
    build(load_config(project))
    assert compared == [CLAIM]


def write(path: Path, versions: tuple[Version, ...]) -> str:
    write_versions(path, versions, ())
    return path.read_text("utf-8")


def test_the_file_reads_back_as_written_and_only_grows(tmp_path: Path) -> None:
    path = tmp_path / VERSIONS_NAME
    versions = append(append((), {"c": snap(), "d": snap(id="d")}), {"c": snap(title="T2")})
    text = write(path, versions)
    assert read_versions(path) == versions
    assert len(text.splitlines()) == 4 + len(versions) + 2  # one line per version: readable diffs
    assert not write_versions(path, versions, versions)  # nothing added: not rewritten
    with pytest.raises(ValueError, match="append-only"):
        write_versions(path, versions[1:], versions)


def test_the_versions_a_build_wrote_or_read_are_taken_from_the_cache_only_for_the_same_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next build finds the versions the last one wrote (or parsed) stored under the file's bytes:
    equal to the file parsed, nothing parsed; a file edited by hand since is parsed (and refused)."""
    path, shown = tmp_path / VERSIONS_NAME, "claims/versions.lock.json"
    versions = append(append((), {"c": snap(), "d": snap(id="d")}), {"c": snap(title="T2\u00e9")})
    cache = Cache(tmp_path / "cache", writable=True)
    store_versions(cache, path, shown, versions, ())  # by the build, before it writes the file
    cache.commit()
    write_versions(path, versions, ())
    parsed: list[bytes] = []
    real = versionfile._parse
    monkeypatch.setattr(versionfile, "_parse", lambda raw, display: parsed.append(raw) or real(raw, display))
    assert read_versions(path, shown, Cache(tmp_path / "cache")) == read_versions(path, shown) == versions
    assert len(parsed) == 1  # only by the read without a cache
    path.write_text(path.read_text("utf-8").replace('"words":"two"', '"words":"TWO"'), "utf-8")
    with pytest.raises(InputError, match="edited by hand"):
        read_versions(path, shown, Cache(tmp_path / "cache"))
    other = tmp_path / "other.json"
    write_versions(other, versions[:2], ())
    cache = Cache(tmp_path / "cache", writable=True)
    assert read_versions(other, shown, cache) == versions[:2]  # parsed, then stored
    cache.commit()
    parsed.clear()
    assert read_versions(other, shown, Cache(tmp_path / "cache")) == versions[:2] and parsed == []


def test_an_append_parses_and_stores_only_the_last_chunk_and_a_stale_chunk_is_never_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The versions are stored in chunks, each under the hash of the file up to its last entry: a build
    that appends stores only the chunk it changed, and the next read parses no entry; an earlier entry
    edited by hand changes the hash of every chunk from it on, so none stored is used."""
    monkeypatch.setattr(versionfile, "CHUNK", 2)
    path, shown = tmp_path / VERSIONS_NAME, "claims/versions.lock.json"
    first = append((), {c: snap(id=c) for c in "abcde"})  # 5 versions: chunks of 2, 2 and 1
    cache = Cache(tmp_path / "cache", writable=True)
    store_versions(cache, path, shown, first, ())
    cache.commit()
    write_versions(path, first, ())
    parsed: list[object] = []
    real = versionfile._version
    monkeypatch.setattr(versionfile, "_version", lambda *a: parsed.append(a[0]) or real(*a))
    assert read_versions(path, shown, Cache(tmp_path / "cache")) == first and parsed == []
    more = append(first, {"f": snap(id="f"), "a": snap(id="a", title="T2")})  # 7: the last chunk is new
    cache = Cache(tmp_path / "cache", writable=True)
    assert read_versions(path, shown, cache) == first
    store_versions(cache, path, shown, more, first)
    put = cache.put_keys[versionfile.VERSIONS_KIND]  # [e, f] and [a2]: the chunks [a, b] and [c, d] are unchanged
    assert sorted(len(cache.get(versionfile.VERSIONS_KIND, k)) for k in put) == [1, 2]  # type: ignore[arg-type]
    cache.commit()
    write_versions(path, more, first)
    assert read_versions(path, shown, Cache(tmp_path / "cache")) == more and parsed == []
    path.write_text(path.read_text("utf-8").replace('"title":"T","updated"', '"title":"X","updated"', 1), "utf-8")
    with pytest.raises(InputError, match="edited by hand") as err:  # the first entry: no chunk stored is used
        read_versions(path, shown, Cache(tmp_path / "cache"))
    assert err.value.problems[0].line == 5


def test_an_append_makes_only_the_new_entries_and_gives_the_bytes_of_the_file_written_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build that adds versions copies the file and adds the new entries' lines to the copy: it makes the
    JSON of the new entries and of the last one read (to know the file ends as it was written), not of every
    entry; the file is byte for byte the one written whole, and is renamed over the old one (a build
    stopped while appending leaves the old one as it was)."""
    path, whole = tmp_path / VERSIONS_NAME, tmp_path / "whole.json"
    first = append((), {c: snap(id=c) for c in "abcde"})
    more = append(first, {"f": snap(id="f"), "a": snap(id="a", title="T2")})
    write_versions(path, first, ())
    write_versions(whole, more, ())
    made: list[str] = []
    real = versionfile._entry_json

    def entry_json(v: Version) -> str:
        made.append(v.claim)
        if v.claim == "a" and v.previous and "stop" in made:
            raise KeyboardInterrupt  # stopped while appending: the file as it was
        return real(v)

    monkeypatch.setattr(versionfile, "_entry_json", entry_json)
    before = path.read_bytes()
    made.append("stop")
    with pytest.raises(KeyboardInterrupt):
        write_versions(path, more, first)
    assert path.read_bytes() == before
    made.clear()
    assert write_versions(path, more, first)
    assert path.read_bytes() == whole.read_bytes() and made == ["e", "a", "f"]  # appended in claim-id order
    assert list(tmp_path.glob(f".{VERSIONS_NAME}.tmp-*")) == []


def test_a_file_not_ending_as_written_is_written_whole(tmp_path: Path) -> None:
    """A file laid out otherwise (valid JSON, indented by hand) is written whole when versions are added."""
    path, whole = tmp_path / VERSIONS_NAME, tmp_path / "whole.json"
    first = append((), {"c": snap(), "d": snap(id="d")})
    more = append(first, {"c": snap(title="T2")})
    path.write_text(json.dumps(json.loads(write(path, first)), indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert read_versions(path) == first
    write_versions(path, more, first)
    write_versions(whole, more, ())
    assert path.read_bytes() == whole.read_bytes()


def test_a_chunk_is_keyed_by_its_entries_as_read_so_that_one_edited_in_the_file_since_is_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chunks a build stores are keyed by the file's own bytes before the first chunk it changes, then
    that chunk's entries as made from the versions read: an entry of it edited in the file after the build
    read it is kept by the append, and the next build does not take the chunk for it, but reports it."""
    monkeypatch.setattr(versionfile, "CHUNK", 3)
    path, shown = tmp_path / VERSIONS_NAME, "claims/versions.lock.json"
    first = append((), {c: snap(id=c) for c in "abcde"})  # chunks [a, b, c] and [d, e]
    cache = Cache(tmp_path / "cache", writable=True)
    store_versions(cache, path, shown, first, ())
    cache.commit()
    write_versions(path, first, ())
    cache = Cache(tmp_path / "cache", writable=True)
    assert read_versions(path, shown, cache) == first  # by the next build
    path.write_text(path.read_text("utf-8").replace('"id":"d"', '"id":"D"', 1), "utf-8")  # after the read
    more = append(first, {"f": snap(id="f")})
    store_versions(cache, path, shown, more, first)
    cache.commit()
    write_versions(path, more, first)  # the edit kept: the file is appended to
    assert path.read_text("utf-8").count('"id":"D"') == 1
    with pytest.raises(InputError, match="edited by hand") as err:
        read_versions(path, shown, Cache(tmp_path / "cache"))
    assert err.value.problems[0].line == 8


def test_a_hand_edit_is_reported_at_the_entry(tmp_path: Path) -> None:
    path = tmp_path / VERSIONS_NAME
    text = write(path, append((), {"c": snap(), "d": snap(id="d")}))
    second = text.index('{"claim":"d"')
    path.write_text(text.replace('"words":"two"', '"words":"TWO"'), "utf-8")
    with pytest.raises(InputError) as err:
        read_versions(path, "claims/versions.lock.json")
    problems = err.value.problems
    first_line = text.count("\n", 0, text.index('{"claim":"c"')) + 1
    assert [(p.path, p.line, p.column) for p in problems] == [
        ("claims/versions.lock.json", first_line, 3), ("claims/versions.lock.json", first_line + 1, 3)]
    assert text.count("\n", 0, second) + 1 == first_line + 1
    assert "edited by hand" in problems[0].message and "git checkout" in problems[0].hint


@pytest.mark.parametrize(("damage", "lacks"), [
    (lambda s: s.pop("claimant_id"), "its snapshot has no 'claimant_id'"),
    (lambda s: s["statements"][1].pop("speaker_id"), "its snapshot has no 'speaker_id' in statements[1]"),
    (lambda s: s["status"].pop("value"), "its snapshot has no 'value' in status"),
    (lambda s: s.update(verdict={"rating": "False"}), "its snapshot has no 'reviewer' in verdict"),
    (lambda s: s.update(counter_assertion="No."), "its snapshot's counter_assertion is not an object"),
    (lambda s: s["statements"].append("s3"), "its snapshot's statements[2] is not an object"),
    (lambda s: s.update(updated=None), "its snapshot's 'updated' is not a date"),
])
def test_a_snapshot_without_a_key_its_readers_need_is_refused_at_its_entry(
        tmp_path: Path, damage: object, lacks: str) -> None:
    """A snapshot whose id matches it (made again after the damage, as a careful hand would) but that lacks
    what the version pages, the history or the check for lost ids read: an error at the entry's line, read
    with or without the cache, never a KeyError from whichever reader meets it first."""
    path = tmp_path / VERSIONS_NAME
    text = write(path, append((), {"c": snap(), "d": snap(id="d")}))
    entry = json.loads(text.splitlines()[5])
    damage(entry["snapshot"])  # type: ignore[operator]
    entry["version"] = version_id(entry["snapshot"])
    lines = text.splitlines(keepends=True)
    lines[5] = "  " + json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
    path.write_text("".join(lines), "utf-8")
    for cache in (None, Cache(tmp_path / "cache", writable=True)):
        with pytest.raises(InputError) as err:
            read_versions(path, "claims/versions.lock.json", cache)
        (problem,) = err.value.problems
        assert (problem.path, problem.line, problem.column) == ("claims/versions.lock.json", 6, 3)
        assert problem.message == f"version entry 2 is damaged: {lacks}" and "git checkout" in problem.hint


def moved_file(path: Path) -> tuple[tuple[Version, ...], list[str]]:
    """A versions file where claim "b" moved from "a" (its entry the fourth), and its lines."""
    made = append(append((), {"a": snap(id="a"), "d": snap(id="d")}), {"a": snap(id="a", title="T2")})
    made = append(made, {"b": snap(id="b", title="T2")}, {"b": ("a",)})
    return made, write(path, made).splitlines()


def test_a_move_is_written_on_its_entry_alone_and_reads_back(tmp_path: Path) -> None:
    """The move is a key of the moved claim's first entry, after "previous"; an entry that moved nothing has no
    such key (a file without moves is the same bytes as before moves were recorded)."""
    path = tmp_path / VERSIONS_NAME
    made, lines = moved_file(path)
    assert lines[7].startswith(f'  {{"claim":"b","version":"{made[3].id}","previous":"","moved_from":"a/{made[2].id}",'
                               '"snapshot":{')
    assert sum('"moved_from"' in line for line in lines) == 1
    assert read_versions(path) == made and read_versions(path)[3].changes == ("Moved from the address of “a”.",)
    unmoved = tmp_path / "unmoved.json"
    assert write(unmoved, made[:3]) == "\n".join(lines[:7]).removesuffix(",") + "\n ]\n}\n"


@pytest.mark.parametrize(("entry", "damage", "message"), [
    (7, lambda e, made: e.update(moved_from=f"a/{made[0].id}"),  # not the last of a then
     "version {b} of claim 'b' moved from a/{a1}, but the last version of 'a' before it in the file is {a2}: "
     "the move was edited by hand"),
    (7, lambda e, made: e.update(moved_from=f"gone/{made[0].id}"),
     "version {b} of claim 'b' moved from gone/{a1}, but the last version of 'gone' before it in the file is none: "
     "the move was edited by hand"),
    (7, lambda e, made: e.update(moved_from=[f"a/{made[2].id}", f"d/{made[1].id}"]),  # one move an entry
     "version entry 4 is damaged: its 'moved_from' is not one \"<claim id>/<version>\" (the last version of the "
     "old id it moved from)"),
    (7, lambda e, made: e.update(moved_from=""), "version entry 4 is damaged: its 'moved_from' is not one"),
    (6, lambda e, made: e.update(moved_from=f"d/{made[1].id}"),  # on a claim's second version
     "version {a2} of claim 'a' moved from d/{d}, but it is not the first version of 'a' in the file (a claim "
     "moves to a new id with its first version there): the move was added by hand"),
])
def test_a_move_edited_by_hand_is_refused_at_its_entry(tmp_path: Path, entry: int, damage: object,
                                                       message: str) -> None:
    """A move names the last version of another id before the entry, once, on a claim's first entry under its
    id: any other is an error at the entry's line and column, read with or without the cache."""
    path = tmp_path / VERSIONS_NAME
    made, lines = moved_file(path)
    edited = json.loads(lines[entry].rstrip(","))
    damage(edited, made)  # type: ignore[operator]
    comma = "," if lines[entry].endswith(",") else ""
    lines[entry] = "  " + json.dumps(edited, ensure_ascii=False, separators=(",", ":")) + comma
    path.write_text("\n".join(lines) + "\n", "utf-8")
    for cache in (None, Cache(tmp_path / "cache", writable=True)):
        with pytest.raises(InputError) as err:
            read_versions(path, "claims/versions.lock.json", cache)
        (problem,) = err.value.problems
        assert (problem.path, problem.line, problem.column) == ("claims/versions.lock.json", entry + 1, 3)
        assert problem.message.startswith(message.format(a1=made[0].id, d=made[1].id, a2=made[2].id, b=made[3].id))
        assert "git checkout" in problem.hint


def test_a_snapshot_holds_every_key_its_readers_need_and_no_other(root: Path) -> None:
    """The keys the versions file's reader requires are the ones a build writes: a key added to
    :func:`snapshot` and read by a page is added to what the reader requires."""
    site = check(load_config(root)).site
    made = [snapshot(site, c) for c in site.annotations.claims]
    assert {tuple(sorted(m)) for m in made} == {tuple(sorted(SNAPSHOT_KEYS))}
    assert {tuple(sorted(s)) for m in made for s in m["statements"]} == {tuple(sorted(STATEMENT_KEYS))}
    assert {tuple(sorted(m["status"])) for m in made} == {tuple(sorted(STATUS_KEYS))}
    assert {tuple(sorted(m["verdict"])) for m in made if m["verdict"]} == {tuple(sorted(VERDICT_KEYS))}
    assert {tuple(sorted(m["counter_assertion"])) for m in made if m["counter_assertion"]} == {
        tuple(sorted(COUNTER_KEYS))}


def test_invalid_json_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / VERSIONS_NAME
    path.write_text('{\n "format": 1,\n "versions": [\n  {"claim": \n', "utf-8")
    with pytest.raises(InputError) as err:
        read_versions(path, "v.json")
    (problem,) = err.value.problems
    assert (problem.line, problem.column) == (5, 1) and "not valid JSON" in problem.message


def parse(path: Path):  # type: ignore[no-untyped-def]
    return html5lib.parse(path.read_bytes(), treebuilder="etree")


def words_of(page: Path) -> list[str]:
    """The quoted words of every statement on a version page."""
    doc = parse(page)
    return ["".join(q.itertext()).strip() for q in doc.iter(f"{NS}blockquote")]


def test_editing_a_claim_adds_a_version_and_keeps_the_old_one_readable(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    old_url = json.loads((config.output / "claims" / CLAIM / "cite.json").read_text("utf-8"))[0]["URL"]
    old_page = site_file(config.output, old_url + "index.html")
    old_words = words_of(old_page)
    assert len(old_words) == 4 and "This page will never change" in old_page.read_text("utf-8")
    published = len([line for line in (project / "claims" / "versions.lock.json").read_text("utf-8").splitlines()
                     if line.lstrip().startswith(f'{{"claim":"{CLAIM}"')])  # the claim's versions so far
    drop_first_statement(project)
    build(config)
    assert words_of(old_page) == old_words  # the same words
    html = old_page.read_text("utf-8")
    assert "This is an old version of this claim" in html and 'href="../../"' in html  # links to the current
    new_url = json.loads((config.output / "claims" / CLAIM / "cite.json").read_text("utf-8"))[0]["URL"]
    assert new_url != old_url and len(words_of(site_file(config.output, new_url + "index.html"))) == 3
    history = parse(config.output / "claims" / CLAIM / "index.html")
    (table,) = [t for t in history.iter(f"{NS}table") if t.find(f"{NS}thead") is not None
                and "What changed" in "".join(t.find(f"{NS}thead").itertext())]
    rows = ["".join(r.itertext()) for r in table.find(f"{NS}tbody")]
    assert len(rows) == published + 1 and "Statement removed" in rows[0] and "(current)" in rows[0]
    assert "First published." in rows[-1]
    sitemap = (config.output / "sitemap.xml").read_text("utf-8")
    assert "/v/" not in sitemap and f"claims/{CLAIM}/</loc><lastmod>" in sitemap


def drop_first_statement(project: Path) -> None:
    path = project / "claims" / f"{CLAIM}.yaml"
    text = path.read_text("utf-8")
    first = text.index("\n  - id: ")
    second = text.index("\n  - id: ", first + 1)
    path.write_text(text[:first] + text[second:], "utf-8")


def test_a_renamed_or_deleted_claim_keeps_its_versions(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    renamed_url = json.loads((config.output / "claims" / CLAIM / "cite.json").read_text("utf-8"))[0]["URL"]
    other = "militants-block-humanitarian-corridors"
    deleted_url = json.loads((config.output / "claims" / other / "cite.json").read_text("utf-8"))[0]["URL"]
    old = project / "claims" / f"{CLAIM}.yaml"
    text = re.sub(r"(?m)^aliases:.*$", f"aliases: [{CLAIM}]", old.read_text("utf-8"), count=1)
    (project / "claims" / "turkish-troops-illegal.yaml").write_text(
        text.replace(f"id: {CLAIM}\n", "id: turkish-troops-illegal\n", 1), "utf-8")
    old.unlink()
    deleted_yaml = (project / "claims" / f"{other}.yaml").read_bytes()
    claim_title = "".join(parse(config.output / "claims" / other / "index.html").find(f".//{NS}h1").itertext())
    (project / "claims" / f"{other}.yaml").unlink()
    build(config)
    renamed = site_file(config.output, renamed_url + "index.html").read_text("utf-8")
    assert "See the current version of this claim" in renamed and 'href="../../../turkish-troops-illegal/"' in renamed
    deleted = site_file(config.output, deleted_url + "index.html").read_text("utf-8")
    assert "This claim is no longer published on the site." in deleted
    current = (config.output / "claims" / "turkish-troops-illegal" / "index.html").read_text("utf-8")
    assert renamed_url.removeprefix(config.base_url).removeprefix(f"claims/{CLAIM}/") in current  # in its history
    assert "Moved from the address of" in current
    # the deleted claim's address, which readers cited, says so and links to its last version (its canonical
    # address: where machines are sent); a page of the site, without a script, out of the sitemap
    gone = config.output / "claims" / other / "index.html"
    doc = parse(gone)
    assert "".join(doc.find(f".//{NS}h1").itertext()) == "This claim is no longer published"
    (canonical,) = [e.get("href") for e in doc.iter(f"{NS}link") if e.get("rel") == "canonical"]
    links = {"".join(a.itertext()): a.get("href") for a in doc.iter(f"{NS}a")}
    assert canonical == deleted_url and links["Claims"] == "../../"
    assert links["Read its last published version"] == deleted_url.removeprefix(f"{config.base_url}claims/{other}/")
    assert not list(doc.iter(f"{NS}script")) and not [e for e in doc.iter(f"{NS}meta") if e.get("http-equiv")]
    assert f"claims/{other}/" not in (config.output / "sitemap.xml").read_text("utf-8")
    before = tree(config.output)
    build(config, full=True)  # the same page, byte for byte, from scratch
    assert tree(config.output) == before
    (project / "claims" / f"{other}.yaml").write_bytes(deleted_yaml)  # the claim back: its page again
    build(config)
    assert "This claim is no longer published" not in gone.read_text("utf-8") and claim_title in gone.read_text("utf-8")


def test_a_claim_renamed_without_an_alias_is_a_warning_at_its_new_id(tmp_path: Path) -> None:
    """A claim given a new id with the same statements, its old id under no claim's aliases: a warning at the
    new id, in the build's output (the old address is a page saying the claim is no longer published). A
    claim deleted, whose statements no claim has, is no warning. The alias added, the warning goes."""
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    new, deleted = "turkish-troops-illegal", "militants-block-humanitarian-corridors"
    old = project / "claims" / f"{CLAIM}.yaml"
    text = old.read_text("utf-8").replace(f"id: {CLAIM}\n", f"id: {new}\n", 1)
    renamed = project / "claims" / f"{new}.yaml"
    renamed.write_text(text, "utf-8")
    old.unlink()
    (project / "claims" / f"{deleted}.yaml").unlink()
    (warning,) = [p for p in check(config).problems if "was published" in p.message]
    at = text.index(f"id: {new}") + len("id: ")
    assert (warning.path, warning.line, warning.column, warning.severity) == (
        f"claims/{new}.yaml", text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at), "warning")
    assert warning.message.startswith(f"claim '{CLAIM}' was published (/claims/{CLAIM}/, version ")
    assert warning.message.endswith(f"claim '{new}' has the same statements")
    assert f"aliases: [{CLAIM}]" in warning.hint
    printed = run_cli(project, "build")
    assert printed.returncode == 0 and f"claims/{new}.yaml:{warning.line}:{warning.column}: warning: claim '{CLAIM}' " \
        "was published" in printed.stdout + printed.stderr
    assert "no longer published" in (config.output / "claims" / CLAIM / "index.html").read_text("utf-8")
    # fewer words of one statement quoted: no longer the same statements (a claim may quote what a deleted one did)
    shorter = text.replace("quote: the Foreign Ministry reminded Ankara", "quote: Ankara", 1)
    renamed.write_text(shorter, "utf-8")
    shown = check(config)
    assert shorter != text and not shown.errors and not [p for p in shown.problems if "was published" in p.message]
    renamed.write_text(re.sub(r"(?m)^aliases:.*$", f"aliases: [{CLAIM}]", text, count=1), "utf-8")
    assert not [p for p in check(config).problems if "was published" in p.message]
    build(config)
    assert "has a new address" in (config.output / "claims" / CLAIM / "index.html").read_text("utf-8")


def test_a_failed_build_does_not_write_the_versions_file(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    before = (project / "claims" / VERSIONS_NAME).read_bytes()
    drop_first_statement(project)  # a new version, if the build succeeded
    path = project / "claims" / "militants-block-humanitarian-corridors.yaml"
    path.write_text(re.sub(r"(?m)^(    quote: ).*$", r"\1words no article contains anywhere", path.read_text("utf-8"),
                           count=1), "utf-8")
    with pytest.raises(InputError):
        build(load_config(project))
    assert (project / "claims" / VERSIONS_NAME).read_bytes() == before


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_citation_made_today_resolves_to_the_same_words_after_an_edit_and_a_fresh_clone(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "work")
    (project / ".gitignore").write_text("/site/\n/.site.*\n/.idlibsite-cache/\n", "utf-8")
    git(project, "init", "-q")
    build(load_config(project))
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "published")
    # a reader cites the claim today, from its page's "Cite this" data
    (cited,) = json.loads((project / "site" / "claims" / CLAIM / "cite.json").read_text("utf-8"))
    cited_page = site_file(project / "site", cited["URL"] + "index.html")
    cited_words, cited_title = words_of(cited_page), parse(cited_page).find(f".//{NS}h1").text
    # the claim is edited: a statement removed, the title changed; the project is committed
    drop_first_statement(project)
    path = project / "claims" / f"{CLAIM}.yaml"
    path.write_text(re.sub(r"(?m)^title: .*$", "title: Turkish troops are in Syria illegally",
                           path.read_text("utf-8"), count=1), "utf-8")
    build(load_config(project))
    assert sorted(git(project, "status", "--porcelain").splitlines()) == [  # the build recorded the new version
        " M claims/anchors.lock.json", f" M claims/{CLAIM}.yaml", " M claims/versions.lock.json"]
    git(project, "commit", "-q", "-am", "edited")
    # a fresh clone, built from scratch: no site, no spare, no cache
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(project), str(clone))
    config = load_config(clone)
    build(config)
    page = site_file(config.output, cited["URL"] + "index.html")
    assert words_of(page) == cited_words and parse(page).find(f".//{NS}h1").text == cited_title
    assert "This is an old version of this claim" in page.read_text("utf-8")
    current = (config.output / "claims" / CLAIM / "index.html").read_text("utf-8")
    assert cited_words[0] not in current and "Turkish troops are in Syria illegally" in current
    assert tree(config.output) == tree(project / "site")  # the same site, byte for byte
    assert git(clone, "status", "--porcelain") == ""  # the clone's build added no version


def test_a_preview_shows_a_new_version_without_recording_it(tmp_path: Path) -> None:
    """`idlibsite serve` builds previews: drafts saved while editing are not published versions."""
    project = copy_project(tmp_path / "p")
    before = (project / "claims" / VERSIONS_NAME).read_bytes()
    drop_first_statement(project)
    config = load_config(project)
    build(config, record_versions=False)
    assert (project / "claims" / VERSIONS_NAME).read_bytes() == before
    (cited,) = json.loads((config.output / "claims" / CLAIM / "cite.json").read_text("utf-8"))
    assert len(words_of(site_file(config.output, cited["URL"] + "index.html"))) == 3  # the draft, previewed
    build(config)
    assert len(read_versions(project / "claims" / VERSIONS_NAME)) == before.count(b'{"claim"') + 1


def test_a_fresh_build_reads_an_unchanged_claims_snapshot_as_its_version_id_and_its_json_only_for_a_new_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh build makes the snapshot of an edited claim only: the others' are read from the cache as their
    version ids (build.SNAPSHOT_KIND), none of them hashed again.  A claim whose snapshot is read so while its
    version is not in the versions file (a preview showed it, recording nothing) has its JSON made again for
    its new version: the file then reads as that of builds that recorded every version."""
    project, recorded = copy_project(tmp_path / "p"), copy_project(tmp_path / "recorded")
    for p in (project, recorded):
        build(load_config(p))
        drop_first_statement(p)
    made: list[str] = []
    real = build_module.snapshot
    monkeypatch.setattr(build_module, "snapshot", lambda site, claim: made.append(claim.id) or real(site, claim))
    build(load_config(recorded))
    build(load_config(project), record_versions=False)  # a preview: its new version shown, not recorded
    assert made == [CLAIM, CLAIM]
    made.clear()
    build(load_config(project))  # its snapshot read as its id, a version not in the file: its JSON made again
    assert made == [CLAIM]
    made.clear()
    build(load_config(project))
    assert made == []
    assert (project / "claims" / VERSIONS_NAME).read_bytes() == (recorded / "claims" / VERSIONS_NAME).read_bytes()
    pages = sorted((project / "site" / "claims" / CLAIM).rglob("*.html"))  # its page, its versions' pages
    assert len(pages) > 2
    assert [p.read_bytes() for p in pages] == [(recorded / p.relative_to(project)).read_bytes() for p in pages]
