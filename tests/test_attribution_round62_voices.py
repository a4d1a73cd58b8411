"""Round 59's daily-use classes (issue 15, session fix15dx): an unnamed spokesperson of a body by its kind is the body
named before, a body's kind before its name ("the credit insurer X"), a role and a name with where the person stands,
a titled holder's government, a body's lowercase "team", a described "X-based monitor".  Texts of our own, in other
outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.phrase import read_phrase
from test_attribution import said_opening


_UNION = ("Union condemns raid\n\nThe African Union condemned the raid on Tuesday. Its commission chairman Amadou Sy called it "
          "\"a grave breach\" of the truce.\n\nHeads of state would meet in Addis Ababa on Sunday at Niger's request, a union "
          "spokeswoman said.\n\n")
_NO_UNION = ("Strike ends in port\n\nDock workers went back to work on Tuesday. Pay talks would resume on Sunday, a union "
             "spokeswoman said.\n\n")
_INSURER = ("Lira worries exporters\n\n- Finnvera says it is watching Poland closely.\n\nSome firms have stopped shipping.\n\n"
            "The export credit insurer Finnvera said on Monday that it was following Poland \u201cvery closely\u201d, but kept "
            "the country in its risk class. \u201cA change is not planned this month,\u201d a spokeswoman said.\n\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_UNION, "Heads of state", "new:African Union", id="a_union_spokeswoman_is_the_union_named_before"),
    pytest.param(_NO_UNION, "Pay talks would", "a union spokeswoman", id="guard_no_union_named_stays_unnamed"),
    pytest.param(_INSURER, "A change is", "new:Finnvera", id="a_spokeswoman_after_an_insurer_named_by_its_kind"),
])
def test_fix15dx_an_unnamed_spokesperson_is_the_body(text: str, opening: str, who: str) -> None:
    # LABELS Rounds 58 and 59: an unnamed spokesperson is the body ("an alliance spokeswoman", "a spokeswoman" after the
    # body spoke); "the export credit insurer X" names a body, whatever the bare "X says" before it was read as
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("phrase", "name", "person"), [
    pytest.param("The credit insurer Finnvera", "Finnvera", False, id="insurer"),
    pytest.param("the state lender Nordbank", "Nordbank", False, id="lender"),
    pytest.param("Our correspondent Jan Novak at the Medyka border crossing", "Jan Novak", True, id="reporter_at_a_crossing"),
    pytest.param("UN envoy Lise Berg in Geneva", "Lise Berg", True, id="envoy_in_a_city"),
    pytest.param("the Relief Coordinators team", "Relief Coordinators", False, id="a_bodys_lowercase_team"),
    pytest.param("the Moroccan embassy in Ankara", "Moroccan Embassy in Ankara", False, id="guard_a_mission_in_its_seat"),
    pytest.param("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", False, id="guard_a_body_of_its_field"),
])
def test_fix15dx_a_phrases_name(phrase: str, name: str, person: bool) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person) == (name, person)


_GOVERNMENTS = ("Border crisis\n\nGreek Prime Minister Nikos Dalaras's government said on Friday that it would close the "
                "border.\n\nThe Greek government said on Saturday that it would send more police.\n\n")


def test_fix15dx_a_titled_holders_government_is_the_countrys() -> None:
    # LABELS Round 60: "X's government said" is the government, which for a country is as "the Greek government"
    assert said_opening(_GOVERNMENTS, "Greek Prime Minister") == said_opening(_GOVERNMENTS, "The Greek government")
    assert said_opening(_GOVERNMENTS, "Greek Prime Minister") not in ("", "new:Nikos Dalaras")


_TEAM = ("Camps fill up\n\nThe Relief Coordinators team said in a statement on Monday that only 900 families had gone home. "
         "The team blamed the cold.\n\nIt called on donors to send stoves.\n\n")
_MONITOR = ("Truce holds\n\nA truce largely held in the north on Friday, a war monitor said.\n\nThe Iraqi defence ministry "
            "said its troops had pulled back.\n\nJets stayed out of the skies, "
            "the Kurdish Human Rights Observatory said.\n\nThe Paris-based monitor said clashes near the river had killed ten "
            "fighters.\n\n")
_MONITOR_PERSON = ("Truce holds\n\nA truce largely held in the north on Friday, a war monitor said.\n\nJets stayed out of the "
                   "skies, police chief Omar Daud said.\n\nThe Paris-based monitor said clashes near the river had killed ten "
                   "fighters.\n\n")
_REPORTER = ("Live: border crossing\n\nMigrants wait at the border.\n\nOur reporter Jan Novak at the Medyka crossing says "
             "several hundred people spent the night in the open.\n\n")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_REPORTER, "Our reporter Jan", "new:Jan Novak", id="a_reporter_where_he_stands"),
    pytest.param(_TEAM, "The Relief Coordinators", "new:Relief Coordinators", id="a_bodys_team"),
    pytest.param(_TEAM, "The team blamed", "new:Relief Coordinators", id="the_team_after_it"),
    pytest.param(_MONITOR, "The Paris-based monitor", "new:Kurdish Human Rights Observatory", id="described_monitor_after_its_body"),
    pytest.param(_MONITOR_PERSON, "The Paris-based monitor", "", id="guard_described_monitor_after_a_person"),
])
def test_fix15dx_a_body_named_and_described(text: str, opening: str, who: str) -> None:
    # LABELS rule 8: "the team", "the Britain-based monitor" is the body the page named before it
    assert said_opening(text, opening) == who


_SEATED = ("Summit in Sochi\n\nMr. Zhao, seated across a long table from his Kazakh counterpart, said the deal would form \"a "
           "solid basis\" for peace.\n\nMs. Berg, standing beside the mayor, said the bridge would reopen.\n\n")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("Mr. Zhao, seated", "new:Zhao", id="seated_across"),
    pytest.param("a solid basis", "new:Zhao", id="seated_across_quotation"),
    pytest.param("Ms. Berg, standing", "new:Berg", id="guard_a_present_participle_as_before"),
])
def test_fix15dx_a_participle_aside_between_subject_and_verb(opening: str, who: str) -> None:
    # LABELS rule 1: "X, seated across a table from Y, said" is X's; the aside is no clause of its own
    assert said_opening(_SEATED, opening) == who


_KINGDOM = ("Gulf states react\n\nQatar also welcomed the agreement. The emirate's foreign ministry said it hoped the truce "
            "would hold.\n\nThe Qatari foreign ministry said on Saturday that aid would follow.\n\n"
            "The Norwegian Refugee Council said camps were full. The council's field office said tents had run out.\n\n")


def test_fix15dx_a_countrys_ministry_by_a_common_noun() -> None:
    # LABELS rule 9: "The kingdom's foreign ministry" after the country is that country's ministry, not the country
    assert said_opening(_KINGDOM, "The emirate's foreign") == said_opening(_KINGDOM, "The Qatari foreign") != "new:Qatar"
    assert said_opening(_KINGDOM, "The council's field") == "new:Norwegian Refugee Council"  # guard: a body's part, no country
