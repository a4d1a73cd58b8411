"""The source page's view of its blocks (site/sourcepage.py)."""

from idlibsite.site.sourcepage import BlockView, Group


def test_a_fold_of_page_furniture_names_each_kind_once_with_its_count_first_seen_first() -> None:
    kinds = ["chrome", "dateline", "chrome", "chrome", "byline"]
    group = Group(True, tuple(BlockView(i, k, "", (), False) for i, k in enumerate(kinds)), False)
    assert group.kinds == (("chrome", 3), ("dateline", 1), ("byline", 1))
