"""Render bench/ingest/cases.yaml into the files the evaluation reads (run once per new case).

Each case becomes ``text/<key>.txt`` (a plain-text copy in the outlet's house style and the
layout given) and ``html/<key>.html`` (a saved page from one of four site templates), and
``expected/<key>.yaml`` holds the hand-labelled answers for both.  The house styles follow
real outlets' bylines and datelines as studied; every word of the articles is ours.

A paragraph written ``## Words`` is a subheading inside the story (its own line in the text,
``<h2>`` on the page; not a body paragraph).  ``footer`` lines (a copyright notice, an
agency's ``SOURCE:`` credit) follow the story in the text copy and sit in the page's footer.

A case with a ``copy`` (batch 4) gives its text copy whole, as a user got it: it is written as
is (``^L`` opening a line becomes the form feed pdftotext writes at a page break), it has no
HTML page, and its answers are scored on the text side only.  Its ``headings`` (batch 6 on) are
the headings inside the copy, which must not be read as body paragraphs.

A case with a ``page`` (batch 5) gives its saved page whole, as a browser's "Save page" wrote
it: it is written as is, it has no text copy, and its answers (the story's paragraphs and
headings as a reader names them, and words of the page's chrome) are scored on the html side
only.  Every labelled string must be words of the page (checked here, so a typo in a label
cannot pass for a miss of the extractor).  From batch 8 on, a case given whole may label its
``byline`` (the name, without "By" or a field's label), which bench/ingest.py then scores.

From batch 14 on, a case given whole may name the ``encoding`` of the file (``windows-1256``,
``iso-8859-9``, ``windows-1251``): its text is given in Unicode and written in those bytes, as a
legacy site or editor saved it.  It may also label the story's ``language`` when it is not English.

From batch 15 on, a page given whole may be ``save_as: mhtml``: it is written as Chromium's
"Webpage, Single File" writes it, ``html/<key>.mhtml`` (see :func:`mhtml_file`), the page as given
being the DOM as the browser serialised it.

    python bench/ingest/make.py
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import quopri
import textwrap
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent


def _date(case: dict[str, Any]) -> dt.date:
    return dt.date.fromisoformat(case["date"])


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def house_lines(case: dict[str, Any]) -> tuple[list[str], str, list[str], list[str]]:
    """(header lines after the title, dateline prefix of the first paragraph, footer lines,
    extra body paragraphs before the article's own) in the outlet's house style."""
    d = _date(case)
    house = case["house"]
    city = case.get("city", "MOSCOW")
    if "dateline" in case:  # a house's other dateline form, written out in the case
        head, _, foot, extra = house_lines({k: v for k, v in case.items() if k != "dateline"})
        return head, case["dateline"], foot, extra
    if house == "tass":
        return [], f"MOSCOW, {d:%B} {d.day}. /TASS/. ", [], []
    if house == "ria":
        return [], f"MOSCOW, {d:%B} {d.day} (RIA Novosti) \u2013 ", [], []
    if house == "urdupoint":
        head = [f"{case['author']} (@example) 31 seconds ago {d:%a} {_ordinal(d.day)} {d:%B %Y} | 10:18 PM",
                case["title"].replace(" In ", " in ").replace(" On ", " on ").replace(" Of ", " of ")]
        return (head, f"MOSCOW (UrduPoint News / Sputnik - {_ordinal(d.day)} {d:%B}, {d.year}) ",
                ["Related Topics", "Syria Russia Turkey Idlib Kremlin"], [case["standfirst"]])
    if house == "reuters":
        head = ([case["byline"]] if "byline" in case else []) + [f"{d:%B} {d.day}, {d.year} / 7:21 AM / Updated"]
        return head, f"{city} (Reuters) - ", [], []
    if house == "ap":
        head = ([case["byline"]] if "byline" in case else []) + [f"{d:%B} {d.day}, {d.year}"]
        return head, f"{city} (AP) \u2014 ", [], []
    if house == "afp":
        return [f"Published on: {d:%d/%m/%Y} - 09:12"], f"{city} (AFP) - ", [], []
    if house == "anadolu":
        return [f"{case.get('byline', 'Example Reporter')}   |{d:%d.%m.%Y} - Update : {d:%d.%m.%Y}", city], "", [], []
    if house == "sana":
        return [f"{d.day} {d:%B}\u060c {d.year}"], f"{city}, SANA- ", [case["byline"]], []
    if house == "aljazeera":
        return (["Al Jazeera and news agencies", f"{d.day} {d:%b} {d.year}"], "", [],
                [case["standfirst"]] if "standfirst" in case else [])
    if house == "bbc":
        return [f"{d.day} {d:%B} {d.year}"], "", ["Related Topics", "Syrian civil war"], []
    if house == "politico":
        return [case["byline"], f"{d:%B} {d.day}, {d.year} 4:01 pm"], "", [], []
    if house == "voa":
        return ["By VOA News", f"{d:%B} {d.day}, {d.year} 10:56 AM"], "", [], []
    raise ValueError(house)


def body(case: dict[str, Any]) -> list[str]:
    """The story's paragraphs as the text shows them (a dateline opens the first), with its
    subheadings still marked ``## ``."""
    _, prefix, _, extra = house_lines(case)
    paragraphs = list(case["paragraphs"])
    paragraphs[0] = prefix + paragraphs[0]
    return extra + paragraphs


def _subheading(unit: str) -> str:
    """The words of a ``## `` subheading, "" for a paragraph."""
    return unit[3:] if unit.startswith("## ") else ""


def _standfirst(case: dict[str, Any]) -> list[str]:
    """A standfirst under the headline, in the houses that print it there."""
    return [case["standfirst"]] if "standfirst" in case and case["house"] not in ("urdupoint", "aljazeera") else []


def text_copy(case: dict[str, Any]) -> str:
    head, _, foot, _ = house_lines(case)
    paragraphs = body(case)
    url = case["url"]
    lines_top: list[str] = []
    lines_end: list[str] = []
    if url and case["url_line"] == "first":
        lines_top.append(url)
    elif url and case["url_line"] == "last":
        lines_end.append(url)
    elif url and case["url_line"] == "label":
        lines_end.append(f"Original url: <{url}>")
    elif url and case["url_line"] == "guillemets":
        lines_end.append(f"Original url: \u2039{url}\u203a")
    elif url and case["url_line"] == "plain-label":
        lines_end.append(f"Original url: {url}")
    if case["house"] == "urdupoint":
        lines_top += ["UrduPoint.com", "UrduPoint"]
    if case["house"] == "aljazeera":  # the standfirst sits under the headline, above the credit
        units = lines_top + [case["title"]] + paragraphs[:len(body(case)) - len(case["paragraphs"])] + head \
            + paragraphs[len(body(case)) - len(case["paragraphs"]):] + foot + lines_end
    else:
        units = lines_top + [case["title"]] + _standfirst(case) + head + paragraphs + foot + lines_end
    units[len(units) - len(lines_end):len(units) - len(lines_end)] = case.get("footer", [])
    layout = case["layout"]
    indent = " " * case.get("indent", 0)  # a copy from a reader view indents every paragraph
    prose = set(paragraphs + _standfirst(case) + case.get("footer", []))
    width = int(layout.removeprefix("wrap")) if layout.startswith("wrap") else 0
    shown = [_subheading(u) or (textwrap.fill(u, width, break_on_hyphens=False, initial_indent=indent,
                                              subsequent_indent=indent) if width and u in prose
                                else indent + u if u in prose else u)
             for u in units]
    return ("\n\n" if layout == "blank" else "\n").join(shown) + "\n"


def html_page(case: dict[str, Any]) -> str:
    """A saved page in one of four site templates: the article amid the site's furniture."""
    e = html.escape
    d = _date(case)
    site = case["outlet"]
    head, prefix, foot, extra = house_lines(case)
    paras = "\n".join(f"<h2>{e(_subheading(p))}</h2>" if _subheading(p) else f"<p>{e(p)}</p>"
                      for p in _standfirst(case) + body(case))
    title = e(case["title"])
    template = case["template"]
    canonical = f'<link rel="canonical" href="{e(case["url"])}">' if case["url"] else ""
    nav = ('<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
           '<li><a href="/middle-east">Middle East</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>')
    if template == "wire":
        meta = (f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{e(site)}">'
                f'{canonical}<meta property="article:published_time" content="{case["date"]}T07:21:00Z">')
        article = (f'<article><h1>{title}</h1><div class="byline">{e(case.get("byline", ""))}</div>'
                   f'<time datetime="{case["date"]}T07:21:00Z">{d:%B} {d.day}, {d.year}</time>\n{paras}</article>')
        tail = '<footer><p>All quotes delayed a minimum of 15 minutes.</p><p>&copy; 2020 All rights reserved.</p></footer>'
    elif template == "portal":
        meta = f'<meta name="description" content="{e(case["paragraphs"][0][:150])}">{canonical}'
        sidebar = "".join(f'<li><a href="/en/world/story-{i}.html">Another story headline number {i} ..</a>'
                          f"<span>{i * 7} minutes ago</span></li>" for i in range(1, 7))
        article = (f'<div class="breadcrumb">Home / World</div><h1>{title}</h1>'
                   f'<div class="meta"><span class="author">{e(head[0])}</span></div>\n{paras}'
                   f'<div class="tags"><h3>Related Topics</h3><a href="/tag/syria">Syria</a> <a href="/tag/russia">Russia</a></div>'
                   f'<aside><h3>Recent Stories</h3><ul>{sidebar}</ul></aside>')
        tail = '<footer><p>Your Thoughts and Comments</p><p>Copyright &copy; 2020, All Rights Reserved</p></footer>'
        article = f'<div class="content">{article}</div>'
    elif template == "broadcaster":
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": case["title"],
                         "datePublished": f'{case["date"]}T09:15:00+00:00',
                         "publisher": {"@type": "Organization", "name": site}})
        og_url = f'<meta property="og:url" content="{e(case["url"])}">' if case["url"] else ""
        meta = (f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">'
                f'{og_url}{canonical}<script type="application/ld+json">{ld}</script>')
        article = (f'<main><article><header><h1>{title}</h1>'
                   f'<time datetime="{case["date"]}">{d.day} {d:%B} {d.year}</time></header>\n{paras}'
                   '</article><section class="related"><h2>More on this story</h2><ul><li><a href="/news/1">'
                   'Another headline about the region</a></li></ul></section></main>')
        tail = '<footer><p>Copyright &copy; 2020. We are not responsible for the content of external sites.</p></footer>'
    elif template == "wordpress":
        meta = f'{canonical}<link rel="shortlink" href="{e(case["url"])}">' if case["url"] else ""
        article = (f'<div id="content"><article class="post"><h1 class="entry-title">{title}</h1>'
                   f'<span class="date">{e(head[0] if head else f"{d.day} {d:%b}, 14:32".upper())}</span><div class="entry-content">\n{paras}\n'
                   + "".join(f"<p>{e(f)}</p>" for f in foot) + '</div></article>'
                   '<div class="check-also"><h4>Check Also</h4><a href="/en/?p=1">An older story</a></div></div>')
        tail = '<footer><p>Syrian Arab News Agency</p></footer>'
    elif template == "singlefile":
        return _singlefile_page(case, paras)
    else:
        raise ValueError(template)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title} | {e(site)}</title>\n'
            f"{meta}\n</head>\n<body>\n<header>{nav}</header>\n{article}\n{tail}\n</body>\n</html>\n")


