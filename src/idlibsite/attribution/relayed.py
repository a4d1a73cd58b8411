"""Whose act a relay reports (pure): the one test of LABELS rule 3 and Rounds 28-29 for "X said (that) Y <verb> ...".

The rule: in a clause that X's speech verb reports, Y speaks, not X, when "Y <verb> ..." standing alone would be found
as a statement of Y by the finder's own speech-verb reading (:func:`idlibsite.sources.speech.speech_verbs`, the one
list), done before (in the past or the perfect: "had expressed", "urged", "told"), and Y is one principal: a name, a
title ("the president"), a body or a country (not a pronoun: "X said he had ..." is most often X himself), never two
joined by "and" nor a generic plural ("diplomats", "the officials").  The verb right after Y, past its auxiliaries,
adverbs and one aside set off by commas, must be the speech verb, or an act joined to one by "and" ("had telephoned X
and conveyed ..."), by an infinitive of purpose ("had written to X to express ...") or by a participle ("had sent a
letter to X expressing ..."), when Y is a person, or a body by an infinitive of purpose (:meth:`Relay.speaks`: "X said Latvia backed the truce and stressed
..." is most often X's own second verb); so what Y only will do, hopes or plans ("would raise", "hoped to visit"), what Y is ("was worried",
a state, as the labels rule it, even "was concerned and urged ...") and what Y did without words ("had spoken by
telephone with") stay X's.  The same tense test reads "Y <verb> ..., X said": Y's when done before
(:func:`done_before`), X's own words in the present.  "Tell" names whom it told before its "that" ("told a briefing
that", "told the agency X that"); a title may carry "acting" and "of"/"for" with "and" ("acting Minister for Europe
and Foreign Affairs Name").  Who may relay (not an anonymous source) and whom a title stands
for are the caller's (``resolve.resolve``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from idlibsite.attribution.days import DAYS
from idlibsite.attribution.forms import OWNED_VOICE, STATE_VERBS
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.wordlists import KIN
from idlibsite.sources.datelines import MONTH
from idlibsite.sources.speech import speech_verbs

_AUXILIARY = re.compile(r"(?:\s+(?:had|has|have|also|earlier|already|again|previously|personally|then|since|separately|[a-z]{3,}ly))*\s+")
_WHEN_AFTER = (rf"(?:\s+(?:on|in)\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|(?:{'|'.join(d.capitalize() for d in DAYS)}))"
               r"|\s+(?:last|earlier\s+this)\s+(?:week|month|year))?,?")
"""When the relayed act was done, right after "that" and before its principal ("recalled that on 28 February President X
had expressed ...", "said that last week the minister had told ...")."""
_LEAD = re.compile(r"(?:,?\s+(?:citing\s+[^,;:\u2063]{1,80}(?=,)|in\s+an?\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=,|\s+(?:that|on|in|at|to|after|late|early|\w+day)\b)|(?:late|early)\s+(?:on\s+)?\w+|on\s+\w+|\w+day(?:\s+(?:morning|evening|night))?"
                   r"|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|(?:to\s+)?(?:reporters|journalists)|afterwards|later|separately|according\s+to\s+[^,;:\u2063]{1,60}(?=,)"
                   r"|at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|meeting)|after\s+the\s+[\w-]+|in\s+(?:response|reply)\s+to\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s+that\s)"
                   r"|(?<=[Aa]ccording\sto\s)(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|him|her|them)(?=,)"
                   r"|(?<=[Aa]ccording\sto\s)(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|readout|communiqu[eé])"
                   r"\s+(?:issued|released|published|put\s+out)\s+by\s+[^,;:\u2063]{1,60}(?=,)"
                   r"|(?:(?<=\btold\s)|(?<=\btells\s)|(?<=\binformed\s)|(?<=\bassured\s))[\w’'-]+(?:\s+[\w’'-]+){0,5}?(?=\s+that\s)),?)*(?:\s+that" + _WHEN_AFTER + ")?")
"""What may stand between the relay's verb and its clause: when, where, to whom, how and in answer to what it was said
("in response to the paper's queries"), and "that"; how, to its last word ("in a separate statement that", not "in a
separate" then nothing); who relays the telling, set off by commas ("said, according to the ministry, that Y had
offered ...": the relay is still the teller's, LABELS rule 3); after "according to", whose words they are ("According to Name, the
president had ...", "According to him, the Kazakh side had ...", "According to a press release issued by the ministry, Minister Name spoke to ..."); "tell" takes whom it tells before its "that" ("told a regular
briefing that", "told the official news agency X that"); a report's sources cited between commas ("reported, citing sources at the
ministry, that Uganda had been asked by Ankara": the sources relay the agent's act, LABELS Round 54)."""
_RUN = r"(?:[A-Z][\w’'.-]*|al-\w+)(?:\s+(?:[A-Z][\w’'.-]*|al-\w+|bin|ibn|abu|von|van|der|den|de|du))*"
"""A run of capitalised words, a name's particles within."""
_LOWER_TITLE = r"(?:(?:foreign|deputy|prime|vice|defence|defense|interior|home|finance|health)\s+)?(?:minister|president|premier|secretary|governor|ambassador|mayor|chancellor|senator|envoy)"
"""A title in lower case before its holder's name, as many papers set it ("minister Naledi Pandor", "president Cyril
Ramaphosa"): no part of the name, as a capitalised title is none."""
_LOWER_WORD = r"[a-z][\w-]+"
"""A word of a description before a name ("the main opposition CHP", "the ruling Party of X"), no preposition."""
_PRINCIPAL = re.compile(r"\s+(?P<subject>the\s+[A-Z][a-z]+\s+(?:[a-z-]+\s+)?(?!had\b|has\b|have\b)[a-z-]+(?<!s)(?=\s+(?:had|has|have|also|earlier)\s+[a-z]+(?:ed|en|ld|ote|ent)\b)"
                        rf"|(?:[Tt]he\s+)?(?:(?:acting|interim|caretaker)\s+)?(?:{_LOWER_TITLE}\s+(?=[A-Z])|the\s+(?:(?!(?:in|of|for|at|from|and|to|on|over|by|near|with|under|across|after|before|about|against|between|into|through|around|inside|outside|within|during)\b){_LOWER_WORD}\s+){{1,2}}(?=[A-Z]))?(?!(?:The|It|He|She|They|We|I)\b){_RUN}"
                        rf"(?:\s+(?:of|for)\s+{_RUN}(?:\s+and\s+{_RUN})?)?(?:\s+in\s+{_RUN})?"
                        r"|the\s+[a-z-]+\s+of\s+the\s+[a-z-]+(?=,\s+[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-\w+)){1,5},)"
                        r"|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?<!s)(?:\s+in\s+[A-Z][\w’'-]+)?(?=,|\s+(?:had|has|have|was|is|would|will|also|told|wrote|said|sent|[a-z]+ed)\b))(?<![’']s)(?!\s+(?:and|or|&)\s)"
                        r"(?P<aside>,\s+(?:(?:who|which|in|at|during|after|before|speaking|on|while)\b[^,;:\u2063]{1,80}"
                        r"|(?P<named>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-\w+)){1,5})),)?")
"""One principal opening the reported clause, maybe with one aside set off by commas ("Y, who arrived on Monday, ...");
a name may follow a description of one or two words ("the main opposition CHP had called for");
a title may carry its country's adjective ("the Turkish president had told": read first when a perfect follows, before
a capitalised run would take the adjective alone); a title's holder named in apposition ("the minister, Karin Holm, had
urged"; "the head of the council, Lt Gen Name Name Name, had sent", a title of a body's head with a rank and up to six
words) is the principal by name; a mission abroad takes the city it sits in ("the Kenyan Embassy in Ankara had asked", "the embassy in Ankara had issued").""" 
_KIN = re.compile(rf"\s+(?P<subject>(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(KIN, key=len, reverse=True))}))(?P<aside>,\s+(?P<named>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}),)?")
"""A relative of the teller named in apposition, one name or more ("said her daughter, Jessa, had sent her a message"): the
principal by name, a first name being the only name the page may give a private person (LABELS Round 27)."""
_CONFERRED = re.compile(r"raised\s+[^,;:.\u2063]{1,60}?\s+with\s+(?:his|her|their|its|the|[A-Z])")
"""An act of speech done before that no speech verb of the list is: a matter raised with someone ("had raised the matter
with her counterpart"), not "raised the readiness of the police"; a matter discussed with someone is both sides' talk,
no one principal's words (it stays the relay's, articles 381 and 424)."""
_OFFERED = re.compile(r"offered\s+(?!to\b|by\b)[\w’'-]")
"""An offer made before of something ("had offered Frontex two border guards", "offered Greece its help", "had offered help"):
an act of speech done before that the list has only as "offered to <verb>", the principal's (LABELS Round 49: a
minister's "Finland had offered" is the country's)."""
_DIRECTIVE = re.compile(r"(?:tasked(?=\s+(?!with\b)[\w’'-])|(?:given|issued|sent)\s+(?:[\w’'-]+\s+){0,3}?(?i:instructions?|orders?|directives?|directions?|notices?|advisor(?:y|ies)|warnings?|alerts?|circulars?)\b)")
"""An order or a notice given before that no speech verb of the list is ("had tasked the ministry with ...", "had given His
High Instructions to ...", "had issued a safety notice to ..."): an act of speech done before, an order being one (LABELS
Round 49's relayed order, the one test for relays), the principal's, a body's too."""
_JOINED_CALL = re.compile(r"joined\s+(?:[\w’'.-]+\s+){0,4}?(?:statements?|calls?|appeals?|declarations?|communiqu[eé]s?)\b"
                          r"|joined\s+(?:[\w’'.()-]+\s+){0,9}?in\s+(?=[a-z]+ing\b)")
"""A call or a statement of others joined before ("had joined the regional statement of March 2 calling for ...", "joined
calls for a ceasefire", "had joined other member states in calling for ...", the participle a speech verb): the principal made that call its own, an act of speech done before (LABELS Round 46's "has joined
other nations in calling for" is the subject's call; a minister's relay of it is his government's, Round 49)."""
_BY_AGENT = re.compile(r"(?:been|was|were)\s+(?P<verb>briefed|informed|told|warned|assured|advised|urged|asked)\b[^,;:.\u2063]{0,60}?\s+by\s+"
                       r"(?P<agent>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
"""A passive of an act of speech done to the principal, with its agent named ("the Prime Minister had been briefed on the
situation by Mr Name"): the agent's act (LABELS Round 49: "Name said Y had been briefed by Z" is Z's)."""
_ACT = re.compile(r"[a-z]+(?:ed|en)\b|(?:spoke|met|held|wrote|sent)\b|(?<=\bhad\s)(?!(?:been|no|not|a|an|the|to|nothing|little)\b)[a-z]+\b")
"""A verb of the principal's act done before that no speech verb of the list is ("had spoken", "telephoned", "had sent"),
an irregular past ("spoke to X by phone and expressed ..."); not a plan ("would") nor a state ("was concerned", "had been"),
nor what one had not ("had nothing to add", "had little to say": no act, no speech): its clause still speaks when an act of
speech joins it
("... and conveyed"), or tells what it was for when the principal did it to someone (not "had received a letter from X
urging ...": X's words)."""
_MESSAGE = re.compile(r"written|wrote|sent|cabled|telephoned|phoned|called|contacted")
"""An act that is itself a message: a participle after it tells what the message said ("the Commission had written to the
Embassy asking ..."), the principal's words, a body's too (LABELS Round 49: a body's earlier act of speech relayed by its
head); not a participle after another act ("had opened its borders for migrants wishing ...")."""
_THEN = re.compile(rf"(?:[^,;:.\u2063]|,\s+(?:[A-Z][\w’'.-]*\s+){{0,4}}[A-Z][\w’'.-]*,)*?\band{_AUXILIARY.pattern}")
"""The rest of that act's clause up to an "and" and the words after it: any "and" of the clause, not only its first ("had
spoken to his Turkish and Syrian counterparts and stressed ...": "and Syrian" joins two objects, "and stressed" the acts),
past a name set off by commas after whom the act was done to ("had spoken with the Turkish Ambassador, Name Name, on
Saturday and conveyed ...")."""
_LETTER = re.compile(r"(?:(?:written|wrote)(?:\s+an?\s+(?:[\w-]+\s+){0,2}?(?:letter|message))?|sent\s+an?\s+(?:[\w-]+\s+){0,2}?(?:letter|message))\s+to\s")
"""A letter or a message sent to someone, with no content told ("had also written to President X", "had written a long
letter to X"): an act of speech done before, a person's (LABELS Round 44's letter, Round 77's "Prime Minister X had also
written to President Y"; unlike a call with no content); a body's stays the teller's ("said the commission had written
to its Turkish counterpart": :meth:`Relay.speaks` reads it as joined)."""
_FOR = re.compile(r"(?:[^,;:.\u2063]|,\s+(?:which|who)\s[^,;:.\u2063]*,)*?\s(?:to\s+(?P<base>[a-z]+)|(?P<stem>[a-z]{3,})ing)\b")
"""The rest of that act's clause up to a verb that tells what the act was for: an infinitive of purpose ("had written to
X to express ...") or a participle ("had sent a letter to X expressing ..."), past one relative clause set off by commas
on whom it was done to ("had written to the Embassy in Wellington, which is accredited to Samoa, to express ...")."""


def _joins(masked: str, at: int) -> list[re.Match[str]]:
    """Each "and" of the act's clause after ``at`` with the auxiliaries after it, up to the clause's end."""
    found: list[re.Match[str]] = []
    while (then := _THEN.match(masked, at)) is not None:
        found.append(then)
        at = then.end()
    return found


def _purpose(masked: str, at: int) -> re.Match[str] | None:
    """The verb after ``at``, in the act's clause, that tells what the act was for, when it is a speech verb (its past,
    "expressed", is one of the list); None when the clause has none before its end."""
    for m in _FOR.finditer(masked, at):
        if m.start() != at:
            return None
        at, verb = m.end(), m.group("base") or m.group("stem")
        if any(v.start() == 5 for past in (f"{verb}ed", f"{verb}d") for v in speech_verbs(f"They {past}{masked[at:]}")):
            return re.compile(r"[a-z]+").match(masked, m.start("base") if m.group("base") else m.start("stem"))
    return None


@dataclass(frozen=True)
class Relay:
    """The principal a relay reports as speaking: its words (``subject``), where they stand in the masked sentence
    (``start``), the speech verb that makes "Y <verb> ..." a statement of Y (``verb``), and whether that verb is joined
    by "and" to an act of Y's that is no speech (``joined``: "had spoken to X and conveyed ...")."""

    subject: str
    start: int
    verb: str
    joined: bool
    """The verb is joined by "and" to the act, or is a participle after it ("had opened its borders for migrants wishing
    ..." may be the migrants'), not an infinitive of its purpose ("had written to X to express ...")."""
    perfect: bool = False
    """The act's verb is in the perfect ("had expressed"), not the simple past ("expressed")."""
    agent: bool = False
    """The principal is the agent of a passive ("Y had been briefed by Z"): Z's act, whoever relays it, even a source
    not named (LABELS Round 49: the relayer's anonymity does not change whose act it is)."""

    def speaks(self, person: bool, teller: str, verb: str) -> bool:
        """True when the principal speaks, not the teller: a person (``person``) always; a country or a body by its own
        first verb or the infinitive of its act's purpose ("the ministry had written to X to express ..."), not a verb
        joined to an act
        ("X said Latvia backed the truce and stressed ..." is X's second verb), and
        not in the simple past of a person's own post (``teller`` of ``verb``: "Foreign Minister X wrote on Twitter that
        Ruritania rejected ..."): the post is that person's own words for the country, backshifted from "Ruritania
        rejects ..." (as a minister's present is his own, LABELS 315), where what a spokesperson or a host tells in the
        simple past stays the country's act (443) and one in the perfect stays so in a post too ("had called")."""
        posted = verb.lower() in ("wrote", "writes", "tweeted", "posted") and read_phrase(teller).person and not _VOICE.search(teller)
        return person or not self.joined and (self.perfect or not posted)


_ISSUED_TEXT = re.compile(r"(?i)(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|(?:press|news)\s+release|readout|communiqu[eé]|transcript)")


def issued_text(phrase: str) -> bool:
    """True when ``phrase`` is a text put out by someone unnamed ("A presidential press release", "a statement"): no
    anonymous source, so a principal's act it relays is the principal's, as a readout's is (LABELS rule 3)."""
    return _ISSUED_TEXT.fullmatch(phrase.strip()) is not None


_HABIT = frozenset("always consistently constantly continually long".split())
"""Adverbs of a habit before a verb in the perfect: what one keeps saying, no one act done before."""


def done_before(masked: str, at: int, verb: str) -> bool:
    """True when the speech verb ``verb`` at ``at`` of ``masked``, said of one subject, is in the past or the perfect ("has
    called", "urged", "told"): an act done before, which a relay reports as its subject's; not the present of words said
    now ("expresses", "says", "is calling on"), nor a habit ("has always maintained", "has consistently called for",
    "has long urged": no earlier act, LABELS Round 42)."""
    before = masked[max(at - 40, 0) : max(at, 0)].split()[-2:]
    return not _HABIT.intersection(before) and (not verb.split()[0].lower().endswith("s") or bool({"has", "have", "had"} & set(before)))


def principal_of(masked: str, at: int) -> re.Match[str] | None:
    """The one principal opening the clause reported after ``at`` (its group ``subject``), whatever its verb; None when
    that clause opens with no name, title, body or country, or with two joined by "and"."""
    lead = _LEAD.match(masked, at)
    return _PRINCIPAL.match(masked, lead.end() if lead else at)


_OWNED_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?:press\s+|private\s+)?(?:office|press\s+service)")
"""A person's office by what it is, the owner's possessive or "of" before or after it ("Erdogan's office", "the press
office of President X"): a body, never "he" or "she" itself."""
_OWNED_PRONOUN = re.compile(r"\s+(?P<subject>he|she)\b(?P<aside>(?P<named>(?!)))?")
"""A person's pronoun opening the clause an office relays ("X's office said he had told ..."): the office's owner."""


def office_owner(phrase: str) -> str:
    """The person whose office ``phrase`` is ("Turkish President X's office", "His office", "the office of the president"),
    "he" or "she" for a possessive pronoun; "" when the phrase is no person's office (a spokesperson may say "he" of
    himself)."""
    read = read_phrase(phrase)
    kind = re.sub(r"(?i)^(?:.*[’']s\s+|(?:his|her)\s+)|\s+of\s+.*$", "", phrase.strip())
    owner = {"his": "he", "her": "she"}.get(read.owner.lower(), read.owner)
    return owner if owner and _OWNED_OFFICE.fullmatch(kind) and read_phrase(owner).person else ""


def relayed(masked: str, at: int, owner: str = "") -> Relay | None:
    """The principal whose own act the clause reported after ``at`` (the end of a relay's speech verb) is, by the rule of
    the module; None when that clause's subject is no one principal or its verb no act of speech done before.  A
    person's office (``owner``, :func:`office_owner`) relays its owner as "he" or "she" (LABELS Round 28: "X's office said
    he had told Y ..." is X's, as "X told Y ..., his office said" is): the relay's subject is then the owner."""
    lead = _LEAD.match(masked, at)
    who = principal_of(masked, at) or _KIN.match(masked, lead.end() if lead else at)
    who = who or (_OWNED_PRONOUN.match(masked, lead.end() if lead else at) if owner else None)
    aux = _AUXILIARY.match(masked, who.end()) if who else None
    if who is None or aux is None:
        return None
    by = _BY_AGENT.match(masked, aux.end())
    if by:  # "Y had been briefed by Z": Z's act
        return Relay(by.group("agent"), by.start("agent"), by.group("verb"), False, "had" in masked[who.end() : aux.end()].split(), True)
    verbs = [m for m in speech_verbs(masked) if m.start() >= aux.end() and m.group().lower() not in STATE_VERBS]  # "Y believed": a state
    first = verbs[0] if verbs and verbs[0].start() == aux.end() else None
    act = _ACT.match(masked, aux.end()) if first is None else None  # "had spoken to X by phone and conveyed ..."
    thens = {then.end() for then in _joins(masked, act.end())} if act else set()
    joined = next((m for m in verbs if m.start() in thens), None)
    call = _JOINED_CALL.match(masked, aux.end()) if first is None else None  # "had joined the statement ... calling for"
    call = call if call is None or not call.group().endswith(" ") or _purpose(masked, call.end() - 1) else None  # "in calling", a speech verb
    purpose = _purpose(masked, act.end()) if act and not joined and not call and act.group() not in ("received", "got", "heard") else None
    verb = (first or joined or call or purpose or _CONFERRED.match(masked, aux.end()) or _OFFERED.match(masked, aux.end()) or _LETTER.match(masked, aux.end())
            or _DIRECTIVE.match(masked, aux.end()))
    tense = act if verb is purpose and act else verb  # "had written to X to express ...": the act's tense
    if verb is None or tense is None or not done_before(masked, tense.start(), tense.group()):
        return None
    named = "subject" if who.group("named") is None else "named"  # "the minister, Karin Holm,": the holder by name
    perfect = bool({"has", "have", "had"} & set(masked[max(tense.start() - 40, 0) : tense.start()].split()[-2:]))
    if not perfect and tense.group().lower() in _STANCES:
        return None  # "X added that Egypt rejected ...": the country's stance in the present, backshifted, told by X
    participle = verb is purpose and masked[max(verb.start() - 3, 0) : verb.start()] != "to "  # "... expressing", not "to express"
    participle = participle and not (act and _MESSAGE.fullmatch(act.group()))  # "had written to X asking ...": the message's words
    subject = owner if who.re is _OWNED_PRONOUN else who.group(named)  # "X's office said he had told": X
    letter = verb.re is _LETTER  # a letter with no content told: a person's act of speech, not yet a body's (its own words untold)
    return Relay(subject, who.start(named), verb.group(), verb is joined or participle or letter, perfect)


_STANCES = frozenset("rejected rejects opposed opposes".split())
"""Verbs of a stance, not of an act of speech done before: in the simple past after the relay's verb they tell the
principal's stance in the present, backshifted ("X added that Egypt rejected ...", "X said in a statement that the
League rejected ...": X's, LABELS Rounds 51, 77 and 80), where "had rejected" tells an act before (the
principal's, the one test for relays) and "welcomed", "expressed", "called" are acts (443)."""


_CLOSES = re.compile(r"(?:\s+(?:on|in|at|to|after|during)\s+[^,;:.\u2063]{1,40}|\s+(?:yesterday|today|afterwards|later|earlier|\w+day))?\s*[.!?]?\s*$")
"""What may follow a tag's verb at the sentence's end ("..., the minister said on Monday.", "..., he told reporters in
Ankara."): when, where and to whom, nothing said after it."""


def relayed_before(masked: str, at: int, verb: str, phrase: str) -> Relay | None:
    """The principal whose own act the words before a closing tag tell ("Slovenia has joined the EU's call for ..., the
    State Secretary said": the tag's verb at ``at``, its subject ``phrase``), by the same test as "X said Y had ..."
    (:func:`relayed`): the tag closes a report as the verb before a clause opens one; None when the verb does not close
    the sentence after its subject set off by a comma, or the words before it are no relayed act."""
    tag = masked.rfind(f", {phrase.strip()}", 0, max(at, 0) + 1) if phrase.strip() else -1
    if tag <= 0 or _CLOSES.fullmatch(masked, at + len(verb)) is None:
        return None
    relay = relayed(f" {masked[:tag]}", 0)
    own = relay and re.match(rf"{re.escape(relay.subject)}(?:,[^,]*,)?{_AUXILIARY.pattern}{re.escape(relay.verb)}", masked[relay.start - 1 :])
    return replace(relay, start=relay.start - 1) if relay and own else None  # Y's own first verb, not what an act was for
    # ("Turkey had gone to Moscow to ask, not to negotiate, he said": the teller's reading of a trip)


_OPENS_QUOTED = re.compile(r"[\"“](?=[A-Z])(?P<words>[^\"“”]+)[\"”]")
"""A quotation opening the sentence, its words."""
_VOICE = re.compile(r"(?i)\bspokes(?:man|woman|person)\b|\bpress\s+secretary\b")
"""Any spokesperson the page mentions."""


def quoted(masked: str, at: int) -> str:
    """The sentence ``masked`` with the quotation that opens it as its reported clause, when that quotation closes before
    ``at``, its speech verb ('"The minister is deeply worried," the spokesman said'): the opening quotation mark made a
    space, so that the quotation's subject is read where a reported clause's is, at the same offsets; "" when no
    quotation opens the sentence before ``at``."""
    m = _OPENS_QUOTED.match(masked)
    return f" {masked[1:]}" if m and m.end() <= at else ""


def definite_voice(role: str, before: str) -> str:
    """The spokesperson "the spokesman" stands for: the one the page last mentioned (``before``), as it was introduced
    ("his spokesman said. ... the spokesman, Name, said": "his spokesman"), when that one was introduced as someone's
    own (:data:`.forms.OWNED_VOICE`); "" when ``role`` is no such definite spokesperson or the last one was nobody's own
    ("a UN spokesman")."""
    if not re.fullmatch(r"[Tt]he\s+(?:spokes(?:man|woman|person)|press\s+secretary)", role.strip()):
        return ""
    last = list(_VOICE.finditer(before))
    owned = [m for m in OWNED_VOICE.finditer(before) if last and last[-1].start() >= m.start() and last[-1].end() <= m.end() and (m.group("owner") or m.group("principal"))]
    return owned[-1].group() if owned else ""


_BODY_VOICE = re.compile(r"([Tt]he\s+[a-z]+)[’']s(\s+(?:spokes(?:man|woman|person)|press\s+secretary))")


def body_role(phrase: str) -> str:
    """"The ministry's spokesman" read as "the ministry spokesman", the one the page named before with that role (LABELS
    rule 8: a role standing for the person named with it), before the body he speaks for (rule 3: the caller's, when
    the page named none); "" for any other phrase."""
    m = _BODY_VOICE.fullmatch(phrase.strip())
    return f"{m.group(1)}{m.group(2)}" if m else ""
