"""A page saved as one MHTML file ("Webpage, Single File", "Web Archive, single file") is read as the page inside it."""

import base64
import quopri
from pathlib import Path

from conftest import copy_project
from idlibsite.addsource import add_source
from idlibsite.config import load_config
from idlibsite.sources.corpus import load_source
from idlibsite.sources.mhtml import archived_page, looks_like_mhtml
from idlibsite.sources.webpage import extract

STORY = ("<p>Displaced families crowded into the camps along the border road on Tuesday as the fighting moved north "
         "towards the towns west of the highway.</p>"
         "<p>Aid workers said the shelters set up last month were already full and that more tents were on the way "
         "from warehouses across the border.</p>")
RUSSIAN = ("<p>Во вторник перемещенные семьи заполнили лагеря вдоль пограничной дороги, а бои сместились на север "
           "к городам к западу от трассы.</p>"
           "<p>Сотрудники гуманитарных организаций сообщили, что построенные в прошлом месяце укрытия уже заполнены "
           "и что новые палатки доставляются со складов по другую сторону границы.</p>")
ADDRESS = "https://news.example.org/world/2020/03/03/camps-on-the-border-road"


def page(story: str, title: str = "Camps fill up on the border road", meta: str = '<meta charset="utf-8">') -> str:
    return (f'<!DOCTYPE html><html lang="en"><head>{meta}<title>{title}</title></head>'
            f"<body><article><h1>{title}</h1>\n{story}\n</article></body></html>")


def chromium(html: str, address: str = ADDRESS) -> bytes:
    """As Chrome and Edge write "Webpage, Single File": the address in Snapshot-Content-Location, the page
    quoted-printable with no charset on its part, a stylesheet after it, CRLF line ends, the SAVE date as Date."""
    b = "----MultipartBoundary--AbC123----"
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {address}\r\nSubject: A page\r\n"
            f"Date: Mon, 14 Dec 2020 10:22:41 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f'\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n'
            f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {address}\r\n\r\n{qp}\r\n"
            f"--{b}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: https://news.example.org/a.css\r\n\r\nbody{{margin:0}}\r\n--{b}--\r\n").encode("ascii")


def internet_explorer(html: str, codec: str) -> bytes:
    """As Internet Explorer and Word write "Web Archive, single file" (.mht): the page base64 in its code page, which
    only the part's Content-Type names, and the address in the part's Content-Location."""
    body = base64.encodebytes(html.encode(codec)).decode("ascii")
    return ("From: <Saved by Windows Internet Explorer 8>\nSubject: A page\nDate: Tue, 3 Mar 2020 18:00:00 +0300\n"
            'MIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----=_NextPart_000"\n'
            "\nThis is a multi-part message in MIME format.\n\n------=_NextPart_000\n"
            f'Content-Type: text/html;\n\tcharset="{codec}"\nContent-Transfer-Encoding: base64\n'
            f"Content-Location: {ADDRESS}\n\n{body}\n------=_NextPart_000--\n").encode("ascii")


def started(html: str) -> bytes:
    """A file whose first part is an image and whose ``start`` parameter names the page by its Content-ID."""
    pixel = base64.b64encode(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;").decode("ascii")
    return ('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="XyZ"; start="<page@example>"; '
            'type="text/html"\n\n'
            f"--XyZ\nContent-Type: image/gif\nContent-Transfer-Encoding: base64\nContent-ID: <pixel@example>\n\n{pixel}\n"
            "--XyZ\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
            f"Content-ID: <page@example>\nContent-Location: {ADDRESS}\n\n{html}\n--XyZ--\n").encode("utf-8")


def test_chromiums_single_file_is_read_as_the_page_inside_it() -> None:
    html = page(RUSSIAN, "Лагеря у пограничной дороги переполнены", '<meta http-equiv="Content-Type" '
                'content="text/html; charset=UTF-8">').replace('lang="en"', 'lang="ru"')
    archived = archived_page(chromium(html))
    assert archived is not None and archived.address == ADDRESS
    assert archived.page.replace(b"\r\n", b"\n") == html.encode("utf-8")  # its line ends are the file's CRLF
    extracted = extract(chromium(html))
    assert extracted is not None and "Во вторник перемещенные семьи" in extracted.text
    assert extracted.page.title == "Лагеря у пограничной дороги переполнены" and extracted.page.url == ADDRESS
    assert extracted.page.language == "ru"


def test_internet_explorers_web_archive_is_read_in_the_code_page_its_part_names() -> None:
    html = page(RUSSIAN, "Лагеря у пограничной дороги переполнены", meta="")
    extracted = extract(internet_explorer(html, "windows-1251"))
    assert extracted is not None and "Во вторник перемещенные семьи" in extracted.text
    assert extracted.page.url == ADDRESS  # the part's Content-Location: the file has no Snapshot-Content-Location


def test_the_part_the_start_parameter_names_is_the_page() -> None:
    archived = archived_page(started(page(STORY)))
    assert archived is not None and archived.page.startswith(b"<!DOCTYPE html>") and archived.address == ADDRESS
    extracted = extract(started(page(STORY)))
    assert extracted is not None and "Displaced families crowded" in extracted.text


def test_the_date_the_file_was_saved_is_not_the_pages() -> None:
    extracted = extract(chromium(page(STORY)))
    assert extracted is not None and extracted.page.date != "2020-12-14"


def test_the_pages_own_address_comes_before_the_files() -> None:
    html = page(STORY).replace("<title>", f'<link rel="canonical" href="{ADDRESS}?amp=0"><title>')
    extracted = extract(chromium(html, "https://news.example.org/saved-later"))
    assert extracted is not None and extracted.page.url.startswith(ADDRESS)


def test_a_saved_mail_a_pasted_header_and_a_web_page_are_no_mhtml() -> None:
    mail = ('From: desk@example.org\nSubject: Camps\nMIME-Version: 1.0\nContent-Type: multipart/alternative; '
            'boundary="b"\n\n--b\nContent-Type: text/html\n\n' + page(STORY) + "\n--b--\n").encode("utf-8")
    pasted = ("From: desk@example.org\nSent: Tuesday, March 3, 2020 6:00 PM\nSubject: Camps\n\n"
              "Content-Type: multipart/related is what the archive said.\n").encode("utf-8")
    for data in (mail, pasted, page(STORY).encode("utf-8")):
        assert not looks_like_mhtml(data) and archived_page(data) is None


def test_add_source_keeps_the_file_and_reads_the_page(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    saved = tmp_path / "camps.mhtml"
    saved.write_bytes(chromium(page(STORY)))
    added = add_source(load_config(project), saved)
    assert added.page is not None and added.page.read_bytes() == saved.read_bytes()  # the evidence, byte for byte
    assert "Displaced families crowded" in added.article.read_text("utf-8") and added.found.url.value == ADDRESS
    source, problems = load_source(added.article, project)
    assert source is not None and not [p for p in problems if "extract" in p.message]  # extracted again alike
