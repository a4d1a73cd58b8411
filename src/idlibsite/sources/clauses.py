"""Attribution clauses: who a sentence says is speaking (pure, no I/O).

News prose attributes speech in a few fixed shapes, and this module reads
them with rules, not a parser:

- ``X said (that) …``, ``X told reporters …``, ``X accused Y of …``: the
  subject before a speech verb;
- ``…, X said.`` and ``…,’ said X.``: a short clause after the last comma
  (it governs the whole sentence);
- ``according to X, …`` and ``… was confirmed by X`` / ``as stated in X``.

Quoted words never count: quotations are masked before the clause is read
(:mod:`.speech` masks them, cuts the sentences and keeps the speech verbs).
The functions take the text and offsets into it; :func:`named` matches the
phrase a clause names against a table of names, so callers bring their own
actors.  ``idlibsite check`` uses this to catch a statement given to a
speaker its own sentence does not name; ``suggest`` could use the same
clause finder to propose speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from idlibsite.sources.lexicon import letter_words
from idlibsite.sources.speech import MASK, PARTICIPLES, TAIL_WORDS, TERMINAL, Sentence, speech_verbs

_POSITION = re.compile(r"\bposition\s+(?:was|is)\s+that\b", re.IGNORECASE)
"""A reported position: "the Kremlin's official position was that …" (its holder is the subject)."""

SUBJECT_WORDS = 12
"""Most words read back from a verb to find its subject: a subject with a title and an
apposition ("Mark Lowcock, the U.N. under-secretary for humanitarian affairs") fits."""

STOP_WORDS = re.compile(
    r"\b(?:that|after|before|while|when|because|since|if|although|though|whereas|which|who|whom|where|however)\b"
    r"|,\s*(?:and|but)\b|[;:—–()]",
    re.IGNORECASE,
)
"""Where a subject cannot reach back past: a subordinate clause starts, or a new main clause."""

_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AGENT = re.compile(r"^\s*(?:by|in|from)\s+(.+?)(?=[,.;:!?…]|$)", re.IGNORECASE | re.DOTALL)
_INVERTED_AGENT = re.compile(r"^\s*(?:by|in)\s+(the\s.+?)(?=[,.;:!?…]|$)", re.IGNORECASE | re.DOTALL)
_INVERTED = re.compile(r"^\s+([A-Z][^,.;:!?…]*?)(?=[,.;:!?…]|$)", re.DOTALL)


_PHRASE = re.compile(r"\s*(.+?)(?=[,.;:!?…\u2063]|$)", re.DOTALL)
_COORDINATED = re.compile(r",\s*(?:and|but)\s*$")
_AND = re.compile(r"\band\b")
_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Attribution:
    """A speech clause: a verb and the phrase that names who speaks (offsets into the text)."""

    verb_start: int
    verb_end: int
    subject_start: int  # equal to subject_end when the clause names nobody ("he said" keeps "he")
    subject_end: int
    tail: bool  # a closing clause (", X said."): it governs the whole sentence


def around(sentences: Sequence[Sentence], start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentences (of :func:`idlibsite.sources.speech.split`) that ``[start, end)``
    touches: a span reaching over a sentence end gets every sentence it touches."""
    touched = [s for s in sentences if s.start < max(end, start + 1) and start < s.end]
    if not touched:
        touched = [min(sentences, key=lambda s: abs(s.start - start))] if sentences else []
    return (touched[0].start, touched[-1].end) if touched else (start, end)


def attributions(masked: str, start: int, end: int) -> list[Attribution]:
    """Every speech clause of ``masked[start:end]`` (one sentence, quotations masked), in order."""
    found = []
    for m in speech_verbs(masked[start:end]):
        v0, v1 = start + m.start(), start + m.end()
        if m.group().lower().startswith("according"):
            phrase = _PHRASE.match(masked[v1:end])
            s = v1 + (phrase.start(1) if phrase else 0)
            e = v1 + (phrase.end(1) if phrase else 0)
            found.append(Attribution(v0, v1, s, e, tail=False))
        elif m.group().lower() not in PARTICIPLES:
            found.append(_clause(masked, start, end, v0, v1))
    for m in _POSITION.finditer(masked, start, end):
        s = _subject_start(masked, start, m.start())
        found.append(Attribution(m.start(), m.end(), s, m.start(), tail=False))
    return sorted(found, key=lambda a: a.verb_start)


