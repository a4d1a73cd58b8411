"""What a process that builds again keeps in memory from one build to the next (``Cache.kept``): the
parts of its keys, and the stages' way of being run with or without such a process's Cache."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Keep(Protocol):
    """``Cache.kept``, as a stage that may be run with or without a Cache is given it."""

    def __call__(self, k: Hashable, make: Callable[[], T]) -> T: ...


def fresh(k: Hashable, make: Callable[[], T]) -> T:
    """A :class:`Keep` that keeps nothing: ``make()``."""
    return make()


def holding(held: object, make: Callable[[], T]) -> tuple[object, T]:
    """``(held, make())``: a ``Cache.kept`` value keyed by the ids of the objects in ``held`` holds them,
    so that no other object can take one of their ids while it is kept."""
    return held, make()


class Same:
    """A part of a ``Cache.kept`` key equal only to the very same object (held, so that its id is not
    reused): for records that a process building again gets back unchanged as the same object (an
    unchanged source), whose value would be slow to hash or compare."""

    __slots__ = ("held",)

    def __init__(self, held: object) -> None:
        self.held = held

    def __hash__(self) -> int:
        return id(self.held)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.held is self.held
