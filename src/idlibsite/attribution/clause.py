"""The attribution clause of a sentence, by hand-written rules (pure).

Given a sentence whose quotations are masked (see
:mod:`idlibsite.sources.statements`), find the phrase that names who speaks:
the subject of a speech verb (``Zhuravlev told reporters``, ``said David
Swanson, a spokesman for ...``), the object of "according to", with an
apposition on either side taken as the role (``Mark Lowcock, the U.N.
humanitarian chief, said``).  Words inside quotations are masked, so a name
inside a quotation never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from idlibsite.attribution.folding import fold
from idlibsite.attribution.agent import PASSIVE, agent
from idlibsite.attribution.apposition import APPOSITION, TIME
from idlibsite.attribution.colonlead import colon_lead
from idlibsite.attribution.inverted import inverted, names_someone
from idlibsite.attribution.german import german_subject
from idlibsite.attribution.reportsin import joint_report, reported_in
from idlibsite.attribution.forms import CROWD, HEADLINE_OPENER, ISSUED_BY, OPENING_PLACE, QUOTED_AFTER_NAME
from idlibsite.attribution.seatthey import seat_speaking
from idlibsite.attribution.translated import OBJECT_PRONOUN, translated_subject
from idlibsite.attribution.plainsubject import untitled
from idlibsite.attribution.toldpress import teller_speaks
from idlibsite.attribution.joinednames import COORDINATED, NAME_RUN, TITLED_PAIR, comma_body
from idlibsite.attribution.subject import MAX_WORDS, PARTY_TAG, subject_phrase
from idlibsite.attribution.wordlists import GENERIC, MESSAGE_NOUNS, NATIONS, ORG_WORDS, PERSON_NOUNS, PORTFOLIOS, QUANTIFIERS, TITLES
from idlibsite.sources.copyverbs import GERMAN_VERBS
from idlibsite.sources.speech import IN_WORDS, MASK, PARTICIPLES, speech_verbs
from idlibsite.sources.framed import framed_subject, stance_subject
from idlibsite.sources.headtags import HEADLINE_TAG, HEADLINE_TAIL, undated
from idlibsite.sources.turns import SECTION_LABELS, key
from idlibsite.sources.unverbed import holder_before
from idlibsite.sources.views import VIEW_VERBS

_OFFICE = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,2}?([A-Z][\w’'-]*)\s+(?:for|of)\s+(?:the\s+)?[A-Z]")
"""A formal office before the name, "Minister for Foreign Affairs X": the title that a first one joins."""
_PORTFOLIO_TITLE = re.compile(r"[A-Z][\w’'-]*\s+(?:Minister|Secretary|Commissioner)\s+[A-Z]")
"""A portfolio, then a minister's title and a name ("Migration Minister X"): a first portfolio joined by "and" shares it."""


@dataclass(frozen=True)
class Clause:
    """The speaker phrase of one speech verb."""

    phrase: str  # who: "Russian Deputy Foreign Minister Sergei Vershinin", "he", "the ministry"
    role: str  # an apposition beside it, "" when none
    verb: str  # the speech verb as written
    at: int = -1  # where the verb starts in the sentence, -1 when not known


_LOWER_BEFORE = re.compile(r"(?:^|(?<=\s))[a-z][\w-]*\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w’'-]+")
"""A word of the speech verbs capitalised between a lowercase word and a capitalised one ("chairman Said Aqil"): a name."""


