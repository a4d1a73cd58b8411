"""Round 20's classes of error: a quotation of another speaker inside remarks as delivered; ... (see bench/README.md,
"Round 20's classes fixed")."""

from __future__ import annotations

from test_attribution import described, labels, speakers
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.statements import find_passages


def _body_speakers(text: str) -> list[tuple[str, str, str]]:
    """(kind, first words, speaker label) of each passage of the body blocks, the header left out as a page's."""
    body = [(b.start, b.end) for b in cut_blocks(text, title_hint=text.splitlines()[0]) if b.kind == "body"]
    return described(text, find_passages(text, body))


def _remarks(paragraph: str) -> str:
    return ("Remarks at a Council Debate on the Valley Floods\n\n"
            "Minister Ilse Marken\n"
            "Head of the River Delegation\n"
            "Geneva, Switzerland\n"
            "April 2, 2021\n\n"
            "AS DELIVERED\n\n"
            "Thank you, Madam President.\n\n"
            f"{paragraph}\n\n"
            "The dam has held for a week.\n\n"
            "Thank you, Madam President.\n")


def test_a_quotation_in_remarks_given_to_a_speaker_named_in_the_sentence_before_is_that_speakers() -> None:
    got = _body_speakers(_remarks('Commissioner Ada Quill told us this morning that the river has risen two metres. '
                                  'She said, and I quote, "The valley has never seen water this high in a century." '
                                  "That is the reality."))
    marken, quill = "new:Ilse Marken", "new:Ada Quill"
    assert got == [("direct", "Commissioner Ada Quill", marken), ("direct", "She said, and", marken),
                   ("direct", "The valley has", quill), ("direct", "That is the", marken), ("direct", "The dam has", marken)]


def test_a_first_name_alone_is_the_known_person_whose_surname_the_text_gave() -> None:
    for surname, actor in (("Lowcock", "mark-lowcock"), ("Cutts", "mark-cutts")):
        text = (f"The council heard a briefing by the relief chief, Mr {surname}, on Monday. "
                "Mark told the council that the camps were full.")
        assert labels(text) == [actor]
    assert labels("The council met on Monday. Mark told the council that the camps were full.") == ["new:Mark"]


def test_a_tag_of_an_initial_and_a_surname_is_the_full_name_the_page_gives() -> None:
    text = ("EVENING TALK\n\n"
            "Guest: Ada Quill, hydrologist\nHost: Omar Kelik\n\n"
            "O.KELIK: Good evening. With me in the studio is the hydrologist Ada Quill.\n\n"
            "A.QUILL: Good evening.\n\n"
            "O.KELIK: Will the dam hold?\n\n"
            "A.QUILL: The dam will hold. The engineers know their work.\n\n"
            "O.KELIK: Thank you, we will be back after the news.")
    answers = {who for _kind, words, who in speakers(text) if words.startswith(("The dam", "The engineers"))}
    assert answers == {"new:Ada Quill"}


def test_a_person_named_with_the_town_they_write_from_is_the_person() -> None:
    assert labels('Omar from Riverton writes: "Why has nobody repaired the dam before the rains came back?"') == ["new:Omar"]
    assert labels("Doctors from Riverton said the clinic was full.") == [""]  # a plural from a town is nobody named


_NOTES = ("Press briefing notes on the valley floods\n\n"
          "Spokesperson for the Commissioner for Water Affairs: Omar Kelik\n"
          "Location: Geneva\n"
          "Date: 3 April 2021\n\n"
          "We remain deeply concerned for the farmers of the lower valley. Our Office has recorded forty breaches.\n\n"
          "The Commissioner, Ada Quill, reminds the board that the fund must open. She urges donors to act now.\n\n"
          "The River Authority has said that the dam will hold. We urge it to publish its inspections.\n\n"
          "ENDS\n\n"
          "For more information, please contact: Omar Kelik (+41 22 000 0000)\n")


def test_briefing_notes_under_a_header_naming_the_spokesperson_are_his_and_his_principals() -> None:
    got = _body_speakers(_NOTES)
    kelik, quill = "new:Omar Kelik", "new:Ada Quill"
    assert [who for _kind, _words, who in got] == [kelik, kelik, quill, quill, kelik, kelik]
    assert _body_speakers(_NOTES.replace("Spokesperson for the Commissioner for Water Affairs: Omar Kelik\n", "")) == [
        ("reported", "The Commissioner, Ada", quill), ("reported", "She urges donors", quill),
        ("reported", "The River Authority", "new:River Authority")]  # no such header: an article's plain prose


