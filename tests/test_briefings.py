"""A briefing's transcript as a ministry's, an office's or a spokesman's site prints it: its title over the briefer's
block or under its issuer's name, time lines, stage notes in brackets, a page's tools in brackets
(sources/transcripts.py, linekinds.py).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.transcripts import transcript_kind

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
TURN_1 = ("MR EXAMPLE: Good afternoon. We call on all sides in Idlib to respect the ceasefire and to let aid convoys "
          "through without delay.")
TURN_2 = "QUESTION: Will the talks in Moscow on Thursday change anything for the displaced?"
TURN_3 = ("MR EXAMPLE: We hope so. But the regime and its backers have broken their word before, and we will judge "
          "them by what they do.")
TURNS = f"{TURN_1}\n\n{TURN_2}\n\n{TURN_3}\n"


def found(text: str):  # type: ignore[no-untyped-def]
    blocks = cut_blocks(text)
    return blocks, find_metadata(text, blocks, OUTLETS)


def bodies(blocks) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.display for b in blocks if b.kind == "body"]


def kinds(blocks, *lines: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.kind for b in blocks if b.display in lines]


# --- the title over the briefer's block: the block is the header's, neither title nor byline

@pytest.mark.parametrize("title, block", [
    ("Department Press Briefing – March 4, 2020",  # a foreign ministry's site: name, office, place, date, time
     ["Jordan Example", "Deputy Department Spokesperson", "Washington, DC", "March 4, 2020", "1:42 p.m. EST"]),
    ("Remarks to the Press on the Situation in Idlib",  # a minister's remarks: name, office, room, place, date
     ["Alex Example", "Secretary of State", "Press Briefing Room", "Washington, D.C.", "March 5, 2020"]),
    ("Press Briefing by the Spokesperson on Northwest Syria",  # a mission's: office, place, date, time with its zone
     ["Spokesperson for the Mission to the United Nations", "New York City", "4 March 2020", "11:15 a.m. local time"]),
    ("Background Briefing on Syria, March 4, 2020",  # an unnamed official: office and place only
     ["Senior State Department Official", "Via Teleconference"]),
])
def test_a_briefings_title_is_over_the_briefers_block(title: str, block: list[str]) -> None:
    text = f"{title}\n\n" + "\n".join(block) + f"\n\n{TURNS}\n(Laughter.)\n\n(The briefing was concluded at 2:20 p.m.)\n\n###\n"
    blocks, meta = found(text)
    assert meta.title.value == title
    assert meta.title.certain
    assert meta.byline.value == ""
    assert bodies(blocks) == [TURN_1, TURN_2, TURN_3]
    names = [line for line in block if not line[0].isdigit() and "2020" not in line]
    assert set(kinds(blocks, *names)) == {"chrome"}


@pytest.mark.parametrize("issuer, between, title, date", [
    ("Office of the Prime Minister", "Home › Press Office › Transcripts",
     "Press conference of the Prime Minister at the Kastanies border crossing", "Tuesday, 03.03.2020 - 17:40"),
    ("Ministry of National Defence", "TRANSCRIPT",
     "Senior Defence Official Holds an Off-Camera Press Gaggle on Northwest Syria", "MARCH 4, 2020"),
    ("Ministry of Foreign Affairs of the Example Republic", "Home > Spokesperson's Remarks",
     "Foreign Ministry Spokesperson Example's Regular Press Conference on March 2, 2020", "2020-03-02"),
    ("The White House", "Home › Briefings & Statements",
     "Press Gaggle by Press Secretary Example Aboard Air Force One", "March 3, 2020"),
])
def test_an_issuers_name_over_a_briefings_title_is_chrome(issuer: str, between: str, title: str, date: str) -> None:
    text = f"{issuer}\n{between}\n\n{title}\n{date}\n\n{TURNS}\n[Print] [Close]\n"
    blocks, meta = found(text)
    assert meta.title.value == title
    assert kinds(blocks, issuer) == ["chrome"]
    assert bodies(blocks) == [TURN_1, TURN_2, TURN_3]


STORY = ("The spokeswoman declined to say whether Turkey had asked for air defence batteries, and said the Secretary "
         "would speak to the foreign minister later in the week.")
HEADLINE = "Spokeswoman dodges questions on Patriots at briefing"


@pytest.mark.parametrize("text, byline", [
    (f"{HEADLINE}\n\nBy Rima Haddad\nMarch 3, 2020\n2:16 p.m. EST\n\n{STORY}\n", "Rima Haddad"),
    (f"{HEADLINE}\nThe spokeswoman would not say if Ankara asked for Patriots\nRima Haddad\nMarch 3, 2020\n\n{STORY}\n",
     "Rima Haddad"),  # a standfirst, then the author's name over the date
    (f"{HEADLINE}\n\nRima Haddad\nMarch 3, 2020\n2:16 p.m. EST\n\n{STORY}\n", ""),  # a name alone: no byline before either
])
def test_a_storys_byline_over_its_date_and_time_stays_a_byline(text: str, byline: str) -> None:
    """Guard: a news story whose headline names a briefing, its author's name over the date and time."""
    blocks, meta = found(text)
    assert meta.title.value == HEADLINE
    assert meta.byline.value == byline
    assert bodies(blocks) == [STORY]
    assert "chrome" not in kinds(blocks, "Rima Haddad", "By Rima Haddad")


