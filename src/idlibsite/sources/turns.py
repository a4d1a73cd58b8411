"""Speaker tags that open paragraphs: interviews, transcripts and briefings (pure).

Q&A interviews ("SPIEGEL: ..." / "Mitarachi: ..."), broadcast transcripts ("KAREN HOLLIS, Former State Department
Official: ...") and briefing transcripts ("QUESTION: ..." / "MS. ZAKHAROVA: ...") give each turn a tag: a short name,
maybe a title after a comma and "(through translator)", then a colon (or a stop after a name in capitals, "Mrs.
SHAHEEN.", or a dash); a form of tag counts only where it opens two turns or more. Who each tag stands for is read in
:mod:`idlibsite.attribution.tags`. The layout is read from the text alone: it is a tagged one when at least
:data:`MIN_TURNS` paragraphs open with a tag and some tag opens two of them.

A tag may stand on a line of its own, its turn the paragraph under it ("Heiko Maas, Federal Minister for Foreign
Affairs:"). An untagged paragraph between an answer and the next tagged paragraph goes on with that answer (a briefing's
spokesperson reading several paragraphs), unless it is a record's stage direction in brackets ("(Applause from the
SPD)"), whose interjections are the interjector's (:func:`.asides.interjections`). A turn is an **answer** (the tagged
speaker's own words, quotation marks or not) unless its tag is the questioner's (``Q``, ``QUESTION``, or the tag whose
turns end with a question mark most often; a name it opens with, addressing the guest, is left out), a chair's
(``MODERATOR``, ``Mr Speaker``) or, when some tags carry a title, a tag that never does (the anchor or the correspondent
of a broadcast, whose narration only reports others), unless most of its turns answer an interviewer's (a morning show's
untitled guest, beside a caller's "(listener)"). A second tag that asks, while a guest who never asks opens more turns,
is a second interviewer (:func:`_cohosts`). Where no tag asks most, tags that ask once each beside the one tag that
answers them all are a press conference's reporters (:func:`.members.round_of_askers`); a record whose Members are
tagged with their parties has no questioner (:func:`.members.members_record`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from idlibsite.sources.asides import stage_direction
from idlibsite.sources.fieldlabels import FIELD_LABELS, heads_list, rates
from idlibsite.sources.members import PARTY_TITLE, members_record, round_of_askers
from idlibsite.sources.members import key as key  # re-exported: the tag key the readers of turns use
from idlibsite.sources.delivered import DELIVERED, header_principal
from idlibsite.sources.monitortags import BARE_BRACKET_TAG, bracketed
from idlibsite.sources.narration import datelined, exchange_end, narrates
from idlibsite.sources.roles import LOWER_TAG, role_holders
from idlibsite.sources.stamps import time_line
from idlibsite.sources.tagnames import fuller
from idlibsite.sources.titles import TAG_TITLES as TITLES
from idlibsite.sources.turnwords import ANSWERERS, CHAIRS, MACHINE_TAG, NARRATORS, QUESTIONERS, REPORTING, ROLE_TAG, ROSTERS, asks, chairs
from idlibsite.sources.views import CAPITAL


MIN_TURNS = 3

_PEER = (r"(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess|Marquess|Duke|Bishop)[^\S\n]+[A-Z][\w’'-]*"
         r"(?:[^\S\n]+of[^\S\n]+[A-Z][\w’'-]*)?")
"""A peer's name: the rank, the name, maybe the territorial designation ("Lord Ahmad of Wimbledon", "Baroness Cox")."""
_CUE = r"(?:[A-Z]{2,}[^\S\n]+[-–—][^\S\n]+|\[[A-Z][A-Za-z]+(?:[^\S\n]+[A-Za-z]+){0,2}\][^\S\n]+)?"
"""A word in capitals and a dash before a broadcast script's tag, marking a clip ("ACTUALITY - NAME, title:"), or a cue
in square brackets ("[Recording] NAME (role):", "[Sound bite] Name:"): no part of the name."""
_CUED = re.compile(_CUE)
"""A tag after such a cue: a clip played in a debate or an interview (a tag asks), whose title (always given) tells no
guest from the moderator; a bulletin's clips (nobody asks) still tell the untitled correspondent, who narrates."""
_MARK = r"(?:\*\*|__)?"
"""A markdown mark of bold around a label ("**Matt Galloway:** ...", "**Q**: ..."): no part of the name."""
_LEAD = r"(?:\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?[^\S\n]+)?"
"""A recording's time before a label ("[00:01:05] HOST:", "12:40 Name:"): no part of the name."""
_NAME = (_LEAD + _MARK + _CUE + r"(?P<name>" + _PEER + rf"|(?:[{CAPITAL}][\w’'.-]*)(?:[^\S\n]+\((?:r|ret|retd|rez)\.?\))?(?:\s+(?:(?:von|van|der|den|de|du|bin|ibn)[^\S\n]+)*(?:[a-z]{{1,3}}-)?[{CAPITAL}][\w’'.-]*){{0,5}}"
         r"|De[^\S\n]+(?:heer[^\S\n]+[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3}|voorzitter))")
