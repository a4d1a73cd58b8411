"""Round 43's classes of issue 15 (session fix15bn): bodies by seat, service or office, and the country a page or a
sentence gives them.  Texts of our own, written before the rules; names, outlets and forms are made up."""

from __future__ import annotations

import pytest

from test_attribution import ACTORS, headlined, paragraphs
from idlibsite.attribution.answer import NewActor, Speaker
from idlibsite.attribution.speakers import attribute_page


def _named(text: str) -> list[tuple[str, str, str]]:
    """(first three words, speaker: an actor id, "new:Name" or the phrase kept, the new actor's country) of each passage
    of a text whose first paragraph is its headline."""
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return [(" ".join(text[p.start : p.end].split()[:3]), s.actor.id if s.actor else f"new:{s.new.name}" if s.new else s.unnamed,
             s.new.affiliation if s.new else "") for p, s in found.items()]


def _of(text: str, opening: str) -> tuple[str, str]:
    """The speaker and country of the passage that opens with ``opening``."""
    return next((who, country) for first, who, country in _named(text) if first.startswith(opening))


@pytest.mark.parametrize(("text", "opening", "country"), [
    pytest.param("Tajikistan welcomes talks on Idlib\n\nTajikistan welcomes the talks, the Ministry of Foreign Affairs said.\n\n"
                 "Foreign Minister Rustam Nazarov met the Turkish ambassador on March 4, the press service of the Foreign "
                 "Ministry reported.", "Foreign Minister Rustam", "Tajikistan", id="press_service_of_the_ministry"),
    pytest.param("Uzbekistan follows Idlib closely\n\nUzbekistan is following events in Idlib, the Foreign Ministry said.\n\n"
                 "According to the Russian Defence Ministry, the Syrian army held Saraqib.\n\nUzbek citizens in Turkey have "
                 "not asked for help, the consular service told Kun.uz.", "Uzbek citizens in", "Uzbekistan",
                 id="consular_service_alone"),
])
def test_fix15bn_a_body_s_service_is_the_page_s_country_s_body(text: str, opening: str, country: str) -> None:
    who, nation = _of(text, opening)
    assert who != "russian-foreign-ministry" and "Ministry" in who and nation == country  # LABELS rule 9: a body's service


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Live: Idlib crisis\n\nForeign Ministry spokesman Pierre Blanc said France was worried.\n\n"
                 "The Quai d'Orsay said in a statement that no French nationals were hurt.\n\nThe ministry said 300 French "
                 "students were in Turkey.", ("The Quai d'Orsay", "The ministry said"), "new:French Foreign Ministry",
                 id="quai_d_orsay_then_the_ministry"),
    pytest.param("Brazil watches Idlib\n\nForeign Minister Ana Costa said Brazil backed a truce.\n\nItamaraty said it was "
                 "following the situation.", ("Itamaraty said it",), "new:Brazilian Foreign Ministry", id="itamaraty"),
])
def test_fix15bn_a_ministry_called_by_its_seat_is_the_ministry_the_page_names(text: str, opening: tuple[str, ...],
                                                                             expected: str) -> None:
    assert [_of(text, o)[0] for o in opening] == [expected] * len(opening)


