"""fix15fu's headline mechanisms narrowed to what they are for (issue 15, session fix15fw): a digest's dateline is a
place, never a role's, a name's or a titled tag; a headline quotation condenses a body speaker's words only when its
line gives it to no one else and no second speaker's words fit as well; a press periphrasis of an office over a page
that bills two of its holders is nobody's.  Texts of our own, in the forms of a Gulf daily's digest, a radio station's
transcript, a British regional's and a Kenyan daily's features and an agency's wire; "guard" in an id: the over-reach
the narrowing stops."""

from __future__ import annotations

import pytest

from idlibsite.sources.narration import datelined
from idlibsite.sources.places import place
from idlibsite.sources.turns import turns
from test_attribution import paragraphs, said_opening

_NARRATED = "The minister said on Monday that the crossing would stay open."


@pytest.mark.parametrize(("tagged", "expected"), [
    pytest.param([("Dubai", ""), ("Dubai", ""), ("United Nations", "")], True, id="an_emirate_recurring_and_a_body_once"),
    pytest.param([("ABU DHABI", ""), ("ABU DHABI", ""), ("Beirut", "")], True, id="a_capital_in_capitals"),
    pytest.param([("ANCHOR", ""), ("ANCHOR", ""), ("ODA PERSSON", "Harbour Master")], False, id="guard_a_programmes_role_in_capitals"),
    pytest.param([("KAMAU", ""), ("KAMAU", ""), ("Ankara", "")], False, id="guard_a_name_tag_in_capitals_recurring"),
    pytest.param([("Ankara", ""), ("Ankara", ""), ("Host", "")], False, id="guard_a_role_tag_once"),
    pytest.param([("Ankara", ""), ("Ankara", ""), ("Akar", "Defence Minister")], False, id="guard_a_titled_tag_once"),
])
def test_a_dateline_is_a_place(tagged: list[tuple[str, str]], expected: bool) -> None:
    assert datelined([(name, title, _NARRATED) for name, title in tagged]) is expected


@pytest.mark.parametrize(("name", "expected"), [
    pytest.param("Dubai", True, id="a_provinces_second_spelling"),
    pytest.param("NEW YORK", True, id="a_state_in_capitals"),
    pytest.param("Idlib", True, id="a_province"),
    pytest.param("Anchor", False, id="guard_a_role"),
    pytest.param("Achieng", False, id="guard_a_surname"),
])
def test_which_names_are_places(name: str, expected: bool) -> None:
    assert place(name) is expected


def test_guard_a_transcripts_name_tags_in_capitals_stay_turns() -> None:
    text = ("MORNING BULLETIN\n\nKAMAU: The minister said on Monday that the border would stay open.\n\n"
            "OTIENO: The embassy told families to register their relatives.\n\n"
            "KAMAU: Aid agencies warned that the camps were full.\n\nOTIENO: Officials said more buses would leave.\n")
    assert turns(text, paragraphs(text))


_DIGEST = ("Region today\n\nDefence chief vows to protect posts\n\nDubai: The UAE Minister of State for Foreign Affairs,"
           " Anwar Gargash, said on Tuesday that the Gulf states backed a ceasefire.\n\nTalks set\n\nDubai: Saudi Foreign"
           " Minister Faisal bin Farhan told reporters that the kingdom supported the UN talks.\n\nAid stalled\n\nUnited"
           " Nations: UN spokesman Stephane Dujarric said aid convoys had stalled.\n")


def test_a_digests_emirate_dateline_is_no_turn() -> None:
    assert said_opening(_DIGEST, "Dubai: Saudi Foreign") == "new:Faisal bin Farhan"


_FEATURE = ("{headline}\n\nBy Jane Owen\n\nMothers in the camps near the border told us how they get through the"
            " nights.\n\nAmina, 34, lives in a tent with her four children. \"Every night we wait for the shelling to"
            " stop, and every morning we count the children,\" she said.\n\nThe charity's director, Mark Dunn, said the"
            " camps needed blankets.\n")


