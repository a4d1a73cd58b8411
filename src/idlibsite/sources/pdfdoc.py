"""A PDF: its text, read by pdfminer.six, and its own title (the PDF is kept as evidence beside the text).

The PDF is evidence and is kept byte for byte beside the text read out of it (``corpus/<stem>.pdf``
next to ``corpus/<stem>.txt``), as a saved web page is; the sidecar records both SHA-256s and the
extractor's name and version, so a newer pdfminer.six that would read other text is caught like a
changed source (:func:`pdf_problems`).

The text is pdfminer.six's, page by page, with its layout analysis (a text box is a paragraph; boxes
side by side are read a column down before the next), made fit to anchor in: ligatures (``ﬁ``) and
spaces of justified lines made plain; the lines printed at the top or bottom of most pages (a running
header, a footer, the page number's digits aside), a page number and the footer beside it taken out;
a paragraph that runs over a page break or a column's foot joined.  The lines inside a paragraph stay
as the PDF breaks them: the block cutter reads hard wraps and hyphenated line ends as it does for any
text copied out of a PDF, and so does anchoring.  The headline (the largest type of the first page)
and the headings set larger than the text are given as the sidecar's ``block_kinds``, as a saved
page's markup gives its headings; the PDF's own title only where it is no file name.

Why pdfminer.six, not pypdf: on bench/ingest's PDF cases (bench/README.md) pypdf runs a page's text
objects together (a footer's "Page 1 of 2" glued to the address beside it) and gives no paragraph
breaks; pdfminer.six's layout analysis gives each text box as a paragraph.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from importlib.metadata import version

from idlibsite.errors import InputError, Problem, line_col
from idlibsite.sources.blocks import Override, cut_blocks
from idlibsite.sources.evidence import extracted_otherwise, kept_problems
from idlibsite.sources.metadata import PageMeta
from idlibsite.sources.paged import PAGE_NUMBER
from idlibsite.sources.pageblocks import words
from idlibsite.sources.webpage import markup_kinds

# The reading below changes with this number: any change that changes a text must bump it, so that
# pdf_problems reads a PDF added before again (as for a changed pdfminer.six).
READING = 1
EXTRACTOR = f"pdfminer.six {version('pdfminer.six')} + idlibsite pdf text {READING}"
# A line printed at the top or the bottom of most pages is the page's furniture: these many lines
# of each end are compared.
EDGE_LINES = 3
# Ligatures of the Alphabetic Presentation Forms block that fonts print ("ﬁ"): plain letters in the text.
LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
SPACES = re.compile(r"[ \t\u00a0]{2,}|\u00a0")
# A PDF's metadata title that is no title: a file's name, a word processor's "Microsoft Word - …".
FILE_TITLE = re.compile(r"(?i)(microsoft\s+(word|powerpoint)\s+-\s+.*"
                        r"|.*\.(docx?|odt|rtf|pdf|html?|pptx?|xlsx?|indd|tex)|untitled\S*|document\d*|\s*)")
# A line that ends a sentence: a paragraph ends there, never one cut after a comma (unlike the reflow's
# SENTENCE_END in sources/reflow.py, which lets a short line ending with a comma end a paragraph).
SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]$")
# A page number as a browser prints it in a footer ("2/5"), besides the forms of sources/paged.py.
PAGE_OF = re.compile(r"\d{1,3}\s*/\s*\d{1,3}")
ADDRESS = re.compile(r"(?i)https?://")
# Type this much larger than the text's is a heading's; the headline is the largest of the first
# page's first boxes.
LARGER = 1.1
HEADLINE_AMONG = 8
HEADING_MAX_WORDS = 14


@dataclass(frozen=True)
class PdfText:
    """What is read out of a PDF."""

    text: str  # the text the quotes anchor in
    page: PageMeta  # the PDF's own title, where it is one
    extractor: str  # the name and version of what read the text
    marked: tuple[tuple[str, str], ...] = ()  # (words, kind) of the blocks its type sizes make headings


@dataclass(frozen=True)
class Line:
    """A line of a page as pdfminer.six's layout analysis reads it: its words, the size of most of its type,
    the text box it is in (its number on the page) and where it is (points, the page's origin at its foot)."""

    text: str
    size: float = 0.0
    box: int = 0
    x0: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    top: float = 0.0


def looks_like_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF: its header in the first kilobyte, as readers accept it."""
    return b"%PDF-" in data[:1024]


def read_pdf(shown: str, data: bytes) -> PdfText:
    """The text and title of the PDF ``data`` (named ``shown`` in errors), or an InputError saying why not:
    an encrypted PDF, a broken one, one without a text layer (a scan)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    try:
        info = _info(data)
        pages = _pages(data)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise _refused(shown, "the PDF is encrypted: its text cannot be read without its password",
                       "open it with its password and print it to a new PDF (or copy its text into a .txt "
                       "file), then add that") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise _refused(shown, f"the PDF cannot be read ({type(exc).__name__}: {exc})",
                       "open it in a PDF reader and print it to a new PDF, or copy its text into a .txt file") from None
    title = " ".join(str(info.get("Title", "")).split())
    read = pdf_text(pages, "" if FILE_TITLE.fullmatch(title) else title)
    if not read.text.strip():
        raise _refused(shown, "the PDF has no text layer: its pages are pictures (a scan), with no text to quote",
                       "run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`, or a PDF editor's \"Recognize text\") "
                       "and add the result, or type its text into a .txt file")
    return read


def pdf_text(pages: list[list[Line]], title: str) -> PdfText:
    """The text of a PDF's pages, each its lines in reading order (pure): ligatures and justified spaces made
    plain, the furniture printed on most pages taken out, a paragraph cut by a box's or a page's end joined;
    the lines set larger than the text marked as its headline (the largest on the first page, wrapped lines
    made one) and its headings."""
    plain = [[replace(line, text=_plain(line.text)) for line in page] for page in pages]
    kept = _without_furniture([[line for line in page if line.text] for page in plain], title)
    sizes: Counter[float] = Counter()
    for line in (line for page in kept for line in page):
        sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    first = next((page for page in kept if page), [])
    top = max((line.size for line in first[:HEADLINE_AMONG]), default=0.0)
    paragraphs: list[list[str]] = []
    marked: list[tuple[str, int]] = []  # (kind, paragraph)
    for page in kept:
        for k, line in enumerate(page):
            larger = line.size >= body * LARGER
            prev = page[k - 1] if k else None
            same = prev is not None and (prev.box == line.box and (
                prev.size == line.size or not (larger or prev.size >= body * LARGER))
                or page is first and prev.size == line.size == top)  # a headline wrapped over boxes
            if same:
                paragraphs[-1].append(line.text)
            elif paragraphs and not SENTENCE_END.search(paragraphs[-1][-1]) and line.text[:1].islower() \
                    and not larger and (prev is None or prev.box != line.box):
                paragraphs[-1].append(line.text)  # a paragraph cut by a page's or a column's end, a list item's wrap
            else:
                paragraphs.append([line.text])
            if page is first and larger and line.size == top and k < HEADLINE_AMONG:
                marked.append(("title", len(paragraphs) - 1))
            elif larger:
                marked.append(("subheading", len(paragraphs) - 1))
    headings = {i: kind for kind, i in reversed(marked)}  # a paragraph's first line gives its kind
    shown = [" ".join(p) if headings.get(i) == "title" else "\n".join(p) for i, p in enumerate(paragraphs)]
    kinds = tuple((words(shown[i]), kind) for i, kind in headings.items()
                  if kind == "title" or len(shown[i].split()) <= HEADING_MAX_WORDS)
    text = "\n\n".join(shown)
    return PdfText(text + "\n" if text else "", PageMeta(title=title), EXTRACTOR, kinds)


def pdf_kinds(text: str, marked: tuple[tuple[str, str], ...]) -> dict[int, Override]:
    """``block_kinds`` for a PDF's text: the kinds its type sizes give (as a saved page's markup gives them,
    :func:`markup_kinds`); where they give the headline, the lines the block cutter would read as the
    title instead (a letterhead's, above it) are chrome."""
    kinds = markup_kinds(text, marked)
    title = next((shown for shown, kind in marked if kind == "title"), "")
    if title:
        kinds.update({line_col(text, b.start)[0]: Override("chrome") for b in cut_blocks(text, overrides=kinds)
                      if b.kind == "title" and words(b.display) != title})
    return kinds


def _refused(shown: str, message: str, hint: str) -> InputError:
    """The error of a PDF whose text cannot be read (``message``), with what to do (``hint``)."""
    return InputError([Problem(shown, None, None, message, hint)])


def _info(data: bytes) -> dict[str, object]:
    """The PDF's document information (its Title, Author, …) as text."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    info = document.info[0] if document.info else {}
    return {k: decode_text(v) if isinstance(v, bytes) else v for k, v in info.items()}


def _pages(data: bytes) -> list[list[Line]]:
    """Each page's lines in reading order: its text boxes (pdfminer.six's layout analysis) read top down,
    where boxes stand side by side in columns the left column's down to the foot before the right's."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine

    pages = []
    # words of a justified narrow column stay on their line: a gap of up to four characters' widths
    for page in extract_pages(io.BytesIO(data), laparams=LAParams(char_margin=4.0)):
        boxes = [b for b in page if isinstance(b, LTTextBox)]
        lines = []
        for n, box in enumerate(reading_order([(b.x0, b.x1, b.y1) for b in boxes], (page.x0 + page.x1) / 2)):
            for line in (x for x in boxes[box] if isinstance(x, LTTextLine)):
                sizes = Counter(round(c.size, 1) for c in line if isinstance(c, LTChar))
                lines.append(Line(line.get_text().rstrip("\n"), sizes.most_common(1)[0][0] if sizes else 0.0, n,
                                  line.x0, line.x1, line.y0, line.y1))
        pages.append(lines)
    return pages


