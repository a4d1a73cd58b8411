"""A roll of voices under their own labels (issue 15, session fix15fc): vox pops, a listener line's callers, readers'
replies, each paragraph opened by a different speaker's label and a colon after a paragraph that announces them
(:mod:`idlibsite.sources.voices`).  Texts of our own, in three outlets' forms each, and guards where a name-colon line is
no voice ("Update:", "Note:", a table's fields, a round-up by place, a news item under a place's heading)."""

from __future__ import annotations

import pytest

from idlibsite.sources.statements import find_passages
from idlibsite.sources.voices import voices
from test_attribution import cut_page, paragraphs as _paragraphs


def _page(*paragraphs: str) -> str:
    return "Families wait for news from the border\n\n" + "\n\n".join(paragraphs) + "\n"


_RADIO = _page("The station asked listeners with relatives in the camps to call in. Here is some of what they told us.",
               "Karim, Lansing: My mother walked for two days to reach the border. She sleeps in a school now.",
               "Leila, Toledo: I send money every week. It is never enough.",
               "Sami, Flint: We lost the house in January. Nobody in my family has a tent.")
_VOX = _page("We asked shoppers in the market what they think of the appeal.",
             "Amina Yusuf, 34, a nurse: We have to help them. It could be any of us.",
             "George Whitfield, retired: Charity starts at home, but this is different.",
             "Priya Nair, student: I gave my coat. It was all I had with me.")
_CHAT = _page("Some of the messages the group shared with us on Monday:",
              "[09:02] Dana Cole: The road to the camp is closed again. We wait at the checkpoint.",
              "[09:15] Omar Saleh: We have no fuel for the generator since Sunday.")
_READERS = _page("Here are some of the replies on our Facebook page, edited for spelling:",
                 "Helen Moss: Took a bag of blankets to the hall this morning. Well done everyone.",
                 "Tom Ashby: Proud of this town today.",
                 "BoltonBlue77: Plenty of people need help here too.")


@pytest.mark.parametrize(("text", "want"), [
    pytest.param(_RADIO, {"My mother walked": "new:Karim", "I send money": "new:Leila", "We lost the": "new:Sami"},
                 id="a_listener_line_s_callers_by_first_name_and_town"),
    pytest.param(_VOX, {"We have to": "new:Amina Yusuf", "Charity starts at": "new:George Whitfield",
                        "I gave my": "new:Priya Nair"}, id="a_vox_pop_s_names_with_age_and_role"),
    pytest.param(_READERS, {"Took a bag": "new:Helen Moss", "Proud of this": "new:Tom Ashby"},
                 id="readers_replies_full_names"),
    pytest.param(_CHAT, {"The road to": "new:Dana Cole", "We have no": "new:Omar Saleh"},
                 id="a_chat_s_messages_after_their_times"),
])
def test_each_voice_is_its_labelled_speakers(text: str, want: dict[str, str]) -> None:
    found = {first: who for kind, first, who in cut_page(text, unnamed=False) if kind == "direct"}
    assert {first: found.get(first) for first in want} == want


def test_a_handle_and_an_unnamed_caller_are_found_and_name_nobody() -> None:
    text = _page("Here are some of the comments readers left under the story:",
                 "Dee Hartley: Shame on all of them. These are children.",
                 "BoltonBlue77: Plenty of people need help here too.",
                 "A caller from Salford, who asked us not to use her name: My cousin is in a camp near Atmeh.")
    found = {first: who for _kind, first, who in cut_page(text, unnamed=False)}
    assert found["Shame on all"] == "new:Dee Hartley"
    assert found["Plenty of people"] == ""
    assert found["A caller from"] == ""  # the label reports ("asked us not to use her name"): kept in the caller's words


def _starts(text: str) -> list[str]:
    return [" ".join(text[p.start : p.end].split()[:2]) for p in find_passages(text, _paragraphs(text))]


