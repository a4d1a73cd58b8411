"""Who the page itself names for a role tag or for the first person (pure).

- A speaker tag that is a role, not a name ("Spokesman:", "Deputy Spokesperson:",
  "Correspondent:"), stands for the person the page names with that role: "the noon briefing by
  Stéphane Dujarric, Spokesman for the Secretary-General", "Spokesman Stéphane Dujarric".  The
  role is never read as the speaker's name; when the page names nobody for it, nobody is named.
  The principal after "for" (the Secretary-General) is whose words the spokesperson relays when a
  sentence of the turn has the principal, or "he" just after the principal, as its speech verb's
  subject ("The Secretary-General continues ... He reiterates his call ...").
- A roundup's label ("- UN: ", "US: ") opening a bullet is no part of its speaker's name.
- A variant of a body's name is the body (:func:`variant`).
- "I" as a speech verb's subject outside quotation marks is the author the byline names ("By
  Catherine Lowry", a line of its own near the top): an op-ed's or a column's writer.
- A statement quoted paragraph by paragraph after a line that announces it ("ministers adopted the
  following statement") speaks as the body its first paragraph makes the subject of a communiqué's
  verb ("The EU expresses its solidarity ..."): :func:`statement_voice`.
"""

from __future__ import annotations

import re

from idlibsite.attribution.answerkey import answered
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import NATIONS, PERSON_NOUNS
from idlibsite.sources.datelines import MONTH
from idlibsite.sources.speech import speech_verbs
from idlibsite.sources.titles import TITLE

