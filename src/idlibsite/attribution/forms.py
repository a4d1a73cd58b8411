"""The forms of speaker phrases :func:`~idlibsite.attribution.resolve.resolve` reads: a body's staff, a role in a place, a
spokesperson and the subject of the clause a spokesperson reports."""

from __future__ import annotations

import re

from idlibsite.sources.lexicon import SPEECH_VERBS, stated_forms

ITS = re.compile(r"([Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he\s+[a-z]+[’']s)\s+(.+)")
LOCATED = re.compile(r"(([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[’']s?\s+(?:[a-z-]+\s+)?([a-z-]+))\s+(?:in|at|near|on|from|to)\s+\S.*")
"""A role of a body's or a nation's, with no name, in or to a place: "Al-Masdar's correspondent in the
Aleppo countryside", "Russia's ambassador to the UK"."""
AUTHORITIES = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'-]*\s+authorities")
"""A nation's authorities ("the Turkish authorities"): that country's actor when the actors file has it, else the
country proposed as new ("Greek authorities" is Greece, LABELS rule 9)."""
PARTNER = re.compile(r"(?:[Hh]is|[Hh]er)\s+(?:guest|host|counterpart|interlocutor|visitor)")
"""The other one of two who met ("Putin and Erdogan ... « ... », the Russian president said ... His guest spoke of ..."):
the person the page named, in the paragraph or the one before, beside the one "his" stands for."""
PERSONAL = re.compile(r"(?:(?!(?:who|whom|whose|which|that)\s)[a-z]+\s+)*(?:(I)|[Ww]e|[Yy]ou|[Ll]et[’']s)(?:\s+[a-z]+)*")
"""Lowercase words around a pronoun of the first or second person: a clause read as a subject ("I would be cautious
about both", "last week you"), whose speaker is "I" (the byline's) or nobody named, never a name; not a description whose
relative clause holds the pronoun ("a government official whom I have known": the official)."""
WHERE_ASIDE = re.compile(r",\s+where\s+[^,\u2063]*?\s[a-z][^,\u2063]*,\s*$")
"""A relative clause of place between commas right before the verb, with its own verb ("The board of the X mosque,
where Khalil prayed on Fridays, called ..."): an aside about the subject, whose name in it is no speaker ("..., where
Putin said" has no verb of its own: Putin speaks)."""
CALL_ASIDE = re.compile(r"(?:,?\s+(?:in|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:conversation|call|talks|meeting)\s+with\s+[^,;:()\u2063]{1,100}?,?"
                        r"|\s+(?:[Pp]hones|[Tt]elephones|[Cc]alls|[Rr]ings|[Mm]eets|[Rr]eceives|[Hh]osts)\s+[A-Z][^,;:()\u2063]{1,80},)\s*$")
"""The call or meeting a subject speaks in, between it and its verb ("President X in a telephone conversation with
President Y of Turkey expressed ...", "X in his talks with Y conveyed ..."), or a headline's first act of two ("President
X Phones Erdogan, Expresses Condolences"): the one met is no speaker; the subject before it speaks."""
OUR_WRITER = re.compile(r"(?:[Oo]ur|[Tt]his)\s+(?:columnist|writer|contributor)")
"""The page's own writer by role ("..., argues our columnist"): the author the byline names, as "I" is."""
WHAT_IT = re.compile(r"\b(?:what|which|who|whom|[a-z]{3,}s)\s+it\s+$")
"""A speech verb in a relative clause whose subject is "it" ("hitting what it said were targets"): the sentence's subject."""
UN_AGENCY = re.compile(r"(?:[Tt]he\s+)?(?:UN|U\.N\.|United\s+Nations)(?:[’']s)?\s+([a-zA-Z’' ]+?)\s+(?:[Aa]gency|[Oo]rgani[sz]ation)"
                       r"(?:[’']s\s+(?:(?:regional|local|country|field)\s+)?(?:office|bureau|branch))?(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?")
"""A UN agency by its description ("the UN refugee agency", capitalised as a name too: "The UN Refugee Agency expressed
concern"), maybe its office in a place ("... in Cyprus", "the UN refugee agency's regional office in Budapest", LABELS rule
9: the body): its usual name, :data:`UN_AGENCIES`."""
_HOLDER_BY_TITLE = r"the\s+(?:[a-z-]+\s+){0,2}?(?i:minister|president|chancellor|secretary(?:-general)?|premier|governor|mayor)"
"""A person by a title in lowercase, no name ("the secretary-general", "the prime minister")."""
OWNED_VOICE = re.compile(r"(?P<owner>[Hh]is|[Hh]er|(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+[a-z][\w-]*)?[’']s)\s+(?:official\s+|chief\s+|deputy\s+)?"
                          r"(?:spokes(?:man|woman|person)|press\s+(?:secretary|attach[ée]))"
                          rf"|(?:(?:the|a|an)\s+)?(?:chief\s+|deputy\s+)?spokes(?:man|woman|person)\s+for\s+(?P<principal>[A-Z][^,]*|{_HOLDER_BY_TITLE}(?=,|$))")
