"""Read a speaker phrase (pure): who it names, and how.

A phrase such as ``Russian Deputy Foreign Minister Sergei Vershinin`` or
``Mark Cutts, the U.N.'s deputy regional humanitarian coordinator`` becomes a
:class:`Phrase`: the person's name (after the titles), the role, the
nationality, or an anaphor (``he``, ``the minister``, ``the centre``) to be
resolved against the speakers named before.  Words are compared folded
(:mod:`.folding`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from idlibsite.attribution.countries import CAPITALS, DEMONYMS, SPELLED
from idlibsite.attribution.fieldand import field_after_and
from idlibsite.attribution.folding import fold, plural, strip_article, words
from idlibsite.attribution.headnoun import place_named
from idlibsite.attribution.names import STATE_FORMS, UPPER, cut_inside, head_of, last_run, member_heading, member_of, person_at, patronymic, spelled_name, title_cut, title_like, unit_of, whole_name
from idlibsite.attribution.officeof import office_of, office_role
from idlibsite.attribution.plurals import kind_named, names_nobody, plural_name
from idlibsite.attribution.phrasetrim import trimmed
from idlibsite.attribution.royals import royal_name
from idlibsite.attribution.joinednames import comma_body
from idlibsite.attribution.subject import GAVE_NAME
from idlibsite.attribution.wordlists import (
    CONNECTORS,
    GENERIC,
    KIN,
    LONGEST_NAME,
    MISSIONS,
    NATIONS,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    QUANTIFIERS,
    TITLES,
)


@dataclass(frozen=True)
class Phrase:
    """What a speaker phrase says about who is speaking."""

    text: str  # the phrase as written
    name: str  # a person's or a body's name, "" for an anaphor or nobody in particular
    person: bool  # the name (or anaphor) is a person's
    role: str  # title or apposition ("Deputy Foreign Minister"), "" when none
    nation: str  # country named or implied ("Russia"), "" when none
    anaphor: str  # head word of "he", "the minister", "the centre"; "" when the phrase names
    generic: bool  # names nobody in particular ("diplomats", "a senior Turkish official")
    owner: str  # "X's spokesman": X; "" otherwise


def read_phrase(text: str) -> Phrase:
    """The parts of a speaker phrase."""
    text = trimmed(text)  # spaces, openers, postnominals, initials, suffixes: no part of whom it names (:mod:`.phrasetrim`)
    royal = royal_name(text)
    if royal:  # "His Majesty King Mohammed VI": the name, the style and title no part of it (:mod:`.royals`)
        return Phrase(text, royal[0], True, royal[1], "", "", False, "")
    office = _BODY_OFFICE.fullmatch(text)
    if office and (ORG_WORDS.intersection(words(office.group(1))) or re.fullmatch(r"[A-Z]{2,6}", office.group(1))):
        return read_phrase(office.group(1))  # "the X Organization's regional office in Nairobi": the body (LABELS rule 9)
    honorific = _HONORIFIC.fullmatch(text)
    if honorific and honorific.group(2):  # "His Highness the Amir": the one the page names with the title (:mod:`.cast`)
        return Phrase(text, "", True, f"the {honorific.group(2)}", "", fold(honorific.group(2)), False, "")
    if honorific:  # "His Majesty said": the one the page names with a title it honours (:mod:`.cast`), else as "he"
        return Phrase(text, "", True, text, "", "he" if honorific.group(1).lower() == "his" else "she", False, "")
    numbered = _IDENTIFIER.search(text)
    if numbered and fold(text[: numbered.start()].split()[-1]) in PERSON_NOUNS:
        text = text[: numbered.start()]  # "Senior State Department Official One": an anonymous role told apart, no name
    text = _DESCRIPTION.sub(r"\1", text)  # "the Britain-based Syrian ...", "The opposition Orient TV": a description
    official = re.fullmatch(r"[Oo]fficial\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)", text)
    if official and fold(official.group(1)) in CAPITALS.keys() | NATIONS.keys():
        text = official.group(1)  # "Official Baku", "official Ankara": the capital or country as its state, by its name
    given = GAVE_NAME.search(text) if re.search(r"\b(?:who|identified)\s", text) else None
    if given:  # "a resident of the city who gave his name as Abu Omar": the name he gives (LABELS, round 27)
        return read_phrase(given.group(1))
    text = _RELATIVE.split(text)[0]  # "a European diplomat who has followed the talks", "factions backed by Turkey"
    usual = _USUAL_NAME.search(text)
    described = text[: usual.start()] if usual else ""  # "the Italian foreign ministry (the Farnesina)": the body's usual name; a body
    last = fold(described.split()[-1]) if described.split() else ""  # in lowercase words only, no name but the brackets' ("... and co-operation (Dirco)")
    if usual and (last in ORG_NOUNS or last and re.fullmatch(r"[a-z][a-z\s-]*", described) and last not in PERSON_NOUNS | KIN):
        own = strip_article(described).split()
        if all(w[:1].isupper() or w in ("of", "for", "and") for w in own) and set(words(described)) - set(NATIONS) - TITLES - ORG_WORDS:
            return read_phrase(described)  # "the Ruritanian Relief Agency (Socorro)": a name, its local one after it
        nation = next((NATIONS[f] for f in map(fold, described.split()) if f in NATIONS), "")
        return Phrase(described, usual.group(1), False, strip_article(described), nation, "", False, "")
    acronym_of = _DESCRIBED_ACRONYM.fullmatch(text)
    if acronym_of and fold(acronym_of.group(1).split()[-1]) in ORG_NOUNS:  # "the regime's news agency (SANA)": its acronym
        nation = next((NATIONS[f] for f in map(fold, acronym_of.group(1).split()) if f in NATIONS), "")
        return Phrase(text, acronym_of.group(2), False, strip_article(acronym_of.group(1)), nation, "", False, "")
    text = _COMMANDED.sub("", text) if _BRACKETED.match(text) else text  # "the X Army (XA) of Name": the body, not its commander
    text = _TAG.sub("", text)  # "Sen. Lindsey Graham (R-S.C.)": a party tag, not a part of the name
    party = _PARTY.fullmatch(text)
    if party and not ORG_WORDS.intersection(words(party.group(1))) and "".join(w[0] for w in party.group(1).split()) != party.group(2):
        text = party.group(1)  # "Development Minister Müller (CSU)": a person's party, not a body named by its acronym
    tokens = text.split()
    folded = [fold(t) for t in tokens]
    nation = next((NATIONS[f] for f in folded if f in NATIONS), "")
    if tokens and comma_body(text) == text:  # "Immigration, Refugees and Citizenship Canada": one body's name
        return Phrase(text, strip_article(text), False, "", nation, "", False, "")
    if not tokens:
        return Phrase(text, "", False, "", "", "", True, "")
    if 1 < len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and folded[-1] in _ROLE_ENDS:
        return Phrase(text, "", True, text, nation, folded[-1], False, "")  # "Madison Doctor Says ...": a role, title-cased, no name
    if _MESSAGE.search(text):  # "a voice note sent over WhatsApp": its author unnamed, never the app
        return Phrase(text, "", True, "", nation, "", True, "")
    if _HANDLE.search(text):  # "The Twitter account @SomeHandle": an account known by its handle alone, nobody named
        return Phrase(text, "", False, "", nation, "", True, "")
    for_owner = _FOR_OWNER.match(text) or _DOCUMENT.fullmatch(text)
    capitalised = read_phrase(text[0].upper() + text[1:]) if for_owner and text[:1].islower() and for_owner.group(1).startswith("the ") else None
    if capitalised and capitalised.person and capitalised.name and ORG_WORDS.intersection(words(capitalised.role)):
        return capitalised  # "spokesperson of the Foreign Ministry Mila Petrova": a title in lowercase, then the name
    if for_owner:  # "a spokesman for X", "a statement from X", "a Kremlin readout": the statement is X's
        return Phrase(text, "", True, "spokesman", nation, "", False, for_owner.group(1).strip())
    bracketed = _BRACKETED.fullmatch(text)
    inner = read_phrase(bracketed.group(1)) if bracketed else None
    titled_person = bool(inner and inner.person and inner.name and inner.role and not ORG_WORDS.intersection(words(inner.role)))
    if bracketed and inner and (member_of(bracketed.group(1).split()) or titled_person):
        return inner  # "Dr. Ana Ruiz of the Centre for Peace Studies (CPS)", "Minister of the Interior Jan Tamm (ABC)": the person
    if bracketed:  # "the Union of Medical Care and Relief Organizations (UOSSM)": a body, named without its acronym; a unit "of"
        # its parent with the parent's acronym, by both ("PLO Department of Refugee Affairs")
        return Phrase(text, unit_of(bracketed.group()) or strip_article(bracketed.group(1)), False, "", nation, "", False, "")
    spelled = spelled_name(text)
    if spelled:  # "Humanitarian group Aksi Cepat Tanggap (ACT)": a description, then the body's name its acronym spells
        return Phrase(text, spelled[0], False, spelled[1], nation, "", False, "")
    branch = _BRANCH.fullmatch(text)
    if branch:  # a branch speaks as its body: "the Human Rights Association (İHD) Edirne Branch"
        return Phrase(text, read_phrase(branch.group(1)).name, False, branch.group(2), nation, "", False, "")
    spokesman = _BODY_SPOKESMAN.fullmatch(text)
    if spokesman and any(NATIONS.get(fold(t)) in (None, *_UNIONS) for t in spokesman.group(1).split()):
        # "a State Department spokesperson", "a Downing Street spokesman", "a No 10 spokeswoman": the body
        return Phrase(text, spokesman.group(1).strip(), False, "", nation, "", False, "")
    standing = _POSTED_AT.fullmatch(text)
    inner = read_phrase(standing.group(1)) if standing else None
    if inner and inner.person and inner.name and inner.role[-1:].islower() and fold(inner.role.split()[-1]) in PERSON_NOUNS:
        return replace(inner, text=text)  # "Our reporter Name at the X crossing", "correspondent Name in Y": the person, not the place
    governed = re.fullmatch(r"(.+)[’']s\s+government", text)
    ruler = read_phrase(governed.group(1)) if governed else None
    if ruler and ruler.person and ruler.name and ruler.role and ruler.nation:  # "Chilean President Name's government": the
        return read_phrase(f"the {DEMONYMS.get(ruler.nation, ruler.nation)} government")  # country's government (LABELS Round 60)
    head = folded[-1]
    lower_head = tokens[-1][:1].islower()
    bare = [f for f, t in zip(folded, tokens) if t.lower() not in ("the", "a", "an")]
    if " ".join(bare[1:]) in _NATIONAL_FORCES and bare[0] in NATIONS and nation not in _UNIONS:
        return Phrase(text, strip_article(text), False, "", nation, "", False, "")  # "Greek police", "the Greek coast guard" (LABELS rule 6)
    if len(bare) == 2 and bare[1] == "police" and tokens[-2][:1].isupper() and bare[0] not in _POLICE_KINDS | NATIONS.keys():
        return Phrase(text, strip_article(text), False, "", nation, "", False, "")  # "Toronto police": a place's force, a named local body (LABELS rule 6)
    force_of = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][\w ]+?)\s+of\s+(?:the\s+)?([A-Z].+)", text)
    if force_of and fold(force_of.group(1)) in _NATIONAL_FORCES and force_of.group(2) == nation:
        return Phrase(text, strip_article(text), False, "", nation, "", False, "")  # "the Border Police of Ruritania"
    media = _NATIONAL_MEDIA.fullmatch(text)
    if media and nation and fold(media.group(1)) in NATIONS:
        return Phrase(text, strip_article(text[: media.start("outlets")] if media.group("outlets") else text), False, "", nation, "", False, "")  # "Syrian state media": a national body (LABELS rule 4)
    if tokens[0].lower() == "the" and lower_head and head in GENERIC and head in PERSON_NOUNS and len(tokens) <= 4:
        return Phrase(text, "", True, text, nation, head, False, "")  # "the Kremlin official": the one named before
    owner = re.match(r"(?:([Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|(.+?)[’']s?)\s+(?:(?:official|chief|deputy|own|first|initial|early|latest|preliminary|new)\s+)?"
                     r"(?:press secretary|spokes\w+|office|press office|position|view|data|statement|words|estimates?|figures"
                     r"|information|version|account|transcript|readout|observations|findings|assessment)$", text)
    if owner:  # "Akar's spokesman", "Her office", "the agency's initial observations": the statement is the owner's
        return Phrase(text, "", True, "spokesman", nation, "", False, owner.group(1) or owner.group(2))
    headed = head_of(text, tokens)
    if headed:  # a role of a body, then the name: not "spokesperson" alone, nobody named
        return Phrase(text, headed[0], True, headed[1], nation, "", False, "")
    named_plural = plural_name(text)
    if named_plural:
        return Phrase(text, named_plural, False, "", nation, "", False, "")  # "The Economic Freedom Fighters": a party
    if names_nobody(text, tokens):  # "Doctors in northwest Syria", "a nurse in Atmeh", "Traders"
        return Phrase(text, "", True, "", nation, "", True, "")
    if re.search(r"(?i)\bstate(?:-run)?\s+(?:media|television|tv|radio|news\s+agency|broadcaster)$", text):
        return Phrase(text, "", False, "", nation, "", True, "")  # "state television": no outlet named
    if len(tokens) == 1 and tokens[0].lower() in QUANTIFIERS - {"a", "an"}:
        return Phrase(text, "", True, "", nation, "", True, "")  # "Another said", "One added": one of those named before, nobody named
    if (head in {"he", "she", "it"} or tokens[0] == "They") and len(tokens) == 1:  # "They" opening a sentence: the pronoun ("they"
        # folds to "thei"); a lowercase "they" inside one ("what they called") is its clause's subject's, no one named here
        return Phrase(text, "", head != "it", "", "", tokens[0].lower(), False, "")
    short = len(tokens) <= LONGEST_NAME + 4  # longer: a clause read as a subject, not "diplomats"
    own_name = all(t[:1].isupper() or t in CONNECTORS for t in strip_article(text).split()) and ORG_WORDS.intersection(folded)
    if short and (head in GENERIC and not own_name or plural(tokens[-1])) or (tokens[0].lower() in QUANTIFIERS and lower_head):
        # "officials", but not "the Dutch Council for Refugees": a generic word that ends a body's capitalised name
        return Phrase(text, "", True, "", nation, "", True, "")
    seat_of = _SEATED.fullmatch(text)
    if seat_of and fold(seat_of.group(2)) in CAPITALS and ORG_WORDS.intersection(words(seat_of.group(1))):
        # "the Foreign Ministry in Nur-Sultan": the body where it sits, of the seat's country; "the Ministry in Accra": the
        # ministry named before (LABELS rule 9 and Round 29: a ministry named without its country on a national page)
        body, seat = strip_article(seat_of.group(1)), CAPITALS[fold(seat_of.group(2))]
        if " " not in body or read_phrase(body).nation:
            return read_phrase(seat_of.group(1))
        return read_phrase(f"the {DEMONYMS.get(seat, seat)} {body.title() if body.islower() else body}")
    from_place = _FROM_PLACE.fullmatch(text)
    if from_place and not ORG_WORDS.intersection(words(from_place.group(1))):  # "Sergei from Tver writes": Sergei
        return read_phrase(from_place.group(1))
    run = whole_name(tokens, last_run(tokens))
    member = member_of(run)
    if member:  # "Prof. Eyal Zisser of Tel Aviv University": the person, of the body
        return Phrase(text, member[0], True, member[1], nation, "", False, "")
    held = office_of(text)
    holder = read_phrase(held.holder) if held else None
    role = office_role(held, holder.name, holder.role) if held and holder and holder.person and not holder.anaphor else ""
    if held and holder and role:
        # "State Secretary Name of Justice and Security", "President Name of Ruritania": the office's field or country is
        # the title's, as the title before the name; "Rep. Name of the minor Justice Party", "Name Surname of the X
        # party": the body the person sits for, described or not, titled or not
        return Phrase(text, holder.name, True, role, holder.nation or held.country, "", False, "")
    member = member_heading(text)
    if member:  # "Name of the charity CARE", "Father Name of St Mark's Church in Town": the person, not a name after "of"
        return Phrase(text, member[0], True, member[1], nation, "", False, "")
    at = len(tokens) - len(run)
    if run and at >= 3 and tokens[at - 2] in _PLACE_PREPOSITIONS and re.fullmatch(r"[a-z]+(?:-[a-z]+)?ern", tokens[at - 1]):
        at -= 1  # "in northern Syria", "in north-western Syria": the place with its part
    at -= 1 if run and at >= 3 and tokens[at - 1] in ("The", "the") and tokens[at - 2] in ("in", "to") else 0  # "in The Hague"
    mission = next((i for i in range(at - 2, 0, -1) if fold(tokens[i]) in MISSIONS and (tokens[i + 1] == "of" or tokens[i + 1 : i + 3] == ["General", "of"])
                    and all(t[:1].isupper() or t in ("of", "the", "to") for t in tokens[i + 2 : at - 1])), at - 2)  # "the Embassy of the Republic of Peru in Lima"
    mission -= 1 if mission >= 1 and tokens[mission] == "General" and fold(tokens[mission - 1]) == "consulate" else 0  # "the Consulate General in X"
    by_nation = any(f in NATIONS for f in folded[:mission])  # "the Moroccan embassy in Ankara": a mission by its nation, in any case
    if run and at >= 2 and tokens[at - 1] in ("in", "to") and fold(tokens[mission]) in MISSIONS and (tokens[mission][:1].isupper() or by_nation):
        seated = next((NATIONS[f] for f in folded[: at - 1] if f in NATIONS), "")  # its country, not its seat's
        mission_name = " ".join(t.capitalize() if i == mission else t for i, t in enumerate(tokens))  # its name: "Moroccan Embassy in Ankara"
        return Phrase(text, strip_article(mission_name), False, "", seated, "", False, "")  # "the Ruritanian Embassy in Vienna"
    posted = run[1:] if len(run) > 2 and fold(run[0]) in NATIONS | CAPITALS.keys() else []  # "in Lebanon Lisa Abou Khaled"
    if posted and at >= 2 and tokens[at - 1] == "in" and fold(tokens[at - 2]) in PERSON_NOUNS and tokens[at - 2][:1].islower():
        return Phrase(text, " ".join(posted), True, " ".join(tokens[: at + 1]), nation, "", False, "")  # a title's post, then the name
    if run and at >= 2 and (tokens[at - 1] in _PLACE_PREPOSITIONS or place_named(tokens, at)) and tokens[at - 2][:1].islower():
        body = strip_article(" ".join(tokens[: at - 1])) if folded[at - 2] in ORG_NOUNS and nation else ""
        return Phrase(text, body, False, "", nation, "", False, "")  # "the Iranian military advisory center in Syria"  # "the largest civilian body in Maarat": a place; only an alias may match
    kind = kind_named(tokens)  # "news agency Sana", "the aid organisation People in Need"
    if kind and not any(title_like(t) or fold(t) in PERSON_NOUNS for t in tokens[kind:]):
        return Phrase(text, " ".join(tokens[kind:]), False, strip_article(" ".join(tokens[:kind])), nation, "", False, "")
    if run and lower_head and tokens[-1].lower() in PERSON_NOUNS:
        run = []
    cut = title_cut(run)
    lead = next((i for i, t in enumerate(run) if not (title_like(t) or fold(t) in PERSON_NOUNS)), len(run))
    cut = max(cut, lead) if lead < len(run) else cut  # "Analyst Mira Stein": a role noun that opens the run
    spoke = max((i + 1 for i, t in enumerate(run[:-2]) if t[:1].isupper() and fold(t) in PERSON_NOUNS), default=0)
    cut = max(cut, spoke)  # "Foreign Ministry Spokesperson Daifallah Fayez": a body's role, then the name
    at_for = next((i for i, t in enumerate(run) if t in ("for", "of")), 0)  # "Commissioner for Crisis Management Name Surname"
    field = 0 < at_for < len(run) - 3 and fold(run[at_for - 1]) in PERSON_NOUNS and all(t[:1].isupper() for t in run[at_for + 1 :])
    cut = person_at(run) if field and cut <= at_for + 1 else cut  # the title's field, then the name
    if run and cut == len(run) and fold(run[-1]) in PERSON_NOUNS and len(run) < len(tokens):
        return Phrase(text, "", True, text, nation, fold(run[-1]), False, "")  # "NATO's Secretary General": a role
    # a body's word makes the run a body's name, unless it stands in the title before a
    # person's title: "European Commission President Ursula von der Leyen"; so does a body's name of "of" before
    # "and" ("the Department of Foreign Affairs and Trade": no person "Trade")
    role_noun = [fold(t).split("-")[-1] in PERSON_NOUNS for t in run]  # "Co-Chair": a chair
    titled_at = next((i for i in range(cut, 0, -1) if role_noun[i - 1] or not title_like(run[i - 1])), 0)
    titled = 0 < titled_at and role_noun[titled_at - 1] or field  # "Society Chairman Dr Name": the honorific after the title
    joined = at >= 2 and tokens[at - 1] == "and" and "of" in tokens[: at - 1] and ORG_WORDS.intersection(map(fold, tokens[: at - 1]))
    own = strip_article(text).split()  # "The Republic of Korea Navy": a state's formal name opens a body's, no person's name in it
    stated = len(own) > 3 and fold(own[0]) in STATE_FORMS and own[1] == "of" and not any(fold(t) in PERSON_NOUNS | TITLES for t in own)
    if run and not joined and not stated and not any(fold(t) in ORG_WORDS or fold(t) == "ministry" or t in _INSIDE_BODY for t in (run[cut:] if titled else run)):
        name = patronymic(run[cut:])  # "Erywan bin Pehin Datu ... Mohd Yusof": the father's titles are no part of it
        if name and name[0] in ("of", "for") and fold(run[cut - 1]) in PERSON_NOUNS:  # "the Minister of External Relations": an
            return Phrase(text, strip_article(" ".join(run)), False, "", nation, "", False, "")  # office, no name in it
        if name and not (len(name) == 1 and fold(name[0]) in NATIONS) and fold(" ".join(name)) not in SPELLED and not cut_inside(tokens, name):  # "Viet Nam": a country; "Hand in Hand Relief": one body
            role = " ".join(tokens[: len(tokens) - len(name)])
            portfolio = field_after_and(name, role)  # "Minister of International Relations and Cooperation Name Surname"
            role, name = " ".join([role, *name[:portfolio]]), name[portfolio:]
            return Phrase(text, " ".join(name), True, strip_article(role), nation, "", False, "")
    capitals = [t for t in tokens[1:] if t[:1].isupper() and not _BACKED.search(t)]  # "The Iran-backed group": no name
    described = all(fold(t) in NATIONS for t in capitals)
    if tokens[0].lower() == "the" and lower_head and described and head not in ORG_NOUNS | PERSON_NOUNS:
        return Phrase(text, "", False, text, nation, head, False, "")  # "the Britain-based war monitor"
    org_anaphor = head in ORG_NOUNS and not capitals
    person_anaphor = head in PERSON_NOUNS and all(fold(t) in NATIONS for t in capitals)
    owned = len(tokens) == 2 and tokens[0].lower() in ("his", "her") and org_anaphor  # "His ministry": the minister's own
    if (tokens[0].lower() == "the" or owned) and lower_head and (org_anaphor or person_anaphor):
        return Phrase(text, "", head in PERSON_NOUNS, text, nation, head, False, "")
    if lower_head and head in PERSON_NOUNS:  # "Turkey's defense minister": a role, no name
        return Phrase(text, "", True, text, nation, head, False, "")
    acronym = tokens[-1] if re.fullmatch(r"[A-Z]{3,}", tokens[-1]) else ""
    if not acronym and len([t for t in tokens if t not in CONNECTORS]) > LONGEST_NAME:
        return Phrase(text, "", False, "", nation, "", False, "")  # a clause, not a name: only an alias may match
    name = strip_article(text).split()
    lead = next((i for i, t in enumerate(name) if not t[:1].islower()), 0)
    own = name[lead:-1] if re.fullmatch(r"\([A-Z]{2,}\w*\)", name[-1]) else name[lead:]  # its acronym after it: no part of it
    named = all(t[:1].isupper() or t in CONNECTORS for t in own) and bool(ORG_WORDS.intersection(words(" ".join(own))))
    if lead and named and not (PERSON_NOUNS | _PLACE_PREPOSITIONS).intersection(map(fold, name[:lead])):
        # "the main opposition Republican People's Party (CHP)": a description, then the body's name
        return Phrase(text, " ".join(own), False, " ".join(name[:lead]), nation, "", False, "")
    cut = next((i for i, t in enumerate(name) if t[:1].islower()), len(name))  # "Al-Watan newspaper", "the X rescue group", "the X party": X
    kind_of = bool(name[cut:]) and all(t[:1].islower() and (fold(t) not in ORG_WORDS or t == name[-1] in _KIND_WORDS) for t in name[cut:])
    if kind_of and len(name) - cut == 2 and cut == 1 and name[-1] in _DESCRIBED_KINDS:
        return Phrase(text, "", False, "", nation, "", True, "")  # "Oslo aid charity warns": where it is, what it is; no name
    holder = read_phrase(re.sub(r"[’']s?$", "", " ".join(name[:cut]))) if kind_of and re.search(r"\w[’']s?$", name[cut - 1]) else None
    if holder and holder.person and holder.name and holder.role:  # "President Name's cabinet": the titled holder's, no part of a name
        return Phrase(text, "", True, "spokesman", nation, "", False, holder.text)
    if kind_of and len(name) - cut <= 2 and any(fold(t) not in NATIONS for t in name[:cut]):
        return Phrase(text, " ".join(name[:cut]), False, " ".join(name[cut:]), nation, "", False, "")
    return Phrase(text, acronym or strip_article(text), False, "", nation, "", False, "")


_BACKED = re.compile(r"-(?:based|owned|run|backed|controlled|funded|affiliated|aligned)$")
"""A word that says where a body is based or who owns or backs it ("Britain-based", "Iran-backed"): no part of a name."""
_DESCRIPTION = re.compile(r"^((?:[Tt]he|[Aa]n?)\s+)?(?:(?:[\w.-]+-(?:based|owned|run|backed|controlled|funded|affiliated|aligned)"
                         r"|[Oo]pposition|pro-[\w-]+|anti-[\w-]+)\s+)+(?=[A-Z])")
"""Words that describe a body or a medium before its capitalised name: where it is based, who owns or backs it,
which side it takes ("State-owned Rossiya 1", "the opposition Civic Coalition", "the pro-Kremlin Izvestiya")."""
_IDENTIFIER = re.compile(r"(?<=\w)\s+(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten)|[A-Z]|\d{1,2}|No\.\s*\d{1,2}|#\d{1,2})$")
"""A number or a letter after a role ("Official One", "Senior Official A", "Source 2"): it tells anonymous
speakers apart in a transcript and is no name (LABELS rule 6: "a senior official")."""
_RELATIVE = re.compile(r",?\s+(?:who|whose)\s+|(?<!\bbeen)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare),?\s+(?!(?:issued|released|published"
                       r"|compiled|posted|carried|quoted|cited|reported|signed|shared|circulated)\b)[a-z]{3,}ed\s+by\s+(?=[A-Z])")
"""A relative clause or a participle with "by" and a name after the head: "a diplomat who ...", "factions backed
by Turkey" (not a passive, "has been accused by the West", nor a document's or a source's "released by",
"quoted by", which name whose it is)."""
_USUAL_NAME = re.compile(r"\s*\((?:the\s+)?([A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\)$")
_NATIONAL_MEDIA = re.compile(r"(?i:the\s+)?([A-Z][\w’'-]*)\s+(?i:(?:state(?:-run)?|official|government)\s+)?"
                             r"(?i:media|television|tv|radio|broadcaster|press)(?P<outlets>\s+(?i:outlets|reports))?")
"""A nation's media or state broadcaster speaking in its own name ("Syrian state media", "Turkish media")."""
_FROM_PLACE = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+from\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
"""A person named with the place they write or call from ("Sergei from Tver", a listener's message): the person; a paper
with the city it is published in, after "the" too ("and the Freie Presse from Chemnitz concludes"): the paper."""
_TAG = re.compile(rf"\s*\((?![{UPPER}]{{2,}}\w*\))[^()]*\)$")
"""A bracketed tail that is not an acronym: a party and state tag "(R-S.C.)", "(D-N.Y.)"."""
_DESCRIBED_ACRONYM = re.compile(r"((?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,3}[a-z][\w-]*)\s+\(([A-Z]{2,6})\)")
"""A body described in lowercase words, then named by its acronym in brackets: "the regime's news agency (SANA)"."""
_PARTY = re.compile(rf"((?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]+)\s+\(([{UPPER}]{{2,5}})\)")
"""A name of capitalised words and an acronym in brackets: a body's acronym when it has the name's initials
("Syrian Arab Red Crescent (SARC)"), else a person's party ("Röttgen (CDU)", "Kurz (ÖVP)")."""
_HONORIFIC = re.compile(r"(?:([Hh]is|[Hh]er)\s+(?i:eminence|excellency|holiness|majesty|highness|grace|beatitude)|H\.?[HEM]\.?(?=\s+the\s))"
                        r"(?:\s+the\s+([A-Z][a-z]+))?")
