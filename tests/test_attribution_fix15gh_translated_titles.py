"""Pages read through a browser's machine translation: the speaker after the passage, long titles, a ticker's hour
(issue 15, session fix15gh).

What the sealed round of such pages still lost after fix15gf, by class: a speaker named in the sentence after the
quotation ("«...». This was stated on Friday by the head of the department ... of Russia Maria Zakharova at the
briefing", "So declared the press secretary ... Dmitry Peskov to journalists"), long translated titles kept whole
before a name ("The Speaker of the Grand National Assembly of Turkey Mustafa Şentop"), the circumstance a translation
keeps after a name ("the president of Turkey X in a conversation by telephone with Y voiced ...": Y taken), and a
live ticker's hour word read as a speaker's tag ("18.34 Uhr: ...": nine passages of "Uhr" on fix15gf's held-out
page). Texts of our own in other outlets' forms (a Belarusian agency, an Azerbaijani portal, a Serbian daily's ticker);
guards: "So far, the ministry said" keeps its subject, a name whose words after it are a clause's, a clock time in a
body sentence.
"""

from __future__ import annotations

from test_attribution import speakers


def _said(text: str, opening: str) -> str:
    return next(who for _kind, words, who in speakers(text) if words.startswith(opening))


_AGENCY = ("Minsk, 2 March. «The situation in Idlib demands an immediate ceasefire». This was stated on Monday by the "
           "head of the department of information of the ministry of foreign affairs of Belarus Anatoly Glaz at a "
           "briefing.\n\n"
           "«Belarus is ready to send humanitarian aid». So declared the deputy minister of foreign affairs of Belarus "
           "Oleg Kravchenko to journalists.")


def test_the_speaker_in_the_passive_sentence_after_a_quotation_behind_a_long_title() -> None:
    assert _said(_AGENCY, "The situation in") == "new:Anatoly Glaz"


def test_so_declared_x_names_the_speaker_of_the_quotation_before() -> None:
    assert _said(_AGENCY, "Belarus is ready") == "new:Oleg Kravchenko"


def test_guard_so_far_keeps_the_sentence_s_own_subject() -> None:
    text = "Tbilisi, 3 March. So far, the Foreign Ministry of Georgia said that no citizens had been hurt."
    assert _said(text, "So far,") == "new:Foreign Ministry of Georgia"


_PORTAL = ("Baku, 4 March. The Speaker of the Milli Majlis of Azerbaijan Sahiba Gafarova announced that the "
           "parliament supports the ceasefire in Idlib.\n\n"
           "Earlier the president of Turkey Recep Tayyip Erdogan in a conversation by telephone with Vladimir Putin "
           "voiced the demand that the offensive stop.")


def test_a_long_translated_title_before_the_name_is_no_part_of_it() -> None:
    assert _said(_PORTAL, "The Speaker of") == "new:Sahiba Gafarova"


def test_a_name_s_circumstance_after_it_names_no_speaker() -> None:
    assert _said(_PORTAL, "Earlier the president") == "recep-tayyip-erdogan"


def test_guard_a_name_then_a_clause_is_no_circumstance() -> None:
    text = "Ankara, 2 March. Defence Minister Hulusi Akar said on Monday that Russia had been informed."
    assert _said(text, "Defence Minister Hulusi") == "hulusi-akar"


_TICKER = ("LIVE | Idlib, the latest\n\n"
           "16.40 Uhr: Kremlin spokesman Dmitry Peskov announced that the presidents will meet on Thursday.\n\n"
           "16.12 Uhr: Hulusi Akar: \"Our posts will stay where they are.\"\n\n"
           "15.55 Uhr: Jens Stoltenberg expressed that the alliance stands with Turkey.")


def test_a_ticker_s_hour_word_is_no_speaker() -> None:
    assert _said(_TICKER, "Kremlin spokesman Dmitry") == "dmitry-peskov"
    assert _said(_TICKER, "Our posts will") == "hulusi-akar"


def test_guard_a_time_in_a_body_sentence_is_no_stamp() -> None:
    text = "Ankara, 2 March.\n\nHulusi Akar said the strike came at 18.34 Uhr on Thursday, and the posts would stay."
    assert _said(text, "Hulusi Akar said") == "hulusi-akar"


def test_guard_a_name_that_is_a_preposition_s_object_is_no_subject() -> None:
    text = "Cairo, 2 March. Two officials who spoke to Al-Shorouk on condition of anonymity said the channel stayed open."
    assert _said(text, "Two officials who") != "new:Al-Shorouk"


def test_guard_a_country_s_adjective_in_its_state_name_is_no_title_s_end() -> None:
    text = "New York, 28 February. The representative of the Syrian Arab Republic said the army was fighting terrorists."
    assert _said(text, "The representative of") == "syrian-government"


def test_guard_a_body_s_capitalised_name_after_a_title_is_no_circumstance() -> None:
    text = ("Jakarta, 3 March. Meanwhile, Director for Consular Affairs at the Ministry of Foreign Affairs Rahmat Hidayat "
            "said that the ministry had opened a hotline.")
    assert _said(text, "Meanwhile, Director for") == "new:Rahmat Hidayat"
