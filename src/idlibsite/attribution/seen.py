"""The speakers an article has named so far, and whom "he", "the minister" or "the centre" stands for."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NewActor, Speaker, actor_country, speaks_for
from idlibsite.attribution.countries import DEMONYMS, STATES
from idlibsite.attribution.envoys import ENVOY_POSTS, envoy_fits
from idlibsite.attribution.discourse import PRONOUNS, antecedent, mention, stated_gender
from idlibsite.attribution.bodykinds import described_words
from idlibsite.attribution.bodytable import last_of_kind, one_ministry, page_bodies
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.cast import cast, portfolio_ministry
from idlibsite.attribution.context import citizens_country, opening_country, other_body, seat_country, spokesman_body
from idlibsite.attribution.governments import government
from idlibsite.attribution.match import anaphor_alias, match_body, nation_of, principal_words, role_words, title_head
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.kinds import UN_BODY, kin, nearest_known
from idlibsite.attribution.kindbody import body_of_kind
from idlibsite.attribution.namedbefore import named_before
from idlibsite.attribution.rolenamed import fits_calling
from idlibsite.attribution.ranks import outranked
from idlibsite.attribution.phrase import Phrase, read_phrase
from idlibsite.attribution.possessive import possessive_gender
from idlibsite.attribution.proposal import proposable
from idlibsite.attribution.seathome import seat_home
from idlibsite.attribution.speakercountry import elsewhere, speakers_country
from idlibsite.attribution.wordlists import CONNECTORS, MISSIONS, NATIONS, ORG_WORDS, PERSON_NOUNS, PRIVATE_PEOPLE, SEATS, TITLES

_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+)(?:[’']s)?\s+(regime|government)\b")
"""A government named with its nation ("the Syrian regime's", "Turkey's government")."""

_BODY_VOICE = re.compile(r"^[Aa]n?\s+(?:\S.*spokes(?:man|woman|person)\b|spokes(?:man|woman|person)\s+(?:for|of|at)\s)")
"""The role of a body that spoke by an unnamed spokesperson ("a Downing Street spokesman", "a spokesperson for the
Ministry of X"), whom "the spokesman" then stands for."""

_PLACE_AFTER = re.compile(r"\s+(?:in|on|at|from|near|across|along|inside|outside|around)\s+")
"""Where a group is ("British volunteers on the island"): the group's head is the word before it."""
_OWN = re.compile(r"^(?:[Hh]is|[Hh]er)\s+")
_FIRST_OWNER = re.compile(r"^(?:[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+)?[a-z-]+$")
"""A person the writer calls his own ("our professor", "my old teacher"): someone new, named nowhere, unless a speaker
named before holds that role ("our ambassador" after "Ambassador X")."""
"""A minister's possessive before "ministry" ("His ministry said"): his portfolio's ministry, as "the ministry" after him."""
_COURTS = frozenset(("court", "tribunal"))
"""Kinds of a body a story names once and then calls by its kind, however far on ("the court ruled" after a hearing's
record): the last body of that kind the whole page named, as a mission (LABELS Round 28 and Round 53)."""
_NATIONAL_BODIES = frozenset({"government", "ministry", "presidency"})
"""Heads of a country's own bodies, which "the" alone makes the page's country's ("the ministry said")."""
HEADS_OFFICE_OF = re.compile(r"(?:[Tt]he\s+)?Office\s+of\s+the\s+(?:President|Prime\s+Minister|Vice[- ]President)")
"""A head's office by its generic name, no country named ("the Office of the President said"): the page's country's, as
"the presidency" is (LABELS Round 48: a head's office on a national page takes the country)."""
_OWN_STATE = re.compile(r"(?:the\s+)?(?:Republic|Nation|State)")
"""A state's name for itself after its office ("the Presidency of the Republic"), which names no country: the page's."""
_BULLET = re.compile(r"^\s*[-–•*]\s+")
"""A roundup's bullet before its item's label ("- RUSSIA: The Defence Ministry said ..."): the item opens at the label."""
_SEAT = re.compile(r"(?:In|From)\s+([A-Z][\w’'-]+),")
"""A sentence that opens at a city ("In Moscow, the defence ministry said"): the seat of the body it names."""
_DOCUMENTS = frozenset("statement communique communiqué declaration readout letter letters".split())
"""A body's or a person's document, whose words "the statement added", "the letters affirmed" give as its author's."""
_MEDIUM = re.compile(r"\b(?:media|TV|television|radio|broadcaster|news agency)$", re.IGNORECASE)
"""A speaker that is a medium ("Syrian state media", "state TV"), which reports what a state's bodies say."""
_STATE_BODIES = frozenset("army military ministry government presidency police".split())
"""A state's own bodies, whose words a medium reports and which no medium is."""
@dataclass
class Seen:
    """Speakers named so far in the article, latest last."""

    entries: list[tuple[Speaker, str, bool]] = field(default_factory=list)  # (speaker, role, person)
    adjacent: bool = False  # the last speaker's sentence is just before the one being read, in its paragraph
    before: str = ""  # the article's text before the sentence being read
    genders: dict[str, str] = field(default_factory=dict)  # speaker label -> "he" or "she", when the text tells
    subject: str = ""  # the name that opens the sentence being read, "" when none
    last_end: int = 0  # where the last sentence that named a speaker ends
    author: str = ""  # the writer the byline names ("By Catherine Lowry"), whom "I" stands for
    page: str = ""  # the whole page, whose country a headline read before its story is of
    opening: str = ""  # the sentence being read

    def add(self, speaker: Speaker, role: str, person: bool) -> None:
        self.entries.append((speaker, role, person))
        gender = (stated_gender(role) or possessive_gender(self.page, speaker.label)) if person else ""
        if gender:  # "spokeswoman X", or "X conveyed his condolences" anywhere on the page
            self.genders.setdefault(speaker.label, gender)


Resolve = Callable[[Clause, tuple[Actor, ...], Seen], Speaker | None]
"""A reader of a name in its clause (:func:`.resolve.resolve`), which the readers of a role pass on to read the name
the role stands for (epithets, papers, principals, partners)."""


def _unnamed_holder(head: str, before: str) -> bool:
    """True when the page before tells of meeting a holder of the title ``head`` with no name ("received the non-resident
    ambassador of Turkey", "met the Japanese ambassador"): whom "the ambassador" next stands for when no speaker holds that
    title, no one named; not a title used before as an anaphor ("the diplomat said") nor one with its holder's name."""
    return re.search(rf"\b(?:received|receiving|met|meeting|welcomed|hosted|summoned)\s+(?:with\s+)?(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?"
                     rf"{re.escape(head)}\b(?!\s*,?\s+(?:[A-Z]|of\s+[A-Z][^,.;]*,\s+[A-Z]))", before) is not None


def from_seen(phrase: Phrase, actors: tuple[Actor, ...], seen: Seen) -> Speaker | None:
    """Resolve "he", "the minister", "the centre" to the last fitting speaker."""
    head = phrase.anaphor
    want_person = phrase.person
    fits = [(s, r) for s, r, person in reversed(seen.entries) if person == want_person or head == "they"
            or (head.startswith("spokes") and _BODY_VOICE.search(r))]  # a body speaks by its unnamed spokesman
    if head in ("he", "she") and fits and all(r.strip() == "I" for _, r in fits):  # "I called my cousin ... ," he told me': someone the
        return Speaker(None, None, phrase.text, "anaphor", CONFIDENCE["anaphor"])  # writer talks of, nobody named; never the writer
    fits = [(s, r) for s, r in fits if head not in ("he", "she") or r.strip() != "I"]  # the writer's "I asked her": "she" is never the writer
    fits = [(s, r) for s, r in fits if not outranked(phrase.text, head, " | ".join([r, *(t.title for t in (s.actor.roles if s.actor else ()))]))]  # "the
    # Secretary-General" is no under-secretary-general, "the President" no vice president (ranks)
    if phrase.nation:  # "the Nigerian diplomat": not one of another state, but maybe an international body's own official
        fits = [(s, r) for s, r in fits if (speaks_for(s) in ("", phrase.nation) or want_person and speaks_for(s) not in STATES)
                and envoy_fits(head, phrase.nation, s, r)]  # "Russia's ambassador": never the UN chief's spokesman
    if head == "government" and not phrase.nation:  # "the regime": the nation's named before it, "the Syrian regime"
        noun = "regime" if "regime" in phrase.text.lower() else "government"  # the same word as the phrase's
        named = [NATIONS.get(fold(m.group(1)), "") for m in _GOVERNMENT.finditer(seen.before) if m.group(2) == noun]
        bodies = match_body(read_phrase(f"{named[-1]} government"), actors) if named and named[-1] else []
        if bodies:
            return Speaker(bodies[0], None, "", "anaphor", CONFIDENCE["anaphor"])
    said = set(words(phrase.text)) - {"the", "same"}  # "the (same) source", not "the Jordanian official" after "a Greek official"
    last_with_head = next((s for s, r, _ in reversed(seen.entries) if said <= set(words(r))), None) if head not in {"he", "she", "they", "it"} else None
    own, *where = _PLACE_AFTER.split(last_with_head.unnamed, maxsplit=1) if last_with_head else [""]
    if want_person and _FIRST_OWNER.match(phrase.text) and not any(head in words(r) for _, r, _ in seen.entries):
        return Speaker(None, None, phrase.text, "anaphor", CONFIDENCE["anaphor"])  # "our professor asked": the writer's own, unnamed
    if last_with_head is None and seen.entries and re.fullmatch(r"[Tt]he\s+same\s+source", phrase.text.strip()):  # "..., the same
        spoke = seen.entries[-1][0]  # source specified" after "the Ministry indicated": the one that spoke last, a body too (rule 8)
        return Speaker(spoke.actor, spoke.new, spoke.unnamed, "anaphor", CONFIDENCE["anaphor"])
    if last_with_head and last_with_head.unnamed and not (last_with_head.actor or last_with_head.new) and head in words(own):
        return Speaker(None, None, last_with_head.unnamed, "anaphor", CONFIDENCE["anaphor"])  # "A source close to X told ... the source said"
    if where and not phrase.person and head in words(where[0]) and proposable(strip_article(where[0])):  # "Sources in the Interior
        return Speaker(None, NewActor(strip_article(where[0]), False, "", ""), "", "anaphor", CONFIDENCE["anaphor"])  # Ministry told ... The ministry denied": the ministry
    adjacent = seen.adjacent or _OWN.match(phrase.text) is not None  # "His ministry": the person last named, in any paragraph
    minister = seen.entries[-1] if head == "ministry" and adjacent and seen.entries and seen.entries[-1][2] else None
    own = portfolio_ministry(read_phrase(minister[1]).role, page_bodies(seen.before).home) if minister and fold(_OWN.sub("", strip_article(phrase.text))) == "ministry" else ""
    if own and (read_phrase(own).nation or _OWN.match(phrase.text)):  # "Defence Minister X said ... The ministry said": his
        return national_body(own, read_phrase(own).nation, actors)  # ministry, of his nation or the page's, not one that spoke
    # before (rule 8); "His ministry" is his own even when the page gives no nation (a proposed body of none)
    place = seat_country(seen.opening, phrase.text) if head in _NATIONAL_BODIES and not phrase.nation and not phrase.person else ""
    same = [s for s, r in fits if head in words(r) and speaks_for(s) == place] if place else []
    if same:  # "In Ankara, the ministry said" after the Turkish Foreign Ministry spoke: that one
        return Speaker(same[0].actor, same[0].new, "", "anaphor", CONFIDENCE["anaphor"])
    if place:  # "In Kazakhstan, ..., the foreign ministry told": that country's, not another's that spoke before
        known = match_body(read_phrase(f"{DEMONYMS.get(place, place)} {strip_article(phrase.text)}"), actors)
        return Speaker(known[0] if known else None, None if known else NewActor(strip_article(phrase.text), False, "", place),
                       "", "anaphor", CONFIDENCE["anaphor"])
    by_role: list[tuple[Speaker, str]] = []
    if head not in {"he", "she", "they", "it"}:
        kind_of = nearest_known(head, f"{seen.before}\n{seen.opening}") if not phrase.person else ""
        if kind_of:  # "Nato Secretary-General X called ... the alliance said": NATO, not "the One Bermuda Alliance" named before
            return Speaker(None, NewActor(kind_of, False, "", ""), "", "anaphor", CONFIDENCE["anaphor"])
        headed = spokesman_body(head, seen.entries[-1] if seen.entries else None, actors) if not phrase.person and seen.adjacent else None
        if headed:  # "The head of the reconciliation center, X, reported ... the center claimed": the body X heads
            return Speaker(headed, None, "", "anaphor", CONFIDENCE["anaphor"])
        marks = {fold(w) for w in phrase.text.split()[1:] if w[:1].isupper() and fold(w) not in NATIONS
                 and not w.endswith("-based")}  # where "the Oslo-based charity" is based: no mark of its name
        kinds = set(kin(head))  # "the charity" after "aid agency X", "the watchdog" after "the X Observatory"
        by_role = [(s, r) for s, r in fits  # a body's note may name its parts ("the centre is one of its bodies")
                   if kinds & (set(words(re.sub(r"\S+[’']s\s", " ", r))) | ({"agency"} if UN_BODY.search(r) else set())  # "the
                               # ministry's centre" is no ministry; "the UN Office for ..." is "the agency"
                               | (role_words(s.actor) - principal_words(s.actor) if s.actor and s.actor.kind == "person" else set())
                               | (set(words(s.new.name)) if s.new and not s.new.person and s.new.name not in r else set())  # "Wisma
                               # Putra said ... The ministry said": the usual name of a body read by its seat (SEATS)
                               | (set(words(SEATS[s.new.name])) if s.new and s.new.name in SEATS else set())  # the seat's own name kept
                               | (described_words(s.label, seen.before) if not phrase.person else set()))  # "UNHCR, the UN Refugee Agency, ..." then "the agency"
                   and marks <= set(words(r))]  # "the SPD politician" is not the CDU's
        if by_role:
            fits = by_role
        elif phrase.person and not phrase.nation and _unnamed_holder(head, seen.before):  # "received the ambassador of Turkey ... The ambassador
            return Speaker(None, None, phrase.text, "anaphor", CONFIDENCE["anaphor"])  # briefed her": him, named nowhere (rule 6)
        elif marks and phrase.nation and not (marks & ORG_WORDS and " of " in phrase.text):  # "The German Chancellor": a nation's office, held by no speaker of another or no known country,
            # not "the National University of Lesotho lecturer", a body's member described (the last person, below)
            fits = [(s, r) for s, r in fits if speaks_for(s) == phrase.nation and not s.unnamed]  # nor by "Turkish officials"
        elif not phrase.person:
            alias = anaphor_alias(phrase.text, actors)
            other = other_body(seen.before, head, alias, actors) if alias else None
            if other:  # "the Iranian military advisory center ... The center said": not the known centre
                return other
            reach = _near(seen) if head == "group" else seen.before  # "the association": the page's; "the group": near
            kind_named = body_of_kind(head, page_bodies(reach), alias, reach, phrase.nation)
            if kind_named:  # "organized by the X Society ... The group said": that body, named in any role (rule 8)
                known = match_body(read_phrase(kind_named), actors)
                return Speaker(known[0] if known else None, None if known else NewActor(kind_named, False, "", read_phrase(kind_named).nation),
                               "", "anaphor", CONFIDENCE["anaphor"])
            last = read_phrase(last_of_kind(page_bodies(seen.before if head in MISSIONS | _COURTS else _near(seen)), head) if alias is None else "")
            known = match_body(last, actors) if last.text and proposable(last.text) else []
            home = opening_country(seen.opening)
            bare = not set(words(last.text)) - TITLES - ORG_WORDS  # "Foreign Ministry": no nation's, no one body's own name
            if known and (last.nation or not bare and home in ("", actor_country(known[0]))):
                return Speaker(known[0], None, "", "anaphor", CONFIDENCE["anaphor"])  # "the statement of the Russian Ministry
            if last.text and (last.nation or head in _COURTS) and proposable(last.text):  # of Defence. ... the ministry said": the body
                # named last; "the court ruled" after a hearing's record: the court the page named (LABELS Round 53)
                return Speaker(None, NewActor(last.text, False, "", last.nation), "", "anaphor", CONFIDENCE["anaphor"])
            bodies = match_body(phrase, actors) if alias is None else [alias]
            national = home_body(phrase, bodies[0] if bodies else None, actors, seen, "anaphor")
            if national:  # "The tents will go by truck, the ministry said" on a page that opens with Peru
                return national
            owner = page_bodies(seen.before).home if last.text and (not known or bare) and proposable(last.text) else ""
            if owner:  # "X said the Department of Foreign Affairs was checking ... none had been found, the department
                return Speaker(None, NewActor(last.text, False, "", owner), "", "anaphor", CONFIDENCE["anaphor"])  # said": the
                # body of that kind its paragraph named, with no nation: the page's country's (LABELS Round 43)
            if bodies and not phrase.nation and home and home != actor_country(bodies[0]):
                # "South Korea will provide ..., the foreign ministry said": that country's, not a known one's
                return Speaker(None, NewActor(strip_article(phrase.text), False, "", home), "", "anaphor", CONFIDENCE["anaphor"])
            if bodies:  # "the center" or "the defence ministry": an actor's alias
                return Speaker(bodies[0], None, "", "anaphor", CONFIDENCE["anaphor"])
            spoke_for = spokesman_body(head, seen.entries[-1] if seen.entries else None, actors)
            if spoke_for:  # "Defence Ministry spokesman X said ... The ministry added": the body he speaks for
                return Speaker(spoke_for, None, "", "anaphor", CONFIDENCE["anaphor"])
            # "the alliance", "the Britain-based war monitor" that no speaker's name has: the body
            # that spoke just before, else nobody sure
            bodies_seen = {s.label for s, r, person in seen.entries if not person or r.strip() == "it"}  # "Hizbullah ... it said"
            kinds = {w for s, r, _ in seen.entries if s.label in bodies_seen for w in re.findall(r"\b[a-z]{3,}\b", r)} - {"the", "said"}
            just_before = (bool(seen.entries) and not seen.entries[-1][2] and not seen.before[seen.last_end :].strip()
                           and re.search(rf"\b(?:{'|'.join(kin(head))})\b", seen.before[: seen.last_end]) is not None)  # its kind said before
            described = re.search(r"\w-(?:backed|based|funded|aligned|led)\s", phrase.text) and (len(bodies_seen) == 1 and kinds <= kin(head) or just_before)
            if described:  # "The Iran-backed group announced" after one body spoke, by its name or "it", or after the body that
                # spoke in the sentence just before on a page that spoke of such a kind before ("a war monitor said ... the X
                # Observatory said. // The Britain-based monitor said"): that body (not "the Britain-based war monitor" after
                # "the Turkish coastguard" on a page that never spoke of a monitor)
                return next(Speaker(s.actor, s.new, s.unnamed, "anaphor", CONFIDENCE["anaphor"]) for s, _, _ in reversed(seen.entries) if s.label in bodies_seen)
            titled = (next(filter(None, (portfolio_ministry(b.title, home or page_bodies(seen.before).home) for b in cast(seen.opening))), "")
                      if head == "ministry" else "")  # "Foreign Minister X discussed ..., the ministry said": the minister's
            if titled:  # ministry, of his title's nation, else of the sentence's or the page's country (rule 8)
                return national_body(titled, read_phrase(titled).nation, actors)
            medium = seen.entries[-1][0] if seen.adjacent and seen.entries and _MEDIUM.search(seen.entries[-1][0].label) else None
            if medium and head in _STATE_BODIES and speaks_for(medium):  # "Syrian state media said ... The army also said":
                nation = speaks_for(medium)  # a medium reports a state's bodies and is none of them: its nation's army
                return national_body(f"{DEMONYMS.get(nation, nation)} {head}", nation, actors)
            fits = fits[:1] if seen.adjacent and seen.entries and not seen.entries[-1][2] and head not in PRIVATE_PEOPLE else []
    if phrase.person and phrase.nation and not by_role:  # "Turkey's defense minister": by role; after speakers of no such
        want = set(words(phrase.text)) - {fold(phrase.nation)}  # role, only the one the page names ("a message from X, in
        holders = [a for a in actors if a.kind == "person" and nation_of(a.affiliation) == phrase.nation  # which the
                   and want <= role_words(a) | {fold(phrase.nation)}  # Turkish president ...")
                   and (not fits and head not in ENVOY_POSTS or any(re.search(rf"\b{re.escape(n)}\b", f"{seen.before}\n{seen.opening}") for n in (a.name, *a.aliases)))]
        holders.sort(key=lambda a: (not title_head(a, head), a.name not in seen.before))  # the office's own holder first
        if holders:
            second_holder = holders[1] if len(holders) > 1 else None
            return Speaker(holders[0], None, "", "anaphor", CONFIDENCE["anaphor"], second_holder)
    named_holder = _named_holder(head, actors, seen) if phrase.person and not phrase.nation and not by_role else None
    if named_holder:  # "The president had indeed said" after "Erdogan" only inside a quotation: the one known president named
        return Speaker(named_holder, None, "", "anaphor", CONFIDENCE["anaphor"])
    if head in PRONOUNS:  # the discourse model's most recent compatible referent, named or not
        persons = {id(s): person for s, _, person in seen.entries}
        referent = antecedent(head, [mention(s, r, persons[id(s)], seen.genders.get(s.label, "")) for s, r in reversed(fits)])
        fits = fits[[s for s, _ in fits].index(referent.speaker):] if referent else []
    fits = [(s, r) for s, r in fits if not phrase.person or fits_calling(phrase.text, s, seen.entries)]  # "the correspondent": no minister
    if not fits:  # "X said in a statement ... The statement added": the document's words are its author's (LABELS rule 5)
        return document_author(head, seen) if head in _DOCUMENTS and not phrase.person else unnamed_voice(phrase, actors)
    best = fits[0][0]
    second = next((s for s, _ in fits[1:] if (s.actor or s.new) != (best.actor or best.new)), None)
    runner: Actor | NewActor | None = (second.actor or second.new) if second else None
    return Speaker(best.actor, best.new, best.unnamed, "anaphor", CONFIDENCE["anaphor"], runner)


def _named_holder(head: str, actors: tuple[Actor, ...], seen: Seen) -> Actor | None:
    """The one known person whose office ``head`` is ("president": "President of Turkey") and whom the page before names,
    by any of their names, when no speaker so far holds it (LABELS rule 8, the last fitting one); None when none or two."""
    if head in PRONOUNS or not head:
        return None
    page = seen.page if seen.page.startswith(seen.before) else seen.before  # a page read once per name (:mod:`.namedbefore`)
    named = [a for a in actors if a.kind == "person" and title_head(a, head)
             and any(named_before(n, page, seen.before) for n in (a.name, *a.aliases))]
    return named[0] if len(named) == 1 else None


def national_body(name: str, nation: str, actors: tuple[Actor, ...]) -> Speaker:
    """A state's body the text names for an anaphor ("the ministry": the "Lithuanian Defence Ministry"): the known actor
    its name matches, else proposed as new, of ``nation``; a body of no nation ("Foreign Ministry": any state's) is never
    a known one."""
    known = match_body(read_phrase(name), actors) if nation else []
    return Speaker(known[0] if known else None, None if known else NewActor(name, False, "", nation), "", "anaphor", CONFIDENCE["anaphor"])


def unnamed_voice(phrase: Phrase, actors: tuple[Actor, ...]) -> Speaker | None:
    """The body whose spokesperson, named by no name, speaks when no speaker so far is one ("The Iranian Foreign Ministry
    spokesman said ..." read as "An Iranian Foreign Ministry spokesman said": the ministry, LABELS rule 3); None when
    the phrase is no body's spokesperson or names no body's nation."""
    voice = _DEFINITE_VOICE.fullmatch(phrase.text)
    body = read_phrase(f"A {voice.group(1)}") if voice else None
    return national_body(body.name, body.nation, actors) if body and body.name and body.nation and not body.person else None


_DEFINITE_VOICE = re.compile(r"[Tt]he\s+((?:[A-Z][\w’'-]*\s+)+spokes(?:man|woman|person))")
"""An unnamed spokesperson after "the" and a capitalised body's name ("The Iranian Foreign Ministry spokesman")."""


def document_author(head: str, seen: Seen) -> Speaker | None:
    """The speaker whose document of kind ``head`` ("statement") the page reported last: the last speaker named in the
    last sentence before that names such a document ("X said in a statement"); None when none does."""
    at = [m.start() for m in re.finditer(rf"\b{head.replace('e', '[eé]')}\b", seen.before, re.IGNORECASE)]  # "communiqué"
    if not at:
        return None
    start = max(seen.before.rfind(". ", 0, at[-1]), seen.before.rfind("\n", 0, at[-1])) + 1
    ends = [e for e in (seen.before.find(". ", at[-1]), seen.before.find("\n", at[-1])) if e >= 0]
    sentence = set(words(seen.before[start : min(ends, default=len(seen.before))]))
    named = next((s for s, role, _ in reversed(seen.entries) if s.label and (set(words(s.label)) <= sentence or _said_as(role, sentence))), None)
    return Speaker(named.actor, named.new, named.unnamed, "anaphor", CONFIDENCE["anaphor"]) if named else None


def _said_as(role: str, sentence: set[str]) -> bool:
    """True when a speaker's phrase as the page wrote it, an anaphor of a body ("the ministry said in a statement"), is
    in the sentence's folded words: the document's author by the page's word for it, not its name."""
    said = set(words(role)) - {"the"}
    return bool(said) and said <= sentence and not said & {"he", "she", "they", "it", "we", "i"}


def office_holder(name: str, seen: Seen) -> Speaker | None:
    """The last person who spoke whose role, as the page or the actors file gives it, is an office named with no
    holder's name, maybe after its body ("The UN Under-Secretary-General for Humanitarian Affairs said" after "Mark
    Lowcock said": LABELS rule 8, a role anaphor); None when no speaker so far holds it."""
    said = name.split()[1:] if name.split() and fold(name.split()[0]) in NATIONS else name.split()  # "UN": whose office
    if len(said) < 2 or fold(said[0]) not in PERSON_NOUNS:
        return None
    title = set(words(" ".join(said))) - CONNECTORS - {"and"}
    held = [s for s, r, person in reversed(seen.entries) if person and title <= set(words(r)) | (role_words(s.actor) if s.actor else set())]
    return Speaker(held[0].actor, held[0].new, "", "anaphor", CONFIDENCE["anaphor"]) if held else None


def _near(seen: Seen) -> str:
    """The paragraph being read, up to its sentence, and the one before: how far "the ministry" reaches back, where a
    mission ("the embassy") reaches the whole page before (LABELS Round 28)."""
    here = seen.before.rfind("\n\n")
    return seen.before[seen.before.rfind("\n\n", 0, max(here, 0)) + 1 :]


def home_body(phrase: Phrase, known: Actor | None, actors: tuple[Actor, ...], seen: Seen, how: str) -> Speaker | None:
    """A country's own body called by its kind alone, no nation named ("the ministry", "the Foreign Ministry", "the
    government", "the Ministry of Defence": a ministry by its field), on a page whose sentence or opening names a
    country as its subject ("Peru urges calm ...") or whose sentence opens at a seat ("In Lima, the ministry said"):
    that country's (LABELS Round 27 and Round 29), its government when known, else proposed as new; even when the bare
    words are a known body of another country (``known``).  None when the phrase is no such body, no country is named so, or ``known`` is that country's."""
    kind, _, field = phrase.text.partition(" of ")  # "the Ministry of Defence": a ministry by its field, no nation
    said = words(kind)
    head_office = HEADS_OFFICE_OF.fullmatch(phrase.text.strip())
    if not head_office and (phrase.nation or phrase.person or not said or said[-1] not in _NATIONAL_BODIES
            or field and not (said[-1] == "ministry" and field[:1].isupper()  # not "the Government of National Accord"
                              or said[-1] == "presidency" and _OWN_STATE.fullmatch(field))  # "the Presidency of the Republic"
            or set(said) - {"the"} - TITLES - ORG_WORDS  # not "the head of government", a person
            or said[-1] == "government" and re.search(rf"\bthat\s+{re.escape(phrase.text)}\b", seen.opening)):  # "X told ... that the government welcomed"
        return None
    seat = _SEAT.match(seen.opening)
    seated = match_body(read_phrase(seat.group(1)), actors) if seat else []
    home = (opening_country(_BULLET.sub("", seen.opening)) or (actor_country(seated[0]) if seated else "")  # "- RUSSIA: The ..."
            or seat_home(phrase.text, seen.page or seen.before)  # "the Foreign Ministry" on a page that says "the San Martín Palace"
            or page_bodies(seen.before).owner(actor_country(known) if known else "", _near(seen) + seen.opening)  # the page's own (bodytable)
            or (page_bodies(seen.page).home if not seen.before.strip() else "")  # a headline, read before its story: the page's
            or citizens_country(_near(seen) + seen.opening)  # "The Ministry said there were no Sri Lankans among the casualties"
            or (speakers_country(seen.entries, actor_country(known), _near(seen) + seen.opening) if known else ""))  # the page's speakers'
    if not home and known and said[-1] == "ministry" and elsewhere(seen.page or seen.before, actor_country(known)):
        return Speaker(None, NewActor(strip_article(phrase.text), False, "", ""), "", how, CONFIDENCE[how])  # not sure: no known one
    if not home or known and actor_country(known) == home:
        return None
    ruling = government(home, actors) if said[-1] == "government" else None
    if ruling:
        return Speaker(ruling, None, "", how, CONFIDENCE[how])
    own = one_ministry(page_bodies(seen.before), home) if fold(strip_article(phrase.text)) == "ministry" else ""
    name = (f"{DEMONYMS.get(home, home)} government" if said[-1] == "government" else f"{DEMONYMS.get(home, home)} Presidency"
            if said[-1] == "presidency" else f"{DEMONYMS.get(home, home)} {strip_article(phrase.text)}" if head_office
            else own or strip_article(phrase.text))  # "the ministry": the page's one, "Foreign Office"
    return Speaker(None, NewActor(name, False, "", home), "", how, CONFIDENCE[how])


def members_of(text: str, entries: list[tuple[Speaker, str, bool]]) -> Speaker | None:
    """The body that spoke last, when a plural subject after "the" is the word its name calls its members by ("The
    National Opposition Parties Council issued ... The parties said", "the Union of Relief Agencies ... the agencies
    said": LABELS rule 8, the body named before); None when the last speaker is a person or no such body."""
    plural = re.fullmatch(r"[Tt]he\s+([a-z]{3,}s)", text.strip())
    last = entries[-1] if entries else None
    if not plural or last is None or last[2] or not (last[0].actor or last[0].new):
        return None
    named = [w for w in last[0].label.split() if w[:1].isupper()]
    fits = plural.group(1) in map(str.lower, named) and len(named) > 1
    return Speaker(last[0].actor, last[0].new, "", "anaphor", CONFIDENCE["anaphor"]) if fits else None


_TITLE_BODY = re.compile(r"([A-Z]{2,8})\s+((?:[\w-]+\s+)+)")
"""A person's role that opens with a body's acronym, then a title ("CARICOM Secretary-General Name", "EU foreign policy
chief Name")."""
_BODY_KINDS_ALONE = frozenset(("community", "union", "alliance", "organisation", "organization", "commonwealth", "bloc"))
"""Kinds of a body of states that its own short form is, capitalised and alone ("the Community", "the Union")."""


def titled_body(phrase: str, seen: Seen) -> str:
    """The body a kind of body of states stands for, capitalised and alone ("The Community also called ..., LaRocque
    added"), when the page names no body of that kind in full: the body whose acronym opens the title of the last person
    who spoke ("CARICOM Secretary-General Irwin LaRocque"), as "the alliance" is the body the text named (LABELS rule
    8); "" otherwise."""
    kind = re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+)", phrase.strip())
    if not kind or fold(kind.group(1)) not in _BODY_KINDS_ALONE or not seen.entries or not seen.entries[-1][2]:
        return ""
    titled = _TITLE_BODY.match(seen.entries[-1][1])
    return titled.group(1) if titled and any(fold(w) in TITLES | PERSON_NOUNS for w in titled.group(2).split()) else ""
