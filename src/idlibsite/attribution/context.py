"""What the text around a sentence tells about its speaker (pure): paragraphs, names in it, the body a spokesperson speaks for."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.countries import CAPITALS, DEMONYMS, PEOPLES
from idlibsite.attribution.answer import CONFIDENCE, NOBODY, NewActor, Speaker, actor_country, is_person, speaks_for
from idlibsite.attribution.match import match_body, match_person, name_key, nation_of
from idlibsite.attribution.folding import fold, folded, nations_in, words
from idlibsite.attribution.fullnames import NOT_OPENING, blended, shortened
from idlibsite.attribution.headnoun import office_of_place
from idlibsite.attribution.inflected import inflected_surname
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import NATIONS, PERSON_NOUNS
from idlibsite.sources.speech import DATELINE, DATELINE_MAX, Sentence

_QUOTED_NAME = re.compile(r"(?<=\b[Tt]he )[\"“]([A-Z][\w’'-]*(?: [A-Z][\w’'-]*| of| for| and| the){0,5})[\"”]")
"""A body's name in quotation marks after "the" (the "Salvation Government"): a name, not words spoken."""
_NICKNAME = re.compile(r"(?<=[a-z]) [\"“][A-Z][\w’'-]+[\"”](?= [A-Z][a-z])")
"""A nickname in quotation marks inside a person's name (Joko "Jokowi" Widodo)."""


def quoted_names(raw: str, masked: str) -> str:
    """The masked sentence with each quoted name shown again, its marks as spaces (lengths kept)."""
    if len(raw) != len(masked):
        return masked
    for m in _QUOTED_NAME.finditer(raw):
        masked = f"{masked[: m.start()]} {m.group(1)} {masked[m.end():]}"
    for m in _NICKNAME.finditer(raw):  # 'President Joko "Jokowi" Widodo said': no part of the name, no words said
        masked = f"{masked[: m.start()]}{' ' * (m.end() - m.start())}{masked[m.end():]}"
    return masked


def dispatch(text: str, start: int) -> int:
    """Where the paragraph holding ``start`` begins when it opens with an agency dateline ("Athens, 10
    March 2020 - "), -1 otherwise.  On a page of several dispatches (a ticker) each such paragraph
    starts a story of its own: no speaker carries over into it from the one before."""
    here = text.rfind("\n", 0, start) + 1
    opening = DATELINE.match(text[here : here + DATELINE_MAX])
    return here if here and opening else -1


def same_paragraph(text: str, lo: int, hi: int) -> bool:
    """True when nothing but a space or two lies between two sentences (no line break, no other sentence)."""
    between = text[lo:hi] if text else " " * (hi - lo)
    return len(between) <= 2 and "\n" not in between


def next_paragraph(text: str, sentence: Sentence, hi: int) -> bool:
    """True when ``sentence`` is a paragraph of its own and the sentence at ``hi`` opens the next one ('"...."' then
    "That was how X put it to me ..."): the next paragraph's words say whose the lone paragraph was."""
    opens = sentence.start == 0 or text[: sentence.start].rstrip(" ").endswith("\n")
    return bool(text) and opens and text[sentence.end : hi].strip() == "" and "\n" in text[sentence.end : hi]


_OPENING = re.compile(r"\s*((?:[A-Z][\w’'.-]*|al-\w+)(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|von|van|der|den|de|du|of(?=\s+[A-Z])))*)(?:,\s+(?:(?:the|a|an)\s+[^,;:.\n]{1,80}?|[a-z]{3,}ed\s+[^,;:.\n]{1,60}?),)?\s+(?!(?:bin|ibn|abu|von|van|der|den|de|du)\s)[\"“«„]?[a-z]")


_SUBORDINATE = frozenset("as while when after if since although though before unlike like with without because until once whereas"
                         " between both".split())
"""Words that open a sentence with a clause or phrase of its own ("As Russia and Turkey traded blame, ..."), whose country
is no subject of the sentence."""


def _initials(name: str) -> str:
    """A country's initials, folded ("png" of "Papua New Guinea"), as a headline writes a country of several words."""
    return "".join(w[0] for w in fold(name).split()) if " " in name else ""


