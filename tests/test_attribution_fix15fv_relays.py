"""Relays in the forms other outlets write (issue 15, session fix15fv): who speaks, the relayer or the relayed, decided
by the relation (LABELS rules 3-5 and the one test for relays), not by one outlet's words.  An agency's "quoted him as
saying" reads the pronoun; ", according to the ministry," between a
relay's verb and its clause keeps the relay; a text's bearer set off by commas ("A message from X, read out by Y,") is
no speaker, and a message from X is X's; "aides to X" are a plural naming nobody; an order or a notice given before,
and a call joined "in calling", are acts of speech of their principal; a closing tag ("..., the minister said") relays
an act the words before it tell.  Guards: a spokesperson's own report of a state stays theirs, a medium's own report
stays the medium's, a plan relayed stays the relayer's.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.relayed import relayed, relayed_before
from test_attribution import cut_page, said_opening


def _page(*paragraphs: str) -> str:
    return "Ceasefire talks go on\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_page("Prime Minister Janez Novak met his Croatian counterpart on Monday.",
                       'A statement from the Prime Minister\'s office quoted him as saying: "Slovenia will not stand aside."'),
                 "Slovenia will not", "new:Janez Novak", id="a_statement_quoting_him_with_a_colon"),
    pytest.param(_page("Defence Minister Ana Kos visited the border on Monday.",
                       "The STA news agency quoted her as saying that the army would send two more units."),
                 "The STA news", "new:Ana Kos", id="an_agency_quoting_her_as_saying_that"),
])
def test_a_pronoun_quoted_as_saying_is_the_person_it_stands_for(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_an_according_to_aside_after_the_tellers_verb_keeps_the_relay() -> None:
    text = _page("State Secretary Ivo Maric said, according to the ministry, that Croatia had offered Turkey tents and"
                 " blankets.")
    assert said_opening(text, "State Secretary Ivo") == "new:Croatia"


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_page("A message from Guterres, read out by special envoy Geir Pedersen at a meeting in Geneva, said the"
                       " fighting had to stop."), "A message from", "new:Guterres", id="a_message_from_x_read_out_by_y"),
    pytest.param(_page("A letter from President Ana Lopez, delivered by Ambassador Jorge Ruiz, said the camps needed"
                       " more tents."), "A letter from", "new:Ana Lopez", id="a_letter_delivered_by_an_ambassador"),
])
def test_a_texts_bearer_is_no_speaker(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param(_page("President Erdogan spoke to Putin on Friday.", "Aides to Erdogan said he would travel to Moscow with a"
                       " large delegation."), "Aides to Erdogan", id="aides_to_a_named_principal"),
    pytest.param(_page("Advisers to the prime minister said the cabinet would meet again on Monday."), "Advisers to the",
                 id="advisers_to_a_title"),
])
def test_a_plural_of_aides_to_a_principal_names_nobody(text: str, opening: str) -> None:
    assert next(who for _kind, first, who in cut_page(text, unnamed=False) if first == opening) == ""


@pytest.mark.parametrize(("sentence", "teller", "subject", "verb"), [
    pytest.param("The premier said that the Council of Ministers had tasked the Ministry of Security with a count.", "said",
                 "the Council of Ministers", "tasked", id="tasked"),
    pytest.param("He recalled that HM King Hassan had given His High Instructions to send aid.", "recalled", "HM King Hassan",
                 "given His High Instructions", id="given_instructions"),
    pytest.param("Ms Park said the embassy in Ankara had issued a safety notice to Koreans in Hatay.", "said",
                 "the embassy in Ankara", "issued a safety notice", id="a_missions_notice"),
    pytest.param("The minister told the House that Lesotho had joined other members of the Southern African Development"
                 " Community (SADC) in welcoming the truce.", "told", "Lesotho",
                 "joined other members of the Southern African Development Community (SADC) in ", id="joined_others_in_welcoming"),
    pytest.param("Hurriyet reported that the main opposition CHP had called for a session of parliament.", "reported",
                 "the main opposition CHP", "called", id="a_name_after_its_description"),
    pytest.param("He disclosed that the ministry has since asked the embassy in Cairo to help.", "disclosed", "the ministry",
                 "asked", id="has_since_asked"),
    pytest.param("According to him, the Kazakh side had expressed its condolences.", "According to", "the Kazakh side",
                 "expressed", id="according_to_him"),
])
def test_an_order_a_notice_or_a_call_joined_before_is_the_principals(sentence: str, teller: str, subject: str, verb: str) -> None:
    relay = relayed(sentence, sentence.index(teller) + len(teller))
    assert relay is not None and (relay.subject, relay.verb) == (subject, verb)


@pytest.mark.parametrize("sentence", [
    pytest.param("He said the ministry had given no details.", id="gave_no_details"),
    pytest.param("He said Ruritania had joined other members in building a camp.", id="joined_others_in_an_act"),
    pytest.param("He said the leaders in Moscow had agreed.", id="a_plural_in_a_place"),
    pytest.param("Syria declared the airspace over Idlib closed and warned pilots.", id="a_description_ending_in_over"),
])
def test_acts_without_words_stay_the_tellers(sentence: str) -> None:
    verb = "said" if "said" in sentence else "declared"
    assert relayed(sentence, sentence.index(verb) + len(verb)) is None


def test_a_closing_tag_relays_a_countrys_act_done_before() -> None:
    text = _page("State Secretary Ivo Maric spoke in Zagreb.",
                 "Croatia has also joined the EU's call for an immediate ceasefire, the State Secretary said.")
    assert said_opening(text, "Croatia has also") == "new:Croatia"


@pytest.mark.parametrize("sentence", [
    pytest.param("Croatia supports a ceasefire, the minister said.", id="a_present_is_the_tellers_own_words"),
    pytest.param("Croatia had sent two planes, the minister said on Monday.", id="an_act_without_words"),
    pytest.param("Croatia has joined the call, and the minister said so.", id="no_closing_tag"),
    pytest.param("Turkey had gone to Moscow to ask, not to negotiate, the minister said.", id="what_a_trip_was_for"),
])
def test_a_closing_tag_keeps_what_is_no_relayed_act(sentence: str) -> None:
    at = sentence.rindex("said")
    assert relayed_before(sentence, at, "said", "the minister") is None


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_page("Iranian Foreign Ministry spokesman Abbas Karimi said Tehran was ready to host the guarantors, the"
                       " official IRNA news agency reported."), "Iranian Foreign Ministry", "new:Abbas Karimi",
                 id="a_spokesmans_report_of_a_state_stays_his"),
    pytest.param(_page("The Associated Press reported that thousands of migrants had gathered at the crossing."),
                 "The Associated Press", "new:Associated Press", id="a_mediums_own_report_stays_the_mediums"),
    pytest.param(_page("Government spokesperson Maja Horvat said the government had not yet decided how many officers it would"
                       " send."), "Government spokesperson Maja", "new:Maja Horvat", id="a_decision_not_taken_is_no_act"),
])
def test_guards_the_relayer_keeps_its_own_report(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who