def clauses(masked: str) -> list[Clause]:
    """The speaker phrase of each speech verb of the sentence, in order."""
    out: list[Clause] = []
    participle = False
    masked = _BULLET.sub(lambda m: " " * len(m.group()), masked)  # "- He said ...": an item of a list
    masked = undated(masked).rjust(len(masked))  # "28. února – The Kremlin says ...": a timeline's date, no part of a subject
    masked = _JOINING.sub(lambda m: " " * len(m.group()), masked)  # "while the navy said ...": a clause cut off a sentence
    masked = _NICKNAME.sub(lambda m: " " * len(m.group()) if re.search(r"\b[A-Z][\w’'-]+\s$", masked[: m.start()]) else m.group(), masked)
    # 'President Joko "Jokowi" Widodo': one name
    verbs = speech_verbs(masked)
    if not verbs and (subject := framed_subject(masked) or stance_subject(masked)):  # "X was less hopeful: "..."": X
        return [Clause(subject, "", "")]  # "In a statement, COSIM « condemns ... »": the subject the frame names
    for i, verb in enumerate(verbs):
        word = verb.group().split()[0].lower()
        before = masked[: verb.start()]
        if before.endswith("-"):
            continue  # "Haftar's so-called army", "a long-awaited deal": a compound adjective, no verb
        if verb.group()[:1].isupper() and _LOWER_BEFORE.search(before) and _NAME_AFTER.match(masked, verb.end()):
            continue  # "Nahdlatul Ulama chairman Said Aqil Siradj calls": a given name, capitalised after a lowercase title
        found: tuple[str, str] | None
        if word == "for":
            found = verb.group("name"), verb.group("role") or ""  # "For the political scientist X, ...": X
        elif word in ("’s", "'s") and holder_before(before):
            found = holder_before(before), ""  # "... after Ankara's announcement that ...": the possessor (:mod:`.unverbed`)
        elif word == "according" or word in ("learned", "learnt"):  # "..., BelTA learned from the press service of X": as "according to"
            found = _according(masked[verb.end() :] if word == "according" else masked[verb.start() + verb.group().lower().index(" from ") + 6 :])
        elif word in ("words", "view", "opinion"):
            possessor = IN_WORDS.search(before)  # "In X's words" / "in the words of X"
            found = (_according(masked[verb.end() :].split("of", 1)[1]) if not possessor
                     else (_possessor(possessor.group()), ""))
        elif _QUOTED_AS.search(before):
            found = _quoted_as(before)  # "X was quoted as saying", "TV quoted X as saying"
        elif word == "called" and _QUOTED_WHAT.search(before):
            found = masked[verb.end() :].split(":")[0].split(MASK)[0].strip(" ,"), ""  # "X quoted what it called a source in Y: "..."": the source
        elif word in ("saying", "telling") and (quotes := _QUOTES.search(before)):
            found = quotes.group(1), ""  # "SANA quotes a military source saying", "quoted X telling the Senate": the one quoted
        elif word in PARTICIPLES and (absolute := _WITH_SAYING.search(before)):
            found = absolute.group(1), ""  # "..., with Energy Minister X saying ...": the noun after "with"
        elif word in PARTICIPLES and (going_on := _GOING_ON.search(before)):
            found = subject_phrase(before[: going_on.start()])  # "The Kremlin keeps saying ...": the subject who keeps at it
        elif word in PARTICIPLES:
            participle = True
            continue  # "Erkhov blamed Turkey, saying ...": the speaker is the main verb's
        elif word not in ("said", "says", "wrote", "added") and _ASIDE_PASSIVE.search(before) and _BY_AGENT.match(masked, verb.end()):
            continue  # "X, asked by reporters, said ...": the one asked, whose speech is the main verb's
        elif purpose := _PURPOSE.search(before):
            found = subject_phrase(before[: purpose.start()])  # "X visited the ministry to convey condolences": the main verb's subject
        elif word in _DIRECTING and _TOLD_TO.match(masked, verb.end()) and not masked.rstrip(" \u2063").endswith((".", "!", "?")):
            continue  # a headline's passive, "be" dropped ("Pinoys in Turkey told to stay away"): its subject is the one told
        elif PASSIVE.search(before) or word == "stands":
            found = agent(masked, verb.start(), verb.end())  # "was accused by ...": never the subject
        elif out and _chained(masked, verb.start(), verb.end()):
            found = out[-1].phrase, out[-1].role  # "Iran Urges Restraint, Says Citizens Safe": the first verb's subject
        elif word == "says" and not out and _AFTER_WORD_COMMA.search(before) and QUOTED_AFTER_NAME.match(masked, verb.end()) \
                and (opener := HEADLINE_OPENER.match(masked)):  # "Seat mourns ..., says Country 'words'": the seat says it
            found = opener.group(1).strip(), ""
        elif not out and _chained(masked, verb.start(), verb.end()) and _ends_lower(masked, verb.end()) \
                and (opener := HEADLINE_OPENER.match(masked)) and opener.end() <= verb.start():
            found = opener.group(1).strip(), ""  # "Gov't monitors ..., says citizens in Turkey safe": the first verb's subject
        elif (lead := _NATION_LEADS.match(masked)) and fold(lead.group(1)) in NATIONS and verb.group()[:1].isupper() \
                and _AFTER_WORD_COMMA.search(masked, lead.end(), verb.start()) and _CLAUSE_AFTER.match(masked, verb.end()):
            found = lead.group(1), ""  # "Myanmar Watches Idlib Crisis, Says Refugee Lessons Hold": the country's second verb
        elif not out and (opened := _QUOTED_FIRST.search(before)) and (before_quotation := subject_phrase(before[: opened.start()])):
            found = before_quotation  # "Burkina Faso «calls on all parties ...» and reaffirms ...": the quotation holds the first verb
        else:
            found = (agent(masked, verb.start(), verb.end()) or inverted(masked, verb.start(), verb.end())
                     or subject_phrase(_AGENCY_DATELINE.sub("", before)) or subject_phrase(before))
        found = (seat, "") if found and found[0].lower() == "they" and (seat := seat_speaking(before)) else found  # "At the Egmont, they"
        found = (untitled(translated_subject(found[0])), found[1]) if found else found  # "Her said:", "Mr. President stressed";
        # a translation's "Name at the briefing", "The Speaker of the ... of Turkey Name" (plainsubject.untitled)
        found = german_subject(*found) if found and word in GERMAN_VERBS else found  # "Man sagt", "Er sagt", "Die Hilfsorganisation X warnt"
        if found and i and found[0].startswith(f"{verbs[i - 1].group()} "):  # "said X, who asked that ...", "said she had asked"
            if out and out[-1].at == verbs[i - 1].start():
                continue  # the first verb's speaker, or words in its clause ("X said she had asked him")
            verb, found = verbs[i - 1], (found[0][len(verbs[i - 1].group()) :].strip(), found[1])  # the first verb's subject
        shared = _SHARED_NATION.search(before, 0, before.rfind(found[0])) if found and found[0] and found[0] in before else None
        if shared and found and _adjective(shared.group(1)) and _adjective(found[0].split()[0]):
            found = f"{shared.group(1)} and {found[0]}", found[1]  # "Russian and Syrian state media insist": both nations', one plural
        if found and found[0]:
            both = COORDINATED.fullmatch(found[0]) or TITLED_PAIR.fullmatch(found[0])
            both = both if both and fold(both.group(1).split()[-1]) not in TITLES else None
            first = both.group(1).split() if both else []  # "Greek Treasury": a nation's adjective, then a portfolio
            portfolio = bool(first) and fold(first[-1]) in PORTFOLIOS and all(fold(w) in NATIONS for w in first[:-1])
            both = None if both and portfolio and _PORTFOLIO_TITLE.match(both.group(2)) else both  # "Asylum and Migration Minister X"
            office = _OFFICE.match(both.group(2)) if both and len(both.group(1).split()) == 1 else None
            if both and office and fold(office.group(1)) in TITLES and fold(both.group(1)) not in NATIONS:
                both = None  # "Tánaiste and Minister for Foreign Affairs X": two titles of one person
            of_body = both and re.search(r"\s(?:of|for)\s", both.group(1)) and not both.group(2).lower().startswith("the ")
            both = None if of_body else both  # "the General Command of the Army and Armed Forces", "the Commissariat for Refugees and Migration": one name
            first_words, second = (both.group(1), both.group(2)) if both else ("", "")
            one = bool(re.fullmatch(r"[a-z]*[^\Ws]s", verb.group().split()[0])) and not second.lower().startswith("the ") and fold(first_words) not in NATIONS
            one = one and bool(ORG_WORDS.intersection(map(fold, second.split()))) and not ORG_WORDS.intersection(map(fold, first_words.split()))
            both = None if one else both  # "The X Family and Social Services Association says": a verb of one subject, the body's name
            both = None if both and _joined_state(found[0]) else both  # "St Vincent and the Grenadines", "Antigua and Barbuda": one country
            # whole across its "and" (not "The Refugee Council and the Y Association", two bodies)
            for phrase in (both.group(1), both.group(2)) if both else (found[0],):
                out.append(Clause(phrase, found[1], verb.group(), verb.start()))
    if len(out) > 1 and out[-1].verb.lower() == "reported" and _REPORTED_LAST.search(masked) and not joint_report(out[0].phrase):
        out.pop()  # "Activists said the village was shelled, Enab Baladi reported": the medium relays them
    if out and (issued := ISSUED_BY.search(masked)):  # "X expresses ..., reads a communiqué issued by the Ministry": its author
        out.append(Clause(issued.group("author"), "", "reads", issued.start() + 2))
    if len(out) > 1 and out[0].verb.lower() in VIEW_VERBS and _TAG_LAST.search(masked, out[-1].at - 70):
        out = out[1:]  # "Dushanbe believes ..., the ministry added": a view held, no earlier act; the teller's (relay test)
    if len(out) > 1 and teller_speaks(out[0].phrase, out[0].verb, out[-1].phrase, masked):
        out = out[1:]  # "Moscow said ..., Kremlin spokesman X told reporters": the named teller's (toldpress)
    citing = _CITING.search(masked) if out and _MEDIUM.search(out[0].phrase) else None
    citing = citing or (_CITING_AFTER.match(masked, out[0].at + len(out[0].verb)) if out and out[0].verb.lower() == "reported" and out[0].at >= 0 else None)
    if citing:  # "the daily Sabah reported ..., citing presidential sources": the medium relays them
        out[0] = Clause(citing.group(1), "", out[0].verb, out[0].at)  # its verb kept: the act it relays (a passive's agent)
    recorded = _RECORDED.match(masked) if out and _MEDIUM.search(out[0].phrase) else None
    if recorded:  # "The centre registered nine violations, TASS reported": the centre's figures, relayed
        out.insert(0, Clause(recorded.group(1), "", out[0].verb))
    puts = None if out else _PUTS_IT.search(masked)
    if puts:  # "As one aid worker puts it, "...""
        out.append(Clause(puts.group(1), "", "puts it"))
    owned = None if out or MASK not in masked else _OWNER_READS.search(masked, 0, masked.find(MASK))
    if owned:  # "President X's message of condolence, displayed at the entrance, reads: "..."": its author's (rule 5)
        out.append(Clause(owned.group("owner"), "", "reads"))
    line = masked[masked.rfind("\n", 0, max(masked.find(MASK), 0)) + 1 :]  # the quotation's own line: not a kicker above it
    kicker = _KICKER.match(line)  # "Migration: Czechia will not ... — interior minister": a topic's word, then a tagged headline
    tail = None if out or participle or not kicker else HEADLINE_TAIL.fullmatch(line, kicker.end())
    colon = None if out or participle or tail or CROWD.search(line) else _COLON.match(line) or _HEADING_COLON.match(line) or HEADLINE_TAG.fullmatch(undated(line).rstrip().removesuffix(".")) or colon_lead(line)
    said = _WHERE_OR_WHAT.sub("", colon.group(1)).split() if colon else []
    if said and said[-1].islower() and fold(said[-1]) not in PERSON_NOUNS | TITLES | GENERIC | ORG_WORDS:
        colon = None  # "Moscow reacts to Kyiv's statement: "..."": a headline's clause, no name before its colon
    if colon and not _NOT_LEAD.match(colon.group(1)) and key(colon.group(1)) not in SECTION_LABELS:  # "Erdogan: "We will not step back."" (a name, a colon, the quotation; a timeline's "Name: words." with its stop)
        out.append(Clause(_WHERE_OR_WHAT.sub("", colon.group(1)), (colon.group(2) or (colon.group(3) if colon.re is _COLON else "") or "") if colon.re.groups > 1 else "", ":"))
    tail = tail or (None if out or participle else HEADLINE_TAIL.fullmatch(line))
    if tail and key(tail.group("tag")) not in SECTION_LABELS:  # "India hopes for durable peace: MEA": a heading's words, then whose
        out.append(Clause(tail.group("tag")[:1].upper() + tail.group("tag")[1:], "", ":"))  # "... - govt": as "Govt"
    signed = None if out else _SIGNED.match(masked)
    if signed:  # '"We will hold the line." -- Defence Minister Ada Quill': a sidebar's quotation, signed off
        role = signed.group("role") or ""
        out.append(Clause(signed.group("who"), "" if re.match(r"[a-z]+ing\b", role) else role, "--"))
    if participle and not out:
        placed = OPENING_PLACE.match(masked)  # "In Abuja, the Senate adopted a resolution urging": after the place
        subject = f"{masked[placed.end()].upper()}{masked[placed.end() + 1 :]}" if placed else masked
        lead = _LEAD.match(subject)  # "Akar went further, saying ...": the subject of the sentence
        if lead and not _NOT_LEAD.match(lead.group(1)):
            plural = re.match(r"\s+([a-z]+s)\b", subject[lead.end(1):])  # "Chinese officials have ..., saying"
            counted = lead.group(1).split()[0].lower() in QUANTIFIERS  # "Several Egyptian newspapers ran editorials warning"
            who = f"{lead.group(1)} {plural.group(1)}" if plural and (plural.group(1) in GENERIC or counted) else lead.group(1)
            who = re.sub(rf"\s+on\s+{TIME.pattern}$", "", who)  # "Chile on Wednesday joined a group of countries calling for"
            out.append(Clause(who, lead.group(2) or "", "saying"))
    return [Clause(re.sub(r" {2,}", " ", c.phrase), c.role, c.verb, c.at) if "  " in c.phrase else c for c in out]  # a nickname's room


