"""Layouts that give paragraphs a speaker without a tag opening each (pure): a written answer under its heading,
a speech or briefing notes under a header of delivered words, an expert roundup under name headings, a
correspondent's box under a lone tag.  Each returns, by the start of each paragraph it covers, whose words they are;
:func:`.statements.find_passages` reads them as it reads :mod:`.turns`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.sources.datelines import is_date_line
from idlibsite.sources.introguest import intro_guest, no_given_name
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.stamps import TIME_OF_DAY
from idlibsite.sources.titles import COURTESY_TITLE
from idlibsite.sources.delivered import header_principal
from idlibsite.sources.turns import MIN_TURNS, Turn
from idlibsite.sources.views import CAPITAL


_ANSWER_HEADING = re.compile(r"(?im)^(?:(?:written|ministerial|government)\s+)?(?:answer|reply|response)\s+(?:(?:given|provided|sent)\s+)?"
                             r"(?:from|of|by)\s+(?:the\s+)?(?P<who>[A-Z][^\n:]{2,100}?)(?:\s+on\s+behalf\s+of\s+[^\n]+)?[^\S\n]*$")
"""A heading over an official's or a body's written answer ("Answer from the Ministry for Europe and
Foreign Affairs", "Reply by the Minister of State", "Answer given by Commissioner X on behalf of the Commission": the one who
gives it, in the body's name): the paragraphs under it are its own words, unless the first of them
reports someone's speech (a news section headed "Reply from the party", whose sentences are attributed one by one)."""
_NAMED_UNDER = re.compile(r"(?im)^[^\S\n]*(?:written\s+answers?|answers?|replies|reply)[^\S\n]*:?[^\S\n]*\n\s*"
                          r"(?P<who>(?-i:[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,3}))[^\S\n]*$")
"""A record's heading "Written answers" with the answering minister's name on a line of its own under it ("Written
answers\n\nSimon Coveney"): the paragraphs under the name are that minister's."""


def written_answers(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, str]:
    """The paragraphs of a written answer, by their start: who answers, from the heading above them
    (a subheading between the ranges, or a short paragraph of its own); the next heading ends the answer."""
    out, who, last, first, heading_end = {}, "", 0, False, 0
    for start, end in sorted(ranges):
        if start < heading_end:  # the name under a heading "Written answers", a paragraph of its own
            last = end
            continue
        between = text[last:start]
        own = (_ANSWER_HEADING.match(text, start, end) or _NAMED_UNDER.match(text, start)) if end - start < _HEADING_MAX else None
        heading_end = own.end() if own else heading_end
        dated = all(is_date_line(line) for line in between.splitlines() if line.strip())  # "(28 April 2020)" under the heading
        if own or between.strip() and not dated:
            heading = own or _ANSWER_HEADING.search(between) or _NAMED_UNDER.search(between)
            who, first = (heading.group("who"), True) if heading else ("", False)
        if who and not own and first and speech_verbs(text[start:end]) and not _of_itself(text[start:end], who):
            who = ""  # "REPLY FROM THE AKP" over "Spokesman X answered ... X said ...": a report on the reply, not the reply
        if who and not own:
            out[start] = who
            first = False
        last = end
    return out


def _of_itself(paragraph: str, who: str) -> bool:
    """True when a paragraph opens with the words its answer's heading names the answerer by: the answerer writing of
    themself in the third person ("The High Representative has called ..." under "Answer given by High Representative X")."""
    opening = _OPENING_NAME.match(paragraph)
    return opening is not None and f" {opening.group('name')} " in f" {who} "


_OPENING_NAME = re.compile(r"\s*(?:\d{1,2}\.\s+)?(?:The\s+)?(?P<name>[A-Z][\w/’'.-]*(?:\s+[A-Z][\w/’'.-]*)*)")
"""The capitalised words that open a paragraph, after an item's number (or its blanks, :mod:`.listmarks`) and "The"."""


_HEADING_MAX = 200
"""The most characters of a paragraph that is a heading over an answer (its line, maybe a line of publication)."""


_AS_DELIVERED = re.compile(r"(?im)^[^\S\n]*\(?(?:as[^\S\n]+(?:delivered|prepared[^\S\n]+for[^\S\n]+delivery)"
                           r"|(?:please[^\S\n]+)?check[^\S\n]+against[^\S\n]+delivery)[.!]?\)?[^\S\n]*$")
"""A header's line that says the text under it is one speaker's remarks as given ("AS DELIVERED", "(As prepared for
delivery)", a United Nations speech's "Check against delivery")."""
_NAME_LINE = re.compile(r"[^\S\n]*(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|al-\w+|von|van|de|der|bin)){1,4})[^\S\n]*")
"""A header's line that is only a name, maybe after a title ("Ambassador Kelly Craft"): capitalised words, no
date, no comma, no lowercase word of a body's name ("Mission to the United Nations")."""


_SPOKESPERSON_LINE = re.compile(r"(?im)^[^\S\n]*(?P<title>(?:Deputy[^\S\n]+)?Spokes(?:person|man|woman)(?:[^\S\n]+(?:for|of|to)[^\S\n]+[^:\n]{2,100})?)"
                                r"[^\S\n]*:[^\S\n]*(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,3})[^\S\n]*$")
"""A header's line of briefing notes that names the spokesperson who reads them: "Spokesperson for the ... : Name"."""
_END_MARK = re.compile(r"(?im)^[^\S\n]*(?:-*ENDS-*|#{3}|notes?[^\S\n]+(?:to|for)[^\S\n]+(?:correspondents|editors))[^\S\n]*:?[^\S\n]*$")
"""A release's line that ends its words ("ENDS", "###", a speech's "NOTE TO CORRESPONDENTS" or "Notes to editors"): the
contacts or the office's notes under it are nobody's statement."""


def delivered_remarks(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """A speech published whole under a header of delivered words (a line "AS DELIVERED" before the first
    range), or briefing notes under a header line naming the spokesperson who reads them ("Spokesperson for the
    High Commissioner: Name"): by the start of each range up to a line "ENDS", the speaker the header names and
    their title; "Remarks by X" or the first line that is a name (the name comes before the office in such a
    header: "Ambassador Kelly Craft" over "Permanent Representative"); {} when the header says no such thing or
    names nobody."""
    if not ranges:
        return {}
    first = min(start for start, _ in ranges)
    header = text[:first]
    spokesperson = _SPOKESPERSON_LINE.search(header)
    if not (spokesperson or _AS_DELIVERED.search(header)):
        return {}
    lines = header.splitlines()[1:]  # not the title: "Remarks at an Emergency ... Briefing"
    named, title = (spokesperson.group("name"), spokesperson.group("title")) if spokesperson else (
        header_principal(header) or next((m.group("name") for line in lines if (m := _NAME_LINE.fullmatch(line))), ""), "")
    ends = _END_MARK.search(text, first)
    return {start: (named, title) for start, _ in ranges if not ends or start < ends.start()} if named else {}


_EXPERT = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?:[^\S\n]+(?:[A-Z][\w’'.-]+|al-\w+|von|van|de|der|bin)){1,4})"
                     r"(?:,[^\S\n]+(?P<title>[A-Z][^\n]*))?")
"""A roundup's heading that names the expert: a person's name of two to five words, maybe a title after a comma."""
_EXPERT_TITLE = re.compile(r"[A-Z][^\n]*?\b[a-z]{2,}\b[^\n]*")
"""The line of title under an expert's name ("Senior fellow at the River Institute"): words in lower case, so no
date ("March 05, 2020") and no other name."""
_HEADING_LINE = re.compile(r"[^\n]{2,120}(?<![.!?:;,\"”»])")
"""A line that is a heading, not a paragraph of prose: short, and no stop, colon or quotation mark at its end."""
MIN_EXPERTS = 2
"""Name headings, each with a title, that make a page a roundup: one alone may be a section's heading."""


def _expert(lines: list[str]) -> tuple[str, str] | None:
    """The expert and title a run of heading lines gives: "Name" over "Title", or "Name, Title"; None when it is
    no expert's heading."""
    named = _EXPERT.fullmatch(lines[0]) if 1 <= len(lines) <= 2 else None
    if named is None:
        return None
    title = lines[1] if len(lines) == 2 else named.group("title") or ""
    both = len(lines) == 2 and not named.group("title")
    return (named.group("name"), title) if (both or len(lines) == 1) and _EXPERT_TITLE.fullmatch(title) else None


def experts(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """An expert roundup's answers: by the start of each paragraph under a heading that names an expert (a name
    over a line of title, or "Name, Title"), that expert's name and title, up to the next heading; {} when fewer
    than :data:`MIN_EXPERTS` such headings (a heading may lie between the ranges or be a short range of its own)."""
    out: dict[int, tuple[str, str]] = {}
    heading: list[str] = []  # the run of heading lines since the last paragraph of prose
    expert, last = None, 0
    for start, end in sorted(ranges):
        heading += [line.strip() for line in text[last:start].splitlines() if line.strip()]
        own = text[start:end].strip()
        if "\n" not in own and _HEADING_LINE.fullmatch(own):
            heading.append(own)
        else:
            expert = _expert(heading) if heading else expert
            heading = []
            if expert:
                out[start] = expert
        last = end
    return out if len(set(out.values())) >= MIN_EXPERTS else {}


_LONE_TAG = re.compile(r"[^\S\n]*(?P<title>(?:[\w’'-]+[^\S\n]+){0,4}?)(?P<name>[A-Z][\w’'.-]+(?:[^\S\n]+(?:[A-Z][\w’'.-]+|al-\w+"
                       r"|von|van|de|der|bin)){1,3}):[^\S\n]*")
"""A paragraph that is only a speaker's tag, maybe after a title: "Turkey correspondent Mitra Nazar:"."""
_WHOLE_QUOTATION = re.compile(r"\s*[\"“«„][^\"“”«»„]+[\"”»]\s*")
"""A paragraph that is one quotation, marks around the whole of it."""


def tagged_quotations(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """A paragraph wholly in quotation marks under a paragraph that is only a tag ("Turkey correspondent Mitra
    Nazar:" over '"In Turkey the mood is grim. ..."', a box of a correspondent's words): by the quoted
    paragraph's start, the tag's name and title."""
    ordered = sorted(ranges)
    return {after: (tag.group("name"), tag.group("title").strip()) for (start, end), (after, after_end) in zip(ordered, ordered[1:])
            if (tag := _LONE_TAG.fullmatch(text, start, end)) and _WHOLE_QUOTATION.fullmatch(text, after, after_end)}


_BOLD = re.compile(r"(?m)^[^\S\n]*\*\*(?P<words>[^*\n]+)\*\*[^\S\n]*$")
"""A paragraph wholly in bold, as a text copy marks it ("**Und die EU?**"): an interviewer's question (whether or not the
ranges hold it: a layout may set it apart as a caption)."""
_ADDRESSED = re.compile(r"\b(?P<who>" + COURTESY_TITLE + r"[^\S\n]+(?P<surname>[A-ZÀ-Þ][\w’'-]+)),")
"""The guest addressed in a question by a form of address and their surname ("Herr Almstedt, ...")."""


def _given(text: str, surname: str) -> str:
    """The given name the page writes most often right before a surname ("Der Migrationsforscher Jörg Almstedt",
    "Jörg Almstedt, 52, ..."), a form of address not counted, nor a capitalised word the page uses as no given name
    (:func:`.introguest.no_given_name`: "As Turkish", "The Moscow", "Should Iceland"); "" when none."""
    found = [g for g in re.findall(r"\b([A-ZÀ-Þ][\w’'-]+)[^\S\n]+" + re.escape(surname) + r"\b", text)
             if not re.fullmatch(COURTESY_TITLE, g) and not no_given_name(g, text)]
    return max(found, key=found.count) if found else ""


def bold_interview(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, str]:
    """An interview whose questions are paragraphs in bold and whose answers have no tag: by the start of each
    paragraph from a bold question up to the next (only the one right after the last), the guest a question
    addresses ("**Herr Almstedt, ...?**"), by the given name the page writes before that surname ("Jörg Almstedt"), or
    when none addresses one, the guest the introduction presents (:func:`.introguest.intro_guest`); {} when fewer than
    :data:`MIN_TURNS` bold paragraphs, fewer than two of them ask, or no guest is addressed nor presented."""
    asked = list(_BOLD.finditer(text))
    addressed = next((m for q in asked for m in [_ADDRESSED.search(q.group("words"))] if m), None)
    presented = intro_guest(text, (0, asked[0].start()), [q.group("words") for q in asked]) if asked and not addressed else ""
    if len(asked) < MIN_TURNS or sum(q.group("words").rstrip().endswith("?") for q in asked) < 2 or not (addressed or presented):
        return {}
    guest = presented
    if addressed:
        given = _given(text, addressed.group("surname"))
        guest = f"{given} {addressed.group('surname')}" if given else addressed.group("who")
    out, last = {}, asked[-1].end()
    answered = False  # the one paragraph after the last question is answered
    for start, _end in sorted(ranges):
        if start < asked[0].end() or _BOLD.fullmatch(text, start, _end) or start > last and answered:
            continue
        out[start] = guest
        answered = start > last
    return out


_GUEST_ADDRESSED = re.compile(rf"(?P<who>(?:{COURTESY_TITLE}[^\S\n]+)?(?:[{CAPITAL}][\w’'-]+[^\S\n]+){{0,2}}(?P<surname>[{CAPITAL}][\w’'-]+)),[^\S\n]+(?=\S)")
"""A question that opens by addressing the guest by name: "Jean Dupont, ...", "Mr Dupont, ..."."""


def plain_interview(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, Turn]:
    """An interview printed with no tags at all: its questions are the paragraphs that end with a question mark, two or
    more of them opening by addressing one guest by surname ("Jean Dupont, ...?", "Mr Dupont, ...?"; a word alone counts
    only as a surname the page writes after a given name: an explainer's "Wait, why now?" addresses nobody), or none addressing
    anyone on a page whose introduction presents the guest (:func:`.introguest.intro_guest`), each followed by an
    answer that does not; by the start of each paragraph from the first question on, a question's turn (no answer, its
    words after the address) or the guest's answer (up to the next question; only the one paragraph right after the last),
    the guest by the given name the page writes before the surname; {} when fewer than :data:`MIN_TURNS` questions."""
    ordered = sorted(ranges)
    asking = [text[start:end].rstrip().endswith("?") for start, end in ordered]
    addressed = [_GUEST_ADDRESSED.match(text, start, end) if asks else None for (start, end), asks in zip(ordered, asking)]
    addressed = [m if m and (m.group("who") != m.group("surname") or _given(text, m.group("surname"))) else None for m in addressed]
    surnames = [m.group("surname") for m in addressed if m]
    guest = max(surnames, key=surnames.count) if surnames else ""
    first = asking.index(True) if any(asking) else 0
    presented = "" if surnames.count(guest) >= 2 or sum(asking) < MIN_TURNS else intro_guest(  # the questions name nobody:
        text, (0, ordered[first][0]), [text[s:e] for (s, e), asks in zip(ordered, asking) if asks])  # whom the intro presents
    if (sum(asking) < MIN_TURNS or surnames.count(guest) < 2 and not presented
            or any(asks and (following is None or following) for asks, following in zip(asking, [*asking[1:], None]))):
        return {}  # too few questions, no guest addressed twice, or a question with no answer after it
    given = _given(text, guest)
    name = presented or (f"{given} {guest}" if given else guest)
    out: dict[int, Turn] = {}
    for index, ((start, _end), asks, address) in enumerate(zip(ordered, asking, addressed)):
        if asks:
            out[start] = Turn(address.end() if address and address.group("surname") == guest else start, "", "", False)
        elif out and (any(asking[index + 1 :]) or asking[index - 1]):
            out[start] = Turn(start, name, "", True)
    return out


_TICKER_HEADING = re.compile(rf"[^\S\n]*\+{{3}}[^\S\n]*(?:{TIME_OF_DAY}[^\S\n]+)?"
                             r"(?P<words>[^\n]*?)[^\S\n]*\+{3}[^\S\n]*(?=\n|$)")
"""A live ticker's entry heading between "+++" marks, after its time ("+++ 18:21 Erdogan: „Wir werden ...“ +++")."""


def ticker_entries(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with each live-ticker entry whose first line is a heading between "+++" marks parted into the
    heading's words (the marks and the time left out, so that a heading "Name: „words“" reads as one) and the entry
    under it, if the range holds it; the ranges as given where none opens so."""
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        heading = _TICKER_HEADING.match(text, start, end)
        if heading is None or not heading.group("words"):
            out.append((start, end))
            continue
        out += [(heading.start("words"), heading.end("words")), *([(heading.end() + 1, end)] if heading.end() + 1 < end else [])]
    return out
