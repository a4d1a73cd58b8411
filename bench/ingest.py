"""How well add-source finds an article's metadata and paragraphs, on an evaluation set we wrote.

    python -m bench.ingest            # from the repository root, in the project's venv

bench/ingest/ holds the cases (cases.yaml, rendered by ``python bench/ingest/make.py`` into
text/, html/ and expected/).  Every article is run through what add-source runs (the block
cutter and the metadata finder; for pages, the HTML extractor first, and the block kinds its
markup gives, which add-source writes in the sidecar) and each field is scored:

- right:      the value found is the expected one (also counted: how many of these were
              marked as guesses, so the sidecar still asks a human to confirm them)
- wrong:      a value presented as certain that is not the expected one (must stay 0)
- guess-wrong: a wrong value marked as a guess (the sidecar says FIXME beside it)
- FIXME:      nothing found where the copy states the value
- not stated: the copy does not state it (a TASS dateline has no year) and it is left FIXME,
              as it should be; these are left out of the share

The share right is right / (right + wrong + guess-wrong + FIXME).
Paragraph boundaries: every expected paragraph start found, against missed and spurious ones.
Each table is printed for all cases and for each batch apart (``batch`` in cases.yaml): batch 1
is what the rules were developed on, batch 2 was written later and measured before any rule was
changed for it (bench/README.md has both figures).  Batch 4's cases give their own text copy
(copied out of PDFs and documents) and have no page: they are scored on the text side only.
Batch 5's cases give their saved page whole and have no text copy: they are scored on the html
side only, and label besides each paragraph the story's headings and words of the page's chrome.
For every page the share of labelled paragraphs (and headings) present in the extracted text is
printed, and how many chrome strings reached it (``-v`` lists each one missing or present); for
every labelled heading, text or page, whether the block cutter read it as a body paragraph.
To add a case: append it to cases.yaml, run bench/ingest/make.py, check the new files by eye.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import yaml

from idlibsite.addsource import detect_language
from idlibsite.errors import InputError
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.metadata import Finding, Found, find_metadata
from idlibsite.sources.records import Block
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.reading import is_evidence, read_source
from idlibsite.sources.webpage import extract, markup_kinds

HERE = Path(__file__).resolve().parent / "ingest"
ROOT = HERE.parent.parent
FIELDS = ("title", "date", "url", "outlet", "agency", "byline", "language", "paragraphs")
# The byline is labelled from batch 8 on (``byline`` in cases.yaml: the name, without "By" or a field's label); a
# batch without it prints no byline row.
# Words of the chrome of make.py's five site templates (batches 1-3), which must not reach the
# extracted text; batch 5's pages label their own (``chrome`` in expected/).
TEMPLATE_CHROME = ("Another story headline number", "Recent Stories", "Your Thoughts and Comments",
                   "All quotes delayed a minimum of 15 minutes", "Another headline about the region",
                   "We are not responsible for the content of external sites", "An older story", "Check Also",
                   "A story everyone is reading", "Another story people are reading")
TARGETS = {"date": 0.95, "url": 1.0, "outlet": 0.90, "title": 0.95, "paragraphs": 0.98}


def score(found: Finding, expected: str | None) -> str:
    """A field's result against its label (``expected``: None when the text states none): "right", "right-guess",
    "wrong" (presented as certain), "guess-wrong", "FIXME" (nothing found) or "not-stated"."""
    if expected is None:
        return "not-stated" if not found.value else ("wrong" if found.certain else "guess-wrong")
    if not found.value:
        return "FIXME"
    if found.value == expected:
        return "right" if found.certain else "right-guess"
    return "wrong" if found.certain else "guess-wrong"


def _starts(paragraphs: list[str]) -> set[str]:
    return {" ".join(p.split())[:60] for p in paragraphs}


def one_line(text: str) -> str:
    """``text``'s words on one line, one space between each, as labels and texts are compared."""
    return " ".join(text.split())


def presence(text: str, want: dict, exp: dict, key: str, story: Counter[str], problems: list[str]) -> None:  # type: ignore[type-arg]
    """Count the labelled paragraphs and headings present in a page's extracted text, and the
    chrome strings that reached it."""
    labelled = (("paragraph", want["paragraphs"] if "paragraphs" in want else exp["text"]["paragraphs"]),
                ("heading", want.get("headings", [])))
    count_present(one_line(text), labelled, want.get("chrome", TEMPLATE_CHROME), f"html/{key}", story, problems)