_KICKER = re.compile(r"[A-Z][a-z]+:\s+(?=[A-Z])")
"""A topic's one word and a colon over a headline ("Migration: ", "Ukraine: "): a section's label, no speaker, when the
headline after it is tagged at its end ("... — interior minister": whose the words are, LABELS "Newsletters")."""
_JOINED_STATES = frozenset(fold(state) for state in NATIONS.values() if " and " in state)
"""The countries whose own name has "and" in it ("Antigua and Barbuda", "Saint Vincent and the Grenadines")."""


def _joined_state(phrase: str) -> bool:
    """True when ``phrase`` is the whole name of a country with "and" in it, "St" or "St." for "Saint": one subject, no list
    of two (LABELS "Lists of subjects": not a list, one name with "and" in it)."""
    return re.sub(r"^(?:the\s+)?st\.?\s+", "saint ", fold(phrase.strip())) in _JOINED_STATES


_ASIDE_PASSIVE = re.compile(r"(?:^|,)\s*$")
_BY_AGENT = re.compile(r"\s+by\s+(?!(?:tele)?phone|e-?mail|video|text|letter|message|radio|satellite|videolink|video-link|post\b)")
"""A past participle of speech that opens an aside or the sentence, then its agent ("X, asked by reporters at the
ministry, said ...", "Questioned by the committee, she said ..."): a passive said of the subject, not the subject's speech;
not how one spoke ("X, 34, said by phone that ...")."""
_DIRECTING = frozenset("told asked advised urged ordered warned".split())
_TOLD_TO = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|reporters|journalists|me|us|him|them)\b)[a-z]+")
"""A verb of telling someone to do something, "to" and an infinitive right after it: the past participle of a passive
that a headline writes without "be" ("Citizens told to leave"), never the active ("told reporters", "told to the press")."""
_JOINING = re.compile(r"^\s*(?:[Aa]nd|[Bb]ut|while|whereas)\s+|^\s*(?:When|After|Once|Before|Whenever)\s+(?=(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s[^,]*$)")
"""The conjunction that opens a clause cut off its sentence (:func:`idlibsite.sources.statements.find_passages`), a
sentence's opening "And" or "But" ("And the Freie Presse concludes: ..."), a
conjunction of time before a pronoun too ("When I told my students about the war" of "..., one of them asked"): no
part of its subject."""
_QUOTED_FIRST = re.compile(rf"\s*{MASK}[{MASK}\s]*\s+and\s+$")
"""A quotation right after the subject, then "and" before the speech verb: the quotation holds the subject's first verb
("X «calls on all parties ...» and reaffirms ..."), and the second verb has the same subject."""
_NICKNAME = re.compile(r"(?<=\s)(?:\u2063{3,16}|[\"“][A-Z][\w’'-]+[\"”])(?=\s+[A-Z][\w’'-]+)")
"""A short quotation between two words of a name, masked or a word in quotation marks, a nickname ('President Joko
"Jokowi" Widodo'): no part of the name (LABELS), which it would cut (only with a capitalised word before it, see
:func:`clauses`)."""
_TAG_LAST = re.compile(r",\s+[^,;:\u2063]{1,60}?\s+(?:said|says|added|adds|stressed|noted)\s*[.!]?\s*$")
"""A sentence's closing tag ("..., the ministry added."): whose the sentence before it is."""
_REPORTED_LAST = re.compile(r",\s+[^,;:\u2063]{1,60}?\s+reported\s*[.!]?\s*$")
"""A medium's clause that closes the sentence, after the speaker's own."""
_CITING = re.compile(r",\s+citing\s+([^,.;:\u2063]+?)\s*[.;]?\s*$")
"""A medium's source named at the end of the sentence."""
_AGENCY_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'-]{2,},\s+[^—–()\n]{0,30}\([A-Z][\w/ ]{1,20}\)|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?,\s*[A-Z]{2,}"
                              r"|(?:(?!The\b)[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}(?:,?\s+[^—–()\n]{0,30}?\d[^—–()\n]{0,20}?)?\s*)?\([A-Z][\w/ .’'-]{1,30}\)\.?"
                              r"|(?!The\b)[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3},\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+[A-Z]{2,6}\.)\s*[—–-]{1,2}\s*(?=[A-Z])")
