"""Round 11's classes of error: what the page's own layout says about a speaker (role tags of a
briefing, an op-ed's byline, quotations inside an answer, roundups, headlines of posts)."""

from __future__ import annotations

import pytest

from test_attribution import ACTORS, labels, speakers
from idlibsite.attribution.match import match_body
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.fullnames import formal, full_name
from idlibsite.attribution.page import byline, role_tag, tag_holder, variant


def answers(text: str) -> list[tuple[str, str, str]]:
    """(kind, first words, speaker label: an actor id, "new:Name", the unnamed phrase, or "") of each passage."""
    return speakers(text, unnamed=True)


_BRIEFING = (
    "Press briefing by Lena Varga, Deputy Spokesperson for the High Commissioner\n\n"
    "Deputy Spokesperson: Good morning. The High Commissioner is following the floods closely. "
    "She reiterates her appeal for access to the valley.\n\n"
    "Question: Has the High Commissioner spoken to the minister?\n\n"
    "Deputy Spokesperson: I have nothing to add on that. We remain ready to help.\n\n"
    "Question: Thank you.")


def test_a_role_tag_is_the_person_the_page_names_for_that_role_never_a_name_of_its_own() -> None:
    assert role_tag("Deputy Spokesperson") and role_tag("SPOKESMAN") and not role_tag("Lena Varga")
    assert tag_holder(_BRIEFING, "Deputy Spokesperson") == ("Lena Varga", "Deputy Spokesperson", "the High Commissioner")
    assert tag_holder("Foreign ministry Spokesman Ivo Brandt took questions.", "Spokesman")[0] == "Ivo Brandt"
    got = answers(_BRIEFING)
    assert ("direct", "Good morning.", "new:Lena Varga") in got
    assert ("direct", "I have nothing", "new:Lena Varga") in got
    assert ("direct", "We remain ready", "new:Lena Varga") in got
    assert not any("Spokesperson" in who for _, _, who in got)


def test_a_spokespersons_principal_speaks_when_the_sentence_makes_them_the_subject() -> None:
    got = answers(_BRIEFING)
    # "She repeats her appeal" just after "The High Commissioner is ...": the principal's words, not the spokesperson's
    assert ("direct", "She reiterates her", "the High Commissioner") in got
    assert ("direct", "The High Commissioner", "new:Lena Varga") in got  # "is following" is no speech


def test_a_role_tag_the_page_names_nobody_for_is_nobody() -> None:
    text = ("Spokesman: The talks went well.\n\nQuestion: When is the next round?\n\n"
            "Spokesman: In May.\n\nQuestion: Thanks.")
    assert {who for kind, _, who in answers(text) if kind == "direct"} == {""}


def test_a_quotation_inside_an_answer_given_to_another_by_its_clause_is_theirs() -> None:
    text = ("REPORTER: What does Ankara say?\n\n"
            "Anna Pirelli: Very little. Hulusi Akar told parliament, \"Our posts will stay where they are,\" and "
            "I believe him.\n\nREPORTER: Thank you.\n\nAnna Pirelli: Thank you.")
    got = answers(text)
    assert ("direct", "Our posts will", "hulusi-akar") in got
    assert ("direct", "Hulusi Akar told", "new:Anna Pirelli") in got  # the answer's own sentence


def test_i_in_an_op_ed_is_the_author_the_byline_names_and_the_byline_is_no_name_plus_a_word() -> None:
    text = ("Europe must act on the border now\n\nBy Miriam Okafor\n\n"
            "Three days ago a nurse in the camp wrote to me. \"We have no more blankets,\" she wrote.\n\n"
            "When I was posted to Athens, I told ministers that the camps could not hold.")
    assert byline(text) == "Miriam Okafor"
    got = answers(text)
    assert ("reported", "When I was", "new:Miriam Okafor") in got
    assert not any("Okafor Three" in who for _, _, who in got)


def test_i_without_a_byline_is_nobody() -> None:
    assert answers("When I was in Athens, I told ministers that the camps could not hold.") == [
        ("reported", "When I was", "")]


def test_a_roundups_bullet_label_is_no_part_of_its_speakers_name() -> None:
    text = ("Here is how capitals reacted:\n\n"
            "- US: A State Department spokesperson said Washington stood by its ally.\n"
            "- Japan: Foreign Minister Kenji Arai said Tokyo was watching closely.")
    assert [who for _, _, who in answers(text)] == ["new:State Department", "new:Kenji Arai"]


def test_a_principal_relayed_by_a_named_or_unnamed_spokesperson_is_the_principal() -> None:
    text = ("- UN: Secretary-General Ines Marlow is \"deeply alarmed\" by the fighting, her spokesperson Tomas Ruiz said.\n"
            "- UK: Prime Minister Alan Pryce called his Turkish counterpart and condemned the attack, according to a "
            "Downing Street spokesperson.")
    got = answers(text)
    assert ("direct", "deeply alarmed", "new:Ines Marlow") in got
    assert ("reported", "- UK: Prime", "new:Alan Pryce") in got
    # a spokesperson named with no possessive, and a spokesperson who says something of their own, speak for themselves
    assert answers("Kremlin spokesman Dmitry Peskov said the talks would go on.")[0][2] == "dmitry-peskov"
    assert answers("A Downing Street spokesperson said the talks would go on.")[0][2] == "new:Downing Street"


