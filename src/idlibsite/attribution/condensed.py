"""Which statement of the body a headline condenses, and whose it is by what the headline names (pure).

The rule: a headline or deck is a passage when it condenses a statement of its body, that is when most of its content
words (by their first letters, so "mourns" is "mourned") are words of one passage of the body; the page itself, not
a list of verbs, says what the headline reports.  Its speaker is then, by LABELS, the one the headline names as its
source: a tag after a dash, a colon or a comma ("... - envoy", "..., FO says") that is a short form of the condensed
statement's speaker; else its subject: a country the statement speaks of is the country's ("Peru mourns ...", "A
headline's subject is its speaker"), opening words that are the statement's speaker as the body writes it ("Clinic
chief ...", "Mayor Name ...") the speaker's.  A headline whose subject names no speaker reports an event ("Floods cut
roads", "Talks end without a deal") and is no passage, unless it gives a quotation's own words without marks (Round
29, "A headline quotation that condenses"): the quoted speaker's.  A headline whose subject is a nation's plural
("Ostrian leaders express condolences ...") and that condenses, more than any statement of a speaker named, a statement
whose speaker names nobody ("The country's top officials have expressed ...", rule 6) is a passage of nobody, as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.bodytable import contracted
from idlibsite.attribution.clause import clauses
from idlibsite.attribution.folding import WORD, fold, words
from idlibsite.attribution.match import role_words
from idlibsite.attribution.plurals import people_of_nation
from idlibsite.attribution.wordlists import GENERIC, NATIONS
from idlibsite.sources.lexicon import SPEECH_VERBS
from idlibsite.sources.statements import Passage
from idlibsite.sources.turns import SECTION_LABELS, key

STEM = 4
"""Letters of a word compared: "mourns", "mourned" and "mourning" are one word of the headline and the body."""
SHARE = 0.5
"""The least share of a headline's content words one statement of the body gives, for the headline to condense it."""
LEAST = 2
"""The fewest content words a headline shares with the statement it condenses."""
QUOTED = 3
"""The fewest content words a headline with no speaker's name shares with a quotation, two thirds of its own or more
(as :func:`.quotes.repeats` reads a headline's quotation in marks), to give the quotation's words without marks."""
OPENING = 4
"""The most words of a headline's subject."""

_TAIL = re.compile(r"(?:\s+[-–—]\s+|\s*:\s+|,\s+)(?P<tag>[^,:\-–—]+?)\s*$")
"""The last part of a headline after a dash, a colon or a comma: where a headline puts its source's tag."""


@dataclass(frozen=True)
class Condensed:
    """A headline's statement of the body, and what in the headline names its speaker."""

    passage: Passage  # the statement of the body the headline condenses
    speaker: Speaker  # that statement's speaker
    country: str  # the headline's subject, when a country the statement speaks of ("Peru"); "" otherwise
    by: str  # "tag", "subject", "country", "quotation" or "nobody" (a statement of nobody named): how it names its speaker
    said: str  # the headline's words that name it (its tag or subject), "" for a quotation's words


def stems(text: str) -> set[str]:
    """The content words of ``text``, by their first letters (words shorter than :data:`STEM` left out)."""
    bare = (w.strip("'’.-") for w in words(text))  # "'Moscow" in a headline's quotation marks is "moscow"
    return {w[:STEM] for w in bare if len(w) >= STEM}


def _speaker_words(p: Passage, s: Speaker) -> set[str]:
    """The words that name a statement's speaker on the page: its clause's subject as the body writes it ("Dr Name,
    the clinic's chief"), its name, its role."""
    phrase = " ".join(c.phrase for c in clauses(p.sentence.masked))
    role = s.new.role if s.new else " ".join(role_words(s.actor)) if s.actor else ""
    return set(words(f"{phrase} {s.label} {role}"))


def _names(said: str, p: Passage, s: Speaker) -> bool:
    """True when ``said`` (a headline's subject or tag) is the statement's speaker as the page names it: all its words
    are words of its subject, name or role ("Clinic chief", "envoy"), or it spells the initials of its name ("FO")."""
    own = [w for w in words(said) if w not in SPEECH_VERBS]
    if not own:
        return False
    if re.fullmatch(r"[A-Z]{2,6}", said.strip()):  # "PM" for "Prime Minister Name", "FO" for "the Foreign Office"
        role = s.new.role if s.new else " ".join(r.title for r in s.actor.roles) if s.actor else ""
        capitals = re.findall(r"\b[A-Z][\w’'-]*", " ".join(c.phrase for c in clauses(p.sentence.masked)) + f" {s.label} {role.title()}")
        return any("".join(w[0] for w in capitals[i : i + len(said.strip())]) == said.strip() for i in range(len(capitals)))
    return set(own) <= _speaker_words(p, s)


