"""Round 50's misses of bodies, seats and states (issue 15, session fix15cs): a country's name of several words as pages
spell it ("Viet Nam", "Côte d'Ivoire") is the country, never a person's name, proposed in the page's spelling, so that a
spokesperson's clause closing what the country is said to do in the present is the spokesperson's, also when a state
opens the sentence ("X is deeply concerned ... and calls on ..., spokesperson Y said"); "..., reads a communiqué issued
by the Ministry" and "..., the statement adds" close a country's present act as "..., the ministry said" does; "..., the
same source specified, ..." is a closing tag, "the same source" the body that spoke last; "X Palace" is a seat, not a
person; a body's name stops before "in a notice"; "nevertheless" is no part of a subject; a headline's "Seat mourns ...,
says Country 'words'" is the seat's; the scorer takes "RGoB" for "Royal Government of Bhutan".  Texts of our own, in
several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import said_opening
from idlibsite.attribution.phrase import read_phrase


@pytest.mark.parametrize("name", ["Viet Nam", "Việt Nam", "Côte d'Ivoire", "Sri Lanka"])
def test_fix15cs_a_country_of_several_words_is_no_person(name: str) -> None:
    assert not read_phrase(name).person


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Viet Nam urges calm in Idlib\n\nHANOI — Viet Nam is deeply concerned about the fighting in Idlib and calls on "
                 "all sides to exercise restraint, Foreign Ministry spokesperson Nguyen Thi Lan said on Friday.",
                 "Viet Nam is", "new:Nguyen Thi Lan", id="fix15cs_viet_nam_state_then_call_spokesperson"),
    pytest.param("Abidjan on Idlib\n\nABIDJAN (AIP) - Côte d'Ivoire calls on the parties to favour dialogue, government spokesman "
                 "Koffi Yao Brou said on Wednesday.",
                 "Côte d'Ivoire calls", "new:Koffi Yao Brou", id="fix15cs_cote_divoire_present_spokesman"),
    pytest.param("Colombo on Syria\n\nCOLOMBO — Sri Lanka is gravely concerned at the violence in Idlib and urges restraint, "
                 "Foreign Ministry spokesman Ruwan Perera said.",
                 "Sri Lanka is", "new:Ruwan Perera", id="fix15cs_sri_lanka_state_then_urges_spokesman"),
])
def test_fix15cs_a_country_of_several_words_in_the_present_is_its_spokespersons(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


_COMMUNIQUE = ("Idlib: Ghana urges calm\n\nAccra, March 3 (GNA) - Ghana expresses its deep concern at the escalation of the "
               "fighting in the Idlib region, reads a statement issued Tuesday by the Ministry of Foreign Affairs and Regional "
               "Integration.\n\nGhana reaffirms its support for a political settlement of the conflict, the statement adds.")
_PRESS_RELEASE = ("Lima and Idlib\n\nLIMA (Andina) - Peru rejects any military solution in Syria, reads a press release published "
                  "on Monday by the Ministry of Foreign Relations.")
_ADDED = ("Nepal on Syria\n\nKathmandu, March 1 (RSS) - Nepal condemns the attacks on civilians in Idlib, the Ministry of "
          "Foreign Affairs said in a statement on Sunday.\n\nNepal further urges all sides to return to talks, the statement added.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_COMMUNIQUE, "Ghana expresses its", "new:Ministry of Foreign Affairs and Regional Integration", id="fix15cs_reads_a_statement_issued_by"),
    pytest.param(_COMMUNIQUE, "Ghana reaffirms its", "new:Ministry of Foreign Affairs and Regional Integration", id="fix15cs_the_statement_adds"),
    pytest.param(_PRESS_RELEASE, "Peru rejects any", "new:Ministry of Foreign Relations", id="fix15cs_reads_a_press_release_published_by"),
    pytest.param(_ADDED, "Nepal further urges", "new:Ministry of Foreign Affairs", id="fix15cs_the_statement_added"),
])
def test_fix15cs_a_countrys_present_act_closed_by_its_ministrys_document_is_the_ministrys(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Nigerians in Turkey safe\n\nAbuja, March 1 (NAN) - No Nigerian is among the victims, the Ministry of Foreign "
                 "Affairs indicated on Sunday.\n\nThe Embassy of Nigeria in Ankara remains in contact with the community, the same "
                 "source specified, urging them to follow the advice of the authorities.",
                 "The Embassy of", "new:Ministry of Foreign Affairs", id="fix15cs_the_same_source_specified_a_ministry"),
    pytest.param("Kenyans in Turkey\n\nNAIROBI (KNA) - No Kenyan has been hurt, the Kenya Red Cross Society said on Monday.\n\n"
                 "Its volunteers in Gaziantep are in touch with the families, the same source indicated.",
                 "Its volunteers in", "new:Kenya Red Cross Society", id="fix15cs_the_same_source_indicated_a_society"),
])
def test_fix15cs_the_same_source_in_a_closing_tag_is_the_body_that_spoke_last(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("seat", ["Carthage Palace", "Koulouba Palace", "the Elysee Palace"])
def test_fix15cs_a_palace_is_a_seat_not_a_persons_name(seat: str) -> None:
    assert not read_phrase(seat).person


@pytest.mark.parametrize("text", [
    pytest.param("Bamako on Syria\n\nBamako, March 2 (AMAP) - The government is following the situation in Idlib closely, "
                 "according to a communiqué of Koulouba Palace.\n\nThe President also recalled that Mali's diplomacy rests on "
                 "dialogue.", id="fix15cs_koulouba_palace_then_the_president"),
    pytest.param("Caracas on Idlib\n\nCARACAS — Venezuela is ready to help the displaced, according to a statement from "
                 "Miraflores Palace.\n\nThe President also recalled that Venezuela had called for a ceasefire.",
                 id="fix15cs_miraflores_palace_then_the_president"),
])
def test_fix15cs_the_president_after_a_palace_spoke_is_not_the_palace(text: str) -> None:
    assert "Palace" not in said_opening(text, "The President also")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Nepalis in Turkey\n\nKATHMANDU, March 1 (RSS) - Meanwhile, the Nepal Embassy in Ankara in a notice asked Nepali "
                 "workers to contact its hotline.", "Meanwhile, the Nepal", "new:Nepal Embassy in Ankara", id="fix15cs_in_a_notice"),
    pytest.param("Pakistanis in Turkey\n\nISLAMABAD (APP) - The Pakistani Embassy in Ankara in a new advisory urged "
                 "nationals to avoid the border.", "The Pakistani Embassy", "new:Pakistani Embassy in Ankara", id="fix15cs_in_a_new_advisory"),
])
def test_fix15cs_a_bodys_name_stops_before_in_a_notice(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("The truce that is no peace\n\nAnkara nevertheless says the agreement protects the civilians of Idlib.",
                 "Ankara nevertheless says", "turkey", id="fix15cs_ankara_nevertheless_says"),
    pytest.param("Moscow's view\n\nMoscow nonetheless insists that the memorandum holds.",
                 "Moscow nonetheless insists", "russia", id="fix15cs_moscow_nonetheless_insists"),
])
def test_fix15cs_a_capital_with_a_sentence_adverb_is_its_known_actor(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15cs_the_scorer_takes_an_acronym_with_small_letters_for_of_as_the_bodys_name() -> None:
    from bench.names import same_name

    assert same_name("RGoB", "Royal Government of Bhutan")  # LABELS rule 9: the acronym as the page spells it
    assert same_name("Department of Overseas Workers", "DoOW")
    assert not same_name("RGoB", "Royal Government of Nepal") and not same_name("DoOW", "Department of Health")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("State House mourns the fallen, says Kenya 'stands with Turkey'\n\nNAIROBI - The President sent a message.",
                 "State House mourns", "new:State House", id="fix15cs_state_house_says_kenya_quoted"),
    pytest.param("Aso Rock condemns attack, says Nigeria \"will not stay silent\"\n\nABUJA - The Presidency spoke on Friday.",
                 "Aso Rock condemns", "new:Aso Rock", id="fix15cs_aso_rock_says_nigeria_double_marks"),
])
def test_fix15cs_a_headlines_seat_says_a_country_quoted_is_the_seats(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Viet Nam calls for restraint in Syria\n\nHANOI — The ministry spoke on Friday.", "Viet Nam calls",
                 "new:Viet Nam", id="fix15cs_viet_nam_headline_in_the_pages_spelling"),
    pytest.param("Syria debate\n\nThe representative of Viet Nam said his delegation was deeply concerned by the loss of life.",
                 "The representative of", "new:Viet Nam", id="fix15cs_viet_nam_delegation_in_the_pages_spelling"),
])
def test_fix15cs_a_country_of_several_words_is_proposed_as_the_page_spells_it(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who  # LABELS Round 40: a country in the page's word, not the package's "Vietnam"
