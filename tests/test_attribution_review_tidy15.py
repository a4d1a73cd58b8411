"""Two rules of the headlines that only the evaluation set held (issue 15, review, session tidy15): a section label
before a headline's quotation ("Interview: '...'", "Interview | '...'") is no word of what the headline condenses, so
the quotation is still the guest's answer; and a headline whose subject is a country ("Syria denounces ... before the
UN") is the country's, proposed as new, even when the body gives the words to its government (a known actor) or its
ministry (LABELS.md "A headline's subject is its speaker" and "'Syria' as a delegation and as a country").  Texts of
our own, each rule in two outlets' forms.  Also the one reading of a minister's portfolio (:func:`.cast.portfolio_ministry`)
for "the ministry" of a sentence that names the minister: a rank ("Prime Minister") names no ministry."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels


@pytest.mark.parametrize("text", [
    pytest.param("Interview: 'Observers Must Watch The Line'\n\n"
                 "We spoke to Hanna Viklund, a former monitor in the region, about the ceasefire.\n\n"
                 "The Ledger: Ms Viklund, will the ceasefire hold?\n\n"
                 "Viklund: Only if observers watch it closely. Nobody else can hold the line.\n\n"
                 "The Ledger: And the refugees?\n\n"
                 "Viklund: They will stay in the camps for the winter, I am afraid.",
                 id="colon_kicker_questions_by_the_paper"),
    pytest.param("Interview | 'Observers Must Watch The Line'\n\n"
                 "Hanna Viklund monitored two earlier truces in the region. Northern Post spoke with her about the "
                 "ceasefire.\n\n"
                 "Northern Post: Will the ceasefire hold?\n\n"
                 "Viklund: Only if observers watch it closely. Nobody else can hold the line.\n\n"
                 "Northern Post: And the refugees?\n\n"
                 "Viklund: They will stay in the camps for the winter, I am afraid.",
                 id="bar_kicker_standfirst"),
])
def test_tidy15_a_section_label_before_a_headlines_quotation_is_not_a_word_of_it(text: str) -> None:
    assert headlined(text)[0] == ("direct", "Observers Must Watch", "new:Hanna Viklund")


@pytest.mark.parametrize("text", [
    pytest.param("Syria denounces Turkish shelling before the UN\n\n"
                 "Damascus, Mar 3 (Wire) The Syrian government on Tuesday denounced the Turkish shelling of villages in "
                 "Idlib province and called it a breach of the UN Charter.\n\n"
                 "Villagers said several houses had been hit.",
                 id="wire_dateline_government"),
    pytest.param("Syria denounces Turkish shelling of villages before UN\n\n"
                 "DAMASCUS, March 3 (SANA) - The Syrian Foreign Ministry said in letters to the UN that the Turkish "
                 "shelling of villages in Idlib was an aggression.",
                 id="agency_dateline_ministry"),
])
def test_tidy15_a_headlines_country_subject_is_the_country_not_its_government(text: str) -> None:
    assert headlined(text)[0] == ("reported", "Syria denounces Turkish", "new:Syria")


_CALL = " discussed the escalation in Idlib in a phone call with his Turkish counterpart, the ministry said."


def test_tidy15_the_ministry_of_a_sentence_naming_a_minister_is_his_portfolios() -> None:
    assert labels(f"Aoun to Kubis: no new wave\n\nForeign Minister Nassif Hitti{_CALL}") == ["new:Foreign Ministry"]


def test_tidy15_a_ministers_rank_is_no_portfolio() -> None:
    """Guard: "Prime Minister X ..., the ministry said" proposes no "Prime Ministry" (the older regex did)."""
    assert labels(f"Aoun to Kubis: no new wave\n\nPrime Minister Hassan Diab{_CALL}") == [""]
