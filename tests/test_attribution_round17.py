"""Round 17's classes of error: anonymous briefers, committee minutes, delayed naming, a statement
under its header, a Pentagon transcript's turns, header lines read as names."""

from __future__ import annotations

from test_attribution import labels, speakers
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.page import demonym


_BACKGROUND_CALL = (
    "Background Call With Senior Water Ministry Officials on the Valley Floods\n\n"
    "MODERATOR: Good afternoon. This call is on background, attributable to Senior Water Ministry Official A "
    "and Senior Water Ministry Official B. Official A will open.\n\n"
    "SENIOR WATER MINISTRY OFFICIAL A: Thank you. The river rose two metres overnight. We have moved 300 "
    "families to higher ground.\n\n"
    "SENIOR WATER MINISTRY OFFICIAL B: On the relief side, the shelters are full. Ambassador Lund visited the "
    'dam on Sunday, and she told the engineers, "The whole country is behind you."\n\n'
    "QUESTION: The Russians say the dam was badly built. And Dalby says the warning came late. Is that so?\n\n"
    "SENIOR WATER MINISTRY OFFICIAL A: No. The warning went out on Friday.")


def test_a_role_told_apart_by_a_number_or_a_letter_is_nobody_named_not_a_new_actor() -> None:
    for tag in ("Senior Water Ministry Official A", "Official Two", "Source 2", "Official No. 1"):
        phrase = read_phrase(tag)
        assert phrase.generic and not phrase.name, tag
    assert read_phrase("Malcolm X").name == "Malcolm X"  # a letter after a name, not after a role
    got = speakers(_BACKGROUND_CALL)
    answers = [who for _, words, who in got if words.startswith(("The river rose", "We have moved", "On the relief", "No. The warning"))]
    assert answers == ["", "", "", ""]


def test_words_quoted_inside_an_anonymous_briefers_turn_are_the_named_speakers() -> None:
    assert ("direct", "The whole country", "new:Lund") in speakers(_BACKGROUND_CALL)


def test_a_peoples_plural_names_nobody_and_an_opening_conjunction_is_no_part_of_a_name() -> None:
    assert demonym("Russians") and demonym("Turks") and demonym("Europeans") and not demonym("Hollis")
    got = speakers(_BACKGROUND_CALL)
    assert ("reported", "The Russians say", "") in got
    assert ("reported", "And Dalby says", "new:Dalby") in got


_MINUTES = (
    "Valley Council\n\nMINUTES\n\n"
    "2. Exchange of views with Ada Quill, Deputy Chair of the Board / Water Commissioner of the Valley League, "
    "on the floods\n\n"
    "The DC/WC informed members of her visit to the dam. She stated that the spillway would stay open. "
    "Mr Ekberg (VPP), Standing Rapporteur on Dams, welcomed the visit but warned that the town had been "
    "warned too late. Ms Lund (DLP) deplored what she called a lack of pumps. Mr Vos (VPP) considered that "
    "the army should help.")


def test_a_title_in_capitals_is_the_person_the_page_gave_that_title() -> None:
    from idlibsite.attribution.page import title_holder
    assert title_holder("DC/WC", _MINUTES) == "Ada Quill"
    assert title_holder("WHO", _MINUTES) == ""  # no title the page gives opens with those initials
    got = speakers(_MINUTES)
    assert ("reported", "The DC/WC informed", "new:Ada Quill") in got
    assert ("reported", "She stated that", "new:Ada Quill") in got


def test_a_members_group_in_brackets_keeps_the_capitalised_title_after_it_an_apposition() -> None:
    assert ("reported", "Mr Ekberg (VPP),", "new:Ekberg") in speakers(_MINUTES)
    text = "In East Dalby, Ostland's Permanent Envoy to the UN Ada Quill told the council the dam was safe."
    assert speakers(text) == [("reported", "In East Dalby,", "new:Ada Quill")]  # a place before, not a name


def test_deplored_and_considered_that_report_what_a_member_said() -> None:
    got = speakers(_MINUTES)
    assert ("reported", "Ms Lund (DLP)", "new:Lund") in got
    assert ("reported", "Mr Vos (VPP)", "new:Vos") in got
    assert speakers("The council considered the plan on Monday.") == []  # no that-clause: no speech


def test_a_statement_quoted_whole_under_a_header_of_delivered_words_is_the_headers_speaker() -> None:
    text = ("Floods in the valley: a call to act\n\n"
            "Statement by Valley League Water Commissioner Ada Quill\n\n"
            'DALBY, 3 May 2020 – "The river rose two metres in one night. Three hundred families have lost their homes.\n\n'
            '"We are asking every town upstream to open its reservoirs. There is no time left."')
    got = speakers(text)
    assert got and all(who == "new:Ada Quill" for _, _, who in got)
    assert labels(text.replace("Statement by", "A note on")) == ["", ""]  # no header: nobody


def test_a_pull_quote_credited_in_brackets_after_it_is_the_credited_speakers() -> None:
    text = ("Episode 12: the dam\n\n"
            "Ada Quill and Lars Ekberg join the show.\n\n"
            "Highlights\n\n"
            '- "The spillway is the whole story." (Lars Ekberg, 04:10)\n'
            '- "Nobody upstream was warned in time." (Ada Quill, 12:45)')
    got = speakers(text)
    assert ("direct", "The spillway is", "new:Lars Ekberg") in got
    assert ("direct", "Nobody upstream was", "new:Ada Quill") in got