"""A name of capitalised words ("Samira al-Khatib", "Ragnheiður Ósk Jónsdóttir": each word may open with any Latin
capital), maybe a rank's retired mark after its title ("Gen. (r) Name", :data:`_RETIRED`), a peer's, or a Dutch record's
"De heer Brinkman" and "De voorzitter"."""
_RETIRED = re.compile(r"[^\S\n]+\((?:r|ret|retd|rez)\.?\)")
"""A retired officer's mark after the rank ("Gen. (r)", "Col. (ret.)"): no part of the name."""
_PARENS = r"(?P<parens>(?:[^\S\n]+\((?!(?:through|via)\s)[^()\n]{1,160}\)){1,4})?"
_INTERPRETED = r"(?i:\((?:through|via)\s+(?:an?\s+)?(?:translator|interpreter)\))"
_COLON = r"[^\S\n]?" + _MARK + ":" + _MARK + r"\s+(?=\S)(?:" + _INTERPRETED + r"\s+(?=\S))?"
"""A tag's colon, maybe after a space as French print sets it ("Jean Dupont : « ... »"), maybe an interpreter's note after it."""
_TAG = re.compile(
    _NAME + _PARENS + r"(?:,\s+(?P<title>[A-Z][^:\n]{1,80}?|[a-z][^:\n.]{1,60}?))?"
    r"(?:\s+" + _INTERPRETED + ")?" + _COLON)
"""A tag at a paragraph's start: a name of capitalised words, a title (after a comma or in
brackets: "Anne Whitcombe (Stockport) (Lab)", "JENS STOLTENBERG (NATO Secretary General)"), a colon."""
_TITLED_TAG = re.compile(r"(?P<title>The[^\S\n]+[A-Z][^():\n]{2,120}?)[^\S\n]+\("
                         r"(?P<name>" + _PEER + r"|[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,4})\)(?:[^\S\n]+\([^()\n]{1,30}\))?" + _COLON)
"""A record's tag that gives the office first and the holder in brackets, maybe the party after:
"The Minister for ... (James Cleverly): ", "The Minister of State, ... (Lord Ahmad of Wimbledon) (Con): "."""
_OFFICE_TAG = re.compile(r"(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the))*?\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*)"
                         r"\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?:[^\S\n]+\([^()\n]{1,30}\))?" + _COLON)
"""A transcript's tag that gives the office, then the holder: "President of Russia Vladimir Putin: ",
"Minister of Foreign Affairs of Turkey Mevlut Cavusoglu (retranslated): "."""
_QUESTION_MARK = re.compile(r"(?P<name>Q|QUESTION|A|ANSWER)\.[^\S\n]+(?=\S)")
"""A transcript's question marked "Q." and its answer "A." (a stop for the colon): "Q. Does the EU need a new approach?", a
court's "A. I was in Saraqib." (read after a stenogram's initial, "A. ANUŠAUSKAS (TS-LKDF). ")."""
_STOP_TAG = re.compile(rf"(?P<name>(?:[A-Z][A-Za-z]{{0,3}}\.?[^\S\n]+)?[{CAPITAL}][{CAPITAL}’'-]+(?:[^\S\n]+[{CAPITAL}][{CAPITAL}’'-]+){{0,3}})"
                       + _PARENS + r"\.[^\S\n]+(?=\S)")
