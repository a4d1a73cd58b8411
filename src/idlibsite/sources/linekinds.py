"""Lines of an article's text that are units of their own, whatever paragraph they sit in (pure).

Page chrome copied with the article (player controls, share buttons, a newsletter's "View this
email in your browser"), a date line, a byline or an agency credit, a URL, a caption's credit:
:func:`line_kind` names them, and :mod:`.blocks` splits them out of the paragraph they sit in.
"""

from __future__ import annotations

import re

from idlibsite.sources.agencies import AGENCY_AFTER_SITE, AGENCY_CREDIT
from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.headerfields import header_kind

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
    r"|shared from the [\w .'-]{1,40} app|sent from my [\w .'-]{1,30}|(download|get) (the|our) [\w .'-]{0,30}app\b.*"
    r"|\d{1,3}([–-]\d{1,3})? min(ute)?s?( read)?|our standards\s*:.*"
    # a site's menu and search buttons, a share button's words, a print page's jump line
    r"|menu|search|share (on|via) \w+|continued (on|from) page \d{1,3}"
)
# A section breadcrumb above the headline: two to five short capitalised labels between "|", ">" or "/".
BREADCRUMB = re.compile(r"([A-Z][\w&'’-]*( [A-Z&][\w&'’-]*){0,2})( (\||>|›|»|/) [A-Z][\w&'’-]*( [A-Z&][\w&'’-]*){0,2}){1,4}")
# A site's copyright and legal footer after the story ("© 2020 Deutsche Welle | Privacy Policy | Legal notice |
# Contact"): a copyright line that links the site's legal pages, no photo's credit (a notice that all rights are
# reserved is a note, as before: blocks.COPYRIGHT).
LEGAL_FOOTER = re.compile(r"(?i)(?!.*\ball rights reserved\b)\s*(©|\(c\)|copyright\b).*\b(privacy|legal notice|imprint|impressum|terms of (use|service)"
                          r"|cookie|data protection|accessibility|contact us)\b.*")
BYLINE = re.compile(r"(By|BY)\s+\S.{0,80}")
# What a byline puts between its name, place and date ("By A. Writer | Gaziantep | 7 March 2020"): no word.
SEPARATOR = re.compile(r"\s[|·•—–/]\s")
# A credit line naming only an agency or a newsroom (no "By").
CREDIT = re.compile(
    rf"(?i)({AGENCY_CREDIT}|voa news|bbc news|al jazeera( and news agencies)?|staff and agencies|politico"
    rf"|[\w .'-]{{2,30}}/{AGENCY_AFTER_SITE})"
)
URL_LABEL = re.compile(r"(?i)original (url|link|address):?|source url:?")
URL_LINE = re.compile(
    r"(?i)((original (url|link|address)|source( url)?|url|link"
    r"|view (this )?((e-?mail|newsletter|message) )?(in ((your|a) )?(web )?browser|online))\s*:\s*)?"
    r"[<‹(]?https?://\S+?[>›)]?[.,]?"
)
# A line that is only a site's address without its scheme: the site a Reader View copy names
# first ("aljazeera.com"), a post's link under it ("t.me/channel/1843").
SITE_LINE = re.compile(r"(?i)(www\.)?[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.[a-z]{2,}(/\S*)?")
CREDIT_LINE = re.compile(r"\s*[•·]\s(?![^\n]*:\s*[\"“«„][^\n]*[\"”»“]).*|\s*©.*|.*\bvideo by\b.*"
                         r"|(?i:\s*(photo|picture|image|video)s?( credit)?\s*:\s.*)")  # a caption: "Photo: A … (Getty)"
# not a bullet that quotes words after a colon (a fact-check's posts: '• ... with the text: "..."'): a point of the body



def line_kind(line: str) -> str:
    """The kind of a line that is a unit of its own (chrome, a date line, a byline, a URL, a caption
    credit), or "" for a line of a paragraph."""
    stripped = line.strip()
    if CHROME.fullmatch(stripped) or BREADCRUMB.fullmatch(stripped) or LEGAL_FOOTER.fullmatch(stripped):
        return "chrome"
    if is_date_line(stripped):
        return "dateline"
    if header := header_kind(stripped):  # "Date 28.02.2020 | Author Lena Hartwig": labelled header fields
        return header
    if (BYLINE.fullmatch(stripped) and len(SEPARATOR.sub(" ", stripped).split()) <= 8) or CREDIT.fullmatch(stripped):
        return "byline"
    if URL_LABEL.fullmatch(stripped) or URL_LINE.fullmatch(stripped) or SITE_LINE.fullmatch(stripped):
        return "url"
    if CREDIT_LINE.fullmatch(line):
        return "caption"
    return ""
