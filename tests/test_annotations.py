"""Loading claims/: one valid fixture read into records, broken fixtures read into messages.

Each folder under tests/fixtures/annotations/ is a small project whose
claims/ folder is loaded with the folder as display root.  To add a broken
case, copy a folder, break one thing, and add a row to BROKEN with every
expected `path:line:col: message` (run the test once to see them).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from idlibsite.annotations import actors as actors_module
from idlibsite.annotations.load import load_annotations
from idlibsite.annotations.references import references
from idlibsite.annotations.records import (
    AnchorHint,
    Annotations,
    CounterAssertion,
    Role,
    Statement,
    Status,
    Verdict,
)
from idlibsite.cache import Cache
from idlibsite.dates import UNKNOWN, PartialDate
from idlibsite.errors import Loc, Problem
from idlibsite.filestats import Stats

FIXTURES = Path(__file__).parent / "fixtures" / "annotations"
README = Path(__file__).parent.parent / "claims" / "README.md"


def load(case: str) -> tuple[Annotations, list[Problem]]:
    return load_annotations(FIXTURES / case / "claims", FIXTURES / case)


def located(problems: list[Problem]) -> list[str]:
    return [f"{p.location()}: {p.message}" for p in problems]


BROKEN = {
    "yaml-syntax": [
        "claims/colon-in-value.yaml:2:13: unexpected ': ' (a value that contains ': ' must be quoted)",
        (
            "claims/unclosed-quote.yaml:4:1: invalid YAML: found unexpected end of stream"
            " (while scanning a quoted scalar at line 2)"
        ),
    ],
    "tab-indentation": [
        "claims/tab-indentation.yaml:8:1: tab character used for indentation; indent with spaces",
    ],
    "duplicate-key": [
        "claims/duplicate-key.yaml:6:1: duplicate key 'title' (first at line 2)",
        "claims/duplicate-key.yaml:20:5: duplicate key 'kind' (first at line 17)",
    ],
    "unknown-key": [
        "claims/unknown-key.yaml:1:1: missing required key 'title'",
        "claims/unknown-key.yaml:2:1: unknown key 'titel'",
        "claims/unknown-key.yaml:10:3: status: unknown key 'notes'",
        "claims/unknown-key.yaml:13:5: statements[0]: missing required key 'speaker'",
        "claims/unknown-key.yaml:14:5: statements[0]: unknown key 'speeker'",
        "claims/unknown-key.yaml:20:5: statements[0]: unknown key 'colour'",
    ],
    "unknown-actor": [
        "claims/unknown-actor.yaml:3:8: actor: unknown actor id 'peskov'; close ids: dmitry-peskov",
        (
            "claims/unknown-actor.yaml:8:12: counter_assertion.actors[0]: unknown actor id 'erdogan';"
            " close ids: recep-tayyip-erdogan"
        ),
        (
            "claims/unknown-actor.yaml:8:21: counter_assertion.actors[1]:"
            " unknown actor id 'nobody-at-all'"
        ),
        (
            "claims/unknown-actor.yaml:16:14: statements[0].speaker: unknown actor id 'dmitri-peskov';"
            " close ids: dmitry-peskov"
        ),
    ],
    "duplicate-claim-id": [
        "claims/second.yaml:1:1: duplicate claim id 'first' (also in claims/first.yaml)",
        "claims/second.yaml:1:5: id: 'first' does not match the file name 'second.yaml'",
    ],
    "bad-responses": [
        "claims/bad-responses.yaml:26:18: responds_to: unknown statement id 'accusaton'; close ids: accusation",
        "claims/bad-responses.yaml:34:18: responds_to: statement 'echo' cannot respond to itself",
    ],
    "duplicate-ids-in-file": [
        "claims/actors.yaml:6:5: duplicate actor id 'dmitry-peskov' (first at line 2)",
        (
            "claims/actors.yaml:8:11: actors[1].kind: 'persn' is not one of"
            " person, organisation, government-body"
        ),
        "claims/duplicate-ids-in-file.yaml:20:5: duplicate statement id 'first' (first at line 13)",
    ],
    "alias-collision": [
        (
            "claims/claim-a.yaml:11:11: alias 'claim-b' is the id of another claim"
            " (claims/claim-b.yaml)"
        ),
        "claims/claim-a.yaml:11:30: alias 'claim-a' is this claim's own id",
        "claims/claim-b.yaml:11:11: alias 'old-name' is already an alias at claims/claim-a.yaml:11",
    ],
    "bad-ids": [
        (
            "claims/bad-ids.yaml:6:10: topics[0]: 'Humanitarian_Crisis' is not a valid id:"
            " it contains uppercase letters and the character '_'"
        ),
        "claims/bad-ids.yaml:6:31: topics[1]: 'displacement ' is not a valid id: it contains spaces",
        (
            "claims/bad-ids.yaml:11:11: aliases[0]: 'old--name' is not a valid id:"
            " it contains a double hyphen"
        ),
        (
            "claims/bad-ids.yaml:11:22: aliases[1]: '-old' is not a valid id:"
            " it contains a hyphen at the start or end"
        ),
        (
            "claims/bad-ids.yaml:13:9: statements[0].id: 'Peskov Denies' is not a valid id:"
            " it contains uppercase letters and spaces"
        ),
        (
            "claims/bad-ids.yaml:15:13: statements[0].source: '../etc/passwd' is not a valid id:"
            " it contains the characters '.', '/'"
        ),
        (
            "claims/bad-ids.yaml:20:9: statements[1].id: 'Réponse' is not a valid id:"
            " it contains uppercase letters and the character 'é'"
        ),
        (
            "claims/bad-ids.yaml:21:14: statements[1].speaker: 'Dmitry-Peskov' is not a valid id:"
            " it contains uppercase letters"
        ),
    ],
    "bad-dates": [
        "claims/bad-dates.yaml:4:7: date: month 13 does not exist in date '2020-13-01'",
        "claims/bad-dates.yaml:9:9: status.date: day 30 does not exist in 2020-02",
        (
            "claims/bad-dates.yaml:10:10: updated: '22 November 2026' is not a date in the form"
            " YYYY, YYYY-MM or YYYY-MM-DD (write 2026-11-22)"
        ),
        (
            "claims/bad-dates.yaml:18:11: statements[0].said: '04/03/2020' is not a date in the form"
            " YYYY, YYYY-MM or YYYY-MM-DD (it has two readings: write 2020-03-04 for 4 March 2020"
            " or 2020-04-03 for 3 April 2020, whichever the source supports)"
        ),
    ],
    "wrong-type": [
        "claims/wrong-type.yaml:2:8: title: expected a string, found a list",
        "claims/wrong-type.yaml:6:9: topics: expected a list, found a string",
        "claims/wrong-type.yaml:7:9: status: expected a mapping, found a string",
        "claims/wrong-type.yaml:14:7: statements[0].quote: expected a string, found a mapping",
        "claims/wrong-type.yaml:18:5: statements[1]: expected a mapping, found a string",
    ],
    "empty-quote": [
        "claims/empty-quote.yaml:15:12: statements[0].quote: must not be empty",
        "claims/empty-quote.yaml:22:11: statements[1].quote: must not be empty",
        "claims/empty-quote.yaml:29:12: statements[2].quote: must not be empty",
    ],
    "missing-field": [
        "claims/missing-field.yaml:1:1: missing required key 'title'",
        "claims/missing-field.yaml:7:3: verdict: missing required key 'source'",
        "claims/missing-field.yaml:15:5: statements[0]: missing required key 'said'",
    ],
    "id-not-stem": [
        (
            "claims/id-not-stem.yaml:1:5: id: 'another-id' does not match the file name"
            " 'id-not-stem.yaml'"
        ),
    ],
    "bad-values": [
        "claims/bad-values.yaml:6:9: topics: must not be empty",
        (
            "claims/bad-values.yaml:8:10: status.value: 'withdrawn' is not one of"
            " active, corrected, retracted"
        ),
        "claims/bad-values.yaml:16:11: statements[0].kind: 'dirct' is not one of direct, reported",
        (
            "claims/bad-values.yaml:17:11: statements[0].side: 'counterr' is not one of"
            " assertion, counter, context"
        ),
        (
            "claims/bad-values.yaml:20:19: statements[0].anchor.occurrence:"
            " expected a whole number of 1 or more, found '0'"
        ),
        (
            "claims/bad-values.yaml:25:11: statements[1].kind: 'quotation' is not one of"
            " direct, reported"
        ),
        "claims/bad-values.yaml:28:13: statements[1].anchor: expected a mapping, found a string",
    ],
}


def test_every_fixture_folder_is_tested() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted([*BROKEN, "valid"])


@pytest.mark.parametrize(("case", "expected"), BROKEN.items(), ids=list(BROKEN))
def test_broken(case: str, expected: list[str]) -> None:
    assert located(load(case)[1]) == expected


@pytest.mark.parametrize(
    ("case", "message", "hint"),
    [
        ("unknown-key", "unknown key 'titel'", "did you mean 'title'?"),
        ("unknown-key", "status: unknown key 'notes'", "did you mean 'note'?"),
        (
            "unknown-actor",
            "actor: unknown actor id 'peskov'; close ids: dmitry-peskov",
            "use an id from claims/actors.yaml, or add the actor there",
        ),
        (
            "bad-ids",
            (
                "statements[0].source: '../etc/passwd' is not a valid id:"
                " it contains the characters '.', '/'"
            ),
            "ids are lowercase ASCII letters, digits and single hyphens: write 'etc-passwd'",
        ),
        (
            "id-not-stem",
            "id: 'another-id' does not match the file name 'id-not-stem.yaml'",
            "a claim's id is its file name without .yaml: rename the file or fix the id",
        ),
        (
            "bad-values",
            "statements[0].side: 'counterr' is not one of assertion, counter, context",
            "did you mean 'counter'?",
        ),
    ],
)
def test_hints(case: str, message: str, hint: str) -> None:
    assert [p.hint for p in load(case)[1] if p.message == message] == [hint]


def test_broken_records_are_kept_when_they_have_an_id() -> None:
    annotations, _ = load("bad-dates")
    claim = annotations.claim("bad-dates")
    assert claim is not None
    assert (claim.date, claim.updated, claim.statements[0].said) == (UNKNOWN, UNKNOWN, UNKNOWN)
    bad_ids = load("bad-ids")[0].claim("bad-ids")
    assert bad_ids is not None and bad_ids.statements == ()  # both statement ids are invalid


def test_valid_fixture_loads_into_records() -> None:
    annotations, problems = load("valid")
    assert problems == []
    assert [a.id for a in annotations.actors] == ["mark-cutts", "oleg-zhuravlyov", "polygraph-info"]
    assert [c.id for c in annotations.claims] == ["minimal", "not-responsible"]

    oleg = annotations.actor("oleg-zhuravlyov")
    assert oleg is not None
    assert (oleg.name, oleg.kind, oleg.affiliation, oleg.aliases, oleg.note) == (
        "Oleg Zhuravlyov",
        "person",
        "Russia",
        ("Zhuravlyov",),
        "",
    )
    assert oleg.roles == (
        Role(
            "Head of the Russian Reconciliation Centre for Syria",
            PartialDate("2020-01", "month"),
            UNKNOWN,
        ),
    )
    assert oleg.loc == Loc("claims/actors.yaml", 2, 5)

    path = "claims/not-responsible.yaml"
    claim = annotations.claim("not-responsible")
    assert claim is not None
    assert claim.title == "Russia and Syria are not responsible for the crisis in Idlib"
    assert (claim.actor, claim.date, claim.date_note) == (
        "oleg-zhuravlyov",
        PartialDate("2020-03", "month"),
        '"on Tuesday" in an article dated 4 March 2020',
    )
    assert claim.assertion == (
        "Russia and Syria bear no responsibility for the humanitarian crisis in Idlib."
    )
    assert claim.counter_assertion == CounterAssertion(
        "Bombardment caused the crisis.", ("mark-cutts",)
    )
    assert claim.topics == ("humanitarian-crisis", "responsibility")
    assert claim.verdict == Verdict(
        reviewer="polygraph-info",
        rating="False",  # a string, not YAML 1.1's boolean
        source="polygraph-2020-03",
        quote="The claim is false.",
        loc=Loc(path, 14, 3),
        source_loc=Loc(path, 16, 11),
        quote_loc=Loc(path, 17, 10),
        rating_loc=Loc(path, 15, 11),
    )
    assert claim.status == Status(
        "corrected", PartialDate("2026-11-22", "day"), "Date made less precise."
    )
    assert claim.updated == PartialDate("2026-11", "month")
    assert claim.aliases == ("old-not-responsible",)
    assert claim.notes == "Context for *readers*.\n"
    assert (claim.path, claim.loc) == (path, Loc(path, 1, 1))
    assert claim.statements == (
        Statement(
            id="partially-false",
            speaker="oleg-zhuravlyov",
            source="tass-2020-03-04",
            quote="partially and completely false",
            kind="direct",
            side="assertion",
            said=PartialDate("2020-03-03", "day"),
            said_note='"on Tuesday"',
            anchor=AnchorHint("condemned this accusation as", "", 2, ()),
            loc=Loc(path, 27, 5),
            source_loc=Loc(path, 29, 13),
            quote_loc=Loc(path, 30, 12),
        ),
        Statement(
            id="cutts-bombardment",
            speaker="mark-cutts",
            source="un-news-2020-02",
            quote="1.10",  # a string, not the number 1.1
            kind="reported",
            side="counter",
            said=UNKNOWN,
            said_note="",
            anchor=None,
            loc=Loc(path, 38, 5),
            source_loc=Loc(path, 40, 13),
            quote_loc=Loc(path, 41, 12),
        ),
    )

    minimal = annotations.claim("minimal")
    assert minimal is not None
    assert (minimal.title, minimal.assertion, minimal.statements[0].quote) == ("yes", "no", "on")
    assert (minimal.counter_assertion, minimal.verdict, minimal.aliases, minimal.notes) == (
        None,
        None,
        (),
        "",
    )
    assert annotations.redirects() == {"old-not-responsible": "not-responsible"}
    assert annotations.claim("old-not-responsible") is None
    assert annotations.actor("nobody") is None


def test_references_name_unknown_sources_with_close_ids() -> None:
    annotations, _ = load("valid")
    sources = {"tass-2020-03-04", "un-news-2020-02", "polygraph-2020-03-05"}
    problems = references(annotations, sources)
    assert located(problems) == [
        (
            "claims/not-responsible.yaml:16:11: unknown source id 'polygraph-2020-03';"
            " close ids: polygraph-2020-03-05"
        ),
    ]
    assert problems[0].hint == "use the `id:` written in a corpus/*.yaml sidecar (`idlibsite check` lists them)"
    assert references(annotations, sources | {"polygraph-2020-03"}) == []


def test_missing_actors_file_and_yml_files(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "old.yml").write_text("id: old\n")
    (claims / "README.md").write_text("# not YAML: ignored\n")
    annotations, problems = load_annotations(claims, tmp_path)
    assert annotations == Annotations((), ())
    assert located(problems) == [
        "claims/actors.yaml: cannot read the file: No such file or directory",
        "claims/old.yml: a claim file must end in .yaml; this one is ignored",
    ]


def test_readme_examples_follow_the_format(tmp_path: Path) -> None:
    """The three examples in claims/README.md load; only their cross-references are unknown."""
    actors, topics, claim = re.findall(r"```yaml\n(.*?)```", README.read_text(), re.DOTALL)[:3]
    claim_id = re.search(r"^id: (\S+)", claim, re.MULTILINE)
    assert claim_id is not None
    (tmp_path / "actors.yaml").write_text(actors)
    (tmp_path / "topics.yaml").write_text(topics)
    (tmp_path / f"{claim_id.group(1)}.yaml").write_text(claim)
    annotations, problems = load_annotations(tmp_path, tmp_path)
    assert annotations.topic_title("russia-turkey-relations") == "Russia–Turkey relations"
    unchecked = ("unknown actor id", "unknown topic id", "no claim names it")  # the examples name different topics
    assert [p.message for p in problems if not any(u in p.message for u in unchecked)] == []


@pytest.mark.parametrize("case", ["valid", "duplicate-ids-in-file"])  # the second: problems in actors.yaml
def test_an_unchanged_actors_file_is_taken_from_the_cache_with_its_problems(
        case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build parses actors.yaml only when its bytes (or name) changed: the same actors and problems."""
    project = tmp_path / "p"
    shutil.copytree(FIXTURES / case, project)
    cache = Cache(tmp_path / "cache", writable=True)
    first = load_annotations(project / "claims", project, cache)
    cache.commit()
    parsed: list[str] = []
    real = actors_module.parse_actors
    monkeypatch.setattr(actors_module, "parse_actors", lambda display, data: parsed.append(display)
                        or real(display, data))
    assert load_annotations(project / "claims", project, Cache(tmp_path / "cache")) == first and parsed == []
    actors = project / "claims" / "actors.yaml"
    actors.write_bytes(actors.read_bytes().replace(b"name: ", b"name: X ", 1))
    again = load_annotations(project / "claims", project, Cache(tmp_path / "cache"))
    assert parsed == ["claims/actors.yaml"] and again == load_annotations(project / "claims", project)
    assert again != first