_NAME = r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z][\w’'-]+|[A-Z]\.|al-\w+|de|van|von)){1,3})"
_DATE = rf"(?:{MONTH}\.?[^\S\n]+\d{{1,2}},?[^\S\n]+\d{{4}}|\d{{1,2}}[^\S\n]+{MONTH}\.?,?[^\S\n]+\d{{4}})"
_HONORIFIC = rf"(?:{TITLE}[^\S\n]+)?"
"""A title before the byline's name ("By Dr. Ranjith Wijesekera"): no part of the name (LABELS rule 2)."""
_STYLED = r"(?:(?:H\.[^\S\n]?E\.|(?:His|Her)[^\S\n]+Excellency|Dr|Mr|Mrs|Ms)\.?[^\S\n]+)?"
"""A style of address between a role and its holder's name ("the Head of State, H.E. Paul Biya"): no part of the name."""
_BYLINE = re.compile(r"^[^\S\n]*(?:(?:By|Author:|Written by|Szerző:|Autor:|Auteur:|Autore:|Von|Av|Af|Door|Por|Par)[^\S\n]+" + _HONORIFIC + _NAME + r"(?:,[^\S\n]+[^\n.!?]{1,120}" + rf"|[^\S\n]*[|·][^\S\n]*{_DATE})?" + rf"|{_DATE}[^\S\n]*[|·][^\S\n]*" + _NAME.replace("<name>", "<dated>")
                     + r")[^\S\n]*$", re.MULTILINE)
"""A byline: "By Catherine Lowry" ("Author: Name", "Written by Name", and the pages' own words for it, "Szerző: Name",
"Von Name", "Av Name", "Par Name"), maybe with the author's role after a comma ("By
Name, chief economist at X": no sentence of the piece, which would end in a stop) or the date after a bar ("By Name |
March 5, 2020"), or a date and the name on a line of its
own ("Mar 4, 2020 | Marta Lindqvist")."""
_ANY_DAY_MONTH = r"\d{1,2}\.?[^\S\n]+(?:de[^\S\n]+)?[^\W\d_]{3,10}\.?,?[^\S\n]+(?:de[^\S\n]+)?\d{4}"
"""A day, a month's word in any language and the year ("4 maart 2020", "4. März 2020", "4 de marzo de 2020")."""
_NAME_OVER_DATE = re.compile(rf"(?<=\n)[^\S\n]*{_NAME}[^\S\n]*\n[^\S\n]*{_DATE}")
"""An author's name alone on its line over the date line ("Name\n04 March, 2020, 10:30 pm"), below the headline."""
_RANKED_OVER_DATE = re.compile(r"(?<=\n)[^\S\n]*(?:(?:Lt|Col|Gen|Maj|Brig|Capt|Cdr|Adm|Air|Vice|Rear|Marshal|Dr|Prof|Amb|Ambassador)\.?[^\S\n]+)+"
                               rf"(?:\((?:R|Retd|retd|Retired)\)[^\S\n]+)?{_NAME}[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*{_DATE}")
"""A columnist's name after a rank on its line over the date line, maybe a blank line between ("Lt Col (R) Name\n\nMarch
3, 2020"): the rank is a title (LABELS rule 2) that no outlet's name nor a heading carries."""
_NAME_UNDER_KICKER = re.compile(r"\A[^\S\n]*[A-Z][^\W\d_]*(?:[^\S\n]+[^\W\d_]+){0,4}(?<=[a-z])[^\S\n]*\n(?:[^\S\n]*\n)+"
                                rf"[^\S\n]*(?!By\b){_NAME}(?<!Reporter)(?<!Correspondent)(?<!Staff)(?<!Desk)[^\S\n]*\n(?:[^\S\n]*\n)+[^\S\n]*[A-Z]")
"""A writer's name alone on its line under the page's first line, a column's kicker or a title of a few words, in
lower case but for capitals and with no stop ("Points of View\n\nName\n\nThe sultan's ...", "Title\n\nName\n\nThe
column ..."); not a desk's byline ("Herald Reporter")."""
_NAME_DESK_OVER_DATE = re.compile(rf"(?<=\n)[^\S\n]*{_NAME},[^\S\n]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ /,.'-]{{2,80}}\n[^\S\n]*\d{{1,2}}\b[^\n]{{0,30}}\b\d{{4}}\b")
"""A correspondent's name, then after a comma a desk, a kicker or a place in capitals, on its line over a date line that
opens with the day and has the year, in whatever language ("Name, SPECIAL TO THE PAPER / CITY, COUNTRY\n04 de março de
2020 | 05h00")."""
_NAME_OVER_PAPER = re.compile(rf"(?<=\n)[^\S\n]*{_NAME}[^\S\n]*\n[^\S\n]*(?:The[^\S\n]+)?[A-Z][\w&.’'-]*(?:[^\S\n]+[A-Z][\w&.’'-]*){{0,2}},"
                             r"[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2}[^\S\n]*(?:\n|\Z)")
"""A correspondent's name alone on its line over their paper and where they write from, "Paper, Place", capitalised
words with no stop ("Name Surname\nIlta-Sanomat, Reyhanlı", "Name Surname\nThe Courier, Kilis")."""
_NAME_BEFORE_DATE = re.compile(rf"(?<=\n)[^\S\n]*{_NAME}[^\S\n]+(?:[|·—–][^\S\n]*)?(?:{_DATE}|{_ANY_DAY_MONTH})[^\S\n]*(?:[,|·][^\n]{{0,30}})?$", re.MULTILINE)
"""A writer's name and the date on one line, the month in any language ("Name Surname 4 maart 2020, 16:05", "Name
Surname | 4. März 2020", "Name Surname March 4, 2020"): a byline of a page in translation."""
BYLINE_LINES = 8
"""Lines from the top where a byline is looked for."""
_ROLE_WORDS = PERSON_NOUNS - {"he", "she", "him"}


def role_tag(tag: str) -> bool:
    """True when a speaker tag is a role, every word of it a role's ("Deputy Spokesperson")."""
    said = words(tag)
    return bool(said) and all(fold(w) in _ROLE_WORDS for w in said)


def tag_holder(text: str, tag: str) -> tuple[str, str, str]:
    """The name the page gives a role tag's holder, the role as written, and the principal after
    "for" ("the Secretary-General"); ("", "", "") when the page names nobody with that role."""
    role = r"(?i:" + r"\s+".join(re.escape(w) for w in tag.split()) + ")"
    principal = r"(?:\s+(?:for|to|of)\s+(?P<for>(?:the[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*))?"
    for pattern in (_NAME + r",\s+(?:the\s+)?(?P<role>(?:[A-Z][\w-]*\s+)?" + role + r")\b" + principal,
                    r"(?P<role>\b" + role + r"),?\s+" + _STYLED + _NAME + r"\b(?![^\S\n]+and[^\S\n]+[A-Z])"):
        # not a portfolio of the title's list ("Minister of Foreign Affairs, Regional Integration and International Trade")
        m = re.search(pattern, text)
        if m:
            return m.group("name"), m.group("role"), (m.groupdict().get("for") or "")
    return "", "", ""


def heading_role_holder(phrase: str, sentence: str, text: str) -> str:
    """The person the page names with the role a heading "Role: words" opens with ("Governor: 'Register ...'" over
    "Governor Name urged ...", "Mother: 'I call him ...'" over "A mother, Name, said ..."): whom the bare role stands for
    (LABELS Round 39/44, as a role tag's holder, :func:`tag_holder`); "" when the sentence opens with no such role or
    the page names nobody with it."""
    if not role_tag(phrase) or not sentence.lstrip().startswith(f"{phrase}:"):
        return ""
    return tag_holder(text, phrase)[0]


_ABBREVIATED = re.compile(r"[A-Z]{1,4}(?:/[A-Z]{1,4})+|[A-Z]{2,4}")
"""A title in capitals, its parts maybe joined by a slash: "the VP/HR", "the SG"."""
_TITLED = re.compile(_NAME + r",[^\S\n]+(?P<title>[A-Z][^,;\n]{2,160})")
"""A person named, then the title the page gives them: "Josep Borrell Fontelles, Vice-President of the Commission / High ..."."""


def title_holder(abbreviation: str, text: str) -> str:
    """The person the page names with the title an abbreviation stands for, "" when none: "the VP/HR"
    after "Josep Borrell Fontelles, Vice-President of the Commission / High Representative of ...".
    Each part of the abbreviation is the initials of the capitalised words (and their hyphenated
    parts) that open the title's part of the same rank, the parts split at a slash."""
    if not _ABBREVIATED.fullmatch(abbreviation):
        return ""
    wanted = abbreviation.split("/")
    for m in _TITLED.finditer(text):
        parts = [p.strip() for p in m.group("title").split("/")]
        if len(parts) >= len(wanted) and all(_opening_initials(p).startswith(w) and len(w) > 1 or _opening_initials(p) == w
                                             for p, w in zip(parts, wanted)):
            return m.group("name")
    return ""


def _opening_initials(title: str) -> str:
    """The initials of the capitalised words that open a title ("Vice-President of the Commission": "VP")."""
    run = re.match(r"(?:[A-Z][\w’'-]*[^\S\n]*)+", title)
    return "".join(w[0] for w in re.split(r"[\s-]+", run.group()) if w[:1].isupper()) if run else ""


_DELIVERED_BY = re.compile(r"(?im)^[^\S\n]*(?:(?:joint|press|video|written)[^\S\n]+)?(?:statement|remarks|speech|address|message)"
                          r"[^\S\n]+(?:by|from|of)[^\S\n]+(?:the[^\S\n]+)?(?P<who>[A-Z][^\n]{2,120}?)[^\S\n]*$")
"""A line of its own that says whose delivered words follow: "Statement by UNICEF Executive Director Henrietta Fore"."""


def delivered_by(text: str, start: int) -> str:
    """Who the last header line of delivered words before ``start`` names ("Statement by ... Henrietta
    Fore"), "" when none: the speaker of a statement quoted whole, paragraph by paragraph, under it."""
    found = list(_DELIVERED_BY.finditer(text, 0, start))
    return found[-1].group("who") if found else ""


_CREDIT = re.compile(r"[\"”’']?[^\S\n]*\((?P<who>[A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|von|der|de)){1,4})"
                     r"(?:,[^\S\n]*[^()\n]{1,80})?\)[^\S\n]*\.?[^\S\n]*(?:\n|$)")
"""A full name in brackets that ends the line right after a quotation, maybe with a time or a role after a
comma: '- "..." (Ada Quill, 08:40)', a page's pull quotes."""


_DASH_CREDIT = re.compile(r"[\"”’']?[^\S\n]+[—–-][^\S\n]*(?P<who>[A-Z][\w’'.-]*(?:[^\S\n]+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|von|der|de)){1,4}"
                          r"|(?:an?|the|one)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,5}[\w’'-]+)(?:,[^\S\n]*[^\n]{1,80})?[^\S\n]*\.?[^\S\n]*(?:\n|$)")
"""A full name or a description after a dash that ends the line right after a quotation: a pull quote credited
('"We have seen ceasefires come and go" — a Syrian opposition commander'), whoever spoke before it aside."""


def credited(text: str, end: int) -> str:
    """The name or description a quotation ending at ``end`` is credited to in brackets or after a dash, or by a quiz
    box's answer key under it (:func:`.answerkey.answered`), "" when none."""
    m = _CREDIT.match(text, end) or _DASH_CREDIT.match(text, end)
    m = None if m and speech_verbs(m.group("who")) else m  # "„...” – the minister said in the recording": a tag, no credit
    return m.group("who") if m else answered(text, end)


def byline(text: str) -> str:
    """The author a byline near the top names ("By Catherine Lowry", or a name over the date line), "" when none."""
    top = "\n".join(text.splitlines()[:BYLINE_LINES])
    m = (_BYLINE.search(top) or _NAME_OVER_DATE.search(top) or _RANKED_OVER_DATE.search(top) or _NAME_UNDER_KICKER.match(top)
         or _NAME_DESK_OVER_DATE.search(top) or _named_over_paper(top) or _named_before_date(text))
    return (m.group("name") or m.group("dated")) if m else ""


def _named_over_paper(top: str) -> re.Match[str] | None:
    """The first :data:`_NAME_OVER_PAPER` whose name names no nation (not a headline over a deck, "Turkey Opens Gates\nGreece,
    Bulgaria Brace")."""
    return next((m for m in _NAME_OVER_PAPER.finditer(top) if not {fold(w) for w in words(m.group("name"))} & NATIONS.keys()), None)


def _named_before_date(text: str) -> re.Match[str] | None:
    """The first :data:`_NAME_BEFORE_DATE` in the page's first :data:`BYLINE_LINES` lines that are not blank (a kicker, a
    headline and an author's box may come before it) whose name names no nation (not a dateline, "Syria Damascus 4 March
    2020")."""
    lines = [m.end() for m in re.finditer(r"[^\S\n]*\S[^\n]*", text)][:BYLINE_LINES]
    top = text[:lines[-1]] if lines else ""
    return next((m for m in _NAME_BEFORE_DATE.finditer(top) if not {fold(w) for w in words(m.group("name"))} & NATIONS.keys()), None)


def _principal_words(principal: str) -> list[list[str]]:
    """The folded words a principal is called by: its whole title, and the title's head without the office's
    field and body ("the UN High Commissioner for Human Rights" is also "the High Commissioner")."""
    whole = [fold(w) for w in words(principal) if fold(w) != "the"]
    head = [fold(w) for w in re.split(r"\s+(?:for|of)\s+", principal)[0].split() if fold(w) != "the" and not w.isupper()]
    return [whole, head] if head and head != whole else [whole]


def principal_speaks(phrase: str, principal: str, after_principal: bool) -> bool:
    """True when a speech verb's subject in a spokesperson's turn is the principal: their title, or
    "he"/"she" just after a sentence that opened with it."""
    said = [fold(w) for w in words(phrase) if fold(w) != "the"]
    return bool(principal) and (said in _principal_words(principal) or (after_principal and said in (["he"], ["she"])))


def opens_with(sentence: str, principal: str) -> bool:
    """True when a sentence opens with the principal's title ("The Secretary-General ...", "The High Commissioner, ...")."""
    opening = [fold(w) for w in words(sentence)[:12] if fold(w) != "the"]
    return bool(principal) and any(wanted and opening[: len(wanted)] == wanted for wanted in _principal_words(principal))


def principal_of(title: str) -> str:
    """The principal a spokesperson's title names after "for" ("Spokesperson for the UN High Commissioner for Human
    Rights"), "" when the title is no spokesperson's."""
    m = re.match(r"(?i)(?:deputy\s+)?spokes(?:person|man|woman)\s+(?:for|of|to)\s+(?P<for>.+)", title.strip())
    return m.group("for") if m else ""


_LABEL = re.compile(r"\s*(?:[-•*]\s+)?[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3}:\s+")
"""A roundup's label before a bullet's or a paragraph's words ("- UN: ", "Greek PM: ")."""


_DOCUMENT = r"(?:statement|press\s+release|release|communiqu[eé]|readout)"
_WIRE_DATELINE = re.compile(r"\s*[A-Z][A-Z .’'-]+,[^\S\n]+[^()\n]{1,40}?\([^()\n]{1,60}\)[^\S\n]*[-—–]{1,2}[^\S\n]*")
"""A wire dateline, its place in capitals, its date and the agency in brackets, then a dash with no space after it
("NEW YORK, 6 march 2020 (TATOLI/Agencies)—"): no part of the sentence's subject after it."""


_ACCORDING_TO_DOCUMENT = re.compile(rf"\s*According\s+to\s+an?\s+{_DOCUMENT}\s+(?:issued\s+by|from)\s+[^,\n]{{1,60}},\s+")
"""A head's office's document that opens the sentence ("According to a press release issued by State House yesterday,
President Bio wrote ..."): it relays the subject after it (:data:`_UNNAMED_SPOKESPERSON`), no part of it."""


def unlabelled(sentence: str) -> str:
    """A sentence without the label that opens it ("- UN: Secretary-General Antonio Guterres is ..."), the wire
    dateline (:data:`_WIRE_DATELINE`) or the document that relays its subject (:data:`_ACCORDING_TO_DOCUMENT`)."""
    m = _LABEL.match(sentence) or _WIRE_DATELINE.match(sentence) or _ACCORDING_TO_DOCUMENT.match(sentence)
    return sentence[m.end() :] if m else sentence


_HIS_SPOKESPERSON = re.compile(r"(?:[Hh]is|[Hh]er)\s+((?:\w+\s+)?(?:spokes\w+|press secretary)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
_PRESS_SERVICE = re.compile(r"(?i)(?:the|his|her)\s+press\s+(?:service|office)(?:\s+of\s+the\s+(?:head\s+of\s+state|president|prime\s+minister))?")
"""A person's press service, not named as a body: it relays the person whose name opens the sentence."""
HEADS_OFFICE = (r"(?:State\s+House|Government\s+House|PMO|(?:PM|Prime\s+Minister)(?:[’']s)?\s+Office|President(?:[’']s)?\s+Office"
                 r"|Presidency|Office\s+of\s+the\s+(?:President|Prime\s+Minister))")
"""The seat or office of a head of state or government by its generic name, whose documents relay the head."""
_UNNAMED_SPOKESPERSON = re.compile(r"(?i)an?\s+(?:[\w’'-]+\s+){0,3}spokes(?:man|woman|person)"
                                   r"|(?i:an?\s+statement\s+(?:attributable\s+to|from|by|issued\s+by)\s+(?:his|her)\s+(?:[\w’'-]+\s+)?spokes(?:man|woman|person))"
                                   rf"|an?\s+{HEADS_OFFICE}\s+{_DOCUMENT}|an?\s+{_DOCUMENT}\s+(?:issued\s+by|from)\s+(?:the\s+)?{HEADS_OFFICE}(?:\s+[a-z]+)?")
"""A spokesperson not named after "according to" ("a Downing Street spokesperson"), or their statement, the principal's
own ("..., according to a statement attributable to his spokesman"), or a document of the head's own office ("a PM
Office statement", "a press release issued by State House yesterday"): all relay the person the sentence names as its
subject."""


_NAMED_SPOKESPERSON = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:spokes(?:man|woman|person)|press\s+secretary)"
                                 r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}")
