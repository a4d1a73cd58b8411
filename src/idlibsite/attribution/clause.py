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

from idlibsite.attribution.names import fold, words
from idlibsite.attribution.wordlists import GENERIC, ORG_WORDS, PERSON_NOUNS, TITLES
from idlibsite.sources.speech import IN_WORDS, MASK, PARTICIPLES, speech_verbs

# Words between a subject and its verb: "Erdogan had", "the ministry on Tuesday", "Vershinin also"
_TRAILING = re.compile(
    r"(?:\s+(?:has|have|had|also|earlier|separately|repeatedly|again|later|further|then|previously"
    r"|did not|does not|do not|did|does|would|will|could|would not|will not|however"
    r"|was quoted as|were quoted as|is quoted as"
    r"|on \w+(?: \d+)?|last \w+|in a statement|on Feb\. \d+|\w+ly|meanwhile|instead|too|likewise|in turn"
    r"|himself|herself|itself|themselves"  # "Erdogan himself told": an emphatic pronoun, not a part of the name
    r"|(?:\w+ed|\w+s|went on|did not want|would not|would) to))+\s*$",  # "Peskov declined to say"
    re.IGNORECASE,
)
# Words that start a clause: the subject comes after the last of them
_CLAUSE = re.compile(r".*\b(?:that|after|when|while|but|because|as|since|which|who|what|where|and)(?:\s+|$)", re.DOTALL)
_SKIP = re.compile(
    r"^(?:[a-z]+ing\b|(?:as )?(?:quoted|cited|reported|carried) by|[a-z]+ed (?:by|in|into|under)\b|when|while|if|asked|now|currently|still|formerly|once|himself|herself|who|which|whose|speaking|reporting|writing|citing|in|on|at|during|according|for|of|by|with|from"
    r"|Speaking|Reporting|Writing|Citing|In|On|At|During|For|By|With|From)\b"
)
_TIME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|This|Next|Earlier|Later)\b"
)
_INTRO = re.compile(r"^(?:meanwhile|earlier|separately|later|however|in \w+|under the deal)$", re.I)
_APPOSITION = re.compile(r"^(?:(?:the|a|an)\s+[a-z(]|[a-z]|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.]*[’']s?\s+(?:[A-Z][\w.]*\s+)?[a-z])")
_MAX_WORDS = 24
_AGENT = re.compile(r"\s+(by|in)\s+((?:the\s+)?[A-Z][^,.;:\u2063]*?|the\s+[a-z][a-z ]*?"
                    r"(?:\s(?:of|from|by)\s+(?:the\s+)?[A-Z][^,.;:\u2063]*?)?)(?=\s*(?:[,.;:]|$))")
# "by Dmitry Peskov", "in the Kremlin", "in the statement of the Coastal Guard"
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|stands|stood)\s*$", re.IGNORECASE)
_NOT_SUBJECT = frozenset("when if after before while as once asked because since although then from into".split())
_GAVE_NAME = re.compile(
    r"\b(?:gave (?:his|her|their) (?:first |full )?names? (?:only )?as|identified (?:himself|herself) (?:only )?as|named)\s+"
    r"([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|al-\w+|bin|abu))*)"
)


