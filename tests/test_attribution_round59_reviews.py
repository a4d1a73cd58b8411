"""Round 54's press reviews, communiqués and statements (issue 15, session fix15dm): general rules, each pinned by
pages of our own in other outlets' forms."""

from __future__ import annotations

from idlibsite.sources.blocks import cut_blocks
from test_attribution import cut_page, said_opening


def _openings(text: str) -> list[str]:
    """The first three words of every passage found."""
    return [first for _kind, first, _who in cut_page(text)]


_DECK = ("Ghana's papers on the Gaza truce\n\n"
         "At a glance\n"
         "• Accra's Daily Graphic says the continent must not pick a side in Gaza.\n"
         "• The Chronicle argues that the ceasefire will not hold past Ramadan.\n\n"
         "By KOFI MENSAH\n\n"
         "Accra's morning papers led on the truce on Monday, most of them with pictures from Rafah.")


def test_a_decks_bulleted_point_that_tells_someones_words_is_a_heading() -> None:
    # "• Kenya's Daily Nation says the region should ...": a bullet under the headline is a point of the deck (LABELS
    # Round 54: "In Summary" bullets are a deck, each bullet's subject its speaker), not a caption's credit line
    assert said_opening(_DECK, "• Accra's Daily") == "new:Daily Graphic"
    assert said_opening(_DECK, "• The Chronicle") == "new:Chronicle"


def test_a_bullet_of_credits_or_of_a_picture_stays_a_caption() -> None:
    # guard: "• Reuters • © Ali Kamal" and "• Children queue for water in Rafah. Photo: AFP" are captions, not a deck
    text = ("Rafah waits for the trucks\n\n"
            "• Reuters • © Ali Kamal\n\n"
            "• Children queue for water in Rafah, where aid workers say the wells are dry. Photo: AFP\n\n"
            "The crossing stayed shut on Monday, officials said.")
    blocks = cut_blocks(text, title_hint=text.splitlines()[0])
    assert {b.kind for b in blocks if "•" in text[b.start:b.end]} == {"caption"}
    assert not any(first.startswith("•") for first in _openings(text))


_OBITUARY = ("Prime Minister Haddad mourns Sheikh Omar Nasser, killed in shelling of Ariha\n\n"
             "BEIRUT, Tuesday, March 3, 2020 (NNA) – Prime Minister Salim Haddad today mourned Sheikh Omar Nasser, a "
             "Lebanese preacher who was killed on Sunday in the shelling of Ariha.\n\n"
             "Thousands mourned Sheikh Omar Nasser at his funeral in Tripoli on Monday.")


def test_an_officials_mourning_of_a_person_named_is_his_act_of_speech() -> None:
    # "President Abbas mourns Dr. Khaled Abu Shaqra", "President Mahmoud Abbas today mourned Dr. ...": a mourner named
    # by his title and name mourning a person named is his condolences, an act of speech (LABELS Rounds 27 and 48,
    # "Villa Somalia mourns ..."), as "mourned him in a statement as" was (round 53)
    assert said_opening(_OBITUARY, "Prime Minister Haddad") == "new:Salim Haddad"
    assert said_opening(_OBITUARY, "Prime Minister Salim") == "new:Salim Haddad"


def test_a_crowds_mourning_is_no_act_of_speech() -> None:
    # guard: "Thousands mourned Sheikh Omar Nasser at his funeral": a crowd's grief, no words told
    assert "Thousands mourned Sheikh" not in _openings(_OBITUARY)


_COMMUNIQUE = ("SADC urges calm in Gaza\n\n"
               "SOUTHERN African leaders have joined calls for calm in Gaza, where the World Health Organization says "
               "half the hospitals have closed.\n\n"
               "The appeal is in the communiqué adopted on Saturday at the close of the Extraordinary Summit of Heads of "
               "State of the Southern African Development Community (SADC), held in Maputo. Its paragraph on Gaza reads:\n\n"
               "\"Summit expressed deep concern at the loss of civilian life in Gaza. Leaders called on all parties to "
               "observe a humanitarian pause. The Summit noted the efforts of the Secretary-General of the United "
               "Nations.\"\n\n"
               "Mozambique's President told reporters the region would send medicines.")


