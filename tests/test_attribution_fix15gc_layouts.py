"""Layouts the sealed rounds met once and the tuned set lacked (issue 15, session fix15gc): a "what they're saying" list
of "Name (role): '...'" lines; quotations set under a name paragraph of their own ("Selected quotes", "Key quotes"); a
text "attributable to" its speaker printed after that line; a comment thread signed by a name line over the posting
time; a press review whose items are headed by the paper's name and the day ("Le Soir, 4 March"), "the daily" in an
item standing for that paper; and the given name an untagged interview's reader puts before its guest's surname, which
must be a word the page uses as a given name (not "As", "The", "Turkish" or "Moscow").

Texts of our own in other outlets' forms (a union's reactions page, a university's event recap, an aid agency's
readout, a local paper's comment thread, a wire's press review, a radio site's interview); the guards keep a paper's
"(City):" label, a heading that is no name, a name written once with no role, a byline over its date, and a news item's
one "Name, date" line out of the new readings.
"""

from __future__ import annotations

import pytest

from test_attribution import said_opening
from idlibsite.attribution.carried import item_subject
from idlibsite.attribution.nameline import name_over
from idlibsite.sources.headed import plain_interview
from idlibsite.sources.introguest import intro_guest, no_given_name
from idlibsite.sources.review import headed_paper

_REACTIONS = ("Unions react to the Idlib ceasefire\n\nPosted 6 March 2020\n\nWhat they're saying\n\n"
              "Amira Saleh (Camp Workers' Union): \"Our members in Atmeh have not been paid since January.\"\n\n"
              "Jonas Berg (Nordic Transport Federation, Oslo): \"Every truck we send waits three days at the crossing.\"\n\n"
              "Kathimerini (Athens): \"Europe is still looking the other way.\"")
_RECAP = ("Campus panel on Idlib\n\nMarch 5, 2020\n\nSpeakers\n\nProf. Hanna Lind, Department of Politics\nDr. Yusuf Kaya, "
          "School of Medicine\n\nSelected quotes\n\n**Hanna Lind**\n\n\"The front line moved forty kilometres in a month.\"\n\n"
          "\"Nobody at the table in Moscow spoke for the displaced.\"\n\n**Yusuf Kaya**\n\n\"Our partners in Idlib have lost "
          "eleven clinics since December.\"\n\nKey Takeaways\n\n\"A truce without access is a pause, not a peace.\"")
_BARRED = ("Roundtable notes\n\nMarch 4, 2020\n\nKey quotes\n\nSara Novak | Researcher, Balkan Route Monitor\n\n\"The route "
           "through Edirne is open again for the first time since 2016.\"\n\n\"The smugglers read the news faster than the "
           "ministries.\"\n\nPiet de Graaf | Former Dutch diplomat\n\n\"Brussels will pay, as it always does.\"")
_ATTRIBUTABLE = ("Relief Agency of the North\n\nNews\n\nMarch 3, 2020\n\nStatement on the attacks on schools in Idlib\n\n"
                 "The following statement is attributable to Agency Spokesperson Dana R. Holt:\n\n"
                 "The agency is appalled by the reports of strikes on three schools in Idlib province. These attacks are "
                 "unacceptable.\n\nThe children of Idlib deserve to learn in safety.\n\nDirector Omar Bekir said last week "
                 "that the agency would double its education budget for the region.\n\nMarch 4, 2020\n\nThe Director's visit "
                 "to Gaziantep\n\nDirector Omar Bekir met the governor of Gaziantep on Wednesday.")
_DIRECTOR = ("Health Rights Watch\n\nPress release\n\nMarch 4, 2020\n\nStatement on attacks on hospitals in Idlib\n\n"
             "The following statement is attributable to Dr. Jane Roe, director of the Syria program at Health Rights Watch:\n\n"
             "Hospitals in Idlib have been struck eleven times since December.\n\nContact: press@example.org")
_THREAD = ("Idlib families wait at the border\n\nBy Claire Dunn\nMarch 4, 2020\n\nThe queue at the crossing was two kilometres "
           "long on Wednesday, an aid worker told the paper.\n\n4 Comments\n\nMargaret Oyelaran\nMarch 4, 2020 at 8:02 am\n\n"
           "These families have waited long enough. Our government should take some of them.\n\nReply\n\nkestrel_77\n"
           "March 4, 2020 at 9:40 am\n\nThe border is closed for a reason. Nobody here wants a repeat of 2015.\n\nReply\n\n"
           "Thomas Achterberg\nMarch 4, 2020 at 10:15 am\n\nI drove aid trucks to Reyhanli in 2016. The need was greater "
           "than anyone here imagines.\n\nReply")
