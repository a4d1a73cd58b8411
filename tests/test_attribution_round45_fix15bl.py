"""Round 42's classes of issue 15 (session fix15bl): relays.  Texts of our own, written before the rule; names,
outlets and forms are made up."""

from __future__ import annotations

import pytest

from test_attribution import labels


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Spanish Prime Minister Ana Ruiz visited the border on Monday.\n\n"
        "Her chief of staff Marco Vidal said the Spanish prime minister had told the Turkish ambassador that Madrid "
        "stood with Ankara.",
        ["new:Ana Ruiz"],
        id="a_title_with_its_countrys_adjective_had_told"),
    pytest.param(
        "Ministry spokeswoman Eva Lind said in reply to questions from this newspaper that Minister Karl Holm had "
        "telephoned his Turkish counterpart to express sympathy.",
        ["new:Karl Holm"],
        id="in_reply_to_questions_before_the_reported_clause"),
    pytest.param(
        "The MFA of Latvia issued a statement on Friday. Spokesman Juris Ozols said the ministry condemned the "
        "shelling of civilians.",
        ["new:Latvian Foreign Ministry", "new:Latvian Foreign Ministry"],  # the country's ministry by its acronym (LABELS rule 9; set file 528)
        id="the_ministry_is_a_body_not_a_title"),
    pytest.param(
        "Ministry spokeswoman Eva Lind said in response to our queries that the embassy was open.",
        ["new:Eva Lind"],
        id="guard_a_state_after_in_response_to_stays_the_spokeswomans"),
    pytest.param(
        "The MFA of Latvia issued a statement on Friday. Spokesman Juris Ozols said the ministry would send aid.",
        ["new:Latvian Foreign Ministry", "new:Juris Ozols"],
        id="guard_the_ministrys_plan_stays_the_spokesmans"),
    pytest.param(
        "German Chancellor Otto Brenner met the envoy.\n\nDeputy spokesman Jan Wirt said the German chancellor hoped "
        "for a truce.",
        ["new:Jan Wirt"],
        id="guard_a_state_of_a_title_with_its_adjective_stays_the_spokesmans"),
])
def test_the_relay_test_reads_more_principals(text: str, expected: list[str]) -> None:
    """:mod:`.relayed`: the principal of "X said (that) Y <verb> ..." may be a title with its country's adjective ("the
    Turkish president had told"), after what the relay answered ("said in response to the paper's queries that"), or a
    body by its kind ("the ministry condemned"): Y's own act of speech done before is Y's; a plan or a state stays X's."""
    assert labels(text)[-len(expected):] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        'Secretary-General Maria Lind met the envoys on Monday.\n\n"The Secretary-General hopes the talks will resume '
        'soon," UN spokesman Paul Ode said in Geneva.',
        ["new:Maria Lind"],
        id="a_bodys_spokesman_quotes_the_principals_hope"),
    pytest.param(
        'Secretary-General Maria Lind met the envoys on Monday.\n\n"The Secretary-General fears a new wave of '
        'refugees," said Paul Ode, an OSCE spokesman.',
        ["new:Maria Lind"],
        id="the_spokesman_after_said_in_apposition"),
    pytest.param(
        'Secretary-General Maria Lind met the envoys on Monday.\n\n"The Secretary-General has spoken to both '
        'leaders," UN spokesman Paul Ode said.',
        ["new:Paul Ode"],
        id="guard_the_principals_act_without_words_stays_the_spokesmans"),
    pytest.param(
        'Secretary-General Maria Lind met the envoys on Monday.\n\n"Many people are afraid," UN spokesman Paul Ode said.',
        ["new:Paul Ode"],
        id="guard_a_quotation_of_no_principal_stays_the_spokesmans"),
])
def test_a_bodys_spokesman_quoting_the_principals_state(text: str, expected: list[str]) -> None:
    """Round 40's ruling (LABELS rule 3): a spokesman's quotation whose subject is his principal's state ("The
    Secretary-General hopes ...", "is concerned") is the principal's, the spokesman named with a body's title too ("UN
    spokesman Name said"), the title standing for its holder on the page; an act without words, or a quotation about
    others, stays the spokesman's.  (What he reports in his own sentence, "said the Secretary-General hoped ...", stays
    his: Round 29's ruling.)"""
    assert labels(text)[-len(expected):] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "A State Department spokesperson said that Secretary Karl Holm had telephoned his Turkish counterpart to "
        "express sympathy.\n\nThe spokesperson added that the embassy was open.",
        ["new:Karl Holm", "new:State Department"],
        id="the_spokesperson_after_a_bodys_relay_is_the_bodys"),
    pytest.param(
        "Ministry spokeswoman Eva Lind said that Minister Karl Holm had telephoned his Turkish counterpart to express "
        "sympathy.\n\nThe spokeswoman added that the embassy was open.",
        ["new:Karl Holm", "new:Eva Lind"],
        id="guard_the_spokeswoman_after_a_named_ones_relay_is_hers"),
])
def test_the_relayer_stays_the_next_referent(text: str, expected: list[str]) -> None:
    """:mod:`.speakers`: after a relay ("A spokesperson said Y had telephoned ..."), the relay's own subject is the most
    recent referent, a body's spokesperson too: "The spokesperson added ..." next is the body's (LABELS rule 3), not
    the principal's whose act was relayed."""
    assert labels(text) == expected
