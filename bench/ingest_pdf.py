"""How well add-source reads a PDF: its text, metadata and paragraphs, on the PDF cases we wrote.

    python -m bench.ingest_pdf [-v]       # from the repository root, in the project's venv

bench/ingest/pdfcases.yaml holds the cases (printed by ``python bench/ingest/make_pdf.py`` into
bench/ingest/pdf/).  Each PDF is read as add-source reads it (sources/pdfdoc.py, then the block
cutter and the metadata finder) and scored as bench/ingest.py scores a saved page: each field
right, wrong, guess-wrong or FIXME; paragraph starts found, missed and spurious; the labelled
paragraphs, headings and footnotes present in the text, and the chrome (running headers, footers,
page numbers) that reached it.  A case labelled ``error`` must be refused with those words.

``--pypdf`` reads the text with pypdf instead (``pip install pypdf``; not a dependency), through the
loader's rules for text copied out of a PDF (its pages joined by form feeds, as pdftotext writes them):
the comparison that chose pdfminer.six.
"""

from __future__ import annotations

import io
import sys
from collections import Counter
from collections.abc import Callable

import yaml

from bench.ingest import (FIELDS, HERE, ROOT, count_present, headings_as_body, one_line, score, score_table,
                          tally_case)
from idlibsite.addsource import detect_language
from idlibsite.errors import InputError, Problem
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.metadata import Finding, find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.metadata import PageMeta
from idlibsite.sources.pdfdoc import FILE_TITLE, PdfText, pdf_kinds, read_pdf


def read_with_pypdf(shown: str, data: bytes) -> PdfText:
    """The text as pypdf reads it, its pages joined by form feeds as pdftotext writes them: the block cutter
    then reads it as any text copied out of a PDF (running headers, page numbers, hard wraps)."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\f".join(page.extract_text() for page in reader.pages).strip()
    title = " ".join(str((reader.metadata or {}).get("/Title", "")).split())
    if not text:
        raise InputError([Problem(shown, None, None, "the PDF has no text layer", "")])
    return PdfText(text + "\n", PageMeta("" if FILE_TITLE.fullmatch(title) else title), f"pypdf {pypdf.__version__}")


def run_case(case: dict, outlets: tuple, tally: dict[str, Counter[str]], story: Counter[str],  # type: ignore[type-arg]
             problems: list[str], reader: Callable[[str, bytes], PdfText] = read_pdf) -> None:
    key = case["key"]
    data = (HERE / "pdf" / f"{key}.pdf").read_bytes()
    try:
        read = reader(f"{key}.pdf", data)
    except InputError as exc:
        message = " ".join(p.message for p in exc.problems)
        story["refused"] += 1
        if case.get("error") and case["error"] in message:
            story["refused-right"] += 1
        else:
            problems.append(f"pdf/{key}: refused: {message}")
        return
    if case.get("error"):
        problems.append(f"pdf/{key}: read, but should be refused ({case['error']})")
        return
    text, page = read.text, read.page
    blocks = cut_blocks(text, overrides=pdf_kinds(text, read.marked))
    words = one_line(" ".join(b.display for b in blocks))  # the text as read: wrapped lines and hyphen breaks joined
    count_present(words, (("paragraph", case["paragraphs"]), ("heading", case["headings"]), ("note", case["notes"])),
                  case["chrome"], f"pdf/{key}", story, problems)
    headings_as_body(blocks, case, "pdf", key, story, problems)
    found = find_metadata(text, blocks, outlets, page=page, language=detect_language(text))
    results = {
        "title": score(found.title, case["title"]),
        "date": score(Finding(found.date.iso, found.date_note.note, found.date_note.certain), case["date"] or None),
        "url": score(found.url, case["url"] or None),
        "outlet": score(found.outlet, case["outlet"] or None),
        "agency": score(found.agency, case["agency"] or None),
        "language": score(found.language, "en"),
        "byline": score(found.byline, case["byline"] or None),
    }
    tally_case(f"pdf/{key}", results, found, case["paragraphs"], blocks, tally, problems)


def main(argv: list[str]) -> int:
    outlets, errors = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
    assert not errors, errors
    cases = yaml.safe_load((HERE / "pdfcases.yaml").read_text("utf-8"))["cases"]
    tally: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    story: Counter[str] = Counter()
    problems: list[str] = []
    for case in cases:
        run_case(case, outlets, tally, story, problems, read_with_pypdf if "--pypdf" in argv else read_pdf)
    refusals = sum(1 for c in cases if c.get("error"))
    print(f"PDFs read: {len(cases) - story['refused']} of {len(cases) - refusals}; refused as they should be: "
          f"{story['refused-right']} of {refusals}")
    score_table(f"pdf: {len(cases) - story['refused']} PDFs read", tally)
    print(f"\n  text: paragraphs present {story['paragraph-present']}/{story['paragraph']}, headings "
          f"{story['heading-present']}/{story['heading']} ({story['heading-as-body']} read as body paragraphs), "
          f"footnotes {story['note-present']}/{story['note']}, chrome strings in the text "
          f"{story['chrome-present']}/{story['chrome']}")
    if "-v" in argv:
        print("\n".join("    " + p for p in problems))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
