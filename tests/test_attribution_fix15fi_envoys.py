"""An envoy billed with their post between the title and the name (issue 15, session fix15fi): "Ruritanian Ambassador to
the DPRK Name held ...", "The Ambassador of the Republic of X to Myanmar, Dr Name, said ...", "received the Turkish Consul
General in Erbil, Name." make "the ambassador", "the consul general" later that person (LABELS rule 8), in an agency's,
a state daily's and a regional site's forms.  Texts of our own; "guard" in an id: a post with no name, or two envoys
alike, gives nobody."""

from __future__ import annotations

import pytest

from idlibsite.attribution.envoybilled import envoys
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


AGENCY = ("Ruritanian Envoy Holds Press Conference\n\n"
          "Pyongyang, March 5 (KCNA) -- Ruritanian Ambassador to the DPRK Omar Haddad held a press conference at his embassy"
          " on Thursday on the situation in the region.\n\n"
          "The ambassador said that the army had retaken dozens of villages since December.\n\n"
          "He expressed thanks to the government for its support.\n")
STATE_DAILY = ("Syrian Ambassador Meets Press in Yangon\n\n"
               "YANGON — The Ambassador of the Syrian Arab Republic to Myanmar, Dr Leila Mansour, said at a press meeting"
               " yesterday that her country was fighting terrorism.\n\n"
               "The ambassador thanked the Government of Myanmar for its steady position on the sovereignty of states.\n")
REGIONAL = ("Region's president receives Turkish diplomat\n\n"
            "ERBIL — Region President Karim Aziz on Tuesday received the Turkish Consul General in Erbil, Mehmet Yilmaz."
            " According to a statement from the presidency, the two discussed the situation at the border.\n\n"
            "The consul general briefed the President on the talks in Moscow, the statement said.\n")


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    pytest.param(AGENCY, "The ambassador said", "new:Omar Haddad", id="lead_agency_ambassador_to_a_state_then_the_name"),
    pytest.param(AGENCY, "He expressed thanks", "new:Omar Haddad", id="lead_agency_he_after_the_ambassador"),
    pytest.param(STATE_DAILY, "The ambassador thanked", "new:Leila Mansour", id="lead_state_daily_of_a_state_to_a_state_comma_name"),
    pytest.param(REGIONAL, "The consul general", "new:Mehmet Yilmaz", id="lead_regional_consul_general_in_a_city_comma_name"),
])
def test_the_title_alone_is_the_envoy_billed_with_a_post(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker


@pytest.mark.parametrize(("text", "billed"), [
    pytest.param("Russian Ambassador in Ankara Alexei Petrov told reporters", (("Alexei Petrov", "Russian Ambassador"),),
                 id="lead_a_capital_then_the_name"),
    pytest.param("the Ambassador to the United States, Mr. John Smith, said", (("John Smith", "Ambassador"),),
                 id="lead_a_title_cut_short_inside_the_run"),
    pytest.param("the Ambassador to Turkey, who spoke to reporters, said", (), id="guard_a_post_with_no_name"),
    pytest.param("The Ambassador to the United Nations said the council would meet", (), id="guard_a_body_after_the_post"),
])
def test_envoys_read_the_name_after_the_post(text: str, billed: tuple[tuple[str, str], ...]) -> None:
    assert envoys(text) == billed


def test_guard_two_envoys_billed_alike_the_ambassador_names_neither() -> None:
    text = ("Two envoys visit the border\n\n"
            "GAZIANTEP — Ruritanian Ambassador to Turkey Omar Haddad and Freedonian Ambassador to Turkey Karl Meyer visited"
            " the camps on Monday.\n\n"
            "The ambassador said the camps needed more tents.\n")
    assert _speakers(text)["The ambassador said"] == ""