def test_a_communique_printed_in_marks_is_the_body_its_announcing_sentence_names_by_acronym() -> None:
    # "The call came in the communiqué issued ... of the Caribbean Community (CARICOM) ... reads in full:" over
    # ""Heads of Government expressed ... They called on ... The Conference noted ..."": one author, the community the
    # announcing sentence gives by its acronym (LABELS Round 54: not a list of subjects; rule 5)
    assert said_opening(_COMMUNIQUE, "Summit expressed deep") == "new:SADC"


def test_a_statements_own_opening_voice_comes_before_the_acronym() -> None:
    # guard: "The Council expresses ..." opening the quoted statement names its author itself
    text = ("Ministers adopt statement\n\n"
            "The ministers of the Economic Community of West African States (ECOWAS) adopted a statement in Abuja. "
            "The statement reads:\n\n"
            "\"The Council of Ministers expresses its concern at the fighting in Gaza.\"\n\n"
            "The meeting ended on Sunday.")
    assert said_opening(text, "The Council of") == "new:Council of Ministers"


def test_a_relative_clause_of_place_with_its_own_speaker_is_its_own_passage() -> None:
    # "REGIONAL leaders have added their voices to calls ..., where the United Nations says ...": the relative clause is
    # the UN's passage, the main clause the generic plural's (`null`, rule 6), not the UN's
    assert said_opening(_COMMUNIQUE, "where the World") == "new:World Health Organization"
    assert not said_opening(_COMMUNIQUE, "SOUTHERN African leaders").startswith("new:")  # a generic plural, nobody named


def test_a_relative_clause_of_place_whose_subject_is_a_bare_plural_stays_whole() -> None:
    # guard: "..., where displaced families say ...": no named subject of its own, the sentence is not cut
    text = "Aid groups moved to Rafah\n\nDoctors moved their clinic to Rafah, where displaced families say the water has run out.\n"
    assert "where displaced families" not in _openings(text)


def test_an_option_ruled_out_is_an_act_of_speech() -> None:
    # "Dr Hamisi Mwakyusa, also ruled out an evacuation": refusing an option in words (LABELS Round 54)
    text = ("Senate told of no plan for airlift\n\n"
            "Answering in the Senate, the Deputy Minister for Health, Dr Amina Farah, also ruled out an airlift of the "
            "nurses.\n\n"
            "A second strike on the hospital cannot be ruled out.")
    assert said_opening(text, "Answering in the") == "new:Amina Farah"
    assert "A second strike" not in _openings(text)  # guard: a passive with no object, nobody's words


_OWN_NAME = ("What Dakar's dailies say about Gaza\n\n"
             "By AMINATA DIALLO\n"
             "The Sahel Courier\n"
             "Posted Monday March 9 2020\n\n"
             "Le Soleil said on Saturday that Senegal should host the talks.\n\n"
             "The imam of the Grand Mosque told this newspaper that the prayers would go on.\n\n"
             "This newspaper warned in January that the region \"cannot look away from Gaza\".")


def test_a_paper_speaking_in_its_own_name_is_the_outlet_named_under_its_byline() -> None:
    # "This newspaper argued last week that ...": the outlet in its own name (LABELS Round 54, rule 4), named by the
    # line under the byline ("By NAME" over "The EastAfrican" over the date line)
    assert said_opening(_OWN_NAME, "This newspaper warned") == "new:The Sahel Courier"
    assert said_opening(_OWN_NAME, "cannot look away") == "new:The Sahel Courier"


