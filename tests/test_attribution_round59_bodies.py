"""Round 54's bodies and their names (issue 15, session fix15dl): a ministry's name with "and" inside it and its acronym
in brackets before an adverb ("The Ministry of Foreign Affairs and European Integration (MFAEI) today issued") is one
name, never its last words.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import HEADING_KINDS, attribute_page
from idlibsite.sources.blocks import cut_blocks
from test_attribution import ACTORS, cut_page, said_opening


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Ministry on the floods\n\nTirana, 3 March /ATA/ - The Ministry for Europe and Foreign Affairs (MEFA) today "
                 "issued a statement on the floods in the north.",
                 "- The Ministry", "new:Ministry for Europe and Foreign Affairs", id="fix15dl_and_name_acronym_today"),
    pytest.param("Trade figures\n\nThe Ministry of Industry and Foreign Trade (MIFT) yesterday said exports had fallen.",
                 "The Ministry of", "new:Ministry of Industry and Foreign Trade", id="fix15dl_and_name_acronym_yesterday"),
])
def test_fix15dl_a_name_with_and_and_its_acronym_is_one_name(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15dl_guard_two_bodies_with_an_acronym_stay_two() -> None:
    said = {who for _k, _f, who in cut_page("Trade figures\n\nThe Treasury and the Central Bank (CBR) today said "
                                            "exports had fallen.")}
    assert "new:Treasury and the Central Bank" not in said


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Storm in the bay\n\nThe storm reached the coast at dawn. Hours later, the Harbour Authority (HA) issued a "
                 "statement in which it said the port would stay closed.",
                 "Hours later, the", "new:Harbour Authority", id="fix15dl_hours_later_then_body"),
    pytest.param("Storm in the bay\n\nThe storm reached the coast at dawn. Weeks earlier, the Coast Guard (CG) said it had "
                 "rescued 40 people.", "Weeks earlier, the", "new:Coast Guard", id="fix15dl_weeks_earlier_then_body"),
])
def test_fix15dl_a_time_told_from_the_one_before_is_no_subject(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15dl_guard_a_name_before_its_apposition_stays_the_subject() -> None:
    assert said_opening("Storm in the bay\n\nMaria Hours, the harbour master, said the port would stay closed.",
                 "Maria Hours, the") == "new:Maria Hours"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Aid for the flood zone\n\nVIENNA - The Minoritenplatz announced on Monday that Austria would send two "
                 "million euros to the flood zone. Foreign Minister Karl Brenner told reporters the money would go through "
                 "the Red Cross.", "The Minoritenplatz announced", "new:Austrian Foreign Ministry",
                 id="fix15dl_minoritenplatz_with_its_minister"),
    pytest.param("Floods: reactions\n\nNecessidades urges calm in the flood zone\n\nIn a note, the Ministry of Foreign "
                 "Affairs said Portugal was following the floods closely.", "Necessidades urges calm",
                 "new:Portuguese Foreign Ministry", id="fix15dl_necessidades_heading_ministry_below"),
    pytest.param("Floods in the north\n\nROME - In a note released on Monday, the Farnesina expressed its condolences to "
                 "the families of the victims. Foreign Minister Paolo Verdi wrote on Twitter that Italy stood ready to help.",
                 "In a note", "new:Italian Foreign Ministry", id="fix15dl_seat_and_its_minister_after_in_one_paragraph"),
])
def test_fix15dl_a_seat_on_a_page_that_names_its_ministry_or_minister_is_the_ministry(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15dl_a_seat_whose_minister_is_named_in_another_paragraph_is_the_ministry() -> None:
    # once a guard that the seat kept its word (530's form, its label then); LABELS "Seats, one reading" reads the page:
    # its minister by title anywhere, and "the ministry said", make the seat the ministry (530 relabelled)
    text = ("Floods in the north\n\nROME - The lira slipped on Monday. Meanwhile, the Farnesina said in a statement that "
            "Italy was deeply concerned.\n\nForeign Minister Paolo Verdi had spoken to his counterpart by phone, the "
            "ministry said.")
    assert said_opening(text, "Meanwhile, the Farnesina") == "new:Italian Foreign Ministry"


def test_fix15dl_guard_a_chancellery_seat_keeps_its_word() -> None:
    text = ("Border talks\n\nVIENNA - Foreign Minister Karl Brenner met his Greek counterpart. The Ballhausplatz says "
            "Austria will take in nobody from the border.")
    assert said_opening(text, "The Ballhausplatz says") == "new:Ballhausplatz"


def _proposed(text: str, opening: str) -> tuple[str, str]:
    """The new actor's name and affiliation proposed for the one passage that opens with ``opening``."""
    blocks = cut_blocks(text, title_hint=text.splitlines()[0])
    found = attribute_page(text, [(b.start, b.end) for b in blocks if b.kind == "body"],
                           [(b.start, b.end) for b in blocks if b.kind in HEADING_KINDS], ACTORS)
    got = next(s for p, s in found.items() if " ".join(text[p.start : p.end].split()[:3]) == opening)
    return (got.new.name, got.new.affiliation) if got.new else (got.actor.id if got.actor else "", "")


