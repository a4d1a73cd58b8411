"""Pickles of the cache, whose records with ``__slots__`` load several times faster than pickle's own.

A frozen dataclass with ``slots=True`` pickles its fields as a tuple, and Python's dataclasses load it with
``__setstate__``, which calls ``fields()`` on every object: three quarters of the time a fresh build took
to read a project's claims from the cache (195,000 records at 1,000 sources).  Here such a record is
pickled as ``_restore(cls, values)``, which sets the fields in the order of the class's own list, found
once per class.  Everything else pickles as pickle does.
"""
from __future__ import annotations

import dataclasses
import io
import pickle
from typing import Any

_NAMES: dict[type, tuple[str, ...] | None] = {}  # the fields of each record class met (None: not one)
_SET = object.__setattr__  # a frozen record's own __setattr__ refuses


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
    names = _NAMES.get(cls) or _names(cls)
    if names is None or len(names) != len(values):  # another class by that name: load as nothing, recomputed
        raise pickle.UnpicklingError(f"{cls.__qualname__} no longer has these fields")
    obj: object = object.__new__(cls)
    for name, value in zip(names, values):
        _SET(obj, name, value)
    return obj


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> Any:  # NotImplemented: as pickle does
        names = _names(type(obj))
        if names is None:
            return NotImplemented
        return _restore, (type(obj), tuple([getattr(obj, name) for name in names]))
