"""Renamed sources and actors keep their URLs (``former_ids``), renamed claims their data files, and a
published id that disappears without a former id is reported (idlibsite.formerids, anchoring/published.py)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import html5lib
import pytest

from conftest import copy_project
from idlibsite.anchoring import versionfile
from idlibsite.anchoring.versionfile import VERSIONS_NAME
from idlibsite.anchoring.versions import named_actors
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.errors import Loc
from idlibsite.formerids import former_problems, renamed
from idlibsite.site.search import is_indexed

NS = "{http://www.w3.org/1999/xhtml}"
SOURCE = "turkeys-duty-to-stop-fighting-2019-05"  # renamed to SOURCE + "-now" below
ACTOR = "oleg-zhuravlyov"  # renamed to ACTOR + "-now"
CLAIM = "turkish-troops-in-idlib-illegal"  # given the alias OLD_CLAIM
OLD_CLAIM = "troops-in-idlib-old-address"


def sidecar_of(project: Path, source_id: str) -> Path:
    (found,) = [p for p in (project / "corpus").glob("*.yaml") if f"\nid: {source_id}\n" in "\n" + p.read_text("utf-8")]
    return found


def refer(project: Path, old: str, new: str) -> None:
    """Every reference to ``old`` in the claim files made ``new`` (actors.yaml aside)."""
    for path in (project / "claims").glob("*.yaml"):
        if path.name != "actors.yaml":
            path.write_text(re.sub(rf"(?<![\w-]){old}(?![\w-])", new, path.read_text("utf-8")), "utf-8")


def rename_source(project: Path, old: str, new: str, *, keep: bool = True) -> Path:
    """The source ``old`` given the id ``new`` (the old one under former_ids with ``keep``); its sidecar."""
    sidecar = sidecar_of(project, old)
    former = f"former_ids: [{old}]\n" if keep else ""
    sidecar.write_text(sidecar.read_text("utf-8").replace(f"id: {old}\n", f"id: {new}\n{former}", 1), "utf-8")
    return sidecar


def rename_actor(project: Path, old: str, new: str, *, keep: bool = True) -> None:
    path = project / "claims" / "actors.yaml"
    former = f"    former_ids: [{old}]\n" if keep else ""
    text = path.read_text("utf-8")
    assert f"  - id: {old}\n" in text
    path.write_text(text.replace(f"  - id: {old}\n", f"  - id: {new}\n{former}", 1), "utf-8")


@pytest.fixture(scope="module")
def renamed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project with a source and an actor renamed (old ids under former_ids, claims citing the new ids)
    and a claim given an alias, built."""
    project = copy_project(tmp_path_factory.mktemp("renamed") / "p")
    rename_source(project, SOURCE, SOURCE + "-now")
    refer(project, SOURCE, SOURCE + "-now")
    rename_actor(project, ACTOR, ACTOR + "-now")
    refer(project, ACTOR, ACTOR + "-now")
    claim = project / "claims" / f"{CLAIM}.yaml"
    claim.write_text(re.sub(r"(?m)^aliases:.*$", f"aliases: [{OLD_CLAIM}]", claim.read_text("utf-8")), "utf-8")
    build(load_config(project))
    return project / "site"


def redirect_of(page: Path) -> tuple[str, str, str, str]:
    """(canonical URL, refresh target, the link's href, the robots meta) of a redirect page, parsed."""
    doc = html5lib.parse(page.read_bytes(), namespaceHTMLElements=True)
    (canonical,) = [e for e in doc.iter(f"{NS}link") if e.get("rel") == "canonical"]
    (refresh,) = [e for e in doc.iter(f"{NS}meta") if e.get("http-equiv") == "refresh"]
    (robots,) = [e for e in doc.iter(f"{NS}meta") if e.get("name") == "robots"]
    (link,) = list(doc.iter(f"{NS}a"))
    return canonical.get("href"), refresh.get("content"), link.get("href"), robots.get("content")


@pytest.mark.parametrize("folder, old, new", [("sources", SOURCE, SOURCE + "-now"), ("actors", ACTOR, ACTOR + "-now"),
                                              ("claims", OLD_CLAIM, CLAIM)])
