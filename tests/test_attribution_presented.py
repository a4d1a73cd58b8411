"""An interview's guest presented as the subject of the standfirst's verb of telling (issue 15, session fix15fe): "Former
ambassador X tells Y why ...", "Aid worker X talks to The Paper about ...", "X, a former envoy, speaks to us on ...": the
"A:" turns are X's (LABELS, Interviews and transcripts), in any outlet's form.  Texts of our own; "guard" in an id: a
standfirst whose subject names nobody, or two people, gives the answers nobody."""

from __future__ import annotations

import pytest

from idlibsite.attribution.presented import presented_guest
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    """The speaker of each passage by its first three words, "" for nobody named (:func:`test_attribution.cut_page`)."""
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


def _interview(standfirst: str) -> str:
    return ("INTERVIEW\n\n"
            "'The border will stay shut'\n\n"
            f"{standfirst}\n\n"
            "Q: Will the truce hold?\n\n"
            "A: For a month, perhaps. Both armies needed a pause after the fighting of last week.\n\n"
            "Q: And the refugees?\n\n"
            "A: They will stay where they are. Nobody has a plan for them.\n")


@pytest.mark.parametrize(("standfirst", "guest"), [
    pytest.param("Former Indian ambassador to Jordan Meera Dasgupta tells Arun Mehta why the truce agreed on Thursday"
                 " may not hold, and what it means for New Delhi", "new:Meera Dasgupta", id="lead_titled_subject_tells_interviewer"),
    pytest.param("Veteran aid worker Tomas Lindqvist talks to The Courier about ten winters on the border",
                 "new:Tomas Lindqvist", id="lead_described_subject_talks_to_the_paper"),
    pytest.param("Hana Ueda, a former UN envoy to Damascus, speaks to us about the ceasefire and the camps.",
                 "new:Hana Ueda", id="guard_name_in_apposition_speaks_to_us_read_before"),
    pytest.param("As the guns fall silent, retired general Kemal Aksoy explains to our correspondent how the deal was"
                 " made", "new:Kemal Aksoy", id="lead_subject_after_a_clause_explains_to"),
])
def test_the_subject_of_a_standfirsts_telling_is_the_guest_who_answers(standfirst: str, guest: str) -> None:
    got = _speakers(_interview(standfirst))
    assert got["Both armies needed"] == guest
    assert got["Nobody has a"] == guest


@pytest.mark.parametrize("standfirst", [
    pytest.param("Our correspondent tells of a week on the border, where the truce has changed little",
                 id="guard_the_newsroom_tells_of"),
    pytest.param("A nurse in the camps tells us what the winter has been like", id="guard_a_description_names_nobody"),
    pytest.param("Amira Saleh tells Omar Haddad and Lena Vogt tells Peter Brandt what comes next",
                 id="guard_two_subjects_two_guests"),
    pytest.param("Our Ottawa bureau chief Tom Reed sat down with Dr. Amal Haddad, who has worked in the camps since 2016",
                 id="guard_sat_down_with_a_titled_person"),
    pytest.param("Kim Lee talked to economist Ravi Patel on the cost of the border closure", id="guard_talked_to_a_described_person"),
])
def test_a_standfirst_whose_telling_names_no_one_guest_gives_nobody(standfirst: str) -> None:
    assert presented_guest(f"INTERVIEW\n\n{standfirst}\n\n") == ""


@pytest.mark.parametrize(("header", "guest"), [
    pytest.param("Dr. Leila Nasser tells Sam Ortiz what the clinics need", "Leila Nasser", id="lead_a_title_cut_short"),
    pytest.param("The talks failed. Ambassador Jonas Berg told this newspaper that they would resume", "Jonas Berg",
                 id="lead_the_sentence_of_the_verb_only"),
    pytest.param("'We were not consulted,' says Ana Ruiz, who tells Tom Reed why", "Ana Ruiz", id="lead_a_relative_clause_after_the_name"),
    pytest.param("Herald reporter Jane Moss speaks with Professor Omar Khalid about what the truce leaves undone", "Omar Khalid",
                 id="lead_talking_to_a_person_the_reporter_is_the_interviewer_not_the_guest"),
    pytest.param("The Norwegian Refugee Council tells Sam Ortiz what the camps need", "", id="guard_a_body_tells"),
    pytest.param("The minister tells Parliament the camps are full", "", id="guard_a_title_alone_tells"),
])
def test_the_subject_is_read_from_its_own_sentence(header: str, guest: str) -> None:
    assert presented_guest(header) == guest


