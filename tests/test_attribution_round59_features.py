"""Round 54's feature quotes (issue 15, session fix15do): a feature's people tagged after their words by what they do
("says the baker, who ...", "says the tailor"), the person the paragraph names (LABELS rule 8); a stated view "For"
a cleric's title and a name with a quotation after it (LABELS Round 43, rule 2: "Father" is a title); a person named as
the subject of a sentence that opens with two places ("At the temple, in Kowloon, Rabbi X led ..."), whom "he" next
stands for; and one described with an apposition ("One mourner, a retired teacher, was ...") whom "he" next stands for,
nobody named (rule 6).  A spokesperson's principal named by surname alone under a possessive title ("The Prime
Minister's spokeswoman, X, said that Albanese was following ... "..."") is the principal, and the title next
("The Prime Minister renewed ..., the spokeswoman added") stands for him (LABELS rule 3, Round 47); a title the
spokesman's role gives his principal ("press secretary of the President of Russia") is not his; a relative named in
apposition before ("her husband, Taras Melnyk,") is that name when "Her husband told ..." (rule 7).  Texts of our own,
in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.described import described_as, describes_person
from idlibsite.attribution.forms import principal_role
from idlibsite.attribution.kin import kin_named
from idlibsite.attribution.match import principal_words, serving
from test_attribution import ACTORS, cut_page, said_opening


_FEATURE = ("In Marseille, Armenians watch Karabakh on their phones\n\nBy Claire Dumas\n\n"
            "Behind the counter of a bakery on Rue de Rome, Aram Petrosyan, 58, keeps the radio on all day.\n\n"
            "\"Every evening I call my cousins and count the voices,\" says the baker, who came from Yerevan in 1991. Three of "
            "his cousins, he says, have left Stepanakert.\n\n"
            "Two streets away, Lusine Hakobyan, 41, mends coats for the neighbourhood.\n\n"
            "\"Here my son sleeps at night,\" says the tailor. \"My brother wrote that the cellar is cold.\"\n")


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("Every evening I", "new:Aram Petrosyan", id="fix15do_says_the_baker_who_came"),
    pytest.param("Three of his", "new:Aram Petrosyan", id="fix15do_he_says_after_the_described_one"),
    pytest.param("Here my son", "new:Lusine Hakobyan", id="fix15do_says_the_tailor"),
    pytest.param("My brother wrote", "new:Lusine Hakobyan", id="fix15do_her_next_quotation_carried"),
])
def test_fix15do_a_feature_quote_tagged_by_the_speakers_trade_is_the_person_named(opening: str, expected: str) -> None:
    assert said_opening(_FEATURE, opening) == expected


def test_fix15do_a_relative_clause_set_off_by_a_comma_leaves_the_description() -> None:
    assert described_as("the baker", "the baker who came from Yerevan in 1991 ") == "the baker"
    assert described_as("the 29-year-old from Valparaiso", "the 29-year-old from Valparaiso ") == "the 29-year-old from Valparaiso"
    assert describes_person("the merchant") and describes_person("the cook")


def test_fix15do_a_restrictive_relative_clause_stays_in_the_description() -> None:
    """Guard: "said the doctor who treated him" (no comma: the clause is the phrase's own) is not cut to "the doctor"."""
    assert described_as("the doctor who treated him", "the doctor who treated him ") == "the doctor who treated him"
    assert not describes_person(described_as("the doctor who treated him", "the doctor who treated him "))


_PARISH = ("Lebanese in Sydney gather for Beirut\n\nBy Tom Nguyen\n\n"
           "The consulate said on Friday that it had received 300 calls.\n\n"
           "For Father Elias Haddad, of the Maronite parish in Harris Park, the consulate's answer \"came late\". \"People "
           "wanted a flight list,\" the priest said after mass.\n\n"
           "At the Lakemba mosque, in the city's west, Imam Bilal Osman led prayers on Friday. \"We pray for every family,\" "
           "he said.\n\n"
           "One mourner, a retired bus driver who came from Tripoli in the 1970s, was angrier. \"Canberra should act,\" he "
           "said.\n")


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("For Father Elias", "new:Elias Haddad", id="fix15do_for_father_x_a_stated_view"),
    pytest.param("came late", "new:Elias Haddad", id="fix15do_its_quotation"),
    pytest.param("People wanted a", "new:Elias Haddad", id="fix15do_the_priest_said"),
    pytest.param("We pray for", "new:Bilal Osman", id="fix15do_named_after_two_places_then_he_said"),
    pytest.param("Canberra should act,", "One mourner", id="fix15do_one_mourner_a_retired_driver_is_nobody"),
])
def test_fix15do_a_parish_feature(opening: str, expected: str) -> None:
    assert said_opening(_PARISH, opening) == expected


