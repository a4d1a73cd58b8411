"""The subject of a speech verb, read back from the verb (pure): the speaker phrase before it.

Given the masked words before a speech verb, :func:`subject_phrase` finds who speaks: the last
chunk between commas that can be a subject, with an apposition on either side taken as the role
(``Mark Lowcock, the U.N. humanitarian chief, said``), lists and coordinated names (``Turkey and
Russia said``), a relative clause's own subject (``..., which Ankara blames on ...``); the patterns of names joined by "and"
or commas are in :mod:`.joinednames`. :mod:`.clause` calls it for each speech verb.
"""

from __future__ import annotations

import re

from idlibsite.attribution.apposition import APPOSITION, AUXILIARY, PERSON_NAME, RELATIVE_TIME, TIME, apposition, spells
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.joinednames import (ACRONYM_NAME, COORDINATED, NAME_LIST, NAME_RUN, NAME_WITH_AND, OF_NAME, PAIRED, PLURAL_TITLED,
                                             TITLED_PAIR, comma_body)
from idlibsite.attribution.forms import CALL_ASIDE, PORTFOLIOS_MINISTRY, PORTFOLIOS_NAMED, SHARED_ON, WHERE_ASIDE
from idlibsite.attribution.wordlists import ORG_NOUNS, PERSON_NOUNS, TITLES
from idlibsite.sources.datelines import MONTH
from idlibsite.sources.speech import MASK, PARTICIPLES, SUMMING, speech_verbs

# Words between a subject and its verb: "Erdogan had", "the ministry on Tuesday (March 3)", "Vershinin also", "the embassy in a notice"
_TRAILING = re.compile(
    r"(?:\s+(?:has|have|had|also|both|earlier|separately|repeatedly|again|later|further|then|previously|since|(?<!\bwe\shave\s)(?<!\bthey\shave\s)(?<!\bI\shave\s)(?:so far|always|(?-i:long))"  # not "We have always said": no name
    r"|did not|does not|do not|did|does|would|will|could|would not|will not|however"
    r"|was quoted as|were quoted as|is quoted as"
    r"|on \w+(?: \d+| \([\w ,]{1,20}\))?|last \w+|this (?:week|month|year|morning|afternoon|evening|weekend)|in an? (?:[\w-]+ )?(?:statement|notice|note|tweet|post|letter|message|communiqu[eé]|circular|advisory)|on Feb\. \d+|(?-i:(?!(?:ally|daily|weekly|monthly|fortnightly|quarterly)\b)[a-z]+ly)|meanwhile|instead|too|likewise|in turn|nevertheless|nonetheless|indeed|in fact|once again"
    r"|for (?:his|her|its|their|our|my) part|at (?:an?|the|his|her|its|their) (?:[\w-]+ ){0,2}?(?:briefing|(?:press |news )?conference|meeting|summit|session|rally)"  # "X has for his part called", "X at the briefing called": asides without commas
    r"|in the past|in recent (?:days|weeks|months|years)|for (?:days|weeks|months|years|decades)"  # "X has in the past called"
    r"|himself|herself|itself|themselves"  # "Erdogan himself told": an emphatic pronoun, not a part of the name
    # an adverb in "-ly" is lowercase: "Kelly", "Megally" are names; "ally", "the daily", "the weekly" are nouns
    r"|(?:\w+ed|\w+s|went on|did not want|would not|would) to))+\s*$",  # "Peskov declined to say"
    re.IGNORECASE,
)
_CLAUSE = re.compile(rf".*\b(?:that|after|when|while|but|because|(?:al)?though|as|(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)since(?!\s+(?:\d|{MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|last\s|early\s|late\s))|which|who|what|where|and)(?:\s+|$)",
                     re.DOTALL)
"""Words that start a clause: the subject comes after the last of them; "since" before a year, a month or a weekday is a time
("A refugee living in Leeds since 2016, who ..., said": the refugee; "A clip shared since Monday claims": the clip), and after "has" an adverb ("X has since
called ...": X)."""
SKIP = re.compile(
    r"^(?:[a-z]+ing\b(?!\s+(?:groups|organi[sz]ations|agencies|networks)$)|(?:as )?(?:quoted|cited|reported|carried) by|[a-z]+ed (?:by|in|into|under|across|beside|alongside|behind|opposite|next to)\b|when|while|if|asked|now|currently|still|formerly|once|himself|herself|who|whom|which|whose|speaking|reporting|writing|citing|in|on|at|during|according|for|of|by|with|from|near|outside|inside|along|across|beyond|amid"
    r"|Speaking|Reporting|Writing|Citing|In|On|At|During|For|By|With|From|[A-Z][a-z]{2,}ing\s+(?:to|on|about))\b"
)
_INTRO = re.compile(r"^(?:meanwhile|earlier|separately|later|however|in \w+|under the deal|to (?:its|his|her|their|our) (?:credit|surprise)"
                    r"|to be (?:fair|sure|honest|frank|clear|precise|blunt)|of course|granted|in all fairness"
                    r"|(?-i:[A-Za-z][a-z]{2,}(?:al|ive|ous|ed|ate|ent|ant|ing|ful|less|ic|ab|ib)ly)"
                    r"|as\s.+\s(?:calls?|called|dubs?|dubbed|nicknames?|nicknamed|knows?)\s(?:him|her|it|them))$", re.I)
