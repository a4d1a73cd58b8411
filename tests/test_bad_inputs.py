"""Every bad input is refused clearly, and a refused build changes nothing.

One table, ``CASES``: each entry takes a fresh copy of the project (with the
site of a good build already in site/), breaks one thing and says what the
real command line, ``python -m idlibsite --root PROJECT build``, must answer:
the exact location (``path:line:col`` where there is one), a fragment of the
message, a ``hint:`` line under it, and a non-zero exit code.  After every
refused build, the whole project (site/, the anchor lock, the build cache,
the inputs) is byte-identical to what it was before the command ran, and no
temporary folder or lock is left anywhere.

docs/errors.md lists the same cases for users.  To add one: write a function
below that breaks the copy and returns an ``Expect``, decorate it with
``@case``, and add a row to docs/errors.md.

Locations are computed from the mutated text (line and column of the value
written), never copied from the tool's own output, so a shifted location fails.
The cases run in parallel subprocesses (a module fixture), each in its own copy.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from clitools import cli_args, cli_env, copy_project, leftovers, tree
from idlibsite.anchoring.versions import version_id
from idlibsite.sources.evidence import sha256_hex
from idlibsite.sources.webpage import EXTRACTOR, extract

WORKERS = max(2, min(8, os.cpu_count() or 2))


@dataclass(frozen=True)
class Expect:
    """What the command line must answer to one bad input."""

    where: str | None  # exact location printed before ": error:" (None: argparse's own error)
    fragment: str  # part of the message
    args: tuple[str, ...] = ()  # extra arguments after `build`
    hint: str = ""  # part of the hint, when it matters
    exit_code: int = 1
    once: bool = True  # the problem is printed once (not once per page)
    argv: tuple[str, ...] | None = None  # the whole command after --root, instead of build ARGS
    root: str | None = None  # another --root


class Project:
    """A copy of the project being broken, with helpers that return exact locations."""

    def __init__(self, path: Path) -> None:
        self.path = path

    # --- files -------------------------------------------------------------
    def text(self, rel: str) -> str:
        return (self.path / rel).read_text("utf-8")

    def write(self, rel: str, text: str | bytes) -> None:
        target = self.path / rel
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, "utf-8")

    def claims(self) -> list[str]:
        return sorted(
            p.relative_to(self.path).as_posix()
            for p in (self.path / "claims").glob("*.yaml")
            if p.name not in ("actors.yaml", "topics.yaml")
        )

    def sources(self) -> list[str]:
        """Article files, corpus/<stem>.txt, sorted."""
        return sorted(
            p.relative_to(self.path).as_posix() for p in (self.path / "corpus").glob("*.txt")
        )

    def sidecar(self, article: str) -> str:
        return article.removesuffix(".txt") + ".yaml"

    def source_id(self, article: str) -> str:
        return str(yaml.safe_load(self.text(self.sidecar(article)))["id"])

    # --- locations ---------------------------------------------------------
    @staticmethod
    def line_col(text: str, offset: int) -> tuple[int, int]:
        return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1

    def at(self, rel: str, offset: int) -> str:
        line, col = self.line_col(self.text(rel), offset)
        return f"{rel}:{line}:{col}"

    def find(self, rel: str, needle: str, start: int = 0) -> str:
        """Location of the first ``needle`` at or after ``start``."""
        text = self.text(rel)
        offset = text.index(needle, start)
        return self.at(rel, offset)

    def line_of(self, rel: str, prefix: str) -> int:
        """The number of the first line starting with ``prefix``."""
        m = re.compile(rf"(?m)^{re.escape(prefix)}").search(self.text(rel))
        assert m is not None, f"fixture assumption broken: no line {prefix!r} in {rel}"
        return self.text(rel).count("\n", 0, m.start()) + 1

    def first_key(self, rel: str) -> str:
        """Where a YAML file's top mapping starts: its first line that is not a comment."""
        text = self.text(rel)
        offset = re.search(r"(?m)^(?!#)\S", text)
        assert offset is not None
        return self.at(rel, offset.start())

    # --- edits that return the location of what they wrote ------------------
    def set_line(self, rel: str, prefix: str, value: str, start: int = 0) -> str:
        """Replace the rest of the first line starting with ``prefix`` (at or after
        ``start``) by ``value``; the location of ``value``."""
        text = self.text(rel)
        m = re.compile(rf"(?m)^{re.escape(prefix)}(.*)$").search(text, start)
        assert m is not None, f"fixture assumption broken: no line {prefix!r} in {rel}"
        assert not m[1].strip().startswith((">", "|")), f"{rel}: {prefix!r} is a block scalar"
        self.write(rel, text[: m.start(1)] + value + text[m.end(1) :])
        return self.at(rel, m.start(1))

    def insert_after_line(self, rel: str, prefix: str, lines: str) -> int:
        """Insert ``lines`` after the first line starting with ``prefix``; their offset."""
        text = self.text(rel)
        m = re.compile(rf"(?m)^{re.escape(prefix)}.*\n").search(text)
        assert m is not None, f"fixture assumption broken: no line {prefix!r} in {rel}"
        self.write(rel, text[: m.end()] + lines + text[m.end() :])
        return m.end()

    def statement(self, *, plain: bool = True) -> tuple[str, str, int]:
        """(claim file, statement id, offset of its "  - id:" line): the first statement
        with no anchor hint, whose fields are single-line scalars."""
        for rel in self.claims():
            text = self.text(rel)
            for m in re.finditer(r"(?m)^  - id: (\S+)\n", text):
                end = text.find("\n  - id: ", m.end())
                block = text[m.start() : end if end >= 0 else len(text)]
                if plain and ("    anchor:" in block or re.search(r"(?m)^    \w+: [>|]", block)):
                    continue
                return rel, m[1], m.start()
        raise AssertionError("fixture assumption broken: no plain statement in claims/")

    def set_field(self, field_name: str, value: str) -> str:
        """Set a field of the plain statement; the location of the new value."""
        rel, _, start = self.statement()
        prefix = "  - id: " if field_name == "id" else f"    {field_name}: "
        return self.set_line(rel, prefix, value, start)


@dataclass
class Outcome:
    """What one case did."""

    expect: Expect
    result: subprocess.CompletedProcess[str]
    before: dict[str, bytes | None]  # the whole project, broken, before the command
    after: dict[str, bytes | None]  # the same after it
    tmp_after: list[str]  # what the build left in its TMPDIR
    leftovers: list[str]  # .site.* entries beside site/
    project: Path = field(repr=False)


CASES: dict[str, Callable[[Project], Expect]] = {}


def case(fn: Callable[[Project], Expect]) -> Callable[[Project], Expect]:
    CASES[fn.__name__] = fn
    return fn


# === annotations: YAML ===================================================


@case
def yaml_syntax_error(p: Project) -> Expect:
    rel = p.claims()[0]
    offset = p.insert_after_line(rel, "title: ", "]\n")
    return Expect(p.at(rel, offset), "invalid YAML: did not find expected key")


@case
def yaml_unquoted_colon(p: Project) -> Expect:
    rel = p.claims()[0]
    where = p.set_line(rel, "title: ", "Idlib: what happened")
    line, col = where.rsplit(":", 2)[1:]
    return Expect(f"{rel}:{line}:{int(col) + 5}", "a value that contains ': ' must be quoted")


@case
def yaml_key_misindented(p: Project) -> Expect:
    """A statement's key one space deeper than the keys above it: YAML reads it as more of the value above."""
    rel = p.claims()[0]
    text = p.text(rel)
    offset = text.index("\n    kind: ") + 1
    p.write(rel, text[:offset] + " " + text[offset:])
    return Expect(p.at(rel, offset + len("     kind")), "'kind' is indented 5 spaces, where the keys above it are "
                  "at 4 or 0: the keys of one mapping line up")


@case
def yaml_tab_indentation(p: Project) -> Expect:
    rel = p.claims()[0]
    text = p.text(rel)
    offset = text.index("\n  value: ") + 1
    p.write(rel, text[:offset] + "\t" + text[offset + 2 :])
    return Expect(p.at(rel, offset), "tab character used for indentation")


@case
def yaml_duplicate_key(p: Project) -> Expect:
    rel = p.claims()[0]
    first = p.line_of(rel, "title: ")
    offset = p.insert_after_line(rel, "title: ", "title: A second title\n")
    return Expect(p.at(rel, offset), f"duplicate key 'title' (first at line {first})")


@case
def yaml_line_separator_before_a_problem(p: Project) -> Expect:
    # YAML counts U+2028 as a line end, editors do not: the location is the editor's line
    rel = p.claims()[0]
    p.set_line(rel, "title: ", '"A title with a\u2028line separator pasted in"')
    first = p.line_of(rel, "title: ")
    offset = p.insert_after_line(rel, "title: ", "title: again\n")
    return Expect(p.at(rel, offset), f"duplicate key 'title' (first at line {first})")


@case
def yaml_anchor_and_alias(p: Project) -> Expect:
    rel = p.claims()[0]
    where = p.set_line(rel, "title: ", "&t A title written once")
    return Expect(where, "anchor '&t' is not supported")


@case
def yaml_second_document(p: Project) -> Expect:
    rel = p.claims()[0]
    text = p.text(rel)
    p.write(rel, text + "---\nid: another\n")
    return Expect(p.at(rel, len(text)), "a second YAML document ('---')")


