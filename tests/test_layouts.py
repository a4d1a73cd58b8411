"""Plain text in the layouts people produce: every one cuts into the same paragraphs."""

import textwrap

import pytest

from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.corpus import parse_source
from idlibsite.sources.stated import stated_values

HEADLINE = "Moscow says Ankara broke the Sochi agreement on Idlib"
PARAGRAPHS = [
    "Russia's foreign ministry said on Friday that Turkish troops had crossed into the de-escalation "
    "zone without warning, and that Moscow would raise the matter at the next round of talks.",
    "\u201cWe have seen no effort to separate the moderate opposition from the terrorists,\u201d the "
    "ministry's spokeswoman told reporters at a weekly briefing in the capital.",
    "Ankara has denied the charge. A Turkish official, speaking on condition of anonymity, said the "
    "convoys were resupplying observation posts set up under the 2018 deal.",
    "The two presidents are expected to speak by telephone early next week.",
]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.display) for b in cut_blocks(text)]


def _body(text: str) -> list[str]:
    return [b.display for b in cut_blocks(text) if b.kind == "body"]


@pytest.mark.parametrize("layout", ["blank lines", "one newline", "wrapped 60", "wrapped 72", "wrapped 80"])
def test_every_layout_gives_the_headline_and_the_same_paragraphs(layout: str) -> None:
    if layout == "blank lines":
        text = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    elif layout == "one newline":
        text = HEADLINE + "\n" + "\n".join(PARAGRAPHS) + "\n"
    else:
        width = int(layout.split()[1])
        text = HEADLINE + "\n" + "\n".join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"
    blocks = cut_blocks(text)
    assert [(b.kind, b.display) for b in blocks] == [("title", HEADLINE)] + [("body", p) for p in PARAGRAPHS]
    assert not any(b.cut_off for b in blocks)


def test_a_headline_and_a_standfirst_on_consecutive_lines() -> None:
    standfirst = "The Kremlin blames Ankara for the escalation in Syria's last rebel-held province."
    text = f"{HEADLINE}\n{standfirst}\n{PARAGRAPHS[0]}\n{PARAGRAPHS[1]}\n"
    assert _kinds(text) == [("title", HEADLINE), ("body", standfirst), ("body", PARAGRAPHS[0]),
                            ("body", PARAGRAPHS[1])]


@pytest.mark.parametrize("line", [
    "https://tass.com/politics/1126525",
    "<https://tass.com/politics/1126525>",
    "Original url: <https://tass.com/politics/1126525>",
    "Original url: \u2039https://tass.com/politics/1126525\u203a",
    "Original url: \u2039https://tass.com/politics/1126525>",
    "Original url: https://tass.com/politics/1126525",
])
@pytest.mark.parametrize("where", ["first", "last"])
def test_a_url_line_first_or_last_is_a_url_block_and_stated(line: str, where: str) -> None:
    article = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS)
    text = f"{line}\n\n{article}\n" if where == "first" else f"{article}\n\n{line}\n"
    blocks = cut_blocks(text)
    urls = [b for b in blocks if b.kind == "url"]
    assert len(urls) == 1 and "subheading" not in [b.kind for b in blocks]
    assert [s.value for s in stated_values(blocks) if s.field == "url"] == ["https://tass.com/politics/1126525"]
    assert [b.display for b in blocks if b.kind == "body"] == PARAGRAPHS


def test_text_cut_off_mid_sentence_is_kept_and_flagged() -> None:
    text = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS[:2]) + "\n\nThe two presidents are expected to\n"
    blocks = cut_blocks(text)
    assert blocks[-1].display == "The two presidents are expected to" and blocks[-1].cut_off
    assert [b.cut_off for b in blocks] == [False, False, False, True]


