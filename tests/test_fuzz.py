"""Property-based fuzzing of everything that reads input: nothing crashes, nothing is written.

Random text and random bytes go through the loaders (corpus.load_source,
evidence.decode_article, blocks.cut_blocks), random YAML-ish text through
yamlpos.load_yaml and annotations.load_annotations, random texts and quotes
through anchoring.anchor, and fuzzed projects through build().  The only
acceptable outcomes are a result, returned Problems (each located inside its
file and with a hint), or our own IdlibError; a build that fails leaves no
site/ and no temporary folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import examples
from idlibsite.anchoring.match import anchor
from idlibsite.anchoring.spans import METHODS, Anchor, AnchorFailure, prepare
from idlibsite.annotations.load import load_annotations
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.errors import IdlibError, Problem
from idlibsite.sources.blocks import Override, cut_blocks
from idlibsite.sources.corpus import load_source
from idlibsite.sources.evidence import decode_article
from idlibsite.sources.records import BLOCK_KINDS
from idlibsite.yamlpos import YMap, YSeq, YStr, load_yaml

FUZZ = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
BUILDS = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARTICLE = """Russia Says Turkey Must Withdraw

March 4, 2020

The spokesman said "Turkey must withdraw its troops" on Tuesday.

By Reuters

Other officials said the talks would go on, “as agreed in Sochi”.
"""
SIDECAR = """id: fuzz-source
outlet: Fuzz Times
title: Russia Says Turkey Must Withdraw
date: 2020-03-04
date_note: The date line reads March 4, 2020.
byline: Reuters
language: en
"""
ACTORS = """actors:
  - id: a-speaker
    name: A Speaker
    kind: person
    affiliation: Russia
"""
CLAIM = """id: fuzz
title: Turkey must withdraw
actor: a-speaker
date: 2020-03
assertion: Turkey must withdraw its troops.
counter_assertion:
  text: The talks go on.
  actors: []
topics: [withdrawal]
status:
  value: active
  date: 2020-03-04
updated: 2020-03-04
aliases: []
notes: |
  A *note*.
statements:
  - id: withdraw
    speaker: a-speaker
    source: fuzz-source
    quote: Turkey must withdraw its troops
    kind: direct
    side: assertion
    said: 2020-03-03
    anchor:
      occurrence: 1
"""

# Pieces that YAML, our schema and our date and id rules give meaning to, and troublemakers.
YAML_PIECES = [
    "id",
    "title",
    "statements",
    "quote",
    "source",
    "said",
    "actors",
    "status",
    "value",
    "anchor",
    ": ",
    ":",
    "- ",
    "-",
    "  ",
    "    ",
    "\n",
    "\r\n",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ", ",
    '"',
    "'",
    "&a ",
    "*a",
    "!!str ",
    "!tag ",
    "<<: ",
    "---\n",
    "...\n",
    "# c\n",
    "|\n",
    ">-\n",
    "? ",
    "%YAML 1.1\n",
    "\\",
    "\\u00e9",
    "2020-02-30",
    "04/03/2020",
    "../x",
    "Upper Case",
    "yes",
    "~",
    "null",
    "1e3",
    "0x1F",
    "\u2028",
    "\x85",
    "\ufeff",
    "\x00",
    "\x07",
    "é",
    "😀",
    "＜script＞",
]
yamlish = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=6)), max_size=50).map(
    "".join
)


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few random deletions, insertions and duplicated lines."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        how = draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if how == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        elif how == "insert":
            text = text[:at] + draw(st.sampled_from(YAML_PIECES)) + text[at:]
        else:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end + 1
            text = text[:end] + text[start:end] + text[end:]
    return text


def encodable(text: str) -> str:
    """The text without lone surrogates (which no file can hold as UTF-8)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def check_problems(problems: list[Problem], display: str, text: str | None) -> None:
    """Every problem names the file, sits inside it, and says what to do."""
    lines = (text.count("\n") + 1) if text is not None else None
    for p in problems:
        assert isinstance(p, Problem)
        assert p.severity in ("error", "warning")
        assert p.message and p.hint, p
        if p.path == display and p.line is not None and lines is not None:
            assert 1 <= p.line <= lines + 1, p
            assert p.column is None or p.column >= 1, p


@contextmanager
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="idlibsite-fuzz-") as folder:
        yield Path(folder)


# --- the corpus loader --------------------------------------------------------------


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )
)
def test_decode_article_returns_text_or_located_problems(data: bytes) -> None:
    text, problems = decode_article("corpus/a.txt", data)
    assert (text is None) == bool(problems)
    if text is not None:
        assert text.encode("utf-8") == data.removeprefix(b"\xef\xbb\xbf")
    for p in problems:
        assert p.path == "corpus/a.txt" and p.hint
        assert p.line is None or 1 <= p.line <= data.count(b"\n") + 1


