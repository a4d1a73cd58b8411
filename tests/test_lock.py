"""Stealth edits: a changed archived article is reported, never silently re-anchored."""

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import pytest

from conftest import copy_project
from idlibsite.anchoring.lock import LOCK_NAME, Locked, read_lock, stealth_edits, write_lock
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.errors import InputError, OutputError
from idlibsite.output.aside import Aside

ARTICLE = "corpus/002_3204517b1f9100d2.txt"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy_project(tmp_path)
    (tmp_path / "claims" / LOCK_NAME).unlink(missing_ok=True)
    build(load_config(tmp_path))
    return tmp_path


def site_tree(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def locked_span(project: Path, source_id: str) -> tuple[str, list[int | str]]:
    lock = json.loads((project / "claims" / LOCK_NAME).read_text("utf-8"))
    return next((k, e["parts"][0]) for k, e in sorted(lock["anchors"].items()) if e["source"] == source_id)


def test_the_build_records_every_span_with_offsets_exact_text_and_source_hash(project: Path) -> None:
    lock = json.loads((project / "claims" / LOCK_NAME).read_text("utf-8"))
    text = (project / ARTICLE).read_text("utf-8")
    assert len(lock["anchors"]) >= 30
    for entry in lock["anchors"].values():
        for start, end, exact in entry["parts"]:
            if entry["source"] == "russia-accuses-turkey-2020-02-13":
                assert text[start:end] == exact


def test_changed_words_in_a_source_stop_the_build_with_old_and_new_text(project: Path) -> None:
    key, (start, end, exact) = locked_span(project, "russia-accuses-turkey-2020-02-13")
    before = site_tree(project)
    path = project / ARTICLE
    text = path.read_text("utf-8")
    words = exact.split()
    # a stealth edit: one word of the quoted span replaced, same length elsewhere untouched
    changed = text[:start] + text[start:end].replace(words[-1], "XXXX", 1) + text[end:]
    path.write_text(changed, "utf-8", newline="")
    result = check(load_config(project))
    messages = [p.message for p in result.errors]
    assert any(f"{ARTICLE} changed since this quote was anchored" in m for m in messages), messages
    with pytest.raises(InputError):
        build(load_config(project))
    assert site_tree(project) == before


def test_words_that_moved_are_reported_as_moved_and_can_be_accepted(project: Path) -> None:
    path = project / ARTICLE
    path.write_text("Editor's note: re-fetched.\n\n" + path.read_text("utf-8"), "utf-8", newline="")
    result = check(load_config(project))
    moved = [p for p in result.errors if "span moved from offset" in p.message]
    assert moved and all(p.path.startswith("claims/") and p.line for p in moved)
    accepted = build(load_config(project), accept_source_changes=True)
    assert any("span moved" in p.message for p in accepted.checked.problems if p.severity == "warning")
    assert check(load_config(project)).errors == ()  # the lock now holds the new offsets


def test_a_statement_whose_quote_was_edited_is_re_anchored_on_purpose(project: Path) -> None:
    path = project / ARTICLE
    path.write_text("Editor's note: re-fetched.\n\n" + path.read_text("utf-8"), "utf-8", newline="")
    config = load_config(project)
    site = check(config).site
    lock = read_lock(project / "claims" / LOCK_NAME)
    assert stealth_edits(site, lock)
    # as if every quote had been typed differently when it was locked
    edited = {k: replace(v, quote=v.quote + " (old wording)") for k, v in lock.items()}
    # no span is reported; only that the article itself changed
    assert [(p.path, p.severity) for p in stealth_edits(site, edited)] == [(ARTICLE, "warning")]


def test_a_change_outside_every_quoted_span_is_still_reported(project: Path) -> None:
    path = project / ARTICLE
    path.write_text(path.read_text("utf-8") + "\n\nA paragraph added after archiving.\n", "utf-8", newline="")
    result = check(load_config(project))
    assert result.errors == ()
    (warning,) = [p for p in result.problems if "changed since the last build" in p.message]
    assert warning.path == ARTICLE and warning.severity == "warning"
    assert "every quoted span still reads the same" in warning.message


def test_the_lock_has_one_line_per_anchor_and_reads_back_as_written(tmp_path: Path) -> None:
    entries = {
        "c/s1": Locked("src", "ab" * 32, "“Quoted”, he said", ((3, 9, "Quoted"),)),
        "c/s2": Locked("src", "ab" * 32, "a … b", ((0, 1, "a"), (7, 8, "b"))),
    }
    path = tmp_path / LOCK_NAME
    assert write_lock(path, entries)
    lines = path.read_text("utf-8").splitlines()
    assert [line.split(":")[0].strip() for line in lines if line.startswith("  ")] == ['"c/s1"', '"c/s2"']
    assert read_lock(path) == entries
    assert not write_lock(path, entries)  # same content: not rewritten


def test_an_unchanged_lock_is_not_serialized_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = {"c/s1": Locked("src", "ab" * 32, "Quoted", ((3, 9, "Quoted"),))}
    path = tmp_path / LOCK_NAME
    write_lock(path, entries)
    monkeypatch.setattr("idlibsite.anchoring.lock._entry_json", lambda e: pytest.fail("serialized again"))
    assert not write_lock(path, entries, read=read_lock(path))
    changed = {"c/s1": replace(entries["c/s1"], parts=((4, 10, "uoted "),))}
    monkeypatch.undo()
    assert write_lock(path, changed, read=read_lock(path))
    assert read_lock(path) == changed


def test_a_changed_source_is_anchored_afresh_through_the_builds_cache(project: Path) -> None:
    cache = Cache(project / CACHE_DIR)
    assert cache.db is not None  # the build's anchors, which would be stale now
    path = project / ARTICLE
    path.write_text("Editor's note: re-fetched.\n\n" + path.read_text("utf-8"), "utf-8", newline="")
    config = load_config(project)
    cached = check(config, cache=cache)
    fresh = check(config, cache=Cache(None))
    assert cached.spans == fresh.spans and cached.problems == fresh.problems
    moved = [k for k, v in cached.spans.items() if v.sha256 != cached.locked[k].sha256]
    assert moved and all(cached.spans[k].parts != cached.locked[k].parts for k in moved)


def test_a_same_length_change_inside_a_locked_span_is_reported_with_both_texts(project: Path) -> None:
    """Offsets alone do not show it: the span still starts and ends where it did."""
    path = project / ARTICLE
    text = path.read_text("utf-8")
    at = text.index("the crisis in the Idlib")
    lock = json.loads((project / "claims" / LOCK_NAME).read_text("utf-8"))
    ((start, end),) = {(a, b) for e in lock["anchors"].values() for a, b, _ in e["parts"]
                       if e["source"] == "russia-accuses-turkey-2020-02-13" and a <= at < b}
    path.write_text(text[:at] + "the crises in the Idlib" + text[at + len("the crisis in the Idlib"):],
                    "utf-8", newline="")
    result = check(load_config(project))
    reported = [p for p in result.errors if f"span {start}-{end} was " in p.message]
    assert len(reported) == 2, [p.message for p in result.errors]  # two claims quote these words
    assert all("crisis" in p.message and "crises" in p.message for p in reported)
    assert all(p.path.startswith("claims/") and p.line for p in reported)


def test_a_lock_that_cannot_be_written_stops_the_build_before_the_swap(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = project / "claims" / LOCK_NAME
    lock.unlink()  # the build must write it again
    before = site_tree(project)
    real = Path.open

    class FullDisk:
        """The lock's temporary file, on a disk that fills up after its first few characters."""

        def __init__(self, file: IO[str]) -> None:
            self.file = file

        def __enter__(self) -> "FullDisk":
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def write(self, data: str) -> int:
            self.file.write(data[:10])  # a partial file, as when the disk fills up
            raise OSError(28, "No space left on device")

        def writelines(self, lines: Iterable[str]) -> None:
            for line in lines:
                self.write(line)

    def full_disk(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        opened = real(self, mode, *args, **kwargs)
        return FullDisk(opened) if self.name.startswith(f".{LOCK_NAME}.tmp-") and "w" in mode else opened

    monkeypatch.setattr(Path, "open", full_disk)
    with pytest.raises(OutputError) as refused:
        build(load_config(project))
    (problem,) = refused.value.problems
    assert (problem.path, problem.message) == (f"claims/{LOCK_NAME}",
                                               "the anchor lock cannot be written: No space left on device")
    assert site_tree(project) == before  # the site was not swapped
    assert sorted(p.name for p in lock.parent.iterdir() if p.name.startswith(".")) == []  # no .tmp- left
    assert not lock.exists()


def test_a_failed_swap_leaves_the_old_lock_and_no_temporary_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock = project / "claims" / LOCK_NAME
    data = json.loads(lock.read_text("utf-8"))
    data["anchors"].pop(sorted(data["anchors"])[0])  # the build will write it back
    lock.write_text(json.dumps(data), "utf-8")
    changed = lock.read_bytes()
    monkeypatch.setattr(Aside, "finish", lambda self: (_ for _ in ()).throw(OSError(5, "Input/output error")))
    with pytest.raises(OutputError):
        build(load_config(project))
    assert lock.read_bytes() == changed
    assert [p.name for p in lock.parent.iterdir() if p.name.startswith(".")] == []
