"""Load YAML keeping the line and column of every value.

The tree is built from PyYAML's parse events (libyaml's ``CSafeLoader`` when
it is installed, the pure-Python ``SafeLoader`` otherwise).  Events carry the
same start marks as composed nodes, and unlike the composer they still show
anchors and aliases, which this module refuses.  Three frozen node types
come out, each with its :class:`~idlibsite.errors.Loc` (1-based):

- :class:`YStr` — every scalar, as the exact string written.  Nothing is
  retyped: ``yes`` stays ``"yes"``, ``1.10`` stays ``"1.10"``,
  ``2020-02-13`` stays a string, ``~`` and ``null`` stay ``"~"`` and
  ``"null"``.  An empty value (``key:``) and an explicit ``""`` are both
  the empty string.
- :class:`YSeq` — a list, items in file order.
- :class:`YMap` — a mapping with string keys in file order; each key keeps
  its own location so "unknown key" can point at the key itself.

Every problem found is returned, not only the first: characters YAML does
not allow, duplicate keys (PyYAML would silently keep the last), anchors,
aliases and merge keys (``&``, ``*``, ``<<``), explicit tags, non-string
keys, a second document, an empty file, bytes that are not UTF-8.  A YAML
*syntax* error stops the parser, so only the first one can be reported;
problems found before it are kept.

The tree is returned whenever the text parsed: offending entries (a
duplicate key, an alias, a merge key, a non-string key) are left out of it,
so the caller can go on validating the rest and report everything in one run.
``None`` comes back only when nothing usable could be read.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from idlibsite.errors import Loc, Problem, line_col
from idlibsite.projectfiles import read_input

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Characters YAML refuses anywhere in a stream: the complement of its printable set, as
# PyYAML's reader checks it.  Found here first, so every one is reported, not only the first.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_OTHER_LINE_ENDS = re.compile("[\r\x85\u2028\u2029]")
_SYNTAX_HINT = "check the indentation, unclosed quotes or brackets, and ': ' in unquoted values"
_EMPTY_HINT = "write the mapping this file is for, or delete the file"
_REFUSED_HINT = "write the value out in full: anchors, aliases and merge keys are not supported"


@dataclass(frozen=True)
class YStr:
    """A scalar: always the exact string written, never a bool, number, date or null."""

    value: str  # the scalar's text after YAML unquoting/folding; "" for an empty value
    loc: Loc  # where the scalar starts (its opening quote or block indicator, if any)


@dataclass(frozen=True)
class YSeq:
    """A list of values in file order."""

    items: tuple[YValue, ...]  # the items, refused ones (aliases) left out
    loc: Loc  # where the list starts (its first "-" or its "[")


@dataclass(frozen=True)
class YMap:
    """A mapping with string keys in file order; keys keep their own locations."""

    entries: tuple[tuple[YStr, YValue], ...]  # (key, value) pairs, each key once
    loc: Loc  # where the mapping starts (its first key or its "{")

    def keys(self) -> tuple[str, ...]:
        return tuple(key.value for key, _ in self.entries)

    def key(self, name: str) -> YStr | None:
        """The key node for ``name`` (for its location), or None when absent."""
        return next((key for key, _ in self.entries if key.value == name), None)

    def get(self, name: str) -> YValue | None:
        """The value for ``name``, or None when the key is absent."""
        return next((value for key, value in self.entries if key.value == name), None)


YValue = YStr | YSeq | YMap


def describe(node: YValue) -> str:
    """'a string', 'a list' or 'a mapping', for messages about the wrong type."""
    if isinstance(node, YStr):
        return "a string"
    return "a list" if isinstance(node, YSeq) else "a mapping"


def read_yaml(path: Path, display: str, root: Path) -> tuple[YValue | None, list[Problem]]:
    """Read ``path``, an input file of the project ``root``, and load it; problems name ``display``."""
    data, problems = read_input(path, root, display)
    return (None, problems) if data is None else load_yaml_bytes(display, data)


def load_yaml_bytes(display: str, data: bytes) -> tuple[YValue | None, list[Problem]]:
    """Decode ``data`` as UTF-8 (a BOM is dropped) and load it; pure, no I/O."""
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        before = data[: err.start].decode("utf-8")
        line, column = line_col(before, len(before))
        message = f"the file is not valid UTF-8 (byte 0x{data[err.start]:02x})"
        return None, [Problem(display, line, column, message, "save the file as UTF-8")]
    return load_yaml(display, text)


def load_yaml(display: str, text: str) -> tuple[YValue | None, list[Problem]]:
    """Parse one YAML document from ``text``; pure, no I/O.

    Returns the positioned tree (None when nothing usable was read) and every
    problem found, located in ``display``.
    """
    text = text.removeprefix("\ufeff")
    problems = [_bad_character(display, text, m.start()) for m in _NOT_PRINTABLE.finditer(text)]
    if problems:
        return None, problems
    loader = _LOADER(text)
    try:
        root = _Builder(display, text, loader.get_event, problems).document()
    except yaml.MarkedYAMLError as err:
        problems.append(_syntax_problem(display, text, err))
        return None, problems
    except _TooDeep:  # the problem is recorded; nothing deeper is read
        return None, problems
    finally:
        loader.dispose()
    return root, problems


MAX_DEPTH = 32
"""Deepest nesting of lists and mappings read.  The formats need five levels
(a claim's statements, each a mapping, with an anchor mapping holding a list);
a file nested hundreds of levels deep is a mistake or an attack, and would
otherwise exhaust Python's stack."""


class _TooDeep(Exception):
    """A file nested deeper than MAX_DEPTH: reading stops."""


class _Builder:
    """Turns one stream of parse events into Y* nodes, collecting problems."""

    def __init__(
        self, display: str, text: str, next_event: Callable[[], yaml.Event], problems: list[Problem]
    ):
        self.display = display
        self.text = text
        self.next_event = next_event
        self.problems = problems
        self.depth = 0  # lists and mappings open around the current event
        # YAML also ends lines at "\r", U+0085, U+2028 and U+2029; without them its marks'
        # line and column are the editor's (columns count code points), and no search is needed
        self.marks_are_lines = not _OTHER_LINE_ENDS.search(text)

    def document(self) -> YValue | None:
        self.next_event()  # StreamStartEvent
        root: YValue | None = YStr("", Loc(self.display))  # no document at all: empty
        if not isinstance(self.next_event(), yaml.StreamEndEvent):  # else DocumentStartEvent
            root = self.node(self.next_event())
            self.next_event()  # DocumentEndEvent
            second = self.next_event()
            if isinstance(second, yaml.DocumentStartEvent):
                self.refuse(
                    self.loc(second),
                    "a second YAML document ('---') in the same file",
                    "keep one document per file: remove the '---' line and what follows",
                )
        if isinstance(root, YStr) and not root.value:
            self.problems.append(
                Problem(self.display, None, None, "the file is empty", _EMPTY_HINT)
            )
            return None
        return root

    def loc(self, event: yaml.Event) -> Loc:
        mark = event.start_mark
        assert mark is not None  # the parser marks every event
        if self.marks_are_lines:
            return Loc(self.display, mark.line + 1, mark.column + 1)
        return Loc(self.display, *line_col(self.text, mark.index))

    def refuse(self, loc: Loc, message: str, hint: str) -> None:
        self.problems.append(loc.problem(message, hint))

    def node(self, event: yaml.Event) -> YValue | None:
        """The node starting with ``event``; None when refused (an alias)."""
        loc = self.loc(event)
        if type(event) is yaml.ScalarEvent and event.anchor is None and event.tag is None:
            return YStr(event.value, loc)  # the common case, first
        if isinstance(event, yaml.AliasEvent):
            self.refuse(loc, f"alias '*{event.anchor}' is not supported", _REFUSED_HINT)
            return None
        assert isinstance(event, yaml.NodeEvent)
        if event.anchor is not None:
            self.refuse(loc, f"anchor '&{event.anchor}' is not supported", _REFUSED_HINT)
        tag = getattr(event, "tag", None)
        if tag is not None:
            tag = tag.replace("tag:yaml.org,2002:", "!!")
            self.refuse(loc, f"tag '{tag}' is not supported", "remove it: every value is a string")
        if isinstance(event, yaml.ScalarEvent):
            return YStr(event.value, loc)
        if self.depth >= MAX_DEPTH:
            self.refuse(loc, f"lists and mappings are nested more than {MAX_DEPTH} levels deep",
                        "no idlibsite file needs more than a few levels: check the indentation and brackets")
            raise _TooDeep
        self.depth += 1
        try:
            return self._collection(event, loc)
        finally:
            self.depth -= 1

    def _collection(self, event: yaml.NodeEvent, loc: Loc) -> YValue:
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            while not isinstance(item_event := self.next_event(), yaml.SequenceEndEvent):
                if (item := self.node(item_event)) is not None:
                    items.append(item)
            return YSeq(tuple(items), loc)
        assert isinstance(event, yaml.MappingStartEvent)
        return self.mapping(loc)

    def mapping(self, loc: Loc) -> YMap:
        entries: list[tuple[YStr, YValue]] = []
        seen: dict[str, YStr] = {}
        while not isinstance(key_event := self.next_event(), yaml.MappingEndEvent):
            # A plain (unquoted) "<<" is YAML 1.1's merge key.
            merge = (
                isinstance(key_event, yaml.ScalarEvent)
                and key_event.value == "<<"
                and not key_event.style
            )
            key = self.node(key_event)
            value = self.node(self.next_event())
            if key is None or value is None:
                continue
            if merge:
                self.refuse(key.loc, "merge key '<<' is not supported", _REFUSED_HINT)
            elif not isinstance(key, YStr):
                self.refuse(
                    key.loc,
                    f"a key must be a string, not {describe(key)}",
                    "write a plain word before ': '",
                )
            elif key.value in seen:
                first = seen[key.value].loc.line
                self.refuse(
                    key.loc,
                    f"duplicate key '{key.value}' (first at line {first})",
                    "keep one of them: YAML would silently use only the last",
                )
            else:
                seen[key.value] = key
                entries.append((key, value))
        return YMap(tuple(entries), loc)


def _bad_character(display: str, text: str, offset: int) -> Problem:
    line, column = line_col(text, offset)
    message = f"character U+{ord(text[offset]):04X} is not allowed in YAML"
    return Problem(display, line, column, message, "remove it (control characters are not allowed)")


def _syntax_problem(display: str, text: str, err: yaml.MarkedYAMLError) -> Problem:
    """A parser error in our words; tabs and ': ' get a message of their own."""
    mark = err.problem_mark or err.context_mark
    if mark is None:
        return Problem(display, None, None, f"invalid YAML: {err.problem}", _SYNTAX_HINT)
    # YAML also ends lines at U+0085, U+2028 and U+2029, so its mark.line is not the line an
    # editor shows: locate by the character offset instead, as everywhere else
    line, column = line_col(text, mark.index)
    before = text[text.rfind("\n", 0, mark.index) + 1 : mark.index]
    problem = err.problem or ""
    if text[mark.index : mark.index + 1] == "\t":
        if before.strip(" \t"):
            message = "tab character where YAML expects spaces; use spaces"
        else:
            message = "tab character used for indentation; indent with spaces"
        hint = "replace the tab with spaces (set your editor to insert spaces for Tab)"
    elif (misplaced := _misindented(text, mark.index - len(before), problem)) is not None:
        message, hint = misplaced
    elif problem.startswith("mapping values are not allowed"):
        message = "unexpected ': ' (a value that contains ': ' must be quoted)"
        hint = 'quote the whole value, e.g. title: "Idlib: what happened", or fix the indentation'
    else:
        message = f"invalid YAML: {problem}"
        if err.context and err.context_mark is not None:
            message += f" ({err.context} at line {line_col(text, err.context_mark.index)[0]})"
        hint = _SYNTAX_HINT
    return Problem(display, line, column, message, hint)


_KEY_LINE = re.compile(r"( *)(- +)?([\w-]+):(?: |$)", re.M)  # a line that opens with a key (or "- key")
_INDENT_ERRORS = ("mapping values are not allowed", "did not find expected", "expected <block end>")


def _misindented(text: str, start: int, problem: str) -> tuple[str, str] | None:
    """The message and hint for a parser error on a line (from ``start``) that opens with a key, or a list's
    "- key", at an indent no line above it opens one at: YAML then reads it as more of the value above, or
    fails far from it; None when the line's indent is one in use (the error is something else)."""
    own = _KEY_LINE.match(text, start)
    if own is None or not problem.startswith(_INDENT_ERRORS):
        return None
    item = own.group(2) is not None
    levels = _levels_above(text[:start])[item]
    if not levels or len(own.group(1)) in levels:
        return None
    n, line = len(own.group(1)), line_col(text, start)[0]
    return (f"'{'- ' if item else ''}{own.group(3)}' is indented {n} space{'' if n == 1 else 's'}, where the "
            f"{'items of the lists' if item else 'keys'} above it are at {' or '.join(map(str, levels))}: "
            "the keys of one mapping line up, and a list's items start with "
            "'- ' at one indent",
            f"indent line {line} as the {'item' if item else 'key'} it goes with (YAML reads the indent as the "
            "structure)")


def _levels_above(text: str) -> tuple[list[int], list[int]]:
    """The indents that keys and list items open at on the lines of ``text`` that enclose its end, innermost
    first: each line's own, when less than every later one's."""
    keys: list[int] = []
    items: list[int] = []
    least = None
    for found in reversed(list(_KEY_LINE.finditer(text))):
        indent = len(found.group(1))
        key = indent + len(found.group(2) or "")
        if least is None or key < least:
            keys.append(key)
            least = key
        if found.group(2) is not None and indent < least:
            items.append(indent)
            least = indent
        if least == 0:
            break
    return keys, items
