"""A quotation tagged "he/she said" right after a person is introduced in a sentence of no speech is that person's (issue
15, session fix15fm; LABELS rules 8 and 10): "That drew an angry response from Labour councillor Name. "...," she said."
is the councillor's, not the last speaker's.  Texts of our own in a local paper's council report, a feature's and an
agency's forms; "guard" in an id: the last speaker named again, two people introduced, a passage in between."""

from __future__ import annotations

from idlibsite.attribution.introduced import introduced
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


COUNCIL = ("Council backs refugee motion\n\n"
           "By Tom Price\n\n"
           "Conservative group leader Mark Dyson said the motion was \"gesture politics\" and would change nothing.\n\n"
           "That drew an angry response from Labour councillor Aisha Rahman. \"My cousins are in those camps,\" she said."
           " \"This is not a gesture to me.\"\n")
FEATURE = ("Leeds families wait for news\n\n"
           "By Ann Lee\n\n"
           "MP Hilary Benn said he would raise the matter in the Commons this week.\n\n"
           "Among the volunteers at the hall was Omar Haddad, who came to Leeds from Aleppo in 2015 and now runs a bakery.\n\n"
           "\"When I came here, this city opened its arms,\" he said.\n")
AGENCY = ("Syrians in Almaty pray for Idlib\n\n"
          "ALMATY, March 3. Deputy Foreign Minister Roman Vassilenko said no citizens of Kazakhstan were in the area.\n\n"
          "Also at the mosque was imam Yusuf Demir, who arrived from Turkey last year. \"We pray for the children of Idlib"
          " every night,\" he said.\n")


def test_lead_council_report_the_councillor_who_answered() -> None:
    said = _speakers(COUNCIL)
    assert (said["My cousins are"], said["This is not"]) == ("new:Aisha Rahman", "new:Aisha Rahman")


def test_lead_feature_a_volunteer_introduced_in_the_paragraph_before() -> None:
    assert _speakers(FEATURE)["When I came"] == "new:Omar Haddad"


def test_lead_agency_an_imam_introduced_with_an_aside() -> None:
    assert _speakers(AGENCY)["We pray for"] == "new:Yusuf Demir"


def test_guard_the_last_speaker_named_again_stays() -> None:
    text = ("Council backs motion\n\n"
            "By Tom Price\n\n"
            "Councillor Mark Dyson said the motion would change nothing.\n\n"
            "Dyson later spoke to Labour councillor Aisha Rahman in the lobby. \"We will see,\" he said.\n")
    assert _speakers(text)["We will see,"] == "new:Mark Dyson"


def test_guard_two_people_introduced_give_no_new_answer() -> None:
    text = ("Council backs motion\n\n"
            "By Tom Price\n\n"
            "Councillor Mark Dyson said the motion would change nothing.\n\n"
            "That drew responses from Labour councillor Aisha Rahman and Green councillor Jo Hart. \"We will see,\" she said.\n")
    assert _speakers(text)["We will see,"] not in ("new:Aisha Rahman", "new:Jo Hart")


def test_introduced_keeps_an_empty_page() -> None:
    assert introduced({}, "", lambda name, at: None) == {}