@pytest.mark.parametrize(("line", "kind"), [
    ("By Reuters Staff", "byline"),
    ("Reuters", "byline"),
    ("By THE ASSOCIATED PRESS", "byline"),
    ("AFP", "byline"),
    ("Anadolu Agency", "byline"),
    ("Al Jazeera and news agencies", "byline"),
    ("By VOA News", "byline"),
    ("By DAVID M. HERSZENHORN and JACOPO BARIGAZZI", "byline"),
    ("Published On 28 Feb 2020", "dateline"),
    ("Fri 10th January 2020 | 09:54 PM", "dateline"),
    ("Feb. 28, 2020 / 7:21 AM / Updated an hour ago", "dateline"),
    ("02/28/2020 05:31 PM EST", "dateline"),
    ("28 February 2020", "dateline"),
    ("February 28, 2020 10:56 AM", "dateline"),
    ("Last updated 28.02.2020, 14:30", "dateline"),
])
def test_agency_bylines_and_date_lines_stand_alone(line: str, kind: str) -> None:
    text = f"{HEADLINE}\n{line}\n{PARAGRAPHS[0]}\n"
    assert _kinds(text) == [("title", HEADLINE), (kind, line), ("body", PARAGRAPHS[0])]


@pytest.mark.parametrize("dateline", [
    "MOSCOW, March 4. /TASS/. ",
    "ANKARA (Reuters) - ",
    "BEIRUT (AP) \u2014 ",
    "MOSCOW (UrduPoint News / Sputnik - 28th February, 2020) ",
    "DAMASCUS, SANA- ",
])
def test_an_inline_agency_dateline_stays_in_its_paragraph(dateline: str) -> None:
    text = f"{HEADLINE}\n\n{dateline}{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"
    assert _body(text) == [dateline + PARAGRAPHS[0], PARAGRAPHS[1]]


def test_a_wrapped_title_case_headline_stays_one_title() -> None:
    text = "Russia Says It's Turkey's Duty to Stop\nFighting in Syria's Idlib\n" + textwrap.fill(PARAGRAPHS[0], 90)
    assert _kinds(text)[0] == ("title", "Russia Says It's Turkey's Duty to Stop Fighting in Syria's Idlib")


def test_a_next_line_in_lowercase_continues_the_sentence() -> None:
    text = HEADLINE + "\n" + "The offensive was the biggest since last summer, the ministry said.\nin a statement on Friday.\n"
    assert _body(text) == ["The offensive was the biggest since last summer, the ministry said. in a statement on Friday."]


SIDECAR = """id: a
outlet: Test
title: {title}
date: 2020-02-28
date_note: test
language: en
block_kinds:
  "{line}": body
"""


def test_a_sidecar_override_splits_a_block_at_its_line() -> None:
    # two paragraphs the cutter keeps together: the first line does not end a sentence
    first = "The ministry listed the convoys it said had crossed the border"
    text = f"{HEADLINE}\n\n{first}\nWithout notice, it added, and demanded an explanation.\n"
    joined = _body(text)
    assert joined == [first + " Without notice, it added, and demanded an explanation."]
    source, problems = parse_source("a.txt", text.encode(), "a.yaml",
                                    SIDECAR.format(title=HEADLINE, line=4).encode())
    assert problems == [] and source is not None
    assert [b.display for b in source.blocks if b.kind == "body"] == [
        first, "Without notice, it added, and demanded an explanation."]
    assert source.blocks[-1].start == text.index("Without")


# A press release as a PDF copy gives it: a letterhead in two columns, then the headline in capitals over two
# lines with a blank line between them (a blank line always ends a block: only the sidecar can join them).
RELEASE = (
    "Ministry of Foreign Affairs                              Press Release No. 41\n\n"
    "   ANKARA DEMANDS THAT DAMASCUS WITHDRAW ITS FORCES,\n\n"
    "   BEHIND THE POSTS AGREED IN SOCHI\n\n"
    f"{PARAGRAPHS[0]}\n"
)


def test_a_range_of_lines_in_the_sidecar_is_one_block_of_that_kind() -> None:
    title = "ANKARA DEMANDS THAT DAMASCUS WITHDRAW ITS FORCES, BEHIND THE POSTS AGREED IN SOCHI"
    sidecar = SIDECAR.format(title=title, line="1").replace('"1": body', '"1": chrome\n  "3-5": title')
    source, problems = parse_source("a.txt", RELEASE.encode(), "a.yaml", sidecar.encode())
    assert problems == [] and source is not None
    assert [(b.kind, " ".join(b.display.split())) for b in source.blocks] == [
        ("chrome", "Ministry of Foreign Affairs Press Release No. 41"), ("title", title), ("body", PARAGRAPHS[0])]
    # the same entry for line 3 alone gives that line only: the range is what joins the lines
    alone = SIDECAR.format(title=title, line="1").replace('"1": body', '"1": chrome\n  "3": title')
    _, problems = parse_source("a.txt", RELEASE.encode(), "a.yaml", alone.encode())
    assert [p.message.split(", but")[0] for p in problems] == [
        "the file states title 'ANKARA DEMANDS THAT DAMASCUS WITHDRAW ITS FORCES,'"]
    assert "block_kinds" in problems[0].hint


