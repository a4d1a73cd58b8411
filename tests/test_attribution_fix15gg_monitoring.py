"""News-database exports and media-monitoring reports: the text's form defeats the readers (issue 15, session fix15gg).

Researchers of disinformation read broadcasts and wires through monitoring services and print through press archives.
Two forms of that kind, measured on the fixer's own pages (bench 1450-1454):

- a monitoring service's transcript tags each turn with a bracketed label and no colon ("[Presenter] Good evening.",
  "[Correspondent Name, from Place] ...", "[Name] We did not ...", "[Name, speaking in Turkish with voice-over] ..."):
  no tagged layout was read, so a soundbite under a name was no passage at all and the presenter's tag stood before the
  subject of the sentence it reads;
- a newspaper page read by OCR from its image writes the low opening mark as two commas and the closing one as two
  straight single marks (",,I hope so,'' he said"): the quotation ran on to the paragraph's end, so the name after it was
  inside the quotation and the sentence before took the speaker.

Texts of our own in other services' forms (a radio monitor's bulletin, a news agency monitor's TV digest, a regional
paper's page scanned for an archive); guards where a rule could over-reach (the editor's bracketed subject of a sentence,
the editor's notes, two apostrophes closing what a straight mark opened, a possessive's apostrophe).
"""

from __future__ import annotations

from idlibsite.attribution.exported import alone, records
from idlibsite.attribution.headlines import heading_line
from idlibsite.attribution.printmarks import printed_marks
from idlibsite.sources.quotations import find_quotations
from idlibsite.sources.turns import turns
from test_attribution import page_kinds, paragraphs


_RADIO = """Iranian radio: Tehran offers to host talks on Idlib

Text of report by Iranian state radio Voice of the Islamic Republic of Iran on 1 March

[Announcer] Foreign Ministry spokesman Abbas Mousavi has said that Iran is ready to host a meeting of the Astana guarantors on Idlib.

[Mousavi] The problems of Idlib have no military solution. We are in contact with both Ankara and Moscow.

[Reporter Leila Fard, from Tehran] The offer comes after a week of heavy fighting. Ankara says it has lost more soldiers in Idlib this month than in any month before.

[Announcer] In other news, the president received the Iraqi foreign minister.

[Mousavi, speaking at his weekly news conference] Iran will stand by the Syrian people.

Source: Voice of the Islamic Republic of Iran, Tehran, in Persian 0930 gmt 1 Mar 20
"""


def test_a_soundbite_under_a_bracketed_name_is_that_speakers() -> None:
    page = page_kinds(_RADIO)
    assert page["The problems of Idlib"] == ("direct", "new:Abbas Mousavi")
    assert page["We are in contact"] == ("direct", "new:Abbas Mousavi")
    assert page["Iran will stand by"] == ("direct", "new:Abbas Mousavi")  # the clip's description is no title


def test_the_announcers_and_the_reporters_turns_narrate() -> None:
    page = page_kinds(_RADIO)
    assert page["Foreign Ministry spokesman Abbas"] == ("reported", "new:Abbas Mousavi")  # the subject after the tag
    assert page["Ankara says it has"] == ("reported", "turkey")  # the reporter's turn reads others' words
    assert not any(label == "new:Leila Fard" for _, label in page.values())


def test_bracketed_tags_read_as_turns() -> None:
    tags = {t.name: (t.title, t.answer) for t in turns(_RADIO, paragraphs(_RADIO)).values()}
    assert tags["Leila Fard"] == ("Reporter", False)
    assert tags["Mousavi"] == ("", True) and tags["Announcer"] == ("Announcer", False)


_DIGEST = """Turkish TV round-up, 2 March

[Presenter] Good morning. Here are the main stories.

[Al-Jaafari] also said that Turkey had pushed thousands of its soldiers into Syria. [Video shows the Security Council chamber]

[Video shows a column of Turkish armoured vehicles] The convoy crossed at Kafr Lusin at dawn.

[passage omitted] The ministry said two soldiers were wounded.

[Presenter] That is all for this bulletin.
"""


