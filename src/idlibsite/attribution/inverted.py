"""An inverted tag: the subject after its speech verb ('"...," said David Swanson, a spokesman for ...', "Aid has stopped,
said Jens Laerke."), and whether a phrase after a verb names someone (pure)."""

from __future__ import annotations

import re

from idlibsite.attribution.plainsubject import untitled
from idlibsite.attribution.apposition import APPOSITION, AUXILIARY, TIME
from idlibsite.attribution.folding import fold, plural
from idlibsite.attribution.joinednames import NAME_RUN
from idlibsite.attribution.subject import GAVE_NAME, SKIP, subject_phrase
from idlibsite.attribution.wordlists import GENERIC, KIN, MISSIONS, ORG_WORDS, PERSON_NOUNS, TITLES
from idlibsite.sources.copyverbs import DUTCH_VERBS, GERMAN_VERBS
from idlibsite.sources.speech import MASK

_INVERTING = frozenset("said says say added adds noted notes wrote writes explained asked argued argues assures assured insists insisted".split()) | GERMAN_VERBS | DUTCH_VERBS
"""Verbs that put their subject after reported words with no quotation marks ("..., says X"), as a French-style tag does
("Mauritius has no nationals there, assures the Minister of Foreign Affairs."), and German copy's "..., sagt X" and Dutch
copy's "..., zegt X", "..., aldus X" do."""


_AS_VERB_FIRST = re.compile(r"\W*As")
_BEFORE_COMMA = re.compile(r"\s+([^,;:\u2063]+),")
_THIS_BEFORE_COMMA = re.compile(r"\s+(?:this|so)\s+([^,;:\u2063]+)[,.]")
"""A machine translation's "As VERB SUBJECT, clause" and "VERB this SUBJECT, ..." (Russian "Как заявил X, ...", "Заявил
об этом X"): the subject between the verb and the comma, when it names someone ("As stated the official representative
... Igor Konashenkov, the troops struck ...", "Declared this the press secretary ... Dmitry Peskov, transmits ...")."""

_SO_FIRST = re.compile(r"(?:.*[.!?][^\w\s]*\s+)?\W*(?:So|Thus)")
_SUBJECT_TO_END = re.compile(r"\s+([^,;:\u2063]+?)\s*[,.]?\s*$")
"""A machine translation's "So VERB SUBJECT." after a quotation (Russian "Так заявил X"): "«...». So declared the press
secretary of the president of Russia Dmitry Peskov to journalists.", its subject all the words after the verb (the quotation and its stop may be read in the same sentence)."""

_AND_FIRST = re.compile(r"[^\w\u2063]*")
_SUBJECT_THEN_THAT = re.compile(r"\s+([^,;:\u2063]+?)(?:\s+(?:out|up))?(?:,?\s+(?:also\s+)?that\b|\s*:)")
"""A machine translation of an Arabic or Kurdish sentence, verb first (VSO): "Confirmed the permanent delegate ... Dr.
Bashar al-Jaafari that ...", "And added Al-Jaafri that ...", "Said Ehmed, that ...", "And said X in a session ...:
"..."": the subject between the verb, opening the sentence ("And" is blanked before, :mod:`.clause`; a quotation before it is
no opening: '"...," says a woman who asks that ...'), and "that" or a colon."""
_ENDS_IN_NAME = re.compile(r"(?:[A-Z][\w’'.-]*|al-\w+)\s+(?:[A-Z][\w’'-]*|al-\w+)$")
"""A subject that ends with a name of two words ("... to the United Nations Dr. Bashar al-Jaafari"): its place words
("to", "in") are part of a title, not where the speaker spoke."""

_COMMA_DASH = re.compile(r",[^\S\n]*[—–-]$")
"""A dash after the comma that closes a quotation, before its tag ("«...», — said Peskov", "«...», – stressed Lavrov"):
how Russian and Greek punctuate a quotation's tag, which a browser's translation keeps."""

_SINGLE_QUOTED_COMMA = re.compile(r"(?:^|[\s:])['‘][^'‘’\n]+['’],$")


_SOMEONE_DESCRIBED = re.compile(r"(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?!(?:statement|report|letter|communiqu[eé]|post|message|note|"
                                r"document|release|source)s?\b)[a-z][\w-]*(?:\s+(?:in|at|from|of|on|near|with|who)\b.*)?")
