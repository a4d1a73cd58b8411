"""A claim file parsed and checked, as the cache stores it: one ``marshal.dumps`` of plain values.

What a claim file gives (its Claim, the problems found in it, its aliases) was pickled as records: some 27
records a claim (the Claim, each Statement, their Locs, PartialDates, Status...), each rebuilt by pickle
through a call of :func:`idlibsite.pickled._restore`; loading the 9,000 claims of 3,000 sources took a quarter
of a fresh build's check.  Here every record is a tuple of its fields' values in order (marshal loads those in
C), and :func:`loads` makes each record of them with the maker a pickle's are made with (no ``__init__``, short
texts interned), so the records are equal to the pickled ones, field by field.
"""

from __future__ import annotations

import marshal
from pickle import UnpicklingError
from collections.abc import Callable
from typing import Any

from idlibsite.annotations.records import AnchorHint, Claim, CounterAssertion, Review, Statement, Status, Verdict
from idlibsite.dates import PartialDate
from idlibsite.errors import Loc, Problem
from idlibsite.pickled import maker

Parsed = tuple[Claim | None, list[Problem], list[tuple[str, Loc, str]]]  # a claim, its problems and aliases

_LOC, _DATE, _PROBLEM = maker(Loc), maker(PartialDate), maker(Problem)
_STATUS, _REVIEW, _HINT = maker(Status), maker(Review), maker(AnchorHint)
_COUNTER, _VERDICT, _STATEMENT, _CLAIM = maker(CounterAssertion), maker(Verdict), maker(Statement), maker(Claim)
_DATES: dict[tuple[str, str], PartialDate] = {}  # each date met, one record however many claims name it (a
# claim names 5.8 on average, 381 dates in all at 3,000 sources: 9,000 claims)


def _date(row: tuple[str, str]) -> PartialDate:
    return _DATES.get(row) or _DATES.setdefault(row, _DATE(row))


def dumps(parsed: Parsed) -> bytes:
    """``parsed`` as the bytes :func:`loads` reads."""
    claim, problems, aliases = parsed
    return marshal.dumps((None if claim is None else _claim_row(claim), tuple(map(_row, problems)),
                          tuple((alias, _row(loc), of) for alias, loc, of in aliases)))


def loads(data: bytes) -> Parsed | None:
    """What :func:`dumps` stored; None when ``data`` is not of this layout (another version's entry)."""
    try:
        return made(data)
    except (ValueError, EOFError, TypeError, UnpicklingError):  # bad marshal data, a tuple of another length
        return None


def made(data: bytes) -> Parsed:
    """What :func:`dumps` made ``data`` of."""
    claim, problems, aliases = marshal.loads(data)
    return (None if claim is None else _claim(claim), list(map(_PROBLEM, problems)),
            [(alias, _LOC(loc), of) for alias, loc, of in aliases])


def _row(record: Any) -> tuple[Any, ...]:
    """A record of plain fields (Loc, PartialDate, Problem...) as the tuple of its fields' values."""
    return tuple(getattr(record, name) for name in record.__slots__)


def _maybe(row: Callable[[Any], tuple[Any, ...]], record: Any) -> tuple[Any, ...] | None:
    return None if record is None else row(record)


def _claim_row(c: Claim) -> tuple[Any, ...]:
    return (c.id, c.title, c.actor, _row(c.date), c.date_note, c.assertion, _maybe(_row, c.counter_assertion),
            c.topics, _maybe(_verdict_row, c.verdict), _status_row(c.status), _row(c.updated), c.aliases, c.notes,
            tuple(map(_statement_row, c.statements)), c.path, _row(c.loc), _row(c.id_loc),
            _maybe(_review_row, c.reviewed))


def _claim(r: tuple[Any, ...]) -> Claim:
    (id_, title, actor, date, date_note, assertion, counter, topics, verdict, status, updated, aliases, notes,
     statements, path, loc, id_loc, reviewed) = r
    return _CLAIM((id_, title, actor, _date(date), date_note, assertion,
                   None if counter is None else _COUNTER(counter), topics,
                   None if verdict is None else _verdict(verdict), _status(status), _date(updated), aliases, notes,
                   tuple(map(_statement, statements)), path, _LOC(loc), _LOC(id_loc),
                   None if reviewed is None else _review(reviewed)))


def _statement_row(s: Statement) -> tuple[Any, ...]:
    return (s.id, s.speaker, s.source, s.quote, s.kind, s.side, _row(s.said), s.said_note, _maybe(_row, s.anchor),
            _row(s.loc), _row(s.source_loc), _row(s.quote_loc), s.responds_to, _maybe(_row, s.responds_to_loc))


def _statement(r: tuple[Any, ...]) -> Statement:
    id_, speaker, source, quote, kind, side, said, said_note, anchor, loc, source_loc, quote_loc, responds, at = r
    return _STATEMENT((id_, speaker, source, quote, kind, side, _date(said), said_note,
                       None if anchor is None else _HINT(anchor), _LOC(loc), _LOC(source_loc), _LOC(quote_loc),
                       responds, None if at is None else _LOC(at)))


def _verdict_row(v: Verdict) -> tuple[Any, ...]:
    return (v.reviewer, v.rating, v.source, v.quote, _row(v.loc), _row(v.source_loc), _row(v.quote_loc),
            _row(v.rating_loc))


def _verdict(r: tuple[Any, ...]) -> Verdict:
    reviewer, rating, source, quote, loc, source_loc, quote_loc, rating_loc = r
    return _VERDICT((reviewer, rating, source, quote, _LOC(loc), _LOC(source_loc), _LOC(quote_loc), _LOC(rating_loc)))


def _status_row(s: Status) -> tuple[Any, ...]:
    return (s.value, _row(s.date), s.note)


def _status(r: tuple[Any, ...]) -> Status:
    return _STATUS((r[0], _date(r[1]), r[2]))


def _review_row(r: Review) -> tuple[Any, ...]:
    return (r.by, _row(r.date))


def _review(r: tuple[Any, ...]) -> Review:
    return _REVIEW((r[0], _date(r[1])))
