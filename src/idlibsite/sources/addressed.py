"""Speech verbs read by their object (pure): a warning, a message or an order put out ("issued a warning", "directed
all missions to ...", "voices concern"), advice to an audience ("encouraged citizens travelling to Turkey to register"),
a point a speaker raised ("I raised this very point at a seminar"), a danger a plural warns of ("analysts warn of a
sanctions risk"), a view seen (:mod:`idlibsite.sources.views`); whom a verb of telling told and what about, what a
verb of blame gave whom, and what a verb of dispute disputed (:func:`told_object`). Each is an act of speech only with that object, never a
thing's effect ("the truce encouraged families to return", "the deal raised the question of who pays")."""

from __future__ import annotations

import re

from idlibsite.sources.titles import TITLE
from idlibsite.sources.views import SEEING, seen_as

_ISSUING = frozenset("raised raises issue issued issues updated send sent sends voices directed addressed addresses".split())
_ISSUED = re.compile(r"\s+(?:[\w’'.-]+\s+){0,3}?(?i:alert|advisory|advisories|advice|warnings?|appeals?|ultimatum|cables?|messages?"
                     r"|statements?|communiqu[eé]s?|declarations?|(?:letters?|telegrams?)\s+of\s+(?:condolences?|sympathy|solidarity|support)|condolences|greetings"
                     r"|(?:lines?|words?)(?=[^.;:\u2063]{0,40}:\s*\u2063))\b")
"""A warning or a message put out in words: "raised its travel alert for three provinces", "issued a warning", "issued a
joint communiqué", "updated its
travel advice", "sent a cable of condolences", "has sent a letter of condolence", "sends condolences to Ankara", "addressed a
message of condolence to his counterpart", in a headline's title case too ("Gov't
Issues Advisory to ..."); not "sent a letter to his counterpart" (no words told), "addressed the summit", "raised questions", "issued visas",
"updated its figures", "sent troops"; a few lines or words sent, with their colon and quotation ("sent me one line on
Friday night: "..."")."""
_WITH_CONCERN = re.compile(r"\s+with\s+(?:(?:great|deep|grave|serious|growing|particular)\s+)?(?:concern|worry|anxiety|alarm)\b"
                           r"|\s+\u2063+\s+(?:the|its|this)\s")
"""A country's stated concern, by the idiom of diplomatic French ("suit avec préoccupation"): "Morocco follows with great
concern the developments", or those words quoted, masked, before the object ("follows "with deep concern" the ..."); not
"follows the talks", "follows suit"."""
_ORDERED_TO = re.compile(r"\s+(?!(?:to|by|at|against|from)\b)(?:(?:[\w’'.-]+|\([A-Z][\w’'.-]*\))\s+){1,12}?to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+\b")
"""An order in words: "had directed all missions to prioritise ...", a body of several words told ("directed the Ministry
of Foreign Affairs to compile ...", two bodies joined: "directed the DFA and the Department of Labor and Employment to
ensure ...", an acronym in brackets after a body's name: "the Department of Labor and Employment (Dole) to ..."); not
"directed at", nor "were directed to"."""
_VOICED = re.compile(r"(?i)\s+(?:[\w’'.-]+\s+){0,2}?(?:concerns?|support|solidarity|alarm|regret|sympathy|dismay|outrage|opposition|hope)\b")
"""What "voices" puts in words as a verb ("Ruritania voices concern over ..."), not the noun ("voices from the camps")."""
ENCOURAGING = frozenset("encouraged encourages".split())
_ENCOURAGED_TO = re.compile(r"\s+(?:(?:all|its|their|his|her|the)\s+)?(?:[\w-]+\s+)?(?:citizens|nationals|compatriots|travell?ers"
                            r"|parties|sides|member\s+states|(?-i:[A-Z][a-z]+(?:ans|ese|is|ers|ons|os)))\b[^,.;:\u2063]{0,60}?\s+to\s+[a-z]")
"""Advice to an audience: "It encouraged citizens travelling to Turkey to register", "encourages all parties to talk",
"encouraged Singaporeans (Filipinos, Pakistanis) to register", a nation's people by their demonym's plural; not "the
truce encouraged families to return", an effect, nor "encouraged Ankara to talk", a state urged (no audience advised)."""


