"""Lines of an article's text that are units of their own, whatever paragraph they sit in (pure).

Page chrome copied with the article (player controls, share buttons, a newsletter's "View this
email in your browser"), a date line, a byline or an agency credit, a URL, a caption's credit:
:func:`line_kind` names them, and :mod:`.blocks` splits them out of the paragraph they sit in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from idlibsite.sources.agencies import AGENCY, AGENCY_AFTER_SITE, AGENCY_CREDIT
from idlibsite.sources.bylinefields import byline_fields
from idlibsite.sources.datelines import find_dates, is_date_line
from idlibsite.sources.endmatter import end_kind
from idlibsite.sources.foreignbylines import foreign_byline
from idlibsite.sources.headerfields import header_kind
from idlibsite.sources.transcripts import transcript_kind
from idlibsite.sources.translated import is_translator_line
from idlibsite.sources.wikilines import wiki_kind

# A print page's number as a jump line names it: "page 4", "page A12".
_PAGE = r"page [a-z]?\d{1,3}"
# Page furniture copied along with the article: player controls, site menus, share buttons.
CHROME = re.compile(
    r"(?i)accessibility links|breaking news|please wait|skip to (main )?content|advertisement"
    r"|share( this( article| story)?)?|copy link|print|e-?mail|listen to (this )?article"
    r"|(facebook|twitter|whatsapp|telegram|linkedin|reddit|vk)( \W? ?(facebook|twitter|whatsapp|telegram"
    r"|linkedin|reddit|vk|email))*"
    r"|related topics|related stories|recent stories|more on this story|check also|your thoughts and comments"
    r"|no media source currently available|(\d{1,2}:\d{2}(:\d{2})?\s*)+"
    r"|view (this )?(e-?mail|newsletter|message) in (your|a) (web )?browser|unsubscribe\b.*"
    r"|you (are receiving|received|have received|get) this\b.*"
    r"|for information media\.? not an official record\.?"
    # a mobile app's share and its invitation, a reader's reading time, a newsroom's standards label
    r"|sent from my [\w .'-]{1,30}|(download|get) (the|our) [\w .'-]{0,30}app\b.*"
    r"|(listen\s*[·•|-]?\s*)?\d{1,3}([–-]\d{1,3})? min(ute)?s?( read| listen)?|our standards\s*:.*"
    # a site's menu and search buttons, a share button's words, a print page's jump line
    rf"|menu|search|share (on|via) \w+|continued (on|from) {_PAGE}|[\w .'-]{{1,30}} \| from {_PAGE}"
    # calls to act between and after the paragraphs: a story resumed below a slot, a short link, a count of
    # comments, a newsletter's buttons and its box asking to subscribe, an invitation to share
    r"|(story|article) continues below( (this )?(advertisement|ad))?|(get )?short url|comments?( \(?\d+\)?)?"
    r"|leave a comment|subscribe( now| for free)?|thanks for reading\b.{0,60}\bsubscribe\b.*"
    r"|(like|enjoyed?) this (story|article)\? share it\b.*"
    # a paywall's box: its call to subscribe, its plans and prices, its log-in link
    r"|(subscribe|sign up|register) (now )?to (continue|keep) reading\b.*|already (a subscriber|have an account)\b.*"
    # (a paywall's price needs a currency sign: looked for first, in one pass, before the words looked for at each letter)
    r"|(log|sign) in|(?=[^£$€\n]*+[£$€])(?=.*\b(subscri|digital|unlimited|cancel|trial)).{0,160}[£$€]\s?\d+(\.\d\d)?"
    r" (a|per|for( the first| \d{1,2})?) ?(week|month|year)s?\b.{0,160}"
    # a messaging app's marks in a copied post: its attachment ("[ Photo ]") and its forward ("[Forwarded from X]")
    r"|\[ ?(photo|video|album|file|sticker|voice message|gif) ?\]|\[forwarded from [^\]]{1,60}\]"
    # a social site's buttons and marks around a post: a channel's and an account's, a translation's, a long post's
    # and a thread's links, a forward copied without brackets ("Forwarded from X", WhatsApp's "Forwarded many times")
    r"|join channel|follow|see translation|show (more|less|this thread)|forwarded( many times)?|forwarded from .{1,60}"
    # a newsletter's and an alert's mail: its invitation to subscribe, its app's and its buttons, an alert's links
    r"|forwarded this (e-?mail|newsletter|message)\?.{0,60}|read in (the )?app|start writing|restack|like"
    r"|flag as irrelevant|see more results\b.{0,40}|edit this alert|(receive|get) this alert\b.{0,40}|send feedback"
    # a page's tools in brackets after the text ("[Print] [Close]", "[Top]")
    r"|(\[ ?(print|close|top|back|e-?mail|share|save|download)( page| this page| window)? ?\]\s*){1,5}"
)
# A post's count on a line of its own (its reactions, views or followers): a count in thousands ("1.2K") or named
# ("1,204 likes", "214 comments  890 shares", "48.2K subscribers"); a bare number may be a page's (see paged.py).
COUNT = r"\d[\d.,]*\s*[km]?"
REACTED = r"(likes?|comments?|shares?|reposts?|retweets?|replies|reactions)"
FOLLOWED = r"(subscribers|followers|members)"
COUNTS = re.compile(rf"(?i)\d[\d.,]*\s*[km]|{COUNT}\s+({REACTED}|views?|{FOLLOWED})(\s+{COUNT}\s+{REACTED})*")
# An account's handle under its name ("@example_channel", "@example_channel · 14.2K subscribers").
HANDLE = re.compile(rf"(?i)@\w{{2,}}(\s*[·•]\s*[\d.,]+\s*[km]?\s+{FOLLOWED})?")
# A print page's jump: the story goes on on another page.
JUMP = re.compile(rf"(?i)continued on {_PAGE}")
# A mobile app's share: "Shared from The National app", "Shared from the FRANCE 24 app" (a capital "The" is the name's).
SHARED_FROM = re.compile(r"(?i:shared from )(?:the )?([\w .'-]{1,40}?)(?i: app):?")
# A site's menu copied above the story: "Home" and two to twelve capitalised sections ("Home Lebanon Middle East World
# Opinion"), two of them sections every site has (a headline "Home Secretary Visits Border Post" names none).
MENU = re.compile(r"Home((\s+|\s*[|·•]\s*)([A-Z][\w&'’-]*|&)){2,12}")
SECTIONS = frozenset("news world opinion sport sports business politics economy culture lifestyle video videos tech"
                     " technology science health entertainment travel arts local national international".split())
MENU_MIN_SECTIONS = 2
# The header a messaging app puts over each post copied from a channel: "Channel name, [29.02.20 08:05]".
POST_HEADER = re.compile(r"[^\[\]\n]{1,60}, \[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(:\d{2})?\]")
# The prefix a messaging app puts before a message copied from a chat ("[01/03/2020, 21:14] Abu Example: "): a line
# that is only the prefix, or the prefix and the app's mark of a forward, is chrome.
CHAT_PREFIX = re.compile(r"\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(:\d{2})?(\s?[APap]\.?[Mm]\.?)?\] [^:\n]{1,40}:")
# A section breadcrumb above the headline: two to five short capitalised labels between "|", ">" or "/".
BREADCRUMB = re.compile(r"([A-Z][\w&'’-]*( [A-Z&][\w&'’-]*){0,2})( (\||>|›|»|/) [A-Z][\w&'’-]*( [A-Z&][\w&'’-]*){0,2}){1,4}")
# A site's copyright and legal footer after the story ("© 2020 Deutsche Welle | Privacy Policy | Legal notice |
# Contact"): a copyright line that links the site's legal pages, no photo's credit (a notice that all rights are
# reserved is a note, as before: blocks.COPYRIGHT). Its opening mark is looked for first: a line of the story has none,
# and the look-ahead for "all rights reserved" went over the whole of it.
LEGAL_FOOTER = re.compile(r"(?i)(?=\s*(?:©|\(c\)|copyright\b))(?!.*\ball rights reserved\b)\s*(©|\(c\)|copyright\b).*\b(privacy|legal notice|imprint|impressum|terms of (use|service)"
                          r"|cookie|data protection|accessibility|contact us)\b.*")
BYLINE = re.compile(r"(By|BY)\s+\S.{0,80}")
BYLINE_MAX = 120  # characters of a byline that prints its outlet or date beside the names
# A byline in lowercase with the date after the name, as a site that runs another's story prints it ("by Example
# Newsdesk 05 February 2020, 14:20"): one to five capitalised words, then a date line.
DATED_BYLINE = re.compile(r"by\s+(?:[A-Z][\w'’.-]*\s+){1,5}")
# What a byline puts between its name, place and date ("By A. Writer | Gaziantep | 7 March 2020"): no word.
SEPARATOR = re.compile(r"\s[|·•—–/]\s")
# A credit line naming only an agency or a newsroom (no "By").
CREDIT = re.compile(
    rf"(?i)({AGENCY_CREDIT}|voa news|bbc news|al jazeera( and news agencies)?|staff and agencies|politico"
    rf"|[\w .'-]{{2,30}}/{AGENCY_AFTER_SITE}|[\w.'-]+( [\w.'-]+){{0,3}} with {AGENCY})"  # "Daily Sabah with AA"
)
URL_LABEL = re.compile(r"(?i)original (url|link|address):?|source url:?")
# A line that is an address, with its label if any (also another language's word for "source": "Kaynak:", "Quelle:",
# "Источник:", "المصدر:").
URL_LINE = re.compile(
    r"(?i)((original (url|link|address)|source( url)?|url|link|kaynak|quelle|fuente|fonte|источник|джерело|المصدر"
    r"|view (this )?((e-?mail|newsletter|message) )?(in ((your|a) )?(web )?browser|online))\s*(:\s*|(?=\()))?"
    r"[<‹(]?https?://\S+?[>›)]?[.,]?"
)
# A line that is only a site's address without its scheme: the site a Reader View copy names
# first ("aljazeera.com"), a post's link under it ("t.me/channel/1843").
SITE_LINE = re.compile(r"(?i)(www\.)?[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.[a-z]{2,}(/\S*)?")
# A photo's credit between the paragraphs: "Photo: A. Writer / Example Post", "(Photo: A. Writer/AFP via Getty Images)",
# "Photo : A. Writer / AFP", "Foto: …": its agency took the picture, not the story.
PHOTO_CREDIT = re.compile(r"(?i:\s*[(\[]?\s*(photo|picture|image|video|foto)s?( credit)?\s*:\s.*)")
CREDIT_LINE = re.compile(r"\s*[•·]\s(?![^\n]*:\s*[\"“«„][^\n]*[\"”»“]).*|\s*©.*|.*\bvideo by\b.*"
                         rf"|{PHOTO_CREDIT.pattern}")  # a caption: "Photo: A … (Getty)"
# not a bullet that quotes words after a colon (a fact-check's posts: '• ... with the text: "..."'): a point of the body



@lru_cache(maxsize=4096)
def line_kind(line: str) -> str:
    """The kind of a line that is a unit of its own (chrome, a date line, a byline, a URL, a caption
    credit), or "" for a line of a paragraph. Kept for the last lines asked: a briefing's header is looked for
    in the lines at the top before each line is read (50,577 calls for 40,288 lines at 1,000 generated sources)."""
    stripped = line.strip()
    if len(stripped) <= BYLINE_MAX and byline_fields(stripped) is not None and not is_date_line(stripped):
        return "byline"  # "By A. Writer | The Eastern Review" (no breadcrumb), "A. Writer and B. Writer, The Harbour Times"
    if CHROME.fullmatch(stripped) or BREADCRUMB.fullmatch(stripped) or LEGAL_FOOTER.fullmatch(stripped) \
            or _menu(stripped) or POST_HEADER.fullmatch(stripped) or SHARED_FROM.fullmatch(stripped) \
            or HANDLE.fullmatch(stripped) or COUNTS.fullmatch(stripped) or _chat_header(stripped):
        return "chrome"
    if end := end_kind(stripped):  # "— With AFP", "Agencies contributed to this report.", "Sign up for our newsletter"
        return end
    if is_date_line(stripped):
        return "dateline"
    if header := header_kind(stripped):  # "Date 28.02.2020 | Author Lena Hartwig": labelled header fields
        return header
    if spoken := transcript_kind(stripped):  # "(BEGIN VIDEOTAPE)", "Volume 672: debated on Monday 2 March 2020"
        return spoken
    if is_translator_line(stripped):  # "Turkish (detected) → English (US)", "Translated with www.DeepL.com/…"
        return "chrome"
    if wiki := wiki_kind(stripped):  # "Background[edit]", "^ a b "Title". …", 'Retrieved from "https://…"'
        return wiki
    if (BYLINE.fullmatch(stripped) and len(SEPARATOR.sub(" ", stripped).split()) <= 8) or CREDIT.fullmatch(stripped) \
            or _dated_byline(stripped) or foreign_byline(stripped):
        return "byline"
    if URL_LABEL.fullmatch(stripped) or URL_LINE.fullmatch(stripped) or SITE_LINE.fullmatch(stripped):
        return "url"
    if CREDIT_LINE.fullmatch(line):
        return "caption"
    return ""


def _chat_header(line: str) -> bool:
    """Whether a line is a chat message's prefix alone, or with the app's mark of a forward after it."""
    prefix = CHAT_PREFIX.match(line)
    return prefix is not None and (not line[prefix.end():].strip() or CHROME.fullmatch(line[prefix.end():].strip()) is not None)


def _menu(line: str) -> bool:
    """Whether a line is a site's menu copied with the story (:data:`MENU`)."""
    return MENU.fullmatch(line) is not None and sum(w.lower() in SECTIONS for w in re.findall(r"\w+", line)) >= MENU_MIN_SECTIONS


def _dated_byline(line: str) -> bool:
    """Whether a line is a byline in lowercase with its date after the name (:data:`DATED_BYLINE`)."""
    name = DATED_BYLINE.match(line)
    if name is None:
        return False
    words = line.split()
    return any(all(w[:1].isupper() for w in words[1:i]) and _opens_date(" ".join(words[i:]))
               for i in range(2, min(len(words), len(name[0].split()) + 1)))


def _opens_date(rest: str) -> bool:
    """Whether ``rest`` is a date line that opens with its date ("March 3, 2020 at 4:12 pm", not "Roe March 3, …")."""
    dates = find_dates(rest)
    return bool(dates) and dates[0].start == 0 and is_date_line(rest)
