"""Round 61's daily-use forms (issue 15, session fix15eb): a radio transcript whose own staff are tagged by their role
("NAME, HOST:", "NAME, BYLINE:", "NAME (reporter):"), so that their narration keeps the speakers it names and the
untitled guests' turns are theirs, an interpreter's note after the colon and a "(ph)" after a name no part of either;
a spokesman's relay of his principal's state closed by his surname ('The Secretary-General is "x" ..., Mr. X said') or
given in a box line after his tag ("Name, spokesman for Y: "The Secretary-General is ...""): the principal's.  Texts of
our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from idlibsite.sources.turns import turns
from test_attribution import cut_page, said_opening


def _openings(text: str) -> set[str]:
    """The first three words of every passage of a page."""
    return {first for _kind, first, _who in cut_page(text)}


_RADIO = ("Farmers Flee As River Floods Northern Plain\n\n"
          "April 9, 2021 5:02 PM ET\n\n"
          "Heard on Morning Edition\n\n"
          "Transcript\n\n"
          "SARAH KLINE, HOST:\n\n"
          "Rain has fallen for nine days on the northern plain. Hungary says it will open its dams tonight. Austria says"
          " the water will reach Vienna by Friday. Our Tomas Reyes is in the town of Baja.\n\n"
          "TOMAS REYES, BYLINE: Water covers the road into town. Boats carry old people to the church on the hill.\n\n"
          "REYES: A farmer points at a barn he says held two hundred cows until Tuesday. Ivo Marek (ph) is 61. He has"
          " farmed here all his life.\n\n"
          "IVO MAREK: (Through interpreter) They told us on the radio the dam would hold. It did not hold. Now we have"
          " nothing.\n\n"
          "REYES: Prime Minister Anna Vogel said this afternoon that the army would build a second wall. The mayor of"
          " Baja, Peter Horvath, told local radio he expected more rain.\n\n"
          "For NPR News, I'm Tomas Reyes in Baja.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Hungary says it", "new:Hungary", id="a_hosts_introduction_keeps_the_country_it_names"),
    pytest.param("Austria says the", "new:Austria", id="a_second_country_in_the_introduction"),
    pytest.param("A farmer points", "new:Ivo Marek", id="he_says_of_a_man_described_then_named_with_ph"),
    pytest.param("They told us", "new:Ivo Marek", id="the_untitled_guests_turn_after_an_interpreters_note"),
    pytest.param("It did not", "new:Ivo Marek", id="the_guests_turn_goes_on"),
    pytest.param("Prime Minister Anna", "new:Anna Vogel", id="the_correspondents_narration_keeps_its_named_speaker"),
    pytest.param("The mayor of", "new:Peter Horvath", id="a_governor_named_in_apposition_in_the_narration"),
])
def test_a_radio_transcripts_staff_narrate_and_its_untitled_guests_speak(opening: str, who: str) -> None:
    assert said_opening(_RADIO, opening) == who


def test_a_name_spelled_by_ear_names_the_man_described_before() -> None:
    text = ("Village empties as fire nears\n\n"
            "KOZANI, Greece - A shepherd waves at a hillside he says burned in an hour. Stavros Lekkas (ph), 74, has"
            " kept goats here since he was a boy.\n")
    assert said_opening(text, "A shepherd waves") == "new:Stavros Lekkas"


def test_a_radio_transcripts_own_lines_and_the_interpreters_note_are_no_statement() -> None:
    openings = _openings(_RADIO)
    assert not openings & {"Water covers the", "Rain has fallen", "(Through interpreter) They"}


_BULLETIN = ("World Service bulletin, 6 June\n\n"
             "Lena Hartmann (presenter): Good evening. Officials in Chad say the camp at Bol is full.\n\n"
             "Omar Diallo (reporter): The line of tents reaches the lake. The regional governor, Abakar Mahamat, said on"
             " Sunday that no more families could be taken in.\n\n"
             "Fatime Ousmane: We walked for six days. My children have not eaten since yesterday.\n\n"
             "Omar Diallo (reporter): The World Food Programme says its trucks are stuck at the border.\n\n"
             "Fatime Ousmane: We only want water.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("We walked for", "new:Fatime Ousmane", id="an_untitled_guest_beside_a_presenter_and_a_reporter"),
    pytest.param("We only want", "new:Fatime Ousmane", id="her_second_turn"),
    pytest.param("The regional governor,", "new:Abakar Mahamat", id="the_reporters_narration_keeps_its_speaker"),
])
def test_a_bulletins_staff_in_brackets_tell_no_guest_apart(opening: str, who: str) -> None:
    assert said_opening(_BULLETIN, opening) == who


def test_guard_a_titled_guest_still_tells_the_untitled_narrator_apart() -> None:
    text = ("Evening panel\n\n"
            "PAUL GRANT: Tonight, the floods. Ministers met in the capital.\n\n"
            "DR. JUDITH ALMASI, hydrologist: The dams were built for a smaller river. We warned about it in 2015.\n\n"
            "PAUL GRANT: The minister said the dams would hold. Will they?\n\n"
            "DR. JUDITH ALMASI: No. Not for another week of rain.\n")
    found = turns(text, [(m.start(), m.end()) for m in __import__("re").finditer(r"[^\n]+", text)])
    answers = {t.name: t.answer for t in found.values()}
    assert answers == {"PAUL GRANT": False, "DR. JUDITH ALMASI": True}


def test_guard_a_host_who_asks_still_asks() -> None:
    text = ("Interview\n\n"
            "MARTA SOLIS, HOST: Minister, will the border reopen?\n\n"
            "KAREL NOVAK: Not this week. We need the checks first.\n\n"
            "MARTA SOLIS, HOST: And after that?\n\n"
            "KAREL NOVAK: Then we will see. The European Commission told us it would help.\n")
    assert said_opening(text, "Not this week.") == "new:Karel Novak"
    assert "Minister, will the" not in _openings(text)


_BRIEFING = ("UN chief alarmed by fighting in Darfur\n\n"
             "NEW YORK (Wire) - UN Secretary-General Antonio Guterres called for calm on Tuesday, his spokesman Stephane"
             " Dujarric told reporters.\n\n"
             "The Secretary-General is \"deeply alarmed\" by the shelling of El Fasher, Mr. Dujarric said.\n\n"
             "Guterres is following the talks in Jeddah closely, Dujarric said.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The Secretary-General is", "new:Antonio Guterres", id="a_quoted_state_closed_by_the_spokesmans_surname"),
    pytest.param("deeply alarmed", "new:Antonio Guterres", id="its_quotation_too"),
    pytest.param("Guterres is following", "new:Antonio Guterres", id="guard_an_ongoing_state_by_name_stays_his_principals"),
])
def test_a_spokesmans_relay_of_his_principals_state_closed_by_his_name(opening: str, who: str) -> None:
    assert said_opening(_BRIEFING, opening) == who


def test_an_ongoing_state_by_title_closed_by_his_surname_after_his_spokesman_introduced_him() -> None:
    text = ("Darfur\n\n"
            "GENEVA (Wire) - UN High Commissioner for Refugees Filippo Grandi appealed for access on Monday, his spokesman"
            " Babar Baloch told reporters.\n\n"
            "The High Commissioner is following the talks in Jeddah closely, Baloch said.\n")
    assert said_opening(text, "The High Commissioner") == "new:Filippo Grandi"


def test_guard_a_spokesmans_own_act_closed_by_his_surname_stays_his() -> None:
    text = ("UN on Darfur\n\n"
            "NEW YORK (Wire) - UN Secretary-General Antonio Guterres called for calm, his spokesman Stephane Dujarric said.\n\n"
            "The convoy is expected to reach Tawila on Friday, Mr. Dujarric said.\n")
    assert said_opening(text, "The convoy is") == "new:Stephane Dujarric"


_BOX = ("Markets slip as Sahel fighting spreads\n\n"
        "Shares in Accra fell for a third day on Monday as traders weighed the risk of a wider war.\n\n"
        "VOICES\n"
        "Farhan Haq, deputy spokesman for Secretary-General Antonio Guterres: \"The Secretary-General remains deeply"
        " concerned about the safety of civilians.\"\n"
        "Kwame Boateng, finance minister: \"Our reserves are strong.\"\n"
        "Ama Owusu, trader: \"Nobody is buying.\"\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The Secretary-General remains", "new:Antonio Guterres", id="a_box_line_of_a_spokesman_telling_his_principals_state"),
    pytest.param("Our reserves are", "new:Kwame Boateng", id="guard_a_ministers_own_box_line"),
])
def test_a_box_line_tagged_by_a_spokesman_for_his_principals_state(opening: str, who: str) -> None:
    assert said_opening(_BOX, opening) == who


_PAIR = ("Summit in Sochi\n\n"
         "SOCHI (Wire) - The talks lasted six hours.\n\n"
         "According to state television, the two presidents, Ilham Aliyev and Nikol Pashinyan, read out a joint declaration.\n\n"
         "According to the Tanjug agency, the two prime ministers, Ana Brnabic and Zoran Zaev, said the border would open.\n\n"
         "Afterwards both envoys, Rustam Mammadov and Armen Gasparyan, told reporters that the talks would go on.\n\n"
         "According to the Tanjug agency, Prime Minister Ana Brnabic said the border would stay open.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("According to state", "", id="a_relayed_pair_in_apposition_to_a_description_names_nobody"),
    pytest.param("According to the", "", id="a_pair_relayed_by_a_named_agency_names_nobody"),
    pytest.param("Afterwards both envoys,", "", id="guard_a_pair_in_apposition_not_relayed_as_before"),
])
def test_two_people_in_apposition_to_one_description_are_one_plural_subject(opening: str, who: str) -> None:
    said = [w for _k, first, w in cut_page(_PAIR) if first == opening]
    assert not said[0].startswith("new:") and said[0] == who or " and " in said[0]


def test_guard_one_person_relayed_by_an_agency_stays_named() -> None:
    said = [w for _k, first, w in cut_page(_PAIR) if first == "According to the"]
    assert said[-1] == "new:Ana Brnabic"


_WATCHDOGS = (
    ("Clashes in Tigray\n\nMEKELLE (Wire) - Fighting resumed on Sunday, a rights monitor said.\n\n"
     "The Ethiopian Observatory for Civil Liberties said shelling hit two villages near Adigrat.\n\n"
     "Six civilians were killed, the Britain-based watchdog said.\n", "Six civilians were", "new:Ethiopian Observatory for Civil Liberties"),
    ("Clashes near Mosul\n\nMOSUL, Iraq (Wire) - Two villages were shelled overnight, a rights watchdog reported.\n\n"
     "The Iraqi Observatory for Human Rights said eight people were wounded.\n\n"
     "Three of them were children, the UK-based monitor said.\n", "Three of them", "new:Iraqi Observatory for Human Rights"),
    ("Clashes near Mosul\n\nMOSUL, Iraq (Wire) - Two villages were shelled overnight, according to a conflict monitor.\n\n"
     "The Kurdish Observatory for Human Rights reported that eight people were wounded.\n\n"
     "Three of them were children, the Sweden-based watchdog added.\n", "Three of them", "new:Kurdish Observatory for Human Rights"),
)


@pytest.mark.parametrize(("text", "opening", "who"), [pytest.param(*case, id=f"form{i}") for i, case in enumerate(_WATCHDOGS)])
def test_a_based_watchdog_after_a_monitor_named_as_a_national_observatory(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_AGENCIES = ("Aid in Sudan\n\n"
             "GENEVA (Wire) - A military source told the official SUNA news agency that the army had responded.\n\n"
             "According to the UN Population Fund (UNFPA), 40,000 women needed care.\n\n"
             "The agency said its clinics were full.\n\n"
             "The UN Office for the Coordination of Humanitarian Affairs said the road to El Fasher was cut.\n\n"
             "The agency added that two convoys had turned back.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The agency said", "new:UN Population Fund", id="the_agency_after_a_un_fund"),
    pytest.param("The agency added", "new:UN Office for the Coordination of Humanitarian Affairs", id="the_agency_after_a_un_office"),
])
def test_a_un_body_by_its_own_name_is_the_agency(opening: str, who: str) -> None:
    assert said_opening(_AGENCIES, opening) == who


def test_guard_a_described_watchdog_after_a_body_of_another_kind() -> None:
    text = ("Clashes in Tigray\n\n"
            "MEKELLE (Wire) - The Ethiopian coastguard said it had stopped a boat.\n\n"
            "Six civilians were killed, the London-based watchdog said.\n")
    assert not said_opening(text, "Six civilians were").startswith("new:")


@pytest.mark.parametrize(("sentence", "phrase"), [
    pytest.param("The siege has killed 300 people since May, monitoring groups say.", "monitoring groups", id="monitoring_groups_close"),
    pytest.param("More than 90 were hurt, campaigning organisations said.", "campaigning organisations", id="campaigning_organisations"),
    pytest.param("Tents went up along the road, with aid groups warning that they were running out of water.", "aid groups",
                 id="with_aid_groups_warning"),
    pytest.param("Shares fell, with the IMF warning that growth would slow.", "the IMF", id="with_a_named_body_warning"),
])
def test_a_plural_of_groups_after_a_participle_word_or_with(sentence: str, phrase: str) -> None:
    assert [c.phrase for c in clauses(sentence)] == [phrase]


@pytest.mark.parametrize("sentence", [
    pytest.param("Shares fell, with a stern warning from the bank.", id="guard_with_a_warning_noun"),
    pytest.param("The army, speaking to reporters, said it had won.", id="guard_a_participle_aside_still_skipped"),
])
def test_guard_no_group_subject(sentence: str) -> None:
    assert all(c.phrase in ("", "The army") for c in clauses(sentence))


_COUNCIL = ("Council meets on Sudan\n\n"
            "Earlier on Friday, the UN chief, Antonio Guterres, repeated his call for a ceasefire, his spokesperson Farhan"
            " Haq told reporters in New York.\n\n"
            "Russia's ambassador said his country's forces were fighting terrorists. Turkey's representative said his"
            " country would use its right to self-defence.\n\n"
            "The Chinese ambassador urged restraint.\n")


@pytest.mark.parametrize("opening", [
    pytest.param("Russia's ambassador said", id="a_countrys_ambassador_never_named_is_nobody_not_the_un_spokesman"),
    pytest.param("Turkey's representative said", id="a_countrys_representative_in_a_news_story_is_nobody"),
    pytest.param("The Chinese ambassador", id="a_national_ambassador_never_named_is_no_known_holder"),
])
def test_a_countrys_envoy_never_named_in_a_news_story(opening: str) -> None:
    assert said_opening(_COUNCIL, opening) == ""


def test_guard_an_envoy_named_before_by_his_post() -> None:
    text = ("Council meets on Sudan\n\n"
            "Russian Ambassador Vassily Nebenzia told the Council that aid was blocked.\n\n"
            "Russia's ambassador said his country's forces were fighting terrorists.\n")
    assert said_opening(text, "Russia's ambassador said") == "new:Vassily Nebenzia"


def test_guard_a_countrys_delegate_on_a_record_that_names_delegates_by_seat() -> None:
    text = ("Security Council, 9001st meeting\n\n"
            "Barbara Woodward (United Kingdom) said the Council could not stay silent.\n\n"
            "France's delegate said the attacks on hospitals must stop.\n")
    assert said_opening(text, "France's delegate said") == "new:France"
