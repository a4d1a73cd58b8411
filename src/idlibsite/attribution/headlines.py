"""Who a headline's words are, by the grammar of headlines (pure).

A headline drops articles and names its source by a tag: "Cabinet: Kingdom Stresses Need ...", "India hopes for durable
peace: MEA", "Azerbaijani FM offers condolences ...", "Amir condoles with ...".  The body names the same speaker in full;
LABELS ("A headline quotation that condenses", Round 27's short names in headlines) gives the headline to the body's
speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NewActor, Speaker, is_person
from idlibsite.attribution.bodyhead import body_head, headed_body
from idlibsite.attribution.bodytable import BodyTable
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.condensed import Condensed
from idlibsite.attribution.countries import CAPITALS
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.cast import cast, holder as cast_holder, office, periphrasis
from idlibsite.attribution.page import tag_holder
from idlibsite.attribution.resolve import resolve
from idlibsite.attribution.seen import Seen
from idlibsite.attribution.headroles import role_alike
from idlibsite.attribution.spelledbody import spelled_body
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS, PERSON_NOUNS
from idlibsite.sources.lexicon import SPEECH_VERBS
from idlibsite.sources.speech import DATELINE, DATELINE_MAX, speech_verbs
from idlibsite.sources.statements import Passage


_TITLE_WORD = re.compile(r"(?:(?P<nation>[A-Z][a-z]+)\s+)?(?P<title>[A-Z]{2,4}|(?:[A-Z]\.){1,3}[A-Z]\.?|[A-Z][a-z]+|[a-z]+(?:\s+[a-z]+){0,2})")
"""A headline's subject or tag of one title, maybe after a nationality: "Azerbaijani FM", "Amir", "Hungarian foreign
minister" (a title in lowercase, as a headline writes it without its article), "P.M." (initials written with dots)."""


_SECOND_CLAUSE = re.compile(r";\s+|,[’'\u201d]?\s+(?=(?:(?:[A-Z][\w’'.-]*\s+){1,3}|[a-z]{3,}[^s\W]\s+)[a-z]{3,}[^s\W]s\s+\w)|\s+as\s+(?=(?:[A-Z][\w’'.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}[a-z]+s?\s+['‘\u201c\x22$]?[\w$])")
"""Where a headline or deck goes on with a statement of a second speaker: after a semicolon ("Bank says ...; analysts warn
..."), or after a comma (maybe closing a quotation) before a subject of capitalised words, or a deck's one word in sentence case
not itself a verb in "-s" (", sends condolences to ..." is the first subject's), and its verb in the present, more words after it ("...
says ... after the strike, MFA advises against travel ...", "Prosecutor says ..., defence calls ..."), not a tag that ends the line (", Lavrov says"); or at "as"
after words that report speech or a stance and before a subject of its own with its verb (:func:`_as_second`: "Ministry
urges restraint as rights groups draw parallels with ...", "Minister urges calm as fighting displaces thousands"), not
after an act with no speech verb ("Ireland to give aid as Minister says ...": one passage)."""