def test_a_process_that_builds_again_reads_again_only_the_claim_files_reported_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """serve (a Cache that keeps its reads until the watcher reports a change) takes each claim file not
    reported changed as the last load found it, without hashing or looking it up again; a changed or added
    file is read again, and every file once actors.yaml changes (the ids they are checked against).  Each
    load equals a fresh one, problems included."""
    project = tmp_path / "p"
    shutil.copytree(FIXTURES / "valid", project)
    claims = project / "claims"
    cache = Cache(tmp_path / "cache", writable=True, keep_reads=lambda path: True)
    digested: list[str] = []
    real = Stats.digests
    monkeypatch.setattr(Stats, "digests", lambda self, files, *rest: digested.extend(n for _, n in files)
                        or real(self, files, *rest))

    def load_after(changed: set[Path] | None) -> list[str]:
        digested.clear()
        cache.changed(None if changed is None else {str(p) for p in changed})
        loaded, seen = load_annotations(claims, project, cache), sorted(digested)
        assert loaded == load_annotations(claims, project)
        cache.commit()
        return seen

    everything = ["claims/minimal.yaml", "claims/not-responsible.yaml"]
    assert load_after(None) == everything
    minimal = claims / "minimal.yaml"
    minimal.write_text(minimal.read_text("utf-8").replace("title: yes", "title: edited"), "utf-8")
    assert load_after({minimal}) == ["claims/minimal.yaml"]
    assert load_after(set()) == []
    added = claims / "added.yaml"
    added.write_text(minimal.read_text("utf-8").replace("id: minimal", "id: added"), "utf-8")
    assert load_after({added}) == ["claims/added.yaml"]
    actors = claims / "actors.yaml"  # mark-cutts, whom both unchanged files name, is gone: both are checked again
    actors.write_text(actors.read_text("utf-8").replace("id: mark-cutts", "id: mark-cutts-gone"), "utf-8")
    assert load_after({actors}) == ["claims/added.yaml", *everything]
    assert any("unknown actor id 'mark-cutts'" in p.message and p.path == "claims/not-responsible.yaml"
               for p in load_annotations(claims, project, cache)[1])
    added.unlink()
    assert load_after({added}) == []
