"""Round 52's misses of the class "royals, formal names and relays" (issue 15, session fix15dc): general rules, each
pinned by pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.phrase import read_phrase
from test_attribution import cut_page, said_opening


@pytest.mark.parametrize(("phrase", "name"), [
    pytest.param("His Majesty King Harald V", "Harald V", id="style_king_numeral"),
    pytest.param("Her Majesty Queen Margrethe", "Margrethe", id="style_queen_no_numeral"),
    pytest.param("HM King Felipe VI", "Felipe VI", id="initials_king_numeral"),
    pytest.param("His Highness Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", id="highness_sheikh_patronymic"),
    pytest.param("King Willem-Alexander VII", "Willem-Alexander VII", id="title_and_numeral_alone"),
])
def test_a_royal_style_and_a_rulers_title_are_no_part_of_the_name(phrase: str, name: str) -> None:
    # LABELS rule 2: "His Majesty", "HM" and "King" are a style and a title; a regnal numeral is the name's own and makes
    # a person of the run, never a body by an acronym ("VI")
    read = read_phrase(phrase)
    assert (read.name, read.person) == (name, True)


_NORWAY = ("HM the King sends greetings to the Finnish President after the floods in Lapland\n\n"
           "Aftenbladet (with NTB)\n\n"
           "His Majesty King Harald V has sent a message of sympathy to the President of Finland, Mr Sauli Niinisto, "
           "after the floods in Lapland.\n\n"
           '"It is with great sadness that We learned of the loss of life," His Majesty the King writes in this message.')
_SPAIN = ("HM the King conveys condolences to the Chilean people after the earthquake\n\n"
          "By Ana Ruiz\n\n"
          "His Majesty King Felipe VI has sent a telegram of condolence to the President of Chile after the earthquake.\n\n"
          '"We share the grief of the Chilean nation," His Majesty the King wrote.')


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_NORWAY, "HM the King", "new:Harald V", id="headline_hm_the_king"),
    pytest.param(_NORWAY, "His Majesty King", "new:Harald V", id="styled_name_numeral"),
    pytest.param(_NORWAY, "It is with", "new:Harald V", id="royal_we_his_majesty_the_king"),
    pytest.param(_SPAIN, "HM the King", "new:Felipe VI", id="headline_hm_the_king_spain"),
    pytest.param(_SPAIN, "His Majesty King", "new:Felipe VI", id="styled_name_numeral_spain"),
    pytest.param(_SPAIN, "We share the", "new:Felipe VI", id="royal_we_wrote"),
])
def test_a_royal_message_is_the_ruler_the_page_names_with_his_style(text: str, opening: str, who: str) -> None:
    # "HM the King" (a headline's style and title, no name) and "His Majesty the King writes" are the one the body
    # names "His Majesty King Name VI"; the name without the style, with its numeral
    assert said_opening(text, opening) == who


_KAZINFORM = ("Moscow urges restraint in Idlib\n\n"
              "The Ministry of Foreign Affairs of the Russian Federation said on Tuesday that the "
              "truce in Idlib must hold.")
_SENEPLUS = ("Dakar follows the situation in Idlib\n\n"
             "The Russian Ministry of Foreign Affairs, through its spokesperson, accused the armed groups of breaking "
             "the truce.")
_DEFENCE = ("Patrols resume near Saraqib\n\n"
            "The Ministry of Defence of the Russian Federation announced on Friday that joint patrols would resume.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_KAZINFORM, "The Ministry of", "russian-foreign-ministry", id="formal_name_country_after"),
    pytest.param(_SENEPLUS, "The Russian Ministry", "russian-foreign-ministry", id="formal_name_adjective_before"),
    pytest.param(_DEFENCE, "The Ministry of", "russian-defence-ministry", id="formal_defence_name_country_after"),
])
def test_a_ministrys_formal_name_is_the_known_body_of_its_short_name(text: str, opening: str, who: str) -> None:
    # LABELS rule 9: "Ministry of Foreign Affairs of the Russian Federation" and "the Russian Ministry of Foreign
    # Affairs" are the body actors.yaml lists as "Russian Foreign Ministry", never a new actor
    assert said_opening(text, opening) == who


_SOFIA = ("Border talks stall\n\n"
          "In Athens, the Greek government said that the border would stay closed, while in Sofia, Prime Minister "
          "Boyko Borissov said Bulgaria would send more police to the frontier.")
_WARSAW = ("Ministers divided over refugees\n\n"
           "The Czech Interior Ministry said the quotas were dead, while in Warsaw, deputy minister Łukasz Ślązak said "
           "Poland would \"never accept\" them.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_SOFIA, "while in Sofia,", "new:Boyko Borissov", id="while_in_capital_titled_name"),
    pytest.param(_WARSAW, "while in Warsaw,", "new:Łukasz Ślązak", id="while_in_capital_polish_letters"),
    pytest.param(_WARSAW, "never accept", "new:Łukasz Ślązak", id="quotation_of_the_second_clause"),
])
def test_a_second_clause_after_while_and_its_place_is_its_own_speakers(text: str, opening: str, who: str) -> None:
    # "..., while in Ankara, presidential spokesman İbrahim Kalın said ...": the place the clause speaks from, then a
    # subject of its own (a title in lowercase and a name in any Latin alphabet): two speakers in one sentence (rule 11)
    assert said_opening(text, opening) == who


_DAKAR = ("Senegal mourns with Ankara\n\n"
          "The Head of State, His Excellency Mr Macky Sall, addressed a message of condolence to his Turkish "
          "counterpart on Friday.")
_NIAMEY = ("Niger stands by Turkey\n\n"
           "President Mahamadou Issoufou has addressed a message of sympathy to the Turkish people. «Niger shares your "
           "grief», wrote the Head of State.")
_SUMMIT = ("Leaders meet in Addis Ababa\n\n"
           "President Mahamadou Issoufou addressed the summit on Sunday before flying home.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_DAKAR, "The Head of", "new:Macky Sall", id="addressed_a_message_of_condolence"),
    pytest.param(_NIAMEY, "President Mahamadou Issoufou", "new:Mahamadou Issoufou", id="has_addressed_a_message_of_sympathy"),
    pytest.param(_NIAMEY, "Niger shares your", "new:Mahamadou Issoufou", id="the_head_of_states_quotation"),
])
def test_a_message_addressed_is_an_act_of_speech(text: str, opening: str, who: str) -> None:
    # "addressed a message of condolence to his counterpart" puts words out, as "sent a message" does (Round 44)
    assert said_opening(text, opening) == who


def test_addressing_a_meeting_is_no_passage_of_its_own() -> None:
    # "addressed the summit": no message in words named, nothing reported
    assert cut_page(_SUMMIT) == []


_AMMAN = ("Jordan's King sends condolences to Ankara\n\n"
          "His Majesty King Abdullah has sent a cable of condolence to the Turkish President.\n\n"
          "In the cable, the Sovereign expresses his deep sorrow at the loss of life.")
_MUSCAT = ("Oman offers condolences to Turkey\n\n"
           "His Majesty Sultan Haitham bin Tarik has sent a cable of condolence to the Turkish President.\n\n"
           "In the cable, the Monarch expresses his sincere condolences to the families of the victims.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_AMMAN, "In the cable,", "new:Abdullah", id="the_sovereign_is_the_king_named"),
    pytest.param(_MUSCAT, "In the cable,", "new:Haitham bin Tarik", id="the_monarch_is_the_sultan_named"),
])
def test_a_rulers_capitalised_title_with_no_name_is_the_ruler_named_before(text: str, opening: str, who: str) -> None:
    # "the Sovereign expresses ...": a title for the ruler the page names with his style (LABELS rule 7), never a
    # person called "Sovereign" nor a body "King"
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Patrols resume\n\nMinistry spokesman Igor Konashenkov said the Russian side had informed Ankara of the "
                 "routes of its patrols.", "Ministry spokesman Igor", "russia", id="the_russian_side_had_informed"),
    pytest.param("Convoy crosses at Kilis\n\nForeign Ministry spokesman Hami Aksoy said the Turkish side had informed "
                 "Moscow about the convoy in advance.", "Foreign Ministry spokesman", "turkey", id="the_turkish_side_had_informed"),
])
def test_a_country_by_its_side_in_a_spokesmans_relay_is_the_principal(text: str, opening: str, who: str) -> None:
    # the one test for relays: "X said the Russian side had informed ...": an earlier speech act of one principal, the
    # country by an alias of its own ("the Russian side"), never a title with no holder that leaves the teller
    assert said_opening(text, opening) == who


_ACCRA = ("Ghanaians in Turkey urged to stay calm\n\n"
          "In a statement on Monday by its Director of Communications, Kwame Asante, the Ghana Diaspora Affairs Office "
          "said it had received calls from Ghanaians in Istanbul.")
_MANILA = ("OFWs in Turkey safe, says agency\n\n"
           "In a press release by its spokesperson, Maria Santos, the Overseas Workers Welfare Administration said no "
           "Filipino had been hurt.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_ACCRA, "In a statement", "new:Ghana Diaspora Affairs Office", id="statement_by_its_director_the_office_said"),
    pytest.param(_MANILA, "In a press", "new:Overseas Workers Welfare Administration", id="release_by_its_spokesperson_the_body_said"),
])
def test_a_statement_by_its_officer_is_the_body_that_speaks_after_him(text: str, opening: str, who: str) -> None:
    # "In a statement by its head of media, X, the Y Commission said": X relays the body (LABELS rule 3), and the body
    # after his name is the subject, no apposition of his
    assert said_opening(text, opening) == who


_RIYADH = ("King Salman condoles with Ankara\n\n"
           "Custodian of the Two Holy Mosques King Salman has sent a cable of condolence to the Turkish President.\n\n"
           '"We were deeply saddened by the news," King Salman said in the cable, praying God Almighty to grant the families '
           "patience and solace.")
_AMMAN_PRAYER = ("His Majesty condoles with Turkey\n\n"
                 "His Majesty King Abdullah has sent a cable of condolence to the Turkish President.\n\n"
                 '"Our hearts are with you," His Majesty the King wrote, praying the Almighty to grant the wounded a swift '
                 "recovery.")
_MOSQUE = ("Vigil in Kilis\n\n"
           '"We are all brothers," the imam Ahmet Kaya said, praying with the families late into the night.')


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_RIYADH, '"We were deeply', "new:Salman", id="said_praying_god_almighty"),
    pytest.param(_AMMAN_PRAYER, '"Our hearts are', "new:Abdullah", id="wrote_praying_the_almighty"),
])
def test_a_prayer_invoked_after_a_quotation_is_the_writers_words(text: str, opening: str, who: str) -> None:
    # "...," the King writes, praying the Almighty to grant ...": the invocation is words of the message's own (Round
    # 51's "prayed for the recovery"), a reported passage after the quotation's clause, as ", adding that" is
    assert ("reported", opening, who) in cut_page(text)


def test_praying_with_no_one_invoked_adds_no_passage() -> None:
    # "praying with the families": an act, no words; only the quotation is a passage
    assert [kind for kind, _first, _who in cut_page(_MOSQUE)] == ["direct"]


_ALGIERS = ("Algeria follows with deep concern the situation in Idlib\n\n"
            "APS\n\n"
            "The Algerian Ministry of Foreign Affairs has called on all parties to show restraint.")
_TUNIS = ("Tunisia follows \"with great concern\" the developments in north-western Syria\n\n"
          "Tunis, 2 March (TAP)\n\n"
          "The Tunisian presidency said it followed the situation closely.")
_TALKS = ("Turkey follows the talks in Moscow\n\n"
          "The delegations met for six hours on Thursday.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_ALGIERS, "Algeria follows with", "new:Algeria", id="follows_with_deep_concern"),
    pytest.param(_TUNIS, "Tunisia follows \"with", "new:Tunisia", id="follows_quoted_concern"),
])
def test_a_country_that_follows_with_concern_states_its_concern(text: str, opening: str, who: str) -> None:
    # "Morocco follows with great concern the developments": diplomatic French's stated concern, the country's
    # (LABELS: a headline's subject is its speaker)
    assert ("reported", opening, who) in cut_page(text)


def test_following_talks_is_no_statement() -> None:
    # "follows the talks": no concern stated, no passage
    assert cut_page(_TALKS) == []


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Patrols resume\n\nDefence Minister Nikos Panagiotopoulos claimed that the Greek side had informed Ankara "
                 "of the routes of its patrols.", "Defence Minister Nikos", "new:Nikos Panagiotopoulos", id="a_ministers_own_side"),
    pytest.param("Strikes near Saraqib\n\nThe Hmeimim centre stressed that the Russian side had informed its Turkish partners "
                 "about the strikes.", "The Hmeimim centre", "new:Hmeimim centre", id="a_bodys_own_side"),
])
def test_a_side_told_by_a_minister_or_a_body_stays_the_tellers(text: str, opening: str, who: str) -> None:
    # a minister's or a body's "our side had informed ...": the teller is of that side, his own act (set 258, 01)
    assert said_opening(text, opening) == who