"""A record's tag that ends with a stop, its name in capitals, maybe after a title or its abbreviation: "Mrs. SHAHEEN. ",
"The PRESIDING OFFICER. ", "MS OKAFOR. ", a stenogram's "L. LINKEVIČIUS. ", "PIRMININKAS (V. Pranckietis). ", "A. ANUŠAUSKAS
(TS-LKDF). " (a tag only where that form opens two turns or more)."""
_INITIALS_TAG = re.compile(r"(?P<name>[A-Z][\w’'-]+[^\S\n]+[A-Z]\.(?:[^\S\n]?[A-Z]\.)?)(?![^\S\n]?[A-Z]\.)(?:,[^\S\n]+(?P<title>[^\n]{1,160}?)\.(?=\s*\n))?\s+(?=\S)")
"""A stenogram's tag, the surname first and the initials after: "Mironov S. M. ...", "Slutsky L. E., chairman of ...,
LDPR faction." (a paragraph of its own, the speech after it)."""
_OFFICE_WORDS = ("minister|ministre|secretary|secrétaire|president|président|présidente|chancellor|rapporteur|rapporteure"
                 "|député|députée|sénateur|sénatrice|premier|première|garde|haut-commissaire|commissaire|commissioner")
"""The office that a record's tag may give instead of a name ("M. le ministre de ...") or after it ("Mme X, secrétaire
d'État ...")."""
_ADDRESS_STOP_TAG = re.compile(
    r"(?P<name>(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Herr|Frau|Sr|Sra)\.?[^\S\n]+(?:(?:le|la|l[’'])[^\S\n]*(?i:" + _OFFICE_WORDS + r")"
    r"(?:[^\S\n]+[\w’'-]+){0,10}?|[A-ZÀ-Þ][\w’'-]+(?:[^\S\n]+(?:(?:de|du|des|von|van|der)[^\S\n]+)?[A-ZÀ-Þ][\w’'-]+){0,4}))"
    r"(?:,[^\S\n]+(?P<title>(?:[\w’'-]+[^\S\n]+)?(?i:" + _OFFICE_WORDS + r")\b[^\n.,]{0,140}?))?\.[^\S\n]+(?=\S)")
"""A record's tag that ends with a stop, a form of address before a name in plain case or before the office ("Mme
Claire Vasseur. ", "M. le président. ", "M. le ministre de l'Europe et des affaires étrangères. "), maybe an office after
a comma ("M. Jean-Yves Le Drian, ministre de l'Europe et des affaires étrangères. "): the form of a French compte rendu."""
_CHAIR_STOP_TAG = re.compile(r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[a-z]+){0,3})\.[^\S\n]+(?=\S)")
"""A stenogram's chair, or a voice from the floor, in plain case before a stop: "Presiding officer. ", "Voice from the hall. "."""
_DASH_TAG = re.compile(_NAME + _PARENS + r"(?:,[^\S\n]+(?P<title>[^\n:–—]{1,200}?))?\.[^\S\n]+[–—][^\S\n]+(?=\S)")
"""A verbatim report's tag, a dash for the colon: "Name, Vice-President of the Commission. – ",
"Name (Group), blue-card question. – ", the chair's "President. – "."""
_CAPITAL_DASH_TAG = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞĞİŞ][A-ZÀ-ÖØ-ÞĞİŞ’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-ÞĞİŞ][A-ZÀ-ÖØ-ÞĞİŞ’'-]+){0,3})"
                               + _PARENS + r"[^\S\n]+[–—][^\S\n]+(?=\S)")
"""A record's tag in capitals, maybe a constituency in brackets, then a dash with no stop before it ("NAME (Province) – ",
"CHAIR – "): the form of a parliament's minutes."""
_HYPHEN_TAG = re.compile(rf"(?P<name>(?:[A-Z]\.[^\S\n]*)?[{CAPITAL}][{CAPITAL}’'-]+(?:[^\S\n]+[{CAPITAL}][{CAPITAL}’'-]+){{0,3}})"
                         + _PARENS + r"[^\S\n]+-[^\S\n]+(?=\S)")
"""A transcript's label in capitals, maybe after an initial, then a hyphen between spaces ("JOURNALIST - ", "N. DENDIAS -
"): a label only on a page where one such label is a role's (:func:`_cast`), as a wire's "ANKARA - " dateline is none."""
_INSERTED = re.compile(r"(?im)^[^\S\n]*(?:(?:joint|press|written)[^\S\n]+)?(?:statement|letter|declaration|communiqu[eé])[^\S\n]+(?:of|by|from)[^\S\n]+"
                       r"(?P<author>[^\n.:]{2,120})$")
