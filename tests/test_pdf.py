"""add-source of a PDF: the PDF kept as evidence byte for byte, its text read out of it by pdfminer.six.

The fixtures are PDFs of our own, printed by headless Chromium from pages we wrote
(bench/ingest/make_pdf.py): a two-page flash update with a running header and a footer with
"Page n of 2" on each page and a paragraph cut by the page break, a bulletin set in two columns,
a scan (pages as pictures, no text layer), and a statement encrypted with a password.
"""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, cite_in_a_claim, copy_project, serving
from idlibsite.cli import main
from idlibsite.errors import InputError
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.corpus import load_corpus
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources.pdfdoc import EXTRACTOR, Line, pdf_kinds, pdf_text, read_pdf, reading_order

FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
FLASH = FIXTURES / "flash-update.pdf"
CUT = ("the crowding raises the\nrisk of disease in the\ncoming weeks, as the nights remain below freezing.")


def _reviewed(sidecar: Path) -> None:
    text = sidecar.read_text("utf-8").replace("review: true", "review: false")
    text = re.sub(r'outlet: "FIXME[^"]*"', 'outlet: "OCHA"', text)
    sidecar.write_text(re.sub(r'outlet_note: "FIXME[^"]*"', 'outlet_note: "Its footer."', text), "utf-8")


def test_a_pdf_is_kept_byte_for_byte_beside_the_text_read_out_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "add-source", str(FLASH)]) == 0
    out = capsys.readouterr().out
    corpus = tmp_path / "corpus"
    assert (corpus / "flash-update.pdf").read_bytes() == FLASH.read_bytes()
    text = (corpus / "flash-update.txt").read_text("utf-8")
    assert text.startswith("Syrian Arab Republic: Recent Developments in Northwest Syria\n\n")
    assert CUT in text  # the paragraph cut by the page break is one, without the footer and header between
    for furniture in ("Page 1 of 2", "Page 2 of 2", "www.unocha.org", "Flash Update No. 9\n"):
        assert furniture not in text
    assert "unfinished" in text and "\ufb01" not in text  # the ligature "ﬁ" spelt out
    meta = yaml.safe_load((corpus / "flash-update.yaml").read_text("utf-8"))
    assert meta["pdf_sha256"] == sha256_hex(FLASH.read_bytes()) and "html_sha256" not in meta
    assert meta["text_sha256"] == sha256_hex(text.encode())
    assert meta["extractor"] == EXTRACTOR and re.fullmatch(r"pdfminer\.six \d+ \+ idlibsite pdf text \d+", EXTRACTOR)
    assert meta["title"] == "Syrian Arab Republic: Recent Developments in Northwest Syria"
    assert str(meta["date"]) == "2020-03-02" and meta["id"] == "flash-update-2020-03-02"
    assert "Saved the PDF as corpus/flash-update.pdf, byte for byte" in out
    _reviewed(corpus / "flash-update.yaml")
    sources, problems = load_corpus(corpus, tmp_path)
    assert problems == []
    source = next(s for s in sources if s.id == "flash-update-2020-03-02")
    assert source.page is not None and source.page.suffix == ".pdf"
    assert [b.kind for b in source.blocks].count("body") == 9


def _added(tmp_path: Path) -> Path:
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "add-source", str(FLASH)]) == 0
    _reviewed(tmp_path / "corpus" / "flash-update.yaml")
    return tmp_path / "corpus"


def test_a_changed_pdf_is_caught_by_its_sha256(tmp_path: Path) -> None:
    corpus = _added(tmp_path)
    pdf = corpus / "flash-update.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n% appended\n")  # a reader still opens it: only the digest tells
    _, problems = load_corpus(corpus, tmp_path)
    assert [(p.path, p.severity) for p in problems] == [("corpus/flash-update.pdf", "error")]
    assert "the PDF changed since it was added" in problems[0].message


def test_a_missing_pdf_and_an_edited_text_are_errors(tmp_path: Path) -> None:
    corpus = _added(tmp_path)
    article = corpus / "flash-update.txt"
    article.write_text(article.read_text("utf-8").replace("212 trucks", "312 trucks"), "utf-8")
    (corpus / "flash-update.pdf").unlink()
    _, problems = load_corpus(corpus, tmp_path)
    assert [p.message.split(" (")[0] for p in problems] == ["the extracted text changed since it was added",
                                                          "the PDF corpus/flash-update.pdf is missing"]


