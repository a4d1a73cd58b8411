"""A check's problems as one sorted sequence whose parts stay packed until a caller reads them.

Most of a project's problems are the coverage warnings of its sources (at 1,000 sources, 16,662 of
22,610): each source's are stored in the cache as one :class:`Run`, its rows sorted and marshalled, and a
fresh build hands them on as they were stored.  So are each claim's problems of linking and of its checks
(anchoring/link.py, meaning.py: 5,600 more), two runs of one claim file joined as rows (:func:`joined`).
A :class:`Problems` is the check's problems in :meth:`Problem.sort_key` order: runs of Problem objects and
packed runs in between.  ``Problem`` objects are
made only for what is read (the 20 warnings a build prints, every one for ``check`` and ``serve``): unpickling
a ``Problem`` costs what making one costs (bench/README.md, fresh18ad), a run of rows is one ``marshal.loads``.
"""

from __future__ import annotations

import marshal
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from itertools import accumulate, chain, compress, count, islice, repeat, starmap
from operator import attrgetter, eq, is_, is_not, sub
from typing import Any, overload

from idlibsite.errors import Problem

ROW = attrgetter("path", "line", "column", "message", "hint", "severity")  # Problem's fields, in order
_PATH = attrgetter("path")
LEVEL = 1  # zlib's, as held.py's: a source's warnings repeat its path, the hint and the message's start


@dataclass(frozen=True, slots=True)
class Run:
    """Problems packed: their rows (:data:`ROW`) marshalled, in :meth:`Problem.sort_key` order."""

    path: str | None  # the path every row names (None: more than one)
    count: int  # rows
    errors: int  # rows of severity "error"
    rows: bytes  # ``marshal.dumps`` of the tuple of rows, compressed (zlib, LEVEL)

    def problems(self) -> Iterator[Problem]:
        """The rows made into Problems, in order."""
        return starmap(Problem, marshal.loads(zlib.decompress(self.rows)))


RUN = attrgetter(*(f.name for f in fields(Run)))  # a Run's fields, in order: Run(*RUN(run)) == run


def run_of(problems: Iterable[Problem]) -> Run:
    """``problems`` sorted and packed."""
    return _packed(tuple(map(ROW, sorted(problems, key=Problem.sort_key))))


def joined(runs: Iterable[Run]) -> Run:
    """The rows of ``runs`` sorted together (stably, by :meth:`Problem.sort_key` of each row) and packed
    again, without making a Problem of them: one run of what a claim's checks found in several stages."""
    return _packed(tuple(sorted(chain.from_iterable(marshal.loads(zlib.decompress(r.rows)) for r in runs),
                                key=_row_key)))


def _row_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """:meth:`Problem.sort_key` of a row (:data:`ROW`)."""
    path, line, column, message, hint, severity = row
    return path, line or 0, column or 0, message, hint, severity


def _packed(rows: tuple[tuple[Any, ...], ...]) -> Run:
    """``rows`` (sorted) packed."""
    paths = {row[0] for row in rows}
    return Run(paths.pop() if len(paths) == 1 else None, len(rows),
               sum(row[5] == "error" for row in rows), zlib.compress(marshal.dumps(rows), LEVEL))


_Part = tuple[Problem, ...] | Run


