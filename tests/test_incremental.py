"""An incremental build equals a full build byte for byte, after any sequence of edits."""

import gc
from collections import Counter
import json
import marshal
import os
import re
from dataclasses import replace
from operator import itemgetter
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Set
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import ROOT, claim_records, copy_project, examples
from test_cache import damage
import idlibsite.anchoring.grouping as grouping_module
import idlibsite.anchoring.link as link_module
import idlibsite.anchoring.lockclaims as lockclaims_module
import idlibsite.anchoring.lockkept as lockkept_module
import idlibsite.annotations.load as load_module
import idlibsite.build as build_module
import idlibsite.claimentries as claimentries_module
import idlibsite.check as check_module
import idlibsite.meaning as meaning_module
import idlibsite.paragraphs as paragraphs_module
import idlibsite.site.pages as pages_module
import idlibsite.site.timeline as timeline_module
import idlibsite.filestats as filestats
import idlibsite.sources.statements as statements_module
from idlibsite import keptreads, projectfiles
from idlibsite.anchoring import versionfile
from idlibsite.anchoring.versionfile import VERSIONS_NAME
from idlibsite.anchoring.versions import version_of
from idlibsite.anchoring.grouping import Ranked
from idlibsite.anchoring.lock import LOCK_NAME, read_lock
from idlibsite.anchoring.link import CLAIM_KIND
from idlibsite.annotations.load import CLAIM_KIND as CLAIM_FILE_KIND
from idlibsite.anchoring.model import Site
from idlibsite.build import build
from idlibsite.quotedpassages import PASSAGES_KIND
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.keys import packed_key
from idlibsite.check import CheckResult, check
from idlibsite.config import Config, load_config
from idlibsite.errors import InputError, Problem
from idlibsite.output import fs, trees
from idlibsite.output.aside import Aside
from idlibsite.output.made import Made, WriteReport
from idlibsite.output.records import Records, tree_id
from idlibsite.output.trees import Entry, Tree
from idlibsite.spansindex import SpansIndex
from idlibsite.site.versioned import Histories
from idlibsite.serve import reported, watches
import idlibsite.site.catalogue as catalogue_module
from idlibsite.site import lists
from idlibsite.site.render import template_files
from idlibsite.sources.webpage import PAGE_SUFFIX
from idlibsite.annotations.gathered import Gathered
from idlibsite.annotations.load import ACTORS_FILE
from idlibsite.site.claimtable import SectionTable
from idlibsite.site.hashes import changed as changed_since
from idlibsite.site.incremental import InputHashes, SectionKeys, input_hashes, page_keys
from idlibsite.site.search import BUNDLE, Shard, plan_shards
from idlibsite.memo import fresh
from idlibsite.site.sections import Again, Named, Sections, section
from idlibsite.site.shardsagain import ShardsAgain

CLAIM = "claims/turkish-troops-in-idlib-illegal.yaml"
OTHER_CLAIM = "claims/militants-block-humanitarian-corridors.yaml"
CITED = "russia-denies-responsibility-2020-03-04"  # a source that CLAIM quotes
NEW_ARTICLE = """A Test Report On Idlib

March 6, 2020

Kremlin spokesman Dmitry Peskov said on Friday that "the ceasefire in Idlib is holding for now."
"""
NEW_SIDECAR = """id: test-report-2020-03-06
outlet: Test Wire
title: A Test Report On Idlib
date: 2020-03-06
date_note: The date line reads "March 6, 2020".
language: en
"""


def edit_claim_title(project: Path, n: int) -> None:
    path = project / CLAIM
    path.write_text(re.sub(r"(?m)^title: (.*)$", rf"title: \1 (edit {n})", path.read_text("utf-8"), count=1), "utf-8")


def edit_notes(project: Path, n: int) -> None:
    path = project / OTHER_CLAIM
    if not path.exists():  # deleted by an earlier edit
        return
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"(?m)^updated: .*$", f"updated: 2026-11-{10 + n % 19:02d}", text, count=1), "utf-8")


def rename_actor(project: Path, n: int) -> None:
    path = project / "claims" / "actors.yaml"
    path.write_text(path.read_text("utf-8").replace("name: Dmitry Peskov", f"name: Dmitry S. Peskov {n}", 1)
                    .replace(f"name: Dmitry S. Peskov {n - 1}", f"name: Dmitry S. Peskov {n}", 1), "utf-8")


def override_footer(project: Path, n: int) -> None:
    (project / "templates" / "footer.html").write_text(f"<p>Footer version {n}. {{{{ version }}}}</p>\n", "utf-8")


def add_alias(project: Path, n: int) -> None:
    path = project / CLAIM
    text = path.read_text("utf-8")
    if f"old-name-{n}" not in text:
        text = re.sub(r"(?m)^aliases:.*$", f"aliases: [old-name-{n}]", text, count=1)
        path.write_text(text, "utf-8")


def move_topic(project: Path, n: int) -> None:
    """Move the claim to a new topic, listed first in topics.yaml (the topics it leaves may be unused: a warning)."""
    topics = project / "claims" / "topics.yaml"
    listed = topics.read_text("utf-8")
    if f"id: test-topic-{n % 2}\n" not in listed:
        topics.write_text(listed.replace("topics:\n", f"topics:\n  - id: test-topic-{n % 2}\n    title: Test {n}\n", 1),
                          "utf-8")
    path = project / CLAIM
    path.write_text(re.sub(r"(?m)^topics: .*$", f"topics: [test-topic-{n % 2}]", path.read_text("utf-8"), count=1),
                    "utf-8")


def retitle_topic(project: Path, n: int) -> None:
    """Edit the title (and the description) of a topic of the claim in claims/topics.yaml."""
    path = project / "claims" / "topics.yaml"
    text = re.sub(r"(?m)^(  - id: (turkish-military|test-topic-0)\n    title: )(.*)$", rf"\g<1>Topic {n} (\g<2>)",
                  path.read_text("utf-8"))
    text = re.sub(r"(?m)^(    description: )(.*)$", rf"\g<1>Described anew ({n}).", text, count=1)
    path.write_text(text, "utf-8")


def redate_statement(project: Path, n: int) -> None:
    """Move the claim's first dated statement to another month (or year) of the timeline."""
    path = project / CLAIM
    path.write_text(re.sub(r"(?m)^(\s+said: )\S.*$", rf"\g<1>{2016 + n % 3}-0{1 + n % 9}", path.read_text("utf-8"),
                           count=1), "utf-8")


def change_claimant(project: Path, n: int) -> None:
    """Give the claim to another actor and back: it moves between two actors' pages."""
    path = project / CLAIM
    actor = ("vladimir-putin", "russian-foreign-ministry")[n % 2]
    path.write_text(re.sub(r"(?m)^actor: .*$", f"actor: {actor}", path.read_text("utf-8"), count=1), "utf-8")


def redate_claim(project: Path, n: int) -> None:
    """Move the date the claim was asserted: its month on topic and actor pages, its place among the newest."""
    path = project / CLAIM
    path.write_text(re.sub(r"(?m)^date: .*$", f"date: {2019 + n % 2}-{1 + n % 12:02d}-1{n % 10}",
                           path.read_text("utf-8"), count=1), "utf-8")


def restore_claim(project: Path, n: int) -> None:
    """Put the claim back as it first was: a version published again after others (shown once)."""
    (project / CLAIM).write_text((ROOT / CLAIM).read_text("utf-8"), "utf-8")


def delete_claim(project: Path, n: int) -> None:
    (project / OTHER_CLAIM).unlink(missing_ok=True)


def add_source(project: Path, n: int) -> None:
    (project / "corpus" / "zz-test-report.txt").write_text(NEW_ARTICLE, "utf-8")
    (project / "corpus" / "zz-test-report.yaml").write_text(NEW_SIDECAR, "utf-8")


def change_base_url(project: Path, n: int) -> None:
    path = project / "pyproject.toml"
    path.write_text(re.sub(r'(?m)^base_url = .*$', f'base_url = "https://mirror{n}.example.org/"',
                           path.read_text("utf-8")), "utf-8")


def change_site_title(project: Path, n: int) -> None:
    path = project / "pyproject.toml"
    path.write_text(re.sub(r'(?m)^title = .*$', f'title = "Idlib 2020, edit {n}"', path.read_text("utf-8")), "utf-8")


def change_language(project: Path, n: int) -> None:
    path = project / "pyproject.toml"
    path.write_text(re.sub(r'(?m)^language = .*$', f'language = "{("fr", "en-GB", "de")[n % 3]}"',
                           path.read_text("utf-8")), "utf-8")


def switch_directory_urls(project: Path, n: int) -> None:
    """Links to index.html (a site for disk) instead of folders, or back: every page's links change, no path."""
    path = project / "pyproject.toml"
    text = path.read_text("utf-8")
    now = re.search(r"(?m)^directory_urls = (true|false)$", text)
    assert now is not None
    path.write_text(text.replace(now[0], f"directory_urls = {'false' if now[1] == 'true' else 'true'}"), "utf-8")


def cited_article(project: Path) -> Path:
    """The article file of the source the edited claim quotes most (wherever a rename moved it)."""
    (sidecar,) = [p for p in (project / "corpus").glob("*.yaml") if f"id: {CITED}\n" in p.read_text("utf-8")]
    return sidecar.with_suffix(".txt")


def edit_sidecar(project: Path, n: int) -> None:
    """Change what the sidecar says (the article's bytes stay the same)."""
    path = cited_article(project).with_suffix(".yaml")
    path.write_text(re.sub(r"(?m)^outlet: .*$", f"outlet: Test Outlet {n}", path.read_text("utf-8"), count=1), "utf-8")


NOT_LISTED = [  # the cited sidecar's not_listed entry, as each edit writes it: note reworded, quote a part, quote twice
    ("Damascus has repeatedly denounced the presence of Turkish forces in the region.", "Said again below, in full."),
    ("Damascus has repeatedly denounced the presence", "Said again below, in full."),
    ("presence of Turkish forces in the region", "Twice in the article: refused."),
]


def edit_not_listed(project: Path, n: int) -> None:
    """Rewrite the cited sidecar's not_listed entry: its note, or its words (a part of the passage, or words
    the article has twice, an error that refuses the build)."""
    path = cited_article(project).with_suffix(".yaml")
    quote, note = NOT_LISTED[n % len(NOT_LISTED)]
    kept = path.read_text("utf-8").split("not_listed:")[0]
    path.write_text(f"{kept}not_listed:\n  - quote: {json.dumps(quote)}\n    note: {json.dumps(f'{note} ({n})')}\n", "utf-8")
    # as JSON strings: a note's ": " ("Twice in the article: refused.") is no YAML mapping


def rename_source(project: Path, n: int) -> None:
    """Move an article and its sidecar to another file name: same id, same bytes, a new path."""
    article = cited_article(project)
    for old in (article, article.with_suffix(".yaml")):
        old.rename(old.with_name(f"renamed-{n}{old.suffix}"))


def add_claim(project: Path, n: int) -> None:
    """A new claim file: the edited claim's statements under a new id (no aliases: they would clash)."""
    text = re.sub(r"(?m)^aliases:.*$", "aliases: []", (project / CLAIM).read_text("utf-8"), count=1)
    text = re.sub(r"(?m)^id: .*$", f"id: zz-added-claim-{n}", text, count=1)
    (project / "claims" / f"zz-added-claim-{n}.yaml").write_text(text, "utf-8")


def rename_claim(project: Path, n: int) -> None:
    """Give the other claim a new id and file name, its old id kept as an alias (its old URL redirects)."""
    path = project / OTHER_CLAIM
    if not path.exists():  # deleted or renamed by an earlier edit
        return
    old = path.stem
    text = re.sub(r"(?m)^id: .*$", f"id: {old}-renamed", path.read_text("utf-8"), count=1)
    text = re.sub(r"(?m)^aliases:.*$", f"aliases: [{old}]", text, count=1)
    (project / "claims" / f"{old}-renamed.yaml").write_text(text, "utf-8")
    path.unlink()


def source_former_id(project: Path, n: int) -> None:
    """Give the source the claim quotes a former id (odd n), or take it away (even n): its old URL's pages."""
    path = cited_article(project).with_suffix(".yaml")
    text = re.sub(r"(?m)^former_ids: .*\n", "", path.read_text("utf-8"))
    if n % 2:
        text = text.replace(f"id: {CITED}\n", f"id: {CITED}\nformer_ids: [old-source-{n}]\n", 1)
    path.write_text(text, "utf-8")


def actor_former_id(project: Path, n: int) -> None:
    """Give an actor who speaks in the claim a former id (odd n), or take it away (even n)."""
    path = project / "claims" / "actors.yaml"
    text = re.sub(r"(?m)^    former_ids: \[old-actor-.*\n", "", path.read_text("utf-8"))
    if n % 2:
        text = text.replace("  - id: igor-konashenkov\n", f"  - id: igor-konashenkov\n    former_ids: [old-actor-{n}]\n", 1)
    path.write_text(text, "utf-8")


def _renamed_in_claims(project: Path, old: str, new: str) -> None:
    """Every reference to the id ``old`` in the claim files made ``new`` (actors.yaml left as it is)."""
    for path in (project / "claims").glob("*.yaml"):
        if path.name == "actors.yaml":
            continue
        text = path.read_text("utf-8")
        if (changed := re.sub(rf"(?<![\w-]){old}(?![\w-])", new, text)) != text:
            path.write_text(changed, "utf-8")