_INITIALLED = [("".join(w[0] for w in fold(name).split() if w not in ("and", "of", "the")), name) for name in PEOPLES if " " in name]
_BY_INITIALS = {i: name for i, name in _INITIALLED if len(i) > 2 and sum(j == i for j, _ in _INITIALLED) == 1}
"""Countries of several words by the initials of their capitalised words, three or more letters that name one country
only ("png": Papua New Guinea; "drc"; not "sa" of South Africa and Saudi Arabia), as a headline opens with one ("PNG
urges calm"); written in capitals in the sentence."""


_TOPIC_TAG = re.compile(r"[A-Z][\w’'-]*[^\S\n]+(?:crisis|conflict|war|escalation|offensive|situation|tensions?|fighting)[^\S\n]*:[^\S\n]+")
"""A headline's topic tag of a country's adjective and a topic ("Syrian crisis: the government reassures ..."): no subject
of the headline, whose country is the page's, not the topic's."""


def opening_country(sentence: str) -> str:
    """The country a sentence opens with as its subject ("South Korea will provide", "Haavisto: Finland ready ...", a
    country of several words by its initials: "PNG urges calm"), "" when none (not "As Russia and Turkey traded ...",
    nor a topic tag's "Syrian crisis: the government ...", nor two states: "Russia, Turkey agree ...", a story of both, no
    national page's own)."""
    tag = _TOPIC_TAG.match(sentence)
    sentence = sentence[tag.end() :] if tag else sentence
    first = folded(sentence, 2)
    named = [NATIONS[w] for i, w in enumerate(first) if w in NATIONS and (w in (fold(NATIONS[w]), fold(NATIONS[w].split()[-1]))  # "New Zealand"
                                                                          or sentence.startswith(f"{NATIONS[w]} ")  # "Papua New Guinea has"
                                                                          or NATIONS[w] in PEOPLES and w == _initials(NATIONS[w]))  # "UAE urges"
             and not (i and first[0] in _SUBORDINATE)]  # not "As Russia and Turkey traded"
    named += [_BY_INITIALS[fold(first[0])]] if first and fold(first[0]) in _BY_INITIALS and sentence.startswith(first[0].upper()) else []  # "PNG urges"
    two = _TWO_STATES.match(sentence)
    both = two is not None and len(nations_in(" ".join(two.groups())) - {""}) == 2  # "Russia, Turkey agree ...": a story of
    # two states; not one of two words ("Trinidad and Tobago")
    return named[0] if named and not both and sentence[:1].isupper() else ""


_TWO_STATES = re.compile(r"([A-Z][\w-]+),?\s+(?:and\s+|&\s+)?([A-Z][\w-]+)\s")
"""Two names that open a sentence as its subject, by a comma or "and" ("Russia, Turkey agree", "Turkey and Russia ...")."""


def home_country(before: str) -> str:
    """The country the article opens with as a subject, in its headline or one of its first paragraphs ("Peru urges calm
    ...", "Peru on Monday called ..."): on a national outlet's page, whose "the government" and "the ministry" are when
    the text names no other, or its capital ("Dhaka urges ..."); "" when none."""
    paragraphs = [DATELINE.sub("", p.strip(), count=1).lstrip("'‘“\"«") for p in before.split("\n\n") if p.strip()][:3]  # after a dateline; "'Chile can ...'"
    seats = [CAPITALS.get(fold(m.group(1)), "") for m in (re.match(r"([A-Z][\w’'-]+)\s+[a-z]", p) for p in paragraphs) if m]
    seats += [CAPITALS.get(fold(m.group(1)), "") for m in map(_BYLINE_SEAT.fullmatch, paragraphs) if m]
    headline = paragraphs[: 1 + bool(paragraphs and _MASTHEAD.fullmatch(paragraphs[0]))]  # or after "TheCable"
    people = [NATIONS.get(fold(m.group(1)), "") for m in map(_PEOPLE_OPENING.match, headline) if m]
    return next((c for c in (*map(opening_country, paragraphs), *seats, *people, _dated_country(before)) if c), "")


_DATED = re.compile(r"([A-Z][\w’'-]+)(?=[^\n]{0,40}?(?:\([A-Z][^()\n]{1,30}\))?\s*[-—–]{1,2}\s)")
"""A dispatch's dateline at its place ("SANA'A, March 1 (Saba) - "), up to its dash."""
_DATED_NAMED = 3
"""How often a page names the country of its first dateline's capital, by name or adjective, for the dateline to tell
the page's country: a national agency's dispatch from its own capital names its country ("the Republic of Yemen
stands by ...", "Yemen's solidarity"); a wire's story filed from a capital it is not about seldom does."""