def _subject(headline: str, p: Passage, s: Speaker, text: str) -> tuple[str, str]:
    """What the headline's opening words name: ("country", the country) when its first word is a country the
    statement speaks of, ("subject", words) when they are the statement's speaker, ("", "") when neither."""
    tokens = re.findall(r"[\w’'.-]+|[,:/&]", headline)
    tokens = tokens[1:] if tokens[:1] == ["The"] else tokens
    spelled = [contracted(t, text) or t if re.search(r"[’'](?!s$)\w", t) else t for t in tokens]  # "Gov't" as
    # "Government", not "Estonia's" as "Estonians"
    k = next((k for k in range(min(OPENING, len(tokens)), 0, -1) if all(t[:1].isupper() for t in tokens[:k])
              and not all(t.lower() in NATIONS for t in tokens[:k]) and not people_of_nation(tokens[:k]) and _names(" ".join(spelled[:k]), p, s)), 0)
    # not "Russian" alone: a nationality names no speaker; nor "Indonesian Students" the association of that name
    country = bool(tokens) and _country(tokens[0]) and fold(tokens[0]) in words(text[p.sentence.start : p.sentence.end])
    k = k or int(country)
    after = tokens[k : k + 2]
    if not k or after[:1] in (["/"], ["&"]) or after[:1] == [","] and after[1:2] != [] and after[1][:1].isupper() \
            or after[:1] == ["and"] and tokens[k + 1 : k + 2] and tokens[k + 1][:1].isupper():
        return "", ""  # one of two who act together ("Russia, Turkey agree ...", "Syria/Russia: ..."): no one speaker
    if k == 1 and country:
        return ("country", tokens[0]) if after[:1] != [":"] else ("", "")  # a country is its own speaker (rule 9), a
        # kicker's place ("Syria: 'Real risk' ...") none
    return ("tag" if after[:1] == [":"] else "subject"), " ".join(tokens[:k])  # "Cabinet: Kingdom stresses ...": a tag


def _country(word: str) -> bool:
    """True when ``word`` is a country's own name ("Peru"), not its adjective ("Peruvian troops ...")."""
    return NATIONS.get(word.lower(), "").lower() == word.lower()


def taken_over(got: Speaker, condenses: Condensed) -> bool:
    """True when a headline's tag that condenses a statement (``condenses.by`` "tag") gives the headline to that
    statement's speaker over ``got``, what the headline's own clause names: a subject that is not the tag's ("Kremlin:
    ..." stays the Kremlin's), or the tag itself as a short form of the speaker's full name ("... — Foreign Affairs
    Ministry" over "The Ministry of Foreign Affairs and Regional Integration has assured ...")."""
    own, full = set(words(got.label)), set(words(condenses.speaker.label))
    return not own & set(words(condenses.said)) or got.new is not None and got.actor is None and own <= full and got.label != condenses.speaker.label


def _statements(found: Mapping[Passage, Speaker], text: str) -> dict[Passage, tuple[str, str]]:
    """Each passage's statement as a headline's quotation may condense it: the sentences, and the quotations, that its
    speaker gives in a row in its paragraph (an interview's answer, "The deal freezes ... It does not solve anything." as
    'Deal Freezes Idlib, It Does Not Solve It'), one statement however many sentences the finder cut it into; an
    answer with the question it answers, whose words it leaves out ("Why no break between Ankara and Moscow?" "Because
    neither side can afford one." as 'Neither Ankara Nor Moscow Can Afford a Break')."""
    runs: dict[tuple[int, str], list[Passage]] = {}
    for p, s in sorted(found.items(), key=lambda item: item[0].start):
        runs.setdefault((text.rfind("\n", 0, p.start), s.label), []).append(p)
    joined = {}
    for run in runs.values():
        asked = _question(text, run[0].start) if run[0].tag else ""  # "Because neither side can afford one": "one" is
        # the question's "a break between Ankara and Moscow"
        sentences = " ".join((asked, *dict.fromkeys(text[p.sentence.start : p.sentence.end] for p in run)))
        quoted = " ".join((asked, *(text[p.start : p.end] for p in run if p.kind == "direct")))
        joined.update(dict.fromkeys(run, (sentences, quoted)))
    return joined


