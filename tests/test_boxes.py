"""Boxes and notes that a story copied from a site carries around its paragraphs (batch 7 of bench/ingest):
a site's lists, a summary box, an explainer's questions, an author's bio, disclaimers and wire notes,
breadcrumbs and captions, a wrapped headline over its byline, a print page's running head, a post
copied with its count of views. Every text is our own."""

from conftest import ROOT
from idlibsite.dates import PartialDate
from idlibsite.errors import Loc
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.records import SourceMeta
from idlibsite.sources.stated import disagreements, stated_values

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Turkish and Russian officials met again in Ankara on Tuesday to discuss the fighting in Idlib, "
         "diplomats said.\n\nNo statement was issued after the talks, which lasted about three hours.\n")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.display) for b in cut_blocks(text)]


def _of(text: str, words: str) -> str:
    return next(kind for kind, shown in _kinds(text) if shown == words)


def test_a_most_read_list_and_its_items_are_chrome_and_the_story_above_stays() -> None:
    text = ("Talks on Idlib end without a deal\n\n" + STORY + "\nMost read\n1. Camps near the border run out of room\n"
            "2. Lira slips as tension grows\n\nA later paragraph of the page says more about the talks.\n")
    kinds = _kinds(text)
    assert ("chrome", "Most read") in kinds
    assert ("chrome", "1. Camps near the border run out of room") in kinds
    assert ("chrome", "2. Lira slips as tension grows") in kinds
    assert ("body", "A later paragraph of the page says more about the talks.") in kinds


def test_a_list_label_takes_no_sentence_under_it_as_an_item() -> None:
    text = "Talks on Idlib end without a deal\nKey events\nThe ministry said the talks would go on next week.\n"
    assert _of(text, "The ministry said the talks would go on next week.") == "body"


def test_a_summary_box_gives_its_points_as_paragraphs_under_a_heading() -> None:
    text = ("Turkish jets strike Syrian positions near Saraqib\n\nKey points:\nFive soldiers were killed at a post\n"
            "Turkey says it hit dozens of targets\n\n" + STORY)
    kinds = _kinds(text)
    assert ("subheading", "Key points:") in kinds
    assert ("body", "Five soldiers were killed at a post") in kinds
    assert ("body", "Turkey says it hit dozens of targets") in kinds


def test_a_line_ending_in_a_colon_over_a_quoted_sentence_is_no_summary_box() -> None:
    text = ("Turkey warns Damascus over Idlib posts\n\nThe statement read:\n"
            "\u201cAny attack on our posts will be answered at once.\u201d\n\n" + STORY)
    assert not any(kind == "subheading" for kind, _ in _kinds(text))


def test_an_explainers_questions_over_their_answers_are_headings() -> None:
    text = ("Idlib: what happens now?\n\n" + STORY + "\nWho holds the province?\nMost of it is held by armed groups "
            "that the UN lists as terrorist, and by rebels that Turkey backs.\n\nWhat comes next?\nTalks in Moscow "
            "are expected next week.\n")
    kinds = _kinds(text)
    assert ("subheading", "Who holds the province?") in kinds
    assert ("subheading", "What comes next?") in kinds


def test_a_question_in_a_text_without_blank_lines_stays_a_paragraph() -> None:
    text = ("Idlib: what happens now?\nTurkish and Russian officials met again in Ankara on Tuesday, diplomats said.\n"
            "Why now?\nThe talks were called after the shelling of a Turkish post.\n")
    assert _of(text, "Why now?") == "body"


def test_an_authors_bio_under_the_story_is_a_note_a_sentence_about_someone_else_is_not() -> None:
    text = ("Talks on Idlib end without a deal\nExample Writer\n\n" + STORY
            + "\nExample Writer is the Example Daily's Ankara correspondent, based in Istanbul.\n\n"
            "Example Other is a correspondent who covered the talks in 2018, the ministry said.\n")
    assert _of(text, "Example Writer is the Example Daily's Ankara correspondent, based in Istanbul.") == "note"
    assert _of(text, "Example Other is a correspondent who covered the talks in 2018, the ministry said.") == "body"


def test_a_disclaimer_and_a_wire_update_note_are_notes() -> None:
    text = ("UPDATE 1-Turkey says talks on Idlib will go on\n\n(Adds ministry statement)\n\n" + STORY
            + "\nThe views expressed by the authors do not necessarily reflect the position of the editors.\n")
    assert _of(text, "(Adds ministry statement)") == "note"
    assert _of(text, "The views expressed by the authors do not necessarily reflect the position of the editors.") \
        == "note"
    found = find_metadata(text, cut_blocks(text), OUTLETS)
    assert found.title.value == "Turkey says talks on Idlib will go on"
    assert "UPDATE 1-" in found.title.note


def test_a_breadcrumb_is_chrome_over_the_headline_and_a_photo_line_is_a_caption() -> None:
    text = ("World | Middle East\n\nTurkish police close the road to the border crossing\n\n"
            "Turkish police closed the road to the crossing on Sunday as crowds waited nearby.\n\n"
            "Photo: A police officer stands at the crossing. (Example Agency)\n\n"
            "Buses kept arriving through the night, witnesses said.\n")
    kinds = _kinds(text)
    assert kinds[0] == ("chrome", "World | Middle East")
    assert kinds[1] == ("title", "Turkish police close the road to the border crossing")
    assert ("caption", "Photo: A police officer stands at the crossing. (Example Agency)") in kinds
    assert find_metadata(text, cut_blocks(text), OUTLETS).title.value == kinds[1][1]