"""An agency's dateline left at the sentence's start ("DILI, 6 march 2020 (TATOLI)—"; a place and a state agency's
acronym, its dash often unspaced: "Tehran, IRNA- Iran's Foreign Ministry"; a place and a date in any order, the agency
in brackets, a stop before the dash as the Spanish and French services write it: "Guatemala, 3 Mar (AGN).- ", "Kinshasa,
3 March 2020 (ACP).- ", "Mogadishu (SONNA)- ", "Caracas, 29 Feb. AVN.- "): no part of the subject."""
_CITING_AFTER = re.compile(r"(?:\s+(?:on\s+)?\w+day|\s+(?:late|early)\s+\w+)?,\s+citing\s+([^,.;:\u2063]+?),\s+that\b")
"""The source a report cites right after its verb ("X reported on Tuesday, citing sources in the government, that ..."):
the medium relays them, whatever its name (LABELS rule 4: anonymous sources are nobody)."""
_SHARED_NATION = re.compile(r"\b([A-Z][a-z]+)\s+and\s+$")
"""A nation's adjective and "and" right before a subject that opens with another's, the head shared ("Russian and Syrian
state media"): one plural subject of two nations' bodies, nobody named (LABELS "Lists of subjects", Round 54)."""


def _adjective(word: str) -> bool:
    """True when ``word`` is a nation's adjective ("Russian"), not its name ("Russia")."""
    nation = NATIONS.get(fold(word))
    return nation is not None and nation.lower() != word.lower()


