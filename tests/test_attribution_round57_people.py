"""Round 53's people (issue 15, session fix15dh): a radio bulletin, a timeline, a column, a profile; general rules,
each pinned by pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


def _openings(text: str) -> list[str]:
    """The first three words of every passage found."""
    return [first for _kind, first, _who in cut_page(text)]


_WEEK = ("Gaza week: from the strike to the truce\n\n"
         "How seven days unfolded, day by day\n\n"
         "By Matangi staff\n\n"
         "Monday 9 March\n"
         "Netanyahu: Our answer will be felt across the strip.\n"
         "Aid agencies warn that the crossings are closed.\n\n"
         "Tuesday 10 March\n"
         "UNHCR: Thousands of families have left their homes since the weekend.\n\n"
         "March 11, 2020\n"
         "Families in Khan Younis tell reporters the shelling has stopped.\n\n"
         "Weather: Rain is expected across the strip all week.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Netanyahu: Our answer", "new:Netanyahu", id="name_tag_under_a_day_line"),
    pytest.param("UNHCR: Thousands of", "new:UNHCR", id="body_tag_under_a_day_line"),
])
def test_a_timeline_entrys_name_tag_without_marks_under_its_day_line_is_the_tags(opening: str, who: str) -> None:
    # "Friday 28 February\nErdogan: We will not ... .": a day on a line of its own heads its entry's lines; a line
    # "Name: words." among them is the tag's words, its stop no matter (LABELS Round 44), as a dated line's is
    assert said_opening(_WEEK, opening) == who


def test_a_tag_line_under_no_day_line_stays_no_passage() -> None:
    # guard: "Label: words." after a blank line, no day line heading its paragraph, is no timeline entry
    assert "Weather: Rain is" not in _openings(_WEEK)


def test_a_plural_telling_reporters_a_clause_without_that_is_reported() -> None:
    # "Residents of Idlib tell reporters the night was quiet": the press told, then a clause of its own verb, "that"
    # dropped as a timeline or a headline drops it; a generic plural, nobody named (LABELS rule 6)
    assert said_opening(_WEEK, "Families in Khan") == "Families in Khan Younis"


def test_telling_reporters_a_thing_is_no_speech() -> None:
    # guard: "tell reporters the way to the camp" tells no clause of its own verb
    text = "Camp notes\n\nVolunteers tell reporters the way to the camp every morning."
    assert "Volunteers tell reporters" not in _openings(text)


_COLUMN = ("Opinion\n\n"
           "Miriam Okonjo\n\n"
           "Why Lagos must speak up on Idlib\n\n"
           "I wrote in these pages last month that the war in Idlib would reach our shores. It has.\n\n"
           "In Abuja, I am told, the ministry was not pleased with that column.")
_DESK = ("Nation mourns soldiers\n\n"
         "Herald Reporter\n\n"
         "I said on radio this morning that the nation stands with Turkey, the minister told the Herald.")


def test_a_columnists_name_alone_under_the_kicker_is_whom_i_stands_for() -> None:
    # "Points of View\n\nName\n\nTitle": the writer's name alone on its line under the page's first line, a byline
    # without "By"; "I wrote ... that" is the columnist's (LABELS "Op-eds and columns")
    assert said_opening(_COLUMN, "I wrote in") == "new:Miriam Okonjo"


_TOLD = ("Notes from Abuja\n\nBy Miriam Okonjo\n\n"
         "In the ministry, I am told, the plan was not received with enthusiasm.")


@pytest.mark.parametrize("text", [pytest.param(_COLUMN, id="name_under_kicker"), pytest.param(_TOLD, id="by_line")])
def test_i_am_told_is_a_passive_not_the_columnists_words(text: str) -> None:
    # "I am told" is the columnist told by someone unnamed: nobody, never the byline's writer ("am" a form of "be")
    assert next(who for _kind, first, who in cut_page(text) if first.startswith("In ")) == ""


def test_a_desks_byline_is_no_writer() -> None:
    # guard: "Herald Reporter" alone under the title is a desk's byline, no person whom "I" stands for
    assert said_opening(_DESK, "I said on") != "new:Herald Reporter"


_PROFILE = ("Farah Nasser, the nurse who stayed in Ariha\n\n"
            "Friends remember a paramedic killed on duty\n\n"
            "Farah Nasser was 31 when a shell hit the clinic in Ariha, her colleagues said.\n\n"
            "The Syrian American Medical Society mourned her in a statement as \"a sister to every patient\".\n\n"
            "Her shift supervisor, who goes by the nickname Umm Yusuf, says Farah never left before the last patient. "
            "“She always told us, ‘The wounded do not keep office hours,’” Umm Yusuf recalls.\n\n"
            "Thousands mourned her as a hero at the funeral on Saturday.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The Syrian American", "new:Syrian American Medical Society", id="mourned_in_a_statement"),
    pytest.param("a sister to", "new:Syrian American Medical Society", id="its_quotation"),
    pytest.param("Her shift supervisor,", "new:Umm Yusuf", id="goes_by_the_nickname"),
    pytest.param("The wounded do", "new:Farah Nasser", id="nested_pronoun_the_paragraph_names_by_first_name"),
])
def test_a_profiles_people(opening: str, who: str) -> None:
    # "X mourned him in a statement as "..."": condolences in words (LABELS Round 27); "His team leader, who goes by the
    # name Abu Khaled, says": the name the person goes by (rule 7); "He used to say, '...'" inside the team leader's
    # quotation, the paragraph naming one other person by first name: that person's (LABELS Round 50)
    assert said_opening(_PROFILE, opening) == who


def test_mourning_without_words_is_no_passage() -> None:
    # guard: "Thousands mourned her as a hero" tells no words, no statement nor quotation
    assert "Thousands mourned her" not in _openings(_PROFILE)


def test_a_nested_pronoun_with_no_name_in_its_paragraph_stays_nobody() -> None:
    # guard (Round 27): "My brother ... He said, '...'" with no name in the paragraph: someone the speaker knows, unnamed
    text = ("Idlib families wait\n\n"
            "Ahmad Karim, a teacher in Atmeh, described the night. \"My brother called at midnight. He said, 'The road is closed.'\"")
    assert said_opening(text, "The road is") == ""


_BULLETIN = ("Voice of Kenya - Morning News (transcript)\n\n"
             "ANCHOR: The Government of Kenya has sent a message of condolence to Turkey.\n\n"
             "ANCHOR: The Foreign Minister Raychelle Omamo spoke to our reporter in Nairobi.\n\n"
             "JOYCE WANJIRU (reporter): The minister said the government had written to Ankara to express the sympathy of "
             "Kenyans.\n\n"
             "RAYCHELLE OMAMO, Cabinet Secretary for Foreign Affairs: Kenya stands with the Turkish people.\n\n"
             "JOYCE WANJIRU (reporter): She added that no Kenyans were among the victims.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("She added that", "new:Raychelle Omamo", id="pronoun_after_the_sound_bite"),
    pytest.param("Kenya stands with", "new:Raychelle Omamo", id="the_sound_bite_stays_the_tags"),
])
def test_a_bulletins_correspondent_tag_narrates(opening: str, who: str) -> None:
    # "NAME (correspondent): He added that ...": a bulletin's correspondent tells what others said (LABELS "Interviews
    # and transcripts"): the turn's sentences keep their own speakers, "He" the minister of the sound bite before
    assert said_opening(_BULLETIN, opening) == who


def test_a_bulletins_correspondent_relays_the_ministers_government() -> None:
    # the turn read by its own clauses: "The minister said the government had written ... to express ...": a relay
    assert said_opening(_BULLETIN, "The minister said") == "new:Government of Kenya"


_LINES = ("Opinion\n\n"
          "Miriam Okonjo\n\n"
          "A week of silence\n\n"
          "Foreign Minister Geoffrey Onyeama said on Monday that Nigeria was watching events closely.\n\n"
          "A cousin in Homs sent me two lines on Sunday: “The bakery is gone. We are alive.” I have not heard from her since.\n\n"
          "The army sent two lines of trucks to the border on Tuesday.")


def test_a_few_lines_sent_with_their_quotation_are_the_senders() -> None:
    # "A Syrian friend sent me one line on Friday night: "..."": a message in words, the unnamed sender's (LABELS Round
    # 28: nobody named), not the speaker named before
    assert said_opening(_LINES, "The bakery is") == "A cousin in Homs"


def test_lines_sent_with_no_quotation_are_no_passage() -> None:
    # guard: "sent two lines of trucks" with no colon and quotation tells no words
    assert "The army sent" not in _openings(_LINES)
