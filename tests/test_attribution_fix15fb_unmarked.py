"""Passages without quotation marks whose speaker the page gives by its layout (issue 15, session fix15fb): a text
printed whole after a lead-in that announces it (an answer to a question, a message, a statement "in full"), a
heading's tag in lowercase or in capitals, a bulletin item's headline that states its subject's concern. Pages of our
own in other outlets' forms, and guards where a colon lead-in or a heading is no speech."""

from __future__ import annotations

import pytest

from idlibsite.attribution.headlines import concerned
from idlibsite.sources.headtags import headline_tag
from idlibsite.sources.printed import printed_documents
from test_attribution import cut_page, speakers

_ANSWER = ("Havana, March 4 (ACN) -- A spokesperson for the Ministry of Foreign Affairs of Cuba on Wednesday gave the "
           "following answer to a question put by ACN on the situation in the Idlib region of Syria:\n\n"
           "The foreign troops that entered Syrian territory without the consent of its government must leave.\n\n"
           "Cuba reaffirms its solidarity with the Syrian people in the defence of their sovereignty.\n\n"
           "Copyright (C) ACN 2020. All rights reserved.\n\n"
           "Hanoi, March 5 (ACN) -- Vietnam's ambassador said on Thursday that the embassy was in touch with its citizens.")
_AS_FOLLOWS = ("Hanoi (VNA) – The Ministry of Foreign Affairs of Vietnam replied to a reporter's question on the situation "
               "in north-west Syria as follows:\n\n"
               "Vietnam follows closely the developments in Idlib and is concerned about the loss of civilian lives.\n\n"
               "We call on the parties to exercise restraint and to resolve their differences by peaceful means.\n\n"
               "Deputy Foreign Minister Nguyen Van An said later that no Vietnamese citizen had been hurt.")
_IN_FULL = ("Nairobi – The Ministry of Foreign Affairs of Kenya on Sunday sent a message to Kenyans living in Turkey. "
            "The Standard prints the message in full:\n\n"
            "Kenyans in the provinces of Hatay and Kilis are advised to register with the embassy in Ankara.\n\n"
            "The embassy remains open throughout the weekend for any citizen who needs assistance.\n\n"
            "Ambassador Jane Wambui told the Standard that about 300 Kenyans live in the two provinces.")


@pytest.mark.parametrize(("text", "first", "count"), [
    pytest.param(_ANSWER, "The foreign troops", 2, id="agency_answer_to_a_question"),
    pytest.param(_AS_FOLLOWS, "Vietnam follows closely", 2, id="replied_as_follows"),
    pytest.param(_IN_FULL, "Kenyans in the", 2, id="message_printed_in_full"),
])
def test_a_text_a_lead_in_announces_is_printed_whole_up_to_its_end(text: str, first: str, count: int) -> None:
    # the paragraphs after "gave the following answer ...:", "... as follows:", "prints the message in full:" are the
    # text's, up to the outlet's copyright line or the article's next reporting paragraph (LABELS Rounds 49, 56, 60)
    docs = printed_documents(text)
    assert len(docs) == 1
    inside = [p for p in text[docs[0].start : docs[0].end].split("\n\n") if p.strip()]
    assert len(inside) == count and inside[0].startswith(first)


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_ANSWER, "The foreign troops", "new:Ministry of Foreign Affairs of Cuba", id="answer_spokesperson_for_a_ministry"),
    pytest.param(_ANSWER, "Cuba reaffirms its", "new:Ministry of Foreign Affairs of Cuba", id="answer_country_speaking_of_itself"),
    pytest.param(_AS_FOLLOWS, "We call on", "new:Ministry of Foreign Affairs of Vietnam", id="as_follows_we"),
    pytest.param(_IN_FULL, "The embassy remains", "new:Ministry of Foreign Affairs of Kenya", id="message_sentence"),
])
def test_a_printed_texts_sentences_are_its_issuers(text: str, opening: str, who: str) -> None:
    # rule 5: a document is its author's, sentence by sentence, though no speech verb says so; a spokesman for a body
    # is the body (rule 3)
    got = [w for _kind, first, w in speakers(text) if first == opening]
    assert got == [who]


