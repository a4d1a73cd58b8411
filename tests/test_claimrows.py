"""A claim file's parse stored as plain rows (annotations/claimrows.py), and a fresh check that reads them."""

from __future__ import annotations

import marshal
import sqlite3
import pickle
from dataclasses import replace
from pathlib import Path

from conftest import copy_project
import idlibsite.annotations.load as load_module
from idlibsite.annotations import claimrows
from idlibsite.anchoring.link import cited
from idlibsite.annotations.load import load_annotations
from idlibsite.annotations.records import Review
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import check
from idlibsite.claimentries import ClaimEntries
from idlibsite.config import load_config
from idlibsite.dates import PartialDate
from idlibsite.errors import Loc, Problem


def _claims(project: Path) -> list[claimrows.Parsed]:
    """What each claim file of ``project`` gives, parsed without a cache: its claim, problems and aliases."""
    config = load_config(project)
    annotations, _ = load_annotations(config.claims, config.root, Cache(None))
    return [(c, [], [(alias, c.loc, c.id) for alias in c.aliases]) for c in annotations.claims]


def test_a_claim_with_every_optional_part_and_its_problems_come_back_equal_from_their_rows(tmp_path: Path) -> None:
    parsed = _claims(copy_project(tmp_path))
    first = parsed[0][0]
    assert first is not None
    parsed.append((replace(first, aliases=("old-one", "old-two"), reviewed=Review("ab", PartialDate("2020-03", "month"))),
                   [], [("old-one", Loc(first.path, 21, 3), first.id), ("old-two", Loc(first.path, 22, 3), first.id)]))
    claims = [c for c, _, _ in parsed if c is not None]
    # the project's claims have each optional part somewhere: the rows of each are read back
    assert any(c.verdict for c in claims) and any(c.counter_assertion for c in claims)
    assert any(s.anchor for c in claims for s in c.statements)
    assert any(s.responds_to_loc for c in claims for s in c.statements)
    problems = [Problem("claims/x.yaml", 3, 5, "unknown actor id 'y'", "use an id", "error"),
                Problem("claims/x.yaml", None, None, "whole file", "", "warning")]
    for one in [*parsed, (None, problems, [("old", Loc("claims/x.yaml", 2, 3), "x")])]:
        back = claimrows.loads(claimrows.dumps(one))
        assert back == one
        assert back is not None and [type(p) for p in back[1]] == [Problem] * len(one[1])
    assert claimrows.made(claimrows.dumps(parsed[0])) == parsed[0]


def test_rows_of_another_layout_read_as_none() -> None:
    assert claimrows.loads(b"") is None
    assert claimrows.loads(b"not marshal") is None
    assert claimrows.loads(marshal.dumps((None, (), (), ()))) is None  # a tuple of another length
    assert claimrows.loads(marshal.dumps((None, (("p", 1, 2),), ()))) is None  # a problem of three fields
    assert claimrows.loads(pickle.dumps((None, [], []))) is None  # the pickles of kind claim-file (1)


