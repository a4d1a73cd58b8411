"""The editing layer of `serve --edit` without a browser: YAML round trips, selections, writes, the session."""

import difflib
import os
from pathlib import Path
from typing import Any

import lxml.html
import pytest

import idlibsite.annotations.load as annotations_load
import idlibsite.editing.session as session_module

from conftest import ROOT, copy_project
from idlibsite.annotations.load import STATEMENT_KEYS
from idlibsite.build import build
from idlibsite.check import check
from idlibsite.config import Config, load_config
from idlibsite.editing.api import EditLayer
from idlibsite.editing.selection import SelectionError, file_range, quote_at, trimmed
from idlibsite.editing.session import Session
from idlibsite.editing.store import ABSENT, Refused, Store, digest
from idlibsite.editing.validate import check_with
from idlibsite.editing.yamledit import dump, load, with_changes, with_item, without_item
from idlibsite.sources.corpus import load_corpus

CLAIM = "turkey-failed-to-separate-militants-under-sochi-deal"
SOURCE = "russia-accuses-turkey-2020-02-13"


def diff(a: str, b: str) -> list[str]:
    return [line for line in difflib.unified_diff(a.splitlines(True), b.splitlines(True), n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


@pytest.mark.parametrize("path", sorted((ROOT / "claims").glob("*.yaml")), ids=lambda p: p.name)
def test_every_project_yaml_file_loads_and_dumps_back_byte_for_byte(path: Path) -> None:
    text = path.read_text("utf-8")
    assert dump(load(text)) == text


def test_a_date_stays_a_plain_string_both_ways() -> None:
    data = load("date: 2020-03-05\nok: yes\nn: 1.10\n")
    assert data == {"date": "2020-03-05", "ok": "yes", "n": "1.10"}
    assert dump(data) == "date: 2020-03-05\nok: yes\nn: 1.10\n"


def test_adding_then_removing_a_statement_changes_only_its_lines() -> None:
    text = (ROOT / "claims" / f"{CLAIM}.yaml").read_text("utf-8")
    fields = {"id": "x", "speaker": "russia", "source": SOURCE, "quote": 'Ankara "fully complied": yes',
              "kind": "direct", "side": "counter", "said": "2020-03-05", "anchor": {"occurrence": "2"}}
    added = with_item(text, "statements", fields)
    assert diff(text, added) == ["+\n", "+  - id: x\n", "+    speaker: russia\n", f"+    source: {SOURCE}\n",
                                 "+    quote: 'Ankara \"fully complied\": yes'\n", "+    kind: direct\n",
                                 "+    side: counter\n", "+    said: 2020-03-05\n", "+    anchor:\n",
                                 "+      occurrence: 2\n"]
    assert without_item(added, "statements", "x") == text  # the last one removed: the file ends as before


def test_removing_a_middle_statement_removes_its_lines_and_one_blank_line() -> None:
    text = (ROOT / "claims" / f"{CLAIM}.yaml").read_text("utf-8")
    first = load(text)["statements"][0]["id"]
    removed = diff(text, without_item(text, "statements", first))
    assert all(line.startswith("-") for line in removed)
    assert removed[0] == f"-  - id: {first}\n" and removed[-1] == "-\n"


def test_an_edit_changes_values_in_place_and_puts_a_new_key_in_the_format_s_order() -> None:
    text = (ROOT / "claims" / f"{CLAIM}.yaml").read_text("utf-8")
    item = load(text)["statements"][0]
    changed = with_changes(text, "statements", item["id"], {"side": "context", "said_note": "",
                                                            "responds_to": "other"}, STATEMENT_KEYS)
    assert diff(text, changed) == [f"-    side: {item['side']}\n", "+    side: context\n",
                                   f"-    said_note: {dump({'said_note': item['said_note']})[11:]}",
                                   "+    responds_to: other\n"]
    assert "responds_to: other\n\n  - id:" in changed  # the blank line before the next statement stays


def test_a_selection_maps_to_the_archived_text_and_its_quote_anchors_there(tmp_path: Path) -> None:
    sources, problems = load_corpus(ROOT / "corpus", ROOT)
    source = next(s for s in sources if s.id == SOURCE)
    index, block = next((i, b) for i, b in enumerate(source.blocks) if b.kind == "body" and '"' in b.display)
    opening = block.display.index('"')
    start, end = file_range(source, (index, opening), (index, opening + 30))
    assert source.text[start - 1] == '"'  # the quotation mark is left out of the quote
    assert source.text[start:end].split() == block.display[opening + 1 : opening + 30].split()
    quote, occurrence = quote_at(source.text, start, end)
    assert quote == " ".join(source.text[start:end].split()) and occurrence is None
    with pytest.raises(SelectionError):
        file_range(source, (len(source.blocks), 0), (len(source.blocks), 1))
    with pytest.raises(SelectionError):
        trimmed(source.text, start - 1, start)  # the quotation mark alone: no words


def test_repeated_words_get_the_occurrence_of_the_selected_ones() -> None:
    text = "He said no. Then she said no. They said no again."
    second = text.index("said no", text.index("said no") + 1)
    assert quote_at(text, second, second + len("said no")) == ("said no", 2)
    assert quote_at(text, 3, 10) == ("said no", 1)


def test_the_store_writes_atomically_refuses_a_changed_file_and_undoes_byte_for_byte(tmp_path: Path) -> None:
    store = Store(tmp_path)
    path = store.target("a.yaml")
    path.write_bytes(b"id: a\n")
    before = digest(path)
    store.write(path, b"id: a\nx: 1\n", before, "first")
    assert os.listdir(tmp_path) == ["a.yaml"]  # no temporary file left beside it
    with pytest.raises(Refused, match="changed since you opened it"):
        store.write(path, b"other\n", before, "second")  # the hash it was opened with is the old one
    new = store.target("b.yaml")
    store.write(new, b"id: b\n", ABSENT, "created")
    store.undo()
    assert not new.exists()  # undoing a creation removes the file
    path.write_bytes(b"edited by hand\n")
    with pytest.raises(Refused, match="changed since"):
        store.undo()  # never over somebody else's change
    path.write_bytes(b"id: a\nx: 1\n")
    store.undo()
    assert path.read_bytes() == b"id: a\n"


@pytest.mark.parametrize("name", ["../pyproject.yaml", "a/b.yaml", "x.txt", ".hidden.yaml", "A.yaml"])
def test_the_store_writes_nothing_outside_the_claims_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(Refused):
        Store(tmp_path / "claims").target(name)


def test_a_link_in_claims_is_not_written_through(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "outside.yaml").write_text("x: 1\n")
    (tmp_path / "claims" / "c.yaml").symlink_to(tmp_path / "outside.yaml")
    with pytest.raises(Refused, match="not a plain file"):
        Store(tmp_path / "claims").target("c.yaml")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    return Session(load_config(copy_project(tmp_path_factory.mktemp("project"))))


def claim_state(session: Session, claim_id: str) -> dict[str, str]:
    return next(c for c in session.state(SOURCE)["claims"] if c["id"] == claim_id)  # type: ignore[attr-defined]


def test_edit_and_delete_a_statement_each_undone_byte_for_byte(session: Session) -> None:
    state = session.state(SOURCE)
    st = state["statements"][0]  # type: ignore[index]
    path = session.config.claims / f"{st['claim']}.yaml"
    original = path.read_bytes()
    other = "counter" if st["side"] != "counter" else "assertion"
    answer = session.edit({"claim": st["claim"], "statement": st["id"], "side": other,
                           "hash": digest(path)})
    assert answer["ok"] and diff(original.decode(), path.read_text("utf-8")) == [
        f"-    side: {st['side']}\n", f"+    side: {other}\n"]
    session.undo()
    assert path.read_bytes() == original
    session.delete({"claim": st["claim"], "statement": st["id"], "hash": digest(path)})
    assert f"id: {st['id']}\n" not in path.read_text("utf-8")
    session.undo()
    assert path.read_bytes() == original


def test_a_change_the_checks_refuse_is_not_written_and_says_why(session: Session) -> None:
    st = session.state(SOURCE)["statements"][0]  # type: ignore[index]
    path = session.config.claims / f"{st['claim']}.yaml"
    original = path.read_bytes()
    with pytest.raises(Refused) as refused:
        session.edit({"claim": st["claim"], "statement": st["id"], "speaker": "nobody-known",
                      "hash": digest(path)})
    assert refused.value.status == 422 and any("unknown actor id 'nobody-known'" in p for p in refused.value.problems)
    assert all(".idlibsite-cache" not in p for p in refused.value.problems)  # named as in claims/
    assert path.read_bytes() == original


def test_an_existing_quote_gets_a_second_claim_with_its_words_and_anchor_as_written(session: Session) -> None:
    st = session.state(SOURCE)["statements"][0]  # type: ignore[index]
    target = next(c for c in session.state(SOURCE)["claims"] if c["id"] != st["claim"])  # type: ignore[attr-defined]
    path = session.config.claims / f"{target['id']}.yaml"
    original = path.read_text("utf-8")
    session.add({"source": SOURCE, "from_claim": st["claim"], "from_statement": st["id"], "id": "same-words",
                 "speaker": st["speaker"], "kind": st["kind"], "side": "context", "said": st["said"],
                 "claim": target["id"], "hash": target["hash"]})
    added = load(path.read_text("utf-8"))["statements"][-1]
    assert added["quote"] == st["quote"] and added["source"] == SOURCE
    session.undo()
    assert path.read_text("utf-8") == original


def test_a_new_claim_file_is_created_checked_and_removed_by_undo(session: Session) -> None:
    text = session.describe({"source": SOURCE, "start": [4, 0], "end": [4, 40]})
    path = session.config.claims / "a-new-claim.yaml"
    session.add({"source": SOURCE, "range": text["range"], "id": "first", "speaker": "russia", "kind": "reported",
                 "side": "assertion", "said": "2020-02-12", "claim": "a-new-claim", "hash": ABSENT,
                 "title": "A new claim", "assertion": "Something asserted.", "topics": "civilians, ceasefire"})
    data = load(path.read_text("utf-8"))
    assert text["kind"] == "reported" and text["speaker"] == "russia"  # "Russia on Wednesday accused"
    assert list(data) == ["id", "title", "actor", "date", "assertion", "topics", "status", "updated", "statements"]
    assert data["topics"] == ["civilians", "ceasefire"] and data["actor"] == "russia"
    session.undo()
    assert not path.exists()


def test_a_new_claim_naming_a_topic_not_in_the_topic_list_is_refused(session: Session) -> None:
    text = session.describe({"source": SOURCE, "start": [4, 0], "end": [4, 40]})
    path = session.config.claims / "a-new-claim.yaml"
    with pytest.raises(Refused) as refused:
        session.add({"source": SOURCE, "range": text["range"], "id": "first", "speaker": "russia",
                     "kind": "reported", "side": "assertion", "said": "2020-02-12", "claim": "a-new-claim",
                     "hash": ABSENT, "title": "A new claim", "assertion": "Something asserted.",
                     "topics": "idlib"})
    assert any("unknown topic id 'idlib'" in line for line in refused.value.problems)
    assert not path.exists()


def test_only_source_pages_get_the_panel_and_only_from_this_server(session: Session) -> None:
    layer = EditLayer(session)
    html = b"<html><body><p>x</p></body></html>"
    assert session.token.encode() in layer.page(f"/sources/{SOURCE}/", html, "127.0.0.1:8000", 8000)
    assert layer.page("/claims/x/", html, "127.0.0.1:8000", 8000) == html
    assert layer.page(f"/sources/{SOURCE}/", html, "evil.example:8000", 8000) == html  # a rebinding name
    body, _, status = layer.get("/__idlibsite/edit/state", f"source={SOURCE}", "evil.example:8000", 8000) or (b"", "", 0)
    assert status == 403


def block_text(element: Any) -> str:
    """An element's text without what the site adds inside it (``data-not-archived``), as edit.js reads it."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.get("data-not-archived") is None:
            parts.append(block_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """A copy of the project, built (its site and its build cache written) as `serve` builds it."""
    config = load_config(copy_project(tmp_path_factory.mktemp("built")))
    assert build(config, record_versions=False).pages
    return config


def test_source_pages_mark_each_block_s_words_for_the_editing_script(built: Config) -> None:
    # edit.js finds the article's blocks by these hooks alone: a template that drops them fails here
    config = built
    kinds: set[str] = set()
    links = 0
    for source in check(config).site.sources:
        page = lxml.html.fromstring((config.output / "sources" / source.id / "index.html").read_bytes())
        marked = page.xpath("//*[@data-block]")
        assert sorted(int(e.get("data-block")) for e in marked) == list(range(len(source.blocks))), source.id
        for element in marked:
            block = source.blocks[int(element.get("data-block"))]
            assert block_text(element) == block.display, (source.id, block.kind)
            kinds.add(block.kind)
            links += len(element.xpath(".//*[@data-not-archived]//a[@class='backref']"))
    assert {"body", "title", "byline"} <= kinds  # text, heading and furniture templates all covered
    assert links  # the S1 links inside blocks are marked as added


def test_a_change_is_checked_with_the_other_claim_files_parsed_from_the_build_cache(
    built: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    parse = annotations_load.load_yaml_bytes
    monkeypatch.setattr(annotations_load, "load_yaml_bytes", lambda shown, data: parsed.append(shown) or parse(shown, data))
    name = f"{CLAIM}.yaml"
    text = (built.claims / name).read_text("utf-8")
    result = check_with(built, {name: text.replace("said: 2020-02-12", "said: 12/02/2020", 1).encode()})
    assert parsed == [f"claims/{name}"]  # the copy's files are named, and cached, as the real ones
    assert [(p.path, p.message) for p in result.errors] == [
        (f"claims/{name}", "statements[2].said: '12/02/2020' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD "
         "(it has two readings: write 2020-02-12 for 12 February 2020 or 2020-12-02 for 2 December 2020, "
         "whichever the source supports)")]  # refused, as `check` refuses it
    parsed.clear()
    assert not check_with(built, {}).errors and parsed == []


def test_a_save_leaves_its_check_for_the_next_action_and_an_undo_finds_the_one_before(
    built: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[int] = []
    monkeypatch.setattr(session_module, "check_with", lambda config, changed: runs.append(1) or check_with(config, changed))
    session = Session(built)
    st = session.state(SOURCE)["statements"][0]  # type: ignore[index]
    path = built.claims / f"{st['claim']}.yaml"
    other = "counter" if st["side"] != "counter" else "assertion"
    session.edit({"claim": st["claim"], "statement": st["id"], "side": other, "hash": digest(path)})
    assert len(runs) == 2  # the project as it was, then with the change
    assert next(s for s in session.state(SOURCE)["statements"] if s["id"] == st["id"])["side"] == other  # type: ignore[attr-defined,union-attr]
    session.undo()
    assert next(s for s in session.state(SOURCE)["statements"] if s["id"] == st["id"])["side"] == st["side"]  # type: ignore[attr-defined,union-attr]
    assert len(runs) == 2  # both states were checked already
    original = path.read_bytes()
    path.write_bytes(original + b"# a comment added in an editor\n")  # bytes never checked: checked now
    session.state(SOURCE)
    assert len(runs) == 3
    path.write_bytes(original)
