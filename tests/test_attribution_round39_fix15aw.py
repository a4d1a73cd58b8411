"""Round 36's classes (issue 15), persons, relays and views (session fix15aw): general rules, each pinned by texts of
our own."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The Mufti of Ruritania, Sheikh Omar Delic, told worshippers that the world had failed the children.\n\n'
                 '"All of us are responsible," the Mufti said.', ["new:Omar Delic", "new:Omar Delic"],
                 id="fix15aw_a_religious_title_stands_for_the_one_named_with_it"),
    pytest.param('The Archbishop of Lakeport, Paul Odera, told worshippers that the world had failed them.\n\n'
                 '"We must pray and give," the Archbishop said.', ["new:Paul Odera", "new:Paul Odera"],
                 id="fix15aw_an_archbishop_too"),
    pytest.param("Alhaji Musa Bello told reporters that the camps needed help.", ["new:Musa Bello"],
                 id="fix15aw_an_honorific_is_no_part_of_the_name"),
    pytest.param("Cde Tendai Moyo told reporters that the camps needed help.", ["new:Tendai Moyo"],
                 id="fix15aw_comrade_abbreviated_is_an_honorific"),
    pytest.param('A lawmaker, Hon. Musa Bello (APC, Kano), told reporters that the house would debate it. "We cannot keep quiet," '
                 "he said.", ["new:Musa Bello", "new:Musa Bello"],
                 id="fix15aw_a_party_and_seat_in_brackets_after_the_name"),
    pytest.param("The spokesman of Vorn's so-called Northern Army (NA), Ali Kasem, denied the accusations, saying that the army "
                 "needed no one.", ["new:Ali Kasem"], id="fix15aw_so_called_is_no_speech_verb"),
])
def test_fix15aw_persons_titled_or_tagged(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Some Syrians live in Chile.\n\nOne of them, a former teacher from Aleppo city who now runs a shop in Valparaiso, "
                 'said he had lost touch with his brother.\n\n"Since then, nothing," said Omar, who asked that his last name '
                 "not be used for his family's safety.", ["new:Omar", "new:Omar"],
                 id="fix15aw_a_person_described_then_named_who_keeps_his_surname"),
    pytest.param("A Nepali migrant who reached the border told this newspaper that he had paid a broker.\n\n"
                 '"The guards beat us," said Ram Thapa, 31, from Pokhara.', ["new:Ram Thapa", "new:Ram Thapa"],
                 id="fix15aw_a_migrant_described_then_named"),
    pytest.param("The army took the town, the outlet's correspondent reported.\n\nThe correspondent said that the army had "
                 "suffered losses.\n\nLater, party leader Omar Delic said the town would be rebuilt.", ["", "", "new:Omar Delic"],
                 id="fix15aw_the_outlet_s_correspondent_is_nobody_named_later"),
])
def test_fix15aw_persons_described(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("UN envoy Ana Ruiz urged both sides to stop.\n\n"
                 "\"The last time I spoke with my mother she said, 'Do not worry, we are safe.' Since then, nothing,\" said Omar Delic.",
                 ["new:Ana Ruiz", "new:Omar Delic", ""], id="fix15aw_a_pronoun_after_the_words_that_open_a_nested_quotation"),
    pytest.param("A Chilean teacher who has lived in Lima for years described the mood as calm.\n\n\"People are angry about the "
                 "soldiers,\" said the 29-year-old from Valparaiso, who asked that her name not be published.", ["", ""],
                 id="fix15aw_a_person_described_by_age_and_town_is_no_place"),
    pytest.param("Omar Delic, 34, who works at a hotel in Lima, said by phone that life was normal.\n\n\"At night we hear the trucks,\" "
                 "Delic said.\n\nHis wife in Tacna, who did not want to be named, said she had asked him to return home.",
                 ["new:Omar Delic", "new:Omar Delic", ""], id="fix15aw_a_second_verb_in_the_words_of_the_first"),
    pytest.param('"Every time they meet, we hope," says a volunteer at the camp, who asked that his name not be used because he has '
                 "relatives there.\n\nUN envoy Ana Ruiz said the talks would go on.", ["", "new:Ana Ruiz"],
                 id="fix15aw_guard_a_volunteer_who_asked_stays_unnamed"),
])
def test_fix15aw_quotations_of_unnamed_people(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Asked about the deaths, spokesman Ali Berik said Kazakhstan expressed its condolences to the families.",
                 ["new:Kazakhstan"], id="fix15aw_a_country_s_past_act_relayed_by_its_named_spokesman"),
    pytest.param("Spokesman Ali Berik said Kazakhstan would send aid to the camps.", ["new:Ali Berik"],
                 id="fix15aw_guard_what_the_country_will_do_is_the_spokesman_s"),
    pytest.param("One diplomat said the talks were hard. Another said France had insisted that no money be promised.", ["", ""],
                 id="fix15aw_guard_an_unnamed_diplomat_may_speak_of_a_country_not_his"),
    pytest.param("Some of the families who arrived under the programme of former president Jorge Batlle complained at the time "
                 "about the cost of living.", [""], id="fix15aw_people_described_by_a_who_clause_are_the_subject"),
    pytest.param("Foreign Minister Ana Ruiz also spoke with the Turkish Ambassador to Chile, Mr Ali Demir, and expressed the "
                 "country's condolences.", ["new:Ana Ruiz"], id="fix15aw_a_verb_after_an_apposition_and_and"),
    pytest.param("Ruiz, according to the statement, also spoke with the Turkish Ambassador to Chile, Mr Ali Demir, and expressed "
                 "the country's condolences.", ["new:Ruiz"], id="fix15aw_the_same_after_an_according_to_aside"),
    pytest.param("Chile on Wednesday joined a group of countries calling for the opening of humanitarian corridors in the north.",
                 ["new:Chile"], id="fix15aw_a_country_joins_a_group_of_countries_calling_for"),
    pytest.param("The ships joined the convoy calling at the port. Chile joined the talks, calling for calm.", [],
                 id="fix15aw_guard_joining_no_group_of_countries_reports_nothing"),
])
def test_fix15aw_relays_and_acts(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ruritanian political scientist Ivo Dren believes the escalation between the two capitals puts the format under "
                 "strain. In his opinion, a meeting of the three presidents would matter more than a new round.",
                 ["new:Ivo Dren", "new:Ivo Dren"], id="fix15aw_a_view_stated_with_believes_and_in_his_opinion"),
    pytest.param("Ivo Dren believes the talks will fail.", ["new:Ivo Dren"], id="fix15aw_believes_then_a_clause_with_a_modal"),
    pytest.param("Ivo Dren believes in dialogue. He believes the rumours. Her opinion matters.", [],
                 id="fix15aw_guard_believes_with_no_clause_and_opinion_as_a_noun_report_nothing"),
    pytest.param("RIVERTON. RNA - Ruritania is ready to host a new meeting if the guarantor countries ask for it, Ruritania News "
                 "correspondent reports.", [""], id="fix15aw_a_lead_ending_with_the_agency_s_correspondent_reports"),
])
def test_fix15aw_views_stated(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
