"""An encyclopedia article copied from the browser: its section headings with their edit links, its references, the
revision's address and the wiki's chrome are known by their marks (sources/wikilines.py).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.linekinds import line_kind
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.wikilines import wiki_kind

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
ARTICLE = """Battle of Saraqib (2020)
From Wikipedia, the free encyclopedia
Jump to navigation Jump to search
The Battle of Saraqib was fought in February and March 2020 for the town at the junction of two highways.[1] The town changed hands three times.[2]

Background[edit]
Saraqib had been held by opposition groups since 2012, and most of its residents left in January 2020.[1]

Aftermath[edit source]
The ceasefire agreed in Moscow on 5 March left the town under government control.[2]

References[edit]
^ a b "Why a crossroads town matters". Example Times. 8 February 2020. Retrieved 9 March 2020.
^ "Russian military police enter the town". Example Wire. 2 March 2020. Retrieved 3 March 2020.
Retrieved from "https://en.wikipedia.org/w/index.php?title=Battle_of_Saraqib_(2020)&oldid=945512345"
Categories: Conflicts in 2020Battles of the Syrian civil war
This page was last edited on 14 March 2020, at 10:22 (UTC).
Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.
"""


@pytest.mark.parametrize("line, kind", [
    ("Background[edit]", "subheading"),
    ("Opposition counter-attack[edit source]", "subheading"),
    ("2.1 Government capture[edit]", "subheading"),
    ('^ a b "Why a crossroads town matters". Example Times. 8 February 2020. Retrieved 9 March 2020.', "footnote"),
    ("^ Example, Jane (2020). The Idlib Offensive. Example Press. p. 12.", "footnote"),
    ('Retrieved from "https://en.wikipedia.org/w/index.php?title=Idlib&oldid=1"', "url"),
    ("Hidden categories: Articles with short description", "chrome"),
    ("Text is available under the Creative Commons Attribution-ShareAlike License 4.0", "note"),
])
def test_a_wiki_line_is_known_by_its_marks(line: str, kind: str) -> None:
    assert wiki_kind(line) == kind
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The editors said the page would be updated [edit] as the fighting went on, and that they would check each source.",
    "Prices rose 5% ^ since January.",
    "The figures were retrieved from the ministry's site on Monday.",
    "Categories of aid delivered this week include food, shelter and medicine, the agency said in its update.",
])
def test_a_sentence_with_such_words_is_no_wiki_line(line: str) -> None:
    assert wiki_kind(line) == ""


def test_a_copied_article_gives_its_paragraphs_headings_url_and_outlet() -> None:
    blocks = cut_blocks(ARTICLE)
    bodies = [b.display for b in blocks if b.kind == "body"]
    assert [b[:20] for b in bodies] == ["The Battle of Saraqi", "Saraqib had been hel", "The ceasefire agreed"]
    assert {b.display for b in blocks if b.kind == "subheading"} >= {"Background[edit]", "Aftermath[edit source]"}
    meta = find_metadata(ARTICLE, blocks, OUTLETS)
    assert meta.url.value == "https://en.wikipedia.org/w/index.php?title=Battle_of_Saraqib_(2020)&oldid=945512345"
    assert meta.outlet.value == "Wikipedia"
    assert meta.date.iso == "2020-03-14"