def test_the_copyright_line_and_the_next_item_are_no_part_of_the_answer() -> None:
    found = {first for _kind, first, _who in speakers(_ANSWER)}
    assert "Copyright (C) ACN" not in found


@pytest.mark.parametrize("text", [
    pytest.param("The figures for the week are as follows:\n\nAbout 900,000 people have fled since December.\n\n"
                 "Most of them live in tents near the border.", id="figures_as_follows"),
    pytest.param("The timetable of the talks was as follows:\n\nThe delegations meet at noon in the Kremlin.\n\n"
                 "The leaders then dine together.", id="timetable_as_follows"),
    pytest.param("Here is what we know so far:\n\nThe strike hit a convoy near Balyun on Thursday.\n\n"
                 "At least 33 soldiers were killed.", id="what_we_know"),
    pytest.param("The route of the convoy is given in full:\n\nIt leaves Reyhanli at dawn.\n\nIt reaches Atmeh by noon.",
                 id="route_in_full"),
])
def test_a_colon_lead_in_that_announces_no_text_makes_no_passage_of_narration(text: str) -> None:
    assert printed_documents(text) == ()
    assert speakers(text) == []


@pytest.mark.parametrize("line", [
    pytest.param("Zim students in Turkey safe – envoy", id="dash_envoy"),
    pytest.param("Border crossing stays closed - police", id="dash_police"),
    pytest.param("No citizens among the victims: foreign ministry", id="colon_two_word_role"),
    pytest.param("HÜRRİYET: THE WEST MUST CHOOSE", id="press_review_in_capitals"),
    pytest.param("PUTIN: WE KEPT OUR WORD", id="leader_in_capitals"),
])
def test_a_heading_tag_in_lowercase_or_capitals_tags_its_words(line: str) -> None:
    assert headline_tag(line, 0, len(line))


@pytest.mark.parametrize("line", [
    pytest.param("SPEAKERS: ADA QUILL, OLA BERG", id="roster_in_capitals"),
    pytest.param("Photo: EUROKINISSI", id="photo_credit"),
    pytest.param("Idlib: in Moscow, Putin and Erdogan seal a truce", id="kicker"),
])
def test_a_heading_that_tags_nobodys_words_is_no_tag(line: str) -> None:
    assert not headline_tag(line, 0, len(line))


@pytest.mark.parametrize(("headline", "subject"), [
    pytest.param("UN chief alarmed", "UN chief", id="state_alone"),
    pytest.param("SA 'deeply concerned' over Idlib", "SA", id="quoted_state_with_adverb"),
    pytest.param("Lima gravely concerned about escalation in Syria", "Lima", id="adverb_unquoted"),
    pytest.param("Yerevan Worried About Idlib", "Yerevan", id="title_case"),
])
def test_a_headline_that_states_its_subjects_concern_names_the_subject(headline: str, subject: str) -> None:
    assert concerned(headline) == subject


@pytest.mark.parametrize("headline", [
    pytest.param("UN chief arrives in Ankara", id="act"),
    pytest.param("Concerns grow over Idlib", id="no_subject_state"),
])
def test_a_headline_of_no_stated_concern_names_no_subject(headline: str) -> None:
    assert concerned(headline) == ""


_BULLETIN = ("Radio Harare\n\nWORLD NEWS\n\n"
             "Leaders meet on Thursday\n\n"
             "Moscow (RH) – The presidents of Russia and Turkey will meet in Moscow on Thursday.\n\n"
             "Malawi students in Turkey safe – envoy\n\n"
             "Harare (RH) – All 120 Malawian students at universities in Turkey are safe, Malawi's Ambassador to "
             "Turkey, Grace Phiri, has said.\n\n"
             "UN chief alarmed\n\n"
             "New York (RH/UN News) – UN Secretary-General Antonio Guterres is \"deeply alarmed\" by the situation in "
             "north-west Syria, his spokesman Stephane Dujarric said.")


