"""Round 64's rare forms (issue 15, session fix15eg): a columnist's byline of a name and a date in any language, her
"I" after a place, a gesture before a quotation, a taxi driver "called" by his first name; an obituary's ",,...”"
marks, a widow by a possessive, a known body after a description of its kind, a board and a municipality named by
what they govern; a deck whose country "is following ... and calls on", an envoy never named; a stance before a
colon, "sees no increase"; a feature's "says the 38-year-old", "the men who meet", "she translates"; a fact-check's
posts quoted in bullets, an acronym kept from the body's own language.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.match import match_body
from idlibsite.attribution.page import byline
from idlibsite.attribution.phrase import read_phrase
from idlibsite.attribution.plainsubject import plain_subject
from idlibsite.sources.framed import stance_subject
from idlibsite.sources.quotations import find_quotations
from idlibsite.sources.speech import speech_verbs
from test_attribution import ACTORS, cut_page, said_opening


def _openings(text: str) -> list[str]:
    return [first for _kind, first, _who in cut_page(text)]


# A column's byline: the name and the date on one line, the month in the page's language, under a kicker, a headline
# and an author's box (843's "Mariëlle de Waard 4 maart 2020, 16:05").
_ZAGREB = ("Jutarnji\n\nKolumna\n\nWaiting at Kapitan Andreevo\n\nIvana Horvat is our correspondent in Sofia.\n\n"
           "Ivana Horvat 5. ožujka 2020, 09:40\n\nTrucks wait for three kilometres.\n\n"
           "On the bridge I asked a driver from Plovdiv how long he had waited. Two days, he said.")
_OSLO = ("Aftenposten\n\nKommentar\n\nThe night the buses came\n\nErik Solberg | 3. mars 2020\n\n"
         "I told the mayor of Edirne that Norway would send tents. He did not answer.")
_LISBON = ("Público\n\nCrónica\n\nA fronteira\n\nMarta Lopes Ferreira 6 de março de 2020, 18:00\n\n"
           "In Pazarkule I asked the police whether the gate would open.")


@pytest.mark.parametrize(("text", "name"), [
    (_ZAGREB, "Ivana Horvat"),
    (_OSLO, "Erik Solberg"),
    (_LISBON, "Marta Lopes Ferreira"),
    ("Syria Damascus 4 March 2020\n\nThe talks began.", ""),  # a place's line with a date: no name
])
def test_a_byline_of_a_name_and_a_date_in_any_language(text: str, name: str) -> None:
    assert byline(text) == name


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_ZAGREB, "On the bridge", "new:Ivana Horvat"),  # "I" after a place with no comma
    (_OSLO, "I told the", "new:Erik Solberg"),
    (_LISBON, "In Pazarkule I", "new:Marta Lopes Ferreira"),
])
def test_the_columnists_i_after_a_place_is_the_byline(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("phrase", [
    "a government official whom I have known",
    "the driver that we hired",
    "an old friend who I trust",
])
def test_a_description_with_a_relative_clause_of_a_pronoun_is_the_description(phrase: str) -> None:
    assert plain_subject(phrase) == phrase.split(" who")[0].split(" that")[0]


def test_an_official_the_writer_knows_is_nobody_not_the_writer() -> None:
    text = ("Column\n\nTea in Ankara\n\nSanne Bakker 2 maart 2020\n\nIn Ankara, an adviser whom I have known for years"
            " put it to me plainly over tea. ‘Brussels has paid for silence.’\n\nI asked him whether it would last.")
    assert said_opening(text, "In Ankara, an") == "an adviser"
    assert said_opening(text, "Brussels has paid") == "an adviser"
    assert said_opening(text, "I asked him") == "new:Sanne Bakker"  # guard: the writer's own "I" stays hers


# A person described, then "called" by a first name as the sentence's predicate (843's taxi driver Murat).
@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Column\n\nOn the road\n\nThe driver who took us from Kilis to the camp is called Yusuf, and he has driven it for a year. ‘The road is closed"
     " every night,’ he said.\n\nAt the gate a boy was waiting. His name is Adel Karimi, he is 12.", "The road is", "new:Yusuf"),
    # a companion form, read so before ("called Yusuf" was a clause of its own)
    ("Report\n\nAt the gate\n\nThe boatman who ferries families across the Evros was named Dimitris. ‘We go at night,’"
     " he says.\n\nThe police said nothing.", "We go at", "new:Dimitris"),
    ("Column\n\nAt the lake\n\nThe boatman who took me across the lake on Sunday is called Nikos, and he has made the"
     " trip twenty times this month. ‘They all want to know the price,’ he said.\n\nOn the quay I asked a young man where"
     " he was going. His name is Reza Amiri.", "They all want", "new:Nikos"),
])
def test_a_person_described_then_called_by_name_is_whom_he_stands_for(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


# A gesture of a third person after the writer's act, then a quotation (843's "I told Jawad ... He laughed. ‘...’").
@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Column\n\nAt the wire\n\nPieter de Vries 3 maart 2020\n\nA boy from Kunduz waits by the wire. His name is"
     " Karim Sadat. ‘We wait,’ he said.\n\nI told Karim that Europe was arguing about him. He laughed. ‘Let them"
     " argue here.’", "Let them argue", "new:Karim Sadat"),
    ("Column\n\nThe bakery\n\nLena Fischer 4. März 2020\n\nOmar Haddad bakes bread in Kreuzberg. ‘Bread is"
     " cheap,’ he said.\n\nI asked Omar whether he would stay. He shrugged. ‘Where else would I go?’",
     "Where else would", "new:Omar Haddad"),
    ("Column\n\nNight shift\n\nAnna Berg 5 March 2020\n\nA nurse, Mariam Aziz, runs the ward. ‘We sleep in turns,’"
     " she said.\n\nI reminded Mariam of the curfew. She smiled sadly. ‘The curfew is for the living.’",
     "The curfew is", "new:Mariam Aziz"),
])
def test_a_gesture_after_the_writers_act_gives_the_quotation_to_the_one_addressed(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_a_gesture_after_the_writers_act_towards_someone_unnamed_is_nobodys() -> None:
    text = ("Column\n\nAt the gate\n\nPieter de Vries 3 maart 2020\n\nMinister Ada Quill said the gate stays shut.\n\n"
            "I asked a policeman whether that was true. He laughed. ‘Ask the minister.’")
    assert said_opening(text, "Ask the minister.") == ""  # guard: never the writer, never the minister


# Two commas at a word's start for the low mark „ (845's ",,He always said ...”, says his wife Rania").
@pytest.mark.parametrize(("text", "quoted"), [
    (",,We go every winter”, says his brother.", "We go every winter"),
    ("She said: ,,The ward is full.”", "The ward is full."),
    ("Then: ,,He called me on Sunday night.\" She stopped.", "He called me on Sunday night."),
])
def test_two_commas_at_a_words_start_open_a_quotation(text: str, quoted: str) -> None:
    assert [q.text for q in find_quotations(text, [(0, len(text))])] == [quoted]


def test_commas_in_running_text_open_nothing() -> None:
    text = "Prices rose 3,5 percent, the bank said, ,, and \"rents went up\" too."
    assert [q.text for q in find_quotations(text, [(0, len(text))])] == ["rents went up"]


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("In memoriam\n\nA doctor of Breda\n\n,,He never said no to a patient”, says his wife Noor at the table. ,,Not"
     " once.”", "He never said", "new:Noor"),
    ("Obituary\n\nThe teacher\n\n\"She marked papers until midnight,\" said her son Tariq, 19, by the door.",
     "She marked papers", "new:Tariq"),
    ("Obituary\n\nThe tailor\n\n«He sewed for the whole street», recalls their daughter Lina in the shop.",
     "He sewed for", "new:Lina"),
])
def test_a_relative_named_after_a_possessive_tags_the_quotation(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Obituary\n\nA doctor of Breda\n\n,,He was always late”, says his wife Noor. Their son, 12, sits next to her and"
     " says nothing. Then: ,,He promised to come back in April.”", "He promised to", ""),
    ("Obituary\n\nThe baker\n\n\"He baked at four,\" said Hassan Omar. His daughter, 9, stands at the door and listens."
     " \"He never missed a morning.\"", "He never missed", ""),
])
def test_a_relative_on_stage_before_a_quotation_takes_it_from_the_earlier_speaker(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_a_relative_named_before_the_speaker_comes_back_keeps_the_quotation_hers() -> None:
    text = ("Feature\n\nThe camp at Atmeh fills up\n\nFatima Darwish arrived here on 2 March with her three children."
            " « We have moved six times in a year », she says, holding the youngest.\n\nHer brother stayed behind. She"
            " does not know if he is alive. « The last message came a week ago. Then nothing. »")
    assert said_opening(text, "The last message") == "new:Fatima Darwish"  # guard: the last sentence before it is hers again


def test_a_relative_placed_elsewhere_before_a_quotation_leaves_it_the_speakers() -> None:
    text = ("Feature\n\nThe market\n\nNear the station, Rana Saleh, 41, sells bread she bakes at home.\n\n\"Here the"
            " children sleep,\" says the baker. Her brother lives in a tent near Azaz. \"He sent me a video of the mud"
            " yesterday.\"")
    assert said_opening(text, "He sent me") == "new:Rana Saleh"  # guard: 702's form, the relative is whom her words are about


def test_a_colon_after_then_is_no_name() -> None:
    text = "Obituary\n\nThe baker\n\nThe family waited. Then: ,,Nobody came to the door that night.”"
    assert said_opening(text, "Nobody came to") == ""


# A known body after a description of its kind (845's "The medical aid organisation UOSSM").
@pytest.mark.parametrize("phrase", [
    "The medical aid organisation UOSSM",
    "the charity UOSSM",
    "the medical aid group Union of Medical Care and Relief Organizations",
])
def test_a_known_body_after_a_description_of_its_kind(phrase: str) -> None:
    assert [a.id for a in match_body(read_phrase(phrase), ACTORS)][:1] == ["uossm"]


def test_a_description_of_another_kind_is_not_the_known_body() -> None:
    assert [a.id for a in match_body(read_phrase("the doctor UOSSM"), ACTORS)] == []  # "doctor" is no body's kind


def test_the_organisation_after_a_known_body_described_is_that_body() -> None:
    text = ("Obituary\n\nA surgeon\n\nThe relief charity UOSSM, which he served, confirmed his death on Monday. The"
            " organisation said eleven medics had died this year.")
    assert said_opening(text, "The relief charity") == "uossm"
    assert said_opening(text, "The organisation said") == "uossm"


# A body in lower case before "of" and what it governs (845's board of a mosque, municipality of a town).
@pytest.mark.parametrize(("phrase", "named"), [
    ("The board of the Al-Noor mosque", "Board of the Al-Noor mosque"),
    ("the municipality of Terneuzen", "Municipality of Terneuzen"),
    ("the council of Molenbeek", "Council of Molenbeek"),
    ("the board member", "the board member"),  # guard: no "of" and a name
])
def test_a_body_by_its_kind_and_what_it_governs(phrase: str, named: str) -> None:
    assert plain_subject(phrase) == named


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Obituary\n\nThe imam's friend\n\nThe board of the Al-Noor mosque, where Hamid prayed every Friday, called him"
     " \"a pillar of our community\".", "a pillar of", "new:Board of the Al-Noor mosque"),
    ("Local\n\nMourning\n\nThe municipality of Terneuzen has lowered its flags. In a brief statement, the"
     " municipality said the town had lost a friend.", "In a brief", "new:Municipality of Terneuzen"),
    ("Local\n\nThe hall\n\nThe municipality of Gouda opened the town hall on Sunday. The municipality said it would"
     " stay open all week.", "The municipality said", "new:Municipality of Gouda"),
])
def test_a_board_or_municipality_named_by_what_it_governs_speaks(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_a_place_clause_with_a_name_and_no_verb_of_its_own_keeps_the_name() -> None:
    text = "News\n\nSochi\n\nErdogan flew to Sochi, where Putin said the talks had gone well."
    assert said_opening(text, "Erdogan flew to") == "vladimir-putin"  # guard: "where X said" is X's


# A country's envoy never named, his post capitalised, telling his country's call (848).
@pytest.mark.parametrize(("text", "opening"), [
    ("Flashes\n\nAt the Council\n\nAt a Security Council meeting, Ghana's Ambassador to the UN said Ghana called for"
     " calm.", "At a Security"),
    ("Flashes\n\nIn Geneva\n\nThe Thai Ambassador to the UN said Thailand urged restraint on all sides.", "The Thai Ambassador"),
    ("Flashes\n\nIn Ankara\n\nChile's Ambassador in Turkey said Chile had asked for a humanitarian corridor.", "Chile's Ambassador in"),
])
def test_an_envoy_never_named_is_nobody_though_he_tells_his_countrys_call(text: str, opening: str) -> None:
    assert said_opening(text, opening) in ("", "Ghana's Ambassador to the UN", "The Thai Ambassador to the UN",
                                    "Chile's Ambassador in Turkey", "Ghana's Ambassador", "The Thai Ambassador",
                                    "Chile's Ambassador")


def test_a_spokesman_named_still_relays_his_countrys_act() -> None:
    text = "Flashes\n\nIn Accra\n\nSpokesman Kofi Mensah said Ghana had called for calm at the Council on Monday."
    assert said_opening(text, "Spokesman Kofi Mensah") == "new:Ghana"  # guard: only an envoy never named tells no relay


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Flashes\n\nLaos calls for calm\n\nLaos is closely following the events in Idlib and calls on all sides to stop.",
     "Laos is closely", "new:Laos"),
    ("Flashes\n\nKenya urges restraint\n\nKenya is following the crisis and urges the parties to talk.", "Kenya is following", "new:Kenya"),
    ("Flashes\n\nPeru\n\nPeru is carefully monitoring the situation and calls for dialogue.", "Peru is carefully", "new:Peru"),
])
def test_a_country_that_is_following_and_calls_on(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


# A stance before a colon names its quotation's speaker (844's "A European diplomat in Moscow was less hopeful:").
@pytest.mark.parametrize(("masked", "subject"), [
    ("A European diplomat in Moscow was less hopeful: \u2063\u2063\u2063", "A European diplomat in Moscow"),
    ("The minister was blunt: «\u2063\u2063\u2063»", "The minister"),
    ("Ada Quill sounded more cautious than her deputy: \u2063\u2063", "Ada Quill"),
    ("The weather was bad: \u2063\u2063\u2063", ""),  # guard: no stance
    ("Her answer was frank: \u2063\u2063\u2063", ""),  # guard: a possessive's reply, the one asked (round 51's test)
    ("The statement was guarded: «\u2063\u2063\u2063»", ""),  # guard: a text, no speaker
])
def test_a_stance_before_a_colon_names_the_subject(masked: str, subject: str) -> None:
    assert stance_subject(masked) == subject


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Live\n\n10:30 Talks\n\nKremlin aide Yuri Ushakov said the talks would be long. A Western diplomat in Moscow was"
     " less hopeful: “Every truce here has lasted a month.”", "Every truce here", "A Western diplomat in Moscow"),
    ("Live\n\nAnkara\n\nThe ministry said the troops would stay. Minister Ada Quill was blunt: \"We will not withdraw"
     " a single soldier.\"", "We will not", "new:Ada Quill"),
    ("Live\n\nGeneva\n\nThe envoy said a deal was near. One aid worker was sceptical: \"We have heard that every"
     " week.\"", "We have heard", "One aid worker"),
])
def test_a_stance_before_a_colon_gives_the_quotation_to_its_subject(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("Fedasil sees no increase in asylum applications", ["sees"]),
    ("The agency sees no reason to open more centres.", ["sees"]),
    ("Minister sees no alternative to the deal", ["sees"]),
    ("The patrol sees no soldiers at the crossing.", []),  # guard: a thing seen, no view
])
def test_seeing_no_increase_is_a_stated_view(sentence: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(sentence)] == verbs


# A feature's speakers: an age after a quotation, a place after "in", "the men who meet", "she translates".
@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Report\n\nIn Burgos\n\nEvery evening, Salma Aziz waits in her kitchen in San Pedro de la Fuente. «The calls come"
     " late», says the 41-year-old, who came with her husband in 2017.", "The calls come", "new:Salma Aziz"),
    ("Report\n\nSyrians of Lyon follow the war from afar\n\nKhaled Mansour repairs phones in a shop in La Guillotière. \"Everyone here calls home,\""
     " says the 52-year-old.", "Everyone here calls", "new:Khaled Mansour"),
    ("Report\n\nPorto's teachers wait for news\n\nNadia Karim teaches Arabic at a school in Vila Nova. «The children ask about Idlib», said"
     " the 29-year-old in her classroom.", "The children ask", "new:Nadia Karim"),
])
def test_an_age_after_a_quotation_is_the_person_named_before(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Report\n\nFriday\n\nSeveral of the men who meet in the back room of the calle Mayor say the planes fly lower now.",
     "Several of the", "Several of the men"),
    ("Report\n\nFriday\n\nThe women who gather at the Fatih mosque say the buses left at dawn.", "The women who", ""),  # a plural, nobody
    ("Report\n\nFriday\n\nMany of the families who live near Rue Haute say the school is full.", "Many of the",
     "Many of the families"),
])
def test_people_with_a_relative_clause_are_the_subject_not_a_place_in_it(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Report\n\nHome\n\nLaila Haddad does not watch the news. Her phone rings. «He says the tent is cold», she"
     " translates.", "He says the", "new:Laila Haddad"),
    ("Report\n\nHome\n\nMinister Ada Quill spoke on Monday.\n\nOmar Nasser listens to the call. \"She says they are"
     " safe,\" he translated, and put the phone down.", "She says they", "new:Omar Nasser"),
    ("Report\n\nHome\n\nSamir Azzam sits by the radio. \"They are moving north,\" he translates for his mother.",
     "They are moving", "new:Samir Azzam"),
])
def test_a_translator_who_tags_a_quotation_says_it(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_translating_without_a_quotation_is_no_speech() -> None:
    assert [m.group() for m in speech_verbs("Her eldest son translates when the Spanish runs out.")] == []


# A fact-check's posts quoted after a colon in bullets (838).
@pytest.mark.parametrize(("text", "opening"), [
    ("Fact check\n\nWhat is being shared?\n\n  • On Facebook, a page published the video with the text: \"Army rescues 30"
     " citizens from the war\". It had 5,000 shares.\n\nWhy it is false\n\nThe video is from 2018.", "Army rescues 30"),
    ("Fact check\n\nNo plane flew to Idlib\n\nA clip of a plane is shared as a rescue. It is #FALSE.\n\n✅ What do the"
     " messages say?\n\n  • On WhatsApp, a voice message says: \"My brother is on that plane\". It was shared 900 times.\n"
     "  • On Telegram, a channel posted the clip with the caption: \"The army brings our people home\".\n\n❌ Why is it"
     " false?\n\nThe clip is from 2018.", "The army brings"),
    ("Fact check\n\nThe claims\n\n  · A post attributes to the president the phrase: «We are the only friends of"
     " Syria». No record exists.\n\nThe verdict\n\nFalse.", "We are the"),
])
def test_a_post_quoted_in_a_bullet_is_a_passage_of_nobody(text: str, opening: str) -> None:
    assert next(who for _kind, first, who in cut_page(text, unnamed=False) if first == opening) == ""


def test_a_bullet_credit_stays_a_caption() -> None:
    text = "Report\n\nThe border\n\n  • Video report by our correspondent Tom Hale\n\nThe gate is shut, police said."
    assert "Video report by" not in _openings(text)