_DEBATE = ("LA VOZ\nWorld\n\n{headline}: a debate on the war in Syria\n\n"
           "In the programme 'Cara a Cara', a former consul and a professor discussed the war and the refugees.\n\n"
           "By: WORLD DESK\n\nMARTA SOTO: Good evening. The Foreign Ministry said in a statement on Monday that Chile "
           "\"rejects all attacks on civilians\". Consul, is that enough?\n\nPEDRO ROJAS: It is what we can say.\n")


@pytest.mark.parametrize("headline", [
    pytest.param("'Chile cannot look away'", id="fix15dl_single_marks"),
    pytest.param("“Chile cannot look away”", id="fix15dl_double_marks"),
])
def test_fix15dl_a_quoted_headline_with_the_country_as_subject_tells_the_pages_country(headline: str) -> None:
    assert _proposed(_DEBATE.format(headline=headline), "The Foreign Ministry") == ("Foreign Ministry", "Chile")


def test_fix15dl_guard_a_quoted_headline_of_no_country_leaves_the_known_ministry() -> None:
    text = _DEBATE.format(headline="'We cannot look away'").replace("that Chile", "that Moscow")
    assert _proposed(text, "The Foreign Ministry") != ("Foreign Ministry", "Chile")


_REGIONAL = ("Regional news\n\nTaraclia's District Council condemns the attack\n\nTaraclia, 2 March /AGENCY/ - The "
             "District Council of Taraclia condemned the attack in a statement on its website.\n\nThe Government's Bureau "
             "of Information (GBI) said on Monday that the minister had not resigned.\n\nNavalny's Anti-Corruption "
             "Foundation said the report was false.\n\nTaraclia's Youth Committee said it would hold a vigil.\n\nThe Government's "
             "Press Directorate said the minister was in good health.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Taraclia's District Council", "new:District Council of Taraclia", id="fix15dl_place_possessive_page_of_form"),
    pytest.param("The Government's Bureau", "new:Bureau of Information of the Government", id="fix15dl_body_kind_possessive"),
])
def test_fix15dl_a_body_named_with_its_owners_possessive_is_proposed_in_its_of_form(opening: str, who: str) -> None:
    assert said_opening(_REGIONAL, opening) == who


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Navalny's Anti-Corruption Foundation", "new:Navalny's Anti-Corruption Foundation", id="fix15dl_guard_persons_possessive"),
    pytest.param("Taraclia's Youth Committee", "new:Taraclia's Youth Committee", id="fix15dl_guard_of_form_not_on_page"),
    pytest.param("The Government's Press", "new:Government's Press Directorate", id="fix15dl_guard_body_kind_owner_name_without_of"),
])
def test_fix15dl_guard_a_possessive_name_the_page_never_writes_with_of_stays(opening: str, who: str) -> None:
    assert said_opening(_REGIONAL, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Refugees\n\nAcnur, the UN refugee agency, said in a note that it was ready to help.", "Acnur, the UN",
                 "new:UNHCR", id="fix15dl_agency_in_another_language_apposed_to_its_description"),
    pytest.param("Schools\n\nUnicef, the UN children's agency, said schools in the camps were closed.", "Unicef, the UN",
                 "new:UNICEF", id="fix15dl_childrens_agency_apposed"),
])
def test_fix15dl_a_name_apposed_to_a_un_agencys_description_is_the_agency(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15dl_guard_a_person_described_by_the_agency_stays_the_person() -> None:
    assert said_opening("Refugees\n\nFerrante, the UN refugee agency's envoy, said nothing.", "Ferrante, the UN") == "new:Ferrante"


_MORNING = ("LA PRENSA\nNation\n\nPresident on the floods: \"We will rebuild every house\"\n\n"
            "{deck}\n\nAna Ruiz\n03/03/2020 | 09:15\n\n"
            "At his morning press conference, the president was asked about the floods. Foreign Minister Chidi Okafor, "
            "who attended, reported on the citizens abroad.\n\n"
            "CHIDI OKAFOR NWOSU, MINISTER OF FOREIGN AFFAIRS: Thank you. We have about 900 citizens registered there.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Okafor reports that", "new:Chidi Okafor Nwosu", id="fix15dl_deck_surname_full_name_below"),
    pytest.param("Foreign Minister Chidi", "new:Chidi Okafor Nwosu", id="fix15dl_name_and_its_tag_with_second_surname"),
])
def test_fix15dl_a_surname_in_a_deck_is_the_full_name_its_story_gives(opening: str, who: str) -> None:
    text = _MORNING.format(deck="Okafor reports that no citizen was hurt abroad; the consulate in Lagos keeps a phone line open")
    assert said_opening(text, opening) == who


def test_fix15dl_guard_a_surname_two_people_share_stays_as_written() -> None:
    text = _MORNING.format(deck="Okafor reports that no citizen was hurt abroad; the consulate in Lagos keeps a phone line open")
    text += "\nSenator Grace Okafor said the government had acted late.\n"
    assert said_opening(text, "Okafor reports that") == "new:Okafor"


def test_fix15dl_guard_a_heading_name_and_colon_keeps_its_word() -> None:
    text = _MORNING.format(deck="Okafor: 'No citizen was hurt abroad'")
    assert said_opening(text, "No citizen was") != "new:Chidi Okafor Nwosu"
