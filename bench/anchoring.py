"""Benchmark idlibsite.anchoring against raw rapidfuzz partial_ratio_alignment.

Run from the project root:  .venv/bin/python bench/anchoring.py [--seed N]

Quotes are cut from corpus/ at word boundaries (unique in their source) and
perturbed, one perturbation class at a time; non-quotes are sentences from
another article and shuffled words of the same article.  Then the quoting
habits of issue 20 (bench/README.md describes every class): near-duplicate
sentences (a copy of the quoted sentence with one word changed is added to
the article), journalists' brackets (``[...]``, ``[…]``, ``[inserted words]``)
and misquotes that change a name, a number or a negation.  For each class the
table gives: n, the rate of exact boundaries (every span exactly as expected),
"off" (anchored where expected but with other boundaries), "wrong" (anchored
anywhere else; where refusing is the right answer, anchored at all),
"refused", and the mean microseconds per quote by the path that answered.
The same figures follow for rapidfuzz.fuzz.partial_ratio_alignment on the raw
text with a comparable cutoff.

To add a class: write its cases in a function like ``near_duplicates`` (class,
source name, typed quote, expected spans, or [] when it must be refused), call
it at the end of ``main``'s list, and list the class in bench/README.md; if
refusing is the right answer, add it to ``REFUSE``.
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
from idlibsite.anchoring.wording import is_typo

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 20200213
PER_CLASS = 150  # quotes per perturbation class (9 classes: 1,350 quotes)
NON_QUOTES_PER_CLASS = 500  # per non-quote class (2 classes: 1,000 non-quotes)
REPEAT = 3  # each call is timed this many times; the fastest counts (less scheduler noise)
BASELINE_CUTOFF = 100 * (1 - 1 / CHARS_PER_EDIT)  # the same edit rate as the fuzzy allowance
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Words a quoting writer puts in brackets (none of them is a quoted speaker's).
INSERTIONS = ["Turkish forces", "the Syrian army", "sic", "Erdogan", "Moscow", "the rebels", "in Idlib"]
ADVERBS = ["also", "reportedly", "again", "still", "indeed", "really", "clearly"]  # an added word
NEGATIONS = ["not", "never", "no"]
# Classes where refusing is the right answer: their "exact" rate is not shown.
REFUSE = {"other-source", "shuffled", "near-dup-dropped", "near-dup-changed", "misquote-name",
          "misquote-number", "misquote-negation"}

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


def plain_words(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Indices of the lower-case words of 4+ letters, not among the first and last two."""
    return [i for i, (a, b) in enumerate(spans[2:-2], 2)
            if text[a:b].isalpha() and text[a:b].islower() and len(text[a:b]) >= 4]


def other_word(rng: random.Random, vocabulary: list[str], *avoid: str) -> str:
    """A lower-case word of the articles that is neither any of ``avoid`` nor a typo of one."""
    while True:
        word = rng.choice(vocabulary)
        if all(word != a and not is_typo(word, a) for a in avoid):
            return word


def near_duplicates(rng: random.Random, sources: dict[str, Prepared],
                    extra: dict[str, Prepared]) -> list[Case]:
    """A quoted sentence and a copy of it with one word changed, added to the article
    as the next paragraph; the quote leaves out, changes or keeps the differing word."""
    vocabulary = sorted({w for p in sources.values() for w in re.findall(r"\b[a-z]{4,12}\b", p.text)})
    cases: list[Case] = []
    for cls in ("near-dup-dropped", "near-dup-changed", "near-dup-added"):
        while sum(c[0] == cls for c in cases) < PER_CLASS:
            name, words = cut(rng, sources, 10, 30)
            text = sources[name].text
            plain = plain_words(text, words)
            if not plain:
                continue
            k = rng.choice(plain)
            start, end = words[0][0], words[-1][1]
            theirs = text[words[k][0]:words[k][1]]
            copy = text[start:words[k][0]] + other_word(rng, vocabulary, theirs) + text[words[k][1]:end]
            after = text.find("\n\n", end)
            after = len(text) if after < 0 else after
            modified = text[:after] + "\n\n" + copy + text[after:]
            before, rest = retyped(text[start:words[k][0]]), retyped(text[words[k][1]:end])
            if cls == "near-dup-dropped":
                typed, expected = f"{before} {rest}", []
            elif cls == "near-dup-changed":
                typed, expected = f"{before} {other_word(rng, vocabulary, theirs, copy.split()[k])} {rest}", []
            else:
                at = rng.choice([i for i in range(1, len(words)) if i not in (k, k + 1)])
                typed = f"{retyped(text[start:words[at - 1][1]])} {rng.choice(ADVERBS)} "
                typed += retyped(text[words[at][0]:end])
                expected = [(start, end)]
            key = f"{name}+{cls}-{len(cases)}"
            extra[key] = prepare(modified)
            cases.append((cls, key, typed, expected))
    return cases


