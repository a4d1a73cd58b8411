"""The extraction pass (anchoring/link.py) on a small project: every statement anchored or
reported at its quote, fuzzy matches warned about, hints passed on, and cached anchors
reused only for the same source bytes, quote and hints."""

import hashlib
from dataclasses import replace
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from idlibsite.anchoring import link as link_module
from idlibsite.anchoring import wording
from idlibsite.anchoring.link import _Job, _keys
from idlibsite.anchoring.model import Site
from idlibsite.annotations.records import AnchorHint, Annotations, Statement
from idlibsite.cache import Cache
from idlibsite.claimentries import ClaimEntries
from idlibsite.check import CheckResult, check
from idlibsite.config import load_config
from idlibsite.errors import Problem
from idlibsite.problemrows import run_of
from idlibsite.sources.records import Source

ARTICLE = """Russia Says Turkey Must Withdraw

March 4, 2020

The spokesman said "Turkey must withdraw its troops from Idlib at once" on Tuesday. He said it twice: withdraw now, withdraw now.

By Reuters

Other officials said the talks would go on.
"""
SIDECAR = """id: a-source
outlet: Test Times
title: Russia Says Turkey Must Withdraw
date: 2020-03-04
date_note: The date line reads March 4, 2020.
byline: Reuters
language: en
"""
ACTORS = """actors:
  - id: a-speaker
    name: A Speaker
    kind: person
    affiliation: Russia
"""
STATEMENTS = {  # id -> (quote, anchor hint lines)
    "exact": ("Turkey must withdraw its troops from Idlib at once", ""),
    "fuzzy": ("Turkey must withdraw its trops from Idlib at once", ""),
    "missing": ("Syria will never negotiate with anyone at all", ""),
    "ambiguous": ("withdraw now", ""),
    "second": ("withdraw now", "occurrence: 2"),
    "prefixed": ("withdraw now", 'prefix: "now,"'),
    "suffixed": ("withdraw now", 'suffix: ", withdraw"'),
}
CLAIM = """id: a-claim
title: Turkey must withdraw
actor: a-speaker
date: 2020-03
assertion: Turkey must withdraw its troops.
topics: [withdrawal]
status:
  value: active
  date: 2020-03-04
updated: 2020-03-04
verdict:
  reviewer: a-speaker
  rating: Misleading
  source: a-source
  quote: the talks would go on
statements:
""" + "".join(
    f"""  - id: {sid}
    speaker: a-speaker
    source: a-source
    quote: {quote}
    kind: direct
    side: assertion
    said: 2020-03-03
""" + (f"    anchor:\n      {hint}\n" if hint else "")
    for sid, (quote, hint) in STATEMENTS.items()
)


def link(sources: Sequence[Source], annotations: Annotations, cache: Cache | None = None,
         hashed: Mapping[str, str] | None = None) -> tuple[Site, list[Problem]]:
    """:func:`idlibsite.anchoring.link.link` with its problems unpacked from its runs (one per claim), in order.
    With ``hashed``, each claim's entry (claimentries.py) is read, and stored with what linking found anew
    (meaning's part: no actor named, no problem, as the checks of meaning are not run here)."""
    entries = ClaimEntries(cache, annotations, hashed) if cache is not None and hashed is not None else None
    site, runs, made = link_module.link(sources, annotations, cache, entries.read if entries else None)
    if entries is not None:
        entries.linked = made
        for claim_id in made:
            entries.put(claim_id, (tuple(frozenset() for _ in site.quotes_by_claim.get(claim_id, ())), run_of(())))
    return site, [p for r in runs for p in r.problems()]


