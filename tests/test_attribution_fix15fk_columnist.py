"""A column's "I" given to the writer the page names by a line of their own in its header, with no "By" and no date
(issue 15, session fix15fk; LABELS, Op-eds: "I" with a speech verb is the author the page names).  Texts of our own in
several outlets' forms: an opinion page's name under its headline, a retired officer's rank and "(Retd)", a column's
name over the headline, a translated column's "Por Name*"; "guard" in an id: a desk's line, a headline of capitalised
words whose words the story repeats, two name lines, a name in capitals."""

from __future__ import annotations

import pytest

from idlibsite.attribution.columnist import header_writer
from test_attribution import said_opening


_PROSE = ("The handshake in the capital on Thursday was long, the press conference longer, and the truce is already"
          " being tested.\n\n")

@pytest.mark.parametrize(("text", "passage", "writer"), [
    pytest.param("Valley Observer\n\nOpinion\n\nThe border: A Truce Without Trust\n\nFarah Quddus\n\n" + _PROSE
                 + "Last month I wrote in these columns that no deal would hold without the people of the valley.\n",
                 "Last month I", "new:Farah Quddus", id="lead_an_opinion_pages_name_under_the_headline"),
    pytest.param("Northern Daily\n\nOpinion\n\nA ceasefire on borrowed time\n\nBrig Arvind Kumar (Retd)\n\n" + _PROSE
                 + "I wrote in February that the army had overreached.\n",
                 "I wrote in", "new:Arvind Kumar", id="lead_a_retired_officers_rank_and_retd"),
    pytest.param("Daily Hamid\n\nKhayal-e-Nau\n\nSamina Rauf Qureshi\n\nTwo leaders and a long winter\n\n"
                 "Friday 6 March 2020\n\n" + _PROSE
                 + "I told my colleagues on the phone that night that the war looks different from here.\n",
                 "I told my", "new:Samina Rauf Qureshi", id="lead_a_columns_name_over_the_headline"),
    pytest.param("La Voz Sur\n\nColumnas\n\nLetter from Kilis: the cold, the gate and a question for our capital\n\n"
                 "Por Camila Ortiz Vega*\n\n" + _PROSE + "I asked a gendarme whether they would open the gate.\n",
                 "I asked a", "new:Camila Ortiz Vega", id="lead_a_translated_columns_por_and_asterisk"),
])
def test_a_columns_i_is_the_header_name_lines_writer(text: str, passage: str, writer: str) -> None:
    assert said_opening(text, passage) == writer


@pytest.mark.parametrize(("text", "writer"), [
    pytest.param("Gulf Herald\n\nWeb Desk\n\nAid reaches the camps\n\n" + _PROSE + "I asked a driver how long.", "",
                 id="guard_a_desks_line"),
    pytest.param("Harbour News\n\nOpinion\n\nFerry Strike Continues\n\nThe ferry strike continues into its third week, and"
                 " nobody is talking.\n\nI wrote last week that it would.", "", id="guard_a_headline_its_story_repeats"),
    pytest.param("Valley Observer\n\nAna Ruiz\n\nTomas Berg\n\n" + _PROSE + "I wrote that.", "", id="guard_two_name_lines"),
    pytest.param("Valley Observer\n\nCOUNTY NEWS\n\n" + _PROSE + "I wrote that.", "", id="guard_a_line_in_capitals"),
    pytest.param("Valley Observer\n\nFarah Quddus\n\n" + _PROSE + "I wrote that.", "Farah Quddus", id="lead_one_name_line"),
    pytest.param("Farah Quddus\n\n" + _PROSE + "I wrote that.", "", id="guard_the_first_line_is_the_outlets"),
])
def test_the_header_name_line(text: str, writer: str) -> None:
    assert header_writer(text, len(text)) == writer


def test_guard_the_answer_of_one_the_writer_asked_is_not_the_writers() -> None:
    text = ("La Voz Sur\n\nColumnas\n\nLetter from Kilis: the cold, the gate and a question for our capital\n\n"
            "Por Camila Ortiz Vega*\n\nAt the crossing the gate is closed. I asked a gendarme whether they would open it."
            " He shrugged: \u201cAnkara decides, not me.\u201d\n\nThe camps are full.\n")
    assert said_opening(text, "I asked a") == "new:Camila Ortiz Vega"
    assert said_opening(text, "Ankara decides, not") != "new:Camila Ortiz Vega"
