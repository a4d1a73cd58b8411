"""Posts saved or exported from social media and messaging apps, each under a header naming who posts it (pure).

A researcher copies a channel's messages ("MFA Russia, [28.02.20 13:12]" over each, "[Forwarded from Agency]" over a
forwarded one), exports a monitoring tool's records ("Page Name:" ... "Message: words"), archives a tweet with its
conversation (a display name over its "@handle", "Replying to @...", "Translated from Turkish"), a post with its repost
chain ("words //@Account: words") and its comments ("nickname: words  2-29 10:41  Like 312"), or a video's page (its
caption under "Display Name · 2-29", its machine transcript's time-stamped lines).  Who posts is not always who speaks
(LABELS, Round 107's questions): a post of one's own is its author's sentence by sentence, but a sentence in it with a
speaker of its own ("Minister X said ...", a news account's relays) is read by its clause (``reads``); a chat line or a
comment is a turn, its words all the member's, a report of another's words too; an account known by a nickname, a
handle or a name with a flag names nobody (:data:`ACCOUNT`).  A transcript's lines are the speaker its line "my name is
..." names (Round 65).  The header's lines (stamps, counts, fields) are no words of the post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from idlibsite.sources.asides import READER

ACCOUNT = READER
"""The title of an account's words, a reader's comment's (:data:`.asides.READER`): the name is a nickname, nobody named."""


@dataclass(frozen=True)
class Post:
    """The words of one post in a paragraph, and who posts them."""

    words_start: int
    words_end: int
    author: str
    title: str  # :data:`ACCOUNT` for a nickname's
    reads: bool  # a post of one's own: a sentence with its own speaker is read by its clause; False: a turn


_EXPORTER_HEADER = re.compile(r"\[\d{1,2}-[A-Z][a-z]{2}-\d{2,4}[^\S\n]\d{1,2}:\d{2}(?:[^\S\n][AP]M)?\][^\S\n]+(?P<name>[^\n#]{1,60}?)(?:#\d{4})?"
                              r"(?P<bot>[^\S\n]+\[BOT\])?[^\S\n]*$")
"""A chat exporter's message header: "[28-Feb-20 09:14 PM] name#0000", a feed's bot marked "[BOT]"."""
_DATE_LINE = re.compile(r"(?:Today|Yesterday|[A-Z][a-z]{2,8}\.?[^\S\n]\d{1,2}(?:,[^\S\n]\d{4})?|\d{1,2}[^\S\n][A-Z][a-z]{2,8}(?:[^\S\n]\d{4})?)"
                        r"[^\S\n]at[^\S\n]\d{1,2}:\d{2}(?:[^\S\n]?[ap]\.?m\.?)?")
