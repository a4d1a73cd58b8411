"""What a copied e-mail carries around the text it brings (pure; no I/O).

A release or a newsletter that reaches a desk by mail, copied from the mail client, comes wrapped: the client's
header (the subject, an ``Inbox`` label, ``Name <address>``, the date, ``to me``), a forwarder's note above
``---------- Forwarded message ---------`` or a covering note above ``PRESS RELEASE``, a salutation (``Dear
colleagues,``), a valediction with the name under it (``Kind regards,`` / ``Sophie``), a signature after ``--``, an
external-sender or confidentiality notice, a row of links (``DONATE NOW (https://…)``), the footer after the last
paragraph (``Unsubscribe``, ``You are receiving this email because …``, a postal address, a list's address), and a
reply's quote of the message it answers (``On …, X <…> wrote:`` over ``> `` lines).  :func:`mail_kinds` names those
lines (chrome; an alert digest's item headlines, subheadings) so that :mod:`.blocks` keeps them out of the text;
:func:`boilerplate` names a release's "About …" paragraph and contacts after its text (notes; its notes to editors
stay its text); :func:`own_headline` finds a release's headline that restates the mail's subject; :func:`sender` gives
the body the header names as the sender and the person who signs the message, :func:`sending_body` the body the text
names as its issuer (a release's "About", a footer's copyright, a closing signature), :func:`header_dates` the lines of
the header's date, which :mod:`.metadata` reads only when the text itself names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.linekinds import CHROME, URL_LINE
from idlibsite.sources.paged import MAIL_HEADER, SENTENCE_END, is_short
from idlibsite.sources.reflow import HEADLINE_MAX_WORDS
from idlibsite.sources.releasehead import HEADLINE_MIN_WORDS, is_label

# A mail client's line naming the sender: 'Name <address>', also after "From:" ('From: "Name" <address>').
SENDER_LINE = re.compile(r"(?i)\s*(?:from\s*:\s*)?\"?(?P<name>[^\"<>@\n:]*[^\"<>@\s:])\"?\s*<[^<>@\s]+@(?P<domain>[^<>\s]+)>\s*")
# A forward's opening line ("---------- Forwarded message ---------", "Begin forwarded message:"); an Outlook reply's
# "-----Original Message-----" opens the quoted message instead, under the reply.
FORWARD = re.compile(r"(?i)\s*(-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:?)\s*")
# A mail client's label over the message and the line naming its recipients, at the top of a copy.
MAILBOX = re.compile(r"(?i)\s*(inbox|important|starred|spam|updates|promotions|primary|archive|external)\s*")
RECIPIENTS = re.compile(r"(?i)\s*to\s+(me|you|[\w.'-]+( [\w.'-]+)?)( and \d+ others?)?\s*")
# A letter's salutation and valediction, each alone on its line.
SALUTATION = re.compile(r"(?i)\s*(dear|hi|hello)\s+[^\s.!?,:;][^.!?:;]{0,50},\s*")
VALEDICTION = re.compile(
    r"(?i)\s*((with )?(best|kind|warm|warmest|many|all the best|best)( regards| wishes| thanks)?|regards|thanks( again)?"
    r"|thank you|cheers|sincerely|yours( sincerely| faithfully| truly)?|respectfully|take care)\s*(?P<comma>,?)\s*")
SIGNATURE_NAME_MAX_WORDS = 6
SIGNATURE_MAX_LINES = 5
# A signature's delimiter ("-- "), a reply's attribution over the quoted message, a quoted line.
SIGNATURE_START = re.compile(r"\s*--\s*")
ATTRIBUTION = re.compile(r"(?i)\s*on\s+\S.{3,160}\bwrote\s*:\s*")
QUOTED = re.compile(r"\s*>.*")
# A notice a mail system or a sender's organisation adds: an external sender's warning, a confidentiality notice; it
# says whom the message is meant for or where it came from.
NOTICE = re.compile(
    r"(?is)\s*(\[?(external|caution|warning)\]?\s*(e-?mail)?\s*[:\-–]?\s*(this|the)\s+(e-?mail|message)\b"
    r"|(confidentiality|legal) (notice|note|statement)\s*[:.-]|disclaimer\s*:"
    r"|this\s+(e-?mail|message|communication)\b.{0,120}\b(confidential|privileged)\b).*")
NOTICE_WORDS = re.compile(r"(?i)\b(intended (solely |only )?for|recipient|addressee|in error|originated (from )?outside)\b")
# A button or a link of a mail's plain-text version or a post's description: a few words and the link in brackets
# or after a colon ("DONATE NOW (https://…)", "| ** Twitter (https://…)", "Follow us on Telegram: https://…").
LINK_BUTTON = re.compile(r"[|•·\s]*(\*\*\s*)?(?P<label>[^():\n]{1,60}?)\s*(\(https?://[^\s()]+\)|:\s*https?://\S+)\s*")
BUTTON_MAX_WORDS = 6
# A mail's footer: why it was sent (a sentence), how to stop it, the sender's postal address, a mailing list's own lines
# (short lines: a last paragraph that says readers can unsubscribe is no footer).
SENT_BECAUSE = re.compile(r"(?i)\s*(you (are receiving|received|have received|get) this|this e-?mail was sent to)\b.*")
UNSUBSCRIBE = re.compile(r"(?i).*\bunsubscribe\b.*")
FOOTER = re.compile(
    r"(?i).*\bmailing list\s*|\s*our mailing address is:?\s*"
    r"|\s*want to change how you receive these e-?mails\??\s*|\s*(manage|update) (your )?(e-?mail )?(preferences|subscription)\b.*")
# The mark closing a release ("-ENDS-", "###", "- 30 -").
END_MARK = re.compile(r"(?i)\s*([-–—*#]*\s*ends?\s*[-–—*#]*|#{3,}|[-–—]\s*30\s*[-–—])\s*")
# What follows a release: notes to editors, the issuer's "About …" paragraph, its contacts.
_NOTES = r"notes? (to|for) editors?|editors?['’]? notes?"
NOTES_HEADING = re.compile(rf"(?i)\s*({_NOTES})\s*:?\s*")
CONTACTS = (r"(for )?(more|further) information|media (contacts?|enquiries|inquiries)|press (contacts?|office|enquiries)"
            r"|for media enquiries|contacts?( information)?\s*:?|spokespeople (are )?available")
BACK_MATTER = re.compile(rf"(?i)\s*({_NOTES}|(?-i:About (the )?[A-Z]).{{0,60}}|{CONTACTS}).*")
CONTACT = re.compile(rf"(?i)\s*({CONTACTS})\b.*")
# A body's name: capitalised words and the small words between them ("Example Council of Atarib").
_NAME = r"(?P<name>[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|de)){0,7})"
ABOUT = re.compile(rf"\s*About (?:the )?{_NAME}\s*")
# A mail service's copyright line over its footer ("Copyright © 2020 Example Relief, All rights reserved."; an
# agency's notice after a story ends its name with a full stop: "Copyright 2020 The Associated Press. All …").
MAIL_COPYRIGHT = re.compile(r"(?i)\s*copyright\s*(©|\(c\))?\s*\d{4}\s+(?P<name>[^,.\n]{2,60}),\s*all rights reserved\.?\s*")
# A sponsor's line in a newsletter ("Presented by Example Bank"), and the label over a sponsor's message.
SPONSOR_LINE = re.compile(r"(?i)\s*(sponsored|presented|brought to you|supported) by\b[^.!?]{1,40}")
SPONSOR_LABEL = re.compile(r"(?i)\s*(a )?(message|word) from (our|this newsletter['’]s|today['’]s) sponsors?\s*:?\s*"
                           r"|\s*(sponsored( content| message)?|paid (post|content)|partner content)\s*:?\s*")
# A message's closing signature naming the body that sent it: a dash and its name ("— Example Camps Coordination
# Committee"), or a channel's line ("📡 Example North Syria | Subscribe: @example_northsyria").
SIGNED = re.compile(rf"\s*[—–]{{1,2}}\s*{_NAME}\s*")
CHANNEL_SIGNED = re.compile(rf"[^\w\s]*\s*{_NAME}\s*\|\s*(?i:subscribe|join|follow)( (?i:us))?\s*:?\s*@\w+\s*")
# Words of a body's name after a dash (a person's name closing a column is no outlet).
BODY_WORDS = frozenset("committee council network centre center office ministry agency coalition union association"
                       " directorate department organisation organization foundation relief group society team service"
                       " command authority".split())
# An alert digest's line closing each item (headline, source, snippet).
ITEM_END = re.compile(r"(?i)\s*flag as irrelevant\s*")
ITEMS_MIN = 2
# Words of a sender's name that name a desk, not a body ("Press Office", "Media Team").
ROLE_WORDS = frozenset("press media office team desk newsdesk newsroom communications comms relations public info"
                       " information no-reply noreply reply news service services unit department the of and".split())
ROLE_SPLIT = re.compile(r"\s+[-–|]\s+|,\s+|\s+at\s+")
# Words too common to tell whether a headline restates a subject.
_COMMON = frozenset("that this with from have says said will about over after into their there what when were".split())
RESTATED_MIN = 2


def paragraphs(shown: Sequence[str]) -> list[list[int]]:
    """The indices of the lines of each run of non-blank lines."""
    out: list[list[int]] = []
    run: list[int] = []
    for k, line in enumerate(list(shown) + [""]):
        if line.strip():
            run.append(k)
        elif run:
            out.append(run)
            run = []
    return out


def mail_kinds(shown: Sequence[str]) -> dict[int, str]:
    """The kinds of the lines of a copied mail that are not its text: chrome, and an alert digest's item headlines
    (subheadings).  Empty for a text that is no mail."""
    paras = paragraphs(shown)
    chrome = _wrapper(shown) | _client(shown, paras) | _letter(shown, paras) | _quoted(shown) | _footer(shown)
    chrome |= {k for para in paras if _notice(shown, para) or _buttons(shown, para) for k in para}
    chrome |= _sponsored(shown, paras)
    closed = back_matter(shown) is not None  # a closing mark with the release's back matter after it
    chrome |= {k for k, line in enumerate(shown) if is_label(shown, k) or closed and END_MARK.fullmatch(line)}
    signed = _closing_signature(shown)
    chrome |= {signed[0]} if signed else set()
    kinds = dict.fromkeys(chrome, "chrome")
    for headline, source in _digest_items(shown):
        kinds.setdefault(headline, "subheading")
        kinds[source] = "chrome"
    return kinds


def _senders(shown: Sequence[str]) -> list[tuple[int, re.Match[str]]]:
    """The sender's lines of a copied mail's headers, with their match: labelled ("From: …"), or above any line of
    prose of the copy or of a forwarded message (a contact line "Name <address>" under a story is none)."""
    out, prose = [], False
    for k, line in enumerate(shown):
        prose = prose and not FORWARD.fullmatch(line)
        if "@" in line and (m := SENDER_LINE.fullmatch(line)) and (MAIL_HEADER.fullmatch(line.strip()) or not prose):  # "@": in C
            out.append((k, m))
        prose = prose or (bool(line.strip()) and not is_short(line.strip()))
    return out


def _wrapper(shown: Sequence[str]) -> set[int]:
    """The lines above the text a mail carries: above a forward's opening line that has the forwarded headers under
    it, and above a release's label under a covering note (a salutation, a valediction or a sender's line above), the
    note between a forwarded message's header and the release it carries too."""
    out: set[int] = set()
    for k, line in enumerate(shown):
        if not out and FORWARD.fullmatch(line) and any(MAIL_HEADER.fullmatch(s.strip()) for s in shown[k + 1:k + 4]):
            out = set(range(k))
        elif is_label(shown, k):
            covering = any(SALUTATION.fullmatch(s) or (m := VALEDICTION.fullmatch(s)) and m["comma"]
                           for s in shown[:k]) or any(j < k for j, _ in _senders(shown))
            return out | set(range(k)) if covering else out
    return out


