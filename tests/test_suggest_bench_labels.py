"""The speaker bench refuses a label it would misread, loudly (issue 15, session score15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.labels import main, read_case

_TEXT = "outlet: Ruritania Daily\npublished: 2020-03-01\ntext: |\n  Headline\n\n  The minister said it. She added more.\npassages:\n"


def _file(tmp_path: Path, *labels: str) -> Path:
    path = tmp_path / "999-ruritaniadaily-test.yaml"
    path.write_text(_TEXT + "".join(f"  - {label}\n" for label in labels), "utf-8")
    return path


def test_a_body_s_name_with_commas_unquoted_in_a_flow_mapping_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _file(tmp_path, '{find: "said it", kind: reported, speaker: null, how: nobody}',
                 '{find: "added more", kind: reported, new: Refugees, Migration and Asylum Office, how: named}')
    case, problems = read_case(path)
    assert case["passages"][1]["new"] == "Refugees"  # what YAML reads: the bench scored this before
    assert [(p.line, p.column) for p in problems] == [(9, 5)]
    assert "'Migration and Asylum Office'" in problems[0].what and 'quoted, new: "' in problems[0].what
    assert str(problems[0]).startswith(f"{path}:9:5: unknown key")


@pytest.mark.parametrize(("value", "said"), [
    ("Yes", "YAML reads it as bool"),
    ("12", "YAML reads it as int"),
    ('""', "is empty"),
    ("", "is empty"),
    ("[Ruritania, Freedonia]", "YAML reads it as sequence"),
])
def test_a_new_speaker_that_is_no_string_is_refused(tmp_path: Path, value: str, said: str) -> None:
    _, problems = read_case(_file(tmp_path, f'{{find: "said it", kind: reported, new: {value}}}'))
    assert len(problems) == 1 and said in problems[0].what and problems[0].line == 8


def test_a_speaker_may_be_null_but_not_empty_nor_a_number(tmp_path: Path) -> None:
    path = _file(tmp_path, '{find: "said it", kind: reported, speaker: null, how: nobody}',
                 '{find: "said it", kind: reported, speaker: ~}',
                 '{find: "added more", kind: reported, speaker: }',
                 '{find: "added more", kind: reported, speaker: 7}')
    assert [(p.line, "speaker: null for nobody" in p.what) for p in read_case(path)[1]] == [(10, True), (11, True)]


def test_guard_well_formed_labels_pass_quoted_commas_included(tmp_path: Path) -> None:
    path = _file(tmp_path, '{find: "said it", kind: reported, new: "Refugees, Migration and Asylum Office", how: named}',
                 '{find: "added more", kind: reported, speaker: ruritania-foreign-ministry, how: pronoun}',
                 "find: \"She added\"\n    kind: reported\n    new: Norway")
    case, problems = read_case(path)
    assert problems == [] and case["passages"][0]["new"] == "Refugees, Migration and Asylum Office"


def test_the_command_lists_every_problem_of_every_file_and_exits_non_zero(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = _file(tmp_path, '{find: "said it", kind: reported, new: True}', '{find: "added more", kind: reported, speeker: x}')
    good = tmp_path / "998-good.yaml"
    good.write_text(_TEXT + '  - {find: "said it", kind: reported, new: Ruritania}\n', "utf-8")
    assert main([str(good), str(bad)]) == 1
    assert [line.split(": ")[0] for line in capsys.readouterr().out.splitlines()] == [f"{bad}:8:5", f"{bad}:9:5"]
    assert main([str(good)]) == 0


def test_the_bench_stops_before_scoring_a_set_with_a_bad_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bench.suggest

    _file(tmp_path, '{find: "said it", kind: reported, new: Ruritanian Office, Abroad}', '{find: "added more", kind: reported, new: No}')
    monkeypatch.setattr(bench.suggest, "SET", tmp_path)
    bench.suggest.cases.cache_clear()
    try:
        with pytest.raises(SystemExit) as stop:
            bench.suggest.cases()
    finally:
        bench.suggest.cases.cache_clear()
    assert str(stop.value).count("999-ruritaniadaily-test.yaml:") == 2 and "2 labels the bench cannot score" in str(stop.value)