def test_a_reader_that_reads_other_text_is_reported_like_a_changed_source(tmp_path: Path) -> None:
    corpus = _added(tmp_path)
    sidecar = corpus / "flash-update.yaml"
    older = "pdfminer.six 20191125 + idlibsite pdf text 1"
    sidecar.write_text(sidecar.read_text("utf-8").replace(EXTRACTOR, older), "utf-8")
    assert load_corpus(corpus, tmp_path)[1] == []  # another version that reads the same text: nothing to say
    article = corpus / "flash-update.txt"
    old = article.read_text("utf-8").replace("Highlights", "HIGHLIGHTS")
    article.write_text(old, "utf-8")
    sidecar.write_text(re.sub(r"text_sha256: .*", f'text_sha256: "{sha256_hex(old.encode())}"',
                              sidecar.read_text("utf-8")), "utf-8")
    _, problems = load_corpus(corpus, tmp_path)
    assert len(problems) == 1 and problems[0].path == "corpus/flash-update.txt"
    assert (problems[0].line, problems[0].column) == (5, 2)
    assert f"{EXTRACTOR} reads different text" in problems[0].message and older in problems[0].message
    assert "pdfminer.six==20191125" in problems[0].hint


def test_a_url_that_answers_a_pdf_is_kept_as_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    served = tmp_path / "served" / "files"
    served.mkdir(parents=True)
    shutil.copy(FLASH, served / "Flash_Update_9.pdf")  # served as application/pdf, by its name
    project = copy_project(tmp_path / "project")
    with serving(tmp_path / "served") as base:
        url = base + "files/Flash_Update_9.pdf"
        assert main(["--root", str(project), "add-source", url]) == 0
    corpus = project / "corpus"
    assert (corpus / "flash-update-9.pdf").read_bytes() == FLASH.read_bytes()
    meta = yaml.safe_load((corpus / "flash-update-9.yaml").read_text("utf-8"))
    assert meta["url"] == url and meta["pdf_sha256"] == sha256_hex(FLASH.read_bytes())
    assert "Saved the PDF as corpus/flash-update-9.pdf" in capsys.readouterr().out


@pytest.mark.parametrize(("fixture", "message", "hint"), [
    ("scanned.pdf", "the PDF has no text layer", "ocrmypdf"),
    ("encrypted.pdf", "the PDF is encrypted", "password"),
])
def test_a_pdf_without_text_to_read_is_refused_saying_what_to_do(fixture: str, message: str, hint: str) -> None:
    with pytest.raises(InputError) as refused:
        read_pdf(f"corpus/{fixture}", (FIXTURES / fixture).read_bytes())
    [problem] = refused.value.problems
    assert problem.path == f"corpus/{fixture}" and message in problem.message and hint in problem.hint


def test_two_columns_are_read_each_down_to_its_foot() -> None:
    text = read_pdf("two-column.pdf", (FIXTURES / "two-column.pdf").read_bytes()).text
    order = ["Key figures", "Eighty-four health", "Mobile clinics", "Attacks on health care", "The cluster recorded",
             "Partners report", "Communicable diseases", "The early warning", "Partners distributed", "Gaps and needs"]
    assert [text.index(s) for s in order] == sorted(text.index(s) for s in order)
    assert "reception centres, where\nthe\ncrowding is most severe." in text  # the second column's foot, over the page
    assert "they served had been" in text.replace("\n", " ")  # a justified line's wide gaps kept on it
    assert "Health Cluster Turkey Hub" not in text and "Bulletin No. 2\n" not in text


def test_reading_order_reads_side_by_side_boxes_left_column_first() -> None:
    # (x0, x1, top): a headline across the page, two columns of two boxes each, a footer across
    boxes = [(50, 550, 800), (320, 550, 700), (50, 290, 700), (50, 290, 500), (320, 550, 480), (50, 550, 60)]
    assert reading_order(boxes, 300) == [0, 2, 3, 1, 4, 5]
    single = [(50, 550, 700), (50, 550, 600), (400, 550, 750)]  # one column, a date set to the right above it
    assert reading_order(single, 300) == [2, 0, 1]


def _page(*lines: tuple[str, float, int, float]) -> list[Line]:
    """Lines (words, type size, box, height of the line's foot) of a page, left-aligned."""
    return [Line(text, size, box, 50, 500, y, y + size) for text, size, box, y in lines]


def test_furniture_on_every_page_is_taken_out_and_a_cut_paragraph_joined() -> None:
    one = _page(("Annual Report 2020", 8, 0, 800), ("A Heading Set Large", 20, 1, 740),
                ("The first paragraph runs on over", 10, 2, 700), ("the end of the", 10, 2, 688),
                ("Example Relief Network | 2020", 8, 3, 40), ("Page 1 of 2", 8, 4, 30))
    two = _page(("Annual Report 2020", 8, 0, 800), ("page into the next one.", 10, 1, 700),
                ("A second paragraph in 2020 ends here.", 10, 1, 688),
                ("Example Relief Network | 2020", 8, 2, 40), ("Page 2 of 2", 8, 3, 30))
    read = pdf_text([one, two], "")
    assert read.text == ("A Heading Set Large\n\nThe first paragraph runs on over\nthe end of the\n"
                         "page into the next one.\nA second paragraph in 2020 ends here.\n")
    assert read.marked == (("A Heading Set Large", "title"),)


