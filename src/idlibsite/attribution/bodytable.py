"""The page's own table of bodies, and the one matcher of body-like phrases against it (pure; LABELS rule 9, "A ministry
with no country named", "Short names and acronyms in headlines").

The rule: a body is whatever the page names in full as a run of capitalised words with a body's kind among them ("the
Latvian Chamber of Commerce and Industry", "the Slovak Embassy in Ankara", "the Office of the President of Moldova");
every shorter form the page uses for it afterwards is derived from that name, not written as a pattern of its own: its
acronym (the initials of its capitalised words, with or without the nation that opens it, with or without the letters of
"of", as in "MoFA", and of its form with "of" when it is named with its kind last: "MEA" of "External Affairs
Ministry"), its kind alone ("the chamber", "The Chamber", "the embassy in Ankara"), and a piece of it that a reader of
the sentence cut off ("Industry" of "... Commerce and Industry").  A form matches the last body the page named
that it can stand for.  When the page names no such body, the generic names of a country's own bodies ("Ministry of
Foreign Affairs", "Foreign Office", "Federal Government") stand in, with their acronyms derived the same way, and the
page's home country owns them, as it owns "the foreign ministry" and "the government": its home country, else the
country whose people or bodies its headline is about, unless the passage's paragraph names the country of the known
actor those bare words alias.  A bare kind is then not a known actor of another country on a page of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from idlibsite.attribution.context import home_country
from idlibsite.attribution.countries import DEMONYMS, PEOPLES
from idlibsite.attribution.folding import fold, nations_in, strip_article, words
from idlibsite.attribution.fullnames import NOT_OPENING
from idlibsite.attribution.wordlists import MISSIONS, NATIONS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, PORTFOLIOS, TITLES

KINDS = ORG_WORDS | ORG_NOUNS | MISSIONS | frozenset("chamber board bureau secretariat administration bank exchange treasury".split())
"""Head words that make a run of capitalised words a body's name, and whose opening words in sentence case name the
page's one body of that kind ("Central bank says ..." of "the Central Bank of the Republic of Turkey")."""
_CONNECTORS = frozenset("of for and on the".split())
_RUN = re.compile(r"(?:[A-Z][\w’'-]*|al-\w+)(?:\s+(?:(?:of|for|and|on(?!\s+[MTWFS][a-z]+day\b))\s+(?:the\s+)?)?(?:[A-Z][\w’'-]*|al-\w+))*(?:\s+in\s+[A-Z][\w’'-]*)?"
                  r"(?:\s+\((?P<bracket>[A-Z][A-Za-z]{1,7})\))?")
"""A body's full name as a run of capitalised words, maybe joined by "of", "for", "and", "on" (not a day's: "on Sunday"), maybe with its seat
("in Ankara") and its acronym in brackets."""
GENERIC = {"Ministry of Foreign Affairs": "the Foreign Ministry", "Foreign Office": "the Foreign Ministry",
           "Federal Government": "the government"}
"""A country's own bodies by their generic names (their acronyms derived from them), and the bare form a national
page's reader gives them: whose they are, the page's home country tells."""
_BY_NAME = {"Foreign Affairs": "the Foreign Ministry", "ministry of foreign affairs": "the Foreign Ministry",
            "Federal Government": "the government", "federal government": "the government"}
"""The generic names that stand for a country's own body by themselves: a kind in lowercase, or named as a headline's
short form ("Tunisia: Foreign Affairs calls ..."); "the Foreign Office" named in full stays the page's own name."""
_NON_STATE = frozenset(("ngo",))
"""A kind that names a body by what it is not, a state's ("the NGO" written in its capitals): the last body of the page
whose kind is a body's and not a state's."""
STATE_KINDS = MISSIONS | frozenset(
    "ministry government presidency army forces police guard office department directorate authority kremlin party"
    " parliament assembly council headquarters service bank exchange treasury".split())
