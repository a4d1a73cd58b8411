"""Who said each passage of an article: clause, anaphor, actor (pure but for the parser).

The article is read in order.  Each sentence's attribution clause (from the
hand-written rules of :mod:`.clause`, or from the dependency parse of
:mod:`.parse`) gives a speaker phrase; the phrase is read (:mod:`.names`) and
resolved:

- a person's name -> the person actor with that surname, else a speaker named
  earlier in the article with that surname, else a new actor to propose;
- a body's name -> the most specific body actor, else a new actor to propose
  (never the country: a ministry is not its government);
- ``he``, ``the minister``, ``the centre`` -> the last speaker of that kind,
  one whose role has that word first;
- ``X's spokesman`` -> X; ``diplomats``, ``a senior official`` -> nobody named.

A quotation whose sentence has no clause takes the speaker of the nearest
sentence of its paragraph that has one, else the last speaker of the
article so far.  Each answer carries how it was found; its confidence is the
precision of that way on the evaluation set (``bench/suggest.py`` prints it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, NOBODY, NewActor, Speaker, choose, is_person, role_holder, speaks_for
from idlibsite.attribution.clause import ANSWER, Clause, clauses
from idlibsite.attribution.context import (acronym_after, description, full_name, introduced, last_full_name, nation_of_name,
                                           delegate, opening_country, opening_name, other_body, quoted_names, relayed_role, same_paragraph, seen_surname,
                                           spokesman_body)
from idlibsite.attribution.names import (
    Phrase,
    anaphor_alias,
    fold,
    match_body,
    match_person,
    name_key,
    nation_of,
    plural,
    proposable,
    read_phrase,
    role_words,
    strip_article,
    words,
)
from idlibsite.attribution.page import byline, demonym, opens_with, principal_speaks, relaying_voice, role_tag, tag_holder, unlabelled, variant
from idlibsite.attribution.quotes import nearby
from idlibsite.attribution.wordlists import NATIONS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS
from idlibsite.sources.statements import Passage

ClauseFinder = Callable[[str, str], list[Clause]]  # (sentence text, masked sentence) -> clauses


_SUBJECT_NAME = re.compile(
    r"(?:^|(?<=[.!?:] ))(?:[A-Z][a-z]+(?:\s+[a-z]+){1,7},\s+)?"  # "Back in the olive grove, ...", "At a makeshift school in one camp, ..."
    r"(?:(?:The|His|Her|Their|A|An|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s)\s+(?P<lead>[a-z][\w\s’'-]*?),\s+)?"
    r"(?:(?:But|And|Yet|Still|Meanwhile|However),?\s+)?"  # "But military analyst Pavel Orlov thinks ..."
    r"(?:(?:[A-Z][\w-]*[’']s|\d+-year-old)\s+)?"  # "Turkey's Recep Tayyip Erdogan", "12-year-old Mohammad"
    r"(?P<name>(?:(?:[A-Z][a-z]+\s+|[a-z]+\s+)?[a-z]+\s+(?=[A-Z]))?(?:[A-Z][\w’'-]+|al-\w+)(?:[^\S\n]+(?:[A-Z][\w’'-]+|al-\w+|bin|abu|ibn)){0,5})"
    r"(?:,\s+\d{1,3})?(?:,\s+(?P<role>(?:a|an|the)\s+[^,]+))?,?\s+(?!(?:and|or|of|in|on|at|for|to|from|with|the|a|an)\b)[a-z]+\b",
    re.MULTILINE)
"""A person's name opening a sentence as its subject, an apposition after it (its role)."""
_GENDERED = {**dict.fromkeys("she her spokeswoman chairwoman mrs ms woman mother wife daughter sister umm".split(), "she"),
             **dict.fromkeys("he his spokesman chairman mr man father husband son brother abu".split(), "he")}