# Session fix15fi: a verb of talking between two people presents the one who is not the interviewer, the one the byline
# names or whose words give a calling of the press or a host's; neither or both, nobody.

def _qa(top: str, standfirst: str) -> str:
    return (f"{top}\n\n"
            f"{standfirst}\n\n"
            "This interview has been edited for length.\n\n"
            "Q: Will the truce hold?\n\n"
            "A: For a month, perhaps. Both armies needed a pause after the fighting of last week.\n\n"
            "Q: And the refugees?\n\n"
            "A: They will stay where they are. Nobody has a plan for them.\n")


@pytest.mark.parametrize(("top", "standfirst", "guest"), [
    pytest.param("Q&A: A Regina historian on the ceasefire\n\nAuthor of the article: Lise Gagnon\nPublishing date: Mar 06, 2020",
                 "Fighting stopped on Friday. Lise Gagnon spoke with Omar Khalil, a lecturer in Middle East history at the"
                 " University of Regina.", "new:Omar Khalil", id="lead_a_labelled_byline_spoke_with_the_guest"),
    pytest.param("Why the ceasefire may not last\n\nBy Ana Ruiz\nMarch 6, 2020",
                 "Tomas Berg spoke with Ana Ruiz about the camps he ran near Atmeh for six winters.", "new:Tomas Berg",
                 id="lead_the_guest_spoke_with_the_bylined_writer"),
    pytest.param("Weekend Edition\n\nThe truce, explained",
                 "Host Sam Lee talks with Dr. Amal Haddad about what the truce leaves undone.", "new:Amal Haddad",
                 id="lead_a_host_talks_with_a_titled_guest"),
    pytest.param("'The border will stay shut'\n\nPeter Brandt | Reporter",
                 "Peter Brandt sat down with Nadia Karim, who advised two envoys, on what comes next.", "new:Nadia Karim",
                 id="lead_a_byline_over_its_desk_sat_down_with"),
])
def test_a_talk_between_two_people_presents_the_one_who_is_not_the_interviewer(top: str, standfirst: str, guest: str) -> None:
    got = _speakers(_qa(top, standfirst))
    assert got["Both armies needed"] == guest
    assert got["Nobody has a"] == guest


@pytest.mark.parametrize(("top", "standfirst"), [
    pytest.param("Omar Khalil: the truce will not hold", "Lise Gagnon spoke with Omar Khalil, a lecturer in history.",
                 id="guard_a_headline_naming_the_guest_is_no_byline"),
    pytest.param("INTERVIEW: Omar Khalil", "Lise Gagnon spoke with Omar Khalil about the camps.",
                 id="guard_a_kicker_naming_the_guest_is_no_byline"),
    pytest.param("Omar Khalil, a lecturer in history at the University of Regina",
                 "Lise Gagnon spoke with Omar Khalil about the camps.", id="guard_a_caption_naming_the_guest_is_no_byline"),
    pytest.param("By Ana Ruiz", "Reporter Jane Moss talks with fellow reporter Tom Reed about the border.",
                 id="guard_two_reporters_talk"),
    pytest.param("By Ana Ruiz", "Ana Ruiz spoke with Tomas Berg and Nadia Karim about the camps.",
                 id="guard_the_writer_spoke_with_two_people"),
])
def test_a_talk_between_two_people_neither_or_both_the_interviewer_gives_nobody(top: str, standfirst: str) -> None:
    assert presented_guest(f"{top}\n\n{standfirst}\n\n") == ""
    if top != "By Ana Ruiz":  # the headline's guest is not read as the interviewer, so the writer never takes the answers
        assert _speakers(_qa(top, standfirst))["Both armies needed"] == ""
