"""Class A of issue 15, a person described then named (session method15a): the open referent.  A speaker the page
describes and does not name stays open; the first new person the page introduces after it with no title, body or
description of their own is that speaker, whatever slot the name is in; a new described speaker or a person named with
a role of their own closes it.  Texts of our own, in the house styles of outlets and in forms the set does not have."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "A Lagos midwife who flew home from Antakya on Sunday said the hospital there had run out of beds.\n\n"
        "Chiamaka Obi said she had worked double shifts for a week.",
        ["new:Chiamaka Obi", "new:Chiamaka Obi"], id="method15a_named_as_the_next_paragraphs_speaker"),
    pytest.param(
        "A baker in Tripoli's old souk said flour prices had doubled since February.\n\n"
        '"I sell half of what I sold last year," said Karim Haddad, who has run the shop since 1998.',
        ["new:Karim Haddad", "new:Karim Haddad"], id="method15a_named_in_a_closing_clause_with_a_how_long"),
    pytest.param(
        "A lorry driver stranded at the Cilvegozu gate said the queue stretched for twelve kilometres. "
        "The man, who gave his name only as Bekir, said he had slept in his cab for three nights.",
        ["new:Bekir", "new:Bekir"], id="method15a_the_man_who_gave_his_name_as"),
    pytest.param(
        "A pensioner from Larnaca told the Cyprus Mail that she feared a new wave of arrivals.\n\n"
        "Androulla Christou, 77, said the island had done enough.",
        ["new:Androulla Christou", "new:Androulla Christou"], id="method15a_name_and_age_as_the_next_subject"),
    pytest.param(
        "A volunteer cook at a soup kitchen in Thessaloniki said donations had dried up.\n\n"
        "Her name is Eleni Markou. She said the kitchen fed 300 people a day.",
        ["new:Eleni Markou", "new:Eleni Markou"], id="method15a_her_name_is"),
    pytest.param(
        "A Syrian pharmacist living in Gaziantep said medicine had not crossed the border for a month.\n\n"
        "Walid Kanaan fled Aleppo in 2016 and opened a pharmacy near the old bazaar. He said prices had tripled.",
        ["new:Walid Kanaan", "new:Walid Kanaan"], id="method15a_named_in_a_sentence_with_no_speech"),
    pytest.param(
        "One of the camp's schoolteachers said the children no longer slept through the night.\n\n"
        "On Tuesday, Hiba Youssef said the school had closed its doors.",
        ["new:Hiba Youssef", "new:Hiba Youssef"], id="method15a_named_after_a_time_phrase"),
    pytest.param(
        "The owner of a kebab shop in Bremen said his customers talked of nothing else.\n\n"
        '"They all have family there," adds Kemal Aydin.',
        ["new:Kemal Aydin", "new:Kemal Aydin"], id="method15a_a_definite_description_then_adds_name"),
    pytest.param(
        "A 31-year-old engineer from Homs said he had paid smugglers twice.\n\n"
        "Ammar, whose surname is withheld for his safety, said Greek guards had sent him back.",
        ["new:Ammar", "new:Ammar"], id="method15a_a_first_name_and_how_it_is_withheld"),
    pytest.param(
        "A 24-year-old from Puerto Montt said she had been in Istanbul since January.\n\n"
        "Valentina, a student, said she would fly home on Friday.",
        ["", "new:Valentina"], id="method15a_a_role_of_her_own_closes_it"),
    pytest.param(
        "A 40-year-old from Ras al-Ain said his brother was still missing.\n\n"
        "Rescue coordinator Ilker Sahin said teams were searching the area.",
        ["", "new:Ilker Sahin"], id="method15a_guard_a_titled_person_closes_it"),
    pytest.param(
        "A father of four from Nablus said he could not reach his cousins in Idlib. "
        "He said the phone lines had been down for days.\n\n"
        "Samir Odeh said he had tried every night.",
        ["new:Samir Odeh", "new:Samir Odeh", "new:Samir Odeh"], id="method15a_he_between_the_description_and_the_name"),
    pytest.param(
        "A Kenyan student in Konya said the university had told them to stay indoors.\n\n"
        "Foreign Affairs CS Monica Juma said the embassy was in touch with all Kenyans there.\n\n"
        "Achieng Otieno said she felt safe.",
        ["", "new:Monica Juma", "new:Achieng Otieno"], id="method15a_guard_a_named_official_closes_it"),
    pytest.param(
        "A shepherd from near Saraqeb told Al-Quds Al-Arabi that the shelling began at dawn.\n\n"
        "Abu Hassan, as he is known in his village, said forty sheep had been killed.",
        ["new:Abu Hassan", "new:Abu Hassan"], id="method15a_a_kunya_as_he_is_known"),
    pytest.param(
        "A nurse at a Dublin hospital who returned from Lebanon last week said the need was enormous. "
        "Siobhan Reilly said she would go back in May.",
        ["new:Siobhan Reilly", "new:Siobhan Reilly"], id="method15a_named_in_the_next_sentence_of_the_paragraph"),
    pytest.param(
        "A soldier who asked not to be named said the convoy had been hit twice.\n\n"
        "Kerem Aksoy said the army would answer.",
        ["", "new:Kerem Aksoy"], id="method15a_guard_an_anonymous_speaker_stays_unnamed"),
    pytest.param(
        "A 19-year-old from Kenitra, reached by phone in Edirne, said he had waited five days.\n\n"
        "Hamza, who would not give his family name, said police had taken his phone.",
        ["new:Hamza", "new:Hamza"], id="method15a_a_place_is_never_the_person"),
    pytest.param(
        "A grandmother in Mersin said her grandson had been called up.\n\n"
        "Her neighbour, Fatma Demir, said many families were afraid.",
        ["", "new:Fatma Demir"], id="method15a_guard_a_relation_of_her_own_closes_it"),
])
def test_method15a_a_described_speaker_is_the_first_person_introduced_after_it(text: str, expected: list[str]) -> None:
    assert labels(text) == expected