"""An honorific that stands for a person named before ("his eminence"), as "he" or "she" would; with a title after
it ("His Highness the Amir", "Her Majesty the Queen"), the one the page names with that title; abbreviated ("HH the
Amir", "H.E. the President", "HM the King") only with its title, for "HE" alone is also "he"."""
_UNIONS = ("United Nations", "European Union", "NATO")
"""Bodies NATIONS names beside the countries: "a UN spokesman" is the body's, "a Turkish spokesman" nobody's."""
_BODY_SPOKESMAN = re.compile(r"[Aa]n?\s+((?:[A-Z][\w.’'-]*\s+)(?:(?:(?:of|for|and|the)\s+)*(?:[A-Z][\w.’'-]*|\d+)\s+)*"
                             r"(?:(?:government|foreign ministry|defen[cs]e ministry|ministry|army|military|embassy)\s+)?)"
                             r"spokes(?:man|woman|person)")
"""An unnamed spokesperson of a named body: the body speaks ("the Kremlin spokesman" is the one named before), its name
maybe of several words with "of" ("A Department of Home Affairs spokesman", "a Ministry of Defence spokeswoman")."""
_POSTED_AT = re.compile(r"(.+?[a-z]\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:in|at|near|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}")
"""A role, a name, then where the person stands ("Our reporter Name at the X crossing"): the place is no part of the name."""
_HANDLE = re.compile(r"(?:^|\s)@\w+$")
"""A social media handle that ends the phrase: the account is named by it alone (LABELS round 27, accounts and handles)."""
_DESCRIBED_KINDS = frozenset("charity monitor watchdog".split())
"""Kinds of body that a headline gives with a place and no name ("Oslo aid charity warns ..."): a body described."""
_KIND_WORDS = frozenset(("group", "party", "team"))
"""Kinds of body, in lowercase after its capitalised name, that are no part of the name ("the Blue Shield rescue group",
"the opposition Brightway party", "the Aid Coordinators team": Blue Shield, Brightway, Aid Coordinators), unlike
"Labour Party" (capitalised, the name's own word)."""
_MESSAGE = re.compile(r"\b(?:message|note|text|e-?mail|post|video)\s+(?:(?:sent|shared|posted|received)\s+)?(?:over|via|on|through)\s+[A-Z][\w.-]*$")
"""A message named by the medium it went by ("a voice note sent over WhatsApp", "a text via Signal"): the medium says
nothing; the message is its author's, who is not named here (LABELS, round 28: a message of someone unnamed)."""
_NATIONAL_FORCES = frozenset(("police", "coast guard", "coastguard", "navy", "gendarmerie", "border police", "border guard", "border guards"))
"""A nation's force named by its nation's adjective alone ("the Greek coast guard"): a named national body, not an anaphor."""
_POLICE_KINDS = frozenset("riot traffic military secret local state federal border tourist religious municipal city metropolitan national"
                          " regional provincial district county judicial criminal transport railway port airport special security"
                          " morality financial tax civil royal village armed".split())
