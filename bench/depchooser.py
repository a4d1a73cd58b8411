"""A learned chooser over the rules' candidates with a dependency parse's relations as extra evidence, judged
leave-one-round-out (issue 15, session dep15).

Each found passage has bench/candidates.py's candidates, bench/chooser.py's 40 candidate-level features (rank15) and
bench/depfeatures.py's relations from spaCy's parse (bench/depparse.py).  The ranker is rank15's conditional logit
(numpy, Newton's method from zeros: deterministic).  For each blind round of :data:`ROUNDS` it is trained on every
other file of the set, with and without the relations, and tested on the round: the cascade's and the chooser's
precision and recall (the bench's figures: missed passages count against recall), lines fixed and broken.

Runs from the project root in an environment with spaCy (bench/depparse.py says how to make one):

    PYTHONPATH=src:. python -m bench.depchooser --loro             # the leave-one-round-out tables
    PYTHONPATH=src:. python -m bench.depchooser --train            # weights on the whole set -> bench/depchooser.json
    PYTHONPATH=src:. python -m bench.depchooser --rounds 71 73     # those rounds' files scored with the saved weights

``--rounds`` reads only the files of the rounds it is given (copied into bench/suggest_set/ with their ``held_out``)
and never trains: the weights are the ones saved by ``--train``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

import bench.suggest as suggest
from bench.candidates import Row, key, page_rows
from bench.chooser import Case, candidate_features, choose, feature_names, figures, fit, moved
from bench.depfeatures import NAMES, Spot, relations
from bench.depparse import parse
from idlibsite.annotations.load import load_annotations
from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import Speaker, is_person

ROUNDS = (72, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83)
WEIGHTS = Path(__file__).resolve().parent / "depchooser.json"
ROWS = Path("/dev/shm/dep15/rows")


def _spot(row: Row) -> Spot:
    p = row.passage
    keys = [key(c.speaker) for c in row.candidates]
    return Spot(p.kind, p.start, p.end, p.sentence.start, p.sentence.end, p.sentence.masked, tuple(k[0] == "nobody" for k in keys),
                tuple(k[0] != "nobody" and is_person(c.speaker) for k, c in zip(keys, row.candidates)),
                tuple(c.recent_rank == 1 for c in row.candidates), tuple("cascade" in c.sources for c in row.candidates),
                tuple(tuple(row.mentions.get(k, [])) for k in keys), tuple(names(c.speaker) for c in row.candidates))


def names(s: Speaker) -> tuple[str, ...]:
    """A candidate's names as its record has them, and a person's surname (its last word, when capitalised)."""
    written = [s.actor.name, *s.actor.aliases] if s.actor else [s.new.name] if s.new else []
    if written and is_person(s) and written[0].split()[-1][:1].isupper() and len(written[0].split()) > 1:
        written.append(written[0].split()[-1])
    return tuple(w for w in written if len(w) > 2)


def _read_page(name: str, case: dict, actors: tuple[Actor, ...]) -> list[tuple[Case, Spot | None, str]]:
    """Each labelled passage of one file: its case with rank15's features, its spot for the relations, its label's
    words (kept on disk by the file's hash: the rules' reading of a page takes most of a run; the parse's relations
    are read again each run)."""
    digest = hashlib.sha1((name + case["text"] + repr(case["passages"])).encode()).hexdigest()
    path = ROWS / f"{digest}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    out: list[tuple[Case, Spot | None, str]] = []
    for row in page_rows(name, case, actors):
        wants = bool(row.label.get("speaker") or row.label.get("new"))
        if row.passage is None:
            out.append((Case(name, row.held_out, wants, False, np.zeros((0, 1)), np.zeros(0, bool), np.zeros(0, bool), -1),
                        None, row.label["find"]))
            continue
        right = np.array([c.right for c in row.candidates])
        named = np.array([key(c.speaker)[0] != "nobody" for c in row.candidates])
        cascade = next(i for i, c in enumerate(row.candidates) if "cascade" in c.sources)
        out.append((Case(name, row.held_out, wants, True, candidate_features(row, actors), right, named, cascade),
                    _spot(row), row.label["find"]))
    ROWS.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    return out


def file_cases(name: str, case: dict, actors: tuple[Actor, ...]) -> list[tuple[Case, Case, str]]:
    """Each labelled passage of one file: its case with rank15's features, the same with the relations added, and its
    label's words."""
    out = []
    doc = None
    for base, spot, find in _read_page(name, case, actors):
        if spot is None:
            out.append((base, base, find))
            continue
        doc = doc if doc is not None else parse(case["text"])
        both = np.hstack([base.features, np.array(relations(doc, spot), dtype=float)])
        out.append((base, replace(base, features=both), find))
    return out


