"""A document's title "Subject: topic" is no one's words (issue 15, session fix15fd): a UN agency's, an NGO's, a
ministry's or a think tank's report titled "Syrian Arab Republic: Recent Developments in Northwest Syria" names its subject
and its topic, while a headline "Name: words" says something, verbless too.  Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import cut_page
from idlibsite.sources.doctitle import document_title
from idlibsite.sources.headtags import headline_tag


@pytest.mark.parametrize("line", [
    pytest.param("Syrian Arab Republic: Recent Developments in Northwest Syria", id="un_agency_flash_update"),
    pytest.param("Turkey: Situation in Idlib", id="situation_in_a_place"),
    pytest.param("Lebanon: Flash Update on the refugee response", id="sentence_case_flash_update"),
    pytest.param("Jordan: Humanitarian Needs Overview 2021", id="needs_overview_and_year"),
    pytest.param("North-east Nigeria: Displacement Snapshot", id="ngo_snapshot"),
    pytest.param("Yemen: Weekly Bulletin on the cross-border operation", id="bulletin_on_a_topic"),
    pytest.param("Greece: Situation Report No. 14", id="sitrep_numbered"),
    pytest.param("Ministry of Health: Key Figures (March 2021)", id="ministry_key_figures_bracket"),
    pytest.param("Sahel Programme: Country Profile and Background", id="think_tank_profile"),
    pytest.param("Myanmar: The Conflict in Rakhine", id="wiki_section_topic_with_article"),
])
def test_fix15fd_a_report_s_title_is_not_a_heading_s_words(line: str) -> None:
    assert document_title(line.split(": ", 1)[1])
    assert not headline_tag(line, 0, len(line))


@pytest.mark.parametrize("line", [
    pytest.param("Putin: no deal without Assad", id="verbless_negation"),
    pytest.param("Erdogan: 'We will not retreat'", id="quoted_words"),
    pytest.param("UN Secretary-General: Idlib offensive must stop", id="modal"),
    pytest.param("Lavrov: Ankara violated the Sochi deal", id="finite_verb"),
    pytest.param("Kremlin: Idlib crisis a threat to Russian troops", id="verbless_predicate_after_a_topic_noun"),
    pytest.param("WHO: Health crisis worsening in the camps", id="participle_after_a_topic_noun"),
    pytest.param("UNICEF: Situation for children in Idlib catastrophic", id="evaluation_after_a_situation"),
    pytest.param("Defence ministry: Response to attacks on patrols ready", id="sentence_case_ministry_readiness"),
    pytest.param("Minister: Update on the talks expected by Friday", id="participle_after_a_document_noun"),
])
def test_fix15fd_a_heading_s_statement_stays_its_tag_s(line: str) -> None:
    assert not document_title(line.split(": ", 1)[1])
    assert headline_tag(line, 0, len(line))


def test_fix15fd_a_flash_update_s_title_names_no_speaker() -> None:
    text = ("Syrian Arab Republic: Recent Developments in Northwest Syria\n\n"
            "Since 1 December, more than 500,000 people have been displaced in Idlib governorate.\n\n"
            "The UN Resident Coordinator said that humanitarian partners need safe access to the camps.")
    assert [first for _kind, first, _who in cut_page(text)] == ["The UN Resident"]


def test_fix15fd_a_live_blog_s_verbless_tag_line_is_still_reported() -> None:
    text = ("Kremlin: Idlib crisis a threat to Russian troops\n\n"
            "MOSCOW, March 2 — Russia on Monday warned of the danger to its forces as fighting in Idlib spread.\n\n"
            "The Kremlin spokesman said the talks would go on.")
    assert cut_page(text)[0][:2] == ("reported", "Kremlin: Idlib crisis")
