"""The corpus loader: exact source records, and every bad input refused with its location."""

import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from idlibsite.sources.corpus import load_corpus

SIDECAR = """id: {id}
outlet: Test Outlet
title: {title}
date: {date}
date_note: stated in the file
language: en
"""
ARTICLE = "A Headline For Tests\n\n{dateline}\n\nThe Kremlin said on Friday that it was “alarming”.\n"


def make(tmp: Path, stem: str, article: bytes | str | None, sidecar: str | None) -> None:
    corpus = tmp / "corpus"
    corpus.mkdir(exist_ok=True)
    if article is not None:
        data = article.encode("utf-8") if isinstance(article, str) else article
        (corpus / f"{stem}.txt").write_bytes(data)
    if sidecar is not None:
        (corpus / f"{stem}.yaml").write_text(sidecar, encoding="utf-8")


def good_sidecar(id: str = "test-source", title: str = "A Headline For Tests", date: str = "2020-03-04") -> str:
    return SIDECAR.format(id=id, title=title, date=date)


def messages(tmp: Path) -> list[str]:
    _, problems = load_corpus(tmp / "corpus", tmp)
    return [p.format() for p in problems]


def test_the_five_articles_load_without_problems() -> None:
    sources, problems = load_corpus(ROOT / "corpus", ROOT)
    assert problems == []
    assert [s.id for s in sources] == [
        "erkhov-dodges-blame-2020-02",
        "kremlin-idlib-alarming-2020-02-21",
        "russia-accuses-turkey-2020-02-13",
        "russia-denies-responsibility-2020-03-04",
        "turkeys-duty-to-stop-fighting-2019-05",
    ]
    by_id = {s.id: s for s in sources}
    assert by_id["russia-denies-responsibility-2020-03-04"].meta.date.iso == "2020-03-04"
    assert by_id["turkeys-duty-to-stop-fighting-2019-05"].meta.date.precision == "month"
    assert not by_id["kremlin-idlib-alarming-2020-02-21"].title_in_file
    for source in sources:
        data = (ROOT / source.path).read_bytes()
        assert source.text == data.decode("utf-8")  # exact, never rewritten
        for block in source.blocks:
            assert source.text[block.start] == block.display[0]


def test_crlf_and_bom_load_with_exact_offsets(tmp_path: Path) -> None:
    article = "\ufeff" + ARTICLE.format(dateline="March 4, 2020").replace("\n", "\r\n")
    make(tmp_path, "a", article, good_sidecar())
    sources, problems = load_corpus(tmp_path / "corpus", tmp_path)
    assert problems == []
    (source,) = sources
    assert source.text == article[1:]
    body = [b for b in source.blocks if b.kind == "body"][0]
    assert source.text[body.start : body.end] == body.display
    assert [b.kind for b in source.blocks] == ["title", "dateline", "body"]


@pytest.mark.parametrize(
    ("article", "sidecar", "expected"),
    [
        (b"Caf\xe9 au lait\n", good_sidecar(),
         "corpus/a.txt:1:4: error: the file is not valid UTF-8 (byte 0xe9 cannot start a character here)"),
        (b"", good_sidecar(), "corpus/a.txt: error: the article file is empty"),
        (b"  \n\n", good_sidecar(), "corpus/a.txt: error: the article file is empty"),
        (b"PK\x03\x04\x00\x00binary", good_sidecar(),
         "corpus/a.txt:1:5: error: the file has a NUL byte: it looks binary, not an article text"),
        (ARTICLE.format(dateline="March 4, 2020"), None,
         "corpus/a.txt: error: the article has no sidecar corpus/a.yaml"),
        (ARTICLE.format(dateline="March 4, 2020"), "id: [oops\n",
         "corpus/a.yaml:2:1: error: invalid YAML"),
        (ARTICLE.format(dateline="March 4, 2020"), good_sidecar(id="../Evil Id"),
         "corpus/a.yaml:1:5: error: id: '../Evil Id' is not a valid id: it contains uppercase letters, "
         "spaces and the characters '.', '/'"),
        (ARTICLE.format(dateline="March 4, 2020"), good_sidecar() + "outlett: x\n",
         "corpus/a.yaml:7:1: error: unknown key 'outlett'"),
        (ARTICLE.format(dateline="March 4, 2020"), good_sidecar(title="Another Title"),
         "corpus/a.txt:1:1: error: the file states title 'A Headline For Tests', "
         "but corpus/a.yaml says title: 'Another Title'"),
        (ARTICLE.format(dateline="04/03/2020"), good_sidecar(date="2020-05-04"),
         "corpus/a.txt:3:1: error: the file's date line '04/03/2020' reads as 2020-03-04 or 2020-04-03, "
         "but corpus/a.yaml says date: 2020-05-04"),
    ],
)
def test_bad_input_is_reported_with_its_location(
    tmp_path: Path, article: bytes | str, sidecar: str | None, expected: str
) -> None:
    make(tmp_path, "a", article, sidecar)
    got = messages(tmp_path)
    assert any(m.startswith(expected) for m in got), got
    assert all("\n    hint: " in m for m in got)  # every problem says what to do


def test_ambiguous_numeric_date_accepts_either_reading(tmp_path: Path) -> None:
    make(tmp_path, "a", ARTICLE.format(dateline="04/03/2020"), good_sidecar(date="2020-04-03"))
    assert messages(tmp_path) == []


