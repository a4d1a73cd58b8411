"""The lead's review items in the attribution code (issue 15, session rev15): one title pattern in the source stage,
per-page lookups, a headline cut from its deck; each pinned by pages of our own in other outlets' forms."""

from __future__ import annotations

import re

import pytest

from idlibsite.attribution.namedbefore import named_before
from idlibsite.attribution.wordlists import TITLES as OFFICE_TITLES
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.titles import NOUNS_IN_PROSE, TAG_ONLY, TITLE, TITLES
from idlibsite.sources.turns import TITLES as TAG_TITLES
from test_attribution import cut_page, said_opening


def _openings(text: str) -> list[str]:
    """The first three words of every passage found."""
    return [first for _kind, first, _who in cut_page(text)]


# 1. One title pattern

def test_the_source_stages_titles_are_one_list_the_office_titles_are_built_on() -> None:
    assert TAG_TITLES <= TITLES  # a tag's titles, a part of the one list
    assert TITLES - NOUNS_IN_PROSE - TAG_ONLY <= OFFICE_TITLES
    assert not (NOUNS_IN_PROSE | TAG_ONLY) & OFFICE_TITLES  # "her father said": kin, no title, in running prose; "StS
    # Amsel": the tag's full name, read in tags


def test_the_title_pattern_reads_every_title_capitalised_with_or_without_its_stop() -> None:
    pattern = re.compile(rf"{TITLE}\s+(?=[A-Z])")
    for written in ("Father Luis ", "Fr. Luis ", "Gen. Sarr ", "General Sarr ", "Mr. Sarr ", "Senator Sarr ", "Imam Sarr "):
        assert pattern.match(written), written
    assert not pattern.match("Sheriff Sarr ")  # no title of the list
    assert not pattern.match("Dream Team ")  # "Dr" only as a word of its own


def test_a_view_for_a_titled_name_takes_any_title_of_the_list() -> None:
    # "For General X, who ..., the truce "..."": a rank as well as a cleric's or a scholar's title (LABELS Round 43)
    text = ("Generals weigh in on the truce\n\nBANJUL, May 4 (GNA) - For General Amina Touray, who commands the border "
            "brigade, the truce \"buys the army a week and nothing more\". The ministry did not comment.")
    assert said_opening(text, "For General Amina") == "new:Amina Touray"
    assert said_opening(text, "buys the army") == "new:Amina Touray"


def test_a_person_mourned_by_a_titled_name_with_its_stop_is_mourned_in_words() -> None:
    # "X mourned Mr. Y in a message": condolences, speech (LABELS Round 27), whatever title stands before the name
    text = ("Parish mourns its teacher\n\nLAGOS, June 2 - President Ada Obi mourned Mr. Thomas Okafor in a short message "
            "on Sunday. The funeral is on Friday.")
    assert said_opening(text, "President Ada Obi") == "new:Ada Obi"


def test_a_crowd_mourning_a_titled_name_says_nothing() -> None:
    # guard: "Thousands mourned Mr. Y": a crowd's grief, no mourner named, no words told
    text = ("Parish mourns its teacher\n\nLAGOS, June 2 - Thousands mourned Mr. Thomas Okafor in the streets on Sunday. "
            "The funeral is on Friday.")
    assert _openings(text) == []


# 2. Per-page lookups

_PAGE = ("Ankara, 3 March. President Erdogan met Dr. Ayşe Kaya, the envoy, on Monday; Kaya said the talks went on. "
         "Erdogans and St. Kaya-Demir are other words. The U.N. said little; Mr.Demir wrote back.")


@pytest.mark.parametrize("name", ["Erdogan", "President Erdogan", "Kaya", "Ayşe Kaya", "Dr.", "U.N.", "Kaya-Demir",
                                  "Demir", "Putin", "said", "St", "Mr."])
def test_a_name_named_before_any_point_of_the_page_is_what_a_search_of_the_page_before_tells(name: str) -> None:
    # the page is searched once per name; "named before this sentence?" compares with where it first stands, exactly
    # as a search of the text before would tell, a name at the very end of that text too ("... met Dr." cut there, or
    # "Mr." cut before the "Demir" it is run into: no name there)
    for cut in range(len(_PAGE) + 1):
        before = _PAGE[:cut]
        assert named_before(name, _PAGE, before) == (re.search(rf"\b{re.escape(name)}\b", before) is not None), (name, cut)