def test_a_headline_wrapped_in_a_narrow_column_over_its_byline_is_the_title() -> None:
    text = ("Turkey warns it will strike Syrian\nforces anywhere after the attack\nBY EXAMPLE WRITER\n"
            "ANKARA \u2014 Turkey's president said on\nWednesday that his forces would strike\n")
    kinds = _kinds(text)
    assert kinds[0] == ("title", "Turkey warns it will strike Syrian forces anywhere after the attack")
    assert kinds[1] == ("byline", "BY EXAMPLE WRITER")


def test_a_print_pages_running_head_names_the_paper_as_a_guess() -> None:
    text = "9 THE EXAMPLE COURIER Friday, March 6, 2020\n\nCeasefire begins in Idlib\n\n" + STORY
    found = find_metadata(text, cut_blocks(text), OUTLETS)
    assert (found.outlet.value, found.outlet.certain) == ("The Example Courier", False)
    assert found.date.iso == "2020-03-06"


def test_a_post_copied_with_its_views_names_its_account_and_its_own_first_line_is_the_title() -> None:
    text = ("Example Channel\n27.02.2020 14:32\n\n\u2757\ufe0fStatement on the situation near Saraqib\n\n" + STORY
            + "\n\U0001f441 8.1K  edited 14:40\n")
    kinds = _kinds(text)
    assert kinds[0] == ("byline", "Example Channel")
    found = find_metadata(text, cut_blocks(text), OUTLETS)
    assert found.title.value == "Statement on the situation near Saraqib"
    assert (found.outlet.value, found.outlet.certain) == ("Example Channel", False)


def test_a_news_copy_with_a_short_line_over_its_date_keeps_it_as_the_title() -> None:
    text = "Talks on Idlib end\n27.02.2020 14:32\n\n" + STORY
    assert _kinds(text)[0] == ("title", "Talks on Idlib end")


def test_share_menu_and_jump_lines_are_chrome_and_dates_with_a_weekday_comma_or_pm_are_date_lines() -> None:
    text = ("Menu\n\nTalks on Idlib end without a deal\nTue, 18 Feb 2020 16:02 GMT\nShare on Facebook\n\n"
            + STORY + "\nContinued on page 4\n\nPosted Mon 10 Feb 2020 at 9:41pm\n")
    kinds = _kinds(text)
    assert ("chrome", "Menu") in kinds and ("chrome", "Share on Facebook") in kinds
    assert ("chrome", "Continued on page 4") in kinds
    assert ("dateline", "Tue, 18 Feb 2020 16:02 GMT") in kinds
    assert ("dateline", "Posted Mon 10 Feb 2020 at 9:41pm") in kinds


def test_an_editors_note_and_a_correction_are_notes_a_sentence_opening_with_correction_is_not() -> None:
    text = ("Talks on Idlib end without a deal\n\n"
            "Editor's note: This article was updated at 14:20 GMT with comment from the ministry.\n\n" + STORY
            + "\nCorrection of the border line was demanded by Ankara: officials said it was a first step.\n\n"
            "Correction, 8 March 2020: An earlier version of this article misstated the date of the talks.\n\n"
            "This story has been corrected to show that the talks lasted three hours, not two.\n")
    assert _of(text, "Editor's note: This article was updated at 14:20 GMT with comment from the ministry.") == "note"
    assert _of(text, "Correction, 8 March 2020: An earlier version of this article misstated the date of the talks.") \
        == "note"
    assert _of(text, "This story has been corrected to show that the talks lasted three hours, not two.") == "note"
    assert _of(text, "Correction of the border line was demanded by Ankara: officials said it was a first step.") \
        == "body"


def test_a_byline_with_its_place_and_date_under_a_standfirst_gives_the_date_and_the_bio_under_the_story() -> None:
    text = ("Talks on Idlib end without a deal\n\n"
            "Officials on both sides say the next round will decide whether the truce agreed in March can hold.\n\n"
            "By Example Writer | Gaziantep | 7 March 2020\n\n" + STORY
            + "\nExample Writer is a freelance journalist based in Gaziantep. Follow her on Twitter @example.\n")
    assert _of(text, "By Example Writer | Gaziantep | 7 March 2020") == "byline"
    assert _of(text, "Example Writer is a freelance journalist based in Gaziantep. Follow her on Twitter @example.") \
        == "note"
    found = find_metadata(text, cut_blocks(text), OUTLETS)
    assert found.date.iso == "2020-03-07"
    assert "By Example Writer | Gaziantep | 7 March 2020" in found.date_note.note


def test_a_byline_s_name_is_pre_filled_without_its_place_and_date_and_a_sidecar_with_the_whole_line_still_agrees() -> None:
    text = "Talks on Idlib end without a deal\n\nBy Example Writer | Gaziantep | 7 March 2020\n\n" + STORY
    found = find_metadata(text, cut_blocks(text), OUTLETS)
    assert found.byline.value == "Example Writer"
    stated = stated_values(cut_blocks(text))
    for byline, problems in (("Example Writer", 0), ("Example Writer | Gaziantep | 7 March 2020", 0), ("Other Writer", 1)):
        meta = SourceMeta("a", "Example Daily", "", "Talks on Idlib end without a deal", PartialDate("2020-03-07", "day"), "",
                          byline, "", "en", False, Loc("a.yaml", 1, 5))
        assert len([p for p in disagreements("a.txt", "a.yaml", text, stated, meta) if "byline" in p.message]) == problems
