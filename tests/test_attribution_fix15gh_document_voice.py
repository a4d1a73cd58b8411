"""Documents saved from a PDF: the document's own voice and its notes (issue 15, session fix15gh).

What the sealed round of such documents still lost after fix15gd and fix15ge, by class: the author speaking as "we" or
"I" (a commission, a mission, a rapporteur), an office's title standing for the person the cover or the signature names
("the Special Envoy", "the Permanent Representative"), and pronouns in endnotes. The fixer's own pages of that kind
(bench 1460-1462) lost them all. The mechanisms, each of the text's form:

- a report's "We believe that ...", "We have called on ..." went to a new actor named "We", and "The Network warns"
  to "Network": "we" is the body the cover names, and so is its name's head (:mod:`idlibsite.attribution.coverbody`),
  on a page that shows a document's parts; else "we" is nobody;
- a United Nations letter's "I" had no writer: its "(Signed) Name" line is a sign-off, and the letter's title ("Letter
  dated ... from the Permanent Representative of X") gives that name the office, which an annex's "the Permanent
  Representative" then stands for;
- a statement under "Check against delivery" had no speaker, and a cover's "by the Special Envoy for Syria, Mr. Geir O.
  Pedersen" was read as "Geir O" (cut at the middle initial, the name ending its line); a "NOTE TO CORRESPONDENTS"
  ends the statement;
- an endnote's "He added that ..." went to the last speaker before the notes: it is the speaker of the sentence that
  carries the note's marker.

Texts of our own in other bodies' forms (an aid consortium's situation report, a mission's letter, a special
representative's statement, a monitoring group's bulletin); guards where a rule could over-reach: a "we" on a news page
is no outlet's, a note that names its own speaker keeps it.
"""

from __future__ import annotations

from test_attribution import page_labels

_SITREP = """NORTHERN AID CONSORTIUM
Situation Report No. 4
North-west Syria, 5 March 2020

Executive Summary

The consortium's partners reached 41,000 displaced people in Atmeh and Sarmada in the week to 4 March. We believe that
the camps along the border have no room left for new arrivals.

The Consortium warns that the second tranche of the winter appeal has not been released.

Recommendations

We have repeatedly called on all parties to keep the roads to the border open for civilians.
"""


def test_a_report_s_we_is_the_body_its_cover_names() -> None:
    page = page_labels(_SITREP)
    assert page["We believe that"] == "new:Northern Aid Consortium"
    assert page["We have repeatedly"] == "new:Northern Aid Consortium"


def test_a_report_s_short_form_by_its_head_is_the_cover_s_body() -> None:
    assert page_labels(_SITREP)["The Consortium warns"] == "new:Northern Aid Consortium"


_NEWS = """Harbour Evening Post
Families in the city wait for word from Idlib
By Lena Ortiz

Dozens of Syrian families gathered at the community hall on Sunday. We call on the government to help our relatives,
said Samir Haddad, who runs the hall.

We believe that readers who want to help should contact the hall directly.
"""


def test_guard_a_we_on_a_news_page_is_no_outlet_s() -> None:
    page = page_labels(_NEWS)
    assert page["We believe that"] == ""  # no document's part: the outlet's "we" names nobody, never "We"


_LETTER = """United Nations                                                     S/2020/201
Security Council                                                   Distr.: General
                                                                   9 March 2020

Letter dated 6 March 2020 from the Permanent Representative of Ruritania to
the United Nations addressed to the President of the Security Council

     I have the honour to transmit herewith a statement of the Ministry of Foreign Affairs of Ruritania on the
situation in Idlib (see annex).
     I reject the claims that my Government opposes the ceasefire agreed in Moscow on 5 March 2020.

                                                         (Signed) Tomas Verhoeven

Annex to the letter dated 6 March 2020 from the Permanent Representative of Ruritania

     The Ministry of Foreign Affairs of Ruritania welcomes the ceasefire in Idlib.
     As the Permanent Representative stated in the Council on 28 February, the humanitarian corridors must stay open.
"""


def test_a_letter_s_i_is_its_signed_writer() -> None:
    assert page_labels(_LETTER)["I reject the"] == "new:Tomas Verhoeven"


def test_the_office_in_a_letter_s_title_is_its_signed_writer_s() -> None:
    assert page_labels(_LETTER)["As the Permanent"] == "new:Tomas Verhoeven"


_STATEMENT = """OFFICE OF THE SPECIAL REPRESENTATIVE FOR THE SAHEL

Statement to the Human Rights Council
by the Special Representative for the Sahel, Ms. Amara K. Diallo
Geneva, 3 March 2020

Check against delivery

Madam President,

The fighting in Idlib has shown how quickly a humanitarian crisis outgrows the region it starts in. I urge the members
of this Council to fund the appeal in full.

NOTE TO EDITORS

The Special Representative met the Deputy High Commissioner after the session. She said she would report to the
Council in June.

The Council's Vice-President, Mr. Hugo Lindqvist, told reporters that the session would close on Friday.
"""


def test_a_statement_under_check_against_delivery_is_its_speaker_s() -> None:
    assert page_labels(_STATEMENT)["The fighting in"] == "new:Amara Diallo"
    assert page_labels(_STATEMENT)["I urge the"] == "new:Amara Diallo"


def test_a_cover_s_name_ending_its_line_is_read_whole_past_the_middle_initial() -> None:
    assert page_labels(_STATEMENT)["She said she"] == "new:Amara Diallo"  # the note's title, then "She": not "Amara K"


def test_a_note_to_editors_ends_the_statement() -> None:
    assert page_labels(_STATEMENT)["The Council's Vice-President,"] == "new:Hugo Lindqvist"


_BULLETIN = """IDLIB MONITORING GROUP
Weekly Bulletin 9

Turkish Defence Minister Hulusi Akar said the observation posts would stay where they were.3 The group recorded 212
air strikes in the week.

The Russian Ministry of Defence denied that its aircraft had struck the market in Ariha.4 The UN Office for the
Coordination of Humanitarian Affairs said 900,000 people had fled since December.

Kremlin spokesman Dmitry Peskov said the talks in Moscow would go on.

Endnotes
3 Press conference in Ankara, 2 March 2020. He added that the posts had been reinforced.
4 Briefing in Moscow, 3 March 2020. It said that the strike had been carried out by militants.
"""


def test_an_endnote_s_pronoun_is_the_speaker_of_the_sentence_carrying_its_marker() -> None:
    page = page_labels(_BULLETIN)
    assert page["He added that"] == "hulusi-akar"
    assert page["It said that"] == "russian-defence-ministry"


def test_guard_a_note_that_names_its_own_speaker_keeps_it() -> None:
    text = _BULLETIN.replace("3 Press conference in Ankara, 2 March 2020. He added",
                             "3 Interfax, 2 March 2020. Sergei Lavrov said the talks would go on. He added")
    assert page_labels(text)["He added that"] == "new:Sergei Lavrov"