def _client(shown: Sequence[str], paras: Sequence[list[int]]) -> set[int]:
    """A mail client's lines: a label at the top ("Inbox"), and the paragraph of a sender's line ("Name <address>",
    its header fields, "to me", the date)."""
    out = {k for k in range(min(3, len(shown))) if MAILBOX.fullmatch(shown[k])}
    senders = {k for k, _ in _senders(shown) if not MAIL_HEADER.fullmatch(shown[k].strip())}
    for para in paras:
        if senders.intersection(para):
            out.update(k for k in para if SENDER_LINE.fullmatch(shown[k]) or MAIL_HEADER.fullmatch(shown[k].strip())
                       or RECIPIENTS.fullmatch(shown[k]) or is_date_line(shown[k]) or _footer_line(shown[k]))
    return out


def _letter(shown: Sequence[str], paras: Sequence[list[int]]) -> set[int]:
    """A letter's furniture: a salutation, a valediction with the name and post under it, a signature after "--", and
    the sender's first name alone on a line of its own (a sign-off)."""
    names = {_first_name(m["name"]) for _, m in _senders(shown)} - {""}
    out: set[int] = set()
    for i, para in enumerate(paras):
        first = shown[para[0]]
        if len(para) == 1 and (SALUTATION.fullmatch(first) or first.strip() in names):
            out.add(para[0])
        elif _valediction(shown, para) or SIGNATURE_START.fullmatch(first):
            block = para if len(para) > 1 or i + 1 == len(paras) else para + paras[i + 1]
            out.update(k for k in block[:SIGNATURE_MAX_LINES + 1]
                       if k == para[0] or len(shown[k].split()) <= SIGNATURE_NAME_MAX_WORDS and is_short(shown[k]))
    return out


