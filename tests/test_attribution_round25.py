"""Round 24's classes (session fix15u): general rules pinned with sentences of our own, not the set's."""

import pytest

from test_attribution import labels, speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The French envoy, Pierre Duval, said in Geneva that Paris was weighing new sanctions, "
        "but that \"no troops will be sent\".",
        ["new:Pierre Duval", "new:Pierre Duval"],
        id="a_place_after_said_in_then_a_that_clause_is_no_agent"),
    pytest.param(
        "Taoiseach and Minister for Defence Aoife Brennan has said the shelling must end at once.",
        ["new:Aoife Brennan"],
        id="a_title_joined_by_and_to_a_formal_office_is_one_persons_titles"),
    pytest.param(
        "Germany and Minister of State Anna Berg said the talks would go on.",
        [""],  # two speakers, one plural subject: nobody named (LABELS "Lists of subjects", 2026-12-04; was the first's)
        id="a_nation_joined_to_an_office_is_still_two_speakers"),
    pytest.param(
        "The General Affairs Council of 14 May 2021 said it \"firmly rejects any pushback\".",
        ["new:General Affairs Council"],
        id="a_date_after_a_bodys_name_is_no_part_of_it"),
    pytest.param(
        "Members of every party today said the same: the border stays shut.",
        [""],
        id="members_of_every_party_are_a_group_not_a_body"),
    pytest.param(
        "The Norwegian Foreign Ministry welcomed the truce. Norway has given about $2 billion in aid since 2012, "
        "according to ministry figures.",
        ["new:Norwegian Foreign Ministry", "new:Norwegian Foreign Ministry"],
        id="a_bodys_figures_by_its_head_noun_are_the_body_named_before"),
])
def test_round24_precision(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_an_answer_mark_is_the_one_introduced_right_before_the_questions() -> None:
    text = ("Oslo hopes the truce will last\n\n"
            "\"We hope the agreement lasts,\" Foreign Minister Kari Lunde told reporters.\n\n"
            "Henrik Dahl, a lecturer in Middle East history at the University of Bergen, answered questions "
            "from the newspaper.\n\n"
            "Q: Will the truce last?\n\n"
            "A: Probably not. Earlier deals broke down within weeks.\n\n"
            "Q: Why does it matter to Norway?\n\n"
            "A: Trade routes pass nearby.")
    assert labels(text) == ["new:Kari Lunde"] + ["new:Henrik Dahl"] * 3


STENOGRAM = """RECORD
of the sitting of 3 March 2021

Chair. Colleagues, three factions asked for the floor on the border. Olga Petrovna Ivanova, please.

Ivanova O. P., chair of the Committee on Defence.

The border guards have done their duty. We will not accept threats from our neighbours.

Chair. Thank you. Boris Nikolayevich Orlov.

Orlov B. N., leader of the faction.

Colleagues, our faction supports the government. The crisis was caused by smugglers.

Voice from the hall. What about the farmers?

Orlov B. N. The farmers will be paid in full.

Chair. Anna Sergeyevna Belova.

Belova A. S., deputy chair of the Committee on Budget.

The budget has room for the guards. Nobody here wants a war."""


def test_a_stenograms_tags_give_the_surname_first_and_the_initials_after() -> None:
    got = [(words, who) for kind, words, who in speakers(STENOGRAM) if kind == "direct"]
    assert got == [("The border guards", "new:Olga Ivanova"), ("We will not", "new:Olga Ivanova"),
                   ("Colleagues, our faction", "new:Boris Orlov"), ("The crisis was", "new:Boris Orlov"),
                   ("The farmers will", "new:Boris Orlov"),
                   ("The budget has", "new:Anna Belova"), ("Nobody here wants", "new:Anna Belova")]


@pytest.mark.parametrize("tag", ["{}:", "{}"], ids=["with_a_colon", "in_capitals_before_the_words"])
def test_a_surname_with_initials_after_is_the_pages_full_name(tag: str) -> None:
    ivanova, orlov = (tag.format(name) for name in (("Ivanova O.P." if ":" in tag else "IVANOVA O. P."),
                                                      ("Orlov B.N." if ":" in tag else "ORLOV B. N.")))
    text = ("RECORD\n\nChair. Olga Petrovna Ivanova, then Boris Nikolayevich Orlov.\n\n"
            f"{ivanova} The border guards have done their duty.\n\nChair. Thank you.\n\n"
            f"{orlov} The crisis was caused by smugglers.\n\n{ivanova} The posts are ready.")
    assert labels(text) == ["new:Olga Ivanova", "new:Boris Orlov", "new:Olga Ivanova"]


def test_an_aside_as_his_critics_call_him_is_no_speaker() -> None:
    text = ("Prime Minister Viktor Kral spoke to his party on Tuesday. The veteran, as his critics at home call him, "
            "repeated his demand that the army pull back by Friday.")
    assert speakers(text, unnamed=True) == [("reported", "The veteran, as", "")]