_FIRST_VERB = re.compile(r"^(.+?,?)\s+(?=(?:also\s+)?(?:[a-z]+ed\b|(?:did|does|do|has|have|had|was|were|is|are)\s+not\b))")
_FIRST_PRESENT = re.compile(r"^(.+?[A-Z][\w’'-]+)\s+(?=[a-z]{3,}[^s\W]s\b)")
"""A name and a present-tense verb: "Minister Notis Mitarachi defends the decision and says"."""
_AGE = re.compile(r"\d{1,3}")
_PARTY_TAG = re.compile(r"[A-Z]-[A-Z][A-Za-z.]{0,6}")
"""A party and state tag between commas after a name ("Sen. Lindsey Graham, R-S.C., ..."): no apposition."""
_RELATIVE = re.compile(r"(?:which|when)\s+(?:then\s+)?((?:the\s+)?((?:[a-z]+\s+){1,3})?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
"""A relative or a "when" clause whose own subject, a name (a title before it), is the speech verb's,
right before it: "..., which Ankara blames on ...", "..., when then prime minister X announced"."""


@dataclass(frozen=True)
class Clause:
    """The speaker phrase of one speech verb."""

    phrase: str  # who: "Russian Deputy Foreign Minister Sergei Vershinin", "he", "the ministry"
    role: str  # an apposition beside it, "" when none
    verb: str  # the speech verb as written
    at: int = -1  # where the verb starts in the sentence, -1 when not known


def clauses(masked: str) -> list[Clause]:
    """The speaker phrase of each speech verb of the sentence, in order."""
    out = []
    participle = False
    masked = _BULLET.sub(lambda m: " " * len(m.group()), masked)  # "- He said ...": an item of a list
    for verb in speech_verbs(masked):
        word = verb.group().split()[0].lower()
        before = masked[: verb.start()]
        if _NEGATED.search(before):
            continue  # "X has not commented": no statement of X's
        if word == "according":
            found = _according(masked[verb.end() :])
        elif word in ("words", "view"):
            possessor = IN_WORDS.search(before)  # "In X's words" / "in the words of X"
            found = (_according(masked[verb.end() :].split("of", 1)[1]) if not possessor
                     else (_possessor(possessor.group()), ""))
        elif _QUOTED_AS.search(before):
            found = _quoted_as(before)  # "X was quoted as saying", "TV quoted X as saying"
        elif word == "saying" and (quotes := _QUOTES.search(before)):
            found = quotes.group(1), ""  # "SANA quotes a military source saying": the source, relayed
        elif word in PARTICIPLES:
            participle = True
            continue  # "Erkhov blamed Turkey, saying ...": the speaker is the main verb's
        elif _PASSIVE.search(before) or word == "stands":
            found = _agent(masked, verb.start(), verb.end())  # "was accused by ...": never the subject
        else:
            found = (_agent(masked, verb.start(), verb.end()) or _inverted(masked, verb.start(), verb.end())
                     or _subject(before))
        if found and found[0]:
            both = _COORDINATED.fullmatch(found[0])
            both = both if both and fold(both.group(1).split()[-1]) not in TITLES else None
            of_body = both and " of " in both.group(1) and not both.group(2).lower().startswith("the ")
            both = None if of_body else both  # "the General Command of the Army and Armed Forces": one name
            for phrase in (both.group(1), both.group(2)) if both else (found[0],):
                out.append(Clause(phrase, found[1], verb.group(), verb.start()))
    if len(out) > 1 and out[-1].verb.lower() == "reported" and _REPORTED_LAST.search(masked):
        out.pop()  # "Activists said the village was shelled, Enab Baladi reported": the medium relays them
    citing = _CITING.search(masked) if out and _MEDIUM.search(out[0].phrase) else None
    if citing:  # "the daily Sabah reported ..., citing presidential sources": the medium relays them
        out[0] = Clause(citing.group(1), "", out[0].verb)
    recorded = _RECORDED.match(masked) if out and _MEDIUM.search(out[0].phrase) else None
    if recorded:  # "The centre registered nine violations, TASS reported": the centre's figures, relayed
        out.insert(0, Clause(recorded.group(1), "", out[0].verb))
    puts = None if out else _PUTS_IT.search(masked)
    if puts:  # "As one aid worker puts it, "...""
        out.append(Clause(puts.group(1), "", "puts it"))
    colon = None if out or participle else _COLON.match(masked)
    if colon and not _NOT_LEAD.match(colon.group(1)):  # "Erdogan: "We will not step back."" (a name, a colon, the quotation)
        out.append(Clause(colon.group(1), colon.group(2) or "", ":"))
    if participle and not out:
        lead = _LEAD.match(masked)  # "Akar went further, saying ...": the subject of the sentence
        if lead and not _NOT_LEAD.match(lead.group(1)):
            plural = re.match(r"\s+([a-z]+s)\b", masked[lead.end(1):])  # "Chinese officials have ..., saying"
            who = f"{lead.group(1)} {plural.group(1)}" if plural and plural.group(1) in GENERIC else lead.group(1)
            out.append(Clause(who, lead.group(2) or "", "saying"))
    return out


_REPORTED_LAST = re.compile(r",\s+[^,;:\u2063]{1,60}?\s+reported\s*[.!]?\s*$")
"""A medium's clause that closes the sentence, after the speaker's own."""
_CITING = re.compile(r",\s+citing\s+([^,.;:\u2063]+?)\s*[.;]?\s*$")
"""A medium's source named at the end of the sentence."""
ANSWER = re.compile(r",\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:claim|charge|accusation|allegation|assertion|suggestion"
                    r"|description|version)|(?:[a-z]+\s+)?(?:claims|charges|accusations|allegations))"
                    r"\s+(?:that\s+|which\s+)?(?!(?:was|is|were|has|had|have|by)\b)")
"""A noun in apposition to what the first speaker said, whose own clause answers it: ``..., a claim
Athens dismissed as "..."``, ``..., accusations Athens has rejected``."""
_CLAUSE_BREAK = re.compile(r"\s*;\s+")
"""A semicolon joins two clauses: a subject never reaches back across it."""
_PREDICATIVE = re.compile(r"(?:[a-z]+ed|close|closer|loyal|near|friendly|hostile|critical|sympathetic|faithful)\s+(?:to|with|of)\s")
"""An adjective phrase set off by commas after a subject (``the daily Al-Watan, close to power,``): its
apposition, never the subject."""
_SAID_THAT = re.compile(r"\S\s+(?:said|says|told)(?:\s+(?!by\b)\S|$)")
_BULLET = re.compile(r"^\s*[-•*]\s+")
_WHEN_FIRST = re.compile(r"^(?:On|Last|This|Early|Late|Later|Earlier)\s+(?:(?:on|in)\s+)?(?:Monday|Tuesday|Wednesday|Thursday"
                         r"|Friday|Saturday|Sunday|week|month|year|morning|evening|night)\s+(?=[A-Z]|(?:he|she|they|it|the)\b)")
"""A time that opens the subject's chunk ("On Sunday Pope Francis"): not part of the subject."""
_PUTS_IT = re.compile(r"(?:^|[,;]\s+|\b)[Aa]s\s+((?:[\w’'.-]+\s+){1,8}?)puts? it\b")
"""``As one aid worker puts it``: the speaker of the quotation that follows."""
_NEGATED = re.compile(r"\b(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?$", re.IGNORECASE)
_QUOTES = re.compile(r"\b(?:quotes|quoted|cites|cited)\s+([^,;:\u2063]+?)\s+$")
"""A medium that quotes someone "saying": the quoted one is the speaker."""
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?:(.+?)\s+)?as\s+$")
_NAME_RUN = r"(?:[A-Z][\w’'.-]*|al-\w+)(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|of|for|the|von|der|de))*"
_COORDINATED = re.compile(rf"((?:the\s+)?{_NAME_RUN})\s+and\s+((?:the\s+)?{_NAME_RUN})")
"""Two names joined by "and" ("Turkey and Russia", "the UN and the Red Cross")."""
_PAIRED = re.compile(rf"((?:the\s+)?{_NAME_RUN})\s+and\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+){{1,3}}?({_NAME_RUN})")
"""A name, "and", and a second one introduced by a possessive ("Lavrov and his Turkish counterpart Mevlut Cavusoglu")."""
_LIST = re.compile(rf"(?:^|,\s+|\b(?:that|when|while|after|as)\s+)((?:the\s+)?{_NAME_RUN}),\s+((?:the\s+)?{_NAME_RUN})"
                   rf"(?:,\s+(?:the\s+)?{_NAME_RUN})*,?\s+and\s+(?:the\s+)?{_NAME_RUN}\s*$")