def test_every_problem_in_the_folder_is_reported_in_one_run(tmp_path: Path) -> None:
    make(tmp_path, "a", b"", good_sidecar())
    make(tmp_path, "b", ARTICLE.format(dateline="March 4, 2020"), good_sidecar(id="dup"))
    make(tmp_path, "c", ARTICLE.format(dateline="March 4, 2020"), good_sidecar(id="dup"))
    make(tmp_path, "d", None, good_sidecar(id="orphan"))
    got = messages(tmp_path)
    assert [m.split(": error: ")[0] for m in got] == ["corpus/d.yaml", "corpus/a.txt", "corpus/c.yaml"]
    assert "sidecar without its article d.txt" in got[0]
    assert "source id 'dup' is also used by corpus/b.txt" in got[2]


def test_a_copy_of_the_real_corpus_loads_identically(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    here, _ = load_corpus(tmp_path / "corpus", tmp_path)
    there, _ = load_corpus(ROOT / "corpus", ROOT)
    assert here == there


def test_a_sidecar_awaiting_review_is_an_error_at_its_line(tmp_path: Path) -> None:
    make(tmp_path, "a", ARTICLE.format(dateline="March 4, 2020"), good_sidecar() + "review: true\n")
    sources, problems = load_corpus(tmp_path / "corpus", tmp_path)
    assert len(sources) == 1 and sources[0].meta.review
    assert [(p.severity, p.path, p.line, p.column) for p in problems] == [("error", "corpus/a.yaml", 7, 9)]
    assert "awaits review" in problems[0].message and "review: false" in problems[0].hint


def test_every_fixme_value_in_a_sidecar_is_an_error_at_its_value(tmp_path: Path) -> None:
    sidecar = good_sidecar().replace("outlet: Test Outlet", 'outlet: "FIXME: who published it"')
    sidecar = sidecar.replace("date_note: stated in the file", "date_note: FIXME say how")
    make(tmp_path, "a", ARTICLE.format(dateline="March 4, 2020"), sidecar)
    _, problems = load_corpus(tmp_path / "corpus", tmp_path)
    assert [(p.severity, p.line, p.column) for p in problems] == [("error", 2, 9), ("error", 5, 12)]
    assert problems[0].message.startswith("outlet: still says FIXME")
    assert problems[1].message.startswith("date_note: still says FIXME")


def test_check_and_build_refuse_an_unreviewed_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import copy_project
    from idlibsite.cli import main

    copy_project(tmp_path)
    sidecar = next((tmp_path / "corpus").glob("*.yaml"))
    sidecar.write_text(sidecar.read_text("utf-8") + "review: true\n", "utf-8")
    for command in ("check", "build"):
        capsys.readouterr()
        assert main(["--root", str(tmp_path), command]) == 1
        captured = capsys.readouterr()
        assert f"corpus/{sidecar.name}:" in captured.out + captured.err  # check prints to stdout
    assert not (tmp_path / "site").exists()


def test_a_link_that_leads_nowhere_is_a_file_of_the_folder_reported_as_one(tmp_path: Path) -> None:
    """The folder's listing says which files an article has: a sidecar or saved page that is a link
    leading nowhere is read (and reported), not taken as missing; the sidecar of such an article is not
    an orphan, and only a sidecar whose article is not listed at all is."""
    make(tmp_path, "a", ARTICLE.format(dateline="March 4, 2020"), None)
    (tmp_path / "corpus" / "a.yaml").symlink_to("no-such-sidecar.yaml")
    make(tmp_path, "b", ARTICLE.format(dateline="March 4, 2020"), good_sidecar(id="b"))
    (tmp_path / "corpus" / "b.html").symlink_to("no-such-page.html")
    make(tmp_path, "c", None, good_sidecar(id="c"))
    (tmp_path / "corpus" / "c.txt").symlink_to("no-such-article.txt")
    make(tmp_path, "d", None, good_sidecar(id="d"))
    got = messages(tmp_path)
    assert [m.split(": error: ")[0] for m in got] == ["corpus/d.yaml", "corpus/a.yaml", "corpus/b.html",
                                                      "corpus/c.txt"], got
    assert "sidecar without its article d.txt" in got[0] and "which does not exist" in got[1]


def test_an_article_whose_name_has_dots_has_the_files_of_its_whole_stem(tmp_path: Path) -> None:
    """An article's sidecar and saved page are named by its name less its last suffix, as pathlib's
    with_suffix names them (the loader makes them of the folder's listing): ``x.v2.txt`` has ``x.v2.yaml``
    and ``x.v2.html``, each named in messages as the article is, and ``x.yaml`` is a sidecar of no article."""
    make(tmp_path, "x.v2", ARTICLE.format(dateline="March 4, 2020"), good_sidecar(id="x-v2"))
    (tmp_path / "corpus" / "x.v2.html").symlink_to("no-such-page.html")
    make(tmp_path, "x", None, good_sidecar(id="x"))
    make(tmp_path, "y.v2", ARTICLE.format(dateline="March 4, 2020"), good_sidecar(id="y-v2"))
    sources, problems = load_corpus(tmp_path / "corpus", tmp_path)
    got = [p.format() for p in problems]
    assert [m.split(": error: ")[0] for m in got] == ["corpus/x.yaml", "corpus/x.v2.html"], got
    assert "sidecar without its article x.txt" in got[0]
    assert [(s.id, s.path) for s in sources] == [("y-v2", "corpus/y.v2.txt")]