def _dated_country(text: str) -> str:
    """The country of the capital the first dispatch of the page is datelined at, when the page names that country at
    least :data:`_DATED_NAMED` times (by its name or its adjective); "" otherwise."""
    first = next((m for m in (_DATED.match(p.strip()) for p in text.split("\n\n")[1:4]) if m), None)
    country = CAPITALS.get(fold(first.group(1)), "") if first else ""
    named = re.findall(rf"\b(?:{re.escape(country)}|{re.escape(DEMONYMS.get(country, country))})\b", text) if country else []
    return country if len(named) >= _DATED_NAMED else ""


_BYLINE_SEAT = re.compile(r"(?:By|From)\s+[^,.;:\n]{3,60},\s+([A-Z][\w’'-]+)")
"""A byline that gives the writer's seat ("From Ana Reyes, Lima"): the capital of the page's country."""
_PEOPLE_OPENING = re.compile(r"(?:[A-Z][\w’'-]+:\s+)?(?:(?:All|No|Our)\s+)?"
                             r"(?:[A-Z][a-z]+\s+(?=[A-Z])(?!(?i:living|based|students|citizens|nationals|workers|pilgrims)\b))?"
                             r"([A-Z][a-z]+?)s?\s+(?i:(?:(?:students|citizens|nationals|workers|pilgrims)\s+)?(?:(?:living|based)\s+)?"
                             r"(?:in|among|abroad|stranded|trapped|safe|stuck))\b")
"""A headline that opens with a nation's people as its subject, maybe by what they are ("Peruvians stranded in ...",
maybe in title case and where they live ("Kenyans Living in Turkey Told ...", "Ugandan Students In Turkey Are Safe"),
"Nepalis in Turkey safe", "Basotho students in Turkey ...", a people of two words: "Sri Lankans in ..."), maybe counted ("All Fijian students ...") or after a tag
("Minister: Tongans in Italy are safe"): a national page writing of its own citizens abroad."""
_MASTHEAD = re.compile(r"[A-Z][^\s]*(?:[^\S\n]+[A-Z][^\s]*){0,3}")
"""A page's first line that is only its outlet's name ("TheCable", "TUKO.co.ke", "KBS WORLD Radio"): one to four words,
each opening with a capital, before the headline."""


def opening_name(sentence: str) -> str:
    """The capitalised run that opens a sentence as its subject ("NATO Secretary General Jens
    Stoltenberg spoke ...", "President of Ukraine Volodymyr Zelensky has held ...", 'X "is gravely concerned"', maybe
    with an apposition or a participle's aside after it: "Minister X, reached by telephone, went further"), "" when
    the sentence opens otherwise."""
    m = _OPENING.match(sentence)
    return m.group(1) if m and not NOT_OPENING.match(m.group(1)) else ""


_QUOTING = re.compile(r"\s*((?:[A-Z][\w’'.-]*|al-\w+)(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|von|van|der|den|de|du))*),\s+[\"“«„]")


def quoting_name(sentence: str) -> str:
    """The name that opens a sentence, set off by a comma before a quotation whose speech verb comes after it ('Putin,
    "We have prepared a joint document ...," he said', as copy translated from a language that puts the verb last has
    it): the sentence's subject, whom its "he" stands for; "" when the sentence opens otherwise ("In Ankara, "..."")."""
    m = _QUOTING.match(sentence)
    return m.group(1) if m and not NOT_OPENING.match(m.group(1)) else ""


_AT_PLACE = re.compile(r"(?:In|From)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),")


def seat_country(sentence: str, subject: str) -> str:
    """The country a sentence opens at, by its name or its capital, when ``subject`` follows as the sentence's subject
    ("In Kazakhstan, which hosted the talks, the foreign ministry told ...", "In Ankara, the ministry said ..."): whose
    "the ministry" there is; "" when none (not "In Damascus, an official said that the government ...")."""
    m = _AT_PLACE.match(sentence)
    m = m if m and re.match(rf"\s*(?:[^,]{{1,80}},\s*)?{re.escape(subject)}\b", sentence[m.end() :]) else None
    place = fold(m.group(1)) if m else ""
    return CAPITALS.get(place, "") or (NATIONS[place] if place in NATIONS and fold(NATIONS[place]) == place else "")


