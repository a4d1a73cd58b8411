"""Find an article's metadata in its text, and write down the reasoning (pure; no I/O).

Each value comes with a note saying what was read and where (``line 3``,
the URL path, the page's HTML metadata), and whether it is *certain* (read
from the article or its address) or a *guess* (inferred: an agency's report
may have been republished by another site).  A value that was not found is
left empty: add-source writes it as FIXME for a human to fill in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from idlibsite.dates import UNKNOWN, PartialDate
from idlibsite.errors import line_col
from idlibsite.sources.bylinefields import byline_outlet, squash
from idlibsite.sources.boxes import paper_name, post_account, shared_from, unlabelled
from idlibsite.sources.captures import banner_lines
from idlibsite.sources.datelines import (
    WEEKDAYS,
    dateline_dates,
    day_first,
    find_dates,
    is_date_line,
    month_day_without_year,
    two_digit_year,
    url_date,
    weekday_mentions,
    weekday_of,
)
from idlibsite.sources.dateranges import in_period, in_sentence
from idlibsite.sources.forwardquote import unquoted_header
from idlibsite.sources.holders import copyright_holder
from idlibsite.sources.lastedited import last_edited
from idlibsite.sources.linekinds import PHOTO_CREDIT, SITE_LINE
from idlibsite.sources.outlets import Outlet, by_domain, marked
from idlibsite.sources.mailparts import header_dates, sender, sending_body
from idlibsite.sources.records import Block
from idlibsite.sources.stated import Stated, stated_values

# Where a credit or a dateline can stand: the lines around the article, and the opening
# words of its first paragraph ("MOSCOW, March 4. /TASS/.").  Further down, a name is
# more likely the subject of a sentence ("told Al Jazeera") than a credit.
OPENING_CHARS = 160
OPENING_PARAGRAPHS = 3  # a standfirst or a repeated summary may come before the dateline
HEADER_BLOCKS = 8  # the headline, section labels, byline and date line sit in the first blocks
HEADER_MAX_WORDS = 20
CREDIT_KINDS = ("byline", "dateline", "chrome", "caption", "footnote", "note")
# A syndicating site names itself before the agency: "(UrduPoint News / Sputnik - …)".
WEEKDAY_WORD = re.compile(r"(?i)\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")
# A numeric date with dots is written day first ("04.03.20" in Russia, Turkey, Germany); with
# slashes it is month first in the United States and day first elsewhere, so it is left open.
DOTTED = re.compile(r"\b\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})\b")
# Symbols before a headline's first word ("❗️Statement on …", "⚡️ Breaking"): no words of it.
LEADING_SYMBOLS = re.compile(r"^[^\w\"“‘'(\[]+")
# A thread's number before its first post's first line ("1/ What happened …", "1/5 …") and the symbols after a
# post's headline ("… 48 hours 🧵"): no words of it.
THREAD_NUMBER = re.compile(r"^1/(n\b)?\s+")
TRAILING_SYMBOLS = re.compile("\\s+[\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+$")
LETTER = re.compile(r"[^\W\d_]")
ACRONYM_MAX = 4  # a word of a site's name in capitals this short is an acronym ("BBC", "TRT", "NEWS" kept)
SYNDICATED = re.compile(r"\(([A-Z][\w .&'’-]{1,40}?)\s*/\s*([A-Z][\w .-]{1,30}?)\s*[-–—,]")


@dataclass(frozen=True)
class Finding:
    """One value found, or not, with the reasoning."""

    value: str  # "" when not found
    note: str  # what was read and where
    certain: bool = True  # False: a guess, to be confirmed


@dataclass(frozen=True)
class PageMeta:
    """What a web page's own metadata says (from the HTML extractor), each "" when absent."""

    title: str = ""
    date: str = ""  # YYYY-MM-DD
    url: str = ""  # canonical or og:url
    site: str = ""  # og:site_name or the like
    language: str = ""  # <html lang>
    printed: str = ""  # YYYY-MM-DD: the date line under the page's headline, outside its text (sources/printeddate.py)


@dataclass(frozen=True)
class Found:
    """Everything found about one article."""

    title: Finding
    date: PartialDate
    date_note: Finding  # value: the ISO date or ""; note: how it was read
    url: Finding
    outlet: Finding
    agency: Finding  # the news agency behind the report, "" when none is credited
    byline: Finding
    language: Finding