def headline_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ranges of a headline's or deck's statements: each clause its own, with its own speaker (LABELS rule 11), the
    line cut at :data:`_SECOND_CLAUSE` when the part before it reports speech by a verb of its own (a comma after
    "Truce holds" joins no second statement); a semicolon always parts two."""
    cuts = [m for m in _SECOND_CLAUSE.finditer(text, start, end) if m.group().startswith(";")
            or text.count('"', start, m.start()) % 2 == 0 and (speech_verbs(text[start : m.start()]) if m.group().strip() != "as"
                                                               else _as_second(text[start : m.start()], text[m.end() : end]))]
    restarts = [m.end() if m.group().strip() != "as" else m.end() - len(m.group().lstrip()) for m in cuts]  # "as ..." kept
    bounds = [start, *(b for m, after in zip(cuts, restarts) for b in (m.start(), after)), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


_STANCE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,1}[A-Z][\w’'.-]*)\s+(?:backs|supports|stands\s+(?:by|with)|sides\s+with)\s")
"""A headline's subject that states its stance ("Zim backs Syria's sovereignty as opposition slams ..."): a statement of
its own (LABELS Round 50: "backed" as a stated stance), cut before a second subject's "as ...", its subject's
(:func:`concerned`)."""


def _as_second(before: str, after: str) -> bool:
    """True when a headline's "as" joins two statements, each its own (LABELS rule 11): the words before it report speech
    or a stance, and those after it open with a subject of their own ("UN chief demands ... as Nigerians at the border
    seek help") or speak; an act before it with no speech verb is one passage with what follows ("Ireland to give ... as
    Minister says ...", LABELS rule 11's verb's subject)."""
    return bool(speech_verbs(before) or _STANCE.match(before)) and (_subject_after_as(after) or _speaks_after_as(after))


def _subject_after_as(after: str) -> bool:
    """True when the words after a headline's "as" open with a subject of one to four words and a verb in the present:
    in "-s" ("fighting displaces thousands", "UN warns ...") or after a people's plural ("Nigerians at Greek border seek
    help"), not a preposition's noun ("... as envoy to ...")."""
    return re.match(r"(?:[\w’'.-]+\s+){1,4}?[a-z]{2,}s\b|[A-Z][\w’'-]*s\s+(?:[\w’'.-]+\s+){0,3}[a-z]{3,}\b", after) is not None


def _speaks_after_as(after: str) -> bool:
    """True when the words after a headline's "as" open with a subject of one to four words and a speech verb ("rights
    groups draw parallels with ...", "region urges de-escalation"), not an event ("fighting displaces ...")."""
    verbs = speech_verbs(after)
    return bool(verbs) and re.fullmatch(r"(?:[\w’'.-]+\s+){1,4}", after[: verbs[0].start()]) is not None


_CONCERNED = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*(?:\s+(?:chief|head|leader|envoy|minister|govt|government))?)\s+(?:[Ii]s\s+)?"
                        r"['‘\"“]?(?:(?i:deeply|gravely|very|extremely|seriously|greatly)\s+)?(?:[Ww]orried|[Cc]oncerned|[Aa]larmed|[Tt]roubled)['’\"”]?"
                        r"(?:\s+(?:[Aa]bout|[Oo]ver|[Bb]y|[Aa]t)\s|\s*$)")
"""A headline's subject and a state of concern it states ("Yerevan Worried About ...", "Lima concerned over ...", "SA
'deeply concerned' over ...", "UN chief alarmed" alone): the subject's statement of its state, as a headline's subject is
its speaker (LABELS, Round 42's questions); a bare role after a body's name ("UN chief") the role's holder."""


def concerned(headline: str) -> str:
    """The subject of a headline that states its concern (:data:`_CONCERNED`) or its stance (:data:`_STANCE`), "" when it
    states none."""
    m = _CONCERNED.match(headline.strip()) or _STANCE.match(headline.strip())
    return m.group(1) if m else ""


_FOLLOWING_AND_HOPING = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+is\s+(?:(?:closely|carefully|attentively)\s+)?"
                                   r"(?:following|monitoring|watching)\b[^.;:!?]*?,?\s+and\s+hopes\b")
"""An untagged deck whose subject follows a situation and hopes ("Ruritania is closely following the situation in X and
hopes that the parties ..."): the subject's state and hope, stated; the subject's, though the story's lead gives the same
words to its spokesperson (LABELS Round 43: a headline's subject is its speaker)."""


def following_and_hoping(headline: str) -> str:
    """The subject of a deck that follows a situation and hopes (:data:`_FOLLOWING_AND_HOPING`), "" for any other."""
    m = _FOLLOWING_AND_HOPING.match(headline.strip())
    return m.group(1) if m else ""


_ENTRY_QUOTED = re.compile(r"(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*)?(?P<who>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s+['‘\"“«]")
"""An entry heading's words before its quotation, after a time stamp: "11.20am - Nurses in Gaziantep '...'"."""
_AFTER_HEAD = re.compile(r"\s+(?:from|in|at|of|with|near|who|based)\s")


