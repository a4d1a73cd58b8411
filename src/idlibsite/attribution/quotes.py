"""Which speaker a quotation takes when its own sentence names none (pure): the nearest
sentence of its paragraph that has a speaker, else the last speaker of the article, unless the
article has moved on to another person since."""

from __future__ import annotations

import re

from collections.abc import Sequence

from idlibsite.attribution.answer import CONFIDENCE, NOBODY, Speaker
from idlibsite.attribution.clause import clauses
from idlibsite.attribution.columnist import header_writer
from idlibsite.attribution.context import same_paragraph
from idlibsite.attribution.discourse import person_noun
from idlibsite.attribution.forms import CROWD, POSTED
from idlibsite.attribution.fullnames import NAME_RUN, last_full_name
from idlibsite.attribution.match import name_key
from idlibsite.attribution.page import byline
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import GENERIC, KIN, NATIONS
from idlibsite.sources.speech import Sentence
from idlibsite.sources.quotations import Quotation
from idlibsite.sources.nestedled import nested
from idlibsite.sources.statements import Passage


def chanted(text: str, p: Passage) -> bool:
    """True when a quotation with no clause is what a crowd chanted or a placard read, words of nobody named (LABELS
    Round 29), or what an anonymous post reads (:data:`.forms.POSTED`), not the words of the speaker before it."""
    return bool(text) and bool(CROWD.search(text, p.sentence.start, p.start) or POSTED.search(text, p.sentence.start, p.start))


_SENTENCE_END = re.compile(r"[.!?…]\s+")
_PRONOUN = frozenset("i we you he she they it".split())
_INDEFINITE = frozenset("everyone everybody someone somebody anyone anybody nobody people".split())
"""Indefinite pronouns that open a sentence capitalised ("Everyone was saying '...'"): no one named, not a name."""


def quoted_within(text: str, p: Passage, passages: Sequence[Passage]) -> str | None:
    """For a quotation nested in another one (:func:`idlibsite.sources.nestedled.nested`): the subject of the verb of
    saying before it inside the outer quotation ("She always says, '...'": "She"), "" when none; None when not nested."""
    outer = next((o for o in passages if o.kind == "direct" and not o.tag and o.start < p.start and p.end <= o.end), None)
    if outer is None or all(q.start != p.start for q in nested(text, Quotation(outer.start, outer.end, ""))):
        return None  # a quotation inside a turn's answer, or not after a verb of saying, is no nested one
    lead = _SENTENCE_END.split(text[outer.start : p.start - 1])[-1]
    found = clauses(lead)
    return found[-1].phrase if found else ""


_NAMED_WORDS = re.compile(r"(?<![.!?…][^\S\n])(?<=[^\S\n])(?:[A-Z][\w’'-]+|al-\w+)(?:[^\S\n]+(?:[A-Z][\w’'-]+|al-\w+|bin|ibn|abu))*")
"""A name inside a paragraph's sentence, not the capital that opens one: a first name alone ("says Anas was ..."), or more."""


def named_in_paragraph(text: str, p: Passage, passages: Sequence[Passage], teller: str) -> str:
    """For a nested quotation that a pronoun of the third person says ("He used to say, '...'" inside X's quotation):
    the one first name alone the paragraph gives before the outer quotation, not the teller's, that the page gives in
    full elsewhere ("X says Anas was always the first ... "He used to say, '...'"": "Anas", of "Anas al-Ahmad"; LABELS
    Round 50: a nested quotation of the person the paragraph names by first name is his), "" when none or more than
    one (Round 27: the unnamed's are nobody's)."""
    outer = next((o for o in passages if o.kind == "direct" and not o.tag and o.start < p.start and p.end <= o.end), None)
    if outer is None or not {"he", "she"} & set((quoted_within(text, p, passages) or "").lower().split()):
        return ""  # "He used to say", "She always told us"
    before = text[text.rfind("\n", 0, outer.start) + 1 : outer.start]
    mine = {name_key(w) for w in words(teller)}
    runs = [m.group().split() for m in NAME_RUN.finditer(text)]
    names = {m.group() for m in _NAMED_WORDS.finditer(before) if not {name_key(w) for w in words(m.group())} & mine
             and any(run[0] == m.group() for run in runs)}  # a first name alone that the page gives in full: not "Atmeh", nor
    # "Al-Araby Al-Jadeed" whom a mother told
    return names.pop() if len(names) == 1 else ""