@case
def yaml_control_character(p: Project) -> Expect:
    rel = p.claims()[0]
    where = p.set_line(rel, "title: ", "A bell\x07 in the title")
    line, col = where.rsplit(":", 2)[1:]
    return Expect(f"{rel}:{line}:{int(col) + 6}", "character U+0007 is not allowed in YAML")


@case
def yaml_file_with_a_whole_file_and_a_located_problem(p: Project) -> Expect:
    # "&a " is an empty document (a problem without a line) with an anchor (one with a line);
    # sorting the two crashed the build before (found by tests/test_fuzz.py)
    p.write("claims/zz-anchor-only.yaml", "&a \n")
    return Expect("claims/zz-anchor-only.yaml:1:1", "anchor '&a' is not supported")


@case
def yaml_top_level_list(p: Project) -> Expect:
    rel = p.claims()[0]
    p.write(rel, "- id: a\n- id: b\n")
    return Expect(f"{rel}:1:1", "expected a mapping, found a list")


@case
def yml_extension(p: Project) -> Expect:
    shutil.copy(p.path / p.claims()[0], p.path / "claims/old-claim.yml")
    return Expect("claims/old-claim.yml", "a claim file must end in .yaml", hint="rename it")


@case
def yaml_nested_990_levels(p: Project) -> Expect:
    p.write("claims/zz-deep.yaml", "id: zz-deep\nnotes: " + "[" * 990 + "]" * 990 + "\n")
    text = p.text("claims/zz-deep.yaml")
    # the root mapping is the first level: the 32nd bracket would be the 33rd
    return Expect(p.at("claims/zz-deep.yaml", text.index("[") + 31), "nested more than 32 levels deep")


# === annotations: fields ===================================================


@case
def wrong_type_list_for_string(p: Project) -> Expect:
    rel = p.claims()[0]
    return Expect(
        p.set_line(rel, "title: ", "[one, two]"), "title: expected a string, found a list"
    )


@case
def unknown_field_with_did_you_mean(p: Project) -> Expect:
    rel = p.claims()[0]
    offset = p.insert_after_line(rel, "title: ", "titel: Misspelt\n")
    return Expect(p.at(rel, offset), "unknown key 'titel'", hint="did you mean 'title'?")


@case
def missing_required_key(p: Project) -> Expect:
    rel = p.claims()[0]
    text = p.text(rel)
    p.write(rel, re.sub(r"(?m)^actor: .*\n", "", text, count=1))
    return Expect(p.first_key(rel), "missing required key 'actor'")


@case
def claim_id_with_dot_dot_slash(p: Project) -> Expect:
    rel = p.claims()[0]
    return Expect(
        p.set_line(rel, "id: ", "../../etc/passwd"),
        "is not a valid id: it contains the characters '.', '/'",
    )


@case
def statement_id_with_uppercase_and_spaces(p: Project) -> Expect:
    where = p.set_field("id", "Peskov Said This")
    return Expect(
        where,
        "is not a valid id: it contains uppercase letters and spaces",
        hint="write 'peskov-said-this'",
    )


@case
def claim_id_not_the_file_name(p: Project) -> Expect:
    rel = p.claims()[0]
    return Expect(p.set_line(rel, "id: ", "some-other-claim"), "does not match the file name")


@case
def two_claims_with_one_id(p: Project) -> Expect:
    rel = p.claims()[0]
    copy = "claims/zz-copy-of-a-claim.yaml"
    shutil.copy(p.path / rel, p.path / copy)
    return Expect(p.first_key(copy), "duplicate claim id")


@case
def alias_equal_to_another_claims_id(p: Project) -> Expect:
    rel, other = p.claims()[:2]
    other_id = Path(other).stem
    where = p.set_line(rel, "aliases: ", f"[{other_id}]")
    line, col = where.rsplit(":", 2)[1:]
    return Expect(f"{rel}:{line}:{int(col) + 1}", f"alias '{other_id}' is the id of another claim")


@case
def alias_of_two_claims(p: Project) -> Expect:
    first, second = p.claims()[:2]
    p.set_line(first, "aliases: ", "[retired-claim]")
    where = p.set_line(second, "aliases: ", "[retired-claim]")
    line, col = where.rsplit(":", 2)[1:]
    return Expect(f"{second}:{line}:{int(col) + 1}", "alias 'retired-claim' is already an alias")


@case
def statement_cites_missing_source(p: Project) -> Expect:
    return Expect(
        p.set_field("source", "no-such-source-2020"), "unknown source id 'no-such-source-2020'",
        hint="use the `id:` written in a corpus/*.yaml sidecar",
    )


@case
def statement_cites_missing_actor(p: Project) -> Expect:
    return Expect(p.set_field("speaker", "no-such-actor"), "unknown actor id 'no-such-actor'")


@case
def statement_responds_to_unknown_statement(p: Project) -> Expect:
    rel, statement_id, start = p.statement()
    text = p.text(rel)
    at = text.index("\n    kind: ", start) + 1
    p.write(rel, text[:at] + f"    responds_to: {statement_id}-typo\n" + text[at:])
    line = text.count("\n", 0, at) + 1
    return Expect(f"{rel}:{line}:{len('    responds_to: ') + 1}",
                  f"responds_to: unknown statement id '{statement_id}-typo'; close ids: {statement_id}",
                  hint="use the id of another statement of this claim")


@case
def enum_value_misspelt(p: Project) -> Expect:
    return Expect(p.set_field("kind", "quoted"), "'quoted' is not one of direct, reported")


@case
def repeated_statement_id_without_source(p: Project) -> Expect:
    """A statement copied above itself, the copy's source left out (once a KeyError: '')."""
    rel, statement_id, start = p.statement()
    text = p.text(rel)
    block = re.compile(r"  - id: .*\n(?:    .*\n)*").match(text, start)
    assert block is not None
    copy = "".join(line for line in block[0].splitlines(True) if not line.startswith("    source: "))
    p.write(rel, text[:start] + copy + "\n" + text[start:])
    return Expect(p.at(rel, start + len(copy) + 1 + 4), f"duplicate statement id '{statement_id}'")


@case
def review_date_unknown(p: Project) -> Expect:
    rel = p.claims()[0]
    offset = p.insert_after_line(rel, "updated: ", "reviewed:\n  by: A. Reviewer\n  date: unknown\n")
    where = p.at(rel, offset + len("reviewed:\n  by: A. Reviewer\n  date: "))
    return Expect(where, "reviewed.date: a review date cannot be unknown", hint="YYYY-MM-DD")


@case
def review_without_reviewer(p: Project) -> Expect:
    rel = p.claims()[0]
    offset = p.insert_after_line(rel, "updated: ", "reviewed:\n  date: 2026-11-30\n")
    return Expect(p.at(rel, offset + len("reviewed:\n  ")), "reviewed: missing required key 'by'")


def _second_id_as_first(p: Project, what: str) -> Expect:
    """The second entry of claims/<what>s.yaml given the id of the first."""
    rel = f"claims/{what}s.yaml"
    text = p.text(rel)
    ids = list(re.finditer(r"(?m)^  - id: (\S+)$", text))
    p.write(rel, text[: ids[1].start(1)] + ids[0][1] + text[ids[1].end(1) :])
    return Expect(p.at(rel, ids[1].start() + 4), f"duplicate {what} id '{ids[0][1]}'")


@case
def duplicate_actor_id(p: Project) -> Expect:
    return _second_id_as_first(p, "actor")


@case
def actor_former_id_is_another_actors_id(p: Project) -> Expect:
    rel = "claims/actors.yaml"
    text = p.text(rel)
    ids = list(re.finditer(r"(?m)^  - id: (\S+)\n", text))
    at = ids[1].end()
    p.write(rel, text[:at] + f"    former_ids: [{ids[0][1]}]\n" + text[at:])
    first_line = text.count("\n", 0, ids[0].start()) + 1
    return Expect(p.at(rel, at + len("    former_ids: [")),
                  f"former id '{ids[0][1]}' is the id of another actor (claims/actors.yaml:{first_line})",
                  hint="a former id is an old id that redirects here; it cannot be a current id")


def _statement_value(p: Project, key: str) -> tuple[str, int, str]:
    """(claim file, offset, value) of the plain statement's ``key``."""
    rel, _, start = p.statement()
    m = re.compile(rf"(?m)^    {key}: (\S+)$").search(p.text(rel), start)
    assert m is not None
    return rel, m.start(1), m[1]


@case
def statement_speaker_is_a_renamed_actors_old_id(p: Project) -> Expect:
    rel, at, old = _statement_value(p, "speaker")
    actors = p.text("claims/actors.yaml")
    assert f"  - id: {old}\n" in actors
    p.write("claims/actors.yaml", actors.replace(f"  - id: {old}\n", f"  - id: {old}-now\n    former_ids: [{old}]\n", 1))
    return Expect(p.at(rel, at), f"speaker: actor id '{old}' was renamed: it is now '{old}-now'",
                  hint=f"write '{old}-now'")


@case
def actors_file_missing(p: Project) -> Expect:
    (p.path / "claims/actors.yaml").unlink()
    return Expect("claims/actors.yaml", "cannot read the file")


@case
def claim_names_unlisted_topic(p: Project) -> Expect:
    rel = p.claims()[0]
    listed = p.text(rel).split("topics: [", 1)[1].split(",")[0].rstrip("]\n")
    where = p.set_line(rel, "topics: ", f"[{listed}x]")
    line, col = where.rsplit(":", 2)[1:]
    return Expect(f"{rel}:{line}:{int(col) + 1}", f"topics[0]: unknown topic id '{listed}x'; close ids: {listed}",
                  hint="use an id from claims/topics.yaml, or add the topic there")