"""A list of three or more names as a subject ("Britain, France and Germany")."""
_MEDIUM = re.compile(r"(?i)\b(?:news agency|agency|tv|television|channel|newspaper|daily|radio|broadcaster)\b")
_RECORDED = re.compile(rf"\s*((?:The\s+)?{_NAME_RUN}(?:\s+in\s+{_NAME_RUN})?)(?:,[^,\u2063]+,)?\s+(?:also\s+)?(?:registered|recorded|counted|documented"
                       r"|logged|announced)\b")
"""A body that registered or announced what a medium then relays."""
_ACRONYM_NAME = re.compile(rf"(?:[Tt]he\s+)?{_NAME_RUN}(?:\s+and\s+{_NAME_RUN})?\s+\([A-Z][\w-]+\)")
"""A body's whole name with its acronym in brackets, "and" inside it."""
_COLON = re.compile(rf"\s*((?:[A-Z][\w’'.-]*\s+(?:(?:[a-z]+\s+){{1,2}}(?=[A-Z]))?){{0,4}}{_NAME_RUN})(?:,\s+([^:\u2063\n]{{1,120}}?))?\s*:\s*"
                    r"(?:[a-z][^:;.\u2063\n]{0,40}?\s)?\u2063")
"""A name, maybe its role after a comma, a colon, the quotation ("- Anna Berg, Swedish foreign minister: "..."),
maybe a few words of the speaker's before it ("Name, on the phone: the agency is "deeply concerned"")."""
_OF_NAME = re.compile(rf"\b(?:of|for|from|in|by|with)\s+(?:the\s+)?{_NAME_RUN}$")
_INVERTING = frozenset("said says added adds noted notes wrote writes explained asked".split())
_LEAD = re.compile(rf"^\s*((?:He|She|They|We)(?=\s)|(?:The\s+)?(?:[A-Z][\w’'-]*\s+(?:[a-z]+\s+){{1,3}}(?=[A-Z]))?{_NAME_RUN}|The\s+[a-z]+)(?:,\s+((?:a|an|the)\s[^,]+|{_PARTY_TAG.pattern}),)?\s+(?:also\s+)?[a-z]")
_NOT_LEAD = re.compile(r"(?:In|On|At|After|When|While|As|But|And|Yet|However|Meanwhile|Earlier|Later|Last|This)\b")


