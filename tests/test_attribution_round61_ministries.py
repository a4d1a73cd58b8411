"""Round 56's ministries by their own languages' names, flashes, briefings and letters (issue 15, session fix15dw).

- A foreign ministry by its own language's name or acronym ("Utrikesdepartementet said", "La Cancillería said", "the MZV
  added"): the ministry of the country the page names among those that call their ministry so, by the name the page
  gives it in full, else "<Country> Foreign Ministry"; the word kept when the page names no such country.
- A heading's "MFA of RK:" (a generic acronym, "of", and the initials of the state's style) over a flash that names "the
  Ministry of Foreign Affairs of the Republic of Kazakhstan": that ministry.

Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.ownnames import own_ministry
from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words)."""
    return next(who for _kind, first, who in cut_page(text) if first == opening)


_SVD = ("Svenska Dagbladet\n\nLedare\n\nSweden must do more for the camps\n\n"
        "Foreign Minister Ann Linde said on Monday that Sweden would send 30 million kronor to the UN's work in Syria.\n\n"
        "Utrikesdepartementet said on Tuesday that it had no plans to recall the ambassador from Moscow.\n\n"
        "That is not enough, and Swedish voters know it.")
_ESPECTADOR = ("El Espectador\n\nOpinión | Cartas de los lectores\n\nSyria needs more than words\n\n"
               "La Cancillería said on Wednesday that Colombia was watching events in Syria closely. Words do not feed a camp.\n\n"
               "Colombia has sent no aid, and Bogotá has said nothing more.\n\nAna María Rueda, Medellín")
_NOVINKY = ("Novinky\n\nZahraničí\n\nPrague condemns the strikes\n\n"
            "PRAGUE. The Czech Ministry of Foreign Affairs condemned the air strikes in Idlib on Friday.\n\n"
            "Foreign Minister Tomáš Petříček had spoken with his Turkish counterpart, the MZV added.")
_MADRID = ("Madrid Daily\n\nWorld\n\nThe Cancillería said on Monday that the talks in Moscow would resume next week.\n\n"
           "Russia and Turkey have agreed on little since February.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_SVD, "Utrikesdepartementet said on", "new:Swedish Foreign Ministry", id="swedish_name_national_page"),
    pytest.param(_ESPECTADOR, "La Cancillería said", "new:Colombian Foreign Ministry", id="spanish_name_the_country_the_page_names"),
    pytest.param(_NOVINKY, "Foreign Minister Tomáš", "new:Czech Ministry of Foreign Affairs", id="acronym_the_ministry_named_in_full"),
])
def test_fix15dw_a_ministry_by_its_own_languages_name(text: str, opening: str, who: str) -> None:
    # the name tells the language, the page the country: the ministry the page names in full, else the country's
    assert _said(text, opening) == who


def test_fix15dw_guard_a_ministry_name_of_no_country_the_page_names_keeps_its_word() -> None:
    # "Cancillería" on a page naming no Latin American state: the word, never a country guessed (Russia is no candidate)
    assert _said(_MADRID, "The Cancillería said") == "new:Cancillería"


@pytest.mark.parametrize(("phrase", "page", "ministry"), [
    ("Udenrigsministeriet", "Denmark will help. Udenrigsministeriet said so.", "Danish Foreign Ministry"),
    ("the MZV", "The Slovak Ministry of Foreign Affairs said so. Slovakia agrees.", "Slovak Ministry of Foreign Affairs"),
    ("The Cancillería", "Peru and Chile met. Peru said so, and Peru asked more.", "Peruvian Foreign Ministry"),
    ("The Cancillería", "Officials of Peru and Chile met.", ""),  # two candidates named as often: no country
    ("The Cancillería", "Spain said so.", ""),  # Spain does not call its ministry so
    ("the mid", "Russia said so.", ""),  # small letters: no ministry's name
    ("the Foreign Ministry", "Denmark said so.", ""),  # an English name is no own language's
])
def test_fix15dw_own_ministry(phrase: str, page: str, ministry: str) -> None:
    assert own_ministry(phrase, page) == ministry


_KAZINFORM = ("Kazinform\n\nPolitics\n\n"
              "MFA of RK: «Kazakhstan calls for restraint in Idlib»\n\n"
              "NUR-SULTAN, 01.03.2020 /Kazinform/. «Kazakhstan calls for restraint and a political settlement in Idlib», the "
              "statement of the Ministry of Foreign Affairs of the Republic of Kazakhstan says.\n\n"
              "March 1, 2020 10:15")


def test_fix15dw_a_heading_acronym_of_a_states_initials_is_the_ministry_named_below() -> None:
    # "MFA of RK": the ministry whose capitalised words' initials are MFA and RK, named in the flash below the heading
    assert _said(_KAZINFORM, "Kazakhstan calls for") == "new:Kazakhstani Ministry of Foreign Affairs"
