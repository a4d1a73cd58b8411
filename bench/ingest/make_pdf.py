"""Print bench/ingest/pdfcases.yaml's cases to PDFs with headless Chromium (run once per new case).

Each case's pages (HTML, one item a page) are set on A4 pages of their own, with the case's
header and footer on every page, and printed to ``pdf/<key>.pdf``; a ``scanned`` case is first
photographed page by page and printed as pictures, so its PDF has no text layer.  The PDFs are
committed (CI has no Chromium).  Every label of a case is checked to be words of its pages.

    python bench/ingest/make_pdf.py
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CSS = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.35 }
.page { height: 296mm; box-sizing: border-box; padding: 22mm 20mm 24mm; position: relative; overflow: hidden;
        break-after: page }
.hd { position: absolute; top: 9mm; left: 20mm; right: 20mm; font-size: 8pt; color: #555;
      border-bottom: 0.5pt solid #999 }
.ft { position: absolute; bottom: 10mm; left: 20mm; right: 20mm; font-size: 8pt; color: #555 }
.pn { float: right }
h1 { font-size: 18pt; margin: 0 0 3mm } h2 { font-size: 12pt; margin: 4mm 0 1mm }
.sub, .org, .kind, .when, .by, .meta { font-weight: bold; margin: 1mm 0 }
.box { border: 1pt solid #4a7ab5; padding: 2mm 4mm; margin: 3mm 0 }
.cover { padding-top: 80mm } .cover h1 { font-size: 24pt }
.just { text-align: justify; width: 120mm }
.notes { position: absolute; bottom: 20mm; left: 20mm; right: 20mm; font-size: 8pt; border-top: 0.5pt solid #999 }
.notes p { margin: 1mm 0 }
.letterhead { text-align: center; margin-bottom: 10mm } .right { text-align: right }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; height: 215mm; column-fill: auto }
.band { background: #e8eef5; padding: 3mm; margin-bottom: 4mm }
.cont { margin-top: 0 }
"""


def page_html(case: dict[str, Any], n: int, body: str) -> str:
    of = len(case["pages"])
    header = case.get("header", "") if n >= case.get("header_from", 1) else ""
    footer = "" if n == 1 and case.get("first_page_plain") else case.get("footer", "")
    return (f'<div class="page">{header.format(n=n, of=of)}{body}'
            f'{footer.format(n=n, of=of)}</div>')


def document(case: dict[str, Any]) -> str:
    title = f"<title>{html.escape(case['doc_title'])}</title>" if "doc_title" in case else ""
    pages = "\n".join(page_html(case, n, body) for n, body in enumerate(case["pages"], 1))
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">{title}<style>{CSS}</style></head>'
            f"<body>\n{pages}\n</body></html>\n")


def check_labels(case: dict[str, Any]) -> None:
    """Every label must be words of the pages (a typo in a label cannot pass for a miss)."""
    import lxml.html  # noqa: PLC0415

    def text(fragment: str) -> str:
        return lxml.html.fragment_fromstring(fragment.replace("&shy;", ""), create_parent="div").text_content()

    of = len(case["pages"])
    words = " ".join(" ".join(text(body) for body in case["pages"]).split())
    words += " " + " ".join(f"{n}. {' '.join(item.text_content().split())}"  # a numbered list as printed
                            for body in case["pages"]
                            for ol in lxml.html.fragment_fromstring(body, create_parent="div").iter("ol")
                            for n, item in enumerate(ol.iter("li"), 1))
    words += " " + " ".join(" ".join(text(case.get(part, "").format(n=n, of=of)).split())
                            for part in ("header", "footer") for n in range(1, of + 1))
    for label in case.get("paragraphs", []) + case.get("headings", []) + case.get("chrome", []) \
            + case.get("notes", []) + [case["title"]]:
        if " ".join(label.split()) not in words:
            raise ValueError(f"{case['key']}: label not in the pages: {label!r}")


def render(case: dict[str, Any], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{case['key']}.html"  # without a <title>, Chromium writes this name
        source.write_text(document(case), "utf-8")
        if case.get("scanned"):
            shots = []
            for n, body in enumerate(case["pages"], 1):
                one = Path(tmp) / f"page{n}.html"
                one.write_text(document({**case, "pages": [body]}), "utf-8")
                shot = Path(tmp) / f"page{n}.png"
                subprocess.run(CHROMIUM + ["--window-size=794,1123", f"--screenshot={shot}", one.as_uri()],
                               check=True, capture_output=True)
                shots.append(shot.name)
            source.write_text("<!DOCTYPE html><html><head><style>@page{size:A4;margin:0}body{margin:0}"
                              "img{width:210mm;height:296mm;display:block;break-after:page}</style></head><body>"
                              + "".join(f'<img src="{s}">' for s in shots) + "</body></html>", "utf-8")
        subprocess.run(CHROMIUM + [f"--print-to-pdf={out}", "--no-pdf-header-footer", source.as_uri()],
                       check=True, capture_output=True)


def main() -> None:
    cases = yaml.safe_load((HERE / "pdfcases.yaml").read_text("utf-8"))["cases"]
    (HERE / "pdf").mkdir(exist_ok=True)
    for case in cases:
        check_labels(case)
        render(case, HERE / "pdf" / f"{case['key']}.pdf")
    print(f"{len(cases)} PDFs written under {HERE / 'pdf'}")


if __name__ == "__main__":
    main()
