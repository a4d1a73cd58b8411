"""An agency's story on the agency's own site is its report: the agency is the outlet the URL names, credited or not
(sources/metadata.py _outlet).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Thousands of families left the towns along the highway overnight as the fighting moved north, "
         "local officials said on Thursday.\n\n"
         "The camps near the border were already full, and aid groups said more tents were on the way.\n")


def agency(url: str, story: str = STORY) -> str:
    text = f"Families flee towns along the highway\n\n{story}\n{url}\n"
    return find_metadata(text, cut_blocks(text), OUTLETS).agency.value


@pytest.mark.parametrize("url, name", [
    ("https://www.aa.com.tr/en/middle-east/families-flee-towns/1749003", "Anadolu Agency"),
    ("https://www.sana.sy/en/?p=1117402", "SANA"),
    ("https://tass.com/world/1127001", "TASS"),
])
def test_an_agencys_uncredited_story_on_its_own_site_is_its_report(url: str, name: str) -> None:
    assert agency(url) == name


def test_a_site_that_is_no_agency_names_none() -> None:
    assert agency("https://www.aljazeera.com/news/2020/3/5/families-flee-towns") == ""


def test_another_agencys_credit_on_an_agencys_site_stays_that_agencys() -> None:
    credited = "ANKARA (Reuters) - " + STORY
    assert agency("https://www.aa.com.tr/en/middle-east/families-flee-towns/1749003", credited) == "Reuters"