def advises(masked: str, end: int) -> bool:
    """True when "encouraged" ending at ``end`` advises an audience to act."""
    return _ENCOURAGED_TO.match(masked, end) is not None


_RAISED_POINT = re.compile(r"\s+(?:this|that|the|these|those)\s+(?:[a-z]+\s+)?(?:point|question|issue|matter)s?\b")
_SPEAKER_BEFORE = re.compile(r"(?:\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)|(?<![Tt]he\s)\b[A-Z][\w’'-]+)\s+(?:(?:also|then|again|first|had|has|have)\s+)?$")
"""A point raised by a speaker, a pronoun or a name right before ("I raised this very point at a seminar", "Oslo raised
the issue with Ankara"): an act of speech (LABELS Round 43); not "The deal raised the question of ...", an effect, nor
"the Minister raised the issue", a title whose act a source tells ("According to ministry sources, the Minister raised
...": the sources', LABELS rule 6)."""


_RAISED_WITH = re.compile(r"\s+(?!(?:with|by|to|from|in)\b)(?:[\w’'.-]+\s+){1,8}?with\s+(?:(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?counterparts?"
                          r"|(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?:official|minister|diplomat|ambassador|envoy|spokes(?:man|woman|person)"
                          r"|officer|adviser|advisor|secretary|president|aide)s?)\b")
"""A matter raised with the speaker's counterpart ("had raised the humanitarian situation in Syria with his Russian
counterpart") or with an official ("When I raised this with a senior official at the ministry"): an act of speech,
whatever the matter (LABELS Round 51: "raised" with a counterpart; Round 52: a columnist's, with an official)."""


def raised_point(masked: str, end: int) -> bool:
    """True when "raised" ending at ``end`` has a point, a question or an issue as its object, or any matter raised with
    a counterpart."""
    return _RAISED_POINT.match(masked, end) is not None or _RAISED_WITH.match(masked, end) is not None


def raised_by_speaker(before: str) -> bool:
    """True when the words ``before`` "raised" end with a speaker: a personal pronoun or a name."""
    return _SPEAKER_BEFORE.search(before) is not None


_WARNED_OF = re.compile(r"\s+(?:of|against)\s")
_PLURAL_SUBJECT = re.compile(r"(?:^|\b(?:[A-Z][\w’'-]*|[a-z][\w-]*)\s+)(?:[A-Za-z][\w-]*[a-z]s|[Pp]eople)\s+(?:(?:also|now|still|already)\s+)?$")
"""A plural noun right before the present plural "warn" ("analysts warn of", "Aid groups now warn against"): its subject,
so the verb is finite (not "moved to warn of", "will warn of", an infinitive)."""


_REPEATED_LINE = re.compile(r"\s+(?:this|that|the|these|those|its|his|her|their)\s+(?:[a-z]+\s+)?(?:line|claim|message|mantra|refrain"
                            r"|position|argument|accusation|charge|demand|warning|assertion|denial)s?\b")
"""What "repeated" puts in words again: a line, a claim, a message ("has repeated this line so often", "repeats its
claim"); not "repeated the strikes", "repeated the exercise" (acts of no speech)."""


_URGED_TO = re.compile(r"\s+(?!to\b)(?:[\w’'.-]+\s+){1,4}?to\s+[a-z]")
_CALLED_FOR = re.compile(r"\s+(?:for|on)\b")
_PLURAL_BEFORE = re.compile(r"\b[a-z][\w-]*[a-z]s\s+$")
"""A present plural of appeal after a plural noun, its object and an infinitive after it, or a call for or on someone:
"Aid groups urge Ottawa to step up help", "Muslim groups call for prayers" (not "moved to urge", "will urge", "to call
for", an infinitive)."""


_REACTED_SHARPLY = re.compile(r"\s+(?:sharply|angrily|furiously|indignantly)\s*(?:[.;:,!]|$)")
"""How a speaker "reacted" in words, the sentence ending there ("The opposition Democratic Front reacted sharply.", as
"weighed in", LABELS Round 46); not "Markets reacted sharply to the news", an effect, nor "reacted to the strike"."""