"""Words of a speaker's phrase or role that tell whether "he" or "she" stands for them."""
_ITS = re.compile(r"([Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he\s+[a-z]+[’']s)\s+(.+)")
_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+)(?:[’']s)?\s+(regime|government)\b")
"""A government named with its nation ("the Syrian regime's", "Turkey's government")."""
_SPOKESPERSON = re.compile(r"(?i)an?\s+(?:\w+\s+)?spokes(?:man|woman|person)")
"""A spokesperson of nobody named: the body that spoke just before, in the same paragraph."""


_BODY_VOICE = re.compile(r"^[Aa]n?\s+\S.*spokes(?:man|woman|person)\b")
"""The role of a body that spoke by an unnamed spokesperson ("a Downing Street spokesman"), whom "the
spokesman" then stands for."""


@dataclass
class _Seen:
    """Speakers named so far in the article, latest last."""

    entries: list[tuple[Speaker, str, bool]] = field(default_factory=list)  # (speaker, role, person)
    adjacent: bool = False  # the last speaker's sentence is just before the one being read, in its paragraph
    before: str = ""  # the article's text before the sentence being read
    genders: dict[str, str] = field(default_factory=dict)  # speaker label -> "he" or "she", when the text tells
    subject: str = ""  # the name that opens the sentence being read, "" when none
    last_end: int = 0  # where the last sentence that named a speaker ends
    author: str = ""  # the writer the byline names ("By Catherine Lowry"), whom "I" stands for
    opening: str = ""  # the first words of the sentence being read

    def add(self, speaker: Speaker, role: str, person: bool) -> None:
        self.entries.append((speaker, role, person))
        said = {w for w in words(role) if w in _GENDERED}
        if person and len({_GENDERED[w] for w in said}) == 1:
            self.genders.setdefault(speaker.label, _GENDERED[said.pop()])


def attribute(
    passages: Sequence[Passage], actors: tuple[Actor, ...], finder: ClauseFinder | None = None,
    text: str = "",
) -> dict[Passage, Speaker]:
    """The speaker of each passage, from all the sentences of its article in order."""
    finder = finder or (lambda _sentence, masked: clauses(masked))
    seen = _Seen(author=byline(text))
    by_sentence: dict[int, Speaker] = {}
    answering: dict[int, tuple[int, Speaker]] = {}  # a clause that answers the first: where its verb is, its speaker
    pending: list[int] = []  # sentences of a role named before anybody ("the minister said")
    waiting_for: list[tuple[int, frozenset[str]]] = []  # sentences of a person described, the words to name them
    last_end = 0  # where the last sentence that named a speaker ends
    tagged = {p.sentence.start: p for p in passages if p.tag}
    quoting = {p.sentence.start for p in passages if p.kind == "direct" and not p.tag and p.sentence.start in tagged}
    turn_of: dict[int, Speaker] = {}  # an answer's sentences: the tagged speaker
    after_principal = False
    for sentence in sorted({p.sentence for p in passages}, key=lambda s: s.start):
        found, roles, ats, waiting, relayed, document = [], [], [], False, False, False
        seen.adjacent = bool(seen.entries) and same_paragraph(text, last_end, sentence.start)
        seen.before, seen.opening = text[: sentence.start], text[sentence.start : sentence.start + 40]
        if sentence.start in tagged:  # an answer in an interview or a transcript: its tag's speaker
            tag, raw = tagged[sentence.start], text[sentence.start : sentence.end]
            name, title, principal = tag_holder(text, tag.tag) if role_tag(tag.tag) else (tag.tag, tag.tag_title, "")
            got = _resolve(Clause(name.title() if name.isupper() else name, title, ""), actors, seen) if name else None
            if principal and any(principal_speaks(c.phrase, principal, after_principal) for c in finder(raw, sentence.masked)):
                got = Speaker(None, None, principal, "named", CONFIDENCE["named"])  # "He reiterates his call": the principal's
            after_principal = bool(principal) and opens_with(raw, principal)
            turn_of[sentence.start] = got or NOBODY
            if got and (got.actor or got.new):
                seen.add(got, f"{name} {title}", is_person(got))
                last_end = sentence.end
            if sentence.start not in quoting:
                continue  # else a quotation in the answer given to a speaker by its own clause is theirs
        seen.last_end = last_end
        _subject_before(text, last_end, sentence.start, actors, seen)
        raw = text[sentence.start : sentence.end]
        seen.subject = opening_name(unlabelled(raw))
        for c in finder(raw, quoted_names(raw, sentence.masked) if raw else sentence.masked):
            got = _resolve(c, actors, seen)
            if got is not None:
                found.append(got)
                roles.append(f"{c.phrase} {c.role}")
                ats.append(c.at)
                relayed = relayed or (c.verb.lower() == "according to" and len(found) == 1)
            else:
                phrase = read_phrase(c.phrase)
                waiting = waiting or (phrase.person and phrase.anaphor not in ("", "he", "she", "they"))
                document = document or phrase.anaphor in ("report", "readout")  # "the report says": its author unknown
        if found:
            index, best = choose(found)
            answered = [i for i in range(index) if 0 <= ats[i] < ats[index] and ANSWER.search(sentence.masked, ats[i], ats[index])]
            if answered:  # "Rights groups say ..., accusations Athens has rejected": not Athens's sentence
                index, best = answered[0], found[answered[0]]
            told = [i for i, s in enumerate(found[1:], 1) if is_person(s) and (s.actor or s.new)] if relayed else []
            if told and index == 0:  # "According to the Kremlin's transcript, he told ...": the person, relayed
                index, best = told[0], Speaker(found[told[0]].actor, found[told[0]].new, "", found[told[0]].how,
                                               found[told[0]].confidence, best.actor or best.new)
            acronym = acronym_after(text, sentence.end, best.new.name) if best.new and not best.new.person else ""
            if acronym and best.new:  # "the United Nations children's agency" ... "UNICEF Executive Director"
                best = Speaker(None, NewActor(acronym, False, best.new.name, best.new.affiliation), "", best.how,
                               best.confidence, best.runner_up)
            by_sentence[sentence.start] = best
            later = [(at, s) for at, s in zip(ats[index + 1 :], found[index + 1 :])
                     if at > ats[index] >= 0 and ANSWER.search(sentence.masked, ats[index], at)]
            if later:  # "X said ..., a claim Athens dismissed as "..."": the quotation is the answer's
                answering[sentence.start] = later[-1]
            if best.actor or best.new or best.unnamed:
                seen.add(best, roles[index], is_person(best) or roles[index].lower().startswith("the representative of "))
                last_end = sentence.end  # a delegate speaks for a country, and is a person: "he said"
            if re.search(r"(?i)\b(?:his|her)\s", roles[index]) and not is_person(best):  # "X responded ... what his ministry
                _subject_before(text, sentence.start, sentence.end, actors, seen)  # called ...": "he" next is X
            described = description(best.unnamed) if best.unnamed else frozenset()
            if described:
                waiting_for.append((sentence.start, described))
            named_here = set(words(roles[index])) if best.how == "named" and (best.actor or best.new) else set()
            for start, wanted in [w for w in waiting_for if is_person(best) and w[1] <= named_here]:
                by_sentence[start] = Speaker(best.actor, best.new, "", "later", CONFIDENCE["later"], runner_up=None)
                waiting_for.remove((start, wanted))  # "according to the governor of Hatay ... Hatay Governor X said"
            if best.how == "named" and is_person(best) and (best.actor or best.new):
                for start in pending:  # "the country's communications director said ... Altun said"
                    by_sentence[start] = Speaker(best.actor, best.new, "", "later", CONFIDENCE["later"])
                pending.clear()
        elif document:  # not the speaker of an earlier sentence
            by_sentence[sentence.start] = NOBODY
        elif waiting and not seen.entries:
            pending.append(sentence.start)
        elif waiting:  # "the Turkish ambassador replied" and no such speaker: nobody, not the last one
            by_sentence[sentence.start] = NOBODY
    out: dict[Passage, Speaker] = {}
    ordered = sorted({p.sentence for p in passages}, key=lambda s: s.start)
    for p in passages:
        got = by_sentence.get(p.sentence.start)
        if p.sentence.start in turn_of and (p.tag or not (got and (got.actor or got.new))):
            got = turn_of[p.sentence.start]
        if got is None and p.kind == "direct":
            got = nearby(p, ordered, by_sentence, text)
        other = answering.get(p.sentence.start)
        if got and other and p.kind == "direct" and p.start - p.sentence.start > other[0]:
            got = other[1] if other[1].actor or other[1].new else Speaker(None, None, "", "none", 0.0, got.actor or got.new)
        role = relayed_role(text[p.start : p.end]) if got and text and p.kind == "direct" else ""
        if got and role:  # "The prime minister said ...," the spokesman said: the role's holder, else nobody sure
            got = role_holder(role, got, actors, [(s, r) for s, r, _ in seen.entries])
        out[p] = got or NOBODY
    return out


def _subject_before(text: str, last_end: int, start: int, actors: tuple[Actor, ...], seen: _Seen) -> None:
    """A person named as the subject of a sentence that reports no speech, between the last
    speaker and this sentence in its paragraph or the one before, is whom "he" or "she" stands
    for next: ``Mohammad Khaled, a teacher, was less hopeful. "...," he said.``  A single word
    counts only as the surname of a known person or of a speaker named before (not "Idlib was")."""
    if not text:
        return
    here = text.rfind("\n", 0, start) + 1
    before = text.rfind("\n", 0, len(text[:here].rstrip("\n"))) + 1 if here else 0
    found = list(_SUBJECT_NAME.finditer(text, max(last_end, before), start))
    if not found:
        return
    name = found[-1].group("name")
    titled = re.match(r"(?:[A-Za-z][a-z]+\s+)?([a-z]+)\s", name)  # "Military analyst Pavel Felgenhauer sees ..."
    if titled and fold(titled.group(1)) not in PERSON_NOUNS:
        return
    described = words(f'{found[-1].group("role") or ""} {found[-1].group("lead") or ""}')  # "Fatima, a mother of three,"
    if " " not in name and not (match_person(name, actors) or seen_surname(name, seen.entries) or (PERSON_NOUNS | _GENDERED.keys()) & set(described)
                                or full_name(seen.before, name)):  # "Borissov, who ..., flew" after "Boyko Borissov"
        return
    got = _resolve(Clause(name, found[-1].group("role") or "", ""), actors, seen)
    if got is not None and (got.actor or got.new) and is_person(got):
        seen.add(got, f"{name} {found[-1].group('role') or ''}", True)
        seen.adjacent = False


def _resolve(clause: Clause, actors: tuple[Actor, ...], seen: _Seen) -> Speaker | None:
    if ": " in clause.phrase:  # "- US: A State Department spokesperson": a roundup's label is no part of a name
        clause = Clause(clause.phrase.rsplit(": ", 1)[1], clause.role, clause.verb, clause.at)
    if variant(clause.phrase) != clause.phrase:  # "UNHCR in Greece", "OCHA's financial tracking service"
        clause = Clause(variant(clause.phrase), clause.role, clause.verb, clause.at)
    seat = delegate(clause.phrase, seen.before, actors)  # "the representative of Turkey"
    if seat is not None:
        return _resolve(Clause(seat, "", clause.verb), actors, seen) if isinstance(seat, str) else seat
    voice = relaying_voice(clause.phrase, clause.verb)
    principal = _principal(Phrase(clause.phrase, "", False, "", "", "", False, voice), None, actors, seen) if voice else None
    if principal:  # "X is "gravely concerned", his spokesperson Y said", "X condemned ..., according to a spokesperson"
        return principal
    its = _ITS.fullmatch(clause.phrase)
    if its and (len(words(its.group(2))) > 1 or words(its.group(2)) == ["government"]) and words(its.group(2))[-1] in ORG_NOUNS:
        if its.group(1).lower() in ("his", "her"):  # "For Bashar al-Assad, ... His foreign ministry says"
            nation = nation_of_name(last_full_name(seen.before[seen.before.rfind("\n") + 1 :]), actors, seen.entries) or (
                speaks_for(seen.entries[-1][0]) if seen.adjacent and seen.entries[-1][2] else "")  # "Erdogan said ... His"
        elif its.group(1).lower() in ("its", "their"):
            owner = _from_seen(Phrase(its.group(1), "", False, "", "", "it", False, ""), actors, seen)
            nation = speaks_for(owner) if owner else ""
        else:  # "the ministry's reconciliation centre": a part of the body named before, else that body
            owner = _from_seen(read_phrase(its.group(1)[:-2]), actors, seen)
            head = words(its.group(2))[-1]  # the part's own noun must name it: not "the ministry's press service"
            part = [a for a in match_body(read_phrase(f"{speaks_for(owner)}'s {its.group(2)}"), actors)
                    if head in words(" ".join((a.name, *a.aliases)))] if owner else []
            return Speaker(part[0], None, "", "anaphor", CONFIDENCE["anaphor"]) if part else owner
        return _resolve(Clause(f"{nation}'s {its.group(2)}", clause.role, clause.verb), actors, seen) if nation else None
    if clause.phrase == "I":  # an op-ed's or a column's writer, by the byline; else nobody named
        return _resolve(Clause(seen.author, "", clause.verb), actors, seen) if seen.author else NOBODY
    phrase = read_phrase(clause.phrase)
    role = clause.role or phrase.role
    if phrase.generic:
        if _SPOKESPERSON.fullmatch(phrase.text) and seen.adjacent and seen.entries and not seen.entries[-1][2]:
            body = seen.entries[-1][0]  # "The Foreign Office said ... A spokesperson said ...": its spokesperson
            return Speaker(body.actor, body.new, "", "anaphor", CONFIDENCE["anaphor"])
        return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
    owned = match_body(phrase, actors) if phrase.owner else []
    if owned:  # "Mr Erdogan's office" is an actor of its own (an alias "Erdogan's office")
        return Speaker(owned[0], None, "", "named", CONFIDENCE["named"])
    if phrase.owner:  # "Akar's spokesman", "his spokesman", "Her office"
        pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(phrase.owner.lower())
        principal = _principal(phrase, pronoun, actors, seen)
        if principal:
            return principal
        if pronoun:
            return _from_seen(Phrase(phrase.text, "", pronoun != "it", "", "", pronoun, False, ""), actors, seen)
        return _resolve(Clause(phrase.owner, "", clause.verb), actors, seen)
    if phrase.anaphor:
        return _from_seen(phrase, actors, seen)
    if description(phrase.text):  # "the mayor of the coastal town of Velmar": nobody named yet
        return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
    if phrase.person and phrase.name:
        if demonym(phrase.name):  # "Another, European, says": a nationality, not a name
            return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
        actor = match_person(phrase.name, actors)
        if actor:
            return Speaker(actor, None, "", "named", CONFIDENCE["named"])
        earlier = seen_surname(phrase.name, seen.entries)
        if earlier and not (earlier.new and len(phrase.name.split()) > len(earlier.new.name.split())):
            return Speaker(earlier.actor, earlier.new, "", "named", CONFIDENCE["named"])
        bodies = match_body(Phrase(phrase.name, "", False, "", "", "", False, ""), actors)
        if len(phrase.name.split()) == 1 and bodies:  # "Ankara", "Moscow"
            return Speaker(bodies[0], None, "", "named", CONFIDENCE["named"])
        full = full_name(seen.before, phrase.name) if " " not in phrase.name else ""
        if full:  # "Geng said" after "Ambassador Geng Shuang"
            return _resolve(Clause(full, role, clause.verb), actors, seen)
        if not proposable(phrase.name):
            return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])  # "Mr", "says a volunteer": nobody
        new = NewActor(phrase.name, True, strip_article(role), phrase.nation or read_phrase(role).nation)
        return Speaker(None, new, "", "named", CONFIDENCE["named"])
    bodies = match_body(phrase, actors)
    if bodies:
        second = bodies[1] if len(bodies) > 1 else None
        return Speaker(bodies[0], None, "", "named", CONFIDENCE["named"], second)
    if not phrase.name:
        return None
    known = None if ORG_WORDS.intersection(words(phrase.name)) else match_person(phrase.name, actors)
    if known:  # "a Putin spokesman": a known person's name read as a body's
        return Speaker(known, None, "", "named", CONFIDENCE["named"])
    earlier = seen_surname(phrase.name, seen.entries)
    if earlier and len(phrase.name.split()) == 1:
        return Speaker(earlier.actor, earlier.new, "", "named", CONFIDENCE["named"])
    if not proposable(phrase.name):
        return Speaker(None, None, phrase.text, "named", CONFIDENCE["named"])
    new = NewActor(phrase.name, False, strip_article(role), phrase.nation or read_phrase(role).nation)
    return Speaker(None, new, "", "named", CONFIDENCE["named"])


