"""Round 18's classes of error: a body's or a medium's description before its name, a person "of" a
body whose name holds a title's word."""

from __future__ import annotations

from test_attribution import labels, speakers
from idlibsite.attribution.phrase import read_phrase


def test_a_description_of_owner_or_side_before_a_bodys_name_is_no_part_of_it() -> None:
    assert read_phrase("State-owned Kanal 9").name == "Kanal 9"
    assert read_phrase("the pro-Kremlin Vestnik daily").name == "Vestnik"
    got = speakers('The opposition Harbour Alliance (HA) said it backed the new dam. '
                   'A state-run Delta Radio said the dam had "ruined the harvest".')
    assert [who for _, _, who in got] == ["new:Harbour Alliance", "new:Delta Radio", "new:Delta Radio"]


def test_a_person_of_a_body_whose_name_holds_a_titles_word_is_the_person() -> None:
    phrase = read_phrase("Mira Lund of the Foreign Trade Institute")
    assert (phrase.name, phrase.person) == ("Mira Lund", True)
    assert speakers('"The river has never been this high," Mira Lund of the Foreign Trade Institute told the paper.') == [
        ("direct", "The river has", "new:Mira Lund")]


_LORDS = (
    "Floods: Valley Dams\n\n"
    "Question\n\n"
    "Lord Penrose of Kendal (CB): My Lords, the river rose two metres overnight, and the Government must fund new dams.\n\n"
    "The Minister of State, Department for Rivers (Baroness Hale of Ripon) (Con): My Lords, we have moved 300 families "
    "to higher ground. The engineers assured me that the dam will hold.\n\n"
    "Lord Penrose of Kendal: My Lords, the farmers have lost their fields. What will be done?\n\n"
    "Baroness Hale of Ripon: My Lords, I agree with the noble Lord. The fund will open on Monday.\n\n"
    "Viscount Marsh (Lab): My Lords, the last flood cost the valley dearly. Will the Minister act?")


def test_a_peers_name_with_the_place_of_the_title_is_a_records_tag() -> None:
    penrose, hale, marsh = "new:Lord Penrose of Kendal", "new:Baroness Hale of Ripon", "new:Viscount Marsh"
    assert labels(_LORDS) == [penrose, hale, hale, penrose, penrose, hale, hale, marsh, marsh]


_DOORSTEP = (
    "Remarks by Water Commissioner Ilse Marken upon arrival at the Valley Council\n\n"
    "Brussels, 02/04/2021\n\n"
    "Check against delivery!\n\n"
    "Q. Will the dam hold?\n\n"
    "The dam will hold. We have moved 300 families to higher ground.\n\n"
    "Q. The farmers say the warning came late. Is that so?\n\n"
    "No. The warning went out on Friday, and I checked it myself.\n\n"
    "Q. Will you ask for more money?\n\n"
    "The fund is large enough.\n\n"
    "Thank you.")


def test_untagged_answers_after_questions_marked_q_are_the_headers_speakers() -> None:
    got = speakers(_DOORSTEP)
    ilse = "new:Ilse Marken"
    assert [(words, who) for kind, words, who in got if kind == "direct"] == [
        ("The dam will", ilse), ("We have moved", ilse), ("No. The warning", ilse), ("The fund is", ilse)]
    assert ("reported", "The farmers say", "") in got