"""An aside after the subject: "The United States, meanwhile, said", "The veteran, as his critics call him, said", "Our
ministry, to its credit, issued", "The minister, to be fair, told" (the writer's aside, Round 52); or a
sentence adverb before it ("Internationally, the UN chief X appealed", "Domestically, ..."): by its suffix, in one case,
never a name ("Kelly", "Donnelly", "Italy" end otherwise; "McNally" has a capital inside)."""
MAX_WORDS = 24
_NOT_SUBJECT = frozenset("when if after before while as once asked because since although then from into".split())
GAVE_NAME = re.compile(
    r"\b(?:(?:only )?gave (?:only )?(?:his|her|their) (?:first |full |last )?names?(?: only)?(?: as|,)|identified (?:himself|herself) (?:only )?as|named"
    r"|goes by (?:the )?(?:name|nickname|kunya|nom de guerre)(?: of)?|calls (?:himself|herself)"
    r"|(?:asked|wanted|wished) to be (?:identified|named|known) (?:only )?(?:as|by (?:his|her|their) (?:sur|first |last |family )?name,))\s+"
    r"([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|al-\w+|bin|abu))*)"
)
"""Words in which a person described gives a name ("who gave his name as Abu Omar", "who gave only her first name,
Amal", "who asked to be identified only by his surname, Kim", "who goes by the name Abu Khaled", a kunya or a nickname
the person uses): the name the article knows them by (LABELS rule 7)."""


_IRREGULAR_PAST = ("spoke flew went met came made took gave sent held wrote left saw drove rode ran stood sat began brought "
                   "bought kept found heard led struck threw won lost paid chose rose fell drew grew knew shook spent sought "
                   "taught fought caught became broke tore wore hid fled slept woke swore").split()
"""Past forms that do not end in "-ed", for the first verb of a subject's clause ("X flew to the border and called ...")."""
_FIRST_VERB = re.compile(r"^(.+?,?)\s+(?=(?:(?:also|already|still)\s+)?(?:[a-z]+ed\b|(?:did|does|do|has|have|had|was|were|is|are)\s+not\b"
                         rf"|(?:{'|'.join(_IRREGULAR_PAST)})\b))")
_APPOSED = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'-]*,\s*(?:and|but)\s*$")
"""A name in apposition before ", and" ("spoke with the ambassador, Mr Ali Demir, and expressed"): the comma closes it,
and the verb after "and" still shares the first verb's subject."""
_NAMED_ACT_AND = re.compile(rf"^(?:[A-Z][\w’'.-]*\s+){{1,5}}(?:[a-z]+ed|{'|'.join(_IRREGULAR_PAST)})\s[^,]*,\s*and\s*$")
"""A clause of one named subject and its act in the past, no comma inside, then ", and" and a speech verb ("President X
opened the talks by offering his condolences ..., and told his guest"): the comma does not part the second verb from the
first's subject."""
_ACCORDING_ASIDE = re.compile(r",\s+according\s+to\s[^,]+,?\s*$")
"""An aside after the first verb's subject ("X, according to the statement, also spoke with ... and expressed"): the
source of the report, not the subject (LABELS Round 28)."""
_FIRST_PRESENT = re.compile(r"^(.*?[A-Z][\w’'-]+)\s+(?=(?:(?:also|already|still|now)\s+)?(?:[a-z]{3,}[^s\W]s|is\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing)\b)")
"""A name and a present-tense verb, maybe after an adverb, or "is" and an "-ing" form: "X already hosts ... and says", "Vietnam is closely following ... and calls on"."""
_HEADLINE_FIRST = re.compile(r"^((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?=[a-z]{3,}[^s\W]s\b)")
"""A headline's opening subject of one to four capitalised words and its present-tense verb ("Tbilisi offers ...",
"Kuwait sends ..."), before a comma and a second verb that shares the subject."""
_AGE = re.compile(r"\d{1,3}")
_DATE = re.compile(rf"(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH})(?:\s+\d{{4}})?")
"""A date between commas after the day it names ("X on Sunday, March 1, issued ..."): when, never who."""
_DISTANCE = re.compile(r"(?:(?:some|about|around|roughly|nearly|almost|just|only|barely)\s+)?\d[\d,.]*\s*(?:km|kilomet(?:er|re)s|miles|met(?:er|re)s)"
                       r"\s+(?:from|of|outside|away|north|south|east|west|inland)\b.*")
