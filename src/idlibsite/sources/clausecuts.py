"""A sentence cut into clauses that each report speech with a subject of their own ("Turkey blamed Damascus; Russia
insisted ...", "..., a claim Athens has called ...", "..., while the navy announced ..."): each clause is its own
passage, with its own speaker. Read by :func:`.statements.find_passages`."""

from __future__ import annotations

import re

from idlibsite.sources.speech import MASK, SUMMING, Sentence, speech_verbs
from idlibsite.sources.views import CAPITAL
from idlibsite.sources.whenclause import when_cut

_NEXT_CLAUSE = re.compile(r";\s+|,\s+(?P<conjunction>and|but|while|whereas|(?:al)?though)\s+(?=(?<!though\s)(?:[A-Z]|(?:the|a|an)\s|(?:[a-z][\w-]*\s+){1,2}[A-Z])"
                          r"|(?:(?<=though\s)|(?<=but\s)|(?<=while\s))(?:[a-z][\w-]*\s+)?[a-z]+s\s+(?:put|say|said|estimate|estimated|believe)\b)|,\s+(?P<shared>but)\s+(?=said\s)|,\s+(?=(?:after|as)\s+(?:[A-Z]|an?\s))"
                          rf"|(?:,|\s+[-–—])\s+(?={SUMMING}\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Z])"
                          r"|(?<=\u2063)\s+and\s+(?=(?:a|an|the)\s+(?:(?!and\b|that\b)[\w’'-]+\s+){1,3}(?:said|says|told|added)\b)"
                          r"|,\s+(?=with\s+(?:[\w’'-]+\s+){0,4}?[A-Z][\w’'-]+\s+(?:[A-Z][\w’'-]+\s+)*(?:saying|adding|insisting|stressing|arguing|noting)\b)"
                          r"|,\s+(?=whose\s+(?:[A-Z][\w’'.-]*\s+){2,6}(?:on\s+[A-Z][a-z]+day\s+)?(?:had\s+|has\s+)?[a-z]+ed\b)")
"""Where a sentence goes on with a clause of its own: "Turkey blamed Damascus; Russia insisted ...",
"The Commission has pledged ..., and Frontex has said ...", "the army said ..., while the navy announced ...", "...,"
the MP said, while former minister Name said ..." (a title in lowercase before the name),
"Rights groups say ..., accusations Athens has rejected", "... killing migrants, a claim Athens has called "fake news"",
"X claimed 75,000 had left, a figure Greek officials dismissed as "..."" (:data:`.speech.SUMMING`), or after a dash
("... killing a migrant – a claim Athens denied"), or before a relative of "whose" whose subject is an office and its
holder's name ("..., the Arab League, whose Secretary General X on Saturday warned ..."); a conjunction that joins a clause opens it ("while the navy ..."); "The
ministry has urged ..., after Ankara said ...", "..., as a senior analyst told FNA that ..." (a clause of time or manner
with a name or an indefinite description as its subject: cut before its conjunction, which opens its passage); "...,
with Foreign Minister Name saying ..." (an absolute clause of a named speaker: its own passage, its participle's subject's);
"X added that Y had expressed ..., but said ..." (a second "said" with no subject: the sentence's subject's, its own passage);
", but residents say ...", ", though community leaders put ...": a bare plural's own clause (a generic plural, LABELS rule 6)."""

_SUBJECT_WORD = r"(?!(?:that|which|who|whom|when|where|if|because|after|before)\b)(?:[\w’'.-]+|\([A-Z]{2,6}\)),?\s+"
"""A word of a subject's noun phrase (a comma maybe after it, before a name in apposition), or the acronym in brackets
after a body's name ("the Libyan National Army (LNA) of its commander"), not a word that opens a clause."""
_CAPITAL = CAPITAL  # a name's capital in the Latin alphabets ("İbrahim", "Łukasz")
_OWN_SUBJECT = re.compile(rf"(?:(?:in|at)\s+(?:[{_CAPITAL}][\w’'.-]*\s+)*[{_CAPITAL}][\w’'.-]*,\s+)?(?:(?:the|an?|its|his|her|their)\s+(?:{_SUBJECT_WORD}){{1,8}}"
                          r"|(?:(?!(?:that|which|who|whom|when|where|if|because|after|before|then)\b)[a-z][\w-]*\s+){0,2}"
                          rf"(?:[{_CAPITAL}][\w’'.-]*\s+){{1,6}})$"
                          r"|(?:[a-z][\w-]*\s+)?(?!(?:does|says|goes)\s)[a-z]{3,}s\s+$")