def _possessor(in_words: str) -> str:
    """``In Brandis's words`` -> "Brandis"; ``In his words`` -> "he"."""
    owner = re.sub(r"(?i)^in\s+|[’']s?\s+(?:own\s+)?$", "", in_words).strip()
    return {"his": "he", "her": "she", "their": "they"}.get(owner.lower(), owner)


def _quoted_as(before: str) -> tuple[str, str] | None:
    """``Akar was quoted as saying``, ``quoted by TASS as saying``, ``TASS quoted Akar as saying``."""
    m = _QUOTED_AS.search(before)
    if m is None:
        return None
    if m.group(1) and not m.group(1).startswith("by "):
        return m.group(1), ""  # the active form: the quoted person is the object
    subject = re.sub(r"\s+(?:was|were|is|are|has been|had been|have been)\s*$", "", before[: m.start()])
    return _subject(subject)


def _agent(masked: str, start: int, end: int) -> tuple[str, str] | None:
    """``was confirmed by Dmitry Peskov``; ``..., emphasized in the center`` (translated Russian)."""
    m = _AGENT.match(masked, end)
    if not m or len(m.group(2).split()) > _MAX_WORDS // 2:
        return None
    before = masked[:start].rstrip()
    passive = _PASSIVE.search(before)
    impersonal = m.group(1) == "in" and (not before or before.endswith(",") or re.search(
        r"\b(?:as|they|it (?:was|is|has been))$", before))  # "it was stressed in the statement of X"
    return (m.group(2), "") if (m.group(1) == "by" and passive) or impersonal else None


_CHUNK = re.compile(r"(?:\b(?:Mrs?|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Adm|Brig|Sgt|St)\.\s|[^,.;:\u2063])*")
"""Words up to the first punctuation, a title's abbreviation point kept ("Mr. Peskov")."""


_ISSUED_BY = re.compile(r"[^.;:\u2063]*?\bby\s+((?:the\s+)?[A-Z][^,.;:\u2063]*?)\s*(?=\s(?:through|on|in|via)\b|[,.;:]|$)")
"""The issuer after a document's participle: ``..., by the Response Coordination Group through ...``."""