def test_a_lone_year_is_no_page_number_and_a_footer_beside_a_page_number_is_furniture() -> None:
    cover = _page(("Nowhere Safe: a Report,", 24, 0, 700), ("2020", 24, 0, 670))
    inner = _page(("The text of the report, which is long enough.", 10, 0, 600), ("A Monitor", 8, 1, 40),
                  ("2", 8, 2, 40))
    read = pdf_text([cover, inner], "")
    assert read.text == "Nowhere Safe: a Report, 2020\n\nThe text of the report, which is long enough.\n"


def test_the_headline_by_type_size_is_the_title_over_a_letterhead() -> None:
    page = _page(("MINISTRY OF EXAMPLES", 10, 0, 780), ("STATEMENT", 10, 1, 740),
                 ("Syria: Situation in Idlib", 18, 1, 720),
                 ("The ministry condemns the escalation in the strongest terms.", 10, 2, 680),
                 ("It calls for a ceasefire and for access for aid.", 10, 2, 668))
    read = pdf_text([page], "")
    blocks = cut_blocks(read.text, overrides=pdf_kinds(read.text, read.marked))
    assert [(b.kind, b.display) for b in blocks if b.kind == "title"] == [("title", "Syria: Situation in Idlib")]
    assert blocks[0].display == "MINISTRY OF EXAMPLES" and blocks[0].kind != "title"


def test_a_file_name_or_a_word_processor_s_name_is_no_title() -> None:
    flash = read_pdf("f.pdf", FLASH.read_bytes())
    assert flash.page.title == "Syrian Arab Republic: Recent Developments in Northwest Syria - Flash Update No. 9"
    brief = read_pdf("b.pdf", (ROOT / "bench" / "ingest" / "pdf" / "pdf-policy-brief-word-title.pdf").read_bytes())
    assert brief.page.title == ""  # "Microsoft Word - draft3.docx"


def test_a_quote_anchors_over_a_page_break_and_the_source_page_links_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _added(tmp_path)
    # the quote runs over the page break, where the footer and the next page's header were
    cite_in_a_claim(tmp_path, "flash-update-disease-risk", "flash-update-2020-03-02",
                    "the crowding raises the risk of disease in the coming weeks", "2020-03-02", kind="direct")
    assert main(["--root", str(tmp_path), "build", "-q"]) == 0, capsys.readouterr().err
    folder = tmp_path / "site" / "sources" / "flash-update-2020-03-02"
    page = (folder / "index.html").read_text("utf-8")
    assert "<mark id=" in page and "the crowding raises the risk of disease in the coming weeks" in page
    pdf_sha = sha256_hex(FLASH.read_bytes())
    assert f"Read by {EXTRACTOR} out of the PDF" in page and pdf_sha in page
    assert page.index(sha256_hex((corpus / "flash-update.txt").read_bytes())) < page.index(pdf_sha)
    assert '<a href="document.pdf" type="application/pdf">document.pdf</a>' in page
    assert (folder / "document.pdf").read_bytes() == FLASH.read_bytes()  # the evidence, byte for byte
    assert not (folder / "page.html.txt").exists()


PINS = FIXTURES / "read.yaml"
PINNED = sorted([*(ROOT / "bench" / "ingest" / "pdf").glob("*.pdf"), FLASH, FIXTURES / "two-column.pdf"])


def _digests() -> dict[str, str]:
    """The SHA-256 of the text read out of each pinned PDF ("none" where it is refused)."""
    def digest(pdf: Path) -> str:
        try:
            return sha256_hex(read_pdf(pdf.name, pdf.read_bytes()).text.encode("utf-8"))
        except InputError:
            return "none"

    return {str(pdf.relative_to(ROOT)): digest(pdf) for pdf in PINNED}


def test_the_text_read_under_a_reader_s_name_is_pinned() -> None:
    """pdf_problems trusts a text made under the installed name without reading the PDF again, so a change to
    sources/pdfdoc.py that changes a text must bump READING (or a new pdfminer.six be recorded):

        PYTHONPATH=src:tests python tests/test_pdf.py >> tests/fixtures/pdf/read.yaml
    """
    pins = yaml.safe_load(PINS.read_text("utf-8"))
    assert EXTRACTOR in pins, f"no digests recorded for {EXTRACTOR}: bump READING or record them"
    assert _digests() == pins[EXTRACTOR]


if __name__ == "__main__":
    print(yaml.safe_dump({EXTRACTOR: _digests()}, sort_keys=True, width=1000), end="")