_BULLET = re.compile(r"^\s*[-•*]\s+")
_PUTS_IT = re.compile(r"(?:^|[,;]\s+|\b)[Aa]s\s+((?:[\w’'.-]+\s+){1,8}?)puts? it\b")
"""``As one aid worker puts it``: the speaker of the quotation that follows."""
_QUOTES = re.compile(r"\b(?:quotes|quoted|cites|cited)\s+([^,;:\u2063]+?)\s+$")
"""A medium that quotes someone "saying": the quoted one is the speaker."""
_QUOTED_WHAT = re.compile(r"\b(?:quoted|quotes|cited|cites)\s+what\s+(?:it|he|she|they)\s+$")
"""A medium that quotes someone it describes ("quoted what it called a source in the ministry: "...""): the one quoted."""
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?:(.+?)\s+)?as\s+$")
_MEDIUM = re.compile(r"(?i)\b(?:news agency|agency|tv|television|channel|newspaper|daily|radio|broadcaster)\b")
_RECORDED = re.compile(rf"\s*((?:The\s+)?{NAME_RUN}(?:\s+in\s+{NAME_RUN})?)(?:,[^,\u2063]+,)?\s+(?:also\s+)?(?:registered|recorded|counted|documented"
                       r"|logged|announced)\b")
"""A body that registered or announced what a medium then relays."""
_OPENING = r"(?:[«„‹]\s)?"
"""A French guillemet set apart by a space, left outside the masked quotation ("Name : « words »")."""
_COLON = re.compile(rf"\s*(?:(?:A|An|One)\s+(?:[a-z-]+\s+){{0,2}}[a-z]+,\s+(?=[A-Z][\w’'-]*,))?"  # "A nurse, Name, who ...:"
                    rf"((?:[A-Z][\w’'.-]*\s+(?:(?:[a-z]+\s+){{1,2}}(?=[A-Z]))?){{0,4}}{NAME_RUN})(?:,\s+([^:\u2063\n]{{1,120}}?)|\s+\(([^()\u2063\n]{{2,80}})\))?\s*:\s*"
                    r"(?:[a-z][^:;.\u2063\n]{0,40}?\s)?" + _OPENING + "\u2063")
