"""Round 41's headlines, op-eds and described persons (issue 15, session fix15bi): a headline's second verb after a
comma shares the first verb's subject ("Tbilisi offers ..., warns ..."); a heading "Body: words" in sentence case
("Defence ministry: ...") is the body's; a headline's contraction ("Gov't") names the body statement's speaker it
condenses; a kicker "Interview | '...'" is no word of the headline; a country as a headline's subject that no known
actor aliases is the country; a sentence's "When Name, role, told" is Name's; "X has since called" is X's; "Rights
groups including Amnesty" are the groups; "The former tailor" after "Name, who worked as a tailor" is Name (a
description by a named person's own role); a live blog's entry heading in single quotation marks is a heading, its
words the entry's speaker's.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, headlined, labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Oslo offers Kyiv help after flood, warns travellers away from coast\n\nNorway's Foreign Ministry "
                 "offered help to Ukraine on Tuesday.", "new:Oslo", id="fix15bi_capital_offers_warns"),
    pytest.param("Lima sends doctors to border, urges calm\n\nPeru's government said it would send doctors.",
                 "new:Lima", id="fix15bi_capital_sends_urges"),
])
def test_fix15bi_a_headlines_second_verb_after_a_comma_shares_its_subject(text: str, expected: str) -> None:
    assert headlined(text)[0][2] == expected


def test_fix15bi_guard_a_plural_noun_is_no_headline_verb() -> None:
    """A guard: "Aid workers on the island say they have been chased, threatened": "workers" is no verb."""
    assert [who for _k, _w, who in speakers("Island\n\nAid workers on the island say they have been chased, "
                                              "threatened and beaten.")] == [""]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("12:40\n\nDefence ministry: No troops to be sent to the border\n\nThe Defence Ministry said no "
                 "troops would be sent to the border.", "russian-defence-ministry", id="fix15bi_guard_defence_ministry_tag"),  # a guard: held as a headline
    pytest.param("Interior ministry: Up to 20 officers ready to go to Greece\n\nThe Interior Ministry said up to 20 "
                 "officers were ready to go.", "new:Interior ministry", id="fix15bi_interior_ministry_tag"),
    pytest.param("09:15\n\nForeign minister: Talks must resume within a week\n\nForeign Minister Ana Sousa "
                 "said talks must resume within a week.", "new:Ana Sousa", id="fix15bi_guard_foreign_minister_tag"),  # a guard: by the body
])
def test_fix15bi_a_sentence_case_body_tag_names_the_heading(text: str, expected: str) -> None:
    assert headlined(text)[0][2] == expected


def test_fix15bi_a_headlines_contraction_names_the_statement_it_condenses() -> None:
    text = "Gov't backs call for truce in Syria\n\nThe Government of Freedonia has added its voice to calls for a truce in Syria."
    assert headlined(text)[0] == ("reported", "Gov't backs call", "new:Government of Freedonia")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Column\n\nBy Ines Carvalho\n\nWhen Ana Ruiz, the UN\'s refugee chief, told the council in May that '
                 '"the camps are full", nobody listened.', ["new:Ana Ruiz"] * 2, id="fix15bi_when_name_role_told"),
    pytest.param("Column\n\nSecretary-General Ana Ruiz has since called for a truce.", ["new:Ana Ruiz"],
                 id="fix15bi_has_since_called"),
    pytest.param("Column\n\nAid groups including Oxfam have accused both armies of shelling the camps.", [""],
                 id="fix15bi_groups_including_a_named_one"),
])
def test_fix15bi_op_ed_subjects(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Stranded\n\n"We sold the house," said Jawid Rahimi, who worked as a tailor in Herat. The former tailor '
                 "said he would not go back.", ["new:Jawid Rahimi"] * 2, id="fix15bi_the_former_tailor"),
    pytest.param('Night at the crossing\n\n"We have no blankets," said Oleh Marchuk, a baker from Lviv. The baker said the '
                 "buses had stopped.", ["new:Oleh Marchuk"] * 2, id="fix15bi_the_baker"),
    pytest.param('Queue\n\n"The clinic is empty," said Lena Okoro, a nurse from Kano. The nurse said the road had been '
                 "cut.", ["new:Lena Okoro"] * 2, id="fix15bi_guard_the_nurse"),  # a guard: a person's noun, read before
])
def test_fix15bi_a_description_by_the_named_persons_own_role_is_that_person(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize("mark", ["'", "‘"])
def test_fix15bi_a_live_blogs_single_quoted_entry_heading_is_its_entrys_speaker(mark: str) -> None:
    close = "'" if mark == "'" else "’"
    text = ("Live: border crisis\n\n11:05\n\nMinister: Border guards ready to go to the border\n\nThe Interior Ministry said "
            f"guards were ready.\n\n10:20\n\n{mark}Sleeping in the fields for a week{close}\n\nA volunteer said the families "
            'had nowhere to go. "They are sleeping in the fields for a week now," said Mira Kos, 31.')
    assert ("direct", "Sleeping in the", "new:Mira Kos") in cut_page(text)