def _singlefile_page(case: dict[str, Any], paras: str) -> str:
    """A page as the SingleFile browser extension saves it: its comment names the address and
    the day it was saved (years later), styles are inlined, the date is only in microdata and
    text, and there is no canonical link or Open Graph."""
    e = html.escape
    head, _, foot, _ = house_lines(case)
    credit = "".join(f'<span class="byline">{e(h)}</span>' for h in head[:1])
    saved = f"\n url: {case['url']}" if case["url"] else ""
    copyright_ = "".join(f"<p>{e(f)}</p>" for f in case.get("footer", []))
    return (f'<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile {saved}\n'
            ' saved date: Tue Mar 09 2021 18:41:07 GMT+0100 (Central European Standard Time)\n-->'
            '<meta charset="utf-8"><title>' + e(case["title"]) + '</title><style>body{font-family:Georgia,serif}'
            '.menu a{padding:0 1em}.detail{max-width:40em}</style><meta name="viewport" '
            'content="width=device-width, initial-scale=1"><link rel="icon" href="data:image/png;base64,iVBORw0KGgo=">'
            '<body><div class="menu"><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a>'
            '<a href="/economy">Economy</a></div><div class="detail" itemscope itemtype="https://schema.org/NewsArticle">'
            f'<h1 itemprop="headline">{e(case["title"])}</h1>{credit}'
            f'<meta itemprop="datePublished" content="{case["date"]}">'
            f'<div class="detail-text" itemprop="articleBody">\n{paras}\n</div></div>'
            '<div class="most-read"><h3>Most Read</h3><ol><li><a href="/a/1">A story everyone is reading</a></li>'
            '<li><a href="/a/2">Another story people are reading</a></li></ol></div>'
            f'<footer>{copyright_}<p>All rights reserved.</p></footer></body></html>\n')