def test_an_embedded_post_signed_off_by_its_author_is_their_words() -> None:
    text = ("The minister answered on social media:\n\n"
            "Our ports stay open to ships in distress. Nobody will be turned away at sea.\n"
            "— Elena Varga (@elenavarga) March 3, 2020\n\n"
            "The opposition said the post changed nothing.")
    got = answers(text)
    assert ("direct", "Our ports stay", "new:Elena Varga") in got
    assert ("direct", "Nobody will be", "new:Elena Varga") in got
    assert not any("March" in words for _, words, _ in got)


def test_a_paragraph_between_an_answer_and_the_next_tag_goes_on_with_the_answer() -> None:
    text = ("Briefing by Ivo Brandt, Spokesman for the Commission\n\n"
            "Spokesman: Good afternoon. I start with the floods.\n\n"
            "Our colleagues tell us that 4,000 people have left the valley.\n\n"
            "Question: Is the road open?\n\n"
            "Spokesman: Not yet.\n\n"
            "After the briefing, the minister said the road would open on Monday.")
    got = answers(text)
    assert ("direct", "Our colleagues tell", "new:Ivo Brandt") in got
    assert ("reported", "After the briefing,") in [(k, w) for k, w, _ in got]  # after the last turn: narration again


def test_a_variant_of_a_bodys_name_is_the_body() -> None:
    text = ('"No boat was lost," a spokesperson for IOM in Cyprus told reporters. The agency said it had '
            "sent two teams.\n\nThe appeal was a third funded, according to UNICEF's own supply tracker.")
    assert [who for _, _, who in answers(text)] == ["new:IOM", "new:IOM", "new:UNICEF"]