def rename_source_id(project: Path, n: int) -> None:
    """Give a source the claims quote (not the edited ones) a new id, its old one under former_ids (once)."""
    old = "turkeys-duty-to-stop-fighting-2019-05"
    for sidecar in (project / "corpus").glob("*.yaml"):
        if f"id: {old}\n" in (text := sidecar.read_text("utf-8")):
            sidecar.write_text(text.replace(f"id: {old}\n", f"id: {old}-renamed\nformer_ids: [{old}]\n"), "utf-8")
            _renamed_in_claims(project, old, f"{old}-renamed")


def rename_actor_id(project: Path, n: int) -> None:
    """Give an actor (not one of the edited claims') a new id, its old one under former_ids (once)."""
    path, old = project / "claims" / "actors.yaml", "oleg-zhuravlyov"
    if f"  - id: {old}\n" in (text := path.read_text("utf-8")):
        path.write_text(text.replace(f"  - id: {old}\n", f"  - id: {old}-renamed\n    former_ids: [{old}]\n"), "utf-8")
        _renamed_in_claims(project, old, f"{old}-renamed")


def add_hidden_source(project: Path, n: int) -> None:
    """An article and sidecar whose names start with a dot: loaded, but never reported by the watcher."""
    (project / "corpus" / ".hidden-report.txt").write_text(NEW_ARTICLE.replace("Friday", f"Friday ({n})"), "utf-8")
    (project / "corpus" / ".hidden-report.yaml").write_text(NEW_SIDECAR.replace("test-report", "hidden-report"),
                                                             "utf-8")


def reword_under_other_claim(project: Path, n: int) -> None:
    """Reword, or put back, words that the other claim (not the edited one) quotes, in their article: the
    claims quoting them are unchanged, and the build refuses the change (anchors.lock.json), as a full one."""
    (sidecar,) = [p for p in (project / "corpus").glob("*.yaml") if f"id: {REWORDED}\n" in p.read_text("utf-8")]
    article = sidecar.with_suffix(".txt")
    text = article.read_text("utf-8")
    words = ("do not allow civilians to leave", "do not let civilians leave")
    was, now = words if words[0] in text else words[::-1]
    article.write_text(text.replace(was, now, 1), "utf-8")


REWORDED = "kremlin-idlib-alarming-2020-02-21"  # a source the other claim quotes, not the edited one

EDITS = [edit_claim_title, edit_notes, rename_actor, override_footer, add_alias, move_topic, redate_statement,
         delete_claim, add_source, change_base_url, change_site_title, change_language, switch_directory_urls,
         edit_sidecar, rename_source, retitle_topic, add_claim, rename_claim, add_hidden_source, change_claimant,
         redate_claim, restore_claim, source_former_id, actor_former_id, rename_source_id, rename_actor_id,
         edit_not_listed]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}




@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example([*EDITS[:4], reword_under_other_claim, *EDITS[4:10], reword_under_other_claim, *EDITS[10:]])  # every kind
# of edit, whatever the random draws, some while a source is changed under the other claim's words
@given(st.lists(st.sampled_from([*EDITS, reword_under_other_claim]), min_size=1, max_size=5))
def test_incremental_build_equals_full_build_after_random_edits(tmp_path_factory, monkeypatch, edits) -> None:  # type: ignore[no-untyped-def]
    """As a fresh process builds after each edit: a new Cache, reading what the last builds stored
    (parsed inputs, anchors, snapshots, tree records, the stats of files).  The problems are a fresh
    check's.  Every stat is recorded (no racy window: the files were all written just now), so a claim
    file is known unchanged by its stat, as in a project whose files are older than a build.  The
    versions are stored in chunks of 2, so that a build finds most of them stored and parses the rest.
    Before each build a file is added by hand to a folder of the spare, whose folders are recorded
    (output/folders.py) from the third build on: it is never published.  After an edit of one claim, the
    others' pages are taken from the stored table (site/claimtable.py), not planned, by what their keys were made
    from (their keys not made again), and so are the rows of the sources, actors, topics and speakers that do
    not show the edited claim (by the claims they show).  A build that refuses
    a source changed under a claim's words refuses it with the same problems as a full one; the lock
    written is a full build's, also when the lock as read is held as its stored rows (an edit that moves no
    anchor).  The sources' coverage keys are taken from the stored spans index while their files are the
    same (spansindex.py), both keys while the spans on them are the same too (after a title edit).  The checks of
    meaning take an unchanged claim's findings from its entry without reading its quotes (its _Found holds its id),
    and its lock entries from the lock as read while that lock is the one the build before read and kept
    (anchoring/lockclaims.py)."""
    monkeypatch.setattr(filestats, "RACY_NS", 0)
    by_id: list[bool] = []  # each claim's findings held by its id alone (meaning.py)
    found = meaning_module._Found
    monkeypatch.setattr(meaning_module, "_Found", lambda held, *rest: (by_id.append(isinstance(held, str)),
                                                                       found(held, *rest))[1])
    from_lock: list[bool] = []  # each claim's lock entries taken from the lock as read (lockclaims.py)
    take = lockclaims_module._Stored.places_of
    monkeypatch.setattr(lockclaims_module._Stored, "places_of",
                        lambda *a: (t := take(*a), from_lock.append(t is not None))[0])
    monkeypatch.setattr(versionfile, "CHUNK", 2)
    indexed: list[int] = []  # each source's keys as the index gave them: 0 none, 1 its passages', 2 both
    keys_of = SpansIndex.keys_of
    monkeypatch.setattr(SpansIndex, "keys_of", lambda self, source: (
        k := keys_of(self, source), indexed.append(0 if k is None else 1 if k[1] is None else 2))[0])
    taken: list[int] = []
    unkeyed: list[bool] = []  # each claim's row looked up by what its key was made from: taken (its key not made)
    unchanged = SectionTable.unchanged
    monkeypatch.setattr(SectionTable, "unchanged", lambda *a: (t := unchanged(*a), unkeyed.append(t is not None))[0])
    shown: list[bool] = []  # each other section's row looked up by what its key is made of but its claims' keys
    shows = SectionTable.shows_unchanged
    monkeypatch.setattr(SectionTable, "shows_unchanged", lambda *a: (t := shows(*a), shown.append(t is not None))[0])
    store = SectionTable.store
    monkeypatch.setattr(SectionTable, "store", lambda self, keys: (taken.append(len(self.taken)), store(self, keys))[1])
    as_rows: list[bool] = []  # each build's lock held as the rows it was read from (held.py)
    held = build_module.held
    monkeypatch.setattr(build_module, "held", lambda checked: (as_rows.append((h := held(checked))[1].rows is not None), h)[1])
    project = copy_project(tmp_path_factory.mktemp("inc"))
    lock_path = project / "claims" / LOCK_NAME
    kept = lock_path.read_bytes() if lock_path.exists() else None  # the lock as read, when a build kept it as it was
    build(load_config(project))
    kept = kept if lock_path.exists() and lock_path.read_bytes() == kept else None
    for n, edit in enumerate(edits, 1):
        edit(project, n)
        spare = project / ".site.spare"
        if spare.is_dir():
            folders = sorted(p for p in spare.rglob("*") if p.is_dir())
            (folders[(7 * n) % len(folders)] / "stray.html").write_bytes(b"added by hand")
        done = [e.__name__ for e in edits[:n]]
        indexed.clear()
        by_id.clear()
        from_lock.clear()
        unkeyed.clear()
        shown.clear()
        read = lock_path.read_bytes() if lock_path.exists() else None
        try:
            made = build(load_config(project))
        except InputError as refused:
            with pytest.raises(InputError) as full_refused:
                full_build_and_check_of(project, tmp_path_factory)
            assert refused.problems == full_refused.value.problems, done
            kept = None
            continue
        assert taken[-1] > 0 or edit not in ONE_CLAIM_EDITS, done
        assert any(unkeyed) or edit not in ONE_CLAIM_EDITS, done  # the other claims' keys not made again
        assert any(shown) or edit not in ONE_CLAIM_EDITS, done  # nor those of sections not showing the claim
        assert as_rows[-1] or edit is not edit_claim_title, done  # no anchor moved: the lock as read is held
        assert any(indexed) or edit not in ONE_CLAIM_EDITS, done
        assert 2 in indexed or edit is not edit_claim_title, done  # no span moved: coverage's keys taken whole
        assert any(by_id) or edit is not edit_claim_title, done  # the other claims' findings, no quote read
        # the lock kept by the build before: the other claims' entries taken from it
        assert any(from_lock) or edit is not edit_claim_title or read is None or read != kept, done
        kept = read if lock_path.read_bytes() == read else None
        full, checked, lock, versions = full_build_check_and_lock_of(project, tmp_path_factory)
        assert (made.checked.problems, made.checked.coverage) == (checked.problems, checked.coverage), done
        assert tree(project / "site") == full, done
        assert (project / "claims" / LOCK_NAME).read_bytes() == lock, done
        assert (project / "claims" / VERSIONS_NAME).read_bytes() == versions, done  # no version left to add


# edits of one claim's file, or its removal: every other claim's pages are shown as they were
ONE_CLAIM_EDITS = (edit_claim_title, edit_notes, add_alias, redate_statement, delete_claim, add_claim, rename_claim,
                   change_claimant, redate_claim, restore_claim)


def serve_prepared(project: Path, cache: Cache) -> None:
    """``serve`` started on a site and a spare made by builds of another process: its first build, then its
    build at its first quiet moment (serve.py's ``prepare``: the reads of files changed since forgotten,
    nothing changed), which leaves the site as it was."""
    build(load_config(project))
    build(load_config(project))  # (the spare: the site before)
    build(load_config(project), cache=cache, search_later=True)
    cache.unseen()  # as serve.py tells it: the files changed since they were read
    cache.changed(frozenset())
    again = build(load_config(project), cache=cache, search_later=True)
    assert (again.written.written, again.written.removed, again.rendered) == (0, 0, 0)  # no reload


def full_build_of(project: Path, tmp_path_factory) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """The site a full build makes of a copy of ``project`` (its inputs only)."""
    return full_build_and_check_of(project, tmp_path_factory)[0]


def full_build_and_check_of(project: Path, tmp_path_factory) -> tuple[dict[str, bytes], CheckResult]:  # type: ignore[no-untyped-def]
    """The site a full build with an empty cache makes of a copy of ``project``, and what it checked."""
    return full_build_check_and_lock_of(project, tmp_path_factory)[:2]


def full_build_check_and_lock_of(project: Path, tmp_path_factory  # type: ignore[no-untyped-def]
                                 ) -> tuple[dict[str, bytes], CheckResult, bytes, bytes]:
    """The site a full build with an empty cache makes of a copy of ``project``, what it checked, and the
    anchor lock and the versions file it wrote."""
    full_copy = tmp_path_factory.mktemp("full")
    shutil.rmtree(full_copy)
    shutil.copytree(project, full_copy, ignore=shutil.ignore_patterns("site", ".site*", ".idlibsite-cache"))
    result = build(load_config(full_copy), full=True)
    return (tree(full_copy / "site"), result.checked, (full_copy / "claims" / LOCK_NAME).read_bytes(),
            (full_copy / "claims" / VERSIONS_NAME).read_bytes())


def inputs_of(project: Path) -> dict[str, bytes]:
    """Every file of the project but the site and the cache, by absolute path: what a watcher sees."""
    return {str(p): p.read_bytes() for p in sorted(project.rglob("*")) if p.is_file()
            and not p.relative_to(project).parts[0].startswith(("site", ".site", CACHE_DIR))}


def watcher_report(config: Config, before: dict[str, bytes], after: dict[str, bytes]) -> frozenset[str] | None:
    """What ``serve`` tells its Cache after an edit: the files added, removed or changed (None when in doubt)."""
    watched = watches(config)
    return reported(config, {p for p in before.keys() | after.keys()
                             if before.get(p) != after.get(p) and watched(p)})


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example([(edit, True) for edit in EDITS], False)
@example([(edit, False) for edit in EDITS], True)
@given(st.lists(st.tuples(st.sampled_from(EDITS), st.booleans()), min_size=1, max_size=4), st.booleans())
def test_serve_builds_equal_full_builds_after_random_edits(tmp_path_factory, monkeypatch, steps, prepared) -> None:  # type: ignore[no-untyped-def]
    """As `serve` builds: one Cache kept in memory across builds, which reads again only the files
    the watcher reports, the pages first with the search index left as it was, then (unless the
    next edit comes first) a build that catches up.  The problems are a fresh check's.  ``prepared``: serve
    started on a site and spare of another process's builds, and built at its first quiet moment."""
    serve_steps(tmp_path_factory, monkeypatch, steps, prepared)


_PLAN_AGAIN, _KEYS_AGAIN = ShardsAgain.plan, SectionKeys.keys
_DROPPED = grouping_module.dropped
_LOCK_EQUAL, _SAME_ENTRIES = build_module.lock_equal, lockkept_module.same_entries


def _shards_checked(self: ShardsAgain, indexed: dict[str, str], indexer: str = "") -> list[Shard]:
    made = _PLAN_AGAIN(self, indexed, indexer)
    assert made == plan_shards(indexed, indexer)  # as planned afresh
    return made


