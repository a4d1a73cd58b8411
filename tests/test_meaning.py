"""Checks of meaning (idlibsite.meaning): each kind of error, seeded in a copy of a clean fixture.

tests/fixtures/meaning/ is a small project of invented news (a port dispute in
an invented city, so nothing here is tuned to the Idlib corpus).  It checks
clean.  Each case in BROKEN copies it, makes one edit (old text -> new text in
one file), and lists the warnings that ``check`` must then give: location and
a fragment of the message.  To add a case: add a row, run the test, and check
that the location is the value the edit wrote.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.check import check, unreviewed
from idlibsite.cli import main
from idlibsite.config import load_config
from idlibsite.errors import Problem
from idlibsite.annotations.aliases import alias_problems
import idlibsite.meaning as meaning
from idlibsite.meaning import MEANING_KIND, _Last
from idlibsite.paragraphs import Bounds, Paragraph, Paragraphs
from idlibsite.sources.records import Block
from idlibsite.sources.clauses import around, attributions, named, names_of
from idlibsite.sources.speech import mask, split

FIXTURE = Path(__file__).parent / "fixtures" / "meaning"
EMERGENCY = "claims/closure-was-an-emergency.yaml"
NO_DECISION_SAID = "    quote: No decision was taken before that day.\n    kind: direct\n    side: assertion\n    said: 2021-03-02"


def project(tmp_path: Path, edits: list[tuple[str, str, str]] | None = None) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    for rel, old, new in edits or []:
        text = (root / rel).read_text("utf-8")
        assert text.count(old) == 1, f"fixture assumption broken: {old!r} in {rel}"
        (root / rel).write_text(text.replace(old, new), "utf-8")
    return root


def warnings(root: Path) -> list[str]:
    result = check(load_config(root, {}))
    assert result.errors == (), [p.format() for p in result.errors]
    return [f"{p.location()}: {p.message}" for p in result.problems if p.severity == "warning"]


def location(root: Path, rel: str, needle: str) -> str:
    """path:line:col of the first ``needle`` in the file (the value an edit wrote)."""
    text = (root / rel).read_text("utf-8")
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return f"{rel}:{line}:{offset - text.rfind(chr(10), 0, offset)}"


def test_the_clean_fixture_gives_no_warning(tmp_path: Path) -> None:
    assert warnings(project(tmp_path)) == []


BROKEN = {
    # a direct statement that is the reporter's sentence, outside any quotation marks
    "direct_outside_quotation_marks": (
        [(EMERGENCY, "quote: We have the documents, and we will publish them,",
          "quote: He accused the Authority of using the accident as a pretext.")],
        "He accused the Authority", "a direct statement reaches outside the quotation marks"),
    # a direct statement that runs on into the attribution after the closing mark
    "direct_runs_into_the_attribution": (
        [(EMERGENCY, "quote: We have the documents, and we will publish them,",
          "quote: 'We have the documents, and we will publish them,\" Brandt said'")],
        "'We have the documents", "a direct statement reaches outside the quotation marks"),
    "reported_inside_quotation_marks": (
        [(EMERGENCY, "    quote: No decision was taken before that day.\n    kind: direct",
          "    quote: No decision was taken before that day.\n    kind: reported")],
        "No decision was taken", "a reported statement lies wholly inside quotation marks"),
    "reported_clause_names_another_speaker": (
        [(EMERGENCY, "  - id: brandt-plans-in-january\n    speaker: tomas-brandt",
          "  - id: brandt-plans-in-january\n    speaker: lena-marsh")],
        "The union's general secretary", "names Dockworkers' Union, Tomas Brandt, not the speaker Lena Marsh"),
    "direct_clause_names_another_speaker": (
        [(EMERGENCY, "  - id: marsh-emergency-measure\n    speaker: lena-marsh",
          "  - id: marsh-emergency-measure\n    speaker: ida-holm")],
        "The closure was an emergency measure after the crane collapse, and", "'Authority spokeswoman Lena Marsh told' names Lena Marsh, not the speaker Ida Holm"),
    "reported_span_opens_with_another_speakers_clause": (
        [(EMERGENCY, "  - id: authority-rejected-union-claim\n    speaker: harbour-authority",
          "  - id: authority-rejected-union-claim\n    speaker: dockworkers-union")],
        "The Harbour Authority on Tuesday", "names Harbour Authority, not the speaker Dockworkers' Union"),
    "reported_without_a_speech_verb": (
        [(EMERGENCY, ("    quote: Transport Minister Ida Holm said on Monday that the government would wait for an "
                     "independent inquiry before taking sides."),
          "    quote: The inquiry will report by the end of April.")],
        "The inquiry will report", "its sentence reports no speech"),
    "actor_with_no_assertion": (
        [(EMERGENCY, "actor: harbour-authority", "actor: ida-holm")],
        None, "the claim's actor 'ida-holm' has no statement on the assertion side"),
    "date_after_the_actors_statements": (
        [(EMERGENCY, "date: 2021-03-02\n", "date: 2021-03-05\n")],
        None, "the claim is dated 2021-03-05, but its actor's own statements begin 2021-03-02"),
    "date_before_every_actors_statement": (
        [(EMERGENCY, "date: 2021-03-02\n", "date: 2021-02\n")],
        None, "the claim is dated 2021-02, but its actor's own statements begin 2021-03-02"),
    # a statement said after the article that reports it was published (27 for 2, a month for another)
    "said_after_its_source_by_a_day": (
        [(EMERGENCY, NO_DECISION_SAID, NO_DECISION_SAID.replace("2021-03-02", "2021-03-04"))],
        "id: marsh-no-decision-before", "statements 'marsh-no-decision-before': said 2021-03-04, after its source "
        "'kelmora-port-2021-03-03' was published (3 March 2021)"),
    "said_after_its_source_by_a_month": (
        [(EMERGENCY, NO_DECISION_SAID, NO_DECISION_SAID.replace("2021-03-02", "2021-04"))],
        "id: marsh-no-decision-before", "said 2021-04, after its source"),
    "counter_actor_without_counter_statement": (
        [(EMERGENCY, "actors: [tomas-brandt]", "actors: [tomas-brandt, ida-holm]")],
        None, "counter_assertion names 'ida-holm', who has no statement on the counter side"),
    "same_words_two_speakers": (
        [(EMERGENCY, "    said: 2021-03-01\n", ("    said: 2021-03-01\n\n  - id: holm-office-date\n"
          "    speaker: ida-holm\n    source: kelmora-port-2021-03-03\n"
          "    quote: Her office later gave a date.\n    kind: reported\n    side: context\n    said: 2021-03\n")),
         ("claims/vessels-diverted.yaml", "    said: 2021-03\n", ("    said: 2021-03\n\n  - id: holm-as-chamber\n"
          "    speaker: chamber-of-commerce\n    source: kelmora-port-2021-03-03\n"
          "    quote: Her office later gave a date.\n    kind: reported\n    side: context\n    said: 2021-03\n"))],
        "Her office later gave a date.", "the same words are given to Ida Holm in claims/closure-was-an-emergency.yaml"),
    "same_words_both_sides_of_one_claim": (
        [(EMERGENCY, "    said: 2021-03-01\n", ("    said: 2021-03-01\n\n  - id: brandt-documents-again\n"
          "    speaker: tomas-brandt\n    source: kelmora-port-2021-03-03\n"
          "    quote: We have the documents\n    kind: direct\n    side: assertion\n    said: 2021-03-02\n"))],
        "We have the documents, and we will publish them,\n", "the same words are on the assertion side in"),
    "alias_that_names_two_actors": (
        [("claims/actors.yaml", "  - id: ida-holm\n", ("  - id: seafarers-union\n    name: Seafarers' Union\n"
          "    kind: organisation\n    affiliation: labour\n\n  - id: ida-holm\n"))],
        None, "alias 'the union' of 'dockworkers-union' also names 'seafarers-union'"),
}


@pytest.mark.parametrize("said", ["2021-03-03", "2021-03", "2021", "unknown", "2020-12-31"])
def test_a_statement_said_by_its_sources_date_is_not_late(said: str, tmp_path: Path) -> None:
    """The article's own day, a month or a year that holds it, an unknown date, an earlier one: no warning."""
    root = project(tmp_path, [(EMERGENCY, NO_DECISION_SAID, NO_DECISION_SAID.replace("2021-03-02", said))])
    assert [w for w in warnings(root) if "after its source" in w] == []