"""Kinds of a state's own bodies, of a party and of money: none of them an NGO."""
_PEOPLES = frozenset(PEOPLES.values())
"""The adjectives countries' names make ("South African"), which with an "s" name their people: no body's name."""
_ARMED = frozenset("troops soldiers forces jets warplanes drones tanks".split())
"""What a headline names by its nation's demonym when it reports a war abroad, not the page's own country's doings."""


@dataclass(frozen=True)
class Body:
    """A body the page names in full, with the forms derived from its name."""

    name: str  # "Latvian Chamber of Commerce and Industry", "Slovak Embassy in Ankara"
    kind: str  # folded head word: "chamber", "embassy"
    seat: str  # "Ankara" for a mission named with its seat, else ""
    acronyms: frozenset[str]  # upper-cased: "LCCI", "CCI"; "MOFA" and "MFA" for "Ministry of Foreign Affairs"
    bracketed: str  # the acronym the page gives in brackets after the name, "" when none


@dataclass(frozen=True)
class BodyTable:
    """The bodies a text names, in the order it names them, its home country ("" when none), and the country whose
    people or bodies its headline's subject is, by their demonym ("Malaysian NGOs rush aid ...": a weaker sign)."""

    bodies: tuple[Body, ...]
    home: str
    people: str
    portfolios: tuple[str, ...] = ()  # the ministries whose ministers the text titles ("Ministry of Foreign Affairs")

    def owner(self, other: str, near: str) -> str:
        """The country that owns a bare body of the page ("the foreign ministry"): its home country; else the country of
        its headline's people, unless ``near`` (the passage's paragraph and the one before) names ``other``, the country
        of the known actor the bare words alias ("... , Russia's ministry said. The ministry added"); "" when none."""
        named = nations_in(near) if other else set()
        return self.home or ("" if other in named else self.people)


def acronyms(tokens: list[str]) -> frozenset[str]:
    """The acronyms a name's tokens spell: its capitalised words' initials, with or without the nation that opens it,
    with or without the connectors' letters ("MoFA"), or with the letter of "of" only ("MoRR" of "Ministry of Refugees and
    Repatriation")."""
    capitals = [t for t in tokens if t[:1].isupper()]
    spelled = {"".join(t[0] for t in capitals), "".join(t[0] for t in tokens if t != "the"),
               "".join(t[0] for t in tokens if t[:1].isupper() or t == "of")}  # "MoRR" of "Ministry of Refugees and Repatriation"
    if capitals and fold(capitals[0]) in NATIONS:  # "DMW" of "Philippine Department of Migrant Workers"
        spelled |= {s[1:] for s in spelled if len(s) > 2}
    return frozenset(s.upper() for s in spelled if len(s) > 1)


