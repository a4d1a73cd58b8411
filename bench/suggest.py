"""Score who `idlibsite suggest` says said each passage, on an evaluation set we wrote.

Run from the project root:  .venv/bin/python bench/suggest.py [--parser] [-v]

The set is bench/suggest_set/*.yaml: one article each, written by us in the
house style of a news agency or outlet (never copied from a real article),
with every attributed passage labelled.  Files marked `held_out: N` were
written in round N without looking at what the code makes of them; their
figures are printed apart, per round (bench/README.md says which rounds were
used to change the rules afterwards).  To add a case, add a file:

    outlet: TASS
    published: 2020-02-21          # the article's date
    held_out: 4                    # optional: a round written without looking at the output
    text: |                        # the article: title, blank line, paragraphs
      ...
    passages:                      # every statement a reader would see in the body
      - {find: "words of the passage", kind: direct, speaker: oleg-zhuravlyov}
      - {find: "...", kind: reported, new: Sergei Vershinin}   # not in claims/actors.yaml
      - {find: "...", kind: reported, speaker: null}           # nobody named
      - {find: "...", kind: reported, new: Ali Veli, how: title}  # optional: the construction (LABELS.md, end)

`find` is a unique piece of the passage (of the quotation for `direct`).
Where labels carry `how`, the figures are printed per construction too.
The speakers are matched against claims/actors.yaml.  Printed: passages
found, speaker precision and recall, unknown speakers proposed as new
actors, and the precision of each way a speaker was found (on the whole
set it makes the confidence table in src/idlibsite/attribution/answer.py),
for the hand-written rules and, with --parser, for spaCy's dependency parse.
"""

from __future__ import annotations

import argparse
import functools
import re
import time
from collections import Counter
from pathlib import Path

from bench.labels import read_case
from bench.names import same_name
from idlibsite.annotations.load import load_annotations
from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker
from idlibsite.attribution.inorder import ClauseFinder
from idlibsite.attribution.speakers import HEADING_KINDS, SPOKEN_KINDS, attribute_page
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.statements import Passage

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "suggest_set"


_NAME = r"[A-Z][\w’'-]*(?: (?:(?:of|for|and|the|in) )*[A-Z][\w’'-]*)*"  # "Ministry of Foreign Affairs", "Nigerians in Diaspora Commission"
_KNOWN_AS = re.compile(rf"(?<![\w’'-])(?:The )?({_NAME})(?:, (?:also |better )?known as (?:the )?| \()({_NAME})")
"""A body's name and the other name the article gives it ("The Syria Civil Defence, known as the White Helmets", "The
Ministry of Foreign Affairs (Wisma Putra)"; LABELS rule 9: either is right)."""
_ACRONYM_BETWEEN_COMMAS = re.compile(rf"(?<![\w’'-])({_NAME}), ([A-Z][a-z]*[A-Z][A-Za-z]*),")
"""A body's name and its acronym between commas ("the Nigerians in Diaspora Commission, NiDCOM, said"), one body (LABELS
rule 9) when the acronym abbreviates the name (:func:`_abbreviates`)."""


def _abbreviates(acronym: str, name: str) -> bool:
    """True when the initials of a name's words ("the", "of", "for", "and" left out) are, in order, letters of the
    acronym, the first its first: "NiDCOM" for "Nigerians in Diaspora Commission", not "SOHR" for "Syria TV"."""
    initials = [w[0].lower() for w in name.split() if w.lower() not in ("the", "of", "for", "and")]
    letters = iter(acronym.lower())
    return bool(initials) and initials[0] == acronym[0].lower() and all(i in letters for i in initials)


def _other_names(name: str, text: str) -> list[str]:
    """The other names the article gives a body named so (:data:`_KNOWN_AS`, :data:`_ACRONYM_BETWEEN_COMMAS`)."""
    pairs = [m.groups() for m in _KNOWN_AS.finditer(text)]
    pairs += [m.groups() for m in _ACRONYM_BETWEEN_COMMAS.finditer(text) if _abbreviates(m.group(2), m.group(1))]
    return [b for pair in pairs for a, b in (pair, pair[::-1]) if same_name(a, name)]


def is_right(label: dict, got: Speaker, text: str = "") -> bool:
    """True when the answer ``got`` is the labelled speaker: the known actor by its id, a new speaker by its name or by
    another name the page gives it in ``text`` (bench/names.py), nobody when the label names nobody."""
    if label.get("new"):
        named = [got.new.name] if got.new else []
        named += _other_names(named[0], text) if named else []
        return any(same_name(label["new"], n) for n in named)
    if label.get("speaker"):
        return got.actor is not None and got.actor.id == label["speaker"]
    return got.actor is None and got.new is None


@functools.cache
def cases() -> tuple[tuple[str, dict], ...]:
    """The set's articles, each its file's name and its YAML, read once for every score of a run (with libyaml's
    parser when PyYAML has it: the pure-Python one took most of a held-out round's time).  A label the scorer would
    misread (a stray key, a `new:` that is no string: :mod:`bench.labels`) stops the run, every such label listed."""
    read = [(p.name, *read_case(p)) for p in sorted(SET.glob("*.yaml"))]
    problems = [str(problem) for _, _, found in read for problem in found]
    if problems:
        raise SystemExit("\n".join([*problems, f"{len(problems)} labels the bench cannot score: fix them and run again"]))
    return tuple((name, case) for name, case, _ in read)


