"""Round 25's classes of error in transcripts whose turns were not read (see bench/README.md, "Round 25's classes:
transcripts' turns"): each pinned by a text of our own in a form the set does not have."""

from __future__ import annotations

from test_attribution import described, speakers
from idlibsite.sources.statements import find_passages


def test_lower_case_role_tags_stand_for_whom_the_host_introduces() -> None:
    text = ("radio   Morning Line  KVRN  April 9, 2021 6:00am-8:00am PST\n\n"
            "6:12 am\n"
            "host: with us this morning is Tobias Renner, a hydrologist at the Delta Institute. welcome.\n"
            "guest: thank you. the levees held this time, but the pumps are twenty years old.\n"
            "host: let's take a call. Edith is in Marlow, Kansas. good morning, Edith.\n"
            "caller: morning. my cellar flooded twice this spring and nobody came out.\n\n"
            "6:14 am\n"
            "host: here is what Governor Alma Cruz said on Monday.\n"
            ">> we will rebuild every pump station before the autumn rains.\n"
            "host: Tobias Renner, can she do that?\n"
            "guest: not with the money in this budget.\n")
    got = speakers(text)
    assert ("direct", "thank you. the", "new:Tobias Renner") in got
    assert ("direct", "morning. my cellar", "new:Edith") in got
    assert ("direct", "not with the", "new:Tobias Renner") in got  # the host addresses the guest again
    assert ("direct", "we will rebuild", "new:Alma Cruz") in got  # the clip the host announced
    assert not any(words.startswith("6:1") for _kind, words, _who in got)  # a timestamp is no turn's words


def test_a_record_s_tags_of_office_or_form_of_address_and_surname_are_each_member_s_turns() -> None:
    text = ("Handelingen | nr. 12, item 4\n\n"
            "De voorzitter:\n"
            "The question from Mr Aalders to the State Secretary about the dykes in Zeeland.\n\n"
            "De heer Aalders (CDA):\n"
            "Chair. The dykes at Vlissingen were last raised in 1987. The water board says they will not hold another "
            "storm. Will the State Secretary fund them this year?\n\n"
            "De voorzitter:\n"
            "The State Secretary.\n\n"
            "State Secretary Ruiter:\n"
            "Chair. The funds are reserved. Work starts in May.\n\n"
            "Mevrouw Jansen (D66):\n"
            "My party welcomes that. The coast cannot wait.\n\n"
            "State Secretary Ruiter:\n"
            "We agree.\n")
    got = speakers(text)
    assert ("direct", "The dykes at", "new:Aalders") in got  # a member's plain sentences, under a form of address
    assert ("direct", "The water board", "new:Aalders") in got  # relayed in the member's own turn: the member's
    assert ("direct", "The funds are", "new:Ruiter") in got  # an office and a surname: the holder's turn
    assert ("direct", "My party welcomes", "new:Jansen") in got
    assert not any(who == "new:De Voorzitter" or words.startswith("Chair.") and who for _kind, words, who in got)


def test_an_interviewee_s_tag_whose_surname_opens_with_a_lower_case_particle_is_read() -> None:
    text = ("The Harbour Weekly\n\n"
            "Grain prices: a trader speaks\n\n"
            "HW: Omar el-Masri, will the port reopen?\n"
            "Omar el-Masri: Not this month. The cranes are broken and the insurers have left.\n\n"
            "HW: And the farmers?\n"
            "Omar el-Masri: They sell to the smugglers. Nobody else buys.\n")
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    got = described(text, find_passages(text, [r for r in lines if r[1] > r[0]]))
    assert ("direct", "Not this month.", "new:Omar el-Masri") in got
    assert ("direct", "They sell to", "new:Omar el-Masri") in got
    assert ("direct", "Nobody else buys.", "new:Omar el-Masri") in got


def test_the_name_under_a_written_answers_heading_answers_in_the_plain_paragraphs_below() -> None:
    text = ("Flood Defences\n\n"
            "Questions (41, 44)\n\n"
            "Question:\n\n"
            "41. Deputy Nora Byrne asked the Minister for Housing the state of the river walls in Athlone.\n\n"
            "Question:\n\n"
            "44. Deputy Liam Foley asked the Minister for Housing the funding for the Shannon defences.\n\n"
            "Written answers\n\n"
            "Aoife Brennan\n\n"
            "I propose to take Questions Nos. 41 and 44 together.\n\n"
            "The river walls in Athlone were inspected in January. The engineers have told us that two sections must "
            "be rebuilt.\n\n"
            "I have asked the Office of Public Works to begin in April.")
    got = speakers(text)
    assert ("direct", "The river walls", "new:Aoife Brennan") in got
    assert ("direct", "The engineers have", "new:Aoife Brennan") in got  # relayed in the minister's answer: hers
    assert ("direct", "I have asked", "new:Aoife Brennan") in got