"""A clause after a conjunction that opens in lowercase is a speaker's own only when its speech verb follows
a noun phrase of its own ("while the Turkish ministry announced ...", "while former Foreign Minister Name said ...": a
title in lowercase, then the name, in any Latin alphabet; "though community leaders put ...", a bare plural, not "and
has accused"), maybe after the place it speaks from ("while in Ankara, presidential spokesman Name said ..."), not a
clause that reports nothing ("and the delegates went home after officials
said ...")."""

_DETERMINED = r"(?:the|its|his|her|their)\s+"
_SPAN = r"(?:an?|one|two|three|four|five|several|some)\s+(?:hours?|days?|weeks?|months?)\s+"  # ", a day after X urged ...": its own
_NOT_COMPARED = "".join(rf"(?<!\b{w})" for w in ("such", "long", "well", "soon", "far", "same", "much", *(f"{n} {u}" for n in "a an one two three four five several some".split() for u in "hour hours day days week weeks month months".split())))
"""Words before an "as" that compares or lists ("such as", "as long as"), or a span before "after" (cut at the span)."""
_SECOND_SPEAKER = re.compile(rf"(?:,|\s+[-–—])\s+(?={SUMMING}\s+(?:that\s+|which\s+)?{_DETERMINED}[a-z])"
                             rf"|,\s+(?P<conjunction>and|but|while|whereas)\s+(?=(?:its|his|her|their)\s)"
                             rf"|(?=\s+(?:after|as)\s)(?<![,\s]){_NOT_COMPARED}\s+(?=(?:after|as)\s+(?:{_DETERMINED}|[A-Z]))|,?\s+(?=since\s+(?:{_DETERMINED}|[A-Z]))|,\s+(?=(?:(?:(?:in|through)\s+)?which|where|in\s+what)\s)|(?:,|(?<![,\s]))\s+(?={_SPAN}after\s)")
"""Where a sentence goes on with a clause of a second speaker, the forms :data:`_NEXT_CLAUSE` leaves whole: an answer
whose subject opens in lowercase ("..., a claim the ministry rejected"), a conjunction before a possessive subject ("...,
but its president, Name, warned that ..."), and a clause of time with no comma before it ("... at the border after Ankara
said ...", a headline's "X welcomes ... as Y accuses ...", "... massed since Ankara said ..."); a cut only when the clause after it opens with a subject of
its own and its speech verb (:data:`_SECOND_SUBJECT`; ", a day after the EU urged ..." too), so a clause that reports nothing ("..., a move the army took") leaves the sentence as it was;
a relative clause with its own subject (", which Athens denied"), after a message ("..., in which the president thanked ...") or a place ("... in north-west Syria, where
the United Nations says ...") is its own subject's. The clause of time looks ahead for its "after" or "as" before it looks back at the
words of :data:`_NOT_COMPARED` (the same matches: each is a test of one place; the looks back at every letter were
nine tenths of this pattern's time)."""
_SECOND_SUBJECT = re.compile(rf"(?:(?:{SUMMING}|(?:{_SPAN})?after|as|since|(?:(?:in|through)\s+)?which|where)\s+(?:that\s+|which\s+)?)?(?:{_DETERMINED}(?:{_SUBJECT_WORD}){{1,8}}"
                             r"|(?:[A-Z][\w’'.-]*\s+){1,6})|in\s+what\s+(?:(?:the|its|his|her|their)\s+)?(?:[\w’'.-]+\s+){1,4}")
