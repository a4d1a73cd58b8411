"""Whom a spokesperson's reported clause is about, when it states their principal's own state: the person or body the
spokesperson speaks for (LABELS rule 3)."""

from __future__ import annotations

import re

from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import CONFIDENCE, Speaker, is_person
from idlibsite.attribution.cast import holder
from idlibsite.attribution.clause import Clause
from idlibsite.attribution.context import seen_surname
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.forms import BODY_VOICE, ITS_VOICE, OWNED_VOICE, REPORTED_STATE, REPORTED_SUBJECT, VOICE
from idlibsite.attribution.fullnames import NAME_RUN
from idlibsite.attribution.match import role_words
from idlibsite.attribution.phrase import Phrase, read_phrase
from idlibsite.attribution.proposal import COURTESY
from idlibsite.attribution.relayed import definite_voice, principal_of, quoted, relayed
from idlibsite.attribution.joinednames import NAME_RUN as _RUN
from idlibsite.attribution.seen import Resolve, Seen, from_seen
from idlibsite.attribution.wordlists import ORG_NOUNS


_CITED = re.compile(r"\s+(?:[a-z]+ly\s+)?[\"“]")
"""A reported state's own words quoted right after its verb ('was "alarmed"', 'remained "deeply concerned"'), not a
quotation further in its clause ('hoped the truce would lead to "..."': the spokesman's, LABELS 349)."""
_CITED_IN_CLAUSE = re.compile(r"(?:(?!\b(?:would|will|could|can|should|might|may|that|to|and)\b)[^,;:.\u2063\"“])*[\u2063\"“]")
"""The rest of a state's clause up to a quotation in it ('was following developments "with great attention"'), with no
clause of its own between ('hoped the truce would lead to "..."' is the spokesperson's, LABELS 349)."""
_ONGOING = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")
"""A state that is an activity, after its "was" ('was following the escalation "with great concern"'): with a quotation
in its clause, the principal's whole clause, an act joined to it by "and" too ('... and renewed his appeal', LABELS Round
47's spokesman's clause of a state with a quotation), as a quotation that is the state itself is ('was "very worried"
and urged ...', LABELS "Round 49's classes": the two forms are one ruling)."""


def _quoted_state(opening: str, clause: Clause) -> re.Match[str] | None:
    """The subject of the clause a spokesperson reports (:data:`.forms.REPORTED_SUBJECT`), when that clause states its
    subject's state with a quotation in it ('said Secretary-General Y was "alarmed"'): the principal's, LABELS Round 43
    and Round 47 (without a quotation, the spokesperson's, Round 29); None otherwise."""
    if clause.at < 0 or not clause.verb:
        return None
    reported = REPORTED_SUBJECT.match(opening, clause.at + len(clause.verb))
    state = REPORTED_STATE.match(opening, reported.end("subject")) if reported else None
    cited = _CITED.match(opening, state.end()) if state else None
    ongoing = _ONGOING.match(opening, state.end()) if state and not cited else None
    if ongoing and _CITED_IN_CLAUSE.match(opening, ongoing.end()):
        return reported  # 'said Y was following the escalation "with great concern" and renewed ...'
    return reported if cited else None


def _title_of(clause: Clause, opening: str) -> str:
    """The title a clause reads before its speaker's name, "" when what it reads there is the sentence's own clause of a
    state ("The Secretary-General is "worried" by ..., Mr X said": the principal's state the spokesman closes, no role)."""
    end = opening.rfind(f", {clause.phrase}", 0, max(clause.at, 0) + len(clause.phrase) + 2) if clause.role else -1
    told = " " + opening[:end].lstrip(' "“') if end > 0 and clause.role in opening[:end] else ""
    reported = principal_of(told, 0) if told else None
    return "" if reported and REPORTED_STATE.match(told, reported.end("subject")) else clause.role


def _tagged(clause: Clause, opening: str) -> str:
    """The words after a tag's colon ("Name, spokesman for Y: "..."") as a reported clause's, "" for a clause of no tag."""
    return " " + opening.split(":", 1)[1].lstrip(' "“\u2063') if clause.verb == ":" and ":" in opening else ""