"""A heading that opens a document printed inside a record ("Statement of the Syrian American Medical Society"): what
follows it is that document's, not the turn's."""
_HANDOVER = re.compile(r"(?i)(?:over|it)\s+to\s+you,?\s+(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){0,2})[.!]?\s*$"
                       r"|(?:give|hand|pass)\s+(?:the\s+floor|it\s+over)\s+to\s+(?P<to>[\w’'.-]+(?:\s+[\w’'.-]+){0,3})[.!]?\s*$"
                       r"|(?P<addressed>[\w’'.-]+(?:\s+[\w’'.-]+){0,3}),\s+(?:you\s+have\s+the\s+floor|the\s+floor\s+is\s+yours|vous\s+avez"
                       r"\s+la\s+parole|(?:usted\s+)?tiene\s+(?:usted\s+)?la\s+palabra|(?:lei\s+)?ha\s+la\s+parola|Sie\s+haben\s+das\s+Wort"
                       r"|(?:o\s+senhor\s+|a\s+senhora\s+)?tem\s+a\s+palavra|u\s+heeft\s+het\s+woord)[.!]?\s*$")
"""A chair's or a moderator's turn that hands over to the speaker ("With that, over to you, Ambassador.", "Minister, you
have the floor.", "Canciller, tiene la palabra.", "Monsieur le ministre, vous avez la parole."): the named answerer's, or
the page's one answerer's when the words name no tag."""
_FLOOR = re.compile(r"(?:(?i:give|hand|pass)\s+the\s+floor\s+to|(?i:la\s+parole\s+est\s+à))\s+"
                    r"(?P<to>(?:[A-Z][\w’'-]*\.?[^\S\n]+(?:(?:de|du|des|von|van|der)[^\S\n]+)?){0,3}[A-Z][\w’'-]*)")
"""A chair giving the floor to a speaker by name ("I give the floor to Mr. Lowcock", "La parole est à Mme X"): whoever
that tag is, a speaker."""
_VOCATIVE = re.compile(r"(?!(?:The|A|An)\s)(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*,\s+(?=\S)")
"""The guest addressed by name at the start of a question ("Mr. Mitarachi, Greek police have ..."); an article opens no
address but a subject in apposition ("The Foreign Minister, Name, said ...")."""
SECTION_LABELS = frozenset(
    "quote quotes details background context source sources note update updates summary analysis reaction reactions"
    " timeline facts related correction subject tags topics photo photos video interview exclusive updated modified"
    .split()) | {"pull quote", "key quote", "last updated"} | FIELD_LABELS
"""Words that label a block of news copy ("Quote:", "Details:", "Background:", "Source:") or a fact-check's field
("Verdict:", "In Kürze:"): a section, never a speaker's tag, whatever the paragraph under it says."""
_HEADING_END = re.compile(r"\w$")
_QUOTED_HEADLINE = re.compile(r"[«“\"„][^«»“”\"\n]*\w[^\S\n]*[»”\"]")
"""A tagged line whose words are one quotation with no stop at its end ("Name : « Our students are safe »"): a
headline's form, no turn."""
_BRACKET_TAG = re.compile(rf"\[(?P<name>[{CAPITAL}][\w’'.-]*(?:[^\S\n]+[{CAPITAL}][\w’'.-]*){{0,5}})(?:,[^\S\n]+(?P<title>[^\]\n]{{1,120}}))?\]"
                          + _COLON)
"""A label in square brackets, maybe with a role after a comma: a broadcast's clip, "[ARANCHA GONZÁLEZ LAYA, ministra de
Asuntos Exteriores]: "."""
"""A tagged line that ends on a word, no stop, comma or colon after it, is a heading ("Syria: Delegations meet in
Ankara"), a dispatch's title in a ticker, not a speaker's words."""


def _chairs(name: str) -> bool:
    return chairs(set(key(name).split()))  # "De voorzitter", "Le modérateur"


def _cued(text: str, at: int) -> bool:
    """A tag at ``at`` after a clip's cue ("[CLIP] NAME, role:", "ACTUALITY - NAME, title:")."""
    return _CUED.match(text, at).end() > at  # type: ignore[union-attr]  # every part of the cue is optional: it always matches


def _floor(name: str) -> bool:
    """A voice from the floor ("Voice from the hall"): nobody named, no statement."""
    return bool(re.fullmatch(r"(?:a\s+)?voices?\s+from\s+the\s+\w+", key(name)))


