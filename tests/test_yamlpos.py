"""Positioned YAML loading: every scalar a string, every problem located.

Problem tables run with both PyYAML parsers (libyaml's CSafeLoader when
installed, and the pure-Python SafeLoader), whose own messages differ.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from idlibsite import yamlpos
from idlibsite.errors import Loc, Problem
from idlibsite.yamlpos import YMap, YSeq, YStr, YValue, load_yaml, read_yaml

LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


@pytest.fixture(params=LOADERS, ids=lambda loader: loader.__name__, autouse=True)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlpos, "_LOADER", request.param)


def located(problems: list[Problem]) -> list[str]:
    return [f"{p.location()}: {p.message}" for p in problems]


def value_of(text: str) -> YValue:
    root, problems = load_yaml("f.yaml", text)
    assert problems == []
    assert isinstance(root, YMap)
    value = root.get("v")
    assert value is not None
    return value


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("yes", "yes"),
        ("No", "No"),
        ("on", "on"),
        ("true", "true"),
        ("1.10", "1.10"),
        ("010", "010"),
        ("0x1F", "0x1F"),
        ("1e3", "1e3"),
        (".inf", ".inf"),
        ("12:30", "12:30"),
        ("2020-02-13", "2020-02-13"),
        ("~", "~"),
        ("null", "null"),
        ("", ""),
        ('""', ""),
        ("''", ""),
        ("'it''s'", "it's"),
        ('"a: b"', "a: b"),
        (">-\n  folded\n  lines", "folded lines"),
        ("|\n  kept\n  lines", "kept\nlines\n"),
    ],
)
def test_every_scalar_is_the_string_written(written: str, expected: str) -> None:
    assert value_of(f"v: {written}\n") == YStr(expected, Loc("f.yaml", 1, 4 if written else 3))


def test_locations_of_keys_values_and_items() -> None:
    text = "a: x\nb:\n  - one\n  - {c: 'two'}\nd: [e, f]\n"
    root, problems = load_yaml("f.yaml", text)
    assert problems == []
    assert root == YMap(
        (
            (YStr("a", Loc("f.yaml", 1, 1)), YStr("x", Loc("f.yaml", 1, 4))),
            (
                YStr("b", Loc("f.yaml", 2, 1)),
                YSeq(
                    (
                        YStr("one", Loc("f.yaml", 3, 5)),
                        YMap(
                            ((YStr("c", Loc("f.yaml", 4, 6)), YStr("two", Loc("f.yaml", 4, 9))),),
                            Loc("f.yaml", 4, 5),
                        ),
                    ),
                    Loc("f.yaml", 3, 3),
                ),
            ),
            (
                YStr("d", Loc("f.yaml", 5, 1)),
                YSeq(
                    (YStr("e", Loc("f.yaml", 5, 5)), YStr("f", Loc("f.yaml", 5, 8))),
                    Loc("f.yaml", 5, 4),
                ),
            ),
        ),
        Loc("f.yaml", 1, 1),
    )
    assert isinstance(root, YMap)
    assert root.keys() == ("a", "b", "d")
    assert root.key("d") == YStr("d", Loc("f.yaml", 5, 1))
    assert root.get("missing") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["f.yaml: the file is empty"]),
        ("# only a comment\n", ["f.yaml: the file is empty"]),
        ("---\n", ["f.yaml: the file is empty"]),
        (
            "a: 1\nb:\n\tc: 2\n",
            ["f.yaml:3:1: tab character used for indentation; indent with spaces"],
        ),
        (
            "a:\n  - x\n\t- y\n",
            ["f.yaml:3:1: tab character used for indentation; indent with spaces"],
        ),
        (
            "title: Idlib: what happened\n",
            ["f.yaml:1:13: unexpected ': ' (a value that contains ': ' must be quoted)"],
        ),
        # a key or an item at an indent no line above opens one at: said so, not "quote it" nor PyYAML's words
        ("a:\n  b: 1\n   c: 2\n", ["f.yaml:3:5: 'c' is indented 3 spaces, where the keys above it are at 2 or 0"
                                     ": the keys of one mapping line up, and a list's items start with '- ' at one indent"]),
        ("a: 1\n b: 2\n", ["f.yaml:2:3: 'b' is indented 1 space, where the keys above it are at 0: the keys of one mapping line up, and a list's items start with '- ' at one indent"]),
        ("items:\n  - id: a\n    x: 1\n  y: 2\n", ["f.yaml:4:3: 'y' is indented 2 spaces, where the keys above it "
                                                 "are at 4 or 0: the keys of one mapping line up, and a list's items start with '- ' at one indent"]),
        ("items:\n  - id: a\n    x: 1\n - id: b\n", ["f.yaml:4:2: '- id' is indented 1 space, where the items of "
                                                    "the lists above it are at 2: the keys of one mapping line up, and a list's items start with '- ' at one indent"]),
        ("a:\n  - x\n  b: 1\n", ["f.yaml:3:3: 'b' is indented 2 spaces, where the keys above it are at 0: the keys of one mapping line up, and a list's items start with '- ' at one indent"]),
        ("items:\n  - id: a\n    n:\n      deep: 1\n    x: 2\ntop: 3\n", []),  # back to an enclosing indent: fine
        (
            'a: "unclosed\nb: 2\n',
            [
                (
                    "f.yaml:3:1: invalid YAML: found unexpected end of stream"
                    " (while scanning a quoted scalar at line 1)"
                )
            ],
        ),
        (
            "a: 1\nb: 2\na: 3\nc:\n  d: 4\n  d: 5\n",
            [
                "f.yaml:3:1: duplicate key 'a' (first at line 1)",
                "f.yaml:6:3: duplicate key 'd' (first at line 5)",
            ],
        ),
        (
            "base: &b {x: 1}\nother: *b\nmore:\n  <<: {y: 2}\n",
            [
                "f.yaml:1:7: anchor '&b' is not supported",
                "f.yaml:2:8: alias '*b' is not supported",
                "f.yaml:4:3: merge key '<<' is not supported",
            ],
        ),
        ("? [a, b]\n: x\n", ["f.yaml:1:3: a key must be a string, not a list"]),
        (
            "v: !!str 1\nw: !x 2\n",
            ["f.yaml:1:4: tag '!!str' is not supported", "f.yaml:2:4: tag '!x' is not supported"],
        ),
        ("a: 1\n---\nb: 2\n", ["f.yaml:2:1: a second YAML document ('---') in the same file"]),
        (
            "a: \x07\nb: ok \x1b\n",
            [
                "f.yaml:1:4: character U+0007 is not allowed in YAML",
                "f.yaml:2:7: character U+001B is not allowed in YAML",
            ],
        ),
    ],
)
def test_problems(text: str, expected: list[str]) -> None:
    assert located(load_yaml("f.yaml", text)[1]) == expected


def test_refused_entries_are_left_out_and_the_rest_kept() -> None:
    root, problems = load_yaml("f.yaml", "a: 1\na: 2\nb: &x 3\nc: *x\nd: [*x, 4]\n")
    assert len(problems) == 4
    assert isinstance(root, YMap)
    assert root.keys() == ("a", "b", "d")
    assert root.get("a") == YStr("1", Loc("f.yaml", 1, 4))
    assert root.get("d") == YSeq((YStr("4", Loc("f.yaml", 5, 9)),), Loc("f.yaml", 5, 4))


def test_problems_have_hints() -> None:
    (tab,) = load_yaml("f.yaml", "a:\n\tb: 1\n")[1]
    assert tab.hint == "replace the tab with spaces (set your editor to insert spaces for Tab)"
    (colon,) = load_yaml("f.yaml", "a: b: c\n")[1]
    assert colon.hint.startswith('quote the whole value, e.g. title: "Idlib: what happened"')


def test_syntax_error_keeps_problems_found_before_it() -> None:
    root, problems = load_yaml("f.yaml", "a: 1\na: 2\nb: [\n")
    assert root is None
    assert [p.line for p in problems] == [2, 4]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"a: 1\nb: caf\xe9\n", ["f.yaml:2:7: the file is not valid UTF-8 (byte 0xe9)"]),
        (
            "a: é\nb: ".encode() + b"\xff\xfe",
            ["f.yaml:2:4: the file is not valid UTF-8 (byte 0xff)"],
        ),
    ],
)
def test_read_yaml_refuses_bytes_that_are_not_utf8(
    tmp_path: Path, data: bytes, expected: list[str]
) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(data)
    root, problems = read_yaml(path, "f.yaml", tmp_path)
    assert root is None
    assert located(problems) == expected


def test_read_yaml_drops_a_bom_and_reports_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert read_yaml(path, "f.yaml", tmp_path) == (
        YMap(
            ((YStr("a", Loc("f.yaml", 1, 1)), YStr("1", Loc("f.yaml", 1, 4))),), Loc("f.yaml", 1, 1)
        ),
        [],
    )
    root, problems = read_yaml(tmp_path / "missing.yaml", "missing.yaml", tmp_path)
    assert root is None
    assert located(problems) == ["missing.yaml: cannot read the file: No such file or directory"]


KEYS = st.text(string.ascii_lowercase + "_-", min_size=1, max_size=12)
VALUES = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff\x85")
    | st.sampled_from("\n\t \"':#-"),
    max_size=30,
)


@given(st.dictionaries(KEYS, VALUES, max_size=8))
def test_dumped_mappings_come_back_as_strings_at_their_keys(data: dict[str, str]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000) if data else "{}\n"
    root, problems = load_yaml("f.yaml", text)
    assert problems == []
    assert isinstance(root, YMap)
    assert {key.value: value for key, value in _strings(root)} == data
    lines = text.splitlines()
    for key, _ in root.entries:
        assert key.loc.line is not None and key.loc.column is not None
        assert lines[key.loc.line - 1][key.loc.column - 1 :].lstrip("'\"").startswith(key.value)


def _strings(root: YMap) -> list[tuple[YStr, str]]:
    pairs = []
    for key, value in root.entries:
        assert isinstance(value, YStr)
        pairs.append((key, value.value))
    return pairs


def test_nesting_deeper_than_the_limit_is_refused_at_the_first_level_too_many() -> None:
    depth = yamlpos.MAX_DEPTH
    assert load_yaml("f.yaml", "a: " + "[" * (depth - 1) + "]" * (depth - 1))[1] == []  # the mapping is one level
    root, problems = load_yaml("f.yaml", "a: " + "[" * 990 + "x" + "]" * 990)
    assert root is None
    assert located(problems) == [f"f.yaml:1:{3 + depth}: lists and mappings are nested more than {depth} levels deep"]


def _tree_and_problems(text: str) -> str:
    return repr(load_yaml("f.yaml", text))


def test_locations_from_the_parser_marks_equal_locations_found_in_the_text(generated_project: Path) -> None:
    """Without a line end other than "\\n", each node's line and column come from the parser's mark;
    they are those found by searching the text, over every YAML file we have."""
    root = Path(__file__).resolve().parent.parent
    paths = sorted([*root.glob("claims/*.yaml"), *root.glob("corpus/*.yaml"),
                    *generated_project.glob("claims/*.yaml"), *generated_project.glob("corpus/*.yaml")])
    assert len(paths) > 150
    texts = [p.read_text("utf-8") for p in paths]
    marks = [_tree_and_problems(text) for text in texts]
    with mock.patch.object(yamlpos, "_OTHER_LINE_ENDS", re.compile("")):  # every location searched
        searched = [_tree_and_problems(text) for text in texts]
    for path, a, b in zip(paths, marks, searched):
        assert a == b, path


@pytest.mark.parametrize("end", ["\r", "\x85", "\u2028", "\u2029"])
def test_a_file_with_another_line_end_is_located_by_its_text(end: str) -> None:
    text = f'a: "x{end}y"\nb: c\n'
    tree = load_yaml("f.yaml", text)[0]
    assert isinstance(tree, YMap)
    assert [(k.loc, v.loc) for k, v in tree.entries] == [
        (Loc("f.yaml", 1, 1), Loc("f.yaml", 1, 4)), (Loc("f.yaml", 2, 1), Loc("f.yaml", 2, 4))]
    with mock.patch.object(yamlpos, "_OTHER_LINE_ENDS", re.compile("(?!)")):  # the parser's marks
        assert load_yaml("f.yaml", text)[0].key("b").loc == Loc("f.yaml", 3, 1)  # type: ignore[union-attr]
