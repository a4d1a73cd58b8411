"""A speaker tag that names a body and its spokesperson ("MFA Spokesperson:", "Foreign Ministry Spokesman:"): the
body's words (issue 15, session fix15fs; LABELS, Round 96: a role tag that names its body is the body).  Texts of our
own in the forms of a ministry's transcript of its spokesperson's comments; "guard" in an id: a role before the
spokesperson that names no body, a bare "Spokesperson:" on a page that names nobody."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodyvoice import body_voice
from test_attribution import said_opening

_MFA = ("Ministry of Foreign Affairs, Republic of Ruritania\n\nTranscript of MFA Spokesperson's Comments on Idlib\n\n"
        "4 March 2020\n\nQuestion: What is Ruritania's view of the fighting in Idlib?\n\nMFA Spokesperson: Ruritania is"
        " deeply concerned by the escalation. We call on all parties to exercise restraint.\n\nQuestion: Are any"
        " Ruritanians affected?\n\nMFA Spokesperson: There are no reports of Ruritanians affected.\n")
_MALTA = (_MFA.replace("MFA Spokesperson:", "Foreign Ministry Spokesman:").replace("Ruritanians", "Maltese citizens")
          .replace("Ministry of Foreign Affairs, Republic of ", "").replace("Ruritania", "Malta"))
_BARE = _MFA.replace("MFA Spokesperson:", "Spokesperson:").replace("Ministry of Foreign Affairs, ", "")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(_MFA, "Ruritania is deeply", "new:Ministry of Foreign Affairs", id="lead_an_acronym_the_page_spells_out"),
    pytest.param(_MALTA, "There are no", "new:Maltese Foreign Ministry", id="lead_a_bodys_name_in_the_tag_the_pages_country"),
    pytest.param(_BARE, "There are no", "", id="guard_a_bare_spokesperson_on_a_page_naming_nobody"),
])
def test_a_bodys_spokesperson_tag_is_the_body(text: str, opening: str, speaker: str) -> None:
    assert said_opening(text, opening) == speaker


@pytest.mark.parametrize(("label", "body"), [
    pytest.param("MOFA SPOKESPERSON", "MOFA", id="lead_capitals"),
    pytest.param("State Department Deputy Spokesperson", "State Department", id="lead_a_deputy"),
    pytest.param("Presidential Spokesperson", "", id="guard_an_office_s_adjective"),
    pytest.param("Deputy Spokesperson", "", id="guard_a_role_alone"),
    pytest.param("Spokesperson Zhao", "", id="guard_a_spokesperson_s_name"),
])
def test_a_body_voice_tag(label: str, body: str) -> None:
    assert body_voice("A page that spells out no body.", label) == body