def _principal(phrase: Phrase, pronoun: str | None, actors: tuple[Actor, ...], seen: _Seen) -> Speaker | None:
    """The person whose name opens the sentence, when a spokesperson relays their words:
    "NAME is ..., his spokesman said"; "NAME condemned ..., according to a statement from
    NATO spokesperson X" (X is the runner-up)."""
    relayed = pronoun in ("he", "she") or (pronoun is None and re.search(r"(?i)\bspokes\w+|\bpress (?:service|office)", phrase.owner))
    read = read_phrase(seen.subject) if relayed and seen.subject else None
    if read is None or not (read.person and read.name):
        return None
    got = _resolve(Clause(seen.subject, "", ""), actors, seen)
    if got is None or not (got.actor or got.new) or not is_person(got):
        return None
    spokesperson = None if pronoun else _resolve(Clause(phrase.owner, "", ""), actors, seen)
    runner = (spokesperson.actor or spokesperson.new) if spokesperson else None
    how = "anaphor" if pronoun else "named"
    return Speaker(got.actor, got.new, "", how, CONFIDENCE[how], runner if runner != (got.actor or got.new) else None)


def _from_seen(phrase: Phrase, actors: tuple[Actor, ...], seen: _Seen) -> Speaker | None:
    """Resolve "he", "the minister", "the centre" to the last fitting speaker."""
    head = phrase.anaphor
    want_person = phrase.person
    fits = [(s, r) for s, r, person in reversed(seen.entries) if person == want_person or head == "they"
            or (head.startswith("spokes") and _BODY_VOICE.search(r))]  # a body speaks by its unnamed spokesman
    if phrase.nation:
        fits = [(s, r) for s, r in fits if speaks_for(s) in ("", phrase.nation)]
    if head == "government" and not phrase.nation:  # "the regime": the nation's named before it, "the Syrian regime"
        noun = "regime" if "regime" in phrase.text.lower() else "government"  # the same word as the phrase's
        named = [NATIONS.get(fold(m.group(1)), "") for m in _GOVERNMENT.finditer(seen.before) if m.group(2) == noun]
        bodies = match_body(read_phrase(f"{named[-1]} government"), actors) if named and named[-1] else []
        if bodies:
            return Speaker(bodies[0], None, "", "anaphor", CONFIDENCE["anaphor"])
    newcomer = introduced(seen.before, seen.last_end, len(seen.before), head) if phrase.person else ""
    if newcomer and head not in {"he", "she", "they", "it"}:  # "A senior official, speaking ..., ... the official said"
        return Speaker(None, None, newcomer, "anaphor", CONFIDENCE["anaphor"])
    if head not in {"he", "she", "they", "it"}:
        headed = spokesman_body(head, seen.entries[-1] if seen.entries else None, actors) if not phrase.person and seen.adjacent else None
        if headed:  # "The head of the reconciliation center, X, reported ... the center claimed": the body X heads
            return Speaker(headed, None, "", "anaphor", CONFIDENCE["anaphor"])
        by_role = [(s, r) for s, r in fits  # a body's note may name its parts ("the centre is one of its bodies")
                   if head in set(words(re.sub(r"\S+[’']s\s", " ", r)))  # "the ministry's centre" is no ministry
                   | (role_words(s.actor) if s.actor and s.actor.kind == "person" else set())]
        if by_role:
            fits = by_role
        elif not phrase.person:
            alias = anaphor_alias(phrase.text, actors)
            other = other_body(seen.before, head, alias, actors) if alias else None
            if other:  # "the Iranian military advisory center ... The center said": not the known centre
                return other
            bodies = match_body(phrase, actors) if alias is None else [alias]
            home = opening_country(seen.opening)
            if bodies and not phrase.nation and home and home != speaks_for(Speaker(bodies[0], None, "", "", 0.0)):
                # "South Korea will provide ..., the foreign ministry said": that country's, not a known one's
                return Speaker(None, NewActor(re.sub(r"^[Tt]he\s+", "", phrase.text), False, "", home), "", "anaphor", CONFIDENCE["anaphor"])
            if bodies:  # "the center" or "the defence ministry": an actor's alias
                return Speaker(bodies[0], None, "", "anaphor", CONFIDENCE["anaphor"])
            spoke_for = spokesman_body(head, seen.entries[-1] if seen.entries else None, actors)
            if spoke_for:  # "Defence Ministry spokesman X said ... The ministry added": the body he speaks for
                return Speaker(spoke_for, None, "", "anaphor", CONFIDENCE["anaphor"])
            # "the alliance", "the Britain-based war monitor" that no speaker's name has: the body
            # that spoke just before, else nobody sure
            fits = fits[:1] if seen.adjacent and seen.entries and not seen.entries[-1][2] else []
    if not fits and phrase.person and phrase.nation:  # "Turkey's defense minister": by role
        want = set(words(phrase.text)) - {fold(phrase.nation)}
        holders = [a for a in actors if a.kind == "person" and nation_of(a.affiliation) == phrase.nation
                   and want <= role_words(a) | {fold(phrase.nation)}]
        if holders:
            second_holder = holders[1] if len(holders) > 1 else None
            return Speaker(holders[0], None, "", "anaphor", CONFIDENCE["anaphor"], second_holder)
    if head in ("he", "she"):  # not a speaker the text calls the other, nor a plural ("Greek officials")
        fits = [(s, r) for s, r in fits if seen.genders.get(s.label, head) == head
                and not (s.unnamed and plural(s.unnamed.split()[-1]))]
    if not fits:
        return None
    best = fits[0][0]
    if head in ("he", "she"):
        seen.genders.setdefault(best.label, head)
    second = next((s for s, _ in fits[1:] if (s.actor or s.new) != (best.actor or best.new)), None)
    runner: Actor | NewActor | None = (second.actor or second.new) if second else None
    return Speaker(best.actor, best.new, best.unnamed, "anaphor", CONFIDENCE["anaphor"], runner)
