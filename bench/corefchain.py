"""A trained coreference resolver's chains against the speaker rules' antecedents (issue 15, session coref15):
measured only, nothing under src/ uses it.

For each labelled passage the rules answer by an antecedent (anaphor, earlier, paragraph) or leave without a speaker
(none), it finds the passage's governing speech verb in the resolver's own parse (a reported sentence: the lexicon's
speech verb nearest the root; a quotation: the one outside it, nearest the root, then nearest), takes that verb's
subject, and asks whether the resolver's chain holding the subject also holds a mention of the labelled speaker, of the
speaker the rules chose, and which named mention of the chain comes last before the subject (the chain's answer).

Three steps, two environments (bench/README.md, session coref15):
  python -m bench.corefchain dump ANSWERS.json              # the project's venv: the rules' answer to every labelled passage
  python -m bench.corefchain measure SELECTED.json OUT.json  # a venv with spaCy 2.x, neuralcoref and an OntoNotes model
  python -m bench.corefchain report OUT.json
MODEL (the spaCy 2.x model directory with a neuralcoref pipe) and VERBS (a JSON list: bench.depfeatures.VERBS) are
read from the environment in `measure`.  No line here names an article, an outlet or a speaker."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parent / "suggest_set"
ANTECEDENT = ("anaphor", "earlier", "paragraph")
UNSEEN = {90, 91, 92}
GENERIC = frozenset(
    "ministry council office agency organization organisation department committee government forces army party union "
    "nations news commission police foundation center centre observatory group association society minister president "
    "service services network press institute fund bank court house authority".split())
STOP = frozenset("the of for and in a an on to al".split())


def dump(path: str) -> None:
    """The rules' answer to every labelled passage the bench finds: file, round, span, kind, how, names, right."""
    import bench.suggest as s
    from idlibsite.annotations.load import load_annotations
    from idlibsite.attribution.speakers import HEADING_KINDS, attribute_page
    from idlibsite.sources.blocks import cut_blocks

    actors = load_annotations(s.ROOT / "claims", s.ROOT)[0].actors
    by_id = {a.id: a for a in actors}
    out = []
    for name, case in s.cases():
        text = case["text"]
        blocks = cut_blocks(text, title_hint=text.splitlines()[0])
        speakers = attribute_page(text, [(b.start, b.end) for b in blocks if b.kind == "body"],
                                  [(b.start, b.end) for b in blocks if b.kind in HEADING_KINDS], actors, None)
        for label in case["passages"]:
            at = text.index(label["find"])
            hits = sorted((p for p in speakers if p.start <= at < p.end), key=lambda p: p.end - p.start)
            hit = next((p for p in hits if p.kind == label["kind"]), hits[0] if hits else None)
            if hit is None:
                continue
            got, actor = speakers[hit], by_id.get(label.get("speaker") or "")
            want = [label["new"]] if label.get("new") else [actor.name, *actor.aliases] if actor else []
            names = [got.new.name] if got.new else [got.actor.name, *got.actor.aliases] if got.actor else []
            out.append(dict(file=name, held=case.get("held_out"), find=label["find"], start=hit.start, end=hit.end,
                            kind=hit.kind, want=want, got=names, how=got.how, right=s.is_right(label, got, text)))
    Path(path).write_text(json.dumps(out))


def _matches(mention: Any, names: list[str]) -> bool:
    """A mention names one of the names: the whole name in it, or one of the name's capitalised words that is no
    generic word of a body's name (a surname, first or last; a body's distinctive word) among its capitalised words."""
    low = " ".join(re.findall(r"[\w’'-]+", mention.text)).lower()
    caps = {t.lower_ for t in mention if t.text[:1].isupper()}
    for name in names:
        words = re.findall(r"[\w’'-]+", name)
        full = " ".join(w.lower() for w in words)
        if full and re.search(r"(?<!\w)" + re.escape(full) + r"(?!\w)", low):
            return True
        if caps & {w.lower() for w in words if w[:1].isupper() and len(w) > 2} - STOP - GENERIC:
            return True
    return False


def _depth(token: Any) -> int:
    n = 0
    while token.head.i != token.i:
        token, n = token.head, n + 1
    return n


def _subject(doc: Any, rec: dict, verbs: frozenset[str]) -> Any:
    """The subject of the passage's governing speech verb ("according to X": X), None when there is none."""
    start, end = rec["start"], rec["end"]
    sents = {t.sent.start for t in doc if start <= t.idx < end or t.idx < start <= t.idx + len(t)}
    tokens = [t for t in doc if t.sent.start in sents]
    speech = [t for t in tokens if (t.lower_ in verbs and t.pos_ in ("VERB", "AUX")) or t.lower_ == "according"]
    inside = [t for t in speech if start <= t.idx < end]
    pool = inside if rec["kind"] == "reported" else [t for t in speech if t not in inside]
    if not pool:
        return None
    verb = min(pool, key=lambda t: (_depth(t), min(abs(t.idx - start), abs(t.idx - end))))
    if verb.lower_ == "according":
        return next((p for c in verb.children for p in c.children if p.dep_ == "pobj"), None)
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _shape(token: Any) -> str:
    if token.tag_ in ("PRP", "PRP$") or token.pos_ == "PRON":
        return "pronoun"
    return "name" if token.pos_ == "PROPN" or token.ent_type_ else "description"