NOT_FOUND = Finding("", "")


def find_metadata(
    text: str, blocks: Sequence[Block], outlets: Sequence[Outlet],
    url: str = "", page: PageMeta | None = None, language: str = "",
) -> Found:
    """The metadata of an article whose ``text`` was cut into ``blocks``.

    ``url`` is the address it was fetched from, ``page`` the HTML page's own
    metadata and ``language`` a detected language tag, when known.
    """
    page = page or PageMeta()
    stated = {s.field: s for s in stated_values(blocks)}
    where = {f: f"line {line_col(text, s.block.start)[0]}" for f, s in stated.items()}
    title = (_title(stated["title"].value, f"the title line ({where['title']})") if "title" in stated
             else Finding(page.title, "the page's HTML title") if page.title else NOT_FOUND)
    found_url = (Finding(stated["url"].value, f"the URL line ({where['url']})") if "url" in stated
                 else Finding(url, "the address it was fetched from") if url
                 else Finding(page.url, "the page's canonical URL") if page.url else NOT_FOUND)
    credits = _credit_text(text, blocks)
    # a page whose HTML title is its byline's name is an account's post: its site hosts it; so is a
    # text copied with its count of views whose first line, over its date, is who posted it
    credited = stated["byline"].value if "byline" in stated else ""
    account = (Finding(page.title, "guess: the account the page is named after (its HTML title is its byline's "
                       f"name{'; ' + repr(page.site) + ' is the site that hosts it' if page.site else ''})", False)
               if credited and squash(page.title) == squash(credited)
               else Finding(credited, "guess: the account named over the post's date line, handle, follow "
                            "button or count of subscribers (a post copied with them)", False)
               if credited and post_account(text.splitlines(), is_date_line) is not None else NOT_FOUND)
    # the text's lines as line_col numbers them (a CRLF's "\r" stays at a line's end: the readers strip it), a
    # forward's header as Apple Mail quotes it unquoted
    shown = unquoted_header(text.split("\n"))
    body, signer = sender(shown)  # the body that sent a copied mail, or the person who sent and signed it
    if account.value and title.value.startswith(account.value + " "):  # a caption opening with its username
        title = Finding(title.value[len(account.value):].strip(), f"{title.note}, without the username "
                        f"{account.value!r} it opens with", title.certain)
    holder = next((name for b in blocks if b.kind in ("note", "caption")
                   and (name := copyright_holder(b.display))), "")
    outlet, agency = _outlet(found_url.value or _site_line(blocks), credits, outlets, page, body, account, _paper(blocks),
                             sending_body(shown), holder, byline_outlet(stated.get("byline"), holder or page.site))
    # the account a post was copied from is its outlet, no author's byline
    byline = (Finding(stated["byline"].value, f"the byline ({where['byline']})")
              if "byline" in stated and not (account.value and account.value == credited)
              else Finding(agency.value, agency.note, agency.certain) if agency.value
              else Finding(signer, f"guess: the sender {signer!r}, who signs the message with their first name",
                           certain=False) if signer else NOT_FOUND)
    if not agency.value and outlet.value and outlet.note.startswith("the URL is on"):
        agency = _own_site(outlet.value, outlet.note, outlets)  # after the byline: a report's writer is not its agency
    date, date_note = _against_page(*_date(text, shown, blocks, stated, where, found_url.value, page), page)
    lang = (Finding(page.language.split("-")[0].lower(), "the page's <html lang>") if page.language
            else Finding(language, "detected from the words of the text (py3langid)") if language
            else NOT_FOUND)
    return Found(title, date, date_note, found_url, outlet, agency, byline, lang)


def _own_site(name: str, note: str, outlets: Sequence[Outlet]) -> Finding:
    """The agency behind an uncredited story on the site the URL names (``note``: how the outlet ``name`` was read
    from it): the agency itself when it is one, whose own site carries its reports; else none."""
    return next((Finding(name, f"{note}, the agency's own site") for o in outlets if o.name == name and o.agency),
                NOT_FOUND)