def expected(case: dict[str, Any]) -> dict[str, Any]:
    house = case["house"]
    date_in_text = case.get("date_in_text", house not in ("tass", "ria")) or (
        house in ("tass", "ria") and "/20" in case["url"] and case["url_line"] != "none")
    url_in_text = bool(case["url"]) and case["url_line"] != "none"
    return {
        "title": case["title"],
        "date": case["date"],
        "text": {"date": case["date"] if date_in_text else None,
                 "url": case["url"] if url_in_text else None,
                 "outlet": case["outlet"],
                 "paragraphs": [p for p in _standfirst(case) + body(case) if not _subheading(p)]},
        "html": {"date": case["date"], "url": case["url"] or None, "outlet": case["outlet"]},
        "agency": case.get("agency") or None,
        "batch": case.get("batch", 1),
    }


def _extra_labels(case: dict[str, Any]) -> dict[str, Any]:
    """The labels a case given whole may add: its byline (batch 8 on), its language (batch 14 on)."""
    return {**({"byline": case["byline"] or None} if "byline" in case else {}),
            **({"language": case["language"]} if "language" in case else {})}


def copy_text(case: dict[str, Any]) -> str:
    """A case's own text copy, written as is; "^L" opening a line is a form feed."""
    return "\n".join("\f" + line[2:] if line.startswith("^L") else line
                     for line in case["copy"].split("\n"))


