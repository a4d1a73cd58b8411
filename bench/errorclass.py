"""Where the rules' errors on the blind rounds come from (issue 15, session rank15).

Each WRONG or MISSED line of the given rounds is put in one class:

  a   the passage is not found (the finder)
  b   found; the right speaker's name is written before the passage or in its sentence, another answer was chosen
  n   found; the label says nobody named, the rules gave a speaker (nobody is always a candidate: a choice error too)
  c1  found; the right speaker is named only after the passage's sentence
  c2  found; the right speaker's name is nowhere on the page (world knowledge, a referent chain, a role)
  d   found; the rules' answer is the right speaker in another form (a word of the name in common, or its initials)

(e, a label a reader could dispute, is only judged by hand: --sample prints lines to check.)  For each class the
**oracle** counts the lines a perfect chooser among the candidates of bench/candidates.py would get right.

Run from the project root:  python -m bench.errorclass [--rounds 72 74 75 76 77 78 79 80] [--sample 40]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import bench.suggest as suggest
from bench.candidates import Row, named_where, page_rows, wanted_names
from idlibsite.annotations.load import load_annotations
from idlibsite.annotations.records import Actor
from idlibsite.attribution.folding import fold, words
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS

CLASSES = ("a", "b", "n", "c1", "c2", "d")
PORTFOLIOS = frozenset("foreign external affairs defence defense interior home health national state federal".split())
"""A ministry's portfolio: a word two countries' bodies share ("Foreign Ministry"), no sign of one body."""
ROUNDS = (72, 74, 75, 76, 77, 78, 79, 80)


def _initials(name: str) -> str:
    return "".join(w[0].lower() for w in name.split() if w[:1].isupper())


def other_form(got: str, names: list[str], person: bool) -> bool:
    """The answer is the wanted speaker written another way: a person's surname, a distinctive word of a body's name (no
    country, no body's generic word, no portfolio), or the first letters of its initials."""
    mine = set(words(got)) - NATIONS.keys() - ORG_WORDS - PORTFOLIOS
    for n in names:
        theirs = set(words(n)) - NATIONS.keys() - ORG_WORDS - PORTFOLIOS
        if person and words(got) and words(n) and words(got)[-1] == words(n)[-1]:
            return True
        if not person and (mine & theirs or len(got.split()) == 1 and len(got) >= 3 and _initials(n).startswith(fold(got)[:3])):
            return True
    return False


def classify(row: Row, actors: tuple[Actor, ...]) -> str:
    if row.passage is None:
        return "a"
    assert row.got is not None
    names = wanted_names(row.label, actors)
    if not names:
        return "n"
    person = bool(row.label.get("new") and len(row.label["new"].split()) >= 2 and not set(words(row.label["new"])) & ORG_WORDS)
    actor = next((a for a in actors if a.id == row.label.get("speaker")), None)
    person = actor.kind == "person" if actor else person
    if (row.got.actor or row.got.new) and other_form(row.got.label, names, person):
        return "d"
    before, after = named_where(row.text, names, row.passage.sentence.end)
    return "b" if before else "c1" if after else "c2"


def error_rows(rounds: tuple[int, ...]) -> tuple[list[tuple[Row, str]], Counter[int], tuple[Actor, ...]]:
    annotations, _ = load_annotations(suggest.ROOT / "claims", suggest.ROOT)
    actors = annotations.actors
    out, totals = [], Counter()
    for name, case in suggest.cases():
        if case.get("held_out") not in rounds:
            continue
        for row in page_rows(name, case, actors):
            totals[row.held_out] += 1
            cascade_right = row.passage is not None and any(c.right and "cascade" in c.sources for c in row.candidates)
            if not cascade_right:
                out.append((row, classify(row, actors)))
    return out, totals, actors


def table(errors: list[tuple[Row, str]], totals: Counter[int], rounds: tuple[int, ...]) -> str:
    head = f"{'round':>6} {'lines':>6} {'errors':>6} " + " ".join(f"{c:>5}" for c in CLASSES) + f" {'oracle':>7}"
    lines = [head]
    for r in (*rounds, None):
        mine = [(row, c) for row, c in errors if r is None or row.held_out == r]
        count = Counter(c for _, c in mine)
        oracle = sum(any(x.right for x in row.candidates) for row, _ in mine)
        lines.append(f"{'total' if r is None else r:>6} {sum(totals.values()) if r is None else totals[r]:>6} {len(mine):>6} "
                     + " ".join(f"{count[c]:>5}" for c in CLASSES) + f" {oracle:>7}")
    per_class = Counter(c for row, c in errors if any(x.right for x in row.candidates))
    lines.append("oracle by class: " + ", ".join(f"{c} {per_class[c]}" for c in CLASSES))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, nargs="*", default=list(ROUNDS))
    ap.add_argument("--sample", type=int, default=0, help="print this many error lines, drawn with a fixed seed, to check by hand")
    args = ap.parse_args()
    rounds = tuple(args.rounds)
    errors, totals, _ = error_rows(rounds)
    print(table(errors, totals, rounds))
    for row, c in random.Random(15).sample(errors, min(args.sample, len(errors))):
        want = row.label.get("new") or row.label.get("speaker")
        sentence = row.text[row.passage.sentence.start : row.passage.sentence.end] if row.passage else ""
        print(f"\n[{c}] {row.file}: {row.label['find']!r}\n  want {want}, got {row.got.label if row.got else 'MISSED'!r}"
              f" ({row.got.how if row.got else ''}); oracle {any(x.right for x in row.candidates)}\n  sentence: {sentence[:300]!r}")


if __name__ == "__main__":
    main()