@case
def claim_lists_a_topic_twice(p: Project) -> Expect:
    """A repeat in any list of the schema is refused (a topic named twice listed its claim twice)."""
    rel = p.claims()[0]
    listed = p.text(rel).split("topics: [", 1)[1].split(",")[0].rstrip("]\n")
    where = p.set_line(rel, "topics: ", f"[{listed}, {listed}]")
    line, col = where.rsplit(":", 2)[1:]
    return Expect(f"{rel}:{line}:{int(col) + 3 + len(listed)}", f"topics[1]: '{listed}' is listed twice (first as item 0)",
                  hint="remove the repeat")


@case
def topics_file_missing(p: Project) -> Expect:
    """Without the list, every topic a claim names is unknown: the first one of the first claim is shown."""
    (p.path / "claims/topics.yaml").unlink()
    rel = p.claims()[0]
    first = p.text(rel).split("topics: [", 1)[1].split(",")[0].rstrip("]\n")
    return Expect(p.find(rel, first, p.text(rel).index("topics: [")), f"topics[0]: unknown topic id '{first}'",
                  hint="list the topic in claims/topics.yaml")


@case
def topic_title_empty(p: Project) -> Expect:
    rel = "claims/topics.yaml"
    where = p.set_line(rel, "    title: ", '""')
    return Expect(where, "topics[0].title: must not be empty")


@case
def topic_title_duplicate(p: Project) -> Expect:
    rel = "claims/topics.yaml"
    text = p.text(rel)
    titles = list(re.finditer(r"(?m)^    title: (.*)$", text))
    p.write(rel, text[: titles[1].start(1)] + titles[0][1].upper() + text[titles[1].end(1) :])
    return Expect(p.at(rel, titles[1].start(1)), f"has the title '{titles[0][1].upper()}' of topic",
                  hint="give each topic its own title")


@case
def duplicate_topic_id(p: Project) -> Expect:
    return _second_id_as_first(p, "topic")


# === annotations: dates ====================================================


@case
def date_month_13(p: Project) -> Expect:
    rel = p.claims()[0]
    return Expect(p.set_line(rel, "date: ", "2020-13-01"), "month 13 does not exist")


@case
def date_day_29_february_2021(p: Project) -> Expect:
    rel = p.claims()[0]
    return Expect(p.set_line(rel, "updated: ", "2021-02-29"), "day 29 does not exist in 2021-02")


@case
def date_slashes_in_annotation(p: Project) -> Expect:
    return Expect(p.set_field("said", "04/03/2020"), "'04/03/2020' is not a date in the form YYYY, "
                  "YYYY-MM or YYYY-MM-DD (it has two readings: write 2020-03-04 for 4 March 2020 or 2020-04-03")


@case
def date_slashes_with_one_reading(p: Project) -> Expect:
    return Expect(p.set_field("said", "27/02/2020"),
                  "(write 2020-02-27 for 27 February 2020, its only reading)")


# === annotations: quotes ===================================================


@case
def quote_not_in_source(p: Project) -> Expect:
    where = p.set_field("quote", "zebras quantum marmalade seventeen violins")
    return Expect(where, "the quote is not in the source")


@case
def quote_empty(p: Project) -> Expect:
    return Expect(p.set_field("quote", '""'), "quote: must not be empty")


@case
def quote_occurs_twice(p: Project) -> Expect:
    # a four-word phrase that occurs twice, as whole words, in some source
    for article in p.sources():
        text = p.text(article)
        words = list(re.finditer(r"[A-Za-z]+", text))
        for a, b in zip(words, words[3:], strict=False):
            phrase = text[a.start() : b.end()]
            if (
                re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+){3}", phrase)
                and len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)) >= 2
            ):
                p.set_field("source", p.source_id(article))
                return Expect(p.set_field("quote", phrase), "the quote matches 2 places")
    raise AssertionError("fixture assumption broken: no repeated phrase in the corpus")


def _quote_with(p: Project, pattern: str) -> tuple[str, int, str]:
    """(claim file, offset of the statement, its quote): the first plain statement whose
    single-line quote has 12 words or more and matches ``pattern``."""
    for rel in p.claims():
        text = p.text(rel)
        for m in re.finditer(r"(?m)^  - id: \S+\n", text):
            end = text.find("\n  - id: ", m.end())
            block = text[m.start() : end if end >= 0 else len(text)]
            quote = re.search(r"(?m)^    quote: (.+)$", block)
            if ("    anchor:" not in block and quote and not quote[1].startswith(('"', "'", ">", "|"))
                    and len(quote[1].split()) >= 12 and re.search(pattern, quote[1])):
                return rel, m.start(), quote[1]
    raise AssertionError(f"fixture assumption broken: no quote matching {pattern!r}")


def _misquote(p: Project, pattern: str, typed: str, article: str) -> str:
    """Replace the first match of ``pattern`` (group 1) in a long quote by ``typed``; the location."""
    rel, start, quote = _quote_with(p, pattern)
    m = re.search(pattern, quote)
    assert m is not None and m[1] == article
    return p.set_line(rel, "    quote: ", quote[: m.start(1)] + typed + quote[m.end(1) :], start)


@case
def quote_changes_a_number(p: Project) -> Expect:
    rel, start, quote = _quote_with(p, r"\b(\d\d+)\b")
    number = re.search(r"\b(\d\d+)\b", quote)[1]  # type: ignore[index]
    other = str(int(number) + 1)
    where = _misquote(p, r"\b(\d\d+)\b", other, number)
    return Expect(where, f"word by word (typed → article): '{other}' → '{number}' (a number)",
                  hint=f'accept: ["{other} → {number}"]')


@case
def quote_changes_a_name(p: Project) -> Expect:
    pattern = r"\s(Turkish|Russian|Syrian)\b"
    rel, start, quote = _quote_with(p, pattern)
    name = re.search(pattern, quote)[1]  # type: ignore[index]
    other = "Armenian"
    return Expect(_misquote(p, pattern, other, name),
                  f"'{other}' → '{name}' (a name)", hint=f'accept: ["{other} → {name}"]')


@case
def quote_drops_a_negation(p: Project) -> Expect:
    return Expect(_misquote(p, r"\s(not )", "", "not "), "(nothing) → 'not' (a negation)",
                  hint='accept: ["(nothing) → not"]')


@case
def quote_near_duplicate_sentences(p: Project) -> Expect:
    article = p.sources()[0]
    text = ("Army says posts came under fire\n\nMarch 4, 2020\n\n"
            "The spokesman said the militants had opened fire on our soldiers near Saraqib on Thursday.\n\n"
            "The spokesman said the militants had opened fire on our posts near Saraqib on Thursday.\n")
    p.write("corpus/zz_near_duplicates.txt", text)
    sidecar = p.text(p.sidecar(article)).replace(f"id: {p.source_id(article)}", "id: near-duplicates", 1)
    p.write("corpus/zz_near_duplicates.yaml", sidecar)
    p.set_field("source", "near-duplicates")
    where = p.set_field("quote", "the militants had opened fire on our near Saraqib on Thursday")
    first, second = (p.line_col(text, m.start()) for m in re.finditer("the militants", text))
    return Expect(where, "the quote is as close to 2 places that differ from each other ({}:{}, {}:{})".format(*first, *second),
                  hint="anchor:")


@case
def quote_with_brackets_around_inexact_words(p: Project) -> Expect:
    rel, start, quote = _quote_with(p, r"^\w+ \w+ \w+ \w{5,} ")
    words = quote.split(" ")
    typed = " ".join(words[:2] + ["[they]"] + words[2:3] + [words[3][:-2] + words[3][-1] + words[3][-2]]
                     + words[4:])
    where = p.set_line(rel, "    quote: ", typed, start)
    return Expect(where, "the words around [they] are not all in the source, exactly and in order")


@case
def quote_too_short_to_match_approximately(p: Project) -> Expect:
    rel, start, quote = _quote_with(p, r"^\w{5,} \w+ \w+ ")
    first, second, third = quote.split(" ")[:3]
    typed = f"{first[0]}{first[2]}{first[1]}{first[3:]} {second} {third}"
    where = p.set_line(rel, "    quote: ", typed, start)
    return Expect(where, "too short to be matched approximately (that takes more than 3 words")


def _quote_from(p: Project, source: str, quote: str) -> str:
    """Point the plain statement at ``source`` with ``quote``; the location of the quote."""
    p.set_field("source", source)
    return p.set_field("quote", quote)


@case
def statement_quotes_page_furniture(p: Project) -> Expect:
    where = _quote_from(p, "erkhov-dodges-blame-2020-02", "No media source currently available")
    return Expect(where, "taken from page furniture", hint="anchor: {allow: chrome}")


@case
def statement_quotes_a_photo_credit(p: Project) -> Expect:
    where = _quote_from(p, "kremlin-idlib-alarming-2020-02-21", "Omar Haj Kador")
    return Expect(where, "taken from a caption or credit", hint="anchor: {allow: caption}")


@case
def statement_quotes_the_original_url_line(p: Project) -> Expect:
    where = _quote_from(p, "russia-accuses-turkey-2020-02-13", "Original url")
    return Expect(where, "taken from the original address line")


