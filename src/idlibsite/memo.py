"""What a process that builds again keeps in memory from one build to the next (``Cache.kept``): the
parts of its keys, and the stages' way of being run with or without such a process's Cache."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")
G = TypeVar("G")


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


class ByGroup(Generic[G, T]):
    """serve (one per stage, ``Cache.kept``): what a stage made of each group (a claim's quotes, which
    linking gives back as the very tuple for an unchanged claim) in the last build, taken again by one
    identity test: no key is made of each group's members.  It holds the groups, so the test is sound."""

    def __init__(self) -> None:
        self.made: dict[str, tuple[G, T]] = {}

    def each(self, groups: Mapping[str, G], make: Callable[[G], T]) -> list[T]:
        """``make(group)`` of each of ``groups``, in their order: the last build's for the very same group."""
        last, now = self.made, {}
        for name, group in groups.items():
            was = last.get(name)
            now[name] = was if was is not None and was[0] is group else (group, make(group))
        self.made = now  # whole or not at all: an interrupted stage leaves the last build's
        return [made for _, made in now.values()]
