"""Releases carried by a mail, in forms batch 11 did not have (session ingest11b): a date inside a paragraph's first
sentence is no dateline; the release's own date line above its headline is its date, before the mail header's; a
covering note between the mail's header and the release is the letter; the headline under the release's label, number
and date line is the title. Every text is ours; every name and address invented."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.datelines import dateline_dates
from idlibsite.sources.metadata import Found, find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)

HEADLINE = "Council welcomes the ceasefire agreed for the north-west"
BODY1 = ("The Example Council welcomes the ceasefire agreed in Moscow on 5 March 2020 by the presidents of Russia and "
         "Turkey, and calls for it to be respected on the ground.")
BODY2 = "The Council recalls that nearly one million people have been displaced since December."


def meta(text: str) -> Found:
    return find_metadata(text, cut_blocks(text), OUTLETS)


def bodies(text: str) -> list[str]:
    return [b.display for b in cut_blocks(text) if b.kind == "body"]


# --- 1. a date inside a sentence is no dateline ----------------------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "GENEVA/AMMAN, 3 March 2020 – Half of the children displaced by the fighting have no school.",
    "Gaziantep, 1 March 2020 - At least twelve hospitals were put out of service in February.",
    "3 March 2020 – The agency said it had delivered tents to 4,000 families.",
    "On 4 March 2020, the ministry said the crossing would stay open.",
    "Dar es Salaam, Wednesday 4 March 2020: The foreign ministry said it followed the fighting closely.",
])
def test_a_dateline_opening_the_paragraph_is_read(paragraph):
    assert [d.written.strip() for d in dateline_dates(paragraph)][:1] and dateline_dates(paragraph)[0].start < 40


@pytest.mark.parametrize("paragraph", [
    BODY1,
    "A video shared on Twitter on 28 February 2020 was claimed to show the attack.",
    "The organisation documented 18 attacks between 1 January and 1 March 2020, based on interviews.",
    "Minister Example made this statement on Wednesday, 4th March 2020, while answering a question.",
    "A displaced family in a tent camp near Atmeh - 8 March 2020 (Example Agency)",
])
def test_guard_a_date_inside_a_sentence_is_no_dateline(paragraph):
    assert dateline_dates(paragraph) == []


def test_a_date_inside_the_first_sentence_is_not_the_texts_date():
    found = meta(f"{HEADLINE}\n\n{BODY1}\n\n{BODY2}\n")
    assert found.date.iso != "2020-03-05"


def test_a_dateline_in_the_body_is_still_the_texts_date():
    found = meta(f"{HEADLINE}\n\nBEIRUT, 6 March 2020 - {BODY1}\n\n{BODY2}\n")
    assert found.date.iso == "2020-03-06"


# --- 2. the release's own date line, before the mail header's date --------------------------------------------------

FORWARD = ("---------- Forwarded message ---------\nFrom: Press Office <press@council.example.org>\n"
           "Date: Mon, 9 Mar 2020 at 10:14\nSubject: Fwd: statement\nTo: Desk <desk@news.example.com>\n\n")
OUTLOOK = ("From: Tom Example <tom@council.example.org>\nSent: Monday, March 9, 2020 9:02 AM\n"
           "To: Sara Example <sara@news.example.com>\nSubject: statement as promised\n\n")
NOTE_FORWARD = "Dear colleagues,\n\nPlease find below today's statement. Kindly acknowledge receipt.\n\nRegards,\nPress Office\n\n"
NOTE_OUTLOOK = "Hi Sara,\n\nAs discussed on the phone, below the text of the statement.\n\nBest,\nTom\n\n"
NOTE_PLAIN = "Good afternoon,\n\nOur statement of today is pasted below for your records.\n\nKind regards,\nMaria Example\n\n"

RELEASES = [
    FORWARD + NOTE_FORWARD + f"PRESS RELEASE\nNo. 41/2020\nValletta, 6 March 2020\n\n{HEADLINE}\n\n{BODY1}\n\n{BODY2}\n",
    OUTLOOK + NOTE_OUTLOOK + "EXAMPLE COUNCIL\nDamascus\nRef: EC/PR/2020/017\nDate: 6 March 2020\n\nPRESS STATEMENT\n\n"
    f"{HEADLINE}\n\n{BODY1}\n\n{BODY2}\n",
    OUTLOOK.replace("tom@", "maria@") + NOTE_PLAIN + f"BRIEFING NOTES\n\n{HEADLINE}\n\n6 March 2020\n\n{BODY1}\n\n{BODY2}\n",
]


@pytest.mark.parametrize("text", RELEASES)
def test_the_releases_date_line_is_its_date_before_the_mail_headers(text):
    found = meta(text)
    assert (found.date.iso, found.date_note.certain) == ("2020-03-06", True)


@pytest.mark.parametrize("text", RELEASES)
def test_a_covering_note_under_the_mail_header_is_the_letter(text):
    assert bodies(text) == [BODY1, BODY2]


@pytest.mark.parametrize("text", RELEASES)
def test_the_headline_under_the_releases_label_is_the_title(text):
    assert meta(text).title.value == HEADLINE


def test_guard_the_mail_headers_date_when_the_release_states_none():
    text = OUTLOOK + NOTE_OUTLOOK + f"PRESS STATEMENT\n\n{HEADLINE}\n\n{BODY2}\n"
    assert meta(text).date.iso == "2020-03-09"


def test_guard_a_forwarded_story_with_no_release_label_keeps_its_first_paragraph():
    text = FORWARD + f"{HEADLINE}\n\n{BODY2}\n\n{BODY1}\n"
    assert bodies(text) == [BODY2, BODY1]


def test_guard_a_statement_label_over_prose_is_the_statements_only_heading():
    text = f"Press Statement\n\n{BODY2}\n\n{BODY1}\n"
    assert meta(text).title.value == "Press Statement"
    assert bodies(text) == [BODY2, BODY1]


def test_a_headline_restating_the_subject_under_a_release_number_is_the_title():
    text = (FORWARD.replace("Fwd: statement", "Council on the ceasefire agreed for the north-west") + NOTE_FORWARD
            + f"PRESS RELEASE\n\nNo. 41/2020\n\n{HEADLINE}\n\n{BODY2}\n")
    assert meta(text).title.value == HEADLINE


# --- Apple Mail's quoted forward header -------------------------------------------------------------------------

APPLE = [
    "Have a look, might fit tonight's piece\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
    "> From: Example Council Press <press@council.example.org>\n> Date: 6 March 2020 at 16:20:11 EET\n"
    "> To: list@council.example.org\n> Subject: Council welcomes the ceasefire\n>\n\n",
    "Forwarding, see below.\n\nBegin forwarded message\n> From: \"Maria Example\" <maria@council.example.org>\n"
    "> Subject: Council welcomes the ceasefire\n> Date: March 6, 2020 at 4:20:11 PM GMT+2\n> To: desk@news.example.com\n\n",
    "Sent from my iPad\n\nBegin forwarded message:\n\n>From: Example Council <info@council.example.org>\n"
    ">Date: 6 March 2020 at 16:20\n>Subject: Council welcomes the ceasefire\n\n",
]


@pytest.mark.parametrize("wrapper", APPLE)
def test_a_forward_header_quoted_as_apple_mail_writes_it_is_chrome(wrapper):
    text = wrapper + f"{BODY2}\n\n{BODY1}\n"
    assert bodies(text) == [BODY2, BODY1]
    assert meta(text).date.iso == "2020-03-06"


def test_guard_a_replys_quoted_message_is_left_as_it_was():
    from idlibsite.sources.forwardquote import unquoted_header
    shown = ["Thanks, see my answer above.", "", "On Fri, 6 Mar 2020 at 09:12, Tom <tom@example.org> wrote:",
             "> From: what I heard, the crossing is closed.", "> Is that right?"]
    assert unquoted_header(shown) == shown


def test_guard_quoted_lines_under_a_forward_that_are_no_header_stay_quoted():
    from idlibsite.sources.forwardquote import unquoted_header
    shown = ["Begin forwarded message:", "", "> We will not leave,", "> said the old man at the gate."]
    assert unquoted_header(shown) == shown


# --- a mail header as French, German and Spanish clients label it ----------------------------------------------

@pytest.mark.parametrize("header", [
    "De : Service de presse <presse@council.example.org>\nDate : vendredi 6 mars 2020 18:30\n"
    "À : Rédaction <redaction@news.example.com>\nObjet : Council welcomes the ceasefire\n\n",
    "Von: Pressestelle <presse@council.example.org>\nGesendet: Freitag, 6. März 2020 18:30\n"
    "An: Redaktion <redaktion@news.example.com>\nBetreff: WG: Council welcomes the ceasefire\n\n",
    "De: Oficina de prensa <prensa@council.example.org>\nEnviado: viernes, 6 de marzo de 2020 18:30\n"
    "Para: Redacción <redaccion@news.example.com>\nAsunto: RV: Council welcomes the ceasefire\n\n",
])
def test_a_localised_mail_header_is_chrome_and_its_subject_the_title(header):
    text = header + f"{BODY2}\n\n{BODY1}\n"
    assert bodies(text) == [BODY2, BODY1]
    assert meta(text).title.value == "Council welcomes the ceasefire"


def test_guard_lines_opening_de_and_an_without_a_senders_address_stay_text():
    note = ("De: the editors. An: explanation of how we counted the displaced families is given at the end of this "
            "report, with the sources we used.")
    text = f"{HEADLINE}\n\n{note}\n\n{BODY2}\n"
    assert bodies(text) == [note, BODY2]


# --- a notes heading over nothing but a contact ------------------------------------------------------------------

@pytest.mark.parametrize("notes", [
    "Notes to editors:\nFor further information please contact the Press Office on +00 0000 0000.",
    "Note to editors\nMedia contact: Maria Example, maria@council.example.org",
    "Editors' notes:\nPress enquiries: +00 0000 0000 (24 hours)",
])
def test_a_notes_heading_over_only_a_contact_is_no_text(notes):
    text = f"PRESS RELEASE\n\n{HEADLINE}\n\n{BODY1}\n\n{BODY2}\n\n-ENDS-\n\n{notes}\n"
    assert bodies(text) == [BODY1, BODY2]


def test_guard_notes_to_editors_that_give_figures_stay_text():
    note = "1. The figures come from the Council's monitoring of the camps between December and March."
    text = f"PRESS RELEASE\n\n{HEADLINE}\n\n{BODY1}\n\n-ENDS-\n\nNotes to editors:\n{note}\n"
    assert note in " ".join(bodies(text))