@pytest.mark.parametrize("name", list(BROKEN))
def test_each_kind_of_error_is_caught_where_it_is(name: str, tmp_path: Path) -> None:
    edits, needle, fragment = BROKEN[name]
    root = project(tmp_path, edits)
    found = warnings(root)
    if needle is None:  # a claim-level or actor-level problem: at the top of its mapping
        matching = [w for w in found if fragment in w]
    else:
        rel = edits[-1][0]
        where = location(root, rel, needle)
        matching = [w for w in found if w.startswith(f"{where}: ") and fragment in w]
    assert len(matching) == 1, found


@pytest.mark.parametrize("name", list(BROKEN))
def test_the_cached_checks_find_what_fresh_ones_find(name: str, tmp_path: Path) -> None:
    """A statement checked in an earlier run is answered from the cache: the same warnings, at the same
    places, after an edit, as a run with no cache at all."""
    root = project(tmp_path)
    cache = Cache(root / CACHE_DIR, writable=True)
    check(load_config(root, {}), cache=cache)
    cache.commit()
    cache.close()
    for rel, old, new in BROKEN[name][0]:
        (root / rel).write_text((root / rel).read_text("utf-8").replace(old, new), "utf-8")
    warm = Cache(root / CACHE_DIR, writable=True)
    assert warm.db is not None  # the earlier run's answers are there to be used
    assert warm.db.execute("SELECT count(*) FROM entries WHERE kind=?", (MEANING_KIND,)).fetchone()[0] > 0
    fresh = check(load_config(root, {}), cache=Cache(None)).problems
    assert check(load_config(root, {}), cache=warm).problems == fresh
    assert any(BROKEN[name][2] in p.message for p in fresh)