def test_a_nationality_alone_is_no_name() -> None:
    text = 'One diplomat spoke of "a pause for breath". Another, European, says the deal "changes nothing at all".'
    assert {who for _, _, who in answers(text)} <= {"", "European", "One diplomat"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Rights groups say migrants were pushed back at sea, accusations Valletta has rejected.",
        [("reported", "Rights groups say", "Rights groups"),
         ("reported", "accusations Valletta has", "new:Valletta")],
        id="accusations_another_rejected_are_its_own_clause_and_not_the_first_speakers"),
    pytest.param(
        "The valley's radio station Radio Dal did not mention the dam but said the road had reopened.",
        [("reported", "The valley's radio", "new:Radio Dal")],
        id="but_said_after_a_verb_with_an_auxiliary_has_that_verbs_subject"),
    pytest.param(
        "Sen. Ada Quill, D-Ore., one of the loudest voices in Congress on the dam, "
        "tweeted that the valley needed help.",
        [("reported", "Sen. Ada Quill,", "new:Ada Quill")],
        id="a_party_tag_and_an_apposition_with_one_of_the_after_a_name_leave_the_name_the_speaker"),
    pytest.param(
        '"We cannot leave them in the mud," Ada Quill said, calling on the council to open the road.',
        [("reported", '"We cannot leave', "new:Ada Quill"), ("direct", "We cannot leave", "new:Ada Quill")],
        id="a_quotation_whose_clause_goes_on_calling_on_someone_is_also_reported_speech"),
    pytest.param(
        "Last week the Turkish relief centre in northern Dal said in a statement that it would stay.",
        [("reported", "Last week the", "new:Turkish relief centre")],
        id="a_time_before_the_and_a_place_with_its_part_are_no_part_of_a_bodys_name"),
    pytest.param(
        "Ostland, which hosts some 1,300,000 people, including 660,000 registered as refugees with the "
        "relief agency (DRA), has said that it cannot take more.",
        [("reported", "Ostland, which hosts", "new:Ostland")],
        id="a_number_with_a_thousands_comma_does_not_cut_the_subjects_apposition"),
])
def test_whole_answers_of_page_layouts(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Every passage's answer, the unnamed phrase kept: one case a construction (each case was a named
    test of this one shape; its name is the case's id)."""
    assert answers(text) == expected


def test_he_after_a_sentence_whose_body_is_his_is_the_person_who_opened_it() -> None:
    text = ("A retired general, who asked not to be named, told me that the army \"was never ready for this\".\n\n"
            "President Recep Tayyip Erdogan answered by sending more troops in what his defence ministry called "
            "Operation North Gate. Speaking in parliament, he was blunt. \"We had no other choice,\" he said.")
    assert answers(text)[-1] == ("direct", "We had no", "recep-tayyip-erdogan")


def test_a_relative_or_when_clause_with_its_own_named_subject_gives_the_speaker() -> None:
    from idlibsite.attribution.clause import clauses

    assert clauses("Nine guards died in a raid near Kessa, which Vienna blames on the rebels.")[0].phrase == "Vienna"
    assert clauses("It could do as it did in 2015, when then prime minister Ola Berg announced 5,000 places.")[0].phrase == (
        "prime minister Ola Berg")
    # a relative clause closed by a comma is an apposition: the subject is before it
    assert clauses("Ivo Rak, the governor of Kessa Province, which borders Mira, said the roads were shut.")[0].phrase == (
        "Ivo Rak")


def test_a_persons_press_service_relays_the_person_and_the_report_it_quotes_is_nobody_earlier() -> None:
    text = ("VIENNA. March 2 - President of Austria Lena Hofer has spoken to the Greek prime minister and offered "
            "help at the border, the press service of the head of state has reported.\n\n"
            "\"The President assured her counterpart of Austria's full support,\" the report says.")
    assert [who for _, _, who in answers(text)] == ["new:Lena Hofer", ""]


_COMMONS = (
    "Flooding: Emergency Support\n\n"
    "Ruth Calloway (Ashmoor West) (LD) (Urgent Question): To ask the Secretary of State if he will make a statement.\n\n"
    "The Minister for Rural Affairs (Tobias Renwick): The Government are sending two more pumping teams tonight. "
    "We have released 4 million pounds for the valley.\n\n"
    "Ruth Calloway: The pumps arrived three days late. Will the Minister apologise?\n\n"
    "Tobias Renwick: Officials acted as fast as the roads allowed.\n\n"
    "Sir Graham Otley (Fenwick Marsh) (Con): Farmers in my constituency have lost their winter feed. "
    "Will he extend the grant?\n\n"
    "Tobias Renwick: The grant will stay open until the end of April.\n\n"
    "Madam Deputy Speaker: Order. We now come to the next statement.")

_VERBATIM = (
    "Flood relief in the Danube basin (debate)\n\n"
    "President. – The next item is the Commission statement on flood relief.\n\n"
    "Ilse Marrow, Member of the Commission. – Madam President, the Solidarity Fund will pay out before the summer. "
    "We have already sent forty pumps.\n\n"
    "Teodor Vasko, on behalf of the EPP Group. – Madam President, the money comes too late for my region.\n\n"
    "Karel Dunst (Greens), blue-card question. – Mr Vasko, is it not true that your government refused the pumps? "
    "The Commission has said so.\n\n"
    "Teodor Vasko (EPP), blue-card answer. – The pumps were refused because they were the wrong size.\n\n"
    "President. – The debate is closed.")


def test_a_record_of_proceedings_gives_each_members_turn_to_its_tag_and_not_to_the_minister() -> None:
    said = {words: who for _kind, words, who in answers(_COMMONS)}
    assert said["The Government are"] == said["We have released"] == said["Officials acted as"] == "new:Tobias Renwick"
    assert said["The pumps arrived"] == "new:Ruth Calloway"
    assert said["Farmers in my"] == "new:Graham Otley"
    assert said["The grant will"] == "new:Tobias Renwick"
    assert not any(words.startswith("Order") for _kind, words, _who in answers(_COMMONS))  # the chair's turn


def test_a_verbatim_report_tags_a_turn_with_a_dash_and_the_chair_makes_no_statement() -> None:
    found = answers(_VERBATIM)
    said = {words: who for _kind, words, who in found}
    assert [who for _kind, words, who in found if words == "Madam President, the"] == ["new:Ilse Marrow", "new:Teodor Vasko"]
    assert said["We have already"] == "new:Ilse Marrow" and said["The pumps were"] == "new:Teodor Vasko"
    assert said["The Commission has"] == "new:Karel Dunst"
    assert not any(words.startswith("The debate") for _kind, words, _who in answers(_VERBATIM))


def test_an_untagged_opening_statement_is_the_speaker_a_delivered_header_names_or_a_moderator_hands_over_to() -> None:
    opening = ("Press point by Commissioner Anna Lindqvist after the donors' meeting\n\n(As delivered)\n\n"
               "We have pledged 30 million euros tonight. I thank every donor.\n\n"
               "MODERATOR: First question.\n\nQ: Is it enough?\n\n"
               "ANNA LINDQVIST (Commissioner): It is a start.\n\nMODERATOR: Next.\n\nQ: When?\n\n"
               "ANNA LINDQVIST: Within a month.")
    said = {words: who for _kind, words, who in answers(opening)}
    assert said["We have pledged"] == said["It is a"] == "new:Anna Lindqvist"
    handover = ("MODERATOR: Good afternoon. Today we have Ambassador Tom Reyes. With that, over to you, Ambassador.\n\n"
                "The harvest has failed in three provinces. We are sending grain.\n\n"
                "MODERATOR: First question.\n\nQUESTION: How much grain?\n\n"
                "AMBASSADOR REYES: Ten thousand tonnes.\n\nMODERATOR: Thank you.")
    said = {words: who for _kind, words, who in answers(handover)}
    assert said["The harvest has"] == said["We are sending"] == said["Ten thousand tonnes."] == "new:Tom Reyes"


def test_one_person_named_two_ways_is_proposed_once_by_the_formal_form() -> None:
    briefing = ("Special Envoy Robert Haines on the Sahel Drought\n\nSPECIAL BRIEFING\nAMBASSADOR ROBERT T. HAINES, SPECIAL ENVOY\n\n"
                "MODERATOR: Today we have Ambassador Bob Haines, who is back from Niamey. Over to you, Ambassador.\n\n"
                "AMBASSADOR HAINES: Thank you. We saw the camps yesterday.\n\nMODERATOR: First question.\n\n"
                "QUESTION: Will you send food?\n\nAMBASSADOR HAINES: We will send food this week.\n\nMODERATOR: Thank you.")
    assert {who for _kind, _words, who in answers(briefing)} == {"new:Robert Haines"}
    assert formal("Envoy Michael Tran spoke.", "Mike Tran") == "Michael Tran"
    assert formal("Envoy Michael Tran spoke.", "Mike Oduya") == "Mike Oduya"  # another surname: no evidence
    assert full_name("Mike Tran arrived on time, and then the envoy, Michael Tran, spoke to us.", "Tran") == "Michael Tran"


def test_an_anaphor_after_an_unknown_body_with_its_noun_is_that_body_never_a_known_actors_alias() -> None:
    text = ("Meanwhile, the Iraqi border liaison center near Qaim issued a statement on Monday warning that trucks were waiting.\n\n"
            "\"Our officers have counted 400 trucks,\" read the statement, which was carried by a local agency. "
            "The center said the crossing would stay open at night.")
    said = {words: who for _kind, words, who in answers(text)}
    assert said["The center said"] == "new:Iraqi border liaison center"


def test_a_bodys_voice_in_a_city_is_the_bodys_voice() -> None:
    assert variant("A UNICEF spokesperson in New York") == "A UNICEF spokesperson"
    assert variant("the Russian Centre for Reconciliation in Syria") == "the Russian Centre for Reconciliation in Syria"
    said = answers("A UNICEF spokesperson in Amman said the agency was worried about the winter.")
    assert said == [("reported", "A UNICEF spokesperson", "new:UNICEF")]


def test_a_phrase_that_opens_with_then_or_from_is_no_subject() -> None:
    # "whose name she will not say" was the clause here until "will not say" stopped being a passage (LABELS,
    # "Speech acts of not saying"): a clause with words of hers keeps the case
    text = ("Halima Sayed has moved three times. First from Ariha, then from a hamlet near the dam whose name she "
            "asked us not to print. \"We carry everything on our backs,\" she says.")
    said = {words: who for _kind, words, who in answers(text)}
    assert said["We carry everything"] == "new:Halima Sayed"
    assert not any(who.startswith(("then", "from")) for who in said.values())


def test_he_after_a_person_introduced_behind_a_long_scene_setting_phrase_is_that_person() -> None:
    text = ("Prime Minister Edvard Lund said on Monday that the border would stay shut.\n\n"
            "At a crowded clinic in the old town, nurse Amira Khoury works through the night. "
            "She says the medicine ran out on Sunday.")
    said = {words: who for _kind, words, who in answers(text)}
    assert said["She says the"] == "new:Amira Khoury"


def test_a_bullet_that_gives_a_name_and_a_role_before_a_colon_gives_the_quotations_speaker() -> None:
    text = ("Reactions:\n\n"
            "- Anna Berg, Swedish foreign minister: “We will not accept this. It is a violation.”\n\n"
            "- Tomas Ek, director of the Nordic Policy Institute, on Twitter: “The deal is dead.”")
    assert [who for _kind, _words, who in answers(text)] == ["new:Anna Berg", "new:Tomas Ek"]


def test_a_titled_subject_of_a_sentence_that_goes_on_with_a_participle_is_the_speaker() -> None:
    text = "Danish health ministry spokesman Lars Holm defended the ban, arguing that the wards were full."
    assert [who for _kind, _words, who in answers(text)] == ["new:Lars Holm"]


def test_a_person_who_gave_only_a_first_name_is_named_by_it() -> None:
    text = "One of the drivers, who gave his name only as Abu Salim, said the road had been closed since dawn."
    assert [who for _kind, _words, who in answers(text)] == ["new:Abu Salim"]


def test_a_bare_ministry_after_a_country_that_opens_the_sentence_is_that_countrys_never_a_known_ones() -> None:
    text = ("OSLO, May 4 -- Norway will send 200 tents to the flooded valley, the foreign ministry said on Monday.\n\n"
            "The tents will be flown to the valley on Wednesday, the ministry said in a statement.")
    assert [who for _kind, _words, who in answers(text)] == ["new:foreign ministry", "new:foreign ministry"]
    text = "Russia will send 200 tents to the flooded valley, the foreign ministry said on Monday."
    assert [who for _kind, _words, who in answers(text)] == ["russian-foreign-ministry"]


def test_a_delegate_named_by_seat_is_the_delegate_named_before_else_the_countrys_government() -> None:
    text = ("Ilse Maren Dahl (Norway) said that the convoy had been stopped at the bridge.\n\n"
            "The representative of Turkey said that the crossing would stay open. He added that more "
            "trucks would follow.\n\n"
            "The representative of Chile said that the talks should resume.\n\n"
            "Taking the floor again, the representative of Norway said that the bridge was safe.")
    assert [who for _kind, _words, who in answers(text)] == [
        "new:Ilse Maren Dahl", "turkey", "turkey", "new:Chile", "new:Ilse Maren Dahl"]


def test_a_title_of_two_offices_joined_by_and_after_a_name_is_that_persons_role_not_two_speakers() -> None:
    text = ("Ilse Maren Dahl, Commissioner for Transport and Regional Cohesion Officer, said that the bridge "
            "would reopen. She added that the ferries would run.")
    assert [who for _kind, _words, who in answers(text)] == ["new:Ilse Maren Dahl", "new:Ilse Maren Dahl"]


def test_a_transcript_line_naming_the_office_then_the_holder_tags_the_paragraphs_of_speech_under_it() -> None:
    text = ("Statements after the talks\n\n"
            "Prime Minister of Norway Ilse Maren Dahl: Good evening.\n\n"
            "We spoke for three hours about the bridge.\n\n"
            "Minister of Transport of Chile Tomas Ek (interpreted): We agreed to reopen it.\n\n"
            "Ilse Maren Dahl: Thank you.\n\n"
            "The end.")
    said = {words: who for _kind, words, who in answers(text)}
    assert said["We spoke for"] == said["Good evening."] == "new:Ilse Maren Dahl"
    assert said["We agreed to"] == "new:Tomas Ek"


_PLENARY = ("Record of the 12th sitting (extract)\n\n"
            "Vice-Chair Tomas Ek:\n\n"
            "The first question is from the colleague Ana Lund.\n\n"
            "Ana Lund (Greens):\n\n"
            "Minister, the bridge has been closed for a week. When will it reopen?\n\n"
            "Ilse Maren Dahl, Minister of Transport:\n\n"
            "Madam President! Ladies and gentlemen! Ms. Lund, the bridge will reopen on Monday. The ferries will run until then.\n\n"
            "(Applause from the Liberals)\n\n"
            "The repairs cost less than we feared.\n\n"
            "(Interjection from the Greens: Far too late!)\n\n"
            "Ana Lund (Greens):\n\n"
            "Minister, who pays for the ferries?\n\n"
            "Ilse Maren Dahl, Minister of Transport:\n\n"
            "The state pays for them.\n\n"
            "(Applause from the Liberals - Ana Lund [Greens]: That is news to us!)")


def test_a_records_tag_on_a_line_of_its_own_tags_the_paragraph_under_it_and_brackets_never_go_on_with_a_turn() -> None:
    said = {words: who for _kind, words, who in answers(_PLENARY)}
    assert said["Ms. Lund, the"] == said["The ferries will"] == said["The state pays"] == "new:Ilse Maren Dahl"
    assert said["The repairs cost"] == "new:Ilse Maren Dahl"  # her speech goes on after the applause
    assert not any(words.startswith("(Applause") for _kind, words, _who in answers(_PLENARY))
    assert "The first question" not in said  # the chair's words
    assert "Madam President!" not in said and "Ladies and gentlemen!" not in said  # she only addresses the House


def test_a_records_interjection_in_brackets_is_the_interjectors_a_groups_is_nobody_named() -> None:
    got = [(kind, words, who) for kind, words, who in answers(_PLENARY) if words.startswith(("(Interjection", "Ana Lund ["))]
    assert got == [("direct", "(Interjection from the", "members of the Greens"), ("direct", "Ana Lund [Greens]:", "new:Ana Lund")]
    assert [who for _kind, _words, who in speakers(_PLENARY) if who == ""] == [""]  # the group's: no actor, no new one


def test_a_statements_paragraphs_after_the_line_announcing_it_are_the_body_its_first_paragraph_speaks_as() -> None:
    text = ("Transport ministers of the Nordic Union met in Oslo on Monday. After the meeting, they adopted the "
            "following statement.\n\n"
            '"The Nordic Union expresses its solidarity with the people of the flooded valley. Relief must reach '
            'everyone."\n\n'
            '"The Council calls on all operators to keep the bridge open."')
    said = [(words, who) for _kind, words, who in answers(text)]
    assert said == [("The Nordic Union", "new:Nordic Union"), ("The Council calls", "new:Nordic Union")]
    unannounced = text.replace("adopted the following statement", "went home")
    assert labels(unannounced) == ["", ""]


def test_a_situation_reports_staff_member_named_after_a_capitalised_title_is_whom_he_or_she_stands_for() -> None:
    text = ("On 1 May, the Relief Coordinator, Tomas Ek, warned that the floods were the worst in decades.\n\n"
            "The Deputy Regional Coordinator for the Valley, Ilse Maren Dahl, visited a camp near the bridge on 2 May. "
            '"Nobody here has a dry tent," she said. "The children sleep in the school."')
    assert [who for _kind, _words, who in answers(text)] == ["new:Tomas Ek", "new:Ilse Maren Dahl", "new:Ilse Maren Dahl"]


def test_a_bodys_name_is_never_cut_to_its_head_and_the_head_alone_is_that_body_again() -> None:
    text = ("The Office of the Valley Ombudsman said it had counted 40 flooded homes. The Office noted that most "
            "were near the river.\n\n"
            "Shelter: The Shelter Cluster estimates that 400 tents are needed.\n\n"
            "Protection: According to the Protection Cluster, 30 children are alone.\n\n"
            "Health: WHO reports that it has sent 20 kits to the clinics.\n\n"
            "Partners said the need was great.")
    assert [who for _kind, _words, who in answers(text)] == [
        "new:Office of the Valley Ombudsman", "new:Office of the Valley Ombudsman", "new:Shelter Cluster",
        "new:Protection Cluster", "new:WHO", "Partners"]


def test_a_greek_chi_written_ch_or_h_is_one_surname() -> None:
    text = ("Transport Minister Michalis Papachristou said the bridge would reopen. Papahristou rejected claims "
            "that the river had been dredged too late.")
    assert [who for _kind, _words, who in answers(text)] == ["new:Michalis Papachristou"] * 2


def test_a_speech_verb_after_but_has_the_subject_of_the_verb_before_it() -> None:
    text = ("Opposition leader Ilse Maren Dahl, of the Greens, backed the repairs but criticized the delay. The "
            "money came too late, she said.")
    assert [who for _kind, _words, who in answers(text)] == ["new:Ilse Maren Dahl"] * 2


def test_a_transcripts_tag_in_capitals_may_describe_the_voice_in_lowercase_words() -> None:
    text = ("ANA LUND: This is the last bridge over the river.\n\n"
            "TOMAS EK, Mayor of Velmar: We have lost four bridges in a month.\n\n"
            "UMM SAMIR, displaced from the lower valley: We moved three times. My son is ill.\n\n"
            "ANA LUND: The water is still rising.\n\n"
            "TOMAS EK, Mayor of Velmar: We need boats.")
    said = {words: who for _kind, words, who in answers(text)}
    assert said["We moved three"] == said["My son is"] == "new:Umm Samir"
    assert said["We have lost"] == said["We need boats."] == "new:Tomas Ek"


def test_a_participle_with_by_between_commas_is_no_subject() -> None:
    text = "The Velmar River Authority, backed by the army engineers, says it is closing the bridge."
    assert [who for _kind, _words, who in answers(text)] == ["new:Velmar River Authority"]


def test_he_or_she_later_in_a_sentence_is_the_person_who_opens_it() -> None:
    text = ("Tomas Ek, the mayor, said the bridge would close on Monday.\n\n"
            "Transport Minister Ilse Maren Dahl has yet to comment on the closure; however, in an interview last "
            "week, she said that the bridge was safe.")
    assert [who for _kind, _words, who in answers(text)] == ["new:Tomas Ek", "new:Ilse Maren Dahl"]


def test_a_relative_clause_which_he_said_has_the_pronoun_for_its_subject_never_the_clause_before() -> None:
    text = "Mayor Tomas Ek opened the meeting by praising the engineers, which he said had saved the bridge."
    assert [who for _kind, _words, who in answers(text)] == ["new:Tomas Ek"]


def test_according_to_a_role_then_a_name_between_commas_is_that_person() -> None:
    text = ("According to the official representative of the Velmar river authority, Chief Engineer Tomas Ek, "
            "the bridge will reopen on Monday.")
    assert [who for _kind, _words, who in answers(text)] == ["new:Tomas Ek"]


def test_a_bodys_bulletin_informs_and_registers_what_it_says() -> None:
    text = ("The Velmar Flood Centre registered that the river rose by two metres overnight. The Velmar Flood "
            "Centre informs that the old bridge is closed.")
    assert [(kind, who) for kind, _words, who in answers(text)] == [("reported", "new:Velmar Flood Centre")] * 2


def test_a_footnote_mark_after_a_full_stop_still_ends_the_sentence() -> None:
    text = ("The Velmar Flood Centre said the river had risen by two metres.[3] Local sources claimed that the "
            "old bridge had collapsed.[4] Mayor Tomas Ek stated that the ferries would run.[5]")
    assert labels(text) == ["new:Velmar Flood Centre", "", "new:Tomas Ek"]


def test_a_second_speaker_after_a_quotation_and_and_has_a_passage_of_their_own() -> None:
    text = ('Mayor Tomas Ek said the town "will not be abandoned" and a council spokesman said 40 homes were '
            "flooded.")
    got = answers(text)
    assert got == [("reported", "Mayor Tomas Ek", "new:Tomas Ek"),  # "the town" outside the quotation is its subject
                   ("direct", "will not be", "new:Tomas Ek"),
                   ("reported", "a council spokesman", "a council spokesman")]  # nobody named, never the mayor


def test_a_medium_that_quotes_someone_saying_relays_them() -> None:
    text = ("Velmar Radio quotes a council engineer saying the bridge will reopen. The Velmar Herald quotes "
            "Mayor Tomas Ek saying the ferries will run.")
    assert [who for _kind, _words, who in answers(text)] == ["a council engineer", "new:Tomas Ek"]


def test_an_outlets_unnamed_correspondent_in_a_place_names_nobody() -> None:
    text = ("Mayor Tomas Ek said the bridge would reopen. Velmar Radio's correspondent in the lower valley said "
            "the water was still rising.")
    assert labels(text) == ["new:Tomas Ek", ""]


def test_an_apposition_after_a_spokesman_for_a_body_describes_the_body_and_is_no_speaker() -> None:
    text = ("In Velmar, a spokesman for the Valley Farmers Union, a coalition of local growers, said the fields "
            "would be replanted.")
    assert [who for _kind, _words, who in answers(text)] == ["new:Valley Farmers Union"]


def test_a_forum_posts_line_quoting_another_post_reports_the_speech_it_quotes() -> None:
    text = ('Mayor Tomas Ek said the town "will rebuild every bridge" by the spring.\n\n'
            'u/river_watch · 2h\n> Mayor Tomas Ek said the town "will rebuild every bridge\n\n'
            "I will believe it when I see it.")
    got = answers(text)
    assert [(kind, who) for kind, words, who in got if words.startswith(">")] == [("reported", "new:Tomas Ek")]


def test_a_nations_role_to_a_place_with_no_name_is_nobody_named_never_a_new_actor_of_that_phrase() -> None:
    text = "Norway's ambassador to Chile said the talks would resume in May."
    assert labels(text) == [""]
    assert [who for _kind, _words, who in answers(text)] == ["Norway's ambassador to Chile"]


def test_a_written_answer_under_its_heading_is_the_answering_bodys_own_words() -> None:
    text = ("Mr Paul Okonkwo asks the Minister for Rivers and Coastal Affairs what will be done for the valley.\n\n"
            "Answer from the Ministry for Rivers and Coastal Affairs\npublished on 4 May\n\n"
            "The government has been fully engaged since the first floods. The damage is severe.\n\n"
            "It supports the relief fund, which remains essential.")
    got = answers(text)
    assert ("direct", "The government has", "new:Ministry for Rivers and Coastal Affairs") in got
    assert ("direct", "The damage is", "new:Ministry for Rivers and Coastal Affairs") in got
    assert ("direct", "It supports the", "new:Ministry for Rivers and Coastal Affairs") in got
    assert not [p for p in answers(text.replace("Answer from", "News from")) if p[0] == "direct"]  # no heading: no answer


def test_an_alias_named_by_its_head_keeps_its_words_in_order() -> None:
    # "Foreign Ministry" (an alias of the Russian ministry) is not "Ministry for Europe and Foreign Affairs"
    assert match_body(read_phrase("the Ministry for Europe and Foreign Affairs"), ACTORS) == []
    assert [a.id for a in match_body(read_phrase("the Russian Foreign Ministry"), ACTORS)] == ["russian-foreign-ministry"]
    reconciliation = read_phrase("the Russian Defence Ministry's Centre for Reconciliation of the Opposing Sides")
    assert [a.id for a in match_body(reconciliation, ACTORS)][:1] == ["russian-reconciliation-centre"]


def test_a_reporters_thread_numbers_its_posts_and_names_people_by_first_name() -> None:
    text = ("1/ Day 2 in the valley. A thread on what the families told me, because nobody else is listening.\n\n"
            "2/ Harbour master Kemal Aydin told reporters that the port would stay shut until Monday.\n\n"
            "3/ One of the fishermen I met: Yusuf, 52, from the old harbour. He lost two boats in the storm. "
            '"The sea took everything," he said.\n\n'
            '4/ Spoke to Maria, who runs the bakery by the bridge. "We bake for the rescuers now," she told me.\n\n'
            "5/ Relief agency spokeswoman Ilse Dahl, by phone from the coast: the agency is \"very worried\" about the dam. "
            "She said the water was still rising.\n\n"
            '6/ Yusuf messaged me an hour ago: "The road is open again."')
    got = answers(text)
    assert got[0] == ("reported", "A thread on", "the families")  # "what" opens a clause: no name of a thread
    assert ("reported", "Harbour master Kemal", "new:Kemal Aydin") in got  # the post's number is no part of it
    assert ("direct", "The sea took", "new:Yusuf") in got  # a first name with an age
    assert ("direct", "We bake for", "new:Maria") in got  # a first name with a "who" clause
    assert ("direct", "very worried", "new:Ilse Dahl") in got  # a name, a colon, a few words, the quotation
    assert ("reported", "She said the", "new:Ilse Dahl") in got
    assert ("direct", "The road is", "new:Yusuf") in got  # "messaged" reports speech


def test_a_word_of_the_speech_verbs_after_a_preposition_is_a_noun() -> None:
    assert speakers("The agency is worried about reports of looting near the dam.") == []
    assert speakers("Aid stopped amid claims of theft at the depot.") == []


def test_a_principal_whose_named_spokesperson_stands_in_apposition_is_the_principal() -> None:
    text = ('Secretary-General Maria Lund is "deeply alarmed" by the floods, her spokesman, Tomas Ek, said on Friday. '
            "He said the secretary-general would visit the valley.")
    got = answers(text)
    assert ("reported", "Secretary-General Maria Lund", "new:Maria Lund") in got
    assert ("direct", "deeply alarmed", "new:Maria Lund") in got
    assert ("reported", "He said the", "new:Maria Lund") in got


def test_calling_on_reports_speech_as_a_participle_or_a_verb() -> None:
    assert answers("Sen. Ada Quill, D-Ore., went further, calling on the agency to open the dam.") == [
        ("reported", "Sen. Ada Quill,", "new:Ada Quill")]  # a party tag between commas
    assert answers("The Nordic Relief Council (NRC) is calling on all parties to open the road.") == [
        ("reported", "The Nordic Relief", "new:Nordic Relief Council")]


def test_police_with_a_nation_is_a_national_body_and_without_one_nobody() -> None:
    assert answers("Norwegian police said the road was closed.") == [("reported", "Norwegian police said", "new:Norwegian police")]
    assert answers("Police said the road was closed.") == [("reported", "Police said the", "Police")]


def test_a_claim_another_speaker_answered_in_apposition_is_a_passage_of_their_own() -> None:
    text = 'The ministry said the rangers had burned the forest, a claim Ostland has called "pure fiction".'
    assert answers(text) == [("reported", "The ministry said", ""), ("reported", "a claim Ostland", "new:Ostland"),
                             ("direct", "pure fiction", "new:Ostland")]
    text = "Rangers said they had been attacked with stones, an accusation Ostland rejects."
    assert answers(text)[-1] == ("reported", "an accusation Ostland", "new:Ostland")


def test_a_pronoun_opening_a_sentence_that_goes_on_with_a_participle_is_the_speaker_named_before() -> None:
    text = ('Envoy Ada Quill visited the dam on Monday. "It will hold," Quill said.\n\n'
            'He praised the Valley Guard\'s work on the spillway, saying it had "every reason" to be proud.')
    assert answers(text)[-2:] == [("reported", "He praised the", "new:Ada Quill"), ("direct", "every reason", "new:Ada Quill")]


def test_a_participle_with_by_or_in_after_a_subject_is_no_part_of_its_name() -> None:
    text = ("Farmers' groups backed by Ostland, grouped in the Dal Union (DU), said they would keep "
            "the road open.")
    assert answers(text) == [("reported", "Farmers' groups backed", "Farmers' groups")]
    assert read_phrase("Ostland has been accused by the West of").name != "Ostland has been"  # a passive stays whole
    assert read_phrase("People displaced by the fighting").text == "People displaced by the fighting"  # no name after "by"


def test_another_or_one_alone_names_nobody() -> None:
    text = "Several diplomats said the talks had stalled. Another said Ostland had refused to sign."
    assert answers(text)[-1] == ("reported", "Another said Ostland", "Another")


def test_a_person_titled_by_three_lowercase_words_opening_a_sentence_is_whom_he_stands_for_next() -> None:
    text = ('Envoy Ada Quill said the dam would hold.\n\n'
            "Nordic foreign minister Lars Ek was more combative. He told reporters that the dam was unsafe.")
    assert answers(text)[-1] == ("reported", "He told reporters", "new:Lars Ek")


def test_a_bodys_capitalised_role_before_a_name_leaves_the_person_the_speaker() -> None:
    assert read_phrase("Foreign Ministry Spokesperson Lina Haddad").name == "Lina Haddad"
    assert answers("Water Ministry Spokesman Omar Tal said the dam would hold.") == [
        ("reported", "Water Ministry Spokesman", "new:Omar Tal")]


def test_a_chunk_saying_that_is_what_was_said_never_an_apposition_of_the_medium() -> None:
    text = ("The valley's radio station, Radio Dal, quoted a police source as saying that the crews had "
            'responded to "repeated fires" near the dam.')
    assert [who for _kind, _words, who in answers(text)] == ["a police source", "a police source"]


def test_a_caption_quoting_in_single_marks_gives_the_speaker_after_the_closing_mark() -> None:
    text = ("A ranger walks along the dam, 5 May. 'The water will not reach the village,' "
            "Valley Governor Ada Quill told reporters. EPA-EFE/STRINGER")
    assert [(kind, who) for kind, _words, who in answers(text)] == [("direct", "new:Ada Quill")]  # a quotation since fix15aa


def test_a_capitalised_title_after_a_name_is_its_role_and_an_office_in_a_place_is_the_body() -> None:
    text = ("Dr Ada Quill, Relief Agency Emergency Director, said that the agency had sent 40 tonnes of food. "
            '"Our teams are exhausted," she said.')
    assert [who for _kind, _words, who in answers(text)] == ["new:Ada Quill", "new:Ada Quill"]
    assert variant("the Shelter Cluster in Dalby") == "the Shelter Cluster" and variant("UNHCR in Greece") == "UNHCR"
    assert answers("According to the Shelter Cluster in Dalby, 80 tents were lost.")[0][2] == "new:Shelter Cluster"




def test_a_titled_person_after_meanwhile_in_a_place_is_whose_spokesman_speaks_next() -> None:
    text = ('Envoy Ada Quill said the dam would hold.\n\n'
            "Meanwhile in Dalby, EU relief policy chief Lars Ek is heading to the valley. His spokesman said the visit "
            "is about the dam first.")
    assert answers(text)[-1] == ("reported", "His spokesman said", "new:Lars Ek")