def _according(after: str) -> tuple[str, str] | None:
    chunk = _CHUNK.match(after).group().strip()  # type: ignore[union-attr]
    issuer = _ISSUED_BY.match(after) if re.search(r"\b(?:issued|released|published)$", chunk) else None
    if issuer:  # "according to a statement issued, on 19 February, by the group": the group's statement
        return f"{chunk} by {issuer.group(1)}", ""
    parts = [p.strip() for p in re.split(r"\s*,\s*", after.split(MASK)[0]) if p.strip()]
    if len(parts) > 2 and re.match(r"(?:the|a|an)\s", chunk) and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'-]+", parts[1]):
        return parts[1], chunk  # "according to the official representative of X, Major General Igor Konashenkov, ...": him
    role = parts[1].rstrip(".") if len(parts) > 1 and _APPOSITION.match(parts[1]) else ""
    return (chunk, role) if chunk and len(chunk.split()) <= _MAX_WORDS else None


def _inverted(masked: str, start: int, end: int) -> tuple[str, str] | None:
    """``"...," said David Swanson, a spokesman for ...``: the subject after the verb; also after
    reported words (``Aid has stopped, said Jens Laerke, a spokesman.``) when what follows the
    verb is a name, not a clause."""
    before = masked[:start].rstrip()
    if before.endswith((",'", ",’")):
        before = before[:-1]  # "'The camps are full,' said X": a single-quoted quotation (not masked)
    if not (before.endswith(MASK) or before.endswith(",")):
        return None
    quoted = before.rstrip(",").endswith(MASK)
    parts = [p.strip() for p in re.split(r"\s*,\s*", masked[end:].split(MASK)[0].rstrip(" .")) if p.strip()]
    if quoted and len(parts) == 2 and re.match(r"(?:the|a|an)\s+[a-z]", parts[0]) and re.fullmatch(_NAME_RUN, parts[1]):
        return parts[1], parts[0]  # '"...," said the spokesman for the ministry, Hami Aksoy.'
    if not parts or not re.match(r"(?:the |a |an )?[A-Z]" if quoted else r"\S", parts[0]):
        return None
    phrase = re.split(r"\s+(?:in|on|at|to|after|during|from)\s+", parts[0])[0]
    role = parts[1] if len(parts) > 1 and _APPOSITION.match(parts[1]) else ""
    if not quoted:
        if masked[start:end].lower() not in _INVERTING:
            return None  # "..., a nurse, told Al Jazeera": "told" has an object, not a subject, after it
        if not (_names_someone(phrase) and (len(parts) == 1 or _APPOSITION.match(parts[1]) or _SKIP.match(parts[1]))):
            return None
        left = _subject(before)
        if left and left[1]:
            return None  # "Laerke, the OCHA spokesman, said on Tuesday": the subject is before
    return phrase, role


_AUXILIARY = frozenset("will would had has have is are was were can could must may might should did does do".split())


def _names_someone(phrase: str) -> bool:
    """True when a phrase after a verb is a name or a description of a speaker, not a clause:
    ``government spokesman Stelios Petsas``, ``a spokesman for the agency``, not ``Turkey would ...``."""
    tokens = phrase.split()
    if not tokens or len(tokens) > 12 or any(t.lower() in _AUXILIARY for t in tokens) or _TIME.match(tokens[0]):
        return False
    titled = any(fold(t) in PERSON_NOUNS | TITLES for t in tokens)  # "relief coordinator Chidi Okafor"
    if not (tokens[0][:1].isupper() or tokens[0] in ("the", "a", "an") or titled):
        return False  # "said on Tuesday", "told reporters"
    last = tokens[-1]
    if any(t[:1].islower() and t.endswith("ed") for t in tokens):
        return False  # "said the rebels shelled the town"
    return last[:1].isupper() or fold(last) in PERSON_NOUNS | ORG_WORDS | GENERIC | TITLES