"""A name, maybe its role after a comma or in brackets, a colon, the quotation ("- Anna Berg, Swedish foreign minister: "...",
a "what they're saying" list's "Anna Berg (moderator): "...""), maybe
after a description whose apposition it is ("A nurse, Ahmad, who survived the strike: « ... »"),
maybe a few words of the speaker's before it ("Name, on the phone: the agency is "deeply concerned"")."""
_OWNER_READS = re.compile(r"(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*)[’']s?\s+(?:[a-z-]+\s+){0,2}(?:message|letter|statement|note"
                          r"|telegram|cable|tweet|post)\b[^\u2063:;]{0,120}?\sreads?\s*[:,]?\s*$")
"""A document by its author's possessive, then "reads" and its words ("President X's message of condolence to Y, displayed
at the entrance, reads: "...""): the author's (rule 5, LABELS Round 49)."""
_WHERE_OR_WHAT = re.compile(r"\s+(?:on|at|in|about|after|from|to|with|over)\s+\S.*", re.DOTALL)
"""Where or on what a heading's speaker spoke, after the name ("Berg on the bridge: "..."", "Holm at the border: "...""):
no part of the name."""
_HEADING_COLON = re.compile(r"\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:on|at|in|about|after|from|to|with|over)\s+[^:;\u2063\n]{1,40}?:\s*" + _OPENING + "\u2063")
"""A heading's name and where or on what they spoke, before a colon and the quotation ("Holm at the border: "...""),
where the place is in lowercase words that :data:`_COLON` does not read."""
_WITH_SAYING = re.compile(r"(?:^|,\s+)with\s+((?:the\s+)?[A-Z][^,;:\u2063]*?|(?:[a-z]+\s+){0,2}[a-z]+s)\s+$")
"""An absolute phrase, "with" and the participle's own subject: "..., with Energy Minister X saying ...", "..., with aid
groups warning ..." (a plural of no name: nobody named)."""
_SIGNED = re.compile(rf"\s*{MASK}[{MASK}\s.,]*(?:--|[—–])[^\S\n]*(?P<who>(?:[A-Z][\w’'.-]*\s+(?:[a-z]+\s+){{0,2}}){{0,5}}{NAME_RUN})"
                     r"(?:,\s+(?P<role>[^\n\u2063]{1,120}?))?\s*\.?\s*$")