def _site_name(site: str) -> Finding:
    """The page's site name; one of several words in capitals ("ASHARQ AL-AWSAT") is a guess, its longer words
    capitalised ("Asharq Al-Awsat") and its short ones kept as acronyms ("TRT WORLD" gives "TRT World"): the name's own
    case is not known.  One word in capitals is a name written so ("TASS")."""
    words = site.split()
    if site != site.upper() or len(words) < 2 or not any(len(w) > ACRONYM_MAX for w in words):
        return Finding(site, "the page's site name (HTML metadata)")
    named = " ".join(w.title() if len(w) > ACRONYM_MAX or w in ("THE", "OF", "AND") else w for w in words)
    return Finding(named, f"guess: the page's site name {site!r} (HTML metadata), written in capitals: check its "
                          "case", certain=False)


def _credit_text(text: str, blocks: Sequence[Block]) -> str:
    """The text where credits stand: credit-like blocks and the opening of the first paragraph."""
    parts = [b.display for b in blocks if b.kind in CREDIT_KINDS and not PHOTO_CREDIT.fullmatch(b.display)]
    parts += [b.display for b in _header(blocks)]  # the story's credits, not a photo's ("Photo: A. Writer/AFP")
    parts += [b.display[:OPENING_CHARS] for b in [b for b in blocks if b.kind == "body"][:OPENING_PARAGRAPHS]]
    return "\n".join(parts)


def _site_line(blocks: Sequence[Block]) -> str:
    """The address of the site a line names without a scheme ("aljazeera.com" atop a Reader View
    copy), as a URL for its domain; "" when no such line."""
    for block in blocks:
        if block.kind == "url" and SITE_LINE.fullmatch(block.display):
            return "https://" + block.display
    return ""


def _title(line: str, said: str) -> Finding:
    """The headline of a title line, without a wire's update label ("UPDATE 2-"), the symbols a post
    opens or ends with ("❗️", "🧵") or a thread's number ("1/")."""
    headline = TRAILING_SYMBOLS.sub("", THREAD_NUMBER.sub("", LEADING_SYMBOLS.sub("", unlabelled(line))))
    return Finding(headline, said if headline == line else f"{said}, without the wire's label "
                   f"{line[:len(line) - len(headline)].strip()!r}")


def _paper(blocks: Sequence[Block]) -> str:
    """The paper a print page's running head names at the top, or the app a story was shared from, above the headline
    ("Shared from The National app"); "" when none."""
    head = blocks[:next((i for i, b in enumerate(blocks) if b.kind == "title"), HEADER_BLOCKS)]
    return next((name for b in blocks[:HEADER_BLOCKS] if b.kind == "chrome" and (name := paper_name(b.display))), "") \
        or next((name for b in head if b.kind == "chrome" and (name := shared_from(b.display))), "")



def _outlet(url: str, credits: str, outlets: Sequence[Outlet], page: PageMeta, sender: str, account: Finding,
            paper: str, issuer: str, holder: str, named: tuple[str, str, bool]) -> tuple[Finding, Finding]:
    """(outlet, agency): from the URL's domain, a syndication dateline, the account a post page is named after, the
    page's site name, a saved message's sender, the body a release or a mail's footer names, the outlet the byline
    names (``named``), the credits, a print page's running head, or the copyright ``holder`` after the text."""
    hits = marked(tuple(outlets), credits)
    agencies = [(o, m) for o, m, _ in hits if o.agency]
    agency = (Finding(agencies[0][0].name, f"the credit {agencies[0][1]!r} in the byline or dateline")
              if agencies else NOT_FOUND)
    if url:
        known = by_domain(tuple(outlets), url)
        if known:
            return Finding(known[0].name, f"the URL is on {known[1]}"), agency
    syndicated = SYNDICATED.search(credits)
    if syndicated and any(o.name == syndicated[2] or syndicated[2] in o.markers for o in outlets if o.agency):
        return Finding(syndicated[1].strip(), f"the dateline {syndicated[0]!r} names the site that "
                                              f"republished the {syndicated[2]} report"), agency
    if account.value:
        return account, agency
    if LETTER.search(page.site) and not SITE_LINE.fullmatch(page.site):
        # a site name with no letters is a title's date or number ("… | DW | 28.02.2020"); one that is a domain is the
        # extractor's stand-in for a name the page does not give (read below as the URL's domain)
        return _site_name(page.site), agency
    if sender:
        return Finding(sender, f"guess: the sender {sender!r} in the message's header",
                       certain=False), agency
    if issuer:
        return Finding(issuer, f"guess: {issuer!r}, the body the text names as its sender (a release's issuer, a "
                       "mail's footer, a closing signature)", certain=False), agency
    if named[0]:  # "By A. Writer | Marmara Monitor | …", "By A. Writer, The Meridian Post"
        return Finding(*named), agency
    outlets_named = [(o, m) for o, m, _ in hits if not o.agency]
    if outlets_named:
        o, m = outlets_named[0]
        return Finding(o.name, f"guess: the credit {m!r} names {o.name}", certain=False), agency
    if paper:
        return Finding(paper, f"guess: the running head of a print page, or the app it was shared from, names {paper}",
                       certain=False), agency
    if holder:  # a copy without its address, a transcript: the notice after it
        return Finding(holder, f"guess: the copyright notice after the text names {holder!r}", False), agency
    if url:
        host = urlsplit(url).hostname or ""
        return Finding(host.removeprefix("www."), f"guess: the URL's domain {host}, not in "
                       "corpus/outlets.yaml (add it there)", certain=False), agency
    if agencies:
        return Finding(agency.value, f"guess: the {agency.value} credit {agencies[0][1]!r}; another site may "
                       "have republished the report", certain=False), agency
    return NOT_FOUND, agency


