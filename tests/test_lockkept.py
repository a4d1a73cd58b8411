"""serve's check (anchoring/lockkept.py, check.py's coverage): the lock read, its entries, the swapped ids and
each source's coverage gone through only for what an edit touched, and equal to a fresh check's."""

import re
import shutil
from pathlib import Path

import pytest

from conftest import copy_project
import idlibsite.anchoring.lock as lock_module
import idlibsite.anchoring.lockkept as lockkept_module
from idlibsite import check as check_module
from idlibsite.anchoring.lock import LOCK_NAME
from idlibsite.anchoring.versionfile import VERSIONS_NAME
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import CheckResult, check
from idlibsite.config import load_config
from idlibsite.serve import watches

CLAIM = "claims/militants-block-humanitarian-corridors.yaml"


def as_fresh(checked: CheckResult, project: Path) -> None:
    """``checked`` is what a check with no cache finds: problems, coverage and the lock's entries in order."""
    fresh = check(load_config(project), cache=Cache(None))
    assert (checked.problems, checked.coverage) == (fresh.problems, fresh.coverage)
    assert list(checked.spans.items()) == list(fresh.spans.items()) and checked.locked == fresh.locked


def test_serve_s_check_goes_through_the_lock_and_the_sources_only_for_what_an_edit_touched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a claim's title is edited: the lock and the versions file are not read again (their stats are
    the ones they had), no
    source's swap nor the lock's sources are gone through again, the lock's entries are made for the
    edited claim alone and coverage is found for the sources it quotes alone; after the lock and the
    versions file are written again (their stats change), they are read again; after a claim gives a statement more, every entry is made
    anew.  Each time what the check finds is a fresh check's."""
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache)  # the lock written (the build commits the cache)
    calls: dict[str, list[str]] = {"read": [], "versions": [], "swapped": [], "unmoved": [], "snapshot": [],
                                   "entries": [], "covered": []}

    def counted(module: object, name: str, label: str, what=lambda *a: "") -> None:  # type: ignore[no-untyped-def]
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, **k: calls[label].append(what(*a)) or real(*a, **k))

    counted(check_module, "read_lock_rows", "read")
    counted(check_module, "read_versions", "versions")
    counted(check_module, "swapped_ids", "swapped")
    counted(lock_module, "_unmoved", "unmoved")
    counted(lockkept_module, "snapshot", "snapshot")
    counted(lockkept_module, "statement_entries", "entries", lambda quotes: quotes[0].claim.id)
    counted(check_module, "Coverage", "covered", lambda source_id, *a: source_id)
    claim = project / CLAIM
    claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (edited)", claim.read_text("utf-8"), count=1,
                            flags=re.M), "utf-8")
    cache.changed({str(claim)})
    edited = check(config, cache=cache)
    cache.commit()
    quoted = {q.source.id for q in edited.site.quotes if q.claim.path == CLAIM}
    assert calls == {"read": [], "versions": [], "swapped": [], "unmoved": [], "snapshot": [],
                     "entries": [Path(CLAIM).stem], "covered": sorted(quoted, key=[s.id for s in edited.site.sources].index)}
    assert edited.versions and edited.versions == check(config, cache=Cache(None)).versions
    assert 0 < len(quoted) < len(edited.site.sources)
    as_fresh(edited, project)
    for found in calls.values():
        found.clear()
    for name in (LOCK_NAME, VERSIONS_NAME):
        record = project / "claims" / name
        record.write_bytes(record.read_bytes())  # the same bytes, another stat
    cache.changed(set())
    again = check(config, cache=cache)
    cache.commit()
    assert len(calls["read"]) == len(calls["versions"]) == 1 and calls["covered"] == calls["snapshot"] == []
    as_fresh(again, project)
    calls["snapshot"].clear()
    text = claim.read_text("utf-8")  # a statement more: its key is new, every entry made anew
    first = re.search(r"^statements:\n(  - id: .*?)(?=^  - id: |\Z)", text, flags=re.M | re.S)
    assert first is not None
    claim.write_text(text.replace(first.group(1), first.group(1) + first.group(1).replace(
        re.search(r"id: (\S+)", first.group(1)).group(1), "added-again", 1), 1), "utf-8")  # type: ignore[union-attr]
    cache.changed({str(claim)})
    added = check(config, cache=cache)
    assert len(calls["snapshot"]) == 1 and f"{Path(CLAIM).stem}/added-again" in added.spans
    as_fresh(added, project)


def test_serve_keeps_the_lock_as_read_holding_the_new_entries_it_equals(tmp_path: Path) -> None:
    """The lock as read, which serve keeps while its file is unchanged, is the very map the check gives as the lock:
    each entry equal to a new one is that one in place (check._shared), so the entries parsed are not held beside
    them; the next check reads that same map again, and both are a fresh check's."""
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache)  # the lock written (the build commits the cache)
    checked = check(config, cache=cache)
    assert checked.spans and all(checked.locked[k] is e for k, e in checked.spans.items())
    read, _ = lockkept_module.read_kept(project / "claims" / LOCK_NAME, config.rel(project / "claims" / LOCK_NAME),
                                        cache, lock_module.read_lock_rows)
    assert read is checked.locked
    as_fresh(checked, project)
    cache.commit()
    again = check(config, cache=cache)
    assert again.locked is checked.locked
    as_fresh(again, project)


def test_serve_compares_the_lock_as_read_only_at_the_entries_an_edit_made_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a build found its lock entries equal to the lock as read, the next build of serve compares with that
    very lock only the entries it made again (lockkept.lock_equal): a title edit compares none of the others and
    writes nothing, a quote edit finds its entry changed and writes the lock; once the file written is read again,
    its first build compares every entry.  Each time the lock file is a full build's, byte for byte."""
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache)
    lock_path, claim = project / "claims" / LOCK_NAME, project / CLAIM
    whole: list[int] = []  # the entries of each comparison of every entry
    real = lockkept_module.same_entries
    monkeypatch.setattr(lockkept_module, "same_entries", lambda e, r: whole.append(len(e)) or real(e, r))

    def edited(text: str) -> bytes:
        """The lock after serve's build of ``text`` in the claim, checked against a full build's."""
        claim.write_text(text, "utf-8")
        cache.changed({str(claim)})
        build(config, cache=cache)
        served = list(whole)
        full = tmp_path / f"full-{len(list(tmp_path.iterdir()))}"
        shutil.copytree(project, full, ignore=shutil.ignore_patterns("site", ".site*", CACHE_DIR))
        build(load_config(full), full=True)  # (which compares every entry: not counted)
        whole[:] = served
        assert lock_path.read_bytes() == (full / "claims" / LOCK_NAME).read_bytes()
        return lock_path.read_bytes()

    text = claim.read_text("utf-8")
    titled = re.sub(r"^title: (.*)$", r"title: \1 (edited)", text, count=1, flags=re.M)
    before = lock_path.read_bytes()
    assert edited(titled) == before and whole == []  # none compared but those of the edited claim
    dropped = " In addition, the militants do not allow civilians to leave Idlib"
    assert dropped in text
    cut = re.sub(re.escape(dropped) + r"[^\n]*", "", titled, count=1)  # the first statement's quote cut short
    assert edited(cut) != before and whole == []
    n = len(check(config, cache=Cache(None)).spans)
    assert edited(cut.replace("(edited)", "(edited again)")) and whole == [n]  # the file written, read again
    assert edited(cut.replace("(edited)", "(edited thrice)")) and whole == [n]