@pytest.mark.parametrize(("headline", "speaker"), [
    pytest.param("'At dawn we count the children again': mothers in Idlib's camps", "new:Amina", id="a_tag_of_people_after_it"),
    pytest.param("Idlib mothers: 'At dawn we count the children again'", "new:Amina", id="a_tag_of_people_before_it"),
    pytest.param("'At dawn we count the children again': new UN report", "", id="guard_a_thing_tagged_after_it"),
    pytest.param("Camp survey: 'At dawn we count the children again'", "", id="guard_a_thing_tagged_before_it"),
])
def test_a_headline_quotation_condenses_only_where_its_line_gives_it_to_no_one_else(headline: str, speaker: str) -> None:
    assert said_opening(_FEATURE.format(headline=headline), "At dawn we") == speaker


def test_guard_a_condensing_quotation_two_speakers_words_both_fit_is_nobodys() -> None:
    page = _FEATURE.format(headline="'At dawn we count the children, at night we wait for the shelling to end again': mothers in Idlib's camps").replace(
        "\n\nThe charity's", "\n\nHana, 29, has three sons. \"At dawn we count the children, then we queue for bread,\" she"
        " said.\n\nThe charity's")
    assert said_opening(page, "At dawn we") == ""


_TWO_MINISTERS = ("{headline}\n\nDHAKA, March 2 (Agency) - Turkish Foreign Minister Mevlut Cavusoglu said on Monday that"
                  " Ankara and Moscow had not yet agreed on a new ceasefire.\n\nRussian Foreign Minister Sergei Lavrov said"
                  " Moscow would keep supporting the Syrian army.\n")
_TWO_LEADERS = ("{headline}\n\nATHENS, March 1 (Agency) - Greek President Katerina Sakellaropoulou said on Sunday that Greece"
                " would guard its borders. Prime Minister Kyriakos Mitsotakis said Greece would not allow illegal entries.\n")


@pytest.mark.parametrize(("page", "headline", "speaker"), [
    pytest.param(_TWO_MINISTERS, "Russian top diplomat says army has support", "new:Sergei Lavrov", id="a_nation_picks_one_holder"),
    pytest.param(_TWO_MINISTERS, "Top diplomat says no deal yet", "", id="guard_no_nation_over_two_foreign_ministers"),
    pytest.param(_TWO_MINISTERS, "No deal yet, says top diplomat", "", id="guard_a_tag_over_two_foreign_ministers"),
    pytest.param(_TWO_LEADERS, "Greek leader says border will stay shut", "", id="guard_a_leader_over_president_and_prime_minister"),
])
def test_a_periphrasis_over_two_holders_of_its_office_is_nobodys(page: str, headline: str, speaker: str) -> None:
    assert said_opening(page.format(headline=headline), " ".join(headline.split()[:3])) == speaker


_ATHENS = ("{headline}\n\nATHENS, March 1 (Agency) - Greek Prime Minister Kyriakos Mitsotakis said on Sunday that Greece would"
           " not allow illegal entries across its border.\n\nGovernment spokesman Stelios Petsas told reporters that the army"
           " had been sent to the Evros river.\n")
_ENVOY = ("TOLOnews | World\n\n{headline}\n\nSyria's ambassador to Russia, Riad Haddad, told Russian media on Monday that"
          " Turkey was responsible for the fighting in Idlib.\n")


@pytest.mark.parametrize(("page", "headline", "speaker"), [
    pytest.param(_ENVOY, "Syrian Envoy Blames Turkey for Idlib Escalation", "new:Riad Haddad", id="a_title_case_nations_envoy"),
    pytest.param(_ATHENS, "GREEK SPOKESMAN SAYS ARMY SENT TO EVROS", "new:Stelios Petsas", id="a_nations_role_in_capitals"),
    pytest.param(_ATHENS, "TURKISH ENVOY SAYS NO DEAL", "TURKISH ENVOY", id="guard_a_role_the_page_bills_nobody_with"),
    pytest.param("UN chief 'alarmed' by shelling\n\nUNITED NATIONS, Feb 29 (Agency) - UN Secretary-General Antonio Guterres is"
                 " alarmed by the escalation, his spokesman Stephane Dujarric said.\n", "UN chief 'alarmed' by shelling",
                 "new:Antonio Guterres", id="guard_a_bodys_acronym_is_no_nation")
])
def test_a_headlines_nations_role_in_title_case_or_capitals_is_its_holder(page: str, headline: str, speaker: str) -> None:
    assert said_opening(page.format(headline=headline), " ".join(headline.split()[:3])) == speaker