def expected_copy(case: dict[str, Any]) -> dict[str, Any]:
    """The answers of a case that gives its own text copy: only the text side is scored."""
    return {
        "title": case["title"],
        "date": case["date"],
        "text": {"date": case["date"] or None, "url": case["url"] or None, "outlet": case["outlet"] or None,
                 "paragraphs": list(case["paragraphs"]),
                 **({"headings": list(case["headings"])} if "headings" in case else {})},
        "agency": case.get("agency") or None,
        **_extra_labels(case),
        "batch": case["batch"],
    }


# A stylesheet and a 1x1 image, the further parts of an MHTML file.
_MHTML_CSS = "body{font-family:Georgia,serif;margin:0}\n.headline{font-size:2.2em}\n.byline{color:#666}\n"
_MHTML_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def _qp(data: bytes) -> str:
    """Quoted-printable as Chromium writes it: 76-column lines, soft breaks, CRLF line ends."""
    return quopri.encodestring(data).decode("ascii").replace("\n", "\r\n")


def mhtml_file(case: dict[str, Any]) -> bytes:
    """A page as Chromium saves it as "Webpage, Single File": a MIME message (From: <Saved by Blink>, the address
    in Snapshot-Content-Location, the <title> as Subject, the SAVE date as Date) whose first part is the page,
    quoted-printable, followed by its stylesheet (quoted-printable) and an image (base64)."""
    url, page = case["saved_from"], case["page"]
    title = html.unescape(page.split("<title>", 1)[1].split("</title>", 1)[0])
    subject = title if title.isascii() else "=?utf-8?Q?" + quopri.encodestring(
        title.encode("utf-8"), header=True).decode("ascii").replace("=\n", "") + "?="
    boundary = "----MultipartBoundary--Qh7dWkR2vN5sLx0pTzYb3mFa9cJ4uEi8oG1nHr6KyD----"
    site = url.split("/", 3)[:3]
    parts = [("text/html", "quoted-printable", f"Content-ID: <frame-5A0C3E81B7D24F6A9E1B40C7D2F38A65@mhtml.blink>\r\n"
              f"Content-Location: {url}", _qp(page.encode("utf-8"))),
             ("text/css", "quoted-printable", f"Content-Location: {'/'.join(site)}/static/css/article.css",
              _qp(_MHTML_CSS.encode("utf-8"))),
             ("image/png", "base64", f"Content-Location: {'/'.join(site)}/static/img/pixel.png",
              base64.encodebytes(_MHTML_PNG).decode("ascii").replace("\n", "\r\n"))]
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: {subject}\r\n"
            f"Date: {case['saved_on']}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n')
    body = "".join(f"--{boundary}\r\nContent-Type: {kind}\r\nContent-Transfer-Encoding: {cte}\r\n{more}\r\n\r\n{data}\r\n"
                   for kind, cte, more, data in parts)
    return (head + body + f"--{boundary}--\r\n").encode("ascii")