def test_guard_the_editors_bracketed_subject_and_notes_are_no_tags() -> None:
    """'[Al-Jaafari] also said': the editor's bracketed subject, words in lower case after it; '[Video shows ...]',
    '[passage omitted]': the editor's notes, a word in lower case where a name would be."""
    names = {t.name for t in turns(_DIGEST, paragraphs(_DIGEST)).values()}
    assert names <= {"Presenter"}


def test_an_ocr_pages_marks_read_as_the_curly_marks_they_stand_for() -> None:
    text = ",,We will not open the border,'' the governor told the paper. ,,Never.''"
    view = printed_marks(text)
    assert len(view) == len(text)
    assert view == " “We will not open the border,”  the governor told the paper.  “Never.” "
    assert [view[q.start : q.end] for q in find_quotations(view, [(0, len(view))])] == ["We will not open the border,"]


def test_guard_two_apostrophes_alone_are_left_as_written() -> None:
    """Two straight single marks are read as a closing mark only on a page that opens quotations with two commas: alone,
    they are a typist's (a possessive typed twice, a straight-quoted passage's own marks)."""
    for text in ("The refugees'' tents were flooded, officials said.", "\"The lorries 'stay'' at the gate,\" he said."):
        assert printed_marks(text) == text


def test_guard_commas_inside_words_and_numbers_are_no_marks() -> None:
    text = ",,Wait,, he said,''. And 1,,000 people ,, stayed."
    assert printed_marks(text) == " “Wait,, he said,””. And 1,,000 people ,, stayed."


_SCANNED = """REGIONAL NEWS            THE MIDLANDS EVENING POST            Tuesday, March 3, 2020      11

AID CONVOY LEAVES
FOR TURKISH BORDER

By SARAH HOLT

A CONVOY of eight lorries
left Leicester yesterday for
the Syrian border with food
and blankets for families
driven from Idlib.
,,The cold is killing children
in the camps,'' said Imran
Patel, who organised it. ,,We
could not sit and watch.''
The charity's trustee, Ruth
Gale, said a second convoy
would leave in April.
"""


def test_an_ocr_pages_quotation_takes_the_name_after_it() -> None:
    page = page_kinds(_SCANNED)
    assert page["The cold is killing"] == ("direct", "new:Imran Patel")
    assert page["We could not sit"] == ("direct", "new:Imran Patel")


def test_a_hard_wrapped_lines_quotation_keeps_the_pronoun_after_it() -> None:
    """A column's line that opens a quotation ("“We will work together" over "to deliver aid ...") is no heading of
    its own: the "he" after the quotation is the person of the sentence before, not the one the next sentence names."""
    text = ("WORLD\n\nAID DEAL\n\nErdogan said Turkey kept the\nright to respond to any attack.\n,,We will work together\n"
            "to deliver aid to those in\nneed,'' he said.\nRussian Foreign Minister Ser-\ngei Lavrov read out the text,\n"
            "which he said would set up a\nsecurity corridor.\n")
    assert page_kinds(text)["We will work together"] == ("direct", "recep-tayyip-erdogan")


def test_guard_a_short_line_before_a_capital_is_still_a_heading() -> None:
    text = "'We lost everything', says displaced mother\nThe camps near Atmeh are full."
    assert heading_line(text, 3)
    assert not heading_line(text.replace("\nThe camps", "\nthe camps"), 3)


_EXPORT = """Factiva

HD
Turkish drones hit Syrian positions, ministry says
WC
301 words
PD
1 March 2020
SN
Hurriyet Daily News
LA
English

LP
ANKARA - Turkey's National Defence Ministry said on Sunday that its drones had destroyed eight Syrian air defence systems.

TD
The ministry added that Turkish troops would stay at all their posts.

AN
Document HDN0000020200301eg310000b


HD
Moscow rejects Ankara's account of strike
WC
288 words
PD
1 March 2020
SN
Interfax News Agency
LA
English

LP
MOSCOW. March 1 (Interfax) - Russia on Sunday rejected Ankara's account of the strikes near Saraqib.

TD
"Russian aircraft did not take part," the defence ministry said.

AN
Document INTFAX0020200301eg310002x
"""