"""A spokesperson of a principal named by a possessive ("Lind's press secretary, Name", "His spokesman", "The UN
secretary-general's spokesman") or after "for"
("Name, spokesman for Secretary-General Other", "Name, spokesman for the secretary-general,")."""


def principal_role(teller: str, label: str) -> str:
    """The role a principal relayed by a spokesperson takes in the discourse model: the title the spokesperson's
    possessive gives them ("The UN Secretary-General's spokesman, Name": "UN Secretary-General Guterres", whom "The
    Secretary-General" next stands for), else their label alone ("His spokesman", "Lind's spokesman": a name)."""
    owned = OWNED_VOICE.search(teller)
    owner = re.sub(r"^[Tt]he\s+|[’']s$", "", owned.group("owner")) if owned and owned.group("owner") else ""
    titled = owner and not set(owner.split()) & set(label.split()) and owner.lower() not in ("his", "her")
    return f"{owner} {label}" if titled else label


REPORTED_SUBJECT = re.compile(r"(?:\s+(?:in\s+an?\s+\w+|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|on\s+\w+|\w+day|(?:to\s+)?(?:reporters|journalists)|that"
                               r"|afterwards|later|at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing)))*"
                               rf"\s+(?P<subject>{_HOLDER_BY_TITLE}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,5}})\s+[\"“]?(?:had\s+|has\s+|was\s+|is\s+|would\s+)?(?!(?:and|that)\b)(?:[a-z]{{3,}}|is\b)")
"""The subject of the clause a speech verb reports, after the time, the place and the way it was said ("said in an email
Wednesday that the minister was ...", "said afterwards that", "said at the federal press conference that"); never two joined
by "and" ("said that Name and Other would meet": both together, no one principal's); its verb may be a bare "is" before
the state's own quoted words ('The Secretary-General is "worried" ..., Mr X said')."""
STATE_VERBS = frozenset("is was are were remains remained hopes hoped".split()) | stated_forms("said", held=True)
"""The verbs of a reported clause that tell its subject's state, not an act ("was", "remained", "hoped", and the lexicon's
views held: "believed", "fears", "considers"): the one list the relay test and the spokesperson's principal read, so
that the reported clause's verb decides (LABELS rule 3 and "One test for relays": an act of speech done before is the
principal's, a state is the teller's unless its own words are quoted)."""
REPORTED_STATE = re.compile(rf"\s+[\"“]?(?:{'|'.join(sorted(STATE_VERBS, key=len, reverse=True))})\b")
"""After the subject of a reported clause (:data:`REPORTED_SUBJECT`), what it is or hopes ("the Secretary-General is
gravely concerned", "hopes this will lead to ..."): a state, not an act."""
BODY_VOICE = re.compile(r"(?P<owner>)(?P<principal>)(?:[Aa]n?\s+)?(?:[A-Z][\w.-]*\s+|[a-z]+al\s+){0,3}spokes(?:man|woman|person)")
"""A body's spokesperson ("UN spokesman"), with :data:`OWNED_VOICE`'s groups empty: whose principal the title a
quotation opens with names ('"The Secretary-General hopes ...," UN spokesman Name said', round 40's ruling)."""
SPOKESPERSON = re.compile(r"(?i)an?\s+(?:\w+\s+)?spokes(?:man|woman|person)")
"""A spokesperson of nobody named: the body that spoke just before, in the same paragraph."""
SPOKES_WORD = re.compile(r"(?i)\bspokes(?:man|woman|person)\b")
"""A spokesperson's phrase: who relays a principal (LABELS rule 3), never the principal's own side."""
ASKED_OFFICE = re.compile(r"\b(?:asked|contacted|called|wrote\s+to|e-?mailed|approached|reached)\s+(?:the\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5})"
                          r"(?:[’']s)?(?:\s+(?:press\s+(?:office|service|desk)|media\s+office|spokes(?:man|woman|person)))?\b[^.!?]*[.!?]\s+$")
