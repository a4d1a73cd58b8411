"""Write bench/ingest/doccases.yaml's cases as word processors' documents and mail files (batch 17).

A ``.docx`` is written here as what it is, a zip of WordprocessingML parts (with ``zipfile``, not with the
reader add-source uses): the body's paragraphs with their styles (Title, Heading1, Heading2, list items
through numbering.xml), tables, page breaks, footnotes (footnotes.xml), a header and a footer part shown
on every page, and docProps/core.xml as Word fills it.  An ``.eml`` is written as a mail client saves it:
headers, then a single text part or a multipart message (alternative: plain and HTML parts; mixed: a
cover note and an attached ``.docx``), each part in the transfer encoding the case names.  A ``.doc``
(a legacy Word file) is written as its OLE2 signature and a few bytes: it must be refused.

Each case's ``body`` is a list of items: a string is a plain paragraph; ``{title|h1|h2|bold|center|bullet|
number: text}`` a paragraph of that style; ``{table: [[cell, ...], ...]}``; ``{pagebreak: true}``.  In a
text, ``{fn:N}`` marks footnote N of the case's ``footnotes``.  Every label is checked to be words of the
document (a typo in a label cannot pass for a miss).

    python bench/ingest/make_docs.py
"""

from __future__ import annotations

import base64
import html
import quopri
import re
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FN = re.compile(r"\{fn:(\d+)\}")
STYLES = {"title": "Title", "h1": "Heading1", "h2": "Heading2"}
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def runs(text: str, bold: bool = False) -> str:
    """A paragraph's runs: the text, with a footnote reference run at each ``{fn:N}``."""
    out, at = [], 0
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    for mark in FN.finditer(text):
        out.append(f'<w:r>{props}<w:t xml:space="preserve">{html.escape(text[at:mark.start()], quote=False)}</w:t></w:r>')
        out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                   f'<w:footnoteReference w:id="{mark.group(1)}"/></w:r>')
        at = mark.end()
    out.append(f'<w:r>{props}<w:t xml:space="preserve">{html.escape(text[at:], quote=False)}</w:t></w:r>')
    return "".join(out)


def paragraph(item: Any) -> str:
    if isinstance(item, str):
        return f"<w:p>{runs(item)}</w:p>"
    (kind, value), = item.items()
    if kind in STYLES:
        return f'<w:p><w:pPr><w:pStyle w:val="{STYLES[kind]}"/></w:pPr>{runs(value)}</w:p>'
    if kind in ("bullet", "number"):
        num = 1 if kind == "bullet" else 2
        return (f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/>'
                f'</w:numPr></w:pPr>{runs(value)}</w:p>')
    if kind == "bold":
        return f"<w:p>{runs(value, bold=True)}</w:p>"
    if kind == "center":
        return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{runs(value)}</w:p>'
    if kind == "pagebreak":
        return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    if kind == "table":
        rows = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{paragraph(c)}</w:tc>'
                                          for c in row) + "</w:tr>" for row in value)
        return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>'
    raise ValueError(f"unknown body item {item!r}")


def part_xml(tag: str, items: list[Any]) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {W}>' + \
        "".join(paragraph(i) for i in items) + f"</w:{tag}>"