def test_a_bulletin_items_headline_is_its_items_speaker() -> None:
    # Round 48: a tag after a dash in a headline is the tag's, the envoy the item names; Round 42: a headline of its
    # subject's state ("UN chief alarmed") is the subject's, the body's holder of the role (Round 27)
    got = {first: who for _kind, first, who in cut_page(_BULLETIN)}
    assert got["Malawi students in"] == "new:Grace Phiri"
    assert got["UN chief alarmed"] == "new:Antonio Guterres"
    assert "Leaders meet on" not in got  # an item's headline of an act with no source: no passage


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Councillor Maria Lopes (Lib Dem, Riverside) has tabled a motion for next week's council meeting.\n\n"
                 "The motion says the city should offer homes to twenty families and calls on the mayor to write to the minister.",
                 "The motion says", "new:Maria Lopes", id="council_motion"),
    pytest.param("Student Senator Omar Haddad, who is sponsoring the resolution, said he expected it to pass.\n\n"
                 "The resolution calls on the university to double its scholarships for displaced students.",
                 "The resolution calls", "new:Omar Haddad", id="campus_resolution"),
    pytest.param("The consul general, Rahim Uddin, said in a press release that a hotline had opened. The consulate, "
                 "the release said, had already spoken to 30 nationals at the border.",
                 "The consulate, the", "new:Rahim Uddin", id="release_aside"),
    pytest.param("Cahul, 2 March /AGERPRES/ - The District Council of Cahul expressed its sympathy with the families in a "
                 "statement posted on its website. An earlier statement of the Ministry was read out on television.\n\n"
                 "The statement said that the district would send blankets.",
                 "The statement said", "new:District Council of Cahul", id="said_in_a_statement_posted"),
])
def test_a_document_that_speaks_is_its_authors(text: str, opening: str, who: str) -> None:
    # rule 5: a text is its author's; the page named who tabled, sponsored or issued it
    got = [w for _kind, first, w in speakers(text) if first == opening]
    assert got == [who]


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Monrovia (LINA) - A Foreign Ministry release was issued on Monday.\n\nAccording to the release, the "
                 "Government of Liberia \"is deeply troubled\" by the loss of life in Idlib.",
                 "According to the", "new:Government of Liberia", id="according_to_the_release"),
    pytest.param("Luanda - The ministry issued a press note on Saturday.\n\nIn the note, the Angolan Government calls on "
                 "all parties to respect humanitarian law.", "In the note,", "new:Angolan Government", id="in_the_note"),
])
def test_after_according_to_a_document_the_reporters_subject_speaks(text: str, opening: str, who: str) -> None:
    # LABELS Round 52: "In the communiqué ..., Burkina Faso «calls on ...»" is the subject the reporter names
    got = [w for _kind, first, w in speakers(text) if first == opening]
    assert got == [who]


def test_a_document_whose_author_the_page_never_names_has_no_invented_author() -> None:
    text = ("Refugees gathered at the border on Sunday.\n\nThe petition says the camps lack water and calls on donors "
            "to act.")
    assert [w for _kind, first, w in speakers(text) if first == "The petition says"] == [""]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("The Turkish ambassador in Accra, Ali Kaya, wrote in an op-ed in this newspaper last month that Turkey "
                 "was protecting civilians.", "new:Ali Kaya", id="op_ed_in_this_newspaper"),
    pytest.param("Dr Sara Mensah wrote in an essay for a medical journal that the hospitals had run out of fuel.",
                 "new:Sara Mensah", id="essay_for_a_journal"),
    pytest.param("Minister Jan Novak posted on the Facebook page of his ministry that the embassy stayed open.",
                 "new:Jan Novak", id="posted_on_a_page_of_a_body"),
])
def test_a_speech_verb_with_a_longer_place_before_that_reports_speech(text: str, who: str) -> None:
    # "wrote in an op-ed in this newspaper last month that ...": where it was said may run to six words
    assert [(kind, w) for kind, _first, w in speakers(text)] == [("reported", who)]


def test_according_to_a_document_with_no_subject_named_stays_with_the_rules_before() -> None:
    # "According to the statement, the operations are continuing.": no subject of its own, the statement's body
    # the sentence before names (rule 5), not whoever last said something in a statement
    text = ("Senator Ana Ruiz said in a statement on Friday that the border must stay open.\n\n"
            "The Ministry of National Defence announced on Saturday that 200 positions had been hit. According to the "
            "statement, the operations are continuing.")
    got = [w for _kind, first, w in speakers(text) if first == "According to the"]
    assert got == ["new:Ministry of National Defence"]