def test_a_direct_quote_typed_with_its_own_marks_is_inside_them(tmp_path: Path) -> None:
    root = project(tmp_path, [(EMERGENCY, "quote: We have the documents, and we will publish them,",
                               """quote: '"We have the documents, and we will publish them,"'""")])
    assert warnings(root) == []


def test_a_name_two_actors_share_names_both() -> None:
    shared = names_of([("Brandt", "tomas"), ("Brandt", "anna"), ("Anna Brandt", "anna")])
    assert named("Brandt said", shared) == {"tomas", "anna"}
    assert named("Anna Brandt said", shared) == {"anna"}


def test_an_alias_is_located_at_its_actor() -> None:
    from idlibsite.annotations.records import Actor
    from idlibsite.errors import Loc

    def actor(ident: str, name: str, *aliases: str) -> Actor:
        at = Loc("claims/actors.yaml", 3, 5)
        return Actor(ident, name, "government-body", "x", aliases, (), "", "", "", (), at, at)

    found = alias_problems([actor("fm", "Foreign Ministry", "the ministry"), actor("dm", "Defence Ministry")])
    assert [p.location() for p in found] == ["claims/actors.yaml:3:5"]
    # a possessive is not a name: "Erdogan" does not name "Erdogan's office"
    assert alias_problems([actor("p", "Erdogan"), actor("o", "Turkish Presidency", "Erdogan's office")]) == []


def test_strict_fails_on_a_meaning_warning_and_passes_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = project(tmp_path / "a")
    assert main(["--root", str(clean), "check", "--strict"]) == 0
    broken = project(tmp_path / "b", [(EMERGENCY, "actor: harbour-authority", "actor: ida-holm")])
    assert main(["--root", str(broken), "check"]) == 0  # a warning alone does not fail
    assert main(["--root", str(broken), "check", "--strict"]) == 1
    assert "warning: the claim's actor 'ida-holm'" in capsys.readouterr().out


