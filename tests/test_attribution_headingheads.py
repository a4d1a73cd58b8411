"""A heading's subject told by its role or its acronym, and the person or body the body names so (session fix15eu):
"UN chief ...", "UN relief chief ..." over the body's holder of the body's top title or of that portfolio
(:mod:`idlibsite.attribution.bodyhead`), "FO urges ...", "MEA says ..." over the body the acronym spells, not the
spokesperson whose title opens with it (:mod:`idlibsite.attribution.spelledbody`), and a headline's "as" before a
second subject (:func:`idlibsite.attribution.headlines.headline_clauses`).  Texts of our own in the forms of a wire
agency's story, a national agency's English service, the UN's news page, a South Asian daily and a local paper; names
made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodyhead import body_head
from idlibsite.attribution.headlines import headline_clauses
from idlibsite.attribution.spelledbody import spelled_body
from test_attribution import headlined


def headline_speaker(text: str) -> str:
    """The speaker ``headlined`` gives the headline's first passage."""
    return next(got for _, start, got in headlined(text) if start == " ".join(text.split()[:3]))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("UN chief urges restraint in Libya\n\nUNITED NATIONS, March 3 (AFP) - UN humanitarian chief Omar Haddad "
                 "said aid convoys had been stopped twice this week.\n\nUN Secretary-General Lena Varga on Tuesday urged "
                 "all sides to halt the fighting around Tripoli.",
                 "new:Lena Varga", id="wire_top_title_before_the_name_not_the_humanitarian_chief"),
    pytest.param("UN chief calls for calm in the Sahel as farmers flee\n\nNew York, March 2, 2021 (NAN) The UN "
                 "Secretary-General, Mr Paolo Brandt, has called for calm in the Sahel.\n\nThe UN Under-Secretary-General "
                 "for Humanitarian Affairs, Mr Kofi Mensah, said the camps were overflowing.",
                 "new:Paolo Brandt", id="national_agency_apposition_with_honorific_not_the_under_secretary"),
    pytest.param("Yemen: famine 'at the door', UN relief chief warns Security Council\n\n12 March 2021\n\nIvo Lasko, "
                 "Under-Secretary-General and Emergency Relief Coordinator, told the Council "
                 "that millions were at risk.\n\nMara Quint, Under-Secretary-General for Political and Peacebuilding "
                 "Affairs, said talks would resume.",
                 "new:Ivo Lasko", id="un_news_portfolio_in_the_title_of_one_of_two_under_secretaries"),
    pytest.param("WHO head says vaccines must reach the camps\n\nGENEVA (Reuters) - WHO Assistant Director-General Mia "
                 "Ross said the first doses had left Geneva.\n\nWHO Director-General Anil Sarin told reporters on Monday "
                 "that the camps had waited too long.",
                 "new:Anil Sarin", id="wire_director_general_of_the_acronym"),
])
def test_a_headlines_body_head_is_the_person_the_body_bills_as_its_head(text: str, expected: str) -> None:
    assert headline_speaker(text) == expected


@pytest.mark.parametrize(("phrase", "text"), [
    pytest.param("UN rights chief", "UN Secretary-General Lena Varga said the report was grave.",
                 id="a_portfolio_no_title_holds_names_nobody"),
    pytest.param("UN chief", "UN Deputy Secretary-General Ama Owusu and UN Under-Secretary-General Ivo Lasko spoke.",
                 id="two_of_a_deputys_rank_name_nobody"),
    pytest.param("UN chief", "A UN spokesman said the Secretary-General was following the talks closely.",
                 id="a_head_the_page_never_names_stays_unnamed"),
    pytest.param("UN aid chief", "Ivo Lasko, the UN's aid chief, and Mara Quint, head of UN aid operations in Syria, spoke.",
                 id="two_holders_of_the_portfolio_name_nobody"),
    pytest.param("Nato chief", "EU foreign policy chief Jan Berg said Nato would meet.", id="another_bodys_chief"),
])
def test_guard_a_body_head_nobody_or_two_are_billed_as_is_no_name(phrase: str, text: str) -> None:
    assert body_head(phrase, text) == ""


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("FO urges restraint in Kashmir, says embassy in Kabul in touch with Pakistanis\n\nISLAMABAD, Mar 5 "
                 "(APP): Foreign Office Spokesperson Sana Qadir said at her weekly briefing that Pakistan wanted calm.",
                 "new:Foreign Office", id="agency_two_letter_acronym_over_the_spokespersons_title"),
    pytest.param("MFA says no Sri Lankans hurt in Beirut blast\n\nCOLOMBO: Ministry of Foreign Affairs Spokesman Kamal "
                 "Perera said on Thursday that all Sri Lankans in Lebanon had been accounted for.",
                 "new:Ministry of Foreign Affairs", id="daily_acronym_of_a_ministry_of"),
    pytest.param("MoD rejects claims of strikes on camps\n\nAMMAN: Ministry of Defence Spokesman Colonel Nasser Odeh "
                 "told reporters that no aircraft had flown over the camps.",
                 "new:Ministry of Defence", id="agency_mixed_case_acronym"),
])
def test_a_headlines_acronym_is_the_body_it_spells_not_its_spokesperson(text: str, expected: str) -> None:
    assert headline_speaker(text) == expected


def test_guard_an_acronym_that_spells_a_title_is_the_titles() -> None:
    text = "Foreign Minister Shah Karim said the Foreign Ministry would send a team."
    assert spelled_body("FM", text) == ""
    assert spelled_body("FO", "Foreign Office Spokesperson Sana Qadir said. The Foreign Office said.") == "Foreign Office"
    assert spelled_body("FO", "The Foreign Office and the Finance Office both said so.") == ""


@pytest.mark.parametrize(("headline", "parts"), [
    pytest.param("UN chief demands ceasefire in Libya as Malians at border seek help",
                 ["UN chief demands ceasefire in Libya", "as Malians at border seek help"], id="a_peoples_plural_after_as"),
    pytest.param("Minister urges calm as fighting displaces thousands",
                 ["Minister urges calm", "as fighting displaces thousands"], id="an_event_in_s_after_as"),
    pytest.param("Ireland to give €2m in aid as minister says EU must act",
                 ["Ireland to give €2m in aid as minister says EU must act"], id="guard_an_act_with_no_speech_verb_before"),
    pytest.param("Minister says Ali will serve as envoy to Ankara",
                 ["Minister says Ali will serve as envoy to Ankara"], id="guard_as_before_a_noun"),
])
def test_a_headlines_as_before_a_second_subject_parts_two_statements(headline: str, parts: list[str]) -> None:
    assert [headline[a:b] for a, b in headline_clauses(headline, 0, len(headline))] == parts