def at(phrase: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = ARTICLE.index(phrase, start + 1)
    return start, start + len(phrase)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("link")
    (root / "corpus").mkdir()
    (root / "claims").mkdir()
    (root / "corpus/a.txt").write_text(ARTICLE, "utf-8")
    (root / "corpus/a.yaml").write_text(SIDECAR, "utf-8")
    (root / "claims/actors.yaml").write_text(ACTORS, "utf-8")
    (root / "claims/topics.yaml").write_text("topics:\n  - id: withdrawal\n    title: Withdrawal\n", "utf-8")
    (root / "claims/a-claim.yaml").write_text(CLAIM, "utf-8")
    return root


@pytest.fixture  # per test: mutmut (bench/mutation.py) counts a module fixture's work for its first test only
def checked(project: Path) -> CheckResult:
    return check(load_config(project), cache=Cache(None))


def quote_line(sid: str) -> int:
    return CLAIM.splitlines().index(f"    quote: {STATEMENTS[sid][0]}", CLAIM.splitlines().index(f"  - id: {sid}")) + 1


def test_each_statement_is_anchored_where_its_hints_say(checked: CheckResult) -> None:
    spans = {q.statement.id: [(s.start, s.end) for s in q.anchor.spans] for q in checked.site.quotes}
    assert spans == {
        "exact": [at("Turkey must withdraw its troops from Idlib at once")],
        "fuzzy": [at("Turkey must withdraw its troops from Idlib at once")],
        "second": [at("withdraw now", 2)],
        "prefixed": [at("withdraw now", 2)],
        "suffixed": [at("withdraw now", 1)],
    }
    for q in checked.site.quotes:
        assert (q.claim.id, q.speaker.id, q.source.id) == ("a-claim", "a-speaker", "a-source")
    assert [(s.start, s.end) for s in checked.site.verdicts["a-claim"].spans] == [at("the talks would go on")]


def test_failed_quotes_are_errors_and_a_fuzzy_one_a_warning_each_at_its_quote(checked: CheckResult) -> None:
    found = {p.line: p for p in checked.problems  # the anchoring problems (the checks of meaning add their own)
             if p.path == "claims/a-claim.yaml" and p.message.startswith("quote ")}
    assert sorted(found) == sorted(quote_line(s) for s in ("fuzzy", "missing", "ambiguous"))
    missing, ambiguous, fuzzy = (found[quote_line(s)] for s in ("missing", "ambiguous", "fuzzy"))
    assert all(p.column == len("    quote: ") + 1 for p in (missing, ambiguous, fuzzy))
    assert missing.severity == "error"
    assert missing.message.startswith("quote not anchored in corpus/a.txt: the quote is not in the source")
    assert missing.hint == ("copy the words exactly from the article (quote marks, line breaks and typography "
                            "do not matter), or check the statement's source id")  # and no `accept:` advice
    assert ambiguous.severity == "error"
    assert ambiguous.message.startswith("quote not anchored in corpus/a.txt: the quote matches 2 places")
    assert ambiguous.hint == ("add `anchor:` with `prefix:` (words just before), `suffix:` or `occurrence:` "
                              "to say which one is meant")
    assert fuzzy.severity == "warning"
    assert fuzzy.message.startswith("quote anchored only approximately (score 0.")
    assert fuzzy.message.endswith(" in corpus/a.txt, at 5:21; it differs word by word (typed → article): "
                                  "'trops' → 'troops'")
    assert fuzzy.hint == "copy the article's words exactly so the match is certain"


def with_hint(annotations: Annotations, sid: str, hint: AnchorHint | None) -> Annotations:
    (claim,) = annotations.claims
    statements = tuple(replace(st, anchor=hint) if st.id == sid else st for st in claim.statements)
    return replace(annotations, claims=(replace(claim, statements=statements),))


@pytest.mark.parametrize("hint", [AnchorHint("", "", 1, ()), AnchorHint("", ", withdraw", None, ()),
                                  AnchorHint("now,", "", None, ()), None])
def test_a_cached_anchor_is_not_reused_for_other_hints(checked: CheckResult, tmp_path: Path,
                                                       hint: AnchorHint | None) -> None:
    sources, annotations = checked.site.sources, checked.site.annotations
    cache = Cache(tmp_path / "cache", writable=True)
    first, _ = link(sources, annotations, cache)
    assert first.quotes == link(sources, annotations, Cache(None))[0].quotes
    changed = with_hint(annotations, "second", hint)
    cached_site, cached_problems = link(sources, changed, cache)
    fresh_site, fresh_problems = link(sources, changed, Cache(None))
    assert cached_site.quotes == fresh_site.quotes and cached_problems == fresh_problems
    assert cached_site.quotes != first.quotes or cached_problems != link(sources, annotations, Cache(None))[1]


def only_statements(annotations: Annotations, *statements: Statement, verdict_source: str | None = None) -> Annotations:
    (claim,) = annotations.claims
    verdict = claim.verdict
    if verdict is not None and verdict_source is not None:
        verdict = replace(verdict, source=verdict_source)
    return replace(annotations, claims=(replace(claim, statements=statements, verdict=verdict),))


def test_statements_the_loader_refused_are_left_out_without_a_second_problem(checked: CheckResult) -> None:
    """An unknown source or speaker, or an empty quote, is reported where the claim file is read;
    anchoring leaves such a statement out, and only it."""
    sources, annotations = checked.site.sources, checked.site.annotations
    exact = next(st for st in annotations.claims[0].statements if st.id == "exact")
    bad = [replace(exact, id="unknown-source", source="no-such-source"),
           replace(exact, id="unknown-speaker", speaker="no-such-actor"),
           replace(exact, id="empty", quote="  ")]
    site, problems = link(sources, only_statements(annotations, exact, *bad))  # no cache given: none used
    assert [q.statement.id for q in site.quotes] == ["exact"]
    assert problems == []
    assert list(site.verdicts) == ["a-claim"]
    site, problems = link(sources, only_statements(annotations, exact, verdict_source="no-such-source"))
    assert [q.statement.id for q in site.quotes] == ["exact"] and site.verdicts == {} and problems == []


def test_a_changed_name_is_refused_unless_the_statement_accepts_it(checked: CheckResult) -> None:
    """The refusal says how to accept the change (each one, when there are several)."""
    sources, annotations = checked.site.sources, checked.site.annotations
    exact = next(st for st in annotations.claims[0].statements if st.id == "exact")
    renamed = replace(exact, quote="Russia must withdraw its troops from Idlib at once")
    _, problems = link(sources, only_statements(annotations, renamed))
    (problem,) = problems
    assert (problem.line, problem.severity) == (exact.quote_loc.line, "error")
    assert "'Russia' → 'Turkey' (a name)" in problem.message
    assert problem.hint == ("copy the article's words exactly; if the article's words are wrong and the quote is "
                            'right, say so with `anchor:` `accept:` and the change as shown (here `accept: ["Russia → Turkey"]`)')
    two = replace(exact, quote="The spokesman said Russia must withdraw its troops from Aleppo at once on Tuesday. "
                               "He said it twice")
    (problem,) = link(sources, only_statements(annotations, two))[1]
    assert problem.hint.endswith('(here `accept: ["Russia → Turkey", "Aleppo → Idlib"]`)')
    accepted = replace(renamed, anchor=AnchorHint("", "", None, ("Russia → Turkey",)))
    site, problems = link(sources, only_statements(annotations, accepted))
    assert [(q.anchor.start, q.anchor.end) for q in site.quotes] == [at("Turkey must withdraw its troops from Idlib at once")]
    assert [p.severity for p in problems] == ["warning"] and "'Russia' → 'Turkey'" in problems[0].message


def test_a_second_run_on_unchanged_inputs_takes_every_anchor_from_the_cache(
    checked: CheckResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No source is normalized again, and the result is the same."""
    sources, annotations = checked.site.sources, checked.site.annotations
    cache = Cache(tmp_path / "cache", writable=True)
    first = link(sources, annotations, cache)
    cache.commit()
    prepared: list[str] = []
    real = link_module.prepare
    monkeypatch.setattr(link_module, "prepare", lambda text: prepared.append(text) or real(text))
    reopened = Cache(tmp_path / "cache", writable=True)
    again = link(sources, annotations, reopened)
    assert prepared == []
    assert again == first
    link(sources, with_hint(annotations, "second", AnchorHint("", "", 1, ())), reopened)
    assert len(prepared) == 1  # one quote's hint changed: its source, once


def job(quote: str = "the quote", hint: AnchorHint | None = None) -> _Job:
    return _Job("a-claim", 0, quote, hint)


def test_every_part_of_an_anchor_request_is_in_its_key(checked: CheckResult) -> None:
    """A key that ignored one would reuse an anchor made for another request (issue 22)."""
    one = checked.site.sources[0]
    jobs = [
        job(),
        job("the quote!"),
        job(hint=AnchorHint("before", "", None, ())),
        job(hint=AnchorHint("", "before", None, ())),  # the same text as a suffix, not a prefix
        job(hint=AnchorHint("", "", 1, ())),
        job(hint=AnchorHint("", "", 2, ())),
        job(hint=AnchorHint("", "", None, ("33 → 34",))),
        job(hint=AnchorHint("", "", None, ("33 → 35",))),
        job(hint=AnchorHint("", "", None, ("33 → 34", "Assad → Erdogan"))),
    ]
    keys = _keys(one, jobs)
    assert len(set(keys)) == len(jobs)
    assert _keys(one, [job()]) == keys[:1]  # the same request, the same key
    assert _keys(one, [job(hint=AnchorHint("", "", None, ()))]) == keys[:1]  # an empty hint is no hint
    assert set(_keys(replace(one, sha256="0" * 64), jobs)).isdisjoint(keys)  # other bytes of the source


@pytest.mark.parametrize(("quote", "differs"), [
    ("Turkey must withdraw its trops from Idilb at once", "'trops' → 'troops', 'Idilb' → 'Idlib'"),
    ("He said it twice; withdraw now, withdraw now", "typography only"),  # a colon typed as a semicolon
])
def test_a_fuzzy_warning_lists_every_word_that_differs(checked: CheckResult, quote: str, differs: str) -> None:
    sources, annotations = checked.site.sources, checked.site.annotations
    exact = next(st for st in annotations.claims[0].statements if st.id == "exact")
    site, problems = link(sources, only_statements(annotations, replace(exact, quote=quote)))
    (problem,) = problems
    assert problem.severity == "warning" and len(site.quotes) == 1
    assert problem.message.endswith(f"it differs word by word (typed → article): {differs}")


def test_the_words_memos_of_anchoring_are_emptied_once_linking_is_done(checked: CheckResult,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A fuzzy quote's anchoring fills the memos of words (pairs of words compared as typos); linking empties
    them when it is done, so a build that anchors every quote does not hold them to the end of its process."""
    sources, annotations = checked.site.sources, checked.site.annotations
    exact = next(st for st in annotations.claims[0].statements if st.id == "exact")
    sizes: list[tuple[int, int]] = []
    forget = link_module.forget
    monkeypatch.setattr(link_module, "forget", lambda: (sizes.append(
        (wording._typo_key.cache_info().currsize, wording._key.cache_info().currsize)), forget()))
    wording.forget()
    site, problems = link(sources, only_statements(annotations, replace(
        exact, quote="Turkey must withdraw its trops from Idilb at once")))
    assert [p.severity for p in problems] == ["warning"] and len(site.quotes) == 1  # anchored, fuzzy
    (held,) = sizes
    assert held[0] > 0 and held[1] > 0  # what the anchoring memoized, until linking was done
    assert wording._typo_key.cache_info().currsize == wording._key.cache_info().currsize == 0


def test_a_verdicts_quote_is_reported_at_the_verdict(checked: CheckResult) -> None:
    sources, annotations = checked.site.sources, checked.site.annotations
    (claim,) = annotations.claims
    assert claim.verdict is not None
    verdict = replace(claim.verdict, quote="Other oficials said the talks would go on")
    site, problems = link(sources, replace(annotations, claims=(replace(claim, statements=(), verdict=verdict),)))
    (problem,) = problems
    assert (problem.path, problem.line, problem.column) == ("claims/a-claim.yaml", verdict.quote_loc.line,
                                                            verdict.quote_loc.column)
    assert problem.severity == "warning"
    assert problem.message.startswith("quote anchored only approximately (score 0.95) in corpus/a.txt, at 9:1;")
    assert problem.message.endswith("'oficials' → 'officials'")
    assert [(s.start, s.end) for s in site.verdicts["a-claim"].spans] == [at("Other officials said the talks would go on")]


def test_an_anchor_made_by_other_matching_rules_is_not_reused(checked: CheckResult, monkeypatch: pytest.MonkeyPatch) -> None:
    one = checked.site.sources[0]
    before = _keys(one, [job()])
    monkeypatch.setattr(link_module, "RULES", link_module.RULES + "-next")
    assert _keys(one, [job()]) != before


def test_a_claim_is_taken_whole_from_the_cache_only_while_its_file_and_the_sources_it_cites_are_the_same(
    checked: CheckResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What linking found for a claim (its quotes, verdict and problems) is stored under its file's hash
    (``hashed``) and the bytes of its sources: a fresh process finds it without reporting a quote again.
    A source changed under the unchanged claim (here: the quoted words reworded) is linked again, so
    its quote is refused, never shown at the words of the old bytes."""
    sources, annotations = checked.site.sources, checked.site.annotations
    sidecar = {str(Path(s.path).with_suffix(".yaml")): "3" * 64 for s in sources}  # (the key holds each sidecar's)
    hashed = {annotations.claims[0].path: "1" * 64, **sidecar}
    cache = Cache(tmp_path / "cache", writable=True)
    first = link(sources, annotations, cache, hashed)
    cache.commit()
    reported: list[object] = []
    real = link_module._report
    monkeypatch.setattr(link_module, "_report", lambda *args: reported.append(args) or real(*args))
    assert link(sources, annotations, Cache(tmp_path / "cache"), hashed) == first and reported == []
    assert link(sources, annotations, Cache(tmp_path / "cache"), {annotations.claims[0].path: "2" * 64, **sidecar}) == first
    assert len(reported) == len(annotations.claims[0].statements) + 1  # its file changed: each quote and the verdict
    (source,) = sources
    data = source.data.replace(b"withdraw its troops from Idlib at once", b"pull its soldiers out of Idlib soon")
    reworded = replace(source, data=data, sha256=hashlib.sha256(data).hexdigest())
    site, problems = link([reworded], annotations, Cache(tmp_path / "cache"), hashed)
    assert "exact" not in {q.statement.id for q in site.quotes}
    assert any(p.severity == "error" and p.line == quote_line("exact") for p in problems)
    renamed = replace(source, path="corpus/b.txt")  # named in the messages
    site, problems = link([renamed], annotations, Cache(tmp_path / "cache"), hashed)
    assert problems and all("corpus/b.txt" in p.message for p in problems if "corpus/" in p.message)
