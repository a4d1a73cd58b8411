"""Round 53's documents printed whole, messages and boxes (issue 15, session fix15df): a statement printed under its bare
title ("Press Release", "JOINT STATEMENT") up to a sign-off block of the issuer's name, its seat and the date, or "Done in
Place, date", is its issuer's sentence by sentence, a joint one nobody's as a list; a few words its sentences quote with
no speech verb are no one's; a message printed whole after "one of the nurses wrote:" is the one the next paragraph
names ("The message came from Mrs X"); a quiz box's numbered quotations are the speakers its answer key names; a
headline's topic tag ("Libyan conflict: the government ...") is no country of its subject.  Texts of our own, in
several outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page
from idlibsite.attribution.context import citizens_country, opening_country
from idlibsite.sources.printed import printed_documents


def _said(text: str, opening: str, kind: str = "") -> str:
    """The speaker of the one passage (of ``kind``, when given) that opens with ``opening`` (its first three words)."""
    return next(who for k, first, who in cut_page(text) if first == opening and kind in ("", k))


def _openings(text: str) -> list[str]:
    """The first three words of each passage of the page."""
    return [first for _kind, first, _who in cut_page(text)]


_LILONGWE = ("Press Release\n\nThe Government of Malawi has learnt with sadness of the loss of life in the north of Syria.\n\n"
             "The humanitarian situation in the region is dire. Thousands of families have no shelter.\n\n"
             "The GOM calls on all parties to respect the ceasefire and to let aid through.\n\n"
             "Ministry of Foreign Affairs\nLilongwe\n4 March 2020\n\nMinister Meets Envoys\n\nMinister Francis Kasaila met "
             "the ambassadors of three countries on Tuesday.\n")
_APIA = ("Ministries reassure parents of students abroad\n\nBy Lagi TUALA\nSamoa Daily, 4 March 2020\n\nThe Minister of Foreign "
         "Affairs and the Minister of Education have signed a statement on the students abroad. Here is the text.\n\n"
         "JOINT STATEMENT\n\nThe two ministries assure the parents of students that none of them has been harmed.\n\n"
         "The students are asked to avoid the border provinces.\n\nThe Government of Samoa reaffirms its support for a "
         "negotiated settlement of the conflict.\n\nDone in Apia, 3 March 2020\n\nThe Minister of Foreign Affairs\nFiame TALA\n\n"
         "Reached by telephone, a father said he had spoken to his son on Monday.\n")
_UNSIGNED = ("Statement\n\nThe Government of Malawi follows the fighting with concern. The war has gone on for nine years.\n\n"
             "Officials met in Lilongwe on Tuesday to review the situation.\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LILONGWE, "The Government of", "new:Ministry of Foreign Affairs", id="fix15df_block_state_named"),
    pytest.param(_LILONGWE, "The humanitarian situation", "new:Ministry of Foreign Affairs", id="fix15df_block_no_verb"),
    pytest.param(_LILONGWE, "Thousands of families", "new:Ministry of Foreign Affairs", id="fix15df_block_second_sentence"),
    pytest.param(_LILONGWE, "The GOM calls", "new:Ministry of Foreign Affairs", id="fix15df_block_acronym"),
    pytest.param(_APIA, "The two ministries", "", id="fix15df_joint_list"),
    pytest.param(_APIA, "The students are", "", id="fix15df_joint_passive"),
    pytest.param(_APIA, "The Government of", "new:Government of Samoa", id="fix15df_joint_one_principal"),
])
def test_fix15df_a_document_under_its_bare_title_up_to_its_sign_off_is_its_issuers(text: str, opening: str, who: str) -> None:
    assert _said(text, opening) == who


def test_fix15df_a_document_ends_at_its_sign_off_block_and_the_news_after_it_is_no_part() -> None:
    (doc,) = printed_documents(_LILONGWE)
    assert _LILONGWE[doc.start :].startswith("The Government of Malawi") and _LILONGWE[doc.end :].startswith("Ministry of Foreign")
    assert doc.issuer == "Ministry of Foreign Affairs"
    assert "Minister Francis Kasaila" not in _openings(_LILONGWE)  # "met" after the sign-off: no passage


def test_fix15df_a_bare_title_with_no_sign_off_prints_no_document() -> None:
    assert printed_documents(_UNSIGNED) == ()
    assert "The war has" not in _openings(_UNSIGNED)


_PRETEXT = ("Press Statement\n\nThe Government of Malawi expresses its condolences to the families of the victims.\n\nThe war has been prolonged under "
            "the pretext of “restoring order” by those who arm the sides.\n\nPresident Peter Mutharika has described the shelling "
            "of the camps as “a crime against the defenceless” and asks for an inquiry.\n\nMinistry of Foreign Affairs\nLilongwe\n"
            "4 March 2020\n")


@pytest.mark.parametrize(("opening", "kind", "who"), [
    pytest.param("restoring order", "direct", "", id="fix15df_scare_quote_nobody"),
    pytest.param("The war has", "reported", "new:Ministry of Foreign Affairs", id="fix15df_scare_quote_sentence_kept"),
    pytest.param("a crime against", "direct", "new:Peter Mutharika", id="fix15df_guard_quoted_with_a_speech_verb"),
])
def test_fix15df_a_few_words_a_documents_sentence_quotes_with_no_speech_verb_are_no_ones(opening: str, kind: str, who: str) -> None:
    assert _said(_PRETEXT, opening, kind) == who


_GIZO = ("Nurses in Turkey write home\n\nBY ANA PITA\n\nThe ministry says all six nurses from the province are safe.\n\n"
         "In a text message to this newspaper on Monday, one of the nurses wrote:\n\n“We are fine. The hospital is far from the "
         "border. Tell our parents we pray for them.”\n\nThe message came from Mrs Rose Alepa, 31, of Gizo, who has worked in "
         "Gaziantep since 2018.\n")
_FROM_PLACE = _GIZO.replace("Mrs Rose Alepa, 31, of Gizo, who has worked in Gaziantep", "Gaziantep, where the nurses have worked")


def test_fix15df_a_message_printed_whole_is_the_writer_the_paragraph_after_it_names() -> None:
    assert _said(_GIZO, "We are fine.") == "new:Rose Alepa"


def test_fix15df_guard_a_message_that_came_from_a_place_names_nobody() -> None:
    assert _said(_FROM_PLACE, "We are fine.") == "one of the nurses"


_QUIZ = ("Ghanaians in Turkey safe, says ministry\n\nBy Kofi MENSAH\n\nThe ministry said on Monday that all Ghanaian students "
         "in Turkey were safe.\n\nGUESS WHO\nWho said these words about Idlib this week?\n1. “The doors are open to Europe.”\n"
         "2. “We will not be blackmailed by anyone.”\nAnswers: 1. Recep Tayyip Erdogan; 2. Kyriakos Mitsotakis.\n")
_NO_KEY = _QUIZ.replace("GUESS WHO\nWho said these words about Idlib this week?", "QUOTES OF THE WEEK").split("Answers:")[0]


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_QUIZ, "The doors are", "recep-tayyip-erdogan", id="fix15df_key_known_actor"),
    pytest.param(_QUIZ, "We will not", "new:Kyriakos Mitsotakis", id="fix15df_key_new_name"),
    pytest.param(_NO_KEY, "The doors are", "", id="fix15df_guard_no_key"),
])
def test_fix15df_a_quiz_boxs_numbered_quotation_is_the_speaker_its_answer_key_names(text: str, opening: str, who: str) -> None:
    assert _said(text, opening, "direct") == who


_LOME = ("Syrian conflict: the government reassures the families of Togolese students in Turkey\n\nBy Kossi AMEGAH\nTogo Presse, "
         "4 March 2020\n\nThe Minister of Foreign Affairs, Robert Dussey, said on Monday that no Togolese student had been hurt.\n")


def test_fix15df_a_headlines_topic_tag_is_no_country_of_its_government() -> None:
    assert _said(_LOME, "Syrian conflict: the") == "new:Togolese government"


@pytest.mark.parametrize(("sentence", "country"), [
    pytest.param("Libyan crisis: Egypt calls for talks", "Egypt", id="fix15df_tag_then_country"),
    pytest.param("Turkish minister: we will not retreat", "Turkey", id="fix15df_guard_tag_of_a_speaker"),
])
def test_fix15df_opening_country_after_a_topic_tag(sentence: str, country: str) -> None:
    assert opening_country(sentence) == country


def test_fix15df_citizens_by_an_accented_demonym() -> None:
    assert citizens_country("The ministry said there were no Burkinabè nationals among the wounded.") == "Burkina Faso"


_BRIEFED = ("Minister meets envoys on the region\n\nBy Tekle HAILE\n\nForeign Minister Sahle Work gave a briefing on Monday to "
            "diplomats accredited to Ethiopia on the situation in the region.\n\nThe ministry later gave a reception for the "
            "diplomats.\n")


def test_fix15df_a_briefing_given_on_a_topic_is_an_act_of_speech() -> None:
    assert _said(_BRIEFED, "Foreign Minister Sahle") == "new:Sahle Work"
    assert "The ministry later" not in _openings(_BRIEFED)  # "gave a reception": no words