"""The subject of a second speaker's clause, after its opening word (a summing noun, "after") or its conjunction."""


def _cuts(masked: str) -> list[re.Match[str]]:
    """Where a sentence may be cut into clauses: :data:`_NEXT_CLAUSE`, :func:`.whenclause.when_cut`, and :data:`_SECOND_SPEAKER`
    where the clause after it opens with a speaker of its own (its subject, then its first speech verb, a finite one: in
    "... after the meeting, adding that ..." no second speaker speaks)."""
    when = when_cut(masked) if masked.lstrip().startswith(("When ", "After ", "Once ", "Before ", "Whenever ")) else None
    cuts = list(_NEXT_CLAUSE.finditer(masked)) + ([when] if when else [])
    for m in _SECOND_SPEAKER.finditer(masked):
        said = masked[: m.start()].rstrip()
        if masked.startswith("which ", m.end()) and not any(v.end() < len(said) for v in speech_verbs(said)):
            continue  # "..., which Athens denied" after a report, not after a noun read as a verb ("asylum claims, which ...")
        if masked.startswith("since ", m.end()) and "," in masked[m.end() :]:
            continue  # "... since Turkey said ...": the sentence's last clause, not "..., since X said ..., the ICRC president was"
        end = min((c.start() for c in cuts if c.start() > m.end()), default=len(masked))
        verbs = speech_verbs(masked[m.end() : end])
        if verbs and not verbs[0].group().endswith("ing") and _SECOND_SUBJECT.fullmatch(masked, m.end(), m.end() + verbs[0].start()):
            cuts += [m] if all(c.start() != m.start() for c in cuts) else []  # once: ", while his ..." is both forms
    return sorted(cuts, key=lambda m: m.start())


def clauses_of(sentence: Sentence) -> list[Sentence]:
    """A sentence whose clauses each have a speech verb and a subject of their own, cut into them
    (each its own passage, with its own speaker); else the sentence."""
    masked = sentence.masked
    joined = (";" in masked or ", and " in masked or f"{MASK} and " in masked or ", but " in masked or ", while " in masked or ", whereas " in masked
              or ", accusations " in masked or ", allegations " in masked or ", charges " in masked or ", claims " in masked
              or ", a " in masked or ", an " in masked or ", whose " in masked or ", in a" in masked or " which " in masked or ", after " in masked or ", as " in masked
              or ", with " in masked or "though " in masked or ", where " in masked
              or "– a" in masked or "— a" in masked or "- a" in masked)
    if not joined and " after " not in masked and " as " not in masked and " since " not in masked and not masked.lstrip().startswith(("When ", "After ", "Once ", "Before ", "Whenever ")):
        return [sentence]  # (the literal tests first: most sentences have no second clause)
    cuts = _cuts(masked)
    if not cuts:
        return [sentence]
    parts = list(zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(sentence.masked)]))
    joined_by = [False, *(m.group("conjunction") is not None for m in cuts)]  # ", but said ...": the subject's own second verb
    if not all(_own_clause(sentence.masked[lo:hi], conjunction) for (lo, hi), conjunction in zip(parts, joined_by)):
        return [sentence]
    starts = [0, *(m.start("conjunction") if m.group("conjunction") else m.start("shared") if m.groupdict().get("shared") else m.end()
                   for m in cuts)]  # "while the navy ...", "but said ...": its conjunction
    return [Sentence(sentence.start + lo, sentence.start + hi, sentence.masked[lo:hi]) for lo, (_, hi) in zip(starts, parts)]


def _own_clause(part: str, conjunction: bool) -> bool:
    """True when a part of a sentence cut at :data:`_NEXT_CLAUSE` reports speech, with a subject of its own
    when a ``conjunction`` joins it to the part before and it opens in lowercase (:data:`_OWN_SUBJECT`)."""
    verbs = speech_verbs(part)
    return bool(verbs) and (not (conjunction and part[:1].islower())
                            or _OWN_SUBJECT.fullmatch(part[: verbs[0].start()]) is not None)