def whom_quoted(phrase: str, named: Speaker | None) -> Speaker:
    """Who said a nested quotation whose outer speaker quotes ``phrase`` (:func:`quoted_within`): the one ``named`` (the
    phrase resolved) when the phrase is a name, else nobody named ("My brother said to me, '...'", LABELS Round 27):
    a pronoun inside a quotation stands for someone the speaker knows, not for a speaker of the article."""
    said = phrase.lower().split()
    first = said[-1] if said and said[-1] in _PRONOUN else said[0] if said else ""  # "The last time I spoke with my mother
    # she said, '...'": the pronoun after the words that open the clause is its subject
    if not first or first in _PRONOUN | _INDEFINITE or phrase[:1].islower() or first in ("my", "our", "your", "his", "her", "their"):
        return Speaker(None, None, "" if first in _PRONOUN else phrase, "none", 0.0)
    return named or NOBODY


_THEIR_REPLY = re.compile(r"\s*(?:(?:His|Her|Their)\s+(?:reply|answer|response)\b|(?:He|She|They)\s+[a-z]+(?:\s+[a-z]+){0,3}\s*:)")
"""A quotation's sentence opening with another's reply ("His reply was blunt: '...'") or with a third person's act before
a colon ("He shrugged: '...'", after "I asked a gendarme ..."): never the page's own "I"."""
_WRITER_AFTER = re.compile(r"\s*I\s+(?:[a-z]+\s+)?[a-z]+\s+(?:him|her|them)\b")
"""The writer's own act towards the one just quoted, in the sentence after the quotation ("I asked him whether ..."):
never the quotation's clause."""
_PLURAL_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,3}[a-z]{3,}s\s*$")
"""A plural subject right before a quotation that opens with its verb ('the guarantor countries "rejected ..."'): the
quotation is that subject's own predicate, no one's words carried from an earlier speaker."""


_GESTURE = re.compile(r"[^\S\n]*(?:He|She)\s+(?:[a-z]+ed|shook\s+(?:his|her)\s+head)(?:\s+[a-z]+ly)?\.[^\S\n]*")
"""A third person's gesture, a sentence of its own between a sentence and a quotation ("He laughed.", "She shrugged.",
"He smiled sadly."): the quotation is the gesturer's, so the sentence before it still tells whose (LABELS Round 64: a
verb of manner tags a quotation)."""
_WRITER_TO = re.compile(r"\bI\s+(?:[a-z]+\s+)?(?:told|asked|showed|reminded|promised)\s+(?P<name>[A-Z][\w’'-]+)")
"""The writer's act towards a person named after its verb ("I told Jawad that ..."): whom a gesture after it is."""


def _addressee(near: Sentence, earlier: Sequence[Speaker], text: str) -> Speaker:
    """The person the writer's sentence ``near`` addresses by a name a speaker before it has ("I told Jawad that ..." after
    Jawad Rahimi spoke), else nobody named: the one who gestures, then speaks, after the writer's act."""
    to = _WRITER_TO.search(text, near.start, near.end)
    named = [s for s in earlier if to and s.label and to.group("name") in s.label.split()]
    got = named[-1] if named else None
    return Speaker(got.actor, got.new, "", "paragraph", CONFIDENCE["paragraph"]) if got else Speaker(None, None, "", "none", 0.0)


_KIN_SUBJECT = re.compile(r"\s*(?:His|Her|Their|My|Our)\s+(?:[a-z-]+\s+)?(?P<kin>" + "|".join(sorted(KIN)) + r")"
                          r"(?:,\s+\d{1,3},)?\s+(?!(?:named|called|lives|lived|is|was|has|had|works|worked|stays|stayed|remains|remained)\b)[a-z]+\b")
"""A sentence whose subject is a relative given by a possessive and maybe an age, not named, doing something where the
speaker is ("Their daughter, 17, sits next to her and says nothing ..."): another person on stage, whose words a
quotation right after it may be; not one the sentence places elsewhere or describes ("Her sister lives in a camp in
Atmeh.": the speaker's words about her follow)."""
_LAST_SENTENCE = re.compile(r"(?:^\s*|(?<=[.!?…])\s+|(?<=[.!?…][”\"’»])\s+)(?=\S[^.!?…]*[.!?…][”\"’»]?\s*$)")
"""Where the last sentence of a stretch of text begins (after a stop, maybe a closing mark, and a space)."""