def _valediction(shown: Sequence[str], para: Sequence[int]) -> bool:
    """Whether a paragraph opens with a letter's valediction: with its comma ("Best wishes,"), or with the name under
    it ("Thanks" over "Marek"); a speaker's "Thank you." in a transcript is none."""
    m = VALEDICTION.fullmatch(shown[para[0]])
    return m is not None and (bool(m["comma"]) or len(para) > 1)


def _first_name(name: str) -> str:
    """A sender's first name, when the name may be a person's (two to four words, no desk); "" otherwise."""
    words = name.split()
    return words[0] if 2 <= len(words) <= 4 and not _role_only(name) else ""


def _quoted(shown: Sequence[str]) -> set[int]:
    """A reply's attribution line and the quoted lines under it (blank lines between them too)."""
    for k, line in enumerate(shown):
        if ATTRIBUTION.fullmatch(line) and any(QUOTED.fullmatch(s) for s in shown[k + 1:k + 3]):
            out = {k}
            for j in range(k + 1, len(shown)):
                if shown[j].strip() and not QUOTED.fullmatch(shown[j]):
                    break
                out.add(j)
            return out
    return set()


def _notice(shown: Sequence[str], para: Sequence[int]) -> bool:
    words = " ".join(shown[k].strip() for k in para)
    return NOTICE.fullmatch(words) is not None and NOTICE_WORDS.search(words) is not None


