"""Round 49's misses of the class "relays and anaphors" (issue 15, session fix15cq): general rules, each pinned by
sentences of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("African Union spokeswoman Ebba Kalondo said Commission Chairperson Moussa Faki was following events in Tripoli "
                 "“with the utmost concern” and renewed his call for talks.", ["new:Moussa Faki"] * 2,
                 id="an_activity_with_a_quotation_and_an_act_joined"),
    pytest.param('OSCE spokesman Lars Bergen said Secretary General Helga Maier was watching the fighting "with deep alarm".',
                 ["new:Helga Maier"] * 2, id="an_activity_with_a_quotation_alone"),
    pytest.param("OSCE spokesman Lars Bergen said Secretary General Helga Maier was watching the fighting closely and repeated "
                 "her appeal for a truce.", ["new:Lars Bergen"], id="an_activity_without_a_quotation_stays_the_spokesman_s"),
])
def test_a_spokesman_s_clause_of_his_principal_s_activity_with_a_quotation_is_the_principal_s(text: str, expected: list[str]) -> None:
    # LABELS Round 47: a spokesman's reported clause of his principal's state with a quotation in it is the principal's
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Presidential spokesman Omar Haidari said President Layla Nouri had ordered the ministry to prepare for the "
                 'return of the migrants. The President, he said, believed that "no citizen should be a pawn of others".',
                 ["new:Layla Nouri"] * 3, id="believed_that_with_a_quotation"),
    pytest.param("Palace spokeswoman Ines Varga said Queen Mira had spoken to the families. The Queen, she said, was "
                 '"deeply saddened" by the loss.', ["new:Ines Varga", "new:Queen Mira", "new:Queen Mira"],
                 id="was_with_a_quotation"),
    pytest.param("Palace spokeswoman Ines Varga said Queen Mira had spoken to the families. The Queen, she said, was deeply "
                 "saddened by the loss.", ["new:Ines Varga"] * 2, id="without_a_quotation_stays_the_spokeswoman_s"),
    pytest.param("Interior Minister Karl Brandt said police had closed the road. The mayor, he said, believed that "
                 '"the town is safe".', ["new:Karl Brandt"] * 3, id="a_minister_is_no_spokesman"),
])
def test_a_spokesman_s_tag_inside_the_sentence_of_his_principal_s_quoted_state(text: str, expected: list[str]) -> None:
    # LABELS Round 49: 'The President, he said, believed that "..."' of a presidential spokesman is the President's
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Berlin, our largest trading partner in Europe, has called for restraint.", ["new:Berlin"], id="our_partner_in"),
    pytest.param("Abuja, their closest ally, has offered to send observers.", ["new:Abuja"], id="their_ally"),
    pytest.param("Nairobi, our other neighbour with troops in Somalia, has offered to mediate.", ["new:Nairobi"],
                 id="our_other_neighbour_with"),
])
def test_a_capital_s_relation_in_a_column_s_words_is_an_apposition(text: str, expected: list[str]) -> None:
    # "Moscow, Yerevan's main ally, said" is the country; a column's "our neighbour" is the same relation
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Interior Minister Maria Lund said Estonia had offered Frontex two border guards and a patrol vessel.",
                 ["new:Estonia"], id="a_country_s_offer_told_by_its_minister"),
    pytest.param("Defence Minister Jan Holm told reporters that Norway had offered Greece three helicopters.", ["new:Norway"],
                 id="told_reporters_that_a_country_had_offered"),
    pytest.param("Defence Minister Jan Holm told reporters that Norway would offer help.", ["new:Jan Holm"],
                 id="an_offer_to_come_stays_the_minister_s"),
])
def test_a_country_s_offer_relayed_by_its_minister_is_the_country_s(text: str, expected: list[str]) -> None:
    # LABELS Round 49: a minister's "Finland had offered" is the country's (its act relayed by its minister)
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Across the region, the Pacific Islands Forum also weighed in. Forum Secretary General Meg Taylor said the "
                 "Secretariat had written to the Turkish Embassy in Canberra asking that students be helped to leave.",
                 ["new:Pacific Islands Forum", "new:Secretariat"], id="had_written_asking"),
    pytest.param("Education Minister Lia Moss said the ministry had sent a letter to the university urging it to help the "
                 "students.", ["new:Education Ministry"], id="had_sent_a_letter_urging"),
])
def test_a_body_s_message_told_by_its_head_is_the_body_s(text: str, expected: list[str]) -> None:
    # LABELS Round 49: a body's head telling the body's earlier act of speech gives it to the body (the one test)
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Hurriyet reported on Tuesday, citing sources in the government, that the number was between 100 and 200.",
                 [""], id="citing_sources_after_the_day"),
    pytest.param("Kathimerini reported, citing security sources, that the boats had been turned back.", [""],
                 id="citing_sources_right_after_the_verb"),
    pytest.param("Kathimerini reported, citing Defence Minister Nikos Panagiotopoulos, that the boats had been turned back.",
                 ["new:Nikos Panagiotopoulos"], id="citing_a_named_minister"),
])
def test_a_report_citing_its_source_after_its_verb_is_the_source_s(text: str, expected: list[str]) -> None:
    # LABELS rule 4: "Sabah reported ..., citing presidential sources" is null; the citation may stand right after the verb
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Prime Minister Ana Ruak, answering journalists at the Government Palace, said Ruritania, as a nation that "
                 "had itself lived through war, stands with the civilian victims.", ["new:Ana Ruak"], id="answering_then_as_a_nation"),
    pytest.param("Foreign Minister Lu Hao, speaking at the Palace, said Pavonia, a nation that knows war, stands with the "
                 "civilians.", ["new:Lu Hao"], id="speaking_then_a_nation"),
    pytest.param("Aid has stopped, said Jens Laerke, a spokesman.", ["new:Jens Laerke"], id="an_inverted_tag_still_reads"),
])
def test_a_subject_before_a_participle_aside_speaks_not_the_country_after_the_verb(text: str, expected: list[str]) -> None:
    # LABELS rule 1: the subject of the speech verb; a country in the reported clause with an apposition is no inverted tag
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Foreign Minister Dana Hield said the students were safe.\n\nA senior party official, who asked not to be named, "
                 "said the Prime Minister had been briefed on the situation by Mr Hield last week.", ["new:Dana Hield"] * 2,
                 id="briefed_by_a_surname_relayed_by_a_source"),
    pytest.param("A government source said the president had been told by Defence Minister Karl Ode that the troops were safe.",
                 ["new:Karl Ode"], id="told_by_a_titled_name"),
    pytest.param("A government source said the president had been told that the troops were safe.", [""],
                 id="no_agent_stays_the_source_s"),
])
def test_a_passive_s_agent_of_an_act_of_speech_is_its_speaker(text: str, expected: list[str]) -> None:
    # LABELS Round 49: "Name said Y had been briefed by Z" is Z's, whoever relays it
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The call was made by Secretary of State Ana Faure when she received the non-resident ambassador of Turkey "
                 "yesterday.\n\nMs Faure said Ruritania depended on the rule of law.\n\nThe ambassador, who is based in Nairobi, "
                 "briefed the Secretary of State on the situation along the border.", ["new:Ana Faure", ""],
                 id="the_ambassador_she_received"),
    pytest.param("Minister Ana Faure met the Japanese ambassador on Monday. She said the talks were useful.\n\nThe ambassador "
                 "told reporters the talks were useful.", ["new:Ana Faure", ""], id="the_ambassador_she_met"),
    pytest.param("Minister Ana Faure met the ambassador on Monday. She said the talks were useful.\n\nThe minister told "
                 "reporters the talks were useful.", ["new:Ana Faure"] * 2, id="her_own_title_stays_hers"),
])
def test_a_title_held_by_someone_never_named_is_nobody_not_the_last_speaker(text: str, expected: list[str]) -> None:
    # LABELS rule 6: an ambassador never named is null; rule 8: the last *fitting* speaker
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "who"), [
    pytest.param('LIVE: Ceasefire talks in Moscow\n\nThe page is updated. Kyiv time.\n\n23:40 Putin: "We want a lasting truce"\n\n'
                 "Russian President Vladimir Putin said at the Kremlin that the talks had gone well.\n\n"
                 '22:15 "No Moldovans are among the injured"\n\nForeign ministry spokeswoman Ana Rusu told reporters that no '
                 "Moldovan citizens had been hurt.", "new:Ana Rusu", id="stamp_then_quotation_no_dash"),
    pytest.param("Live updates: border crisis\n\nBy Staff Writer\n\n18:05 Greece closes crossing\n\nGreek police said the "
                 "Kastanies crossing was closed.\n\n17:30 \u201cOur students are safe\u201d\n\nEducation Minister Lina Berg "
                 "told the agency that all 40 students had been reached.", "new:Lina Berg", id="stamp_then_curly_quotation"),
])
def test_a_stamped_entry_heading_of_a_quotation_with_no_dash_is_the_entry_s_speaker(text: str, who: str) -> None:
    # LABELS Round 45: a live-blog entry's quotation heading with no name is the words of the entry's speaker
    assert [w for kind, _first, w in cut_page(text) if kind == "direct"][-1] == who


def test_a_subject_before_a_participle_aside_after_a_dateline_speaks() -> None:
    text = ("SUVA, 6 March 2020 (FBC)—Prime Minister Ana Ruak, answering journalists at the Government Buildings, said "
            "Ruritania, as a nation that had itself lived through war, stands with the civilian victims.")
    assert labels(text) == ["new:Ana Ruak"]