"""Where a place named just before lies ("..., at Gaziantep University, some 60 kilometers from the border, said"): an
apposition to the place, never the speaker."""
PARTY_TAG = re.compile(r"(?:[A-Z]|DFL)-(?:[A-Z][A-Za-z.]{0,6}|[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,2})")
"""A party and state or home-town tag after a name ("Sen. X, R-S.C.,", "Del. Y, D-Alexandria,", "Z, R-East Gull Lake,", "Rep. W, D-Town of Vermont,"): no name."""
PARTY_MEMBER = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}(?:Republican|Democrat|Democratic-Farmer-Labor|Independent)")
"""A party member's state or district and party set off by commas after the name, with no article ("Sen. X, South
Carolina Republican, urged"): a description, as "a South Carolina Republican" is, no name."""
_WHICH = re.compile(r"(?:an?\s+(?:[\w-]+\s+){0,3})?(?:which|that)")
_BODY_BEFORE = re.compile(r"\b(?:by|from|of|with|to|for)\s+(?:the\s+)?((?:[A-Z][\w’'.-]*)(?:\s+(?:(?:of|for|in|and)\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*)$")
"""A body named at the end of a clause, then the subject of a relative clause after a comma, maybe after the body's
description ("organised by the Chilean Community in Malta, a charity which says ...", "aid from Oxfam, which says"):
the relative clause's speaker is the body (LABELS Round 27: a speech verb in a relative clause is its subject's)."""
_RELATIVE = re.compile(r"(?:(?:in|by|through|with|during)\s+)?(?:which|whom|when)\s+(?:then\s+)?(?:((?:the\s+)?((?:[a-z]+\s+){1,3})?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
                       r"|(?P<title>the\s+(?:[A-Z][\w’'-]*\s+)?(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)))")
"""A relative or a "when" clause whose own subject, a name (a title before it) or a title alone, is the speech verb's,
right before it: "..., which Ankara blames on ...", "..., when then prime minister X announced", "a letter from X, in
which the Ruritanian president thanked ...": the clause's own subject, not the sentence's; a title alone may be a body's
or a person's kind ("..., which the council denied", "which the UN refugee agency says"), resolved as any (rule 8)."""
_WHOSE_HOLDER = re.compile(r"whose\s+((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?:\s+(?:on\s+[A-Z][a-z]+day|last\s+[a-z]+|earlier|also))?")
"""A relative of "whose" with an office and its holder's name as its subject ("..., whose Secretary General Ahmed Aboul
Gheit on Saturday warned"): the holder speaks, not the body the office is of nor the sentence's subject."""


ANSWER = re.compile(rf",\s+{SUMMING}\s+(?:that\s+|which\s+)?(?!(?:was|is|were|has|had|have|by)\b)")
"""A noun in apposition to what the first speaker said, whose own clause answers it: ``..., a claim
Athens dismissed as "..."``, ``..., accusations Athens has rejected``, ``..., in a move the agency said had ...``."""
_CONTRAST = re.compile(r"(?:while|whereas)\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|and|on|al-\w+))*)")
"""A clause of contrast whose subject is a name, just before the verb ("..., while the Observatory reported"): that name."""
_MET = re.compile(r"(?:^|\s)(?:[a-z]{2,}ed|met|saw)\s+((?:the|an?)\s+\S.*|[A-Z].*)$")
"""A verb of meeting and its object, right before ", who <speech verb>": the relative clause's subject, whom the
sentence's subject received or met (LABELS rule 1: the subject of the speech verb)."""
_ASKED_BY = re.compile(r"(?:^|\s)(?:(?:was|were|is|are|been)\s+[a-z]{2,}ing|[a-z]{2,}ed)\s(?:[^,]*\s)?(?:from|by|with|(?<!ed\s)to)\s+"
                       r"((?:the\s+)?(?:[\w’'.-]+\s+){0,5}[\w’'.-]+)$")
"""A clause with its own verb, then the person it answered or spoke with, right before ", who <speech verb>" ("X was
responding to questions from Fox Hill MP Y, who asked whether ...", "X answered a question by Senator Y, who said", "...
from the opposition benches, who asked"): the relative clause's subject is that person or group, never the whole clause."""
_PROGRESSIVE = re.compile(r"\s(?:was|were|is|are)\s+[a-z]{2,}ing\s+(?:to|on|at|in|from|for|with|about)\s")
"""A subject phrase with a verb in the progressive and its object ("X was responding to questions from Y") is a clause:
a name never has a finite verb."""
_ISSUED_DOCUMENT = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[eé]|declaration|letter"
                              r"|press\s+release|note)")
_ISSUER = re.compile(r"(?:issued|released|published|signed|sent|circulated|put\s+out)\s+(?:[^,]{0,40}?\s+)?by\s+"
                     r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the))*?)(?:\s+(?:in|on|at|last|this|earlier)\b.*)?")
"""A document subject and its issuer in apposition ("The statement, issued by the X Secretariat in Y, called on ..."): the
issuer speaks (LABELS rule 5: a document is its author's), not the document nor the place it was issued in."""
_ACCREDITED = re.compile(r"\s+[a-z]+ed\s+(?:to|in|at)\s.*$")
"""A participle after a role ("the Ambassador of Turkey accredited to Seychelles"): where the holder serves, no part of
the role."""
_CLAUSE_BREAK = re.compile(r"\s*;\s+|:\s+|(?<=[a-z])\s+[–—]\s+(?=[A-Z][a-z][^–—]*$)(?![^()]*\))")
"""A semicolon joins two clauses, a colon ends a lead-in ("Not interested in talks: the agency, which said ..."), a spaced
dash ends a headline's first ("33 soldiers killed – Ankara threatens", no name between dashes): no subject reaches back;
not a dash inside brackets, a party's name after a member's ("X (Homeland Union – Lithuanian Christian Democrats)")."""
_PREDICATIVE = re.compile(r"(?:[a-z]+ed|close|closer|loyal|near|friendly|hostile|critical|sympathetic|faithful)\s+(?:to|with|of)\s"
                          r"|(?:resident|[a-z]+ed)\s+(?:in|at)\s")