_TALKED = re.compile(r"\b(?:spoke|spoken|talked|speaks|talks)\s+(?:with|to|by)\b")
"""A call or a talk reported of the person who opens the sentence ("Merkel had spoken with ... by telephone")."""


def relaying_voice(phrase: str, verb: str, role: str = "", sentence: str = "") -> str:
    """The spokesperson who relays a principal whose name opens the sentence: a named one of someone's
    ("his spokesperson Stephane Dujarric" -> "spokesperson Stephane Dujarric", or with the name in
    apposition, ``role`` "his spokesman" beside the phrase "Stephane Dujarric"), or one the phrase
    does not name after "according to" ("a Downing Street spokesperson"), or a press service not named
    as a body ("the press service of the head of state"), or a named one after "according to" when the
    ``sentence`` reports a call or a talk of the principal; "" otherwise, and for one not named when the sentence
    before "according to" has neither a speech verb nor a quotation (a plan: the spokesperson's body's, the one test for
    relays)."""
    m = _HIS_SPOKESPERSON.fullmatch(f"{role} {phrase}" if role else phrase)
    if m:
        return m.group(1)
    if verb and _PRESS_SERVICE.fullmatch(phrase):
        return phrase  # "X has held talks ..., the press service of the head of state has reported"
    if verb.lower() == "according to" and _NAMED_SPOKESPERSON.fullmatch(phrase) and _TALKED.search(sentence):
        return phrase  # "X had spoken with Y by telephone, according to government spokesman Z": X's call, Z relays it
    told = sentence[: sentence.lower().rfind("according to")]  # "X will travel ..., according to a spokesperson": a plan
    relays = bool(speech_verbs(told)) or re.search(r"[\"“”«»‘’]", told) is not None or not sentence  # no act of X's, the body's
    return phrase if verb.lower() == "according to" and _UNNAMED_SPOKESPERSON.fullmatch(phrase) and relays else ""