@FUZZ
@given(
    st.text(max_size=600),
    st.dictionaries(st.integers(1, 30), st.builds(Override, st.sampled_from(BLOCK_KINDS),
                                                  st.none() | st.integers(1, 40)), max_size=3),
)
def test_cut_blocks_covers_only_real_text(text: str, overrides: dict[int, Override]) -> None:
    blocks = cut_blocks(text, overrides=overrides)
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))  # in order, none overlapping
    for block in blocks:
        assert block.kind in BLOCK_KINDS
        assert 0 <= block.start <= block.end <= len(text)
        for seg in block.segments:
            assert 0 <= seg.source_start <= seg.source_end <= len(text)
            if seg.verbatim:
                assert (
                    block.display[seg.display_start : seg.display_end]
                    == text[seg.source_start : seg.source_end]
                )


@FUZZ
@given(
    st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: encodable(t).encode())),
    st.one_of(st.just(SIDECAR), edited(SIDECAR), yamlish.map(encodable)),
)
def test_load_source_returns_a_source_or_problems(article: bytes, sidecar: str) -> None:
    with scratch() as root:
        (root / "corpus").mkdir()
        (root / "corpus/a.txt").write_bytes(article)
        (root / "corpus/a.yaml").write_text(sidecar, "utf-8")
        source, problems = load_source(root / "corpus/a.txt", root)
    check_problems(problems, "corpus/a.yaml", sidecar)
    errors = [p for p in problems if p.severity == "error"]
    if source is None:
        assert errors
    else:
        assert source.text.encode() == article.removeprefix(b"\xef\xbb\xbf")


# --- YAML and the annotations -------------------------------------------------------


@FUZZ
@given(st.one_of(yamlish, edited(CLAIM), st.text(max_size=200)))
def test_load_yaml_returns_a_tree_or_located_problems(text: str) -> None:
    node, problems = load_yaml("claims/x.yaml", text)
    check_problems(problems, "claims/x.yaml", text)
    assert node is not None or problems
    if node is not None:
        assert isinstance(node, (YStr, YSeq, YMap))


@FUZZ
@given(
    st.one_of(edited(CLAIM), yamlish, st.binary(max_size=300)),
    st.one_of(st.just(ACTORS), edited(ACTORS)),
)
def test_load_annotations_returns_records_or_problems(claim: str | bytes, actors: str) -> None:
    with scratch() as root:
        claims = root / "claims"
        claims.mkdir()
        data = claim if isinstance(claim, bytes) else encodable(claim).encode()
        (claims / "fuzz.yaml").write_bytes(data)
        (claims / "actors.yaml").write_text(encodable(actors), "utf-8")
        annotations, problems = load_annotations(claims, root)
    text = data.decode("utf-8", "replace")
    check_problems([p for p in problems if p.path == "claims/fuzz.yaml"], "claims/fuzz.yaml", text)
    check_problems(
        [p for p in problems if p.path != "claims/fuzz.yaml"], "claims/actors.yaml", actors
    )
    for claim_record in annotations.claims:  # only claims with a usable id come back
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", claim_record.id)
        assert all(st_.id for st_ in claim_record.statements)


# --- anchoring ------------------------------------------------------------------------

WORDS = [
    "Turkey",
    "must",
    "withdraw",
    "its",
    "troops",
    "Idlib",
    "Sochi",
    "said",
    "the",
    "a",
    "1,000",
]
PUNCT = [
    " ",
    "  ",
    "\n",
    "\n\n",
    "-\n",
    ", ",
    ". ",
    '"',
    "“",
    "”",
    "'",
    "’",
    "—",
    "–",
    "...",
    "…",
    "\u00ad",
    "\u2028",
]
texty = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT), st.text(max_size=3)), max_size=80
).map("".join)


@st.composite
def text_and_quote(draw: st.DrawFn) -> tuple[str, str]:
    text = draw(texty)
    if text and draw(st.booleans()):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 120)))
        quote = text[a:b]
        if draw(st.booleans()):  # typed with typos, an ellipsis, other quote marks
            quote = draw(edited(quote)) if quote else quote
    else:
        quote = draw(texty)
    return text, quote