"""A wall's date under a name: "Feb 28 at 6:40 pm", "Yesterday at 21:14"."""
_REPLY_LINE = re.compile(_DATE_LINE.pattern + r"[^\S\n]+Reply\b.*")
"""A comment's last line: its date, "Reply" and its likes ("Feb 28 at 7:02 pm   Reply   Like 41")."""
_STAMP_HEADER = re.compile(r"(?P<name>[^\n,\[\]]{2,80}),[^\S\n]\[\d{1,2}\.\d{1,2}\.\d{2,4}[^\S\n]\d{1,2}:\d{2}(?::\d{2})?\][^\S\n]*$")
"""A copied message's header line: "MFA Russia 🇷🇺, [28.02.20 13:12]"."""
_FORWARDED = re.compile(r"\[Forwarded from (?P<name>[^\]\n]{2,80})\][^\S\n]*$")
_PLACEHOLDER = re.compile(r"\[[^\S\n]*(?:Photo|Album|Video|Sticker|File|Voice message|Audio|GIF|Poll|Document)[^\]\n]*\][^\S\n]*$|<Media omitted>$|This message was deleted$")
_MEMBER_LINE = re.compile(r"(?P<name>[^\n:]{2,60}):[^\S\n]*$")
"""A member's name over a group's message, on its own line ("Dr Hasan Qaddour:")."""
_FIELD = re.compile(r"(?P<label>[A-Z][A-Za-z]*(?:[^\S\n][A-Za-z]+){0,3}):[^\S\n]")
_MESSAGE_FIELDS = ("Message", "Post Text", "Text", "Caption", "Hit Sentence", "Content", "Snippet", "Full Text", "Body")
_SHOWN_FIELDS = ("Image Text", "On-screen text")
_COMMUNITY = re.compile(r"(?i)COMMUNITY|PERSONAL_BLOG|PERSON|FAN_PAGE|CAUSE|INTEREST")
"""A page category of no body: an invented community page is an account (LABELS, Round 107's questions)."""
_LEAD = re.compile(r"(?:[^\w\"“'‘«(\[【#@]+|#[^#\s][^#\n]{0,30}#)+")
"""Symbols opening a post's words ("🎙 ", "❗️ ") and a Chinese platform's topic tags ("#伊德利卜# "): no words."""
OWN_VOICE = re.compile(r"(?:I|We)\b")
"""A sentence of a post telling in the poster's own voice ("We told our Russian counterparts ..."): the poster's."""
_NAMED_LEAD = re.compile(r"(?P<name>#?[A-Z][\w'’-]+(?:[^\S\n]#?[A-Z][\w'’-]+){1,3}):[^\S\n]+(?=\S)")
"""A post opening with a person's name and a colon ("Sergey #Lavrov: We are ..."): a ministry's channel quoting its
minister, the words his."""
_TITLE = re.compile(r"【(?P<title>[^】\n]{2,200})】[^\S\n]*")
"""A post's title in lenticular brackets, as a Chinese platform prints it: a headline of its own."""
_AUTHOR_FIELDS = ("Page Name", "Group Name", "Account Name", "Author Name", "Channel Name")
_HANDLE_LINE = re.compile(r"@\w{1,30}(?:[^\S\n]*·[^\S\n]*[A-Z][a-z]{2}[^\S\n]\d{1,2}(?:,[^\S\n]\d{4})?)?[^\S\n]*$")
_TWEET_CHROME = re.compile(r"·|(?:[A-Z][a-z]{2}[^\S\n]\d{1,2}(?:,[^\S\n]\d{4})?)|Replying to(?:[^\S\n]+@\w+)+|Translated from [A-Z][a-z]+"
                           r"|Show (?:more|replies|this thread)|Quote Tweet|[\d.,]+K?[^\S\n]+(?:Retweets?|Quote Tweets?|Likes?)(?:[^\S\n].*)?")
_TWEET_END = re.compile(r"Quote Tweet|\d{1,2}:\d{2}[^\S\n][AP]M[^\S\n]·.*|[\d.,]+K?[^\S\n]+Retweets?\b.*")
_CLIENT_LINE = re.compile(r"\d{1,2}-\d{1,2}[^\S\n]\d{1,2}:\d{2}[^\S\n]+from[^\S\n].{1,60}$")
"""A Weibo-like post's time and client line, under the account's name: "2-29 10:15 from iPhone 11"."""
_VIDEO_LINE = re.compile(r"(?P<name>[^\n·]{2,60}?)[^\S\n]+·[^\S\n]+\d{1,2}-\d{1,2}(?:-\d{2,4})?[^\S\n]*$")
"""A video page's display name and date, under its handle: "Middle East Now · 2-28"."""
_COUNTS = re.compile(r"(?:Repost|Comment|Like)[^\S\n]\d|[\d.,]+[KM]?[^\S\n]likes\b|♬|On-screen text:|Transcript\b|Comments\b|👁|Show more\b"
                     r"|[\d.,]+[KM]?(?:[^\S\n]+[\d.,]+[KM]?)*[^\S\n]+views\b")
