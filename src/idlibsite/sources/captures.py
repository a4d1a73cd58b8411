"""What an archive, a cache, a clipper, a reader or a printout adds around a saved copy (pure; no I/O).

A page saved because it may vanish comes wrapped in the words of whatever kept it: a web archive's
banner ("The Wayback Machine - https://web.archive.org/web/20200305124103/https://…", archive.today's
"Saved from … archived 5 Mar 2020 12:41:03 UTC … All snapshots from host …"), a search engine's cache
notice ("This is Google's cache of https://…. It is a snapshot of the page as it appeared on …"), a
web clipper's note header (the note's title, the clip's date, "Clipped from: https://…", "Tags:"), a
read-later app's lines ("Saved on March 10, 2020", "View Original", its buttons), a browser's print
header and footer on every page ("3/9/2020 <title>" and "https://… 1/3"), an outlet's print view
("This article was printed from https://… on …"), a reference manager's "Accessed: …", a news app's
promotion ("I'm reading this on the … app. Get it free: …").  None of it is the story's: the dates
are the capture's, the clip's or the print's, never the publication's, and an archive's address
wraps the original's.  :func:`banner_lines` names those lines in a text copy ("chrome", or "url"
where a line names the original's address); :func:`original_url` unwraps an archive's or a cache's
address; :func:`page_banner_url` reads the original's address from such a banner in a saved page, and
:func:`without_toolbar` takes an archive's toolbar out of a page before its date is looked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.translated import proxied_original

_URL = r"https?://\S+"
# An archive's address around the original's: the Wayback Machine's "/web/<timestamp>[flags]/" (the original's "//"
# after its scheme is sometimes collapsed to one slash by whatever read it), a search cache's "cache:<id>:".
_WAYBACK = re.compile(r"https?://(?:web\.)?archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/+(https?):/+(\S+)")
_CACHE = re.compile(r"https?://webcache\.googleusercontent\.com/search\?q=cache:(?:[\w-]+:)?(https?://\S+?)(?:[&+]\S*)?$")
# archive.today's mirrors, whose own short links ("https://archive.ph/Xq7Lm") are the snapshot's, not the page's.
_ARCHIVE_TODAY = r"archive\.(?:today|ph|is|li|fo|md|vn)"

# Lines that name the original's address, with the address as their first URL (a Wayback address is unwrapped).
NAMES_ORIGINAL = re.compile(
    rf"(?i)(?:saved from|clipped from|the wayback machine\s*[-–—]|url to article|original url\s*\(archived\)"
    rf"|this is (?:[\w.]+'s )?cache of|this article was printed from)\s*:?\s*{_URL}.*"
)
# A print-to-PDF footer: the page's address and the page's number of the pages printed ("https://… 1/3").
PRINT_FOOTER = re.compile(rf"{_URL}\s+\d{{1,3}}\s*(?:/|of)\s*\d{{1,3}}")
# Lines of a capture's, a cache's, a reader's or a printout's banner that carry no address of the original.
BANNER = re.compile(
    rf"(?i){_ARCHIVE_TODAY}|https?://{_ARCHIVE_TODAY}/\w+|webpage capture|saved from|history\s*←?\s*prior\s+next\s*→?"
    r"|all snapshots\s+from host\s+\S+|webpage\s+screenshot|share\s+download \.zip\s+report bug or abuse"
    r"|\d[\d,]* captures|\d{1,2} [a-z]{3} \d{4}\s*[-–]\s*\d{1,2} [a-z]{3} \d{4}|about this capture"
    r"|it is a snapshot of the page as it appeared on\b.*"
    r"|full version\s+text-only version\s+view source|tip: to quickly find your search term on this page\b.*"
    r"|view original( article| page)?|print this article|close window|open in browser"
    r"|(?:i'm|i am) reading (?:this|it) (?:on|in) (?:the )?[\w .'&-]{1,40} app\b.*"
    r"|((archive|favou?rite|share|delete|move|like|tag|highlight|annotate)\s+){2,7}"
    r"(archive|favou?rite|share|delete|move|like|tag|highlight|annotate)"
)
# A line whose date is the capture's, the save's or the access's, not the story's: "archived 5 Mar 2020 …",
# "Saved on March 10, 2020", "Accessed: 3/11/2020, 4:12:09 PM", "Captured 5 March 2020".
STAMP = re.compile(r"(?i)(archived|saved( on)?|accessed( on)?|captured( on)?|clipped( on)?|retrieved( on)?)"
                   r"\s*:?\s+(?P<date>.+)")
# A reader's line of the source's domain, who wrote it and how long it reads ("voanews.com · by A. Writer · 5 min read").
READER_LINE = re.compile(r"(?i)(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\s+[·•|]\s+.{1,60}?)?"
                         r"\s+[·•|]\s+\d{1,3} min(ute)?s? read")
# A print header: the day it was printed (numeric, maybe with the time) before the page's title.
PRINT_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?(\s+\d{1,2}:\d{2}(\s*[AP]M)?)?\s+\S.*")
# The toolbar the Wayback Machine inserts into every page it replays (its calendar and capture span are dates too).
WAYBACK_TOOLBAR = re.compile(rb"<!-- BEGIN WAYBACK TOOLBAR INSERT -->.*?<!-- END WAYBACK TOOLBAR INSERT -->", re.S)
# How many lines from the top a clipper's note header can reach (its title, the clip's date, its address, tags).
CLIP_HEADER_LINES = 6
# The most words of a line of a clipper's note header (a page's title with its site's slogan is long).
CLIP_LINE_WORDS = 25


def original_url(url: str) -> str:
    """The original page's address inside an archive's, a cache's or a translator proxy's, else ``url`` itself."""
    m = _WAYBACK.fullmatch(url.strip())
    if m:
        return f"{m[1]}://{m[2]}"
    m = _CACHE.fullmatch(url.strip())
    return m[1] if m else proxied_original(url)


def without_toolbar(data: bytes) -> bytes:
    """A saved page without the toolbar a web archive inserted into it (the page's own bytes otherwise)."""
    return WAYBACK_TOOLBAR.sub(b"", data)


def names_original(line: str) -> str:
    """The original's address a banner line names ("Clipped from: https://…", the Wayback print line), unwrapped;
    "" when the line is no such banner."""
    stripped = line.strip()
    if not (NAMES_ORIGINAL.fullmatch(stripped) or PRINT_FOOTER.fullmatch(stripped)):
        return ""
    return _first_original(stripped)


def _first_original(text: str) -> str:
    """The original's address that the first URL in ``text`` gives (without a stop after it, unwrapped); "" for none."""
    found = re.search(_URL, text)
    return original_url(found[0].rstrip(".,;")) if found else ""


def is_stamp(line: str) -> bool:
    """Whether a line is a capture's, a save's or an access's date ("archived 5 Mar 2020 12:41:03 UTC")."""
    m = STAMP.fullmatch(line.strip())
    return m is not None and is_date_line(m["date"])


def banner_lines(shown: Sequence[str]) -> dict[int, str]:
    """The indices of a text's lines (``shown``, form feeds allowed) that an archive, a cache, a clipper, a reader or a
    printout added: "url" for a line naming the original's address, "chrome" for the rest of the banner; a clipper's
    note header (the lines at the top run together with its "Clipped from:" line, its title and the clip's date among
    them, each short and no sentence) and a print header repeated on the pages (the print date before the title) are
    chrome whole."""
    lines = [line.replace("\f", "").strip() for line in shown]
    out: dict[int, str] = {}
    for k, line in enumerate(lines):
        if names_original(line):
            out[k] = "url"
        elif BANNER.fullmatch(line) or is_stamp(line) or READER_LINE.fullmatch(line):
            out[k] = "chrome"
    repeated = {line for line in lines if PRINT_HEADER.fullmatch(line) and lines.count(line) > 1}
    out.update((k, "chrome") for k, line in enumerate(lines) if line in repeated)
    for k in [k for k in out if k < CLIP_HEADER_LINES and re.match(r"(?i)clipped from", lines[k])]:
        top = k
        while top > 0 and lines[top - 1]:
            top -= 1
        end = k
        while end + 1 < len(lines) and lines[end + 1]:
            end += 1
        out.update((j, "chrome") for j in range(top, end + 1) if j != k and _label(lines[j]))
    return out


def _label(line: str) -> bool:
    """A line of a note's header (its title, a date, tags), not a sentence of the article clipped under it."""
    return len(line.split()) <= CLIP_LINE_WORDS and not re.search(r"[.!?\"”’]$", line)


def page_banner_url(texts: Sequence[str]) -> str:
    """The original's address that a saved page's banner names, from the page's text blocks (``texts``): a cache's
    notice, an archive's print line, a print view's "printed from", a reference manager's bar with its
    "Accessed:" date beside the address; "" when none."""
    for text in texts:
        found = names_original(text)
        if found:
            return found
        if re.search(r"(?i)\baccessed\s*:?\s+\d", text) and (found := _first_original(text)):
            return found
    return ""
