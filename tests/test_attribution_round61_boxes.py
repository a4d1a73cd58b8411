"""Round 56's fact-check box, press review and flash chronology (issue 15, session fix15du).  A fact-check's field labels
("In short:", "Our verdict:") are no speaker's tags, its claim checked and an anonymous post's words nobody's; a press
review's "the paper", "the daily" is the paper its paragraph is labelled with or the one named just before, and a
labelled paragraph with no speech is the paper's words; a timeline's date in the page's own language, or a flash's time,
opens no subject; a headline of two "Tag: words" is two passages.  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.sources.fieldlabels import heads_list
from idlibsite.sources.review import reviewed
from idlibsite.sources.turns import turns
from test_attribution import cut_page, said_opening


def _openings(text: str) -> list[str]:
    return [first for _kind, first, _who in cut_page(text)]


_FACTCHECK = ("Skip to content\n\nCorrectiv.nl | Factcheck\n\n"
              "\"Vienna has quietly agreed to take 20,000 Afghans\" – true or false?\n\n"
              "Migrants wait at a crossing near Subotica. Photo: Ana Kovač (AP)\n\n"
              "At A Glance:\n- Orbán says more than 50,000 people have reached the Serbian border. Belgrade speaks of a few thousand.\n"
              "- A message claims Austria has agreed to take 20,000 Afghans. That is false.\n\n"
              "Pieter de Vries\nPublished: 12.05.2021, 09:30\n\n"
              "Since Hungary announced on Monday that it would close its southern crossings, claims have spread online.\n\n"
              "Claim 1: «Vienna has quietly agreed to take 20,000 Afghans»\n\n"
              "A message forwarded thousands of times on WhatsApp since Tuesday reads: «Vienna has quietly agreed to take "
              "20,000 Afghans. Nobody voted for it!» Councillor Hans Gruber shared it and wrote: «The chancellor must explain "
              "himself.»\n\n"
              "The Austrian interior ministry told us that no such agreement existed. A ministry spokesman gave a figure of "
              "1,200 on Wednesday.\n\n"
              "Verdict: False. No such agreement exists.\n\n"
              "Claim 2: «The border is open»\n\n"
              "The Serbian police said on Tuesday that the crossings at Horgoš remained closed.\n\n"
              "Verdict: Misleading. Two crossings are closed, not the border.\n\n"
              "Claim 3: «Athens took in 10,000 last week»\n\n"
              "The Greek migration ministry said on Friday that 1,400 people had been registered.\n\n"
              "Verdict: False.\n")
_INTERVIEW = ("Interview: 'We cannot wait for Brussels'\n\n"
              "Q: Minister, are the camps full?\n\nNIKOLAEVA: They are. We have no more room in Harmanli.\n\n"
              "Q: What will you do?\n\nNIKOLAEVA: We will ask the Commission for money, and we will ask today.\n\n"
              "Q: Will Brussels listen?\n\nNIKOLAEVA: It has to.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Orbán says more", "new:Orbán", id="a_bullet_under_a_box_heading_is_its_own_subjects"),
    pytest.param("Belgrade speaks of", "new:Belgrade", id="the_bullets_second_sentence_too"),
    pytest.param("Since Hungary announced", "new:Hungary", id="the_lead_after_the_box"),
    pytest.param("The Austrian interior", "new:Austrian interior ministry", id="a_body_under_a_claim"),
    pytest.param("The Serbian police", "new:Serbian police", id="not_the_verdict_label"),
    pytest.param("The Greek migration", "new:Greek migration ministry", id="nor_under_the_last_claim"),
    pytest.param("The chancellor must", "new:Hans Gruber", id="the_sharer_writes_his_own"),  # LABELS rule 2: "Councillor" a title (fix15ew)
])
def test_fix15du_a_factchecks_labels_are_no_tags(opening: str, who: str) -> None:
    # "At A Glance:" over its bullets and "Verdict:" three times made the page a transcript of two tags before: every
    # sentence was "At A Glance"'s or "Verdict"'s words; a label is a box's field (its word, or a list of bullets under
    # it), each sentence under it keeps its own subject
    assert said_opening(_FACTCHECK, opening) == who


def test_fix15du_a_factcheck_is_no_transcript() -> None:
    paragraphs = [(at, at + len(p)) for at, p in _paragraphs(_FACTCHECK)]
    assert turns(_FACTCHECK, paragraphs) == {}
    assert not any(who in ("new:At A Glance", "new:Verdict") for _kind, _first, who in cut_page(_FACTCHECK))


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for part in text.split("\n\n"):
        out.append((at, part))
        at += len(part) + 2
    return out


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("They are.", "new:Nikolaeva", id="guard_an_interviews_tag_in_capitals"),
    pytest.param("It has to.", "new:Nikolaeva", id="guard_its_last_answer"),
])
def test_fix15du_guard_an_interviews_tags_stay_tags(opening: str, who: str) -> None:
    assert said_opening(_INTERVIEW, opening) == who


@pytest.mark.parametrize(("text", "colon", "box"), [
    ("In short:\n- Orbán says ...", 8, True),
    ("Kurz gesagt:\n• Die Regierung ...", 11, True),
    ("NIKOLAEVA: They are.", 9, False),
    ("Q:\nWhat will you do?", 1, False),
])
def test_fix15du_heads_list(text: str, colon: int, box: bool) -> None:
    assert heads_list(text, colon) is box


@pytest.mark.parametrize("opening", ["Vienna has quietly"])
def test_fix15du_the_claim_checked_and_the_anonymous_post_are_nobodys(opening: str) -> None:
    # the headline quoting the claim checked took, as a repeat, the post's words, which took the MP's who shared it:
    # "A message ... reads: «...»" is an anonymous message's (nobody named), and so is the claim it repeats
    assert [who for _kind, first, who in cut_page(_FACTCHECK) if first == opening] == ["", "", ""]


def test_fix15du_a_figure_given_is_a_passage() -> None:
    # "gave a figure of" states a number as "put the figure at" does; a spokesman never named is nobody
    assert said_opening(_FACTCHECK, "A ministry spokesman") in ("", "new:Austrian interior ministry")


_REVIEW = ("What the experts say: Europe's press on the refugee deal\n\nBy Marta Silva\n9 March 2020\n\n"
           "Madrid's El País says the deal \"moves the problem, not the people\". The paper argues that Greece is left alone.\n\n"
           "In Rome, Avvenire warns that the islands \"cannot take another winter\". The daily adds that the camps are full.\n\n"
           "The weekly Respekt writes that the camps are full. The weekly adds that winter is coming.\n")
_LABELLED = ("Il Post\n\nRassegna stampa\n\nHow Europe's papers read the truce\n\n"
             "Corriere della Sera (Milan): The daily writes that the truce favours Moscow.\n\n"
             "Süddeutsche Zeitung (Munich): The Munich paper calls the deal \"a pause, not a peace\".\n\n"
             "Gazeta Wyborcza (Warsaw): The liberal daily writes that Warsaw must prepare for new arrivals.\n\n"
             "Dnevnik (Ljubljana): Nothing changes at the Kolpa. The Slovenian police still expect hundreds at the fence.\n\n"
             "At home, the deal was met with caution. The Foreign Ministry said in a statement that Slovakia welcomed the truce.\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_REVIEW, "The paper argues", "new:El País", id="the_paper_named_just_before"),
    pytest.param(_REVIEW, "The daily adds", "new:Avvenire", id="the_daily_never_the_article_alone"),
    pytest.param(_REVIEW, "The weekly adds", "new:Respekt", id="the_weekly_after_the_weekly_name"),
    pytest.param(_LABELLED, "Corriere della Sera", "new:Corriere della Sera", id="the_paragraphs_label"),
    pytest.param(_LABELLED, "Süddeutsche Zeitung (Munich):", "new:Süddeutsche Zeitung", id="the_city_paper_not_the_city"),
    pytest.param(_LABELLED, "a pause, not", "new:Süddeutsche Zeitung", id="its_quoted_words"),
    pytest.param(_LABELLED, "Gazeta Wyborcza (Warsaw):", "new:Gazeta Wyborcza", id="a_described_daily"),
    pytest.param(_LABELLED, "Nothing changes at", "new:Dnevnik", id="a_labelled_paragraph_with_no_speech"),
    pytest.param(_LABELLED, "The Slovenian police", "new:Dnevnik", id="its_second_sentence"),
    pytest.param(_LABELLED, "The Foreign Ministry", "new:Slovak Foreign Ministry", id="a_ministry_of_the_country_it_tells"),
])
def test_fix15du_a_press_reviews_papers(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15du_what_the_experts_say_is_a_title() -> None:
    # "What the experts say:" named "What the experts" as a speaker of the title
    assert "What the experts" not in _openings(_REVIEW)


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param("Talks in Rome\n\nDefence Minister Lorenzo Guerini said on Monday that Italy would send two ships. "
                 "The daily adds that the ships leave on Friday.\n", "The daily adds", "", id="never_the_article_alone_nor_a_titled_minister"),
    pytest.param("Hungary rejects the quota plan\n\nHungary on Monday rejected the plan.\n\nThe Foreign Ministry said in a "
                 "statement that Austria had rejected the proposal too.\n", "The Foreign Ministry", "new:Austria",
                 id="a_page_with_a_home_keeps_the_relay"),
    pytest.param("Truce talks\n\nAt home, the deal was met with caution. The ministry also said Slovakia called on all parties "
                 "to respect the truce.\n", "The ministry also", "new:Slovakia", id="a_countrys_act_told_bare_stays_the_countrys"),
    pytest.param("Truce talks\n\nAt home, the deal was met with caution. Ministry spokesperson Juraj Tomek said Slovakia called "
                 "on all parties to respect the truce.\n", "Ministry spokesperson Juraj", "new:Slovakia",
                 id="a_spokesperson_is_no_ministry"),
    pytest.param("Idlib talks\n\nWhat Erdogan said on Monday was clear: Turkey will not retreat.\n", "What Erdogan said",
                 "recep-tayyip-erdogan", id="what_a_name_said_still_speaks"),
])
def test_fix15du_guards(text: str, opening: str, who: str) -> None:
    assert said_opening(text, opening) == who


def test_fix15du_reviewed_needs_three_papers() -> None:
    two = "Le Soir (Brussels): Nothing moves.\n\nDe Standaard (Brussels): Nothing at all."
    assert reviewed(two, [(at, at + len(p)) for at, p in _paragraphs(two)]) == {}
    three = two + "\n\nLa Libre (Brussels): Nothing again.\n\nLe Monde (Paris): The paper writes that it is calm."
    found = reviewed(three, [(at, at + len(p)) for at, p in _paragraphs(three)])
    assert [name for _at, name in found.values()] == ["Le Soir", "De Standaard", "La Libre"]  # not the one that reports


_CHRONOLOGY = ("Hromadske\n\nOrbán: We will build the fence. Vienna: Nobody gets through\n\n"
               "Budapest closed its southern crossing on Monday, the government said.\n\n"
               "Chronologie\n"
               "12. března – Serbia closes two crossings. Belgrade blames the smugglers.\n"
               "13. března – The Kremlin says Putin and Vučić have agreed by phone on \"joint steps\".\n"
               "14:20 – The Élysée says Macron will call Orbán tonight.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Orbán: We will", "new:Orbán", id="the_headlines_first_tag"),
    pytest.param("Vienna: Nobody gets", "new:Vienna", id="the_headlines_second_tag"),
    pytest.param("13. března –", "kremlin", id="a_date_in_the_pages_language"),
    pytest.param("joint steps", "kremlin", id="its_quoted_words_not_an_earlier_speaker"),
    pytest.param("14:20 – The", "new:Élysée", id="a_flashs_time"),
])
def test_fix15du_a_flash_chronology(opening: str, who: str) -> None:
    assert said_opening(_CHRONOLOGY, opening) == who