def _keys_checked(self: SectionKeys, planned: Sections, hashes: dict[str, str]) -> dict[str, str]:
    made = _KEYS_AGAIN(self, planned, hashes)
    assert made == page_keys(planned.pages(), hashes)  # as keyed afresh
    return made


_APPENDED = build_module.appended


def _appended_checked(versions, made, kept, aliases, last, json_of):  # type: ignore[no-untyped-def]
    found = _APPENDED(versions, made, kept, aliases, last, json_of)
    # as appended afresh (every snapshot hashed, or made again when given by its version id)
    assert found == _APPENDED(versions, made, aliases=aliases, json_of=json_of)
    return found


_DEPS_OF, _SNAPSHOTS = build_module._deps_of, build_module._snapshots


def _deps_checked(site: Site, cache: Cache) -> dict[str, frozenset[str]]:
    made = _DEPS_OF(site, cache)
    assert list(made.items()) == list(_DEPS_OF(site, Cache(None)).items())  # every claim's, in order, as made afresh
    return made


def _snapshots_checked(site: Site, deps_of: Mapping[str, frozenset[str]], hashes: Mapping[str, str],
                       cache: Cache) -> dict[str, bytes | str]:
    made = _SNAPSHOTS(site, deps_of, hashes, cache)
    afresh = Cache(None)  # nothing kept: every claim's snapshot made and its key looked up
    fresh = _SNAPSHOTS(site, deps_of, hashes, afresh)
    assert list(made) == list(fresh)  # every claim's, in order
    assert [s if isinstance(s, str) else version_of(s) for s in made.values()] == list(map(version_of, fresh.values()))
    used = afresh.used[build_module.SNAPSHOT_KIND]  # the keys counted as used, which the sweep keeps
    assert cache.used[build_module.SNAPSHOT_KIND] == (set(map(packed_key, used)) if cache.once else used)
    return made


_HASHES_OF = InputHashes.hashes_of


def _hashes_checked(self: InputHashes, config: Config, every, again, shaping, kept, count):  # type: ignore[no-untyped-def]
    every = list(every)  # (serve's Cache gives each file as read before: reading it again changes nothing)
    made = _HASHES_OF(self, config, every, again, shaping, kept, count)
    assert made == input_hashes(config, every, shaping)  # as hashed afresh
    return made


_REPORT, _CHANGED_FROM, _SITE_KEYS, _GONE_FROM = Aside._report, Tree.changed_from, Aside.site_keys, Tree.gone_from
_REKEYED, _DIFFERS_FROM, _CARRY = SectionKeys.rekeyed, Made.differs_from, Aside.carry
_GATHERED_AGAIN = Gathered.again


def _site_keys_checked(self: Aside, prefix: str) -> dict[str, str] | None:
    made = _SITE_KEYS(self, prefix)
    assert made == (None if self.site is None or not self.trust else Tree(self.site.items()).keys_under(prefix))
    return made


def _report_checked(self: Aside) -> WriteReport:
    made = _REPORT(self)
    carried, self.carried = self.carried, False  # a pass over every entry of the new site
    assert made == _REPORT(self)
    self.carried = carried
    return made


def _changed_checked(self: Tree, before: Mapping[str, Entry]) -> Iterator[tuple[str, bytes]]:
    made = list(_CHANGED_FROM(self, before))
    assert dict(made) == dict(_CHANGED_FROM(self.copy(), before))  # the copy: a pass over every entry
    return iter(made)


def _gone_checked(self: Tree, base: Tree) -> set[str]:
    made = _GONE_FROM(self, base)
    assert made == base.keys() - self.keys()  # a pass over every path
    return made


GROUPINGS = ("quotes_by_actor", "quotes_by_source", "claims_by_actor", "claims_by_topic", "verdicts_by_source")


def groupings_checked(site: Site) -> None:
    """``site``'s groupings as serve keeps them (each updated from the changed claims) are those a full pass
    makes: the same keys in the same order, each with the very items in the same order."""
    assert site.groupings is not None  # serve's
    fresh = replace(site, groupings=None)
    for name in GROUPINGS:
        kept, made = getattr(site, name), getattr(fresh, name)
        assert [(k, [*map(id, v)]) for k, v in kept.items()] == [(k, [*map(id, v)]) for k, v in made.items()], name


_RANKED = Ranked.update
_UNCHANGED = Again.unchanged


def _unchanged_checked(self: Again, ids, held):  # type: ignore[no-untyped-def]
    """:meth:`Again.unchanged`, checked against :meth:`Again.get` of each claim (what a plan without it does):
    the same claims missed, the very Planned of each other claim."""
    made = _UNCHANGED(self, ids, held)
    if made is not None:
        planned, missed = made
        found, self.missed = self.missed, []
        each = [self.get(claim, one) for claim, one in zip(ids, zip(*held))]
        assert self.missed == found == [ids[at] for at in missed]
        assert [at for at, was in enumerate(each) if was is None] == missed
        assert all(was is None or was is planned[at] for at, was in enumerate(each))
    return made


_SECTIONS = Again.sections


def _sections_checked(self: Again, plan: Sections, kind, shows, ids, very, equal, one):  # type: ignore[no-untyped-def]
    """:meth:`Again.sections`, checked: each section of ``kind`` it took again from the last plan is what its key
    makes now (the same paths, dependencies, HTML pages and sitemap rows: made afresh, nothing kept), and only the
    others were made.  Returns how many it took again, and whether the last plan's were found by id first."""
    start, made = len(plan.made), []
    last = self.kinds_last.get(kind)
    by_id = last is not None and self.touched_names is not None and last.ids != ids
    _SECTIONS(self, plan, kind, shows, ids, very, equal, lambda at: made.append(at) or one(at))
    assert len(plan.made) == start + len(ids)
    keep, plan.kept = plan.kept, fresh
    try:
        for at in set(range(len(ids))) - set(made):
            was, now = plan.made[start + at], one(at)[0]
            assert (was.paths, was.deps, was.html, was.listed, was.digest) == \
                   (now.paths, now.deps, now.html, now.listed, now.digest), (kind, ids[at])
    finally:
        plan.kept = keep
    return len(ids) - len(made), by_id


_MAKE = Sections.make
TIMELINE_KINDS = ("period", "month", "day")  # the sections of the timeline's periods (site/lists.period_sections)


def _timeline_made(self: Sections, key, held, make, *changed):  # type: ignore[no-untyped-def]
    """:meth:`Sections.make`, checked: each section of a period of the timeline (a period, or a long month's index
    or day) taken from the last plan is what its key makes now (the same paths, dependencies, HTML pages and
    sitemap rows), as :func:`_sections_checked` checks the other kinds."""
    made, pages = _MAKE(self, key, held, make, *changed)
    if pages is None and isinstance(key, tuple) and key[0] in TIMELINE_KINDS:
        now = section(held, make, *changed)
        assert (made.paths, made.deps, made.html, made.listed, made.digest) == \
               (now.paths, now.deps, now.html, now.listed, now.digest), key
    return made, pages


def _ranked_checked(self: Ranked, held, entry):  # type: ignore[no-untyped-def]
    made = _RANKED(self, held, entry)
    entries = [entry(h) for h in held.values()]
    assert made == [value for _, value in sorted((e for e in entries if e is not None), key=itemgetter(0))]
    return made  # (the newest claims, the most disputed, the timeline's claims: as sorted afresh)


def serve_steps(tmp_path_factory, monkeypatch, steps, prepared: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Build as `serve` does after each edit of ``steps`` ((edit, then a quiet moment?) pairs), and
    compare with a full build each time (``prepared``: on a site and spare that builds of another process
    made, with serve's build at its first quiet moment, every file's read forgotten, before the first edit); what serve keeps of the search's shards, the input hashes, the page
    keys, the versions appended, the site's groupings, the lists sorted by claim, the claims the plan takes again
    and the site's keys of the search's files, the write report and the rows of the records saved are compared
    with what is made afresh at each build, and so are each claim's deps and snapshot (with the snapshots' keys
    counted as used, which the cache's sweep keeps)."""
    monkeypatch.setattr(ShardsAgain, "plan", _shards_checked)
    monkeypatch.setattr(Ranked, "update", _ranked_checked)
    planned_whole: list[bool] = []  # whether each plan took the unchanged claims whole (Again.unchanged)

    def unchanged(self: Again, ids, held):  # type: ignore[no-untyped-def]
        made = _unchanged_checked(self, ids, held)
        planned_whole.append(made is not None)
        return made

    monkeypatch.setattr(Again, "unchanged", unchanged)
    taken_by_kind: list[tuple[int, bool]] = []  # sections taken again by Again.sections, and whether found by id

    def sections(self: Again, *args):  # type: ignore[no-untyped-def]
        taken_by_kind.append(_sections_checked(self, *args))

    monkeypatch.setattr(Again, "sections", sections)
    days_taken: list[bool] = []  # whether each section of a long month's day was taken from the last plan

    def timeline_made(self: Sections, key, *rest):  # type: ignore[no-untyped-def]
        made = _timeline_made(self, key, *rest)
        if isinstance(key, tuple) and key[0] == "day":
            days_taken.append(made[1] is None)
        return made

    monkeypatch.setattr(Sections, "make", timeline_made)
    monkeypatch.setattr(SectionKeys, "keys", _keys_checked)
    derived: list[bool] = []  # whether each build's input hashes knew the inputs changed since the last build's

    def hashes_of(self: InputHashes, *args):  # type: ignore[no-untyped-def]
        before = self.hashes
        made = _hashes_checked(self, *args)
        if before is not None:  # what the plan, the snapshots and the page keys take as changed: a full pass's
            assert changed_since(made, before) == {d for d, _ in made.items() ^ before.items()}
            derived.append(made.since == before.serial)
        return made

    monkeypatch.setattr(InputHashes, "hashes_of", hashes_of)
    monkeypatch.setattr(build_module, "appended", _appended_checked)
    monkeypatch.setattr(build_module, "_deps_of", _deps_checked)
    monkeypatch.setattr(build_module, "_snapshots", _snapshots_checked)
    monkeypatch.setattr(Aside, "_report", _report_checked)
    monkeypatch.setattr(Aside, "site_keys", _site_keys_checked)
    monkeypatch.setattr(Tree, "changed_from", _changed_checked)
    monkeypatch.setattr(Tree, "gone_from", _gone_checked)
    known: list[bool] = []  # whether the page keys knew which paths were keyed again, at each build's carry

    def rekeyed(self: SectionKeys, last: Mapping[str, str]) -> set[str] | None:
        made = _REKEYED(self, last)
        known.append(made is not None)
        assert made is None or self.all is None or made == {p for p, _ in self.all.items() ^ last.items()}
        return made

    monkeypatch.setattr(SectionKeys, "rekeyed", rekeyed)
    differs: list[bool] = []  # whether the last build knew the paths the spare and the site differ on

    def differs_from(self: Made, site: Tree) -> Set[str] | None:
        made = _DIFFERS_FROM(self, site)
        differs.append(made is not None)
        return made

    def carry(self: Aside, keys, indexed, rekeyed):  # type: ignore[no-untyped-def]
        made = _CARRY(self, keys, indexed, rekeyed)
        assert made is None or self.differs == self.held.differing(self.site)  # a pass over every entry
        return made

    monkeypatch.setattr(Made, "differs_from", differs_from)
    monkeypatch.setattr(Aside, "carry", carry)
    gathered_again: list[bool] = []  # whether the claims loaded were the last build's with the changed put in place

    def gathered(self: Gathered, outcomes, todo, topics):  # type: ignore[no-untyped-def]
        made = _GATHERED_AGAIN(self, outcomes, todo, topics)
        gathered_again.append(made is not None)
        assert made is None or made == Gathered.of(outcomes, topics, load_module._alias_problems)
        return made

    monkeypatch.setattr(Gathered, "again", gathered)
    counted: list[bool] = []  # whether the groupings found no claim gone without a set of every claim

    def dropped(held, last, changed):  # type: ignore[no-untyped-def]
        made = _DROPPED(held, last, changed)
        assert set(made) == last.keys() - held.keys()
        counted.append(made == ())
        return made

    monkeypatch.setattr(grouping_module, "dropped", dropped)
    whole: list[bool] = []  # whether each comparison of serve's lock entries with the lock as read took every entry

    def lock_equal(cache, entries, read):  # type: ignore[no-untyped-def]
        taken: list[int] = []
        monkeypatch.setattr(lockkept_module, "same_entries", lambda e, r: taken.append(1) or _SAME_ENTRIES(e, r))
        made = _LOCK_EQUAL(cache, entries, read)
        monkeypatch.setattr(lockkept_module, "same_entries", _SAME_ENTRIES)
        assert made == (dict(entries) == dict(read))
        if cache.reads is not None:  # serve's (not a full build's to compare with)
            whole.append(bool(taken))
        return made

    monkeypatch.setattr(build_module, "lock_equal", lock_equal)
    monkeypatch.setattr(projectfiles, "FOLDER_RACY_NS", 0)  # a folder's stat stands for its names at once
    # and a file's for its bytes, once older than the Cache (copied before it, as a user's files long before
    # serve starts): serve's quiet build (``prepared``) keeps the reads of the files unchanged since
    monkeypatch.setattr(keptreads, "RACY_NS", 0)
    project = copy_project(tmp_path_factory.mktemp("serve"))
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(load_config(project)))
    if prepared:
        serve_prepared(project, cache)
        assert tree(project / "site") == full_build_of(project, tmp_path_factory)
    else:
        build(load_config(project), cache=cache, search_later=True)
    for n, (edit, quiet) in enumerate(steps, 1):
        before = inputs_of(project)
        edit(project, n)
        cache.changed(watcher_report(load_config(project), before, inputs_of(project)))  # only those are read again
        done = [e.__name__ for e, _ in steps[:n]]
        try:
            shown = build(load_config(project), cache=cache, search_later=True)
        except InputError as refused:  # serve shows the problems and keeps the site it had: as a full build refuses
            with pytest.raises(InputError) as full_refused:
                full_build_and_check_of(project, tmp_path_factory)
            assert refused.problems == full_refused.value.problems, done
            continue
        # the first save after serve's quiet build: the paths the spare and the site differ on known from it
        # (compared whole at the quiet moment), not compared whole while the user waits
        assert not (prepared and n == 1) or differs == [True], done
        groupings_checked(shown.checked.site)
        full, checked, lock, _ = full_build_check_and_lock_of(project, tmp_path_factory)
        assert (project / "claims" / LOCK_NAME).read_bytes() == lock, done  # byte for byte
        site = tree(project / "site")
        assert (shown.checked.problems, shown.checked.coverage) == (checked.problems, checked.coverage), done
        assert dict(shown.checked.spans) == dict(checked.spans), done  # the lock's entries (a build's, as rows: sorted)
        if edit is edit_claim_title:  # a claim page changed: its shard is out of date until caught up
            assert shown.search_behind, done
        assert {p: d for p, d in site.items() if not p.startswith(BUNDLE)} == \
               {p: d for p, d in full.items() if not p.startswith(BUNDLE)}, done
        if not shown.search_behind:
            assert site == full, done
        if quiet:  # no edit for a moment: the search index catches up
            caught_up = build(load_config(project), cache=cache)
            groupings_checked(caught_up.checked.site)
            assert not caught_up.search_behind
            assert tree(project / "site") == full, done
    # every kind of edit: the claims gone counted without a set at some updates of the groupings, not at others
    assert len(steps) < len(EDITS) or (any(counted) and not all(counted))
    # the lock as read compared only at the entries made again at some builds (a title edit's), whole at others
    assert len(steps) < len(EDITS) or (any(whole) and not all(whole))
    # every kind of edit: known at some, the unchanged claims taken whole at some plans, not at others, the
    # claims loaded put in place in the last build's at some builds, not at others, and the sections of sources,
    # actors... taken again by position at some plans, found by id at others (what is taken then: the test of a
    # claim moved to a topic that had none); with every list split, the days of a month taken again at some plans
    # and made again at others
    assert lists.BOUND > 2 or (any(days_taken) and not all(days_taken))
    # every kind of edit: the inputs changed known from the hashes made again at some builds, by a pass at others
    assert len(steps) < len(EDITS) or (any(derived) and not all(derived))
    assert len(steps) < len(EDITS) or (any(known) and any(differs) and any(planned_whole) and not all(planned_whole)
                                       and any(gathered_again) and not all(gathered_again)
                                       and any(taken for taken, by_id in taken_by_kind if not by_id)
                                       and any(by_id for _, by_id in taken_by_kind))