def reading_order(boxes: list[tuple[float, float, float]], middle: float) -> list[int]:
    """The order to read boxes (x0, x1, top) in (pure): top down; a run of boxes none of which crosses the
    page's ``middle`` (columns side by side) is read the left ones down first, then the right ones."""
    order, band = [], []  # type: list[int], list[int]

    def flush() -> None:
        order.extend(sorted(band, key=lambda i: (boxes[i][0] >= middle, -boxes[i][2])))
        band.clear()

    for i in sorted(range(len(boxes)), key=lambda i: -boxes[i][2]):
        x0, x1, _ = boxes[i]
        if x0 < middle < x1:
            flush()
            order.append(i)
        else:
            band.append(i)
    flush()
    return order


def _plain(line: str) -> str:
    """A line with ligatures spelt out and runs of spaces (justified lines) made one."""
    return SPACES.sub(" ", "".join(LIGATURES.get(c, c) for c in line)).strip()


def _shape(line: str) -> str:
    """A line with its digits masked: a running footer's "Page 2 of 3" is the same line on every page."""
    return re.sub(r"\d+", "#", line)


def _page_number(line: str) -> bool:
    """Whether a line is only a page number: sources/paged.py's forms, or a browser's "2/5"."""
    return PAGE_NUMBER.fullmatch(line) is not None or PAGE_OF.fullmatch(line) is not None


