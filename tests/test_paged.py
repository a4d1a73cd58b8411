"""Text copied out of PDFs and documents: page furniture, letterheads, footnotes, mail headers and
ALL CAPS headlines (sources/paged.py, read by the block cutter).  Every text here is our own."""

from __future__ import annotations

import pytest

from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.paged import caps_continued


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.display) for b in cut_blocks(text)]


def _body(text: str) -> list[str]:
    return [b.display for b in cut_blocks(text) if b.kind == "body"]


def _title(text: str) -> str:
    return next((b.display for b in cut_blocks(text) if b.kind == "title"), "")


PAGED = (
    "Convoys on the M5\n"
    "\n"
    "Turkish supply convoys used the M5 motorway every night in the first\n"
    "week of February, local officials said, and most reached the posts.\n"
    "\n"
    "The army's advance on Saraqib cut the road on 6 February. After that\n"
    "the convoys had to take farm tracks through the villages west of the\n"
    "\n"
    "                                   - 1 -\n"
    "\fConvoys on the M5\n"
    "Example Briefing, 12 February 2020\n"
    "\n"
    "town, which added several hours to every journey.\n"
    "\n"
    "Page 2 of 2\n"
)


def test_page_number_and_running_header_are_furniture_and_the_cut_paragraph_is_one():
    assert ("chrome", "Page 2 of 2") in _kinds(PAGED)
    assert _body(PAGED) == [  # the page number and the running header inside the second are left out
        "Turkish supply convoys used the M5 motorway every night in the first week of February, local "
        "officials said, and most reached the posts.",
        "The army's advance on Saraqib cut the road on 6 February. After that the convoys had to take farm "
        "tracks through the villages west of the town, which added several hours to every journey.",
    ]
    assert _title(PAGED) == "Convoys on the M5"


@pytest.mark.parametrize("number", ["7", "- 7 -", "Page 7", "page 7 of 9", "7        Example Briefing",
                                    "For the press only.          Page 7 of 9"])
def test_page_number_lines(number):
    text = f"First paragraph of the story ends here.\n\n{number}\n\nSecond paragraph of the story ends here.\n"
    assert ("chrome", number) in _kinds(text)


LETTERHEAD = (
    "Example Council                                          EC/2020/41\n"
    "Press Office                                         3 March 2020\n"
    "Daily Summary\n"
    "\n"
    "Council Members Urge Both Sides to Respect the Idlib Truce\n"
    "\n"
    "Council members on Tuesday urged the forces in north-west Syria to respect the truce.\n"
)


def test_a_two_column_letterhead_is_not_the_headline():
    kinds = _kinds(LETTERHEAD)
    assert kinds[:3] == [("chrome", "Example Council                                          EC/2020/41"),
                         ("chrome", "Press Office                                         3 March 2020"),
                         ("chrome", "Daily Summary")]
    assert _title(LETTERHEAD) == "Council Members Urge Both Sides to Respect the Idlib Truce"


def test_centred_letterhead_lines_are_not_the_headline():
    text = ("                        EXAMPLE REPUBLIC\n"
            "                   MINISTRY OF FOREIGN AFFAIRS\n"
            "\n"
            "Statement on the Shelling of Our Observation Post in Idlib\n"
            "\n"
            "Our observation post near Morek was shelled last night by government forces, and two soldiers "
            "were wounded in the attack.\n")
    assert _title(text) == "Statement on the Shelling of Our Observation Post in Idlib"
    assert ("chrome", "EXAMPLE REPUBLIC") in _kinds(text)


def test_an_all_caps_headline_over_two_lines_is_one_title():
    text = ("APPEAL BY THE EXAMPLE RELIEF AGENCIES FOR THE\n"
            "FAMILIES DISPLACED BY THE FIGHTING IN IDLIB\n"
            "1.\tThe agencies appeal to every government in the region to keep its border open to the families "
            "fleeing the fighting in Idlib.\n"
            "2.\tThey ask the warring parties to let aid convoys through at all hours.\n")
    assert _title(text) == ("APPEAL BY THE EXAMPLE RELIEF AGENCIES FOR THE FAMILIES DISPLACED BY THE FIGHTING "
                            "IN IDLIB")
    assert len(_body(text)) == 2


@pytest.mark.parametrize(("line", "nxt", "joined"), [
    ("STATEMENT BY THE ENVOY ON THE", "SITUATION IN IDLIB", True),
    ("STATEMENT BY THE ENVOY", "ON THE SITUATION IN IDLIB", True),
    ("AS FIGHTING GOES ON, SPEAKERS,", "URGE A CEASEFIRE", True),
    ("EXAMPLE REPUBLIC", "MINISTRY OF FOREIGN AFFAIRS", False),  # two names of a letterhead
    ("Statement by the envoy on the", "situation in Idlib", False),  # not in capitals
])
def test_caps_continued(line, nxt, joined):
    assert caps_continued(line, nxt) is joined