_URGED_CALM = re.compile(r"\s+(?:calm|restraint|caution|de-escalation|dialogue)\b", re.I)
"""What a plural urges with no infinitive after it: calm, restraint ("Gulf capitals urge calm"), as "UN calls for calm"."""


def urges_calm(masked: str, start: int, end: int) -> bool:
    """True when the present plural "urge" at ``start:end`` has a plural subject and calm or restraint as its object."""
    return _URGED_CALM.match(masked, end) is not None and _PLURAL_SUBJECT.search(masked[max(0, start - 80) : start]) is not None


def warns_of(masked: str, start: int, end: int) -> bool:
    """True when the present plural "warn" at ``start:end`` has a plural subject and a danger after "of" or "against"."""
    return _WARNED_OF.match(masked, end) is not None and _PLURAL_SUBJECT.search(masked[max(0, start - 80) : start]) is not None

_PRESSED_ON = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|govt|gov['’]t|government|ministers?|officials|authorities"
                         r"|him|her|them)\s+(?:on|for|over|to\s+[a-z]+)\b")
"""Whom "presses" pushes for an answer and on what ("Opposition presses govt on Syria stance", "Turkey pressed Russia to
halt the offensive"): a demand in words (LABELS Round 48's "wants to know"), not "pressed the attack on the town"."""
_STATED_BY = re.compile(r"\b(?:he|she|it|[Mm]inistry|[Gg]overnment|[Oo]ffice|[Cc]ommand|[Ee]mbassy|[Mm]ission|[Aa]gency|[Kk]remlin|[Pp]residency"
                        r"|[Cc]ouncil|[Cc]ommittee|[Ss]pokes(?:man|woman|person)|[Ss]tatement|[Cc]ommuniqu[eé])\s+(?:(?:also|now)\s+)?$")
"""Who or what "states" that ...: a body, a spokesman, a text or a pronoun before it, not a plural's "member states"."""
JOINT_TALK = frozenset("discussed reviewed".split())
JOINT_BEFORE = re.compile(r"(?:^\s*|,\s+)(?:[Tt]he\s+(?:two\s+)?|[Bb]oth\s+)(?:sides|parties|ministers|leaders|presidents|counterparts|delegations)"
                           r"\s+(?:(?:also|further|then)\s+)?$")
"""A readout's joint talk: "During the call, the two sides reviewed ...", "The ministers discussed ...", told by the
readout's author (LABELS Round 47, rule 11), the subject opening the sentence or after a lead-in's comma; not "the issue
was discussed", "Putin discussed ..." (one side's act), nor a relative clause's "a call, during which the two sides
reviewed ..., the ministry said" (the call's relayer's sentence)."""
_FOR_ONES_PART = re.compile(r"\s*For\s+(?:his|her|its|their)\s+part,\s+(?:[\w’'.-]+\s+){1,5}?(?:(?:also|further|then)\s+)?")
"""One side's turn in a meeting's readout, the subject after "For his part," opening the sentence: "For his part, the
minister reviewed the preparations ...", an account given at the meeting (LABELS Round 50), as "the two sides reviewed"."""


_FIRST_PERSON = re.compile(r"(?:^|[,;]\s+(?:and\s+|but\s+|so\s+)?|\b(?:and|but|so)\s+)I\s+(?:also\s+|again\s+|therefore\s+)?$")
_ASKED_TO = re.compile(r"\s+(?:the\s+|our\s+|my\s+)?(?:[\w’'-]+\s+){1,4}?to\s+[a-z]+\b")
"""A letter's or a column's request in the first person: "I ask the government to help ...", "and I urge our mayor to
act" (a writer's own act of speech, LABELS Round 54's first-person speech verbs; "ask" and "urge" need someone asked to
do something: not "I ask myself" or "I urge caution")."""


