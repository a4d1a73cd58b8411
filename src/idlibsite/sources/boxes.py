"""Boxes and notes that a story copied from a site carries around its paragraphs (pure; no I/O).

A site prints lists beside the story (a "Most read" list, a live page's "Key events"), a summary
box above it ("Key points:" and its points), questions as the headings of an explainer, an
author's biography and a disclaimer under it; a wire story says what its update adds and which
update it is.  These patterns name them, so that :mod:`.blocks` keeps the site's lists and notes
out of the story and keeps a summary's points and an explainer's questions apart from its
paragraphs, and :mod:`.metadata` reads the headline without the wire's update label and the name
of a paper from its running head.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from idlibsite.sources.datelines import find_dates
from idlibsite.sources.linekinds import COUNT, FOLLOWED, HANDLE, REACTED, SEPARATOR, SHARED_FROM
from idlibsite.sources.speech import speech_verbs

# The label of a list of other stories or of the page's own entries: chrome, with its items.
LIST_LABEL = re.compile(
    r"(?i)(most (read|popular|viewed|shared|commented)|trending( now)?|popular( now| stories)?|top stories"
    r"|key events|editor'?s picks|recommended( for you)?|you (may|might) also like|more (stories|news)"
    r"|more on this (story|topic)|related( (stories|articles|news|content|coverage))?|other (press releases|stories))\s*:?"
)
# An item of such a list: a headline, numbered or timed ("1. …", "3h ago …"), no sentence.
LIST_ITEM_MAX_WORDS = 20
ITEM_END = re.compile(r"[.!?…:;,]$")
# The label of a summary box above the story ("Key points:", "In brief:"), over its points.
SUMMARY_LABEL = re.compile(r"[A-Z][\w'’]*( [\w'’]+){0,2}:")
SUMMARY_MIN_POINTS = 2
# A deck's point under the headline: one bullet before a sentence that tells someone's words ("• Kenya's
# Daily Nation says the region should ..."), not a caption's credits ("• Photo: …", "• AFP • © …").
DECK_POINT = re.compile(r"[^\S\n]*•[^\S\n]+(?P<words>[A-Z][^•©]*)")
NOT_A_POINT = re.compile(r"(?i)\b(photo|picture|image|video)s?\b")
DECK_POINT_MIN_WORDS = 4
# An explainer's question heading: short, a question, not a quotation.
QUESTION = re.compile(r"[A-Z][^\"“”«»]{0,80}\?")
QUESTION_MAX_WORDS = 10
# An author's biography under the story: "<name> is <outlet>'s … correspondent, based in …".
BIO = re.compile(
    r"(?P<name>[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){1,3}) (is|was|has been) (a|an|the|[A-Z][\w .&'’-]{0,40}['’]s)\b"
    r".{0,80}\b(correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|analyst)s?\b.{0,120}"
)
# A publisher's notice under the story: its views are not the authors', or its site carries a part
# of what its subscribers get.
DISCLAIMER = re.compile(
    r"(?is).{0,120}\b((views|opinions) expressed\b.{0,120}\bdo(es)? not necessarily (reflect|represent|coincide)"
    r"|(site|website) contains only (a portion|part) of the\b).{0,300}"
)
# An editor's note on the article itself, above or under it: "Editor's note: This article was updated at
# 14:20 GMT ...", "Correction, 8 March 2020: An earlier version ...", "This story has been corrected to show ...".
EDITORS_NOTE = re.compile(
    r"(?is)((editor['’]?s['’]? note|correction|clarification)(\s*[,(–-]\s*[^:.()]{0,30}\d[^:.()]{0,12}\)?)?\s*:"
    r"|this (article|story|report|piece) (was|has been) (updated|amended|corrected|clarified|changed"
    r"|translated|adapted)\b).{0,600}"
)
# A wire story's note of what its update adds: "(Adds NATO statement, details)".
UPDATE_NOTE = re.compile(r"(?i)\((adds|updates|recasts|corrects|changes|rewrites|refiles|removes|inserts"
                         r"|writes through|fixes|tops with)\b[^()]*\)")
# The label a wire puts before an updated or flagged headline: "UPDATE 2-", "REFILE-", "URGENT: ".
WIRE_LABEL = re.compile(r"(?:(?:UPDATE|REFILE|CORRECTED|URGENT|EXCLUSIVE|WRAPUP|RPT|FLASH)(?: \d{1,2})?\s?[-:–]\s?)+"
                        r"(?=[A-Z0-9\"“‘'])")
# A print page's running head: a page number, the paper's name in capitals, a date ("14 THE EXAMPLE
# GAZETTE Saturday, March 7, 2020", "THE EXAMPLE TRIBUNE | THURSDAY, FEBRUARY 13, 2020 | PAGE 9").
PAGE_MARK = re.compile(r"(?i)^[a-z]?\d{1,3}\b|\bpage\s+[a-z]?\d{1,3}$|\b[a-z]?\d{1,3}$")  # "A1": a section's page
PAPER_NAME = re.compile(r"(?:THE )?[A-Z][A-Z&'’.-]+(?: [A-Z][A-Z&'’.-]+){0,4}")
_WEEKDAY = re.compile(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")


def is_list_label(line: str) -> bool:
    """Whether ``line`` labels a list of other stories or of a live page's entries."""
    return bool(LIST_LABEL.fullmatch(line.strip()))