_CHAIN = re.compile(r"[^\S\n]*//@(?P<name>[^:\n]{2,60}):[^\S\n]*")
_COMMENT_LINE = re.compile(r"(?P<name>[^\n:]{2,40}):[^\S\n]+(?P<words>[^\n]+?)(?:[^\S\n]+·[^\S\n]+|[^\S\n]{2,})\d{1,2}-\d{1,2}"
                           r"(?:[^\S\n]\d{1,2}:\d{2})?(?:[^\S\n]+·[^\S\n]+|[^\S\n]{2,})(?:Like[^\S\n][\d,.]+K?|[\d,.]+K?[^\S\n]likes?)[^\S\n]*$")
"""A comment under a post, one line: "nickname: words  2-29 10:41  Like 312", "nick: words · 2-29 · 1,204 likes"."""
_CHAT_LINE = re.compile(r"\[?\d{1,2}/\d{1,2}/\d{2,4},?[^\S\n]\d{1,2}:\d{2}(?::\d{2})?(?:[^\S\n]?[AaPp]\.?[Mm]\.?)?\]?[^\S\n]*(?:-[^\S\n])?"
                        r"(?P<name>[^:\n]{1,60}?):[^\S\n]+(?P<words>\S)")
_STAMPED = re.compile(r"\[?\d{1,2}/\d{1,2}/\d{2,4},?[^\S\n]\d{1,2}:\d{2}")
_STAMP_ALONE = re.compile(r"[^\S\n]*(?:\d{1,2}:)?\d{1,2}:\d{2}[^\S\n]*")
_TRANSCRIPT_LINE = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[^\S\n]+(?=\S)")
_MY_NAME = re.compile(r"(?i)\bmy name is (?P<name>[a-z][a-z'-]+(?: (?!i\b|and\b|i'm\b)[a-z][a-z'-]+){1,2})")
_BODY_WORDS = frozenset("mfa ministry embassy agency presidency government news times tv channel radio press office council"
                        " command army forces defence defense helmets unicef unhcr who un".split())
_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")


def account(name: str) -> tuple[str, str]:
    """The author and title a display name gives: the name without its verification mark and emoji; a nickname's
    title :data:`ACCOUNT` (a handle in lower case, one word not in capitals, or a name with a flag that names no body:
    "Abu Omar 🇸🇾")."""
    bare = " ".join(_SYMBOLS.sub(" ", re.sub(r"[^\S\n]+(?:V|✓|✔)$", "", name.strip())).split())
    bare = re.sub(r",[^\S\n]+the[^\S\n].*$", "", bare)  # "UNHCR, the UN Refugee Agency": the name, not its description
    body = bool(set(re.findall(r"[a-z]+", bare.lower())) & _BODY_WORDS)
    nickname = bare == bare.lower() or re.search(r"[._\d]", bare) is not None or bool(_SYMBOLS.search(name)) and not body
    nickname = nickname or " " not in bare and not bare.isupper() and not body  # a given name alone ("Karim"), no acronym
    return bare, ACCOUNT if nickname else ""


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    for line in text[start:end].split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _stamped(text: str, lines: list[tuple[int, int]]) -> list[Post]:
    """A copied message: its stamp line, a forwarding or a member line, placeholders, then its words."""
    head = _STAMP_HEADER.match(text, *lines[0]) or _EXPORTER_HEADER.match(text, *lines[0])
    if head is None:
        return []
    if head.re is _EXPORTER_HEADER:  # a chat server's member speaks in turns; its feed's bot relays as a medium does
        return [Post(lines[1][0], lines[-1][1], "", "", True) if head.group("bot") else
                Post(lines[1][0], lines[-1][1], *account(head.group("name")), False)] if len(lines) > 1 else []
    author, reads, at = head.group("name"), True, 1
    while at < len(lines) and (m := _FORWARDED.match(text, *lines[at]) or _PLACEHOLDER.match(text, *lines[at]) or _MEMBER_LINE.fullmatch(text, *lines[at])):
        if m.re is _FORWARDED:
            author = m.group("name")
        elif m.re is _MEMBER_LINE:
            author, reads = m.group("name"), False  # a group's message: the member's turn
        at += 1
    if at >= len(lines):
        return []
    name, title = account(author)
    return _titled(text, lines[at][0], lines[-1][1], name, title) if reads else [Post(lines[at][0], lines[-1][1], name, title, False)]