def read_by_object(word: str, masked: str, start: int, end: int) -> bool | None:
    """Whether the verb ``word`` at ``start:end`` of a masked sentence reports speech, when it is one read by its object:
    "see(s)" a view (:func:`idlibsite.sources.views.seen_as`), "encouraged" advice, "raised" a point, "issued" a warning,
    "voices" concern, "warn" of a danger, "urge" calm or someone to act, a plural's "call" for something, "repeated" a
    line, "reacted" sharply, "discussed" by both sides of a call, "presses" someone on something, the writer's "I ask"
    someone to do something; None for any other verb."""
    if word in SEEING:
        return seen_as(masked, end)
    if word in ENCOURAGING:
        return advises(masked, end)
    if word in ("raised", "raises") and raised_point(masked, end):
        return raised_by_speaker(masked[max(0, start - 80) : start])
    if word == "warn" and _WARNED_OF.match(masked, end):
        return warns_of(masked, start, end)
    if word == "urge" and _URGED_CALM.match(masked, end):
        return urges_calm(masked, start, end)
    if word in ("urge", "call") and (_URGED_TO if word == "urge" else _CALLED_FOR).match(masked, end) and _PLURAL_BEFORE.search(
            masked[max(0, start - 80) : start]):
        return True  # "aid groups urge Ottawa to step up help", "Muslim groups call for prayers" (not "to call for")
    if word == "ask":  # "I ask the government to help us ...": the writer's request; never a heading's "Ask the Panel:"
        return bool(_FIRST_PERSON.search(masked[max(0, start - 80) : start]) and _ASKED_TO.match(masked, end))
    if word in ("presses", "pressed"):
        return _PRESSED_ON.match(masked, end) is not None  # "Opposition presses govt on ...": a demand, not "pressed the attack"
    if word in ("reacted", "reacts"):
        return (_REACTED_SHARPLY.match(masked, end) is not None  # "The opposition reacted sharply.": its words, told next
                or re.search(r"\u2063[\s,]*$", masked[max(0, start - 6) : start]) is not None)  # '"...," reacts X': a quotation's tag
    if word in ("repeated", "repeats") and _REPEATED_LINE.match(masked, end):
        return True  # "has repeated this line so often that ...": a saying repeated (LABELS Round 46)
    if word == "posted" and _ISSUED.match(masked, end):
        return True  # "posted a similar message on social media": a message put out (else read as a medium verb)
    if word == "states":  # "the Defence Ministry states that ...", not "member states that ...", "the Gulf states"
        return _STATED_BY.search(masked[max(0, start - 80) : start]) is not None and re.match(r"\s+that\b", masked[end:]) is not None
    if word in JOINT_TALK:
        before = masked[max(0, start - 80) : start]
        return (JOINT_BEFORE.search(before) or _FOR_ONES_PART.fullmatch(before)) is not None  # "the two sides reviewed ..."
    if word == "follows":
        return _WITH_CONCERN.match(masked, end) is not None  # "Morocco follows "with great concern" ...": a stated concern
    if word in _ISSUING:
        return (_VOICED if word == "voices" else _ORDERED_TO if word == "directed" else _ISSUED).match(masked, end) is not None
    return None


_TELLING = frozenset("informed informs briefed".split())
_TOLD_ABOUT = re.compile(r"\s+(?!(?:on|about|of|by|in|that)\b)(?:[\w’'.-]+\s+){1,5}?(?:about|of|on)\s")
"""Whom a verb of telling told, then what about: "informed his counterpart about the attack", "briefed
Safadi on Ankara's position" (not "people briefed on the talks", a passive)."""
_INFORMED_ABOUT = re.compile(r"\s+about\s")
_INFORMER_BEFORE = re.compile(r"(?:^|[.!?;:]\s+)(?:[Tt]he\s+(?:[\w-]+\s+){0,2}|(?:[A-Z][\w’'-]+\s+){1,3})(?!(?:well|fully|better|poorly|duly|kept|be|been|being|is|are|was|were|and|or)\b)[\w’'-]*[^\Ws’']\s+$")
"""With no object, "informed about" is a person's act only after a singular subject of its own ("The Turkish minister
informed about the steps taken"), not a participle ("kept the public informed about", "sources informed about the
talks", "is well informed about")."""
_ATTRIBUTING = frozenset("attributed attributes".split())
_ATTRIBUTED_TO = re.compile(r"\s+(?!to\b)(?:[\w’'.-]+\s+){1,5}?to\s")
"""What a verb of blame gave whom: "attributed the strikes to regime artillery" (not "was attributed to", a passive)."""
_DISPUTING = frozenset("reject deny dispute disputes disputed".split())
_DISPUTED = re.compile(r"\s+(?:the|these|those|this|that|such|any|all)\s+(?:[\w-]+\s+)?(?:accusations?|claims?|charges?"
                       r"|allegations?|reports?|accounts?|figures?|version)\b")
