"""A sidecar's ``not_listed``: passages seen and deliberately not listed, each with why (unlisted.py).

The unit tests read an invented article of their own; the others run the real command line on a copy of
this project, whose two sidecars record the two passages its annotators chose not to list.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import copy_project
from idlibsite import check as check_module
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import check
from idlibsite.cli import main
from idlibsite.config import load_config
from idlibsite.sources.corpus import parse_source
from idlibsite.sources.records import Source
from idlibsite.sources.statements import find_passages
from idlibsite.unlisted import answered, places

ARTICLE = b"""Harbour Talks Stall

The port authority said on Monday that the talks with the union had failed.

The weather was cold and the ferries ran late all week.

"We will not sign this agreement," the union leader told reporters.

The port authority said on Monday that the talks had failed again.
"""
SIDECAR = """id: harbour-talks-2021-03-02
outlet: The Test Gazette
title: Harbour Talks Stall
date: 2021-03-02
date_note: Invented for a test.
language: en
"""
FIRST = (21, 96)  # the first paragraph's reported speech
LEAD = "corpus/000_276d7aa238f4392f"  # its lead repeats, shorter, a sentence listed further down
MOSCOW = "corpus/002_3204517b1f9100d2"  # "Russia took issue with Turkey", whose sentence's other half is listed


def source_with(entries: str) -> tuple[Source | None, list[str]]:
    """The invented article with ``entries`` under ``not_listed:``, and its problems as printed."""
    source, problems = parse_source("corpus/h.txt", ARTICLE, "corpus/h.yaml",
                                    (SIDECAR + "not_listed:\n" + entries).encode())
    return source, [p.format() for p in problems]


def answers(entries: str, spans: tuple[tuple[int, int], ...] = ()) -> tuple[frozenset[int], list[str]]:
    source, problems = source_with(entries)
    assert source is not None and problems == []
    on_purpose, found = answered(source, find_passages(source.text, source.blocks.ranges(("body",))), spans)
    return on_purpose, [p.format() for p in found]


def test_an_entry_answers_the_passage_its_words_overlap() -> None:
    assert answers("  - quote: the talks with the union had failed\n    note: Repeated below.\n") == \
        (frozenset({0}), [])
    # a part of it, across a line wrap and with other quote marks, answers it too
    assert answers('  - quote: "\\u201cWe will not\\n  sign this"\n    note: A refusal nobody disputes.\n') == \
        (frozenset({1}), [])


def test_the_words_are_found_typography_and_line_wraps_aside_and_each_place_counts() -> None:
    text = "He said \u201cno\u201d,\nthen he said \u201cno\u201d again."
    assert places(text, 'said "no"') == [(3, 12), (22, 31)]
    assert places(text, "then   he") == [(14, 21)]
    assert places(text, "yes") == [] and places(text, "  ") == []


@pytest.mark.parametrize(("entries", "message"), [
    ("  - quote: the talks broke down\n    note: x.\n",
     "corpus/h.yaml:8:12: error: not_listed[0].quote: the words are not in corpus/h.txt"),
    ("  - quote: The port authority said on Monday that the talks\n    note: x.\n",
     "corpus/h.yaml:8:12: error: not_listed[0].quote: the words are in corpus/h.txt 2 times (3:1, 9:1)"),
    ("  - quote: the ferries ran late\n    note: x.\n",
     "corpus/h.yaml:8:12: error: not_listed[0].quote: the words at corpus/h.txt:5:26 overlap no attributed "
     "passage (quotation or reported speech)"),
])
def test_words_missing_twice_or_off_every_passage_are_an_error_at_the_quote(entries: str, message: str) -> None:
    on_purpose, found = answers(entries)
    assert on_purpose == frozenset() and len(found) == 1 and found[0].startswith(message + "\n    hint: ")


def test_an_entry_whose_passage_a_statement_covers_now_is_a_warning_and_answers_nothing() -> None:
    entries = "  - quote: the talks with the union had failed\n    note: Repeated below.\n"
    assert answers(entries, ((30, 40),)) == (frozenset(), [
        "corpus/h.yaml:8:12: warning: not_listed[0].quote: listed now: a statement covers the passage at "
        "corpus/h.txt:3:40\n    hint: remove it from not_listed"])


def test_a_note_missing_or_empty_and_every_other_problem_of_the_entries_are_reported_together() -> None:
    source, problems = source_with("  - quote: the talks with the union had failed\n"
                                   "  - quote: the ferries ran late\n    note: ''\n"
                                   "  - note: Why.\n"
                                   "  - quote: x\n    note: y\n    reason: z\n"
                                   "  - just words\n")
    assert source is None  # a sidecar with an error is refused, as for any other key
    assert [p.split("\n")[0] for p in problems] == [
        "corpus/h.yaml:8:5: error: not_listed[0]: missing required key 'note'",
        "corpus/h.yaml:10:11: error: not_listed[1].note: must not be empty",
        "corpus/h.yaml:11:5: error: not_listed[2]: missing required key 'quote'",
        "corpus/h.yaml:14:5: error: not_listed[3]: unknown key 'reason'",
        "corpus/h.yaml:15:5: error: not_listed[4]: expected a mapping, found a string",
    ]


def run(project: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--root", str(project), "check", *args])
    return code, capsys.readouterr().out


def test_this_project_answers_its_two_passages_and_checks_strict_clean(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "p")
    code, out = run(project, "--strict", capsys=capsys)
    assert code == 0 and "not covered by any statement" not in out
    assert out.rstrip().endswith("coverage 108/110 attributed passages, 2 not listed on purpose; "
                                 "0 errors, 0 warnings")
    assert "passages annotated 14/15, 1 not listed on purpose" in out
    code, out = run(project, "--format", "json", capsys=capsys)
    assert sum(c["not_listed"] for c in json.loads(out)["coverage"]) == 2
    for stem in (LEAD, MOSCOW):  # without its entry, the warning is back
        sidecar = project / f"{stem}.yaml"
        sidecar.write_text(sidecar.read_text("utf-8").split("not_listed:")[0], "utf-8")
    code, out = run(project, "--strict", capsys=capsys)
    assert code == 1 and sorted(re.findall(r"(?m)^corpus/\S+: warning: reported speech not covered", out)) == [
        f"{LEAD}.txt:8:1: warning: reported speech not covered",
        f"{MOSCOW}.txt:33:1: warning: reported speech not covered"]


def test_suggest_leaves_out_the_passages_not_listed_on_purpose(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "p")
    main(["--root", str(project), "suggest", "russia-denies-responsibility-2020-03-04"])
    assert "Damascus has repeatedly denounced the presence" not in capsys.readouterr().out
    sidecar = project / f"{LEAD}.yaml"
    sidecar.write_text(sidecar.read_text("utf-8").split("not_listed:")[0], "utf-8")
    main(["--root", str(project), "suggest", "russia-denies-responsibility-2020-03-04"])
    assert "Damascus has repeatedly denounced the presence" in capsys.readouterr().out


def covered_keys(project: Path) -> dict[str, str]:
    """Each source's key of what coverage reports of it, as a fresh check makes it."""
    made: dict[str, str] = {}
    real = check_module._covered_key

    def keyed(cache: Cache, source: Source, *args: object) -> str:
        made[source.id] = real(cache, source, *args)  # type: ignore[arg-type]
        return made[source.id]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(check_module, "_covered_key", keyed)
        # every source keyed, none taken from the stored spans index (spansindex.py: its own tests)
        patch.setattr(check_module.SpansIndex, "of", lambda *args: None)
        cache = Cache(project / CACHE_DIR, writable=True, remember=False)
        check(load_config(project), cache=cache)
        cache.commit()
    return made


def test_an_edit_of_a_note_keys_no_coverage_again_and_an_edit_of_a_quote_only_its_sources(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    sidecar = project / f"{LEAD}.yaml"
    before = covered_keys(project)
    sidecar.write_text(sidecar.read_text("utf-8").replace("The lead's shorter form", "The lead's short form"), "utf-8")
    assert covered_keys(project) == before
    sidecar.write_text(sidecar.read_text("utf-8").replace(" in the region.\n    note:", "\n    note:"), "utf-8")
    after = covered_keys(project)
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"russia-denies-responsibility-2020-03-04"}
    fresh = check(load_config(project), cache=Cache(project / CACHE_DIR))
    empty = check(load_config(project), cache=Cache(None))
    assert (fresh.problems, fresh.coverage) == (empty.problems, empty.coverage)
    assert sum(c.not_listed for c in fresh.coverage) == 2