def test_fix15bn_guard_a_page_that_names_a_ministry_only_by_its_seat_keeps_the_seat() -> None:
    text = "Markets slip; Itamaraty urges calm\n\nItamaraty said in a statement that Brazil was concerned."
    assert _of(text, "Itamaraty said in")[0] == "new:Itamaraty"  # LABELS rule 9: the one name the page gives


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Tunisia condemns intervention in Idlib\n\nTUNIS- Tunisia condemns the strikes, a source told TAP.\n\n"
                 "The President of the Republic, Kais Saied, received a call from the Turkish president, according to a "
                 "communiqué of the Presidency of the Republic.", "The President of", ("new:Tunisian Presidency", "Tunisia"),
                 id="according_to_a_communique_of_the_presidency"),
    pytest.param("Senegal urges dialogue on Syria\n\nDAKAR - Senegal urges dialogue, the Foreign Ministry said.\n\n"
                 "The Presidency of the Republic said the head of state had written to the UN chief.", "The Presidency of",
                 ("new:Senegalese Presidency", "Senegal"), id="the_presidency_said"),
])
def test_fix15bn_the_presidency_of_the_republic_is_the_page_s_country_s(text: str, opening: str,
                                                                        expected: tuple[str, str]) -> None:
    assert _of(text, opening) == expected  # LABELS Round 37: no country named on a national page


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Algiers condemns strikes\n\nAlgeria condemns the strikes, the Foreign Ministry said.\n\n"
                 "In Damascus, the Syrian Foreign Ministry denounced what it called \"the Turkish aggression\" on Syrian soil.",
                 "In Damascus, the", "new:Syrian Foreign Ministry", id="in_a_capital_the_body"),
    pytest.param("Jordan urges calm\n\nJordan urges calm, the Foreign Ministry said.\n\nIn Beirut, the Lebanese Foreign "
                 "Ministry denounced what it called \"a violation\" of its airspace.", "In Beirut, the",
                 "new:Lebanese Foreign Ministry", id="after_a_country_s_ministry"),
])
def test_fix15bn_a_relative_clause_s_it_is_the_body_the_sentence_opens_with_after_its_place(text: str, opening: str,
                                                                                            expected: str) -> None:
    assert _of(text, opening)[0] == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Caspian neighbours split over Idlib\n\nAzerbaijan's Foreign Ministry said Baku backed Ankara.\n\n"
                 "In Turkmenistan, which stays neutral, the foreign ministry told reporters it was ready to host talks.",
                 "In Turkmenistan, which", ("new:foreign ministry", "Turkmenistan"), id="in_a_country_the_ministry"),
    pytest.param("Gulf states react\n\nQatar's Foreign Ministry said Doha backed a ceasefire.\n\n"
                 "In Muscat, the ministry said Oman would host envoys.", "In Muscat, the", ("new:ministry", "Oman"),
                 id="in_a_capital_the_ministry"),
])
def test_fix15bn_a_ministry_in_a_sentence_that_opens_at_a_country_is_that_country_s(text: str, opening: str,
                                                                                    expected: tuple[str, str]) -> None:
    assert _of(text, opening) == expected  # not the other country's ministry that spoke before


def test_fix15bn_guard_a_body_in_a_reported_clause_after_the_place_is_no_subject_there() -> None:
    text = "Truce holds\n\nIn Amman, a senior official told Petra that the government welcomed the agreement."
    assert _of(text, "In Amman, a")[0] != "new:Jordanian government"  # the official's words (rule 6), not the government


def test_fix15bn_guard_a_ministry_opening_at_a_seat_of_the_ministry_before_is_that_one() -> None:
    text = "Talks stall\n\nThe Turkish Foreign Ministry said the talks would go on.\n\nIn Ankara, the ministry said it was ready."
    assert _of(text, "In Ankara, the")[0] == "new:Turkish Foreign Ministry"