_DISPUTED_IT = re.compile(r"\s+(?:it|this)\s*(?:[.;]|$)")
""""It" disputed, ending the clause: the claim just told ("A chain message ... is circulating; the Foreign Ministry and the
Presidency deny it", LABELS Round 54); not "deny it access" (an object of another verb's sense)."""
_QUESTIONED = re.compile(rf"{_DISPUTED.pattern}|\s+(?:whether|why|how|if)\b|\s+(?:the\s+)?(?:[\w.-]+\s+){{0,2}}?[\w.-]+(?:[’']s|s[’'])\s+[a-z]"
                         r"|\s+the\s+(?:[a-z]+(?:ity|ness|ion|dom|ment|ance|ence)|need|logic|point|motives?|basis)\s+(?:of|for|behind)\s")
"""What "questioned" doubted in words: a claim, whether something is so, something of a body's or a person's ("questioned
the government's readiness"), the need for, the wisdom or the legality of something (an abstract noun); not a person
questioned ("police questioned the driver for two hours", "were questioned by")."""

_TOLD_PRESS = re.compile(r"\s+(?:reporters|journalists|the\s+press)\s+(?:the|a|an|it|they|he|she|we|there)\s+(?:[\w’'-]+\s+){0,4}?"
                         r"(?:is|are|was|were|has|have|had|will|would|can|could)\b")
"""The press told, then a clause that "that" is left out of, as a headline or a timeline drops it: "Residents tell
reporters the night was quiet" (not "tell reporters the truth", no verb of its own after it)."""

_MOURNING = frozenset("mourned mourns".split())
_MOURNED_IN_WORDS = re.compile(r"\s+(?:[\w’'-]+\s+){1,3}?(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|post|tweet|message|communiqu[eé])\b"
                               r"|as\s*\u2063)")
"""Whom a verb of mourning mourned, then the words it was said in: "mourned him in a statement as "..."", "mourns its
volunteer as "a brother ..."" (not "mourned the dead", "thousands mourned him as a hero": no words told)."""
_MOURNED_NAMED = re.compile(rf"\s+(?:{TITLE}\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
"""A person mourned by name, a title maybe before it: "mourned Dr. Khaled Abu Shaqra", "mourns Sheikh Omar Haddad"."""
_MOURNER_NAMED = re.compile(r"(?:^|[^\w’'-])[A-Z][\w’'.-]*\s+[A-Z][\w’'-]+(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day))?\s+$")
"""A mourner named by two capitalised words or more right before the verb, a day maybe between: "President Abbas mourns",
"President Mahmoud Abbas today mourned", "The Civil Defence on Sunday mourned" (an official's condolences, LABELS Round
54), not "Thousands mourned", "Syrians mourned", "Residents of Ariha mourned" (a crowd's grief, no words told)."""

_HEADLINE_SUBJECT = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){1,3}")
_QUESTIONED_THING = re.compile(r"\s+(?!(?:about|over|around|surrounding|raised|answered|linger|lingers|loom|looms|mount|mounts|remain|facing)\b)"
                               r"[a-z][\w-]*(?<!ing)\b")
"""A headline's subject alone before "questions" and a thing questioned after it ("Opposition questions passport sales
to ...", "Senator questions arms deal"): the subject doubts it in words (LABELS Round 48: a speech act); not "Key
questions remain", "Questions over ...", "Five questions facing Europe"."""

_WRITING = frozenset("wrote written writes".split())
_WRITTEN_FOR = re.compile(r"\s+to\s+(?!(?:ask|urge|request|demand|seek|express|appeal|call|thank|invite|protest|complain)\b)"
                          r"(?:[\w’'.-]+\s+){1,8}?(?:to\s+(?:ask|urge|request|demand|seek|express|appeal|call\s+(?:on|for)|thank|invite|protest"
                          r"|complain)|asking|urging|requesting|demanding|seeking|expressing|appealing|calling\s+(?:on|for)|inviting)\b")
