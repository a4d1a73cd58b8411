"""Round 43's headlines and decks (issue 15, session fix15br): a deck's "analysts warn of ..." (a generic plural's
warning, nobody named), a deck that a photo's caption parts from the story, an untagged deck whose subject follows a
situation and hopes, an agency's credit run into the lead, and a country's present act closed by its ministry's "said".
Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, headlined, labels
from idlibsite.sources.speech import DATELINE, speech_verbs


@pytest.mark.parametrize(("sentence", "verbs"), [
    pytest.param("Economists warn of a recession if the port stays shut.", ["warn"], id="fix15br_a_plural_warns_of"),
    pytest.param("Aid groups now warn against a forced return to the camps.", ["warn"], id="fix15br_a_plural_warns_against"),
    pytest.param("The council moved to warn of flooding downstream.", [], id="fix15br_guard_an_infinitive"),
    pytest.param("The agencies will warn of delays at the border.", [], id="fix15br_guard_a_future"),
])
def test_fix15br_a_plurals_present_warn_of_a_danger_reports_speech(sentence: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(sentence)] == verbs


@pytest.mark.parametrize("text", [
    pytest.param("Peso slips as Tripoli clashes spread\n\nCentral bank says it will act if needed; economists warn of a "
                 "downgrade if Cairo and Ankara fall out.\n\nBusiness Report\n\nThe peso fell 2% on Monday.",
                 id="fix15br_a_deck_under_a_byline"),
    pytest.param("Copper jumps on Andes strike\n\nMiners' union says talks have failed; traders warn against a long "
                 "stoppage.\n\nLIMA — Copper rose 3% on Tuesday after the union walked out.", id="fix15br_a_deck_over_a_dateline"),
])
def test_fix15br_a_decks_generic_plural_warning_is_a_passage_of_nobody_named(text: str) -> None:
    warned = [who for kind, first, who in headlined(text) if first.split()[1] == "warn"]
    assert warned == [text.split("; ")[1].split()[0]]  # the plural itself, unnamed (LABELS rule 6)


@pytest.mark.parametrize("text", [
    pytest.param("DFA urges Filipinos to leave northern Iraq as fighting spreads\n\nFilipinos who stay should register "
                 "with the embassy in Baghdad, it says\n\nBy ANA REYES\nPublished MARCH 2, 2020\n\nDisplaced families "
                 "wait at a checkpoint near Erbil on March 1, 2020. Photo: AFP\n\nMANILA — Filipinos should leave the "
                 "provinces of northern Iraq, the Department of Foreign Affairs (DFA) said on Monday.",
                 id="fix15br_a_caption_with_its_credit_after_a_stop"),
    pytest.param("FCDO tells Britons to avoid Tigray as clashes grow\n\nBritons there should keep in touch with the "
                 "embassy in Addis Ababa, it says\n\nA convoy on the road to Mekelle (Photo: Reuters)\n\nLONDON (PA) – "
                 "Britons should avoid all travel to Tigray, the Foreign, Commonwealth and Development Office (FCDO) "
                 "said on Friday.", id="fix15br_a_caption_with_its_credit_in_brackets"),
])
def test_fix15br_a_deck_a_photos_caption_parts_from_the_story_is_the_headlines(text: str) -> None:
    """A deck's "it says", a caption between it and the story: the headline's subject, as a deck over a dateline is."""
    found = cut_page(text)
    acronym = text.split()[0]
    assert [who for _kind, first, who in found[:2]] == [f"new:{acronym}", f"new:{acronym}"]


@pytest.mark.parametrize(("text", "country"), [
    pytest.param("Chile hopes sides show restraint in Yemen: spokesman\n\nChile is closely following the situation in "
                 "Yemen and hopes that the parties concerned will exercise restraint and settle disputes by peaceful "
                 "means.\n\nForeign Ministry spokesman Juan Soto (Photo: EFE)\n\nSantiago (EFE) – Chile is closely "
                 "following the situation in Yemen and hopes that the parties concerned will exercise restraint and "
                 "settle disputes by peaceful means, Foreign Ministry spokesman Juan Soto said on March 5.",
                 "Chile", id="fix15br_a_deck_under_a_caption"),
    pytest.param("Ghana urges calm in Sahel: ministry\n\nGhana is carefully monitoring events in Mali, and hopes that "
                 "all sides will return to talks.\n\nACCRA (GNA) – Ghana is carefully monitoring events in Mali, and "
                 "hopes that all sides will return to talks, Foreign Ministry spokeswoman Ama Owusu said on Tuesday.",
                 "Ghana", id="fix15br_a_deck_over_a_dateline"),
])
def test_fix15br_an_untagged_deck_whose_subject_follows_and_hopes_is_the_subjects(text: str, country: str) -> None:
    """LABELS Round 43: the country's, though the lead gives the same words to its spokesperson."""
    deck = next(who for _kind, first, who in headlined(text) if first == f"{country} is {text.split()[text.split().index('is', 5) + 1]}")
    assert deck == f"new:{country}"