def _relative_subject(between: str) -> str:
    """The relative the last sentence of ``between`` opens with as its subject (:data:`_KIN_SUBJECT`), "" when none:
    "Her husband stayed behind. She does not know ..." goes on about her."""
    last = _LAST_SENTENCE.search(between)
    m = _KIN_SUBJECT.match(between, last.end()) if last else None
    return m.group("kin") if m else ""


def nearby(p: Passage, ordered: list[Sentence], by_sentence: dict[int, Speaker], text: str, since: int = 0) -> Speaker | None:
    """For a quotation with no clause: the nearest clause in its paragraph, else the last one since
    ``since`` (where the dispatch that holds it starts, on a page of several)."""
    index = ordered.index(p.sentence)
    for step in (-1, 1):
        j = index + step
        if 0 <= j < len(ordered) and ordered[j].start in by_sentence:
            near = ordered[j]
            lo, hi = (near.end, p.sentence.start) if step < 0 else (p.sentence.end, near.start)
            gesture = bool(text) and step < 0 and _GESTURE.fullmatch(text, lo, hi) is not None  # "I told X ... He laughed. '...'"
            if same_paragraph(text, lo, hi) or gesture:
                got = by_sentence[near.start]
                writer = byline(text) or header_writer(text, p.start)  # the byline's, or a column's header name line's
                if gesture and got.label and got.label == writer:  # the writer's act, then the other's gesture and words
                    return _addressee(near, [by_sentence[s.start] for s in ordered[:j] if s.start in by_sentence], text)
                if got.label and _THEIR_REPLY.match(p.sentence.masked) and got.label == writer:  # "I said as much to a
                    return Speaker(None, None, "", "none", 0.0, got.actor or got.new)  # diplomat. His reply was ...": not I
                if step > 0 and _WRITER_AFTER.match(near.masked):  # '"Go, go," he shouted. I asked him ...': the writer
                    return Speaker(None, None, "", "none", 0.0, got.actor or got.new)  # answers the words, never said them
                return Speaker(got.actor, got.new, got.unnamed, "paragraph", CONFIDENCE["paragraph"], got.runner_up)
    lead = p.sentence.masked[: max(p.start - p.sentence.start - 1, 0)] if text else ""
    if _PLURAL_BEFORE.search(lead) and re.match(r"[a-z]{3,}ed\b", text[p.start : p.end]):  # 'a statement in which the
        return Speaker(None, None, "", "none", 0.0)  # guarantor countries "rejected ..."': a plural's words, nobody named (rule 6)
    earlier = [by_sentence[s.start] for s in ordered[:index] if s.start in by_sentence and s.start >= since]
    if earlier:
        got = earlier[-1]
        last = max(s.end for s in ordered[:index] if s.start in by_sentence and s.start >= since)
        between = f"{text[last : p.sentence.start]}{p.sentence.masked}" if text else ""  # its own clause too
        other, again = last_full_name(between) or _relative_subject(text[last : p.sentence.start]), {name_key(w) for w in words(between)}
        if other and got.label and name_key(got.label.split()[-1]) not in again | {name_key(other.split()[-1])}:
            return Speaker(None, None, "", "none", 0.0, got.actor or got.new)  # the article moved to another person
        # the runner-up: the speaker before the last, when another ("A said ... B said ... \n\n "...")
        before = next((e.actor or e.new for e in reversed(earlier[:-1])
                       if (e.actor or e.new) and (e.actor or e.new) != (got.actor or got.new)), None)
        return Speaker(got.actor, got.new, got.unnamed, "earlier", CONFIDENCE["earlier"], got.runner_up or before)
    return None


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in words(text)}


