"""Earlier rounds' leftovers of the class "readouts, seats, honorifics and headlines" (issue 15, session fix15cy):
general rules, each pinned by pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import said_opening


_INSISTS = ("Dutch medics in Gaziantep 'safe', insists health minister as fighting spreads\n\n"
            "The field hospital near Kilis will not be closed, says Amsterdam\n\n"
            "By Anna de Vries\n\n"
            "THE Netherlands' health minister has insisted the country's medics working near the border are safe.\n\n"
            "Pieter Jansen said the team was far from the front line.")
_WARNS = ("Radar crew in Turkey 'will stay', says defence minister while talks go on\n\n"
          "The 40 soldiers operating the radar near Malatya will not be withdrawn, says Copenhagen\n\n"
          "DENMARK'S defence minister has warned that the radar team in Turkey will stay.\n\n"
          "Mette Holm said the soldiers were 300 kilometres from Idlib.")
_PORTFOLIO = ("Foreign Affairs Minister calls for calm in Idlib\n\n"
              "By Keisha Roberts\n\n"
              "Grenada's Minister of Foreign Affairs, Peter David, is urging all sides to respect the truce.\n\n"
              "David said no Grenadian had asked for help.")
_HONOURABLE = ("Foreign Affairs Minister calls for calm in Idlib\n\nBy Keisha Roberts\n\nGrenada's Minister of Foreign Affairs, "
               "Hon. Dr. Peter David, is calling on all sides to respect the truce.\n\nHe said no national had asked for help.")
_HONOURABLE_SAID = ("Foreign Affairs Minister calls for calm in Idlib\n\nGrenada's Minister of Foreign Affairs, Hon. Peter David, "
                    "said on Monday that all sides must respect the truce.")
_HOME = ("Defence Minister urges restraint in Idlib\n\n"
         "Ghana's Minister of Defence, Kofi Mensah, said on Monday that all sides must respect the truce.\n\n"
         "Mensah said no Ghanaian soldier was in Turkey.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_INSISTS, "Dutch medics in", "new:Pieter Jansen", id="insists_role_as_clause"),
    pytest.param(_INSISTS, "THE Netherlands' health", "new:Pieter Jansen", id="insists_body_described_named_next"),
    pytest.param(_WARNS, "Radar crew in", "new:Mette Holm", id="says_role_while_clause"),
    pytest.param(_WARNS, "DENMARK'S defence minister", "new:Mette Holm", id="warns_body_described_named_next"),
    pytest.param(_PORTFOLIO, "Foreign Affairs Minister", "new:Peter David", id="portfolio_title_headline"),
    pytest.param(_HOME, "Defence Minister urges", "new:Kofi Mensah", id="defence_title_headline"),
    pytest.param(_HONOURABLE, "Foreign Affairs Minister", "new:Peter David", id="portfolio_title_after_hon_and_dr"),
    pytest.param(_HONOURABLE_SAID, "Foreign Affairs Minister", "new:Peter David", id="portfolio_title_after_hon_said"),
])
def test_a_headlines_title_with_its_portfolio_is_the_person_the_body_names_with_it(text: str, opening: str, who: str) -> None:
    # "..., insists defence minister as crisis deepens": the subject stops before "as"; a role described in the lead,
    # a deck's body before it, is the bare name opening the next paragraph (rule 7); the headline's title is that person
    assert said_opening(text, opening) == who


_LIVE = ("Idlib crisis: live updates\n\n"
         "Last updated 14:10\n\n"
         "14:10\nWHO head ‘following with deep alarm’\n\n"
         "WHO Europe chief Hans Kluge told reporters in Geneva he was following the attacks “with deep alarm”.\n\n"
         "13:40\nRed Cross ‘ready to help’\n\n"
         "ICRC spokeswoman Ruth Hetherington said President Peter Maurer was “ready to help” the displaced.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_LIVE, "WHO head ‘following", "new:Hans Kluge", id="who_head_quoted_state"),
    pytest.param(_LIVE, "Red Cross ‘ready", "new:Peter Maurer", id="red_cross_quoted_words"),
])
def test_a_heading_of_a_subject_and_a_quotation_is_the_quotations_speaker(text: str, opening: str, who: str) -> None:
    # "UN chief ‘following with great concern’": no speech verb; the subject's words, as its quotation is
    assert said_opening(text, opening) == who


_RELAYED_CALL = ("Lithuanian, Greek ministers talk by phone\n\n"
                 "VILNIUS, 3 March (ELTA) – Lithuanian Foreign Minister Linas Linkevicius and Greek Foreign Minister Nikos "
                 "Dendias held a telephone conversation on 3 March, ELTA learned from the press service of the Lithuanian "
                 "Foreign Ministry.\n\n"
                 "The ministers discussed the situation on the Greek-Turkish border. Linas Linkevicius expressed solidarity "
                 "with Greece, the press service said.")
_AGENCY_CALL = ("Emir receives phone call from French President\n\n"
                "DOHA, 4 March 2020 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received a phone call "
                "today from President Emmanuel Macron of the French Republic.\n\n"
                "During the call, the two sides reviewed bilateral relations and the latest developments in Syria.\n\n"
                "President Macron briefed His Highness on the outcome of his talks in Brussels.")
_BOTH = ("Ministers hold talks in Sofia\n\n"
         "SOFIA, 5 March (BTA) - Bulgarian Defence Minister Krasimir Karakachanov met with his Romanian counterpart in "
         "Sofia on Thursday, the Bulgarian Defence Ministry said.\n\n"
         "Both ministers also discussed the migrant pressure on the Turkish border.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_RELAYED_CALL, "The ministers discussed", "new:Lithuanian Foreign Ministry", id="the_ministers_after_a_press_service"),
    pytest.param(_AGENCY_CALL, "During the call,", "new:QNA", id="the_two_sides_on_an_agency_dispatch"),
    pytest.param(_BOTH, "Both ministers also", "new:Bulgarian Defence Ministry", id="both_ministers_after_a_ministry"),
])
def test_a_readouts_joint_clause_is_its_teller(text: str, opening: str, who: str) -> None:
    # "The parties also discussed ...": both sides' talk told by the readout, the body that told the call (rule 11), or
    # the agency of the dispatch's dateline when the page names no source of the readout (Round 47, rule 4)
    assert said_opening(text, opening) == who


_KAZ = ("Kazakhstan expresses condolences to Turkey\n\n"
        "Astana, March 2 /Kazinform/. The Ministry of Foreign Affairs of Kazakhstan expressed condolences to Turkey, the "
        "ministry's press service reports.\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev held a telephone conversation with President of Turkey Recep Tayyip "
        "Erdogan, the presidential press service reported.\n\n"
        "The parties also discussed trade between the two countries.")
_AZ = ("Azerbaijan mourns Turkish soldiers\n\n"
       "BAKU, March 3 (APA) - The Azerbaijani Foreign Ministry said no Azerbaijani citizen was hurt in Idlib.\n\n"
       "President Ilham Aliyev held a phone conversation with Recep Tayyip Erdogan on Tuesday, the presidential press "
       "office said.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_KAZ, "President of Kazakhstan", "new:Kazakhstani Presidency", id="presidential_press_service_reported"),
    pytest.param(_KAZ, "The parties also", "new:Kazakhstani Presidency", id="the_parties_after_the_presidential_service"),
    pytest.param(_AZ, "President Ilham Aliyev", "new:Azerbaijani Presidency", id="presidential_press_office_said"),
])
def test_a_call_told_by_the_presidential_press_service_is_the_presidencys(text: str, opening: str, who: str) -> None:
    # "X held a telephone conversation with Y, the presidential press service reported": a call with no content, its
    # teller's (Round 45); the presidential service is the presidency, of the page's country (rule 9)
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("President Hakainde Hichilema has sent condolences to Turkey.\n\nAccording to a statement issued by State House "
                 "on Sunday, President Hichilema wrote to his Turkish counterpart, Recep Tayyip Erdogan, expressing his “profound grief”.",
                 "According to a", "new:Hakainde Hichilema", id="a_statement_issued_by_state_house"),
    pytest.param("President William Ruto has written to Ankara.\n\nAccording to a press release from State House, President Ruto "
                 "wrote to his Turkish counterpart, Recep Tayyip Erdogan, conveying the “deep sympathy” of Kenyans.",
                 "According to a", "new:William Ruto", id="a_press_release_from_state_house"),
])
def test_a_heads_office_document_opening_the_sentence_relays_its_subject(text: str, opening: str, who: str) -> None:
    # "According to a press release issued by State House yesterday, President Bio wrote ...": the office's document
    # relays the head, the subject after it (rule 3), not the office
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Finland ready to help Greece\n\nHELSINKI (STT) - Finland is ready to take part in a European effort, the "
                 "government said.\n\nPresident Sauli Niinistö spoke by phone with the Greek prime minister on Monday, the "
                 "Office of the President said.", "President Sauli Niinistö", "new:Finnish Office of the President",
                 id="a_call_told_by_the_office_of_the_president"),
    pytest.param("Ireland offers aid for Idlib\n\nDUBLIN - Ireland will send two million euro to the UN appeal, the government "
                 "said.\n\nThe Office of the President said Michael D. Higgins would meet the families of the soldiers.",
                 "The Office of", "new:Irish Office of the President", id="the_office_of_the_president_said"),
])
def test_a_heads_office_by_its_generic_name_is_the_pages_countrys(text: str, opening: str, who: str) -> None:
    # "..., the Office of the President said": the office of the page's country (Round 48), not "the President" it names
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Ruler sends condolences\n\nNUKU'ALOFA – His Majesty King Tupou Lavaka Ata Siaosi Manumataongo Ulukalala, the King "
                 "and Head of State of Tonga has consented to send a message of condolence to the President of Turkey.",
                 "His Majesty King", "new:Tupou Lavaka Ata Siaosi Manumataongo Ulukalala", id="a_kings_long_name_then_two_titles"),
    pytest.param("Ruler mourns\n\nHis Highness Sheikh Ahmad Nasser Al Sabah, the Emir and Head of State of Ruritania has sent a "
                 "cable of condolences to the President of Turkey.", "His Highness Sheikh", "new:Ahmad Nasser Al Sabah",
                 id="an_emir_then_two_titles"),
    pytest.param("President Ana Lind, the Head of State and Commander-in-Chief of Ruritania has sent a message of sympathy to "
                 "the people of Turkey.", "President Ana Lind,", "new:Ana Lind", id="a_president_then_two_titles"),
])
def test_a_rulers_titles_joined_by_and_after_the_name_are_no_list(text: str, opening: str, who: str) -> None:
    # "Name, the Sultan and Yang Di-Pertuan of X has consented to send ...": one person's titles, the subject the name,
    # however long the style before it
    assert said_opening(text, opening) == who


def test_guard_a_seat_of_one_word_opening_the_next_paragraph_names_no_one_described() -> None:
    # the bare full name opening the next paragraph is the person described (rule 7); a seat's one word is not
    text = ("Ministry reassures families\n\nThe Ministry of Foreign Affairs of Ruritania said no national was hurt.\n\n"
            "The Turkish ambassador, received at the ministry on Wednesday, explained the position of Ankara.\n\n"
            "Mulberry, for its part, let it be known that the head of state was following the situation.")
    assert said_opening(text, "The Turkish ambassador,") == ""


def _mosques(body: str, title: str, name: str) -> str:
    return (f"Mosques to pray for the dead\n\nThe ministry said two citizens were hurt.\n\n{title}: prayers for the dead of Idlib\n\n"
            f"Chairman of the {body} {title} {name} has instructed imams to pray for the soldiers.\n\n"
            f"\"Pray for them,\" the {title} said.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_mosques("Crimea Muslims Board", "Mufti-ul-Ummah", "Emirali Ablaev"), "Mufti-ul-Ummah: prayers for", "new:Emirali Ablaev",
                 id="mufti_ul_ummah_heading_in_the_body"),
    pytest.param(_mosques("Spiritual Board of the Volga Muslims", "Sheikh-ul-Mashaikh", "Kamil Samigullin"),
                 "Sheikh-ul-Mashaikh: prayers for", "new:Kamil Samigullin", id="sheikh_ul_mashaikh_heading_in_the_body"),
])
def test_a_heading_title_colon_words_is_the_pages_one_holder_of_the_title(text: str, opening: str, who: str) -> None:
    # "Sheikh-ul-Islam: prayers to be read ...": a title no word list has, which the page gives one person (Round 39)
    assert said_opening(text, opening) == who