"""A quotation signed off after a dash by its speaker, a title before the name and what they were doing after it
('"..." -- Russian Foreign Minister Sergei Lavrov, reading the protocol'): a sidebar of quotations."""
_LEAD = re.compile(rf"^\s*((?:He|She|They|We)(?=\s)|(?:The\s+)?(?:[A-Z][\w’'-]*\s+(?:[a-z]+\s+){{1,3}}(?=[A-Z]))?{NAME_RUN}|The\s+[a-z]+)(?:,\s+((?:a|an|the)\s[^,]+|{PARTY_TAG.pattern}),)?\s+(?:also\s+)?[a-z]")
_PURPOSE = re.compile(r"\s(?:[a-z]+ed|went|came|met|rang)\s+(?:[^,;\u2063]{1,60}\s)?to\s+$")
"""A speech verb in an infinitive of purpose after the sentence's main verb ("visited the ministry to convey condolences",
"called Ankara to express ..."): it has no subject of its own; the sentence's subject is its speaker."""
_NOT_LEAD = re.compile(r"(?:In|On|At|After|When|While|As|But|And|Yet|However|Meanwhile|Earlier|Later|Last|This|Then|Now|Finally|Afterwards|Again|Once|Sometimes)\b")


def _possessor(in_words: str) -> str:
    """``In Brandis's words`` -> "Brandis"; ``In his words`` -> "he"."""
    owner = re.sub(r"(?i)^in\s+|[’']s?\s+(?:own\s+)?$", "", in_words).strip()
    return {"his": "he", "her": "she", "their": "they"}.get(owner.lower(), owner)


def _quoted_as(before: str) -> tuple[str, str] | None:
    """``Akar was quoted as saying``, ``quoted by TASS as saying``, ``TASS quoted Akar as saying``; a pronoun quoted
    (``TASS quoted him as saying``) stands for whom its subject form would, as after "according to"."""
    m = _QUOTED_AS.search(before)
    if m is None:
        return None
    if m.group(1) and not m.group(1).startswith("by "):
        return OBJECT_PRONOUN.get(m.group(1).lower(), m.group(1)), ""  # the active form: the quoted person is the object
    subject = re.sub(r"\s+(?:was|were|is|are|has been|had been|have been)\s*$", "", before[: m.start()])
    return subject_phrase(subject)


_CHUNK = re.compile(r"(?:\b(?:Mrs?|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Adm|Brig|Sgt|St)\.\s|\b[HS]\.[^\S\n]?E\.\s|[^,.;:\u2063])*")
"""Words up to the first punctuation, a title's abbreviation point kept ("Mr. Peskov"), and a style of address's
("spokesman H.E. Name", "S.E. Name": an honorific before the name, no end of the phrase)."""


_ISSUED_BY = re.compile(r"[^.;:\u2063]*?\bby\s+((?:the\s+)?[A-Z][^,.;:\u2063]*?)\s*(?=\s(?:through|on|in|via)\b|[,.;:]|$)")
"""The issuer after a document's participle: ``..., by the Response Coordination Group through ...``."""