def quoted_by_description(before: str) -> str:
    """The description that opens an entry heading before its quotation (:data:`_ENTRY_QUOTED`, ``before`` the line up
    to and with the quotation's mark), as one person the entry may introduce: its head in the singular and in lowercase
    ("Nurses in Gaziantep" -> "nurse in Gaziantep", "Kenyan nurses" -> "Kenyan nurse"): a plural heading whose entry
    quotes one person is that person's (LABELS Round 29, a headline quotation that condenses); "" when none opens it."""
    m = _ENTRY_QUOTED.fullmatch(before.strip())
    if m is None:
        return ""
    who = m.group("who").split()
    head = len(_AFTER_HEAD.split(m.group("who"), maxsplit=1)[0].split()) - 1
    noun = who[head][:-1] if who[head].endswith("s") and not who[head].endswith("ss") else who[head]
    who[head] = noun if fold(noun) in NATIONS else noun.lower()
    return " ".join(who)


_SENTENCE_STOP = re.compile(r"[.!?…]$")
HEADLINE_WORDS = 16
"""The most words of a line read as an entry's heading among the body's lines (no stop at its end)."""
_DETERMINED = re.compile(r"(?:the|a|an|this|that|these|those|his|her|its|their|our|my|one|another)\b")
"""A determiner: a description with one is the prose's ("the mother said"); one without, a heading's ("says displaced mother")."""


def heading_line(text: str, at: int) -> bool:
    """Whether the line of ``text`` that holds offset ``at`` reads as a heading among the body's lines: no stop at its
    end and at most :data:`HEADLINE_WORDS` words ("'We lost everything', says displaced mother")."""
    end = text.find("\n", at) % (len(text) + 1)
    line = text[text.rfind("\n", 0, at) + 1 : end].strip()
    return not _SENTENCE_STOP.search(line) and len(line.split()) <= HEADLINE_WORDS and not _RUNS_ON.match(text, end + 1)


_RUNS_ON = re.compile(r"[^\S\n]*[a-z]")
"""The next line opening in lowercase: the line is one of a hard-wrapped paragraph's (a newspaper column read by OCR,
",,We will work together" over "to deliver aid ...,'' he said."), its sentence going on, no heading."""


def undetermined(phrase: str) -> bool:
    """Whether a speaker phrase is a description in lowercase without its determiner, as a heading writes it
    ("displaced mother"), not as the prose does ("the mother", "a mother"); or no phrase at all (an entry heading of a
    quotation alone after its stamp, "19:10 - 'Fragile, but a start'": the entry's speaker, :func:`.described.described_alike`)."""
    return not phrase or phrase[:1].islower() and not _DETERMINED.match(phrase)


BYLINE_WORDS = 4
"""The most words of the one line between a deck and the story, a byline or the outlet's name ("bne IntelliNews")."""


_CAPTION = re.compile(r"\b(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage)(?:\s+credit)?\s*:\s*[^:()\n]{1,60}\)?\s*$")
"""A photo's caption, its credit at its end ("... on Feb 28. Photo: Reuters", "Foreign Ministry spokeswoman Name (Photo:
Agency)"): a paragraph the page sets between a deck and the story, no part of either."""