def count_present(words: str, labelled: Sequence[tuple[str, Sequence[str]]], chrome: Sequence[str], where: str,
                  story: Counter[str], problems: list[str]) -> None:
    """Count each labelled item (``labelled``: its label, "paragraph", "heading", "note", and its items) present in
    ``words`` (a text on one line, :func:`one_line`), and each ``chrome`` string that reached it; each item left out and
    each chrome string in named in ``problems`` (``where``: "html/<key>", "pdf/<key>")."""
    for label, items in labelled:
        for item in items:
            found = one_line(item) in words
            story[label] += 1
            story[f"{label}-present"] += found
            if not found:
                problems.append(f"{where}: {label} left out: {one_line(item)[:70]!r}")
    for item in chrome:
        story["chrome"] += 1
        if one_line(item) in words:
            story["chrome-present"] += 1
            problems.append(f"{where}: chrome in the text: {item!r}")


def headings_as_body(blocks: list, want: dict, kind: str, key: str, story: Counter[str], problems: list[str]) -> None:  # type: ignore[type-arg]
    """Count the labelled headings that the block cutter read as a body paragraph, or as the
    start of one (a heading glued to the paragraph under it)."""
    bodies = [one_line(b.display) for b in blocks if b.kind == "body"]
    for item in want.get("headings", []):
        heading = one_line(item)
        story["heading-labelled"] += 1
        if any(body == heading or body.startswith(heading + " ") for body in bodies):
            story["heading-as-body"] += 1
            problems.append(f"{kind}/{key}: heading read as a body paragraph: {heading[:70]!r}")


def _story_line(label: str, story: Counter[str]) -> str:
    share = story["paragraph-present"] / story["paragraph"] if story["paragraph"] else 1.0
    heads = (f", headings {story['heading-present']}/{story['heading']}"
             f" ({story['heading-as-body']} read as body paragraphs)") if story["heading"] else ""
    return (f"  {label:<22} paragraphs present {story['paragraph-present']}/{story['paragraph']} = {share:.1%}"
            f"{heads}, chrome strings in the text {story['chrome-present']}")


def page_file(key: str) -> Path:
    """A case's saved page: ``html/<key>.html``, or ``html/<key>.mhtml`` for a page saved as MHTML (batch 15)."""
    mhtml = HERE / "html" / f"{key}.mhtml"
    return mhtml if mhtml.exists() else HERE / "html" / f"{key}.html"


def run_case(key: str, kind: str, outlets: tuple, tally: dict[str, Counter[str]], problems: list[str],  # type: ignore[type-arg]
             story: Counter[str] | None = None) -> None:
    exp = yaml.safe_load((HERE / "expected" / f"{key}.yaml").read_text("utf-8"))
    want = exp[kind]
    if kind == "text":
        try:
            text = (HERE / "text" / f"{key}.txt").read_bytes().decode("utf-8")
        except UnicodeDecodeError:  # add-source stops on a text file that is not UTF-8 (batch 14)
            _nothing_read(f"text/{key}: add-source refuses the file (not UTF-8): nothing read", exp, want, tally,
                          problems)
            return
        page = None
    else:
        extracted = extract(page_file(key).read_bytes())
        if extracted is None:
            _nothing_read(f"{kind}/{key}: no text extracted", exp, want, tally, problems)
            return
        text, page = extracted.text, extracted.page
        if story is not None:
            presence(text, want, exp, key, story, problems)
    blocks = cut_blocks(text, overrides=markup_kinds(text, extracted.marked) if page is not None else None)
    if story is not None:
        headings_as_body(blocks, want, kind, key, story, problems)
    found = find_metadata(text, blocks, outlets, page=page, language=detect_language(text))
    results = {
        "title": score(found.title, exp["title"]),
        "date": score(Finding(found.date.iso if found.date.precision == "day" else found.date.iso,
                               found.date_note.note, found.date_note.certain), want["date"]),
        "url": score(found.url, want["url"]),
        "outlet": score(found.outlet, want["outlet"]),
        "agency": score(found.agency, exp["agency"]),
        "language": score(found.language, exp.get("language", "en")),
        **({"byline": score(found.byline, exp["byline"])} if "byline" in exp else {}),
    }
    tally_case(f"{kind}/{key}", results, found, want["paragraphs"] if "paragraphs" in want
               else exp["text"]["paragraphs"], blocks, tally, problems)


