"""A section's label, a show's name or a site's name over its menu, copied above a headline: chrome, not the title
(sources/kickers.py); and a headline that ends with its place and date is no masthead (sources/paged.py).  Every text
here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.kickers import is_label, is_menu
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.paged import is_masthead

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
HEADLINE = "Turkey sends more armour into Idlib as talks with Moscow stall"
STORY = ("Long columns of Turkish armoured vehicles crossed into Idlib on Sunday, witnesses said, as talks between "
         "Ankara and Moscow ended without agreement.\n\n"
         "Officials in Ankara said the reinforcements would stay until the Syrian army pulled back.\n")


def found(text: str):  # type: ignore[no-untyped-def]
    blocks = cut_blocks(text)
    return blocks, find_metadata(text, blocks, OUTLETS)


@pytest.mark.parametrize("top", [
    f"WORLD NEWS\n{HEADLINE}\nBy Example Writer\n23 February 2020\n",  # a section's label in the headline's paragraph
    f"SYRIA PULSE\n{HEADLINE}\nExample Writer\nFebruary 23, 2020\n",
    f"THE EVENING REPORT\n\n{HEADLINE}\n\nAired February 23, 2020 - 19:00 ET\n",  # a show's name, set apart
    f"EXAMPLE TIMES\nPolitics World Business Opinion Sport\n\n{HEADLINE}\nBy Example Writer\n23 February 2020\n",
    f"Middle East | Syria\n{HEADLINE}\nBy Example Writer\n23 February 2020\n",  # a breadcrumb
])
def test_a_label_over_the_headline_is_not_the_title(top: str) -> None:
    blocks, meta = found(f"{top}\n{STORY}")
    assert meta.title.value == HEADLINE
    assert meta.date.iso == "2020-02-23"
    assert len([b for b in blocks if b.kind == "body"]) == 2


@pytest.mark.parametrize("top, title", [
    # guard: a headline in capitals of three words or more, over its deck
    ("IDLIB CEASEFIRE HOLDS\nAnkara and Moscow say the violations overnight were isolated\n", "IDLIB CEASEFIRE HOLDS"),
    # guard: a headline in Title Case, no label
    (f"{HEADLINE}\nBy Example Writer\n", HEADLINE),
])
def test_a_short_or_capital_headline_stays_the_title(top: str, title: str) -> None:
    _, meta = found(f"{top}\n{STORY}")
    assert meta.title.value == title


@pytest.mark.parametrize("top", ["Exodus\nBy Example Writer\n23 February 2020\n", "EXODUS\nBy Example Writer\n23 February 2020\n",
                                 "EXODUS\n\nBy Example Writer\n"])
def test_a_one_word_headline_over_its_byline_is_no_label(top: str) -> None:
    """Guard: a one-word headline, in Title Case or in capitals, with no headline under it stays a heading (a line this
    short is never taken for the title: blocks.HEADLINE_MIN_WORDS), not chrome."""
    blocks, _ = found(f"{top}\n{STORY}")
    assert blocks[0].kind == "subheading" and blocks[0].display in ("Exodus", "EXODUS")
    assert len([b for b in blocks if b.kind == "body"]) == 2


@pytest.mark.parametrize("line, label", [
    ("WORLD NEWS", True), ("MENA", True), ("THE WORLD TONIGHT", True), ("IDLIB CEASEFIRE HOLDS", False),
    ("Exodus", False), ("PAGE 4", False),
])
def test_is_label(line: str, label: bool) -> None:
    assert is_label(line) is label


@pytest.mark.parametrize("line, menu", [
    ("Politics Turkey World Business Opinion", True), ("News Sport Culture", True),
    ("World Business Leaders Meet in Davos", False),  # guard: a headline naming two sections
])
def test_is_menu(line: str, menu: bool) -> None:
    assert is_menu(line) is menu


@pytest.mark.parametrize("headline", [
    "Briefing by Foreign Ministry Spokeswoman Example Name, Moscow, March 5, 2020",
    "Statement by the Foreign Ministry Spokesman on Idlib, Ankara, 2 March 2020",
    "Remarks of the Special Envoy on Syria, Geneva, 27 February 2020",
])
def test_a_headline_ending_with_its_place_and_date_is_the_title(headline: str) -> None:
    text = f"{headline}\n\n{STORY}"
    _, meta = found(text)
    assert not is_masthead([headline])
    assert meta.title.value == headline


@pytest.mark.parametrize("lines", [
    ["IDLIB DAILY BRIEF | Tuesday, 3 March 2020"], ["BRIEFING PAPER", "Number 08834, 2 March 2020"],
    ["Situation report No. 9 - 3 March 2020"],
])
def test_a_label_and_its_date_stay_a_masthead(lines: list[str]) -> None:
    """Guard: a label over or beside its date is a masthead."""
    assert is_masthead(lines)