_CITIZENS = re.compile(r"\b(?:(?:no|all|any|some|[\d,]+|most|dozens?”?|hundreds)\s+([A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+)?)s\b"
                       r"|([A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+)?)\s+(?:citizens|nationals|students|workers|expatriates|pilgrims|diaspora)\b)")
"""A nation's own people abroad, counted or by what they are ("no Sri Lankans among", "all Malawian students",
"Kyrgyz citizens", "Burkinabè students": a demonym with an accent, "“a few dozen” Belgians")."""


def citizens_country(sentence: str) -> str:
    """The country whose own people a sentence speaks of (:data:`_CITIZENS`): a national page's, whose ministry tells of
    its citizens abroad ("The Ministry said there were no Sri Lankans among the casualties"); "" when none, or several."""
    people = [m.group(1) or m.group(2) for m in _CITIZENS.finditer(sentence)]
    named = {NATIONS.get(fold(p), "") or NATIONS.get(fold(p.split()[-1]), "") for p in people}  # "Sri Lankan": "Lankan"
    named = {n for n in named if n}
    return named.pop() if len(named) == 1 else ""


_BODY_OPENING = re.compile(r"(?:(?:In|From)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+)?((?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)\s+[a-z]")
"""A sentence that opens with a body named with its article, maybe after the place it speaks in ("In Damascus, the
Syrian Foreign Ministry denounced ...")."""


def opening_subject(sentence: str) -> str:
    """The name a sentence opens with as its subject (:func:`opening_name`), or the body it opens with after "the" and
    maybe its place ("In Damascus, the Syrian Foreign Ministry denounced what it called ..."): whom a relative clause's
    "it" stands for; "" when none."""
    m = _BODY_OPENING.match(sentence)
    return opening_name(sentence) or (m.group(1) if m and not NOT_OPENING.fullmatch(m.group(1).split()[-1]) else "")


def page_voice(before: str) -> str:
    """The name the paragraph before the current one opens with as its subject, with an apposition or a verb of
    being after it ("UNHCR, the UN Refugee Agency, is deeply concerned ..."): the body a release speaks as, whom
    "our teams" stand for; "" when that paragraph opens otherwise."""
    earlier = [p for p in before.rsplit("\n\n", 1)[0].split("\n\n") if p.strip()] if "\n\n" in before else []
    m = _VOICE_OPENING.match(earlier[-1]) if earlier else None
    return m.group(1) if m and not NOT_OPENING.fullmatch(m.group(1)) else ""


_VOICE_OPENING = re.compile(r"\s*((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,5})(?:,|\s+(?:is|are|has|have|was|were|remains)\b)")


_DESCRIBED = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+of\s+(.+)")
_OWNED_DESCRIBED = re.compile(r"(?:the\s+)?[\w.-]+[’']s\s+(?:(?:top|senior|most\s+senior|leading)\s+)?((?:[a-z-]+\s+){1,3})([a-z-]+)")
"""A person described by their body and field ("the UN's top political affairs official"): the field's words
name them in the title given later ("Under-Secretary-General for Political and Peacebuilding Affairs")."""


_ONE_HOLDER = re.compile(r"(?:[Aa]n?)\s+(governor|mayor|minister|ambassador|envoy|commander|premier|chancellor|commissioner"
                         r"|spokes(?:man|woman|person))")
"""An office one person holds in a place, named with no name: whom the text names later with that office ("a
spokeswoman said" in a summary, "Foreign Ministry spokeswoman Name said" in the story)."""


def description(phrase: str) -> frozenset[str]:
    """The words that identify a person described, not named ("the governor of Turkey's
    neighboring Hatay province" -> governor, hatay: its head and its capitalised words but
    nations; "the UN's top political affairs official" -> political, affairs: its field), empty when the phrase
    is no such description."""
    office = _ONE_HOLDER.fullmatch(phrase.strip())
    if office:  # "a governor said" in a summary, "X, the governor of Y" in the body (LABELS rule 7)
        return frozenset([office.group(1).lower()])
    owned = _OWNED_DESCRIBED.fullmatch(phrase.strip())
    if owned and {owned.group(2).lower(), fold(owned.group(2))} & PERSON_NOUNS:
        return frozenset(fold(w) for w in owned.group(1).split())
    m = _DESCRIBED.fullmatch(phrase.strip())
    if not m or not {m.group(1).lower(), fold(m.group(1))} & PERSON_NOUNS or re.search(r"[A-Z][\w’'-]*\s+[A-Z][\w’'-]*$", m.group(2)) and not office_of_place(phrase):
        return frozenset()  # "the head of the Centre ... Pavel Dorin" ends with a name
    capitals = [w for t in m.group(2).split() if t[:1].isupper() for w in words(t) if w not in NATIONS]
    return frozenset([fold(m.group(1)), *capitals])


