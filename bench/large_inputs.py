"""Time each shape of large input at three sizes: each doubling should about double the time.

Run from the project root:  .venv/bin/python bench/large_inputs.py [--scale N]

Each shape is one kind of input that once cost quadratic time (issue 19);
the generated text is ours, not a real article.  For each shape the table
gives the size, the seconds taken (the fastest of three runs) and the ratio
to the previous size: about 2 for linear time, about 4 for quadratic.  The
sizes stay under the 16 MiB input limit (projectfiles.MAX_INPUT_BYTES).

- ``claim-statements``: a claim file of many statements (every YAML event
  is located: errors.line_col);
- ``article-quotations``: an article of many short attributed quotations that
  no statement covers (each is found, then reported at its line and column);
- ``quote-open-singles``: one long quotation holding many open single marks
  and mismatched closes (quotations._in_range);
- ``paragraph-lines``: one paragraph of many wrapped lines
  (display._Builder joining the lines);
- ``sidecar-source``: the whole source loader (parse_source) on an article
  of many paragraphs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from idlibsite.errors import problem_at
from idlibsite.sources.corpus import parse_source
from idlibsite.sources.quotations import find_quotations
from idlibsite.yamlpos import load_yaml

SIDECAR = b"""id: bench-article
outlet: Bench Wire
title: A Long Bench Report
date: 2020-03-05
date_note: Generated for the benchmark.
language: en
"""
HEAD = "A Long Bench Report\n\nMarch 5, 2020\n\n"


def claim_statements(n: int) -> Callable[[], object]:
    statement = ("  - id: s{i}\n    speaker: someone\n    source: bench-article\n"
                 "    quote: \"the ceasefire is holding for now in the north\"\n    said: 2020-03-05\n")
    text = "id: bench\ntitle: A bench claim\nstatements:\n" + "".join(statement.format(i=i) for i in range(n))
    return lambda: load_yaml("claims/bench.yaml", text)


def article_quotations(n: int) -> Callable[[], object]:
    text = HEAD + "".join(f'The spokesman said "the convoy number {i} was stopped at dawn" on Friday.\n\n'
                          for i in range(n))

    def run() -> object:
        source, _ = parse_source("corpus/bench.txt", text.encode(), "corpus/bench.yaml", SIDECAR)
        assert source is not None
        ranges = [(b.start, b.end) for b in source.blocks if b.kind == "body"]
        return [problem_at("corpus/bench.txt", text, q.start, "uncovered") for q in find_quotations(text, ranges)]
    return run


def quote_open_singles(n: int) -> Callable[[], object]:
    text = "“" + "".join(f"word ‘term{i} and, ' more “inner” " for i in range(n)) + "”"
    return lambda: find_quotations(text, [(0, len(text))])


def paragraph_lines(n: int) -> Callable[[], object]:
    text = HEAD + "".join(f"This one paragraph goes on and on, line {i} of it, wrapped\n" for i in range(n)) + "\n"
    return lambda: parse_source("corpus/bench.txt", text.encode(), "corpus/bench.yaml", SIDECAR)


def sidecar_source(n: int) -> Callable[[], object]:
    text = HEAD + "".join(f"Paragraph {i} reports that the road was closed again.\n\n" for i in range(n))
    return lambda: parse_source("corpus/bench.txt", text.encode(), "corpus/bench.yaml", SIDECAR)


SHAPES: list[tuple[str, Callable[[int], Callable[[], object]], int]] = [
    ("claim-statements", claim_statements, 2_000),
    ("article-quotations", article_quotations, 2_000),
    ("quote-open-singles", quote_open_singles, 5_000),
    ("paragraph-lines", paragraph_lines, 5_000),
    ("sidecar-source", sidecar_source, 2_000),
]


def fastest(run: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="multiply every size by N")
    args = parser.parse_args()
    print(f"{'shape':<20} {'size':>9} {'seconds':>9} {'ratio':>6}")
    for name, make, base in SHAPES:
        previous = 0.0
        for factor in (1, 2, 4):
            n = base * factor * args.scale
            seconds = fastest(make(n))
            ratio = f"{seconds / previous:6.2f}" if previous else "     -"
            print(f"{name:<20} {n:>9,} {seconds:>9.3f} {ratio}")
            previous = seconds


if __name__ == "__main__":
    main()