"""An adjective phrase set off by commas after a subject (``the daily Al-Watan, close to power,``, ``The ambassador,
resident in Nairobi,``): its apposition, never the subject."""
_SAID_THAT = re.compile(r"\S\s+(?:said|says|told)(?:\s+(?!by\b)\S|$)")
_WHEN_FIRST = re.compile(r"^(?:On|Last|This|Early|Late|Later|Earlier|In\s+the|During\s+the|on|last|this|early|late)\s+(?:(?:on|in)\s+)?(?:Monday|Tuesday|Wednesday"
                         r"|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)(?:\s+(?:morning|afternoon|evening|night))?"
                         r"\s+(?=[A-Z]|(?:he|she|they|it|the)\b)")
_WHEN_FIRST = re.compile(rf"{_WHEN_FIRST.pattern}|^(?:[Oo]n\s+(?:{_DATE.pattern})(?:,\s+\d{{4}})?|[Ii]n\s+(?:(?:early|late|mid-)\s*)?(?:(?:{MONTH})(?:\s+\d{{4}})?|\d{{4}})"
                         r"|(?:Before|After|During|Following|Ahead\s+of)\s+(?:the|its|his|her|their)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?=[A-Z]|(?:the|he|she|they|it)\b)")
"""A time that opens the subject's chunk ("On Sunday Pope Francis", "In the afternoon the ministry"), with no comma after
it: a date ("On 1 March Defence Minister X", "On 28 February the ministry", "In February 2020 the ..."), or the occasion
before or after which ("Before the talks Kremlin spokesman X", "After the briefing the ministry"): not part of the
subject."""
_JOINED = re.compile(r"^(?:and|but|while|(?:When|After|Before|Once|Since|Although|Though|While)(?=\s+[A-Z]))\s+(?=(?:on|last|this|early|late)\s|[A-Z])")
"""A conjunction that joins the subject's clause to the one before ("..., and on Friday the Observatory", "..., and Mark
Lowcock, the UN's humanitarian chief, has called"), or opens a sentence's subordinate clause before a name ("When Mark
Lowcock, the UN's relief chief, told ...")."""
_SUBORDINATE = re.compile(r"^(?:When|After|Before|Once|Since|Although|Though|Until)\s+(?=(?:the\s+)?[A-Z](?<!\bI)(?!\s))")
"""A conjunction opening the sentence's subordinate clause right before its own subject, a name or "the" and a name
("When Turkey announced that ...", "After the Greek government said ..."): the clause's subject speaks; not "When asked",
nor "When I asked X ..., he said" (a writer's question: the one who answers speaks)."""
_RULERS = frozenset("king queen sultan emir amir emperor empress prince princess sheikh monarch".split())
"""A ruler's titles, which no word list of offices has: "Name, the Sultan and Yang Di-Pertuan of X" is one person's titles."""
_PARTICIPIAL = re.compile(r"(?!According\b)(?:Speaking|[A-Z][a-z]{2,}ing\s+(?:to|on|about|for|at|before|after))\b")
"""A participial phrase opening the sentence ("Speaking for the European Union", "Responding to the envoy"): it tells
in what capacity or to what the subject speaks, and is never the subject."""


_EXAMPLES = re.compile(r"(?<=\S)\s+(?:including|such\s+as|among\s+them)\s+\S.*$")
"""Named examples after a plural subject with no commas ("Rights groups including Amnesty International"): the plural
speaks, as "Several municipalities, including Helsinki and Tampere, have said" (LABELS Round 40: `null`)."""
RELAYED_BY = re.compile(r"(?<=\S)(?<!\bas)\s+(?:quoted|cited|interviewed|contacted|reached)\s+by\s+\S.*$")
"""A medium's name after the subject it relays, with no commas ("A ministry official quoted by SANA"): no part of it."""


_PART_OF = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}(?:Campus|Branch|Chapter|Faculty|Division)")
"""A part of a body named after it between commas ("of the University of the West Indies, Cave Hill Campus,"): where the
person the chunk before names works, never the speaker."""
_DATED_LEAD = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+){0,2}\d{1,4}(?:,\s*\d{4})?\s*[-—–]{1,2}\s*(?=[A-Z])")
"""A dateline's date and its dash before the lead's subject ("2020-- The Government", "Tues. Mar. 3 -- The ministry"), left
in the sentence when the splitter cut it at an abbreviation's stop: when, never who."""
_THROUGH = re.compile(r"(?i)(?:through\s+(?:its|his|her|their)\s|in\s+an?\s+(?:[\w-]+\s+)?(?:statement|letter|message)\s+(?:(?:signed|issued|released|sent)\s+)?by\s"
                      r"|(?:read(?:\s+out)?|delivered|conveyed|relayed|passed\s+on|handed\s+over)\s+(?:on\s+(?:its|his|her|their)\s+behalf\s+)?by\s)")
