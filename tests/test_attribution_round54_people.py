"""Round 51's misses of the class "people, relays and columns" (issue 15, session fix15cx): general rules, each pinned
by sentences of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The sister of a nurse in Antakya said she had not heard from her since Monday. "
                 '"She writes when she can," said Amara Okafor, a resident of Ikeja.',
                 ["new:Amara Okafor", "new:Amara Okafor"], id="a_resident_of"),
    pytest.param("The uncle of a student in Mersin said the family had booked him a flight home. "
                 '"We want him back before the exams," said Tomasz Wolny, a native of Lublin.',
                 ["new:Tomasz Wolny", "new:Tomasz Wolny"], id="a_native_of"),
])
def test_a_residence_after_the_closing_name_is_no_role_of_its_own(text: str, expected: list[str]) -> None:
    # LABELS rule 7: "The father of a student said ... '...,' said Name, a resident of X": where the person lives is no
    # role that makes them another speaker than the one described (as ", from X" is not)
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Palace spokesman Ramon Ilagan said President Lucia Ferrer had directed the Department of Health and the Office "
                 "of Civil Defense (OCD) to prepare a plan for nurses in the region.",
                 ["new:Lucia Ferrer"], id="two_bodies_and_an_acronym_in_brackets"),
    pytest.param("Government spokesman Peter Mwangi said President Daniel Otieno had directed the National Disaster Operations "
                 "Centre (NDOC) to draw up a list of Kenyans in Hatay.",
                 ["new:Daniel Otieno"], id="one_body_and_its_acronym"),
])
def test_an_order_to_a_body_with_its_acronym_in_brackets_is_the_principal_s(text: str, expected: list[str]) -> None:
    # LABELS rule 3 (Round 40: "said Prime Minister Abe had instructed ..." is Abe's): a directive given before, relayed
    # by a spokesman, is the principal's, whatever the body's acronym in brackets between the verb and its "to"
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Maria Santos said her son, Paolo, had sent her a message on Friday.",
                 ["new:Paolo"], id="a_son_by_first_name"),
    pytest.param("Halima Yusuf said her brother, Ahmed Bello, had told the family in a voice message that he was safe.",
                 ["new:Ahmed Bello"], id="a_brother_by_full_name"),
])
def test_a_relative_named_in_apposition_relays_their_own_message(text: str, expected: list[str]) -> None:
    # the relay test (LABELS rule 3): "X said her daughter, Name, had sent her a message" tells the relative's act of
    # speech done before, the relative's; a first name alone is the name the page gives (Round 27)
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Foreign Minister Ana Lindqvist had raised the situation of the displaced with her Turkish counterpart during "
                 "their meeting in Oslo, Mr Berg recalled.",
                 ["new:Ana Lindqvist"], id="a_minister_s_matter_raised_tag_after"),
    pytest.param("Defence Minister Kofi Mensah raised the safety of Ghanaian students with his Turkish counterpart in Ankara last "
                 "month, the spokesman, Samuel Owusu, said.",
                 ["new:Kofi Mensah"], id="simple_past_tag_after"),
])
def test_a_matter_raised_with_a_counterpart_is_an_act_of_speech_done_before(text: str, expected: list[str]) -> None:
    # LABELS Round 51: "had raised ... with his Russian counterpart ..., Mr Kumar recalled" is its doer's (the one test)
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Mindanao, Imam Abdul Karim of the Maranao Muslim community told the agency that prayers had been held.",
                 ["new:Abdul Karim"], id="an_imam_of_a_community"),
    pytest.param("Father Tomas Ruiz of the Santa Cruz parish said the church would collect blankets for Idlib.",
                 ["new:Tomas Ruiz"], id="a_priest_of_a_parish"),
    pytest.param("Pastor Grace Mwale of the Malawian diaspora said families in Lilongwe were worried.",
                 ["new:Grace Mwale"], id="a_pastor_of_a_diaspora"),
])
def test_a_community_after_the_name_is_no_part_of_it(text: str, expected: list[str]) -> None:
    # LABELS rule 2: "Imam Name of the X community" is the person named, a religious title before the name and the
    # community after it no part of it
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Airline resumes flights to Istanbul\n\nPRESENTER: Good evening. The airline says flights to Istanbul resume on Monday.\n\n"
                 "REPORTER: In Suva, the father of a nurse in Antalya said he had called her every night.\n\n"
                 "JONE NAIVALU (father, Nausori): She says the hospital is calm. We pray for her.\n\n"
                 "PRESENTER: The ministry has opened a hotline.",
                 ["", "new:Jone Naivalu", "new:Jone Naivalu", "new:Jone Naivalu"], id="a_father_then_his_tag"),
    pytest.param("Students safe, says embassy\n\nANCHOR: Good evening. The embassy says all students are safe.\n\n"
                 "CORRESPONDENT: In Kathmandu, the sister of a student in Mersin said the family was worried.\n\n"
                 "SITA THAPA (sister, translated from Nepali): He calls us every day. He says the campus is quiet.\n\n"
                 "ANCHOR: That was our correspondent.",
                 ["", "", "new:Sita Thapa", "new:Sita Thapa", "new:Sita Thapa"], id="a_sister_then_her_tag"),
])
def test_a_described_speaker_named_by_the_next_turn_s_tag(text: str, expected: list[str]) -> None:
    # LABELS rule 7 (Round 51): in a bulletin's narration, "the mother of a worker said ..." is the person the next
    # paragraph's turn tag names with the description's role in brackets ("NAME (mother, ...):")
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Legislator from the Foreign Relations Committee, which reviews treaties, says the statement was "weak and late". '
                 "The legislator, Okonkwo of the Labour Party, wants a debate in the chamber.",
                 ["new:Okonkwo", "new:Okonkwo"], id="one_name_with_a_party"),
    pytest.param('Lawmaker from the Democratic Alliance says the evacuation plan is "simply reckless". '
                 "The lawmaker, Priyanka Rao of the People's Front (PF), wants the minister to resign.",
                 ["new:Priyanka Rao"] * 3, id="a_full_name_with_a_party_and_its_acronym"),  # "wants the minister to
    # resign": a person's stated demand (LABELS Rounds 57 and 62), a passage of its own
])
def test_a_role_without_its_article_is_described_then_named_with_a_party(text: str, expected: list[str]) -> None:
    # LABELS rule 7 (Round 51): "Lawmaker from the X, ..., says ..." is a person described (a timeline's style drops the
    # article), whom "The legislator, Name of the Y Party (Z), wants ..." names next; no body called "Lawmaker from ..."
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Why Fiji must speak on Idlib\n\nBy Ana Tuilagi\n\nOur Prime Minister, Josaia Rabuka, told Parliament last week "
                 "that Fiji stood for peace. I put this question to a senior official at the Ministry of Foreign Affairs. He told "
                 'me that Fiji "cannot afford to take sides" in the war.',
                 ["new:Josaia Rabuka", "new:Ana Tuilagi", "", ""], id="this_question_to_a_senior_official"),
    pytest.param("Ghana and the war in Syria\n\nBy Kwame Mensah\n\nForeign Minister Shirley Botchwey said in January that Ghana "
                 "supported dialogue. I put the question to a senior diplomat in Accra last week. She said that Ghana "
                 '"will not choose between friends" and asked me not to name her.',
                 ["new:Shirley Botchwey", "new:Kwame Mensah", "", ""], id="the_question_to_a_senior_diplomat"),
])
def test_the_one_a_columnist_put_a_question_to_is_whom_he_next_stands_for(text: str, expected: list[str]) -> None:
    # LABELS Round 51: "I put this question to ..." is an act of speech, the byline's author's; rule 6: "He told me ..."
    # after it is the diplomat, unnamed (null), not the writer nor the minister the column named before
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Why Fiji must speak on Idlib\n\nBy Ana Tuilagi\n\nFiji took its neighbour to the tribunal in 2019. We said then "
                 "that small states have a voice. I still believe it.",
                 ["new:Fiji"], id="a_country_then_we_said_then"),
    pytest.param("Ghana and the war in Syria\n\nBy Kwame Mensah\n\nGhana hosted the peace talks on Liberia in 2003. We argued then "
                 "that Africa could settle its own wars.",
                 ["new:Ghana"], id="a_country_then_we_argued"),
])
def test_a_column_s_we_after_a_country_opens_the_sentence_before_is_that_country(text: str, expected: list[str]) -> None:
    # LABELS Round 51: a columnist's "We said then" after the country is named as the subject of the sentence before is
    # the country's (the column's "I" stays the byline's author)
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Fiji and the war\n\nBy Ana Tuilagi\n\nI asked a senior official at the ministry what Fiji would do. He said "
                 'that Fiji "will not take sides" in the war.',
                 ["new:Ana Tuilagi", "", ""], id="i_asked_a_senior_official"),
    pytest.param('Doctors in Idlib\n\nBy Ana Tuilagi\n\n"We asked a surgeon about it," Maria Ruiz said. "He said there was no '
                 'more gauze," she added.',
                 ["new:Maria Ruiz", "new:Maria Ruiz"], id="not_inside_a_speaker_s_quotation"),
])
def test_the_one_the_writer_asked_in_a_sentence_of_speech_is_whom_he_next_stands_for(text: str, expected: list[str]) -> None:
    # rule 6: the writer's own sentence of speech ("I asked a senior official ...") introduces the one asked, whom "he"
    # next stands for, not the writer; a quotation of another speaker ('"We asked a surgeon," X said') introduces nobody
    assert labels(text) == expected