def test_fix15do_for_a_country_is_no_view() -> None:
    """Guard: "For" and a title needs a name and a quotation after it; "For Turkey, ..." and a title with no quotation
    are no one's view."""
    text = ("Talks resume in Geneva\n\nBy Anna Berg\n\nFor Turkey, the stakes are high. For Dr. Lena Roth, of the "
            "institute, the talks are a test of patience.\n")
    assert not [who for _kind, first, who in cut_page(text) if first in ("For Turkey, the", "For Dr. Lena")]


_RELAYED = ("Floods in Queensland, hour by hour\n\nBy Sara Quddus\n\n"
            "The Prime Minister's spokeswoman, Margaret Harris, said in Canberra that Albanese was following the floods "
            "\"with deep alarm\" and warned that \"the rivers are still rising\". The Prime Minister renewed his call "
            "for calm, the spokeswoman added.\n")


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("The Prime Minister's", "new:Albanese", id="fix15do_a_principal_by_surname_alone_under_a_possessive_title"),
    pytest.param("with deep alarm", "new:Albanese", id="fix15do_its_quotation"),
    pytest.param("The Prime Minister", "new:Albanese", id="fix15do_the_title_next_is_the_principal_not_the_spokeswoman"),
])
def test_fix15do_a_spokesperson_relays_the_principal_named_by_surname(opening: str, expected: str) -> None:
    assert said_opening(_RELAYED, opening) == expected


def test_fix15do_principal_role_and_its_guard() -> None:
    assert principal_role("The Prime Minister's spokeswoman Margaret Harris", "Albanese") == "Prime Minister Albanese"
    assert principal_role("His spokesman Ali Demir", "Ayse Kaya") == "Ayse Kaya"  # a pronoun: no title to give


def test_fix15do_a_title_the_spokesman_serves_is_not_his() -> None:
    """A spokesman whose role is "press secretary of the President of Russia" is no "Russian president" (LABELS rule 8:
    the title's holder), though his role has the word; he stays "the spokesman"."""
    text = ("Truce talks in Moscow\n\nBy Ana Ortiz\n\nPutin received Erdogan at the Kremlin on Thursday. Kremlin "
            "spokesman Dmitry Peskov told reporters the talks were \"long\".\n\nThe Russian president said the truce starts "
            "at midnight.\n\nThe spokesman said a new round was planned.\n")
    assert said_opening(text, "The Russian president") == "vladimir-putin"
    assert said_opening(text, "The spokesman said") == "dmitry-peskov"


def test_fix15do_principal_words_are_the_served_ones_title() -> None:
    peskov = next(a for a in ACTORS if a.id == "dmitry-peskov")
    assert {"president", "russia"} <= principal_words(peskov) and "spokesman" not in principal_words(peskov)


_OBITUARY = ("Nurse killed in Kharkiv shelling mourned\n\nKYIV, May 3 (UNN) – Olena Bondar, 52, a nurse at the regional "
             "hospital, was killed on Tuesday.\n\nShe is survived by her husband, Taras Melnyk, and two daughters.\n\n"
             "The hospital's director said she had worked there for thirty years.\n\nHer husband told UNN that the "
             "family would bury her in Poltava \"where she was born\".\n")


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("Her husband told", "new:Taras Melnyk", id="fix15do_her_husband_named_in_apposition_before"),
    pytest.param("where she was", "new:Taras Melnyk", id="fix15do_its_quotation"),
])
def test_fix15do_a_relative_named_before_is_that_name(opening: str, expected: str) -> None:
    assert said_opening(_OBITUARY, opening) == expected


@pytest.mark.parametrize(("phrase", "before", "expected"), [
    pytest.param("His wife", "He leaves his wife, Amal Nasser, and a son.", "Amal Nasser", id="apposed"),
    pytest.param("her eldest son", "She leaves her eldest son Karim Haddad.", "Karim Haddad", id="no_comma"),
    pytest.param("His wife", "He leaves a wife and a son.", "", id="guard_never_named"),
    pytest.param("His wife", "She left her wife, Amal Nasser, and a son.", "", id="guard_another_possessive"),
    pytest.param("The wife", "He leaves his wife, Amal Nasser.", "", id="guard_no_possessive"),
])
def test_fix15do_kin_named(phrase: str, before: str, expected: str) -> None:
    assert kin_named(phrase, before) == expected


def test_fix15do_the_press_secretary_of_a_title_is_the_one_serving_it() -> None:
    """Guard of the served title: "The Russian president's press secretary" is the actor whose title is "press secretary
    of the President of Russia" (rule 3: a person's spokesman is his own), not the President named in the sentence."""
    text = ("Kremlin rules out a summit\n\nBy Ana Ortiz\n\nKremlin spokesman Dmitry Peskov said on Monday that the talks "
            "with Ankara would go on.\n\nThe Russian president's press secretary also dismissed reports that Putin would "
            "travel to Istanbul.\n")
    assert said_opening(text, "The Russian president's") == "dmitry-peskov"
    peskov = next(a for a in ACTORS if a.id == "dmitry-peskov")
    assert serving("The Russian president", "The Russian president's press secretary", ACTORS) == peskov
    assert serving("Putin", "Putin's spokesman", ACTORS) is None  # a name, no title served
