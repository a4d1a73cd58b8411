"""Round 54's letters page, television debate, correspondent's column and interview (issue 15, session fix15dn).

- A debate's guests tagged in full at their first turn and by a part of the name after ("VILLAMIZAR:"): one speaker,
  whose turns count together in telling the moderator from the guests; a clip's title ("[CLIP] NAME, Minister:") in a
  debate where a tag asks makes no untitled guest a narrator.
- A letter's first-person speech verbs are the writer its sign-off names below ("NAME IN CAPITALS\\nPlace"); "Most of
  us said", "our pastor asked" name nobody; a letter written to someone "to ask" or "urging" is an act of speech.
- A column's "Name, whom I met ..., said" is the name's; "repeated to reporters at X that" is said; "The president had
  indeed said" is the one known president the page named before, even inside a quotation; a loudspeaker's words and a
  reply after "He shrugged:" to the writer's question are nobody's named.
- An interview's answer quoting in German low single marks (‚...‘) gives those words to the one it names.

Texts of our own, in several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.sources.tagnames import fuller
from idlibsite.sources.turns import TITLES
from test_attribution import cut_page


def _said(text: str, opening: str) -> str:
    """The speaker of the one passage that opens with ``opening`` (its first three words): an actor's id, "new:Name", or
    "" for nobody named (whatever phrase describes them)."""
    return next(who for _kind, first, who in cut_page(text, unnamed=False) if first == opening)


_DEBATE = ("NTV Kenya\nPolitics\n\n'We cannot be spectators': a debate on the Sahel\n\n"
           "On NTV's weekly programme 'Crossfire', a former ambassador, a historian and an MP discussed the crisis in Mali.\n\n"
           "By: NTV DIGITAL\nJune 10 2021, 08:00 p.m.\n\n"
           "The moderator, Wanjiku Mwangi, spoke with Otieno Kamau Odhiambo, former ambassador of Kenya to Mali; Akinyi "
           "Wambui, lecturer in history at Moi University; and MP Baraka Mutua. This is an edited transcript.\n\n"
           "WANJIKU MWANGI: Good evening. Ambassador, is Kenya right to stay quiet?\n\n"
           "OTIENO KAMAU ODHIAMBO: Quiet is not the word. We have no soldiers in Mali, and we should not pretend otherwise.\n\n"
           "MWANGI: Doctor, does history help us here?\n\n"
           "AKINYI WAMBUI: It does. Every foreign army that went to the Sahel stayed longer than it planned.\n\n"
           "MWANGI: Honourable, your committee met on Tuesday. What did you decide?\n\n"
           "BARAKA MUTUA: We decided nothing yet. The treasury has no money for a mission.\n\n"
           "[CLIP] RAYCHELLE OMAMO, Cabinet Secretary for Foreign Affairs: Kenya supports the mediation of ECOWAS. We call "
           "for a return to civilian rule.\n\n"
           "MWANGI: That was the Cabinet Secretary on Monday. Any last words?\n\n"
           "WAMBUI: Only that Mali is not far away.\n\n"
           "ODHIAMBO: With respect, Doctor, distance is not the question here.\n\n"
           "MWANGI: Thank you all, and good night.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Quiet is not", "new:Otieno Kamau Odhiambo", id="fix15dn_a_guests_first_turn_after_the_full_tag"),
    pytest.param("With respect, Doctor,", "new:Otieno Kamau Odhiambo", id="fix15dn_a_guests_surname_tag_after_another_guest"),
    pytest.param("Kenya supports the", "new:Raychelle Omamo", id="fix15dn_the_clip_stays_its_speakers"),
])
def test_fix15dn_a_debates_guests_tagged_in_full_then_by_surname_answer(opening: str, who: str) -> None:
    assert _said(_DEBATE, opening) == who


def test_fix15dn_the_moderator_tagged_in_full_once_only_asks() -> None:
    assert not any(who == "new:Wanjiku Mwangi" for _kind, _first, who in cut_page(_DEBATE))


def test_fix15dn_a_short_tag_is_the_one_longer_tag_with_all_its_words() -> None:
    roles = frozenset({"voorzitter", "chair", "minister"})
    assert fuller(["andrés felipe villamizar", "villamizar", "diana peña", "peña"], TITLES, roles) == {
        "villamizar": "andrés felipe villamizar", "peña": "diana peña"}
    assert fuller(["john smith", "jane smith", "smith"], TITLES, roles) == {}  # two longer tags hold it: neither
    assert fuller(["de voorzitter", "de heer aalders"], TITLES, roles) == {}  # a chair's tag is no one's surname
    assert fuller(["mr smith", "john smith"], TITLES, roles) == {"mr smith": "john smith"}  # the title left out


_LETTERS = ("The Fiji Times\nOpinion | Letters to the Editor\n\nRemember the refugees\n\n"
            "I HAVE followed the news from Syria with a heavy heart. Last week I told my Sunday school class that every "
            "child in Idlib is somebody's grandchild.\n\n"
            "MERE TUILOMA\nNausori\n\n"
            "Doctors, not speeches\n\n"
            "AS a retired nurse I know what a cold night does to a baby. I have written to the Minister for Health to ask "
            "that Fiji send a medical team.\n\n"
            "SAIMONE NAVUNI\nLautoka\n\n"
            "What our class thinks\n\n"
            "The Methodist Church's president, Reverend Ili Vunisuwai, said on Sunday that every parish should give.\n\n"
            "IN our Bible study group, our pastor asked us that evening whether we had done enough for strangers. Most of "
            "us said no.\n\n"
            "LOSANA VAKA\nStudent, Fiji National University\n\n"
            "Editor's note: Letters must carry the writer's name and town.\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Last week I", "new:Mere Tuiloma", id="fix15dn_a_letters_i_told_is_its_signer_below"),
    pytest.param("I have written", "new:Saimone Navuni", id="fix15dn_written_to_someone_to_ask_is_said_by_the_signer"),
    pytest.param("IN our Bible", "", id="fix15dn_our_pastor_is_nobody_named"),
    pytest.param("Most of us", "", id="fix15dn_most_of_us_is_a_generic_plural"),
])
def test_fix15dn_a_letters_page(opening: str, who: str) -> None:
    assert _said(_LETTERS, opening) == who


def test_fix15dn_a_column_without_a_sign_off_keeps_its_bylines_writer() -> None:
    text = ("Opinion\n\nThe Sahel needs patience\n\nBy Amina Diallo\n\nI told a minister in Bamako last year that the army "
            "could not win alone. He did not answer.\n")
    assert _said(text, "I told a") == "new:Amina Diallo"


def test_fix15dn_our_title_after_its_named_holder_is_that_holder() -> None:
    text = ("Embassy notes\n\nBy Staff Writer\n\nAmbassador Ana Ruiz said on Monday that the consulate would stay open.\n\n"
            "Our ambassador told the community on Friday that flights would resume in May.\n")
    assert _said(text, "Our ambassador told") == "new:Ana Ruiz"


def test_fix15dn_they_is_a_pronoun_not_a_name() -> None:
    text = ("Floods in the north\n\nBy Staff Writer\n\nThe Kenya Red Cross said on Monday that its teams had reached "
            "Mandera. They added that more tents were needed before the rains.\n")
    assert _said(text, "They added that") == "new:Kenya Red Cross"


def test_fix15dn_a_letter_written_urging_is_an_act_of_speech() -> None:
    text = ("Refugee society writes to minister\n\nBy Staff Writer\n\nThe Auckland Syrian Society has written to Foreign "
            "Minister Nanaia Mahuta urging New Zealand to take in more refugees from Idlib.\n")
    assert _said(text, "The Auckland Syrian") == "new:Auckland Syrian Society"


_COLUMN = ("LE SOIR\n\nMonde | Chronique\n\nAt the Kilis gate, nobody waits for Brussels\n\nBy Marc Delvaux, Gaziantep\n\n"
           "I arrived in Kilis on Monday with two Syrian drivers. \"Putin promised us nothing but bombs, so we left,\" one of "
           "them told me.\n\n"
           "The president had indeed said, a week earlier, that Russia would not stop. From the Syrian side, the answer "
           "came over a loudspeaker every evening: \"Go home. The road is closed.\" The governor of Kilis, Recep Soyturk, says "
           "the crossing has been shut since March.\n\n"
           "The UNHCR representative, Lisa Moreau, repeated to reporters at the Palais des Nations that the camps were full. "
           "Didier Reynders, whom I met at a dinner in Brussels, said Belgium was ready to host talks if asked.\n\n"
           "A man from Hama, one of the few who stayed, did not want to be photographed. He said the shelling had stopped "
           "only twice since January.\n\n"
           "On my last evening I asked a Turkish soldier at the gate what would happen next. He shrugged: \"For us? More "
           "waiting.\"\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The president had", "vladimir-putin", id="fix15dn_the_president_named_before_inside_a_quotation"),
    pytest.param("Go home. The", "", id="fix15dn_a_loudspeakers_words_are_nobodys"),
    pytest.param("The UNHCR representative,", "new:Lisa Moreau", id="fix15dn_repeated_to_reporters_at_a_place_that"),
    pytest.param("Didier Reynders, whom", "new:Didier Reynders", id="fix15dn_whom_i_met_between_name_and_verb"),
    pytest.param("He said the", "", id="fix15dn_he_after_a_man_described_with_an_aside"),
    pytest.param("For us? More", "", id="fix15dn_he_shrugged_after_the_writers_question_is_not_the_writer"),
])
def test_fix15dn_a_correspondents_column(opening: str, who: str) -> None:
    assert _said(_COLUMN, opening) == who


def test_fix15dn_words_in_german_low_single_marks_inside_an_answer_are_the_named_speakers() -> None:
    text = ("NZZ\n\nInterview\n\n«Nobody in Ankara wants a war with Russia»\n\nBy Anna Keller\n\n"
            "NZZ: Has the truce changed anything?\n\n"
            "Berset: Not much. Hulusi Akar told us in Ankara that the army would defend ‚every single post‘. The rest is hope.\n\n"
            "NZZ: And Switzerland?\n\n"
            "Berset: We offer our good offices, as always.\n")
    assert _said(text, "every single post") == "hulusi-akar"
    assert _said(text, "Hulusi Akar told") == "new:Berset"  # the guest's account around them stays his


def test_fix15dn_they_wrote_back_is_the_one_the_writer_wrote_to() -> None:
    text = ("Letters\n\nHow to help\n\nThe Chilean Red Cross said on Monday that it had sent tents to Idlib. The UN says "
            "a million people have fled.\n\nI wrote to the Chilean Embassy office in Ankara to ask how students can help. "
            "They wrote back that cash is more useful than clothes.\n\nTOMÁS RUIZ\nValparaíso\n")
    assert _said(text, "They wrote back") == "new:Chilean Embassy"
    assert _said(text, "I wrote to") == "new:Tomás Ruiz"


def test_fix15dn_a_lowercase_they_inside_a_clause_is_not_the_body_that_spoke_before() -> None:
    text = ("Border tension\n\nBy Staff Writer\n\nThe Interior Ministry said it had raised its readiness on the border.\n\n"
            "Rights groups in the region warned against what they called a militarisation of the response.\n")
    assert _said(text, "Rights groups in") == ""  # a guard: "They" opening a sentence is the pronoun, "what they called" not