"""A body asked or contacted in the sentence before ("I asked the SRE press office last week what ... . A spokesperson
promised an answer."): whose an unnamed spokesperson next is (LABELS rule 3: a spokesperson of a named body)."""
OWN_STAFF = re.compile(r"(?:(?:[Tt]he\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5}?)(?:[’']s)?|[Ii]ts)\s+(?:own\s+)?"
                        r"(?:[a-z]+\s+)?(?:teams|staff|staffers)(?:\s+(?:in|on|at|across)\s+[^,]{1,60})?")
"""A body's own teams or staff, maybe where they work ("IRC teams in northwest Syria", "its staff on Lesvos"): the body."""
OUR_STAFF = re.compile(r"[Oo]ur\s+(?:own\s+)?(?:[a-z]+\s+)?(?:teams|staff|staffers|colleagues)(?:\s+(?:in|on|at|across)\s+[^,]{1,60})?")
"""The teams or staff of the body whose release the page is, in its own voice ("Our teams in Idlib report ...")."""
ITS_VOICE = re.compile(r"[Ii]ts\s+(?:official\s+|chief\s+)?(?:spokes(?:man|woman|person)|press\s+secretary)")
"""A body's spokesperson by "its" ("Its spokesperson, Mr X, said ..."): the body the page spoke of just before."""
UNNAMED_MEDIA = re.compile(r"(?i)(?:(?:some|the|local|foreign|international|western|regional|other|hebrew|arabic|persian|farsi|kurdish|urdu|hindi"
                           r"|pashto|dari|[a-z]+-language|independent|pro-[a-z]+|anti-[a-z]+)\s+)*"
                           r"(?:media(?:\s+(?:outlets|reports|organi[sz]ations))?|news\s+(?:agencies|outlets|organi[sz]ations))")
"""Media named by no nation and no outlet ("local media", "Some Western media", "media", "international news agencies"),
maybe by a language that is no nation's ("Hebrew media", "Arabic-language media", LABELS Round 63) or by a side
("pro-government media", "anti-war media", LABELS Round 65's "Pro-militant media outlets"): LABELS rule 4's unnamed
media, whose outlets or reports are the media themselves (the head of "media outlets" is the media)."""

MINISTRY_NAMED = re.compile(r"\b(?:[Ff]oreign\s+[Mm]inist(?:ry|er)|Minist(?:ry|er)\s+(?:of|for)\s+(?:Europe\s+and\s+)?(?:Foreign|External)\s+Affairs|[Ff]oreign\s+[Oo]ffice"
                            r"|(?:Foreign|External)\s+Affairs\s+Minist(?:ry|er)|Department\s+of\s+(?:Foreign|External)\s+Affairs"
                            r"|State\s+Department|Department\s+of\s+State)\b")
"""A foreign ministry named as one ("the External Affairs Ministry" too), or its minister, by any of the title's word orders
("Foreign Minister X", "Minister of Foreign Affairs X", "Minister for Europe and Foreign Affairs X"): the page ties a ministry's
seat to the body it houses."""
PORTFOLIOS_MINISTRY = re.compile(r"(?:[Tt]he\s+)?((?:(?!(?:the|a|an|its|his|her|their|and)\b)[a-z][\w’'-]*\s+){1,3}and\s+"
                                 r"(?:(?!(?:the|a|an|its|his|her|their)\b)[a-z][\w’'-]*\s+){1,3})ministry")
"""A ministry named in lowercase by its several portfolios ("the expatriates' welfare and overseas employment ministry"):
its own name, "Ministry of Expatriates' Welfare and Overseas Employment", never "the ministry" named before."""
PORTFOLIOS_NAMED = re.compile(r"\b(?:[A-Z][\w’'-]*\s+){1,3}and\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:Ministry|Department|Directorate)\b")
"""A body's name of several portfolios, capitalised, before its kind ("the Foreign and Expatriates Ministry", "the Home
and Immigration Department"): "and" inside one name, not two speakers."""
SHARED_ON = re.compile(r"\b(?:on|via|across)\s+[A-Z][\w’'-]*\s+and\s+[A-Z][\w’'-]*\b")
"""Two platforms or channels a thing went round on ("circulating on WhatsApp and Facebook", "shared across Telegram and
X"): "and" inside a phrase, not between two speakers."""
OPENING_PLACE = re.compile(r"(?:In|At|From)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+(?=[Tt]he\s+[A-Z]|[A-Z])")
"""A place that opens a sentence before its subject ("In Abuja, the Senate ...", "From Geneva, UNHCR ..."): where, not who."""
OUR_OWN = re.compile(r"^[Oo]ur\s+(?:own\s+)?(?=[A-Z][\w’'-]*\s+(?:of|for)\s+[A-Z]|(?:[A-Z][\w’'-]*\s+){1,2}(?:Ministry|Department|Office)$)")
"""A columnist's "our own" before a body's name ("Our own Ministry of Foreign Affairs", "Our own Foreign Ministry", "Our
Defence Ministry"): the body of the page's country, read as "the" body a national page names without its country
(LABELS Round 29)."""