def brackets(rng: random.Random, sources: dict[str, Prepared]) -> list[Case]:
    """Elisions marked ``[...]`` or ``[…]``, and words in brackets put in (or in place
    of one word) by the quoting writer."""
    cases: list[Case] = []
    for cls, mark in (("[...]", "[...]"), ("[…]", "[…]")):
        while sum(c[0] == cls for c in cases) < PER_CLASS:
            name, words = cut(rng, sources, 8, 30)
            a = rng.randint(3, len(words) - 4)
            b = rng.randint(a + 1, len(words) - 3)
            text = sources[name].text
            first, second = text[words[0][0]:words[a - 1][1]], text[words[b][0]:words[-1][1]]
            if not first.endswith("-"):
                cases.append((cls, name, f"{retyped(first)} {mark} {retyped(second)}",
                              [(words[0][0], words[a - 1][1]), (words[b][0], words[-1][1])]))
    while sum(c[0] == "[insertion]" for c in cases) < PER_CLASS:
        name, words = cut(rng, sources, 4, 30)
        text = sources[name].text
        a = rng.randint(1, len(words) - 2)
        b = a + rng.choice([0, 1])  # put in, or in place of word a
        first = text[words[0][0]:words[a - 1][1]]
        if not first.endswith("-"):
            typed = f"{retyped(first)} [{rng.choice(INSERTIONS)}] {retyped(text[words[b][0]:words[-1][1]])}"
            cases.append(("[insertion]", name, typed,
                          [(words[0][0], words[a - 1][1]), (words[b][0], words[-1][1])]))
    return cases


def misquotes(rng: random.Random, sources: dict[str, Prepared]) -> list[Case]:
    """Quotes of 10-30 words with one name, number or negation changed: all to be refused."""
    names = sorted({w for p in sources.values() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", p.text)})
    kinds: dict[str, Callable[[str], str | None]] = {
        "misquote-name": lambda w: other_word(rng, names, w) if re.fullmatch(r"[A-Z][a-z]{3,}", w) else None,
        "misquote-number": lambda w: str(int(w) + rng.choice([-1, 1])) if re.fullmatch(r"[1-9]\d*", w) else None,
        "misquote-negation": lambda w: "" if w in NEGATIONS else None,
    }
    cases: list[Case] = []
    for cls, change in kinds.items():
        while sum(c[0] == cls for c in cases) < PER_CLASS:
            name, words = cut(rng, sources, 10, 30)
            text = sources[name].text
            typed_words = retyped(text[words[0][0]:words[-1][1]]).split(" ")
            options = [(i, new) for i, w in enumerate(typed_words[1:-1], 1) if (new := change(w)) is not None]
            if options:
                i, new = rng.choice(options)
                typed = " ".join(typed_words[:i] + ([new] if new else []) + typed_words[i + 1:])
                cases.append((cls, name, typed, []))
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
    header = f"{'class':17} {'n':>5} {'exact':>7} {'off':>4} {'wrong':>5} {'refused':>7}"
    print(f"\n{title}\n{header}" + "".join(f" {'µs ' + p:>13}" for p in paths))
    for cls, row in stats.items():
        n = sum(len(row[v]) for v in ("exact", "off", "wrong", "refused"))
        rate = f"{100 * len(row['exact']) / n:.1f}%" if cls not in REFUSE else "-"
        line = f"{cls:17} {n:>5} {rate:>7} {len(row['off']):>4} {len(row['wrong']):>5} "
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
    extra: dict[str, Prepared] = {}  # articles with a near-duplicate sentence added
    cases = quotes(rng, sources) + non_quotes(rng, sources)
    cases += near_duplicates(rng, sources, extra) + brackets(rng, sources) + misquotes(rng, sources)
    ours, raw = run(cases, sources | extra)
    sizes = ", ".join(f"{len(p.text)}" for p in sources.values())
    print(f"seed {args.seed}; {len(cases)} cases; source lengths {sizes} code points")
    print("µs columns: mean per quote answered by that path (how many in parentheses)")
    table("idlibsite.anchoring", ours, ["exact", "normalized", "elided", "fuzzy", "failed"])
    table(f"raw partial_ratio_alignment, cutoff {BASELINE_CUTOFF:.1f}", raw, ["fuzzy"])


if __name__ == "__main__":
    main()