"""A letter written to someone, then what it asked or said, by an infinitive of its purpose or a participle ("I wrote to
the Red Cross office on Saipan to ask how ...", "has written to the Foreign Secretary urging ..."): a written request,
an act of speech; not "wrote to the end", "written to last" (no one addressed, no words told)."""
_WRITTEN_ABOUT = re.compile(r"\s+to\s+(?:me|us|him|her|them|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4})"
                            r"(?:\s+(?:twice|again|(?:last|this)\s+(?:week|month|year)|on\s+[A-Z][a-z]+day|in\s+[A-Z][a-z]+)){0,2}\s+about\b")
"""A letter written to someone named, maybe when, then about what ("I wrote to the Tweede Kamer last week about the
children", "She wrote to Minister Haddad twice about the camps"): what it told by its topic, as "informed X about";
not "wrote to the end about" (no one named), nor "wrote about the war" (no one addressed)."""


_TO_AUDIENCE = re.compile(r"\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:reporters|journalists|the\s+press|press|correspondents|lawmakers|legislators"
                          r"|MPs|deputies|senators|delegates|diplomats|the\s+audience|the\s+crowd|students|supporters)"
                          r"(?:\s+(?:at|in|on|outside)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*|des|de|du|of|la|le)(?:\s+(?:[A-Z][\w’'.-]*|des|de|du|of|la|le)){0,5})?"
                          r"(?:\s+on\s+[A-Z][a-z]+day)?\s+that\b")
"""An audience told, maybe where, then "that": "repeated to journalists at the Palais des Nations that ...", "maintained
to reporters on Monday that ..."; not "responded to the strikes that killed ..." (no audience, a relative clause)."""


_ANSWERED_WORD = re.compile(r"\s+(?:(?:no|yes)(?=\s*(?:[,.;:]|$)|\s+(?:to|on|about|when|and|but)\b)|in\s+the\s+(?:negative|affirmative)\b)")
"""An answer given in a word after "answered" ("answered no to the second question", "answers yes.", "answered in the
negative"); not "answered no questions" (a determiner before its noun, no answer)."""
_ANSWERED_ON = re.compile(r"\s+(?:(?:the\s+)?(?:journalists|reporters|correspondents|the\s+press)[’']\s+|(?:the\s+)?(?:media|press)\s+)?"
                          r"questions\s+(?:from\s+(?:the\s+)?(?:journalists|reporters|correspondents|the\s+press)\s+)?(?:about|on|concerning|regarding)\b")
"""Questions answered by their topic ("answered journalists' questions about the escalation", "answers questions from
reporters on ..."): a briefing by topic, a passage (LABELS Round 52's "briefed journalists on ..."); not "answered no
questions", "answered questions." (no topic told)."""


_QUESTIONED_HOLDER = re.compile(r"\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}?(?i:minister|secretary|ambassador|envoy|commander|governor|chancellor|premier|PM)"
                                r"(?:\s+(?i:on|over|about|at|in)\b|\s*[,:;]|\s*$)")
"""A holder of an office questioned after a headline's subject ("Commission I Questions Foreign Minister On Idlib", "Senate
Committee Questions Defence Minister Over ..."), then what about or nothing: a hearing's questions, put in words; not "Key
Questions Minister Must Answer" (a noun, a verb after the holder)."""