@pytest.mark.parametrize("quiet", [False, True])
def test_serve_builds_equal_full_builds_with_every_list_split(tmp_path_factory, monkeypatch, quiet) -> None:  # type: ignore[no-untyped-def]
    """With lists of at most 2 items, every list of the example project is split (topics, actors,
    months, days, speakers' and claims' timelines, sources): the pages kept of each part between
    `serve`'s builds, after every kind of edit, still give a full build's site.  claims.json is made 2 claims at
    a time: serve takes some of the last build's chunks again (catalogue.Chunks), a full build none."""
    monkeypatch.setattr(lists, "BOUND", 2)
    monkeypatch.setattr(catalogue_module, "ENTRIES", 2)
    entries: list[str] = []
    entry, whole = catalogue_module._claim, pages_module.catalogue_json
    monkeypatch.setattr(catalogue_module, "_claim", lambda c, base_url: (entries.append(c.id), entry(c, base_url))[1])
    taken: list[bool] = []  # whether each claims.json made took some chunk of the last build's

    def catalogue_made(site: Site, base_url: str, chunks: catalogue_module.Chunks | None = None) -> bytes:
        entries.clear()
        made = whole(site, base_url, chunks)
        taken.append(len(entries) < len(site.annotations.claims))
        return made

    monkeypatch.setattr(pages_module, "catalogue_json", catalogue_made)
    serve_steps(tmp_path_factory, monkeypatch, [(edit, quiet) for edit in EDITS])
    assert any(taken) and not all(taken)


@pytest.mark.parametrize("prepared", [False, True])
def test_serve_carries_its_first_save_once_its_first_quiet_moment_built(tmp_path_factory, monkeypatch,  # type: ignore[no-untyped-def]
                                                                        prepared) -> None:
    """serve started on a site and spare of another process's builds: at its first save, the spare's record
    is not one it saved, so no page is carried at once (each is kept file by file, its stat checked) and every
    file is read again (the first change is any file's).  Once the build of its first quiet moment is made
    (``prepared``), the first save is carried as any later one; the site is a full build's either way."""
    project = copy_project(tmp_path_factory.mktemp("prepared"))
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(load_config(project)))
    if prepared:
        serve_prepared(project, cache)
    else:
        build(load_config(project))
        build(load_config(project))
        build(load_config(project), cache=cache, search_later=True)
    carried: list[bool] = []

    def carry(self: Aside, keys, indexed, rekeyed):  # type: ignore[no-untyped-def]
        made = _CARRY(self, keys, indexed, rekeyed)
        carried.append(made is not None)
        return made

    monkeypatch.setattr(Aside, "carry", carry)
    edit_claim_title(project, 1)
    cache.changed(frozenset({str(project / CLAIM)}) if prepared else None)
    shown = build(load_config(project), cache=cache, search_later=True)
    assert carried == [prepared] and shown.rendered > 0
    full = full_build_of(project, tmp_path_factory)
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}
    build(load_config(project), cache=cache)  # the search caught up
    assert tree(project / "site") == full


def test_serve_s_first_save_makes_claims_json_of_the_quiet_moment_s_chunks(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve's build at its first quiet moment keeps claims.json, yet makes its chunks (catalogue.Chunks,
    held from a process's second build on), so that the first save makes again only the edited claim's
    chunk, as any later save; the site is a full build's."""
    monkeypatch.setattr(catalogue_module, "ENTRIES", 2)
    project = copy_project(tmp_path_factory.mktemp("catalogue"))
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(load_config(project)))
    serve_prepared(project, cache)
    entries: list[str] = []
    entry = catalogue_module._claim
    monkeypatch.setattr(catalogue_module, "_claim", lambda c, base_url: (entries.append(c.id), entry(c, base_url))[1])
    edit_claim_title(project, 1)
    cache.changed(frozenset({str(project / CLAIM)}))
    build(load_config(project), cache=cache, search_later=True)
    assert Path(CLAIM).stem in entries and len(entries) <= 2  # the edited claim's chunk alone
    full = full_build_of(project, tmp_path_factory)
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}


def test_serve_s_first_save_checks_a_claim_anew_with_the_names_compiled_at_the_quiet_moment(
        tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A claim's first save in serve checks its statements anew (serve's first build took the claim's entry whole
    and dropped their entries), with every actor's names compiled at serve's first quiet moment, not at the save;
    the site is a full build's."""
    project = copy_project(tmp_path_factory.mktemp("names"))
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(load_config(project)))
    compiled: list[int] = []
    names_of = meaning_module.names_of
    for module in (meaning_module, paragraphs_module):  # a statement checked anew; serve's quiet moment
        monkeypatch.setattr(module, "names_of", lambda names: (compiled.append(1), names_of(names))[1])
    serve_prepared(project, cache)  # (the one-shot builds before it compile their own)
    before = len(compiled)
    checked: list[str] = []
    attribution = meaning_module._attribution
    monkeypatch.setattr(meaning_module, "_attribution",
                        lambda quote, *args: (checked.append(quote.claim.id), attribution(quote, *args))[1])
    edit_claim_title(project, 1)
    cache.changed(frozenset({str(project / CLAIM)}))
    build(load_config(project), cache=cache, search_later=True)
    assert checked and set(checked) == {Path(CLAIM).stem}  # its statements checked anew
    assert len(compiled) == before  # with the names held
    full = full_build_of(project, tmp_path_factory)
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}