def score(
    actors: tuple[Actor, ...], finder: ClauseFinder | None, verbose: bool, held_out: int | None
) -> dict[str, float]:
    found = right = named = right_named = labelled_named = kind_ok = total = 0
    new_total = new_proposed = new_mapped = extra = 0
    heads: Counter[str] = Counter()  # the headings' passages (headline, deck, crossheads): labelled, found, named, right
    by_way: Counter[str] = Counter()
    by_way_right: Counter[str] = Counter()
    by_how: Counter[tuple[str, str]] = Counter()  # (construction, what): passages, answers, right
    for name, case in cases():
        if held_out is not None and case.get("held_out") != held_out:
            continue
        text = case["text"]
        blocks = cut_blocks(text, title_hint=text.splitlines()[0])
        speakers = attribute_page(text, [(b.start, b.end) for b in blocks if b.kind in SPOKEN_KINDS],
                                  [(b.start, b.end) for b in blocks if b.kind in HEADING_KINDS], actors, finder)
        passages = list(speakers)
        matched: set[Passage] = set()
        headed = [(b.start, b.end) for b in blocks if b.kind in HEADING_KINDS]
        for label in case["passages"]:
            total += 1
            at = text.index(label["find"])
            heading = any(start <= at < end for start, end in headed)
            heads["labelled"] += heading and bool(label.get("speaker") or label.get("new"))
            assert text.count(label["find"]) == 1, (name, label["find"])
            hits = sorted((p for p in passages if p.start <= at < p.end), key=lambda p: p.end - p.start)  # innermost first
            hit = next((p for p in hits if p.kind == label["kind"]), hits[0] if hits else None)
            wants = bool(label.get("speaker") or label.get("new"))
            labelled_named += wants
            how = label.get("how")
            by_how[how, "passages"] += 1
            new_total += bool(label.get("new"))
            if hit is None:
                if verbose:
                    print(f"  MISSED {name}: {label['find']!r}")
                continue
            matched.add(hit)
            found += 1
            kind_ok += hit.kind == label["kind"]
            got = speakers[hit]
            ok = is_right(label, got, text)
            right += ok
            heads["found"] += heading
            heads["named"] += heading and bool(got.actor or got.new)
            heads["right"] += heading and ok and bool(got.actor or got.new)
            if got.actor or got.new:
                named += 1
                right_named += ok
                by_how[how, "answers"] += 1
                by_how[how, "right"] += ok
                by_way[got.how] += 1
                by_way_right[got.how] += ok
            if label.get("new"):
                new_proposed += ok
                new_mapped += got.actor is not None
            if verbose and not ok:
                want = label.get("new") or label.get("speaker")
                print(f"  WRONG {name}: {label['find']!r}: want {want}, got {got.label!r} ({got.how})")
        extra += sum(1 for p in passages if p not in matched)
        heads["not labelled"] += sum(1 for p in passages if p not in matched and any(s <= p.start < e for s, e in headed))
    return {
        "passages": total, "found": found, "kind right": kind_ok, "not labelled": extra,
        "precision": right_named / max(named, 1), "recall": right_named / max(labelled_named, 1),
        "headlines: passages found": heads["found"], "headlines: not labelled": heads["not labelled"],
        "headlines: precision": heads["right"] / max(heads["named"], 1), "headlines: recall": heads["right"] / max(heads["labelled"], 1),
        "unknown speakers": new_total, "proposed as new": new_proposed, "mapped to a known actor": new_mapped,
        **{f"precision ({w}, n={by_way[w]})": by_way_right[w] / by_way[w] for w in sorted(by_way)},
        **{f"right ({w})": by_way_right[w] for w in sorted(by_way)},
        **{f"named ({w})": by_way[w] for w in sorted(by_way)},
        **{f"how: {h}": _per_construction(by_how, h) for h in sorted({h for h, _ in by_how if h})},
    }


def _per_construction(by_how: Counter[tuple[str, str]], how: str) -> str:
    """One construction's figures: right of the answers (precision) and of the passages (recall; for `nobody`
    passages, any answer is wrong, so only the answers are counted)."""
    passages, answers, right = (by_how[how, what] for what in ("passages", "answers", "right"))
    if how == "nobody":
        return f"{answers} of {passages} passages given a speaker"
    return f"{right} right of {answers} answers, of {passages} passages"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parser", action="store_true", help="also score spaCy's dependency parse")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong or missed passage")
    args = ap.parse_args()
    annotations, _ = load_annotations(ROOT / "claims", ROOT)
    articles = len(list(SET.glob("*.yaml")))
    finders: list[tuple[str, ClauseFinder | None]] = [("rules", None)]
    if args.parser:
        from bench.suggest_parser import parsed_clauses

        finders.append(("spaCy parse", parsed_clauses))
    pooled: Counter[str] = Counter()
    rounds = Counter(case.get("held_out") for _, case in cases())
    for name, finder in finders:
        for held_out in (None, *sorted(r for r in rounds if r)):
            started = time.perf_counter()
            figures = score(annotations.actors, finder, args.verbose and held_out is None, held_out)
            what = f"all {articles} articles" if held_out is None else f"held-out round {held_out}, {rounds[held_out]} articles"
            print(f"{name}, {what}: {time.perf_counter() - started:.2f} s")
            for key, value in figures.items():
                if key.startswith(("right (", "named (")):
                    if held_out is None and finder is None:
                        pooled[key] += int(value)
                    continue
                print(f"  {key:<34} {value:.1%}" if isinstance(value, float) else f"  {key:<34} {value}")
    ways = sorted({k[7:-1] for k in pooled if k.startswith("named (")})
    calibrated = {w: round((pooled[f"right ({w})"] + 1) / (pooled[f"named ({w})"] + 2), 2) for w in ways}
    print("confidence from the whole set, rules, (right + 1) / (named + 2):", calibrated)


if __name__ == "__main__":
    main()