_OFFICE_IN = re.compile(r"(?P<body>(?:[Tt]he\s+)?[A-Z][A-Z0-9]{1,9})\s+(?:in|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
                        r"|(?P<named>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:Cluster|Office|Mission|Bureau|Cent(?:er|re)|Cross|Crescent|Society"
                        r"|Committee|Council|Foundation|Association|Federation|Agency)"
                        r"|(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'-]*){1,6}\s+\([A-Z][A-Za-z]{1,7}\))"
                        r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")
"""A body's office in a place: an acronym's ("UNHCR in Greece"), or a name's whose last word says it is an
office or a body ("the Health Cluster in Gaziantep", "the Reconciliation Center in Hmeimim", "the Red Cross in
Northern Ireland"), or whose acronym in brackets does ("the Ruritanian Relief Organisation (RRO) in Vienna")."""
_BODYS_DOCUMENT = re.compile(r"(?P<body>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[’']s\s+(?:[A-Za-z-]+\s+){0,3}"
                             r"(?:service|tracker|database|data|figures|count|tally|report|estimates?|statement|website|site|portal|app|hotline|helpline)")
"""A body's service or document, maybe named ("OCHA's financial tracking service", "the department's Travelsafe website")."""


_VOICE_IN = re.compile(r"(?P<body>(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){1,3}?(?:spokes(?:man|woman|person)|official|envoy))"
                       r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")


_SERVICE_OF = re.compile(r"(?:[Tt]he\s+)?(?:press|information|consular)\s+(?:service|office|department)\s+of\s+"
                         r"(?P<body>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)")
"""A body's service named after it ("the press service of the Foreign Ministry"): the body speaks by it (LABELS rule 9)."""
_SERVICE_AFTER = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z]{2,6})\s+(?:press|information|consular)\s+(?:service|office|department)")
"""A body's service after its acronym ("the MFA information department"): the body speaks by it (LABELS rule 9)."""
_CONSULAR = re.compile(r"(?:[Tt]he\s+)?consular\s+(?:service|department|section)")
"""A consular service named alone: the foreign ministry's own service, whose country the page tells (LABELS rule 9)."""
_PRESIDENTIAL = re.compile(r"(?:[Tt]he\s+)?[Pp]residential\s+(?:press\s+)?(?:service|office)")
"""The presidency's service by its adjective ("the presidential press service reported"): the presidency, whose country
the page tells (LABELS rule 9, Round 45: a call reported by a press service is its body's)."""