def is_list_item(line: str) -> bool:
    """Whether ``line`` may be an item of such a list: a headline, not a sentence."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= LIST_ITEM_MAX_WORDS and not ITEM_END.search(stripped)


def summary_points(lines: Sequence[str], k: int) -> int:
    """How many points the summary box labelled at ``lines[k]`` lists on the lines right under it
    ("Key points:" over points without a full stop, up to a blank line); 0 when it is none."""
    if not SUMMARY_LABEL.fullmatch(lines[k].strip()):
        return 0
    n = 0
    for line in lines[k + 1:]:
        if not line.strip():
            break
        if not (line.strip()[:1].isupper() and is_list_item(line)):
            return 0
        n += 1
    return n if n >= SUMMARY_MIN_POINTS else 0


def is_deck_point(line: str) -> bool:
    """Whether a bulleted line is a point of the deck that tells someone's words: a heading of the page, not a
    caption's credit."""
    m = DECK_POINT.fullmatch(line)
    return (m is not None and len(m["words"].split()) >= DECK_POINT_MIN_WORDS and not NOT_A_POINT.search(line)
            and bool(speech_verbs(m["words"])))


def is_question_heading(words: str) -> bool:
    """Whether a paragraph's words may be an explainer's question heading."""
    return bool(QUESTION.fullmatch(words)) and len(words.split()) <= QUESTION_MAX_WORDS


def is_author_bio(words: str, text: str) -> bool:
    """Whether a paragraph is the biography of the author that a line of ``text`` names (its byline)."""
    m = BIO.fullmatch(words)
    if m is None:
        return False
    name = m["name"]
    return re.search(rf"(?m)^\s*(By\s+)?{re.escape(name)}({SEPARATOR.pattern}.*)?\s*$", text) is not None


def is_notice(words: str) -> bool:
    """Whether a paragraph is a publisher's note: a disclaimer, a wire story's note of its update, an
    editor's note or a correction of the article."""
    return bool(DISCLAIMER.fullmatch(words) or UPDATE_NOTE.fullmatch(words) or EDITORS_NOTE.fullmatch(words))


def unlabelled(headline: str) -> str:
    """``headline`` without a wire's update label ("UPDATE 2-Turkey says …" gives "Turkey says …")."""
    return WIRE_LABEL.sub("", headline, count=1) if WIRE_LABEL.match(headline) else headline


def shared_from(line: str) -> str:
    """The outlet whose app a story was shared from ("Shared from The National app:" gives "The National"); "" for any
    other line."""
    shared = SHARED_FROM.fullmatch(line.strip())
    return shared[1] if shared else ""