RELAYED_IN_ANSWER = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|(?:A|An|One)\s+[a-z]+|(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\b"
                               r"[^.!?\n\"“«]{0,80}?\b(?:"
                               + "|".join(sorted(map(re.escape, {*SPEECH_VERBS, "ask", "asks", "asked"}), key=len, reverse=True))
                               + r")\b[^.!?\n\"“«]{0,30}[\"“«‘]?$")
"""Words before a quotation in an interview's answer that give it to "he", "she" or "they", to someone it describes
("A woman from Ghulja ... told me") or to the answerer's own ("My students ask me every day, ...") (the answerer speaks
as "I"): someone the answer talks of, whose words (or question) they are (LABELS, Round 27: nobody, if the page names
nobody)."""

ISSUED_BY = re.compile(r",\s+reads\s+an?\s+(?:[\w-]+\s+)?(?:communiqu[eé]|statement|press\s+release|note|declaration)\s+"
                       r"(?:issued|released|published|put\s+out)\s+(?:[^,;:\u2063]{0,40}?\s+)?by\s+(?P<author>(?:the\s+)?[A-Z][^,;:\u2063]*?)\s*[.!]?\s*$")
"""A document's tag closing a sentence, its author named after "by" ("..., reads a communiqué issued Saturday by the Ministry
of Foreign Affairs."): the author's clause, as "..., the ministry said" is (LABELS rule 5: a document is its author's)."""

QUOTED_AFTER_NAME = re.compile(r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:\u2063|['‘\"“])")
"""After a headline's ", says": a name with a quotation right after it ("..., says Somalia 'stands by Ankara'"): the name is
the subject of the quoted words, a clause said, not who says it."""
HEADLINE_OPENER = re.compile(r"\s*((?:[A-Z][\w’'-]*\s+){1,3}?)[a-z]+s\s")
"""A headline's subject, one to three capitalised words, before its first verb in the present ("Villa Somalia mourns ...")."""


VOICE = re.compile(r"(?i)\bspokes(?:man|woman|person)\b|\bpress\s+(?:secretary|attach[ée])")
"""A spokesperson, who may relay another's act or words."""


VOICE_AFTER = re.compile(r"(?i)^according to\b.*")
"""A spokesperson who relays another: no role of the one relayed ("X, according to the spokesperson, told ...")."""


CROWD = re.compile(r"\b(?:chant(?:s|ed|ing)?|(?:placards?|banners?|posters?|signs?|slogans?)"
                   r"(?:,?\s+(?:held|carried|hoisted|raised|waved|displayed|hung|put)(?:\s+[\w-]+){0,6}?,?)?\s+(?:\w+\s+){0,2}?"
                   r"(?:read|reads|reading|said|saying|bore|bearing)"
                   r"|(?:by|over|through|from)\s+(?:an?\s+|the\s+)?(?:loudspeakers?|megaphones?|loudhailers?|bullhorns?))\b", re.IGNORECASE)
"""What a crowd chants or what its placards read ("protesters chanting", "One banner read", "A placard held up by a young
girl reads"), or words broadcast by loudspeaker ("the answer came by loudspeaker, every hour: "..."", LABELS Round 54):
nobody named; a caption's label before it ("SIGNS: A placard ... reads "..."") is no speaker either."""
POSTED = re.compile(r"\b(?:A|An|One)\s+(?:(?:viral|anonymous|widely[\s-]shared|popular)\s+)?(?:post|posts|tweet|message|video|meme"
                    r"|chain\s+(?:message|letter)|claim)\b(?:(?!\bby\s+[A-Z])[^.!?\n«»\"“”„]){0,100}?"
                    r"\b(?:reads|read|says|said|claims|claimed|states|stated)\s*:?\s*[«\"“„‘']?$")
"""An anonymous post or message whose words a sentence gives ("A post shared more than 8,000 times on Facebook since
Sunday reads: «...»", a fact-check's claim checked): nobody named (LABELS Fact-checks: an anonymous post is null); one
"by" a name is that name's."""
STATE_KIND = re.compile(r"(?:[Tt]he\s+)?(?:Kingdom|Sultanate|Emirate|Principality|Grand\s+Duchy)")
"""A state called by its kind alone, as a national page calls its own country ("the Kingdom" on a Saudi page)."""
UNSTOPPED = re.compile(r"[^.!?\"”’»):;\s]\s*$")
"""A line that ends with no stop: a headline's or a deck's, read among the body's lines when the page is cut so."""