def test_a_participle_opening_the_sentence_is_no_subject_and_a_bodys_title_after_a_name_is_an_apposition() -> None:
    text = ("Responding to the truce on the river announced today by the two mayors, Ada Quill, Save the Valley's "
            "Flood Response Director, said:\n\n"
            '"Any pause is welcome. But the camps are still under water."\n\n'
            "She added that the pumps needed fuel.")
    got = speakers(text)
    assert [who for _, _, who in got] == ["new:Ada Quill"] * len(got) and len(got) >= 3


def test_answers_that_reports_speech() -> None:
    assert speakers("Asked about the dam, Quill answers that the spillway will hold.")[0][2] == "new:Quill"
    assert speakers("Quill answered the phone at noon.") == []


def test_the_scorer_takes_a_name_without_its_middle_initial_suffix_or_article_particle_for_the_same_person() -> None:
    from bench.names import same_name

    assert same_name("Lars Ekberg", "Lars T. Ekberg Jr.")  # LABELS rule 2
    assert same_name("Lars T. Ekberg Sr.", "Ekberg") and same_name("Lars Ekberg III", "Lars Ekberg")
    assert not same_name("Ada Ekberg", "Lars T. Ekberg Jr.")  # another first name is another person
    assert same_name("Karim Haddad", "Karim al-Haddad") and same_name("Karim el-Haddad", "Haddad")  # rule 2
    assert not same_name("Karim al-Haddad", "Karim al-Hassan") and not same_name("Al-Haddad", "Karim Nour")
    assert not same_name("Lars Ekberg", "Lars Ekberg Fund")


def test_a_tag_of_six_capitalised_words_opens_a_turn() -> None:
    text = ("Press briefing by Water Minister Ada Quill and Rear Admiral Lars T. Ekberg Jr.\n\n"
            "MS. QUILL: Good afternoon. The river is falling. Admiral?\n\n"
            "REAR ADMIRAL LARS T. EKBERG JR.: Thank you. The navy has moved three pumps to Dalby.\n\n"
            "Q: Will the army help?\n\n"
            "MS. QUILL: It is already there.\n\n"
            "Q: And the navy?\n\n"
            "ADM. EKBERG: Two more pumps are on their way.")
    got = speakers(text)
    assert next(who for _, words, who in got if words.startswith("The navy has")) == "new:Lars Ekberg"
    assert read_phrase("Rear Admiral Lars T. Ekberg Jr.").name == "Lars Ekberg"  # initial and suffix: no part of the name
    assert read_phrase("Henry Ford II").name == "Henry Ford"


def test_a_person_described_speaks_first_and_is_named_later_by_his_name_is() -> None:
    text = ('The pump house stands at the end of a dyke. A man in waders was clearing a drain. "Give me a minute," '
            "he said.\n\n"
            "The man was the dyke warden. His name is Dr. Lars Ekberg. Later, over coffee, he explained that the "
            "pumps had run for nine days.")
    got = speakers(text)
    assert [who for _, _, who in got] == ["new:Lars Ekberg", "new:Lars Ekberg"]
    text = ('A woman named Umm Sami, who had walked from Dalby, showed me her tent. "The water came at night," '
            "she said.")
    assert speakers(text) == [("direct", "The water came", "new:Umm Sami")]
    text = ('Last week, a doctor in Dalby sent me a photograph. "This is the flood," she wrote.\n\n'
            "The Valley League's water commissioner, Ada Quill, said the dam would hold.")
    assert speakers(text)[0] == ("direct", "This is the", "")  # no name given for her: not the next speaker


def test_he_after_a_person_named_in_apposition_behind_a_place_is_that_person() -> None:
    text = ("Lars Ekberg, the warden, said the dyke would hold.\n\n"
            "In Dalby, the valley's relief chief, Ada Quill, has used blunt words. In a letter to the council, she "
            "warned that the camps were full.")
    assert speakers(text)[-1] == ("reported", "In a letter", "new:Ada Quill")


def test_a_bodys_centre_in_a_place_is_the_body() -> None:
    from idlibsite.attribution.page import variant
    assert variant("The Valley Relief Center in Dalby") == "The Valley Relief Center"
    assert variant("the Valley Relief Centre in Dalby") == "the Valley Relief Centre"
    text = "The Valley Relief Centre in Dalby said in a statement that the pumps had arrived."
    assert speakers(text) == [("reported", "The Valley Relief", "new:Valley Relief Centre")]


def test_a_role_noun_keeps_its_spelling_when_folded_so_an_expert_is_a_person_noun() -> None:
    from idlibsite.attribution.folding import fold
    assert fold("expert") == "expert" and fold("experts") == "experts"
    assert fold("Alexei") == fold("Aleksei")  # names still fold their spellings
    text = ('Lars Ekberg, an engineer, believes the dyke will hold. "It will hold," he told the radio.\n\n'
            "Flood expert Ada Quill is less certain. In her view, the dyke will give way in spring. "
            '"The question is the rain," the expert said.')
    got = speakers(text)
    assert got[-2:] == [("reported", "In her view,", "new:Ada Quill"), ("direct", "The question is", "new:Ada Quill")]
