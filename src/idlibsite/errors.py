"""One error hierarchy for everything idlibsite refuses.

Every problem carries the file, the 1-based line and column (when there is
one), what is wrong and what to do about it.  Loaders collect problems and
return them all; a command raises one :class:`IdlibError` holding the whole
list, so a single run reports every problem (MkDocs-style validation).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    path: str  # file the problem is in (as given, usually relative to the project)
    line: int | None  # 1-based line, None when the problem concerns the whole file
    column: int | None  # 1-based column in code points, None with no line
    message: str  # what is wrong
    hint: str = ""  # what to do about it
    severity: str = "error"  # "error" or "warning"

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        """File, then position (whole-file problems first): sorting Problems themselves fails
        when one has a line and another of the same file has None."""
        return (self.path, self.line or 0, self.column or 0, self.message, self.hint, self.severity)

    def location(self) -> str:
        """`path:line:col`, or less when line/column are unknown."""
        loc = self.path
        if self.line is not None:
            loc += f":{self.line}"
            if self.column is not None:
                loc += f":{self.column}"
        return loc

    def format(self) -> str:
        """The problem for a terminal: invisible characters (a zero-width space, a right-to-left
        override) are shown as escapes, so that none can hide or reorder what is printed."""
        text = f"{visible(self.location())}: {self.severity}: {visible(self.message)}"
        if self.hint:
            text += f"\n    hint: {visible(self.hint)}"
        return text

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
        }


_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
                        r"\ufeff\ufff9-\ufffb]")


def visible(text: str) -> str:
    """``text`` with control, format and bidirectional characters written as ``\\u....`` escapes."""
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


@dataclass(frozen=True, slots=True)
class Loc:
    """Where a value was read: file, 1-based line and column."""

    path: str
    line: int | None = None
    column: int | None = None

    def problem(self, message: str, hint: str = "", severity: str = "error") -> Problem:
        return Problem(self.path, self.line, self.column, message, hint, severity)


def problem_at(
    path: str, text: str, offset: int, message: str, hint: str = "", severity: str = "error"
) -> Problem:
    """A problem located at a code-point offset into ``text``."""
    line, column = line_col(text, offset)
    return Problem(path, line, column, message, hint, severity)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset (a CRLF counts as one line end).

    Callers ask for many offsets of one text (every YAML event, every
    uncovered quotation): the line ends of a long text are found once and
    searched, so each call costs log(lines), not the length of the text.
    """
    offset = max(0, min(offset, len(text)))
    if len(text) < _INDEXED_LENGTH:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
    ends = _line_ends(text)
    line = bisect.bisect_left(ends, offset)  # line ends before offset
    return line + 1, offset - (ends[line - 1] + 1 if line else 0) + 1


_INDEXED_LENGTH = 4096  # shorter texts are counted directly: as fast, and nothing is kept


@functools.lru_cache(maxsize=4)
def _line_ends(text: str) -> list[int]:
    """The offset of every "\n" in ``text`` (the texts asked about most recently are kept)."""
    return [m.start() for m in re.finditer("\n", text)]


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


class IdlibError(Exception):
    """Base class: something idlibsite refuses to do, with every reason."""

    exit_code = 1

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.format() for p in self.problems))


class InputError(IdlibError):
    """Sources, sidecars, annotations, templates or configuration are wrong."""


class OutputError(IdlibError):
    """The output directory cannot be written or replaced safely."""


class UsageError(IdlibError):
    """The command line asks for something that cannot be done."""

    exit_code = 2