def _buttons(shown: Sequence[str], para: Sequence[int]) -> bool:
    """Whether every line of a paragraph is a button or a link of a mail's plain-text version (no URL line)."""
    def button(line: str) -> bool:
        m = LINK_BUTTON.fullmatch(line) if "://" in line else None  # (every match has one: most lines are not tried)
        return m is not None and len(m["label"].split()) <= BUTTON_MAX_WORDS and not SENTENCE_END.search(m["label"]) \
            and not URL_LINE.fullmatch(line.strip())
    return any(button(shown[k]) for k in para) and all(  # and the rules and buttons between them ("Show less")
        button(shown[k]) or not any(c.isalnum() for c in shown[k]) or CHROME.fullmatch(shown[k].strip()) for k in para)


def _sponsored(shown: Sequence[str], paras: Sequence[list[int]]) -> set[int]:
    """A sponsor's line, and the label over a sponsor's message with the message (the rest of its paragraph, or the
    paragraph under it when the label stands alone)."""
    out: set[int] = set()
    for i, para in enumerate(paras):
        for n, k in enumerate(para):
            if SPONSOR_LINE.fullmatch(shown[k]):
                out.add(k)
            elif SPONSOR_LABEL.fullmatch(shown[k]):
                out.update(para[n:] if n + 1 < len(para) or i + 1 == len(paras) else [k, *paras[i + 1]])
    return out


def _footer(shown: Sequence[str]) -> set[int]:
    """The lines after the last line of prose, when one of them is a footer's line."""
    filled = [k for k, line in enumerate(shown) if line.strip()]
    tail: list[int] = []
    for k in reversed(filled):
        if not (_footer_line(shown[k]) or is_short(shown[k].strip()) or "://" in shown[k] and LINK_BUTTON.fullmatch(shown[k])):
            break
        tail.append(k)
    return set(tail) if any(_footer_line(shown[k]) for k in tail) else set()


