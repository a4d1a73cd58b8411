"""The head of the speaker's noun phrase, and bodies named without their country (issue 15, session fix15ek).

1. A description's speaker is its head noun: "The director of a clinic near the town of X" is a director (a person
   described, LABELS rule 7: the one named next, else nobody named), never X; "media outlets" and "media reports" are
   the media (unnamed, or the nation's when one is named).
2. "The Foreign Ministry" with no country named, on a page whose speakers speak for one country, is that country's, not
   the known body of another country the bare words alias.
Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.headnoun import office_of_place
from idlibsite.attribution.speakers import HEADING_KINDS, attribute_page
from idlibsite.sources.blocks import cut_blocks
from test_attribution import ACTORS, cut_page


def _named(text: str, opening: str) -> str:
    """The speaker of the passage of a page that opens with ``opening``: an actor's id, "new:Name", or "" for nobody named."""
    return next(who for _kind, first, who in cut_page(text, unnamed=False) if first == opening)


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Clinics run dry\n\nThe director of a clinic near the town of Sarmada, which treats some 200 patients a day, "
                 "said supplies were running out.\n\n\"We have nothing left for the children,\" said Hassan Bakour.\n",
                 "The director of", "new:Hassan Bakour", id="a_director_of_a_clinic_near_a_town_is_the_one_named_next"),
    pytest.param("Councils warn\n\nThe head of the local council of Kafr Nabl said most residents had left in February.\n",
                 "The head of", "", id="the_head_of_a_council_of_a_town_never_named_is_nobody_not_the_town"),
    pytest.param("Shelters full\n\nThe mayor of a district in the city of Izmir, whose council met on Monday, said the "
                 "shelters were full.\n", "The mayor of", "", id="a_mayor_of_a_district_in_a_city_is_no_city"),
    pytest.param("Convoy stopped\n\nThe spokesman for a charity based in the town of Reyhanli said the convoy had been "
                 "stopped at the gate.\n", "The spokesman for", "", id="a_charity_in_a_town_is_no_town"),
    pytest.param("Syria truce\n\nPresident Ilham Aliyev spoke with reporters in Baku.\n\nThe head of state said Azerbaijan "
                 "stood by Turkey.\n", "The head of", "new:Ilham Aliyev",
                 id="guard_the_head_of_state_is_still_the_title_of_the_one_named_before"),
    pytest.param("Border toll\n\nThe governor of Hatay province, Rahmi Dogan, said 32 wounded had been brought across.\n",
                 "The governor of", "new:Rahmi Dogan", id="guard_a_name_in_apposition_is_still_the_speaker"),
    pytest.param("Rescue teams\n\nThe head of the Syria Civil Defence center in Ariha, Khaled al-Ahmad, said calm had "
                 "prevailed.\n", "The head of", "new:Khaled al-Ahmad", id="guard_a_named_head_of_a_centre_in_a_town"),
])
def test_the_head_of_the_phrase_is_the_speaker_never_a_place_after_it(text: str, opening: str, expected: str) -> None:
    assert _named(text, opening) == expected


def test_office_of_place_is_a_post_of_a_place_or_local_body_not_an_anonymous_one() -> None:
    assert office_of_place("The manager of a camp near the village of Atmeh")
    assert office_of_place("the head of the local council of Ariha")
    assert office_of_place("The director of a hospital in the city of Idlib")
    assert not office_of_place("The spokesman of the council of Ariha")  # a spokesperson stays anonymous (rule 6)
    assert not office_of_place("The head of state")
    assert not office_of_place("The head of the World Health Organization")


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Pro-government media outlets said the bridge had been destroyed.", "unnamed-media", id="media_outlets_by_a_side"),
    pytest.param("Anti-government media reported that the bridge had been destroyed.", "unnamed-media", id="media_against_a_side"),
    pytest.param("Local media reports said the bridge had been destroyed.", "unnamed-media", id="local_media_reports"),
    pytest.param("Greek media reports said the bridge had been destroyed.", "new:Greek media", id="a_nation_s_media_reports"),
    pytest.param("Turkish media outlets reported that the bridge had been destroyed.", "new:Turkish media", id="a_nation_s_media_outlets"),
    pytest.param("Social media users said the bridge had been destroyed.", "Social media users", id="guard_users_are_no_media"),
])
def test_media_outlets_and_reports_are_the_media(sentence: str, expected: str) -> None:
    assert cut_page(f"Bridge down\n\n{sentence}\n")[-1][2] == expected


_GREEK_PAGE = ('Evros: "The fence will hold"\n\n'
               '"Nobody will cross the river illegally," Greek Prime Minister Kyriakos Mitsotakis told reporters at the border on Tuesday.\n\n'
               "Government spokesman Stelios Petsas, speaking for Greece's cabinet, said 24,000 attempts had been stopped.\n\n"
               'The Defence Ministry said army units would take part in patrols along the river.\n')
