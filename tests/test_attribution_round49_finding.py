"""Round 46's misses of finding, headlines and nulls (issue 15, session fix15ch): a live blog's first entry heading,
above the first entry, is an entry (its time stamp chrome, not the page's headline); a nation's people named by a
plural demonym the ISO data gives in the singular ("Batswana" for "Motswana") or by what they are ("Basotho students
in ...") make the page national, whose "THE government says" is the page's; a headline's tag after a spaced hyphen
and in lowercase ("... - govt", "... - minister"); a tag of a title's two initials ("...: PM") is the body's holder of
that title.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, labels, said_opening, speakers
from idlibsite.attribution.context import home_country
from idlibsite.attribution.wordlists import NATIONS


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("LIVE: Border tensions after overnight shelling in the north\n\nThe Kathmandu Chronicle | Updated 4 March "
                 "2020\n\nShare this page | Print | Email\n\n"
                 "09:15 — Nepal calls for restraint\n\nThe foreign ministry said in a statement that all sides should return "
                 "to talks.\n\n08:40 — Aid convoy halted\n\nThe Red Cross said its trucks had turned back at the crossing.\n\n"
                 "07:55 — Night of shelling\n\nResidents said the shelling went on until dawn.",
                 "Nepal calls for", "new:Nepal", id="fix15ch_first_entry_heading_a_country_calls_for"),
    pytest.param("As it happened: Summit day in Sochi as leaders meet over the ceasefire\n\nBy our foreign staff | Fiji Sun "
                 "Online\n\n14.05 GMT - Fiji urges calm\n\nThe Pacific nation's foreign ministry said civilians must be "
                 "spared.\n\n13.30 GMT - Leaders arrive\n\nThe delegations landed in the morning, officials said.\n\n"
                 "12.10 GMT - Talks delayed\n\nThe Kremlin said the talks would start an hour late.",
                 "Fiji urges calm", "new:Fiji", id="fix15ch_first_entry_heading_gmt_stamp"),
])
def test_fix15ch_a_live_blogs_first_entry_heading_is_an_entry_after_its_stamp(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("word", "country"), [
    pytest.param("Batswana", "Botswana", id="fix15ch_batswana"),
    pytest.param("Basotho", "Lesotho", id="fix15ch_basotho"),
    pytest.param("Moroccan", "Morocco", id="fix15ch_guard_a_name_that_opens_mo"),
])
def test_fix15ch_a_sotho_tswana_demonyms_plural_names_its_country(word: str, country: str) -> None:
    assert NATIONS[word.lower()] == country


def test_fix15ch_guard_no_plural_for_a_country_whose_name_opens_mo() -> None:
    assert "baroccan" not in NATIONS and "bazambican" not in NATIONS and "bantenegrin" not in NATIONS


@pytest.mark.parametrize(("headline", "country"), [
    pytest.param("Batswana students in Cyprus safe, says ministry", "Botswana", id="fix15ch_batswana_students_in"),
    pytest.param("Kenyan workers stranded in Lebanon appeal for help", "Kenya", id="fix15ch_kenyan_workers_stranded"),
    pytest.param("Basotho pilgrims in Saudi Arabia return home", "Lesotho", id="fix15ch_basotho_pilgrims_in"),
])
def test_fix15ch_a_headline_of_a_nations_people_by_what_they_are_makes_the_page_national(headline: str, country: str) -> None:
    assert home_country(f"{headline}\n\nBy Staff Reporter\n\n") == country


@pytest.mark.parametrize(("text", "who"), [
    pytest.param('Batswana students in Cyprus "safe" - govt\n\nKago Mmolai\n\n'
                 "THE government says all 12 Batswana students studying in Cyprus are safe after the floods.\n\n"
                 "The students are in Nicosia and Limassol, far from the worst-hit areas.",
                 "new:Motswana government", id="fix15ch_the_government_batswana_page"),
    pytest.param("Basotho workers stranded in Qatar to fly home\n\nStaff Reporter\n\n"
                 "THE government says it will pay for the flights of 40 Basotho workers stranded in Doha.",
                 "new:Mosotho government", id="fix15ch_the_government_basotho_page"),
])
def test_fix15ch_the_government_in_a_capitalised_lead_is_the_national_pages(text: str, who: str) -> None:
    assert said_opening(text, "THE government says") == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param('Zambian nurses in Libya "unharmed" - govt\n\nBy Chanda Mwale\n\n'
                 "The Zambian government says all nurses working in Tripoli are unharmed.",
                 "Zambian nurses in", "new:Government", id="fix15ch_words_hyphen_govt"),
    pytest.param("Flights to Beirut to resume next week - minister\n\nBy Ruth Banda\n\n"
                 "Transport minister Joseph Tembo said on Monday that the first flight would leave on Friday.",
                 "Flights to Beirut", "new:Joseph Tembo", id="fix15ch_words_hyphen_minister"),
    pytest.param("Border to stay open for returning citizens: PM\n\nBy Ivan Petrov\n\n"
                 "SOFIA, March 3 - The border will stay open, prime minister Stefan Dimov said on Tuesday.",
                 "Border to stay", "new:Stefan Dimov", id="fix15ch_colon_pm_initials"),
    pytest.param("Army ready to send troops to the border - PM\n\nBy Ivan Petrov\n\n"
                 "The army is ready to send up to 500 troops, prime minister Stefan Dimov told reporters.",
                 "Army ready to", "new:Stefan Dimov", id="fix15ch_hyphen_pm_initials"),
])
def test_fix15ch_a_headline_tag_after_a_hyphen_in_lowercase_or_by_initials(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ch_guard_a_hyphen_between_two_names_is_no_tag() -> None:
    text = "Turkey - Syria talks end without a deal\n\nBy Staff\n\nThe talks in Moscow ended late on Thursday."
    assert all(who == "" for _kind, _first, who in cut_page(text))


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("THE Fiji Government has joined other Pacific nations in calling for an end to the fighting in Libya.",
                 ["new:Fiji Government"], id="fix15ch_capital_the_joined_nations_in_calling"),
    pytest.param("Chile on Tuesday joined several Latin American governments in calling for a ceasefire in Yemen.",
                 ["new:Chile"], id="fix15ch_joined_governments_in_calling"),
    pytest.param("THE Samoan Government has joined other states in calling on both sides to protect civilians.",
                 ["new:Samoan Government"], id="fix15ch_joined_states_in_calling_on"),
])
def test_fix15ch_joining_others_in_calling_for_is_the_subjects_call(text: str, who: list[str]) -> None:
    assert labels(text) == who


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("THE Ministry of Health says no Tongan nurse has been hurt in the fighting.", ["new:Ministry of Health"],
                 id="fix15ch_capital_the_ministry_says"),
    pytest.param("KAMPALA - THE Uganda Red Cross Society said on Monday that its volunteers had reached the camps.",
                 ["new:Uganda Red Cross Society"], id="fix15ch_capital_the_after_a_dateline"),
    pytest.param("AN official of the Nigerian embassy said the students were safe.", [""], id="fix15ch_capital_an_official"),
])
def test_fix15ch_an_article_in_capitals_opening_the_lead_is_no_part_of_the_name(text: str, who: list[str]) -> None:
    assert labels(text) == who


def test_fix15ch_guard_an_acronym_opening_the_lead_stays() -> None:
    assert labels("UNHCR said on Friday that nearly a million people had fled.") == ["new:UNHCR"]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param('In a post on his official Facebook page, Prime Minister Tuilaepa Malielegaoi wrote that "small islands '
                 'must speak for the displaced".', ["new:Tuilaepa Malielegaoi", "new:Tuilaepa Malielegaoi"],
                 id="fix15ch_in_a_post_wrote_that_quotation"),
    pytest.param('In a message to the nation on Friday, President Nana Addo said that "no Ghanaian will be left behind."',
                 ["new:Nana Addo", "new:Nana Addo"], id="fix15ch_in_a_message_said_that_quotation"),
])
def test_fix15ch_a_frame_of_a_post_or_message_makes_the_sentence_reported_too(text: str, who: list[str]) -> None:
    found = speakers(text)
    assert [kind for kind, _first, _who in found] == ["reported", "direct"] and [w for _k, _f, w in found] == who


def test_fix15ch_guard_a_quotation_after_said_that_with_no_frame_is_only_direct() -> None:
    found = speakers('President Nana Addo said that "no Ghanaian will be left behind."')
    assert [kind for kind, _first, _who in found] == ["direct"]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Some analysts argue that the sanctions will hurt Kenyan tea exporters first.", [""],
                 id="fix15ch_some_analysts_argue_that"),
    pytest.param("Opposition leaders argue that the deployment breaks the constitution.", [""],
                 id="fix15ch_leaders_argue_that"),
    pytest.param("The Chinese foreign ministry has repeated this claim so often that few reporters still ask for proof.",
                 ["new:Chinese foreign ministry"], id="fix15ch_has_repeated_this_claim"),
    pytest.param("The Iranian Foreign Ministry repeats its position that the strikes were legal.",
                 ["new:Iranian Foreign Ministry"], id="fix15ch_repeats_its_position"),
])
def test_fix15ch_argue_with_what_was_said_and_a_repeated_line_are_speech(text: str, who: list[str]) -> None:
    assert labels(text) == who


@pytest.mark.parametrize("text", [
    pytest.param("Lawyers moved to argue the case before the court on Monday.", id="fix15ch_guard_argue_an_infinitive"),
    pytest.param("The air force repeated the strikes on the town on Tuesday.", id="fix15ch_guard_repeated_strikes"),
])
def test_fix15ch_guard_argue_and_repeated_with_no_saying_are_no_passage(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("The opposition Socialist Party (PS) reacted sharply. PS leader Ana Gomes said the deployment was illegal.",
                 ["new:Socialist Party", "new:Ana Gomes"], id="fix15ch_party_reacted_sharply"),
    pytest.param("The Kremlin reacted angrily, calling the report a provocation.", ["kremlin"],
                 id="fix15ch_reacted_angrily_comma"),
])
def test_fix15ch_reacting_sharply_is_an_act_of_speech(text: str, who: list[str]) -> None:
    assert labels(text) == who


@pytest.mark.parametrize("text", [
    pytest.param("Markets reacted sharply to the news from Ankara.", id="fix15ch_guard_markets_reacted_to"),
    pytest.param("Police reacted quickly to the attack.", id="fix15ch_guard_reacted_quickly"),
    pytest.param("The councils plan to call for a vote next week.", id="fix15ch_guard_to_call_for"),
])
def test_fix15ch_guard_a_reaction_or_a_call_with_no_speech_is_no_passage(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Hindu groups call for vigil as floods displace thousands", [""], id="fix15ch_groups_call_for_deck"),
    pytest.param("Church leaders call on government to help stranded pilgrims.", [""], id="fix15ch_leaders_call_on"),
])
def test_fix15ch_a_plurals_call_for_is_speech_of_nobody_named(text: str, who: list[str]) -> None:
    assert labels(text) == who


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Jakarta Watches Gaza Talks Closely\n\nForeign ministry urges calm as rights groups draw parallels with Papua\n\n"
                 "By The Jakarta Post 5 March 2020\n\n"
                 "JAKARTA — The Indonesian Ministry of Foreign Affairs on Monday urged all sides to protect civilians.",
                 ["Foreign ministry urges", "as rights groups"], id="fix15ch_deck_as_rights_groups_draw_parallels"),
    pytest.param("Dhaka offers to host talks as neighbours urge restraint\n\nBy Staff Correspondent\n\n"
                 "The Bangladeshi foreign ministry said on Sunday it was ready to host talks.",
                 ["Dhaka offers to", "as neighbours urge"], id="fix15ch_headline_as_neighbours_urge"),
])
def test_fix15ch_a_headline_goes_on_at_as_with_a_second_speaker(text: str, expected: list[str]) -> None:
    found = cut_page(text)
    assert [first for _kind, first, _who in found][: len(expected)] == expected
    assert not found[1][2].startswith("new:")  # the plural second subject names nobody


def test_fix15ch_guard_as_before_an_event_keeps_the_headline_whole() -> None:
    text = ("Hindu groups call for vigil as floods displace thousands\n\nBy Staff Reporter\n\n"
            "The Hindu Council said on Friday it would hold a vigil.")
    assert [first for kind, first, _who in cut_page(text) if kind == "reported"][:1] == ["Hindu groups call"]
    assert len([p for p in cut_page(text) if p[1].startswith(("floods", "as floods"))]) == 0


@pytest.mark.parametrize(("text", "nested"), [
    pytest.param("\"Politicians keep saying 'never again' and then build another fence,\" said Amira Haddad, a refugee lawyer in Beirut.",
                 "never again", id="fix15ch_keeps_saying_never_again"),
    pytest.param("\"Everyone was saying 'the border will open soon' for a month,\" said Tomas Berg, a volunteer on Lesbos.",
                 "the border will", id="fix15ch_was_saying_nested"),
])
def test_fix15ch_words_a_quotation_gives_by_saying_to_no_one_named_are_nobodys(text: str, nested: str) -> None:
    found = {first: who for _kind, first, who in speakers(text)}
    assert found[" ".join(nested.split()[:3])] == ""


_ANALYST = ('Analyst Petra Novak of the Institute for Policy believes Zagreb had no choice. "As a member of the Union, Croatia '
            'could not say anything else," Novak told Jutarnji.\n\n')


@pytest.mark.parametrize("said", [
    pytest.param('"I pity the soldiers, but this is not our fight," said a pensioner in the old town.', id="fix15ch_said_a_pensioner_in"),
    pytest.param('"Nobody asked us," said an elderly fisherman on the quay.', id="fix15ch_said_an_elderly_fisherman"),
    pytest.param('"We want peace, that is all," said a protester who gave no name.', id="fix15ch_said_a_protester_who"),
])
def test_fix15ch_a_quotation_said_by_someone_described_is_nobodys_not_the_last_speakers(said: str) -> None:
    assert labels(_ANALYST + said)[-1] == ""


def test_fix15ch_guard_a_quotation_said_by_a_statement_is_no_person_described() -> None:
    assert speakers(_ANALYST + '"We stand with Ankara," said a statement from the ministry.', True)[-1][2] != "a statement"