def _subject(left: str) -> tuple[str, str] | None:
    """The subject just before a verb, with an apposition around it."""
    left = _CLAUSE_BREAK.split(left.split(MASK)[-1])[-1]  # "...could not be verified; officials put"
    listed = _LIST.search(left)  # "Britain, France and Germany said": the first two, as "A and B"
    if listed and not re.search(r"\b(?:of|for|from|in|by|with)\s*$", left[: listed.start()]):
        return f"{listed.group(1)} and {listed.group(2)}", ""
    if re.search(r"\s(?:and|but|then)\s*$", left) and not re.search(r",\s*(?:and|but|then)\s*$", left):
        first = _FIRST_VERB.match(left) or _FIRST_PRESENT.match(left)  # "Craft visited the border and announced ...", "... but criticized"
        return _subject(first.group(1)) if first else None
    chunks = [c.strip().lstrip("'‘’").lstrip() for c in re.split(r"(?<!\d),|,(?!\d)", left)]  # "...,' Putin said"; not "660,000"
    chunks = [c for c in chunks if not (_AGE.fullmatch(c) or _PARTY_TAG.fullmatch(c))]  # "Abu Ahmad, 55,"
    chunks = [_TRAILING.sub("", " " + c).strip() for c in chunks]
    chunks = [_WHEN_FIRST.sub("", c) for c in chunks]  # "On Sunday Pope Francis voiced": the pope
    chunks = [c for c in chunks if c]
    while len(chunks) > 1 and _INTRO.match(chunks[-1]):
        chunks.pop()  # "The United States, meanwhile, said"
    pronoun = re.fullmatch(r"(?i)(?:in|on|at|during|after|before)\s.*\s(he|she|they)", chunks[-1]) if chunks else None
    pronoun = pronoun or (re.fullmatch(r"(?:which|that|what|whom)\s+(he|she|they)", chunks[-1]) if chunks else None)
    if pronoun:
        return pronoun.group(1), ""  # "In a briefing last week he said", "the deaths, which he said had occurred"
    relative = _RELATIVE.fullmatch(chunks[-1]) if chunks and not left.rstrip().endswith(",") else None
    titled = relative and (not relative.group(2) or fold(relative.group(2).split()[-1]) in PERSON_NOUNS)
    if relative and titled:
        return relative.group(1), ""  # "..., which Ankara blames on ...", "..., when then prime minister X announced"
    while chunks and (_SKIP.match(chunks[-1]) and not re.match(r"(?i)^according to\b", chunks[-1])):
        if re.match(r"(?i)(?:in|on|at|during|for|by|with|from)\b.*\bthat\s+\S", chunks[-1]):
            chunks[-1] = _CLAUSE.sub("", chunks[-1])  # "in a deal that diplomats said"
            break
        named = _GAVE_NAME.search(chunks.pop())  # ", who spoke on condition of anonymity,"
        if named:
            return named.group(1), ""  # "A resident, who gave his name as Abu Khaled, said"
    if not chunks:
        return None
    last = chunks[-1]
    role = ""
    if len(chunks) > 1 and _PREDICATIVE.match(last):
        role, last = last, chunks[-2]  # "the daily Al-Watan, close to power, wrote"
    elif len(chunks) > 1 and _apposition(last, chunks[-2]) and not _INTRO.match(chunks[-2]) and not _THAT.search(last):
        role, last = last, chunks[-2]  # "Mark Lowcock, the U.N. humanitarian chief, said"
    elif len(chunks) > 1 and _APPOSITION.match(chunks[-2]) and re.match(r"[A-Z]", last):
        role = chunks[-2]  # "A spokesman for the agency, Babar Baloch, said"
    elif len(chunks) > 1 and re.match(r"(?:The|A|An)\s+[a-z]", chunks[-2]) and PERSON_NOUNS.intersection(
            words(chunks[-2].split()[1])) and re.fullmatch(_NAME_RUN, last):
        role = chunks[-2]  # "The head of the reconciliation center, Oleg Zhuravlev, reported"
    both = _COORDINATED.fullmatch(last)
    if both and not role and len(chunks) > 1 and re.search(r"\s(?:for|of)\s", both.group(1)) and re.fullmatch(_NAME_RUN, chunks[-2]):
        role, last, both = last, chunks[-2], None  # "Mark Lowcock, Under-Secretary-General for X and Y Coordinator, said"
    if both and len(chunks) > 1 and _OF_NAME.search(chunks[-2]):
        return f"{chunks[-2]}, {last}", role  # "The leaders of France, Germany and Britain": one phrase
    if both and fold(both.group(1).split()[-1]) not in TITLES:  # not "Foreign and Expatriates Minister X"
        return both.group(), role  # "Turkey and Russia said": both speak (clauses() splits them)
    paired = _PAIRED.fullmatch(last)
    if paired and fold(paired.group(1).split()[-1]) not in TITLES:  # "Lavrov and his Turkish counterpart X said"
        return f"{paired.group(1)} and {paired.group(2)}", role
    answer = ANSWER.match(f", {last}")
    if answer:
        last = last[answer.end() - 2 :]  # "..., a claim Athens dismissed": Athens
    if not _ACRONYM_NAME.fullmatch(last):  # "the Union of Medical Care and Relief Organizations (UOSSM)": one name
        last = _CLAUSE.sub("", last).strip()
    if not last or _INTRO.match(last) or len(last.split()) > _MAX_WORDS:
        return None
    if _SAID_THAT.search(last):
        return None  # "Farnesina sources said Italy had asked": a clause inside what was said
    if last.split()[0].lower() in _NOT_SUBJECT | PARTICIPLES:
        return None  # "When asked whether ..., the spokesman said"; "as saying Damascus welcomed": words said
    if not re.match(r"(?:[^\W\d_]|he\b|she\b|it\b|they\b|the\b|a\b|an\b|al-|el-|von\b|his\b|her\b|its\b)", last, re.I):
        return None
    return last, role