def _footer_line(line: str) -> bool:
    return bool(SENT_BECAUSE.fullmatch(line) or FOOTER.fullmatch(line)
                or UNSUBSCRIBE.fullmatch(line) and is_short(line.strip()))


def _digest_items(shown: Sequence[str]) -> list[tuple[int, int]]:
    """(headline, source) of each item of an alert digest: the two lines over its snippet, which ends the item over
    the line closing it ("Flag as irrelevant")."""
    ends = [k for k, line in enumerate(shown) if ITEM_END.fullmatch(line)]
    if len(ends) < ITEMS_MIN:
        return []
    return [(k - 3, k - 2) for k in ends if k >= 3 and all(shown[j].strip() for j in range(k - 3, k))]


def _closing_signature(shown: Sequence[str]) -> tuple[int, str] | None:
    """(line, name) of the signature closing a message (under it only its link), when it names a body."""
    filled = [k for k, line in enumerate(shown) if line.strip() and not URL_LINE.fullmatch(line.strip())]
    if not filled:
        return None
    last = shown[filled[-1]]
    m = CHANNEL_SIGNED.fullmatch(last) or (m if (m := SIGNED.fullmatch(last)) and BODY_WORDS.intersection(
        m["name"].lower().split()) else None)
    return (filled[-1], m["name"]) if m else None


def boilerplate(shown: Sequence[str]) -> set[int]:
    """The lines of a release's back matter that are no text of it: the issuer's "About X" and the paragraph under it,
    its contacts ("Media contact: …", "For more information, please contact:" and the names under it; a notes heading
    with a contact right under it and nothing else). Its notes to editors are its text: they give its figures and their
    sources."""
    back = back_matter(shown)
    out: set[int] = set()
    paras = [p for p in paragraphs(shown) if back is not None and p[0] >= back]
    for i, para in enumerate(paras):
        contact = len(para) > 1 and NOTES_HEADING.fullmatch(shown[para[0]]) and CONTACT.fullmatch(shown[para[1]])
        if ABOUT.fullmatch(shown[para[0]]) or CONTACT.fullmatch(shown[para[0]]) or contact:
            out.update(para + (paras[i + 1] if len(para) == 1 and i + 1 < len(paras) else []))
    return out


def back_matter(shown: Sequence[str]) -> int | None:
    """The line where a release's back matter begins (its notes to editors, the issuer's "About …", contacts): a
    notes heading, or the line after a closing mark ("-ENDS-", "###") with such a line after it."""
    for k, line in enumerate(shown):
        if NOTES_HEADING.fullmatch(line):
            return k
        if END_MARK.fullmatch(line) and any(BACK_MATTER.fullmatch(s) for s in shown[k + 1:]):
            return k + 1
    return None


def sending_body(shown: Sequence[str]) -> str:
    """The body that issued a release or sent a mail: in a release's back matter, the "About X" heading whose
    paragraph names X again; the holder of the copyright a mail's footer states ("Copyright © 2020 Example Relief,
    All rights reserved."); the body a message's closing signature names ("— Example Camps Coordination Committee",
    "📡 Example North Syria | Subscribe: @…"); in a mail, the topmost name in a release label's paragraph ("PRESS RELEASE" over
    "Ministry of …"); "" for none."""
    back = back_matter(shown)
    for k, line in enumerate(shown[:-1]):
        m = ABOUT.fullmatch(line)
        if m and back is not None and k >= back and m["name"] in " ".join(shown[k + 1:k + 3]):
            return m["name"]
    footer = _footer(shown)
    held = next((m["name"] for k, line in enumerate(shown) if (m := MAIL_COPYRIGHT.fullmatch(line))
                 and any(j > k for j in footer)), "")
    signed = _closing_signature(shown)
    if held or signed or not _senders(shown):
        return held or (signed[1] if signed else "")  # a release's letterhead: only in a mail (not a PDF's columns)
    for para in paragraphs(shown):
        labels = [k for k in para if is_label(shown, k)]
        named = [shown[j].strip() for j in para if j not in labels] if labels else []
        for line in named:  # the topmost: a letterhead names the body over its office ("THE WHITE HOUSE")
            if line[:1].isupper() and is_short(line) and not any(c.isdigit() for c in line):
                return line
    return ""


