"""Which of the clauses of a sentence with several gives its speaker (pure): the main verb's, not one in a clause of
time; the one that closes what the first reports; the one the others answer or recall; the person a relay names."""

from __future__ import annotations

import re

from idlibsite.attribution.answer import Speaker, choose, is_person
from idlibsite.attribution.governments import country_of
from idlibsite.attribution.described import anonymous_source
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.relayed import done_before
from idlibsite.attribution.subject import ANSWER

_SUBORDINATE = re.compile(r"\b(?:since|after|before|until|because|although|once|when)\s+[^,;:\u2063]{1,60}$")
"""A speech verb in a clause of time or cause, its subject after the conjunction ("... since Turkey announced
..."): not the sentence's own attribution when it has another."""


_PHONED = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[a-z]\b(?![’'])(?:\s+(?:on|late|early|this|last|in|at|by|over)\b[^,;:.!?\u2063]{0,40}?)?,")
"""A call to a person with nothing said in it, its clause closed by a comma ("called Erdogan on Friday evening, according
to ..."), not "called Erdogan a dictator" nor "called Erdogan's move ..."."""


_MINISTRY = re.compile(r"\b[Mm]inistry\b")
"""A ministry closing what its country is said to do in the present ("Ruritania welcomes ..., the Ministry of Foreign Affairs
said"): its own words, as a minister's are (LABELS 315, Round 43)."""


_COPULA = re.compile(r"\s+(?:is|are)\s*$")
"""A copula the subject's phrase ends on when a state opens the sentence and the speech verb is joined to it ("Ruritania is
deeply concerned ... and calls on ..."): the subject is the words before it, a country in the present."""


_CLOSING_VERBS = ("said", "says", "told", "adds", "added", "reads", "stated", "states")
"""The verbs of a tag closing what a country is said to do: a speaker's ("..., the ministry said", "..., she stated", "..., the statement adds")
or a document's, its author named ("..., reads a communiqué issued by the Ministry", :data:`.forms.ISSUED_BY`)."""
_RELAYED_VERBS = ("said", "says", "told", "stated", "states")
"""Verbs of a body's own speech that a medium's "according to" relays ("According to TT, the Turkish government states ...")."""


def _voice(speaker: Speaker, role: str) -> bool:
    """True when a later clause's speaker (its phrase ``role``) can close what a country is said to do in the present:
    a person, a ministry (:data:`_MINISTRY`), or another body that is not a country itself ("Pakistan urges restraint,
    FO says", "..., the army said"): the body's own words (LABELS Round 38: a headline tagged by a body is the body's)."""
    body = bool(speaker.new and not speaker.new.person) and not country_of(read_phrase(role).text)
    return is_person(speaker) or bool(_MINISTRY.search(role)) or body


def _closes(masked: str, first: int, at: int) -> bool:
    """True when the speech verb at ``at`` has its subject after the last comma before it, a comma after the verb at
    ``first`` ("Romania expresses ..., Minister X said"): the words up to that comma are what the later verb reports."""
    comma = masked.rfind(",", 0, at)
    return 0 <= first < comma and not re.search(r"\b(?:that|who|which|and|but|while|as)\b", masked[comma:at])


def _source(speaker: Speaker, first: str) -> bool:
    """True when a later clause's speaker is an anonymous source ("a responsible source at the Ministry", or "the same
    source" for one) and the first clause's subject a country: the source closes what the country is said to do
    (:func:`_closes`)."""
    return bool(speaker.unnamed and anonymous_source(speaker.unnamed) and country_of(read_phrase(first).text))


def _subordinate(masked: str, at: int) -> bool:
    return at >= 0 and _SUBORDINATE.search(masked, 0, at) is not None


_NAMED = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w’'.-]*)*")
"""A name in a list of subjects, "Germany", "the Red Cross", "Lena Brandis": capitalised words."""
_AFTER_LIST = re.compile(r"(?:\s+(?:on\s+[A-Z][\w’'-]*|[a-z][\w’'-]*))+$")
"""Words between a list's last name and its verb ("... and Estonia have jointly", "... and Bulgaria on Monday")."""


def _listed(masked: str, first: str, at: int) -> str:
    """The words of the subject of the verb at ``at``, from its first subject ``first``, when it is a list of principals
    joined by one "and", with commas between names for three or more ("Greece and Bulgaria", "Britain, France and
    Germany", "Minister X and his counterpart Y"); "" when it is not one (no "and" after the first, or words between
    commas that are no name)."""
    start = masked.rfind(first.strip(), 0, max(at, 0))
    head, _, tail = masked[start:at].partition(" and ") if start >= 0 else ("", "", "")
    items = [i.strip() for i in head.split(",") if i.strip()]
    last = tail.split(",")[0].strip()
    if not items or not last or " and " in f" {last} " or not all(_NAMED.fullmatch(i) for i in items[1:]):
        return ""
    return f"{', '.join(items)} and {_AFTER_LIST.sub('', f' {last}').strip()}"


def _listed_from(masked: str, role: str, first: Speaker, at: int) -> str:
    """:func:`_listed` from the first subject's role as the sentence writes it, else from its name, when a description in
    apposition before the list makes the role ("the two foreign ministers, A and B, read out": "A and B")."""
    return _listed(masked, role, at) or _listed(masked, first.label, at)


def _one_name(found: list[Speaker], roles: list[str], subjects: list[int]) -> bool:
    """True when the subjects of one verb (their indices ``subjects``) are words of one name that one of them is given
    whole ("Bosnia and Herzegovina", "Trinidad and Tobago", "Ministry of Foreign Affairs and International
    Cooperation"): one body, not a plural of two."""
    words = [read_phrase(roles[i]).text.strip() for i in subjects]
    return any(all(w and w in found[i].label for w in words) for i in subjects)


def _closing(found: list[Speaker], roles: list[str], ats: list[int], verbs: list[str], masked: str, index: int, joint: bool) -> list[int]:
    """The later clauses whose speaker closes what the clause at ``index`` reports (:func:`_closes`): a person, a
    ministry or another body (:func:`_voice`) after a country's present act, an office after two subjects ``joint``, or an anonymous source."""
    country = bool(country_of(read_phrase(_COPULA.sub("", roles[index])).text)) and not done_before(masked, ats[index], verbs[index])
    closing = [i for i in range(index + 1, len(found)) if (joint or (_voice(found[i], roles[i]) and country))
               and (found[i].actor or found[i].new) and verbs[i] in _CLOSING_VERBS and _closes(masked, ats[index], ats[i])]
    return closing or [i for i in range(index + 1, len(found)) if _source(found[i], roles[index]) and not done_before(masked, ats[index], verbs[index])
                       and verbs[i] in ("said", "says", "told", "added") and _closes(masked, ats[index], ats[i])]


_ASIDE = re.compile(r"(?i)according\s+to\s[^,;:\u2063]+,\s+(?:(?:also|has|have|had|then|later|[a-z]+ly)\s+)*")
"""An "according to" set off by commas between a subject and its verb ("The League, according to a statement by its
secretariat, voiced ..."): the source of the report, the subject before it the speaker (LABELS Round 28)."""


def _aside(masked: str, according: int, at: int) -> bool:
    """True when the "according to" at ``according`` is an aside after a comma and the verb at ``at`` comes right after
    it: the verb's subject stands before the aside, whatever the verb (not only a verb of saying)."""
    return masked[:according].rstrip().endswith(",") and _ASIDE.fullmatch(masked, according, max(at, according)) is not None


def chosen(found: list[Speaker], roles: list[str], ats: list[int], verbs: list[str], masked: str, relayed: bool) -> tuple[int, Speaker]:
    """The index of the clause that attributes a sentence (its masked text ``masked``) among its clauses' speakers
    ``found``, their roles ``roles``, where their verbs are ``ats`` and the verbs ``verbs``, and its speaker;
    ``relayed`` when the first clause is "according to" a relay."""
    index, best = choose(found)
    main = [i for i, s in enumerate(found) if (s.actor or s.new) and not _subordinate(masked, ats[i])]
    if _subordinate(masked, ats[index]) and main:  # "... since Turkey announced ..., according to X": X's
        index, best = main[0], found[main[0]]
    subjects = [i for i in range(len(found)) if ats[i] == ats[index]]
    joint = len(subjects) > 1 and not _one_name(found, roles, subjects)  # "X and Y have offered to meet ...": two subjects of one verb
    closing = _closing(found, roles, ats, verbs, masked, index, joint)
    listed = _listed_from(masked, roles[subjects[0]], found[subjects[0]], ats[index]) if joint and not closing else ""
    if listed:  # "Greece and Bulgaria said", "Britain, France and Germany said", "X and Y said in a joint statement", with or
        # without "both": one plural subject that no later clause relays, bodies or people (LABELS "Lists of subjects", rule 6)
        return index, Speaker(None, None, listed, "named", best.confidence)  # nobody named
    if closing:  # "Romania expresses its solidarity ..., Minister of Foreign Affairs X said" (or "the Ministry said"): X's words about Romania, and
        # "Algeria condemns ..., a source at the Ministry told APS": the anonymous source's (LABELS rule 6, Round 28); and
        # "X and Y have offered to meet ..., the Elysee said": what an office or a spokesman relays of two together is
        # its own (rule 11; LABELS Round 29, articles 49 and 304)
        index, best = closing[0], found[closing[0]]
    office = [i for i in range(index + 1, len(found)) if verbs[i] == "according to" and (found[i].actor or found[i].new)]
    if office and verbs[index] in ("called", "calls") and _PHONED.match(masked, ats[index] + len(verbs[index])):
        index, best = office[0], found[office[0]]  # "X called Y on Friday, according to his press service": a call with no
        # content relayed by an office is the office's (LABELS Round 29 and Round 39)
    answered = [i for i in range(index) if 0 <= ats[i] < ats[index] and ANSWER.search(masked, ats[i], ats[index])]
    if answered:  # "Rights groups say ..., accusations Athens has rejected": not Athens's sentence
        index, best = answered[0], found[answered[0]]
    recalled = [i for i in range(index + 1, len(found)) if verbs[i] == "words" and (found[i].actor or found[i].new)]
    if recalled:  # "X recalled the words of Y, who had said that ...": Y's words, X only relays them
        index, best = recalled[0], found[recalled[0]]
    told = [i for i, s in enumerate(found[1:], 1) if (s.actor or s.new) and (is_person(s) or verbs[i] in _RELAYED_VERBS or _aside(masked, ats[0], ats[i]))] if relayed else []
    if told and index == 0:  # "According to the Kremlin's transcript, he told ...": the person, relayed; "According to the
        # agency, the Command said ...": the body whose words the medium relays (LABELS rule 4; not "..., Bulgaria has asked")
        partners = [i for i in told if ats[i] == ats[told[0]]]  # "According to X, the two ministers, A and B, read out": a list
        listed = _listed_from(masked, roles[told[0]], found[told[0]], ats[told[0]]) if len(partners) > 1 else ""
        if listed:  # of people relayed, one plural subject, nobody named (LABELS "Lists of subjects")
            return told[0], Speaker(None, None, listed, "named", best.confidence)
        index, best = told[0], Speaker(found[told[0]].actor, found[told[0]].new, "", found[told[0]].how,
                                       found[told[0]].confidence, best.actor or best.new)
    return index, best


_CONTRASTED = re.compile(r",\s+(?:but|while|whereas)\s+(?=[A-Z]|(?:its|his|her|their|the|an?)\s)")
"""A clause of contrast joined to the sentence's first ("X welcomed the offer, but its president, Y, warned that ..."):
what follows it is its own speaker's (LABELS rule 11: two speakers in one sentence); not "..., but said Y had stressed
...", the first subject's own second verb."""


def answered_by(found: list[Speaker], ats: list[int], index: int, masked: str) -> tuple[int, int, Speaker] | None:
    """The last clause after the chosen one (``index``) that answers it or stands against it, as (where it starts in
    ``masked``, where its verb is, its speaker): an answer ("..., a claim Athens dismissed as "..."", :data:`ANSWER`), or
    a clause of contrast with a speaker of its own named ("..., but its president, Y, warned that"); None when none."""
    later = [(joined.start(), at, s) for at, s in zip(ats[index + 1 :], found[index + 1 :]) if at > ats[index] >= 0
             for joined in [ANSWER.search(masked, ats[index], at) or (
                 _CONTRASTED.search(masked, ats[index], at) if (s.actor or s.new) and s.how == "named" and s.label != found[index].label else None)]
             if joined]
    return later[-1] if later else None


def according_teller(found: list[Speaker], roles: list[str], verbs: list[str], index: int) -> tuple[Speaker, str] | None:
    """The person an opening "according to" names when another clause of the sentence gives its speaker ("According to
    the government spokesman, President X had instructed ..."): (the teller, his role as written), the one who speaks in
    the sentence, whom "he said" next stands for (LABELS rule 8), as "The spokesman said President X had instructed ...";
    None when the sentence opens otherwise, or the teller is no person or is the one chosen."""
    teller = found[0] if index > 0 and verbs[0] == "according to" else None
    if teller is None or not (teller.actor or teller.new) or not is_person(teller) or teller.label == found[index].label:
        return None
    return teller, roles[0]
