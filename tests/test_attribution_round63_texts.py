"""Rounds 61's and 62's bodies' texts (issue 15, session fix15ed): a state agency's dateline ("Tehran, IRNA- ...") is
no part of the subject after it; a body named by its portfolios joined with "and" ("the Foreign and Expatriates
Ministry") is one name, so an official source at it stays nobody named.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodytable import marked_body, page_bodies
from test_attribution import cut_page, said_opening


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Ministry condemns strike\n\nTehran, IRNA- Iran's Foreign Ministry affirmed on Monday that the strike on the "
     "border post was a breach of the accord.\n\nThe talks resume next week.\n", "Tehran, IRNA- Iran's", "new:Iran's Foreign Ministry"),
    ("Ministry condemns strike\n\nBaghdad, INA- The Iraqi Interior Ministry said the convoy was attacked near the "
     "port.\n\nThe talks resume next week.\n", "Baghdad, INA- The", "new:Iraqi Interior Ministry"),
    ("Ministry condemns strike\n\nAddis Ababa, ENA- The Ministry of Peace announced that the camps would reopen in "
     "May.\n\nThe talks resume next week.\n", "Addis Ababa, ENA-", "new:Ministry of Peace"),
])
def test_fix15ed_a_state_agencys_dateline_is_no_part_of_the_subject(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ed_a_capitalised_dateline_with_a_dash_is_still_no_name() -> None:
    """Guard: a place in capitals with an agency in brackets, the older form, keeps working."""
    text = ("Ministry condemns strike\n\nDILI, 6 March 2020 (TATOLI)— The Timorese Foreign Ministry said the envoy would return "
            "on Friday.\n\nThe talks resume next week.\n")
    assert said_opening(text, "The Timorese Foreign") == "new:Timorese Foreign Ministry"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Borders row\n\nAn official source at the Foreign and Expatriates Ministry told IRNA that the move was a cheap "
     "trick.\n\nMore later.\n", "An official source", "An official source at the Foreign and Expatriates Ministry"),
    ("Borders row\n\nA senior official at the Justice and Security Ministry said the checks would go on.\n\nMore later.\n",
     "A senior official", "A senior official at the Justice and Security Ministry"),
    ("Borders row\n\nThe Foreign and Commonwealth Ministry warned that the crossing would stay shut.\n\nMore later.\n",
     "The Foreign and", "new:Foreign and Commonwealth Ministry"),
])
def test_fix15ed_portfolios_joined_by_and_are_one_name(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ed_two_named_bodies_joined_by_and_still_both_speak() -> None:
    """Guard: "and" between a country and a ministry is no ministry's portfolios."""
    text = "Borders row\n\nTurkey and Russia said the crossing would stay shut.\n\nMore later.\n"
    assert [who for _k, first, who in cut_page(text) if first.startswith("Turkey")]  # still a passage of the two


_LIMA = ("Mundo | Política exterior\n\nPeru voices alarm over the fighting in the north of Syria\n\nPor Ana Quispe\n\n"
         "The Foreign Ministry issued a statement on Monday about the camps on the border. The statement was released by "
         "Torre Tagle before noon.\n\nThe text of the statement:\n\nComunicado Oficial 014-20\n\n"
         "Peru expresses its deep concern over the displacement of civilians in the north of Syria.\n\n"
         "The Peruvian Government urges the parties to respect international humanitarian law.\n\n"
         "Minister Gustavo Meza told reporters that Lima would send no troops.\n\nLEA TAMBIÉN:\nThe war in ten maps\n")