def _without_furniture(pages: list[list[Line]], title: str) -> list[list[Line]]:
    """The pages without their furniture, at their top or bottom: the lines printed on most pages (two at
    least), a page number and the lines beside it (on its height), the document's own title as a running
    header; never an address (a printed page's URL, evidence of where it was)."""
    def edge(page: list[Line]) -> list[Line]:  # the page's highest lines and its lowest, wherever read
        return (sorted(page, key=lambda line: -line.top)[:EDGE_LINES]
                + sorted(page, key=lambda line: line.bottom)[:EDGE_LINES])

    counts = Counter(shape for page in pages for shape in {_shape(line.text) for line in edge(page)})
    filled = sum(1 for page in pages if page)
    repeated = {shape for shape, n in counts.items()  # a lone number repeats as a page number only, not "2020"
                if n >= 2 and n * 2 > filled and any(c.isalpha() for c in shape)}
    out = []
    for page in pages:
        numbers = [line for line in edge(page) if _page_number(line.text)]
        drop = {id(line) for line in edge(page) if not ADDRESS.match(line.text) and (
            _shape(line.text) in repeated or _page_number(line.text) or (title and words(line.text) == title)
            or any(line.bottom < n.top and n.bottom < line.top for n in numbers))}
        out.append([line for line in page if id(line) not in drop])
    return out


def pdf_problems(shown: str, text: str, pdf_shown: str, pdf_data: bytes | None, sidecar_shown: str,
                 pdf_sha256: str, extractor: str) -> list[Problem]:
    """Problems with the PDF behind a text read out of it: it must be there with the SHA-256 the sidecar
    recorded; when the installed reader differs from the one recorded, the PDF is read again and any
    difference is an error, as for any changed source."""
    kept = kept_problems("PDF", pdf_shown, pdf_data, pdf_sha256, sidecar_shown)
    if kept or pdf_data is None:
        return kept
    if extractor == EXTRACTOR:
        return []  # the same code made the text from the same bytes
    try:
        new = read_pdf(pdf_shown, pdf_data).text
    except InputError:
        new = ""
    if new == text:
        return []
    return [extracted_otherwise(shown, text, new, f"{EXTRACTOR} reads different text from {pdf_shown} than "
                                f"{extractor} did", extractor.split(" + ")[0], "PDF")]