def _clause(masked: str, start: int, end: int, v0: int, v1: int) -> Attribution:
    before = masked[start:v0]
    after = masked[v1:end]
    tail = _is_tail(before, after)
    if _PASSIVE.search(before) or masked[v0:v1].lower().startswith("stands"):
        agent = _AGENT.match(after)  # "was confirmed by X"; with no agent the clause names nobody
        if agent:
            return Attribution(v0, v1, v1 + agent.start(1), v1 + agent.end(1), tail)
        return Attribution(v0, v1, v0, v0, tail)
    stripped = before.rstrip()
    if not stripped or stripped[-1] in "," + MASK:  # ", said X" / ", emphasized in X" / "…,' said X"
        inverted = _INVERTED_AGENT.match(after) or _INVERTED.match(after)
        if inverted and (not stripped or not _COORDINATED.search(before)):
            return Attribution(v0, v1, v1 + inverted.start(1), v1 + inverted.end(1), tail)
    s = _subject_start(masked, start, v0)
    return Attribution(v0, v1, s, max(s, v0), tail)


def _is_tail(before: str, after: str) -> bool:
    """A short clause after the sentence's last comma or quotation: ", Kalin said."."""
    cut = max(before.rfind(","), before.rfind(MASK))
    if cut < 0:
        return False
    clause = before[cut + 1 :] + " " + after
    return "," not in after.rstrip(TERMINAL + " \n") and len(clause.split()) <= TAIL_WORDS


def _subject_start(masked: str, start: int, verb: int) -> int:
    """Where the subject of the verb at ``verb`` starts (back to a clause boundary)."""
    before = masked[start:verb]
    cut = 0
    for m in STOP_WORDS.finditer(before):
        cut = m.end()
    cut = max(cut, before.rfind(MASK) + 1)
    comma = before.rfind(",")
    last = before[comma + 1 :]
    # "…, Kalin said" starts after the comma; not an apposition ("X, the Y, said") nor a list ("A, B and C")
    if comma >= cut and last.strip() and not _AND.search(last):
        cut = comma + 1
    words = list(_WORD.finditer(before, cut))
    if len(words) > SUBJECT_WORDS:
        cut = words[-SUBJECT_WORDS].start()
    s = start + cut
    while s < verb and (masked[s].isspace() or masked[s] in ","):
        s += 1
    return s


def main_attribution(
    masked: str, sentence: tuple[int, int], span: tuple[int, int], names: Names
) -> Attribution | None:
    """The clause that says who speaks the reported words ``span`` of ``sentence``: a closing
    clause when there is one, else the first clause that names someone in ``names``; clauses
    whose verb is in the span come first, the sentence's others when the span has none."""
    everything = attributions(masked, *sentence)
    found = [a for a in everything if span[0] <= a.verb_start < span[1]] or everything
    for a in found:
        if a.tail:
            return a
    for a in found:
        if named(masked[a.subject_start : a.subject_end], names):
            return a
    return found[0] if found else None


def quote_attribution(masked: str, start: int, end: int, quote: tuple[int, int]) -> Attribution | None:
    """The clause that introduces the quotation at ``quote`` in the sentence ``[start, end)``:
    a closing clause after it (",” X said."), else the nearest clause before it."""
    found = attributions(masked, start, end)
    after = [a for a in found if a.verb_start >= quote[1] and a.tail]
    if after:
        return after[0]
    before = [a for a in found if a.verb_end <= quote[0]]
    return before[-1] if before else None


def speaks(masked: str, start: int, end: int) -> bool:
    """True when ``masked[start:end]`` reports speech at all (a verb, a participle, "according to")."""
    part = masked[start:end]
    participle = PARTICIPLES.intersection(letter_words(part))
    return bool(speech_verbs(part) or participle or _POSITION.search(part))


@dataclass(frozen=True)
class Names:
    """Names and aliases -> ids, compiled once into one pattern (see :func:`names_of`)."""

    pattern: re.Pattern[str]  # every name as whole words, longest first; acronyms case-sensitive
    ids: Mapping[str, frozenset[str]]  # a matched name (folded, lowercased unless an acronym) -> its ids


def names_of(names: Iterable[tuple[str, str]]) -> Names:
    """Compile (name or alias, id) pairs; a name two actors share names both."""
    ids: dict[str, frozenset[str]] = {}
    alternatives = []
    for name, ident in sorted(set(names), key=lambda n: (-len(n[0]), n)):
        folded = _fold(name)
        acronym = name.isupper() and len(name) <= 5
        k = folded if acronym else folded.lower()
        ids[k] = ids.get(k, frozenset()) | {ident}
        alternatives.append(f"(?-i:{re.escape(folded)})" if acronym else re.escape(folded))
    body = "|".join(alternatives) or "(?!)"
    return Names(re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), ids)


def named(phrase: str, names: Names) -> set[str]:
    """The ids of the names found in ``phrase``: whole words, any case (an all-capital acronym
    only as written), apostrophes normalised; at each place the longest name wins, so
    "Russia's defense ministry" names the ministry, not Russia."""
    found: set[str] = set()
    for m in names.pattern.finditer(_fold(phrase)):
        text = m.group()
        found |= names.ids.get(text) or names.ids.get(text.lower()) or frozenset()
    return found


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'").replace("‘", "'"))