FOOTNOTED = (
    "Turkish artillery fired on government positions near Nairab for the first time.1 The\n"
    "shelling lasted two days.\n"
    "\n"
    "Officials in Ankara said the strikes were a warning,2 not the start of an offensive.\n"
    "\n"
    "1 Local monitors reported the first exchanges on 3 February 2020.\n"
    "2 Remarks by a Turkish official to reporters, 5 February 2020.\n"
)


def test_footnotes_under_the_text_are_not_paragraphs():
    kinds = _kinds(FOOTNOTED)
    assert kinds[-1] == ("footnote", "1 Local monitors reported the first exchanges on 3 February 2020. "
                                     "2 Remarks by a Turkish official to reporters, 5 February 2020.")
    assert len(_body(FOOTNOTED)) == 2


def test_a_paragraph_opening_with_a_number_without_a_marker_is_body():
    text = ("Shelling went on near Saraqib on Sunday, residents said.\n"
            "\n"
            "12 Turkish soldiers were wounded, the ministry said later.\n")
    assert _body(text) == ["Shelling went on near Saraqib on Sunday, residents said.",
                           "12 Turkish soldiers were wounded, the ministry said later."]


def test_a_forwarded_mail_and_a_dated_masthead_are_not_the_story():
    text = ("---------- Forwarded message ---------\n"
            "From: Example Desk <desk@example.net>\n"
            "Date: Wed, 4 Mar 2020 at 07:02\n"
            "Subject: Morning brief\n"
            "\n"
            "View this email in your browser\n"
            "\n"
            "MORNING BRIEF | Wednesday, 4 March 2020\n"
            "\n"
            "Leaders head to Moscow for Idlib talks\n"
            "\n"
            "The Turkish president flies to Moscow on Thursday for talks on the fighting in Idlib.\n"
            "\n"
            "You are receiving this email because you subscribed to the brief.\n"
            "Unsubscribe | Update your preferences\n")
    kinds = _kinds(text)
    assert kinds[-1] == ("chrome", "Unsubscribe | Update your preferences")
    assert [k for k, _ in kinds[:6]] == ["chrome"] * 6
    assert _title(text) == "Leaders head to Moscow for Idlib talks"
    assert _body(text) == ["The Turkish president flies to Moscow on Thursday for talks on the fighting in Idlib."]


def test_the_line_repeated_as_the_running_header_is_the_headline():
    text = ("Example Aid Network\n"
            "Weekly Update on Idlib\n"
            "21 February 2020\n"
            "Families displaced from Maarat al-Numan have reached camps near the Turkish border, partners\n"
            "report, and many of them are sleeping in the open.\n"
            "Page 1 of 2\n"
            "Weekly Update on Idlib\n"
            "Blankets and tents are the most urgent needs, the partners say.\n"
            "Page 2 of 2\n")
    assert _title(text) == "Weekly Update on Idlib"
    assert _kinds(text)[0] == ("chrome", "Example Aid Network")


def test_an_end_mark_and_the_closing_line_of_a_release_are_furniture():
    text = ("The meeting began at 3:05 p.m. and ended at 4:40 p.m., the Council said.\n"
            "\n"
            "                              * *** *\n"
            "\n"
            "For information media. Not an official record.\n")
    assert _kinds(text)[1:] == [("chrome", "* *** *"), ("chrome", "For information media. Not an official record.")]


def test_a_wire_story_s_credits_an_app_s_share_lines_and_a_standards_label_are_not_the_story() -> None:
    text = ("Aid convoy reaches Atarib after two-day wait\n\n"
            "ATAREB, Syria (Reuters) - A convoy of 40 aid trucks reached the town on Tuesday.\n\n"
            "Drivers said they had waited two days at the crossing.\n\n"
            "(Reporting by Example Reporter; Editing by Example Editor)\n\n"
            "Our Standards: Example principles of the newsroom.\n\n"
            "Shared from the Example News app\n"
            "Download the app: https://example.org/app\n")
    assert _body(text) == ["ATAREB, Syria (Reuters) - A convoy of 40 aid trucks reached the town on Tuesday.",
                           "Drivers said they had waited two days at the crossing."]
    assert [k for k, _ in _kinds(text)[-4:]] == ["note"] + ["chrome"] * 3  # the wire's credits, then the app's lines
