"""anchoring.placement: a statement's words must come from the reported text (body, title, pull quote)."""

from dataclasses import replace
from pathlib import Path

import pytest

import idlibsite.meaning
from conftest import copy_project
from idlibsite.anchoring import placement
from idlibsite.anchoring.model import blocks_under
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import check
from idlibsite.config import load_config
from idlibsite.errors import Problem
from idlibsite.sources.records import Block

CLAIM = "claims/turkish-troops-in-idlib-illegal.yaml"
FIRST = """    source: russia-accuses-turkey-2020-02-13
    quote: the Foreign Ministry reminded Ankara its forces were in Syria without the blessing of the Syrian government
"""


def block(kind: str, start: int, end: int) -> Block:
    return Block(kind, start, end, "x" * (end - start), ())


BLOCKS = (block("title", 0, 10), block("body", 12, 30), block("caption", 31, 40))


@pytest.mark.parametrize(("start", "end", "kinds"), [
    (0, 10, ["title"]),
    (3, 5, ["title"]),
    (12, 30, ["body"]),
    (8, 14, ["title", "body"]),  # across the line break between them
    (10, 12, []),  # only the gap
    (29, 35, ["body", "caption"]),
    (35, 40, ["caption"]),
])
def test_blocks_under_a_range(start: int, end: int, kinds: list[str]) -> None:
    assert [b.kind for b in blocks_under(BLOCKS, start, end)] == kinds


@pytest.mark.parametrize(("anchor", "errors"), [
    ("", ["the quote is taken from a caption or credit"]),
    ("    anchor: {allow: caption}\n", []),
    ("    anchor: {allow: chrome}\n", ["the quote is taken from a caption or credit"]),
])
def test_a_caption_is_quoted_only_when_the_statement_allows_it(tmp_path: Path, anchor: str, errors: list[str]) -> None:
    project = copy_project(tmp_path)
    path = project / CLAIM
    caption = "    source: kremlin-idlib-alarming-2020-02-21\n    quote: Omar Haj Kador\n" + anchor
    path.write_text(path.read_text("utf-8").replace(FIRST, caption, 1), "utf-8")
    found = [p.message for p in check(load_config(project)).errors]
    assert [m.split(" (")[0] for m in found if "the quote is" in m] == errors
    assert all("the quote is" in m or "changed since" in m for m in found), found


def test_a_fresh_process_refuses_a_misplaced_quote_from_the_claims_stored_checks_at_its_sources_path_now(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The errors of a claim's misplaced quotes are stored with its checks of meaning, packed (meaning.py):
    a process that finds the claim file and its sources the same refuses the quote again without
    locating it; one that finds the source moved (the same bytes and sidecar) locates it again and names
    the path it has now."""
    project = copy_project(tmp_path)
    path = project / CLAIM
    caption = "    source: kremlin-idlib-alarming-2020-02-21\n    quote: Omar Haj Kador\n"
    path.write_text(path.read_text("utf-8").replace(FIRST, caption, 1), "utf-8")
    config = load_config(project)

    def refused() -> list[Problem]:
        cache = Cache(project / CACHE_DIR, writable=True)  # a process of its own
        found = [p for p in check(config, cache=cache).errors if "the quote is" in p.message]
        cache.commit()
        cache.close()
        return found

    first = refused()
    assert len(first) == 1 and "(corpus/001_c19c91b9a6e53232.txt:" in first[0].message
    located: list[object] = []
    monkeypatch.setattr(idlibsite.meaning, "misplaced",
                        lambda quotes: located.append(quotes) or placement.misplaced(quotes))
    assert refused() == first and located == []  # taken as stored
    for suffix in (".txt", ".yaml"):
        (project / "corpus" / f"001_c19c91b9a6e53232{suffix}").rename(project / "corpus" / f"moved{suffix}")
    assert refused() == [replace(first[0], message=first[0].message.replace("001_c19c91b9a6e53232", "moved"))]
    assert located  # located again
