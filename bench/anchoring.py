"""Benchmark idlibsite.anchoring against raw rapidfuzz partial_ratio_alignment.

Run from the project root:  .venv/bin/python bench/anchoring.py [--seed N]

Quotes are cut from corpus/ at word boundaries (unique in their source) and
perturbed, one perturbation class at a time; non-quotes are sentences from
another article and shuffled words of the same article.  For each class the
table gives: n, the rate of exact boundaries (every span exactly as expected),
"off" (anchored where expected but with other boundaries), "wrong" (anchored
anywhere else; for a non-quote, anchored at all), "refused", and the mean
microseconds per quote by the path that answered.  The same figures follow for
rapidfuzz.fuzz.partial_ratio_alignment on the raw text with a comparable cutoff.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

from idlibsite.anchoring.fuzzy import CHARS_PER_EDIT
from idlibsite.anchoring.match import anchor
from idlibsite.anchoring.normalize import normalize_text
from idlibsite.anchoring.spans import Anchor, Prepared, prepare

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 20200213
PER_CLASS = 150  # quotes per perturbation class (9 classes: 1,350 quotes)
NON_QUOTES_PER_CLASS = 500  # per non-quote class (2 classes: 1,000 non-quotes)
REPEAT = 3  # each call is timed this many times; the fastest counts (less scheduler noise)
BASELINE_CUTOFF = 100 * (1 - 1 / CHARS_PER_EDIT)  # the same edit rate as the fuzzy allowance
LETTERS = "abcdefghijklmnopqrstuvwxyz"

Spans = list[tuple[int, int]]
Case = tuple[str, str, str, Spans]  # class, source name, typed quote, expected spans ([] = none)


def load() -> dict[str, Prepared]:
    return {p.name: prepare(p.read_bytes().decode("utf-8"))
            for p in sorted((ROOT / "corpus").glob("*.txt"))}


def unique(prepared: Prepared, quote: str) -> bool:
    core = normalize_text(quote).strip(" \"'")
    text = prepared.normalized.text
    first = text.find(core)
    return bool(core) and first >= 0 and text.find(core, first + 1) < 0


def cut(rng: random.Random, sources: dict[str, Prepared], min_words: int,
        max_words: int) -> tuple[str, list[tuple[int, int]]]:
    """A random run of words, unique in its source: (source name, word spans)."""
    while True:
        name = rng.choice(list(sources))
        text = sources[name].text
        spans = [m.span() for m in re.finditer(r"\S+", text)]
        length = rng.randint(min_words, max_words)
        first = rng.randrange(len(spans) - length)
        chosen = spans[first:first + length]
        piece = text[chosen[0][0]:chosen[-1][1]]
        if not piece.endswith("-") and unique(sources[name], piece):
            return name, chosen


def retyped(text: str) -> str:
    """What an annotator types: the words with single spaces, wraps undone."""
    return " ".join(re.sub(r"-\s*\n\s*", "-", text).split())


def typo(rng: random.Random, quote: str, count: int) -> str:
    """Make ``count`` one-character typos in different words of 3+ letters."""
    words = quote.split(" ")
    targets = [i for i, w in enumerate(words) if sum(c.isalpha() for c in w) >= 3]
    for i in rng.sample(targets, count):
        word = words[i]
        letters = [k for k, c in enumerate(word) if c.isalpha()]
        k = rng.choice(letters)
        op = rng.choice(["sub", "ins", "del", "swap"])
        if op == "swap" and k + 1 < len(word) and word[k + 1].isalpha() and word[k] != word[k + 1]:
            word = word[:k] + word[k + 1] + word[k] + word[k + 2:]
        elif op == "del":
            word = word[:k] + word[k + 1:]
        elif op == "ins":
            word = word[:k] + rng.choice(LETTERS) + word[k:]
        else:
            word = word[:k] + rng.choice(LETTERS.replace(word[k].lower(), "")) + word[k + 1:]
        words[i] = word
    return " ".join(words)


def perturbations(rng: random.Random) -> dict[str, Callable[[str], str]]:
    def swap_each(pattern: str, options: list[str]) -> Callable[[str], str]:
        return lambda s: re.sub(pattern, lambda m: rng.choice(options), s)

    quote_styles = [swap_each("[\"“”„‟]", list("\"“”„‟")), swap_each("['‘’‚‛`]", list("'‘’‚‛`")),
                    swap_each(r"(?<=\w) (?=[\"“”])|(?<=[\"“”]) (?=\w)", ["", " "]),
                    swap_each(r"(?<=\w)(?=[\"“”])|(?<=[\"“”])(?=\w)", ["", " "])]

    def styles(s: str) -> str:
        s = retyped(s)
        for change in quote_styles:
            s = change(s)
        return s

    def hyphen_breaks(s: str) -> str:
        s = retyped(s)
        inner = [m.start() for m in re.finditer(r"(?<=[a-z])(?=[a-z])", s)]
        for at in sorted(rng.sample(inner, min(3, len(inner))), reverse=True):
            s = s[:at] + rng.choice(["-\n", "-\r\n", "- "]) + s[at:]
        return s

    return {
        "verbatim": lambda s: s,
        "line-wraps": lambda s: swap_each(" ", [" ", " ", "\n", "\r\n"])(retyped(s)),
        "hyphen-breaks": hyphen_breaks,
        "quote-styles": styles,
        "whitespace": lambda s: swap_each(" ", [" ", "  ", "\u00a0", "\t", " \n "])(retyped(s)),
    }


def quotes(rng: random.Random, sources: dict[str, Prepared]) -> list[Case]:
    cases: list[Case] = []
    for cls, change in perturbations(rng).items():
        for _ in range(PER_CLASS):
            name, words = cut(rng, sources, 3, 30)
            start, end = words[0][0], words[-1][1]
            cases.append((cls, name, change(sources[name].text[start:end]), [(start, end)]))
    for count in (1, 2, 3):
        for _ in range(PER_CLASS):
            name, words = cut(rng, sources, 6, 30)
            start, end = words[0][0], words[-1][1]
            typed = typo(rng, retyped(sources[name].text[start:end]), count)
            cases.append((f"typo-{count}", name, typed, [(start, end)]))
    while sum(c[0] == "elision" for c in cases) < PER_CLASS:
        name, words = cut(rng, sources, 8, 30)
        a = rng.randint(3, len(words) - 4)
        b = rng.randint(a + 1, len(words) - 3)
        text = sources[name].text
        first, second = text[words[0][0]:words[a - 1][1]], text[words[b][0]:words[-1][1]]
        if first.endswith("-"):
            continue
        typed = retyped(first) + rng.choice([" … ", " ... "]) + retyped(second)
        cases.append(("elision", name, typed, [(words[0][0], words[a - 1][1]),
                                                (words[b][0], words[-1][1])]))
    return cases


def non_quotes(rng: random.Random, sources: dict[str, Prepared]) -> list[Case]:
    cases: list[Case] = []
    names = list(sources)
    while len(cases) < NON_QUOTES_PER_CLASS:
        origin, words = cut(rng, sources, 6, 25)
        target = rng.choice([n for n in names if n != origin])
        typed = retyped(sources[origin].text[words[0][0]:words[-1][1]])
        if normalize_text(typed).strip(" \"'") not in sources[target].normalized.text:
            cases.append(("other-source", target, typed, []))
    while len(cases) < NON_QUOTES_PER_CLASS * 2:
        target = rng.choice(names)
        tokens = sources[target].text.split()
        typed = " ".join(rng.sample(tokens, rng.randint(5, 20)))
        if normalize_text(typed) not in sources[target].normalized.text:
            cases.append(("shuffled", target, typed, []))
    return cases


def timed(call: Callable[[], object]) -> tuple[object, float]:
    best = float("inf")
    for _ in range(REPEAT):
        began = time.perf_counter_ns()
        result = call()
        best = min(best, (time.perf_counter_ns() - began) / 1000)
    return result, best


def verdict(found: Spans | None, expected: Spans) -> str:
    if found is None:
        return "refused"
    if found == expected:
        return "exact"
    if expected and found[0][0] < expected[-1][1] and expected[0][0] < found[-1][1]:
        return "off"
    return "wrong"


def run(cases: list[Case], sources: dict[str, Prepared]) -> tuple[dict, dict]:  # type: ignore[type-arg]
    ours: dict = defaultdict(lambda: defaultdict(list))  # type: ignore[type-arg]
    raw: dict = defaultdict(lambda: defaultdict(list))  # type: ignore[type-arg]
    for cls, name, typed, expected in cases:
        prepared = sources[name]
        result, micros = timed(lambda: anchor(prepared, typed))
        if isinstance(result, Anchor):
            ours[cls][verdict([(s.start, s.end) for s in result.spans], expected)].append(0)
            path = "elided" if len(result.spans) > 1 else result.method
            ours[cls]["µs " + path].append(micros)
        else:
            ours[cls]["refused"].append(0)
            ours[cls]["µs failed"].append(micros)
        aligned, micros = timed(lambda: fuzz.partial_ratio_alignment(
            typed, prepared.text, score_cutoff=BASELINE_CUTOFF))
        spans = None if aligned is None else [(aligned.dest_start, aligned.dest_end)]
        whole = [(expected[0][0], expected[-1][1])] if expected else []
        raw[cls][verdict(spans, whole)].append(0)
        raw[cls]["µs fuzzy"].append(micros)
    return ours, raw


def table(title: str, stats: dict, paths: list[str]) -> None:  # type: ignore[type-arg]
    header = f"{'class':14} {'n':>5} {'exact':>7} {'off':>4} {'wrong':>5} {'refused':>7}"
    print(f"\n{title}\n{header}" + "".join(f" {'µs ' + p:>13}" for p in paths))
    for cls, row in stats.items():
        n = sum(len(row[v]) for v in ("exact", "off", "wrong", "refused"))
        rate = f"{100 * len(row['exact']) / n:.1f}%" if cls not in ("other-source", "shuffled") else "-"
        line = f"{cls:14} {n:>5} {rate:>7} {len(row['off']):>4} {len(row['wrong']):>5} "
        line += f"{len(row['refused']):>7}"
        for path in paths:
            times = row["µs " + path]
            line += f" {sum(times) / len(times):>9.1f} ({len(times):>3})" if times else " " * 10 + "-  "
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = load()
    cases = quotes(rng, sources) + non_quotes(rng, sources)
    ours, raw = run(cases, sources)
    sizes = ", ".join(f"{len(p.text)}" for p in sources.values())
    print(f"seed {args.seed}; {len(cases)} cases; source lengths {sizes} code points")
    print("µs columns: mean per quote answered by that path (how many in parentheses)")
    table("idlibsite.anchoring", ours, ["exact", "normalized", "elided", "fuzzy", "failed"])
    table(f"raw partial_ratio_alignment, cutoff {BASELINE_CUTOFF:.1f}", raw, ["fuzzy"])


if __name__ == "__main__":
    main()