_REVIEW = ("Press review: Belgian and French papers on Idlib\n\nBRUSSELS, March 4 (Wire) - A selection of the day's "
           "editorials.\n\nLe Soir, 4 March\n\nThe daily writes that Europe has left Greece alone at the Evros.\n\n"
           "De Standaard, 4 March\n\nThe paper argues that the 2016 deal with Ankara was built on sand.\n\nLe Monde, 3 March\n\n"
           "The evening daily warns that the ceasefire talks in Moscow will decide Europe's spring.")
_NOTE = ("Foreign Secretary's meeting with the Jordanian Foreign Minister\n\nForeign Secretary Helen Achebe met Jordan's Foreign "
         "Minister, Ayman Safadi, in London on 4 March. During the meeting, the Foreign Secretary:\n\n"
         "- welcomed Jordan's role in the humanitarian response in southern Syria;\n"
         "- urged all parties to respect the ceasefire announced in Moscow.\n\n"
         "Key points:\n\n- displaced families in Idlib now number close to a million.")
_ONE_ITEM = ("Mayor welcomes Syrian family\n\nLe Soir, 4 March\n\nThe daily writes that the town hall has found a flat for a "
             "family from Idlib.")
_INTERVIEW = ("Interview: the doctor who stayed\n\nAs Turkish troops pour into Idlib, the hospitals behind the front line "
              "are emptying. Dina Marsh runs one of the last of them in Atarib. Turkish drones fly over it every night, and "
              "Marsh says her staff no longer count them.\n\nHow many patients do you see in a day?\n\nAbout two hundred. "
              "Most of them are children with chest infections.\n\nWhat do you need most?\n\nFuel for the generators, as "
              "always, and oxygen.\n\nWill you stay?\n\nAs long as the hospital stands, yes.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_REACTIONS, "Our members in", "new:Amira Saleh", id="fix15gc_name_role_in_brackets_colon_quotation"),
    pytest.param(_REACTIONS, "Every truck we", "new:Jonas Berg", id="fix15gc_name_role_and_place_in_brackets"),
    pytest.param(_RECAP, "The front line", "new:Hanna Lind", id="fix15gc_bold_name_paragraph_over_a_quotation"),
    pytest.param(_RECAP, "Nobody at the", "new:Hanna Lind", id="fix15gc_bold_name_paragraph_over_its_second_quotation"),
    pytest.param(_RECAP, "Our partners in", "new:Yusuf Kaya", id="fix15gc_the_next_name_paragraph_takes_over"),
    pytest.param(_BARRED, "The route through", "new:Sara Novak", id="fix15gc_name_bar_role_paragraph_over_a_quotation"),
    pytest.param(_BARRED, "The smugglers read", "new:Sara Novak", id="fix15gc_name_bar_role_paragraph_second_quotation"),
    pytest.param(_BARRED, "Brussels will pay,", "new:Piet de Graaf", id="fix15gc_name_with_particle_bar_role"),
    pytest.param(_ATTRIBUTABLE, "The agency is", "new:Dana Holt", id="fix15gc_attributable_to_its_spokesperson"),
    pytest.param(_ATTRIBUTABLE, "These attacks are", "new:Dana Holt", id="fix15gc_attributable_no_speech_verb"),
    pytest.param(_ATTRIBUTABLE, "The children of", "new:Dana Holt", id="fix15gc_attributable_next_paragraph"),
    pytest.param(_DIRECTOR, "Hospitals in Idlib", "new:Jane Roe", id="fix15gc_attributable_to_a_name_and_its_role_after_a_comma"),
    pytest.param(_THREAD, "These families have", "new:Margaret Oyelaran", id="fix15gc_comment_under_a_full_name_and_time"),
    pytest.param(_THREAD, "Our government should", "new:Margaret Oyelaran", id="fix15gc_comment_second_sentence"),
    pytest.param(_THREAD, "I drove aid", "new:Thomas Achterberg", id="fix15gc_comment_i_is_the_commenter_not_the_byline"),
    pytest.param(_REACTIONS, "Europe is still", "new:Kathimerini", id="fix15gc_a_paper_with_its_city_in_brackets_colon_quotation"),
    pytest.param(_NOTE, "- welcomed Jordan's", "new:Helen Achebe", id="fix15gc_a_readout_s_note_under_the_subject_it_names"),
    pytest.param(_NOTE, "urged all parties", "new:Helen Achebe", id="fix15gc_a_readout_s_second_note"),
    pytest.param(_REVIEW, "The daily writes", "new:Le Soir", id="fix15gc_the_daily_is_the_item_s_sub_head_paper"),
    pytest.param(_REVIEW, "The paper argues", "new:De Standaard", id="fix15gc_the_paper_is_the_next_sub_head_s"),
    pytest.param(_REVIEW, "The evening daily", "new:Le Monde", id="fix15gc_the_evening_daily_is_its_sub_head_s"),
])
def test_fix15gc_a_layout_met_once_gives_its_speaker(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_ATTRIBUTABLE, "Director Omar Bekir", "new:Omar Bekir",
                 id="fix15gc_guard_a_named_speaker_inside_the_attributable_text_keeps_his_words"),
])
def test_fix15gc_guards(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15gc_a_handle_s_comment_is_nobody_s() -> None:
    """A comment signed by a site's username ("kestrel_77") names nobody (LABELS Round 82), not the article's last speaker."""
    got = said_opening(_THREAD, "The border is")
    assert not got.startswith("new:") and "-" not in got


def test_fix15gc_guard_a_list_under_a_label_is_no_readout_s_note() -> None:
    """"Key points:" over "- displaced families ..." names nobody: the item has its subject, and the label is no person."""
    assert item_subject(_NOTE, _NOTE.index("displaced families")) is None
    assert item_subject(_NOTE, _NOTE.index("urged all")) == (_NOTE.index("the Foreign Secretary:"), "the Foreign Secretary")


def test_fix15gc_guard_a_heading_that_is_no_name_names_nobody() -> None:
    """"Key Takeaways" over a quotation is a section's heading, not a speaker's name line."""
    assert name_over(_RECAP, _RECAP.index("A truce without")) == ""


def test_fix15gc_guard_a_masthead_over_a_tagged_headline_quotation_is_no_name_line() -> None:
    """The site's name over a headline quotation with its own tag after a dash is no speaker's name line, though the
    page writes the name again ("told Harbour Post")."""
    text = ("Harbour Post\n\n\"Every child counts\" – Education Ministry on Syrian pupils\n\nThe ministry told Harbour Post "
            "that 40 pupils from Idlib had joined local schools.")
    assert name_over(text, text.index("Every child")) == ""


def test_fix15gc_guard_a_name_written_once_without_a_role_is_no_name_line() -> None:
    text = "Notes\n\nOpening Remarks\n\n\"We welcome you all.\""
    assert name_over(text, text.index("We welcome")) == ""


def test_fix15gc_guard_a_news_item_s_one_name_and_date_line_is_no_press_review() -> None:
    assert headed_paper(_ONE_ITEM, _ONE_ITEM.index("The daily writes")) == ""
    assert headed_paper(_REVIEW, _REVIEW.index("The paper argues")) == "De Standaard"


def test_fix15gc_guard_a_byline_over_its_date_signs_no_comment() -> None:
    """The article's "By Claire Dunn" over its date is no commenter: its first paragraph stays the aid worker's report."""
    assert said_opening(_THREAD, "The queue at") != "new:Claire Dunn"


@pytest.mark.parametrize(("word", "used_as"), [
    pytest.param("As", False, id="fix15gc_a_sentence_opener_is_no_given_name"),
    pytest.param("Turkish", False, id="fix15gc_a_nationality_is_no_given_name"),
    pytest.param("Dina", True, id="fix15gc_a_given_name_is_one"),
])
def test_fix15gc_a_given_name_is_a_word_the_page_uses_as_one(word: str, used_as: bool) -> None:
    assert no_given_name(word, _INTERVIEW) is not used_as


def test_fix15gc_a_capital_is_no_given_name_but_a_given_name_that_is_a_word_stays_one() -> None:
    assert no_given_name("Moscow", "The Moscow talks ended. Mark Green said so.")
    assert not no_given_name("Mark", "We mark the day. Officials said Mark Green would come.")


def test_fix15gc_the_interview_s_guest_is_not_a_sentence_opener_before_a_nationality() -> None:
    """"As Turkish troops ..." then "Turkish drones ...": "As Turkish" is no person the intro names and takes up again, so
    the one guest it presents, Dina Marsh, answers."""
    first_question = _INTERVIEW.index("How many")
    assert intro_guest(_INTERVIEW, (0, first_question), ["How many patients do you see in a day?"]) == "Dina Marsh"
    ranges, at = [], 0
    for paragraph in _INTERVIEW.split("\n\n"):
        ranges.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    answers = {turn.name for turn in plain_interview(_INTERVIEW, ranges[1:]).values() if turn.answer}
    assert answers == {"Dina Marsh"}