def _question(text: str, at: int) -> str:
    """The question an interview's answer at ``at`` answers: the paragraph before the answer's, when it asks ("...?");
    "" when it asks nothing."""
    start = text.rfind("\n\n", 0, at)
    before = text[text.rfind("\n\n", 0, max(start, 0)) + 2 : start].strip() if start > 0 else ""
    return before if before.endswith("?") else ""


def _national_plural(headline: str) -> bool:
    """True when a headline's subject is a nation's plural that names nobody ("Georgian leaders", "Ostrian officials",
    "Indonesian Students in Turkey: ..."):
    a nation's adjective, then a generic plural (rule 6) as the subject of an act (a verb not in the past participle)."""
    tokens = WORD.findall(headline)
    k = next((i for i, t in enumerate(tokens) if not (t[:1].isupper() and fold(t) in NATIONS)), len(tokens))
    acts = k + 1 < len(tokens) and not tokens[k + 1].lower().endswith("ed")  # not "Ostrian troops killed ...": done to them
    return 0 < k < len(tokens) and (fold(tokens[k]) in GENERIC or people_of_nation(tokens[k - 1 : k + 1])) and acts


def condensed(headline: str, found: Mapping[Passage, Speaker], narration: Sequence[str], text: str,
              quoting: bool = False) -> Condensed | None:
    """The statement of the body (``found``) that ``headline`` condenses and names the speaker of, the one sharing the
    most content words (:data:`SHARE`, :data:`LEAST`), by a tag, a subject or a quotation's words (module docstring);
    None when it condenses none, or names no speaker of those it condenses, or when a sentence of the body's
    ``narration`` (no statement) shares more: the headline tells what the story tells, an event.  A headline that is a
    quotation (``quoting``) may condense a speaker's whole run of sentences (:func:`_statements`); any other, one."""
    kicker = re.match(r"\s*([A-Z][a-z]+)(?::|\s+[|/])\s", headline)  # "Interview: '...'", "Interview | '...'": the form's
    # label, no word of the headline
    want = stems(headline[kicker.end() :] if kicker and key(kicker.group(1)) in SECTION_LABELS else headline)
    tail = _TAIL.search(headline)
    tag = tail.group("tag").strip() if tail else ""
    spelled = contracted(tag.title(), re.sub(r"\b[A-Z]{4,}\b", lambda m: m.group().title(), text)) if tag.isupper() and len(tag) > 3 \
        else contracted(tag, text)  # "... – GOVT", "... - Govt": the word of the story it stands for ("GOVERNMENT has ..."),
    # no initials of several words
    told = max((len(want & stems(sentence)) for sentence in narration), default=0)
    statement = _statements(found, text) if quoting else {p: (text[p.sentence.start : p.sentence.end], text[p.start : p.end]) for p in found}
    scored = sorted(((len(want & stems(statement[p][0])), -p.start, p, s) for p, s in found.items() if s.actor or s.new or s.unnamed),
                    key=lambda t: t[:2], reverse=True)
    for shared, _, p, s in scored:
        if shared < LEAST or shared < SHARE * len(want) or shared < told:
            break
        if not (s.actor or s.new):
            continue  # a statement of a speaker that names nobody: the headline's own, if no named one's (below)
        if tail and (_names(tail.group("tag"), p, s) or _names(spelled, p, s)) and len(want - stems(tail.group("tag"))) >= LEAST:
            return Condensed(p, s, "", "tag", tail.group("tag"))
        how, said = _subject(headline, p, s, text)
        if how and len(want - stems(said)) >= LEAST:  # words of its own beside whose they are: not a name alone
            return Condensed(p, s, said if how == "country" else "", how, said)
        if p.kind == "direct" and 3 * len(want & stems(statement[p][1])) >= max(3 * QUOTED, 2 * len(want)):
            return Condensed(p, s, "", "quotation", "")
    unnamed = next((t for t in scored if not (t[3].actor or t[3].new)), None)  # "Georgian leaders express condolences"
    if unnamed and _national_plural(headline) and unnamed[0] >= max(LEAST, SHARE * len(want), told) and unnamed[0] == scored[0][0]:
        return Condensed(unnamed[2], unnamed[3], "", "nobody", "")  # over "The country's top officials have expressed ..."
    return None
