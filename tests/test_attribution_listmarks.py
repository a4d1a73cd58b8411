"""A page's layout hiding an ordinary sentence from the rules (session fix15ei, see bench/README.md, "Layout marks blanked
before attribution"): numbered paragraphs, bulleted lists and a broadcast transcript's turn marks are blanked, offsets
unchanged (:mod:`idlibsite.sources.listmarks`), and a transcript's untagged first-person soundbite is a passage
(:mod:`idlibsite.sources.soundbites`).  Texts of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import headlined, speakers
from idlibsite.sources.listmarks import unmarked


@pytest.mark.parametrize("marks", [("[1] ", "[2] ", "[3] "), ("1. ", "2. ", "3. "), ("(4) ", "(5) ", "(6) "),
                                   ("12) ", "13) ", "14) "), ("No. 7 - ", "No. 8 - ", "No. 9 - ")])
def test_a_numbered_paragraph_s_sentence_is_read_as_any_other(marks: tuple[str, str, str]) -> None:
    text = ("Harbour strike enters second week\n\n"
            f"{marks[0]}Dockworkers in Valparaíso stayed off the job for an eighth day on Monday.\n\n"
            f"{marks[1]}Union leader Marta Quiroga said the port authority had refused every offer since May.\n\n"
            f"{marks[2]}The Transport Ministry said talks would resume on Thursday.\n")
    got = speakers(text)
    assert ("reported", "Union leader Marta", "new:Marta Quiroga") in got
    assert ("reported", "The Transport Ministry", "new:Transport Ministry") in got
    assert len(unmarked(text)) == len(text)


@pytest.mark.parametrize("bullet", ["• ", "* ", "- "])
def test_a_bulleted_list_s_items_are_read_as_sentences(bullet: str) -> None:
    text = ("Key points\n\n"
            f"{bullet}Grain exports fell by a third in March\n\n"
            f"{bullet}The Agriculture Ministry says stocks will last until the harvest\n\n"
            f"{bullet}Farmers' union chief Ilse Brandt said prices had doubled since January\n")
    got = speakers(text)
    assert ("reported", "The Agriculture Ministry", "new:Agriculture Ministry") in got
    assert ("reported", "Farmers' union chief", "new:Ilse Brandt") in got


@pytest.mark.parametrize("mark", [">> ", ">>> ", "» "])
def test_a_transcript_s_untagged_soundbite_is_whom_the_narration_just_before_names(mark: str) -> None:
    text = ("Floods close the Danube crossing\n\n"
            f"{mark}Water has covered the road to the ferry for three days. Ferry captain Jozef Horvath has moved his boat upstream.\n"
            f"{mark}We have never seen the river this high. I have worked here for thirty years.\n"
            f"{mark}Mayor Ivan Kolar says the crossing will stay shut. The water is still rising.\n"
            f"{mark}Our engineers cannot reach the pumps before the water drops.\n")
    got = speakers(text)
    assert ("direct", "We have never", "new:Jozef Horvath") in got  # the person the narration just introduced
    assert ("reported", "Mayor Ivan Kolar", "new:Ivan Kolar") in got  # narration: by its own clause
    assert ("direct", "Our engineers cannot", "") in got  # its last sentence names nobody: nobody named
    assert not any(words.startswith(("Water has", "Ferry captain")) for _kind, words, _who in got)  # narration, no speech


def test_a_transcript_s_sign_off_and_quoted_first_person_are_no_soundbites() -> None:
    text = ("Border crossing reopens\n\n"
            ">> Trucks queued for twelve kilometres at the Kapitan Andreevo crossing on Tuesday.\n"
            ">> Drivers held up signs reading \"We want to go home\".\n"
            ">> I'm Lena Petrova, reporting from the border.\n")
    got = speakers(text)
    assert not any(kind == "direct" and words.startswith(("Drivers held", "I'm Lena")) for kind, words, _who in got)


def test_dash_dialogue_keeps_its_dashes() -> None:
    text = ("Night shift at the clinic\n\n"
            "– We have run out of insulin twice this month, says nurse Eva Lindqvist, 41.\n\n"
            "– The trucks come late or not at all, she says.\n")
    assert unmarked(text) == text
    got = speakers(text)
    assert ("direct", "We have run", "new:Eva Lindqvist") in got


@pytest.mark.parametrize("text", [
    "(12) Ministers meet in Brussels on Monday to discuss the budget.\n\nThe talks are expected to last two days.\n",
    "28. veebruar 2020 19:55\n29. veebruar 2020 08:10\n",  # a live blog's dates: day and month, no list
    "1. März – Die Regierung sagt nichts.\n2. März – Der Minister schweigt.\n",  # a chronology's dates
    "» Wir bleiben hier «, sagt der Bürgermeister.\n» Niemand geht «, sagt seine Frau.\n",  # guillemets quoting
    "« Nous restons », dit le maire.\n» Personne ne part », ajoute-t-il.\n",
    "> Will the port reopen?\n>> Not this month, said the harbour master.\n>> The cranes are broken.\n",  # an e-mail's quoting
    "- Reuters\n\nThe ministry said on Friday that it would send aid.\n",  # a signature, no list
    "— Ana Souza (@anasouza) March 2, 2020\n— Rui Lima (@ruilima) March 2, 2020\n",  # embedded posts' signatures
])
def test_marks_that_open_no_list_nor_transcript_are_kept(text: str) -> None:
    assert unmarked(text) == text


def test_a_numbered_paragraph_s_inner_sentence_numbers_are_blanked_offsets_kept() -> None:
    text = ("[1] Russia and Turkey agreed a truce on Thursday. [2] The Kremlin said it would hold.\n\n"
            "[3] Ankara said its troops would stay.\n")
    blank = unmarked(text)
    assert len(blank) == len(text)
    assert "[" not in blank and blank.index("The Kremlin") == text.index("The Kremlin")
    got = speakers(text)
    assert ("reported", "The Kremlin said", "kremlin") in got or ("reported", "The Kremlin said", "new:Kremlin") in got


@pytest.mark.parametrize("header, intro, questions", [
    ("Interview", "Port director Lotte Vermeer took our call from Rotterdam. Vermeer has run the harbour since 2016.",
     ("How long will the strike last?", "What does the union want?", "Will the ships wait?")),
    ("Entrevista | Mundo", "El embajador, Tomás Echeverría, habla desde Ankara. Echeverría llegó en 2019.",
     ("How are the Chilean students?", "Did the ministry call them home?", "What happens on Thursday?")),
    ("World", "Aid worker Hana Okafor has spent a month in the camps. Okafor spoke to us on Sunday.",
     ("What did you see at the border?", "Who pays for the tents?", "Is anyone listening in Brussels?")),
])
def test_an_untagged_interview_s_answers_are_the_guest_its_introduction_presents(header: str, intro: str, questions: tuple[str, str, str]) -> None:
    guest = [w for w in intro.replace(",", "").split() if w[0].isupper()]
    text = (f"{header}\n\n{intro}\n\n"
            f"{questions[0]}\n\nWe will not know before Friday. The talks have stalled twice.\n\n"
            f"{questions[1]}\n\nA fair share of the savings. I told the port's owners so in May.\n\n"
            f"{questions[2]}\n\nThey always do. Nobody gains from a long fight.\n")
    got = speakers(text)
    name = next(f"{a} {b}" for a, b in zip(guest, guest[1:]) if intro.count(b) == 2)
    assert ("direct", "We will not", f"new:{name}") in got
    assert ("direct", "I told the", f"new:{name}") in got
    assert ("direct", "They always do.", f"new:{name}") in got


def test_an_answer_s_quotation_given_by_he_is_the_one_the_answer_named_before() -> None:
    text = ("Interview\n\n"
            "Ingrid Haller, Austria's consul, answers from Izmir. Haller has been posted there since 2018.\n\n"
            "What did the mayor decide?\n\nMayor Selim Aydin was very clear on Friday. He said: “The camp stays open.”\n\n"
            "Are the Austrians safe?\n\nThey are. We call each of them every week.\n\n"
            "Will you stay?\n\nAs long as the ministry wants me here.\n")
    got = speakers(text)
    assert ("direct", "The camp stays", "new:Selim Aydin") in got
    assert ("direct", "They are.", "new:Ingrid Haller") in got


@pytest.mark.parametrize("text", [
    # rhetorical questions in a column: no interview word, no "you", nobody presented by surname again
    "Opinion\n\nThe border is quiet tonight.\n\nWho pays for the fence?\n\nThe taxpayers do, as always.\n\n"
    "Who decides?\n\nA handful of officials in a closed room.\n\nWho benefits?\n\nNobody we know.\n",
    # two people presented: no one guest
    "Interview\n\nLotte Vermeer and Pieter Claes run the port. Vermeer and Claes answered together.\n\n"
    "How long will it last?\n\nWe do not know.\n\nWhat does the union want?\n\nMore money.\n\nWill the ships wait?\n\nThey will.\n",
])
def test_questions_on_a_page_that_presents_no_one_guest_make_no_interview(text: str) -> None:
    assert not any(kind == "direct" and who for kind, _words, who in speakers(text))


@pytest.mark.parametrize("sentence, opening", [
    ("Later I told my colleagues that the crossing was closed for good.", "Later I told"),
    ("Afterwards I warned the guards that the camp could not hold another winter.", "Afterwards I warned"),
    ("Yesterday I asked a gendarme whether the gate would open.", "Yesterday I asked"),
])
def test_a_columnist_s_i_after_an_opening_adverb_is_the_byline_s_writer(sentence: str, opening: str) -> None:
    text = f"Border diary: waiting at Pazarkule\n\nBy Marta Kowalczyk\n\nThe queue had not moved since dawn.\n\n{sentence}\n"
    assert ("reported", opening, "new:Marta Kowalczyk") in headlined(text)


def test_an_opening_adverb_before_a_name_stays_out_of_the_rule() -> None:
    text = "Border diary\n\nBy Marta Kowalczyk\n\nLater Ankara said the gates would stay open.\n"
    assert ("reported", "Later Ankara said", "turkey") in headlined(text)
