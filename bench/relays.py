"""List the set's labels that contradict the relay test (issue 15, class G; bench/README.md, pool15's proposal 5).

Run from the project root:  PYTHONPATH=$PWD/src .venv/bin/python -m bench.relays

For each labelled passage inside a sentence of the form "X said (that) Y ...", "Y ..., X said" or "According to X,
Y ...", the test of :mod:`idlibsite.attribution.relayed` says who speaks: Y when "Y <verb> ..." standing alone is a
statement of Y (a speech verb of the one list, done before, one principal), else X.  Where it gives X the rule keeps
the reading of X (and LABELS rule 3's for a principal's state); where it gives Y, the label agrees when it shares a
word with Y (an actor's name and aliases, titles left out); a title for Y ("the envoy", "His Majesty") is not read here
and is counted apart.  Printed: the passages of a relay form, how many the test gives to Y, and each label that
contradicts it with what the test gives: the lead's list to rule on.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from idlibsite.annotations.load import load_annotations
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.relayed import Relay, relayed
from idlibsite.attribution.wordlists import NATIONS
from idlibsite.sources.speech import speech_verbs

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "suggest_set"
_RELAYING = frozenset("said says told added stated announced reported informed confirmed noted".split())
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)")
_TRAILING = re.compile(r",\s+(?P<x>(?:[^,\"“”]{1,80}?))\s+(?P<verb>said|says|added|reported|announced|informed)\b[^,]{0,60}[.!?\"”’]*\s*$")
_ACCORDING = re.compile(r"\s*[Aa]ccording\s+to\s+(?P<x>[^,]{1,80}),")
_TITLES = frozenset("president minister chancellor secretary premier king emir spokesman spokeswoman spokesperson the of".split())


def _forms(sentence: str) -> list[tuple[str, int, int, Relay | None]]:
    """(X's words, where Y's clause starts, where it ends, the test's relay or None) for each relay form of a sentence."""
    found: list[tuple[str, int, int, Relay | None]] = []
    according = _ACCORDING.match(sentence)
    if according:
        found.append((according.group("x"), according.end(), len(sentence), relayed(sentence, according.end())))
    trailing = _TRAILING.search(sentence)
    if trailing and not according:
        found.append((trailing.group("x"), 0, trailing.start(), relayed(f" {sentence}", 0)))
    for m in speech_verbs(sentence):
        if m.group().lower() in _RELAYING and not (trailing and m.start() >= trailing.start()):
            x = sentence[: m.start()].rsplit(",", 1)[-1]
            if x.strip():
                found.append((x, m.end(), len(sentence), relayed(sentence, m.end())))
    return found


def _standing_for(subject: str) -> bool:
    """True when Y is a title ("the envoy", "the Secretary-General", "His Majesty"), not a country ("the UK")."""
    return subject.startswith(("the ", "His ", "Her ")) and fold(subject[4:]) not in NATIONS


def _names(label: dict, actors: dict[str, list[str]]) -> set[str]:
    if label.get("new"):
        return set(words(label["new"])) - _TITLES
    return {w for n in actors.get(label.get("speaker") or "", []) for w in words(n)} - _TITLES


def main() -> None:
    annotations, _ = load_annotations(ROOT / "claims", ROOT)
    actors = {a.id: [a.name, *a.aliases] for a in annotations.actors}
    applied = agree = unread = principal = 0
    contradicting: list[str] = []
    for path in sorted(SET.glob("*.yaml")):
        case = yaml.safe_load(path.read_text("utf-8"))
        text = case["text"]
        for label in case["passages"]:
            at = text.index(label["find"])
            sentence = next((s for s in _SENTENCE.finditer(text) if s.start() <= at < s.end()), None)
            if sentence is None:
                continue
            offset = at - sentence.start()
            forms = [f for f in _forms(sentence.group()) if f[1] <= offset + len(label["find"]) and offset < f[2]]
            if not forms:
                continue
            _x, _start, _end, relay = forms[-1]
            applied += 1
            principal += relay is not None
            name = _names(label, actors)
            if relay is None:
                agree += 1  # X's by the test: the rule changes nothing here (a principal's state keeps LABELS rule 3)
            elif _standing_for(relay.subject):
                unread += 1  # "the envoy", "His Majesty": whom a title stands for is not read here
            elif name & (set(words(relay.subject)) - _TITLES):
                agree += 1
            else:
                want = label.get("new") or label.get("speaker")
                contradicting.append(f"  {path.name}: {label['find']!r}: label {want}, the test gives Y: {relay.subject} ({relay.verb})")
    print(f"passages of a relay form: {applied} (the test gives Y for {principal}); label agrees with the test: {agree}; Y a title, not read: {unread}; "
          f"contradicting: {len(contradicting)}")
    print("\n".join(contradicting))


if __name__ == "__main__":
    main()
