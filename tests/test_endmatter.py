"""Agencies' credits and sites' prompts around a story's paragraphs, and photo credits between them, are no paragraphs
of the story (sources/endmatter.py, linekinds.PHOTO_CREDIT); an agency credited so is the story's agency, and one that
took a photo is not.  Every text here is ours, in the forms of several outlets' pages and copies."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.endmatter import end_kind
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
FIRST = ("Families returned to Atarib on Sunday to check on their houses, a day after the truce began, local council "
         "members said.")
SECOND = "Most left again before dark, carrying blankets and documents."


def _kinds(middle: str, end: str = "") -> list[tuple[str, str]]:
    text = f"Families return briefly to Atarib\n\n{FIRST}\n\n{middle}\n\n{SECOND}\n" + (f"\n{end}\n" if end else "")
    return [(b.kind, b.display) for b in cut_blocks(text)]


@pytest.mark.parametrize("line", [
    "— With AFP", "(With Reuters)", "(Avec AFP et Reuters)", "(mit dpa)", "Mit Material von dpa",
    "Agencies contributed to this report.", "Associated Press writer Lena Hartwig in Moscow contributed to this report.",
    "(Example Post staff contributed reporting to this story.)",
    # a publisher's notice that states its terms instead of reserving all rights
    "Copyright 2020 Example Wire Service. Reproduction only with a link to the source.",
    "© Le Courrier d'Exemple 2020 - Reproduction interdite",
    "Copyright 2020 Example News. This article may not be reproduced without permission.",
])
def test_a_credit_after_the_story_is_a_note(line: str) -> None:
    assert end_kind(line) == "note"
    assert ("note", line) in _kinds(SECOND, line) and ("body", SECOND) in _kinds(SECOND, line)


@pytest.mark.parametrize("line", [
    "Sign up for Levant Notes, our free weekly newsletter.",
    "Recevez chaque soir l'essentiel : inscrivez-vous à notre newsletter.",
    "Newsletter: Die wichtigsten Nachrichten am Morgen – jetzt kostenlos abonnieren.",
    "Get the latest alerts on your phone: download our app for iOS and Android.",
    "Install the Example Courier app for breaking news.",
    "Follow us on Twitter and Facebook for more news from the region.",
    "Suivez-nous sur Facebook et Twitter.",
])
def test_a_site_s_prompt_between_or_after_the_paragraphs_is_chrome(line: str) -> None:
    assert end_kind(line) == "chrome"
    assert ("chrome", line) in _kinds(line)


@pytest.mark.parametrize("paragraph", [
    # body paragraphs that mention a newsletter, an app, a report, copyright or reporting: the story's own sentences
    "The ministry said it would send a weekly newsletter to subscribers in the camps, and asked aid groups to sign up.",
    "Residents said they could download the government's app to register for aid, but few had a signal.",
    "\"We contributed to this report with our own figures,\" the monitor's director said.",
    "Reporters were not allowed to enter the town, and reporting from the area relies on local residents.",
    "The agency said it holds the copyright to the images and that all rights reserved to it would be defended.",
    "Aid workers said they would follow up on Twitter with the names of the villages hit.",
    "Talks with AFP reporters in Idlib were cut short by the shelling, witnesses said.",
    "Copyright holders said the photographs could not be reproduced without permission from the families.",
    "The 2020 copyright law bans the reproduction of state documents, the agency noted in its report on the camps.",
])
def test_a_paragraph_that_mentions_them_is_still_body(paragraph: str) -> None:
    """Guards: a sentence of the story about a newsletter, an app, copyright, reporting or an agency stays body."""
    assert end_kind(paragraph) == ""
    assert ("body", paragraph) in _kinds(paragraph)


@pytest.mark.parametrize("credit", [
    "(Photo: Aref Example/AFP via Getty Images)", "Photo : Omar Example / AFP", "Foto: Lena Example/AFP",
])
def test_a_photo_credit_between_paragraphs_is_a_caption_and_its_agency_not_the_story_s(credit: str) -> None:
    kinds = _kinds(credit)
    assert ("caption", credit) in kinds and [k for k, _ in kinds].count("body") == 2
    text = f"Families return briefly to Atarib\nBy Selim Arda\n\n{FIRST}\n\n{credit}\n\n{SECOND}\n"
    meta = find_metadata(text, cut_blocks(text), OUTLETS)
    assert (meta.byline.value, meta.agency.value) == ("Selim Arda", "")


def test_the_story_s_own_agency_credit_is_read_beside_a_photo_credit() -> None:
    """Guard: a story that credits AFP keeps AFP as its agency when a photo's credit names AFP too."""
    text = f"Families return briefly to Atarib\n\n{FIRST}\n\n(Photo: Aref Example/AFP)\n\n{SECOND}\n\n— With AFP\n"
    assert find_metadata(text, cut_blocks(text), OUTLETS).agency.value == "Agence France-Presse"


def test_photographs_in_a_sentence_are_body() -> None:
    """Guard: a paragraph about photographs is no photo credit."""
    paragraph = "Photographs published on Monday showed the market in ruins, and the council said twelve shops burned."
    assert ("body", paragraph) in _kinds(paragraph)
