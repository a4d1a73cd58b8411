"""Round 50's misses of finding and headlines (issue 15, session fix15cu): "denounced"/"denounces" report speech (a
union's or a party's condemnation, "which it said" after it); a view's tag after the words with the speaker's role set
off by commas ("..., Ana Ruiz, a Sahel expert, believes.") or a state of mind in place of the verb ("..., X, a political
scientist, is sure.", "..., analysts are convinced."); "sees in the deal ... a truce rather than ..." (a view, as a
French page writes "voit dans", with no quotation).  Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, labels, said_opening
from idlibsite.sources.speech import speech_verbs


def _verbs(sentence: str) -> list[str]:
    return [m.group() for m in speech_verbs(sentence)]


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Lagos, March 3 (NAN) - The Nigeria Labour Congress (NLC) denounced on Tuesday the silence of the "
                 "African Union on the war in Syria.", "The Nigeria Labour", "new:Nigeria Labour Congress",
                 id="fix15cu_union_denounced_a_day_after"),
    pytest.param("Quito, 2 March (Andes) - The Socialist Party of Ecuador on Monday denounced the bombing of hospitals "
                 "in Idlib.", "The Socialist Party", "new:Socialist Party of Ecuador", id="fix15cu_party_denounced"),
])
def test_fix15cu_denounced_reports_speech(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("sentence", [
    pytest.param("The Ghana Federation of Labour denounced Monday the arms sales to the region.", id="fix15cu_past"),
    pytest.param("Peru's farmers' union denounced the price of bread.", id="fix15cu_past_no_day"),
])
def test_fix15cu_denounce_is_a_speech_verb(sentence: str) -> None:
    assert _verbs(sentence)


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Moscow's offer to Ankara is a trap for both sides, Olga Verner, a Caucasus historian, believes.",
                 "Moscow's offer to", "new:Olga Verner", id="fix15cu_role_set_off_believes"),
    pytest.param("The border crossings will stay closed until the summer, Ahmed Karimov, a regional analyst, is sure.",
                 "The border crossings", "new:Ahmed Karimov", id="fix15cu_role_set_off_is_sure"),
    pytest.param("The sanctions will not change Tehran's course, Marta Lindqvist, an economist, is convinced.",
                 "The sanctions will", "new:Marta Lindqvist", id="fix15cu_role_set_off_is_convinced"),
])
def test_fix15cu_a_view_tag_after_the_words_with_a_role_set_off(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("sentence", [
    pytest.param("It is sure.", id="fix15cu_no_tag"),
    pytest.param("The minister is sure to attend the summit in Doha.", id="fix15cu_sure_to"),
    pytest.param("The villages near the front are convinced of nothing, and the roads are empty.", id="fix15cu_not_at_the_end"),
])
def test_fix15cu_is_sure_is_no_tag_without_a_comma_and_subject(sentence: str) -> None:
    assert _verbs(sentence) == []


@pytest.mark.parametrize("sentence", [
    pytest.param("She sees in the ceasefire signed on Sunday in Sochi a truce rather than a settlement.", id="fix15cu_sees_in_a"),
    pytest.param("The historian sees in this new border a retreat more than a victory for Damascus.", id="fix15cu_sees_in_an"),
])
def test_fix15cu_sees_in_x_a_y_is_a_view(sentence: str) -> None:
    assert _verbs(sentence)


@pytest.mark.parametrize("sentence", [
    pytest.param("He sees in the camps many children without shoes.", id="fix15cu_sees_in_a_place"),
    pytest.param("Residents see in the market a new bakery.", id="fix15cu_see_in_no_contrast"),
])
def test_fix15cu_sees_in_a_place_is_no_view(sentence: str) -> None:
    assert _verbs(sentence) == []


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("President Luis Arce received Foreign Minister Rogelio Mayta at the Casa Grande on Monday.\n\n"
                 "For his part, the minister reviewed the results of his tour of the Gulf states.",
                 "For his part,", "new:Rogelio Mayta", id="fix15cu_for_his_part_reviewed"),
    pytest.param("Prime Minister Jacinda Ardern met Defence Minister Peeni Henare in Wellington.\n\n"
                 "For his part, the defence minister discussed the deployment of the frigate to the Gulf.",
                 "For his part,", "new:Peeni Henare", id="fix15cu_for_his_part_discussed"),
])
def test_fix15cu_ones_part_in_a_readout_is_an_account_given(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("sentence", [
    pytest.param("The minister reviewed the troops on the parade ground.", id="fix15cu_one_side_reviewed"),
    pytest.param("Police reviewed the footage, and for his part, the mayor reviewed the plans.", id="fix15cu_not_opening"),
])
def test_fix15cu_reviewed_alone_is_no_speech(sentence: str) -> None:
    assert _verbs(sentence) == []


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param("Mothers of the fighters who left for Iraq fear that their sons will never come home, they told the "
                 "\"Delta Post\" correspondent.", "Mothers of the"),
    pytest.param("Families in Khasavyurt expect the worst for their sons, relatives told the \"Dagestan Today\" newspaper.",
                 "Families in Khasavyurt"),
])
def test_fix15cu_a_tag_after_the_words_with_a_medium_named_in_marks_is_reported(text: str, opening: str) -> None:
    assert ("reported", opening) in [(kind, first) for kind, first, _who in cut_page(text)]


def test_fix15cu_a_whole_quotation_after_a_tag_is_no_name_in_marks() -> None:
    assert [kind for kind, _first, _who in cut_page('Aid is coming, he told "We will help."')] == ["direct"]


@pytest.mark.parametrize("sentence", [
    pytest.param("March 3: shelling hits Saraqib; the Turkish Defence Ministry states that 30 soldiers were wounded.", id="fix15cu_timeline_ministry"),
    pytest.param("The Interior Ministry states that the border with Iraq will remain closed.", id="fix15cu_interior_ministry"),
    pytest.param("In his letter, he states that no aid has reached the camps.", id="fix15cu_pronoun"),
])
def test_fix15cu_a_body_states_that(sentence: str) -> None:
    assert "states" in _verbs(sentence)


@pytest.mark.parametrize("sentence", [
    pytest.param("Gulf states that buy Russian arms are under pressure.", id="fix15cu_gulf_states"),
    pytest.param("Several member states that opposed the resolution abstained.", id="fix15cu_member_states"),
    pytest.param("The ministry states its position every week.", id="fix15cu_no_that"),
])
def test_fix15cu_states_as_a_noun_or_without_that_is_no_speech(sentence: str) -> None:
    assert "states" not in _verbs(sentence)


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Senator Ana Ruiz asked the ministry to publish the figures. The ministry, she said, \"cannot wait for a "
                 "disaster\".", "The ministry, she", "new:Ana Ruiz", id="fix15cu_aside_then_quoted_predicate"),
    pytest.param("MP Kofi Mensah wrote to the Speaker on Monday. The government, he said, “has forgotten our students”.",
                 "The government, he", "new:Kofi Mensah", id="fix15cu_aside_curly_marks"),
])
def test_fix15cu_a_subject_an_aside_and_its_predicate_quoted_is_reported(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15cu_an_aside_before_a_quoted_sentence_is_no_predicate() -> None:
    assert [kind for kind, _first, _who in cut_page('Peace, he said, "Is coming soon".')] == ["direct"]


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("In a statement, CONAMUS « condemns the bombing of schools, whoever its authors ».", "new:CONAMUS",
                 id="fix15cu_frame_guillemets_acronym"),
    pytest.param("The Bar Association met on Friday. In a communiqué issued after the meeting, the Bar Association "
                 "\"condemns the bombing of the hospital\".", "new:Bar Association", id="fix15cu_frame_straight_marks"),
])
def test_fix15cu_a_frame_and_a_subject_before_its_quoted_predicate_is_reported(text: str, who: str) -> None:
    said = [(kind, who) for kind, first, who in cut_page(text) if first.startswith("In a")]
    assert said == [("reported", who)]


def test_fix15cu_a_frame_before_a_quoted_sentence_is_no_predicate() -> None:
    assert [kind for kind, _f, _w in cut_page('In a statement, the council "Stands with the victims".')] == ["direct"]


@pytest.mark.parametrize("sentence", [
    pytest.param("The Government followed with concern, at Thursday's cabinet meeting, the fighting in northern Mali.",
                 id="fix15cu_followed_with_concern_set_off"),
    pytest.param("The Senegalese government follows with deep concern the situation in the Sahel.", id="fix15cu_follows_with_deep_concern"),
    pytest.param("The ministry follows with great concern the fate of the students in Kharkiv.", id="fix15cu_follows_with_great_concern"),
])
def test_fix15cu_following_with_concern_states_a_concern(sentence: str) -> None:
    assert _verbs(sentence)


@pytest.mark.parametrize("sentence", [
    pytest.param("The journalists followed the convoy with cameras and with concern for their safety.", id="fix15cu_followed_a_convoy"),
    pytest.param("UN envoy ‘following with great concern’", id="fix15cu_heading_participle_quoted"),
    pytest.param("Chile is following with great concern the fighting in Idlib, the Foreign Ministry said.", id="fix15cu_state_told_by_a_tag"),
])
def test_fix15cu_following_something_else_is_no_statement_of_concern(sentence: str) -> None:
    assert not any("concern" in verb for verb in _verbs(sentence))


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Addis Ababa, March 5/2020 (ENA) – The Ministry of Foreign Affairs has called on Ethiopians living in Turkey to "
                 "register with the missions.", "new:Ministry of Foreign Affairs", id="lead_day_slash_year_then_agency"),
    pytest.param("Asmara, February 28/2020 (Shabait) - The Ministry of Information said the country followed the events in Syria "
                 "closely.", "new:Ministry of Information", id="lead_day_slash_year_then_ministry_of_information"),
])
def test_a_wire_credit_with_its_day_and_year_joined_by_a_slash_is_no_part_of_the_name(text: str, who: str) -> None:
    """A wire's credit in the Ethiopian and Eritrean agencies' form ("March 5/2020 (ENA) –"): when and by whom it was filed,
    never the start of the speaker's name (issue 15: a stub must not start with its dateline; round 51's first score named
    a ministry "March 5/2020 (WALTA) – The Ministry of Foreign Affairs")."""
    assert labels(text) == [who]


def test_a_view_tag_at_the_sentence_s_end_comes_last_among_its_verbs() -> None:
    """The verbs of a sentence are listed in the text's order: a closing "..., X, a political scientist, is sure." after an
    earlier "said" is the last, not the first (callers take the first verb as the sentence's attribution)."""
    assert _verbs("The minister said the talks went well, and the deal will hold, Ana Ruiz, a political scientist, is "
                  "sure.") == ["said", "is sure"]
