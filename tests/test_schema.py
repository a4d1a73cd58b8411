"""Converters and Fields: typed values out, located messages with hints for the rest."""

from __future__ import annotations

from typing import Any

import pytest

from idlibsite.dates import UNKNOWN, PartialDate
from idlibsite.errors import Loc, Problem
from idlibsite.schema import (
    Convert,
    boolean,
    close_matches,
    copied_text,
    enum,
    fields,
    list_of,
    located,
    nonblank,
    partial_date,
    positive_int,
    slug,
    slugify,
    text,
    url,
)
from idlibsite.yamlpos import YMap, YValue, load_yaml


def node(yaml_text: str) -> YValue:
    root, problems = load_yaml("f.yaml", yaml_text)
    assert problems == [] and root is not None
    return root


def convert(converter: Convert[Any], written: str) -> tuple[object, list[str]]:
    """Run ``converter`` on the value of ``v: <written>``; the value and 'line:col: message's."""
    root = node(f"v: {written}\n")
    assert isinstance(root, YMap)
    value = root.get("v")
    assert value is not None
    problems: list[Problem] = []
    result = converter(value, "v", problems)
    return result, [f"{p.line}:{p.column}: {p.message}" for p in problems]


@pytest.mark.parametrize(
    ("converter", "written", "expected"),
    [
        (text, "yes", "yes"),
        (text, "1.10", "1.10"),
        (nonblank, "x", "x"),
        (slug, "dmitry-peskov", "dmitry-peskov"),
        (slug, "un2", "un2"),
        (enum("person", "organisation"), "person", "person"),
        (partial_date, "2020-02-13", PartialDate("2020-02-13", "day")),
        (partial_date, "2020-02", PartialDate("2020-02", "month")),
        (partial_date, "2020", PartialDate("2020", "year")),
        (partial_date, "unknown", UNKNOWN),
        (boolean, "true", True),
        (boolean, "false", False),
        (positive_int, "3", 3),
        (url, "https://www.reuters.com/a?b=1", "https://www.reuters.com/a?b=1"),
        (url, "http://x.org", "http://x.org"),
        (list_of(slug), "[a, b]", ("a", "b")),
        (list_of(slug), "[]", ()),
    ],
)
def test_converts(converter: Convert[Any], written: str, expected: object) -> None:
    assert convert(converter, written) == (expected, [])


@pytest.mark.parametrize(
    ("converter", "written", "message"),
    [
        (text, "[a]", "1:4: v: expected a string, found a list"),
        (text, "{a: b}", "1:4: v: expected a string, found a mapping"),
        (nonblank, "'  '", "1:4: v: must not be empty"),
        (
            slug,
            "Dmitry Peskov",
            "1:4: v: 'Dmitry Peskov' is not a valid id: it contains uppercase letters and spaces",
        ),
        (slug, "../x", "1:4: v: '../x' is not a valid id: it contains the characters '.', '/'"),
        (slug, "a_b", "1:4: v: 'a_b' is not a valid id: it contains the character '_'"),
        (slug, "a--b", "1:4: v: 'a--b' is not a valid id: it contains a double hyphen"),
        (slug, "-a", "1:4: v: '-a' is not a valid id: it contains a hyphen at the start or end"),
        (
            slug,
            "'Ab c_d-'",
            (
                "1:4: v: 'Ab c_d-' is not a valid id: it contains uppercase letters, spaces,"
                " the character '_' and a hyphen at the start or end"
            ),
        ),
        (slug, "''", "1:4: v: '' is not a valid id: it is empty"),
        (
            enum("person", "organisation"),
            "persn",
            "1:4: v: 'persn' is not one of person, organisation",
        ),
        (partial_date, "2020-13-01", "1:4: v: month 13 does not exist in date '2020-13-01'"),
        (partial_date, "2021-02-29", "1:4: v: day 29 does not exist in 2021-02"),
        (
            partial_date,
            "04/03/2020",
            (
                "1:4: v: '04/03/2020' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD"
                " (it has two readings: write 2020-03-04 for 4 March 2020 or 2020-04-03 for 3 April"
                " 2020, whichever the source supports)"
            ),
        ),
        (boolean, "yes", "1:4: v: expected true or false, found 'yes'"),
        (boolean, "True", "1:4: v: expected true or false, found 'True'"),
        (positive_int, "0", "1:4: v: expected a whole number of 1 or more, found '0'"),
        (positive_int, "01", "1:4: v: expected a whole number of 1 or more, found '01'"),
        (
            url,
            "www.reuters.com/a",
            "1:4: v: 'www.reuters.com/a' is not an absolute http or https URL",
        ),
        (url, "ftp://x.org/a", "1:4: v: 'ftp://x.org/a' is not an absolute http or https URL"),
        (
            url,
            "'https://x.org/a b'",
            "1:4: v: 'https://x.org/a b' is not an absolute http or https URL",
        ),
        (list_of(slug), "a", "1:4: v: expected a list, found a string"),
    ],
)
def test_refuses(converter: Convert[Any], written: str, message: str) -> None:
    assert convert(converter, written) == (None, [message])


