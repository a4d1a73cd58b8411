"""Releases, newsletters and letters copied from mail: the mail around the text is kept out of it (a forwarder's note,
a covering note, salutations, valedictions, signatures, notices, footers, a quoted message, a release's notes to
editors); the release's own headline is the title, not the mail's subject; the header's date and sender are read only
when the text names none. Every text is ours; every name and address invented."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.display import display_form
from idlibsite.sources.metadata import Found, find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)

STORY = ("Turkish and Russian officials met in Ankara on Monday to discuss the fighting in Idlib, where nearly a million "
         "people have fled their homes since December.")
STORY2 = "Diplomats said the talks would continue later in the week, though neither side expected a breakthrough."


def kinds(text: str) -> dict[str, str]:
    return {b.display: b.kind for b in cut_blocks(text)}


def bodies(text: str) -> list[str]:
    return [b.display for b in cut_blocks(text) if b.kind == "body"]


def meta(text: str) -> Found:
    return find_metadata(text, cut_blocks(text), OUTLETS)


# --- a forward: the forwarder's part above the forwarded message is no text of it ---------------------------------

FORWARDS = [
    "Fwd: Statement on Idlib\nInbox\n\nAna Example <ana@example.org>\nMon, 2 Mar 2020, 09:41\nto me\n\n"
    "Worth a look for tomorrow's piece, the second par is new.\n\nAna\n\n"
    "---------- Forwarded message ---------\nFrom: Press Office <press@example.org>\nDate: Thu, 27 Feb 2020 at 17:05\n"
    "Subject: Statement on Idlib\nTo: <ana@example.org>\n\n",
    "Have you seen this? Could be a story.\n\nSent from my phone\n\nBegin forwarded message:\n\n"
    "From: Example Council <info@council.example.org>\nDate: 27 February 2020 at 17:05:10 GMT+3\n"
    "Subject: Statement on Idlib\nTo: desk@example.org\n\n",
    "Forwarding for the archive.\n-- \nTom\n\n-------- Forwarded Message --------\nSubject: Statement on Idlib\n"
    "Date: Thu, 27 Feb 2020 17:05:10 +0300\nFrom: Example Council <info@council.example.org>\nTo: tom@example.org\n\n",
]


@pytest.mark.parametrize("wrapper", FORWARDS)
def test_a_forwarders_part_is_chrome(wrapper):
    text = wrapper + f"{STORY}\n\n{STORY2}\n"
    assert bodies(text) == [STORY, STORY2]
    assert meta(text).title.value == "Statement on Idlib"


def test_guard_a_story_that_names_a_forwarded_message_keeps_its_paragraphs():
    text = ("Officials shared the text of the order\n\n"
            "The order reached district offices as a forwarded message on Monday, two officials said.\n\n"
            "---------- Forwarded message ---------\n\n" + STORY + "\n")
    assert "The order reached district offices as a forwarded message on Monday, two officials said." in bodies(text)


# --- a release's own headline over the mail's subject --------------------------------------------------------------

HEADLINE = "Foreign Minister calls for a humanitarian pause in Idlib"
RELEASE_BODY = f"\n\n{HEADLINE}\n\n27 February 2020\n\n{STORY}\n\n{STORY2}\n"
SUBJECTS = [
    "---------- Forwarded message ---------\nFrom: Press Office <press@mfa.example.org>\n"
    "Date: Fri, 28 Feb 2020 at 10:05\nSubject: Press release: Foreign Minister on Idlib\nTo: <desk@example.org>\n\n"
    "PRESS RELEASE\nMinistry of Foreign Affairs of the Example Republic",
    "From: Press Office - Example Ministry <press@mfa.example.org>\nSent: Friday, February 28, 2020 10:05 AM\n"
    "To: Newsdesk <news@example.org>\nSubject: STATEMENT | Foreign Minister on Idlib",
    "Return-Path: <press@mfa.example.org>\nFrom: \"Example Ministry\" <press@mfa.example.org>\n"
    "Subject: Fwd: Foreign Minister on the humanitarian situation in Idlib\nDate: Fri, 28 Feb 2020 10:05:00 +0000",
]


@pytest.mark.parametrize("header", SUBJECTS)
def test_a_releases_own_headline_is_the_title_not_the_subject(header):
    found = meta(header + RELEASE_BODY)
    assert found.title.value == HEADLINE
    assert found.date.iso == "2020-02-27"  # the release's date line, not the header's 28 February
    assert bodies(header + RELEASE_BODY) == [STORY, STORY2]


def test_guard_a_newsletters_subject_stays_its_title_over_its_section_heads():
    text = ("From: \"Example Briefing\" <news@example.org>\nSubject: Turkey says it will stop no refugees\n"
            "Date: Fri, 28 Feb 2020 07:30:12 +0000\n\nEXAMPLE BRIEFING\nFriday 28 February 2020\n\nTHE BIG STORY\n\n"
            + STORY + "\n")
    assert meta(text).title.value == "Turkey says it will stop no refugees"


@pytest.mark.parametrize("line, title", [
    ("Re: Figures for the Atmeh camps", "Figures for the Atmeh camps"),
    ("Fwd: RE: Figures for the Atmeh camps", "Figures for the Atmeh camps"),
    ("Subject: [syria-aid] Field note from Sarmada", "Field note from Sarmada"),
])
def test_a_subjects_reply_forward_and_list_marks_are_no_words_of_the_title(line, title):
    header = "From: Leila Example <leila@example.org>\n" if line.startswith("Subject") else ""
    assert meta(f"{header}{line}\n\n{STORY}\n\n{STORY2}\n").title.value == title


# --- a covering note above a release's label ------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "*** EMBARGOED UNTIL 00:01 GMT, 3 MARCH 2020 ***"])
def test_a_covering_note_above_a_releases_label_is_chrome(label):
    text = (f"Dear colleagues,\n\nPlease find below our statement on Idlib. Interviews are available on request.\n\n"
            f"Kind regards,\nSophie Example\nPress Officer\n\n{label}\n\n{HEADLINE}\n\n{STORY}\n\n{STORY2}\n")
    assert bodies(text) == [STORY, STORY2]
    assert meta(text).title.value == HEADLINE


def test_guard_a_letterhead_above_a_label_with_no_covering_note_is_kept():
    text = f"Example Council for Refugees\nPRESS RELEASE\n\n{HEADLINE}\n\n{STORY}\n"
    assert kinds(text)["Example Council for Refugees"] != "chrome"
    assert kinds(text)["PRESS RELEASE"] == "chrome"


# --- a letter's salutation, valediction and signature ----------------------------------------------------------------

@pytest.mark.parametrize("opening, closing", [
    ("Dear Tom,", "Best wishes,\nLeila"),
    ("Hi all,", "Thanks\nMarek Example\nForeign desk"),
    ("Hello Dr Example,", "Kind regards,\n\nNadia Example\nSenior Researcher"),
    ("Dear colleagues,", "--\nNadia Example | Example Research Centre\n+00 000 000"),
])
def test_salutations_valedictions_and_signatures_are_chrome(opening, closing):
    text = f"{opening}\n\n{STORY}\n\n{STORY2}\n\n{closing}\n"
    assert bodies(text) == [STORY, STORY2]
    assert all(kind == "chrome" for shown, kind in kinds(text).items() if shown not in (STORY, STORY2))


def test_guard_a_speakers_thank_you_in_a_transcript_stays_body():
    text = f"Q: Will the talks go on?\n\nMINISTER: {STORY2}\n\nThank you.\n"
    assert kinds(text)["Thank you."] == "body"


def test_guard_a_paragraph_that_opens_as_a_letter_stays_body():
    text = f"{STORY}\n\nDear friends, the camps cannot take any more families, the council wrote in its appeal.\n"
    assert len(bodies(text)) == 2


# --- a reply's quote of the message it answers ----------------------------------------------------------------------

@pytest.mark.parametrize("attribution", [
    "On Thu, 5 Mar 2020 at 09:12, Tom Example <tom@example.org> wrote:",
    "On 5 Mar 2020, at 09:12, Tom Example <tom@example.org> wrote:",
    "On 05/03/2020 09:12, Tom Example wrote:",
])
def test_a_quoted_message_under_a_reply_is_chrome(attribution):
    text = (f"{STORY}\n\n{STORY2}\n\n{attribution}\n\n> Could you tell me how many people now live\n"
            "> around Atmeh?\n>\n> Many thanks,\n> Tom\n")
    assert bodies(text) == [STORY, STORY2]


def test_guard_a_story_quoting_an_email_keeps_the_quote():
    quote = ('"We have no more tents and no more space. Families are sleeping under the trees," the coordinator '
             "wrote in the email.")
    text = f"{STORY}\n\nIn an email seen by Example News on Thursday, the camp's coordinator wrote:\n\n{quote}\n"
    assert quote in bodies(text)


def test_guard_a_story_whose_paragraph_starts_with_from_stays_body():
    line = ("From: the ministry's statement, read on state television, it was clear that Ankara would not back down "
            "before the summit.")
    text = f"{STORY}\n\n{line}\n\n{STORY2}\n"
    assert bodies(text) == [STORY, line, STORY2]
    assert meta(text).outlet.value == ""


# --- notices, buttons, footers and sponsors --------------------------------------------------------------------------

@pytest.mark.parametrize("notice", [
    "[EXTERNAL] This email originated from outside of the organisation. Do not click links unless you recognise "
    "the sender.",
    "CONFIDENTIALITY NOTICE: This message is intended only for the addressee and may contain privileged information.",
    "This e-mail and any files transmitted with it are confidential and intended solely for the use of the "
    "individual to whom they are addressed.",
])
def test_mail_notices_are_chrome(notice):
    assert bodies(f"{STORY}\n\n{notice}\n\n{STORY2}\n") == [STORY, STORY2]


def test_guard_a_story_about_a_confidential_email_keeps_it():
    line = "The email, marked confidential, was sent to all district offices on Monday, three officials said."
    assert line in bodies(f"{STORY}\n\n{line}\n")


@pytest.mark.parametrize("footer", [
    "Thanks for reading!\n\nSubscribe\nLike\nComment\n\n© 2020 Samir Example\n1 Example Lane, Example City\nUnsubscribe",
    "You are receiving this email because you signed up at example.org.\nManage your email preferences | Unsubscribe\n"
    "Example Briefing, 500 Example Avenue, Example City",
    "Nour\n\n_______________________________________________\nsyria-aid mailing list\nsyria-aid@lists.example.org\n"
    "https://lists.example.org/mailman/listinfo/syria-aid",
])
def test_a_mails_footer_is_chrome(footer):
    text = f"{STORY}\n\n{STORY2}\n\n{footer}\n"
    assert all(kind == "chrome" for shown, kind in kinds(text).items() if shown not in (STORY, STORY2, "Thanks for reading!"))
    assert meta(text).url.value == ""


def test_guard_a_last_paragraph_about_unsubscribing_stays_body():
    line = "Users can unsubscribe from the alerts at any time, the company said."
    assert bodies(f"{STORY}\n\n{line}\n") == [STORY, line]


@pytest.mark.parametrize("buttons", [
    "DONATE NOW (https://www.example.org/donate)",
    "** Facebook (https://www.facebook.com/example)\n| ** Twitter (https://twitter.com/example)",
    "Read the full report (https://www.example.org/report)",
    "Subscribe to Example Frontline TV: https://www.youtube.com/@example\nFollow us on Telegram: https://t.me/example",
])
def test_a_plain_text_mails_buttons_are_chrome(buttons):
    assert bodies(f"{STORY}\n\n{buttons}\n\n{STORY2}\n") == [STORY, STORY2]


@pytest.mark.parametrize("sponsor", [
    "A MESSAGE FROM OUR SPONSOR\nExample Bank: banking that travels with you.",
    "Sponsored content\n\nExample Airways flies to twelve cities in the region. Book now.",
    "Presented by Example Bank",
])
def test_a_newsletters_sponsor_is_chrome(sponsor):
    assert bodies(f"{STORY}\n\n{sponsor}\n\n{STORY2}\n") == [STORY, STORY2]


# --- a release's back matter -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("end", ["-ENDS-", "###", "- 30 -"])
def test_a_releases_boilerplate_is_notes_and_its_notes_to_editors_its_text(end):
    text = (f"{HEADLINE}\n\n{STORY}\n\n{STORY2}\n\n{end}\n\nNotes to editors\n\n1. The figures come from our teams.\n\n"
            "About Example Relief\nExample Relief is an independent organisation working in Syria since 2012.\n\n"
            "Media contact: press@relief.example.org\n\nSpokespeople available:\nNadia Example, Gaziantep\n")
    assert bodies(text) == [STORY, STORY2, "1. The figures come from our teams."]
    found = kinds(text)
    assert found[end] == "chrome" and found["Media contact: press@relief.example.org"] == "note"
    assert found["About Example Relief"] == found["Spokespeople available: Nadia Example, Gaziantep"] == "note"
    assert found["Example Relief is an independent organisation working in Syria since 2012."] == "note"
    assert meta(text).outlet.value == "Example Relief"


def test_guard_a_section_break_in_a_story_ends_nothing():
    text = f"{HEADLINE}\n\n{STORY}\n\n* * *\n\n{STORY2}\n\nAbout a third of the families are in informal camps.\n"
    assert bodies(text) == [STORY, STORY2, "About a third of the families are in informal camps."]


# --- who sent it, and when ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sender, outlet", [
    ("From: Press Office - Example Governorate <press@gov.example.org>", "Example Governorate"),
    ("From: Media Team | Example Relief <media@relief.example.org>", "Example Relief"),
    ("Example Daily Post <newsletters@post.example.org>", "Example Daily Post"),
])
def test_the_sender_is_the_body_without_its_desk(sender, outlet):
    found = meta(f"{sender}\nTo: desk@example.org\n\n{STORY}\n\n{STORY2}\n")
    assert found.outlet.value == outlet and not found.outlet.certain


@pytest.mark.parametrize("signature", [
    "Best,\nLeila\n\n--\nDr Leila Example\nSenior Researcher\nExample Camps Research Network",
    "Leila\n\n--\nLeila Example | Example Camps Research Network",
    "Thanks\nLeila\nExample Camps Research Network",
])
def test_a_sender_who_signs_is_the_byline_and_her_signature_the_outlet(signature):
    text = (f"Leila Example <leila@camps-research.example.org>\nThu, 5 Mar 2020, 11:48\nto Tom\n\n"
            f"{STORY}\n\n{STORY2}\n\n{signature}\n")
    found = meta(text)
    assert (found.byline.value, found.outlet.value) == ("Leila Example", "Example Camps Research Network")
    assert found.date.iso == "2020-03-05"  # the header's date: the text states none
    assert bodies(text) == [STORY, STORY2]


def test_a_mail_footers_copyright_holder_is_the_outlet():
    text = (f"{STORY}\n\n{STORY2}\n\nCopyright © 2020 Example Relief, All rights reserved.\n"
            "You are receiving this email because you opted in on our website.\n")
    assert meta(text).outlet.value == "Example Relief"


def test_the_header_date_gives_way_to_a_dateline_in_the_text():
    text = ("From: Example Relief <press@relief.example.org>\nDate: Mon, 2 Mar 2020 09:00:00 +0000\n\n"
            f"GAZIANTEP, 1 March 2020 – {STORY}\n\n{STORY2}\n")
    assert meta(text).date.iso == "2020-03-01"


# --- an alert digest -------------------------------------------------------------------------------------------------

def test_an_alert_digests_item_headlines_are_headings_and_sources_chrome():
    items = "".join(f"{head}\n{source}\n{snippet} ...\nFlag as irrelevant\n" for head, source, snippet in (
        ('Aid groups warn of "catastrophe" as camps overflow near the border', "Example Observer", STORY[:80]),
        ("Talks go on in Ankara", "Example Wire", STORY2[:70]),
    ))
    found = kinds(f"Google Alert - Idlib\n\nGoogle Alerts\nIdlib\nDaily update ⋅ 2 March 2020\nNEWS\n{items}")
    assert found['Aid groups warn of "catastrophe" as camps overflow near the border'] == "subheading"
    assert found["Example Observer"] == found["Example Wire"] == found["Flag as irrelevant"] == "chrome"
    assert [shown for shown, kind in found.items() if kind == "body"] == [STORY[:80] + " ...", STORY2[:70] + " ..."]


# --- quoted-printable left undecoded ----------------------------------------------------------------------------------

QP = ("Traffic on the road north was at a standstill for most of the=20\nday. Trucks moved a few hundred metres an=20\n"
      "hour, and families left their cars to walk. The camp coordi=\nnation meeting was put off, and councils can no "
      "longer find =\nrooms to rent.\n")


def test_quoted_printable_line_ends_are_not_shown_and_soft_breaks_join():
    (block,) = cut_blocks(QP)
    assert block.display == ("Traffic on the road north was at a standstill for most of the day. Trucks moved a few "
                             "hundred metres an hour, and families left their cars to walk. The camp coordination "
                             "meeting was put off, and councils can no longer find rooms to rent.")
    assert all(QP[s.source_start:s.source_end] == block.display[s.display_start:s.display_end]
               for s in block.segments if s.verbatim)


@pytest.mark.parametrize("text", [
    "The formula reads x =\ny + 2 in the report's annex, which the ministry published on Monday.\n",
    "SUMMARY\n==========\nThe ministry said the talks would go on.\n==========\n",
])
def test_guard_an_equals_sign_at_a_line_end_is_no_damage(text):
    lines = [(0, len(text.split("\n")[0])), (len(text.split("\n")[0]) + 1, len(text.split("\n")[0]) + 1
                                             + len(text.split("\n")[1]))]
    assert display_form(text, lines).text == " ".join(text.split("\n")[:2]).strip()


def test_guard_a_contact_line_under_a_story_is_no_sender():
    text = f"{HEADLINE}\n\n{STORY}\n\n{STORY2}\n\nFor interviews:\nNadia Example <nadia@relief.example.org>\n"
    assert meta(text).outlet.value == ""