"""Someone described by the indefinite article and a noun of no word list, a subject after a quotation's verb ('"...,"
said a pensioner in the city centre', "said a protester who ..."): one person not named, not a text ("said a
statement")."""


def inverted(masked: str, start: int, end: int) -> tuple[str, str] | None:
    """``"...," said David Swanson, a spokesman for ...``: the subject after the verb; also after
    reported words (``Aid has stopped, said Jens Laerke, a spokesman.``) when what follows the
    verb is a name, not a clause."""
    before = masked[:start].rstrip()
    fronted = (_AS_VERB_FIRST.fullmatch(before) and _BEFORE_COMMA.match(masked, end)
               or not before.strip(" \u2014-") and _THIS_BEFORE_COMMA.match(masked, end)
               or _SO_FIRST.fullmatch(before) and _SUBJECT_TO_END.match(masked, end))
    if fronted:  # "As stated the official representative of the department X, the troops ...": a translation's order
        subject = untitled(fronted.group(1))  # "... Dmitry Peskov to journalists": the name, not where he spoke
        return (subject, "") if names_someone(subject) else None
    first = _SUBJECT_THEN_THAT.match(masked, end) if _AND_FIRST.fullmatch(before) else None
    if first:  # "Confirmed the delegate X that ...", "And said X in a session: ...": a verb-first translation (VSO)
        subject = first.group(1) if _ENDS_IN_NAME.search(first.group(1)) else _CONJUNCTION.split(first.group(1))[0]
        named = names_someone(re.sub(r"\b(?:al|el|ad)-(?=\w)", "", subject)) and not plural(subject.split()[-1])
        return (subject, "") if named else None  # "al-Jaafari": a name; "Told reporters that ...": an object, no subject
    before = _COMMA_DASH.sub(",", before)  # "«...», — said Peskov": a Russian or Greek tag's dash after the comma
    if before.endswith((",'", ",’")):
        before = before[:-1]  # "'The camps are full,' said X": a single-quoted quotation (not masked)
    elif _SINGLE_QUOTED_COMMA.search(before):  # "'We have nowhere to go', says mother": a headline's quotation, the mark
        before = f"{before[:-2]}{MASK},"  # before the comma (not masked): quoted words, never the subject
    if not (before.endswith(MASK) or before.endswith(",")):
        return None
    quoted = before.rstrip(",").rstrip(" »").endswith(MASK)  # "« ... », said X": the closing mark outside the mask
    parts = [p.strip() for p in re.split(r"\s*,\s*", masked[end:].split(MASK)[0].rstrip(" .")) if p.strip()]
    aged = len(parts) >= 3 and bool(re.fullmatch(r"\d{1,3}", parts[2]) or _SETTING.match(parts[2]))  # '"...," said the mother,
    # Mere Tora, 54.': her age after her name; '..., declared the Minister of X, Name, at the briefing': where she spoke
    if quoted and (len(parts) == 2 or aged) and re.match(r"(?:the|a|an|its|his|her|their)\s+(?:[A-Z][\w’'-]*\s+)*[a-z]", parts[0]) and re.fullmatch(NAME_RUN, parts[1]):
        return parts[1], parts[0]  # '"...," said the spokesman for the ministry, Hami Aksoy.', '... the Turkish presidential spokesman, X', '... its
        # foreign aid director, X': the name in apposition
    given = GAVE_NAME.match(", ".join(parts[1:]), 4) if quoted and len(parts) > 1 and parts[1].startswith("who ") else None
    if given and re.match(r"(?:the|a|an)\s+[a-z]", parts[0]):  # '"...," said the man, who gave his name as Yusuf': the name he gives
        return given.group(1), parts[0]
    described = quoted and bool(re.match(r"(?:(?:a|an) )?[a-z]", parts[0] if parts else "") and {fold(t) for t in parts[0].split()[:4]} & PERSON_NOUNS
                                or parts and (_SOMEONE_DESCRIBED.fullmatch(parts[0]) or _KIN_NAMED.match(parts[0]) or _AGED.match(parts[0])))  # "said a pensioner
    # in ...": a noun of no list; "says his wife Rania at ...": a relative by a possessive, then her name; "says the 38-year-old"
    if not parts or not (re.match(r"(?:the |a |an )?[A-Z]" if quoted else r"\S", parts[0]) or described or quoted and GAVE_NAME.search(parts[0])):
        return None  # '"...," said a resident who gave his name as Abu Omar': the name he gives; '"...," said a woman
        # queuing for bread': one person not named, a referent of its own (attribution.discourse), not the last speaker
    phrase = parts[0] if GAVE_NAME.search(parts[0]) else _CONJUNCTION.split(parts[0])[0]
    role = parts[1] if len(parts) > 1 and APPOSITION.match(parts[1]) else ""
    if not quoted:
        if masked[start:end].lower() not in _INVERTING or re.match(rf"\s*{re.escape(parts[0])}\s*{MASK}", masked[end:]):
            return None  # "..., a nurse, told Al Jazeera": "told" has an object, not a subject, after it; "..., said Lebanon "...""
        if not (names_someone(phrase) and (len(parts) == 1 or APPOSITION.match(parts[1]) or SKIP.match(parts[1]))):
            return None
        if any(t.lower() in AUXILIARY for t in parts[0].split()):
            return None  # "X, said the agency's partners on the ground had worked ...": the subject of the reported clause
        left = subject_phrase(before)
        if left and left[1] or re.search(r"\b[A-Z][\w’'.-]*,\s+(?!(?:includ|follow|regard|concern|accord|exclud)ing\b)[a-z]+ing\s[^,;:\u2063]*,$", before):
            return None  # "Laerke, the OCHA spokesman, said on Tuesday", "X, answering journalists, said": the subject is before
        if _MEDIUM_ASIDE.search(before):
            return None  # "X, in a tweet, said the Philippines stands with ...": the aside's medium, the subject before it
    return phrase, role