"""The aside of a relay between the subject and its verb: "through its spokesman, X," and "in a statement signed by its
head of media, X," or "in a statement by his special assistant, X,": the subject speaks, the one named after relays it (LABELS rule 3); so does a text's bearer ("A message
from X, read out by envoy Y, said": X's message, Y only reads it; rule 5, a text is its author's)."""


_ISSUED_BY_ITS = re.compile(r"(?i)(?:in|through)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|message|release|communiqu[eé]|note)\b.*\bby\s+(?:its|their|his|her)\s")
"""An opening statement issued by the subject's own officer ("In a statement on Tuesday by its head of media, X, the Y
Commission said"): the officer named relays the subject after him (LABELS rule 3), no apposition of it."""


_QUOTED_ADVERB = re.compile(rf"(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s)|(?<=\balso\s))(?:{MASK}{{3,16}}|[\"“][a-z]+[\"”])\s+$")
"""One word or two quoted between a subject's auxiliary and its verb ('Name has "repeatedly" urged', masked or not): no
end of a quotation before the subject, but an adverb of its clause."""


_ON_BEHALF = re.compile(r",?\s+on\s+behalf\s+of\s+[^,;:()]{1,100}$")
"""Whom the subject speaks for, between it and its verb ("X has on behalf of the Government and people of Y extended"):
no subject of its own, though its "and" would start a clause."""


_HANDLE_APPOSED = re.compile(r",\s*(@\w{1,30})\s*,\s*$")
"""An account's handle set off by commas after the subject ("One user, @pinoy_sa_ankara, wrote"): the subject and the
handle are one phrase, an account known by its handle alone (:func:`read_phrase`: nobody named)."""