def _date(
    text: str, shown: Sequence[str], blocks: Sequence[Block], stated: dict[str, Stated], where: dict[str, str],
    url: str, page: PageMeta,
) -> tuple[PartialDate, Finding]:
    """The publication date and how it was read, checked against the weekdays the text names; ``shown`` is the text's
    lines as :func:`line_col` numbers them."""
    from_url = url_date(url) if url else None
    if "date" in stated:
        readings, said = _day_first(stated["date"].readings, stated["date"].value, page.language,
                                    f"the date line {stated['date'].value!r} ({where['date']})"
                                    f"{_two_digit(stated['date'].value)}")
        if len(readings) == 1:
            return _checked(text, readings[0], said)
        if from_url and from_url[0] in readings:
            return _checked(text, from_url[0], f"{said}, read as the URL path {from_url[1]!r} has it")
        if len(readings) == 2 and DOTTED.search(stated["date"].value):
            first, note = _checked(text, readings[0], said)
            return first, Finding(first.iso, f"guess: {note.note.removeprefix('guess: ').rstrip('.')}, reading it "
                                 f"day first as dates with dots are written; it could also be {readings[1].iso}: "
                                 "check it", certain=False)
        if readings:
            both = " or ".join(r.iso for r in readings)
            return UNKNOWN, Finding("", f"{said} reads as {both}; pick the reading the article's "
                                        "weekdays support and say why")
    banner = banner_lines(shown)  # an archive's, a clipper's or a printout's own dates
    # a copied mail's header dates: read only when the text states none, the forwarded message's first
    mailed = {line_col(text, b.start)[0] - 1: b for b in blocks if b.kind == "chrome"}
    headers = [mailed[k] for k in header_dates(shown) if k in mailed]
    for block in _header(blocks):
        if line_col(text, block.start)[0] - 1 in banner or block in headers or in_sentence(block.display):
            continue
        for date in find_dates(block.display):
            line = line_col(text, block.start)[0]
            readings, said = _day_first(date.readings, block.display, page.language,
                                        f"the line {block.display!r} (line {line}){_two_digit(date.written)}")
            if len(readings) == 1 and not in_period(block.display, date):  # an event's period is not the day
                return _checked(text, readings[0], said)
    bodies = [b for b in blocks if b.kind == "body"][:OPENING_PARAGRAPHS]
    for block in bodies:
        for date in dateline_dates(block.display[:OPENING_CHARS]):
            if len(date.readings) == 1:
                line = line_col(text, block.start)[0]
                return _checked(text, date.readings[0], f"the dateline {date.written!r} opening the "
                                                         f"paragraph at line {line}{_two_digit(date.written)}")
    for block in bodies:
        no_year = month_day_without_year(block.display[:OPENING_CHARS])
        if no_year and from_url and from_url[0].precision == "day":
            return _checked(text, from_url[0], f"the URL path {from_url[1]!r}, which agrees with the "
                                                f"dateline {no_year[2]!r}")
        if no_year and page.date[:4].isdigit():
            iso = f"{page.date[:4]}-{no_year[0]:02d}-{no_year[1]:02d}"
            return _checked(text, PartialDate(iso, "day"),
                            f"the dateline {no_year[2]!r} with the year of the page's metadata")
        if no_year and not from_url and not page.date:
            return UNKNOWN, Finding("", f"the dateline {no_year[2]!r} gives no year")
    if from_url:
        return _checked(text, from_url[0], f"the URL path {from_url[1]!r}")
    for block in headers:
        dates = find_dates(block.display)
        if dates and len(dates[0].readings) == 1:
            return _checked(text, dates[0].readings[0], f"the mail header {block.display!r} (line "
                                                        f"{line_col(text, block.start)[0]}), as the text states no date")
    if page.date:
        return _checked(text, PartialDate(page.date, "day"), "the page's HTML metadata (htmldate)")
    if page.printed:
        return _checked(text, PartialDate(page.printed, "day"), "the date line under the page's headline")
    edited = next(((b, day) for b in blocks if (day := last_edited(b.display))), None)
    if edited:
        read, note = _checked(text, edited[1], f"the line {edited[0].display!r} (line {line_col(text, edited[0].start)[0]})")
        return read, Finding(note.value, f"guess: {note.note} (the revision's day; the text states no other)", False)
    return UNKNOWN, NOT_FOUND


