"""Pickles of the cache, whose records with ``__slots__`` load several times faster than pickle's own.

A frozen dataclass with ``slots=True`` pickles its fields as a tuple, and Python's dataclasses load it with
``__setstate__``, which calls ``fields()`` on every object: three quarters of the time a fresh build took
to read a project's claims from the cache (195,000 records at 1,000 sources).  Here such a record is
pickled as ``_restore(cls, values)``, which sets the fields in the order of the class's own list, found
once per class.  Everything else pickles as pickle does.

Each cache entry is its own pickle, so a short text that many records share (a statement's kind and side,
a date, a speaker's or a source's id) came back as one copy per entry: a third of the memory of the
strings of every claim loaded.  A record's field holding a str of at most SHORT characters is restored as
the interned string (one object, however many records hold it).
"""
from __future__ import annotations

import dataclasses
import io
import pickle
import sys
import typing
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

_NAMES: dict[type, tuple[str, ...] | None] = {}  # the fields of each record class met (None: not one)
_MAKERS: dict[type, Callable[[tuple[Any, ...]], object]] = {}  # the maker of each record class met (_maker)
_SLOT = type(getattr(type("_Slotted", (), {"__slots__": ("x",)}), "x"))  # a slot's setter type (member descriptor)
# A record's str fields this short are restored interned: at 1,000 sources the claims' records (14 MB) held
# 3.8 MB of copies of texts of up to 24 characters (ids, kinds, sides, dates), 4.8 MB of all lengths, and
# only 1,300 distinct ones, against 31,000 distinct texts of any length (each interned one costs a slot).
SHORT = 24

R = TypeVar("R")


def dumps(value: object) -> bytes:
    """``value`` pickled (protocol 5), its records with ``__slots__`` as :func:`_restore` calls."""
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


def _names(cls: type) -> tuple[str, ...] | None:
    """The fields of ``cls`` in order, when it is a dataclass with ``__slots__`` of its own (else None)."""
    if cls not in _NAMES:
        record = dataclasses.is_dataclass(cls) and all("__slots__" in c.__dict__ for c in cls.__mro__[:-1])
        _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls)) if record else None
    return _NAMES[cls]


def _restore(cls: type, values: tuple[Any, ...]) -> object:
    """The record of class ``cls`` with these field values (no ``__init__``: they were valid when pickled)."""
    return maker(cls)(values)


def maker(cls: type[R]) -> Callable[[tuple[Any, ...]], R]:
    """The function :func:`_restore` makes a record of ``cls`` with, of its field values in order: also for
    records stored as rows of plain values (claimentries.py), made as a pickle's are (short texts interned)."""
    make = _MAKERS.get(cls)
    if make is None:
        make = _MAKERS[cls] = _maker(cls)
    return make  # type: ignore[return-value]  # _maker(cls) makes records of cls


def _maker(cls: type) -> Callable[[tuple[Any, ...]], object]:
    """A function of a record's field values that makes the record of ``cls`` (``_restore``): made once per
    class, as dataclasses makes ``__init__``, each field set by its slot's own setter (``object.__setattr__``
    in a loop looked each name up: twice the time, for the 64,000 records of 3,000 claims)."""
    names = _names(cls)
    setters: list[Any] = [getattr(cls, name, None) for name in names or ()]
    if names is None or not all(type(s) is _SLOT for s in setters):  # another class by that name
        return partial(_refuse, cls)
    lines = [f"def make(values):\n    if len(values) != {len(names)}:\n        refuse(cls)\n    obj = new(cls)\n",
             *(f"    v = values[{i}]\n    set{i}(obj, intern(v) if len(v) <= {SHORT} else v)\n" if text
               else f"    set{i}(obj, values[{i}])\n" for i, text in enumerate(_texts(cls, names))), "    return obj\n"]
    scope: dict[str, Any] = {"cls": cls, "new": object.__new__, "refuse": _refuse, "intern": sys.intern,
                             **{f"set{i}": s.__set__ for i, s in enumerate(setters)}}
    exec("".join(lines), scope)  # noqa: S102  (made from the class's own field count, nothing read)
    made: Callable[[tuple[Any, ...]], object] = scope["make"]
    return made


def _texts(cls: type, names: tuple[str, ...]) -> list[bool]:
    """Whether each field of ``cls`` always holds a str (typed ``str`` or a Literal of strs)."""
    hints = typing.get_type_hints(cls)
    return [hints[name] is str or (typing.get_origin(hints[name]) is typing.Literal
                                   and all(type(a) is str for a in typing.get_args(hints[name]))) for name in names]


def _refuse(cls: type, values: object = None) -> object:
    """Load as nothing (the entry is recomputed): ``cls`` no longer has the fields it was pickled with."""
    raise pickle.UnpicklingError(f"{cls.__qualname__} no longer has these fields")


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> Any:  # NotImplemented: as pickle does
        names = _names(type(obj))
        if names is None:
            return NotImplemented
        return _restore, (type(obj), tuple([getattr(obj, name) for name in names]))
