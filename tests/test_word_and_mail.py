"""A Word document (.docx) and a mail file (.eml) given to add-source: kept as what they are, corpus/<stem>.docx and
.eml, beside the text read out of them, through every path of the evidence (the sidecar's docx_sha256 and
eml_sha256, the check of a changed file, the source page's link and the file published for it); the formats not read
(.doc, .odt, .rtf) refused by name, saying what to do."""

import base64
import io
import json
import re
import urllib.request
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import cite_in_a_claim, copy_project, serving
from idlibsite.cli import main
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.corpus import load_corpus
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources import reading
from idlibsite.sources.reading import read_source
from idlibsite.sources.webpage import Extracted

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HEADLINE = "Water trucking resumes in camps north of Idlib"
SOURCE_ID = "water-release-2020-03-04"
BODY = ("A coalition of relief groups said on Wednesday that water trucking had resumed in twelve camps near Atmeh "
        "after a pause of four days caused by fuel shortages.")
QUOTE = "water trucking had resumed in twelve camps near Atmeh"


def docx(paragraphs: list[tuple[str, str]], footnote: str = "") -> bytes:
    """A Word document as Word writes one, in its smallest form: (style, text) paragraphs, one footnote on the last."""
    def para(style: str, text: str, note: bool = False) -> str:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        mark = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' \
            if note else ""
        return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{mark}</w:p>'
    body = "".join(para(style, text, footnote != "" and i == len(paragraphs) - 1)
                   for i, (style, text) in enumerate(paragraphs))
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId2" Type="{rel}/footnotes" Target="footnotes.xml"/></Relationships>',
        "word/document.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>",
        "word/footnotes.xml": f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve"> {footnote}'
        "</w:t></w:r></w:p></w:footnote></w:footnotes>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return out.getvalue()


RELEASE = docx([("Title", HEADLINE), ("", "4 March 2020"), ("", BODY),
                ("Heading1", "Funding"), ("", "The coalition said its water programme was funded until the end of "
                                          "April and asked donors to cover the months after that.")],
               footnote="Figures from the coalition's camp monitoring, 3 March 2020.")


