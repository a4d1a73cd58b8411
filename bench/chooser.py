"""A learned chooser over the rules' candidates, judged leave-one-round-out (issue 15, session rank15).

Each found passage of the set has the candidates of bench/candidates.py; each candidate gets general features (which
rule family proposed it, the cascade's way and confidence, person or body, whether it is a speech verb's subject in the
sentence, where the page names it relative to the passage, how many times and how far back).  A conditional logit
(a softmax over each passage's candidates; numpy, L2, Newton's method from zeros: deterministic) scores each candidate; the chooser takes the best
scored.  For each of the blind rounds it is trained on every other file of the set and tested on the round; the
figures are the bench's (precision of the named answers, recall of the labelled speakers, missed passages counted).

Run from the project root:  python -m bench.chooser [--cache /dev/shm/rank15-rows.pkl]
"""

from __future__ import annotations

import argparse
import math
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import bench.suggest as suggest
from bench.candidates import SOURCES, WAYS, Row, key, page_rows, subjects
from idlibsite.annotations.load import load_annotations
from idlibsite.annotations.records import Actor
from idlibsite.attribution.answer import is_person

ROUNDS = (72, 74, 75, 76, 77, 78, 79, 80)


@dataclass(frozen=True)
class Case:
    """One labelled passage as the chooser sees it: its candidates' features, which are right, which is the cascade's."""

    file: str
    held_out: int | None
    wants: bool  # the label names a speaker
    found: bool
    features: np.ndarray  # candidates x features
    right: np.ndarray  # candidates, bool
    named: np.ndarray  # candidates, bool: the candidate names somebody
    cascade: int  # the cascade's candidate


def feature_names() -> list[str]:
    names = [f"source={s}" for s in SOURCES] + [f"recent={i}" for i in (1, 2, 3)]
    names += [f"cascade&how={w}" for w in WAYS] + ["cascade&confidence", "nobody&direct", "nobody&cascade_earlier",
                                                   "nobody&cascade_anaphor", "nobody&no_subject"]
    names += ["person", "body", "person&direct", "subject", "subject&body", "in_sentence_before", "in_passage", "in_sentence_after",
              "mentions_before_log", "never_before", "paragraphs_back_0", "paragraphs_back_1", "paragraphs_back_2+",
              "named_after_only", "sources_log", "first_named_on_page"]
    return names


def candidate_features(row: Row, actors: tuple[Actor, ...]) -> np.ndarray:
    """The features of :func:`feature_names` for each candidate of a found passage (candidates x features)."""
    assert row.passage is not None and row.got is not None
    p, got = row.passage, row.got
    subj = subjects(row, actors)
    first_key = min(row.mentions, key=lambda k: row.mentions[k][0]) if row.mentions else None
    here = max(i for i, s in enumerate(row.paragraph_of) if s <= p.sentence.start)
    out = []
    for c in row.candidates:
        k = key(c.speaker)
        nobody = k[0] == "nobody"
        person = not nobody and is_person(c.speaker)
        at = row.mentions.get(k, [])
        before = [a for a in at if a < p.sentence.start]
        in_before = any(p.sentence.start <= a < p.start for a in at)
        inside = any(p.start <= a < p.end for a in at)
        after_in = any(p.end <= a < p.sentence.end for a in at)
        back = here - max(i for i, s in enumerate(row.paragraph_of) if s <= before[-1]) if before else -1
        cascade = "cascade" in c.sources
        f = [float(s in c.sources) for s in SOURCES] + [float(c.recent_rank == i) for i in (1, 2, 3)]
        f += [float(cascade and got.how == w) for w in WAYS] + [got.confidence if cascade else 0.0]
        f += [float(nobody and p.kind == "direct"), float(nobody and got.how == "earlier"), float(nobody and got.how == "anaphor"),
              float(nobody and not subj)]
        f += [float(person), float(not nobody and not person), float(person and p.kind == "direct"), float(k in subj),
              float(k in subj and not person and not nobody), float(in_before), float(inside), float(after_in),
              math.log1p(len(before)), float(not before and not nobody), float(back == 0), float(back == 1), float(back >= 2),
              float(not before and not in_before and not inside and bool(at)), math.log(len(c.sources)), float(k == first_key)]
        out.append(f)
    return np.array(out, dtype=float)


def build(actors: tuple[Actor, ...]) -> list[Case]:
    cases = []
    for name, case in suggest.cases():
        for row in page_rows(name, case, actors):
            wants = bool(row.label.get("speaker") or row.label.get("new"))
            if row.passage is None:
                cases.append(Case(name, row.held_out, wants, False, np.zeros((0, len(feature_names()))), np.zeros(0, bool),
                                  np.zeros(0, bool), -1))
                continue
            cascade = next(i for i, c in enumerate(row.candidates) if "cascade" in c.sources)
            cases.append(Case(name, row.held_out, wants, True, candidate_features(row, actors),
                              np.array([c.right for c in row.candidates]),
                              np.array([key(c.speaker)[0] != "nobody" for c in row.candidates]), cascade))
    return cases