_KIN_NAMED = re.compile(r"(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(KIN)) + r")\s+[A-Z]")
"""A relative named after a possessive and the kinship ("his wife Rania", "her eldest son Omar"): a person, named."""
_AGED = re.compile(r"(?:the|a|an)\s+\d{1,3}-year-old\b")
"""Someone described by their age ("says the 38-year-old", "said a 70-year-old from Homs"): one person, whom the page
may have named before (LABELS rule 7)."""
_CONJUNCTION = re.compile(r"\s+(?:in|on|at|to|after|during|from|amid|as(?=\s+(?!well\b|saying\b)\S+\s+\S)|while|when)\s+")
"""Where a subject after its verb ends: a place or a time ("said X in Geneva"), or a clause of its own after a conjunction
("..., insists defence minister as Syria crisis deepens", "..., says minister while talks go on")."""
_SETTING = re.compile(r"(?:at|on|in|during|after|before|following)\s")
"""A place or a time after a name in apposition ("..., said the spokesman, Name, at the briefing"): no part of the name."""
_MEDIUM_ASIDE = re.compile(r"\b[A-Z][\w’'.-]*,\s+(?:in|on|via|through|for|with)\s+(?:a|an|his|her|its|their)\s[^,;:\u2063]*,$")
"""An aside between commas after a name, a preposition and an article or a possessive ("X, in a tweet,", "X, on his
Facebook page,", "X, for his part,"): how or where the named one speaks; what follows the verb is his clause (not a
place, "Saraqeb, in Idlib province,", which has no article)."""


def names_someone(phrase: str) -> bool:
    """True when a phrase after a verb is a name or a description of a speaker, not a clause:
    ``government spokesman Stelios Petsas``, ``a spokesman for the agency``, not ``Turkey would ...``."""
    tokens = phrase.split()
    if not tokens or len(tokens) > 12 or any(t.lower() in AUXILIARY for t in tokens) or TIME.match(tokens[0]):
        return False
    titled = any(fold(t) in PERSON_NOUNS | TITLES for t in tokens) or len(tokens) == 1 and fold(tokens[0]) in ORG_WORDS | MISSIONS | GENERIC  # "..., says embassy", "..., say leaders"
    if not (tokens[0][:1].isupper() or tokens[0] in ("the", "a", "an") or titled):
        return False  # "said on Tuesday", "told reporters"
    last = tokens[-1]
    if any(t[:1].islower() and t.endswith("ed") for t in tokens):
        return False  # "said the rebels shelled the town"
    return last[:1].isupper() or fold(last) in PERSON_NOUNS | ORG_WORDS | MISSIONS | GENERIC | TITLES