@pytest.mark.parametrize(("entries", "message"), [
    ('"8": body', "block_kinds: '8': the article has 7 lines"),
    ('"2": body', "block_kinds: '2': line 2 is blank: no block starts there"),
    ('"5-3": body', "block_kinds: '5-3': the range ends before it starts"),
    ('"3-5": title\n  "5": body', "block_kinds: '5': overlaps the entry '3-5'"),
    ('"3-x": body', "block_kinds: '3-x' is not a line number"),
])
def test_block_kinds_naming_no_block_of_the_article_are_errors_at_their_key(entries: str, message: str) -> None:
    sidecar = SIDECAR.format(title="T", line="1").replace('"1": body', entries)
    _, problems = parse_source("a.txt", RELEASE.encode(), "a.yaml", sidecar.encode())
    key = entries.split("\n")[-1].strip()
    at = [(p.path, p.line, p.column) for p in problems if p.message == message]
    assert at == [("a.yaml", sidecar.split("\n").index("  " + key) + 1, 3)], [p.message for p in problems]


def test_a_sidecar_url_that_disagrees_with_a_bare_url_line_is_an_error() -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPHS[0]}\n\nhttps://tass.com/politics/1126525\n"
    sidecar = SIDECAR.format(title=HEADLINE, line=1).replace('"1": body', '"1": title')
    right = sidecar + "url: https://tass.com/politics/1126525\n"
    wrong = sidecar + "url: https://tass.com/politics/999\n"
    _, problems = parse_source("a.txt", text.encode(), "a.yaml", right.encode())
    assert problems == []
    _, problems = parse_source("a.txt", text.encode(), "a.yaml", wrong.encode())
    assert [(p.path, p.line, p.column, p.severity) for p in problems] == [("a.txt", 5, 1, "error")]
    assert "states url 'https://tass.com/politics/1126525'" in problems[0].message


# Wire copy: one sentence to a paragraph.  At some wrap widths a paragraph's last line is so
# full that the next paragraph's first word would not have fitted on it either.
WIRE = [
    "BEIRUT (AP) \u2014 Trucks loaded with flour and blankets waited at a border crossing on "
    "Wednesday as shelling closed the roads leading south, aid workers said.",
    "One driver said he had been parked near the crossing for three days with no word on when "
    "he could move on.",
    "The U.N. office that coordinates the deliveries said it had asked all sides to let the "
    "convoys through but had received no guarantees.",
    "Aid groups say the number of people sleeping in the open has grown every week since December.",
    "Officials in Ankara said more camps would be built on the Turkish side of the border.",
]
# Long-form copy: several sentences to a paragraph, so a sentence often ends a full line inside one.
LONG_FORM = [
    "The camp sits on a muddy hillside. Its tents were meant for a summer. Families have added "
    "plastic sheets and scraps of carpet, but the rain still comes in. Children walk an hour to "
    "fetch water. Nobody knows when they will go home.",
    "Aid workers say they cannot keep up. A warehouse in the town is empty. The trucks that "
    "should fill it are stuck at the border. One manager said he had never seen it this bad. "
    "He has worked here for six years.",
    "In the evening, the men gather around a fire. They talk about the villages they left. "
    "Some still have keys to houses that no longer stand. Others have stopped talking about "
    "going back at all.",
]


@pytest.mark.parametrize("width", range(50, 81))
def test_wrapped_wire_copy_ends_a_paragraph_at_a_full_line_that_ends_a_sentence(width: int) -> None:
    text = HEADLINE + "\n" + "\n".join(textwrap.fill(p, width) for p in WIRE) + "\n"
    assert _body(text) == WIRE


@pytest.mark.parametrize("width", range(50, 81))
def test_wrapped_long_form_is_never_split_inside_a_paragraph(width: int) -> None:
    text = HEADLINE + "\n" + "\n".join(textwrap.fill(p, width) for p in LONG_FORM) + "\n"
    found = _body(text)
    joined = iter(found)
    assert " ".join(LONG_FORM) == " ".join(found)
    assert all(any(" ".join(LONG_FORM[i:j]) == part for i in range(3) for j in range(i + 1, 4)) for part in joined)