def _asks(name: str) -> bool:
    """A questioner's tag: its first word a questioner's ("FRAGE JUNG", "Q")."""
    return asks(key(name).split())


def _cast(name: str) -> bool:
    """A label that is a role of a turn-taking document's cast: one who asks, answers, chairs or narrates."""
    said = key(name).split()
    return asks(said) or bool(said) and said[0] in ANSWERERS or chairs(set(said)) or _narrates(name)


def _narrates(name: str) -> bool:
    """A narrator's tag ("NEWSREADER", "Presenter"): every word of it a narrating role's."""
    said = set(key(name).split())
    return bool(said) and said <= NARRATORS


@dataclass(frozen=True)
class Turn:
    """One tagged paragraph."""

    body: int  # where the turn's words start, after the tag
    name: str  # the tag's name as written ("KAREN HOLLIS", "Mitarachi")
    title: str  # the title after it, from any turn of that tag ("" when none)
    answer: bool  # the tagged speaker's own words


_ROLE_WORD = re.compile(r"(?:(?!(?:from|with|who|and|the|for|was|has|had|not)\s)[a-z]{3,}\s+){0,2}"
                        r"(?!(?:however|meanwhile|instead|though|therefore|again|likewise|nevertheless|nonetheless|indeed)$)"
                        r"[a-z]{4,}(?<!ly)")
"""A role of lowercase words after a tag's name and comma ("lecturer", "security analyst", "retired army general"),
at most three, no sentence adverb ("Name, however: ...") nor a clause ("Name, who was there: ...")."""