def relayed_principal(clause: Clause, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The person whose own state a spokesperson of theirs relays (LABELS rule 3): the principal of a spokesperson named
    by a possessive or after "for", when the reported clause has the principal for its subject, by name or by title
    ("Lind's spokesman, X, said the minister was ..."). None otherwise: what one named with a body's title says of the
    principal's state stays theirs ("U.N. spokesman X said Secretary-General Y hoped ...", 349; not when quoted, round 40:
    '"The Secretary-General hopes," U.N. spokesman X said'), so does a readout's; an act of speech is :mod:`.relayed`'s.
    ``resolve`` reads a name (:func:`.resolve.resolve`, which calls this)."""
    bare = " ".join(w for w in clause.phrase.split() if fold(w.rstrip(".")) not in COURTESY)  # "Mr Dujarric": his surname
    name = bare if not _title_of(clause, seen.opening) and re.fullmatch(r"[A-Z][\w’'-]+", bare) else ""
    introduced = re.search(rf"\b([Hh]is|[Hh]er)\s+spokes(?:man|woman|person),?\s+(?:[A-Z][\w’'-]+\s+){{1,3}}{re.escape(name)}\b", seen.before) if name else None
    voice = OWNED_VOICE.fullmatch(f"{introduced.group(1)} spokesman" if introduced else definite_voice(clause.role, seen.before) or clause.role.strip()) or OWNED_VOICE.fullmatch(clause.phrase.strip())
    apposed = re.search(rf"(?:{OWNED_VOICE.pattern}),\s+{re.escape(clause.phrase.strip())},\s*$", seen.opening[: clause.at]) if clause.at > 0 and clause.phrase.strip() else None
    voice = voice or apposed  # "Name's spokesperson, X, says the Secretary-General is ...": the voice in apposition before X
    prefixed = None if voice else OWNED_VOICE.match(clause.phrase.strip())  # "His spokesman Name later added ...": no commas
    voice = prefixed if prefixed and re.fullmatch(rf"\s+{NAME_RUN.pattern}", clause.phrase.strip()[prefixed.end() :]) else voice
    said = quoted(seen.opening, clause.at) if clause.at > 0 else _tagged(clause, seen.opening)  # '"The Secretary-General is ...,"
    # the spokesman said'; "Name, spokesman for Y: "The Secretary-General is ..."" (a box's line, Round 62)
    cited = _quoted_state(seen.opening, clause) if not (voice or said) else None  # 'UN spokesman X said Y was "alarmed"'
    voice = voice or (BODY_VOICE.match(f"{clause.role} {clause.phrase}".strip()) if said or cited else None)  # '..., UN spokesman Name said': round 40
    head = seen.opening[: clause.at].rstrip().removesuffix(clause.phrase).rstrip() if introduced and not said and clause.at > 0 else ""  # "Y hoped ..., Dujarric added"
    said = said or (f" {head[:-1]}" if head.endswith(",") else "")  # after "Y ..., his spokesman Name said": the clause before him
    reported = cited or REPORTED_SUBJECT.match(said or seen.opening, 0 if said else clause.at + len(clause.verb)) if voice and (clause.at >= 0 or said) and clause.verb else None
    if said and reported and not REPORTED_STATE.match(said, reported.end("subject")):
        return None  # the principal's state the quotation states (LABELS, round 40's rulings); its acts stay the spokesperson's
    if reported and voice is apposed and not REPORTED_STATE.match(seen.opening, reported.end("subject")):
        return None  # "Name's spokesman, X, said the chancellor had spoken to Y": an act without words stays X's
    if not (voice and reported):
        return None
    possessor = voice.group("owner") if voice.group("owner") and voice.group("owner").lower() not in ("his", "her") else ""
    principal_named = voice.group("principal") or re.sub(r"[’']s$", "", possessor)  # "Minister Name's spokesman, X,": Name
    surname = [w for w in words(strip_article(reported.group("subject"))) if w not in COURTESY]  # "Mr Guterres": his surname
    if principal_named and (read_phrase(reported.group("subject")).anaphor or surname) and set(surname) <= set(words(principal_named)):
        named = resolve(Clause(principal_named, "", ""), actors, seen)  # "X, spokesman for Secretary-General Y, said the
        # secretary-general ...", "... said Mr Y was ...": Y, the name the title before it gives in full
        return Speaker(named.actor, named.new, "", "named", CONFIDENCE["named"]) if named and is_person(named) else None
    subject = resolve(Clause(reported.group("subject"), "", ""), actors, seen)
    titled = read_phrase(reported.group("subject")).anaphor not in ("", "he", "she", "it", "they") or bool(cited and read_phrase(reported.group("subject")).role)
    if introduced and titled and not (subject and (subject.actor or subject.new)):  # "his spokesman X": "X said the chief was"
        subject = from_seen(Phrase("he", "", True, "", "", "he" if introduced.group(1).lower() == "his" else "she", False, ""), actors, seen)
    if subject is None or not (subject.actor or subject.new) or not is_person(subject):
        return None
    owner = re.sub(r"[’']s$", "", voice.group("owner") or voice.group("principal"))
    pronoun = {"his": "he", "her": "she"}.get(owner.lower())
    principal = (from_seen(Phrase(pronoun, "", True, "", "", pronoun, False, ""), actors, seen) if pronoun
                 else resolve(Clause(owner, "", ""), actors, seen) if owner else subject if titled else None)
    lead = seen.before[seen.before.rfind("\n", 0, introduced.start()) + 1 : introduced.start()] if introduced else ""
    if lead and surname and not titled and set(surname) <= set(words(lead)):
        principal = subject  # "Y welcomed ..., his spokesman Name said. Y hoped ..., Name added": "his" is Y, named before it
    title = set(words(strip_article(owner))) if owner and not pronoun and read_phrase(owner).anaphor not in ("", "he", "she", "it", "they") else set()
    held = any(title <= set(words(r)) | (role_words(s.actor) if s.actor else set()) for s, r, _ in seen.entries)
    if title and not held and not seen_surname(subject.label, seen.entries):
        principal = subject  # "The Prime Minister's spokesman said Name hoped ...": the holder the page names here first
    if introduced and titled and principal and any(s.label == principal.label and set(words(strip_article(reported.group("subject")))) <= set(words(r))
                                                   for s, r, _ in seen.entries):
        subject = principal  # "his spokesman X ... X said the Secretary-General was": his, not another the page gives that title
    if principal is None or subject.label != principal.label:
        return None
    return Speaker(principal.actor, principal.new, "", "named", CONFIDENCE["named"])


def relayed_body(clause: Clause, actors: tuple[Actor, ...], seen: Seen) -> Speaker | None:
    """The body "its spokesperson" is of, when the clause the spokesperson reports has that body for its subject by its kind
    ("Its spokesperson, Mr X, said the ministry would ...": the ministry's own act, LABELS rule 3); None otherwise."""
    if not (ITS_VOICE.fullmatch(clause.role.strip()) and clause.at >= 0 and clause.verb):
        return None
    reported = principal_of(seen.opening, clause.at + len(clause.verb))
    if not reported or not reported.group("subject").startswith("the ") or fold(reported.group("subject").split()[-1]) not in ORG_NOUNS:
        return None
    body = from_seen(Phrase("it", "", False, "", "", "it", False, ""), actors, seen)
    return Speaker(body.actor, body.new, "", "anaphor", CONFIDENCE["anaphor"]) if body and (body.actor or body.new) and not is_person(body) else None


_KIND_VOICE = re.compile(r"(?:\b[Tt]he\s+(?P<owned>[a-z]+)[’']s|\b(?P<titled>[A-Z][a-z]+))\s+(?:official\s+|chief\s+)?(?i:spokes(?:man|woman|person)|press\s+secretary)\b")
"""A spokesperson titled by the kind of body they speak for: "The party's spokesperson X", "the Minister of Communication
and Government Spokesman, X"."""
_KINDS = ORG_NOUNS - {"it", "statement", "letter", "letters", "bulletin", "kremlin"} | {"party"}
"""Kinds of body a spokesperson's title may name (not a text, nor a body by its own name: "Kremlin spokesman X")."""


def spoken_for_body(clause: Clause, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The body a spokesperson titled by its kind speaks for (:data:`_KIND_VOICE`), when the clause the spokesperson reports
    has that body for its subject by the same kind ("The party's spokesperson X said the party condemned ...", "Government
    Spokesman X said Government was following ... "with great attention"") and states its act of speech (the relay test,
    :func:`.relayed.relayed`) or its state with its own words quoted (LABELS Round 43, as for a person): the body, by its
    name ("Government" on a national page) or, for "the party", the body the page named last; None otherwise."""
    voice = _KIND_VOICE.search(f"{clause.role} {clause.phrase}")
    kind = (voice.group("owned") or voice.group("titled").lower()) if voice else ""
    if fold(kind) not in _KINDS or clause.at < 0 or not clause.verb:
        return None
    reported = principal_of(seen.opening, clause.at + len(clause.verb))
    if reported is None or fold(strip_article(reported.group("subject"))) != fold(kind) or reported.group("aside"):
        return None
    relay = relayed(seen.opening, clause.at + len(clause.verb))
    acts = relay is not None and relay.start == reported.start("subject") and relay.speaks(False, clause.phrase, clause.verb)
    state = REPORTED_STATE.match(seen.opening, reported.end("subject"))
    if not (acts or state and _CITED_IN_CLAUSE.match(seen.opening, state.end())):
        return None
    body = resolve(Clause(reported.group("subject"), "", ""), actors, seen)
    if not (body and (body.actor or body.new) and not is_person(body)):
        body = from_seen(Phrase("it", "", False, "", "", "it", False, ""), actors, seen)
    return Speaker(body.actor, body.new, "", "named", CONFIDENCE["named"]) if body and (body.actor or body.new) and not is_person(body) else None


_FOR_VOICE = r",\s+(?:the\s+|a\s+)?(?:chief\s+|official\s+)?spokes(?:man|woman|person)\s+for\s+(?P<principal>(?:the\s+)?[A-Z][^,;:.]*)"
"""A spokesperson introduced after their name as someone's ("Name, spokesperson for the Grand Mufti, ..."): that principal."""


def spoken_for_state(clause: Clause, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The principal a spokesperson introduced before as theirs ("Name Surname, spokesperson for the Grand Mufti, Name,
    said ...") speaks for, when that spokesperson, now by surname ("Sheikh Surname added that ..."), reports the
    principal's state by title with a quotation in it ('the Grand Mufti was "deeply troubled"'): the principal's (LABELS
    rule 3 and Round 47), the holder the page gives that title; None otherwise (a state without a quotation stays the
    spokesperson's, Round 29)."""
    bare = [w for w in clause.phrase.split() if fold(w.rstrip(".")) not in COURTESY]
    if clause.role or clause.at < 0 or not clause.verb or not bare or not re.fullmatch(r"[A-Z][\w’'-]+", bare[-1]):
        return None
    voices = list(re.finditer(rf"{_RUN}{_FOR_VOICE}", seen.before))
    voice = next((v for v in reversed(voices) if bare[-1] in v.group().split(",")[0].split()), None)
    reported = principal_of(seen.opening, clause.at + len(clause.verb))
    if voice is None or reported is None or reported.group("aside") or not reported.group("subject").startswith("the "):
        return None
    title = set(words(strip_article(reported.group("subject"))))
    state = REPORTED_STATE.match(seen.opening, reported.end("subject"))
    if not (title and title <= set(words(voice.group("principal"))) and state and _CITED_IN_CLAUSE.match(seen.opening, state.end())):
        return None
    name = holder(reported.group("subject"), seen.before)
    got = resolve(Clause(name, "", ""), actors, seen) if name else None
    return Speaker(got.actor, got.new, "", "named", CONFIDENCE["named"]) if got and (got.actor or got.new) and is_person(got) else None


_TAGGED_SUBJECT = re.compile(r"\s*(?P<subject>[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,2}?[A-Z][\w’'-]*|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}),\s+")
"""The subject of a sentence whose speech tag stands inside it, before the tag ("The President, he said, ..."): a title
or a full name."""
_HELD_STATE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:believed|believes|felt|feels|thought|thinks)\b|,(?=\s+[\"“]?(?:is|was|remains|remained|hopes|hoped|fears|feared)\b)")
"""After the tag, the subject's state or belief ("..., he said, believed that ...", "..., she said, was ...")."""


def tagged_state(clause: Clause, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The principal whose state a spokesperson, by pronoun, tells with the tag inside the sentence and a quotation in
    the clause ('The President, he said, believed that "..."'): the principal's (LABELS Round 49's ruling on Round 47's
    clause with a quotation, the tag inside the sentence or not); None otherwise, or when "he" is no spokesperson."""
    if clause.phrase.strip().lower() not in ("he", "she") or clause.role or clause.at < 0 or not clause.verb:
        return None
    head = _TAGGED_SUBJECT.fullmatch(seen.opening[: clause.at].removesuffix(clause.phrase.strip() + " ").rstrip() + " ")
    state = _HELD_STATE.match(seen.opening, clause.at + len(clause.verb))
    if head is None or state is None or not _CITED_IN_CLAUSE.match(seen.opening, state.end() + (4 if seen.opening.startswith(" that", state.end()) else 0)):
        return None
    teller = from_seen(read_phrase(clause.phrase.strip()), actors, seen)
    if teller is None or not any(s.label == teller.label and VOICE.search(r) for s, r, _ in seen.entries):
        return None
    subject = head.group("subject")
    titled = read_phrase(subject).anaphor not in ("", "he", "she", "it", "they")
    name = holder(subject, seen.before) if titled else subject
    got = resolve(Clause(name, "", ""), actors, seen) if name else None
    if not (got and (got.actor or got.new) and is_person(got) and got.label != teller.label):
        return None
    return Speaker(got.actor, got.new, "", "named", CONFIDENCE["named"])


_TITLED_STATE = re.compile(r"\s+(?:that\s+)?(?P<subject>the\s+(?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+)(?=\s+[\"“]?(?:is|was|remains|remained)\b)")
"""A principal by title opening the clause a spokesperson reports, before a state ("said the King was ...")."""
_VIEW = re.compile(r"\s+(?:that\s+)?(?P<subject>the\s+(?:[A-Z][\w’'-]+\s+){0,2}?[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                   r"\s+(?:regard(?:s|ed)|view(?:s|ed)|consider(?:s|ed)|saw|sees)\b")
"""A principal, by title or by name, opening the clause a spokesperson reports, before their view of something ("added
that Mr X regarded the talks as ..."): a state, the principal's when its own words are quoted in its clause."""


def told_state(clause: Clause, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The principal whose state a spokesperson named before, now "he" or "she", tells by title with the state's own words
    quoted ('He said the King was "saddened by ..."'): the holder the page gives that title (LABELS Round 47 and Round
    49's classes: a spokesman's clause of his principal's state with the principal's words quoted is the principal's);
    None otherwise, when "he" is no spokesperson, or without a quotation (Round 29: the spokesperson's)."""
    if clause.phrase.strip().lower() not in ("he", "she") or clause.role or clause.at < 0 or not clause.verb:
        return None
    titled = _TITLED_STATE.match(seen.opening, clause.at + len(clause.verb))
    state = REPORTED_STATE.match(seen.opening, titled.end()) if titled else None
    cited = _CITED.match(seen.opening, state.end()) if state else None
    ongoing = _ONGOING.match(seen.opening, state.end()) if state and not cited else None
    view = None if titled else _VIEW.match(seen.opening, clause.at + len(clause.verb))  # 'He added that Mr X regarded the talks as "..."'
    if view and _CITED_IN_CLAUSE.match(seen.opening, view.end()):
        titled = cited = view
    if titled is None or not (cited or ongoing and _CITED_IN_CLAUSE.match(seen.opening, ongoing.end())):
        return None
    teller = from_seen(read_phrase(clause.phrase.strip()), actors, seen)
    if teller is None or not any(s.label == teller.label and VOICE.search(r) for s, r, _ in seen.entries):
        return None
    subject = titled.group("subject")
    name = holder(subject, seen.before) if subject.startswith("the ") else subject
    got = resolve(Clause(name, "", ""), actors, seen) if name else None
    if not (got and (got.actor or got.new) and is_person(got) and got.label != teller.label):
        return None
    return Speaker(got.actor, got.new, "", "named", CONFIDENCE["named"])


_APPOSED_PRINCIPAL = re.compile(r"\s+(?:[^,.;:\"“«\n]{0,40}?\bthat\s+)?the\s+(?P<title>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4}),\s+"
                                r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),")
"""A principal by title with the name apposed, opening the clause a body reports, maybe after its time ("on Monday that
the President of the Republic, Name Surname, ...")."""
_QUOTE_IN_CLAUSE = re.compile(r"[^,;:.\u2063\"“«]*[\u2063\"“«]")
"""The rest of a state's clause up to a quotation in it, French marks too ("was following the situation « with ..."),
with no comma, stop or colon between."""


def body_told_state(clause: Clause, actors: tuple[Actor, ...], seen: Seen, resolve: Resolve) -> Speaker | None:
    """The principal a body or its seat tells the state of, named by title and name in apposition, the state's own words
    quoted in its clause ('Iavoloha let it be known that the President of the Republic, Name, was following the situation
    « with great attention »'): the principal's, as a spokesperson's such clause is (LABELS Round 47); None otherwise,
    without a quotation, or when the teller is a person (a name the sentence calls "its" is none)."""
    if clause.role or clause.at < 0 or not clause.verb or not clause.phrase.strip():
        return None
    apposed = _APPOSED_PRINCIPAL.match(seen.opening, clause.at + len(clause.verb))
    state = REPORTED_STATE.match(seen.opening, apposed.end()) if apposed else None
    if apposed is None or state is None or not _QUOTE_IN_CLAUSE.match(seen.opening, state.end()):
        return None
    teller = read_phrase(clause.phrase)
    itself = re.search(r"\bits\b", seen.opening[: clause.at]) is not None  # "Iavoloha, for its part, let it be known": a seat's one word
    if not teller.name or teller.person and not itself:
        return None
    got = resolve(Clause(apposed.group("name"), f"the {apposed.group('title')}", ""), actors, seen)
    return Speaker(got.actor, got.new, "", "named", CONFIDENCE["named"]) if got and (got.actor or got.new) and is_person(got) else None
