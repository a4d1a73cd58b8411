"""Round 49's misses of bodies, seats and governments (issue 15, session fix15co): a bare "the Foreign Ministry" on a
national page is the page's own country's, not the known actor the bare words alias (LABELS "A ministry with no country
named"), which needs the page's country read from a headline of its people counted or after a tag ("All Fijian students
in ...", "Minister: Tongans in ..."), in a demonym's usual spelling ("Maldivian"), and never from a country inside an
opening clause ("As Russia and Turkey traded blame, ..."); so is the ministry whose act a medium reports ("Yle reported that
the Foreign Ministry had raised its travel advice"), which only the government's clause does not take.  A ministry's acronym with the letter of "of" only ("MoRR" of
"Ministry of Refugees and Repatriation") is that ministry, and one in its own language ("MAE", "MNEC") the page's one
ministry, named in full or by its minister's title.  A document of a head's own office after "according to" ("a PM
Office statement", "a press release issued by State House") relays the head the sentence names, as an unnamed
spokesman does (rule 3).  A country of several words by its initials opening a headline ("PNG urges calm") is the
page's country, and a government named by its leaders' surnames ("The Marape-Steven Government") the country's
government (LABELS Round 49); "on behalf of the Government and people of X" before the verb is whom the subject speaks
for, no subject; a deck's bare kind in sentence case ("Department says ...") is the page's body of that kind.  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import said_opening


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Ghanaian Scholar on the Crisis: 'Small States Pay the Price'\n\nBy Ama Owusu\n\nAccra – As Russia and Turkey "
                 "argued over the attack, the Daily Gazette spoke to Dr. Kofi Mensah of the University of Ghana about Ghana's "
                 "place in the world.\n\nThe Foreign Ministry said on Tuesday that the few Ghanaians in Turkey are safe.\n\n"
                 "Ghana has an embassy in Ankara. Ghanaian students there are calm, and Ghana will keep watch.",
                 "The Foreign Ministry", id="fix15co_as_russia_opening_clause"),
    pytest.param("All Fijian students in Italy safe: Foreign Ministry\n\nBy Litia Naivalu | 2 March 2020\n\nThe Foreign Ministry "
                 "has confirmed that all of them are safe after the floods in Venice.\n\nThe floods closed "
                 "the city's schools on Monday.", "The Foreign Ministry", id="fix15co_all_fijian_students_headline"),
    pytest.param("Minister: Tongans in Italy are safe\n\nBy Sione Fifita\n\nThe Foreign Ministry said in a notice on its "
                 "website that Tongans should avoid the flooded areas of Venice.\n\nThe floods closed the city's schools on "
                 "Monday.", "The Foreign Ministry", id="fix15co_tag_then_people_headline"),
    pytest.param("Maldivian pilgrims in Iraq safe\n\nBy Aishath Nazra\n\nThe Foreign Ministry said all 40 pilgrims in Karbala "
                 "had been accounted for after the storm.\n\nThe storm closed the roads to Najaf on Monday.",
                 "The Foreign Ministry", id="fix15co_maldivian_spelling"),
])
def test_fix15co_a_bare_foreign_ministry_on_a_national_page_is_not_russias(text: str, opening: str) -> None:
    assert said_opening(text, opening) == "new:Foreign Ministry"


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Niinimaa: Estonia ready to send doctors to Italy\n\n04 March 2020\n\nForeign Minister Urmas Reinsalu said on "
                 "Tuesday that Estonia was ready to send doctors to the north of Italy.\n\nERR reported that the Foreign Ministry "
                 "had raised its travel advice for Lombardy to its highest level.", "ERR reported that",
                 id="fix15co_broadcaster_reported_that_ministry"),
    pytest.param("Chile sends aid to Ecuador after the quake\n\nSantiago, March 4\n\nChile on Tuesday sent two planes of aid to "
                 "Ecuador.\n\nLa Tercera reported that the Foreign Ministry had advised Chileans to avoid travel to the coast of "
                 "Manabi.", "La Tercera reported", id="fix15co_newspaper_reported_that_ministry"),
])
def test_fix15co_a_ministrys_act_reported_by_a_medium_on_a_national_page_is_the_pages_ministry(text: str, opening: str) -> None:
    assert said_opening(text, opening) == "new:Foreign Ministry"


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Kathmandu, March 3 – Nepalis stranded in the Gulf were told to wait. Labour Minister Gokarna Bista said on "
                 "Monday that the Ministry of Labour and Employment would register every worker.\n\nMoLE said it had "
                 "registered 300 workers so far.", "MoLE said it", "new:Ministry of Labour and Employment",
                 id="fix15co_mole_of_labour_and_employment"),
    pytest.param("Dhaka, March 3 – The State Minister said the Ministry of Women and Children Affairs would open a shelter in "
                 "Cox's Bazar.\n\nMoWCA said it had sent 40 counsellors to the camps.", "MoWCA said it",
                 "new:Ministry of Women and Children Affairs", id="fix15co_mowca_of_women_and_children"),
])
def test_fix15co_an_acronym_with_the_letter_of_of_only_is_the_ministry(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Italians in Lebanon safe, says Farnesina\n\nThe Ministry of Foreign Affairs wants to reassure families. In a "
                 "note released yesterday, the MAECI specifies that about 300 Italians live in Beirut.\n\nThe port remained "
                 "closed on Tuesday.", "In a note", "new:Ministry of Foreign Affairs", id="fix15co_maeci_after_the_ministry"),
    pytest.param("Santo Domingo, March 5 – The Minister of External Relations, Miguel Vargas, said on Monday that the "
                 "Dominican students in Italy are well.\n\nAccording to MIREX, none of the students lives in Lombardy.",
                 "According to MIREX,", "new:Ministry of External Relations", id="fix15co_mirex_by_its_ministers_title"),
])
def test_fix15co_a_ministrys_acronym_in_its_own_language_is_the_pages_one_ministry(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Prime Minister Pravind Jugnauth telephoned President Erdogan to offer his condolences, according to a PMO "
                 "statement.", "Prime Minister Pravind", "new:Pravind Jugnauth", id="fix15co_pmo_statement_after"),
    pytest.param("President Hage Geingob wrote to King Abdullah expressing his sorrow at the loss of life, according to a State "
                 "House statement.", "President Hage Geingob", "new:Hage Geingob", id="fix15co_state_house_statement_after"),
])
def test_fix15co_a_document_of_the_heads_own_office_relays_the_head(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize("text", [
    pytest.param("PNG sends aid to Tonga\n\nBy MARY KAPU\n\nPrime Minister James Marape said the aid would leave on Friday.\n\n"
                 "The Foreign Ministry said in a statement that two planes would carry water and tents.", id="fix15co_png_headline"),
    pytest.param("UAE sends aid to Yemen\n\nThe Foreign Ministry said in a statement that the aid should reach Aden by Friday.",
                 id="fix15co_uae_headline"),
])
def test_fix15co_a_country_by_its_initials_opening_a_headline_owns_the_bare_ministry(text: str) -> None:
    assert said_opening(text, "The Foreign Ministry") == "new:Foreign Ministry"


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Australia sends aid to Tonga\n\nPrime Minister Scott Morrison said the aid would leave on Friday.\n\nThe "
                 "Morrison Government had earlier expressed its sympathy to the people of Tonga, his office said.",
                 "The Morrison Government", "new:Australian government", id="fix15co_morrison_government"),
    pytest.param("Kenya urges calm in Ethiopia\n\nPresident Uhuru Kenyatta spoke on Monday.\n\nThe Kenyatta-Ruto administration "
                 "has called for talks between the parties.", "The Kenyatta-Ruto administration", "new:Kenyan government",
                 id="fix15co_kenyatta_ruto_administration"),
    pytest.param("Chile urges calm\n\nThe Revolutionary Government has called for talks between the parties.",
                 "The Revolutionary Government", "new:Revolutionary Government", id="fix15co_guard_no_leader_named"),
    pytest.param("Tokyo, March 3 (Kyodo)--The Japanese Foreign Ministry said it would send aid to Syria.\n\nRussia and Turkey agreed "
                 "on a truce. The Syrian government said nothing.\n\nThe Japanese government welcomed the agreement.",
                 "The Japanese government", "new:Japanese government", id="fix15co_guard_a_nations_adjective_is_no_leader"),
])
def test_fix15co_a_government_named_by_its_leaders_is_the_countrys_government(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("President Hage Geingob has on behalf of the Government and people of Namibia extended heartfelt condolences "
                 "to the people of Turkey.", "President Hage Geingob", "new:Hage Geingob", id="fix15co_has_on_behalf_of"),
    pytest.param("Foreign Minister Ana Ruiz on behalf of the government and people of Peru expressed her solidarity with the "
                 "people of Ecuador.", "Foreign Minister Ana", "new:Ana Ruiz", id="fix15co_on_behalf_of_before_verb"),
])
def test_fix15co_on_behalf_of_whom_is_no_subject(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected


@pytest.mark.parametrize(("text", "opening", "expected"), [
    pytest.param("Pilgrims in Mecca told to stay calm\n\nCommission urges families not to worry\n\nBy Awa Jallow | 4 March "
                 "2020\n\nThe Hajj Commission of The Gambia has urged families not to worry about the pilgrims in Mecca.",
                 "Commission urges families", "new:Hajj Commission of The Gambia", id="fix15co_commission_urges_deck"),
    pytest.param("Belizeans in Mexico told to stay calm\n\nEmbassy urges nationals to register before travelling\n\n"
                 "By Ana Cho | 4 March 2020\n\nThe Belize Embassy in Guatemala has urged Belizeans to register their details "
                 "before travelling to Peten.", "Embassy urges nationals", "new:Belize Embassy in Guatemala",
                 id="fix15co_embassy_urges_deck"),
])
def test_fix15co_a_decks_bare_kind_is_the_pages_body_of_that_kind(text: str, opening: str, expected: str) -> None:
    assert said_opening(text, opening) == expected