_MANILA = ("World\n\nManila calls for calm\n\nThe Department of Foreign Affairs put out a statement late on Friday. "
           "Below is the text of the statement:\n\n"
           "The Philippines reiterates its call for an immediate ceasefire.\n\n"
           "The Republic stands ready to help its nationals in the region.\n\n"
           "Maria Santos, the consul in Riyadh, said in a radio interview that two families had asked to come home.\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_LIMA, "Peru expresses its", "new:Foreign Ministry"),  # the issuer the deck names, not the country its sentence names
    (_LIMA, "The Peruvian Government", "new:Foreign Ministry"),
    (_LIMA, "Minister Gustavo Meza", "new:Gustavo Meza"),  # the article reporting again: its own speaker
    (_MANILA, "The Philippines reiterates", "new:Department of Foreign Affairs"),
    (_MANILA, "The Republic stands", "new:Department of Foreign Affairs"),
    (_MANILA, "Maria Santos, the", "new:Maria Santos"),
])
def test_fix15ed_a_release_printed_whole_after_a_line_naming_no_issuer(text: str, opening: str, who: str) -> None:
    """"The text of the statement:" names no issuer: the sentences before it do ("The Foreign Ministry issued a
    statement"); the document ends at the article's first paragraph that reports in the past, or its chrome."""
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Markets\n\nEconomists at London-based consultancy Capital Economics said in a research note that the pound would "
     "hold. \"The rally will fade,\" the note said.\n\nMore later.\n", "Economists at London-based", "new:Capital Economics"),
    ("Markets\n\nEconomists at London-based consultancy Capital Economics said in a research note that the pound would "
     "hold. \"The rally will fade,\" the note said.\n\nMore later.\n", "The rally will", "new:Capital Economics"),
    ("Markets\n\nStrategists at Danske Bank said on Monday in a report to clients that the krone was cheap.\n\nMore later.\n",
     "Strategists at Danske", "new:Danske Bank"),
    ("Markets\n\nResearchers at the Institute for Fiscal Studies said in a briefing paper that the cuts would bite.\n\n"
     "More later.\n", "Researchers at the", "new:Institute for Fiscal Studies"),
])
def test_fix15ed_staff_writing_a_note_are_their_firm(text: str, opening: str, who: str) -> None:
    """"Analysts at X said in a note": the note's author, X (LABELS rule 5), not a generic plural."""
    assert said_opening(text, opening) == who


def test_fix15ed_staff_speaking_without_a_document_stay_a_generic_plural() -> None:
    """Guard: "Analysts at X said" with no document is X's staff, nobody named (rule 6)."""
    text = "Markets\n\nAnalysts at Nordea said the krone was cheap.\n\nMore later.\n"
    assert said_opening(text, "Analysts at Nordea") == "Analysts at Nordea"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Row\n\nIn Nairobi, the Kenyan Senate on Tuesday adopted a resolution urging the government to act.\n\nMore.\n",
     "In Nairobi, the", "new:Kenyan Senate"),
    ("Row\n\nAt Strasbourg, the European Parliament passed a motion calling on the member states to open the ports."
     "\n\nMore.\n", "At Strasbourg, the", "new:European Parliament"),
    ("Row\n\nIn Accra, the Ghanaian Parliament adopted a resolution urging the executive to \"open a corridor now\" for "
     "the students.\n\nMore.\n", "open a corridor", "new:Ghanaian Parliament"),
])
def test_fix15ed_a_chamber_adopting_a_resolution_that_urges(text: str, opening: str, who: str) -> None:
    """"adopted a resolution urging ...", "passed a motion calling on ...": the chamber's text says it, after a place
    that opens the sentence ("In Abuja, the Senate ...")."""
    assert said_opening(text, opening) == who


def test_fix15ed_a_resolution_blocked_is_not_the_blockers() -> None:
    """Guard: "blocked a resolution urging" is someone else's text, no speech of the ones who blocked it."""
    text = "Row\n\nIn Brussels, the ambassadors blocked a resolution urging a ceasefire.\n\nMore.\n"
    assert not [who for _k, first, who in cut_page(text) if first == "In Brussels, the"]


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("SEMAK FAKTA: Video \"Tentera Malaysia Ditahan di Syria\" Tidak Benar\n\nKUALA LUMPUR - A clip shared on Telegram "
     "and Facebook since Friday claims that two soldiers were held.\n\nMore.\n", "Tentera Malaysia Ditahan", ""),
    ("CEK FAKTA: \"Masjid Dibakar di Idlib\" Adalah Hoaks\n\nA post circulating across TikTok and Instagram since Sunday "
     "claims that a mosque burned.\n\nMore.\n", "Masjid Dibakar di", ""),
    ("SEMAK FAKTA: Video \"Tentera Malaysia Ditahan di Syria\" Tidak Benar\n\nKUALA LUMPUR - A clip shared on Telegram "
     "and Facebook since Friday claims that two soldiers were held.\n\nMore.\n", "A clip shared",
     "A clip shared on Telegram and Facebook"),
    ("CEK FAKTA: \"Masjid Dibakar di Idlib\" Adalah Hoaks\n\nA post circulating across TikTok and Instagram since Sunday "
     "claims that a mosque burned.\n\nMore.\n", "A post circulating", "A post circulating across TikTok and Instagram"),
    ("Fact-check\n\nA rumour spreading in the camps since Wednesday claims that the border will open.\n\nMore.\n",
     "A rumour spreading", "A rumour spreading in the camps since Wednesday"),
])
def test_fix15ed_a_fact_checks_claim_circulating_is_nobodys(text: str, opening: str, who: str) -> None:
    """A fact-check's label in Indonesian or Malay ("CEK FAKTA:", "SEMAK FAKTA:") is no speaker of the claim its
    headline quotes; a clip "circulating on X and Y since Monday" is the clip (nobody named), not "Y" nor "Monday"."""
    assert said_opening(text, opening) == who


