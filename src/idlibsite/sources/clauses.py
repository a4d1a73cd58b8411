"""Attribution clauses: who a sentence says is speaking (pure, no I/O).

News prose attributes speech in a few fixed shapes, and this module reads
them with rules, not a parser:

- ``X said (that) …``, ``X told reporters …``, ``X accused Y of …``: the
  subject before a speech verb;
- ``…, X said.`` and ``…,’ said X.``: a short clause after the last comma
  (it governs the whole sentence);
- ``according to X, …`` and ``… was confirmed by X`` / ``as stated in X``.

Quoted words never count: quotations are masked before the clause is read.
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

SPEECH_VERBS = (
    "said|says|say|told|tells|stated|states|added|adds|noted|notes|claimed|claims|denied|denies"
    "|accused|accuses|rejected|rejects|warned|warns|emphasi[sz]ed|stressed|blamed|blames|complained"
    "|declared|announced|insisted|urged|urges|confirmed|recalled|reported|reports|tweeted|wrote"
    "|implied|argued|explained|called on|called for|condemned|described|dismissed|acknowledged"
    "|admitted|made clear|took issue|put the (?:number|figure|toll) at|read|reminded|stands accused"
    "|protested|ordered|demanded|promised|threatened|asked"
)
"""Verbs (and verb phrases) that report what someone said, in the past and present."""

_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_POSITION = re.compile(r"\bposition\s+(?:was|is)\s+that\b", re.IGNORECASE)
"""A reported position: "the Kremlin's official position was that …" (its holder is the subject)."""
_SAYING = re.compile(r"\b(?:saying|adding|noting|claiming|insisting|stressing|warning|calling|urging|demanding)\b",
                     re.IGNORECASE)
"""Participles that continue a speech clause; they add no subject of their own."""

QUOTE_MARKS = "\"“”«»"
TERMINAL = ".!?…"
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj sgt st jan feb mar apr jun jul aug sep sept oct nov dec no vs approx".split()
)
"""Words that end in a full stop without ending the sentence ("Feb. 19", "Dr. Smith")."""

SUBJECT_WORDS = 12
"""Most words read back from a verb to find its subject: a subject with a title and an
apposition ("Mark Lowcock, the U.N. under-secretary for humanitarian affairs") fits."""

TAIL_WORDS = 8
"""Most words in a closing attribution clause (", Russian authorities said on Tuesday.")."""

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


_AFTER_MARK = re.compile(rf"\x01*([^{TERMINAL}\x01]*)")
_LAST_WORD = re.compile(r"(\S+)\.$")
_INITIALS = re.compile(r"(?:\w\.)*\w")
_PHRASE = re.compile(r"\s*(.+?)(?=[,.;:!?…\x01]|$)", re.DOTALL)
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


def mask(text: str, quoted: Sequence[tuple[int, int]]) -> str:
    """``text`` with every quoted range and every double quotation mark blanked to U+0001
    (lengths kept): what is left is the reporter's prose, and the full stop that ends a
    quoted sentence (it may end the reporter's sentence too)."""
    chars = [c if c not in QUOTE_MARKS else "\x01" for c in text]
    for start, end in quoted:
        keep = end - 1 if end > start and text[end - 1] in TERMINAL else end  # "… of time.” The next"
        chars[start:keep] = "\x01" * (keep - start)
    return "".join(chars)


def sentence(masked: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence of ``masked[lo:hi]`` (a paragraph) that holds ``[start, end)``.

    Sentences end at . ! ? … outside quotations (the mask hides those inside)
    followed by a space, except after an abbreviation or a single capital
    ("U.N."); a span reaching over a sentence end gets every sentence it touches.
    """
    ends = [lo + m.end() for m in _SENTENCE_END.finditer(masked[lo:hi])]
    ends = [e for e in ends if not _abbreviation(masked, e) and not _tail_follows(masked, e, hi)]
    bounds = [lo, *ends, hi]
    first = max((b for b in bounds if b <= start), default=lo)
    last = min((b for b in bounds if b >= end), default=hi)
    while first < last and masked[first].isspace():
        first += 1
    return first, last


_SENTENCE_END = re.compile(rf"[{TERMINAL}]+\x01?(?=\s|\x01|$)|(?<=[a-z])[{TERMINAL}]+(?=[A-Z][a-z])")
"""A sentence end: punctuation before a space, or glued to the next sentence ("in Syria.Yet, in")."""


def _tail_follows(masked: str, stop: int, hi: int) -> bool:
    """True after a quotation's closing mark followed by a short speech clause ("…!” Cutts said.")."""
    if not masked.startswith("\x01", stop - 1):
        return False
    rest = _AFTER_MARK.match(masked, stop, hi)
    clause = rest.group(1) if rest else ""
    return len(clause.split()) <= TAIL_WORDS and bool(_VERB.search(clause))


def _abbreviation(masked: str, stop: int) -> bool:
    """True when the full stop just before ``stop`` ends an abbreviation, not a sentence."""
    word = _LAST_WORD.search(masked, max(0, stop - 20), stop)
    if word is None:
        return False
    token = word.group(1).lower()
    return token in ABBREVIATIONS or bool(_INITIALS.fullmatch(token))


def attributions(masked: str, start: int, end: int) -> list[Attribution]:
    """Every speech clause of ``masked[start:end]`` (one sentence, quotations masked), in order."""
    found = []
    for m in _ACCORDING.finditer(masked, start, end):
        phrase = _PHRASE.match(masked[m.end() : end])
        s = m.end() + (phrase.start(1) if phrase else 0)
        e = m.end() + (phrase.end(1) if phrase else 0)
        found.append(Attribution(m.start(), m.end(), s, e, tail=False))
    for m in _VERB.finditer(masked, start, end):
        found.append(_clause(masked, start, end, m.start(), m.end()))
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
    if not stripped or stripped[-1] in ",\x01":  # ", said X" / ", emphasized in X" / "…,' said X"
        inverted = _INVERTED_AGENT.match(after) or _INVERTED.match(after)
        if inverted and (not stripped or not _COORDINATED.search(before)):
            return Attribution(v0, v1, v1 + inverted.start(1), v1 + inverted.end(1), tail)
    s = _subject_start(masked, start, v0)
    return Attribution(v0, v1, s, max(s, v0), tail)


def _is_tail(before: str, after: str) -> bool:
    """A short clause after the sentence's last comma or quotation: ", Kalin said."."""
    cut = max(before.rfind(","), before.rfind("\x01"))
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
    cut = max(cut, before.rfind("\x01") + 1)
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
    return bool(_VERB.search(part) or _SAYING.search(part) or _ACCORDING.search(part) or _POSITION.search(part))


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