@case
def statement_quote_across_the_title_and_the_body(p: Project) -> Expect:
    where = _quote_from(p, "turkeys-duty-to-stop-fighting-2019-05",
                        "Idlib The Kremlin said on Friday it was Turkey's responsibility")
    return Expect(where, "runs across the title and body text", hint="split it with ` … `")


# === sources =============================================================


@case
def source_not_utf8(p: Project) -> Expect:
    article = p.sources()[0]
    data = (p.path / article).read_bytes()
    (p.path / article).write_bytes(data + b"\ncaf\xe9\n")  # Latin-1, not UTF-8
    line = data.count(b"\n") + 2
    return Expect(f"{article}:{line}:4", "the file is not valid UTF-8 (byte 0xe9")


@case
def source_empty(p: Project) -> Expect:
    article = p.sources()[0]
    p.write(article, b"")
    return Expect(article, "the article file is empty")


@case
def source_only_blank_lines(p: Project) -> Expect:
    article = p.sources()[0]
    p.write(article, b"  \n\n\t\n")
    return Expect(article, "the article file is empty")


@case
def source_nul_byte(p: Project) -> Expect:
    article = p.sources()[0]
    data = (p.path / article).read_bytes()
    (p.path / article).write_bytes(data + b"\nab\x00cd\n")
    line = data.count(b"\n") + 2
    return Expect(f"{article}:{line}:3", "the file has a NUL byte")


@case
def source_changed_after_annotation(p: Project) -> Expect:
    lock = json.loads(p.text("claims/anchors.lock.json"))["anchors"]
    sources = {p.source_id(a): a for a in p.sources()}
    for key, entry in sorted(lock.items()):
        claim_id, statement_id = key.split("/")
        article = sources.get(entry["source"])
        start = entry["parts"][0][0]
        text = p.text(article) if article else ""
        space = text.rfind(" ", max(0, text.rfind("\n", 0, start)), start)
        if statement_id == "verdict" or space < 0:
            continue
        p.write(article, text[:space] + " " + text[space:])  # one more space: the span moves
        rel = f"claims/{claim_id}.yaml"
        block = p.text(rel).index(f"  - id: {statement_id}\n")
        quote = re.compile(r"(?m)^    quote: ").search(p.text(rel), block)
        assert quote is not None
        return Expect(
            p.at(rel, quote.end()),
            f"{article} changed since this quote was anchored",
            hint="--accept-source-changes",
        )
    raise AssertionError("fixture assumption broken: no locked span after a space")


@case
def sidecars_swap_ids(p: Project) -> Expect:
    first, second = p.sources()[:2]
    lock = json.loads(p.text("claims/anchors.lock.json"))["anchors"]
    ids = p.source_id(first), p.source_id(second)
    assert set(ids) <= {e["source"] for e in lock.values()}, "fixture assumption broken: both cited"
    where = p.set_line(p.sidecar(first), "id: ", ids[1])
    p.set_line(p.sidecar(second), "id: ", ids[0])
    return Expect(where, f"{p.sidecar(first)} now gives id '{ids[1]}', whose anchors were made on the text of "
                  f"{second} (sha256 ", hint=f"give the ids back: `id: {ids[1]}` belongs in {p.sidecar(second)}")


@case
def anchor_lock_damaged(p: Project) -> Expect:
    rel = "claims/anchors.lock.json"
    broken = p.text(rel)[:200]
    p.write(rel, broken)
    with pytest.raises(json.JSONDecodeError) as err:
        json.loads(broken)
    return Expect(
        f"{rel}:{err.value.lineno}:{err.value.colno}",
        "the anchor lock is not valid JSON",
        hint="git checkout",
    )


@case
def versions_file_edited_by_hand(p: Project) -> Expect:
    rel = "claims/versions.lock.json"
    text = p.text(rel)
    entry = text.index('{"claim"', text.index('{"claim"') + 1)  # the second version in the file
    words = text.index('"words":"', entry) + len('"words":"')
    p.write(rel, text[:words] + "not " + text[words:])  # a quoted statement, reworded
    return Expect(p.at(rel, entry), "was edited by hand: its content no longer matches its id",
                  hint="git checkout")


@case
def versions_file_entry_removed(p: Project) -> Expect:
    """A claim's first version dropped, its second (as a later build wrote it) kept."""
    rel = "claims/versions.lock.json"
    lines = p.text(rel).split("\n")
    first = json.loads(lines[4].rstrip(","))
    snapshot = {**first["snapshot"], "title": first["snapshot"]["title"] + " (edited)"}
    second = {"claim": first["claim"], "version": version_id(snapshot), "previous": first["version"],
              "snapshot": snapshot}
    last = max(i for i, line in enumerate(lines) if line.startswith('  {"claim"'))
    lines[last] += ","
    lines.insert(last + 1, "  " + json.dumps(second, ensure_ascii=False, separators=(",", ":")))
    del lines[4]
    p.write(rel, "\n".join(lines))
    return Expect(p.find(rel, '{"claim":' + json.dumps(first["claim"])),
                  "an entry was removed or moved by hand", hint="git checkout")


@case
def versions_file_snapshot_without_a_field(p: Project) -> Expect:
    """A claim's latest version with a statement that names no ``speaker_id``, its id made again so that it
    still matches its snapshot: not an edit the hash finds, but a snapshot the version pages cannot show."""
    rel = "claims/versions.lock.json"
    lines = p.text(rel).split("\n")
    last = max(i for i, line in enumerate(lines) if line.startswith('  {"claim"'))
    entry = json.loads(lines[last])
    del entry["snapshot"]["statements"][0]["speaker_id"]
    entry["version"] = version_id(entry["snapshot"])
    lines[last] = "  " + json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
    p.write(rel, "\n".join(lines))
    number = sum(line.startswith('  {"claim"') for line in lines[:last + 1])
    return Expect(p.at(rel, len("\n".join(lines[:last])) + 3),
                  f"version entry {number} is damaged: its snapshot has no 'speaker_id' in statements[0]",
                  hint="git checkout")


@case
def versions_file_move_edited_by_hand(p: Project) -> Expect:
    """A claim's first version said to have moved from a version its old id never had (the move a renamed
    claim's first version records is not in its id's hash: the check of the file finds it)."""
    rel = "claims/versions.lock.json"
    text = p.text(rel)
    first = json.loads(text.split("\n")[4].rstrip(","))
    entry = text.index('{"claim"', text.index('{"claim"') + 1)  # the second claim's first version
    previous = text.index('"previous":""', entry) + len('"previous":""')
    p.write(rel, text[:previous] + f',"moved_from":"{first["claim"]}/{"0" * 14}"' + text[previous:])
    return Expect(p.at(rel, entry), f"but the last version of '{first['claim']}' before it in the file is "
                  f"{first['version']}: the move was edited by hand", hint="git checkout")


@case
def actor_wikidata_id_malformed(p: Project) -> Expect:
    rel = "claims/actors.yaml"
    where = p.set_line(rel, "    wikidata: ", "https://www.wikidata.org/wiki/Q7747")
    return Expect(where, "is not a Wikidata item id", hint="Q followed by digits")


@case
def verdict_rating_not_on_the_reviewers_scale(p: Project) -> Expect:
    p.insert_after_line("claims/actors.yaml", "  - id: polygraph-info",
                        "    rating_scale: [False, Misleading, Unproven, True]\n")
    rel = next(r for r in p.claims() if "\nverdict:\n" in p.text(r))
    where = p.set_line(rel, "  rating: ", "Mostly false")
    return Expect(where, "'Mostly false' is not on the rating scale of Polygraph.info",
                  hint="as it appears on the reviewer's scale")


@case
def anchor_lock_is_a_folder(p: Project) -> Expect:
    (p.path / "claims/anchors.lock.json").unlink()
    (p.path / "claims/anchors.lock.json").mkdir()
    return Expect("claims/anchors.lock.json", "it is not a regular file", hint="git checkout")


@case
def source_only_unicode_whitespace(p: Project) -> Expect:
    article = p.sources()[0]
    p.write(article, "\u00a0\u2003\n\u3000\u200b\u2028\n\ufeff\u202f\n")
    return Expect(article, "holds only blank or invisible characters")


# === sidecars ============================================================


@case
def sidecar_missing(p: Project) -> Expect:
    article = p.sources()[0]
    (p.path / p.sidecar(article)).unlink()
    return Expect(article, "the article has no sidecar", hint="add-source")


@case
def sidecar_without_article(p: Project) -> Expect:
    shutil.copy(p.path / p.sidecar(p.sources()[0]), p.path / "corpus/orphan.yaml")
    return Expect("corpus/orphan.yaml", "sidecar without its article orphan.txt")