_THAT = re.compile(r"\b(?:saying|said|says)\s+that\s")
"""A chunk that reports speech is what was said, not an apposition ("..., SANA, quoted a source as saying that units had")."""


_CAPITAL_ROLE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]*")
_PERSON_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|al-\w+|bin|de|von)){1,3}")


def _apposition(chunk: str, before: str) -> bool:
    """``the U.N. humanitarian chief`` after a short name: a role, not the subject."""
    if _CAPITAL_ROLE.fullmatch(chunk) and fold(chunk.split()[-1]) in PERSON_NOUNS and _PERSON_NAME.fullmatch(before):
        return True  # "Dr Rick Brennan, WHO Regional Emergency Director, said": a capitalised title after a name
    if re.match(r"(?i)^(?:he|she|it|they)$", chunk) or not _APPOSITION.match(chunk):
        return False
    name = [t.strip("()") for t in before.split()]
    if name[:1] == ["the"] and re.match(r"an?\s", chunk):
        name = name[1:]  # "the White Helmets, a group that ...", not a list ("the Kremlin, the Foreign Ministry and ...")
    if _TIME.search(before) or name[0].lower() in ("in", "on", "at", "from", "across", "inside"):
        return False  # "Last October, Russia's defense ministry said"; "In North Macedonia, the Interior Ministry"
    if re.match(r"(?:also |better )?known as\b", chunk):
        return True  # "The Syrian Civil Defense, also known as the White Helmets, said"
    if re.match(r"(?:the|a|an|one\s+of\s+the)\s", chunk):  # after a name, or a spokesman for one ("a spokesman for the Front, a coalition ...")
        return 0 < len(name) <= 7 and _capital(name[-1]) and (_capital(name[0]) or re.match(r"(?i)an?\s+spokes\w+\s+for\s", before) is not None)
    if not PERSON_NOUNS.intersection(words(chunk)):
        return False  # "Still, media have reported": no role, so not an apposition
    run = len(name) - next((i for i, w in enumerate(reversed(name)) if not (w[:1].isupper() or w in ("al", "bin") or w.startswith(("al-", "el-")))),
                           len(name))
    titled = run == 0 or PERSON_NOUNS.intersection(words(" ".join(name[:run])))  # "Political analyst Yevgeny Satanovsky"
    return 0 < len(name) - run <= 4 and bool(titled)


def _capital(token: str) -> bool:
    """A word that can start or end a name: a capital, or "al-"/"el-" and a capital ("al-Hamad")."""
    return token[:1].isupper() or bool(re.match(r"(?:al|el|ad)-[A-Z]", token))