def _according(after: str) -> tuple[str, str] | None:
    chunk = comma_body(after.strip()) or _CHUNK.match(after).group().strip()  # type: ignore[union-attr]
    issuer = _ISSUED_BY.match(after) if re.search(r"\b(?:issued|released|published)$", chunk) else None
    if issuer:  # "according to a statement issued, on 19 February, by the group": the group's statement
        return f"{chunk} by {issuer.group(1)}", ""
    parts = [p.strip() for p in re.split(r"\s*,\s*", after.split(MASK)[0]) if p.strip()]
    last = len(parts) == 2 and re.match(r"(?:its|his|her|their)\s", chunk)  # "according to its treasurer, Omar Haddad."
    if (len(parts) > 2 and re.match(r"(?:the|a|an)\s", chunk) or last) and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'-]+\.?", parts[1]):
        return parts[1].rstrip("."), chunk  # "according to the official representative of X, Major General Igor Konashenkov, ...": him
    role = parts[1].rstrip(".") if len(parts) > 1 and APPOSITION.match(parts[1]) else ""
    chunk = reported_in(OBJECT_PRONOUN.get(chunk.lower(), chunk))  # "According to her, ...": she; "reports in X on Monday": X
    figures = _BODY_FIGURES.fullmatch(chunk)
    chunk = f"the {figures.group(1)}" if figures and figures.group(1) in ORG_WORDS else chunk  # "ministry figures": the ministry's
    return (chunk, role) if chunk and len(chunk.split()) <= MAX_WORDS else None


_BODY_FIGURES = re.compile(r"(?:the\s+)?([a-z]+)\s+(?:figures|data|statistics|estimates|numbers)")
"""A body's figures named by its head noun alone, in lowercase: the body named before (a document is its author's)."""


_GOING_ON = re.compile(r"\s+(?:keeps|keep|kept|keeping|continues|continue|continued|goes\s+on|went\s+on|kept\s+on|keeps\s+on)\s+$")
"""A verb of going on before a speech verb's participle ("The Kremlin keeps saying ...", "Ankara continued insisting"):
one predicate, its subject the speaker's."""


def _chained(masked: str, start: int, end: int) -> bool:
    """True when a speech verb of the present opens a headline's second predicate after a comma ("Iran Urges Restraint,
    Says Citizens in Syria Safe"): what follows is a clause, not an inverted subject ("..., Says Erdogan", "..., says
    source"), so the verb shares the subject of the verb before."""
    if not (masked[start:end].lower().endswith("s") and _AFTER_WORD_COMMA.search(masked, 0, start)):
        return False
    said = re.split(r"[,;:\u2063]", masked[end:])[0].strip(" .!?")
    return bool(said) and (not names_someone(said) or _PREPOSITION.search(said) is not None
                           or fold(said.split()[-1]) in MESSAGE_NOUNS)  # "..., Rejects Erdogan Claim": its object


def _ends_lower(masked: str, end: int) -> bool:
    """True when a headline's words after a speech verb end in lowercase, a predicate ("..., says citizens in Turkey
    safe"), not a name or a place that ends a tag ("..., says Erdogan aide in Ankara"), nor an adjunct of time after the
    tag ("..., says Duda after Idlib strike", "..., insists minister as crisis deepens"), nor a role or a body's noun that
    ends a tag ("..., insists defence minister", "..., says embassy"); a sentence of prose, ended by
    its stop, never (its comma's clause is its subject's apposition: "Croatia, which holds ..., says")."""
    said = _ADJUNCT.split(re.split(r"[,;:\u2063]", masked[end:])[0])[0].strip(" .!?").split()
    return bool(said) and said[-1].islower() and fold(said[-1]) not in PERSON_NOUNS | ORG_WORDS and not masked.rstrip(" \u2063").endswith((".", "!", "?"))


_ADJUNCT = re.compile(r"\s(?:after|amid|as|before|during|following|over|ahead\s+of|with|while)\s")
"""Where a headline's tag goes on with a clause or phrase of time ("..., says Duda after Idlib strike")."""


_AFTER_WORD_COMMA = re.compile(r"\w,\s+$")
_NATION_LEADS = re.compile(r"\s*([A-Z][a-z]+)\s+[A-Z][a-z]+s\s")
"""A title-case headline that opens with a country and its verb in the present ("Myanmar Watches ...", no speech verb):
a verb in capitals after its comma ("..., Says ...") is that country's second predicate, not an inverted tag, when a clause
follows it (:data:`_CLAUSE_AFTER`: "..., Says Erdogan" names the speaker)."""
_CLAUSE_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+)*(?:(?:Is|Are|Was|Were|Will|Would|Can|Could|Must|Should|Hold|Holds|Remain|Remains|Have|Has"
                           r"|Had|Not)\b|(?!(?:after|with|from|during|before|amid|over|following|ahead)\b)[a-z]{3,}\b)")
_PREPOSITION = re.compile(r"\s(?:in|on|at|to|after|during|from|of|for|with)\s")