def test_this_newspaper_as_the_one_told_or_with_no_outlet_named_is_not_an_outlet() -> None:
    # guards: "told this newspaper" is the teller's; a page with no outlet's line under its byline names no outlet
    assert not said_opening(_OWN_NAME, "The imam of").startswith("new:The Sahel")
    unnamed = _OWN_NAME.replace("The Sahel Courier\n", "")
    assert not said_opening(unnamed, "This newspaper warned").startswith("new:")


def test_a_report_citing_sources_tells_the_act_of_a_passives_agent() -> None:
    # "The Daily Monitor reported, citing sources at the Ministry of Foreign Affairs, that Uganda had been asked by Ankara
    # to support ...": the agent's act (LABELS Round 54, Round 49: the relayer's anonymity does not change whose act it is)
    text = ("Zambia asked to back Gaza resolution\n\n"
            "The Lusaka Times reported, citing officials at the Ministry of Foreign Affairs, that Zambia had been asked by "
            "Ankara to co-sponsor a resolution at the General Assembly.\n\n"
            "The Mail reported, citing officials, that Zambia would send two doctors.")
    assert said_opening(text, "The Lusaka Times") == "turkey"
    assert not said_opening(text, "The Mail reported,").startswith(("new:", "turkey"))  # guard: no agent, the sources are nobody


def test_a_paper_quoting_someone_telling_an_audience_is_the_one_quoted() -> None:
    # "The Standard quoted Foreign Affairs Cabinet Secretary Raychelle Omamo telling the Senate on Tuesday that ...": the
    # person quoted (LABELS rule 4: a medium relays its source), as "quoted X as saying"
    text = ("Harare papers on the Gaza truce\n\n"
            "The Herald quoted Health Minister Ruth Banda telling reporters on Monday that the clinics had enough drugs.\n\n"
            "It was a telling sign of the mood in Harare.")
    assert said_opening(text, "The Herald quoted") == "new:Ruth Banda"
    assert "It was a" not in _openings(text)  # guard: the adjective "telling" reports nothing


def test_a_claim_denied_by_it_is_a_passage_of_the_deniers() -> None:
    # "A chain message attributed to President Giammattei is circulating on WhatsApp; the Foreign Ministry and the
    # Presidency deny it": "it" disputed ends the clause, an act of speech (two bodies as one subject: `null`, Lists of
    # subjects)
    text = ("Fact-check: Gabon has not closed its embassy in Ankara\n\n"
            "A post attributed to the Prime Minister is being shared on Facebook; the ministry and the embassy deny it. "
            "We checked the post.\n\n"
            "The blockade will deny it access to the port.")
    assert any(first.startswith("A post attributed") for first in _openings(text))
    assert not said_opening(text, "A post attributed").startswith("new:")
    assert "The blockade will" not in _openings(text)  # guard: "deny it access": no claim denied


def test_two_nations_media_sharing_one_head_insisting_are_one_plural_nobody_named() -> None:
    # "Russian and Syrian state media insist the Turkish troops killed in Idlib were embedded with ...": "insist" with its
    # clause, "that" left out, is a speech verb, and two nations' adjectives before one head are a list of subjects, `null`
    # (LABELS "Lists of subjects", Round 54), not the second nation's media
    text = ("The week in the papers\n\n"
            "Iranian and Iraqi state television insist the drone was shot down over the sea.\n\n"
            "Critics argue the deal is weak.")
    assert said_opening(text, "Iranian and Iraqi") == "Iranian and Iraqi state television"
    assert "Critics argue the" in _openings(text)


def test_insisting_on_a_thing_is_no_clause_and_a_nations_name_is_no_shared_adjective() -> None:
    # guards: "insist on a ceasefire" has no clause of its own; "Greece and Turkish officials" is no pair of adjectives
    text = ("Talks in Geneva\n\n"
            "The delegations insist on the return of the troops to their bases.\n\n"
            "Greece and Turkish officials said the border was closed.")
    assert "The delegations insist" not in _openings(text)
    assert said_opening(text, "Greece and Turkish") != "Greece and Turkish officials"