def variant(phrase: str) -> str:
    """The body a variant of its name stands for: an acronym's body without its office's place
    ("UNHCR in Greece"), the body whose service or document it is ("OCHA's financial tracking
    service", "the press service of the Foreign Ministry"; "the consular service" alone is a foreign
    ministry's); a body's voice without the city it speaks in ("A UNHCR spokesperson in Geneva" is
    "A UNHCR spokesperson"); else the phrase."""
    if _CONSULAR.fullmatch(phrase.strip()):
        return "the Foreign Ministry"
    if _PRESIDENTIAL.fullmatch(phrase.strip()):
        return "the Presidency"
    for pattern in (_OFFICE_IN, _BODYS_DOCUMENT, _VOICE_IN, _SERVICE_OF, _SERVICE_AFTER):
        m = pattern.fullmatch(phrase)
        if m:
            return m.group("body") or m.group("named")
    return phrase


def demonym(name: str) -> bool:
    """True for one word that names a nationality or a continent's people, not a person ("European",
    "French"): a nation's adjective, or a word the nation list does not have ending in "-ean"; or
    their plural ("the Russians", "the Turks", "Europeans": a people, LABELS rule 9), maybe described ("Displaced Syrians")."""
    if " " in name.strip():
        last = name.split()[-1]
        return last[-1:] == "s" and last[:-1] != "" and demonym(last)
    if name.endswith("s") and fold(name) not in NATIONS and (NATIONS.get(fold(name[:-1])) or demonym(name[:-1])):
        return True
    nation = NATIONS.get(fold(name))
    return (nation is not None and fold(nation) != fold(name)) or (nation is None and fold(name).endswith("ean"))