def test_unreviewed_lists_the_claims_without_a_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path)
    result = check(load_config(root, {}))
    assert [c.id for c in unreviewed(result.site)] == ["closure-was-an-emergency"]
    reviewed = result.site.annotations.claim("vessels-diverted")
    assert reviewed is not None and reviewed.reviewed is not None
    assert (reviewed.reviewed.by, reviewed.reviewed.date.iso) == ("R. Second", "2021-03-05")
    assert main(["--root", str(root), "check", "--unreviewed"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"{EMERGENCY}:1:1: not reviewed: closure-was-an-emergency: " \
           "The Kelmora terminal was closed in an emergency, not by a plan" in out
    assert not any("vessels-diverted" in line for line in out)
    assert out[-1] == "1 of 2 claims not reviewed by a second reader."


def test_the_claim_page_shows_the_review(tmp_path: Path) -> None:
    root = project(tmp_path)
    assert main(["--root", str(root), "build", "-q"]) == 0
    page = (root / "site/claims/vessels-diverted/index.html").read_text("utf-8")
    assert "<dt>Reviewed</dt> <dd>by R. Second, " in page and "5 March 2021" in page
    other = (root / "site/claims/closure-was-an-emergency/index.html").read_text("utf-8")
    assert "<dt>Reviewed</dt> <dd>not yet by a second reader</dd>" in other


# --- the attribution clause finder (pure) --------------------------------------------------

NAMES = names_of({"Lena Marsh": "marsh", "Marsh": "marsh", "the union": "union", "Tomas Brandt": "brandt",
         "Brandt": "brandt", "Harbour Authority": "authority", "the Authority": "authority",
         "Harbour Authority's board": "board", "Ida Holm": "holm", "UN": "un"}.items())

CLAUSES = [
    # sentence (quotations in straight marks) -> who the clauses name, in order
    ('"It was an emergency," Lena Marsh told reporters.', [{"marsh"}]),
    ('"It was an emergency," said Lena Marsh, a spokeswoman.', [{"marsh"}]),
    ("The union's general secretary, Tomas Brandt, said the plans existed.", [{"union", "brandt"}]),
    ("The plans existed, Brandt said on Monday.", [{"brandt"}]),
    ("According to the Authority, the port will reopen.", [{"authority"}]),
    ("The date was confirmed by Ida Holm on Monday.", [{"holm"}]),
    ("The Authority stands accused of negligence.", [set()]),  # the accused is not the speaker
    ("He said the union had the documents.", [set()]),  # names inside the content never count
    ('Lena Marsh said the union was "lying about Brandt".', [{"marsh"}]),
    ("The union rejected the offer after Ida Holm said it was final.", [{"union"}, {"holm"}]),
    ("The Harbour Authority's board said nothing.", [{"board"}]),  # the longer name wins
    ("The UN said the union was right.", [{"un"}]),
    ("The un-named official said so.", [set()]),  # an acronym matches only as written
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_attribution_clauses_name_the_speaker_not_the_content(text: str, expected: list[set[str]]) -> None:
    quoted = [(i + 1, j) for i, j in _straight_quotes(text)]
    masked = mask(text, 0, len(text), quoted)
    found = attributions(masked, 0, len(text))
    assert [named(masked[a.subject_start : a.subject_end], NAMES) for a in found] == expected


def _straight_quotes(text: str) -> list[tuple[int, int]]:
    marks = [i for i, c in enumerate(text) if c == '"']
    return list(zip(marks[::2], marks[1::2], strict=True))


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("He spoke on Feb. 19 in Ankara. Then he left.", 3, "He spoke on Feb. 19 in Ankara."),
    ("The U.N. said so. Then he left.", 4, "The U.N. said so."),
    ('"It ended." Then she left.', 12, "Then she left."),
    ('"It ended!" Brandt said. Then she left.', 1, '"It ended!" Brandt said.'),
    ("It ended in Syria.Yet it went on.", 20, "Yet it went on."),
])
def test_sentences_end_where_a_reader_ends_them(text: str, start: int, expected: str) -> None:
    quoted = [(i + 1, j) for i, j in _straight_quotes(text)]
    s, e = around(split(text, 0, len(text), quoted), start, start + 1)
    assert text[s:e] == expected


def test_problems_are_warnings_with_a_hint(tmp_path: Path) -> None:
    root = project(tmp_path, [(EMERGENCY, "actor: harbour-authority", "actor: ida-holm")])
    found: list[Problem] = [p for p in check(load_config(root, {})).problems if "assertion side" in p.message]
    assert [(p.severity, bool(p.hint)) for p in found] == [("warning", True)]


def test_the_first_block_by_bisection_is_the_quotes_first_block() -> None:
    """The cache key's paragraph is the one the checks read (every statement of the project)."""
    site = check(load_config(Path(__file__).parents[1], {})).site
    bounds = Bounds()
    assert site.quotes
    assert all(bounds.first(q) == (q.blocks[0].start, q.blocks[0].end) for q in site.quotes)


def test_the_checks_hold_a_bounded_number_of_paragraphs_without_their_blocks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each paragraph read is let go once ``HELD`` later ones are read, and holds no ``Block`` (its
    segments and display text): the same warnings as when every paragraph is kept."""
    root = project(tmp_path, BROKEN["same_words_two_speakers"][0])
    every = warnings(root)
    held: list[int] = []
    attribution = meaning._attribution

    def counted(quote: object, para: Paragraph, *args: object) -> object:
        assert not any(isinstance(o, Block) for o in gc.get_referents(para))
        held.append(sum(isinstance(o, Paragraph) for o in gc.get_objects()))
        return attribution(quote, para, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(meaning, "_attribution", counted)
    monkeypatch.setattr(Paragraphs, "HELD", 1)
    assert warnings(root) == every
    assert len(held) > 2 and max(held) <= 2  # the one kept, and at most one being read


def test_equal_sets_of_actors_named_are_one_object(tmp_path: Path) -> None:
    """What each statement's attribution clause names is held to the end of the checks (and kept in
    ``serve``): one object for each distinct set, not one per statement."""
    cache = Cache(None, keep_reads=lambda path: False)  # keeps what each claim's checks found
    check(load_config(project(tmp_path), {}), cache=cache)
    named = [s for last in cache.kept_now.values() if isinstance(last, _Last)
             for found in last.made.values() for s in found.speakers]  # each claim's findings, held for serve
    assert len(named) > len(set(named))  # statements that name the same actors
    assert len({id(s) for s in named}) == len(set(named))