_CHILEAN_PAGE = ('"I call my aunt every night"\n\n'
                 '"My aunt sleeps in a tent by the wall," said Rania Haddad, 27, a dentist born in Santiago.\n\n'
                 'Chilean President Sebastián Piñera said on Monday that the government was following the situation closely.\n\n'
                 "Chile's ambassador in Ankara, Rodrigo Arancibia, said 310 Chileans were registered with the embassy.\n\n"
                 'The Foreign Ministry said it had no record of Chileans in the combat zone.\n')
_AZERBAIJANI_PAGE = ('Baku: "We stand with Turkey"\n\n'
                     '"We share the pain of the brotherly Turkish people," Azerbaijani President Ilham Aliyev wrote to his Turkish counterpart on Friday.\n\n'
                     "Hikmet Hajiyev, Azerbaijan's presidential aide for foreign policy, said Baku was ready to send medical teams.\n\n"
                     'The Defense Ministry said two field hospitals could be flown out within a day.\n')
_RUSSIAN_PAGE = ("Lavrov: the Sochi deal stands\n\n"
                 "Russian Foreign Minister Sergei Lavrov said the memorandum remained in force.\n\n"
                 "Kremlin spokesman Dmitry Peskov said the talks had been useful.\n\n"
                 "Turkish Defence Minister Hulusi Akar said Ankara would respond to any attack.\n\n"
                 "The Foreign Ministry said militants had shelled the observation posts.\n")
_NAMED_NEAR = ("Talks run late\n\n"
               "The talks in Moscow ran late into the night.\n\n"
               "Hulusi Akar, Turkey's defence minister, said Ankara would respond to any attack.\n\n"
               "Moscow's line has not changed. The Foreign Ministry said militants had shelled Russian positions near Saraqib.\n")


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param(_GREEK_PAGE, "The Defence Ministry", ("new:Defence Ministry", "Greece"), id="a_greek_page_s_defence_ministry"),
    pytest.param(_CHILEAN_PAGE, "The Foreign Ministry", ("new:Foreign Ministry", "Chile"), id="a_chilean_page_s_foreign_ministry"),
    pytest.param(_AZERBAIJANI_PAGE, "The Defense Ministry", ("new:Defense Ministry", "Azerbaijan"), id="an_azerbaijani_page_s_defense_ministry"),
    pytest.param(_RUSSIAN_PAGE, "The Foreign Ministry", ("russian-foreign-ministry", ""), id="guard_most_speakers_russian_keeps_the_known_one"),
    pytest.param(_NAMED_NEAR, "The Foreign Ministry", ("russian-foreign-ministry", ""), id="guard_the_known_one_s_country_named_near"),
])
def test_a_body_named_without_its_country_is_the_country_its_page_s_speakers_speak_for(text: str, opening: str,
                                                                                         expected: tuple[str, str]) -> None:
    blocks = cut_blocks(text, title_hint=text.splitlines()[0])
    found = attribute_page(text, [(b.start, b.end) for b in blocks if b.kind == "body"],
                           [(b.start, b.end) for b in blocks if b.kind in HEADING_KINDS], ACTORS)
    got = next(s for p, s in found.items() if " ".join(text[p.start : p.end].split()[:3]) == opening)
    assert (got.actor.id if got.actor else f"new:{got.new.name}" if got.new else "", got.new.affiliation if got.new else "") == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Bridge closed\n\n\"We have nothing left,\" said Ana Ruiz, a nurse from Lima at the Turkish border.\n\n"
                 "The Foreign Ministry said it had no record of citizens in the zone.\n",
                 "The Foreign Ministry", "new:Foreign Ministry", id="a_page_that_never_names_the_known_one_s_country"),
    pytest.param("Patrols along the river\n\nSoldiers were seen near the Greek fence on Sunday.\n\n"
                 "The Defence Ministry said army units would join the patrols.\n",
                 "The Defence Ministry", "new:Defence Ministry", id="a_defence_ministry_on_a_page_of_another_country"),
    pytest.param("Vigil in Santiago\n\nOne placard read: \"The bombs are Russian\".\n\n"
                 "The Foreign Ministry said it had no record of citizens in the zone.\n",
                 "The Foreign Ministry", "new:Foreign Ministry", id="the_country_named_only_inside_a_quotation"),
    pytest.param("Talks in the capital\n\nThe delegation flew to Moscow on Sunday.\n\n"
                 "The Foreign Ministry said the talks had been useful.\n",
                 "The Foreign Ministry", "russian-foreign-ministry", id="guard_the_known_one_s_capital_named"),
    pytest.param("Talks in the capital\n\nRussian diplomats arrived on Sunday.\n\n"
                 "The Foreign Ministry said the talks had been useful.\n",
                 "The Foreign Ministry", "russian-foreign-ministry", id="guard_the_known_one_s_adjective_named"),
    pytest.param("Talks resume\n\nThe Foreign Ministry said the talks must resume.\n",
                 "The Foreign Ministry", "russian-foreign-ministry", id="guard_a_page_that_names_no_country_keeps_the_known_one"),
])
def test_a_known_body_of_a_country_the_page_never_names_is_not_sure(text: str, opening: str, expected: str) -> None:
    assert _named(text, opening) == expected
