"""Round 53's bodies, national pages, headlines and names (issue 15, session fix15dg): general rules, each pinned by
pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


_LIMA = ("Five questions on the Idlib crisis\n\n"
         "Russia says Ankara broke the deal; Turkey promises revenge. The Foreign Ministry urged calm.\n\n"
         "Who is fighting?\n\n"
         "Moscow backs the Syrian army. Russian Foreign Ministry spokeswoman Maria Zakharova said Turkey had armed the rebels.\n\n"
         "What did Lima say?\n\n"
         "On Sunday the Foreign Ministry said that Peru followed the events with alarm. Torre Tagle also recommended that "
         "Peruvians leave the border provinces.")
_ROME = ("Three answers on Idlib\n\n"
         "Russia says Turkey is to blame. The Foreign Ministry called for a truce.\n\n"
         "What about Italy?\n\n"
         "On Monday the Foreign Ministry said that no Italians were hurt. The Farnesina urged travellers to stay away.")
_MOSCOW = ("Three answers on Idlib\n\n"
           "Russia says Turkey is to blame. The Foreign Ministry called for a truce.\n\n"
           "What about the talks?\n\n"
           "On Monday the Foreign Ministry said that Moscow was ready to talk.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LIMA, "On Sunday the", "new:Foreign Ministry", id="body_after_a_foreign_subject"),
    pytest.param(_LIMA, "The Foreign Ministry", "new:Foreign Ministry", id="deck"),
    pytest.param(_ROME, "On Monday the", "new:Foreign Ministry", id="other_seat"),
    pytest.param(_MOSCOW, "On Monday the", "russian-foreign-ministry", id="guard_no_seat_keeps_the_opening_country"),
])
def test_a_bare_foreign_ministry_on_a_page_that_names_its_seat_is_the_seats_countrys(text: str, opening: str,
                                                                                    who: str) -> None:
    # "The Foreign Ministry said" on a page that also calls a ministry by its seat ("Torre Tagle", "the Farnesina"): the
    # seat's country's ministry (LABELS Round 29 and Round 43), never the known ministry of the country the page opens
    # with as a subject ("Russia says ..."); with no seat named, the page's opening country stays
    assert said_opening(text, opening) == who


def test_a_bare_ministry_is_proposed_with_the_seats_country() -> None:
    # the new actor carries the seat's country (the scorer compares "Foreign Ministry" with "Peruvian Foreign Ministry")
    from idlibsite.attribution.seathome import seat_home

    assert seat_home("the Foreign Ministry", _LIMA) == "Peru"
    assert seat_home("the Foreign Ministry", "The San Martín Palace said so.") == "Argentina"
    assert seat_home("the Foreign Ministry", _MOSCOW) == ""
    assert seat_home("the Foreign Ministry", "Foggy Bottom said so.") == ""  # the seat's body names no country
    assert seat_home("the Foreign Ministry", "The Farnesina and the Quai d'Orsay said so.") == ""  # two countries


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LIMA, "Torre Tagle also", "new:Peruvian Foreign Ministry", id="recommended_that"),
])
def test_a_ministry_recommending_that_is_its_advice(text: str, opening: str, who: str) -> None:
    # "X recommended that citizens avoid ...": advice given, an act of speech (its own passage)
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Pacific news\n\nThe Kingdom of Tonga Armed Forces says its engineers in Lebanon are safe.",
                 "The Kingdom of", "new:Kingdom of Tonga Armed Forces", id="kingdom"),
    pytest.param("Seoul news\n\nThe Republic of Korea Navy said its destroyer had left the Gulf of Aden.",
                 "The Republic of", "new:Republic of Korea Navy", id="republic"),
    pytest.param("University news\n\nProfessor Ana Lima of the National University said the talks had failed.",
                 "Professor Ana Lima", "new:Ana Lima", id="guard_a_person_of_a_body"),
])
def test_a_states_formal_name_opening_a_bodys_name_is_no_person_of_a_body(text: str, opening: str, who: str) -> None:
    # "The Republic of X Military Forces says": the body by its whole name (LABELS rule 9), not a person "The Republic"
    # of a body "X Military Forces"; a person of a body stays the person
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Kampala view\n\nRadio Uganda quoted a professor at Makerere University, Dr. John Okello, as saying the talks would fail.",
                 "Radio Uganda quoted", "new:John Okello", id="dr_with_a_period"),
    pytest.param("Manila view\n\nThe agency quoted a researcher at the Institute of Asian Studies, Prof Maria Tan, as saying Asean should stay neutral.",
                 "The agency quoted", "new:Maria Tan", id="prof"),
    pytest.param("Manila view\n\nThe agency quoted a researcher at the Institute of Asian Studies, speaking on condition of anonymity, "
                 "as saying Asean should stay neutral.",
                 "The agency quoted", "a researcher at the Institute of Asian Studies, speaking on condition of anonymity",
                 id="guard_no_name_apposed"),
])
def test_a_person_described_then_named_in_apposition_is_the_name(text: str, opening: str, who: str) -> None:
    # "X quoted a lecturer at the University, Dr. Name, as saying": the name apposed to the description (LABELS rule 7),
    # its titles left out (rule 2), never the whole description proposed as a name; no name apposed, nobody named
    assert said_opening(text, opening) == who


_BULLETIN = ("Radio Pwani – Morning News (transcript)\n\n"
             "NEWSREADER: Good morning. Kenyans abroad are safe, the government says.\n\n"
             "ZAWADI ATIENO, Cabinet Secretary for Foreign Affairs: Our students in Turkey are safe. We are in touch with them.\n\n"
             "NEWSREADER: In Mombasa, people reacted to the news.\n\n"
             "MOMBASA TRADER (woman): We pray for the families of the soldiers.\n\n"
             "STUDENT, Technical University: Nobody wins a war like this one.\n\n"
             "NEWSREADER: That was the news.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("We pray for", "", id="place_and_trade"),
    pytest.param("Nobody wins a", "", id="role_and_place"),
    pytest.param("Our students in", "new:Zawadi Atieno", id="guard_a_named_tag"),
])
def test_a_vox_pop_tag_by_role_names_nobody(opening: str, who: str) -> None:
    # "MOGADISHU RESIDENT (man):", "SHOPKEEPER, market:": a tag that describes its speaker by what they do or where they
    # live names nobody (LABELS "Briefings": a role tag naming nobody), never a new actor "Mombasa Trader"
    assert said_opening(_BULLETIN, opening) == who


_HEARING = ("Blogger freed pending trial over flood posts\n\n"
            "Prosecutor says posts ‘spread panic,’ defence calls charges political\n\n"
            "LAGOS\n\n"
            "A blogger charged over posts about the floods was freed pending trial on Tuesday.\n\n"
            "Prosecutor Bola Adeyemi and the blogger’s lawyer, Chidi Okafor, appeared before the Lagos State High Court.\n\n"
            "JUDGE: The prosecutor may speak.\n\n"
            "PROSECUTOR: The posts caused panic in three districts.\n\n"
            "DEFENCE LAWYER CHIDI OKAFOR: My client reported what he saw.\n\n"
            "JUDGE: The hearing is adjourned.\n\n"
            "The court ruled that the blogger be freed on bail and set the next hearing for June 2.\n\n"
            "Okafor said the ruling was a first step.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The court ruled", "new:Lagos State High Court", id="court_ruled_named_paragraphs_before"),
    pytest.param("defence calls charges", "new:Chidi Okafor", id="deck_second_clause_defence"),
])
def test_a_court_story_s_sides_and_its_ruling(opening: str, who: str) -> None:
    # "The court ruled that ...": the court's act of speech (LABELS Round 53), the court the page named however many
    # paragraphs before; a deck "Prosecution says ..., defence calls ..." is two passages (Round 46), each side the one
    # person the body names for it (the lawyer, the prosecutor)
    assert said_opening(_HEARING, opening) == who


def test_a_decks_first_clause_stays_its_own_subjects() -> None:
    # the deck cut at ", defence calls": its first clause ends at the quotation, still the prosecutor's
    first = next((first, who) for _kind, first, who in cut_page(_HEARING) if first.startswith("Prosecutor says"))
    assert first[1].endswith("Bola Adeyemi")
    assert not any(first.startswith("defence") and who.endswith("Adeyemi") for _kind, first, who in cut_page(_HEARING))


def test_a_court_named_nowhere_is_nobody_named() -> None:
    # guard: "the court" reaches back over the page only to a court the page named
    text = "Blogger freed\n\nA blogger was freed on Tuesday.\n\nThe court ruled that he be freed on bail."
    assert said_opening(text, "The court ruled") in ("", "The court")


def test_the_rules_that_apply_is_no_ruling() -> None:
    # guard: "ruled that" is the verb, never the noun "the rules that apply"
    text = "New rules\n\nThe rules that apply today will apply tomorrow."
    assert cut_page(text) == []


_GOVT = ("Govt monitors Idlib fighting, says Fijians in Turkey safe\n\n"
         "BY ANA TORA\n\n"
         "THE Fiji Government says it is closely following the fighting in north-west Syria.\n\n"
         "Foreign Affairs Permanent Secretary Iliesa Vula said all Fijian students in Turkey were accounted for.")


def test_a_headlines_second_verb_after_a_comma_with_a_predicate_after_it_shares_the_first_subject() -> None:
    # "Gov't monitors ..., says Fijians in Turkey safe": "says" opens a second predicate of the headline's subject (its
    # clause ends in a predicate, "safe"), not an inverted tag naming "Fijians"; "Gov't" the government the page names
    assert said_opening(_GOVT, "Govt monitors Idlib").endswith("Government")


def test_an_inverted_tag_with_its_place_stays_the_tag() -> None:
    # guard: "..., says Erdogan aide in Ankara" ends with a place, the tag's own: not the headline's first subject
    from idlibsite.attribution.clause import clauses

    assert clauses("Turkey strikes back at Syria, says Erdogan aide in Ankara")[0].phrase == "Erdogan aide"


_INTERVIEW = ("Red Sea fighting threatens trade routes, economist says\n\n"
              "Nairobi, March 5 (KNA) Kenya is watching the situation with concern, the government said.\n\n"
              "KNA talked to Dr. Wanjiru Mwangi, a lecturer of economics at Kenyatta University, on the crisis. Excerpts follow:\n\n"
              "KNA: How does the fighting reach Kenya?\n\n"
              "Dr. Wanjiru Mwangi: Through the price of fuel and freight.\n\n"
              "KNA: What should Nairobi do?\n\n"
              "Dr. Wanjiru Mwangi: Stay neutral and diversify its ports.")


def test_a_headlines_closing_tag_by_a_bare_role_is_the_one_guest_of_the_interview() -> None:
    # "X threatens Y, economist says" over an interview with one guest: the guest (LABELS Round 53, "scholar says" is the
    # one scholar the page interviews), not the first clause's subject ("Red Sea fighting" threatens nothing by speech)
    assert said_opening(_INTERVIEW, "Red Sea fighting") == "new:Wanjiru Mwangi"


def test_a_closing_tag_over_two_guests_is_no_guest() -> None:
    # guard: two guests' answers: the bare role names neither
    two = _INTERVIEW.replace("Dr. Wanjiru Mwangi: Stay", "Prof. Otieno Kamau: Stay")
    assert said_opening(two, "Red Sea fighting") not in ("new:Wanjiru Mwangi", "new:Otieno Kamau")


@pytest.mark.parametrize(("line", "phrase"), [
    pytest.param("Latvia stands with its ally, says Karins after border clash", "Karins", id="guard_adjunct_of_time"),
    pytest.param("Estonian troops in Mali safe, insists defence minister as crisis deepens", "defence minister", id="guard_as_clause"),
    pytest.param("As Greece shuts its border with Turkey, Slovenia, which chairs the council, says it is ready for every scenario.",
                 "Slovenia", id="guard_prose_with_its_stop"),
])
def test_a_tag_followed_by_an_adjunct_or_in_prose_stays_the_tag(line: str, phrase: str) -> None:
    # guards of the second-predicate reading: a tag's adjunct of time ("after ...", "as ...") is no predicate, and a
    # sentence of prose ended by its stop is no headline
    from idlibsite.attribution.clause import clauses

    assert clauses(line)[-1].phrase == phrase


def test_a_trial_side_is_read_alone_never_inside_a_title() -> None:
    # guard: "defence minister" is a minister, not the defence lawyer
    text = ("Estonian troops in Mali 'safe', insists defence minister\n\n"
            "Defence Minister Hanno Pevkur said on Monday that the Estonian troops in Mali were safe.")
    assert said_opening(text, "Estonian troops in") == "new:Hanno Pevkur"


def test_a_headlines_second_verb_of_its_own_subject_is_no_second_clause() -> None:
    # guard: "Oman voices concern ..., sends condolences to Ankara": one subject's two verbs, one passage ("sends" is
    # no subject in sentence case)
    from idlibsite.attribution.headlines import headline_clauses

    line = "Oman voices concern over Idlib escalation, sends condolences to Ankara"
    assert headline_clauses(line, 0, len(line)) == [(0, len(line))]