def repeats(quoted: Passage, found: dict[Passage, Speaker], text: str, heading: bool = False) -> Speaker | None:
    """The speaker a quotation that names nobody is: the one of another quotation of the body, not around it, that gives two thirds
    of its words or more, the most of them ("'I count the hours': Toronto Syrians ..." over ""I count the hours ...,"
    Jomaa said"; "'They sleep in the olive groves'" over ""She sleeps in the olive groves""), else None (LABELS Round
    29: a headline quotation, repeated or condensed, is the words of the story's speaker who says them).  A headline's
    quotation (``heading``) may condense a speaker's words in words of its own ("'Each call might be the last'" over
    ""Every call could be the last one, so I call twice a day,""): the one speaker whose quotations together give half
    its words or more (:func:`_condensing`), when its line gives it to no one else (:func:`_untold`)."""
    want = _stems(text[quoted.start : quoted.end])
    shared = [(len(want & _stems(text[p.start : p.end])), -p.start, s) for p, s in _others(quoted, found)]
    most, _, best = max(shared, key=lambda t: t[:2], default=(0, 0, NOBODY))
    repeated = best if len(want) >= 2 and 3 * most >= 2 * len(want) else None
    got = repeated or (_condensing(quoted, want, found, text) if heading and _untold(quoted, text) else None)
    return Speaker(got.actor, got.new, "", "later", CONFIDENCE["later"]) if got else None


def _others(quoted: Passage, found: dict[Passage, Speaker]) -> list[tuple[Passage, Speaker]]:
    """The body's quotations another quotation may repeat, in the page's order: direct, not around or inside it, and
    given to someone."""
    return [(p, s) for p, s in sorted(found.items(), key=lambda item: item[0].start)
            if p.kind == "direct" and not (p.start < quoted.end and quoted.start < p.end) and (s.actor or s.new)]


def _condensing(quoted: Passage, want: set[str], found: dict[Passage, Speaker], text: str) -> Speaker | None:
    """The one speaker of the body whose quotations, all of them together, give half a headline quotation's words or
    more (``want``, three at least); None when none does, or when a second speaker's give half of them too (the headline
    condenses what both say: "'The winter is hard for all of us'" over two people's "the winter is hard")."""
    said: dict[str, tuple[set[str], Speaker]] = {}
    for p, s in _others(quoted, found):
        said.setdefault(s.label, (set(), s))[0].update(_stems(text[p.start : p.end]))
    fit = [s for stems, s in said.values() if len(want & stems) >= 3 and 2 * len(want & stems) >= len(want)]
    return fit[0] if len(fit) == 1 else None


_AFTER = re.compile(r"[\"“”‘’'«»]*[^\S\n]*[:–—-][^\S\n]*")
"""A closing mark, then a colon or a dash: what follows a headline's quotation names whose it is ("'...': new figures")."""
_BEFORE = re.compile(r"[^\S\n]*[:–—-][^\S\n]*[\"“”‘’'«»]*\Z")
"""A colon or a dash, then an opening mark: what comes before a headline's quotation names whose it is ("Residents: '...'")."""
_THINGS = frozenset("media agencies groups reports sources source".split())
"""The plurals for no one named (:data:`.wordlists.GENERIC`) that are no people: what a headline may say said a thing."""


def _untold(quoted: Passage, text: str) -> bool:
    """True when nothing on a headline quotation's line gives it to another than a speaker of the body: the quotation is
    the whole line, or the words set off beside it by a colon or a dash name people ("'...': Leeds families with
    relatives in Idlib", "Syrians in Södertälje follow Idlib on their phones: '...'"), not a thing whose words the
    headline calls them ("'Nobody counts the Kenyans at the border': new figures": LABELS Round 39's "Role: words" read
    the other way round, its teller no person)."""
    start = text.rfind("\n", 0, quoted.start) + 1
    end = len(text) if text.find("\n", quoted.end) < 0 else text.find("\n", quoted.end)
    after, before = _AFTER.match(text, quoted.end, end), _BEFORE.search(text, start, quoted.start)
    beside = text[after.end() : end] if after else text[start : before.start()] if before else text[start : quoted.start] + text[quoted.end : end]
    return not beside.strip(" \"“”‘’'«»") or any(_people(w) for w in re.findall(r"[\w’'-]+", beside))


def _people(word: str) -> bool:
    """True when a word names people: a person's noun or its plural ("researcher", "listeners", "mothers": :func:`.discourse.person_noun`),
    a nation's people ("Syrians") or a plural for people of no name ("families", "residents": :data:`.wordlists.GENERIC`)."""
    one = fold(word)[:-1] if len(word) > 3 and fold(word).endswith("s") else fold(word)
    return person_noun(one) or one != fold(word) and one in NATIONS or fold(word) in GENERIC - _THINGS  # not "UN"