def subject_phrase(left: str) -> tuple[str, str] | None:
    """The subject just before a verb, with an apposition around it."""
    left = _QUOTED_ADVERB.sub("", left)  # 'X has "repeatedly" urged': a word quoted between the auxiliary and its verb
    left = CALL_ASIDE.sub("", WHERE_ASIDE.sub("", _ON_BEHALF.sub("", left)))  # "X has on behalf of ... extended", "X, where Y prayed, called": X
    left = _HANDLE_APPOSED.sub(r" \1 ", left)  # "One user, @handle, wrote": an account known by its handle, nobody named
    left = _CLAUSE_BREAK.split(left.split(MASK)[-1])[-1]  # "...could not be verified; officials put", "Lead-in: X, which said"
    trimmed = _TRAILING.sub("", left)  # "Lithuania, Latvia and Estonia have jointly urged": the list before its adverbs
    listed = NAME_LIST.search(trimmed)  # "Britain, France and Germany said": the first two, as "A and B"
    lead = listed.group(1) if listed else ""  # "On Monday, Greece and Bulgaria said": a time, a place or an adverb ("Separately,") before the list is
    if listed and (SKIP.match(lead) or _INTRO.match(lead) or TIME.match(lead) and not re.fullmatch(MONTH, lead)):  # none of its names; "May, Johnson
        listed = NAME_LIST.search(trimmed, listed.end(1))  # and Hunt said": a month alone is a name
    titles = re.match(r"the\s+([\w-]+)", listed.group(2)) if listed else None  # "Name, the Sultan and Yang Di-Pertuan of X
    listed = None if titles and fold(titles.group(1)) in TITLES | PERSON_NOUNS | _RULERS else listed  # has consented": one's titles
    left = trimmed if listed else left
    if listed and comma_body(left[listed.start(1) :].strip()) == left[listed.start(1) :].strip():
        return left[listed.start(1) :].strip(), ""  # "Immigration, Refugees and Citizenship Canada said": one body
    if listed and not re.search(r"\b(?:of|for|from|in|by|with)\s*$", left[: listed.start()]):
        return f"{listed.group(1)} and {listed.group(2)}", ""
    if re.search(r"\s(?:and|but|then)\s*$", left) and not (re.search(r",\s*(?:and|but|then)\s*$", left) and not _APPOSED.search(left)
                                                            and not _NAMED_ACT_AND.match(left)):
        first = _FIRST_VERB.match(left) or _FIRST_PRESENT.match(left)  # "Craft visited the border and announced ...", "... but criticized"
        return subject_phrase(_ACCORDING_ASIDE.sub("", first.group(1))) if first else None
    chunks = [c.strip().lstrip("'‘’—–").lstrip() for c in re.split(r"(?:(?<!\d),|,(?!\d))(?![^()]*\))", left)]  # "...,' Putin said", "«...», — Putin said"; "X (APC, Kano)": one
    chunks = [c for c in chunks if not (_AGE.fullmatch(c) or PARTY_TAG.fullmatch(c) or _DISTANCE.fullmatch(c) or _DATE.fullmatch(c)
                                        or RELATIVE_TIME.fullmatch(c))]  # "Abu Ahmad, 55,"; "Hours later, the ministry": when
    chunks = chunks[:1] + [c for c in chunks[1:] if not PARTY_MEMBER.fullmatch(c)]  # "X, South Carolina Republican, said": X
    shared = _HEADLINE_FIRST.match(chunks[0]) if len(chunks) == 2 and not chunks[1] and not speech_verbs(chunks[0]) else None
    if shared:  # "Tbilisi offers support after the strike, warns ...": a headline's second verb shares the first's subject
        return subject_phrase(shared.group(1))
    chunks = [_TRAILING.sub("", " " + c).strip() for c in chunks]
    chunks = [_WHEN_FIRST.sub("", c) for c in chunks]  # "On Sunday Pope Francis voiced": the pope
    chunks = [RELAYED_BY.sub("", c) for c in chunks]  # "An official quoted by SANA said": the official (LABELS rule 4)
    chunks = [_EXAMPLES.sub("", c) for c in chunks]  # "Rights groups including Amnesty said": the groups (Round 40)
    chunks = [_DATED_LEAD.sub("", c) for c in chunks if c]  # "BELMOPAN, Tues. Mar. 3, 2020-- The Government ...": the dateline's
    if len(chunks) > 1 and _PART_OF.fullmatch(chunks[-1]) and OF_NAME.search(chunks[-2]):
        chunks.pop()  # "X of the University of the West Indies, Cave Hill Campus, warned": the body's campus, not who speaks
    through = next((i for i in range(len(chunks) - 1, 0, -1) if _THROUGH.match(chunks[i])), 0)
    if through and len(chunks) - through <= 4:  # "The ministry, through its spokesman, X, said": the ministry, X relays it
        chunks = chunks[:through]
    while len(chunks) > 1 and _INTRO.match(chunks[-1]):
        chunks.pop()  # "The United States, meanwhile, said"
    pronoun = re.fullmatch(r"(?i)(?:in|on|at|during|after|before)\s.*\s(he|she|they|(?-i:I))", chunks[-1]) if chunks else None
    pronoun = pronoun or (re.search(r"(?:^|\s)(?:which|that|what|whom)\s+(he|she|they|it)$", chunks[-1]) if chunks else None)
    bare = re.fullmatch(r"[A-Z]\S*\s.*\s[a-z]{3,}s\s+(it)", chunks[0]) if len(chunks) == 1 else None
    pronoun = pronoun or bare  # "Brenzollah on Saturday buried fighters it said had ...": a bare relative, "it" the subject's
    if pronoun:
        return pronoun.group(1), ""  # "In a briefing last week he said", "the deaths, which he said had occurred"
    owner = _WHOSE_HOLDER.fullmatch(chunks[-1]) if chunks else None
    if owner:  # "..., the Arab League, whose Secretary General X on Saturday warned": the office's holder named, the clause's own
        return owner.group(1), ""
    relative = _RELATIVE.fullmatch(chunks[-1]) if chunks and not left.rstrip().endswith(",") else None
    titled = relative and (fold(relative.group("head")) in ORG_NOUNS | PERSON_NOUNS if relative.group("title")  # "the council"
                           else not relative.group(2) or fold(relative.group(2).split()[-1]) in PERSON_NOUNS)
    if relative and titled:
        return relative.group(1) or relative.group("title"), ""  # "..., which Ankara blames on ...", "..., when then prime minister X announced"
    contrast = _CONTRAST.fullmatch(chunks[-1]) if chunks else None
    if contrast:  # "X put the toll at 15, while the Observatory reported 16": the second clause's own subject
        chunks[-1] = contrast.group(1)
    if chunks and chunks[-1].startswith("in ") and ANSWER.match(f", {chunks[-1]}"):
        chunks[-1] = chunks[-1][3:]  # "..., in a move the UN agency said had ...": the move's own clause, not a place
    antecedent = _BODY_BEFORE.search(chunks[-2]) if len(chunks) > 1 and _WHICH.fullmatch(chunks[-1]) else None
    described = len(chunks) > 2 and chunks[-1] == "which" and re.match(r"(?:the|an?)\s", chunks[-2]) is not None  # "by X, a group
    antecedent = antecedent or (_BODY_BEFORE.search(chunks[-3]) if described else None)  # founded by Y in 2015, which says": X
    if antecedent:
        return antecedent.group(1), ""  # "organised by the X Community, a charity which says it represents ...": the body
    asker = _ASKED_BY.search(chunks[-2]) if len(chunks) > 1 and chunks[-1] == "who" else None
    if asker:  # "X was responding to questions from MP Y, who asked": Y
        return asker.group(1), ""
    met = _MET.search(chunks[-2]) if len(chunks) > 1 and chunks[-1] == "who" else None
    if met:  # "X received the Ambassador of Turkey accredited to Y, who briefed him": the one received
        return _ACCREDITED.sub("", met.group(1)), ""
    issuer = _ISSUER.fullmatch(chunks[-1]) if len(chunks) > 1 and _ISSUED_DOCUMENT.fullmatch(chunks[-2]) else None
    if issuer:  # "The statement, issued by the X Secretariat in Y,": X's
        return issuer.group(1), ""
    chunks = chunks[:-1] if len(chunks) > 1 and re.match(r"(?i)according\s+to\s", chunks[-1]) else chunks  # "X, according to the agency, said": X
    while chunks and (SKIP.match(chunks[-1]) and not re.match(r"(?i)^according to\b", chunks[-1])):
        if re.match(r"(?i)(?:in|on|at|during|for|by|with|from)\b.*\b(?:that|what)\s+\S", chunks[-1]):
            chunks[-1] = _CLAUSE.sub("", chunks[-1])  # "in a deal that diplomats said", "in what activists described as"
            break
        named = GAVE_NAME.search(chunks.pop())  # ", who spoke on condition of anonymity,"
        if named:
            return named.group(1), ""  # "A resident, who gave his name as Abu Khaled, said"
    chunks = [c for c in chunks[:-1] if not (_PARTICIPIAL.match(c) or re.match(r"(?i)according\s+to\s", c))] + chunks[-1:]
    # "Speaking for the EU, the representative of X", "According to the agency (INA), the Command said": no apposition
    if not chunks:
        return None
    if len(chunks) > 1:
        chunks[-2] = _WHEN_FIRST.sub("", _JOINED.sub("", chunks[-2]))  # "and on Friday morning the Observatory, a group ..., said"
    if len(chunks) > 1 and spells(chunks[-1], chunks[-2]):
        chunks.pop()  # "the Ministry of Water Affairs, MoWA, said", "X, head of the Aid Society, AS, said": the acronym's apposition
    last = chunks[-1]
    role = ""
    if len(chunks) > 2 and re.fullmatch(r"[A-Z]{2,}", last) and APPOSITION.match(chunks[-2]) and PERSON_NAME.fullmatch(chunks[-3]):
        return chunks[-3], f"{chunks[-2]}, {last}"  # "X, a spokesman for the UN refugee agency, UNHCR, said": the body's acronym
    if len(chunks) > 1 and _PREDICATIVE.match(last):
        role, last = last, chunks[-2]  # "the daily Al-Watan, close to power, wrote"
    elif len(chunks) > 1 and apposition(last, chunks[-2]) and not _INTRO.match(chunks[-2]) and not _THAT.search(last) and not _ISSUED_BY_ITS.match(chunks[0]):
        role, last = last, chunks[-2]  # "Mark Lowcock, the U.N. humanitarian chief, said"
    elif len(chunks) > 1 and APPOSITION.match(chunks[-2]) and re.match(r"[A-Z]", last):
        role = chunks[-2]  # "A spokesman for the agency, Babar Baloch, said"
    elif len(chunks) > 1 and re.match(r"(?:The|A|An)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[a-z]", chunks[-2]) and PERSON_NOUNS.intersection(
            words(re.split(r"\s(?:of|for|to|in|at)\s", chunks[-2])[0])) and re.fullmatch(NAME_RUN, last):
        role = chunks[-2]  # "The head of the reconciliation center, Oleg Zhuravlev, reported", "The EU commissioner for ..., X, warned"
    both = COORDINATED.fullmatch(last)
    if both and not role and len(chunks) > 1 and re.search(r"\s(?:for|of)\s", both.group(1)) and re.fullmatch(NAME_RUN, chunks[-2]):
        role, last, both = last, chunks[-2], None  # "Mark Lowcock, Under-Secretary-General for X and Y Coordinator, said"
    if both and len(chunks) > 1 and OF_NAME.search(chunks[-2]) and not re.search(r"\s(?:of|for)\s", both.group(1)):
        return f"{chunks[-2]}, {last}", role  # "The leaders of France, Germany and Britain": one phrase; not "..., the
        # Ministry of Foreign Affairs and Expatriates", one body's name with "and" after the sentence's opening phrase
    if both and fold(both.group(1).split()[-1]) not in TITLES:  # not "Foreign and Expatriates Minister X"
        return both.group(), role  # "Turkey and Russia said": both speak (clauses() splits them)
    titled_pair = TITLED_PAIR.fullmatch(last)
    if titled_pair and all(PERSON_NOUNS.intersection(re.findall(r"\b[a-z-]+\b", side)) for side in titled_pair.groups()):
        return titled_pair.group(), role  # "party chairman X Y and first deputy chairman Z W echoed": both speak
    plural = PLURAL_TITLED.fullmatch(last)
    if plural and fold(plural.group(1)) in PERSON_NOUNS:  # "Foreign ministers X and Y read out ...": X, then Y
        return f"{plural.group(2)} and {plural.group(3)}", role
    paired = PAIRED.fullmatch(last)
    if paired and fold(paired.group(1).split()[-1]) not in TITLES:  # "Lavrov and his Turkish counterpart X said"
        return f"{paired.group(1)} and {paired.group(2)}", role
    answer = ANSWER.match(f", {last}")
    if answer:
        last = last[answer.end() - 2 :]  # "..., a claim Athens dismissed": Athens
    if not ACRONYM_NAME.fullmatch(last):  # "the Union of Medical Care and Relief Organizations (UOSSM)": one name
        named = NAME_WITH_AND.search(last) or PORTFOLIOS_MINISTRY.search(last) or PORTFOLIOS_NAMED.search(last) or SHARED_ON.search(last)  # "... the Ministry of Foreign Affairs and Expatriates": "and" inside the name
        field = _FIELD_AND.match(last) if not named else None
        named = field if field and fold(strip_article(last).split()[0]) in PERSON_NOUNS else named  # "Director for the Protection of X and Y at the Ministry ... Name"
        kept = last[: named.start()] + named.group().replace(" and ", "\0") if named else last
        doer = None if GAVE_NAME.search(kept) else _WHO_DOES.match(kept) or _WHOSE.match(kept) or _DOING.fullmatch(kept)  # "A Lima nurse who has just returned from the north said": the nurse
        last = doer.group(1) if doer else _CLAUSE.sub("", kept).strip().replace("\0", " and ")
    acted = _ACTED.fullmatch(last) if last else None
    last = acted.group(1) if acted else last  # "Ghana has joined calls for ...": the subject ends at its own verb
    if not last or _INTRO.match(last) or len(last.split()) > MAX_WORDS:
        return None
    if _SAID_THAT.search(last) or _PROGRESSIVE.search(last) or _NO_SUBJECT.search(last):
        return None  # "Farnesina sources said Italy had asked": a clause inside what was said
    last = _AS_NAME.sub("", last)  # "As Angela Merkel said at the time, "..."": the name, not a clause of time
    last = re.sub(r"^(?:Then|even)\s+(?=(?:he|she|they|the)\b|[A-Z])|^(?:Later|Earlier|Afterwards|Finally|Now|Again|Yesterday|Today)\s+(?=(?:I|we|he|she|they)\b)",
                  "", _SUBORDINATE.sub("", last))  # "When the Turkish government announced that ..., X was ...": the government; after an adverb: "Then he said", "as even the government says", "Later I told my colleagues" (a columnist's "I")
    if last.split()[0].lower() in _NOT_SUBJECT | PARTICIPLES:
        return None  # "When asked whether ..., the spokesman said"; "as saying Damascus welcomed": words said
    if not re.match(r"(?:[^\W\d_]|he\b|she\b|it\b|they\b|the\b|a\b|an\b|al-|el-|von\b|his\b|her\b|its\b)", last, re.I):
        return None
    return last, role