def test_a_copyright_notice_after_the_story_is_not_a_paragraph() -> None:
    notice = ("Copyright 2020 The Associated Press. All rights reserved. This material may not be "
              "published, broadcast, rewritten or redistributed.")
    text = HEADLINE + "\n" + "\n".join(textwrap.fill(p, 66) for p in WIRE + [notice]) + "\n"
    assert _body(text) == WIRE
    assert ("note", notice) in _kinds(text)


# Hard-wrapped body lines that look like something else (found by bench/scale's generator).
def test_a_wrapped_line_that_recurs_in_another_paragraph_stays_body_text() -> None:
    first = ("Ankara says its convoys were resupplying observation posts, an official said in a\n"
             "statement to the local press.")
    second = ("The governor of Hatay province repeated the warning on Sunday, an aide said in a\n"
              "statement to the local press.")
    text = f"{HEADLINE}\n\n{first}\n\n{second}\n"
    assert _kinds(text) == [("title", HEADLINE), ("body", " ".join(first.split("\n"))),
                            ("body", " ".join(second.split("\n")))]


def test_a_first_line_with_a_sentence_end_inside_that_runs_on_is_not_a_headline() -> None:
    par = ("Fighting went on around Saraqib throughout Thursday. The fate of the town of\n"
           "Maarat al-Numan has strained relations between Ankara and Moscow, which back\n"
           "opposite sides in the war.")
    text = par + "\n\n" + textwrap.fill(PARAGRAPHS[0], 76) + "\n"
    assert _kinds(text) == [("body", " ".join(par.split("\n"))), ("body", PARAGRAPHS[0])]


def test_a_first_line_that_is_a_headline_of_two_sentences_stays_a_headline() -> None:
    headline = "Fighting goes on around Saraqib. Ankara blames Moscow"
    text = headline + "\n" + textwrap.fill(PARAGRAPHS[0], 76) + "\n"
    assert _kinds(text) == [("title", headline), ("body", PARAGRAPHS[0])]


def test_a_full_wrapped_line_of_names_and_titles_is_not_a_subheading() -> None:
    par = ("U.S. Special Envoy for Syria James Jeffrey Smith described the move as\n"
           "\u201ccompletely unacceptable\u201d and said Washington would consult its allies.")
    text = f"{HEADLINE}\n\n{par}\n\n" + textwrap.fill(PARAGRAPHS[2], 72) + "\n"
    assert _kinds(text) == [("title", HEADLINE), ("body", " ".join(par.split("\n"))), ("body", PARAGRAPHS[2])]


def test_a_short_first_line_cut_off_by_a_stray_blank_line_is_rejoined_to_its_paragraph() -> None:
    par = ("Government forces had failed to push the rebels out of\n\n"
           "the villages south of the town, the latest in a series of setbacks.")
    text = f"{HEADLINE}\n\n{PARAGRAPHS[3]}\n\n{par}\n"
    assert _kinds(text) == [("title", HEADLINE), ("body", PARAGRAPHS[3]), ("body", " ".join(par.split()))]


def test_a_recurring_line_left_alone_by_a_stray_blank_line_stays_body_text() -> None:
    first = "Ankara says its convoys were resupplying observation posts, an official said in a\n\nstatement to the local press."
    second = ("The governor of Hatay province repeated the warning on Sunday, an aide said in a\n"
              "statement to the local press.")
    text = f"{HEADLINE}\n\n{first}\n\n{second}\n"
    assert _kinds(text) == [("title", HEADLINE), ("body", " ".join(first.split())),
                            ("body", " ".join(second.split("\n")))]


def test_a_sentence_repeated_as_a_paragraph_of_its_own_is_not_a_repeated_headline() -> None:
    said = "Officials described the attacks as \u201ca gross violation of international law.\u201d"
    text = f"{HEADLINE}\n\n{PARAGRAPHS[3]}\n\n{said}\n\n{said}\n"
    assert _kinds(text) == [("title", HEADLINE), ("body", PARAGRAPHS[3]), ("body", said), ("body", said)]