def test_an_old_id_s_url_redirects_to_the_new_one_and_is_left_out_of_sitemap_and_search(
        renamed_site: Path, folder: str, old: str, new: str) -> None:
    page = renamed_site / folder / old / "index.html"
    assert redirect_of(page) == (f"https://idlib.example.org/{folder}/{new}/", f"0; url=../{new}/", f"../{new}/",
                                 "noindex")
    assert (renamed_site / folder / new / "index.html").is_file()
    assert f"/{folder}/{old}/" not in (renamed_site / "sitemap.xml").read_text("utf-8")
    assert not is_indexed(f"{folder}/{old}/index.html", page.read_bytes())
    assert is_indexed(f"{folder}/{new}/index.html", (renamed_site / folder / new / "index.html").read_bytes()) \
        == (folder != "actors")  # actor pages are never indexed (site/search.py)


def test_a_renamed_claim_s_data_files_stay_at_its_old_folder_byte_for_byte(renamed_site: Path) -> None:
    for name in ("claim.json", "cite.json", "cite.bib"):
        now = (renamed_site / "claims" / CLAIM / name).read_bytes()
        assert (renamed_site / "claims" / OLD_CLAIM / name).read_bytes() == now, name
    assert json.loads((renamed_site / "claims" / OLD_CLAIM / "claim.json").read_bytes())["claim"]["id"] == CLAIM


def test_a_renamed_source_s_article_stays_at_its_old_folder(renamed_site: Path) -> None:
    now = (renamed_site / "sources" / (SOURCE + "-now") / "article.txt").read_bytes()
    assert (renamed_site / "sources" / SOURCE / "article.txt").read_bytes() == now