def test_each_record_of_an_export_is_read_alone() -> None:
    assert records(_EXPORT) == [(0, _EXPORT.index("\n\n\nHD")), (_EXPORT.index("\n\n\nHD"), len(_EXPORT) - 1)]
    page = page_kinds(_EXPORT)
    assert page["Russian aircraft did not"] == ("direct", "russian-defence-ministry")  # read with the Turkish record
    # before it: no ministry ("defence ministry", the two countries' ministries both in context)
    assert page["The ministry added that"] == ("reported", "new:Turkey's National Defence Ministry")


_NEXIS = """Document 1 of 2

Turkish ministry says drones hit regime targets

Anadolu Agency (AA)
February 29, 2020 Saturday

Body

Turkey's National Defence Ministry said drones had hit regime targets in Idlib.

Load-Date: February 29, 2020

End of Document

Document 2 of 2

Syria says Turkish drones hit civilians

Syrian Arab News Agency (SANA)
February 29, 2020 Saturday

Body

The ministry said a Turkish drone had hit a bus near Saraqib.

Load-Date: February 29, 2020

End of Document
"""


def test_a_record_gives_no_referent_to_the_next() -> None:
    """'The ministry' of the second record is not the first record's Turkish ministry: nothing of the record before
    is its context, so it names no ministry of another record."""
    assert len(records(_NEXIS)) == 2
    assert page_kinds(_NEXIS)["The ministry said a"][1] != "new:Turkey's National Defence Ministry"
    assert all(len(alone(_NEXIS, s, e)) == len(_NEXIS) for s, e in records(_NEXIS))


def test_guard_one_article_or_a_rule_over_a_heading_is_no_export() -> None:
    decision = "IN THE TRIBUNAL\n\n" + "_" * 60 + "\n\n        DECISION\n" + "_" * 60 + "\n\nINTRODUCTION\n\n[1] The appellant says ...\n"
    assert records(decision) == []
    assert records("Headline\n\nThe Document 12 of the file was read.\n\nEnd of Document\n") == []


_FIELDS = """Document 1 of 2

Title: Aid groups warn of winter deaths in Idlib camps

Author: Okafor, Grace

Publication title: The Irish Times; Dublin

Publication date: Feb 27, 2020

Full text: Aid groups warned on Thursday that children were dying of cold in the camps near the Turkish border.

A volunteer in a camp near Sarmada said families burned plastic to keep warm.

Copyright: (c) 2020 The Irish Times. All Rights Reserved.

Load-Date: February 28, 2020

Document 2 of 2

Title: Geneva talks put off again

Publication title: Swissinfo; Bern

Full text: GENEVA - The UN envoy Geir Pedersen said the talks would not resume before the fighting stopped.

Copyright: Copyright 2020 SWI swissinfo.ch. Some Rights Reserved.
"""


def test_a_records_field_lines_are_no_speakers() -> None:
    """'Title:' is no name, and the copyright line's capitalised words ("All Rights Reserved") are no speaker named
    after an unnamed volunteer's words."""
    page = page_kinds(_FIELDS)
    assert page["A volunteer in a"] == ("reported", "")
    assert page["GENEVA - The UN"] == ("reported", "new:Geir Pedersen")
    assert not any(label in ("new:Title", "new:All Rights Reserved", "new:Some Rights Reserved") for _, label in page.values())


def test_guard_a_records_headline_and_text_are_kept_without_their_labels() -> None:
    start, end = records(_FIELDS)[0]
    view = alone(_FIELDS, start, end)
    assert "Aid groups warn of winter deaths in Idlib camps" in view and "Title:" not in view
    assert "Aid groups warned on Thursday" in view and "Okafor" not in view and "All Rights Reserved" not in view
