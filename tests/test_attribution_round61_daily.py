"""Rounds 56 and 58's daily-use classes (issue 15, session fix15dt): a subject's adverb is no part of its name ("X has
so far rejected", "as even the government says", "X already hosts ... and says"), relays of a principal's view, generic
plurals.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.subject import subject_phrase
from test_attribution import said_opening


@pytest.mark.parametrize(("left", "subject"), [
    pytest.param("Oslo has so far", "Oslo", id="so_far"),
    pytest.param("Chile has always", "Chile", id="always"),
    pytest.param("Lisbon has long", "Lisbon", id="long"),
    pytest.param("as even the Bulgarian government", "the Bulgarian government", id="even_before"),
    pytest.param("Jordan already hosts some 650,000 Syrian refugees and", "Jordan", id="coordinated_after_adverb"),
    pytest.param("Lebanon hosts many Syrian refugees and", "Lebanon", id="coordinated_one_word"),
    pytest.param("Senator Russell Long", "Senator Russell Long", id="guard_long_a_name"),
    pytest.param("We have always", "We have always", id="guard_a_pronouns_clause"),
])
def test_fix15dt_an_adverb_is_no_part_of_the_subject(left: str, subject: str) -> None:
    assert subject_phrase(left) == (subject, "")


_CHARTER = ("Talks end in Geneva\n\nThe Council welcomed the truce. Anna Keller, spokeswoman for the secretary-general, said "
            "that Maria Lindqvist hoped it would bring \"a durable halt to the fighting\" and open roads for aid.\n\n")
_TITLED = ("Talks end in Geneva\n\nThe UN welcomed the truce. U.N. spokeswoman Anna Keller said Secretary-General Maria "
           "Lindqvist hoped the truce would bring \"a durable halt to the fighting\".\n\n")
_BEIJING = ("Summit ends in Sochi\n\nIn Beijing the mood was calm. Li Wei, the presidential spokesman, said on Monday that the "
            "meeting showed both sides could \"talk as partners\". He added that Mr Zhao regarded the meeting as \"candid and "
            "useful\".\n\n")
_UNQUOTED = ("Summit ends in Sochi\n\nIn Beijing the mood was calm. Li Wei, the presidential spokesman, said on Monday that the "
             "meeting showed both sides could \"talk as partners\". He added that Mr Zhao regarded the meeting as useful.\n\n")
_MINISTER = ("Summit ends in Sochi\n\nForeign Minister Chen Bo said on Monday that the meeting showed both sides could \"talk "
             "as partners\". He added that Mr Zhao regarded the meeting as \"candid and useful\".\n\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_CHARTER, "Anna Keller, spokeswoman", "new:Maria Lindqvist", id="spokeswoman_for_the_title"),
    pytest.param(_CHARTER, "a durable halt", "new:Maria Lindqvist", id="spokeswoman_for_the_title_quotation"),
    pytest.param(_TITLED, "U.N. spokeswoman Anna", "new:Anna Keller", id="guard_a_bodys_title_hoped_would"),
    pytest.param(_BEIJING, "He added that", "new:Zhao", id="view_by_name_quoted"),
    pytest.param(_BEIJING, "candid and useful", "new:Zhao", id="view_by_name_quotation"),
    pytest.param(_UNQUOTED, "He added that", "new:Li Wei", id="guard_view_unquoted"),
    pytest.param(_MINISTER, "He added that", "new:Chen Bo", id="guard_teller_no_spokesman"),
])
def test_fix15dt_a_spokesman_relays_his_principals_view(text: str, opening: str, who: str) -> None:
    # LABELS rule 3 and Rounds 47/49 (round 58's question 7): "Name, spokesman for the secretary-general, said that Y
    # hoped ..." is Y's (the spokesperson introduced as the principal's own); "He added that Mr Y regarded the talks as
    # '...'" after a spokesman is Y's (his view with its words quoted); unquoted, or told by a minister, the teller's
    assert said_opening(text, opening) == who


_PLAN = "Ministers head to Cairo\n\nRuiz will travel to Cairo on Monday, according to a Commission spokesperson.\n\n"
_CONDEMNED = "Ministers head to Cairo\n\nRuiz condemned the raid on Monday, according to a Commission spokesperson.\n\n"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_PLAN, "Ruiz will travel", "new:Commission", id="plan_told_by_unnamed_spokesperson"),
    pytest.param(_CONDEMNED, "Ruiz condemned the", "new:Ruiz", id="guard_act_of_speech_relayed"),
])
def test_fix15dt_a_plan_according_to_an_unnamed_spokesperson_is_the_bodys(text: str, opening: str, who: str) -> None:
    # LABELS round 58's questions: a plan told "according to a Commission spokesperson" is the Commission's (an unnamed
    # spokesperson is the body; a plan is no act of speech of the one who travels); an act of speech stays its doer's
    assert said_opening(text, opening) == who


_DECK = ("Quiet returns to Marib\n\nRiyadh says the truce is holding in Yemen's north, but residents say they will stay "
         "away until the shelling ends.\n\nThe coalition said on Monday that it had observed no violations.\n\n")
_PRETEXT = ("Quiet returns to Marib\n\nThe Houthi movement said on Monday that it had recorded dozens of violations by "
            "\"militias\", in what local activists described as a pretext for new raids.\n\n")
_NAMED_PRETEXT = _PRETEXT.replace("local activists", "the Yemeni government")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_DECK, "but residents say", "residents", id="but_a_bare_plural_says"),
    pytest.param(_DECK, "Riyadh says the", "new:Riyadh", id="first_clause_kept"),
    pytest.param(_PRETEXT, "in what local", "local activists", id="in_what_a_plural_described"),
    pytest.param(_NAMED_PRETEXT, "in what the", "new:Yemeni government", id="in_what_a_body_described"),
    pytest.param(_PRETEXT, "The Houthi movement", "new:Houthi movement", id="first_speaker_kept"),
])
def test_fix15dt_a_generic_plurals_clause_is_its_own(text: str, opening: str, who: str) -> None:
    # LABELS rule 6 and Round 57: "..., but residents say ..." and "..., in what local activists described as ..." are
    # passages of their own, an unnamed plural's (no speaker named), not the sentence's first speaker's
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("sentence", "who"), [
    ("The main opposition Democratic Left Party (DSP) called on the government to recall parliament.", "new:Democratic Left Party"),
    ("The opposition Democratic Left Party (DSP) called on the government to recall parliament.", "new:Democratic Left Party"),
])
def test_fix15dt_the_main_opposition_describes_the_party(sentence: str, who: str) -> None:
    # "The main opposition X Party (XP)": the party by its name, the description and the acronym no part of it
    assert said_opening(f"Soldiers killed in Tripoli\n\n{sentence}\n\n", " ".join(sentence.split()[:3])) == who


_DOHUK = ("Soldiers killed in strike\n\nAt least 12 soldiers were killed in an air strike near the border, the governor of "
          "Iraq's northern Dohuk province said on Friday.\n\nGovernor Ali Tamer told reporters in Dohuk that 20 wounded soldiers "
          "were being treated.\n\n")


@pytest.mark.parametrize(("text", "who"), [
    pytest.param(_DOHUK, "new:Ali Tamer", id="place_in_the_naming_sentence"),
    pytest.param(_DOHUK.replace("reporters in Dohuk", "reporters in Erbil"), "the governor of Iraq's northern Dohuk province",
                 id="guard_another_place"),
])
def test_fix15dt_a_governor_described_then_named_by_title(text: str, who: str) -> None:
    # LABELS rule 7: "the governor of X's Y province said" and next "Governor Name told reporters in Y": Name, the
    # province's word in his sentence if not in his title; in another place, still unnamed
    assert said_opening(text, "At least 12") == who


_TASS = ("Kremlin Hopes Paris Talks Will Bring Calm to Sahel\n\nThe meeting is set for Friday\n\nMOSCOW, March 4. /TASS/. The "
         "Kremlin hopes that the talks between the presidents in Paris on Friday will bring calm to the Sahel, Kremlin Spokesman "
         "Dmitry Peskov told reporters.\n\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Kremlin Hopes Paris", "kremlin", id="headline_subject_a_body"),
    pytest.param("The Kremlin hopes", "dmitry-peskov", id="body_teller_kept"),
])
def test_fix15dt_a_headlines_body_over_its_person(opening: str, who: str) -> None:
    # LABELS round 58's questions: "Kremlin Hopes ..." over "The Kremlin hopes ..., Kremlin Spokesman Y told reporters"
    # is the Kremlin's (a headline's subject is its speaker), the body's sentence stays the teller's (a hope is a state)
    assert said_opening(_TASS, opening) == who


_WHEN = ("Talks end in Sochi\n\nSOCHI — When Kazakh President Marat Bekov left the talks on Friday, he described the deal as a "
         "step that would \"bring our soldiers home.\"\n\n")


def test_fix15dt_when_a_name_opens_the_sentence_he_is_that_name() -> None:
    # LABELS Round 27: "When X emerged from the talks, he described the deal as ..." is X's ("he" for X named in the
    # sentence's own clause of time before)
    assert said_opening(_WHEN, "When Kazakh President") == "new:Marat Bekov"
    assert said_opening(_WHEN, "bring our soldiers") == "new:Marat Bekov"


_MUSCAT = ("Gulf states urge calm in Yemen\n\nUpdated 2 March 2020\n\nCAIRO: The Arab League called for a halt to the fighting.\n\n"
           "In Muscat, the Sultanate's Ministry of Foreign Affairs expressed deep concern over the escalation.\n\n"
           "The ministry said the Sultanate stood with the Yemeni people.\n\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_MUSCAT, "In Muscat, the", "new:Oman's Ministry of Foreign Affairs", id="state_kind_possessive_at_its_capital"),
    pytest.param(_MUSCAT, "The ministry said", "new:Oman's Ministry of Foreign Affairs", id="its_anaphor"),
    pytest.param(_MUSCAT.replace("In Muscat, the", "Meanwhile the"), "Meanwhile the Sultanate's", "new:Sultanate's Ministry of Foreign Affairs",
                 id="guard_no_country_known"),
])
def test_fix15dt_the_kingdoms_ministry_is_its_countrys(text: str, opening: str, who: str) -> None:
    # LABELS Round 46 ("the Sultanate" is the page's country) and round 58's: "In <capital>, the Kingdom's Ministry of
    # Foreign Affairs" is that country's ministry, and "The ministry said" after it; with no country told, as written
    assert said_opening(text, opening) == who


_HABIT = ("Beijing urges talks\n\nBrazil has always maintained that the borders of Bolivia should be respected, Costa said, "
          "adding that the talks must go on.\n\n")
_OWN_HABIT = "Letters\n\nChile has always said it stands for peace.\n\n"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_HABIT, "Brazil has always", "new:Costa", id="a_countrys_habit_closed_by_its_teller"),
    pytest.param(_OWN_HABIT, "Chile has always", "new:Chile", id="a_habit_told_by_nobody_else"),
])
def test_fix15dt_a_habit_is_the_tellers(text: str, opening: str, who: str) -> None:
    # LABELS Round 42: "has always maintained" is a habit, no earlier act: "X has always maintained ..., Y said" is Y's
    # (as a country's present closed by its spokesman); with no teller, the subject's
    assert said_opening(text, opening) == who