def _added(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes) -> tuple[Path, str]:
    project = copy_project(tmp_path / "p")
    given = tmp_path / name
    given.write_bytes(data)
    assert main(["--root", str(project), "add-source", str(given), "--id", SOURCE_ID]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    sidecar = project / "corpus" / f"{Path(name).stem}.yaml"
    text = sidecar.read_text("utf-8").replace("review: true", "review: false")
    sidecar.write_text(re.sub(r'(outlet(?:_note)?): "FIXME[^"]*"', r'\1: "Relief Coalition"', text), "utf-8")
    return project, out


def test_a_word_document_is_kept_as_docx_and_read_as_its_paragraphs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, out = _added(tmp_path, capsys, "water-release.docx", RELEASE)
    corpus = project / "corpus"
    assert (corpus / "water-release.docx").read_bytes() == RELEASE  # the evidence, byte for byte, as what it is
    assert "Saved the Word document as corpus/water-release.docx, byte for byte" in out
    meta = yaml.safe_load((corpus / "water-release.yaml").read_text("utf-8"))
    assert meta["docx_sha256"] == sha256_hex(RELEASE) and "html_sha256" not in meta
    assert meta["title"] == HEADLINE and str(meta["date"]) == "2020-03-04" and meta["extractor"].startswith("mammoth ")
    text = (corpus / "water-release.txt").read_text("utf-8")
    assert "<w:" not in text and "word/document.xml" not in text  # what the document says, no XML
    kinds = {b.display: b.kind for b in cut_blocks(text, overrides={int(k): v for k, v in []})}
    assert kinds.get(BODY) == "body"
    sources, problems = load_corpus(corpus, project)
    assert problems == []
    source = next(s for s in sources if s.id == SOURCE_ID)
    assert source.page is not None and source.page.suffix == ".docx" and source.page.html_sha256 == sha256_hex(RELEASE)
    shown = {b.display: b.kind for b in source.blocks}  # with the sidecar's block kinds, from the styles
    assert shown["Funding"] == "subheading" and shown[BODY] == "body"
    assert shown["1 Figures from the coalition's camp monitoring, 3 March 2020."] == "footnote"
    assert BODY.replace("Atmeh", "Atmeh") in text and "Atmeh after" in text  # no footnote mark inside the words


def test_a_changed_or_missing_word_document_is_caught(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project, _ = _added(tmp_path, capsys, "water-release.docx", RELEASE)
    corpus = project / "corpus"
    kept = corpus / "water-release.docx"
    changed = io.BytesIO(RELEASE)
    with zipfile.ZipFile(changed, "a") as z:  # still reads as the same text: only its bytes changed
        z.comment = b"saved again"
    kept.write_bytes(changed.getvalue())
    _, problems = load_corpus(corpus, project)
    assert [(p.path, p.severity) for p in problems] == [("corpus/water-release.docx", "error")]
    assert "the Word document changed since it was added" in problems[0].message
    kept.unlink()
    _, problems = load_corpus(corpus, project)
    assert [p.message for p in problems] == ["the Word document corpus/water-release.docx is missing"]


def test_the_source_page_links_the_word_document_published_as_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, _ = _added(tmp_path, capsys, "water-release.docx", RELEASE)
    claim = cite_in_a_claim(project, "water-trucking-resumed", SOURCE_ID, QUOTE, "2020-03-04")
    assert main(["--root", str(project), "build", "-q"]) == 0, capsys.readouterr().err
    folder = project / "site" / "sources" / SOURCE_ID
    page = (folder / "index.html").read_text("utf-8")
    media = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert "out of the Word document" in page and sha256_hex(RELEASE) in page
    assert f'<a href="document.docx" type="{media}" download="{SOURCE_ID}.docx">document.docx</a>' in page
    assert (folder / "document.docx").read_bytes() == RELEASE and not (folder / "page.html.txt").exists()
    with serving(project / "site") as url:  # sent as the document it is, to download, never as a page of the site
        with urllib.request.urlopen(url + f"sources/{SOURCE_ID}/document.docx") as response:
            assert response.headers.get_content_type() == media
            assert response.read() == RELEASE
    data = json.loads((project / "site" / "claims" / claim.stem / "claim.json").read_text("utf-8"))
    described = next(s for s in data["sources"] if s["id"] == SOURCE_ID)["saved_page"]
    assert described["url"].endswith(f"sources/{SOURCE_ID}/document.docx")
    assert described["docx_sha256"] == sha256_hex(RELEASE) and "html_sha256" not in described


def _mail(parts: str, boundary: str, kind: str) -> bytes:
    head = ("From: Relief Coalition Press <press@relief.example.org>\nTo: desk@example.com\n"
            "Subject: PRESS RELEASE: water trucking\nDate: Wed, 4 Mar 2020 11:05:00 +0200\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/{kind}; boundary="{boundary}"\n\n')
    return (head + parts + f"--{boundary}--\n").replace("\n", "\r\n").encode("ascii")


def test_a_press_office_mail_is_read_from_its_html_part_and_kept_as_eml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = (f"<html><body><p><b>PRESS RELEASE</b></p><h1>{HEADLINE}</h1><p>{BODY}</p><p>\u201cThe trucks are "
            "back, but for how long?\u201d said a camp manager in Atmeh, who asked not to be named.</p></body></html>")
    parts = ("--b1\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             f'{HEADLINE}\n\n"The trucks are back, but for how long?"\n'
             "--b1\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
             + base64.encodebytes(html.encode("utf-8")).decode("ascii"))
    mail = _mail(parts, "b1", "alternative")
    project, out = _added(tmp_path, capsys, "water-mail.eml", mail)
    corpus = project / "corpus"
    assert (corpus / "water-mail.eml").read_bytes() == mail and "Saved the mail file as corpus/water-mail.eml" in out
    meta = yaml.safe_load((corpus / "water-mail.yaml").read_text("utf-8"))
    assert meta["eml_sha256"] == sha256_hex(mail) and meta["title"] == HEADLINE
    assert str(meta["date"]) == "2020-03-04"  # the day the mail was sent: the release states none
    text = (corpus / "water-mail.txt").read_text("utf-8")
    assert BODY in text and "\u201cThe trucks are back" in text  # the HTML part, as its sender wrote it
    assert not any(w in text for w in ("Content-Type", "base64", "press@relief", "MIME-Version", "--b1"))
    sources, problems = load_corpus(corpus, project)
    assert problems == [] and next(s for s in sources if s.id == SOURCE_ID).page.suffix == ".eml"  # type: ignore[union-attr]


def test_a_release_attached_to_a_mail_is_read_before_its_cover_note() -> None:
    note = "Dear colleagues, please find our release of today attached. Press office"
    parts = (f"--b2\nContent-Type: text/plain; charset=UTF-8\n\n{note}\n"
             '--b2\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; '
             'name="release.docx"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; '
             'filename="release.docx"\n\n' + base64.encodebytes(RELEASE).decode("ascii"))
    read = read_source("release-mail.eml", _mail(parts, "b2", "mixed"), evidence=True)
    assert read.suffix == ".eml" and read.text.startswith(HEADLINE + "\n")
    assert read.text.index(BODY) < read.text.index(note)  # the release, then the mail that sent it
    assert "UEsDB" not in read.text and "Content-Disposition" not in read.text  # no base64, no MIME lines


@pytest.mark.parametrize(("name", "data", "what"), [
    ("statement.doc", bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504, "a Word 97-2003 document (.doc)"),
    ("statement.odt", b"PK\x03\x04" + b"\0" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text",
     "an OpenDocument file (.odt)"),
    ("statement.rtf", b"{\\rtf1\\ansi The Ministry said on Monday}", "a Rich Text Format document (.rtf)"),
])
def test_a_document_in_a_format_not_read_is_refused_by_name_saying_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, what: str
) -> None:
    project = copy_project(tmp_path / "p")
    given = tmp_path / name
    given.write_bytes(data)
    assert main(["--root", str(project), "add-source", str(given)]) == 1
    err = capsys.readouterr().err
    assert f"{given}: error: {what}" in err and "save it as a Word document (.docx) or as PDF" in err
    assert not list((project / "corpus").glob("statement*"))


def _counting_reads(monkeypatch: pytest.MonkeyPatch, suffix: str) -> list[str]:
    """The names reading.DOCUMENTS's reader of ``suffix`` is given from now on (it still reads them)."""
    what, read = reading.DOCUMENTS[suffix]
    calls: list[str] = []

    def counted(name: str, data: bytes) -> Extracted:
        calls.append(name)
        return read(name, data)
    monkeypatch.setitem(reading.DOCUMENTS, suffix, (what, counted))
    return calls


def test_a_kept_document_is_not_read_again_when_its_recorded_reader_is_the_installed_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    html = f"<html><body><h1>{HEADLINE}</h1><p>{BODY}</p></body></html>"
    mail = _mail(f"--b3\nContent-Type: text/html; charset=UTF-8\n\n{html}\n", "b3", "mixed")
    for name, data in (("water-release.docx", RELEASE), ("water-mail.eml", mail)):
        project, _ = _added(tmp_path / Path(name).suffix[1:], capsys, name, data)
        calls = _counting_reads(monkeypatch, Path(name).suffix)
        _, problems = load_corpus(project / "corpus", project)  # no cache: every source parsed
        assert problems == [] and calls == []  # as a PDF's and a saved page's: the same code, the same bytes


def test_a_kept_document_is_read_again_when_its_recorded_reader_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project, _ = _added(tmp_path, capsys, "water-release.docx", RELEASE)
    sidecar = project / "corpus" / "water-release.yaml"
    text = sidecar.read_text("utf-8")
    sidecar.write_text(re.sub(r"idlibsite docx \d+", "idlibsite docx 0", text), "utf-8")  # an older reading
    calls = _counting_reads(monkeypatch, ".docx")
    _, problems = load_corpus(project / "corpus", project)
    assert problems == [] and calls == ["corpus/water-release.docx"]  # read again: the same text
    sidecar.write_text(text.replace("mammoth ", "mammoth 0.0.1 + was "), "utf-8")  # an older mammoth
    _, problems = load_corpus(project / "corpus", project)
    assert problems == [] and len(calls) == 2