def _fields(text: str, lines: list[tuple[int, int]]) -> list[Post]:
    """An exported record: its author's field and its message's field, the message running to the next field; records
    with no blank line between them cut where a field's label comes again."""
    seen = [m.group("label") if (m := _FIELD.match(text, *line)) else "" for line in lines]
    again = next((i for i in range(1, len(lines)) if seen[i] and seen[i] in seen[:i]), 0)
    if again:
        return _fields(text, lines[:again]) + _fields(text, lines[again:])
    labels = {i: m for i, (s, e) in enumerate(lines) if (m := _FIELD.match(text, s, e))}
    field = {m.group("label"): (m.end(), lines[i][1]) for i, m in labels.items()}
    author = next((text[slice(*field[label])].strip() for label in _AUTHOR_FIELDS if label in field), "")
    message = next((i for i, m in labels.items() if m.group("label") in _MESSAGE_FIELDS), None)
    if not author or message is None:
        return []
    last = next((i - 1 for i in range(message + 1, len(lines)) if i in labels), len(lines) - 1)
    name, title = account(author)
    title = ACCOUNT if _COMMUNITY.fullmatch(text[slice(*field.get("Page Category", (0, 0)))].strip()) else title  # no body's page
    shown = [Post(*field[label], "", "", True) for label in _SHOWN_FIELDS if label in field]  # "AKAR: words" on the picture
    return [*_titled(text, labels[message].end(), lines[last][1], name, title), *shown]


def _titled(text: str, start: int, end: int, author: str, title: str) -> list[Post]:
    """A post's words from ``start`` to ``end``, its opening symbols left out: a title in 【】 read apart, and words
    opening with a person's name and a colon that person's."""
    start = m.end() if (m := _LEAD.match(text, start, end)) else start
    head = _TITLE.match(text, start, end)
    if head:
        return [Post(head.start("title"), head.end("title"), "", "", True), *_titled(text, head.end(), end, author, title)]
    named = _NAMED_LEAD.match(text, start, end)
    if named:
        return [Post(named.end(), end, named.group("name").replace("#", ""), "", True)]
    return [Post(start, end, author, title, title != ACCOUNT)] if text[start:end].strip() else []


def _chain(text: str, start: int, end: int, author: str) -> list[Post]:
    """A post's words with its repost chain: the words before each "//@Account:" its poster's, after it that
    account's."""
    out, name, at = [], author, start
    for m in _CHAIN.finditer(text, start, end):
        out.append((at, m.start(), name))
        name, at = m.group("name"), m.end()
    out.append((at, end, name))
    return [post for s, e, n in out for post in _titled(text, s, e, *account(n))]


def _headed(text: str, lines: list[tuple[int, int]]) -> list[Post]:
    """A tweet (a name line, its handle, the platform's lines) or a post or video under its name and time line: the
    words after the header, up to the counts or the folded quoted tweet; a transcript's lines as their own posts."""
    second = text[lines[1][0] : lines[1][1]].strip()
    if _HANDLE_LINE.fullmatch(second):
        author = text[lines[0][0] : lines[0][1]]
    elif (_CLIENT_LINE.fullmatch(second) or _DATE_LINE.fullmatch(second)) and not text[lines[0][0] : lines[0][1]].rstrip().endswith(":"):
        author = text[lines[0][0] : lines[0][1]]  # "2-29 10:15 from iPhone", "Feb 28 at 6:40 pm"; "Name says:" is a
        # reader's comment under a news page (:func:`.asides.signed_posts`)
    elif _REPLY_LINE.fullmatch(text[lines[-1][0] : lines[-1][1]].strip()):  # a wall's comment: its name, words, date and "Reply"
        name, title = account(text[lines[0][0] : lines[0][1]])
        return [Post(lines[1][0], lines[-2][1], name, title if _BODY_WORDS & set(name.lower().split()) else ACCOUNT, False)]
    elif (video := _VIDEO_LINE.fullmatch(second)) and re.fullmatch(r"[\w.]{2,30}", text[lines[0][0] : lines[0][1]].strip()):
        author = video.group("name")
    else:
        return []
    at = 2
    while at < len(lines) and _TWEET_CHROME.fullmatch(text[lines[at][0] : lines[at][1]].strip()):
        at += 1
    stop = next((i for i in range(at, len(lines)) if _TWEET_END.match(text, lines[i][0], lines[i][1])
                 or _COUNTS.match(text, lines[i][0], lines[i][1])), len(lines))
    if stop <= at:
        return []
    out = _chain(text, lines[at][0], lines[stop - 1][1], author)
    return out + _transcript(text, lines[stop:])


