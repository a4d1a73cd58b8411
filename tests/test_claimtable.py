"""A process that builds once takes the pages of each unchanged section (claim, source, actor, topic,
speaker) from the stored table (site/claimtable.py), plans the others, and makes the very site a full
build makes."""

import os
import re
import sqlite3
from functools import partial
from pathlib import Path

import pytest

from conftest import copy_project
from test_incremental import CITED, CLAIM, OTHER_CLAIM, add_source, full_build_of, rename_actor, tree
from idlibsite import keys
from idlibsite.anchoring.model import Site
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.output.aside import Aside
from idlibsite.site import claimtable
from idlibsite.site.claimtable import TABLE_KIND, SectionTable
from idlibsite.site.sections import HELD_SECTIONS, Sections


@pytest.fixture
def stored(monkeypatch: pytest.MonkeyPatch) -> list[tuple[set[str], set[str]]]:
    """Each build's sections taken from the table and sections planned, as it stores them (by name)."""
    seen: list[tuple[set[str], set[str]]] = []
    store = SectionTable.store

    def spied(self: SectionTable, keys):  # type: ignore[no-untyped-def]
        seen.append((set(self.taken), set(self.planned)))
        store(self, keys)

    monkeypatch.setattr(SectionTable, "store", spied)
    return seen


def claims(names: set[str]) -> set[str]:
    """The ids of the claims among the sections ``names``."""
    return {n.removeprefix("claim claim:") for n in names if n.startswith("claim ")}


def showing(site: Site, claim: str) -> set[str]:
    """The names of the sections that show ``claim``: its own, and the sources, actors, topics and speakers'
    timelines of its statements, verdict and record."""
    of = lambda items: any(getattr(i, "claim", i).id == claim for i in items)  # noqa: E731  (a quote or a claim)
    found = site.annotations.claim(claim)
    assert found is not None
    return {f"claim claim:{claim}", *(f"topic topic:{t}" for t in found.topics),
            *(f"source source:{s.id}" for s in site.sources
              if of(site.quotes_by_source.get(s.id, ())) or of(site.verdicts_by_source.get(s.id, ()))),
            *(f"{kind} actor:{a.id}" for a in site.annotations.actors for kind in ("actor", "speaker")
              if of(site.quotes_by_actor.get(a.id, ())) or kind == "actor" and of(site.claims_by_actor.get(a.id, ())))}


def retitle(project: Path, claim: str, n: int) -> None:
    path = project / claim
    path.write_text(re.sub(r"(?m)^title: (.*)$", rf"title: \1 (edit {n})", path.read_text("utf-8"), count=1), "utf-8")


def test_a_fresh_build_plans_only_the_edited_claim_and_makes_the_full_builds_site(
        tmp_path_factory: pytest.TempPathFactory, stored: list[tuple[set[str], set[str]]]) -> None:
    project = copy_project(tmp_path_factory.mktemp("p"))
    build(load_config(project))
    (taken, planned), = stored
    assert not taken and len(claims(planned)) > 5  # nothing stored yet: every section planned
    every = planned
    assert {n.split()[0] for n in every} == {"claim", "source", "actor", "topic", "speaker"}
    retitle(project, CLAIM, 1)
    made = build(load_config(project))
    edited = Path(CLAIM).stem
    again = showing(check(load_config(project)).site, edited) & every  # (the speakers with a timeline)
    assert {n.split()[0] for n in again} == {"claim", "source", "actor", "topic", "speaker"}
    assert stored[-1] == (every - again, again)  # exactly the sections that show the claim planned
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)
    assert made.rendered < made.pages  # the unchanged sections' pages kept, not rendered
    rename_actor(project, 2)  # every page of these sections shows the actors: none taken
    build(load_config(project))
    assert stored[-1] == (set(), every)
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)