def test_an_opinions_author_over_their_office_stays_a_byline() -> None:
    """Guard: an author's name over their office ("Director of …") under an opinion's headline: no briefing."""
    story = "The ceasefire agreed in Moscow will not hold unless someone is ready to enforce it on the ground."
    text = f"Why the Idlib ceasefire will fail\n\nRima Haddad\nDirector of the Example Institute\n\n{story}\n"
    blocks, meta = found(text)
    assert meta.title.value == "Why the Idlib ceasefire will fail"
    assert kinds(blocks, "Rima Haddad") != ["chrome"]
    assert bodies(blocks) == [story]


def test_a_ministrys_name_over_a_storys_headline_is_left_to_the_older_rules() -> None:
    """Guard: a headline that says no briefing under an issuer's name is not taken by this rule."""
    story = "A convoy of forty trucks crossed into Idlib on Tuesday, the ministry said in a statement."
    text = f"Ministry of Defence\n\nConvoy crosses into Idlib as fighting slows\n\n{story}\n"
    assert transcript_kind("Ministry of Defence") == ""
    blocks, _ = found(text)
    assert story in bodies(blocks)


# --- stage notes and a briefing's notes of its end, in brackets; time lines; a page's tools

@pytest.mark.parametrize("note", [
    "(Laughter.)", "(Crosstalk.)", "(Applause.)", "(Inaudible.)", "(Off-mic.)", "[Laughter.]",
    "(The briefing was concluded at 2:49 p.m.)", "(The press conference ended at 11:32 a.m. EST)",
    "(Briefing concluded.)", "(The call began at 10:00 a.m.)",
])
def test_a_stage_note_with_its_stop_is_no_paragraph(note: str) -> None:
    text = f"Daily Press Briefing on Northwest Syria\n\n{TURN_1}\n\n{note}\n\n{TURN_2}\n\n{TURN_3}\n"
    blocks, _ = found(text)
    assert bodies(blocks) == [TURN_1, TURN_2, TURN_3]
    assert transcript_kind(note) == "chrome"


@pytest.mark.parametrize("line", ["2:16 p.m. EST", "1:05 P.M. ET", "11 a.m. local time", "16:40 (local time)"])
def test_a_time_line_with_its_zone_is_the_headers(line: str) -> None:
    assert transcript_kind(line) in ("chrome", "dateline")
    text = f"Press Briefing by the Spokesperson on Northwest Syria\n{line}\n\n{TURNS}"
    blocks, meta = found(text)
    assert meta.title.value == "Press Briefing by the Spokesperson on Northwest Syria"
    assert bodies(blocks) == [TURN_1, TURN_2, TURN_3]
    assert "subheading" not in kinds(blocks, line)


@pytest.mark.parametrize("tools", ["[Print] [Close]", "[Top]", "[Print this page]  [E-mail]"])
def test_a_pages_tools_in_brackets_are_chrome(tools: str) -> None:
    text = f"Press Briefing by the Spokesperson on Northwest Syria\n\n{TURNS}\n{tools}\n"
    blocks, _ = found(text)
    assert bodies(blocks) == [TURN_1, TURN_2, TURN_3]

