"""A report copied out of its PDF: a bulleted point wrapped over several lines is one paragraph
(sources/wrappedbullets.py); the contact block at its end is a note, not a paragraph (sources/contactblock.py).  Every
text here is ours."""

import pytest

from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.contactblock import contact_block

HEAD = "Recent Developments in the North\nUpdate No. 3 – As of 2 March 2020\n\nHIGHLIGHTS\n"
OVERVIEW = ("SITUATION OVERVIEW\n"
            "The situation continued to deteriorate during the reporting period, with fighting close to the towns\n"
            "where most of the displaced have sought shelter since the start of the winter.\n")


def bodies(text: str) -> list[str]:
    return [b.display for b in cut_blocks(text) if b.kind == "body"]


@pytest.mark.parametrize("points", [
    # wrapped at the PDF's width; the next line opens in lowercase or with a capital (a place's name)
    ("• Hostilities continued across the south of the governorate and in the west of Aleppo, with strikes\n"
     "reported in and around Ariha and Saraqib.\n"
     "• Some 948,000 people have been displaced since 1 December 2019, about 81 per cent of them women\n"
     "and children.\n"
     "• On 25 February, strikes hit ten schools and two kindergartens in the city and in the town of Maaret\n"
     "Misreen, at least nine civilians were reportedly killed.\n"),
    # a point over three lines
    ("• Cross-border deliveries reached 1,220 trucks in February, the largest monthly total since the cross-\n"
     "border operation began in 2014, and partners expect the number to grow again in the month of March as\n"
     "more warehouses open near the crossings.\n"
     "• Prices of bread and fuel rose for the third week in a row in the markets of the north of the region.\n"),
    # a point whose line ends with a comma at the wrap
    ("· Airstrikes and shelling continued across the south and east of the area during the whole of the week,\n"
     "with strikes on markets, schools and at least two hospitals reported by local health authorities.\n"
     "· Partners reached more than 300,000 people with food assistance in the last week of February 2020.\n"),
])
def test_a_wrapped_point_is_one_paragraph(points: str) -> None:
    found = bodies(HEAD + points + OVERVIEW)
    lines = points.split("\n")
    for point, nxt in zip(lines, lines[1:]):
        if point[:1] in "•·" and nxt[:1] not in "•·":  # a point wrapped onto the next line
            assert any(b.startswith(point[:60]) and nxt.split()[-1] in b for b in found), point
    assert not any(b[:1].islower() for b in found)  # no continuation line left as a paragraph of its own


def test_a_short_point_without_a_stop_is_not_joined_to_the_line_under_it() -> None:
    points = "• Five soldiers killed at a post\n• Ankara hits back\nThe army said the strikes went on overnight.\n"
    shown = [b.display for b in cut_blocks(HEAD + points + "\n" + OVERVIEW)]
    assert "The army said the strikes went on overnight." in shown


def test_a_credit_line_under_a_photo_is_not_joined_to_the_paragraph_under_it() -> None:
    text = ("Turkey sends more armour into Idlib\n\nLong columns of Turkish armoured vehicles crossed the border on "
            "Sunday, witnesses said.\n\n• Photo: Example Agency\nThe convoy stopped near the town before dark.\n")
    shown = [b.display for b in cut_blocks(text)]
    assert "The convoy stopped near the town before dark." in shown


CONTACTS = [
    ("For further information, please contact:\n"
     "Jane Example, Head of Office, example1@un.org, Tel: +90 342 000 0000\n"
     "John Example, Public Information Officer, example2@un.org, Tel: +962 79 000 0000\n"),
    ("For more information, please contact:\nAmal Example, Communications, +41 22 000 00 00\n"),
    "Media contacts: press@example.org, +44 20 0000 0000\n",
]


@pytest.mark.parametrize("block", CONTACTS)
def test_a_contact_block_at_the_end_is_a_note(block: str) -> None:
    text = f"{HEAD}• Five soldiers killed at a post\n\n{OVERVIEW}\n{block}"
    notes = [b for b in cut_blocks(text) if b.kind == "note"]
    assert notes and notes[0].display.startswith(block.split("\n")[0])
    assert not any(b.startswith(block.split("\n")[0]) for b in bodies(text))


@pytest.mark.parametrize("shown", [
    ["For more information on the displacement, the agency said, partners would need another month."],
    ["For further information, please contact:", "", "The offices are closed on Friday."],
    ["Contact: the people in the camps say they were not told of the move before it began in the morning."],
])
def test_a_sentence_is_no_contact_block(shown: list[str]) -> None:
    assert contact_block(shown) == set()


def test_the_agencys_tagline_names_it_and_a_story_quoting_it_does_not() -> None:
    from conftest import ROOT
    from idlibsite.sources.metadata import find_metadata
    from idlibsite.sources.outlets import load_outlets

    outlets, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
    report = f"{HEAD}• Five soldiers killed at a post\n\n{OVERVIEW}\n{CONTACTS[0]}Coordination Saves Lives | www.unocha.org\n"
    meta = find_metadata(report, cut_blocks(report), outlets)
    assert meta.outlet.value == "OCHA" and not meta.outlet.certain
    story = ("Thousands flee as fighting nears the border\n\nMore than 900,000 people have fled since December, "
             "OCHA said on Monday, calling the crisis the worst of the war.\n\nAid groups said the camps were full.\n")
    assert find_metadata(story, cut_blocks(story), outlets).outlet.value != "OCHA"