@pytest.mark.parametrize(
    ("converter", "written", "hint"),
    [
        (
            slug,
            "Dmitry Peskov",
            "ids are lowercase ASCII letters, digits and single hyphens: write 'dmitry-peskov'",
        ),
        (slug, "../..", "ids are lowercase ASCII letters, digits and single hyphens"),
        (enum("person", "organisation"), "persn", "did you mean 'person'?"),
        (enum("person", "organisation"), "robot", "write one of them"),
        (
            partial_date,
            "2020-13-01",
            "write YYYY-MM-DD, YYYY-MM or YYYY (as precise as the source allows) or unknown",
        ),
    ],
)
def test_hints(converter: Convert[Any], written: str, hint: str) -> None:
    root = node(f"v: {written}\n")
    assert isinstance(root, YMap)
    value = root.get("v")
    assert value is not None
    problems: list[Problem] = []
    converter(value, "v", problems)
    assert [p.hint for p in problems] == [hint]


def test_list_of_leaves_out_bad_items() -> None:
    assert convert(list_of(slug), "[a, B, c]") == (
        ("a", "c"),
        ["1:8: v[1]: 'B' is not a valid id: it contains uppercase letters"],
    )


def test_located_pairs_a_value_with_where_it_was_read() -> None:
    result, messages = convert(list_of(located(slug)), "[a, b]")
    assert messages == []
    assert result == (("a", Loc("f.yaml", 1, 5)), ("b", Loc("f.yaml", 1, 8)))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Dmitry Peskov", "dmitry-peskov"),
        ("../etc/passwd", "etc-passwd"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("a--b_", "a-b"),
        ("…", ""),
    ],
)
def test_slugify(value: str, expected: str) -> None:
    assert slugify(value) == expected


@pytest.mark.parametrize(
    ("word", "choices", "ids", "expected"),
    [
        ("titel", ["title", "date", "topics"], False, ["title"]),
        ("on", ["person", "organisation"], False, []),
        ("peskov", ["dmitry-peskov", "mark-cutts"], True, ["dmitry-peskov"]),
        ("lavrov-sergey", ["sergey-lavrov", "vladimir-putin"], True, ["sergey-lavrov"]),
        ("nobody", ["dmitry-peskov", "mark-cutts"], True, []),
    ],
)
def test_close_matches(word: str, choices: list[str], ids: bool, expected: list[str]) -> None:
    assert close_matches(word, choices, ids=ids) == expected


KEYS = ("id", "title", "note", "tags")


def read(yaml_text: str) -> tuple[dict[str, object], list[str]]:
    """Read a mapping with required id/title and optional note/tags."""
    problems: list[Problem] = []
    f = fields(node(yaml_text), "", KEYS, problems)
    values: dict[str, object] = {}
    if f is not None:
        values = {
            "id": f.required("id", slug, ""),
            "title": f.required("title", text, ""),
            "note": f.optional("note", text, "-"),
            "tags": f.optional_list("tags", slug),
        }
    return values, [f"{p.location()}: {p.message}" for p in problems]