def _named(mention: Any) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in mention)


def judge(doc: Any, rec: dict, verbs: frozenset[str]) -> dict:
    """The subject's shape and what its chain holds."""
    subj = _subject(doc, rec, verbs)
    if subj is None:
        return {"shape": "", "state": "no subject"}
    chains = [c for c in doc._.coref_clusters or [] if any(m.start <= subj.i < m.end for m in c.mentions)]
    if not chains:
        return {"shape": _shape(subj), "state": "no chain"}
    others = [m for m in chains[0].mentions if not m.start <= subj.i < m.end]
    before = [m for m in others if m.end <= subj.i and _named(m)]
    answer = before[-1] if before else next((m for m in others if _named(m)), None)
    return {"shape": _shape(subj), "state": "chain", "answer": answer.text if answer is not None else "",
            "want_in": any(_matches(m, rec["want"]) for m in others),
            "got_in": any(_matches(m, rec["got"]) for m in others),
            "answer_want": answer is not None and _matches(answer, rec["want"]),
            "answer_got": answer is not None and _matches(answer, rec["got"])}


def measure(selected: str, path: str) -> None:
    import neuralcoref  # type: ignore[import-not-found]
    import spacy  # type: ignore[import-not-found]
    import yaml
    from spacy.language import Language  # type: ignore[import-not-found]

    Language.factories["neuralcoref"] = lambda nlp, **cfg: neuralcoref.NeuralCoref(nlp.vocab, **cfg)
    nlp = spacy.load(os.environ["MODEL"])
    verbs = frozenset(json.loads(Path(os.environ["VERBS"]).read_text()))
    recs = json.loads(Path(selected).read_text())
    results, times = [], []
    for i, name in enumerate(sorted({r["file"] for r in recs})):
        text = yaml.safe_load((SET / name).read_text())["text"]
        t0 = time.time()
        doc = nlp(text)
        times.append((time.time() - t0, len(text)))
        results += [{**r, **judge(doc, r, verbs)} for r in recs if r["file"] == name]
        if i % 20 == 0:
            print(i, f"{sum(t for t, _ in times):.0f}s", flush=True)
    Path(path).write_text(json.dumps({"results": results, "times": times}))


def _chain(r: dict) -> str:
    if r["state"] != "chain":
        return r["state"]
    return {(True, False): "labelled only", (False, True): "ours only", (True, True): "both",
            (False, False): "neither"}[r["want_in"], r["got_in"]]


def _answer(r: dict) -> str:
    if not r.get("answer"):
        return "no named mention" if r["state"] == "chain" else "-"
    return "labelled" if r["answer_want"] else "ours" if r["answer_got"] else "another"


def report(path: str) -> None:
    data = json.loads(Path(path).read_text())
    res, times = data["results"], data["times"]
    described = ("pronoun", "description")
    sets = {
        "WRONG anaphor/earlier/paragraph": [r for r in res if not r["right"] and r["how"] in ANTECEDENT],
        "WRONG none, subject a pronoun or description": [
            r for r in res if not r["right"] and r["how"] == "none" and r["shape"] in described],
        "RIGHT anaphor/earlier/paragraph (sample)": [r for r in res if r["right"] and r["how"] in ANTECEDENT],
        "RIGHT none (labelled nobody), subject a pronoun or description (sample)": [
            r for r in res if r["right"] and r["how"] == "none" and r["shape"] in described],
    }
    for title, rows in sets.items():
        print(f"\n## {title}: {len(rows)} lines (labelled nobody {sum(1 for r in rows if not r['want'])})")
        for group in ("90-92", "rest", "all"):
            sub = [r for r in rows if group == "all" or (r["held"] in UNSEEN) == (group == "90-92")]
            chain, answer = Counter(map(_chain, sub)), Counter(map(_answer, sub))
            print(f"  {group} n={len(sub)}  chain: " + ", ".join(f"{k} {v}" for k, v in sorted(chain.items())))
            print(f"  {group} n={len(sub)}  answer: " + ", ".join(f"{k} {v}" for k, v in sorted(answer.items()) if k != "-"))
    seconds, chars = sum(t for t, _ in times), sum(n for _, n in times)
    print(f"\n{len(times)} articles, {seconds:.0f} s, {seconds / len(times):.2f} s an article of {chars / len(times):.0f}"
          f" characters on average")


if __name__ == "__main__":
    {"dump": dump, "measure": measure, "report": report}[sys.argv[1]](*sys.argv[2:])