def test_fix15ed_two_speakers_joined_after_a_place_still_both_speak() -> None:
    """Guard: "and" between names after "in" is not a platform pair ("in Ankara and Moscow": places of two speakers)."""
    text = "Row\n\nThe envoy in Ankara and Lavrov said the talks would go on.\n\nMore.\n"
    assert said_opening(text, "The envoy in") != "The envoy in Ankara and Lavrov"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Row\n\nVenezuelan President Nicolas Maduro spoke on Monday of a plot.\n\nThe Maduro regime's foreign ministry claimed "
     "in a statement that Caracas had not been consulted.\n\nMore.\n", "The Maduro regime's", "new:Venezuelan Foreign Ministry"),
    ("Row\n\nThe Erdogan government's interior ministry said the border would stay shut.\n\nMore.\n",
     "The Erdogan government's", "new:Turkish Interior Ministry"),
    ("Row\n\nBelarusian President Alexander Lukashenko said on Friday the border was calm.\n\nMeanwhile, the Lukashenko "
     "administration's foreign ministry denied that troops had moved.\n\nMore.\n", "Meanwhile, the Lukashenko",
     "new:Belarusian Foreign Ministry"),
])
def test_fix15ed_a_ministry_named_by_its_governments_leader(text: str, opening: str, who: str) -> None:
    """"the X regime's foreign ministry": the ministry of X's country, not the actors file's "Foreign Ministry" of
    another country."""
    assert said_opening(text, opening) == who


def test_fix15ed_a_leaders_government_stays_the_government() -> None:
    """Guard: "Erdogan's government said" is still the government (Round 60), no ministry."""
    assert said_opening("Row\n\nErdogan's government said the border would stay shut.\n\nMore.\n", "Erdogan's government said") == "turkey"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Row\n\nAnkara, for its part, said the convoy would go on, presidential spokesman Ibrahim Kalin told reporters.\n\n"
     "More.\n", "Ankara, for its", "ibrahim-kalin"),
    ("Row\n\nTehran said it had not been informed of the strike, Foreign Ministry spokesman Abbas Mousavi told "
     "journalists.\n\nMore.\n", "Tehran said it", "new:Abbas Mousavi"),
    ("Row\n\nFrance, meanwhile, said it would send aid to the camps, government spokeswoman Sibeth Ndiaye told the press."
     "\n\nMore.\n", "France, meanwhile, said", "new:Sibeth Ndiaye"),
])
def test_fix15ed_a_capitals_words_tagged_by_its_named_spokesman(text: str, opening: str, who: str) -> None:
    """"Moscow said ..., Kremlin spokesman X told reporters": the named spokesman speaks for himself (LABELS Round 62),
    not the capital's state."""
    assert said_opening(text, opening) == who


def test_fix15ed_a_persons_words_tagged_by_his_spokesman_stay_his() -> None:
    """Guard: a person's verb first, then his spokesman's tag: not a capital's, the rule does not apply."""
    text = ("Row\n\nPresident Recep Tayyip Erdogan said the convoy would go on, presidential spokesman Ibrahim Kalin told "
            "reporters.\n\nMore.\n")
    assert said_opening(text, "President Recep Tayyip") != "ibrahim-kalin"


_ROUNDUP = ("Gulf Monitor\n\nDaily Digest\n\nPorts Reopen as Talks Resume\n\nMarch 9, 2020\n\n"
            "Navy Command: Patrols Will Go On in the Strait\n\n"
            "The General Command of the Navy said in a statement carried by the state agency that its ships would keep "
            "watch over the shipping lanes.\n\n"
            "Police Directorate: Checkpoints to Stay Until Friday\n\n"
            "The General Directorate of Police announced that the checkpoints on the coast road would stay until Friday.\n\n"
            "Health Council: Clinics Ready for the Returnees\n\n"
            "The Supreme Council of Health said its clinics in the border towns were ready to receive the returnees.\n")