def fit(cases: list[Case], l2: float = 10.0, steps: int = 15) -> np.ndarray:
    """A conditional logit (a softmax over each passage's candidates: a ranker) of which candidate is right, by Newton's
    method from zeros, each step halved until the loss falls, with an L2 penalty of ``l2`` times the squared weights:
    the same weights for the same cases.  A passage none of whose candidates is right teaches nothing about ranking
    them and is left out."""
    used = [c for c in cases if c.found and c.right.any()]
    x = np.vstack([c.features for c in used])
    y = np.concatenate([c.right / c.right.sum() for c in used])
    starts = np.cumsum([0] + [len(c.right) for c in used[:-1]])
    group = np.repeat(np.arange(len(used)), [len(c.right) for c in used])

    def loss_and_p(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        s = s - np.maximum.reduceat(s, starts)[group]
        log_z = np.log(np.add.reduceat(np.exp(s), starts))
        log_p = s - log_z[group]
        return float(-(y * log_p).sum() + l2 * w @ w), np.exp(log_p)

    w = np.zeros(x.shape[1])
    loss, p = loss_and_p(w)
    for _ in range(steps):
        grad = x.T @ (p - y) + 2 * l2 * w
        m = np.add.reduceat(x * p[:, None], starts)
        hessian = x.T @ (x * p[:, None]) - m.T @ m + 2 * l2 * np.eye(len(w))
        step = np.linalg.solve(hessian, grad)
        for _ in range(20):
            new_loss, new_p = loss_and_p(w - step)
            if new_loss < loss:
                break
            step = step / 2
        else:
            break
        w, loss, p = w - step, new_loss, new_p
    return w


def choose(case: Case, w: np.ndarray, margin: float = 0.0) -> int:
    """The chosen candidate: the best scored, unless it beats the cascade's by no more than ``margin``."""
    scores = case.features @ w
    best = int(np.argmax(scores))
    return best if scores[best] - scores[case.cascade] > margin else case.cascade


def figures(cases: list[Case], pick) -> dict[str, float]:
    """The bench's precision and recall when ``pick(case)`` chooses each found passage's answer."""
    named = right_named = labelled = 0
    for c in cases:
        labelled += c.wants
        if not c.found:
            continue
        i = pick(c)
        if c.named[i]:
            named += 1
            right_named += bool(c.right[i])
    return {"precision": right_named / max(named, 1), "recall": right_named / max(labelled, 1), "right": right_named, "named": named}


def moved(cases: list[Case], pick) -> tuple[int, int]:
    """Lines the chooser fixes and lines it breaks, against the cascade."""
    fixed = sum(1 for c in cases if c.found and not c.right[c.cascade] and c.right[pick(c)])
    broken = sum(1 for c in cases if c.found and c.right[c.cascade] and not c.right[pick(c)])
    return fixed, broken


def loro(cases: list[Case], margin: float, l2: float) -> list[str]:
    lines = [f"margin {margin}, l2 {l2}", f"{'round':>6} {'cascade P/R':>13} {'chooser P/R':>13} {'fixed':>6} {'broken':>7}"]
    total_fixed = total_broken = 0
    tests = []
    for r in ROUNDS:
        w = fit([c for c in cases if c.held_out != r], l2)
        test = [c for c in cases if c.held_out == r]
        a, b = figures(test, lambda c: c.cascade), figures(test, lambda c, w=w: choose(c, w, margin))
        fixed, broken = moved(test, lambda c, w=w: choose(c, w, margin))
        total_fixed, total_broken = total_fixed + fixed, total_broken + broken
        tests += [(c, w) for c in test]
        lines.append(f"{r:>6} {a['precision']:>6.1%}/{a['recall']:.1%} {b['precision']:>6.1%}/{b['recall']:.1%} {fixed:>6} {broken:>7}")
    pooled = [c for c, _ in tests]
    chosen = {id(c): choose(c, w, margin) for c, w in tests if c.found}
    a, b = figures(pooled, lambda c: c.cascade), figures(pooled, lambda c: chosen[id(c)])
    lines.append(f"{'total':>6} {a['precision']:>6.1%}/{a['recall']:.1%} {b['precision']:>6.1%}/{b['recall']:.1%} {total_fixed:>6} {total_broken:>7}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="rows read once and kept here (pickle), read back on the next run")
    ap.add_argument("--margins", type=float, nargs="*", default=[0.0])
    ap.add_argument("--l2", type=float, nargs="*", default=[10.0])
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        cases = pickle.loads(args.cache.read_bytes())
    else:
        annotations, _ = load_annotations(suggest.ROOT / "claims", suggest.ROOT)
        cases = build(annotations.actors)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(cases))
    for l2 in args.l2:
        for margin in args.margins:
            print("\n".join(loro(cases, margin, l2)), "\n")
        w = fit(cases, l2)
        fixed, broken = moved(cases, lambda c, w=w: choose(c, w, args.margins[0]))
        print(f"trained on the whole set (l2 {l2}), on the whole set: fixed {fixed}, broken {broken}")
        print("  " + ", ".join(f"{n} {v:+.2f}" for n, v in zip(feature_names(), w)))


if __name__ == "__main__":
    main()
