"""Round 18's remaining classes of error: an expert roundup under name headings, "As X said", ..."""

from __future__ import annotations

from test_attribution import speakers

_ROUNDUP = (
    "Ask the Panel: Will the Valley Dams Hold?\n\n"
    "Three specialists answer a question from our editor.\n\n"
    "Mira Holt\n\n"
    "Senior hydrologist at the River Institute\n\n"
    "The dams will hold this year. I have walked every one of them.\n\n"
    "The farmers told me that the warnings came late. As Ilse Marken said in May, \"Nobody can fix a dam in a week.\"\n\n"
    "Tomas Brandt\n\n"
    "Director of the Upland Water Trust\n\n"
    "No. More than half of the engineers said the old walls were cracking.\n\n"
    "Ana Sorel, Fellow at the Coastal Policy Centre\n\n"
    "The money exists. The council talks about \"shared burdens\" but pays nothing.")


def test_an_experts_answer_under_a_heading_with_name_and_title_is_the_experts() -> None:
    holt, brandt, sorel = "new:Mira Holt", "new:Tomas Brandt", "new:Ana Sorel"
    assert speakers(_ROUNDUP) == [
        ("direct", "The dams will", holt), ("direct", "I have walked", holt),
        ("direct", "The farmers told", holt), ("direct", "As Ilse Marken", holt),
        ("direct", "Nobody can fix", "new:Ilse Marken"),
        ("direct", "No. More than", brandt),
        ("direct", "The money exists.", sorel), ("direct", "The council talks", sorel), ("direct", "shared burdens", sorel)]


def test_one_name_heading_is_a_sections_not_a_roundups() -> None:
    got = speakers("Valley Floods\n\nMira Holt\n\nSenior hydrologist at the River Institute\n\n"
                   "The dams will hold this year, the council said.")
    assert got == [("reported", "The dams will", "")]


def test_as_and_a_name_opening_the_sentence_is_the_speech_verbs_subject() -> None:
    assert speakers('As Ilse Marken said in May, "Nobody can fix a dam in a week."') == [
        ("direct", "Nobody can fix", "new:Ilse Marken")]


def test_a_nations_authorities_are_that_countrys_actor_when_known_else_the_country_proposed() -> None:
    """LABELS rule 9 as settled on 2026-12-01: "Greek authorities said" is `new: Greece` (was nobody named)."""
    assert speakers("Greek authorities said the dam had held. The Turkish authorities said the border was open.") == [
        ("reported", "Greek authorities said", "new:Greece"), ("reported", "The Turkish authorities", "turkey")]


def test_a_governments_figures_are_the_governments() -> None:
    assert speakers("More than 300 families have left since the flood, according to Greek government figures.") == [
        ("reported", "More than 300", "new:Greek government")]


def test_a_newsletters_lead_in_before_a_colon_is_no_part_of_the_subject() -> None:
    assert speakers('Not keen on talks, at least for now: the Valley Radio, which said Monday that the dam "will hold '
                    'whatever comes".') == [("reported", "Not keen on", "new:Valley Radio"), ("direct", "will hold whatever", "new:Valley Radio")]


def test_a_clause_before_the_ministry_added_is_no_name_in_apposition() -> None:
    got = speakers("The Greek Interior Ministry said the border was closed. Trucks have stopped at Kastanies, the ministry added.")
    assert got == [("reported", "The Greek Interior", "new:Greek Interior Ministry"), ("reported", "Trucks have stopped", "new:Greek Interior Ministry")]


_QUESTION_RELAYS = (
    "Remarks by Water Commissioner Ilse Marken upon arrival at the Valley Council\n\n"
    "Q. Will the dam hold?\n\n"
    "The dam will hold.\n\n"
    "Q. The Greek Prime Minister said on Monday that the valley needs a second dam. Do you agree?\n\n"
    "We will study it.\n\n"
    "Q. When?\n\n"
    "Next week.")


def test_a_nations_office_in_a_question_is_not_the_answerer_who_holds_no_such_office() -> None:
    ilse = "new:Ilse Marken"
    assert speakers(_QUESTION_RELAYS) == [
        ("direct", "The dam will", ilse), ("reported", "The Greek Prime", ""), ("direct", "We will study", ilse),
        ("direct", "Next week.", ilse)]


def test_french_copy_in_translation_guillemets_and_inversions() -> None:
    got = speakers("Ilse Marken judged it «unacceptable» that farmers were being used «as a shield» by the council. "
                   "Tomas Brandt, Ilse Marken's deputy, let it be known that the council had «taken note» of the protest.")
    assert got == [("reported", "Ilse Marken judged", "new:Ilse Marken"), ("direct", "as a shield", "new:Ilse Marken"),
                   ("reported", "Tomas Brandt, Ilse", "new:Tomas Brandt"), ("direct", "taken note", "new:Tomas Brandt")]
    assert speakers("«We did not open the gates», retorted the Valley Council spokesman, Ada Quill.") == [
        ("direct", "We did not", "new:Ada Quill")]


def test_a_medium_verb_right_after_the_quotation_and_according_to_her() -> None:
    assert speakers("«The council plays at every table», analyses Mira Holt, a hydrologist. "
                    "According to her, the dam «will hold» until May.") == [
        ("direct", "The council plays", "new:Mira Holt"), ("reported", "According to her,", "new:Mira Holt"),
        ("direct", "will hold", "new:Mira Holt")]


def test_a_participle_after_the_clause_goes_on_with_words_of_its_own_around_a_quotation() -> None:
    got = speakers("«Without water there is no harvest», the minister insisted on Tuesday, warning that the valley "
                   "«will not be abandoned» by the state.")
    assert [kind for kind, _, _ in got] == ["reported", "direct", "direct"]


def test_a_speech_verb_in_a_clause_of_time_is_not_the_sentences_attribution() -> None:
    assert speakers("More than 300 families have left the valley since Valeria announced on Friday that it would "
                    "open the dam, according to the River Institute.") == [
        ("reported", "More than 300", "new:River Institute")]


def test_an_honorific_stands_for_the_person_named_before() -> None:
    got = speakers('Sheikh Omar Haddad, the council\'s deputy head, spoke on Sunday. "The valley will not be sold," '
                   'his eminence said.')
    assert got == [("direct", "The valley will", "new:Omar Haddad")]


def test_recounted_reports_speech_and_inverts_after_a_quotation() -> None:
    assert speakers('"We dug with our hands," recounted Omar Haddad, a volunteer. "The crane came too late."') == [
        ("direct", "We dug with", "new:Omar Haddad"), ("direct", "The crane came", "new:Omar Haddad")]