def _day_first(readings: tuple[PartialDate, ...], line: str, language: str, said: str) -> tuple[
        tuple[PartialDate, ...], str]:
    """The readings of a numeric date on ``line`` (day first, month first) and the note: only the day-first one where
    the page's language or the line's words write dates so (:func:`.datelines.day_first`)."""
    how = day_first(line, language) if len(readings) == 2 else ""
    return (readings[:1], f"{said}, read day first as {how} writes dates,") if how else (readings, said)


def _against_page(date: PartialDate, note: Finding, page: PageMeta) -> tuple[PartialDate, Finding]:
    """A date read from the text, made a guess when the page's own metadata gives another day.

    A date printed near the top of a page's text is not always the publication's (a timeline's
    first entry, a live blog's oldest post), while the metadata names the day the page was
    published: when they disagree neither is presented as certain."""
    meta = page.date[:10]
    if not (note.certain and date.precision == "day" and len(meta) == 10) or meta == date.iso:
        return date, note
    return date, Finding(note.value, f"guess: {note.note.removeprefix('guess: ').rstrip('.')}, but the page's "
                                     f"HTML metadata (htmldate) reads {meta}: check which is the day it "
                                     "was published", certain=False)


def _two_digit(written: str) -> str:
    """", with the two-digit year '20' read as 2020," for a date written so; "" otherwise."""
    read = two_digit_year(written)
    return f", with {read}," if read else ""


def _header(blocks: Sequence[Block]) -> list[Block]:
    """The short lines around the headline, where sites print the date with a byline: up to the
    first long paragraph, or past it when a byline follows it (a standfirst over the byline).  The chrome that opens
    a copy (a mail's header and covering note, a site's menu) does not count among the first blocks."""
    out = []
    lead = next((i for i, block in enumerate(blocks) if block.kind != "chrome"), len(blocks))
    head = blocks[:lead + HEADER_BLOCKS]
    for i, block in enumerate(head):
        if block.kind == "body" and len(block.display.split()) > HEADER_MAX_WORDS \
                and not (i + 1 < len(head) and head[i + 1].kind == "byline"):
            break
        if len(block.display.split()) <= HEADER_MAX_WORDS:
            out.append(block)
    return out


def _checked(text: str, date: PartialDate, said: str) -> tuple[PartialDate, Finding]:
    """A date, with the note; a weekday written in the date line that disagrees makes it a guess."""
    note = f"{said} reads {date.iso}"
    if date.precision != "day":
        return date, Finding(date.iso, note + ".")
    day = weekday_of(date)
    written = WEEKDAY_WORD.search(said)
    if written and not day.startswith(written[1].lower()):
        return date, Finding(date.iso, f"guess: {note}, a {day.capitalize()}, but the line says "
                                       f"{written[0]!r}: check it", certain=False)
    mentions = sorted(set(weekday_mentions(text)), key=WEEKDAYS.index)
    if day in mentions:
        return date, Finding(date.iso, f"{note}, a {day.capitalize()}; the text's \"on "
                                       f"{day.capitalize()}\" is that day.")
    if mentions:
        return date, Finding(date.iso, f"{note}, a {day.capitalize()}; the text's "
                             + ", ".join(f'"on {d.capitalize()}"' for d in mentions)
                             + (" falls" if len(mentions) == 1 else " fall") + " in the week before.")
    return date, Finding(date.iso, f"{note}, a {day.capitalize()}.")