def read(rounds: tuple[int, ...] | None) -> list[tuple[Case, Case, str]]:
    """The set's passages (only the files of ``rounds`` when given)."""
    annotations, _ = load_annotations(suggest.ROOT / "claims", suggest.ROOT)
    out = []
    for name, case in suggest.cases():
        if rounds is None or case.get("held_out") in rounds:
            out += file_cases(name, case, annotations.actors)
    return out


def _row(name: str, cases: list[Case], pick: Callable[[Case], int]) -> str:
    a, b = figures(cases, lambda c: c.cascade), figures(cases, pick)
    fixed, broken = moved(cases, pick)
    return f"{name:>6} {a['precision']:>6.1%}/{a['recall']:.1%} {b['precision']:>6.1%}/{b['recall']:.1%} {fixed:>6} {broken:>7}"


def loro(read_cases: list[tuple[Case, Case, str]], which: int, margin: float, l2: float) -> list[str]:
    """The leave-one-round-out table of one feature set (0: rank15's, 1: with the relations), and the lines it moves."""
    cases = [t[which] for t in read_cases]
    lines = [f"{'round':>6} {'cascade P/R':>13} {'chooser P/R':>13} {'fixed':>6} {'broken':>7}"]
    chosen: dict[int, int] = {}
    for r in ROUNDS:
        w = fit([c for c in cases if c.held_out != r], l2)
        test = [c for c in cases if c.held_out == r]
        chosen |= {id(c): choose(c, w, margin) for c in test if c.found}
        lines.append(_row(str(r), test, lambda c: chosen[id(c)]))
    pooled = [c for c in cases if c.held_out in ROUNDS]
    lines.append(_row("total", pooled, lambda c: chosen[id(c)]))
    return lines + moved_lines([(t[which], t[2]) for t in read_cases if t[which].held_out in ROUNDS], lambda c: chosen[id(c)])


def moved_lines(read_cases: list[tuple[Case, str]], pick: Callable[[Case], int]) -> list[str]:
    """The lines the chooser's ``pick`` fixes or breaks against the cascade, with their file and label's words."""
    out = []
    for c, find in read_cases:
        if not c.found:
            continue
        i = pick(c)
        if c.right[i] != c.right[c.cascade]:
            out.append(f"  {'FIXED ' if c.right[i] else 'BROKEN'} {c.file}: {find[:70]!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--loro", action="store_true", help="the leave-one-round-out tables, without and with the relations")
    ap.add_argument("--train", action="store_true", help=f"fit on the whole set and save the weights to {WEIGHTS.name}")
    ap.add_argument("--rounds", type=int, nargs="*", help="score these rounds' files with the saved weights")
    ap.add_argument("--margin", type=float, default=0.0)
    ap.add_argument("--l2", type=float, default=10.0)
    args = ap.parse_args()
    if args.rounds:
        saved = json.loads(WEIGHTS.read_text())
        w = np.array(saved["weights"])
        read_cases = read(tuple(args.rounds))
        print(f"weights {WEIGHTS.name} (l2 {saved['l2']}, margin {saved['margin']}, trained on {saved['passages']} passages)")
        print(f"{'round':>6} {'cascade P/R':>13} {'chooser P/R':>13} {'fixed':>6} {'broken':>7}")
        for r in args.rounds:
            print(_row(str(r), [t[1] for t in read_cases if t[1].held_out == r], lambda c: choose(c, w, saved["margin"])))
        print(_row("total", [t[1] for t in read_cases], lambda c: choose(c, w, saved["margin"])))
        print("\n".join(moved_lines([(t[1], t[2]) for t in read_cases], lambda c: choose(c, w, saved["margin"]))))
        return
    read_cases = read(None)
    if args.loro:
        for which, what in ((0, "rank15's 40 candidate features"), (1, f"with the parse's {len(NAMES)} relations")):
            print(f"{what} (margin {args.margin}, l2 {args.l2})")
            print("\n".join(loro(read_cases, which, args.margin, args.l2)), "\n")
    if args.train:
        cases = [t[1] for t in read_cases]
        w = fit(cases, args.l2)
        fixed, broken = moved(cases, lambda c: choose(c, w, args.margin))
        names = feature_names() + list(NAMES)
        WEIGHTS.write_text(json.dumps({"l2": args.l2, "margin": args.margin, "passages": len(cases),
                                       "features": names, "weights": [round(float(x), 6) for x in w]}, indent=1) + "\n")
        print(f"trained on the whole set ({len(cases)} passages): on it fixed {fixed}, broken {broken}; saved {WEIGHTS}")
        print("  " + ", ".join(f"{n} {v:+.2f}" for n, v in zip(names, w)))


if __name__ == "__main__":
    main()