"""What a capitalised word before "police" may be other than a place's name ("Riot police fired ...", "Local police said")."""
_PLACE_PREPOSITIONS = frozenset("in at near from across inside outside around".split())
_BODY_OFFICE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.-]*)*)[’']s?\s+(?:(?:regional|local|country|field|provincial|district|area)\s+)?"
                          r"(?:office|bureau|branch|headquarters)(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?")
"""A body's office, maybe in a place ("the X Organization's regional office in Nairobi", "UNHCR's office in Athens"):
the body's variant name, the body (LABELS rule 9), when its name has a body's word or is an acronym; not an office
of its own ("the UN's humanitarian office" is OCHA)."""
_SEATED = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and))*|(?:[a-z]+\s+){1,2}ministry))\s+in\s+([A-Z][\w-]+)")
"""A body's capitalised name and its seat after "in" ("the Foreign Ministry in Nur-Sultan", "the Ministry of Health in Accra"),
or a ministry by its field in lowercase words ("the foreign ministry in Dhaka")."""
_BRACKETED = re.compile(rf"((?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|of|for|the|and|on))*)\s+\([{UPPER}]{{2,}}\w*\)")
"""A body's name then its acronym in brackets."""
_BRANCH = re.compile(rf"(.+\s\([{UPPER}][^()]*\))\s+((?:[A-Z][\w’'-]*\s+){{0,3}}(?:Branch|Office|Bureau|Chapter|Section|Division|Unit))")
"""A body's name, its acronym or own name in brackets, then one of its branches: ``the Human Rights
Association (İHD) Edirne Branch``."""
_DOCUMENT = re.compile(r"(?:(?i:the|a|an)\s+)?((?:(?!(?:The|A|An)\s)[A-Z][\w.’'-]*\s+)+"
                       r"(?:(?:government|ministry|army|military|presidency|defen[cs]e|foreign|interior|health|press|news)\s+){0,2})(?:statement|readout|communiqu[eé]|release|figures"
                       r"|data|estimates?|tally|count)(?:\s+(?:of|on|about)\s+(?:the|a|an|its|their)\s+[a-z][\w\s-]*)?")