def _body(match: re.Match[str]) -> Body | None:
    """The body a run of capitalised words names, without the words that open a sentence or describe it ("London-based");
    None when it names no body (a title, a person's title before it, one word)."""
    tokens = match.group().split(" (")[0].split()
    while tokens and (NOT_OPENING.fullmatch(tokens[0]) or tokens[0] in _CONNECTORS or re.fullmatch(r"\S+-[a-z]+", tokens[0])):
        tokens = tokens[1:]
    if "and" in tokens and not {"of", "for"} & set(tokens[: tokens.index("and")]):  # "Bulgaria and the Chamber": two names
        return None
    seat = tokens[-1] if len(tokens) > 2 and tokens[-2] == "in" else ""
    named = [fold(t) for t in tokens if t not in _CONNECTORS and t != "in"]
    lead = [fold(t) for t in tokens[: next((i for i, t in enumerate(tokens) if t in _CONNECTORS or t == "in"), len(tokens))]]
    head = [w for w in lead if w in KINDS] or [w for w in named if w in KINDS]
    after = lead[lead.index(head[-1]) + 1 :] if head[-1:] and head[-1] in lead else []
    titled = not lead or bool(set(lead) & (TITLES | PERSON_NOUNS)) and not set(head) & set(lead)  # "President of the Commission": an office
    if len(named) < 2 or (seat and head[-1:] != [w for w in head[-1:] if w in MISSIONS]) or titled or set(after) & PERSON_NOUNS - KINDS:
        return None  # "Ministry Spokesman Name": a person, no body
    if not head and ("on" in tokens or re.search(r"[’']s?\b", " ".join(tokens))):
        return None  # "Syria's Idlib", "Pakistan on Friday"; not "Qatar Charity", "Northern Rescue League"
    if not head and re.sub(r"s$", "", " ".join(tokens[: tokens.index("in")] if seat else tokens)) in _PEOPLES:
        return None  # "South African", "South Africans (in Turkey)": a nation's adjective or its people, no body ("SA" is the country)
    core = tokens[: tokens.index("in")] if seat else tokens
    owned = re.fullmatch(r"(.+?) of (?:the )?(?:Republic of (?:the )?)?(\S+)(?: Republic)?", " ".join(core))  # "Ministry of Foreign
    # Affairs of Ghana" (of the Republic of Ghana, of the Kyrgyz Republic): "MFA" too
    spelled = acronyms(core) | (acronyms(owned.group(1).split()) if owned and fold(owned.group(2)) in NATIONS else frozenset())
    rest = core[1:-1] if fold(core[0]) in NATIONS else core[:-1]
    if len(rest) > 1 and fold(core[-1]) in KINDS and not set(core) & _CONNECTORS:  # "External Affairs Ministry": "MEA",
        spelled |= acronyms([core[-1], "of", *rest])  # the initials of its form with "of", "Ministry of External Affairs"
    return Body(" ".join(tokens), head[-1] if head else named[-1], seat, spelled, match.group("bracket") or "")


@lru_cache(maxsize=8192)
def _named_in(paragraph: str) -> tuple[Body, ...]:
    """The bodies one paragraph names in full, in order."""
    return tuple(b for b in map(_body, _RUN.finditer(paragraph)) if b is not None)


@lru_cache(maxsize=64)
def page_bodies(text: str) -> BodyTable:
    """The table of the bodies ``text`` names in full, in order, with the page's home country (:func:`home_country`)
    and the country of its headline's people (:class:`BodyTable`)."""
    first = text.lstrip().split("\n", 1)[0]
    people = re.match(r"([A-Z][a-z]+)\s+([A-Za-z]+s)\s+[a-z]", first)
    nation = NATIONS.get(fold(people.group(1)), "") if people and fold(people.group(2)) not in _ARMED else ""
    demonym = nation if nation and fold(people.group(1) if people else "") != fold(nation) else ""
    portfolios = tuple(f"Ministry of {m.group(1)}" for m in _MINISTER_OF.finditer(text))
    return BodyTable(tuple(b for paragraph in text.split("\n\n") for b in _named_in(paragraph)), home_country(text), demonym, portfolios)


def _short(phrase: str) -> str:
    """The acronym a short form opens with, maybe after a nation's adjective or before one of its branches: "IRC" of "IRC
    Europe", "MFA" of "Kyrgyz MFA", or the letters of two acronyms joined by "of" ("MFART" of "MFA of RT", a ministry of the
    Republic of Tajikistan: the initials of the name's capitalised words); "" when none."""
    joined = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z]{2,4})\s+of\s+(?:the\s+)?([A-Z]{2,3})", phrase.strip())
    if joined:
        return joined.group(1) + joined.group(2)
    m = re.fullmatch(r"(?:[Tt]he\s+)?(?:([A-Z][a-z]+)\s+)?([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3})(?:\s+[A-Z][a-z]+)?", phrase.strip())
    nation = not m or not m.group(1) or fold(m.group(1)) in NATIONS  # "Kyrgyz MFA": a nation's adjective before it
    return m.group(2) if m and nation and sum(c.isupper() for c in m.group(2)) >= 2 else ""


