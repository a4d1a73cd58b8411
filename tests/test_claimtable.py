"""A process that builds once takes the pages of each unchanged claim from the stored table
(site/claimtable.py), plans the others, and makes the very site a full build makes."""

import re
import sqlite3
from pathlib import Path

import pytest

from conftest import copy_project
from test_incremental import CLAIM, OTHER_CLAIM, full_build_of, rename_actor, tree
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR
from idlibsite.config import load_config
from idlibsite.site import claimtable
from idlibsite.site.claimtable import TABLE_KIND, ClaimTable


@pytest.fixture
def stored(monkeypatch: pytest.MonkeyPatch) -> list[tuple[set[str], set[str]]]:
    """Each build's claims taken from the table and claims planned, as it stores them."""
    seen: list[tuple[set[str], set[str]]] = []
    store = ClaimTable.store

    def spied(self: ClaimTable, keys):  # type: ignore[no-untyped-def]
        seen.append((set(self.taken), set(self.planned)))
        store(self, keys)

    monkeypatch.setattr(ClaimTable, "store", spied)
    return seen


def retitle(project: Path, claim: str, n: int) -> None:
    path = project / claim
    path.write_text(re.sub(r"(?m)^title: (.*)$", rf"title: \1 (edit {n})", path.read_text("utf-8"), count=1), "utf-8")


def test_a_fresh_build_plans_only_the_edited_claim_and_makes_the_full_builds_site(
        tmp_path_factory: pytest.TempPathFactory, stored: list[tuple[set[str], set[str]]]) -> None:
    project = copy_project(tmp_path_factory.mktemp("p"))
    build(load_config(project))
    (taken, planned), = stored
    assert not taken and len(planned) > 5  # nothing stored yet: every claim planned
    claims = planned
    retitle(project, CLAIM, 1)
    made = build(load_config(project))
    edited = Path(CLAIM).stem
    assert stored[-1] == (claims - {edited}, {edited})
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)
    assert made.rendered < made.pages  # the unchanged claims' pages kept, not rendered
    rename_actor(project, 2)  # every claim's pages show the actors: none taken
    build(load_config(project))
    assert stored[-1] == (set(), claims)
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)


@pytest.mark.parametrize("name", ["index.html", "cite.bib", "claim.json"])
def test_a_hand_edited_or_removed_page_of_a_claim_taken_from_the_table_is_made_again(
        tmp_path: Path, stored: list[tuple[set[str], set[str]]], name: str) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    build(load_config(project))
    expected = tree(project / "site")
    other = Path(OTHER_CLAIM).stem
    assert other in stored[-1][0]  # taken from the table
    (project / "site" / "claims" / other / name).write_bytes(b"tampered")
    (project / "site" / "claims" / other / "cite.json").unlink()
    build(load_config(project))
    assert tree(project / "site") == expected
    assert stored[-1][0] == set()  # every claim planned again


def test_a_damaged_or_foreign_table_is_planned_again_and_stored_anew(
        tmp_path: Path, stored: list[tuple[set[str], set[str]]]) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    expected = tree(project / "site")
    db = sqlite3.connect(project / CACHE_DIR / "cache.sqlite")
    with db:
        (count,) = db.execute("SELECT COUNT(*) FROM entries WHERE kind=?", (TABLE_KIND,)).fetchone()
        assert 1 < count <= claimtable.BUCKETS
        db.execute("UPDATE entries SET value = substr(value, 1, 20) || X'00' || substr(value, 22) WHERE kind=?",
                   (TABLE_KIND,))  # each bucket's pickle no longer its checksum's
    db.close()
    notices: list[str] = []
    build(load_config(project), notice=notices.append)
    assert stored[-1][0] == set() and notices  # none taken, said
    assert tree(project / "site") == expected
    build(load_config(project))
    assert stored[-1][1] == set()  # stored again: every claim taken
    assert tree(project / "site") == expected