def deck(text: str, body: Sequence[tuple[int, int]], headings: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The deck under a headline that the page's blocks give as the body's first paragraph: one line under the headline
    that the story itself opens after, under a line of its own (a byline's "bne IntelliNews") or with a dateline
    ("MOSCOW — ..."), a photo's caption maybe between (:data:`_CAPTION`); a headline's statements, not the story's (LABELS: a headline, deck or standfirst); None when the
    body's first paragraph is the story's."""
    story = [r for r in body[1:] if not _CAPTION.search(text, r[0], r[1])]  # a photo's caption between: not the story
    first, after = (body[0], story[0]) if story else (None, None)
    if first is None or after is None or "\n" in text[first[0] : first[1]].strip() or not any(e <= first[0] for _, e in headings):
        return None
    between = [text[s:e] for s, e in headings if first[1] <= s < after[0]]
    under_heading = len(between) == 1 and len(between[0].split()) <= BYLINE_WORDS and not speech_verbs(between[0])  # a
    # byline's "bne IntelliNews" between it and the story, not a live blog's next entry heading
    return first if under_heading or DATELINE.match(text[after[0] : after[0] + DATELINE_MAX]) else None


_ROYAL = re.compile(r"(?:His|Her)\s+(?:Majesty|Highness|Royal\s+Highness)")
"""A headline's subject by a royal style alone, the name left out ("His Majesty", "Her Highness")."""


def titled(phrase: str, text: str) -> str:
    """The person the page names right after the title a headline's subject or tag gives without its article ("Amir offers
    condolences ..." over "... the Amir Sheikh Name ...", "Azerbaijani FM offers ..." over "Foreign Minister Name",
    "..., says Hungarian foreign minister" over a Hungarian page's "Foreign Minister Name"), as
    "the Amir" would be (:func:`.cast.holder`); a word for whoever heads a body after the body's acronym ("UN chief
    welcomes ...") is the one person the page bills with a title of that body ("UN Secretary-General Name"), whatever
    its own word for the head; "" when none (or two such), when the word before the title is no nation's, or when the
    "title" is a country or its capital ("Oman condoles ...", "Yerevan Worried ...": the country speaks); a royal style alone
    ("His Majesty conveys ...") is the one the page bills with a title it honours (king, sultan, emir: :func:`.cast.holder`),
    a press periphrasis ("Turkey's top diplomat", "Defence chief": :func:`.cast.periphrasis`) the holder of its office.
    An office written whole ("The Head of State has instructed ...") is the one the page names in it
    (:func:`.page.tag_holder`); a title after capitalised words that name no nation ("Hatay Governor: ...") is the one
    the page bills with it word for word (:func:`_billed_whole`)."""
    if office(phrase):  # "The Head of State has instructed ..." over "the Head of State, H.E. Name": the office's holder
        return tag_holder(text, strip_article(phrase))[0] or cast_holder(f"the {strip_article(phrase)}", text)  # or
        # the one the page bills with it after the title's portfolios ("the Minister of X, Y and Z, Name")
    if _ROYAL.fullmatch(phrase) or periphrasis(phrase):  # "His Majesty conveys ...": the one the body names with a royal
        return cast_holder(phrase if _ROYAL.fullmatch(phrase) else f"the {phrase}", text)  # style; "Turkey's top diplomat"
    if headed_body(phrase):  # "UN chief ...", "UN political chief ...": whom the page bills as its head (bodyhead)
        return body_head(phrase, text)
    *place, title = phrase.split() or [""]
    if place and fold(place[0]) not in NATIONS and all(w[:1].isupper() for w in place) and fold(title) in PERSON_NOUNS:
        return _billed_whole(phrase, text)  # "Hatay Governor: ..." over "Hatay Governor Name said"
    m = _TITLE_WORD.fullmatch(phrase)
    if m is None or m.group("nation") and fold(m.group("nation")) not in NATIONS or fold(m.group("title")) in NATIONS or m.group("title").lower() in CAPITALS:
        return ""
    named = cast_holder(f"the {phrase}", text)
    return "" if ORG_WORDS.intersection(words(named)) else named  # "Qatar Red Crescent Society": a body, no title's holder


def _billed_whole(phrase: str, text: str) -> str:
    """The one person the page bills with a heading's title of a place and a title word, word for word ("Hatay Governor:
    the wounded are ..." over "Hatay Governor Name said ..."): the seat's holder (LABELS rule 7, a role described, then
    named); "" when the page bills nobody, or several, with it (a place before a title is no nation, so
    :func:`.cast.holder` would not read it as a seat by itself)."""
    held = {b.name for b in cast(text) if fold(b.title) == fold(phrase) and " " in b.name}
    return held.pop() if len(held) == 1 else ""


def acronym_body(name: str, found: dict[Passage, Speaker], table: BodyTable) -> str:
    """The name a headline's subject stands for when it is the acronym the page gives a body in brackets ("Dotr urges
    calm" over "The Department of Trade (Dotr) says ..."): the acronym kept as it is (the body's own name on that page,
    :func:`.bodytable.body_named`), or, when the story names the body as a speaker in more words than its name (its
    country before it on a national page: "Kenyan Department of Trade"), that fuller name; "" when no body of the page
    has that acronym.  Either way the subject is the body's, never a spokesperson whose title holds the acronym."""
    body = next((b for b in table.bodies if b.bracketed and fold(b.bracketed) == fold(name)), None)
    if body is None:
        return ""
    named = (s.new.name for _, s in sorted(found.items(), key=lambda item: item[0].start)
             if s.how == "named" and s.new and not s.new.person and set(words(body.name)) < set(words(s.new.name)))
    return next(named, body.bracketed)


def spoken(condenses: Condensed, actors: tuple[Actor, ...], text: str) -> Speaker:
    """The speaker of a headline by the statement it condenses (:func:`.condensed.condensed`): the country its subject
    is ("Peru mourns ...", LABELS "A headline's subject is its speaker"), else that statement's speaker; a country
    that no known actor aliases ("Syria" beside a "Syrian government" aliased only "Damascus") proposed as new (rule 9);
    a known body its subject or tag names on its own when that speaker is a person of it ("Kremlin Hopes ..." over "The Kremlin
    hopes ..., Kremlin Spokesman Y told reporters"; a deck's "..., says UN" over the UN's humanitarian chief: Round 58)."""
    got = condenses.speaker
    country = resolve(Clause(condenses.country, "", ""), actors, Seen(before=text)) if condenses.country else None
    if country and country.actor and fold(condenses.country) not in map(fold, (country.actor.name, *country.actor.aliases)):
        country = Speaker(None, NewActor(condenses.country, False, "", condenses.country), "", "named", CONFIDENCE["named"])
    got = country if country and (country.actor or country.new) else got
    said = " ".join(w for w in condenses.said.split() if w.lower() not in SPEECH_VERBS) if condenses.by in ("tag", "subject") and is_person(got) else ""
    said = said if re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", said) else ""  # a name, not "Lima mum": a person described
    spelled = spelled_body(said, text[condenses.passage.sentence.start : condenses.passage.sentence.end]) if condenses.by == "tag" else ""
    body = resolve(Clause(spelled or said, "", ""), actors, Seen(before=text)) if said else None  # "Kremlin Hopes ...", "..., says UN" over
    got = body if body and (body.actor or spelled and body.new) and not is_person(body) else got  # a person of the body: the body (Round 58);
    # "...: FO" over "Foreign Office Spokesperson X says ...": the body its initials spell (Round 38)
    return Speaker(got.actor, got.new, "", "later", CONFIDENCE["later"])


_INTERVIEW_WITH = re.compile(r"[\"”’'][^\S\n]*(?::|[-—–|])[^\S\n]*(?:(?:[Aa]n?|[Tt]he|[Oo]ur|[Ee]xclusive)[^\S\n]+)?(?:[Ee]xclusive[^\S\n]+)?[Ii]nterview[^\S\n]+"
                             r"[Ww]ith[^\S\n]+(?P<guest>(?:[A-Z][\w’'.-]*|al-\w+)(?:[^\S\n]+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|de|van|von)){0,4})[^\S\n]*$")
"""A headline's quotation, then whose interview it heads ('"Words": Interview with Name', '"Words" — an interview with
Name'): the guest's words, condensed from the answers (LABELS Round 29, a headline quotation that condenses)."""


_LONE_QUOTATION = re.compile(r"[\"“][^\"“”\n]+[\"”]")
"""A headline that is a quotation and nothing else ('"Sri Lankans in the Gulf are watching Idlib closely"')."""

_QUOTATION_ROLE = re.compile(r"[\"“‘'][^\n]+[\"”’']:\s+(?P<role>(?:[\w’'-]+\s+){0,2}[a-z]+)")
"""A headline that is a quotation and a role after a colon, a word or two before it maybe ("'...': migration
researcher", "“...”: Nairobi analyst"): the role's one person, as the lone quotation is the guest's."""


def interviewed(headline: str, tags: frozenset[str] = frozenset()) -> str:
    """The guest a headline's quotation is given to by the interview it heads (:data:`_INTERVIEW_WITH`), or, for a
    headline that is a lone quotation (:data:`_LONE_QUOTATION`, or one tagged by a role, :data:`_QUOTATION_ROLE`) over
    the answers of one tagged guest (``tags``: the page's answer tags), that guest's tag (LABELS Round 29: a headline quotation that condenses the guest's answers);
    "" when none."""
    m = _INTERVIEW_WITH.search(headline.strip())
    role = _QUOTATION_ROLE.fullmatch(headline.strip())
    lone = len(tags) == 1 and (_LONE_QUOTATION.fullmatch(headline.strip()) is not None
                               or role is not None and words(role.group("role"))[-1] in PERSON_NOUNS)
    return m.group("guest") if m else next(iter(tags)) if lone else ""


def interview_guest(phrase: str, found: dict[Passage, Speaker]) -> Speaker | None:
    """The interview's guest a headline's bare role stands for ("Analyst: Words ...", "Economist warns ...") on a page of
    answers tagged by one name ("Name: answer"): the speaker of those answers, whatever title the page gives them (the
    headline condenses the guest's answers, LABELS Round 39/40: a headline "Role: words" is the role's person); None when
    the phrase is more than a role (maybe after a nationality), or the page's answers are none or several people's, or the
    body names another person with that role (:func:`role_alike`: "Spokesman" is the spokesman named, not a post's author)."""
    said = [w for w in words(phrase) if w not in NATIONS and w != "the"]
    answers = sorted((p for p in found if p.tag), key=lambda p: p.start)
    if len(said) != 1 or said[0] not in PERSON_NOUNS or len({p.tag for p in answers}) != 1:
        return None
    guest = found[answers[0]]
    holder = role_alike(phrase, found)  # "...: Spokesman" over a signed post of the minister's: the spokesman named
    if holder and (holder.actor or holder.new) and _who(holder) != _who(guest):
        return None
    return Speaker(guest.actor, guest.new, "", "later", CONFIDENCE["later"]) if guest.actor or guest.new and guest.new.person else None


def _who(s: Speaker) -> str:
    """Whom a speaker is, whatever role the page gives them: the known actor's id, or the new actor's name."""
    return s.actor.id if s.actor else fold(s.new.name) if s.new else ""


_QUOTED_SUBJECT = re.compile(r"(?:[A-Z][\w’'.-]*\s+)?[A-Za-z][\w’'.-]*\s+[‘'\"“]$")
"""A heading's short subject right before its quotation, no verb between ("UN chief ‘", "WHO head '")."""


def quoted_heading(found: dict[Passage, Speaker], text: str) -> dict[Passage, Speaker]:
    """``found`` with a heading of a subject and a quotation and no speech verb ("UN chief ‘following with great
    concern’") given, as a whole, to the speaker of its quotation when nobody else is given it: the subject's words."""
    out = dict(found)
    for p, got in found.items():
        inner = [(q, s) for q, s in found.items() if q.kind == "direct" and p.start < q.start and q.end <= p.end and (s.actor or s.new)]
        if p.kind == "reported" and not (got.actor or got.new) and inner and heading_line(text, p.start) \
                and _QUOTED_SUBJECT.fullmatch(text[p.start : inner[0][0].start]):
            s = inner[0][1]
            out[p] = Speaker(s.actor, s.new, "", "later", CONFIDENCE["later"])
    return out
