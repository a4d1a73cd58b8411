"""The planner's pure helpers: paged-series links and views of derived data."""

import tracemalloc
import weakref
from collections.abc import Callable
from functools import partial

from idlibsite.dates import PartialDate
from idlibsite.site import sections as sections_module
from idlibsite.site.pages import neighbours, view
from idlibsite.site.planned import RUN, Later, Once, Page, Runs, listed_view
from idlibsite.site.sections import Section, Sections


def test_neighbours_link_each_item_to_the_one_before_and_after() -> None:
    assert neighbours(["a", "b", "c"], "") == [("", "b"), ("a", "c"), ("b", "")]
    assert neighbours(["only"], None) == [(None, None)]
    assert neighbours([], "") == []


def test_a_view_changes_exactly_when_the_shown_data_does() -> None:
    rows = [("a-claim", "A title", PartialDate("2020-02", "month"), 3)]
    assert view(rows) == view([("a-claim", "A title", PartialDate("2020-02", "month"), 3)])
    assert view(rows) != view([("a-claim", "A title", PartialDate("2020-02", "month"), 4)])
    assert view(rows).startswith("view:")


def test_later_calls_its_function_with_its_arguments_then_the_callers() -> None:
    assert Later(max, 3, 1)() == 3
    assert Later(lambda *args: args, "a", "b")("c") == ("a", "b", "c")


def test_later_holds_less_than_functools_partial() -> None:
    """What a plan holds for each page's context (32,000 of them at 1,000 sources): ~90 bytes less each."""
    def held(make: Callable[[int], object]) -> int:
        tracemalloc.start()
        made = [make(i) for i in range(1000)]
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        assert len(made) == 1000
        return size

    def page(number: int, of: int) -> tuple[int, int]:
        return number, of

    assert held(lambda i: Later(page, i, 7)) < 0.8 * held(lambda i: partial(page, i, 7))


def test_once_makes_its_value_at_the_first_call_only_and_then_lets_go_of_its_maker() -> None:
    made: list[int] = []

    class Maker:
        def __call__(self) -> int:
            made.append(1)
            return len(made)

    maker = Maker()
    gone = weakref.ref(maker)
    once = Once(maker)
    del maker
    assert made == [] and once() == 1 and once() == 1 and made == [1]
    assert gone() is None  # what it was made from (a claim's citation: the claim, the config) is not held


def test_the_sitemap_s_key_hashes_again_only_the_runs_of_the_sections_replaced(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """planned.Runs of the sections' digests (serve keeps one for the sitemap's key): the hash equals one made
    whole at every step and changes when a digest or the order does; a section replaced by another at its place
    hashes again its run alone (the digests read), one more section every run."""
    def made(digests: list[str]) -> list[Section]:
        return [Section(None, (), (), 0, (), d, list) for d in digests]

    def whole(sections: list[Section]) -> str:
        return Runs().of(sections, sections_module._digests)

    read: list[str] = []
    monkeypatch.setattr(sections_module, "_DIGEST", lambda s: read.append(s.digest) or s.digest)
    kept = partial(Runs.of, Runs(), text=sections_module._digests)
    first = made([f"{n:064x}" for n in range(3 * RUN + 5)])
    assert kept(first) == whole(first) and len(read) == 2 * len(first)
    one = [*first[:RUN + 7], *made(["f" * 64]), *first[RUN + 8:]]
    read.clear()
    got = kept(one)
    assert len(read) == RUN
    assert got == whole(one) != whole(first)
    swapped = [*one[:3], one[4], one[3], *one[5:]]
    assert kept(swapped) != kept(one) == whole(one)
    read.clear()
    assert kept(first[:-1]) == whole(first[:-1]) and len(read) == 2 * (len(first) - 1)


def test_claims_json_s_view_hashes_again_only_the_runs_of_the_lines_replaced() -> None:
    """planned.listed_view with serve's kept Runs: the view equals one made without it at every step, changes when
    a line, their order or their count does, and hashes again only the run of a line replaced (one line more
    every run: the text hashed is the run's lines joined)."""
    lines = [repr((f"claim-{n}", f"Title {n}", n % 7)) for n in range(2 * RUN + 3)]
    runs = Runs()
    assert listed_view(lines, runs) == listed_view(lines) == listed_view(list(lines))
    assert runs.runs and len(runs.runs) == 3
    edited = [*lines[:RUN + 2], repr(("claim-x", "Title x", 0)), *lines[RUN + 3:]]
    was = list(runs.runs)
    view_edited = listed_view(edited, runs)
    assert view_edited == listed_view(edited) != listed_view(lines)
    assert runs.runs[1] != was[1] and runs.runs[0] is was[0] and runs.runs[2] is was[2]  # (not hashed again)
    assert listed_view(edited[:-1], runs) == listed_view(edited[:-1]) != view_edited
    assert listed_view([*edited[1:], edited[0]], runs) == listed_view([*edited[1:], edited[0]]) != view_edited


def test_a_plan_not_holding_pages_makes_a_sections_pages_again_only_when_one_is_not_kept() -> None:
    """A section made now past a plan's ``hold`` is held as one taken from the last plan: its pages made again
    only when one is asked for and not kept, and then only those after the pages told kept (not rendered)."""
    made: list[int] = []

    def make() -> list[Page]:
        made.append(1)
        return [Page(f"c/{name}", ("claim:c",), "", dict, dict) for name in ("index.html", "a.json", "b.json")]

    holding, not_holding = Sections(), Sections(hold=0)
    for plan in (holding, not_holding):
        plan.add(("claim", "c"), (), make)
    assert len(made) == 2 and holding.pages_made[0] is not None and not_holding.pages_made == [None]
    one = Sections(hold=1)
    one.add(("claim", "c"), (), make)
    one.add(("claim", "d"), (), make)
    assert one.pages_made[0] is not None and one.pages_made[1] is None  # the first section made holds its pages
    section, pages = one.made[0], make()
    one.extend([section, section, section], [None, pages, pages])  # (serve's: the first taken again)
    assert one.pages_made[2:] == [None, None, None] and Sections(hold=1).pages_made == []
    two = Sections(hold=1)
    two.extend([section, section, section], [None, pages, pages])
    assert two.pages_made == [None, pages, None]
    del made[2:]
    assert not_holding.pages(kept=lambda path: True) == [] and len(made) == 2  # all kept: none made again
    told: list[str] = []

    def kept(path: str) -> bool:
        told.append(path)
        return path == "c/index.html"

    assert [p.path for p in not_holding.pages(kept=kept)] == ["c/a.json", "c/b.json"] and len(made) == 3
    assert told == ["c/index.html", "c/a.json"]  # told in order up to the first not kept
    assert [p.path for p in not_holding.pages({"c/b.json"}, kept)] == ["c/b.json"]
    assert [p.path for p in holding.pages(kept=kept)] == ["c/index.html", "c/a.json", "c/b.json"]  # as made