def _tag(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """The name, title and end of the tag opening a paragraph, None when it opens with none."""
    colon = text.find(":", start, min(end, start + 160)) > 0
    m = _TAG.match(text, start, end) if colon else None
    if m and (m.group("title") or "A")[0].islower() and not m.group("name").isupper() and not _ROLE_WORD.fullmatch(m.group("title")):
        m = None  # a description for a title ("UMM KHALED, displaced from Maarat al-Numan:") only after a name in capitals,
        # a role of one word after a full name ("Hrafnhildur Gísladóttir, lecturer:") after any
    m = (m or _TITLED_TAG.match(text, start, end) or _OFFICE_TAG.match(text, start, end) or LOWER_TAG.match(text, start, end)
         or ROLE_TAG.match(text, start, end) or _BRACKET_TAG.match(text, start, end) or MACHINE_TAG.match(text, start, end)) if colon else None
    m = m or _STOP_TAG.match(text, start, end) or _ADDRESS_STOP_TAG.match(text, start, end) or _QUESTION_MARK.match(text, start, end)
    m = m or _INITIALS_TAG.match(text, start, end) or BARE_BRACKET_TAG.match(text, start, end)
    m = m or ((chair := _CHAIR_STOP_TAG.match(text, start, end)) and (_chairs(chair["name"]) or _floor(chair["name"])) and chair or None)
    if m is None and text.find("–", start, min(end, start + 260)) + text.find("—", start, min(end, start + 260)) > -2:
        m = _DASH_TAG.match(text, start, end) or _CAPITAL_DASH_TAG.match(text, start, end)
    m = m or (_HYPHEN_TAG.match(text, start, end) if " - " in text[start : start + 120] else None)
    if m is None or re.fullmatch(r"[\d.:]+(?:am|pm)?", m.group("name"), re.I) or key(m.group("name")) in SECTION_LABELS:
        return None
    if (label_end := text.rfind(":", start, m.end())) >= 0 and (heads_list(text, label_end) or rates(text, label_end)):
        # "In short:" over bullets: a box's heading; "Arvio: False.": a verdict's field
        return None
    if m.re is BARE_BRACKET_TAG:
        return bracketed(m.group("name"), m.end())
    parens = re.findall(r"\(([^()\n]+)\)", m.groupdict().get("parens") or "")
    title = ", ".join([*parens, *([m.group("title")] if m.groupdict().get("title") else [])])
    return _RETIRED.sub("", m.group("name")), title, m.end()


_VOCATIVE_OPENING = re.compile(r"(?i)(?:(?:thank\s+you|thanks|well|yes|no)[,.]?\s+)?([\w’'-]+)[,.!]")
"""A turn that opens by addressing someone by their given name: "Thank you, Amy.", "Well, Amy, ..."."""
_HONORIFICS = TITLES | {"president", "minister", "general", "professor", "chairman", "chairwoman"}
_OFFICES = frozenset({"minister", "president", "secretary", "chancellor", "premier", "governor", "mayor", "commissioner",
                      *_OFFICE_WORDS.split("|")})
"""An office that a record's tag may give before a surname ("Minister Blok:") or for a name ("Mme la ministre de la mer."):
a title, the tag no anchor's."""


def _addressed(tagged: Iterable[tuple[tuple[str, str, int], str]]) -> set[str]:
    """The tags (by key) whose given name opens another tag's turn as a vocative ("DR. X: Thank you, Amy."):
    the one the guests answer, a host."""
    turns_ = [(key(name), _VOCATIVE_OPENING.match(words)) for (name, _, _), words in tagged]
    named = {k: [w for w in k.split() if w not in _HONORIFICS] for k, _ in turns_}
    given = {k: words[0] if len(words) > 1 else "" for k, words in named.items()}  # "SENATOR SHAHEEN": no given name
    called = {(k, key(m.group(1))) for k, m in turns_ if m}
    return {k for k, first in given.items() if first and any(c == first and other != k for other, c in called)}


def _cohosts(tagged: Iterable[tuple[tuple[str, str, int], str]], counts: Counter[str]) -> set[str]:
    """Tags (by key) of a second interviewer: each opens two turns or more and asks in one, while a tag that never asks
    (the guest) opens more turns than it (a morning show's two hosts, the one asking most being the first)."""
    asking = {key(name) for (name, _, _), words in tagged if words.endswith("?")}
    guest = max((n for k, n in counts.items() if k not in asking), default=0)
    return {k for k in asking if 2 <= counts[k] < guest}


def _only_asking(tagged: Iterable[tuple[tuple[str, str, int], str]], counts: Counter[str]) -> set[str]:
    """Tags (by key) of an outlet and one name after its comma every turn of which asks, beside a tag that never does: a
    press conference's reporters ("NHK, Watanabe:", "Freelance, Ueda:"), not a listener ("Martine (listener):")."""
    tagged = list(tagged)
    asking = Counter(key(name) for (name, _, _), words in tagged if words.endswith("?"))
    answering = any(not asking[k] for k in counts)
    reporters = {key(name) for (name, title, _), _ in tagged if re.fullmatch(r"[A-Z][\w’'-]+", title)}  # "NHK, Watanabe"
    return {k for k, n in asking.items() if answering and n == counts[k] and k in reporters}


def _named(who: str, answerers: dict[str, str]) -> str:
    """The one answering tag (by its key) whose name or title has every word of ``who``, "" when none or several."""
    wanted = set(key(who).split())
    found = [k for k, title in answerers.items() if wanted and wanted <= set(k.split()) | set(key(title).split())]
    return found[0] if len(found) == 1 else ""


def _alone(text: str, start: int, end: int, following: int) -> tuple[str, str, int] | None:
    """A tag that is a paragraph of its own ("Heiko Maas, Federal Minister for Foreign Affairs:"),
    whose turn is the paragraph after it, starting at ``following``: its name, title and that start."""
    colon = text.rfind(":", start, end) if not _INITIALS_TAG.match(text, start, following + 1) else end - 1  # "Name I. O., post."
    if following <= end or colon < 0 or not text[colon + 1 : end].isspace() and colon + 1 < end:
        return None
    tag = _tag(text, start, following + 1)
    return tag if tag and tag[2] == following else None


def turns(text: str, ranges: Sequence[tuple[int, int]]) -> dict[int, Turn]:
    """The turns of a tagged layout, by the start of their paragraph; {} when the text is not one.

    A record of proceedings tags a turn with brackets or a dash ("Anne Whitcombe (Stockport) (Lab):",
    "The Minister for ... (James Cleverly):", "Name, Vice-President of the Commission. – ").  An untagged
    opening statement is the answerer's whom a header of delivered words names ("Press point by ... Jens
    Stoltenberg", before the first tag) or to whom the turn before it hands over ("over to you, Ambassador")."""
    tagged, alone = {}, {}  # a tag's paragraph of its own, by the start of its words
    marked = len(re.findall(r"(?m)^[^\S\n]*" + _QUESTION_MARK.pattern, text))
    marked += len(re.findall(r"(?m)^[^\S\n]*" + _STOP_TAG.pattern, text)) + len(re.findall(r"(?m)^[^\S\n]*" + _CAPITAL_DASH_TAG.pattern, text))
    marked += len(re.findall(r"(?m)^[^\S\n]*" + _INITIALS_TAG.pattern, text)) + len(re.findall(r"(?m)^[^\S\n]*" + BARE_BRACKET_TAG.pattern, text))
    marked += len(re.findall(r"(?m)^[^\S\n]*" + _ADDRESS_STOP_TAG.pattern, text))
    if text.count(": ") + text.count(":\n") + text.count(":** ") + text.count(" - ") + text.count(". – ") + text.count(". — ") + marked < MIN_TURNS:
        return {}
    after = {start: following for (start, _), following in zip(sorted(ranges), sorted(ranges)[1:])}
    for start, end in ranges:
        if start in tagged:  # the words under a tag of its own: not a tag ("Chair. Since Friday, ...")
            continue
        tag = _tag(text, start, end)
        if tag and not _HEADING_END.search(text[start:end].rstrip()) and not _QUOTED_HEADLINE.fullmatch(text, tag[2], len(text[:end].rstrip())) and key(tag[0]) not in ROSTERS:
            tagged[start] = (tag, text[tag[2] : end].rstrip())
        elif start in after and (tag := _alone(text, start, end, after[start][0])):  # its words: the next paragraph
            tagged[after[start][0]] = (tag, text[tag[2] : after[start][1]].rstrip())
            alone[after[start][0]] = start
    form = {start: re.sub(_INTERPRETED + r"\s*$", "", text[alone.get(start, start) : tag[2]]).rstrip()[-1:] for start, (tag, _) in tagged.items()}  # ":" "." "–"
    forms = Counter(form.values())
    cast = any(form[start] == "-" and _cast(name) for start, ((name, _, _), _) in tagged.items())
    tagged = {start: turn for start, turn in tagged.items() if forms[form[start]] > 1 and (form[start] != "-" or cast)}  # a form that recurs
    written = {key(name): name for (name, _, _), _ in reversed(tagged.values())}  # each key as its first tag writes it
    longer = fuller(written, TITLES, CHAIRS | _OFFICES | QUESTIONERS | ANSWERERS)  # "VILLAMIZAR": "ANDRÉS FELIPE VILLAMIZAR"
    tagged = {start: ((written[longer[key(name)]] if key(name) in longer else name, title, end), words)
              for start, ((name, title, end), words) in tagged.items()}
    counts = Counter(key(name) for (name, _, _), _ in tagged.values())
    if len(tagged) < MIN_TURNS or max(counts.values(), default=0) < 2 or datelined([(name, title, words) for (name, title, _), words in tagged.values()], text):
        return {}  # "Ankara: Turkish Defence Minister X said ...": a digest's datelines, no conversation
    asked = Counter(key(name) for (name, _, _), words in tagged.values() if words.endswith("?")).most_common(2)
    questioner = {k for k in counts if _asks(k)}
    chaired = any(_chairs(k) for k in counts) or members_record(tagged.values())  # a chair runs the proceedings, or Members
    # tagged with their parties speak in it: a Member's questions are their own turn's
    if not questioner and not chaired and asked and not ANSWERERS & set(counts) and (len(asked) == 1 or asked[0][1] > asked[1][1]):
        questioner = {asked[0][0]}  # the one tag that asks most: an interviewer (not one Member among several)
        questioner |= _cohosts(tagged.values(), counts)
        questioner |= _only_asking(tagged.values(), counts)
    elif not questioner and not chaired and not ANSWERERS & set(counts):  # no tag asks most: maybe a round of askers
        questioner = round_of_askers(tagged.values(), counts)
    questioner |= {k for k in _addressed(tagged.values()) if k in dict(asked)}  # "Thank you, Amy.": the host who asks
    titles = {key(name): title for (name, title, _), _ in reversed(tagged.values()) if title}
    cued = {key(name) for start, ((name, _, _), _) in tagged.items() if questioner and _cued(text, alone.get(start, start))}
    titled = {k for k in titles if not _chairs(k)} | {k for k in counts if set(k.split()) & _OFFICES and set(k.split()) - _OFFICES}  # "Minister Blok"
    if titled <= questioner | cued | {k for k, title in titles.items() if set(key(title).split()) & REPORTING or PARTY_TITLE.fullmatch(title)}:  # "JOURNALIST
        # (N. Papadopoulos, ERT):" nor "NAME, HOST:" tell a narrator apart, nor a debate's clip ("[CLIP] NAME, Foreign Minister:")
        titled = set()
    order = [key(name) for _start, ((name, _, _), _) in sorted(tagged.items())]
    after_asking = Counter(k for before, k in zip(order, order[1:]) if before in questioner)
    guests = {k for k in counts if k not in questioner and after_asking[k] * 2 > counts[k]}  # it answers the interviewers
    floor = {key(m.group("to")) for m in _FLOOR.finditer(text)}  # "I give the floor to Mr. Lowcock.": a speaker, not a narrator
    out = {}
    for start, ((name, _, body), _) in tagged.items():
        asking = key(name) in questioner or _chairs(name) or _floor(name)
        vocative = _VOCATIVE.match(text, body) if asking else None
        out[start] = Turn(vocative.end() if vocative else body, name, titles.get(key(name), ""),
                          not asking and not _narrates(name) and (not titled or key(name) in titled | floor | guests)
                          and not (set(key(titles.get(key(name), "")).split()) & REPORTING and key(name) not in guests))
    held = role_holders([(t.name, t.answer, tagged[start][1]) for start, t in sorted(out.items())])  # "guest": whom the host introduced
    out = {start: Turn(t.body, who, t.title, t.answer) for (start, t), who in zip(sorted(out.items()), held)}
    answerers = {key(t.name): t.title for t in out.values() if t.answer}
    names = {key(t.name): t for t in out.values() if t.answer}
    ordered, following = sorted(ranges), sorted(out)
    header = text[: ordered[0][1]]  # the headline, where the ranges leave it out, and the first paragraph
    delivered = any(DELIVERED.search(part) for part in (header, *(text[s:e].strip() for s, e in ordered if s < following[0])))
    opener = ""
    if delivered:  # the speaker whose tag's surname the header names
        at = {k: m.start() for k in answerers if (m := re.search(r"(?i)\b" + re.escape(k.split()[-1]) + r"\b", header))}
        opener = min(at, key=at.__getitem__) if at else ""  # "Briefing by A and B": A opens
        opener = opener or next((k for k in answerers if k in ANSWERERS), "")  # "Answer:": the one the header names
    last: Turn | None = names[opener] if opener else None
    principal = header_principal(header) if delivered and not answerers else ""
    if principal:  # a doorstep: only the questions are tagged, each untagged paragraph after one is the principal's answer
        for (start, _end), (after_start, after_end) in zip(ordered, ordered[1:]):
            if start in out and not out[start].answer and after_start not in out and not stage_direction(text, after_start, after_end):
                out[after_start] = Turn(after_start, principal, "", True)
    header_first = bool(DELIVERED.search(text[ordered[0][0] : ordered[0][1]]))  # the first paragraph is the header itself
    exchanged = exchange_end({s: key(t.name) for s, t in out.items()}, {s: w.rstrip().endswith("?") for s, (_, w) in tagged.items()})
    for (_, before), (start, _end) in zip([(0, 0), *ordered], ordered):  # an untagged paragraph goes on with the answer
        inserted = _INSERTED.search(text, before, start) if last and start not in out else None
        if inserted:  # under a heading "Statement of X" (a heading of its own, or the paragraph): X's document
            last = Turn(start, inserted.group("author").strip(), "", True)
        if start in out:
            last = out[start]
            handover = None if last.answer else _HANDOVER.search(tagged[start][1])
            target = _named(handover.group("who") or handover.group("to") or handover.group("addressed"), answerers) if handover else ""
            target = target or (next(iter(answerers)) if handover and len(answerers) == 1 else "")
            last = names[target] if target else last
        elif (last and last.answer and (ordered[0][0] < start or not header_first) and start < following[-1]
              and start not in alone.values() and not stage_direction(text, start, _end) and not time_line(text[start:_end])
              and not _HEADING_END.search(text[start:_end].rstrip())):  # a heading ("On humanitarian assistance")
            if start > exchanged and narrates(text[start:_end]):  # after the last answer, "After the interview, a spokeswoman
                last = None  # ... said ...": the writer's, and no answer goes on after it (:mod:`.narration`)
                continue
            out[start] = Turn(start, last.name, last.title, True)
    return out
