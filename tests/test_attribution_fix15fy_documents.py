"""Texts printed whole and answers printed untagged on NGO, association and institute pages (issue 15, session fix15fy).

Round 100's unseen pages (magazines, think tanks, NGOs) lost most of their lines to passages with no attribution of their
own: a statement or a post printed whole after a line that names it ("In a statement issued on Monday, the union said:",
"Her post read in part:"), and an expert's answers printed under plain questions on a page whose standfirst presents
her ("the institute's senior researcher, Dr. X, explains what ..."). LABELS: a text printed whole is its author's,
sentence by sentence (Round 51); untagged answers after questions are the guest the standfirst names (Rounds 56 and 77).
Texts of our own in several outlets' forms (a press-freedom group's page, a teachers' union's newsletter, a local daily,
a foundation's interview, an academic centre's Q&A); the guards keep a quotation after "X said:" a quotation, an
announcing line with no text after it nothing, a standfirst that presents no one no interview, and "CARE International"
still the body's worldwide name.
"""

from __future__ import annotations

import pytest

from test_attribution import said_opening, speakers

_PRESS_FREEDOM = ("Media Freedom Watch\n\nNews\n\nJournalists detained in Idlib released\n\n12 March 2020\n\nMedia Freedom "
                  "Watch (MFW) welcomed on Thursday the release of two reporters held for a week in Idlib.\n\nIn a statement "
                  "issued on Wednesday, the Aleppo Press Collective said:\n\nOur members were held without charge and "
                  "questioned about their sources. We thank everyone who spoke up for them. No journalist should be "
                  "detained for doing their work.\n\nThe collective added that a third reporter was still missing.")
_UNION = ("Teachers' Voice\n\nMarch newsletter\n\nThe National Union of Teachers said in a statement on Sunday:\n\nSchools in the "
          "camps near the border have no heating and no books. Teachers are working without pay. The union asks the "
          "ministry to release the emergency fund now.\n\nThe ministry told the newsletter it was studying the request.")
_DAILY = ("Local nurse describes camp conditions\n\nBy Imogen Hart\n\nA nurse from Carlow, Siobhan Keane, 34, wrote on Facebook on "
          "Friday that she had reached the camps near Atmeh with a Dublin charity. Her post read in part:\n\nThe children have "
          "nothing on their feet. We have seen three cases of frostbite this morning alone.\n\nHer sister, Aoife Keane, told "
          "the paper the family was proud of her.")