# 3. A headline cut from its deck

_FLASHES = ("Andina | Agencia Peruana de Noticias\nWorld\n\n"
            "06-03-2020 | 09:02\n"
            "Ankara says the border talks with Athens will go on through the weekend\n"
            "Spokeswoman Leyla Demirci said the two delegations would meet again on Saturday in Edirne.\n\n"
            "Turkish presidency spokeswoman Leyla Demirci told reporters in Ankara that the talks had been \"frank and useful\" "
            "and that both sides wanted the crossings calm before the summer season. Greek officials did not comment. (Andina)\n\n"
            "06-03-2020 | 11:40\n"
            "Lima sends a second aid flight to the Turkish border\n"
            "The Foreign Ministry said the plane carried tents, blankets and medicine for families from Idlib.\n\n"
            "The Peruvian Foreign Ministry said in a statement that the aircraft left Callao at dawn with twelve tonnes of "
            "supplies for the camps near Reyhanli, and that a third flight was planned for April. (Andina)\n")


def _kinds(text: str) -> list[tuple[str, str]]:
    """Each block's kind and first three words."""
    return [(b.kind, " ".join(b.display.split()[:3])) for b in cut_blocks(text, title_hint=text.splitlines()[0])]


def test_a_flashs_headline_with_no_stop_is_cut_from_the_deck_right_under_it() -> None:
    # a wire page's flash: its headline (no stop) and its deck on the next line, no blank line between, in a page that
    # writes each paragraph on one line: two blocks, the headline a heading, the deck a sentence of its own
    kinds = _kinds(_FLASHES)
    at = kinds.index(("subheading", "Ankara says the"))
    assert kinds[at + 1] == ("body", "Spokeswoman Leyla Demirci")
    assert said_opening(_FLASHES, "Spokeswoman Leyla Demirci") == "new:Leyla Demirci"
    assert said_opening(_FLASHES, "Ankara says the") == "turkey"


def test_a_hard_wrapped_sentence_broken_before_a_capital_stays_one_paragraph() -> None:
    # guard: a page wrapped at a width (no paragraph on one line) breaks sentences before capitals ("... between\nPutin")
    text = ("Talks in Moscow\n\n"
            "The foreign ministers met on Thursday to prepare the talks between\n"
            "Putin and Erdogan, officials said in a statement released at noon.\n"
            "The meeting lasted three hours, the ministry added after it.\n")
    assert [k for k, _ in _kinds(text)].count("subheading") == 0


def test_a_line_that_stops_on_a_small_word_is_no_headline() -> None:
    # guard: in a page written a paragraph a line, a line broken after "the" runs on into the next one
    text = _FLASHES.replace("Ankara says the border talks with Athens will go on through the weekend\n",
                            "Ankara says the border talks with Athens will go on through the\n")
    assert ("subheading", "Ankara says the") not in _kinds(text)


# 4. Old leftovers of files 350-399

_AID = ("Slovak aid for Idlib\n\n"
        "BRATISLAVA, March 4 - The Slovak aid organisation Families in Crisis, which has worked in Syria since 2014, said its "
        "staff were handing out blankets in camps near Atmeh.\n\n"
        "The rights group Lawyers without Borders said its team had reached the border on Monday.\n\n"
        "The state news agency Tass in Moscow said the talks would go on.\n")


def test_a_bodys_name_with_small_words_after_its_kind_is_the_bodys_name() -> None:
    # "the Czech aid organisation People in Need" (399, 625): the description before the name is no part of it (rule 2),
    # a name with "in" after a plural ("Families in Crisis") or a small word ("Lawyers without Borders") inside
    assert said_opening(_AID, "The Slovak aid") == "new:Families in Crisis"
    assert said_opening(_AID, "The rights group") == "new:Lawyers without Borders"


def test_a_body_and_its_seat_after_in_are_no_one_name() -> None:
    # guard: "the state news agency Tass in Moscow": the agency where it sits, not a body called "Tass in Moscow"
    assert "Tass in Moscow" not in said_opening(_AID, "The state news")