def test_a_fresh_check_after_a_stored_clean_one_reports_an_edit_s_new_error_at_an_unchanged_claim(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After a clean build has stored every claim file's rows, one claim is given another claim's alias: a
    fresh check parses that claim file alone, reads the other's aliases and their places from its rows, and
    reports the clash naming where the unchanged claim writes it, as a check without a cache does; then the
    source a claim cites is removed: the same errors, in the same order and words, at the unchanged claims."""
    project = copy_project(tmp_path)
    config = load_config(project)
    other, edited = [c for c, _, _ in _claims(project) if c is not None][:2]
    alias = "an-old-id-of-the-first-claim"
    for claim, aliases in ((other, f"aliases:\n  - {alias}\n"), (edited, "aliases: []\n")):
        path = project / claim.path
        path.write_text(path.read_text("utf-8").replace("aliases: []\n", aliases), "utf-8")
    build(config)
    assert not check(config, cache=Cache(project / CACHE_DIR, remember=False)).errors
    path.write_text(path.read_text("utf-8").replace("aliases: []\n", f"aliases:\n  - {alias}\n"), "utf-8")
    parsed: list[str] = []
    claim = load_module._ClaimReader.claim
    monkeypatch.setattr(load_module._ClaimReader, "claim",
                        lambda self, root, stem, display: parsed.append(display) or claim(self, root, stem, display))
    fresh = check(config, cache=Cache(project / CACHE_DIR, remember=False))
    assert parsed == [edited.path]  # every other claim read from its rows
    bare = check(config, cache=Cache(None))
    assert list(fresh.problems) == list(bare.problems)
    clash = [p for p in fresh.errors if alias in p.message]
    assert clash and any(p.path == other.path or f"{other.path}:" in p.message for p in clash)

    path.write_text(path.read_text("utf-8").replace(f"aliases:\n  - {alias}\n", "aliases: []\n"), "utf-8")
    cited = other.statements[0].source
    sidecar = next(p for p in (project / "corpus").glob("*.yaml") if f"id: {cited}\n" in p.read_text("utf-8"))
    sidecar.unlink()
    sidecar.with_suffix(".txt").unlink()
    fresh = check(config, cache=Cache(project / CACHE_DIR, remember=False))
    bare = check(config, cache=Cache(None))
    assert list(fresh.problems) == list(bare.problems)
    assert any(p.path == other.path and cited in p.message for p in fresh.errors)


def test_a_fresh_check_after_a_stored_clean_one_reports_a_changed_source_s_errors_at_its_unchanged_claim(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After a clean build has stored every claim file's rows and every claim's entry, the text of a source an
    unchanged claim quotes is replaced: a fresh check parses no claim file (each read from its rows), links
    again the claims that cite the source (their entries are keyed by its hash), and reports the quotes no
    longer found at the unchanged claim's file, with every other problem, as a check without a cache does."""
    project = copy_project(tmp_path)
    config = load_config(project)
    build(config)
    assert not check(config, cache=Cache(project / CACHE_DIR, remember=False)).errors
    sidecars = {p.read_text("utf-8"): p for p in (project / "corpus").glob("*.yaml") if p.with_suffix(".txt").exists()}
    claim, sidecar = next((c, p) for c, _, _ in _claims(project) if c is not None
                          for text, p in sidecars.items() if f"id: {c.statements[0].source}\n" in text)
    source = claim.statements[0].source
    sidecar.with_suffix(".txt").write_text("Nothing that anyone said is written here any more.\n", "utf-8")
    parsed: list[str] = []
    read = load_module._ClaimReader.claim
    monkeypatch.setattr(load_module._ClaimReader, "claim",
                        lambda self, root, stem, display: parsed.append(display) or read(self, root, stem, display))
    stored: list[str] = []
    put = ClaimEntries.put
    monkeypatch.setattr(ClaimEntries, "put", lambda self, claim_id, found: stored.append(claim_id) or put(
        self, claim_id, found))
    fresh = check(config, cache=Cache(project / CACHE_DIR, remember=False))
    assert parsed == []  # no claim file changed: each read from its rows
    citing = {c.id for c, _, _ in _claims(project) if c is not None and source in cited(c)}
    assert claim.id in stored and set(stored) <= citing  # only the claims quoting the source linked anew
    bare = check(config, cache=Cache(None))
    assert list(fresh.problems) == list(bare.problems)
    assert any(p.path == claim.path and "not anchored" in p.message for p in fresh.errors), (source, fresh.errors)


def test_builds_one_after_another_parse_only_the_claim_file_edited_since_the_last_and_keep_one_entry_a_file(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A build that keeps no reads counts each claim file's entry as used by looking it up (or storing it), not
    by a second pass over every key: after one claim's edit and a build, then another's and a build, only the
    file edited since the last build is parsed each time (the others' entries were kept by the commit), and the
    cache holds one entry per claim file (the edited files' old ones dropped)."""
    project = copy_project(tmp_path)
    config = load_config(project)
    build(config)
    parsed: list[str] = []
    claim = load_module._ClaimReader.claim
    monkeypatch.setattr(load_module._ClaimReader, "claim",
                        lambda self, root, stem, display: parsed.append(display) or claim(self, root, stem, display))
    first, second = [c for c, _, _ in _claims(project) if c is not None][:2]
    for edited in (first, second):
        path = project / edited.path
        path.write_text(path.read_text("utf-8") + "# edited\n", "utf-8")
        parsed.clear()
        build(config)
        assert parsed == [edited.path]
    files = [p for p in (project / "claims").glob("*.yaml") if p.name not in ("actors.yaml", "topics.yaml")]
    with sqlite3.connect(project / CACHE_DIR / "cache.sqlite") as db:
        (stored,), = db.execute("SELECT count(*) FROM entries WHERE kind = ?", (load_module.CLAIM_KIND,))
    assert stored == len(files)


def test_the_claim_files_listed_are_those_a_glob_of_each_suffix_finds(tmp_path: Path) -> None:
    """One listing of the claims folder gives what a glob of ``*.yml`` and of ``*.yaml`` found, in order of
    name: a hidden file, a folder or a link that leads nowhere by such a name too (each reported when read),
    not a name of another case, nor actors.yaml and topics.yaml among the claims."""
    claims = tmp_path / "claims"
    claims.mkdir()
    for name in ("b.yaml", "a.yaml", ".hidden.yaml", "actors.yaml", "topics.yaml", "old.yml", "UPPER.YAML",
                 "notes.txt", "a.yaml.bak", ".yaml"):
        (claims / name).write_text("id: x\n", "utf-8")
    (claims / "folder.yaml").mkdir()
    (claims / "gone.yaml").symlink_to(tmp_path / "nowhere")
    yml, paths = load_module._listing(claims)
    assert (yml, paths) == (sorted(claims.glob("*.yml"), key=lambda p: p.name),
                            [p for p in sorted(claims.glob("*.yaml"), key=lambda p: p.name)
                             if p.name not in ("actors.yaml", "topics.yaml")])
    assert [p.name for p in paths] == [".hidden.yaml", ".yaml", "a.yaml", "b.yaml", "folder.yaml", "gone.yaml"]
    assert load_module._listing(tmp_path / "missing") == ([], [])