_CONFERENCE = ("Remarks by Commissioner van der Molen at the joint press conference with Minister Ada Quill\n\n"
               "Delft, 3 April 2021\n\n"
               "Speaker: Ilse van der Molen, Commissioner for Water Affairs\n\n"
               "Thank you very much, Minister, dear Ada.\n\n"
               "Let me start by saying that the valley is not alone. The fund will open on Monday.\n\n"
               "I have seen the dam from the air with Minister Quill. It has held for a week.\n\n"
               "Question (Radio Delta): Commissioner van der Molen, will the fund be enough?\n\n"
               "Commissioner van der Molen: The fund is a first step. More will follow.\n\n"
               "Question (Delta Post): Minister, will the farmers be paid?\n\n"
               "Minister Quill: Every farmer will be paid before the summer.\n")


def test_a_tag_with_a_surnames_particles_is_a_turn_of_the_full_name_the_page_gives() -> None:
    got = _body_speakers(_CONFERENCE)
    molen, quill = "new:Ilse van der Molen", "new:Ada Quill"
    assert {w: who for _k, w, who in got} == {
        "Let me start": molen, "The fund will": molen, "I have seen": molen, "It has held": molen,
        "The fund is": molen, "More will follow.": molen, "Every farmer will": quill}


def test_a_quotation_under_a_lead_in_naming_a_chief_by_a_title_with_and_is_the_chiefs_and_a_bodys_teams_are_the_body() -> None:
    text = ("The River Board Foundation (RBF) welcomes the repair of the dam. RBF teams in the valley report that the water "
            "is falling.\n\n"
            "Ilse Marken, President and Chief Executive of the RBF, said:\n\n"
            '"The dam has held for a week. But we have seen repairs fail before.\n\n'
            '"The farmers need the fund to open now."')
    got = speakers(text)
    marken = "new:Ilse Marken"
    assert [who for kind, _words, who in got if kind == "direct"] == [marken, marken]
    assert [who for kind, words, who in got if words.startswith("RBF teams")] == ["new:RBF"]  # the body's own teams


def test_a_name_then_a_capitalised_title_with_and_or_at_is_the_name() -> None:
    for title in ("President and Chief Executive of the River Board", "Director of Water Affairs at the River Board"):
        assert labels(f"Ilse Marken, {title}, said the dam would hold.") == ["new:Ilse Marken"]


def test_a_nations_media_and_authorities_are_named_bodies_and_a_source_at_a_ministry_with_and_in_its_name_is_nobody() -> None:
    assert labels("Syrian state media said the army would respond.") == ["new:Syrian state media"]
    assert labels("Turkish media claimed the army had destroyed ten tanks.") == ["new:Turkish media"]
    assert labels("State television said the army would respond.") == [""]  # no nation: no body named
    assert labels("Greek authorities said the border was closed.") == ["new:Greece"]
    assert labels("An official source at the Ministry of Water Affairs and Expatriates said the dam would hold.") == [""]


def test_a_host_whom_the_guests_address_by_given_name_only_narrates_and_an_unnamed_source_in_an_answer_is_nobody() -> None:
    text = ("OMAR KELIK: This is Valley Hour. The River Board says the dam will hold, and Minister Ilse Marken said "
            "on Sunday that the fund would open. Can you tell us what you see?\n\n"
            "ADA QUILL: Thank you, Omar. The water is rising. One farmer from the lower valley told me, \"They took our "
            "cattle and said the water would never come.\"\n\n"
            "LENA BRUN: Ada, is the dam safe?\n\n"
            "ADA QUILL: Nobody knows. The engineers are still inspecting it.\n\n"
            "LENA BRUN: And the farmers?\n\n"
            "ADA QUILL: They are angry.\n\n"
            "OMAR KELIK: Ada Quill in the valley, thank you.\n\n"
            "ADA QUILL: Well, Omar, the water is still rising.")
    got = {words: who for _kind, words, who in speakers(text)}
    assert got["The River Board"] == "new:River Board" and got["and Minister Ilse"] == "new:Ilse Marken"
    assert got["They took our"] == ""  # "One farmer from the lower valley told me": nobody named, not the guest
    assert got["The water is"] == got["Nobody knows."] == "new:Ada Quill"


def test_a_quotation_in_guillemets_then_a_dash_and_the_speech_clause_is_the_speakers() -> None:
    text = "«The dam will hold through the spring», — Marken said at the press conference after the talks."
    assert labels(text) == ["new:Marken"]


def test_the_source_after_a_source_introduced_unnamed_is_nobody_not_the_last_named_speaker() -> None:
    text = ("Kremlin spokesman Dmitry Peskov said the talks went well. A source close to the Defence Ministry told the paper "
            'that the line is fixed. "Everything stays with the valley," the source said.')
    assert labels(text) == ["dmitry-peskov", "", ""]