_ANNOUNCED = re.compile(r"(?i)\b(?:statement|declaration|communiqu[eé]|conclusions|joint\s+text)\b")
"""A paragraph that announces a statement whose paragraphs follow ("ministers adopted the following statement")."""
_VOICE = re.compile(
    r"[\"“]\s*(?:The\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the))*?)(?:\s+and\s+its\s+[a-z]+(?:\s+[a-z]+)?)?"
    r"\s+(?:strongly\s+|firmly\s+|deeply\s+|once\s+again\s+|also\s+)?"
    r"(?:expresses|reiterates|condemns|rejects|welcomes|calls\s+(?:on|upon|for)|urges|remains?|stands?\s+ready|underlines"
    r"|stresses|reaffirms|recalls|deplores|commends|notes|is\s+(?:deeply\s+)?(?:concerned|determined|committed|alarmed)"
    r"|are\s+(?:deeply\s+)?(?:concerned|determined|committed))\b")
"""A statement's opening that names its author as the subject of a communiqué's verb, in the present:
"The EU and its member states remain determined ...", "The Council strongly rejects ..."."""


_ISSUER_ACRONYM = re.compile(r"(?i:statement|declaration|communiqu[eé])\b[^.\n\"“]*?\((?P<acronym>[A-Z][A-Z&]+[A-Za-z]*)\)")
"""The body an announced statement is of, by the acronym the announcing sentence gives it in brackets after the document
("the communiqué issued at the end of the Meeting of the Conference of Heads of Government of the Caribbean Community
(CARICOM)"): its author (LABELS rule 5, Round 54's summit communiqué of one Conference)."""


def statement_voice(text: str, start: int) -> str:
    """The body a statement speaks as, when ``start`` is in a paragraph that is all one quotation, in a
    run of such paragraphs just after one that announces a statement: the body the run's first
    paragraph opens with, as the subject of a communiqué's verb ("The EU expresses its solidarity"), else the body the
    announcing paragraph gives by its acronym (:data:`_ISSUER_ACRONYM`; "Heads of Government expressed ...", "The
    Conference noted ..." are its members and its organ speaking, one author); "" otherwise.  The statement has one
    author, whatever its later paragraphs call it."""
    end = text.find("\n", start)
    run: list[str] = []
    for line in reversed([line.strip() for line in text[: len(text) if end < 0 else end].split("\n") if line.strip()]):
        if line[:1] in "\"“" and line[-1:] in "\"”" and line.count(line[0]) <= 2:
            run.append(line)
        elif run and _ANNOUNCED.search(line):
            voice = _VOICE.match(run[-1])
            issuer = _ISSUER_ACRONYM.search(line)
            return voice.group("body") if voice else issuer.group("acronym") if issuer else ""
        else:
            return ""
    return ""