def test_a_fresh_build_makes_the_key_of_the_edited_claim_alone_while_no_other_input_changed(
        tmp_path_factory: pytest.TempPathFactory, stored: list[tuple[set[str], set[str]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim's row holds what its key was made from: after one claim's title is edited, only that claim's
    key is made (the others' rows are taken by the hash of every input but the claims, their files' hashes
    and their histories); after a source is added, every claim's key is made again, equal to the stored
    one (the row taken by it, and stored with what the key is made from now), and the site is a full build's
    each time."""
    keyed: list[str] = []
    key = SectionTable.key
    monkeypatch.setattr(SectionTable, "key", lambda self, site, claim, *rest: (keyed.append(claim),
                                                                               key(self, site, claim, *rest))[1])
    project = copy_project(tmp_path_factory.mktemp("p"))
    build(load_config(project))
    every = claims(stored[-1][1])
    retitle(project, CLAIM, 1)
    keyed.clear()
    build(load_config(project))
    edited = Path(CLAIM).stem
    assert keyed == [edited] and claims(stored[-1][0]) == every - {edited}
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)
    retitle(project, CLAIM, 2)  # the claim made again from its key's parts stored by the build before
    keyed.clear()
    build(load_config(project))
    assert keyed == [edited] and tree(project / "site") == full_build_of(project, tmp_path_factory)
    add_source(project, 1)  # an input not a claim added: every claim's key made again, equal (taken by it)
    keyed.clear()
    build(load_config(project))
    assert sorted(keyed) == sorted(every) and claims(stored[-1][0]) == every
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)
    keyed.clear()
    retitle(project, CLAIM, 3)
    build(load_config(project))
    assert keyed == [edited]  # the rows taken by their keys were stored with what those are made from now
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)


def test_a_fresh_build_keys_only_the_sections_showing_the_edited_claim_while_no_other_input_changed(
        tmp_path_factory: pytest.TempPathFactory, stored: list[tuple[set[str], set[str]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A source's, actor's, topic's or speaker's row holds what its key is made of but its claims' keys (the
    hash of every input but the claims, what it shows of its own, the ids of the claims it shows): after one
    claim's title is edited, only the sections that show it are keyed (the others taken without their parts
    made); after one of its statements is removed, those that showed it too; after a source is added, every
    section is keyed, taken by its key and stored with what it is made of now, so that the next title edit
    keys only the sections showing that claim again.  The site is a full build's each time."""
    keyed: list[str] = []
    key_of = SectionTable.key_of
    monkeypatch.setattr(SectionTable, "key_of", lambda self, name, parts: (keyed.append(name),
                                                                          key_of(self, name, parts))[1])
    project = copy_project(tmp_path_factory.mktemp("p"))
    build(load_config(project))
    every = {n for n in stored[-1][1] if not n.startswith("claim ")}
    assert {n.split()[0] for n in every} == {"source", "actor", "topic", "speaker"}
    edited = Path(CLAIM).stem
    path = project / CLAIM

    def drop_first_statement() -> None:
        text = path.read_text("utf-8")
        at = text.index("\n  - id: ")
        path.write_text(text[:at] + text[text.index("\n  - id: ", at + 1):], "utf-8")

    for edit in [partial(retitle, project, CLAIM, 1), partial(retitle, project, CLAIM, 2), drop_first_statement,
                 partial(add_source, project, 1), partial(retitle, project, CLAIM, 3)]:
        before = showing(check(load_config(project)).site, edited) & every
        edit()
        keyed.clear()
        build(load_config(project))
        after = showing(check(load_config(project)).site, edited) & every
        if edit is drop_first_statement:
            assert before - after  # (a source or speaker shows the claim no more)
        if getattr(edit, "func", None) is add_source:  # an input not a claim added: every section keyed, taken by
            assert set(keyed) >= every  # its key when the same
        else:
            assert {n.split()[0] for n in after} == {"source", "actor", "topic", "speaker"}
            assert sorted(keyed) == sorted(before | after)  # the other sections' parts not even made
            assert stored[-1][0] >= every - before - after
        assert tree(project / "site") == full_build_of(project, tmp_path_factory)


OTHER = Path(OTHER_CLAIM).stem  # a claim the test below edits pages of by hand


@pytest.mark.parametrize(("edited", "removed"), [
    *(pytest.param(f"claims/{OTHER}/{name}", f"claims/{OTHER}/cite.json", id=name)
      for name in ["index.html", "cite.bib", "claim.json"]),
    *(pytest.param(page, None, id=page)
      for page in [f"sources/{CITED}/index.html", f"sources/{CITED}/article.txt", "topics/sovereignty/index.html",
                   "actors/russian-foreign-ministry/index.html"]),
])
def test_a_hand_edited_or_removed_page_of_a_section_taken_from_the_table_is_made_again(
        tmp_path: Path, stored: list[tuple[set[str], set[str]]], edited: str, removed: str | None) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    build(load_config(project))
    expected = tree(project / "site")
    assert not stored[-1][1] and OTHER in claims(stored[-1][0])  # every section taken from the table, OTHER's too
    (project / "site" / edited).write_bytes(b"tampered")
    if removed:
        (project / "site" / removed).unlink()
    build(load_config(project))
    assert tree(project / "site") == expected
    assert stored[-1][0] == set()  # every section planned again


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


def test_the_pages_taken_from_the_table_are_kept_in_one_pass_and_one_edited_by_hand_is_made_again(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh build keeps the pages of the sections its table gives in one pass over the spare's record
    (output/kept.py), not by one ``keep_page`` each; a page of such a section edited by hand (its size and
    mtime put back: only its ctime tells) or removed is made again, and the site is the full build's."""
    project = copy_project(tmp_path_factory.mktemp("p"))
    for n in range(3):  # the site and the spare recorded, the spare holding the site's files
        retitle(project, CLAIM, n)
        build(load_config(project))
    asked: list[str] = []
    keep_page = Aside.keep_page
    monkeypatch.setattr(Aside, "keep_page", lambda self, path, key: (asked.append(path), keep_page(self, path, key))[1])
    retitle(project, CLAIM, 3)
    made = build(load_config(project))
    assert made.rendered < len(asked) < made.pages // 3  # only the pages of the sections planned
    other = f"claims/{Path(OTHER_CLAIM).stem}/index.html"
    assert other not in asked  # taken from the table
    edited = project / "site" / other
    removed = next(p for p in sorted((project / "site" / "claims").glob("*/index.html"))
                   if p != edited and p.relative_to(project / "site").as_posix() not in asked)
    before = edited.stat()
    edited.write_bytes(edited.read_bytes().replace(b"<", b">", 1))
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert edited.stat().st_size == before.st_size
    removed.unlink()
    retitle(project, CLAIM, 4)
    build(load_config(project))
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)


def test_a_build_after_a_code_change_plans_every_section_yet_holds_the_pages_of_a_few(
        tmp_path_factory: pytest.TempPathFactory, stored: list[tuple[set[str], set[str]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After a code change every cache key differs: every section is planned, and every page kept from the
    site (a page's key does not hold the code's digest).  The plan holds the pages of the first HELD_SECTIONS
    sections only (an edit's few) while the records are read and the pages kept (they were every page of the
    site), and makes none again; a --full build holds them all (it renders every one)."""
    project = copy_project(tmp_path_factory.mktemp("p"))
    build(load_config(project))
    build(load_config(project))  # (a spare recorded, as after any second build)
    held: list[tuple[int, int, int, int]] = []  # each call of Sections.pages: pages held, those of the first
    # HELD_SECTIONS sections, sections, pages given but the loose ones (the catalogues, made at every plan)
    pages = Sections.pages

    def spied(self: Sections, *args, **kwargs):  # type: ignore[no-untyped-def]
        given = pages(self, *args, **kwargs)
        pages_held = sum(len(p) for p in self.pages_made if p is not None)
        first = sum(len(s.paths) for s in self.made[:HELD_SECTIONS])  # (every section made now, here)
        held.append((pages_held, first, len(self.made), len(given) - len(self.loose)))
        return given

    monkeypatch.setattr(Sections, "pages", spied)
    monkeypatch.setattr(keys, "CODE", keys.CODE + b" changed")
    made = build(load_config(project))
    assert len(claims(stored[-1][1])) > 5 and not stored[-1][0]  # every section planned, none taken
    (pages_held, first, sections, given), = held
    assert pages_held == given == first and sections > HELD_SECTIONS + 20  # the others not held, nor given (kept)
    assert made.rendered == 0
    assert tree(project / "site") == full_build_of(project, tmp_path_factory)
    held.clear()
    build(load_config(project), full=True)
    (pages_held, first, _, given), = held
    assert pages_held == given > first  # every page of the sections held and given to render