@pytest.mark.parametrize(("opening", "who"), [
    ("Navy Command: Patrols", "new:General Command of the Navy"),
    ("Police Directorate: Checkpoints", "new:General Directorate of Police"),
    ("Health Council: Clinics", "new:Supreme Council of Health"),
])
def test_fix15ed_a_headings_short_name_of_mark_and_kind(opening: str, who: str) -> None:
    """A roundup's heading "Navy Command: words" is the body its item names in full ("The General Command of the
    Navy"): the one other body of that kind whose name has the mark."""
    assert said_opening(_ROUNDUP, opening) == who


def test_fix15ed_a_headings_short_name_with_two_bodies_it_could_be_is_none() -> None:
    """Guard: two bodies of the kind with the mark ("General Command of the Army", "Reserve Command of the Army"): no
    one body; nor a kind the mark's body is not ("Army Council")."""
    table = page_bodies("The General Command of the Army said leave was cancelled. The Reserve Command of the Army said "
                        "its units were called up.")
    assert marked_body("Army Command", table) == ""
    assert marked_body("Army Council", page_bodies("The General Command of the Army said leave was cancelled.")) == ""
    assert marked_body("Army Command", page_bodies("The General Command of the Army said leave was cancelled.")) \
        == "General Command of the Army"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Gulf Monitor\n\nDaily Digest\n\nCalm Returns as Riyadh Welcomes Truce Deal\n\nMarch 9, 2020\n\nRiyadh: Truce Must "
     "Lead to \"Full Withdrawal\"\n\nThe Saudi Foreign Ministry said the truce must lead to a full withdrawal.\n",
     "Riyadh: Truce Must", "new:Riyadh"),
    ("Gulf Monitor\n\nDaily Digest\n\nTalks Resume as Doha Hosts Envoys\n\nMarch 9, 2020\n\nDoha: Talks Will Go On "
     "\"Until a Deal\"\n\nThe Qatari Foreign Ministry said the talks would go on.\n", "Doha: Talks Will", "new:Doha"),
    ("Region Today\n\nRoundup\n\nBorder Quiet as Ankara Weighs Response\n\nMarch 9, 2020\n\nAnkara: Response Will Be "
     "\"Proportionate\"\n\nThe Turkish Defence Ministry said any response would be proportionate.\n",
     "Ankara: Response Will", "turkey"),
])
def test_fix15ed_a_capitals_heading_is_no_title_of_a_headlines_run(text: str, opening: str, who: str) -> None:
    """"Capital: words" is the capital's state (LABELS Round 61), never a person "titled" Capital whose name a
    title-case headline runs on with ("Riyadh Welcomes Truce Deal": "Welcomes Truce Deal")."""
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Kronologi: Seven Days on the Border\n\nDiplomats call it the last chance for the truce\n\nMore.\n",
     "Diplomats call it", "Diplomats"),
    ("Markets\n\nAnalysts in Jakarta call it a turning point for the rupiah.\n\nMore.\n", "Analysts in Jakarta",
     "Analysts in Jakarta"),
    ("Row\n\nThe Kenyan Foreign Ministry, for its part, would only call it a breach of the accord.\n\nMore.\n",
     "The Kenyan Foreign", "new:Kenyan Foreign Ministry"),
])
def test_fix15ed_calling_something_a_name_is_speech(text: str, opening: str, who: str) -> None:
    """"Observers call it the most dangerous week": naming a thing so is an act of speech, as "called it" was (a
    generic plural names nobody, rule 6)."""
    assert said_opening(text, opening) == who


def test_fix15ed_a_capitals_act_told_by_its_minister_stays_the_capitals() -> None:
    """Guard: "Lisbon expressed its condolences ..., Foreign Minister X said" is the country's act relayed (443), not the
    teller's: only "said ..., X told reporters" gives the words to the named teller."""
    text = ("Row\n\nLisbon expressed its condolences to Turkey after the attack, Foreign Minister Augusto Santos Silva "
            "said.\n\nMore.\n")
    assert said_opening(text, "Lisbon expressed its") != "new:Augusto Santos Silva"


def test_fix15ed_a_headings_kind_with_its_mark_before_is_no_short_name() -> None:
    """Guard: "Foreign Ministry" is not "the Turkish Foreign Ministry" in full (the mark before the kind, the short
    name's own order: another body), as "Army Command" is "the General Command of the Army"."""
    assert marked_body("Foreign Ministry", page_bodies("The Turkish Foreign Ministry has described the claims as baseless.")) == ""