_FIELD_AND = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|for|the)\s+)+and\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*\s+(?:at|in|of)\s+the\s+[A-Z].*", re.DOTALL)
"""A title whose field has words joined by "and", then the body it is held at ("Director for the Protection of Indonesian
Citizens and Legal Entities Abroad at the Ministry of Foreign Affairs Judha Nugraha"): one office, its "and" no clause's
(the name after it is the subject's, :func:`.phrase.read_phrase`)."""
_NO_SUBJECT = re.compile(r"\s(?:a|an|the)$|^[Tt]here\s+(?:is|are|was|were|have\s+been|has\s+been)\b")
"""Words before a verb that are no subject: "There are an estimated 100,000 ...", "the estimated toll": "estimated"
qualifies a number (the article before it), and "there are" states a fact, nobody's speech (Round 52)."""
_ACTED = re.compile(rf"((?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})\s+(?:has|have|had)\s+(?:[a-z]+ed|{'|'.join(_IRREGULAR_PAST)})")
"""A name, then its own verb in the perfect before a speech noun it acts on ("Ghana has joined calls for ...", "The
Union has renewed calls for ..."): the name is the subject, the verb is no part of it."""
_WHO_DOES = re.compile(rf"((?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Oo]ne|[Ss]everal|[Hh]undreds|[Tt]housands|[Dd]ozens)\s+of\s+)?(?:[Tt]he|[Aa]n?)\s+[^,]+?)\s+who\s+(?:(?:[a-z]+ly|now|still|also)\s+)?(?:{'|'.join(sorted(AUXILIARY))}|[a-z]+ed"
                       rf"|{'|'.join(_IRREGULAR_PAST)}|[a-z]{{2,}}[^s\W]s|(?<=who )[a-z]{{3,}})\s.*", re.DOTALL)  # "the men who meet"