def run_document(key: str, exp: dict, outlets: tuple, tally: dict[str, Counter[str]], story: Counter[str],  # type: ignore[type-arg]
                 problems: list[str]) -> None:
    """Score a word processor's document or a mail file (batch 17, ``doc`` in expected/: made by make_docs.py) as
    add-source reads it (sources/reading.py); a document labelled ``error`` must be refused with those words, any
    other one refused is nothing read."""
    want = exp["doc"]
    labelled = (("paragraph", want["paragraphs"]), ("heading", want["headings"]), ("note", want["notes"]))
    path = HERE / "docs" / want["file"]
    data = path.read_bytes()
    try:
        reading = read_source(want["file"], data, is_evidence(path, data))
    except InputError as exc:
        message = " ".join(f"{p.path}: {p.message} ({p.hint})" for p in exc.problems)
        story["refused"] += 1
        if want.get("error") and want["error"] in message:
            story["refused-right"] += 1
            problems.append(f"doc/{key}: refused, as it should be: {message}")
            return
        count_present("", labelled, (), f"doc/{key}", story, problems)  # a document refused: every label left out
        _nothing_read(f"doc/{key}: refused: {message}", exp, want, tally, problems)
        return
    if want.get("error"):
        problems.append(f"doc/{key}: read, but should be refused ({want['error']})")
        return
    text = reading.text
    blocks = cut_blocks(text, overrides=reading.kinds)
    words = one_line(" ".join(b.display for b in blocks))  # the text as read: wrapped lines joined
    count_present(words, labelled, want["chrome"], f"doc/{key}", story, problems)
    headings_as_body(blocks, want, "doc", key, story, problems)
    found = find_metadata(text, blocks, outlets, page=reading.page, language=detect_language(text))
    results = {
        "title": score(found.title, exp["title"]),
        "date": score(Finding(found.date.iso, found.date_note.note, found.date_note.certain), want["date"]),
        "url": score(found.url, want["url"]),
        "outlet": score(found.outlet, want["outlet"]),
        "agency": score(found.agency, exp["agency"]),
        "language": score(found.language, "en"),
        "byline": score(found.byline, exp["byline"]),
    }
    tally_case(f"doc/{key}", results, found, want["paragraphs"], blocks, tally, problems)


def documents(expected: dict[str, dict], outlets: tuple, verbose: bool) -> None:  # type: ignore[type-arg]
    """Score the word processors' documents and mail files (batch 17), apart from the text copies and pages."""
    cases = {key: exp for key, exp in expected.items() if "doc" in exp}
    tally: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    story: Counter[str] = Counter()
    problems: list[str] = []
    for key, exp in cases.items():
        run_document(key, exp, outlets, tally, story, problems)
    refusals = sum(1 for e in cases.values() if e["doc"].get("error"))
    print(f"\ndocuments and mail files: read {len(cases) - story['refused']} of {len(cases) - refusals}; refused as "
          f"they should be: {story['refused-right']} of {refusals}")
    score_table(f"doc: {len(cases) - refusals} documents", tally)
    print(f"\n  text: paragraphs present {story['paragraph-present']}/{story['paragraph']}, headings "
          f"{story['heading-present']}/{story['heading']} ({story['heading-as-body']} read as body paragraphs), "
          f"notes {story['note-present']}/{story['note']}, chrome strings in the text "
          f"{story['chrome-present']}/{story['chrome']}")
    if verbose:
        print("\n".join("    " + p for p in problems))


def tally_case(where: str, results: dict[str, str], found: Found, paragraphs: list[str], blocks: Sequence[Block],
               tally: dict[str, Counter[str]], problems: list[str]) -> None:
    """Count a case's scores (``results``: each field's) and its paragraph starts found, missed and spurious
    against the labelled ``paragraphs``; each one not right named in ``problems`` (``where``: "text/<key>")."""
    for field, result in results.items():
        tally[field][result] += 1
        if result == "right-guess":
            tally[field]["right"] += 1
        if result not in ("right", "right-guess", "not-stated"):
            value = found.date.iso if field == "date" else getattr(found, field).value
            problems.append(f"{where}: {field} {result}: found {value!r}")
    expected_starts = _starts(paragraphs)
    found_starts = _starts([b.display for b in blocks if b.kind == "body"])
    tally["paragraphs"]["right"] += len(expected_starts & found_starts)
    tally["paragraphs"]["missed"] += len(expected_starts - found_starts)
    tally["paragraphs"]["spurious"] += len(found_starts - expected_starts)
    for start in sorted(expected_starts ^ found_starts):
        problems.append(f"{where}: paragraph {'missed' if start in expected_starts else 'spurious'}: {start!r}")


