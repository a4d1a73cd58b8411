"""The checks of one claim's statements among themselves: their ids are unique, and each ``responds_to``
names another statement of the claim."""

from __future__ import annotations

from collections.abc import Sequence

from idlibsite.annotations.records import Statement
from idlibsite.errors import Problem
from idlibsite.schema import close_matches


def duplicate_statements(statements: Sequence[Statement]) -> list[Problem]:
    problems = []
    first_line: dict[str, int | None] = {}
    for statement in statements:
        if statement.id in first_line:
            message = f"duplicate statement id '{statement.id}' (first at line {first_line[statement.id]})"
            problems.append(statement.loc.problem(message, "give each statement its own id"))
        elif statement.id:
            first_line[statement.id] = statement.loc.line
    return problems


def unknown_responses(statements: Sequence[Statement]) -> list[Problem]:
    """``responds_to`` ids that name no other statement of the same claim."""
    ids = [s.id for s in statements if s.id]
    problems = []
    for s in statements:
        if not s.responds_to or s.responds_to_loc is None:
            continue
        if s.responds_to == s.id:
            problems.append(s.responds_to_loc.problem(f"responds_to: statement '{s.id}' cannot respond to itself",
                                                      "name the statement of this claim that it answers"))
        elif s.responds_to not in ids:
            close = close_matches(s.responds_to, ids, ids=True)
            message = f"responds_to: unknown statement id '{s.responds_to}'" + (
                f"; close ids: {', '.join(close)}" if close else "")
            problems.append(s.responds_to_loc.problem(message, "use the id of another statement of this claim"))
    return problems
