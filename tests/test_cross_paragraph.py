"""How the source page shows paragraphs: a quote across two of them (every part highlighted
with its own id, the whole quote on the claim page) and a text cut off mid-sentence."""

import html
import re
from pathlib import Path

import pytest

from conftest import CROSS_PARAGRAPH_ID, add_cross_paragraph_statement, copy_project
from idlibsite.build import build
from idlibsite.config import load_config
from idlibsite.sources.highlight import Highlight, parts_by_block
from idlibsite.sources.records import Block


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("project"))
    add_cross_paragraph_statement(project)
    (project / "corpus" / "cut-off.txt").write_text(
        "Kremlin says talks on Idlib will continue\n\nThe Kremlin said on Friday that the talks would "
        "continue next week.\n\nThe spokesman declined to say when the two leaders would next meet, "
        "saying only that the\n", "utf-8")
    (project / "corpus" / "cut-off.yaml").write_text(
        "id: cut-off-2020-02-21\noutlet: Example\ntitle: Kremlin says talks on Idlib will continue\n"
        "date: 2020-02-21\ndate_note: test\nlanguage: en\n", "utf-8")
    config = load_config(project)
    build(config)
    return config.output


def test_the_source_page_marks_each_part_with_its_own_id(site: Path) -> None:
    page = (site / "sources" / "russia-accuses-turkey-2020-02-13" / "index.html").read_text("utf-8")
    ids = re.findall(r'<mark id="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # no id twice
    first = [i for i in ids if re.fullmatch(r"q-\d+-\d+", i) and f'id="{i}-2"' in page]
    assert len(first) == 1, ids
    first_part = _text_after(page, f'<mark id="{first[0]}"')
    assert first_part == 'do not correspond with reality," the Russian Defense Ministry said in a statement.'
    second_part = _text_after(page, f'<mark id="{first[0]}-2"')
    assert second_part.startswith('"The real reason for the crisis in the Idlib de-escalation zone')
    # the claim link follows the last part, where the quote ends
    after_second = page.split(f'id="{first[0]}-2"', 1)[1].split("</p>", 1)[0]
    assert f"#s-{CROSS_PARAGRAPH_ID}" in after_second
    after_first = page.split(f'id="{first[0]}"', 1)[1].split("</p>", 1)[0]
    assert f"#s-{CROSS_PARAGRAPH_ID}" not in after_first


def _text_after(page: str, start: str) -> str:
    """The words of the paragraph from ``start`` on, without tags or claim numbers."""
    rest = page.split(start, 1)[1].split("</p>", 1)[0]
    rest = re.sub(r'<span class="cites".*?</a></span>', "", start + rest, flags=re.S)  # the statement links
    return html.unescape(re.sub(r"<[^>]+>", "", rest))


def test_the_claim_page_shows_the_whole_quote_with_its_paragraph_break(site: Path) -> None:
    page = (site / "claims" / "russia-not-responsible-for-idlib-crisis" / "index.html").read_text("utf-8")
    card = page.split(f'id="{CROSS_PARAGRAPH_ID}"', 1)[1].split("</article>", 1)[0]
    quote = card.split("<blockquote", 1)[1].split("</blockquote>", 1)[0]
    paragraphs = re.findall(r"<p>(.*?)</p>", quote, re.S)
    assert len(paragraphs) == 2
    assert "<mark>do not correspond with reality," in paragraphs[0]
    assert re.search(r"<mark>.{1,6}The real reason for the crisis in the Idlib de-escalation zone</mark>",
                     paragraphs[1])
    link = re.search(r'href="([^"]*sources/russia-accuses-turkey-2020-02-13/)#(q-\d+-\d+)"', card)
    assert link is not None  # the link leads to the first part
    source = (site / "sources" / "russia-accuses-turkey-2020-02-13" / "index.html").read_text("utf-8")
    assert f'<mark id="{link[2]}"' in source and f'id="{link[2]}-2"' in source


def test_parts_by_block_numbers_the_parts_and_keeps_single_paragraph_spans() -> None:
    blocks = [Block("body", 0, 10, "a" * 10, ()), Block("body", 12, 20, "b" * 8, ()),
              Block("body", 22, 30, "c" * 8, ())]
    across = Highlight(5, 25, "q-5-25", "X", (("#c", "claim"),))
    inside = Highlight(13, 15, "q-13-15", "Y", (("#d", "claim"),))
    assert parts_by_block([across, inside], blocks) == [
        Highlight(5, 10, "q-5-25", "X", ()),
        Highlight(12, 20, "q-5-25-2", "X", ()),
        Highlight(22, 25, "q-5-25-3", "X", (("#c", "claim"),)),
        inside,
    ]


def test_a_text_cut_off_mid_sentence_is_flagged_after_its_last_paragraph(site: Path) -> None:
    page = (site / "sources" / "cut-off-2020-02-21" / "index.html").read_text("utf-8")
    assert page.count("The saved text stops here, in mid-sentence") == 1
    last = page.index("saying only that the</p>")
    assert last < page.index("The saved text stops here") < last + 200
    other = (site / "sources" / "russia-accuses-turkey-2020-02-13" / "index.html").read_text("utf-8")
    assert "The saved text stops here" not in other