def body_named(phrase: str, table: BodyTable) -> str:
    """The full name of the body ``phrase`` stands for by its acronym ("ERC", "the FO", "IRC Europe"), by its
    capitalised kind ("The Chamber", "The NGO": a body of no state's; "the Embassy": the last of that kind, whatever its
    seat; alone in a deck's sentence case, "Department says ...") or by its kind and seat ("the embassy in Ankara") or
    its nation's ("Thai embassy" of "the Royal Thai Embassy in Ankara"): the last body of the table that it fits (but a generic acronym of a country, "The MFA of Azerbaijan",
    is that country's body); else, on a page of a home country, the bare form of a country's own body its generic name
    or acronym stands for ("MoFA", "the ministry of foreign affairs" -> "the Foreign Ministry", "FG" -> "the
    government"); a ministry's acronym in its own language (:data:`_TRANSLATED`, "MAE") the page's one ministry, named or
    by its minister's title; "" when none.  An acronym the page gives in brackets is the body's own name on that page, kept as
    it is."""
    owned = _ACRONYM_OF.fullmatch(phrase.strip())  # "The MFA of Azerbaijan": the generic body of the country named after it
    country = NATIONS.get(fold(owned.group(2)), "") if owned else ""
    generic = _BY_LETTERS.get(owned.group(1).upper(), "") if owned else ""
    if country and generic:
        return f"{DEMONYMS.get(country, country)} {strip_article(generic)}"
    acronym = _short(phrase)
    bare = strip_article(phrase.strip())
    by_kind = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][a-z]+)|(?:.*\s)?[Tt]he\s+([a-z]+)\s+in\s+([A-Z][\w’'-]+)", phrase.strip())  # "Department says" in a deck
    kind = fold(by_kind.group(1) or by_kind.group(2)) if by_kind else ""
    seat = by_kind.group(3) or "" if by_kind else ""
    national = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+([A-Za-z]+)(?:\s+in\s+([A-Z][\w’'-]+))?", phrase.strip())
    if national and fold(national.group(1)) in NATIONS and fold(national.group(2)) in MISSIONS:  # "Thai embassy (in Ankara) ..."
        kind, nation, seat = fold(national.group(2)), fold(national.group(1)), national.group(3) or ""
        return next((b.name for b in reversed(table.bodies) if b.kind == kind and nation in words(b.name)
                     and (b.seat == seat or not seat)), "")
    if fold(bare) in _NON_STATE:  # "The NGO called ..." after "the Ruritanian Helsinki Committee said ..."
        return next((b.name for b in reversed(table.bodies) if b.kind in KINDS - STATE_KINDS), "")
    for body in reversed(table.bodies):
        if acronym and (acronym == body.bracketed or acronym.upper() in body.acronyms and not body.bracketed):
            return "" if acronym == body.bracketed else body.name
        if kind in KINDS and body.kind == kind and (body.seat == seat or not seat):
            return body.name
    opening = [fold(w) for w in bare.split()]  # "Central bank" (a deck's sentence case) of "the Central Bank of the Republic
    opened = {b.name for b in table.bodies if len(opening) > 1 and [fold(w) for w in b.name.split()[: len(opening)]] == opening
              and opening[-1] in KINDS  # "Central bank": a kind of body, not a person's name ("Aaron Stein of ...")
              and b.name.split()[len(opening) : len(opening) + 1] == ["of"]}  # of Turkey": the one body its words open
    if len(opened) == 1:
        return opened.pop()
    ministries = {b.name for b in table.bodies if b.kind == "ministry"} or set(table.portfolios)
    if _TRANSLATED.fullmatch(acronym) and acronym not in _BY_LETTERS and len(ministries) == 1:  # "the MAE indicates"
        ministry = ministries.pop()
        if ministry.split()[-1][0] in acronym[1:]:  # its noun's letter ("A" of "Affairs"): not "MSF" beside "Foreign Affairs"
            return ministry
    if not table.home:
        return ""
    return _BY_NAME.get(bare, "") or _BY_LETTERS.get(acronym.upper(), "")


_TRANSLATED = re.compile(r"M[A-Z]{2,4}")
"""A ministry's acronym in its own language, kept by a page in translation ("MAE" of "Ministère des Affaires étrangères",
"MNEC" of "Ministério dos Negócios Estrangeiros e Cooperação"): the M of its kind, then capitals only; no generic English
acronym ("MFA", :data:`_BY_LETTERS`) nor a body's acronym on the page, it stands for the page's one ministry, named in
full or by its minister's title, when one of its letters is the initial of that ministry's last word, the noun a
translation keeps as a word of its own (Affairs: Affaires; Cooperation: Cooperação; Relations: Relaciones) where the
adjectives change (Foreign: Étrangères, Estrangeiros): not "MSF" on a page of a Ministry of Foreign Affairs."""


def spelled_after(short: str, text: str, end: int) -> str:
    """The full name of the body an acronym stands for when it is used before the page spells it out (a live blog's
    heading "MEA says ..." over "The Ministry of External Affairs said ...", "The IRC warned ... The International Rescue
    Committee ..."): the first body of a kind named after ``end``, in the rest of its paragraph or the next, whose
    acronym it is; "" when none, or when the page gives the acronym in brackets after the name (then the body's own name
    on the page, kept as it is, as :func:`body_named` keeps it)."""
    acronym = _short(short)
    stop = text.find("\n\n", text.find("\n\n", end) + 2) if "\n\n" in text[end:] else -1
    after = (b for paragraph in text[end : stop if stop > 0 else len(text)].split("\n\n") for b in _named_in(paragraph))
    body = next((b for b in after if acronym and b.kind in KINDS and acronym.upper() in {*b.acronyms, b.bracketed}), None)
    return body.name if body and acronym != body.bracketed else ""


def cut_from(phrase: str, table: BodyTable) -> str:
    """The full name of the one body of the page whose name holds every word of a capitalised phrase of two words or
    more cut from it ("Tunisia: Foreign Affairs calls ..." of the Ministry of Foreign Affairs), where the letters the page
gives in brackets after the name stand for its words ("RB Border Police" of "the Border Police of Ruritania and
Borduria (RB)"); "" when none or several."""
    bare = strip_article(phrase.strip())
    if not bare[:1].isupper() or len(bare.split()) < 2:
        return ""
    fits = {body.name for body in table.bodies  # the letters the page gave in brackets stand for words of the name
            if set(words(bare)) - set(words(body.bracketed)) < set(words(body.name))}
    return fits.pop() if len(fits) == 1 else ""


_ACRONYM_OF = re.compile(r"(?:[Tt]he\s+)?([A-Z][A-Za-z]{1,3}[A-Z])\s+of\s+(?:the\s+)?([A-Z][a-z]+)")
"""A generic body's acronym, then the country it is of ("the MFA of Azerbaijan"): that country's body."""
_MINISTER_OF = re.compile(r"\bMinister\s+(?:of|for)\s+((?:[A-Z][\w’'-]*\s+(?:and\s+)?)*[A-Z][\w’'-]*)")
"""A minister's title with the portfolio after it ("the Minister of External Relations")."""


def minister_ministry(phrase: str, text: str) -> str:
    """The ministry a ministry's acronym in the French way ("MIN" and letters of its portfolio, in any order: "MINREX",
    "MINFI") stands for when the page spells no body with it but titles a minister of that portfolio ("the Minister of
    External Relations"): "Ministry of External Relations", the last such portfolio whose words' initials are all among
    the acronym's letters after "MIN"; "" when none."""
    acronym = strip_article(phrase.strip())
    if not re.fullmatch(r"MIN[A-Z]{2,6}", acronym):
        return ""
    fits = [m.group(1) for m in _MINISTER_OF.finditer(text)
            if {w[0] for w in m.group(1).split() if w != "and"} <= set(acronym[3:])]
    return f"Ministry of {fits[-1]}" if fits else ""


_BY_LETTERS = {a: form for g, form in GENERIC.items() for a in acronyms(g.split())}
"""The generic names' acronyms ("FO", "MFA", "MOFA", "FG"): derived, not listed."""


def piece_of(phrase: str, sentence: str) -> str:
    """The full name of the body the sentence names of which ``phrase`` is a piece a reader cut off ("Industry" or
    "Latvian Chamber of Commerce" of "the Latvian Chamber of Commerce and Industry said"); "" when none."""
    bare = strip_article(phrase.strip())
    if not bare or not bare[:1].isupper():
        return ""
    kinds = KINDS.intersection(map(fold, bare.split()))
    for body in _named_in(sentence):  # a piece with the body's kind, or all that follows one of its connectors
        piece = re.search(rf"(?:^|\s(?P<after>of|for|and|the)?\s?){re.escape(bare)}(?:\s|$)", body.name)
        if bare != body.name and piece and (kinds or piece.group("after")) and bare.split()[-1] not in _CONNECTORS:
            return body.name
    return ""


def last_of_kind(table: BodyTable, head: str) -> str:
    """The last body of kind ``head`` ("ministry", "chamber") the page names, with its seat for a mission: whom "the
    chamber" stands for when no speaker fits it; "" when none."""
    named = [b for b in table.bodies if b.kind == head or head == "ministry" and ministerial(b)]
    return named[-1].name if named else ""


_MINISTERIAL = frozenset(("office", "department"))
"""Kinds under which a country names a ministry ("the Foreign Office", "the Department of Foreign Affairs")."""
_PORTFOLIO_WORDS = PORTFOLIOS | frozenset("foreign home external affairs".split())
"""The words of a ministry's field in its name ("Foreign", "Home", "Foreign Affairs")."""


def one_ministry(table: BodyTable, home: str) -> str:
    """The one ministry the page named in full under another kind's name ("the Foreign Office", "the Department of
    Foreign Affairs"), of no nation but ``home``'s: whom a bare "the ministry" of the page's country stands for (LABELS
    rule 8, the last fitting body), a name "ministry" does not hold; "" when none or several (a "Foreign Ministry" named
    before is :func:`last_of_kind`'s, within its reach)."""
    named = {b.name for b in table.bodies if ministerial(b) and {NATIONS[w] for w in words(b.name) if w in NATIONS} <= {home}}
    return named.pop() if len(named) == 1 else ""


def ministerial(body: Body) -> bool:
    """True for a ministry under another kind's name, of its field alone, maybe with its nation ("Foreign Office",
    "Department of Foreign Affairs", "Pakistani Foreign Office"): what "the ministry" stands for when the page named it
    so; not "Office for the Coordination of Humanitarian Affairs" or "Office of the President"."""
    said = {w for w in words(body.name) if w not in _CONNECTORS and w not in NATIONS} - {body.kind}
    return body.kind in _MINISTERIAL and bool(said) and said <= _PORTFOLIO_WORDS


def clipped_country(name: str, text: str) -> str:
    """The country a headline's clipped name stands for ("Zim welcomes ..." over a story that names Zimbabwe): the one
    country the text names whose name opens with those letters, "" when the name is no such clipping."""
    if not re.fullmatch(r"[A-Z][a-z]{2,4}", name) or fold(name) in NATIONS:
        return ""
    named = {w for w in re.findall(rf"\b{name}[a-z]+\b", text) if NATIONS.get(fold(w)) == w}
    return named.pop() if len(named) == 1 else ""


def contracted(name: str, text: str) -> str:
    """The word a headline's contraction stands for ("Gov't assures ...", "Govt warns ..." over a story that says
    "Government has ..." or "the government was ..."): the one word of the text that opens with the letters before the
    apostrophe and ends with those after it (capitalised, as the headline's contraction is), or, with no apostrophe, ends with the consonant that closes the name; "" when the name is
    no contraction or the text has no such word, or several."""
    m = re.fullmatch(r"([A-Z][a-z]*)[’']([a-z]+)|([A-Z][a-z]{2,})([b-df-hj-np-tv-z])\.?", name)
    if not m:
        return ""
    opening, ending = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    spelled = {w[0].upper() + w[1:] for w in re.findall(rf"\b(?i:{opening[0]}){opening[1:]}[a-z]+{ending}\b", text)}
    return spelled.pop() if len(spelled) == 1 else ""  # "the government" in the story's prose: "Government", capitalised


def account_of(label: str, table: BodyTable) -> str:
    """The full name of the body whose account an embedded post's sign-off or a tag names by the acronym the page gives
    in brackets and a branch or country after it ("ICRC Kenya" after "the International Committee of the Red Cross
    (ICRC)"): the body as the page names it; "" when the page spells out no such acronym."""
    acronym = _short(label)
    return next((b.name for b in reversed(table.bodies) if acronym and acronym == b.bracketed and b.name != label.strip()), "")


_DESCRIBED_BODY = re.compile(r"(?:[Tt]he\s+)?(?:(?P<nation>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s?)\s+)?(?P<words>[a-z]+(?:\s+[a-z]+){1,4})")
_LINKS = frozenset({"of", "for", "and", "the"})


_PORTFOLIO_KINDS = frozenset(("ministry", "department", "office"))
"""Kinds whose short forms by a portfolio ("Foreign Ministry" of "the Ministry of Foreign Affairs") the page's own
country tells (:data:`GENERIC`, the home country): no mark of one body (:func:`marked_body`)."""


def marked_body(name: str, table: BodyTable) -> str:
    """The body a heading's short name of two words, a mark and a kind, stands for ("Army Command: ..." over "The General
    Command of the Army and Armed Forces said ..."): the one body of the page of that kind whose name has the mark after
    its kind; "" when none or more than one."""
    marked = re.fullmatch(r"([A-Z][a-z]+)\s+([A-Z][a-z]+)", name)
    mark, kind = (fold(marked.group(1)), fold(marked.group(2))) if marked and fold(marked.group(2)) not in _PORTFOLIO_KINDS else ("", "")
    fitting = {b.name for b in table.bodies if b.kind == kind and kind in (w := words(b.name)) and mark in w[w.index(kind) :]}
    return fitting.pop() if len(fitting) == 1 else ""  # the mark after the kind ("Command of the Army"), not before it as in
    # the short name's own order ("Turkish Foreign Ministry" is another body, not "Foreign Ministry" in full)


def in_other_words(phrase: str, table: BodyTable) -> str:
    """The body the page names in full with the same words as ``phrase`` gives it in small letters and another order, after
    its country's possessive ("The Philippines' foreign affairs department" of "the Department of Foreign Affairs (DFA)",
    "Kenya's interior ministry" of "the Ministry of Interior"): the one such body, wherever the page names it, whose
    country (:func:`_country`) is the possessive's; "" when none or more than one."""
    m = _DESCRIBED_BODY.fullmatch(phrase.strip())
    said = set(m.group("words").split()) if m else set()
    nation = fold(m.group("nation")) if m and m.group("nation") else ""
    if not said & KINDS or (nation and nation not in NATIONS):
        return ""
    fits = {b.name for b in table.bodies if {fold(w) for w in b.name.split()} - _LINKS == said
            and (not nation or _country(b, table) == NATIONS[nation])}
    return fits.pop() if len(fits) == 1 else ""


def _country(body: Body, table: BodyTable) -> str:
    """The country whose body a name with no nation in it is ("Department of Foreign Affairs"): the one country of an
    account the page names by the body's acronym and a nation ("DFA Philippines"), else the page's own (its home
    country, else its headline's people); "" when the page tells none."""
    accounts = {NATIONS[w] for b in table.bodies if b.name.split()[0].upper() in body.acronyms
                for w in words(" ".join(b.name.split()[1:])) if w in NATIONS}
    return accounts.pop() if len(accounts) == 1 else table.home or table.people
