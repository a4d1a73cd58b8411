"""Rounds 38-39's classes of issue 15 (session fix15bb): op-eds, relays and clauses.  Texts of our own, written
before the rule; names, outlets and forms are made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.cast import holder
from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Opinion\n\nThe harbour can wait\n\nBy Lena Okafor\n\n"
        "I wrote in this space last year that the harbour plan was too costly. Nothing has changed.",
        [("reported", "I wrote in", "new:Lena Okafor")],
        id="the_author_wrote_in_a_place_then_a_time_that"),
    pytest.param(
        "Opinion\n\nThe harbour can wait\n\nBy Lena Okafor\n\n"
        "I wrote in this newspaper in 2017 that the harbour plan was too costly.",
        [("reported", "I wrote in", "new:Lena Okafor")],
        id="the_author_wrote_in_a_place_in_a_year_that"),
])
def test_an_op_eds_author_wrote_in_these_pages(text: str, expected: list[tuple[str, str, str]]) -> None:
    """LABELS, op-eds: a speech verb whose subject is "I" is the author the byline names; "wrote" reports speech when
    what was said follows it, after the place it was written and when ("wrote in these pages last month that")."""
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Ministry spokesperson Tomas Brandt said the minister, Karin Holm, had urged her Danish counterpart to act.",
        ["new:Karin Holm"],
        id="a_title_with_its_holder_in_apposition_is_the_principal"),
    pytest.param(
        "Ministry spokesperson Tomas Brandt said Minister Karin Holm had raised the fishing quotas with her Danish counterpart.",
        ["new:Karin Holm"],
        id="a_matter_raised_with_a_counterpart_is_an_act_of_speech"),
    pytest.param(
        "Ministry spokesperson Tomas Brandt said Minister Karin Holm had raised the readiness of the coast guard.",
        ["new:Tomas Brandt"],
        id="guard_raising_readiness_is_no_speech"),
    pytest.param(
        "Ministry spokesperson Tomas Brandt said Minister Karin Holm had discussed the fishing quotas with her Danish counterpart.",
        ["new:Tomas Brandt"],
        id="guard_a_matter_discussed_is_both_sides_talk"),
])
def test_a_relay_of_a_principal_named_in_apposition_or_raising_a_matter(text: str, expected: list[str]) -> None:
    """LABELS rule 3, one test for relays: "X said the minister, Y, had urged ..." is Y's act of speech (the title's holder
    named in apposition), and so is "had raised (or discussed) a matter with" someone; "raised the readiness" is no speech."""
    assert labels(text) == expected


def test_a_bare_title_is_the_pages_own_holder_not_a_foreign_ones() -> None:
    """:mod:`.cast`: of two holders of "President", "the President" (naming no nation) is the one whose title names no
    other country than the page's; a title naming the foreign nation still finds its own holder."""
    text = ("Skopje, 2 March (MIA) - The council was chaired by President Marko Ilic.\n\n"
            "He spoke by phone with Greek President Nikos Laskaris, his office said.\n\n")
    assert holder("the President", text) == "Marko Ilic"
    assert holder("the Greek President", text) == "Nikos Laskaris"


def test_an_author_label_is_a_byline() -> None:
    """LABELS, op-eds: "Author: Name" on a line of its own near the top names the writer "I" stands for, as "By Name"."""
    text = ("The harbour can wait\n\nAuthor: Lena Okafor-Mensah\n\n"
            "I wrote last year that the harbour plan was too costly.")
    assert labels(text) == ["new:Lena Okafor-Mensah"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Talks went on. Governor Karin Holm's spokesperson, Tomas Brandt, says the Governor is deeply worried and is "
        "calling for calm.",
        ["new:Karin Holm"],
        id="the_principals_state_by_her_spokesperson_in_apposition"),
    pytest.param(
        "Talks went on. Governor Karin Holm's spokesperson, Tomas Brandt, says the talks are over.",
        ["new:Tomas Brandt"],
        id="guard_the_spokespersons_own_report_of_something_else"),
    pytest.param(
        "Talks went on. Governor Karin Holm's spokesperson, Tomas Brandt, says the Governor had spoken to the mayor by phone.",
        ["new:Tomas Brandt"],
        id="guard_the_principals_act_without_words_stays_the_spokespersons"),
])
def test_a_principals_state_relayed_by_her_spokesperson_in_apposition(text: str, expected: list[str]) -> None:
    """LABELS rule 3: "Name's spokesperson, X, says the <Name's title> is concerned and is calling for ..." is the
    principal's own state and call (as "X is concerned, his spokesman said"), not the spokesperson's."""
    assert labels(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Students in Lyon said they had been told to stay indoors.", [""],
                 id="a_plural_of_a_person_noun_in_a_place_is_nobody"),
    pytest.param("Teachers from Arequipa said the schools were shut.", [""],
                 id="a_plural_of_a_person_noun_from_a_place_is_nobody"),
])
def test_a_generic_plural_opening_a_sentence_before_a_place_is_nobody(text: str, expected: list[str]) -> None:
    """LABELS rule 6: a plural of people ("Students", capitalised only because it opens the sentence) before a place
    names nobody; the place is no speaker."""
    assert labels(text) == expected


def test_a_second_speaker_after_while_and_a_possessive_title() -> None:
    """LABELS rule 11, two speakers in one sentence: ", while his Danish counterpart Name warned ..." is cut once, where
    both the conjunction's and the possessive subject's forms of a second clause agree, and is the second speaker's."""
    text = "Minister Karl Berg said Europe must hold firm, while his Danish counterpart Lars Holm warned against haste."
    assert labels(text) == ["new:Karl Berg", "new:Lars Holm"]