def sender(shown: Sequence[str]) -> tuple[str, str]:
    """(the body that sent the text, the author who sent and signed it): the sender's name in the header of the
    message the text is (the forwarded one in a forward), without the desk it names ("Press Office - Example
    Governorate" gives "Example Governorate"; "Press Office" alone gives none); a person who signs the text with
    their name is its author, not its outlet."""
    start = _forwarded(shown) or 0
    m = next((m for k, m in _senders(shown) if k >= start), None)
    if m is None:
        return "", ""
    name, first = m["name"], _first_name(m["name"])
    signed = next((k for k, line in enumerate(shown) if k > start and first and line.strip() == first), None)
    if signed is not None:
        return _signature_body(shown[signed + 1:signed + 2 + SIGNATURE_MAX_LINES], m["domain"]), name
    body = [part for part in ROLE_SPLIT.split(name) if not _role_only(part)]
    return (body[0] if body else ""), ""


def _forwarded(shown: Sequence[str]) -> int | None:
    """The line of a forward's opening ("---------- Forwarded message ---------"), the first; None in no forward."""
    return next((k for k, line in enumerate(shown) if FORWARD.fullmatch(line)), None)


def _signature_body(signature: Sequence[str], domain: str) -> str:
    """The line of a signature that names the body the sender's address is at ("Example Camps Research Network" for
    "camps-research.example.org"): every word of the address's first name in it; "" for none."""
    words = [w for w in re.split(r"[-_.]", domain.lower().removeprefix("www.").split(".")[0]) if len(w) > 2]
    parts = [part.strip() for line in signature if not SENDER_LINE.fullmatch(line) for part in ROLE_SPLIT.split(line)]
    return next((part for part in parts if words and "." not in part
                 and all(re.search(rf"(?i)\b{re.escape(w)}", part) for w in words)), "")


def _role_only(name: str) -> bool:
    return all(w.lower().strip(".,") in ROLE_WORDS for w in name.split())


def header_dates(shown: Sequence[str]) -> list[int]:
    """The lines giving a mail header's date ("Date: …", "Sent: …" among other fields, the date beside a sender's
    line), the forwarded message's first in a forward; a letterhead's "Date: 4 March 2020" alone is the text's own."""
    paras = paragraphs(shown)
    kinds = _client(shown, paras)
    fielded = {k for para in paras if sum(bool(MAIL_HEADER.fullmatch(shown[j].strip())) for j in para) > 1 for k in para}
    dated = [k for k, line in enumerate(shown) if (re.match(r"(?i)\s*(date|sent|envoyé|gesendet|datum|enviado|fecha)\s*:", line) and k in fielded and
             MAIL_HEADER.fullmatch(line.strip())) or (k in kinds and is_date_line(line))]
    start = _forwarded(shown)
    return [k for k in dated if k > start] + [k for k in dated if k < start] if start is not None else dated


def own_headline(shown: Sequence[str], subject: str, after: int, skip: frozenset[int]) -> int | None:
    """The line under a mail's header that is the headline of the release it carries, restating its subject ("Press
    release: Foreign Minister on the situation in Idlib" over "Foreign Minister calls for … in Idlib"): a line over a
    blank line, of a headline's length, no sentence, before the first paragraph of prose, sharing the most words with the
    subject (at least two)."""
    wanted = _words(subject)
    best, shared = None, RESTATED_MIN - 1
    for k in range(after + 1, len(shown)):
        line = shown[k].strip()
        if not line or k in skip:
            continue
        if len(line.split()) > HEADLINE_MAX_WORDS or SENTENCE_END.search(line):
            break  # the first paragraph of prose: the headline is above it
        alone = k + 1 == len(shown) or not shown[k + 1].strip()  # a headline stands over a blank line
        if alone and len(line.split()) >= HEADLINE_MIN_WORDS and len(common := _words(line) & wanted) > shared:
            best, shared = k, len(common)
    return best


def _words(line: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", line.lower()) if w not in _COMMON}
