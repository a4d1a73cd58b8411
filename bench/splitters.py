"""Compare sentence splitters in the role of idlibsite.sources.speech.split (one splitter for all).

Run from the project root:  .venv/bin/python -m bench.splitters

Scores bench/suggest_set/ (bench/suggest.py's figures) with the hand-written
sentence ends of :mod:`idlibsite.sources.speech`, then with pysbd (the
segmenter the claim pages use) cutting the same paragraphs: pysbd reads the
paragraph as written, and a cut inside a quotation is dropped, so a quotation
of several sentences stays whole as it does with the rules.  Also prints the
time each takes to cut every body paragraph of the set and of corpus/.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from unittest import mock

import pysbd
import yaml

from bench.suggest import ROOT, SET, score
from idlibsite.annotations.load import load_annotations
from idlibsite.sources import speech, statements
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.quotations import find_quotations

_SEGMENTER = pysbd.Segmenter(language="en", clean=False)


_PARAGRAPH = [""]  # the paragraph being cut, as written (pysbd reads it unmasked)
_SPLIT = speech.split


def pysbd_split(text: str, start: int, end: int, quotations: list[tuple[int, int]]) -> list[speech.Sentence]:
    _PARAGRAPH[0] = text[start:end]
    return _SPLIT(text, start, end, quotations)


def pysbd_cuts(shown: str, offset: int) -> list[tuple[int, int]]:
    """speech._cuts done by pysbd on the paragraph as written: its sentence ends, none inside a quotation."""
    ends, pos = [], 0
    for piece in _SEGMENTER.segment(_PARAGRAPH[0]):
        pos += len(piece)
        ends.append(pos)
    out, begin = [], offset
    for end in ends[:-1]:
        if end <= begin or speech.MASK in shown[end - 1 : end + 1].strip():
            continue  # inside or at the edge of a quotation: not a sentence end of the reporter's
        out.append((begin, end))
        begin = end
    out.append((begin, len(shown)))
    return out


def paragraphs() -> list[tuple[str, list[tuple[int, int]]]]:
    out = []
    texts = [yaml.safe_load(p.read_text("utf-8"))["text"] for p in sorted(SET.glob("*.yaml"))]
    for text in texts:
        blocks = cut_blocks(text, title_hint=text.splitlines()[0])
        out += [(text, [(b.start, b.end)]) for b in blocks if b.kind == "body"]
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text("utf-8")
        out += [(text, [(b.start, b.end)]) for b in cut_blocks(text) if b.kind == "body"]
    return out


def timed(paras: list[tuple[str, list[tuple[int, int]]]]) -> float:
    quoted = [(text, r, [(q.start, q.end) for q in find_quotations(text, r)]) for text, r in paras]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text, ((lo, hi),), q in quoted:
            speech.split(text, lo, hi, q)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    annotations, _ = load_annotations(ROOT / "claims", ROOT)
    paras = paragraphs()
    cutters: list[tuple[str, Callable[[str, int], list[tuple[int, int]]]]] = [
        ("rules (speech.py)", speech._cuts), ("pysbd", pysbd_cuts)]
    for name, cuts in cutters:
        with mock.patch.object(speech, "_cuts", cuts), mock.patch.object(speech, "split", pysbd_split), \
                mock.patch.object(statements, "split", pysbd_split):
            figures = score(annotations.actors, None, False, None)
            seconds = timed(paras)
        print(f"{name}: {len(paras)} paragraphs cut in {seconds:.3f} s (CPU, best of 3)")
        for key in ("found", "kind right", "not labelled", "precision", "recall"):
            value = figures[key]
            print(f"  {key:<14} {value:.1%}" if isinstance(value, float) else f"  {key:<14} {value}")


if __name__ == "__main__":
    main()
