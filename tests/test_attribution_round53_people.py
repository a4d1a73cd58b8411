"""Round 50's misses of the class "people, relays and anaphors" (issue 15, session fix15ct): general rules, each pinned
by sentences of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The EU foreign policy chief, Josep Borrell, has for his part urged both sides to show restraint.",
                 ["new:Josep Borrell"], id="an_apposition_then_has_for_his_part"),
    pytest.param("Prime Minister Marta Lind for her part told reporters that Oslo would send two field hospitals.",
                 ["new:Marta Lind"], id="for_her_part_without_has"),
    pytest.param("The WHO chief, Hans Kluge, has for his part called for safe corridors to the hospitals of the north.",
                 ["new:Hans Kluge"], id="has_for_his_part_called_for"),
])
def test_for_his_part_without_commas_is_no_part_of_the_subject(text: str, expected: list[str]) -> None:
    # "X has for his part called for ...": the aside stands between the subject and its verb, as "has in turn"
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Senator Maria Reyes, on her Facebook page, said the Netherlands stands with Greece in this hour of grief.",
                 ["new:Maria Reyes"], id="on_her_page_then_a_country_s_clause"),
    pytest.param("Interior Minister Jonas Berg, in a tweet, said the Maldives joins Turkey in mourning its soldiers.",
                 ["new:Jonas Berg"], id="in_a_tweet_then_a_country_s_clause"),
    pytest.param("Fighting continued around Saraqeb, in Idlib province, said the Syrian Observatory for Human Rights.",
                 ["new:Syrian Observatory for Human Rights"], id="a_place_aside_keeps_the_inverted_speaker"),
])
def test_a_medium_aside_after_the_name_keeps_the_subject_before_the_verb(text: str, expected: list[str]) -> None:
    # "X, in a tweet, said the Philippines stands with ...": the clause after "said" is what X says, not who says it
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Belgrade (Tanjug) - Prime Minister of the Republic Ana Brnabic met on Friday the Greek ambassador.\n\n"
                 "At the meeting, the head of government stressed that Serbia supports a political solution.",
                 ["new:Ana Brnabic"], id="the_head_of_government"),
    pytest.param("Tunis (TAP) - President of the Republic Nadia Ferchichi received on Monday the Minister of Defence.\n\n"
                 "During the meeting, the Head of State underlined that the army must remain ready.",
                 ["new:Nadia Ferchichi"], id="the_head_of_state"),
])
def test_an_office_of_the_republic_before_a_name_is_a_title_a_later_use_stands_for(text: str, expected: list[str]) -> None:
    # "President of the Republic Kais Saied" ... "the Head of State stressed": the one the page gave the office (LABELS rule 8)
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"Our region is following the fighting with great concern," declared Government Spokesman Kofi Mensah on '
                 "Wednesday.\n\nAccording to the government spokesman, President Nana Owusu had instructed the foreign "
                 'minister to stay in contact with Ankara. "Our country knows the value of dialogue," he maintained.',
                 ["new:Kofi Mensah", "new:Nana Owusu", "new:Kofi Mensah"], id="a_government_spokesman"),
    pytest.param('"We will not leave anyone behind," said presidential spokeswoman Lea Dumont on Monday.\n\nAccording to '
                 "the spokeswoman, Prime Minister Paul Garnier had ordered two aircraft to Adana. \"The first will land "
                 'tonight," she added.', ["new:Lea Dumont", "new:Paul Garnier", "new:Lea Dumont"], id="a_spokeswoman"),
])
def test_he_after_according_to_a_teller_of_a_principal_s_act_is_the_teller(text: str, expected: list[str]) -> None:
    # "According to the government spokesman, the Head of State had instructed ... "...", he maintained.": the one who
    # speaks in the sentence is the teller (LABELS rule 8), as after "The spokesman said X had instructed ..."
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("« Ghana follows the fighting with concern », declared the Minister of Information, Government Spokesman "
                 "Kofi Mensah, at the press briefing.", ["new:Kofi Mensah"] * 2, id="guillemets_then_a_place"),
    pytest.param('"The camps are full," said the Minister of Health, Government Spokeswoman Aline Mukamana, on Tuesday in '
                 "Kigali.", ["new:Aline Mukamana"], id="straight_quotes_then_a_time"),
])
def test_a_title_then_the_name_in_apposition_after_a_quotation_and_where_it_was_said(text: str, expected: list[str]) -> None:
    # '"...," said the Minister of X, Name, at the briefing': the name after the title, as '"...," said the mother, Name, 54.'
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Spokesman Kofi Mensah said "the situation is serious".\n\nMinister Ama Boateng, reached by telephone, went '
                 'further: "No Ghanaian is in the zone of the fighting," she assured us.',
                 ["new:Kofi Mensah", "new:Ama Boateng", "new:Ama Boateng"], id="reached_by_telephone"),
    pytest.param('Governor Lars Holm said "the port is open".\n\nMayor Erik Dahl, contacted by our newspaper, was more '
                 'cautious: "We are waiting for the ferries," he explained.', ["new:Lars Holm"] + ["new:Erik Dahl"] * 2,
                 id="contacted_by_the_newspaper"),
])
def test_a_pronoun_after_a_quotation_stands_for_the_sentence_s_subject_before_a_participle_s_aside(
        text: str, expected: list[str]) -> None:
    # "Minister X, reached by telephone, went further: "...", he assured us": the sentence's own subject, not the last speaker
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Presidential Spokesperson Ana Cruz said President Juan Reyes had directed the Foreign Office and the "
                 "Department of Labor and Employment to bring the workers home.", ["new:Juan Reyes"], id="two_bodies_joined"),
    pytest.param("Government spokesman Tomas Lind said Prime Minister Eva Sand had directed the Ministry of Foreign Affairs "
                 "and the Ministry of Defence to prepare an evacuation.", ["new:Eva Sand"], id="two_ministries"),
])
def test_an_order_to_several_bodies_relayed_by_a_spokesman_is_the_principal_s(text: str, expected: list[str]) -> None:
    # LABELS Round 40: "Suga said Prime Minister Abe had instructed ..." is Abe's; the order may name two bodies
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Ministry of Foreign Affairs said on Monday that 40 Kenyans live in Turkey.\n\nAccording to a statement "
                 "issued by the ministry, Cabinet Secretary Amina Odhiambo spoke to her Turkish counterpart on Sunday and "
                 "conveyed Kenya's condolences.", ["new:Ministry of Foreign Affairs", "new:Amina Odhiambo"],
                 id="a_statement_issued_by_the_ministry"),
    pytest.param("According to a press release issued by the presidency, President Ilir Meta met the Turkish ambassador on "
                 "Friday and expressed his solidarity with the families.", ["new:Ilir Meta"], id="met_and_expressed"),
])
def test_an_act_of_speech_told_by_a_release_issued_by_a_body_is_the_actor_s(text: str, expected: list[str]) -> None:
    # "According to a press release issued by the ministry, Minister X spoke to Y and expressed condolences": X's act
    # (LABELS rule 3: a readout's principal; Round 40's relay test: "spoke ... and expressed" is an act of speech done before)
    assert labels(text) == expected