@FUZZ
@example(("Turkey", "T"), "", "", None)  # found by this test: a boundary at the end of the text
@example(
    ("He said that Turkey must withdraw its troops", "Turkey must withdraw its trops"), "", "", None
)
@given(
    text_and_quote(),
    st.sampled_from(["", "must", "said the"]),
    st.sampled_from(["", "troops"]),
    st.one_of(st.none(), st.integers(1, 3)),
)
def test_anchor_returns_spans_of_the_text_or_a_reason(
    pair: tuple[str, str], prefix: str, suffix: str, occurrence: int | None
) -> None:
    text, quote = pair
    result = anchor(prepare(text), quote, prefix=prefix, suffix=suffix, occurrence=occurrence)
    if isinstance(result, AnchorFailure):
        assert result.reason in ("empty", "not-found", "ambiguous", "low-score")
        assert result.message
        if result.best is not None:
            assert 0 <= result.best.start <= result.best.end <= len(text)
        return
    assert isinstance(result, Anchor) and result.spans
    last = 0
    for span in result.spans:
        assert last <= span.start < span.end <= len(text), (span, len(text))
        assert span.text == text[span.start : span.end]
        assert span.method in METHODS and 0 < span.score <= 1
        last = span.end


# --- whole builds: a failed one writes nothing -------------------------------------------


@pytest.fixture(scope="module")
def small_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-source, one-claim project that builds."""
    root = tmp_path_factory.mktemp("small")
    (root / "corpus").mkdir()
    (root / "claims").mkdir()
    (root / "corpus/a.txt").write_text(ARTICLE, "utf-8")
    (root / "corpus/a.yaml").write_text(SIDECAR, "utf-8")
    (root / "claims/actors.yaml").write_text(ACTORS, "utf-8")
    (root / "claims/topics.yaml").write_text("topics:\n  - id: withdrawal\n    title: Withdrawal\n", "utf-8")
    (root / "claims/fuzz.yaml").write_text(CLAIM, "utf-8")
    return root


def test_the_small_project_builds(small_project: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(small_project, project)
    result = build(load_config(project))
    assert result.checked.errors == ()
    (quote,) = result.checked.site.quotes
    assert (quote.claim.id, quote.source.id, quote.anchor.method) == ("fuzz", "fuzz-source", "exact")
    assert ARTICLE[quote.anchor.start:quote.anchor.end] == "Turkey must withdraw its troops"
    page = (project / "site" / "claims" / "fuzz" / "index.html").read_text("utf-8")
    assert "Turkey must withdraw" in page and "<p>The talks go on.</p>" in page
    assert "<mark>Turkey must withdraw its troops</mark>" in page
    data = json.loads((project / "site" / "claims" / "fuzz" / "claim.json").read_text("utf-8"))
    assert data["claim"]["counter_assertion"] == {"text": "The talks go on.", "actors": []}


def test_a_claim_without_its_optional_counter_assertion_builds(
    small_project: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p"
    shutil.copytree(small_project, project)
    claim = project / "claims/fuzz.yaml"
    text = claim.read_text("utf-8")
    start = text.index("counter_assertion:")
    claim.write_text(text[:start] + text[text.index("topics:") :], "utf-8")
    result = build(load_config(project))
    assert result.checked.errors == () and len(result.checked.site.quotes) == 1
    page = (project / "site" / "claims" / "fuzz" / "index.html").read_text("utf-8")
    assert "No counter-assertion is recorded in the corpus." in page and "The talks go on." not in page
    data = json.loads((project / "site" / "claims" / "fuzz" / "claim.json").read_text("utf-8"))
    assert data["claim"]["counter_assertion"] is None


@BUILDS
@given(
    st.sampled_from(["claims/fuzz.yaml", "claims/actors.yaml", "corpus/a.yaml", "corpus/a.txt"]),
    st.data(),
)
def test_a_build_of_a_fuzzed_project_raises_our_error_and_writes_nothing(
    small_project: Path, which: str, data: st.DataObject
) -> None:
    original = (small_project / which).read_text("utf-8")
    broken = data.draw(st.one_of(edited(original), yamlish.map(encodable)), label="content")
    with scratch() as folder:
        project = folder / "p"
        shutil.copytree(small_project, project)
        (project / which).write_text(broken, "utf-8")
        tmpdir = folder / "tmp"
        tmpdir.mkdir()
        old = os.environ.get("TMPDIR")
        os.environ["TMPDIR"] = str(tmpdir)
        tempfile.tempdir = None  # let tempfile see the new TMPDIR
        try:
            build(load_config(project))
        except IdlibError as exc:
            assert exc.problems and all(p.hint for p in exc.problems)
            assert not (project / "site").exists()
            assert [p.name for p in project.iterdir() if p.name.startswith(".site")] == []
            assert not (project / ".idlibsite-cache").exists()
            assert list(tmpdir.iterdir()) == []
        else:  # the edit left the project valid (a comment, say): then the site is whole
            assert (project / "site" / "index.html").is_file()
        finally:
            if old is None:
                del os.environ["TMPDIR"]
            else:
                os.environ["TMPDIR"] = old
            tempfile.tempdir = None
