"""A page's layout hiding an ordinary sentence from the rules (session fix15ei, see bench/README.md, "Layout marks blanked
before attribution"): numbered paragraphs, bulleted lists and a broadcast transcript's turn marks are blanked, offsets
unchanged (:mod:`idlibsite.sources.listmarks`), and a transcript's untagged first-person soundbite is a passage
(:mod:`idlibsite.sources.soundbites`).  Texts of our own in other outlets' forms."""

from __future__ import annotations

import pytest

from test_attribution import speakers
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