@pytest.mark.parametrize("text", [
    pytest.param(_page("Here is the latest from the region:", "Gaza City: Strikes killed twelve people overnight.",
                       "Khan Younis: Two schools were hit on Monday."), id="a_round_up_by_place_single_words"),
    pytest.param(_page("The council met on Tuesday.", "Update: The meeting has been moved to Thursday.",
                       "Note: This story has been corrected."), id="section_labels"),
    pytest.param(_page("Residents told us what they need most.", "Blankets needed: 400", "Tents needed: 120"),
                 id="a_table_s_fields"),
    pytest.param(_page("The council met on Tuesday.", "Camp Nova Lisa: Twelve families moved in on Monday.",
                       "West Park Hall: Volunteers cooked for two hundred people."), id="headed_items_not_announced"),
    pytest.param(_page("Officials said these towns were hit overnight:", "Gaza City: Strikes killed twelve people.",
                       "Khan Younis: Two schools were damaged."), id="a_round_up_by_place_after_a_speech_verb"),
])
def test_name_colon_lines_that_are_no_voices(text: str) -> None:
    assert voices(text, _paragraphs(text)) == {}


def test_a_news_item_under_a_heading_reports_another_and_is_no_voice() -> None:
    text = _page("Communities across the city responded, officials said.",
                 "St. Mark Church: Pastor John Reid said a second collection on Sunday will go to the camps.",
                 "Northside Mosque: Imam Yusuf Ali said the hall would stay open all week.")
    assert voices(text, _paragraphs(text)) == {}
    assert any(s.startswith("St. Mark") for s in _starts(text))  # its sentence is still found as reported speech


def test_a_label_that_repeats_is_an_interview_not_a_roll() -> None:
    text = _page("She told us about the crossing.", "Dana Cole: We waited two days.", "Dana Cole: Then the gate opened.")
    assert voices(text, _paragraphs(text)) == {}


# A comment thread under an article: each comment signed above its words ("Nickname says..." and its posting time)
_ECHO = ("Comments\n\nTeesside Tom says...\n9:12am Wed 4 Mar 20\n\nThey should open the border. These are families.\n\n"
         "Marton Mum says...\n10:40am Wed 4 Mar 20\n\nWe cannot take everyone. Look at our hospitals.\n")
_GAZETTE = ("Reader comments\n\nPeteB wrote:\nMar 4, 2020 at 9:12 am\n\nThe council did the right thing here.\n\n"
            "Janet Hills wrote:\nMar 4, 2020 at 11:02 am\n\nAbout time somebody said it. Well done.\n")
_FORUM = ("Comments\n\nold_salt says…\n\nTurkey holds all the cards now. Europe will pay.\n\n"
          "kiwi_ann says…\n\nShame on everyone involved. Children are freezing.\n")


@pytest.mark.parametrize(("thread", "openings"), [
    pytest.param(_ECHO, ["They should open", "We cannot take"], id="a_regional_site_s_says_and_a_time"),
    pytest.param(_GAZETTE, ["The council did", "About time somebody"], id="wrote_and_a_date_line"),
    pytest.param(_FORUM, ["Turkey holds all", "Shame on everyone"], id="says_and_an_ellipsis_sign"),
])
def test_a_comment_thread_s_comments_are_found(thread: str, openings: list[str]) -> None:
    text = _page("The charity said donations had doubled since Sunday.", thread)
    found = {first: kind for kind, first, _who in cut_page(text)}
    assert {first: found.get(first) for first in openings} == {first: "direct" for first in openings}


def test_a_comment_under_a_nickname_names_nobody() -> None:
    # LABELS Round 82: comments under "Nickname says" are `null`; the signature is no speaker's tag
    found = {first: who for _kind, first, who in cut_page(_page("The charity said donations had doubled.", _ECHO), unnamed=False)}
    assert (found.get("They should open"), found.get("We cannot take")) == ("", "")


@pytest.mark.parametrize("text", [
    pytest.param(_page("The minister said:", "Turkey must keep its word.", "The envoy wrote:", "We will not wait."),
                 id="a_lead_in_before_a_quoted_paragraph_is_no_signature"),
    pytest.param(_page("Teesside Tom says...\n9:12am Wed 4 Mar 20", "They should open the border."),
                 id="one_signature_is_no_thread"),
])
def test_no_comment_thread(text: str) -> None:
    assert voices(text, _paragraphs(text)) == {}