@pytest.mark.parametrize("text", [
    pytest.param("Kabar news agency - Estonia welcomes the resumption of talks in Geneva, the Ministry of Foreign Affairs "
                 "said on March 5.", id="fix15br_a_credit_with_a_hyphen"),
    pytest.param("Trend news agency – Latvia hopes the truce will hold, the Ministry of Foreign Affairs said on Friday.",
                 id="fix15br_a_credit_with_a_dash"),
])
def test_fix15br_an_agencys_credit_run_into_the_lead_is_no_part_of_its_subject(text: str) -> None:
    assert DATELINE.match(text).group().split()[0] == text.split()[0]
    assert labels(text) == ["new:Ministry of Foreign Affairs"]


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Estonia welcomes the resumption of talks in Geneva and hopes they will lead to a lasting truce, the "
                 "Ministry of Foreign Affairs said on Thursday.", "Ministry of Foreign Affairs", id="fix15br_the_ministry_of_a_field"),
    pytest.param("Moldova condemns the shelling of the hospital, the Moldovan Foreign Ministry said.",
                 "Moldovan Foreign Ministry", id="fix15br_a_nations_ministry"),
])
def test_fix15br_a_countrys_present_act_closed_by_its_ministry_is_the_ministrys(text: str, body: str) -> None:
    """LABELS 315 and Round 43: the ministry's own words in the present, as a minister's are."""
    assert labels(text) == [f"new:{body}"]


def test_fix15br_guard_a_countrys_act_done_before_stays_the_countrys() -> None:
    """Guard: "had welcomed" is an act done before, which the ministry relays as the country's (relayed.done_before)."""
    text = "Estonia had welcomed the resumption of talks in Geneva, the Ministry of Foreign Affairs said on Thursday."
    assert labels(text) == ["new:Estonia"]


_LIVE = ("Live: Sahel crisis\n\n9.40am - Bamako closes the border\n\nA senior Malian official told AFP that the crossings "
         "would stay shut until Monday.\n\n{time} - {heading}\n\n{entry}")


@pytest.mark.parametrize(("heading", "entry", "person"), [
    pytest.param("Nurses in Gaziantep 'tired but hopeful'", "A Kenyan nurse in Gaziantep told the Nation that the clinics "
                 "were full. \"We sleep four hours a night,\" said Wanjiru Kamau, 31.", "Wanjiru Kamau",
                 id="fix15br_a_plural_and_its_place"),
    pytest.param("Students at Ankara University ‘scared but staying’", "A Ghanaian student at Ankara University said "
                 "lectures had not stopped. \"Nobody here is packing,\" said Kofi Mensah, 22.", "Kofi Mensah",
                 id="fix15br_a_plural_and_its_school"),
])
def test_fix15br_an_entry_headings_quotation_of_a_plural_is_the_one_person_its_entry_quotes(heading: str, entry: str, person: str) -> None:
    """Not the speaker of the entry before (LABELS Round 29, a headline quotation that condenses; 541)."""
    found = cut_page(_LIVE.format(time="11.15am", heading=heading, entry=entry))
    quoted = next(who for kind, first, who in found if kind == "direct" and first.split()[0] in heading)
    assert quoted == f"new:{person}"


def test_fix15br_guard_an_entry_heading_of_no_person_keeps_no_person_of_its_entry() -> None:
    """Guard: "Markets 'nervous but open'" describes no person; the entry's speaker is no one it introduces."""
    found = cut_page(_LIVE.format(time="11.15am", heading="Markets in Bamako 'nervous but open'",
                               entry="\"Prices doubled overnight,\" said Awa Traore, a trader."))
    assert next(who for kind, first, who in found if kind == "direct" and first == "nervous but open") != "new:Awa Traore"