def docx_bytes(case: dict[str, Any]) -> bytes:
    """The case as a .docx: a zip of the parts Word writes, nothing more."""
    has_header, has_footer, notes = "header" in case, "footer" in case, case.get("footnotes", {})
    section = "<w:sectPr>" + (f'<w:headerReference w:type="default" r:id="rIdH"/>' if has_header else "") \
        + (f'<w:footerReference w:type="default" r:id="rIdF"/>' if has_footer else "") \
        + '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" ' \
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    body = "".join(paragraph(i) for i in case["body"])
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}{section}' \
               "</w:body></w:document>"
    footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' \
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' \
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' \
        + "".join(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                  f'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{runs(" " + text)}</w:p></w:footnote>'
                  for n, text in notes.items()) + "</w:footnotes>"
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>' \
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>' \
        '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>' \
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>' \
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>' \
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' \
        "</w:numbering>"
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>' + "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
        f"<w:rPr><w:b/><w:sz w:val=\"{size}\"/></w:rPr></w:style>"
        for sid, name, size in (("Title", "Title", 48), ("Heading1", "heading 1", 32), ("Heading2", "heading 2", 26))) \
        + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' \
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>' \
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>' \
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>' \
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>'
    core = case.get("core", {})
    core_xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties ' \
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' \
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' \
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' \
        f'<dc:title>{html.escape(core.get("title", ""))}</dc:title><dc:creator>{html.escape(core.get("creator", ""))}' \
        f'</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{core.get("created", "2020-01-01T00:00:00Z")}' \
        "</dcterms:created></cp:coreProperties>"
    rels = [("rIdS", "styles", "styles.xml"), ("rIdN", "numbering", "numbering.xml"),
            ("rIdFn", "footnotes", "footnotes.xml")]
    rels += [("rIdH", "header", "header1.xml")] if has_header else []
    rels += [("rIdF", "footer", "footer1.xml")] if has_footer else []
    overrides = {"/word/document.xml": "document.main+xml", "/word/styles.xml": "styles+xml",
                 "/word/numbering.xml": "numbering+xml", "/word/footnotes.xml": "footnotes+xml"}
    overrides.update({"/word/header1.xml": "header+xml"} if has_header else {})
    overrides.update({"/word/footer1.xml": "footer+xml"} if has_footer else {})
    types = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types ' \
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' \
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' \
        '<Default Extension="xml" ContentType="application/xml"/>' \
        + "".join(f'<Override PartName="{p}" ContentType="{CT}{t}"/>' for p, t in overrides.items()) \
        + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' \
        "</Types>"
    package_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships ' \
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
        f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/>' \
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/' \
        'core-properties" Target="docProps/core.xml"/></Relationships>'
    document_rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships ' \
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
        + "".join(f'<Relationship Id="{i}" Type="{REL}{t}" Target="{target}"/>' for i, t, target in rels) \
        + "</Relationships>"
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", types), ("_rels/.rels", package_rels),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", document_rels),
                           ("word/styles.xml", styles), ("word/numbering.xml", numbering),
                           ("word/footnotes.xml", footnotes), ("docProps/core.xml", core_xml)):
            z.writestr(zipfile.ZipInfo(name, (2020, 3, 1, 12, 0, 0)), text)
        if has_header:
            z.writestr(zipfile.ZipInfo("word/header1.xml", (2020, 3, 1, 12, 0, 0)), part_xml("hdr", case["header"]))
        if has_footer:
            z.writestr(zipfile.ZipInfo("word/footer1.xml", (2020, 3, 1, 12, 0, 0)), part_xml("ftr", case["footer"]))
    return out.getvalue()


def encoded(text: str, encoding: str) -> str:
    """A part's body in its transfer encoding, lines ending CRLF as mail is sent."""
    raw = text.encode("utf-8")
    if encoding == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if encoding == "quoted-printable":
        return quopri.encodestring(raw.replace(b"\n", b"\r\n")).decode("ascii")
    return text


def mime_part(content_type: str, text: str, encoding: str, extra: str = "") -> str:
    return (f"Content-Type: {content_type}\nContent-Transfer-Encoding: {encoding}\n{extra}\n"
            f"{encoded(text, encoding)}\n")