"""A document named by its author: ``a Kremlin readout``, ``UN figures``, ``Greek government figures``, ``A State House press release``."""
_FOR_OWNER = re.compile(r"(?:(?i:the|a|an)\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|statement|press release|letter|message"
                        r"|post|report|office|press service|figures|data|estimates|readout|communiqu[eé]|(?:parliamentary\s+)?group(?=\s+of\s+the\s+[A-Z]))"
                        r"\s+(?:for|from|of|by|(?:issued|released|published|compiled) by|(?:(?<=man )|(?<=woman )|(?<=person ))(?:at|with))"
                        r"\s+((?:the\s+)?[A-Z].*|the\s+[a-z].*)")
"""A spokesman, a text or a party's group "for", "of" or "by" its owner, a spokesperson "at" or "with" it too ("a
spokesperson at the Foreign Ministry", "a spokeswoman with the X Department"): the owner's ("a statement from X", "the group of
the Party of Progress and Socialism (PPS) called on ...": the party, as a party speaking by its name)."""


_COMMANDED = re.compile(r"(?<=\))\s+of\s+(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+$")
"""A body named with its acronym in brackets, then "of" the person who leads it: whose it is, no part of its name."""
_ROLE_ENDS = frozenset(fold(w) for w in "doctor physician surgeon pediatrician paediatrician nurse mother father veteran teacher".split())
"""Nouns of a person's work or kin that end no one's name: a capitalised phrase ending with one ("Madison Doctor", "A
Boston Doctor", "Punchbowl Mother", a title-case headline's words) is a role, the one the page names for it, never a
person called so."""
_INSIDE_BODY = frozenset("the for and without against".split())
"""Lowercase words inside a body's name, never a person's ("Save the Children")."""