_POST = ("Officials react online\n\nThe minister's adviser, Sami Varol, said the army had answered the attack. In a post on "
         "Twitter, Varol wrote:\n\nWe will answer every attack on our soldiers. Those responsible will pay #Idlib\n\n"
         "— Sami Varol (@samivarol) February 28, 2020\n\nThe Russian Defence Ministry said its aircraft had not flown in "
         "the area.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_PRESS_FREEDOM, "Our members were", "new:Aleppo Press Collective", id="fix15fy_in_a_statement_comma_body_said_colon"),
    pytest.param(_PRESS_FREEDOM, "No journalist should", "new:Aleppo Press Collective", id="fix15fy_in_a_statement_its_last_sentence"),
    pytest.param(_PRESS_FREEDOM, "The collective added", "new:Aleppo Press Collective", id="fix15fy_in_a_statement_then_the_article_again"),
    pytest.param(_UNION, "Schools in the", "new:National Union of Teachers", id="fix15fy_body_said_in_a_statement_colon"),
    pytest.param(_UNION, "The union asks", "new:National Union of Teachers", id="fix15fy_said_in_a_statement_another_body_inside"),
    pytest.param(_DAILY, "The children have", "new:Siobhan Keane", id="fix15fy_her_post_read_in_part"),
    pytest.param(_DAILY, "We have seen", "new:Siobhan Keane", id="fix15fy_her_post_read_in_part_second_sentence"),
    pytest.param(_POST, "The Russian Defence", "russian-defence-ministry", id="fix15fy_guard_a_post_s_dash_sign_off_ends_it"),
])
def test_fix15fy_a_text_printed_whole_after_a_line_that_names_it_is_its_teller_s(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15fy_guard_a_statement_ends_where_the_article_reports_again() -> None:
    assert said_opening(_UNION, "The ministry told") != "new:National Union of Teachers"


def test_fix15fy_guard_a_quotation_after_said_colon_stays_a_quotation() -> None:
    text = ("Aid chief warns\n\nIn a statement issued on Monday, the Relief Network said:\n\n\"We are running out of tents and "
            "time,\" its director, Hanna Roth, said.")
    assert said_opening(text, "We are running") == "new:Hanna Roth"


def test_fix15fy_guard_no_document_without_an_announcing_text_noun() -> None:
    text = ("Talks resume\n\nThe Relief Network said on Monday:\n\nThe talks will go on in Geneva next week, diplomats say. "
            "Nobody expects a deal.")
    assert all(who != "new:Relief Network" for _kind, first, who in speakers(text) if first.startswith("Nobody expects"))


_FOUNDATION = ("Q&A\n\nQ&A: \"The Camps Cannot Take Another Winter\"\n\nAs fighting pushes families toward the border, the "
               "foundation's programme director for Syria, Dr. Mira Saleh, explains what its partners are seeing and what "
               "donors should do.\n\nWhat are your partners seeing?\n\nFamilies arrive with nothing. Many have moved four "
               "times since December.\n\nWhat do they need most?\n\nShelter first, then heating. Our partners cannot buy "
               "fuel fast enough.\n\nWhat should donors do?\n\nGive now, and give without earmarks.")
_CENTRE = ("Centre for Migration Studies\n\nInterview\n\nProf. Daniel Weber, a lawyer at the centre, discusses whether Europe "
           "can close its borders to refugees from Idlib.\n\nCan Greece suspend asylum applications?\n\nNot under EU law. "
           "The right to seek asylum cannot be switched off.\n\nWhat about Turkey's decision?\n\nIt is a political message, "
           "not a legal one.\n\nWill the courts step in?\n\nThey will, but slowly.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_FOUNDATION, "Families arrive with", "new:Mira Saleh", id="fix15fy_qa_expert_explains_what_title_after_comma"),
    pytest.param(_FOUNDATION, "Our partners cannot", "new:Mira Saleh", id="fix15fy_qa_expert_explains_second_answer"),
    pytest.param(_CENTRE, "Not under EU", "new:Daniel Weber", id="fix15fy_interview_expert_discusses_whether"),
    pytest.param(_CENTRE, "It is a", "new:Daniel Weber", id="fix15fy_interview_expert_discusses_second_answer"),
])
def test_fix15fy_untagged_answers_under_plain_questions_are_the_expert_the_standfirst_presents(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15fy_guard_a_standfirst_that_explains_no_one_is_no_interview() -> None:
    text = ("Analysis\n\nQ&A: What next for Idlib?\n\nThis explainer sets out what the ceasefire means and what it does not.\n\n"
            "What does the deal say?\n\nA corridor along the M4 highway will be patrolled jointly.\n\nWho will patrol it?\n\n"
            "Russian and Turkish forces.\n\nWill it hold?\n\nPast deals did not.")
    assert all(who == "" for _kind, first, who in speakers(text) if first.startswith(("A corridor", "Past deals")))


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("IAL International Association of Lawyers\n\nStatements\n\nLawyers urge ceasefire\n\nThe International "
                 "Association of Lawyers (IAL) said on Monday that attacks on hospitals were war crimes.\n\nThe IAL calls on all "
                 "parties to respect international humanitarian law.", "The IAL calls", "new:IAL", id="fix15fy_logo_acronym_then_name"),
    pytest.param("Aid groups appeal\n\nGENEVA - Aid agencies said on Monday that the camps were full.\n\nA CARE International "
                 "spokesperson in Amman said supplies were running out.\n\n\"We need access now,\" CARE said in a statement.",
                 "We need access", "new:CARE International", id="fix15fy_guard_care_international_still_worldwide"),
])
def test_fix15fy_an_acronym_before_its_longer_name_is_no_worldwide_form(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who
