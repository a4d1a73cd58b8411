"""What a process that builds again keeps from one build to the next (memo.py)."""

from idlibsite.memo import ByGroup


def test_by_group_takes_the_last_result_only_for_the_very_same_group_and_forgets_the_groups_gone() -> None:
    made: list[tuple[int, ...]] = []

    def make(group: tuple[int, ...]) -> int:
        made.append(group)
        return sum(group)

    kept: ByGroup[tuple[int, ...], int] = ByGroup()
    a, b, c = (1, 2), (3,), (4, 5)
    assert kept.each({"a": a, "b": b, "c": c}, make) == [3, 3, 9] and made == [a, b, c]
    made.clear()
    equal = tuple([3])  # equal to b but another tuple: made again, never taken for b's
    assert equal == b and equal is not b
    assert kept.each({"c": c, "b": equal, "d": a}, make) == [9, 3, 3]  # in the order given
    assert made == [equal, a]  # c taken again; "d" is a new name, though its group is a's
    made.clear()
    assert kept.each({"a": a}, make) == [3] and made == [a]  # "a" was gone from the last: made again
    assert kept.made.keys() == {"a"}