def eml_bytes(case: dict[str, Any]) -> bytes:
    """The case as a mail client saves a message: headers, then its parts."""
    mail = case["mail"]
    head = "".join(f"{name}: {value}\n" for name, value in mail["headers"].items()) + "MIME-Version: 1.0\n"
    if "html" in mail:  # multipart/alternative: a plain text version and the HTML the press office wrote
        boundary = "00000000000087a1f205a0c1d2e3"
        parts = [mime_part('text/plain; charset="UTF-8"', mail["plain"], mail.get("plain_encoding", "quoted-printable")),
                 mime_part('text/html; charset="UTF-8"', mail["html"], mail.get("html_encoding", "base64"))]
        body = f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n' + "".join(
            f"--{boundary}\n{p}" for p in parts) + f"--{boundary}--\n"
    elif "attachment" in mail:  # multipart/mixed: a cover note and the release attached as a .docx
        boundary = "----=_Part_4471_1836592.1583150000000"
        attached = docx_bytes(mail["attachment"])
        name = mail["attachment"]["filename"]
        parts = [mime_part('text/plain; charset="UTF-8"', mail["plain"], mail.get("plain_encoding", "7bit")),
                 f"Content-Type: {CT.rstrip('.')}.document; name=\"{name}\"\nContent-Transfer-Encoding: base64\n"
                 f"Content-Disposition: attachment; filename=\"{name}\"\n\n{base64.encodebytes(attached).decode('ascii')}\n"]
        body = f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n' + "This is a multi-part message in MIME " \
            "format.\n\n" + "".join(f"--{boundary}\n{p}" for p in parts) + f"--{boundary}--\n"
    else:
        body = mime_part('text/plain; charset="UTF-8"', mail["plain"], mail.get("plain_encoding", "quoted-printable"))
    return (head + body).replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def document_words(case: dict[str, Any]) -> str:
    """Every word the document shows (body, header, footer, footnotes; a mail's parts and headers)."""
    def flat(items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in items:
            if isinstance(item, str):
                out.append(item)
            else:
                (kind, value), = item.items()
                if kind == "table":
                    out += [c for row in value for c in row]
                elif kind == "number":
                    out.append(value)
                elif kind != "pagebreak":
                    out.append(value)
        return out
    texts = flat(case.get("body", [])) + flat(case.get("header", [])) + flat(case.get("footer", []))
    texts += list(case.get("footnotes", {}).values())
    mail = case.get("mail", {})
    texts += [case.get("core", {}).get("title", "")]
    texts += [mail.get("plain", "")] + [f"{k}: {v}" for k, v in mail.get("headers", {}).items()]
    if "html" in mail:
        import lxml.html  # noqa: PLC0415
        texts.append(lxml.html.fromstring(mail["html"]).text_content())
    if "attachment" in mail:
        texts.append(document_words(mail["attachment"]))
    return " ".join(FN.sub("", " ".join(texts)).split())


def check_labels(case: dict[str, Any], data: bytes) -> None:
    words = document_words(case) + " " + data.decode("latin-1")  # a mail's own lines (MIME headers) as chrome
    for label in case.get("paragraphs", []) + case.get("headings", []) + case.get("chrome", []) \
            + case.get("notes", []) + [case["title"]]:
        if " ".join(label.split()) not in words:
            raise ValueError(f"{case['key']}: label not in the document: {label!r}")


def expected(case: dict[str, Any]) -> dict[str, Any]:
    return {"title": case["title"], "date": case["date"],
            "doc": {"file": f"{case['key']}{case['suffix']}", "date": case["date"] or None, "url": case["url"] or None,
                    "outlet": case["outlet"] or None, "paragraphs": case.get("paragraphs", []),
                    "headings": case.get("headings", []), "chrome": case.get("chrome", []),
                    "notes": case.get("notes", []), **({"error": case["error"]} if "error" in case else {})},
            "agency": case.get("agency") or None, "byline": case.get("byline") or None, "batch": case["batch"]}


def main() -> None:
    cases = yaml.safe_load((HERE / "doccases.yaml").read_text("utf-8"))["cases"]
    (HERE / "docs").mkdir(exist_ok=True)
    for case in cases:
        if case["suffix"] == ".docx":
            data = docx_bytes(case)
        elif case["suffix"] == ".eml":
            data = eml_bytes(case)
        else:  # a legacy binary document: its OLE2 compound file signature and a little of its header
            data = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 16 + b">\0\3\0\xfe\xff\t\0" + b"\0" * 480
        if "error" not in case:
            check_labels(case, data)
        (HERE / "docs" / f"{case['key']}{case['suffix']}").write_bytes(data)
        (HERE / "expected" / f"{case['key']}.yaml").write_text(
            yaml.safe_dump(expected(case), allow_unicode=True, sort_keys=False, width=1000), "utf-8")
    print(f"{len(cases)} documents written under {HERE / 'docs'}")


if __name__ == "__main__":
    main()