class Problems(Sequence[Problem]):
    """Problems in :meth:`Problem.sort_key` order, each part a tuple of Problems or a :class:`Run`."""

    __slots__ = ("parts", "_ends", "_placed")

    def __init__(self, parts: Iterable[_Part] = ()) -> None:
        self.parts: tuple[_Part, ...] = tuple(p for p in parts if _count(p))
        self._ends = tuple(accumulate(map(_count, self.parts)))
        self._placed: dict[str | None, int] | None = None

    def placed(self) -> dict[str | None, int]:
        """The place of each run among the parts, by its path (of two of one path, the last), found once
        (and handed on by :meth:`replaced`, which keeps each place's path)."""
        if self._placed is None:
            self._placed = {part.path: i for i, part in enumerate(self.parts) if isinstance(part, Run)}
        return self._placed

    def replaced(self, runs: Mapping[int, Run]) -> Problems:
        """The same parts but at each place of ``runs``, its run (not empty), without going over the
        others in Python (their counts taken from ``_ends``)."""
        parts = list(self.parts)
        counts = list(map(sub, self._ends, (0, *self._ends[:-1])))
        same_paths = True  # each run in place of one of its path: the places by path are this one's
        for at, run in runs.items():
            was = parts[at]
            same_paths = same_paths and isinstance(was, Run) and was.path == run.path
            parts[at], counts[at] = run, run.count
        made = Problems.__new__(Problems)
        made.parts, made._ends = tuple(parts), tuple(accumulate(counts))
        made._placed = self._placed if same_paths else None
        return made

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def __iter__(self) -> Iterator[Problem]:
        return chain.from_iterable(p.problems() if isinstance(p, Run) else p for p in self.parts)

    @overload
    def __getitem__(self, at: int) -> Problem: ...
    @overload
    def __getitem__(self, at: slice) -> tuple[Problem, ...]: ...
    def __getitem__(self, at: int | slice) -> Problem | tuple[Problem, ...]:
        if isinstance(at, slice):
            start, stop, step = at.indices(len(self))
            if step != 1:
                return tuple(self)[at]
            return tuple(islice(self, start, max(start, stop)))  # only the parts up to ``stop`` unpacked
        n = len(self)
        if not -n <= at < n:
            raise IndexError("problem index out of range")
        at %= n
        i = bisect_right(self._ends, at)
        part = self.parts[i]
        within = at - (self._ends[i - 1] if i else 0)
        return next(islice(part.problems(), within, None)) if isinstance(part, Run) else part[within]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(map(eq, self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Problems({tuple(self)!r})"

    def errors(self) -> tuple[Problem, ...]:
        """The problems of severity "error", in order (a run without any is not unpacked)."""
        return tuple(p for part in self.parts if not isinstance(part, Run) or part.errors
                     for p in (part.problems() if isinstance(part, Run) else part) if p.severity == "error")

    def packed(self, rows: int) -> Problems:
        """The same problems with every run of objects packed, ``rows`` at a time (held.py)."""
        def each(part: _Part) -> Iterator[Run]:
            if isinstance(part, Run):
                yield part
            else:
                for at in range(0, len(part), rows):
                    yield run_of(part[at:at + rows])
        return Problems(chain.from_iterable(map(each, self.parts)))


def merged(problems: Sequence[Problem], runs: Sequence[Run],
           sort: Any = lambda problems: tuple(sorted(problems, key=Problem.sort_key)),
           join: Callable[[Sequence[Run]], Run] = joined) -> Problems:
    """``problems`` and every problem of ``runs``, sorted: the runs of a path that no problem of
    ``problems`` names are placed whole between them (several of one path made one by ``join``); the
    others, and a run of more than one path, are unpacked and sorted with ``problems`` by ``sort`` (which
    gives them sorted)."""
    of_path: dict[str, list[Run]] = {}
    for r in runs:
        if r.path is not None:
            of_path.setdefault(r.path, []).append(r)
    loose = [p for r in runs if r.path is None for p in r.problems()]
    paths = set(map(_PATH, problems)) | set(map(_PATH, loose))
    whole = [its[0] if len(its) == 1 else join(its) for path, its in sorted(of_path.items()) if path not in paths]
    loose += [p for path, its in of_path.items() if path in paths for r in its for p in r.problems()]
    objects: Sequence[Problem] = sort([*problems, *loose] if loose else problems)
    parts: list[_Part] = []
    start = 0
    for r in whole:  # no problem of ``objects`` names its path: those of paths before it go before it
        at = bisect_left(objects, r.path, lo=start, key=_PATH)
        parts += (tuple(objects[start:at]), r)
        start = at
    parts.append(tuple(objects[start:]))
    return Problems(parts)


def merged_again(last: Problems, problems: Sequence[Problem], runs: Sequence[Run],
                 was: tuple[Sequence[Problem], Sequence[Run]], join: Callable[[Sequence[Run]], Run] = joined
                 ) -> Problems | None:
    """:func:`merged` of ``problems`` and ``runs``, made from ``last``, the merge of ``was`` (its loose problems
    and runs), when the loose problems are the very objects and the runs differ from ``was``'s only where
    a run placed whole (its path named by no loose problem) is replaced by another of its path: ``last``'s
    parts with that path's run (joined again when it has several) put in place, the others kept without
    going over them in Python (serve: an edit of one claim changes its runs, not where the others go).
    None when it is not so (then :func:`merged` is called)."""
    was_problems, was_runs = was
    if len(problems) != len(was_problems) or len(runs) != len(was_runs) \
            or not all(map(is_, problems, was_problems)):
        return None
    changed = list(compress(count(), map(is_not, runs, was_runs)))
    if not changed:
        return last
    placed = last.placed()
    paths = {runs[i].path for i in changed}
    if any(runs[i].path != was_runs[i].path for i in changed) or not paths <= placed.keys():
        return None  # (a path placed whole is never None)
    every = list(map(_PATH, runs))  # in C
    return last.replaced({placed[path]: its[0] if len(its) == 1 else join(its)
                          for path in paths for its in (list(compress(runs, map(eq, every, repeat(path)))),)})


def _count(part: _Part) -> int:
    return part.count if isinstance(part, Run) else len(part)


def errors_of(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    """The problems of severity "error" (a :class:`Problems` unpacks only the runs that have some)."""
    if isinstance(problems, Problems):
        return problems.errors()
    return tuple(p for p in problems if p.severity == "error")