_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
_GENERIC_HEADS = frozenset("agency office body organisation organization fund programme program ministry".split())


def acronym_after(text: str, end: int, described: str) -> str:
    """The acronym that names a body described just before ("the United Nations children's
    agency" ... "UNICEF Executive Director ..." -> "UNICEF") in the paragraph after ``end``:
    one whose letters have the initials of the description's words (its generic head
    aside) in order, starting with the first; "" when none is found or the body is named.  An acronym after a kind of
    its own ("state news agency SANA") is another body the paragraph names, not the one described ("Syrian army")."""
    if not text or not re.search(r"\s[a-z]", described):
        return ""  # a name ("Syria Relief Network"), not a description
    initials = "".join(w[0].upper() if not w.isupper() else w for w in re.findall(r"[\w-]+", described)
                       if w.lower() not in _GENERIC_HEADS and w.lower() not in ("the", "s"))
    start = text.find("\n", end)
    stop = text.find("\n", text.find("\n", start) + 2) if start >= 0 else -1
    for m in _ACRONYM.finditer(text[end : stop if stop > 0 else len(text)]):
        letters = iter(m.group())
        kinded = re.search(r"\b([a-z]+)\s+$", text[end : end + m.start()])
        if kinded and kinded.group(1) in _GENERIC_HEADS and kinded.group(1) not in described.lower().split():
            continue
        if len(initials) > 1 and initials[0] == m.group()[0] and all(c in letters for c in initials):
            return m.group()
    return ""


_RELAYED = re.compile(r"\W*[Tt]he\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:has\s+|had\s+)?(?:said|says|told|tells|believes|thinks|wants|stressed)\b")


def relayed_role(quotation: str) -> str:
    """The role of the person whose words a quotation itself reports ("The prime minister said the
    UK stood with Turkey," the spokesman said): the speaker only relays them; "" when none."""
    m = _RELAYED.match(quotation)
    return m.group(1) if m and fold(m.group(1).split()[-1]) in PERSON_NOUNS else ""


_SPOKESMAN_OF = re.compile(r"((?:[A-Z][\w’'-]*\s+)+)(?:spokes(?:man|woman|person)|press secretary|official)\b"
                           r"|\b(?:head|chief|director|commander|spokes\w+) of (?:the )?([\w’' -]+)")
"""The body in a person's title: "Defence Ministry spokesman", "the head of the Russian reconciliation center"."""


def spokesman_body(head: str, last: tuple[Speaker, str, bool] | None, actors: tuple[Actor, ...]) -> Actor | None:
    """The body whose spokesperson, the last speaker (speaker, role, person), has a title ending with ``head``."""
    if last is None or not last[2]:
        return None
    speaker, role, _person = last
    m = _SPOKESMAN_OF.search(role)
    body = (m.group(1) or m.group(2) or "").split() if m else []
    ends = [i for i, t in enumerate(body) if fold(t) == head]  # "... center at Hmeimim": up to its head
    if not ends:
        return None
    body = " ".join(body[: ends[-1] + 1])
    nation = speaks_for(speaker)
    bodies = match_body(read_phrase(f"{nation} {body}" if nation and nation not in body else body), actors)
    return bodies[0] if bodies else None


def nation_of_name(name: str, actors: tuple[Actor, ...], entries: list[tuple[Speaker, str, bool]]) -> str:
    """The country of a person named in the text: their actor's, a speaker's named before, or
    that of the body whose note names them ("The government of President Bashar al-Assad", "Assad" too: the article is no part of the surname)."""
    if not name:
        return ""
    actor = match_person(name, actors)
    known = actor_country(actor) if actor else speaks_for(seen_surname(name, entries) or NOBODY)
    if known:
        return known
    key = set(words(name))
    noted = [a for a in actors if a.kind != "person" and a.affiliation and key <= {w for n in words(a.note) for w in (n, re.sub(r"^(?:al|el|ad)-", "", n))}]
    return nation_of(noted[0].affiliation) if len({a.affiliation for a in noted}) == 1 else ""


