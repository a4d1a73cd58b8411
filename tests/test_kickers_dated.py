"""A kicker in any case over a headline that a date line or a byline follows is the page's section, not the headline
(sources/kickers.py is_kicker, dated_headline).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Turkey and Russia agreed on a ceasefire in Idlib after six hours of talks in Moscow, the two presidents told "
         "reporters on Thursday evening.\n\n"
         "Joint patrols along the M4 highway are to begin on March 15, officials from both sides said.\n")


def title(head: str) -> tuple[str, list[str]]:
    text = f"{head}\n\n{STORY}"
    blocks = cut_blocks(text)
    return find_metadata(text, blocks, OUTLETS).title.value, [b.display for b in blocks if b.kind == "chrome"]


@pytest.mark.parametrize("head, headline, kicker", [
    ("Krieg in Syrien\nErdoğan droht Assad mit neuer Offensive\nMittwoch, 12.02.2020   22:51 Uhr",
     "Erdoğan droht Assad mit neuer Offensive", "Krieg in Syrien"),
    ("Guerre en Syrie\nLa Turquie abat deux avions du régime au-dessus d'Idlib\nPublié le 01/03/2020 à 18:42",
     "La Turquie abat deux avions du régime au-dessus d'Idlib", "Guerre en Syrie"),
    ("Middle East\nTurkey and Russia agree a ceasefire in Idlib after talks in Moscow\nBy Hannah Mercer",
     "Turkey and Russia agree a ceasefire in Idlib after talks in Moscow", "Middle East"),
])
def test_a_kicker_over_a_dated_headline_is_the_sections(head: str, headline: str, kicker: str) -> None:
    found, chrome = title(head)
    assert found == headline and kicker in chrome


@pytest.mark.parametrize("head, headline", [
    # a headline wrapped in two lines, its first the longer, over a date line: no kicker (its first line, as before)
    ("Turkey and Russia agree a ceasefire in Idlib after\nSix Hours of Talks\nMarch 5, 2020",
     "Turkey and Russia agree a ceasefire in Idlib after"),
    # a short headline over a standfirst, no date line or byline under it: as before
    ("Exodus\nHundreds of thousands have fled the fighting in the north.", ""),
    # a short line over a headline with nothing under it: as before
    ("Idlib\nTurkey and Russia agree a ceasefire after talks in Moscow",
     "Turkey and Russia agree a ceasefire after talks in Moscow"),
])
def test_no_kicker_without_a_dated_headline_under_a_short_line(head: str, headline: str) -> None:
    found, chrome = title(head)
    assert head.split("\n")[0] not in chrome and found == headline
