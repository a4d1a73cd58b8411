"""How well ``suggest --yaml`` dates a statement: its ``said:`` against a set written blind.

Run from the project root:  .venv/bin/python -m bench.said [-v] [SET]

SET is a file of ``bench/said_set/`` (default ``sentences.yaml``, the first set; ``round2.yaml``
is the second, written blind after the rules were tuned on the first).

``bench/said_set/sentences.yaml`` holds sentences as news reports print them, each with
its article's date and the day its words were said, or null when the sentence does not
say (the reader can only assume the article's day); see bench/said_set/README.md.  For
each, :func:`idlibsite.attribution.said.said_on` reads the sentence as ``suggest``
gives it: its quotations masked, a dateline at its start left out.  An answer is a day when its note names the words that
dated it, else "not dated" (the stub then holds the publication date, noted as such).
Prints how many answers are right, how many dated answers give the wrong day (the
harmful error: a date the sentence does not support), and how many labelled days are
found.  ``-v`` lists every wrong answer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from idlibsite.attribution.said import said_on
from idlibsite.dates import PartialDate
from idlibsite.sources.quotations import find_quotations
from idlibsite.sources.speech import split
from idlibsite.sources.statements import find_passages

SETS = Path(__file__).parent / "said_set"


def answer(text: str, published: str) -> str | None:
    """The day said_on gives the sentence (ISO), or None when it leaves it undated: the sentence as
    ``suggest`` gives it, that of the first reported passage found (else the first passage), its
    quotations masked and a dateline at its start left out."""
    whole = [(0, len(text))]
    passages = find_passages(text, whole)
    if passages:
        masked = min(passages, key=lambda p: (p.kind != "reported", p.start)).sentence.masked
    else:
        masked = split(text, 0, len(text), [(q.start, q.end) for q in find_quotations(text, whole)])[0].masked
    when, note = said_on(masked, PartialDate(published, "day"))
    return None if note.startswith("not dated") else when.iso


def main(argv: list[str]) -> int:
    named = [a for a in argv if not a.startswith("-")]
    items = yaml.safe_load((SETS / (named[0] if named else "sentences.yaml")).read_text(encoding="utf-8"))
    right = wrong_day = found = dated_labels = dated_answers = 0
    misses = []
    for item in items:
        label = str(item["said"]) if item["said"] is not None else None
        got = answer(item["text"], str(item["published"]))
        dated_labels += label is not None
        dated_answers += got is not None
        if got == label:
            right += 1
            found += label is not None
        else:
            wrong_day += got is not None
            misses.append((label, got, item["text"]))
    n = len(items)
    print(f"said: {n} sentences ({dated_labels} dated by their words, {n - dated_labels} not)")
    print(f"  right                          {right / n:6.1%}  ({right} of {n})")
    print(f"  days given wrongly             {wrong_day / max(dated_answers, 1):6.1%}  "
          f"({wrong_day} of {dated_answers} dated answers)")
    print(f"  labelled days found            {found / max(dated_labels, 1):6.1%}  ({found} of {dated_labels})")
    if "-v" in argv:
        for label, got, text in misses:
            print(f"  label {label or 'not dated'}, answer {got or 'not dated'}: {' '.join(text.split())[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