def line_col_of(text: str, needle: str) -> tuple[int, int]:
    at = text.index(needle)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def test_a_claim_citing_a_former_source_id_is_an_error_naming_the_id_now(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    sidecar = rename_source(project, SOURCE, SOURCE + "-now")
    claim = next(p for p in sorted((project / "claims").glob("*.yaml")) if f"source: {SOURCE}\n" in p.read_text("utf-8"))
    line, col = line_col_of(claim.read_text("utf-8"), f"source: {SOURCE}\n")
    problems = [p for p in check(load_config(project)).problems if p.path == f"claims/{claim.name}"]
    first = min((p for p in problems if "was renamed" in p.message), key=lambda p: (p.line or 0))
    assert (first.line, first.column, first.severity) == (line, col + len("source: "), "error")
    assert first.message == f"source id '{SOURCE}' was renamed: it is now '{SOURCE}-now'"
    assert first.hint.startswith(f"write '{SOURCE}-now' (its former_ids in corpus/{sidecar.name}")


def test_a_claim_naming_a_former_actor_id_is_an_error_naming_the_id_now(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    rename_actor(project, ACTOR, ACTOR + "-now")
    claim = next(p for p in sorted((project / "claims").glob("*.yaml")) if f"speaker: {ACTOR}\n" in p.read_text("utf-8"))
    line, col = line_col_of(claim.read_text("utf-8"), f"speaker: {ACTOR}\n")
    problems = [p for p in check(load_config(project)).problems if p.path == f"claims/{claim.name}"]
    first = min((p for p in problems if "was renamed" in p.message), key=lambda p: (p.line or 0))
    assert (first.line, first.column, first.severity) == (line, col + len("speaker: "), "error")
    assert first.message.endswith(f"speaker: actor id '{ACTOR}' was renamed: it is now '{ACTOR}-now'")
    assert first.hint.startswith(f"write '{ACTOR}-now'")
    assert not any("unknown actor id" in p.message for p in problems)


def test_a_lost_source_id_is_a_warning_at_the_lock_line(tmp_path: Path) -> None:
    """Renamed without former_ids (claims citing the new id): the lock names the old one."""
    project = copy_project(tmp_path / "p")
    sidecar = rename_source(project, SOURCE, SOURCE + "-now", keep=False)
    refer(project, SOURCE, SOURCE + "-now")
    line, col = line_col_of((project / "claims" / "anchors.lock.json").read_text("utf-8"), f'"source": "{SOURCE}"')
    (lost,) = [p for p in check(load_config(project)).problems if p.path == "claims/anchors.lock.json"]
    assert (lost.line, lost.column, lost.severity) == (line, col, "warning")
    assert lost.message == f"source '{SOURCE}' was published (/sources/{SOURCE}/) and no source has that id now"
    assert f"now has id '{SOURCE}-now'" in lost.hint and f"list it under former_ids in corpus/{sidecar.name}" in lost.hint
    sidecar.write_text(sidecar.read_text("utf-8").replace(f"id: {SOURCE}-now\n", f"id: {SOURCE}-now\nformer_ids: [{SOURCE}]\n"),
                       "utf-8")
    assert not [p for p in check(load_config(project)).problems if p.path == "claims/anchors.lock.json"]


def test_a_lost_actor_id_is_a_warning_at_the_versions_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    rename_actor(project, ACTOR, ACTOR + "-now", keep=False)
    refer(project, ACTOR, ACTOR + "-now")
    text = (project / "claims" / "versions.lock.json").read_text("utf-8")
    named = sorted({json.loads(m[1])["claim"] for m in re.finditer(r"(?m)^  (\{.*\}),?$", text)
                    if f'"speaker_id":"{ACTOR}"' in m[1] or f'"claimant_id":"{ACTOR}"' in m[1]})
    (lost,) = [p for p in check(load_config(project)).problems if p.path == "claims/versions.lock.json"]
    versions = [json.loads(m[1]) for m in re.finditer(r"(?m)^  (\{.*\}),?$", text)]
    latest = [v for v in versions if v["claim"] == named[0]][-1]
    entry = text.index(f'{{"claim":"{named[0]}","version":"{latest["version"]}"')
    at = text.index(f'_id":"{ACTOR}"', entry) - len("speaker")  # its first naming in that entry
    assert text[at - 1] == '"'
    assert (lost.line, lost.column, lost.severity) == (text.count("\n", 0, at - 1) + 1,
                                                       at - 1 - text.rfind("\n", 0, at - 1), "warning")
    assert lost.message.startswith(f"actor '{ACTOR}' was published (/actors/{ACTOR}/, named by the latest version "
                                   f"of claim '{named[0]}'")
    assert f"now has id '{ACTOR}-now'" in lost.hint


@pytest.mark.parametrize("olds, message", [
    ([("a", ("a", Loc("f", 1, 1)))], "former id 'a' is this source's own id"),
    ([("a", ("b", Loc("f", 1, 1)))], "former id 'b' is the id of another source (b.yaml)"),
    ([("a", ("x", Loc("f", 1, 1))), ("c", ("x", Loc("g", 2, 3)))], "former id 'x' is already a former id at f:1"),
])
def test_an_old_id_may_not_be_a_current_id_nor_another_s_old_id(olds, message) -> None:  # type: ignore[no-untyped-def]
    problems = former_problems("former id", "source", olds, {"a": "a.yaml", "b": "b.yaml", "c": "c.yaml"})
    assert [p.message for p in problems] == [message]
    assert (problems[0].path, problems[0].line) == (olds[-1][1][1].path, olds[-1][1][1].line)


def test_renamed_maps_each_old_id_to_the_first_entry_listing_it() -> None:
    assert renamed([("a", ("x", Loc("f"))), ("b", ("x", Loc("g"))), ("b", ("y", Loc("g")))]) == {"x": "a", "y": "b"}


def test_a_lost_actor_id_is_read_from_the_versions_stored_for_the_very_bytes_and_never_from_a_stale_chunk(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh check takes the actors each latest version names as stored with the versions (a chunk,
    under the hash of the file's bytes): a chunk planted under the file's key says an actor is lost; once
    the file has other bytes (a build that wrote it and was killed before the cache's commit), the planted
    chunk is not used and nothing is lost."""
    project = copy_project(tmp_path / "p")
    build(load_config(project))
    path, shown = project / "claims" / VERSIONS_NAME, f"claims/{VERSIONS_NAME}"
    data = path.read_bytes()
    keys, _ = versionfile._chunk_keys(shown, data, versionfile._entries(data) or [])
    stored = versionfile.read_versions(path, shown)
    assert [v.named for v in stored] == [named_actors(v.snapshot) for v in stored]  # as made from the snapshot
    planted = tuple(replace(v, named=(("planted-actor", "Planted"),)) for v in stored)
    cache = Cache(project / CACHE_DIR, writable=True)
    for k, at in zip(keys, range(0, len(planted), versionfile.CHUNK)):
        cache.put(versionfile.VERSIONS_KIND, k, planted[at:at + versionfile.CHUNK])
    cache.commit()
    assert any("actor 'planted-actor' was published" in p.message for p in check(load_config(project)).problems)
    claim = project / "claims" / f"{CLAIM}.yaml"
    claim.write_text(re.sub(r"(?m)^title: (.*)$", r"title: \1 (edited)", claim.read_text("utf-8"), count=1), "utf-8")
    monkeypatch.setattr(Cache, "commit", lambda self: None)  # killed once the versions file is written
    build(load_config(project))
    assert path.read_bytes() != data  # a version appended: every chunk's key from it on is another
    monkeypatch.undo()
    assert not any("planted-actor" in p.message for p in check(load_config(project)).problems)