def seen_surname(name: str, entries: list[tuple[Speaker, str, bool]]) -> Speaker | None:
    """The latest speaker named so far whose surname is that of ``name``, unless the first given names of both differ
    (the one no short form of the other, :func:`shortened`) and the one ``name`` gives is none of the other's ("Crown
    Prince Tom Brandt" after King "Ralf Brandt", "Tommy Ruiz" after "Teodoro Ruiz": kin share a surname; but "Tayyip
    Erdogan", "Teddy Locsin" for "Teodoro Locsin", "Cr Barakat"); or whose
    given names ``name`` is, a patronymic after them ("Guðlaugur Þór" after "Guðlaugur Þór Þórðarson"); or whose own name
    before a Malay patronymic ``name`` is alone ("Erywan" after "Erywan bin Mohd Yusof": his name, "bin" his father's); or
whose full name a popular short name is made of (:func:`.fullnames.blended`, "Jokowi" after "Joko Widodo"); else the one
person whose name opens with a one-word ``name`` (:func:`_given_alone`)."""
    given_words = [w for w in name.split()[:-1] if len(w) > 2]
    last, given = name_key(name.split()[-1]), list(map(name_key, given_words))
    for speaker, _role, _person in reversed(entries):
        known = speaker.actor.name if speaker.actor else speaker.new.name if speaker.new else ""
        theirs_words = [w for w in known.split()[:-1] if len(w) > 2]
        theirs = list(map(name_key, theirs_words))
        kin = bool(given and theirs) and not shortened(given_words[0], theirs_words[0]) and given[0] not in theirs
        first_names = 1 < len(name.split()) < len(known.split()) and [name_key(w) for w in known.split()[: len(name.split())]] == list(map(name_key, name.split()))
        seated = known.split()[-2:-1] == ["in"]  # "the Ruritanian Embassy in Ankara": a seat, no surname
        own = " " not in name and (known.split()[1:2] in (["bin"], ["binti"]) and name_key(known.split()[0]) == last  # "Dato Erywan"
                                   or is_person(speaker) and blended(name, known))  # "Jokowi" after "Joko Widodo"
        if known and not seated and (name_key(known.split()[-1]) == last and not kin or first_names or own):
            return speaker
    return _given_alone(name, entries) or inflected_surname(name, entries)



def _given_alone(name: str, entries: list[tuple[Speaker, str, bool]]) -> Speaker | None:
    """The one person named so far whose name opens with ``name``, one word that is no one's surname ("Retno said" after
    "Retno L.P. Marsudi", "Wang said" after "Wang Yi": a given name, or a family name written first); None when the page
    has named no such person, or two with different names ("Wang Yi" and "Wang Jinhui")."""
    if " " in name or not name[:1].isupper():
        return None
    people: dict[str, Speaker] = {}
    for speaker, _role, _person in entries:
        if speaker.actor and speaker.actor.kind == "person":
            people[speaker.actor.name] = speaker
        elif not speaker.actor and speaker.new and speaker.new.person:
            people[speaker.new.name] = speaker
    held = [speaker for known, speaker in people.items() if len(known.split()) > 1 and name_key(known.split()[0]) == name_key(name)]
    return held[0] if len(held) == 1 else None


def other_body(before: str, head: str, alias: Actor, actors: tuple[Actor, ...]) -> Speaker | None:
    """The body a bare anaphor ("the center") stands for when the text before last names another body
    with that noun ("the Iranian military advisory center in northern Syria"), not the known actor
    that lists the anaphor as an alias and that the page has not named since: proposed as new, never
    given the known actor's id.  None when the last such body is a known one, or there is none."""
    hits = list(re.finditer(r"\b[Tt]he\s+((?:[A-Z][\w’'-]*\s+)(?:[a-z][\w’'-]*\s+){0,3}" + re.escape(head) + r")\b", before))
    if not hits or match_body(read_phrase(hits[-1].group(1)), actors):
        return None
    after = fold(before[hits[-1].end() :])
    if any(fold(n) in after for n in (alias.name, *alias.aliases) if len(words(n)) > 1):
        return None
    name = hits[-1].group(1)
    return Speaker(None, NewActor(name, False, "", read_phrase(name).nation), "", "anaphor", CONFIDENCE["anaphor"])