def test_an_unchanged_rebuild_renders_nothing_and_writes_nothing(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    again = build(load_config(project))
    assert again.rendered == 0
    assert again.written.written == 0


def test_editing_one_claim_rerenders_only_pages_that_show_it(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    first = build(load_config(project))
    edit_claim_title(project, 1)
    second = build(load_config(project))
    assert 0 < second.rendered < first.rendered / 2
    assert "(edit 1)" in (project / "site" / "claims" / "turkish-troops-in-idlib-illegal" / "index.html").read_text()


def test_serve_makes_again_what_only_the_claims_an_edit_touched_give(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: what each claim's page shows (its claim_deps), its statements' entries of the anchor lock,
    the overlaps of spans on the sources they quote and its snapshot's key are found again only for a claim
    whose record or statements changed; the others' are the last build's (their snapshots still kept in the
    cache file), and the site and the lock are a full build's."""
    project = copy_project(tmp_path_factory.mktemp("deps"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache)
    made: list[str] = []
    locked: list[str] = []
    real, real_entries = build_module.claim_deps, lockkept_module.statement_entries
    monkeypatch.setattr(build_module, "claim_deps", lambda site, claim: made.append(claim.id) or real(site, claim))
    monkeypatch.setattr(lockkept_module, "statement_entries", lambda quotes: locked.extend({q.claim.id for q in quotes})
                        or real_entries(quotes))
    overlaps: list[str] = []  # the sources whose spans are compared for overlaps (checks of meaning)
    real_shared = meaning_module._shared_spans
    monkeypatch.setattr(meaning_module, "_shared_spans", lambda quotes, speakers: overlaps.extend(
        {q.source.id for q in quotes}) or real_shared(quotes, speakers))
    looked_up: list[str] = []  # the claims' snapshots (for the versions) looked up in the cache
    real_get_many = cache.get_many

    def get_many(kind: str, keys: Iterable[str], **how: bool) -> dict[str, object]:
        keys = list(keys)
        if kind == build_module.SNAPSHOT_KIND:
            looked_up.extend(keys)
        return real_get_many(kind, keys, **how)

    monkeypatch.setattr(cache, "get_many", get_many)
    edit_claim_title(project, 1)  # its quotes are made again too: a statement's card shows its claim's title
    cache.changed({str(project / CLAIM)})
    shown = build(config, cache=cache)
    assert made == locked == [Path(CLAIM).stem] and len(looked_up) == 1
    assert sorted(overlaps) == sorted({q.source.id for q in shown.checked.site.quotes_by_claim[Path(CLAIM).stem]})
    made.clear()
    locked.clear()
    overlaps.clear()
    looked_up.clear()
    cache.changed(set())
    build(config, cache=cache)
    assert made == locked == overlaps == looked_up == []
    with sqlite3.connect(project / CACHE_DIR / "cache.sqlite") as db:  # the snapshots not looked up are kept
        stored = db.execute("SELECT count(*) FROM entries WHERE kind=?", (build_module.SNAPSHOT_KIND,)).fetchone()[0]
        linked = db.execute("SELECT count(*) FROM entries WHERE kind=?", (CLAIM_KIND,)).fetchone()[0]
    assert stored == len(shown.checked.site.annotations.claims)
    assert linked == len(shown.checked.site.annotations.claims)  # and each claim's linking, for a fresh process
    full, checked = full_build_and_check_of(project, tmp_path_factory)
    assert tree(project / "site") == full
    assert read_lock(project / "claims" / LOCK_NAME) == checked.spans


def test_serve_makes_the_actors_index_and_the_speakers_again_only_when_an_actor_or_its_count_changed(
        tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: the actors' index (by affiliation, with its view) and the timeline's speakers are the last
    build's after a title edit (the actors the very records, each with as many statements); made again
    when an actor is renamed or a claim's statements are gone; the site a full build's after each."""
    project, config, cache = _served(tmp_path_factory.mktemp("actorlists"))
    made: list[int] = []
    real = lists.actors_by_affiliation
    monkeypatch.setattr(lists, "actors_by_affiliation", lambda site: made.append(1) or real(site))
    for edit, n, again in ((edit_claim_title, 1, False), (rename_actor, 1, True), (delete_claim, 1, True),
                           (edit_claim_title, 2, False)):
        made.clear()
        _served_after(project, config, cache, edit, n)
        assert made == ([1] if again else []), edit.__name__
        full = full_build_of(project, tmp_path_factory)
        assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
               {p: d for p, d in full.items() if not p.startswith(BUNDLE)}, edit.__name__  # (search caught up later)
    cache.close()


def test_serve_holds_neither_the_claims_entries_as_read_nor_a_key_of_each_claims_snapshot(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """serve: the claims' entries (claimentries.py) that its first build reads from the cache file are not kept
    in the cache's memory too (linking and meaning keep what they made of them), and no key of a claim's
    snapshot is kept by its inputs' hashes (one is made only for a claim whose inputs changed): after the
    first build and after an edit, neither is held; the site is a full build's."""
    project = copy_project(tmp_path_factory.mktemp("entries"))
    config = load_config(project)
    build(config)  # a process that builds once: every claim's entry stored
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    read: list[int] = []
    real_get_many = cache.get_many

    def get_many(kind: str, keys: Iterable[str], **how: bool) -> dict[str, object]:
        found = real_get_many(kind, keys, **how)
        if kind == CLAIM_KIND:
            read.append(len(found))
        return found

    cache.get_many = get_many  # type: ignore[method-assign]
    first = build(config, cache=cache)
    assert read == [len(first.checked.site.annotations.claims)]  # every claim's entry read from the file
    for n in (1, 2):
        assert CLAIM_KIND not in cache.memo
        assert not [k for k in cache.kept_before if isinstance(k, tuple) and k[0] == build_module.SNAPSHOT_KIND]
        edit_claim_title(project, n)
        cache.changed({str(project / CLAIM)})
        build(config, cache=cache)
    full, _ = full_build_and_check_of(project, tmp_path_factory)
    assert tree(project / "site") == full


def test_serve_keeps_no_claims_section_or_row_by_a_key_of_its_inputs_and_their_hashes(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """serve: a claim's section and row are made, not kept under a key naming the claim and its inputs with
    their hashes (Again takes an unchanged claim's again; the first build held one such key per claim through
    the first edit, the process's peak): after the first build and after each edit no kept key names a claim
    of the site, and the site is a full build's."""
    project = copy_project(tmp_path_factory.mktemp("claimkeys"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))

    def claims_keyed(site: Site) -> list[object]:
        ids = {id(c) for c in site.annotations.claims}
        return [k for k in cache.kept_before if isinstance(k, tuple) and len(k) > 1 and (
            (k[0] == "row" and k[1] in ids) or (k[0] == "section" and isinstance(k[1], tuple) and k[1][:1]
                                                and k[1][0] in ids))]

    result = build(config, cache=cache)
    assert not claims_keyed(result.checked.site)
    for n in (1, 2):
        edit_claim_title(project, n)
        cache.changed({str(project / CLAIM)})
        result = build(config, cache=cache)
        assert not claims_keyed(result.checked.site)
    full, _ = full_build_and_check_of(project, tmp_path_factory)
    assert tree(project / "site") == full


def test_serve_reads_and_gathers_again_only_the_claim_file_an_edit_changed(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: after one claim's title is edited, only its file is read and parsed again, and the claims, hashes
    and problems of the others are the last build's with its claim put in place (gathered.py), not gathered
    again from every claim file; the check and the site are a full build's."""
    project = copy_project(tmp_path_factory.mktemp("gathered"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache)
    parsed: list[str] = []  # the claim files parsed
    read: list[str] = []  # the claim files whose outcome was made again (read, or looked up in the cache)
    again: list[bool] = []  # whether the claims were the last build's with the changed put in place
    real_parse, real_read = load_module.load_yaml_bytes, load_module._read_claims
    monkeypatch.setattr(load_module, "load_yaml_bytes", lambda display, data: parsed.append(display)
                        or real_parse(display, data))
    monkeypatch.setattr(load_module, "_read_claims", lambda reader, cache, root, stats, paths: read.extend(
        p.name for p in paths) or real_read(reader, cache, root, stats, paths))
    monkeypatch.setattr(Gathered, "again", lambda self, *args: (
        made := _GATHERED_AGAIN(self, *args), again.append(made is not None))[0])
    of = []  # the claim files gathered whole, each time
    real_of = Gathered.of.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Gathered, "of", classmethod(lambda cls, outcomes, *args: of.append(len(outcomes))
                                                    or real_of(cls, outcomes, *args)))
    edit_claim_title(project, 1)
    cache.changed({str(project / CLAIM)})
    shown = build(config, cache=cache)
    assert parsed == [CLAIM] and read == [Path(CLAIM).name] and again == [True] and of == []
    full, checked = full_build_and_check_of(project, tmp_path_factory)
    assert (shown.checked.problems, shown.checked.site.annotations) == (checked.problems, checked.site.annotations)
    assert shown.checked.hashed == checked.hashed
    assert tree(project / "site") == full
    of.clear()  # (the full build's)
    add_alias(project, 2)  # an alias added: gathered whole (its problems are found against every claim's)
    cache.changed({str(project / CLAIM)})
    build(config, cache=cache)
    assert again[1:] == [False] and of == [len(shown.checked.site.annotations.claims)]


def test_serve_leaves_the_cache_a_fresh_process_would_store(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """serve, after an edit and a build with nothing changed, leaves in the cache file every entry that a
    fresh process's build of the same inputs stores: what it recalls from memory is still counted as used,
    and what it made anew is keyed as a fresh process keys it, so a `build` after a serve session finds
    each claim's linking and checks stored."""
    project = copy_project(tmp_path_factory.mktemp("serve-cache"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache)
    edit_claim_title(project, 1)
    cache.changed({str(project / CLAIM)})
    build(config, cache=cache)
    cache.changed(set())
    build(config, cache=cache)
    fresh = copy_project(tmp_path_factory.mktemp("fresh-cache"))
    shutil.rmtree(fresh / "claims")
    shutil.copytree(project / "claims", fresh / "claims")
    build(load_config(fresh), cache=Cache(fresh / CACHE_DIR, writable=True))

    def entries(folder: Path) -> set[tuple[str, str]]:
        with sqlite3.connect(folder / CACHE_DIR / "cache.sqlite") as db:
            return set(db.execute("SELECT kind, key FROM entries"))

    assert entries(fresh) <= entries(project)


def test_serve_keys_again_only_the_sections_an_edited_claim_shows(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: after one claim's title is edited, the sections of sources, actors, topics and speakers'
    timelines are keyed again (made or looked up) only for what its statements and record show: the
    sources they quote, the actors who say or assert them, its topics (none after no change); the others
    are the last plan's, and the site is a full build's."""
    project = copy_project(tmp_path_factory.mktemp("sections"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache)
    keyed: list[tuple[object, ...] | None] = []
    real = Sections.make  # (every section made by its key: Sections.add's too)
    monkeypatch.setattr(Sections, "make", lambda self, key, *rest: keyed.append(key) or real(self, key, *rest))

    def sections(site: Site) -> dict[str, set[str]]:
        """The sources, actors, topics and speakers whose sections were keyed, by kind."""
        by_id = {id(s): s.id for s in site.sources}
        found: dict[str, set[str]] = {"source": set(), "actor": set(), "topic": set(), "speaker": set()}
        for key in keyed:
            if key is None:  # a claim's section: made, not kept by a key
                continue
            if key[0] == "source":
                found["source"].add(by_id[key[1]])  # type: ignore[index]
            elif key[0] == "actor":
                found["actor"].add(key[1].id)  # type: ignore[attr-defined]
            elif key[0] == "topic":
                found["topic"].add(key[1])  # type: ignore[arg-type]
            elif str(key[0]).startswith("timeline/speakers/"):
                found["speaker"].add(str(key[0]).split("/")[2])
        return found

    cache.changed(set())
    site = build(config, cache=cache, record_versions=False, search_later=True).checked.site  # as serve builds
    assert sections(site) == {"source": set(), "actor": set(), "topic": set(), "speaker": set()}
    keyed.clear()
    edit_claim_title(project, 1)
    cache.changed({str(project / CLAIM)})
    site = build(config, cache=cache, record_versions=False, search_later=True).checked.site
    claim = next(c for c in site.annotations.claims if c.id == Path(CLAIM).stem)
    quotes = site.quotes_by_claim[claim.id]
    speaking = {q.speaker.id for q in quotes}
    assert sections(site) == {
        "source": {q.source.id for q in quotes} | ({claim.verdict.source} if claim.verdict else set()),
        "actor": speaking | {claim.actor}, "topic": set(claim.topics),
        "speaker": (speaking | {claim.actor}) & set(site.quotes_by_actor)}
    assert len(sections(site)["source"]) < len(site.sources)
    full = full_build_of(project, tmp_path_factory)  # the search index catches up later
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}


def test_serve_takes_the_sections_of_each_kind_again_by_position_and_after_a_topic_is_added_by_id(
        tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: after one claim's title is edited, the sections of sources, actors, topics and speakers' timelines
    are the last plan's by position (Again.sections: passes in C, no look-up by id), all but those the claim
    shows, made by their keys; after the claim is moved (its file alone edited) to a topic that had no claim
    (an id the last plan has not) the topics' are found by id (Named.aligned): that topic's and the ones it
    left made, every other topic's the very section of the last plan.  The site is a full build's each time."""
    project, config, cache = _served(tmp_path_factory.mktemp("kinds"))
    listed = project / "claims" / "topics.yaml"  # a topic no claim has yet (a warning)
    listed.write_text(listed.read_text("utf-8").replace("topics:\n", "topics:\n  - id: spare\n    title: Spare\n", 1),
                      "utf-8")
    cache.changed({str(listed)})
    build(config, cache=cache, record_versions=False, search_later=True)

    def to_spare(project: Path, n: int) -> None:
        path = project / CLAIM
        path.write_text(re.sub(r"(?m)^topics: .*$", "topics: [spare]", path.read_text("utf-8"), count=1), "utf-8")
    aligned: list[list[str]] = []
    real_aligned, real_sections = Named.aligned, Again.sections
    monkeypatch.setattr(Named, "aligned", lambda self, ids: aligned.append(list(ids)) or real_aligned(self, ids))
    made: dict[str, list[str]] = {}
    last: dict[str, list[object]] = {}

    def sections(self: Again, plan: Sections, kind, shows, ids, very, equal, one):  # type: ignore[no-untyped-def]
        start = len(plan.made)
        was = self.kinds_last.get(kind)
        last[kind] = [] if was is None else list(zip(was.ids, was.sections))
        made[kind] = []
        real_sections(self, plan, kind, shows, ids, very, equal, lambda at: made[kind].append(ids[at]) or one(at))
        taken = [(i, s) for i, s in zip(ids, plan.made[start:]) if i not in made[kind]]
        assert all(any(s is t for j, t in last[kind] if j == i) for i, s in taken), kind  # the last plan's very one

    monkeypatch.setattr(Again, "sections", sections)
    topics: set[str] = set()
    for n, edit in enumerate([edit_claim_title, to_spare], 1):
        aligned.clear()
        site = _served_after(project, config, cache, edit, n)
        claim = next(c for c in site.annotations.claims if c.id == Path(CLAIM).stem)
        quotes = site.quotes_by_claim[claim.id]
        if edit is edit_claim_title:
            assert aligned == []
            assert set(made["source"]) == {q.source.id for q in quotes} | (
                {claim.verdict.source} if claim.verdict else set())
            assert 0 < len(made["source"]) < len(site.sources)
            assert set(made["topic"]) == topics | set(claim.topics) == set(claim.topics) != set()
            topics = set(claim.topics)
        else:
            ids = [topic for topic, _ in sorted(site.claims_by_topic.items())]
            assert aligned == [ids] and "spare" in ids  # the topics' found by id, no other kind's
            assert set(made["topic"]) == (topics | {"spare"}) & set(ids)  # (a topic left empty is gone)
            assert len(made["topic"]) < len(ids)
        full = full_build_of(project, tmp_path_factory)
        assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
               {p: d for p, d in full.items() if not p.startswith(BUNDLE)}, n


def test_serve_plans_again_only_the_days_of_a_long_month_that_the_edited_claim_s_statements_are_on(
        tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve, with every month of more than 2 statements split into its days: after one claim's title is edited,
    the sections of the days the claim's statements are on are made again (each the days of its month, not the
    month whole), no month's index (no count changed), and every other day's section is the very one of the
    last plan; each period made again is the last plan's with the claim's statements taken out and put in
    (timeline._merged), not sorted whole.  The site is a full build's."""
    monkeypatch.setattr(lists, "BOUND", 2)
    project, config, cache = _served(tmp_path_factory.mktemp("days"))
    planned: list[tuple[str, str, object, bool]] = []  # (kind, first path, section, made now) of each section

    def make(self: Sections, key, *rest):  # type: ignore[no-untyped-def]
        made = _timeline_made(self, key, *rest)
        if isinstance(key, tuple) and key[0] in TIMELINE_KINDS:
            planned.append((str(key[0]), made[0].paths[0], made[0], made[1] is not None))
        return made

    monkeypatch.setattr(Sections, "make", make)
    _served_after(project, config, cache, lambda project, n: None, 0)  # as the last plan has them
    last = {path: made for _, path, made, _ in planned}
    planned.clear()
    merged: list[bool] = []  # whether each period made again was made from the last plan's
    real_merged = timeline_module._merged
    monkeypatch.setattr(timeline_module, "_merged",
                        lambda *args: (made := real_merged(*args), merged.append(made is not None))[0])
    site = _served_after(project, config, cache, edit_claim_title, 1)
    assert merged and all(merged)
    months = Counter(map(timeline_module.period_key, site.quotes))
    quotes = site.quotes_by_claim[Path(CLAIM).stem]
    days = {f"timeline/{q.statement.said.iso}/" + ("" if q.statement.said.precision == "day" else "month-only/")
            + "index.html" for q in quotes if months[month := timeline_module.period_key(q)] > 2
            and month[4:5] == "-"}
    assert days and {path for kind, path, _, now in planned if kind == "day" and now} == days
    assert not any(now for kind, _, _, now in planned if kind == "month")
    taken = [(path, made) for kind, path, made, now in planned if kind == "day" and not now]
    assert len(taken) > len(days) and all(last[path] is made for path, made in taken)
    full = full_build_of(project, tmp_path_factory)
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}


def test_serve_plans_again_the_edited_claim_alone_and_goes_through_no_other_claim(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: after one claim's title is edited, the plan takes every other claim's section, row and line of
    claims.json's view whole from the last plan (Again.unchanged: passes in C), without going through each
    claim (Again.get not called), and makes again the edited claim's alone; after a claim is added (the
    claims are not the last plan's), each claim goes through Again.get.  The site is a full build's each time."""
    project, config, cache = _served(tmp_path_factory.mktemp("claims-whole"))
    got: list[str] = []
    real = Again.get
    monkeypatch.setattr(Again, "get", lambda self, claim, held: got.append(claim) or real(self, claim, held))
    for n, edit in enumerate([edit_claim_title, add_claim], 1):
        got.clear()
        site = _served_after(project, config, cache, edit, n)
        again = cache.recall(("plan", "claims"))
        assert isinstance(again, Again) and list(again.now) == [c.id for c in site.annotations.claims]
        if edit is edit_claim_title:
            assert got == [] and again.missed == [Path(CLAIM).stem]
        else:
            assert got == list(again.now) and "zz-added-claim-2" in again.missed
        full = full_build_of(project, tmp_path_factory)
        assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
               {p: d for p, d in full.items() if not p.startswith(BUNDLE)}, n


def test_serve_s_linking_and_checks_of_meaning_go_through_the_edited_claim_and_its_sources_alone(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: after one claim's title is edited, the checks of meaning make again the findings of the edited
    claim and the spans shared on the sources it quotes alone (the claims being the last build's in the same
    order, the others are found unchanged by passes in C); each other claim's findings and each other source's
    problems are the very objects of the last build, and linking groups no claim's quotes one by one.  After a
    claim is added (by id, then), the same findings, and linking groups each claim's.  The problems are a
    fresh check's each time."""
    project, config, cache = _served(tmp_path_factory.mktemp("meaning-whole"))
    asked: list[str] = []  # the sources whose statements' speakers were looked up for the spans shared
    real = meaning_module._speakers
    monkeypatch.setattr(meaning_module, "_speakers", lambda quotes, found, by_claim: asked.extend(
        {q.source.id for q in quotes}) or real(quotes, found, by_claim))
    grouped: list[str] = []  # the claims whose quotes linking grouped one by one
    real_group = link_module._group_quotes
    monkeypatch.setattr(link_module, "_group_quotes", lambda by_claim, claim_id, quotes: grouped.append(claim_id)
                        or real_group(by_claim, claim_id, quotes))
    for n, (edit, edited) in enumerate([(edit_claim_title, Path(CLAIM).stem), (add_claim, "zz-added-claim-2")], 1):
        grouped.clear()
        last = cache.recall((meaning_module.MEANING_KIND, "by claim"))
        assert isinstance(last, meaning_module._Last)
        made, shared = dict(last.made), dict(last.shared)
        before = inputs_of(project)
        edit(project, n)
        cache.changed(watcher_report(config, before, inputs_of(project)))
        asked.clear()
        shown = build(config, cache=cache, record_versions=False, search_later=True)
        site = shown.checked.site
        assert last.ids == [c.id for c in site.annotations.claims]
        assert [c for c, found in last.made.items() if found is not made.get(c)] == [edited]
        assert sorted(asked) == sorted({q.source.id for q in site.quotes_by_claim[edited]})
        assert all(last.shared[s] is shared[s] for s in site.quotes_by_source if s not in asked)
        assert grouped == ([] if edit is edit_claim_title else [c.id for c in site.annotations.claims])
        assert shown.checked.problems == full_build_and_check_of(project, tmp_path_factory)[1].problems, n


def test_serve_s_previews_put_each_edited_claim_s_new_version_in_place_in_the_histories(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve records no version: an edited claim's new version is a new object at each edit, at the same place
    among the versions.  The plan's chains, rows and histories put it in place (versioned.Histories), from the
    first edit of each claim on (its new version one more after those read), and the site is a full build's
    (whose versions file records them) after each edit."""
    taken: list[bool] = []
    real = Histories._again

    def again(self: Histories, *args):  # type: ignore[no-untyped-def]
        made = real(self, *args)
        taken.append((id(self), made is not None))
        return made

    monkeypatch.setattr(Histories, "_again", again)
    project = copy_project(tmp_path_factory.mktemp("previews"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache, record_versions=False, search_later=True)
    for n, edit in enumerate([edit_claim_title, edit_claim_title, edit_notes, edit_claim_title, edit_notes], 1):
        before = inputs_of(project)
        edit(project, n)
        cache.changed(watcher_report(config, before, inputs_of(project)))
        build(config, cache=cache, record_versions=False, search_later=True)
        full = full_build_of(project, tmp_path_factory)
        assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
               {p: d for p, d in full.items() if not p.startswith(BUNDLE)}, n
    # serve's (the full builds' are each their own): the first build all made; then each edit put in place, those
    # adding a version (a claim's first edit) too
    assert [again for held, again in taken if held == taken[0][0]] == [False, True, True, True, True, True]


def test_serve_keeps_a_state_of_the_same_size_over_builds_with_the_same_inputs(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """serve: what its Cache keeps between builds (kept values by kind, files read, folders, memo, stored keys)
    is the same size after the third build and each up to the eighth, with nothing changed: a long session
    does not grow with its builds (bench/README.md, leak18u)."""
    project = copy_project(tmp_path_factory.mktemp("steady"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))

    def sizes() -> tuple[object, ...]:
        kinds: dict[str, int] = {}
        for k in cache.kept_before:
            kind = str(k[0]) if isinstance(k, tuple) and k else type(k).__name__
            kinds[kind] = kinds.get(kind, 0) + 1
        return (kinds, len(cache.kept_now), len(cache.reads or {}), len(cache.folders),
                {kind: len(v) for kind, v in cache.memo.items()}, {kind: len(v) for kind, v in cache.stored.items()})

    seen: dict[int, tuple[object, ...]] = {}
    for n in range(1, 9):
        cache.changed(set())  # nothing changed
        build(config, cache=cache, record_versions=False, search_later=True)  # as serve builds
        seen[n] = sizes()
    assert all(seen[n] == seen[3] for n in range(4, 9))
    assert seen[8][0]  # something is kept


def test_serve_keeps_each_sources_coverage_without_its_ranges_and_finds_them_when_its_passages_are_not_stored(
        tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve holds what coverage found of each source without its quoted blocks' ranges (a list of pairs per
    source, 10 MB at 3,000 sources: bench/README.md, mem18aa); a source whose statements change and whose
    passages are not stored finds them again from its blocks, and the check reports what a fresh one does."""
    project = copy_project(tmp_path_factory.mktemp("ranges"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache, record_versions=False, search_later=True)
    kept = cache.recall(check_module.COVERAGE_MADE)
    assert isinstance(kept, check_module._Covered) and kept.made and kept.passages
    assert all(made[2][0] is None for made in kept.made.values())
    assert all(ranges is None for _, ranges, _ in kept.passages.values())
    add_claim(project, 1)  # more statements on the source CLAIM quotes: its coverage found again, its Source the same
    cache.changed({str(project / "claims" / "zz-added-claim-1.yaml")})
    assert cache.db is not None
    with cache.db:
        cache.db.execute("DELETE FROM entries WHERE kind=?", (PASSAGES_KIND,))
    cache.memo.pop(PASSAGES_KIND, None)
    found: list[str] = []
    real = statements_module.find_passages
    monkeypatch.setattr(statements_module, "find_passages",
                        lambda text, ranges: found.append(text) or real(text, ranges))
    shown = build(config, cache=cache, record_versions=False, search_later=True)
    assert found  # passages found again, from the ranges of the blocks
    checked = check(config, cache=Cache(None))
    assert (shown.checked.problems, shown.checked.coverage) == (checked.problems, checked.coverage)
    cache.close()


def test_serve_keeps_in_memory_past_a_build_only_the_cache_values_it_read_or_stored(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """serve: after a claim's title is edited, the Cache's memo holds the values that build read or stored (the
    edited claim's), not every claim's parsed file, links and checks that it only counted as used (their
    results held by ``kept``); those entries stay in the cache file (bench/README.md, mem18 of 2026-12-04)."""
    project = copy_project(tmp_path_factory.mktemp("memo"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache, record_versions=False, search_later=True)
    claims = len([p for p in (project / "claims").glob("*.yaml") if p.name not in ("actors.yaml", "topics.yaml")])
    assert claims > 2
    assert CLAIM_FILE_KIND not in cache.memo  # every claim file's entry read, none kept: its claim is (claimrows.py)
    stored, first = {kind: len(keys) for kind, keys in cache.stored.items()}, sum(map(len, cache.memo.values()))
    edit_claim_title(project, 1)
    cache.changed({str(project / CLAIM)})
    build(config, cache=cache, record_versions=False, search_later=True)
    assert CLAIM_FILE_KIND not in cache.memo  # nor the edited claim's, put
    assert CLAIM_KIND not in cache.memo  # no claim's entry, read or put (claimentries.py: what they make is kept)
    assert sum(map(len, cache.memo.values())) < first / 3
    assert {kind: len(keys) for kind, keys in cache.stored.items()} == stored  # nothing dropped from the file
    cache.close()


def test_serve_keeps_no_bytes_of_a_source_or_claim_file_it_holds_made(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: of each corpus and claim file read, the Cache keeps the SHA-256 and stat, not the bytes (the
    sources and claims made of them are held); the actors file's, read at every build, are kept.  After a
    sidecar is edited, its source is made again from its two files, the article's bytes read again from
    the disk, and no other file is read; after an actor's id is changed, every claim file is checked again,
    each read again; the site is a full build's each time (bench/README.md, mem18c of 2026-12-04)."""
    project = copy_project(tmp_path_factory.mktemp("bytes"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache, record_versions=False, search_later=True)

    def with_bytes() -> set[str]:
        """The files whose kept read holds bytes, by name in the project."""
        return {os.path.relpath(name, project) for name, kept in (cache.reads or {}).items()
                if any(isinstance(r, bytes) and r for r in gc.get_referents(kept))}

    kept = {os.path.relpath(name, project) for name in cache.reads or {}}
    claim_files = {str(p.relative_to(project)) for p in (project / "claims").glob("*.yaml") if p.name != "topics.yaml"}
    assert {n for n in kept if n.startswith("corpus/")} and claim_files <= kept
    assert with_bytes() == {"claims/actors.yaml"}
    read: list[str] = []
    real = keptreads.read_input
    monkeypatch.setattr(keptreads, "read_input", lambda path, root, shown, **kw: read.append(shown)
                        or real(path, root, shown, **kw))
    article = cited_article(project)
    edit_sidecar(project, 1)
    cache.changed({str(article.with_suffix(".yaml"))})
    build(config, cache=cache, record_versions=False, search_later=True)
    assert sorted(read) == sorted(str(p.relative_to(project)) for p in (article, article.with_suffix(".yaml")))
    assert with_bytes() == {"claims/actors.yaml"}
    full = full_build_of(project, tmp_path_factory)  # the search index catches up later
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}
    read.clear()
    before = {name: (project / name).read_bytes() for name in claim_files}
    rename_actor_id(project, 1)
    edited = {name for name in claim_files if (project / name).read_bytes() != before[name]}
    assert "claims/actors.yaml" in edited and len(edited) < len(claim_files) - 1
    cache.changed({str(project / name) for name in edited})
    build(config, cache=cache, record_versions=False, search_later=True)
    assert set(read) == claim_files and with_bytes() == {"claims/actors.yaml"}
    full = full_build_of(project, tmp_path_factory)
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}
    cache.close()


def test_serve_keeps_no_page_between_builds_and_the_pages_of_a_section_kept_are_made_again_only_to_render(
        tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: what the Cache keeps past a build holds no page of the plan (each with the call that renders
    it): a section kept holds its pages' paths and dependencies.  A title edit makes no kept section's pages
    again; once a page of a kept section is removed from the site, that section's pages are made again and
    the page written as a full build's (bench/README.md, mem18b of 2026-12-04)."""
    project, config, cache = _serving_after_a_title_edit(tmp_path_factory.mktemp("pages"))
    assert _pages_held(cache) == 0
    made: list[str] = []  # the pages of kept sections not kept
    real_pages = Sections.pages

    def pages(self: Sections, wanted=None, kept=lambda path: False):  # type: ignore[no-untyped-def]
        return real_pages(self, wanted, lambda path: kept(path) or made.append(path) is not None)

    monkeypatch.setattr(Sections, "pages", pages)
    edit_claim_title(project, 2)
    cache.changed({str(project / CLAIM)})
    build(config, cache=cache, record_versions=False, search_later=True)
    assert made == []  # every page of a kept section kept: none made again
    assert _pages_held(cache) == 0
    kept = next(iter(cache.kept(build_module.KEY_MEMO, SectionKeys).made.values()))[0]  # a section kept
    page = next(p for p in kept.paths if p.endswith(".html"))
    written = (config.output / page).read_bytes()
    real_carry, real_keep = Aside.carry, Aside.keep_page
    # the page not to be kept (as if its file were gone from both trees): left by carry, not kept one by one
    monkeypatch.setattr(Aside, "carry", lambda self, keys, indexed, *rekeyed: None if (
                        left := real_carry(self, keys, indexed, *rekeyed)) is None else left | {page})
    monkeypatch.setattr(Aside, "keep_page", lambda self, path, key: None if path == page else real_keep(self, path, key))
    (config.output / page).unlink()
    cache.changed(set())
    made_by = build(config, cache=cache, record_versions=False, search_later=True)
    assert made == [page] and made_by.rendered == 1 and (config.output / page).read_bytes() == written
    assert _pages_held(cache) == 0
    cache.close()


def _served(folder: Path) -> tuple[Path, Config, Cache]:
    """A copy of the project in ``folder``, built as serve builds (versions shown, not recorded): the project,
    its config and the keeping Cache."""
    project = copy_project(folder)
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache, record_versions=False, search_later=True)
    return project, config, cache


def _served_after(project: Path, config: Config, cache: Cache, edit, n: int) -> Site:  # type: ignore[no-untyped-def]
    """The site after ``edit`` (the ``n``th), reported as the watcher reports it and built as serve builds."""
    before = inputs_of(project)
    edit(project, n)
    cache.changed(watcher_report(config, before, inputs_of(project)))
    return build(config, cache=cache, record_versions=False, search_later=True).checked.site


def _serving_after_a_title_edit(folder: Path) -> tuple[Path, Config, Cache]:
    """A copy of the project in ``folder``, served (versions shown, not recorded): built, one claim's title
    edited, built again; the project, its config and the keeping Cache."""
    project, config, cache = _served(folder)
    edit_claim_title(project, 1)
    cache.changed({str(project / CLAIM)})
    build(config, cache=cache, record_versions=False, search_later=True)
    return project, config, cache


def _pages_held(cache: Cache) -> int:
    """How many plan pages the values the Cache keeps reach (its own files and memo aside)."""
    from idlibsite.site.planned import Page
    seen: set[int] = set()
    todo: list[object] = [*cache.kept_before.values(), *cache.kept_now.values()]
    found = 0
    while todo:
        item = todo.pop()
        if id(item) in seen or isinstance(item, (str, bytes, int, float, type)):
            continue
        seen.add(id(item))
        found += isinstance(item, Page)
        todo.extend(gc.get_referents(item))
    return found


def test_serve_takes_again_a_claim_whose_new_version_is_shown_unrecorded_and_the_lock_and_problems_as_held(
        tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve (versions shown, not recorded): once a claim was edited, its new version is the same object
    at each build, so the plan takes the claim's pages again while nothing changes (before, its version's
    rows were made anew at every build, and the claim planned again); with the lock file unchanged the lock
    as read is not gone through again, and no problem is sorted again.  The site is a full build's."""
    project, config, cache = _serving_after_a_title_edit(tmp_path_factory.mktemp("unrecorded"))
    shared: list[int] = []
    real_shared = check_module.shared
    monkeypatch.setattr(check_module, "shared", lambda locked, now: shared.append(len(locked)) or
                        real_shared(locked, now))
    keyed: list[Problem] = []
    real_key = Problem.sort_key
    monkeypatch.setattr(Problem, "sort_key", lambda self: keyed.append(self) or real_key(self))
    cache.changed(set())
    shown = build(config, cache=cache, record_versions=False, search_later=True)
    again = cache.recall(("plan", "claims"))
    assert isinstance(again, Again) and again.missed == [] and again.now.keys() == {
        c.id for c in shown.checked.site.annotations.claims}
    assert shared == [] and keyed == []
    monkeypatch.setattr(Problem, "sort_key", real_key)
    cache.close()
    anchored: list[str] = []  # a fresh process finds every anchor and check of meaning in the cache file:
    # the entries of the claims recalled in memory were counted as used
    real_anchor, real_attribution = link_module.anchor, meaning_module._attribution
    monkeypatch.setattr(link_module, "anchor", lambda prepared, quote, **hints: anchored.append(quote) or
                        real_anchor(prepared, quote, **hints))
    monkeypatch.setattr(meaning_module, "_attribution", lambda quote, *rest: anchored.append(quote.statement.id) or
                        real_attribution(quote, *rest))
    assert check(config, cache=Cache(project / CACHE_DIR)).problems == shown.checked.problems and anchored == []
    full, checked = full_build_and_check_of(project, tmp_path_factory)
    assert shown.checked.problems == checked.problems
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}


def test_serve_hands_an_unchanged_claims_quotes_to_each_stage_as_the_very_tuple(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: linking takes a claim again by its object alone while the sources and actors are the very
    same, and gives each claim it did not link again its quotes as the very tuple of the last build
    (Site.quotes_by_claim); the stages after it (misplaced quotes, the lock's entries, claim_deps, the
    timeline's parts, the claims' own checks of meaning) make again only the edited claim's, taking the others'
    by one identity test; with no change, none.  Problems, site and lock are a full build's."""
    project = copy_project(tmp_path_factory.mktemp("handed"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    before = build(config, cache=cache, record_versions=False, search_later=True).checked.site.quotes_by_claim
    made: dict[str, list[str]] = {"misplaced": [], "entries": [], "deps": [], "dated": [], "meaning": [], "cited": []}
    real_cited = link_module.cited  # linking makes a claim's key of the sources it cites only for a claim not taken
    for module in (link_module, claimentries_module):
        monkeypatch.setattr(module, "cited", lambda claim: made["cited"].append(claim.id) or real_cited(claim))
    for module, name, stage in [(meaning_module, "misplaced", "misplaced"), (lockkept_module, "statement_entries", "entries"),
                                (timeline_module, "_dated", "dated")]:
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda quotes, real=real, stage=stage: made[stage].extend(
            dict.fromkeys(q.claim.id for q in quotes)) or real(quotes))
    real_deps, real_claim = build_module.claim_deps, meaning_module._claim
    monkeypatch.setattr(build_module, "claim_deps", lambda site, claim: made["deps"].append(claim.id)
                        or real_deps(site, claim))
    monkeypatch.setattr(meaning_module, "_claim", lambda claim, quotes: made["meaning"].append(claim.id)
                        or real_claim(claim, quotes))
    edit_claim_title(project, 1)  # its quotes are made again: a statement's card shows its claim's title
    cache.changed({str(project / CLAIM)})
    shown = build(config, cache=cache, record_versions=False, search_later=True)
    after = shown.checked.site.quotes_by_claim
    edited = Path(CLAIM).stem
    assert after.keys() == before.keys() and len(after) > 1
    assert [c for c, quotes in after.items() if quotes is not before[c]] == [edited]
    assert {stage: set(found) for stage, found in made.items()} == {stage: {edited} for stage in made}
    assert made["misplaced"] == made["entries"] == made["deps"] == made["dated"] == made["meaning"] == [edited]
    for found in made.values():
        found.clear()
    cache.changed(set())
    again = build(config, cache=cache, record_versions=False, search_later=True)
    assert all(again.checked.site.quotes_by_claim[c] is quotes for c, quotes in after.items())
    assert made == {stage: [] for stage in made}
    full, checked = full_build_and_check_of(project, tmp_path_factory)
    assert again.checked.problems == checked.problems
    assert {p: d for p, d in tree(project / "site").items() if not p.startswith(BUNDLE)} == \
           {p: d for p, d in full.items() if not p.startswith(BUNDLE)}
    assert read_lock(project / "claims" / LOCK_NAME) == checked.spans


def test_serve_hashes_again_only_the_inputs_of_the_files_reported(tmp_path_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """serve: after one claim file is reported changed, no other input file is read again to be hashed
    (neither the sources' sidecars nor the actors file): their hashes are the last build's, and all equal
    hashes made afresh; after the actors file is reported, only it is read; after a file of the corpus
    (not known which source it makes), every input is gone through, as before."""
    project = copy_project(tmp_path_factory.mktemp("hashes"))
    config = load_config(project)
    cache = Cache(project / CACHE_DIR, writable=True, keep_reads=watches(config))
    build(config, cache=cache, record_versions=False, search_later=True)
    read: list[str] = []
    real_read = build_module._read
    monkeypatch.setattr(build_module, "_read", lambda config, cache, shown: read.append(shown)
                        or real_read(config, cache, shown))
    made: list[tuple[bool, dict[str, str]]] = []  # whether every input was gone through, and the hashes
    real_hashes_of = InputHashes.hashes_of

    def hashes_of(self: InputHashes, config: Config, every, again, shaping, kept, count):  # type: ignore[no-untyped-def]
        made.append((again is None, real_hashes_of(self, config, every, again, shaping, kept, count)))
        return made[-1][1]

    monkeypatch.setattr(InputHashes, "hashes_of", hashes_of)

    def hashed_again(edit: Path) -> tuple[bool, list[str]]:
        read.clear()
        cache.changed({str(edit)})
        build(config, cache=cache, record_versions=False, search_later=True)
        again = sorted(p for p in read if not p.endswith(PAGE_SUFFIX))  # (the saved pages are shown, not hashed)
        checked = check(config)
        assert made[-1][1] == input_hashes(config, build_module._shown(config, Cache(None), checked, {
            f"source:{s.id}": s.data for s in checked.site.sources}), template_files(config))
        return made[-1][0], again

    edit_claim_title(project, 1)
    assert hashed_again(project / CLAIM) == (False, [])  # its SHA-256 is the check's
    rename_actor(project, 2)
    assert hashed_again(project / "claims" / ACTORS_FILE) == (False, ["claims/actors.yaml"])
    edit_sidecar(project, 3)  # the corpus is read again, and every input hashed (kept by its parts)
    assert hashed_again(cited_article(project).with_suffix(".yaml"))[0]
    assert hashed_again(project / OTHER_CLAIM) == (False, [])


def site_record(config: Config) -> dict[str, tuple[str, str]]:
    """What the build recorded of the current site: path -> (page key, SHA-256)."""
    records = Records.open(config.root / CACHE_DIR, config.output.resolve())
    try:
        entries = records.load(tree_id(config.output.resolve(), fs.MARKER)) or {}
    finally:
        records.close()
    return {path: (e.key, e.sha) for path, e in entries.items()}


def test_editing_one_claims_title_changes_the_keys_of_exactly_the_pages_that_show_it(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    before = site_record(config)
    (record,) = [r for r in claim_records(config.output) if r["claim"]["id"] == "turkish-troops-in-idlib-illegal"]
    claim = record["claim"]
    lines = (project / "claims" / "versions.lock.json").read_text("utf-8").splitlines()
    published = [json.loads(line.strip().rstrip(",")) for line in lines if line.lstrip().startswith('{"claim"')]
    latest = [v["version"] for v in published if v["claim"] == claim["id"]][-1]  # the version shown until now
    edit_claim_title(project, 1)
    build(config)
    after = site_record(config)
    pages = [p for p in after if not p.startswith("pagefind/")]  # the search index is keyed by the indexed pages
    # the new title is a new version of the claim: one page more, the version published before stays
    (added,) = set(pages) - set(before)
    assert re.fullmatch(rf"claims/{claim['id']}/v/[0-9a-f]{{14}}/index\.html", added)
    assert sorted(p for p in pages if p != added) == sorted(p for p in before if not p.startswith("pagefind/"))
    old_version = f"claims/{claim['id']}/v/{latest}/index.html"
    assert old_version in before  # every version has its page; older ones link to the claim, and do not change
    pages.remove(added)
    changed_keys = {p for p in pages if before[p][0] != after[p][0]}
    changed_bytes = {p for p in pages if before[p][1] != after[p][1]}
    statements = claim["statements"]
    months = {s["said"]["value"][:7] or "unknown" for s in statements}
    sources = {s["source"] for s in statements}
    expected = {
        *(f"claims/{claim['id']}/{name}" for name in ("index.html", "cite.bib", "cite.json", "claim.json")),
        "index.html",  # among the 20 most recently updated claims
        "claims.json",  # the catalogue lists every title
        "feed.xml",  # among the 50 most recently updated claims
        *(f"topics/{t}/index.html" for t in claim["topics"]),
        *(f"timeline/{m}/index.html" for m in months),
        "timeline/index.html",  # lists every claim's title, in a project of at most lists.BOUND claims
        f"timeline/claims/{claim['id']}/index.html",
        *(f"timeline/speakers/{a}/index.html" for a in {s["speaker"] for s in statements}),
        *(f"sources/{s}/index.html" for s in sources | ({claim["verdict"]["source"]} if claim["verdict"] else set())),
        *(f"sources/{s}/annotations.jsonld" for s in sources),
        *(f"actors/{a}/index.html" for a in {s["speaker"] for s in statements} | {claim["actor"]}),
        old_version,  # now marked as an old version, linking to the current one
    }
    assert changed_keys == changed_bytes == expected
    for catalogue in ("sources/index.html", "actors/index.html", "annotations.jsonld",
                      "sitemap.xml", "about/index.html"):
        assert before[catalogue] == after[catalogue], catalogue


def test_retitling_a_topic_changes_exactly_the_pages_that_show_its_title(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    before = site_record(config)
    retitle_topic(project, 1)  # the title of turkish-military, and the first description (of another topic)
    build(config)
    after = site_record(config)
    pages = [p for p in after if not p.startswith("pagefind/")]
    assert sorted(pages) == sorted(p for p in before if not p.startswith("pagefind/"))
    changed_keys = {p for p in pages if before[p][0] != after[p][0]}
    changed_bytes = {p for p in pages if before[p][1] != after[p][1]}
    described = re.search(r"(?m)^  - id: (\S+)\n    title: .*\n    description: ",
                          (project / "claims" / "topics.yaml").read_text("utf-8"))
    assert described is not None
    shown = [c for c in claim_records(config.output) if "turkish-military" in c["claim"]["topics"]]
    assert len(shown) >= 2
    expected = {"index.html", "topics/turkish-military/index.html", f"topics/{described[1]}/index.html",
                *(f"claims/{c['claim']['id']}/index.html" for c in shown)}
    assert changed_keys == changed_bytes == expected
    home = (project / "site" / "index.html").read_text("utf-8")
    assert ">Topic 1 (turkish-military)</a>" in home and "The Turkish military" not in home


def test_a_hand_edited_output_file_is_rendered_again(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    page = project / "site" / "about" / "index.html"
    original = page.read_bytes()
    page.write_bytes(b"tampered")
    build(load_config(project))
    assert page.read_bytes() == original


def test_a_rebuild_writes_only_what_changed_into_the_spare_and_reads_no_kept_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    build(load_config(project))  # the first site becomes the spare
    writes: list[Path] = []
    reads: list[str] = []
    real_write, real_read = fs.write_file, Aside.read
    monkeypatch.setattr(fs, "write_file", lambda path, data: (writes.append(path), real_write(path, data)))
    monkeypatch.setattr(Aside, "read", lambda self, path: (reads.append(path), real_read(self, path))[1])
    edit_claim_title(project, 1)
    edited = build(load_config(project))
    assert 0 < len(writes) == edited.written.written < edited.written.unchanged / 3  # not the whole site
    assert all(path.parent == project / ".site.spare" / fs.STAGED for path in writes)  # then renamed into place
    assert 0 < len(reads) and "about/index.html" not in reads  # only to index the pages again
    writes.clear(), reads.clear()
    same = build(load_config(project))
    assert (same.rendered, same.written.written, writes, reads) == (0, 0, [], [])


def test_a_full_build_gives_the_same_bytes_and_folders(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    for n in range(3):
        edit_claim_title(project, n)
        build(load_config(project))
    incremental = folders_and_files(project / "site")
    build(load_config(project), full=True)
    assert folders_and_files(project / "site") == incremental


@pytest.mark.parametrize("edit", [edit_sidecar, rename_source])
def test_a_sidecar_edit_or_a_rename_reaches_every_page_that_shows_the_source(tmp_path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    edit(project, 1)
    build(load_config(project))
    shown = "Test Outlet 1" if edit is edit_sidecar else "corpus/renamed-1.txt"
    page = project / "site" / "sources" / CITED / "index.html"
    assert shown in page.read_text("utf-8")
    full_copy = tmp_path / "full"
    shutil.copytree(project, full_copy, ignore=shutil.ignore_patterns("site", ".site*", ".idlibsite-cache"))
    build(load_config(full_copy), full=True)
    assert tree(project / "site") == tree(full_copy / "site")


@pytest.mark.parametrize("name", ["cache.sqlite", "trees.sqlite"])
@pytest.mark.parametrize("seed", range(3))
def test_a_damaged_cache_or_record_is_discarded_with_a_notice_and_the_site_is_the_same(
    tmp_path: Path, name: str, seed: int
) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    expected = tree(project / "site")
    damage(project / CACHE_DIR / name, 50, seed)
    notices: list[str] = []
    build(load_config(project), notice=notices.append)
    assert tree(project / "site") == expected
    assert notices and all(n.startswith(f"{CACHE_DIR}/{name}: ") for n in notices)
    notices.clear()
    build(load_config(project), notice=notices.append)  # repaired: no notice, the same site
    assert notices == [] and tree(project / "site") == expected


def _flip_in_cell(path: Path, cell: str) -> None:
    """Flip one bit of one cell of the records file that a build reads, found by its bytes (not by where the
    file's layout puts it): a file's path, its entry's inode, key or SHA-256 (in its bucket's row), the row's
    tree name or bucket, a tree's row (its output folder), a tree's folders.  Each flip leaves the text ASCII
    and SQLite's structure whole."""
    db = sqlite3.connect(path)
    # a row whose bucket is among its cells (0 and 1 are stored in the row's header), not over pages
    rows = db.execute("SELECT tree, bucket, packed FROM files WHERE length(packed) < 1000 AND bucket > 1 "
                      "ORDER BY tree, bucket").fetchall()
    (output,) = db.execute("SELECT output FROM trees").fetchone()
    (stats,) = db.execute("SELECT stats FROM folders").fetchone()
    db.close()
    name, bucket, blob = rows[len(rows) // 2]
    page, entry = next(iter(marshal.loads(blob).items()))
    data = bytearray(path.read_bytes())
    if cell == "tree's row":
        places = [data.find(output.encode()) + len(output) // 2]
    elif cell == "folders":
        places = [data.find(stats[:16]) + 2]
    else:  # a row's cells are stored one after the other: tree, bucket, packed (the bucket's files)
        # a digit of the tree's name, odd (made lower) or even (made higher)
        digit = max(i for i, c in enumerate(name) if c.isdigit() and int(c) % 2 == (cell == "tree name, lower"))
        at_entry, at_page = blob.find(entry), blob.find(page.encode())
        places = [{"path": at + at_page + len(page) // 2, "tree name, lower": named + digit,
                   "tree name, higher": named + digit, "bucket": at - 1, "inode": at + at_entry + 1,
                   "key": at + at_entry + trees.KEY_AT + 4 + 5, "SHA-256": at + at_entry + len(entry) - 1}[cell]
                  for at in (m.start() for m in re.finditer(re.escape(blob), data))
                  if (named := data.rfind(name.encode(), at - len(name) - 3, at)) > 0]
    assert places and all(at > 0 for at in places)
    for at in places:
        data[at] ^= 1
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("cell", ["path", "tree name, lower", "tree name, higher", "bucket", "inode", "key",
                                  "SHA-256", "tree's row", "folders"])
def test_a_flipped_bit_in_any_cell_of_the_records_a_build_reads_is_discarded_with_a_notice(
        tmp_path: Path, cell: str) -> None:
    """SQLite's quick check sees the records file's structure, not its cells: a flipped bit in a path, a tree's
    name or an entry's inode, key or SHA-256 only made a file be checked again, a tree's row or its folders
    damaged only made the tree unknown or listed, silently.  Each cell is checked (output/records.py): the
    damaged record is discarded with a notice, and the site is the same.  (Which of 50 random flips hit such
    cells hung on the file's layout: the test above got no notice for one seed where tree names were longer.)"""
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    build(load_config(project))  # a second tree
    build(load_config(project))  # the first pruned again: its folders are recorded
    expected = tree(project / "site")
    _flip_in_cell(project / CACHE_DIR / "trees.sqlite", cell)
    notices: list[str] = []
    build(load_config(project), notice=notices.append)
    assert tree(project / "site") == expected
    assert notices and all(n.startswith(f"{CACHE_DIR}/trees.sqlite: ") for n in notices)
    notices.clear()
    build(load_config(project), notice=notices.append)  # repaired: no notice, the same site
    assert notices == [] and tree(project / "site") == expected


def test_a_flipped_bit_in_bytes_of_the_records_no_build_reads_changes_nothing(tmp_path: Path) -> None:
    """The unused space of each page of the records file (between its cells' pointers and its cells) is read
    by no build: bits flipped there give no notice, and the records are used as they were (nothing rendered
    or written again)."""
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    expected = tree(project / "site")
    path = project / CACHE_DIR / "trees.sqlite"
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    flipped = 0
    for start in range(0, len(data), size):
        head = start + (100 if start == 0 else 0)
        kind = data[head]
        if kind not in (2, 5, 10, 13):  # not a b-tree page
            continue
        cells = int.from_bytes(data[head + 3:head + 5], "big")
        first = head + (8 if kind in (10, 13) else 12) + 2 * cells
        end = start + (int.from_bytes(data[head + 5:head + 7], "big") or 65536)
        if end - first > 2:
            data[(first + end) // 2] ^= 0x10
            flipped += 1
    assert flipped
    path.write_bytes(bytes(data))
    notices: list[str] = []
    again = build(load_config(project), notice=notices.append)
    assert notices == [] and tree(project / "site") == expected
    assert again.rendered == 0 and again.written.written == 0


def folders_and_files(folder: Path) -> dict[str, bytes | None]:
    return {p.relative_to(folder).as_posix(): None if p.is_dir() else p.read_bytes() for p in sorted(folder.rglob("*"))}


# a damaged byte inside a text cell: sqlite's own checks pass the file, Python cannot decode the cell; or a
# file's packed entry (its key, SHA-256 and stat, output/trees.py) cut short, or with a key of the wrong kind
UNDECODABLE = [
    *(("trees.sqlite", f"UPDATE files SET {column} = CAST(X'FF41' AS TEXT) WHERE bucket = "
       "(SELECT MIN(bucket) FROM files)", "a record of the built trees is damaged") for column in ("tree", "packed")),
    *(("trees.sqlite", f"UPDATE files SET packed = {damaged} WHERE bucket = (SELECT MIN(bucket) FROM files)",
       "a record of the built trees is damaged")
      for damaged in ("substr(packed, 1, length(packed) - 1)", "substr(packed, 1, 20)", "X'FF' || substr(packed, 2)",
                      "substr(packed, 1, 33) || X'21000080' || substr(packed, 38)")),
    ("cache.sqlite", "UPDATE entries SET key = CAST(X'FF41' AS TEXT) WHERE key = (SELECT MIN(key) FROM entries)",
     "the build cache is damaged"),
]


@pytest.mark.parametrize(("name", "damaging", "said"), UNDECODABLE)
def test_a_text_cell_that_is_not_utf8_is_discarded_with_a_notice_and_the_site_is_the_same(
    tmp_path: Path, name: str, damaging: str, said: str
) -> None:
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    expected = tree(project / "site")
    db = sqlite3.connect(project / CACHE_DIR / name)
    with db:
        db.execute(damaging)
    db.close()
    notices: list[str] = []
    build(load_config(project), notice=notices.append)
    assert tree(project / "site") == expected
    assert len(notices) == 1 and notices[0].startswith(f"{CACHE_DIR}/{name}: {said}")
    notices.clear()
    build(load_config(project), notice=notices.append)  # repaired: no notice, the same site
    assert notices == [] and tree(project / "site") == expected


def test_a_record_whose_rows_a_flipped_bit_put_out_of_order_is_discarded_whole(tmp_path: Path) -> None:
    """A flipped bit in a row's tree name moves the row out of the table's order: a delete of the tree's
    rows by name stops there, and the rows after it used to stay, as the spare's record, to be found
    damaged by a later build (or trusted as the whole tree).  Every record goes at the first damage."""
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    expected = tree(project / "site")
    path = project / CACHE_DIR / "trees.sqlite"
    db = sqlite3.connect(path)
    with db:
        (name,) = db.execute("SELECT DISTINCT tree FROM files").fetchone()
        for end in ("MIN", "MAX"):  # damaged text at both ends of the tree's rows
            db.execute(f"UPDATE files SET packed = CAST(X'FF41' AS TEXT) WHERE bucket = "
                       f"(SELECT {end}(bucket) FROM files)")
    db.close()
    data = bytearray(path.read_bytes())
    found = [m.start() for m in re.finditer(re.escape(name.encode()), data)]
    middle = found[len(found) // 2]
    data[middle] = ord("9") if data[middle] != ord("9") else ord("8")  # that row now sorts after every other
    path.write_bytes(bytes(data))
    notices: list[str] = []
    build(load_config(project), notice=notices.append)
    assert tree(project / "site") == expected and notices
    for _ in range(2):  # the site, then the spare, as later builds read them
        notices.clear()
        build(load_config(project), notice=notices.append)
        assert notices == [] and tree(project / "site") == expected


def test_a_fresh_build_after_a_source_changed_under_an_anchor_refuses_it_as_an_empty_cache_does(
        tmp_path: Path) -> None:
    """The cached records of the source and its anchors, and the file read once for the check and the
    pages (Cache.hand_over), never let a changed source through: the same problems as with no cache."""
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    site_before = tree(project / "site")
    article = cited_article(project)
    article.write_bytes(article.read_bytes().replace(b"illegal transfer of Turkish troops",
                                                     b"lawful transfer of Turkish troops"))
    with pytest.raises(InputError) as cached:
        build(load_config(project))
    full_copy = tmp_path / "full"
    shutil.copytree(project, full_copy, ignore=shutil.ignore_patterns("site", ".site*", ".idlibsite-cache"))
    with pytest.raises(InputError) as empty:
        build(load_config(full_copy), full=True)
    assert cached.value.problems == empty.value.problems
    assert any(p.severity == "error" and p.path == CLAIM and f"corpus/{article.name} changed since" in p.message
               and "is now 'why does the West not condemn the law" in p.message for p in cached.value.problems)
    assert tree(project / "site") == site_before  # the refused build left the site as it was
