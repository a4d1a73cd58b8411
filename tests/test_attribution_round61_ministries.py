"""Round 56's ministries by their own languages' names, flashes, briefings and letters (issue 15, session fix15dw).

- A foreign ministry by its own language's name or acronym ("Utrikesdepartementet said", "La Cancillería said", "the MZV
  added"): the ministry of the country the page names among those that call their ministry so, by the name the page
  gives it in full, else "<Country> Foreign Ministry"; the word kept when the page names no such country.
- A flash's honorific title ("Hero of the Republic sends ...") is the holder the flash names after a chain of titles;
  "Minister of Foreign Affairs: «...»" the one it names after "the Minister of Foreign Affairs of the Republic of X";
  "This was noted today by X at a briefing" tags the sentence before it.
- A briefing by topic ("answered journalists' questions about ..."); a Dutch tag ("‘...’, zegt Kamerlid X", "aldus X")
  after single marks closed before the comma; a letter signed off on one line ("Name Surname, place"), its "I ask the
  mayor to ...", "I am writing because ...", and "he told me" (someone the writer talks of) never the writer.
- A heading's "MFA of RK:" (a generic acronym, "of", and the initials of the state's style) over a flash that names "the
  Ministry of Foreign Affairs of the Republic of Kazakhstan": that ministry.

Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.cast import chained_holder
from idlibsite.attribution.ownnames import own_ministry
from idlibsite.attribution.signoffs import signer
from idlibsite.sources.quotations import find_quotations
from idlibsite.sources.speech import speech_verbs
from test_attribution import said_opening


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
    assert said_opening(text, opening) == who


def test_fix15dw_guard_a_ministry_name_of_no_country_the_page_names_keeps_its_word() -> None:
    # "Cancillería" on a page naming no Latin American state: the word, never a country guessed (Russia is no candidate)
    assert said_opening(_MADRID, "The Cancillería said") == "new:Cancillería"


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
    assert said_opening(_KAZINFORM, "Kazakhstan calls for") == "new:Kazakhstani Ministry of Foreign Affairs"


# A state agency's page of flashes: an honorific title in a flash's headline, "Title: «words»" over the flash that names
# the holder after a state's style, "This was noted today by X at a briefing" after the sentence it tags, and "the
# minister" later in the flash.
_KABAR = ("Dunyo\n\nPolitics\n\nHero of the Republic sends greetings to the King of Jordan\n\n"
          "TASHKENT, 12.03.2020 /Dunyo/. The Hero of the Republic, President of the Republic of Uzbekistan Almaz Toktorov sent a message "
          "of greetings to the King of Jordan on the occasion of the national holiday.\n\n"
          "March 12, 2020 10:05\n\n"
          "Minister of Foreign Affairs: «No citizens of Uzbekistan were hurt in Amman»\n\n"
          "TASHKENT, 13.03.2020 /Dunyo/. None of the citizens of Uzbekistan were hurt in the fire "
          "in Amman. This was noted today by the Minister of Foreign Affairs of the Republic of Uzbekistan Nurlan Osmonov at a briefing "
          "on the ministry's work.\n\n"
          "«Our consulate in Amman is in contact with the families», — noted Nurlan Osmonov.\n\n"
          "Replying to a question, the minister said that the students would return in April.\n\n"
          "March 13, 2020 15:40")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Hero of the", "new:Almaz Toktorov", id="honorific_title_of_a_chain_in_a_flash_headline"),
    pytest.param("No citizens of", "new:Nurlan Osmonov", id="title_colon_words_holder_named_after_a_states_style"),
    pytest.param("None of the", "new:Nurlan Osmonov", id="this_was_noted_today_by_the_minister_at_a_briefing"),
    pytest.param("Our consulate in", "new:Nurlan Osmonov", id="quotation_tagged_noted_after_it"),
    pytest.param("Replying to a", "new:Nurlan Osmonov", id="the_minister_named_with_his_states_style"),
])
def test_fix15dw_a_flash_names_the_holder_of_a_title(opening: str, who: str) -> None:
    assert said_opening(_KABAR, opening) == who


def test_fix15dw_guard_a_country_before_a_dash_is_no_title_of_a_chain() -> None:
    # a dateline's "Accra, Ghana – UN Resident Coordinator Name": "Ghana calls for ..." stays the country's headline
    text = ("Ghana News Agency\n\nGhana calls for ceasefire in Idlib\n\n"
            "ACCRA, Ghana – UN Resident Coordinator Ama Boateng said on Monday that the fighting must stop.\n\n"
            "Ghana called on all parties to respect the truce, the Ministry of Foreign Affairs said.")
    assert chained_holder("Ghana", text) == ""
    assert said_opening(text, "Ghana calls for") != "new:Ama Boateng"


def test_fix15dw_a_ministrys_information_noted_by_its_minister_in_the_next_sentence_is_his() -> None:
    # "According to the ministry, ..." (the ministry named before: an anaphor) over "This was stated today by the Minister
    # ... Name at a press conference": the minister relays his ministry's information in his own words (LABELS Round 56)
    text = ("Dunyo\n\nPolitics\n\nUzbekistan follows the events in Idlib\n\n"
            "TASHKENT, 02.03.2020 /Dunyo/. The Ministry of Foreign Affairs of the Republic of Uzbekistan issued a statement on "
            "the escalation in Idlib.\n\n"
            "March 2, 2020 09:10\n\n"
            "TASHKENT, 03.03.2020 /Dunyo/. According to the ministry, the embassy in Ankara works as usual. This was stated "
            "today by the Minister of Foreign Affairs of the Republic of Uzbekistan Nurlan Osmonov at a press conference.")
    assert said_opening(text, "According to the") == "new:Nurlan Osmonov"


def test_fix15dw_this_was_stated_by_a_title_in_small_letters_and_the_name_in_apposition() -> None:
    # the agent after a day: "by the spokeswoman of the Ruritanian Foreign Ministry, Anna Berg, at her weekly briefing"
    text = ("Izvestia\n\nWorld\n\nThe talks on the Idlib corridor will resume in May, as the guarantors agreed in Astana. "
            "This was stated on Friday by the spokeswoman of the Ruritanian Foreign Ministry, Anna Berg, at her weekly briefing.")
    assert said_opening(text, "The talks on") == "new:Anna Berg"


# A ministry's briefing with reporters' turns tagged by outlet and the spokesman's answers: the lead's "answered
# journalists' questions about ..." is a briefing by topic (LABELS Round 52), a passage.
_BRIEFING = ("Daryo\n\nPolitics\n\n“No Kazakh citizens among the injured” – MFA\n\n"
             "At a briefing in Astana on Monday, the spokesman of the Ministry of Foreign Affairs, Aibek Nurlanov, answered "
             "journalists' questions about the fighting and the situation of Kazakh workers in Turkey.\n\n"
             "Tengrinews: How many Kazakhs work in Turkey?\n\n"
             "Aibek Nurlanov: About forty thousand. We ask them to stay away from the border.\n\n"
             "Vlast.kz: The Greek Migration Minister says the border will stay closed. Are Kazakhs at the border?\n\n"
             "Nurlanov: We have no such information. Kazakhstan calls on all sides to respect the law.\n\n"
             "Tengrinews: And the ministry itself?\n\n"
             "Nurlanov: Minister Yerlan Sadykov discussed the situation by telephone with his Turkish counterpart on Sunday "
             "and expressed condolences over the deaths of Turkish servicemen.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("At a briefing", "new:Aibek Nurlanov", id="answered_questions_about_a_topic"),
    pytest.param("We ask them", "new:Aibek Nurlanov", id="guard_the_answers_own_we"),
    pytest.param("Kazakhstan calls on", "new:Aibek Nurlanov", id="guard_the_spokesmans_country_stays_his"),
])
def test_fix15dw_a_briefing_by_topic(opening: str, who: str) -> None:
    assert said_opening(_BRIEFING, opening) == who


# A question time told in translation from the Dutch: quotations in single marks closed before the comma, tags that
# kept the Dutch verb ("zegt", "aldus") and title ("Kamerlid"), a letter to the House by its writer.
_TROUW = ("Trouw\n\nPolitiek\n\nKaag wants aid corridor: ‘The convoys must reach the camps’\n\n"
          "Aid convoys should be allowed into northern Syria, Minister Sigrid Kaag wrote to the Tweede Kamer on Wednesday.\n\n"
          "‘The convoys must reach the camps. Nothing else will help the families’, Kaag said in the House.\n\n"
          "Kaag rejected a ban on new arrivals. ‘We do our share, with money and with staff’, aldus Kaag.\n\n"
          "The SP backs the corridor. ‘The people in Idlib cannot wait for Brussels. We must act now’, zegt Kamerlid Anja de Wit.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Aid convoys should", "new:Sigrid Kaag", id="wrote_to_the_house_after_the_reported_words"),
    pytest.param("The convoys must", "new:Sigrid Kaag", id="single_marks_closed_before_the_comma"),
    pytest.param("We do our", "new:Sigrid Kaag", id="aldus_tag"),
    pytest.param("The people in", "new:Anja de Wit", id="zegt_tag_with_a_dutch_title"),
])
def test_fix15dw_a_dutch_question_time_in_translation(opening: str, who: str) -> None:
    assert said_opening(_TROUW, opening) == who


# A Spanish-language letters page: each letter signed off on one line "Name Surname, place", a role maybe between.
_CARTAS = ("El Comercio\n\nOpinión | Cartas\n\nA tent is no home\n\n"
           "My family came to Quito from Lebanon in 1975. Last Friday I called my uncle in Atmeh, near the border. "
           "„We sleep in a tent with nine people. The shelling never stops,“ he told me. I am writing because nobody here "
           "talks about them.\n\n"
           "Our parish has collected blankets, and I ask the mayor to help us send them.\n\n"
           "Samir Haddad Tobón, Quito\n\n"
           "Words and deeds\n\n"
           "I wrote to the Cancillería last month asking that Ecuador back every call for a ceasefire.\n\n"
           "Lucía Andrade Vela, exdiplomática, Cuenca\n\n"
           "El Comercio se reserva el derecho de editar las cartas.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Last Friday I", "new:Samir Haddad Tobón", id="i_called_signed_below"),
    pytest.param("I am writing", "new:Samir Haddad Tobón", id="i_am_writing_because"),
    pytest.param("Our parish has", "new:Samir Haddad Tobón", id="i_ask_the_mayor_to"),
    pytest.param("I wrote to", "new:Lucía Andrade Vela", id="the_second_letters_writer_with_a_role"),
])
def test_fix15dw_a_letter_signed_off_on_one_line(opening: str, who: str) -> None:
    assert said_opening(_CARTAS, opening) == who


def test_fix15dw_guard_he_told_me_in_a_letter_is_never_its_writer() -> None:
    # the writer's cousin or uncle, never named: nobody (rule 6), not the writer whom the sign-off names
    assert not said_opening(_CARTAS, "We sleep in").startswith("new:")


@pytest.mark.parametrize(("page", "name"), [
    ("I wrote.\n\nAna Ruiz Pérez, Lima\n", "Ana Ruiz Pérez"),
    ("I wrote.\n\nLuis de la Cruz, profesor, Arequipa\n\nNext letter", "Luis de la Cruz"),
    ("I wrote.\n\nLIMA, 3 March 2020\n", ""),  # a dateline: capitals and digits
    ("I wrote.\n\nPeace now, or never\n", ""),  # a title: one capitalised word before the comma
    ("I wrote.\n\nAna Ruiz said so, and left.\n", ""),  # a sentence
    ("Thank you.\n\nPresident von der Leyen, Commissioners, Members\n", ""),  # a speech's salutation: a title, no signer
])
def test_fix15dw_signer_on_one_line(page: str, name: str) -> None:
    assert signer(page, 0) == name


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("Our parish has collected blankets, and I ask the mayor to help us.", ["ask"]),
    ("I urge our senators to act.", ["urge"]),
    ("I ask myself why.", []),  # no one asked to do something
    ("I urge caution.", []),
    ("Officials ask the mayor to help.", []),  # not the writer's first person
    ("I am writing because nobody talks about them.", ["am writing because"]),
    ("At a briefing, the spokesman answered journalists' questions about the talks.", ["answered"]),
    ("The spokesman answered no questions.", []),
])
def test_fix15dw_first_person_requests_and_briefings_by_topic(sentence: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(sentence)] == verbs


@pytest.mark.parametrize(("text", "quoted"), [
    ("‘We must act now’, zegt Kamerlid Anja de Wit.", ["We must act now"]),
    ("Kaag replied. ‘We do our share’, aldus Kaag.", ["We do our share"]),
    ("‘We must act,’ she said.", ["We must act,"]),
    ("The soldiers’ families waited. The ‘moderate rebels’, he said, were gone.", []),  # a term in marks, no quotation
])
def test_fix15dw_single_marks_closed_before_the_comma(text: str, quoted: list[str]) -> None:
    assert [q.text for q in find_quotations(text, [(0, len(text))])] == quoted