def _nothing_read(problem: str, exp: dict, want: dict, tally: dict[str, Counter[str]], problems: list[str]) -> None:  # type: ignore[type-arg]
    """Score a file add-source reads nothing from (a text copy it refuses, a page with no text
    extracted): every stated field is a FIXME and every paragraph start is missed."""
    problems.append(problem)
    stated = {"title": exp["title"], "date": want["date"], "url": want["url"], "outlet": want["outlet"],
              "agency": exp["agency"], "language": exp.get("language", "en"),
              **({"byline": exp["byline"]} if "byline" in exp else {})}
    for field, value in stated.items():
        tally[field]["FIXME" if value else "not-stated"] += 1
    tally["paragraphs"]["missed"] += len(_starts(want["paragraphs"] if "paragraphs" in want else exp["text"]["paragraphs"]))


def score_table(label: str, tally: dict[str, Counter[str]]) -> list[str]:
    """Print one table of scores; return the targets it misses."""
    shortfalls = []
    print(f"\n{label}")
    print(f"  {'field':<11}{'right':>6}{'wrong':>7}{'guess-wrong':>13}{'FIXME':>7}   share right"
          "   (not stated, left FIXME)")
    for field in FIELDS:
        c = tally[field]
        if not c:
            continue  # a field no case of these labels (the byline before batch 8)
        if field == "paragraphs":
            total = c["right"] + c["missed"] + c["spurious"]
            share = c["right"] / total if total else 1.0
            print(f"  {'boundaries':<11}{c['right']:>6}   missed {c['missed']}, spurious {c['spurious']}"
                  f"{'':>6}{share:7.1%}")
        else:
            total = sum(c.values()) - c["not-stated"] - c["right-guess"]
            share = c["right"] / total if total else 1.0
            print(f"  {field:<11}{c['right']:>6}{c['wrong']:>7}{c['guess-wrong']:>13}{c['FIXME']:>7}{share:12.1%}"
                  + (f"   ({c['not-stated']})" if c["not-stated"] else "")
                  + (f"   {c['right-guess']} of the right ones marked as guesses" if c["right-guess"] else ""))
        if field in TARGETS and share < TARGETS[field]:
            shortfalls.append(f"{label.split(':')[0]} {field}: {share:.1%} < {TARGETS[field]:.0%}")
        if c["wrong"]:
            shortfalls.append(f"{label.split(':')[0]} {field}: {c['wrong']} wrong value(s) presented as certain")
    return shortfalls


def main(argv: list[str]) -> int:
    outlets, errors = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
    assert not errors, errors
    expected = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((HERE / "expected").glob("*.yaml"))}
    batches = sorted({e["batch"] for e in expected.values()})
    shortfalls = []
    both: Counter[str] = Counter()
    for kind in ("text", "html"):
        cases = {key: exp for key, exp in expected.items() if kind in exp}  # batch 4: text only, 5: html only, 17: doc
        tally: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
        story: dict[int, Counter[str]] = {b: Counter() for b in batches}
        by_batch: dict[int, dict[str, Counter[str]]] = {b: {f: Counter() for f in FIELDS} for b in batches}
        problems: list[str] = []
        for key, exp in cases.items():
            one: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
            run_case(key, kind, outlets, one, problems, story[exp["batch"]])
            for field in FIELDS:
                tally[field].update(one[field])
                by_batch[exp["batch"]][field].update(one[field])
        shortfalls += score_table(f"{kind}: {len(cases)} articles", tally)
        for batch in batches:
            n = sum(e["batch"] == batch for e in cases.values())
            if n:
                score_table(f"  {kind}, batch {batch} only: {n} articles", by_batch[batch])
        if kind == "html":
            print("\nstory text of the pages (labelled paragraphs and headings in the extracted text):")
            print(_story_line("all", sum(story.values(), Counter())))
            for batch in batches:
                if story[batch]["paragraph"]:
                    print(_story_line(f"batch {batch}", story[batch]))
        if kind == "text":
            print("\nheadings inside the text copies (labelled from batch 6 on) read as body paragraphs:")
            for batch in batches:
                if story[batch]["heading-labelled"]:
                    print(f"  batch {batch}: {story[batch]['heading-as-body']} of {story[batch]['heading-labelled']}")
        both.update(tally["paragraphs"])
        if "-v" in argv:
            print("\n".join("    " + p for p in problems))
    total = both["right"] + both["missed"] + both["spurious"]
    print(f"\nparagraph boundaries, text and html together: {both['right']}/{total} = {both['right'] / total:.1%}")
    documents(expected, outlets, "-v" in argv)
    print("\ntargets (on all batches): " + ("all met" if not shortfalls else "NOT MET: " + "; ".join(shortfalls)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