@pytest.mark.parametrize(
    ("yaml_text", "values", "messages"),
    [
        (
            "id: a\ntitle: T\nnote: n\ntags: [x]\n",
            {"id": "a", "title": "T", "note": "n", "tags": ("x",)},
            [],
        ),
        (
            "id: a\ntitle: T\nnote:\ntags: []\n",
            {"id": "a", "title": "T", "note": "-", "tags": ()},
            [],
        ),
        ("id: a\ntitle: T\n", {"id": "a", "title": "T", "note": "-", "tags": ()}, []),
        (
            "title: T\n",
            {"id": "", "title": "T", "note": "-", "tags": ()},
            ["f.yaml:1:1: missing required key 'id'"],
        ),
        (
            "id: a\ntitle: ' '\n",
            {"id": "a", "title": "", "note": "-", "tags": ()},
            ["f.yaml:2:8: title: must not be empty"],
        ),
        (
            "id: a\ntitle: []\n",
            {"id": "a", "title": "", "note": "-", "tags": ()},
            ["f.yaml:2:8: title: expected a string, found a list"],
        ),
        (
            "id: a\ntitle: T\ntitel: U\ncolour: red\n",
            {"id": "a", "title": "T", "note": "-", "tags": ()},
            ["f.yaml:3:1: unknown key 'titel'", "f.yaml:4:1: unknown key 'colour'"],
        ),
        ("- a\n", {}, ["f.yaml:1:1: expected a mapping, found a list"]),
    ],
)
def test_fields(yaml_text: str, values: dict[str, object], messages: list[str]) -> None:
    assert read(yaml_text) == (values, messages)


def test_required_list_must_not_be_empty() -> None:
    problems: list[Problem] = []
    f = fields(node("tags: []\n"), "x", ("tags",), problems)
    assert f is not None
    assert f.required_list("tags", slug) == ()
    assert [(p.location(), p.message) for p in problems] == [
        ("f.yaml:1:7", "x.tags: must not be empty")
    ]


def test_unknown_key_hints() -> None:
    problems: list[Problem] = []
    fields(node("titel: T\ncolour: red\n"), "", KEYS, problems)
    assert [p.hint for p in problems] == [
        "did you mean 'title'?",
        "allowed keys: id, title, note, tags",
    ]


@pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
                                     "\u2068", "\u2069"])
def test_a_bidirectional_control_in_a_published_value_is_an_error(control: str) -> None:
    node, _ = load_yaml("c.yaml", f"title: 'Ceasefire {control}holds in Idlib'\n")
    assert isinstance(node, YMap)
    problems: list[Problem] = []
    assert text(node.entries[0][1], "title", problems) is None
    (problem,) = problems
    assert (problem.location(), problem.severity, problem.message) == (
        "c.yaml:1:8", "error",
        f"title: has the invisible bidirectional control U+{ord(control):04X} at character 11: it reorders how "
        "the text is shown")
    assert f"\\u{ord(control):04x}" in problem.hint and "something other than its source" in problem.hint
    assert text(node.entries[0][0], "title", problems) == "title" and len(problems) == 1  # plain text: no problem


def test_a_bidirectional_control_in_words_copied_from_an_article_is_kept_with_a_warning() -> None:
    node, _ = load_yaml("c.yaml", "quote: 'Ceasefire \u202eholds\u202c in Idlib'\n")
    assert isinstance(node, YMap)
    problems: list[Problem] = []
    value = copied_text(node.entries[0][1], "quote", problems)
    assert value == "Ceasefire \u202eholds\u202c in Idlib"  # the article, which is evidence, may hold it
    assert [(p.location(), p.severity, p.message) for p in problems] == [
        ("c.yaml:1:8", "warning",
         "quote: has the invisible bidirectional control U+202E at character 11: it reorders how the text is shown")]
