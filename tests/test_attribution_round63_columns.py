"""Rounds 61's and 62's first persons, reactions, seats and names cut (issue 15, session fix15ec): a correspondent's
byline of a name over "Paper, Place"; the person described whom the writer "told", whom "she" next stands for; a local
holder's office named by its place and title.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.fullnames import blended, longer_body_name
from idlibsite.attribution.localoffice import local_office
from idlibsite.attribution.names import member_of
from idlibsite.attribution.page import byline
from idlibsite.sources.speech import speech_verbs
from test_attribution import cut_page, said_opening


_KILIS = ("Notes from Kilis\n\nAnna Virtanen\nHelsingin Uutiset, Kilis\n\n"
          "The bakery opens at five, before the first buses from the camps.\n\n"
          "The baker Demir, who came from Antakya, told me that business was slow. \"Nobody buys,\" he laughed.\n\n"
          "The office of the Kilis governor announced on Monday that the gate would stay shut.\n\n"
          "I told a Syrian nurse at the gate that we read about Idlib every day. She answered that nobody reads enough."
          " \"Tell them we are people,\" she said. I promised I would.")

_GAZIANTEP = ("Dispatch\n\nThe long wait at Öncüpınar\n\nJonas Berg\nThe Northern Courier, Gaziantep\n\n"
              "Dr. Leila Nasser runs a clinic near the station. I asked her whether the supplies still come. \"Some,\""
              " Nasser said.\n\n"
              "We told an old farmer from Azaz that the talks were in Moscow. He replied that Moscow is far away.")

_HATAY = ("Column | 4 March 2020\n\nWhere the road ends\n\nMarek Nowak\nGazeta Poranna, Antakya\n\n"
          "The Gaziantep mayor's office said on Sunday that the shelters were full.\n\n"
          "I asked the ministry twice last week whether the schools would open.\n\n"
          "The Office of the Mayor of Reyhanlı said buses would run again.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_KILIS, "I told a", "new:Anna Virtanen"),
    (_KILIS, "I promised I", "new:Anna Virtanen"),
    (_GAZIANTEP, "I asked her", "new:Jonas Berg"),
    (_HATAY, "I asked the", "new:Marek Nowak"),
])
def test_a_correspondents_name_over_paper_and_place_is_the_byline_i(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("top", "name"), [
    ("Notes\n\nAnna Virtanen\nHelsingin Uutiset, Kilis\n\nThe bakery opens.", "Anna Virtanen"),
    ("Dispatch\n\nJonas Berg\nThe Northern Courier, Gaziantep\n\nDr. Nasser", "Jonas Berg"),
    ("Turkey Opens Gates\nGreece, Bulgaria Brace\n\nThe border is open.", ""),  # a headline over its deck: no name
])
def test_byline_of_a_name_over_paper_and_place(top: str, name: str) -> None:
    assert byline(top) == name


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_KILIS, "She answered that", "a Syrian nurse"),
    (_KILIS, "Tell them we", "a Syrian nurse"),
    (_GAZIANTEP, "He replied that", "an old farmer"),
])
def test_the_one_the_writer_told_is_whom_the_next_pronoun_stands_for(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_KILIS, "The office of", "new:Kilis governor's office"),
    (_HATAY, "The Gaziantep mayor's", "new:Gaziantep mayor's office"),
    (_HATAY, "The Office of", "new:Reyhanlı Mayor's Office"),
])
def test_a_local_holders_office_named_by_its_place_is_a_body(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("phrase", "office"), [
    ("the office of the Hatay governor", "Hatay governor's office"),
    ("the Office of the Mayor of Gaziantep", "Gaziantep Mayor's Office"),
    ("the governor's office", ""),  # no place: not read here
    ("the Turkish governor's office", ""),  # a country, no place
    ("Erdogan's office", ""),  # a person's office, no local title
])
def test_local_office(phrase: str, office: str) -> None:
    assert local_office(phrase) == office


_REACTIONS = ("Nieuws › Wereld\n\nTusk: \"Europe must be ready\"\n\n3 maart 2020 | Redactie\n\n"
              "Europe must prepare for a new wave of arrivals from Turkey. That is what European Council President Donald Tusk"
              " said on Monday in Brussels.\n\n"
              "The camps on Lesbos are full. That was what the Greek migration minister Notis Mitarachi told reporters in Athens.\n\n"
              "Reacties (3)\n\n"
              "Karim, Rotterdam | 3 maart 2020 - 09:12\nMy brother works in Izmir. He says the buses leave every night. I wrote to"
              " Minister Blok twice about the families there.\n\n"
              "Noor, Den Haag - 3 maart 2020, 10:40\nOur neighbour is a nurse in Gaziantep. She told me the clinics are short of"
              " everything.\n\n"
              "Ali_1987 | 3 maart 2020 - 11:02\nI wrote to the Foreign Ministry about my cousin and got nothing back.")

_PLAIN = ("Kilis prepares for winter\n\nThe mayor, Hasan Doğan, opened a new shelter on Friday. \"We have room for 400,\" he said.\n\n"
          "The rain stopped in the afternoon. That is what happened, the forecasters wrote. Doğan said the shelter would stay open.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_REACTIONS, "Europe must prepare", "new:Donald Tusk"),
    (_REACTIONS, "The camps on", "new:Notis Mitarachi"),
])
def test_that_is_what_x_said_gives_the_sentence_before_to_x(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_that_is_what_with_no_speech_verb_of_its_own_gives_nothing_before() -> None:
    assert "The rain stopped" not in [first for _kind, first, _who in cut_page(_PLAIN)]  # "That is what happened, ... wrote"


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_REACTIONS, "He says the", "My brother"),
    (_REACTIONS, "She told me", "Our neighbour"),
    ("Letters\n\nThe shelling went on all night, Minister Ahmet Kaya said on Monday.\n\nMy cousin lives in Reyhanlı. She writes that"
     " the town is full.", "She writes that", "My cousin"),
])
def test_the_writers_own_relative_or_neighbour_is_whom_the_next_pronoun_stands_for(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_REACTIONS, "I wrote to", "new:Karim"),
    ("Readers write\n\nSofia, Malmö | 5 mars 2020 - 08:15\nI wrote to the Riksdag about the camps, and nobody answered.",
     "I wrote to", "new:Sofia"),
])
def test_a_reaction_headed_by_a_name_and_a_town_is_its_writers(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_a_reaction_headed_by_a_handle_names_no_one_though_a_named_one_is_above() -> None:
    assert [who for _kind, first, who in cut_page(_REACTIONS) if first == "I wrote to"] == ["new:Karim", ""]


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("I wrote to the Tweede Kamer last week about the children in the camps.", ["wrote"]),
    ("She wrote to Minister Haddad twice about the camps.", ["wrote"]),
    ("We wrote to them about it.", ["wrote"]),
    ("He wrote a book about the war.", []),  # no one addressed
    ("He wrote to the end about nothing.", []),  # no one named
])
def test_written_to_someone_about_a_topic(sentence: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(sentence)] == verbs


@pytest.mark.parametrize(("text", "who"), [
    ("Brussels and the crisis\n\nMinister of Foreign Affairs Sophie Wilmès (MR) spoke in the Chamber.\n\n"
     "At the Egmont, they insist that Belgium is doing its share. The Chamber debated for two hours.", "new:Belgian Foreign Ministry"),
    ("Rome watches Idlib\n\nThe Minister of Foreign Affairs, Luigi Marchetti, was in Ankara on Monday.\n\n"
     "At the Farnesina, meanwhile, they say that a ceasefire is close.", "new:Italian Foreign Ministry"),
    ("Paris and Idlib\n\nMinister for Europe and Foreign Affairs Claire Vasseur met her Turkish counterpart.\n\n"
     "At the Quai d'Orsay, they say they are worried about the camps.", "new:French Foreign Ministry"),
    ("Rome watches Idlib\n\nMinister Di Maio was in Ankara on Monday.\n\n"  # no portfolio: the seat keeps its word
     "At the Farnesina, meanwhile, they say that a ceasefire is close.", "new:Farnesina"),
])
def test_a_seat_is_the_ministry_whose_minister_the_page_titles_in_any_word_order(text: str, who: str) -> None:
    assert [w for _kind, first, w in cut_page(text) if first.startswith("At the")] == [who]


@pytest.mark.parametrize(("text", "opening", "who"), [
    ('Aid groups react\n\n"Finally a clear voice," said Hanne Claeys of Caritas Vlaanderen.', "Finally a clear", "new:Hanne Claeys"),
    ("Aid groups react\n\nPieter Janssens of Oxfam Solidarité said the pledge was welcome.", "Pieter Janssens of", "new:Pieter Janssens"),
    ('Aid groups react\n\n"The trucks are waiting," said Ahmet Kaya of Kilis.', "The trucks are", "new:Ahmet Kaya"),
    ("Aid groups react\n\nThe Islamic State of Iraq said it had taken the town.", "The Islamic State", "new:Islamic State of Iraq"),  # a body's name
    ('Aid groups react\n\n"We are ready," said Jan Peeters of the Red Cross.', "We are ready,", "new:Jan Peeters"),
])
def test_a_name_of_a_body_with_no_bodys_word_is_the_person(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "who"), [
    ('Jakarta reacts\n\nPresident Joko Widodo asked all parties to show restraint. "We want peace," Jokowi told reporters on Monday.',
     "new:Joko Widodo"),
    ('Mexico and the crisis\n\nPresident Andrés Manuel López Obrador said at dawn that Mexico would send no troops. "Mexico stays'
     ' neutral," AMLO told the press.', "new:Andrés Manuel López Obrador"),
    ('Manila reacts\n\nSenator Bong Revilla said the workers must come home. "Bring them home," Bongrev said on Tuesday.',
     "new:Bong Revilla"),
    ('Jakarta reacts\n\nPresident Joko Widodo asked all parties to show restraint. "We want peace," Jokowo told reporters on Monday.',
     "new:Jokowo"),  # "wo" opens no surname of his: another name
])
def test_a_popular_short_name_made_of_the_full_name_is_that_person(text: str, who: str) -> None:
    assert [w for kind, _first, w in cut_page(text) if kind == "direct"] == [who]


@pytest.mark.parametrize(("short", "full", "made"), [
    ("Jokowi", "Joko Widodo", True),
    ("AMLO", "Andrés Manuel López Obrador", True),
    ("Joko", "Joko Widodo", False),  # the given name alone
    ("JokoWidodo", "Joko Widodo", False),  # the surname whole: no short name
    ("AL", "Ana López", False),  # two initials: too few to be a name
])
def test_blended(short: str, full: str, made: bool) -> None:
    assert blended(short, full) is made


@pytest.mark.parametrize(("text", "who"), [
    ("Commission I Questions Foreign Minister On Idlib\n\nCommission I of the House of Representatives (DPR) held a hearing with"
     " the minister on Tuesday. The minister said the embassy was ready.", "new:Commission I of the House of Representatives"),
    ("Committee III Questions Interior Minister Over Border\n\nCommittee III of the National Assembly met the Interior Minister on"
     " Monday. Members asked about the camps.", "new:Committee III of the National Assembly"),
    ("Foreign Affairs Committee Questions Defence Secretary On Syria\n\nThe Foreign Affairs Committee of the House of Commons heard"
     " the Defence Secretary on Wednesday.", "new:Foreign Affairs Committee of the House of Commons"),
])
def test_a_committee_questioning_a_minister_in_a_headline_is_the_committee_the_lead_names_in_full(text: str, who: str) -> None:
    assert cut_page(text)[0][2] == who


def test_a_headline_of_questions_a_minister_must_answer_is_no_passage() -> None:
    assert cut_page("Key Questions Minister Must Answer\n\nThe minister will appear before the committee on Friday.") == []


@pytest.mark.parametrize(("text", "longer"), [
    ("Commission I Hears Minister\n\nCommission I of the House of Representatives (DPR) met.", "Commission I of the House of Representatives"),
    ("Commission I of the Senate met. Commission I of the House of Representatives met.", ""),  # two bodies: neither
    ("Commission I Of The House Hears Minister\n\nIt met.", ""),  # a line in title case is a heading, not read
])
def test_longer_body_name(text: str, longer: str) -> None:
    assert longer_body_name(text, "Commission I") == longer


@pytest.mark.parametrize("text", [
    "Filipino Nurses in Kuwait: We Are Tired, But Staying\n\nFilipino nurses in Kuwait say they are tired but staying. The Filipino"
    " Nurses Union in Kuwait said its members were safe.",
    "Pakistani Students in China: We Are Fine, Don't Worry\n\nISLAMABAD -- Pakistani students in China say they are fine. The"
    " Pakistani Students Association in China (PSAC) said on Monday that it had set up a hotline.",
])
def test_a_headlines_people_of_a_nation_are_nobody_not_the_association_named_after_them(text: str) -> None:
    assert cut_page(text)[0][2] == ""


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Refugees wait at the gate\n\nSome families, however, admit that they have no money left. Others said the soldiers were kind.",
     "Others said the", "Others"),
    ("A quiet campus\n\nMany teachers said the classes go on. Others told us the buses are late.", "Others told us", "Others"),
    ("Refugees wait at the gate\n\nSome families, however, admit that they have no money left.", "Some families, however,",
     "Some families"),
])
def test_others_and_a_plurals_admission_name_nobody(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who  # the phrase, nobody named (no "new:Others")


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("Some students, however, admit that the news is hard to bear.", ["admit"]),
    ("They refused to admit defeat.", []),  # no words admitted: an infinitive with its object
])
def test_admit_with_what_is_admitted(sentence: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(sentence)] == verbs


@pytest.mark.parametrize(("text", "opening", "who"), [
    ('Border live\n\nIn the Storting, Progress Party leader Sylvi Listhaug demanded that the government "close the border today".',
     "In the Storting,", "new:Sylvi Listhaug"),
    ('Border live\n\nThe Greens\' Anna Lindqvist urged that the minister "come to the chamber at once".', "The Greens' Anna", "new:Anna Lindqvist"),
    ('Border live\n\nOpposition leader Jan Novák insisted that the cabinet "take in fifty children".', "Opposition leader Jan", "new:Jan Novák"),
])
def test_a_demand_that_a_subject_do_what_the_quotation_says_is_a_reported_passage(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_said_that_a_subject_then_a_bare_verb_quoted_is_the_quotation_alone() -> None:
    assert [kind for kind, _first, _who in cut_page('Border live\n\nAna Ruiz said that the cabinet "close the borders today".')] == ["direct"]


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Border live\n\nCDA MP Martijn de Graaf wants the minister to come to the Chamber this week.", "CDA MP Martijn", "new:Martijn de Graaf"),
    ("Border live\n\nSenator Ruth Okafor wanted the government to explain the deal.", "Senator Ruth Okafor", "new:Ruth Okafor"),
    ("Border live\n\nThe Left Party's Ida Berg wants the Commission to report on the camps.", "The Left Party's", "new:Ida Berg"),
])
def test_wanting_an_office_or_a_body_to_act_is_a_stated_demand(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("sentence", ["Everyone wants peace.", "The army wants the town to fall.", "What the people want is bread."])
def test_wanting_no_one_addressed_is_no_speech(sentence: str) -> None:
    assert speech_verbs(sentence) == []


def test_the_speakers_own_relative_inside_a_quotation_is_no_referent_of_the_page() -> None:
    text = ('Families wait\n\nOmar Haddad, a baker in Leeds, said his sister\'s family was in a tent. "They have no water. My nephew is'
            ' three," he said.\n\nHe said he had written to his MP to ask for help.')
    assert said_opening(text, "He said he") == "new:Omar Haddad"


@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Letters\n\nThe Diocese of Chalan Kanoa asked all parishes to take up a collection for Syria.", "The Diocese of",
     "new:The Diocese of Chalan Kanoa"),  # "The Diocese": no person's name before "of"
])
def test_a_body_of_its_own_name_and_a_title_of_a_body_before_a_name(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_one_word_before_of_is_no_member_of_a_body() -> None:
    assert member_of("Speaker of Parliament Ahmed Shareef".split()) is None  # a title, no one-word person "Speaker"