def paper_name(line: str) -> str:
    """The name of the paper a print page's running head gives, in title case ("" when the line is
    none: it must hold a page number, a full date, and the name in capitals)."""
    if not _page_marked(line.strip()):  # first: most paragraphs end in no page number (find_dates costs more)
        return ""
    dates = find_dates(line)
    if not dates:
        return ""
    rest = line[:dates[0].start] + " " + line[dates[0].end:]
    rest = _WEEKDAY.sub(" ", rest)
    rest = re.sub(r"(?i)\bpage\s+[a-z]?\d{1,3}\b|\b[a-z]?\d{1,3}\b|[|,·•/–—-]", " ", rest)
    rest = " ".join(rest.split())
    if not PAPER_NAME.fullmatch(rest) or len(rest.split()) < 2:
        return ""
    return " ".join(w.capitalize() for w in rest.split())


def _page_marked(line: str) -> bool:
    """Whether PAGE_MARK is found in a stripped line: searched past its first place only when the line ends in a
    digit (``\\d`` is a decimal digit), as every pattern of it but the first, which opens the line, must end there."""
    return PAGE_MARK.match(line) is not None or line[-1:].isdecimal() and PAGE_MARK.search(line) is not None


# A post's count of views, as a messaging app or a social site prints it under the post.
VIEWS = re.compile(rf"(?i)(👁|views?:?)\s*{COUNT}\b.*|{COUNT}\s+views\b.*")
# A post's counts of reactions on a line of their own: a bare count ("18", "1.2K", as X and VK print replies, reposts
# and likes), or counts named ("214 comments  890 shares").
REACTIONS = re.compile(rf"(?i){COUNT}|{COUNT}\s+{REACTED}(\s+{COUNT}\s+{REACTED})*")
# A channel's count of subscribers under its name ("48.2K subscribers"), as a video site prints it under the title.
FOLLOWERS = re.compile(rf"(?i){COUNT}\s+{FOLLOWED}")
REACTIONS_MIN = 2
# A photo site's username atop a post (one word of letters, digits, "_" and ".", one of them at least), and its
# follow button.
USERNAME = re.compile(r"(?=[\w.]*[_.\d])[a-z0-9][\w.]{2,29}")
FOLLOW = re.compile(r"(?i)follow(ing)?")


def post_account(lines: Sequence[str], is_date: Callable[[str], bool]) -> int | None:
    """The index of the account's name atop a post copied with its count of views or its counts of reactions: the
    first line, when the next is its date line or its handle (a post opens with who posted it and when; its own first
    line comes after), a username over its "Follow" button, or a line under the title over the channel's count of
    subscribers ("Example Frontline TV" over "48.2K subscribers"). None for a text that is no such post."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    counted = any(VIEWS.fullmatch(lines[k].strip()) for k in filled) or \
        sum(bool(REACTIONS.fullmatch(lines[k].strip())) for k in filled) >= REACTIONS_MIN
    if len(filled) >= 2 and counted:
        first, second = filled[:2]
        opens = is_date(lines[second]) or HANDLE.fullmatch(lines[second].strip()) is not None
        if second == first + 1 and opens and len(lines[first].split()) <= 8:
            return first
    if len(filled) >= 3 and USERNAME.fullmatch(lines[filled[0]].strip()) \
            and any(FOLLOW.fullmatch(lines[k].strip()) for k in filled[1:3]):
        return filled[0]  # a photo site's username over its "Follow" button
    channel = next((k for k in filled[1:4] if k + 1 < len(lines) and FOLLOWERS.fullmatch(lines[k + 1].strip())), None)
    return channel if channel is not None and len(lines[channel].split()) <= 8 else None  # over its subscribers


def post_location(lines: Sequence[str], account: int) -> int | None:
    """The index of the place a photo's post names under its username and "Follow" button ("Atmeh, Idlib"), over the
    caption that opens with the username again; None for none."""
    name = lines[account].strip()
    filled = [k for k in range(account + 1, len(lines)) if lines[k].strip()
              and not (FOLLOW.fullmatch(lines[k].strip()) or lines[k].strip() in "•·")]
    if not USERNAME.fullmatch(name) or len(filled) < 2:
        return None
    place, caption = filled[:2]
    return place if lines[caption].strip().startswith(name + " ") and len(lines[place].split()) <= 6 else None
