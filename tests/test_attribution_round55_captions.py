"""Round 52's misses of the class "captions, columns and names that are no names" (issue 15, session fix15db):
general rules, each pinned by pages of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import cut_page, said_opening


_FAIR = ("Our silence on Idlib\n\nBy Tendai Moyo\n\n"
         "Foreign Minister Sibusiso Dube, to be fair, told the Senate last week that Zimbabwe backs a ceasefire.")
_SURE = ("The Idlib question\n\nBy Aroha Ngata\n\n"
         "Minister Wiremu Tane, to be sure, said in March that the country would send aid to Syria.")
_HONEST = ("Nobody asked Idlib\n\n"
           "Senator Grace Otieno, to be honest, told the committee that Kenya had done little for Syria's refugees.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_FAIR, "Foreign Minister Sibusiso", "new:Sibusiso Dube", id="to_be_fair"),
    pytest.param(_SURE, "Minister Wiremu Tane,", "new:Wiremu Tane", id="to_be_sure"),
    pytest.param(_HONEST, "Senator Grace Otieno,", "new:Grace Otieno", id="to_be_honest"),
])
def test_a_writers_aside_between_the_subject_and_its_verb_is_no_speaker(text: str, opening: str, who: str) -> None:
    # "X, to be fair, told Parliament ...": the columnist's aside sits where an apposition would; X speaks
    assert said_opening(text, opening) == who


_ESTIMATED = ("Sudan's Syrians fear for family\n\n"
              "There are an estimated 40,000 Syrians in Kenya, according to the International Organization for Migration.")
_THERE_ARE = ("Refugees in Lebanon\n\n"
              "There were an estimated 900,000 refugees in Lebanon last year, according to the Norwegian Refugee Council.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_ESTIMATED, "There are an", "new:International Organization for Migration", id="an_estimated_number"),
    pytest.param(_THERE_ARE, "There were an", "new:Norwegian Refugee Council", id="there_were"),
])
def test_there_is_and_an_estimated_number_are_no_subject_the_source_after_according_to_is(text: str, opening: str,
                                                                                          who: str) -> None:
    # "There are an estimated 100,000 ..., according to X": "estimated" after an article qualifies a number, and "there
    # are" states a fact; the one who gives it is "according to"'s X, never "There"
    assert said_opening(text, opening) == who


_GOGO = ("Families wait for news from Syria\n\nBy Lindiwe Nkosi\n\n"
         "Her grandmother, Gogo Nomsa Khumalo of Soweto, said the family had not heard from her since Sunday.")
_MMA = ("Students in Idlib\n\n"
        "His mother, Mma Kelebogile Seretse, said she calls the university every morning.")
_MAKE = ("Swazi nurse in Turkey\n\n"
         "The nurse's mother, Make Zanele Shongwe of Nhlangano, told the Observer that the family prays for her.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_GOGO, "Her grandmother, Gogo", "new:Nomsa Khumalo", id="gogo_of_a_town"),
    pytest.param(_MMA, "His mother, Mma", "new:Kelebogile Seretse", id="mma"),
    pytest.param(_MAKE, "The nurse's mother,", "new:Zanele Shongwe", id="make_of_a_town"),
])
def test_a_southern_african_honorific_is_no_part_of_the_name_nor_the_town_after_it(text: str, opening: str, who: str) -> None:
    # "Make" (siSwati), "Gogo" (Zulu), "Mma" (Setswana) address a mother or a grandmother as "Mrs" does (rule 2); with
    # the honorific before the name, "of <town>" after it is where she lives, as after "Mr Name of Town"
    assert said_opening(text, opening) == who


_SHOPKEEPER = ("IN PICTURES: Harare prays for Idlib\n\n"
               "PRAYER: Imam Tafadzwa Moyo leads the prayer. \"We pray for every family in Idlib,\" he told the crowd.\n\n"
               "VOICE: Syrian-born shopkeeper Karim Nassar, 48, who has lived in Harare since 2001, holds a photograph of his "
               "village. The village \"is gone\", he says.")
_FISHERMAN = ("Lebanese in Dakar watch the border\n\n"
              "Community leader Samir Aoun said the families had sent money.\n\n"
              "Tripoli-born businessman Georges Khalil, 61, who runs a bakery in the Plateau, keeps a map of Syria on the wall. "
              "The roads \"are closed now\", he says.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_SHOPKEEPER, "The village \"is", "new:Karim Nassar", id="caption_hyphenated_origin_shopkeeper"),
    pytest.param(_FISHERMAN, "The roads \"are", "new:Georges Khalil", id="hyphenated_origin_businessman"),
])
def test_he_after_a_person_named_as_a_sentences_subject_with_an_origin_and_an_agent_noun(text: str, opening: str,
                                                                                          who: str) -> None:
    # "Syrian-born businessman X, 52, who ..., holds a picture ... . The town "...", he says.": X, named as the
    # subject of a sentence that reports no speech ("Syrian-born" a hyphenated origin, "businessman" an agent noun,
    # "The town" no name), not the last speaker of the caption before
    assert said_opening(text, opening) == who


_BANNER = ("IN PICTURES: Lusaka marches for Idlib\n\n"
           "MARCH: Mourners walk from the cathedral to the Turkish embassy. PHOTO: CHANDA MWALE\n\n"
           "BANNERS: A banner carried by two students reads \"Save the children of Idlib\". PHOTO: CHANDA MWALE")
_POSTER = ("Vigil in Accra\n\n"
           "POSTERS: A poster held aloft by a schoolboy outside the mosque read \"Idlib is bleeding\". Picture: Kwame Asante")


@pytest.mark.parametrize(("text", "opening"), [
    pytest.param(_BANNER, "Save the children", id="banner_carried_by"),
    pytest.param(_POSTER, "Idlib is bleeding", id="poster_held_aloft_by"),
])
def test_a_placards_words_under_a_captions_label_are_nobodys(text: str, opening: str) -> None:
    # "SIGNS: A placard held up by a young girl reads "..."": the caption's label is no speaker, and what a placard
    # reads, even with who holds it between, is nobody's (LABELS Round 29)
    assert said_opening(text, opening) == ""


_RAISED_IT = ("Idlib is our business too\n\nBy Wanjiru Kamau\n\n"
              "When I raised Idlib with a senior official at the foreign ministry, she told me that Kenya \"cannot police the world\".")
_RAISED_THIS = ("Silence is a choice\n\nBy Tomas Lindqvist\n\n"
                "When I raised this with an adviser to the prime minister, he told me that Sweden had already given enough.")


@pytest.mark.parametrize(("text", "author", "told", "official"), [
    pytest.param(_RAISED_IT, "When I raised", "she told me", "a senior official", id="raised_a_place_with_an_official"),
    pytest.param(_RAISED_THIS, "When I raised", "he told me", "an adviser", id="raised_this_with_an_adviser"),
])
def test_a_columnist_raising_a_matter_with_an_official_is_the_columnists_act_and_the_answer_the_officials(
        text: str, author: str, told: str, official: str) -> None:
    # "When I raised this with a senior official at the ministry, he told me that ...": two passages, the writer's act of
    # speech (the byline's, LABELS Round 43) and the unnamed official's answer (nobody named, rule 6)
    assert said_opening(text, author) == "new:" + text.split("By ", 1)[1].split("\n", 1)[0]
    assert said_opening(text, told) == official  # unnamed: no new actor


_NURSE = ("Idlib's children are ours too\n\nBy Ama Owusu\n\n"
          "I put the question to a Syrian nurse who has lived in Kumasi since 2012, Mrs Rania Haddad. She said: "
          "\"Every child in Idlib has a name.\"")
_ENGINEER = ("What Idlib asks of us\n\nBy Rafael Souza\n\n"
             "I spoke to a Syrian engineer at the port of Santos, Dr Bassam Nouri. He said: \"We are counting the dead by WhatsApp.\"")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_NURSE, "Every child in", "new:Rania Haddad", id="put_the_question_to_a_nurse_named_after"),
    pytest.param(_ENGINEER, "We are counting", "new:Bassam Nouri", id="spoke_to_an_engineer_named_after"),
])
def test_a_person_the_writer_talks_to_described_then_named_at_the_sentences_end_is_whom_he_next_stands_for(
        text: str, opening: str, who: str) -> None:
    # "I put the question to a Syrian doctor who has worked at ... for eleven years, Dr Samer Khoury. He said: "..."":
    # the one heard is named in apposition at the end of the sentence (rule 7), so "he" is that name, not "a doctor"
    assert said_opening(text, opening) == who


_CONDOLENCE = ("IN PICTURES: Gaborone remembers\n\n"
               "TRIBUTE: President Mokgweetsi Masisi's letter of condolence to the Turkish people, placed beside the candles, "
               "reads: \"Botswana grieves with you.\" PHOTO: KEABETSWE MOTSAMAI")
_MESSAGE = ("Lilongwe mosque prays for soldiers\n\n"
            "Outside the mosque, Vice-President Saulos Chilima's message to the Turkish embassy reads, \"Malawi stands with Turkey in its grief.\"")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_CONDOLENCE, "Botswana grieves with", "new:Mokgweetsi Masisi", id="letter_of_condolence_reads_colon"),
    pytest.param(_MESSAGE, "Malawi stands with", "new:Saulos Chilima", id="message_reads_comma"),
])
def test_a_document_by_its_authors_possessive_that_reads_a_quotation_is_the_authors(text: str, opening: str, who: str) -> None:
    # "President X's message of condolence to Y, displayed at the entrance, reads: "..."": a document's words are its
    # author's (rule 5, LABELS Round 49), whoever spoke before
    assert said_opening(text, opening) == who


_HIGHER = ("Syrians in Chad\n\n"
           "There are some 2,000 Syrians in N'Djamena, according to the International Organization for Migration, though "
           "community leaders put the figure higher.")
_TOLL = ("Flood toll rises\n\n"
         "Forty people died in the floods, according to the Ministry of Health, although local officials put the toll higher.")


@pytest.mark.parametrize(("text", "source", "others", "generic"), [
    pytest.param(_HIGHER, "new:International Organization for Migration", "though community leaders", "community leaders",
                 id="figure_higher"),
    pytest.param(_TOLL, "new:Ministry of Health", "although local officials", "local officials", id="toll_higher"),
])
def test_a_figure_disputed_after_though_is_its_own_passage_of_the_generic_speakers(text: str, source: str, others: str,
                                                                                    generic: str) -> None:
    # "..., according to the UN refugee agency UNHCR, though community leaders put the figure higher": the figure is the
    # source's; the higher one a generic plural's, nobody named (Round 27: "put the figure at" is a speech act)
    passages = {first: who for _kind, first, who in cut_page(text)}
    assert source in passages.values()
    assert passages[others] == generic  # unnamed: no new actor


def test_the_bare_plural_subject_is_no_auxiliary_a_verb_joined_by_and_stays_the_subjects() -> None:
    # the boundary of the cut after "though": "..., and has accused Brussels of ..." has no subject of its own ("has" is
    # no plural), so the sentence stays whole, its subject's
    text = ("Orban keeps border shut\n\n"
            "Hungarian Prime Minister Viktor Orban has stated that Hungary will keep its border with Serbia closed, and has "
            "accused Brussels of failing to pay for the fence.")
    assert {who for _kind, _first, who in cut_page(text)} == {"new:Viktor Orban"}


def test_an_article_skipped_before_a_he_only_for_a_subject_named_in_the_same_paragraph() -> None:
    # the boundary of "The town ..." skipped: a live blog's entry heading read alone does not reach back to the subject
    # of the entry before it ("18:10 ... OSCE Secretary General X called on ... . The members will meet ..."), so "UN
    # chief" under it is the UN's, not X
    text = ("Live: Idlib\n\n"
            "18:10 OSCE to meet on Turkey's request\n\n"
            "OSCE Secretary General Helga Schmid called on Russia to stop the offensive. The members will meet on Friday, "
            "the organisation said.\n\n"
            "16:45 UN chief calls for calm\n\n"
            "\"The Secretary-General is following with great concern the escalation,\" said Stephane Dujarric, spokesman for "
            "UN Secretary-General Antonio Guterres.")
    assert said_opening(text, "UN chief calls") == "new:Antonio Guterres"