@case
def sidecar_title_with_a_right_to_left_override(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    where = p.set_line(rel, "title: ", "'Ceasefire \u202eholds\u202c in Idlib'")
    return Expect(where, "title: has the invisible bidirectional control U+202E at character 11",
                  hint="something other than its source")


@case
def claim_title_with_a_bidi_isolate(p: Project) -> Expect:
    where = p.set_line(p.claims()[0], "title: ", "\"Turkey \u2067denies\u2069 it\"")
    return Expect(where, "title: has the invisible bidirectional control U+2067 at character 8",
                  hint="messages show it as \\u2067")


@case
def actor_name_with_a_left_to_right_embedding(p: Project) -> Expect:
    where = p.set_line("claims/actors.yaml", "    name: ", "Vladimir \u202aPutin")
    return Expect(where, "name: has the invisible bidirectional control U+202A at character 10")


@case
def invisible_characters_are_escaped_in_messages(p: Project) -> Expect:
    return Expect(p.set_field("source", "no-such\u200b-source\u2060-2020"),
                  "source: 'no-such\\u200b-source\\u2060-2020' is not a valid id: it contains the characters "
                  "'\\u200b', '\\u2060'")


@case
def sidecar_unknown_field(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[0])
    offset = p.insert_after_line(rel, "id: ", "publisher: Somebody\n")
    return Expect(p.at(rel, offset), "unknown key 'publisher'")


@case
def sidecar_missing_title(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    p.write(rel, re.sub(r"(?m)^title: .*\n", "", p.text(rel), count=1))
    return Expect(p.first_key(rel), "missing required key 'title'")


@case
def sidecar_date_with_slashes(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    return Expect(
        p.set_line(rel, "date: ", "04/03/2020"), "'04/03/2020' is not a date in the form YYYY"
    )


@case
def sidecar_id_with_dot_dot_slash(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    return Expect(p.set_line(rel, "id: ", "../outside"), "is not a valid id")


@case
def sidecar_url_not_absolute(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    return Expect(
        p.set_line(rel, "url: ", "www.example.org/article"), "is not an absolute http or https URL"
    )


@case
def sidecar_boolean_yes(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    offset = p.insert_after_line(rel, "id: ", "review: yes\n")
    return Expect(
        p.at(rel, offset + len("review: ")), "review: expected true or false, found 'yes'"
    )


@case
def sidecar_awaiting_review(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    offset = p.insert_after_line(rel, "id: ", "review: true\n")
    return Expect(p.at(rel, offset + len("review: ")), "awaits review", hint="review: false")


@case
def sidecar_fixme_value(p: Project) -> Expect:
    rel = p.sidecar(p.sources()[1])
    where = p.set_line(rel, "outlet: ", '"FIXME: who published it"')
    return Expect(where, "outlet: still says FIXME", hint="check the article")


@case
def sidecar_title_contradicts_file(p: Project) -> Expect:
    for article in p.sources():
        title = str(yaml.safe_load(p.text(p.sidecar(article)))["title"])
        text = p.text(article)
        m = re.search(rf"(?m)^[ \t]*({re.escape(title)})[ \t]*$", text)
        if m:
            p.set_line(p.sidecar(article), "title: ", "A Title The File Does Not Have")
            return Expect(p.at(article, m.start(1)), "the file states title")
    raise AssertionError("fixture assumption broken: no article states its title")


@case
def sidecar_block_kinds_line_past_the_end(p: Project) -> Expect:
    article = p.sources()[1]
    lines = len(p.text(article).removesuffix("\n").split("\n"))
    offset = p.insert_after_line(p.sidecar(article), "id: ", f'block_kinds:\n  "{lines + 1}": body\n')
    return Expect(p.at(p.sidecar(article), offset + len("block_kinds:\n  ")),
                  f"block_kinds: '{lines + 1}': the article has {lines} lines", hint="line numbers")


@case
def sidecar_block_kinds_ranges_overlap(p: Project) -> Expect:
    article = p.sources()[1]
    blank = p.text(article).split("\n").index("") + 1  # the first blank line: a range may span it
    entries = f'block_kinds:\n  "{blank - 1}-{blank + 1}": body\n  "{blank + 1}": caption\n'
    offset = p.insert_after_line(p.sidecar(article), "id: ", entries)
    second = offset + entries.index(f'"{blank + 1}": caption')
    return Expect(p.at(p.sidecar(article), second), f"overlaps the entry '{blank - 1}-{blank + 1}'",
                  hint="one entry")


def _not_listed(p: Project, quote: str, note: str | None = "Why.") -> tuple[str, int]:
    """The first source's sidecar with one not_listed entry of ``quote`` (and ``note``, None: no note); the
    sidecar, and the offset of the entry's quote."""
    rel = p.sidecar(p.sources()[0])
    kept = p.text(rel).split("not_listed:")[0] + "not_listed:\n  - quote: "
    p.write(rel, kept + quote + "\n" + ("" if note is None else f"    note: {note}\n"))
    return rel, len(kept)


@case
def not_listed_quote_not_in_the_article(p: Project) -> Expect:
    rel, at = _not_listed(p, "Damascus has often denounced the presence")
    return Expect(p.at(rel, at), f"not_listed[0].quote: the words are not in {p.sources()[0]}",
                  hint="copy the words of the passage")


@case
def not_listed_quote_twice_in_the_article(p: Project) -> Expect:
    rel, at = _not_listed(p, "presence of Turkish forces in the region")
    article = p.text(p.sources()[0])
    first, second = (p.at(p.sources()[0], article.index("presence of Turkish forces", n)).split(":", 1)[1]
                     for n in (0, article.index("presence of Turkish forces") + 1))
    return Expect(p.at(rel, at), f"not_listed[0].quote: the words are in {p.sources()[0]} 2 times ({first}, {second})",
                  hint="quote more of the passage's words")


@case
def not_listed_quote_off_every_passage(p: Project) -> Expect:
    words = "will discuss recent developments in Idlib"
    rel, at = _not_listed(p, words)
    return Expect(p.at(rel, at), f"not_listed[0].quote: the words at {p.find(p.sources()[0], words)} overlap no "
                  "attributed passage", hint="remove the entry")


@case
def not_listed_without_a_note(p: Project) -> Expect:
    rel, at = _not_listed(p, "Damascus has repeatedly denounced the presence", note=None)
    return Expect(p.at(rel, at - len("quote: ")), "not_listed[0]: missing required key 'note'", hint="add 'note:'")


@case
def not_listed_note_empty(p: Project) -> Expect:
    rel, at = _not_listed(p, "Damascus has repeatedly denounced the presence", note='""')
    return Expect(p.find(rel, '""', at), "not_listed[0].note: must not be empty", hint="write a value")


@case
def two_sources_with_one_id(p: Project) -> Expect:
    first, second = p.sources()[:2]
    p.set_line(p.sidecar(second), "id: ", p.source_id(first))
    return Expect(p.sidecar(second), f"source id '{p.source_id(first)}' is also used by {first}")


@case
def sidecar_former_id_is_another_sources_id(p: Project) -> Expect:
    first, second = p.sources()[:2]
    rel, taken = p.sidecar(second), p.source_id(first)
    offset = p.insert_after_line(rel, "id: ", f"former_ids: [{taken}]\n")
    return Expect(p.at(rel, offset + len("former_ids: [")),
                  f"former id '{taken}' is the id of another source ({p.sidecar(first)})",
                  hint="a former id is an old id that redirects here; it cannot be a current id")


@case
def sidecar_former_id_of_two_sources(p: Project) -> Expect:
    first, second = p.sources()[:2]
    p.insert_after_line(p.sidecar(first), "id: ", "former_ids: [retired-source]\n")
    rel = p.sidecar(second)
    offset = p.insert_after_line(rel, "id: ", "former_ids: [retired-source]\n")
    line = p.line_of(p.sidecar(first), "former_ids: ")
    return Expect(p.at(rel, offset + len("former_ids: [")),
                  f"former id 'retired-source' is already a former id at {p.sidecar(first)}:{line}",
                  hint="an old id can redirect to only one source")


@case
def statement_cites_a_renamed_sources_old_id(p: Project) -> Expect:
    rel, at, old = _statement_value(p, "source")
    sidecar = p.sidecar(next(a for a in p.sources() if p.source_id(a) == old))
    p.set_line(sidecar, "id: ", f"{old}-now\nformer_ids: [{old}]")
    return Expect(p.at(rel, at), f"source id '{old}' was renamed: it is now '{old}-now'",
                  hint=f"write '{old}-now' (its former_ids in {sidecar} keep the old URL working")


# === add-source: saved pages and URLs =====================================

_PAGE_SERVER: list[str] = []
_PAGE_SERVER_LOCK = threading.Lock()


class _Pages(http.server.BaseHTTPRequestHandler):
    """/slow answers after 3 s, /png is neither HTML nor a PDF, /big is 2 MB of HTML, /big.pdf 2 MB of PDF."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            time.sleep(3)
        kind, body = {
            "/png": ("image/png", b"\x89PNG\r\n\x1a\n not a page"),
            "/big.pdf": ("application/pdf", b"%PDF-1.4\n" + b"% padding\n" * 200_000),
            "/big": ("text/html", b"<html><body>" + b"<p>words</p>" * 200_000 + b"</body></html>"),
        }.get(self.path, ("text/html", b"<html><body><p>late</p></body></html>"))
        try:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (the point of /slow and /big)

    def log_message(self, *args: object) -> None:
        pass


def page_server() -> str:
    """The address of a server on 127.0.0.1 started by this test module (once)."""
    with _PAGE_SERVER_LOCK:
        if not _PAGE_SERVER:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            _PAGE_SERVER.append(f"http://127.0.0.1:{server.server_address[1]}")
    return _PAGE_SERVER[0]


@case
def html_without_text(p: Project) -> Expect:
    (p.path.parent / "empty.html").write_text(
        "<!doctype html><html><head><title>Home</title></head><body><nav>Home</nav></body></html>", "utf-8")
    page = str(p.path.parent / "empty.html")
    return Expect(page, "holds no article text", argv=("add-source", page), hint="article's own page")


@case
def file_neither_text_nor_html(p: Project) -> Expect:
    (p.path.parent / "notes.bin").write_bytes(b"\x00\x01\x02 binary")
    page = str(p.path.parent / "notes.bin")
    return Expect(page, "the file is none of the formats add-source reads: a text file, a saved page (.html, .htm, "
                  ".mhtml, .mht), a PDF, a Word document (.docx), a mail file (.eml)", argv=("add-source", page),
                  hint="a word processor's document as .docx or PDF")


@case
def word_document_damaged(p: Project) -> Expect:
    (p.path.parent / "report.docx").write_bytes(b"PK\x03\x04\x14\x00\x00\x00 word processor")
    page = str(p.path.parent / "report.docx")
    return Expect(page, "Word document that cannot be opened", argv=("add-source", page), hint="(.docx) or as PDF")


@case
def pdf_unreadable(p: Project) -> Expect:
    (p.path.parent / "broken.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02 binary")
    page = str(p.path.parent / "broken.pdf")
    return Expect(page, "the PDF cannot be read", argv=("add-source", page), hint="print it to a new PDF")


@case
def pdf_without_text_layer(p: Project) -> Expect:
    page = str(Path(__file__).parent / "fixtures" / "pdf" / "scanned.pdf")
    return Expect(page, "the PDF has no text layer", argv=("add-source", page), hint="ocrmypdf")


@case
def pdf_encrypted(p: Project) -> Expect:
    page = str(Path(__file__).parent / "fixtures" / "pdf" / "encrypted.pdf")
    return Expect(page, "the PDF is encrypted", argv=("add-source", page), hint="password")


@case
def url_timeout(p: Project) -> Expect:
    url = page_server() + "/slow"
    return Expect(url, "no answer within 1 second", argv=("add-source", url, "--timeout", "1"))


@case
def url_not_html(p: Project) -> Expect:
    url = page_server() + "/png"
    return Expect(url, "the response is image/png, not an HTML page or a PDF", argv=("add-source", url))


@case
def url_pdf_too_large(p: Project) -> Expect:
    url = page_server() + "/big.pdf"
    return Expect(url, "the PDF is larger than the limit of 100,000 bytes",
                  argv=("add-source", url, "--max-bytes", "100000"))


@case
def url_too_large(p: Project) -> Expect:
    url = page_server() + "/big"
    return Expect(url, "larger than the limit of 100,000 bytes",
                  argv=("add-source", url, "--max-bytes", "100000"))


def _saved_page(p: Project) -> tuple[str, str, str]:
    """A saved web page added to the copy as add-source adds one, reviewed: (page, text, sidecar)."""
    data = (Path(__file__).parent / "fixtures" / "webpages" / "ankara-convoy.html").read_bytes()
    extracted = extract(data)
    assert extracted is not None
    text = extracted.text.encode()
    p.write("corpus/ankara-convoy.html", data)
    p.write("corpus/ankara-convoy.txt", text)
    p.write("corpus/ankara-convoy.yaml", f"""id: ankara-convoy-2020-02-28
outlet: Al Jazeera
outlet_note: The URL is on aljazeera.com.
title: {extracted.page.title}
date: 2020-02-28
date_note: The page's metadata gives 2020-02-28.
language: en
html_sha256: {sha256_hex(data)}
text_sha256: {sha256_hex(text)}
extractor: {EXTRACTOR}
""")
    return "corpus/ankara-convoy.html", "corpus/ankara-convoy.txt", "corpus/ankara-convoy.yaml"


@case
def saved_page_changed(p: Project) -> Expect:
    page, _, _ = _saved_page(p)
    p.write(page, p.text(page).replace("overnight", "at dawn"))
    return Expect(page, "the saved page changed since it was added", hint="restore it")


@case
def extracted_text_edited(p: Project) -> Expect:
    _, text, _ = _saved_page(p)
    p.write(text, p.text(text).replace("overnight", "at dawn"))
    return Expect(text, "the extracted text changed since it was added", hint="restore it")


@case
def extractor_gives_other_text(p: Project) -> Expect:
    _, text, sidecar = _saved_page(p)
    old = p.text(text).replace("overnight without", "overnight, without")
    p.write(text, old)
    p.write(sidecar, re.sub(r"text_sha256: .*", f"text_sha256: {sha256_hex(old.encode())}",
                            p.text(sidecar)).replace(EXTRACTOR, "trafilatura 1.0.0"))
    return Expect(p.at(text, old.index(", without")), "extracts different text", hint="trafilatura==1.0.0")


@case
def sidecar_two_evidence_checksums(p: Project) -> Expect:
    _, _, sidecar = _saved_page(p)
    old = p.text(sidecar)
    p.write(sidecar, old.replace("text_sha256:", f"pdf_sha256: {'0' * 64}\ntext_sha256:"))
    return Expect(p.at(sidecar, old.index("text_sha256:")),
                  "pdf_sha256 beside html_sha256: a text is read out of one file of evidence",
                  hint="keep the checksum of the file that is in corpus/ beside the article (ankara-convoy.html or "
                  "ankara-convoy.pdf) and delete the other")


@case
def outlets_yaml_unknown_key(p: Project) -> Expect:
    offset = p.insert_after_line("corpus/outlets.yaml", "outlets:", "  - {name: X, domain: [x.com]}\n")
    page = str(Path(__file__).parent / "fixtures" / "webpages" / "ankara-convoy.html")
    return Expect(p.at("corpus/outlets.yaml", offset + len("  - {name: X, ")), "unknown key 'domain'",
                  argv=("add-source", page))


# === links and special files ===============================================
# Every input must be a regular file inside the project: a link is followed only to one.


def _outside(p: Project, name: str, text: str) -> Path:
    """A file beside the project, outside it."""
    path = p.path.parent / name
    path.write_text(text, "utf-8")
    return path


def _with_sidecar(p: Project, stem: str) -> None:
    """A valid sidecar for corpus/<stem>.txt, so that only the article itself is wrong."""
    text = p.text(p.sidecar(p.sources()[0]))
    p.write(f"corpus/{stem}.yaml", re.sub(r"(?m)^id: .*$", f"id: {stem}", text, count=1))


@case
def source_link_outside_the_project(p: Project) -> Expect:
    _with_sidecar(p, "zz-linked")
    (p.path / "corpus/zz-linked.txt").symlink_to(_outside(p, "secret.txt", "Private notes\n\nNot evidence.\n"))
    return Expect("corpus/zz-linked.txt", "symbolic link to", hint="regular file inside the project")


@case
def source_link_to_dev_zero(p: Project) -> Expect:
    _with_sidecar(p, "zz-zero")
    (p.path / "corpus/zz-zero.txt").symlink_to("/dev/zero")
    return Expect("corpus/zz-zero.txt", "outside the project")


@case
def source_fifo(p: Project) -> Expect:
    _with_sidecar(p, "zz-pipe")
    os.mkfifo(p.path / "corpus/zz-pipe.txt")
    return Expect("corpus/zz-pipe.txt", "a named pipe (FIFO), not a regular file")


@case
def source_folder_named_txt(p: Project) -> Expect:
    _with_sidecar(p, "zz-folder")
    (p.path / "corpus/zz-folder.txt").mkdir()
    return Expect("corpus/zz-folder.txt", "a folder, not a regular file")


@case
def source_dangling_link(p: Project) -> Expect:
    _with_sidecar(p, "zz-dangling")
    (p.path / "corpus/zz-dangling.txt").symlink_to("no-such-article.txt")
    return Expect("corpus/zz-dangling.txt", "which does not exist", hint="delete the link")


@case
def source_larger_than_the_limit(p: Project) -> Expect:
    _with_sidecar(p, "zz-huge")
    p.write("corpus/zz-huge.txt", "A title\n\n" + "word " * (4 * 1024 * 1024))
    return Expect("corpus/zz-huge.txt", "larger than 16 MiB")


@case
def sidecar_link_outside_the_project(p: Project) -> Expect:
    sidecar = p.sidecar(p.sources()[0])
    outside = _outside(p, "sidecar.yaml", p.text(sidecar))
    (p.path / sidecar).unlink()
    (p.path / sidecar).symlink_to(outside)
    return Expect(sidecar, "outside the project")


@case
def claim_file_fifo(p: Project) -> Expect:
    os.mkfifo(p.path / "claims/zz-pipe.yaml")
    return Expect("claims/zz-pipe.yaml", "a named pipe (FIFO)")


@case
def actors_file_link_outside_the_project(p: Project) -> Expect:
    outside = _outside(p, "actors.yaml", p.text("claims/actors.yaml"))
    (p.path / "claims/actors.yaml").unlink()
    (p.path / "claims/actors.yaml").symlink_to(outside)
    return Expect("claims/actors.yaml", "outside the project")


@case
def template_link_outside_the_project(p: Project) -> Expect:
    (p.path / "templates/footer.html").unlink()
    (p.path / "templates/footer.html").symlink_to(_outside(p, "footer.html", "<p>{{ config.title }}</p>\n"))
    return Expect("templates/footer.html", "outside the project")


@case
def template_fifo(p: Project) -> Expect:
    os.mkfifo(p.path / "templates/zz-part.html")
    return Expect("templates/zz-part.html", "a named pipe (FIFO)")


# === templates ===========================================================


@case
def template_syntax_error(p: Project) -> Expect:
    p.write("templates/footer.html", "<p>{% if config.title %}never closed</p>\n")
    return Expect(
        "templates/footer.html:1", "template syntax error: Unexpected end of template"
    )


@case
def template_unknown_filter(p: Project) -> Expect:
    p.write("templates/footer.html", "<p>\n{{ config.title | shout }}</p>\n")
    return Expect(p.find("templates/footer.html", "shout"), "No filter named 'shout'")


@case
def template_undefined_variable(p: Project) -> Expect:
    p.write("templates/footer.html", "<p>Built by\n{{ no_such_variable }}</p>\n")
    # render.py reports it once per page that includes the footer (see docs/errors.md)
    return Expect(p.find("templates/footer.html", "no_such"), "'no_such_variable' is undefined")


@case
def template_in_a_subfolder_undefined_variable(p: Project) -> Expect:
    (p.path / "templates/parts").mkdir()
    p.write("templates/parts/credit.html", "<p>Built by\n  {{ builder }} and {{ config.title }}</p>\n")
    p.write("templates/footer.html", '<p>Footer</p>\n{% include "parts/credit.html" %}\n')
    return Expect(p.find("templates/parts/credit.html", "builder"), "'builder' is undefined")


@case
def template_runs_a_command(p: Project) -> Expect:
    p.write("templates/footer.html", "<p>\n{{ cycler.__init__.__globals__.os.popen('id').read() }}</p>\n")
    return Expect(p.find("templates/footer.html", "__init__"), "is unsafe")


@case
def template_includes_itself(p: Project) -> Expect:
    p.write("templates/footer.html", '<p>Footer</p>\n{% include "footer.html" %}\n')
    return Expect(p.find("templates/footer.html", "footer.html"), "includes itself", hint="remove the include")


@case
def template_includes_a_missing_file(p: Project) -> Expect:
    p.write("templates/footer.html", '{% include "no-such-part.html" %}\n')
    return Expect(p.find("templates/footer.html", "no-such"), "template not found: no-such-part.html")


# === output directory ======================================================


@case
def output_is_the_project_root(p: Project) -> Expect:
    root = str(p.path.resolve())
    return Expect(root, "it is the project root", args=("--output", "."))


@case
def output_inside_an_input_folder(p: Project) -> Expect:
    out = str((p.path / "corpus" / "site").resolve())
    return Expect(
        out, "inside the project's input folder corpus/", args=("--output", "corpus/site")
    )


@case
def output_holds_foreign_files(p: Project) -> Expect:
    (p.path / "public").mkdir()
    p.write("public/notes.txt", "someone's own notes\n")
    out = str((p.path / "public").resolve())
    return Expect(out, "holds files idlibsite did not create", args=("--output", "public"))


@case
def output_is_a_file(p: Project) -> Expect:
    p.write("README.txt", "a file, not a folder\n")
    out = str((p.path / "README.txt").resolve())
    return Expect(out, "is not a directory", args=("--output", "README.txt"))


@case
def output_parent_is_a_file(p: Project) -> Expect:
    p.write("README.txt", "a file, not a folder\n")
    blocker = str((p.path / "README.txt").resolve())
    return Expect(
        blocker, "is a file", args=("--output", "README.txt/site")
    )


@case
def output_cannot_be_written(p: Project) -> Expect:
    # /proc refuses new files even to root, unlike a chmod-ed folder
    return Expect(
        "/proc/.idlibsite-test-site.lock",
        "cannot write beside the output directory",
        args=("--output", "/proc/idlibsite-test-site"),
    )


# === configuration and command line =====================================


@case
def base_url_option_not_absolute(p: Project) -> Expect:
    return Expect(
        "--base-url",
        "base_url 'example.org/idlib' is not an absolute http(s) URL",
        args=("--base-url", "example.org/idlib"),
    )


@case
def base_url_in_pyproject_not_absolute(p: Project) -> Expect:
    where = p.set_line("pyproject.toml", "base_url = ", '"/idlib/"')
    return Expect(where, "base_url '/idlib/' is not an absolute http(s) URL")


@case
def base_url_with_a_query(p: Project) -> Expect:
    where = p.set_line("pyproject.toml", "base_url = ", '"https://example.org/idlib/?lang=en"')
    return Expect(where, "has a query (?): every permalink would be broken")


@case
def base_url_with_a_fragment(p: Project) -> Expect:
    return Expect("--base-url", "has a fragment (#)", args=("--base-url", "https://example.org/#top"))


@case
def base_url_with_an_invalid_port(p: Project) -> Expect:
    where = p.set_line("pyproject.toml", "base_url = ", '"https://example.org:99999/idlib/"')
    return Expect(where, "has an invalid port")


@case
def base_url_with_markup(p: Project) -> Expect:
    where = p.set_line(
        "pyproject.toml", "base_url = ", "'https://example.org/\"><script>alert(1)</script>'"
    )
    return Expect(where, "is not an absolute http(s) URL")


@case
def pyproject_unknown_key(p: Project) -> Expect:
    offset = p.insert_after_line("pyproject.toml", "output = ", 'ouptut = "public"\n')
    return Expect(
        p.at("pyproject.toml", offset), "unknown key 'ouptut'", hint="did you mean 'output'?"
    )


@case
def pyproject_wrong_type(p: Project) -> Expect:
    return Expect(
        p.set_line("pyproject.toml", "title = ", "2020"), "title must be a string, not int"
    )


@case
def pyproject_switch_not_true_or_false(p: Project) -> Expect:
    return Expect(
        p.set_line("pyproject.toml", "directory_urls = ", '"false"'), "directory_urls must be true or false, not str",
        hint="write it as directory_urls = true, or false for a site read from disk, without quotes",
    )


@case
def pyproject_invalid_toml(p: Project) -> Expect:
    where = p.set_line("pyproject.toml", "title = ", '"never closed')
    line, col = where.rsplit(":", 2)[1:]
    return Expect(f"pyproject.toml:{line}:{int(col) + 13}", "invalid TOML")


@case
def root_does_not_exist(p: Project) -> Expect:
    missing = str(p.path / "no-such-project")
    return Expect("--root", "does not exist", root=missing, exit_code=2)


@case
def unknown_option(p: Project) -> Expect:
    return Expect(
        None,
        "unrecognized arguments: --fast",
        args=("--fast",),
        hint="usage: idlibsite",
        exit_code=2,
    )


@case
def unknown_command(p: Project) -> Expect:
    return Expect(
        None, "invalid choice: 'biuld'", argv=("biuld",), hint="usage: idlibsite", exit_code=2
    )


@case
def suggest_unknown_source(p: Project) -> Expect:
    return Expect("suggest", "no source 'no-such-source'", argv=("suggest", "no-such-source"),
                  hint="known sources: ", exit_code=2)


@case
def suggest_a_source_refused_for_its_sidecar(p: Project) -> Expect:
    """A source just added whose sidecar has an error is left out: `suggest` says why, not only that it is unknown."""
    p.write("corpus/new-report.txt",
            "Minister says border stays shut\n\nThe minister said on Monday that it stays shut.\n")
    p.write("corpus/new-report.yaml", "id: new-report-2020-03-02\noutlet: Kathimerini\ntitle: Border stays shut\n"
            "date: 2020-03-02\nurl: null\nlanguage: en\nreview: false\n")
    return Expect("suggest", "no source 'new-report-2020-03-02'", argv=("suggest", "new-report-2020-03-02"),
                  hint="left out until it is fixed", exit_code=2)


# === the machinery =========================================================


def _run_case(name: str, baseline: Path, workdir: Path) -> Outcome:
    project = workdir / "project"
    shutil.copytree(baseline, project, symlinks=True)
    expect = CASES[name](Project(project))
    before = tree(project)
    scratch = workdir / "tmp"
    scratch.mkdir()
    root = expect.root or str(project)
    argv = list(expect.argv) if expect.argv is not None else ["build", *expect.args]
    result = subprocess.run(
        cli_args(Path(root), *argv),
        cwd=project,
        env=cli_env(TMPDIR=str(scratch)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Outcome(
        expect,
        result,
        before,
        tree(project),
        sorted(os.listdir(scratch)),
        leftovers(project),
        project,
    )


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project copy with a complete site from a good build (and its lock and cache)."""
    project = copy_project(tmp_path_factory.mktemp("baseline") / "project")
    result = subprocess.run(
        cli_args(project, "build"),
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def outcomes(
    baseline: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> dict[str, Outcome | BaseException]:
    """Every selected case, run in parallel (each a subprocess in its own copy)."""
    selected = [
        item.callspec.params["name"]
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_bad_input_is_refused_and_changes_nothing"
        and hasattr(item, "callspec")
    ] or list(CASES)
    work = {name: tmp_path_factory.mktemp(name) for name in selected}
    out: dict[str, Outcome | BaseException] = {}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {
            name: pool.submit(_run_case, name, baseline, path) for name, path in work.items()
        }
        for name, future in futures.items():
            try:
                out[name] = future.result()
            except BaseException as exc:  # reported by the case's own test
                out[name] = exc
    return out


def test_the_catalogue_has_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_every_case_is_listed_in_docs_errors_md() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "errors.md").read_text("utf-8")
    missing = [name for name in CASES if f"`{name}`" not in docs]
    assert not missing, f"add a row to docs/errors.md for: {missing}"


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_refused_and_changes_nothing(
    name: str, outcomes: dict[str, Outcome | BaseException], baseline: Path
) -> None:
    outcome = outcomes[name]
    if isinstance(outcome, BaseException):
        raise outcome
    expect, result = outcome.expect, outcome.result
    shown = f"exit {result.returncode}\nstderr:\n{result.stderr}\nstdout:\n{result.stdout}"
    assert result.returncode == expect.exit_code, shown
    lines = result.stderr.splitlines()
    if expect.where is None:  # argparse: its message, with the usage line as the hint
        assert any(expect.fragment in line for line in lines), shown
        assert any(line.startswith(expect.hint) for line in lines), shown
    else:
        head = f"{expect.where}: error: "
        found = [
            i for i, line in enumerate(lines) if line.startswith(head) and expect.fragment in line
        ]
        assert found, f"expected a line starting {head!r} containing {expect.fragment!r}\n{shown}"
        hint = lines[found[0] + 1] if found[0] + 1 < len(lines) else ""
        assert hint.startswith("    hint: ") and len(hint.split("hint: ", 1)[1]) > 10, shown
        assert expect.hint in hint, shown
        if expect.once:
            assert len(found) == 1, f"the problem is printed {len(found)} times\n{shown}"
        assert "Traceback" not in result.stderr, shown
    # nothing lost, nothing written: the previous site, lock, cache and inputs as they were
    assert outcome.after == outcome.before
    assert {k: v for k, v in outcome.after.items() if k.startswith("site/")} == {
        k: v for k, v in tree(baseline).items() if k.startswith("site/")
    }
    assert outcome.leftovers == [] and outcome.tmp_after == []


def test_suggest_prints_the_error_that_left_a_source_out_before_saying_it_is_unknown(
    outcomes: dict[str, Outcome | BaseException]
) -> None:
    outcome = outcomes["suggest_a_source_refused_for_its_sidecar"]
    assert not isinstance(outcome, BaseException)
    lines = outcome.result.stderr.splitlines()
    reason = [i for i, line in enumerate(lines) if line.startswith("corpus/new-report.yaml:5:")]
    unknown = [i for i, line in enumerate(lines) if line.startswith("suggest: error: no source")]
    assert reason and unknown and reason[0] < unknown[0], outcome.result.stderr
    assert "url" in lines[reason[0]], outcome.result.stderr


def test_a_template_that_is_not_utf8_is_refused_without_a_traceback(
    baseline: Path, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    shutil.copytree(baseline, project, symlinks=True)
    (project / "templates/footer.html").write_bytes(b"<p>caf\xe9</p>\n")
    before = tree(project)
    result = subprocess.run(
        cli_args(project, "build"),
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert tree(project) == before  # holds already: nothing is written
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("templates/footer.html"), result.stderr


def test_a_template_problem_is_printed_once(outcomes: dict[str, Outcome | BaseException]) -> None:
    outcome = outcomes["template_undefined_variable"]
    assert isinstance(outcome, Outcome)
    assert outcome.result.stderr.count("templates/footer.html:2:4: error:") == 1


def run_check(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_args(project, "check", *args), env=cli_env(), capture_output=True,
                          text=True, timeout=120, check=False)


def test_a_fuzzy_match_is_a_warning_that_shows_the_words_and_fails_check_strict(
    baseline: Path, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    shutil.copytree(baseline, project, symlinks=True)
    p = Project(project)
    rel, start, quote = _quote_with(p, r"\bmechanized\b")
    where = p.set_line(rel, "    quote: ", quote.replace("mechanized", "infantry", 1), start)

    plain, strict = run_check(project), run_check(project, "--strict")
    assert plain.returncode == 0, plain.stderr
    assert strict.returncode == 1, strict.stderr
    for result in (plain, strict):
        output = result.stdout + result.stderr
        line = next((x for x in output.splitlines() if x.startswith(f"{where}: warning: ")), output)
        assert "quote anchored only approximately" in line
        assert "it differs word by word (typed → article): 'infantry' → 'mechanized'" in line


def test_an_unused_topic_is_a_warning_that_fails_check_strict(baseline: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(baseline, project, symlinks=True)
    p = Project(project)
    offset = p.insert_after_line("claims/topics.yaml", "topics:", "  - id: nobody-names-this\n    title: Unused\n")
    where = p.at("claims/topics.yaml", offset + len("  - "))

    plain, strict = run_check(project), run_check(project, "--strict")
    assert plain.returncode == 0, plain.stderr
    assert strict.returncode == 1, strict.stderr
    for result in (plain, strict):
        lines = (result.stdout + result.stderr).splitlines()
        found = [i for i, x in enumerate(lines)
                 if x == f"{where}: warning: topic 'nobody-names-this' is listed but no claim names it"]
        assert found, lines
        assert lines[found[0] + 1] == "    hint: add it to the topics of a claim, or remove it from the list"


def test_only_a_command_that_writes_says_that_nothing_was_written(
    outcomes: dict[str, Outcome | BaseException],
) -> None:
    refused = {name: outcomes[name] for name in ("suggest_unknown_source", "quote_not_in_source")}
    last = {}
    for name, outcome in refused.items():
        assert isinstance(outcome, Outcome), outcome
        last[name] = outcome.result.stderr.splitlines()[-1]
    assert last == {"suggest_unknown_source": "idlibsite: stopped with 1 problem.",
                    "quote_not_in_source": "idlibsite: stopped with 1 problem; the site was not changed."}


def test_sidecars_that_swap_ids_are_one_error_per_source_not_one_per_quote(
    outcomes: dict[str, Outcome | BaseException],
) -> None:
    outcome = outcomes["sidecars_swap_ids"]
    assert isinstance(outcome, Outcome), outcome
    errors = [line for line in outcome.result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 2 and all("the sidecars' ids look swapped" in line for line in errors), errors
    hints = [line for line in outcome.result.stderr.splitlines() if line.startswith("    hint: ")]
    assert len(hints) == 2 and not any("--accept-source-changes" in line for line in hints), hints


INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2069\u202a-\u202e\ufeff]")


def test_no_message_prints_an_invisible_character_as_it_is(
    outcomes: dict[str, Outcome | BaseException],
) -> None:
    for name in ("sidecar_title_with_a_right_to_left_override", "claim_title_with_a_bidi_isolate",
                 "actor_name_with_a_left_to_right_embedding", "invisible_characters_are_escaped_in_messages"):
        outcome = outcomes[name]
        assert isinstance(outcome, Outcome), outcome
        printed = outcome.result.stderr + outcome.result.stdout
        assert "\\u" in printed and not INVISIBLE.search(printed), (name, printed)


def test_a_source_id_refused_as_invalid_is_not_reported_again_as_unknown(
    outcomes: dict[str, Outcome | BaseException],
) -> None:
    outcome = outcomes["invisible_characters_are_escaped_in_messages"]
    assert isinstance(outcome, Outcome), outcome
    errors = [line for line in outcome.result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1 and "is not a valid id" in errors[0], outcome.result.stderr


def test_check_prints_the_values_it_lists_with_invisible_characters_escaped(baseline: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(baseline, project, symlinks=True)
    p = Project(project)
    p.set_line(p.sidecar(p.sources()[0]), "outlet: ", "Zero\u200bWidth Wire")  # allowed, but unseen
    p.set_line(p.claims()[0], "title: ", "Hidden\u2060joiner claim")
    result = subprocess.run(cli_args(project, "check", "--unreviewed"), env=cli_env(), capture_output=True,
                            text=True, timeout=120, check=False)
    printed = result.stdout + result.stderr
    assert ": Zero\\u200bWidth Wire; " in result.stdout, printed
    assert ": not reviewed: " in result.stdout and "Hidden\\u2060joiner claim" in result.stdout, printed
    assert not INVISIBLE.search(printed), printed


@pytest.mark.parametrize("breakage", ["claim", "template", "unknown spare"])
def test_a_refused_build_changes_neither_the_spare_nor_the_tree_records(
    baseline: Path, tmp_path: Path, breakage: str
) -> None:
    """With a spare beside the site, and pages to bring up to date in it, a build refused at the check
    (a bad claim) or while rendering (a template that fails on the last pages made) changes nothing."""
    project = tmp_path / "project"
    shutil.copytree(baseline, project, symlinks=True)
    p = Project(project)

    def build() -> subprocess.CompletedProcess[str]:
        return subprocess.run(cli_args(project, "build"), env=cli_env(), capture_output=True, text=True,
                              timeout=120, check=False)

    p.set_line(p.claims()[0], "title: ", "A first title for the spare")
    assert build().returncode == 0  # the copied site, which no record describes, is now the spare
    if breakage != "unknown spare":
        assert build().returncode == 0  # a spare that the records describe
    assert (project / ".site.spare").is_dir()
    p.set_line(p.claims()[0], "title: ", "A second title, which changes pages")
    if breakage == "claim":
        p.set_field("source", "no-such-source-2020")
    else:  # every claim page is made, and written aside, before the first timeline page fails
        p.write("templates/timeline.html", "{% extends 'base.html' %}{% block main %}{{ no_such.thing() }}"
                                           "{% endblock %}\n")
    before = tree(project)
    result = build()
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.splitlines()[-1].endswith("the site was not changed."), result.stderr
    after = tree(project)
    assert {k for k in after if k.startswith(".site.spare/")} == {k for k in before if k.startswith(".site.spare/")}
    assert after[".idlibsite-cache/trees.sqlite"] == before[".idlibsite-cache/trees.sqlite"]
    assert after == before and leftovers(project) == [".site.spare"]