@pytest.mark.parametrize(("text", "opening", "country"), [
    pytest.param("Opinion\n\nA small state's lesson\n\nBy Anura Perera\n\nForeign Minister Sergei Lavrov accused Ankara. An "
                 "officer from the Foreign Ministry asked me a question.\n\nThe Ministry, in a brief statement, said there "
                 "were no Sri Lankans among the casualties.", "The Ministry, in", "Sri Lanka", id="no_sri_lankans_among"),
    pytest.param("Columns\n\nWhen guarantors quarrel\n\nBy Sione Tupou\n\nRussia blamed Turkey. A diplomat from the Foreign "
                 "Ministry called me.\n\nThe Ministry said all Fijian students in Turkey were safe.", "The Ministry said",
                 "Fiji", id="all_fijian_students"),
])
def test_fix15bn_a_ministry_telling_of_its_nation_s_people_abroad_is_that_nation_s(text: str, opening: str,
                                                                                  country: str) -> None:
    who, nation = _of(text, opening)
    assert who != "russian-foreign-ministry" and nation == country


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Interview\n\nQ: The Kremlin keeps saying Turkey is protecting terrorists. Is it right?", "kremlin",
                 id="keeps_saying"),
    pytest.param("Analysis\n\nThe White House spokeswoman said talks would go on. The Pentagon keeps saying Moscow is to "
                 "blame.", "new:Pentagon", id="after_another_speaker"),
])
def test_fix15bn_a_body_that_keeps_saying_is_the_speaker(text: str, expected: str) -> None:
    assert [who for _kind, first, who in headlined(text) if "Kremlin" in first or "Pentagon" in first] == [expected]


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Morocco urges restraint\n\nThe Moroccan embassy in Ankara, for its part, said on its Facebook page that "
                 "it remained available.", "The Moroccan embassy", "new:Moroccan Embassy in Ankara", id="embassy_in_lowercase"),
    pytest.param("Jordan reassures students\n\nThe Jordanian consulate in Istanbul said no students were hurt.",
                 "The Jordanian consulate", "new:Jordanian Consulate in Istanbul", id="consulate_in_lowercase"),
])
def test_fix15bn_a_mission_named_in_lowercase_keeps_its_seat(text: str, opening: str, expected: str) -> None:
    assert _of(text, opening)[0] == expected  # LABELS Round 28: a mission is labelled by its country and its seat


@pytest.mark.parametrize("phrase", ["international news agencies", "foreign news outlets"])
def test_fix15bn_unnamed_news_agencies_are_unnamed_media(phrase: str) -> None:
    text = f"Summit nears\n\nMeanwhile, {phrase} reported that Russia and Turkey were preparing a summit."
    assert _of(text, "Meanwhile,")[0] == "unnamed-media"  # LABELS rule 4


@pytest.mark.parametrize(("label", "got"), [
    pytest.param("Zambian Foreign Ministry", "Ministry of Foreign Affairs and International Cooperation", id="and_one_more"),
    pytest.param("Ministry of Foreign Affairs and Trade", "Barbadian Foreign Ministry", id="label_in_the_full_name"),
])
def test_fix15bn_the_scorer_takes_a_ministry_of_further_portfolios_after_and_for_its_first(label: str, got: str) -> None:
    from bench.suggest import is_right

    assert is_right({"new": label}, Speaker(None, NewActor(got, False, "", ""), "", "named", 0.9))  # LABELS rule 9


def test_fix15bn_guard_the_scorer_keeps_a_ministry_of_another_first_portfolio_apart() -> None:
    from bench.suggest import is_right

    got = Speaker(None, NewActor("Ministry of Trade and Foreign Affairs", False, "", ""), "", "named", 0.9)
    assert not is_right({"new": "Zambian Foreign Ministry"}, got)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Peru calls for restraint\n\nPeru is following the escalation with concern, the Ministry of Foreign "
                 "Affairs said in a communiqué published on Sunday evening.\n\nPeru \"calls on all parties to exercise "
                 "restraint\", the communiqué said, according to the Andina news agency.", "new:Ministry of Foreign Affairs",
                 id="according_to_an_agency"),
    pytest.param("Chile urges a ceasefire\n\nThe Chilean Foreign Ministry said in a communiqué on Monday that Chile was "
                 "alarmed.\n\nThe communiqué also said Chile backed the UN envoy, according to the Orbe agency.",
                 "new:Chilean Foreign Ministry", id="the_communique_also_said"),
])
def test_fix15bn_an_agency_relaying_a_communique_gives_the_communique_s_author(text: str, expected: str) -> None:
    assert [who for first, who, _ in _named(text)[1:]][-1] == expected  # rules 4 and 5: the medium relays its author