_AGENT_VERB = r"to\s+(?!(?:fall|last|collapse|fail|succeed|win|lose|survive|happen|die)\b)[a-z]"
"""What the one addressed is wanted to do, an act ("to send", "to come", "to be closed"), not an outcome wished for ("to fall",
"to last", "to win": no one asked for anything)."""
_OFFICES = (r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(?:minister|ministers|cabinet|government|president|premier"
            r"|chancellor|parliament|chamber|commission|council|authorities|ministry|army|forces|troops|police|regime"
            r"|EU|Europe|Brussels|NATO|UN)\s+")
"""An office or a body addressed, before what it is asked or wanted to do."""
_WANTED_OF = re.compile(_OFFICES + _AGENT_VERB, re.I)
_WANTED_NAMED = re.compile(rf"\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}\s+{_AGENT_VERB}"
                           r"|\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+to\s+be\s+[a-z]+(?:ed|en|wn)\b")
"""Whom a speaker wants to act, an office, a body, a state or a person addressed by name, then what it should do ("wants the
minister to resign", "wanted the government to send aid", "wants the Syrian army to withdraw", "wants Sweden to take in
children", "wants the Federal Police to help"), or what is to be done ("wants the borders to be closed"): a person's
"wants" is a stated demand, a party's or a state's its stated stance (LABELS Rounds 57 and 62); not "wants peace",
"wants to help Greece" (no one addressed), "wants Idlib to fall" (an outcome)."""
_WANTING_THING = re.compile(r"(?i)\b(?:plan|deal|law|bill|draft|proposal|text|agreement|treaty|budget|scheme|reform|strategy|policy|programme"
                            r"|program|rule|regulation|directive|decree|accord|package)\s+(?:(?:also|now|still|only|instead|even)\s+)?$")
"""A thing before "wants" ("the plan wants the government to pay", "the new law also wants ..."): what a text sets out, no
one's demand."""

_ASKED_OF = re.compile(_OFFICES + r"to\s+[a-z]+\b", re.I)
"""An office or a body asked to do anything ("asks the Federal Council to take in refugees", "asks the government to
reconsider"): a demand in words, as "wants the minister to come" is; not "asks itself", "asks for calm" (a medium verb
with no content)."""


def told_object(word: str, masked: str, start: int, end: int) -> bool:
    """True when a verb of telling, blame or dispute at ``start:end`` has what it told, blamed or disputed after it
    (read last in :func:`.speech._is_verb`, after its noun and medium checks): "informed his counterpart about the
    attack", "the minister informed about the situation", "attributed the strikes to regime artillery", "Turkish
    officials reject the accusation", "questioned the government's readiness"."""
    before = masked[max(0, start - 80) : start]
    if word in _TELLING and (_TOLD_ABOUT.match(masked, end) or word == "informed" and _INFORMED_ABOUT.match(masked, end)
                             and _INFORMER_BEFORE.search(before)):
        return True
    if word in _ATTRIBUTING and _ATTRIBUTED_TO.match(masked, end):
        return True
    if word in _MOURNING and (_MOURNED_IN_WORDS.match(masked, end)
                              or _MOURNED_NAMED.match(masked, end) and _MOURNER_NAMED.search(before)):
        return True  # "The Civil Defence mourned him in a statement as "..."": condolences are speech (LABELS Round 27)
    if _TO_AUDIENCE.match(masked, end):
        return True  # "repeated to journalists at the Palais des Nations that ...": what the audience was told
    if word in _WRITING and (_WRITTEN_FOR.match(masked, end) or _WRITTEN_ABOUT.match(masked, end)):
        return True  # "I have written to Congressman X to ask that ...": a letter's request
    if word == "urge" and _FIRST_PERSON.search(before) and _ASKED_TO.match(masked, end):
        return True  # "I urge our senators to act": the writer's request
    if word in ("answered", "answers") and (_ANSWERED_WORD.match(masked, end) or _ANSWERED_ON.match(masked, end)):
        return True  # "The government answered no to the second question": an answer given in a word; "answered questions about"
    if word in ("want", "wants", "wanted") and (_WANTED_OF.match(masked, end) or _WANTED_NAMED.match(masked, end)):
        return not _WANTING_THING.search(before)  # "CDA MP X wants the minister to come to the Chamber": a demand, not a plan's
    if word == "asks" and _ASKED_OF.match(masked, end):
        return True  # "The Socialist Party asks the Federal Council to take in 5,000 refugees": a demand of an office
    if word == "tell" and _TOLD_PRESS.match(masked, end):
        return True  # "Residents of Idlib tell reporters the night was quiet": what was told, "that" left out
    return bool(word in _DISPUTING and (_DISPUTED.match(masked, end) or _DISPUTED_IT.match(masked, end)) or word == "questioned" and _QUESTIONED.match(masked, end)
                or word == "questions" and _HEADLINE_SUBJECT.fullmatch(masked, 0, start) is not None
                and (_QUESTIONED.match(masked, end) or _QUESTIONED_THING.match(masked, end) or _QUESTIONED_HOLDER.match(masked, end)))
