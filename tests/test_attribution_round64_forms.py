"""Round 64's rare forms (issue 15, session fix15ef): a "what the papers say" review whose papers are named in running
text, readers' letters headed by their writers' lines, a parliament's oral questions, an administration's statement
read out, a joint communiqué, a ministry's briefing relaying its president, a radio interview's party.  Texts of our own,
in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses
from idlibsite.attribution.statekind import kind_country
from idlibsite.attribution.subject import subject_phrase
from idlibsite.sources.members import members_record
from idlibsite.sources.quotations import find_quotations
from idlibsite.sources.speech import speech_verbs
from test_attribution import cut_page, said_opening


def _openings(text: str) -> list[str]:
    return [first for _kind, first, _who in cut_page(text)]


def _verbs(sentence: str) -> list[str]:
    return [m.group() for m in speech_verbs(sentence)]


# A review of the papers named in running text: each paragraph's lead-in, whatever its predicate, names the paper whose
# words follow its colon; so does "In X, we read:".
_PRESSESCHAU = ("Presseschau\n\nWhat Austria's papers say about the truce\n\n"
                "Der Standard sees the truce in a darker light: „Two men in a room have decided for a whole region. Vienna was "
                "not even asked.“\n\n"
                "Die Presse takes the opposite view: „A fragile truce is still better than the bombs of last week.“\n\n"
                "In the Salzburger Nachrichten we read: „The camps at the wall will still be full in April.“\n\n"
                "„The deal buys time, nothing more“, comments the Kleine Zeitung from Graz.\n\n"
                "And the Tiroler Tageszeitung concludes: „Nobody in Innsbruck believes in a handshake in Moscow.“\n")

_REVUE = ("Revue de presse\n\nThe French papers and the Moscow deal\n\n"
          "Le Figaro is blunter: « The truce will not hold beyond the spring, whatever the Kremlin says. »\n\n"
          "Libération looks to the islands: « Lesbos is where Europe will be judged, not in Moscow. »\n\n"
          "On Mediapart one can read the following: « The ceasefire line follows the M4 for sixty kilometres. »\n")

_DIGEST = ('Morning digest\n\nHow the papers read the summit\n\n'
           'The Guardian takes a longer view: "Europe has been here before, and it looked away then too."\n\n'
           'The Observer is worried about the cost: "London will be asked to pay, and soon."\n\n'
           'But the Yorkshire Post from Leeds writes that the government has been silent for too long.\n')


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_PRESSESCHAU, "Two men in", "new:Der Standard"),
    (_PRESSESCHAU, "A fragile truce", "new:Die Presse"),
    (_PRESSESCHAU, "The camps at", "new:Salzburger Nachrichten"),
    (_PRESSESCHAU, "The deal buys", "new:Kleine Zeitung"),
    (_PRESSESCHAU, "Nobody in Innsbruck", "new:Tiroler Tageszeitung"),
    (_REVUE, "The truce will", "new:Le Figaro"),
    (_REVUE, "Lesbos is where", "new:Libération"),
    (_REVUE, "The ceasefire line", "new:Mediapart"),
    (_DIGEST, "Europe has been", "new:Guardian"),
    (_DIGEST, "London will be", "new:Observer"),
    (_DIGEST, "But the Yorkshire", "new:Yorkshire Post"),
])
def test_fix15ef_a_papers_words_after_its_lead_in_and_colon_are_its(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize("line", [
    'His reply was short: "We count our friends in winter."',
    'The situation is clear: "Nobody will come to help us."',
    'It is simple: "We stay until the war ends."',
    'In Idlib the mood is grim: "We have nothing left to sell."',
    'Senators ask the minister about students in Cyprus: "Nobody has asked to come home"',  # a plural, a headline's
    'Macron and Merkel agree on new talks in Minsk: "The guns must fall silent by Friday"',  # two subjects
])
def test_fix15ef_guard_a_lead_in_of_no_name_names_no_speaker(line: str) -> None:
    masked = line[: line.index('"')] + "\u2063" * (len(line) - line.index('"') - 1) + "."
    assert clauses(masked) == []


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("The summit concludes on Friday in Brussels.", []),
    ("His comments were not welcome in Ankara.", []),
    ("The Kurier concludes: \u2063\u2063\u2063\u2063.", ["concludes"]),
    ("\u2063\u2063\u2063\u2063, comments the Kurier.", ["comments"]),
])
def test_fix15ef_concludes_and_comments_report_only_with_the_words(sentence: str, verbs: list[str]) -> None:
    assert _verbs(sentence) == verbs


# German copy's nested quotation in low single marks, closed by a straight mark in translation: it closes the nested
# one, not the paper's; the words a paper's quotation quotes after a colon, or inside a teller's clause, are a passage.
def test_fix15ef_a_low_single_mark_opens_a_nested_quotation_a_straight_one_closes() -> None:
    text = ("The Kurier points to Ankara: „An officer at the crossing told our reporter frankly: ‚Nobody passes here without "
            "papers.' The families waiting there know it well.“")
    assert [q.text[-25:] for q in find_quotations(text, [(0, len(text))])] == ["families waiting there know it well."[-25:]]


_NESTED = ("Press review\n\nThe papers on the border\n\nThe border was the morning's story.\n\n"
           "The Kurier looks at the crossing: „An officer at the crossing told our reporter frankly: ‚Nobody passes here without "
           "papers.' The families waiting there know it well.“\n\n"
           "„Chancellor Nehammer said on Tuesday that Austria ‚will not open the border'. That is right“, comments the "
           "Oberösterreichische Nachrichten.\n\n"
           'The Guardian writes: "Home Secretary Priti Patel told MPs on Monday that Britain ‘will do its part in the '
           'Aegean’. Few in Athens believe it."\n\n'
           'The Times writes: "A border guard told our reporter: \'Nobody gets through without a stamp.\' The queue is long."\n')


@pytest.mark.parametrize(("opening", "who"), [
    ("Nobody passes here", "An officer at the crossing"),
    ("An officer at", "new:Kurier"),
    ("will not open", "new:Nehammer"),
    ("will do its", "new:Priti Patel"),
    ("Nobody gets through", "A border guard"),
])
def test_fix15ef_words_quoted_inside_a_papers_quotation_are_the_quoted_ones(opening: str, who: str) -> None:
    assert said_opening(_NESTED, opening) == who


def test_fix15ef_guard_an_apostrophe_after_a_plural_opens_no_nested_quotation() -> None:
    text = ('Press review\n\nThe papers\n\nThe Times writes: "The minister said the soldiers\' families would be paid, and '
            'the officers\' too. Nobody believes it."\n')
    assert _openings(text) == ["The minister said"]


# Texts put out and read out: "issued a joint communiqué", "read the statement at a press conference".
@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Talks in Rabat\n\nAfter the meeting, the two foreign ministers issued a joint declaration on the crisis.\n",
     "After the meeting,", "the two foreign ministers"),
    ("Talks in Nairobi\n\nKenya issued a communiqué on Friday evening.\n", "Kenya issued a", "new:Kenya"),
    ("Statement in Raqqa\n\nThe mayor of Tartus, Karim Haddad, read the statement at a news conference on Monday.\n",
     "The mayor of", "new:Karim Haddad"),
    ("Statement in Lisbon\n\nForeign Minister Ana Duarte read a communiqué on state television on Sunday.\n",
     "Foreign Minister Ana", "new:Ana Duarte"),
    ("Statement in Erbil\n\nThe spokesman of the regional government, Jotiar Adil, read the declaration to reporters.\n",
     "The spokesman of", "new:Jotiar Adil"),
    ("Rally in Lyon\n\nThe rally was called by a Syrian association. Its chairwoman, Leila Haddad, read a manifesto in French "
     "and in Arabic.\n", "Its chairwoman, Leila", "new:Leila Haddad"),
])
def test_fix15ef_a_text_issued_or_read_to_an_audience_is_an_act_of_speech(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ef_guard_a_statement_read_to_no_audience_and_visas_issued_are_no_speech() -> None:
    assert _openings("Council\n\nThe envoy read a statement of the group. The embassy issued visas to 40 families. She read "
                     "a statement in Geneva on Monday and left.\n") == []


# A passive's agent by title with the holder's name in apposition: the holder, not the body of the title.
@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Plan rejected\n\nThe offer was rejected by the spokesman of the Kurdish National Council (ENKS), Faisal Yusuf, on "
     "Monday.\n", "The offer was", "new:Faisal Yusuf"),
    ("Plan criticised\n\nThe plan was criticised by the head of the Syrian Negotiation Commission, Nasr Hariri, on Tuesday.\n",
     "The plan was", "new:Nasr Hariri"),
    ("Ankara condemned\n\nThe move was condemned by the foreign minister of Cyprus, Nikos Christodoulides.\n",
     "The move was", "new:Nikos Christodoulides"),
])
def test_fix15ef_a_passives_agent_by_title_and_name_is_the_named_holder(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ef_guard_a_passives_agent_by_title_with_no_name_after_is_the_titles_body() -> None:
    text = "Talks\n\nThe talks were welcomed by the spokesman of the Council of Europe, who called them a first step.\n"
    assert said_opening(text, "The talks were") == "new:Council of Europe"  # the body its spokesman speaks for, as before


# A body that asks an office to act: a demand in words.
@pytest.mark.parametrize(("sentence", "verbs"), [
    ("The Liberal Party asks the government to recall parliament.", ["asks"]),
    ("Amnesty International asks the European Commission to open the islands.", ["asks"]),
    ("The mayor asks the ministry to send more tents.", ["asks"]),
    ("He asks himself whether to stay.", []),
    ("The boy asks his mother to come home.", []),
])
def test_fix15ef_asking_an_office_to_act_is_a_demand(sentence: str, verbs: list[str]) -> None:
    assert _verbs(sentence) == verbs


# "The Kingdom", "the Sultanate" on a page that does not open with its country: the one state of that kind it names most.
@pytest.mark.parametrize(("page", "phrase", "country"), [
    ("Stranded in Hatay\n\nHundreds of Jordanian students wait at the border. Jordanian families ask for news.", "The Kingdom", "Jordan"),
    ("Help for the camps\n\nOmani aid left Muscat on Monday for the Omani field hospital.", "the Sultanate", "Oman"),
    ("Border\n\nMoroccans at the fence; Moroccan families worried.", "the Kingdom", "Morocco"),
    ("Border\n\nSpanish and Moroccan ministers met; Spain and Morocco agree.", "the Kingdom", ""),  # two kingdoms alike
    ("Border\n\nA Moroccan student was stranded.", "the Kingdom", ""),  # named once: no page's country
    ("Border\n\nMoroccans at the fence; Moroccan families worried.", "the Republic", ""),  # no kind of those
])
def test_fix15ef_a_state_by_its_kind_is_the_one_of_that_kind_the_page_names_most(page: str, phrase: str, country: str) -> None:
    assert kind_country(phrase, page) == country


def test_fix15ef_the_kingdom_as_a_subject_on_a_page_that_names_it() -> None:
    text = ("Stranded in Hatay\n\nHundreds of Jordanian students are waiting at the border, and Jordanian families ask for "
            "news.\n\nThe Kingdom has asked Turkey to open a corridor for them.\n")
    assert said_opening(text, "The Kingdom has") == "new:Jordan"


# A party's group in a parliament, its name holding "of" and "and" and its acronym: the party speaking as a party.
@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Chamber\n\nThe group of the Party of Labour and Justice (PLJ) called on the cabinet to act.\n", "The group of",
     "new:Party of Labour and Justice"),
    ("Chamber\n\nIn a communiqué published after the session, the group of the Union of Democrats and Independents (UDI) "
     "urged the minister to resign.\n", "In a communiqué", "new:Union of Democrats and Independents"),
    ("Chamber\n\nOn Friday the parliamentary group of the Alliance for Work and Solidarity (AWS) demanded a debate.\n",
     "On Friday the", "new:Alliance for Work and Solidarity"),
])
def test_fix15ef_a_partys_group_speaks_as_the_party(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ef_guard_a_group_of_people_is_no_party() -> None:
    assert said_opening("Clinic\n\nA group of doctors said the clinic had closed.\n", "A group of") == "A group of doctors"


# A record of oral questions: Members tagged with their parties; the Member who asks most is no interviewer, and her
# declarative sentences are hers.
_RIKSDAG = ("Riksdagen\n\nQuestions to the minister\n\n"
            "The Speaker: The floor goes to Anna Berg.\n\n"
            "Anna Berg (SD): Minister, families in Malmö have been calling us for a week. What is the ministry doing?\n\n"
            "Lars Holm: Our embassy in Ankara is in contact with them.\n\n"
            "Anna Berg (SD): These young men were told in Istanbul that the border was open. Who told them that?\n\n"
            "Lars Holm: I cannot answer for a foreign state.\n\n"
            "Ola Dahl (M): Our party thanks the embassy. We ask the government to publish the figures.\n\n"
            "Lars Holm: We will.\n")
_CORTES = ("Congreso\n\nControl session\n\n"
           "Pedro Ruiz (PSOE): Minister, the consulate in Istanbul has been silent. Where are the buses?\n\n"
           "Marta Gil: The buses leave on Friday.\n\n"
           "Pedro Ruiz (PSOE): Families in Cádiz were promised a flight last week. Who will pay?\n\n"
           "Marta Gil: The state will pay.\n\n"
           "Luis Vega (PP): Our group supports the consulate.\n")
_BUNDESTAG = ("Bundestag\n\nQuestion time\n\n"
              "Eva Kühn (FDP): Minister, the embassy has counted 60 Germans at the border. Why so few?\n\n"
              "Jan Roth: Because most left in time.\n\n"
              "Eva Kühn (FDP): Their parents were told nothing for a week. What will change?\n\n"
              "Jan Roth: The hotline opens today.\n\n"
              "Tom Weber (SPD): Our group thanks the staff in Ankara.\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    (_RIKSDAG, "Minister, families in", "new:Anna Berg"),
    (_RIKSDAG, "These young men", "new:Anna Berg"),
    (_RIKSDAG, "Our embassy in", "new:Lars Holm"),
    (_CORTES, "Families in Cádiz", "new:Pedro Ruiz"),
    (_CORTES, "The buses leave", "new:Marta Gil"),
    (_BUNDESTAG, "Their parents were", "new:Eva Kühn"),
    (_BUNDESTAG, "Because most left", "new:Jan Roth"),
])
def test_fix15ef_a_members_turns_in_a_record_are_hers(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("tags", "record"), [
    ([("Anna Berg", "SD"), ("Ola Dahl", "M"), ("Lars Holm", "")], True),
    ([("Pedro Ruiz", "PSOE"), ("Luis Vega", "PP")], True),
    ([("SVT", ""), ("Anna Berg", "SD")], False),  # one guest's party in an interview: no record
    ([("KAREN HOLLIS", "Former State Department Official"), ("HOST", "")], False),
])
def test_fix15ef_members_record_by_their_party_tags(tags: list[tuple[str, str]], record: bool) -> None:
    assert members_record(((name, title, 0), "") for name, title in tags) is record


# Readers' letters headed by their writers' lines ("- Name, Town" above each letter): each letter's "I" is its writer.
_LETTERS = ("Die Presse\n\nLESERBRIEFE\n\nToo little, too late\n\n- Dr. Jan Novak, Brno\n\n"
            "Last month I wrote to the ministry to ask what it is doing for the camps. Nobody answered.\n\n"
            "The other border\n\n— Anna Berg, Uppsala, by e-mail\n\n"
            "I told my member of parliament that the islands need doctors. I would like to know who pays for the fence.\n")


@pytest.mark.parametrize(("opening", "who"), [
    ("Last month I", "new:Jan Novak"),
    ("I told my", "new:Anna Berg"),
    ("I would like", "new:Anna Berg"),
])
def test_fix15ef_a_letters_i_is_the_writer_its_heading_line_names(opening: str, who: str) -> None:
    assert said_opening(_LETTERS, opening) == who


def test_fix15ef_guard_one_dash_line_makes_no_letters_page() -> None:
    text = ("Column\n\nBy Eva Lind\n\nWhat I saw\n\n- Ali Demir, Kilis\n\nI told the guard that we had papers.\n")
    assert said_opening(text, "I told the") == "new:Eva Lind"


# A relay whose clause opens with when the principal spoke ("recalled that on 28 February President X had expressed"),
# told by a teller the page has named: the principal's act, not the teller's.
@pytest.mark.parametrize(("text", "opening", "who"), [
    ("Briefing\n\nThis was said by the spokeswoman of the ministry, Nino Beridze, at a briefing.\n\nBeridze recalled that on 3 "
     "March President Salome Zourabichvili had expressed her condolences to President Erdogan.\n", "Beridze recalled that",
     "new:Salome Zourabichvili"),
    ("Briefing\n\nSpokeswoman Lina Saleh told reporters on Monday that the talks went well.\n\nSaleh said that last week "
     "Foreign Minister Ana Duarte had urged Ankara to open the camps.\n", "Saleh said that", "new:Ana Duarte"),
    ("Briefing\n\nAmbassador Petr Novak spoke at the embassy.\n\nNovak noted that on Monday, Prime Minister Kaja Tamm had "
     "called for an end to the fighting.\n", "Novak noted that", "new:Kaja Tamm"),
])
def test_fix15ef_a_principals_act_done_on_a_day_is_relayed(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15ef_guard_a_day_before_a_state_stays_the_tellers() -> None:
    text = "Briefing\n\nSpokesman Ivo Marek said that on Monday the border would stay shut.\n"
    assert said_opening(text, "Spokesman Ivo Marek") == "new:Ivo Marek"


# People writing on social networks, and people placed in two towns: one plural subject.
@pytest.mark.parametrize(("sentence", "subject"), [
    ("Azerbaijani students in Gaziantep and Hatay ", "Azerbaijani students in Gaziantep and Hatay"),
    ("Doctors from Aleppo and Idlib ", "Doctors from Aleppo and Idlib"),
    ("Greece and Bulgaria ", "Greece and Bulgaria"),
    ("The Ministry of Foreign Affairs and Expatriates ", "The Ministry of Foreign Affairs and Expatriates"),
])
def test_fix15ef_two_places_after_in_or_from_are_no_second_subject(sentence: str, subject: str) -> None:
    assert subject_phrase(sentence) == (subject, "")


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("Syrian families in Kilis write on Facebook that the rent has doubled.", ["write"]),
    ("Readers write: \u2063\u2063\u2063\u2063.", ["write"]),
    ("They write letters every day.", []),
    ("Please write to us.", []),
])
def test_fix15ef_write_reports_only_with_the_words(sentence: str, verbs: list[str]) -> None:
    assert _verbs(sentence) == verbs


def test_fix15ef_syrian_families_in_two_towns_write_is_no_town() -> None:
    text = "Rents\n\nSyrian families in Gaziantep and Kilis write on Facebook that the rent has doubled.\n"
    assert said_opening(text, "Syrian families in") == "Syrian families in Gaziantep and Kilis"


# A review's consensus, "the papers agree on one point": a stated view of a plural, nobody named (Round 56).
@pytest.mark.parametrize(("sentence", "verbs"), [
    ("The Swiss papers agree on one point: the truce is fragile.", ["agree on one point"]),
    ("Left and right, the editorialists agree on one thing: Europe was absent.", ["agree on one thing"]),
    ("Every commentator agrees on one thing: the camps will stay.", ["agrees on one thing"]),
    ("The two armies agree on new patrols.", []),
])
def test_fix15ef_papers_agreeing_on_one_point_state_a_view(sentence: str, verbs: list[str]) -> None:
    assert _verbs(sentence) == verbs


def test_fix15ef_the_papers_consensus_names_nobody() -> None:
    text = ("Press review\n\nThe Swiss papers\n\nThe Swiss papers agree on one point: the truce is fragile.\n\n"
            "The NZZ writes that Europe was absent.\n")
    assert said_opening(text, "The Swiss papers") == "The Swiss papers"  # a plural described, no actor nor one proposed