def _transcript(text: str, lines: list[tuple[int, int]]) -> list[Post]:
    """A machine transcript's time-stamped lines, each a post of the speaker a line "my name is ..." names (none
    named: no post), and the comments' lines below it."""
    out, speaker = [], ""
    stamped = [(s + m.end() - m.start(), e) for s, e in lines if (m := _TRANSCRIPT_LINE.match(text, s, e))]
    stamped += [words for stamp, words in zip(lines, lines[1:]) if _STAMP_ALONE.fullmatch(text, *stamp)]  # "0:04" over its words
    stamped.sort()
    named = next((m for s, e in stamped[:3] if (m := _MY_NAME.search(text, s, e))), None)  # the speaker introduced first
    if named:
        speaker = named.group("name").title()
        out += [Post(s, e, speaker, "", False) for s, e in stamped if s >= named.end() or e <= named.start()]
    return out + _comments(text, lines)


def _chat(text: str, lines: list[tuple[int, int]]) -> list[Post]:
    """An exported chat's messages ("28/02/2020, 14:03 - Name: words", "[28/02/2020, 14:03:22] Name: words"), each a
    turn of its member, the lines with no stamp under one going on with it; the app's own lines and placeholders none."""
    out: list[tuple[int, int, str]] = []
    for s, e in lines:
        m = _CHAT_LINE.match(text, s, e)
        if m:
            out.append((m.start("words"), e, m.group("name")))
        elif out and not _STAMPED.match(text, s, e):
            out[-1] = (out[-1][0], e, out[-1][2])
    return [Post(s, e, *account(name), False) for s, e, name in out if not _PLACEHOLDER.fullmatch(text[s:e].strip())]


def _comments(text: str, lines: list[tuple[int, int]]) -> list[Post]:
    """A comment's line: a turn under a name the page does not confirm as a person's, an account (Round 107)."""
    return [Post(m.start("words"), m.end("words"), account(m.group("name"))[0], ACCOUNT, False) for s, e in lines
            if (m := _COMMENT_LINE.fullmatch(text, s, e))]


def posts(text: str, ranges: Sequence[tuple[int, int]]) -> dict[tuple[int, int], list[Post]]:
    """The posts of a page of saved posts, by their paragraph (lines between blank lines, its header's too: a page's
    blocks cut each line apart), where some of ``ranges`` lies; {} when the page is none (fewer than two posts: a
    chat's or a transcript's may all stand in one paragraph)."""
    out: dict[tuple[int, int], list[Post]] = {}
    for m in re.finditer(r"[^\n]+(?:\n[^\S\n]*\S[^\n]*)*", text):
        lines = _lines(text, m.start(), m.end())
        found = (_stamped(text, lines) if _STAMP_HEADER.match(text, *lines[0]) or _EXPORTER_HEADER.match(text, *lines[0]) else
                 _fields(text, lines) if len(lines) > 2 else [])
        found = found or (_headed(text, lines) if len(lines) > 2 else []) or _chat(text, lines) or _transcript(text, lines)
        if found and any(s < m.end() and m.start() < e for s, e in ranges):
            out[m.start(), m.end()] = found
    return out if sum(map(len, out.values())) > 1 else {}