"""A person described with a relative clause whose subject is "who" ("a nurse who has just returned ...", "a Kenyan aid
worker who returned last month from ...", "an engineer who now lives in X", "Some of the families who arrived under the
programme of former president X"): the person or the people before it speak, not the clause."""
_WHOSE = re.compile(r"((?:[Tt]he|[Aa]n?)\s+[^,]+?)\s+whose\s.*", re.DOTALL)
"""A person described with a relative clause of whose ("a mother whose son works as a driver in Adana"): the person
before it speaks, not a noun of the clause."""
_DOING = re.compile(r"((?:[A-Z][\w’'-]*\s+)*(?:[a-z][\w-]*\s+){0,2}[A-Za-z][\w-]*[a-z]s)\s+[a-z]{3,}ing\s+(?:in|on|at|for|with|near|along"
                    r"|across|inside|from)\s.*", re.DOTALL)
"""People in the plural and a participle of what they do ("Japanese aid groups working in the region describe"): the
people speak, not the participle's phrase."""
_AS_NAME = re.compile(r"^As\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$|(?:the|a|an)\s+(?!.*\b[a-z]+ed\b)\S)")
"""A sentence that opens "As" and a name or a noun phrase, the subject of the speech verb after it ("As Ada Quill said,
...", "As the minister said on Monday, ...", "As the Minister of Foreign Affairs X stated, "...""); not a clause of its own ("As the talks ended the UN said")."""
_THAT = re.compile(r"\b(?:saying|said|says)\s+that\s")
"""A chunk that reports speech is what was said, not an apposition ("..., SANA, quoted a source as saying that units had")."""