def page_words(page: str, encoding: str = "utf-8") -> str:
    """The words a reader sees on a page (its body's text, whitespace collapsed), read in the
    encoding its file is written in."""
    import lxml.html  # noqa: PLC0415 - only pages given whole need it

    parser = lxml.html.HTMLParser(encoding=encoding)  # the bytes' encoding is known: libxml2 need not guess it
    body = lxml.html.document_fromstring(page.encode(encoding), parser=parser).body
    return " ".join(body.text_content().split())


def expected_page(case: dict[str, Any]) -> dict[str, Any]:
    """The answers of a case that gives its own saved page: only the html side is scored."""
    words = page_words(case["page"], case.get("encoding", "utf-8"))
    for label in case["paragraphs"] + case["headings"] + case["chrome"]:
        if " ".join(label.split()) not in words:
            raise ValueError(f"{case['key']}: label not in the page: {label!r}")
    return {
        "title": case["title"],
        "date": case["date"],
        "html": {"date": case["date"], "url": case["url"] or None, "outlet": case["outlet"] or None,
                 "paragraphs": list(case["paragraphs"]), "headings": list(case["headings"]),
                 "chrome": list(case["chrome"])},
        "agency": case.get("agency") or None,
        **_extra_labels(case),
        "batch": case["batch"],
    }


def main() -> None:
    cases = yaml.safe_load((HERE / "cases.yaml").read_text("utf-8"))["cases"]
    for sub in ("text", "html", "expected"):
        (HERE / sub).mkdir(exist_ok=True)
    for case in cases:
        encoding = case.get("encoding", "utf-8")
        if "copy" in case:
            (HERE / "text" / f"{case['key']}.txt").write_bytes(copy_text(case).encode(encoding))
            (HERE / "expected" / f"{case['key']}.yaml").write_text(
                yaml.safe_dump(expected_copy(case), allow_unicode=True, sort_keys=False, width=1000), "utf-8")
            continue
        if "page" in case:
            if case.get("save_as") == "mhtml":
                (HERE / "html" / f"{case['key']}.mhtml").write_bytes(mhtml_file(case))
            else:
                (HERE / "html" / f"{case['key']}.html").write_bytes(case["page"].encode(encoding))
            (HERE / "expected" / f"{case['key']}.yaml").write_text(
                yaml.safe_dump(expected_page(case), allow_unicode=True, sort_keys=False, width=1000), "utf-8")
            continue
        (HERE / "text" / f"{case['key']}.txt").write_text(text_copy(case), "utf-8")
        (HERE / "html" / f"{case['key']}.html").write_text(html_page(case), "utf-8")
        (HERE / "expected" / f"{case['key']}.yaml").write_text(
            yaml.safe_dump(expected(case), allow_unicode=True, sort_keys=False, width=1000), "utf-8")
    print(f"{len(cases)} cases written under {HERE}")


if __name__ == "__main__":
    main()
