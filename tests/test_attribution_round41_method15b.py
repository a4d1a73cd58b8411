"""A title standing for a person the page names (issue 15, class B; session method15b): the page's own cast of
titles.  The words a page puts before a name, or in apposition to it, are that person's titles on this page; a
later "the Title", an honorific, or "the head of state" is the one holder.  Texts of our own, in no outlet's words."""

from __future__ import annotations

import pytest

from test_attribution import headlined, labels

_NAME_READER = pytest.mark.xfail(strict=True, reason="the cast finds the holder, but the name reader keeps a title no word "
                                 "list has as a part of the name it reads elsewhere on the page ('Queen Ingrid', 'Sultan Qasim bin Tarik', 'Taoiseach "
                                 "Brian Mulcahy'): class C, left")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Grand Mufti of Velmaria Sheikh Yusuf Demir received a delegation of bishops on Tuesday.\n\n"
        "The Grand Mufti said the two communities would pray together for the victims.",
        ["new:Yusuf Demir"], id="method15b_a_title_no_list_has"),
    pytest.param(
        "The Voivode of Lower Marrow, Anton Zelek, visited the flooded villages.\n\n"
        "The voivode said emergency funds would be released on Friday.",
        ["new:Anton Zelek"], id="method15b_a_title_in_apposition_before_the_name"),
    pytest.param(
        "Estarian Prime Minister Ilse Kann met the delegation in the capital.\n\n"
        "The premier told lawmakers that the border would stay open.",
        ["new:Ilse Kann"], id="method15b_guard_the_premier_for_a_prime_minister"),
    pytest.param(
        "Dravonian President Milo Sarko received the credentials of four ambassadors on Monday.\n\n"
        "In his address, the head of state stressed that the ceasefire must hold.",
        ["new:Milo Sarko"], id="method15b_guard_the_head_of_state_for_a_president"),
    pytest.param(
        "Queen Ingrid II received the foreign minister at the palace on Wednesday.\n\n"
        "Her Majesty expressed her sympathy with the families of the victims, the Royal Court said.",
        ["new:Ingrid II"], id="method15b_her_majesty_relayed_by_a_court", marks=_NAME_READER),
    pytest.param(
        "The Hetman of the Northern Host, Taras Bilyk, inspected the new barracks.\n\n"
        "The Hetman also warned that the winter would be hard, the Host's press office said.",
        ["new:Taras Bilyk"], id="method15b_a_title_relayed_by_an_office"),
    pytest.param(
        "Varnese Foreign Minister Kira Holt met her Ostrian counterpart, Foreign Minister Pavel Dusek, in Geneva.\n\n"
        "The Ostrian minister said his country would not send troops.",
        ["new:Pavel Dusek"], id="method15b_two_holders_the_one_sharing_most_words"),
    pytest.param(
        "Dravonian President Milo Sarko spoke by phone with Ostrian President Eda Kral on Friday.\n\n"
        "The Ostrian president said aid convoys would be allowed through.",
        ["new:Eda Kral"], id="method15b_guard_two_presidents_told_apart_by_their_nation"),
    pytest.param(
        "The Chief Rabbi of Esteria, Rabbi David Aron, attended the interfaith service.\n\n"
        "The Chief Rabbi called on the government to admit more refugees.",
        ["new:David Aron"], id="method15b_guard_a_religious_title_before_a_titled_name"),
    pytest.param(
        "Lena Orsic, the Ombudsman, visited the camp at Tarsk on Monday.\n\n"
        "The Ombudsman said families had been held for weeks without access to lawyers.",
        ["new:Lena Orsic"], id="method15b_a_title_after_the_name_with_its_article"),
    pytest.param(
        "Taoiseach Brian Mulcahy arrived in Brussels for the summit.\n\n"
        "The Taoiseach warned that Europe could not look away, a government spokesman said.",
        ["new:Brian Mulcahy"], id="method15b_a_national_title_relayed_by_a_spokesman", marks=_NAME_READER),
    pytest.param(
        "Sultan Qasim bin Tarik hosted the Emir of Korvat at the palace.\n\n"
        "His Majesty affirmed the sultanate's support for all efforts toward peace, the news agency reported.",
        ["new:Qasim bin Tarik"], id="method15b_his_majesty_for_a_sultan_not_an_emir", marks=_NAME_READER),
    pytest.param(
        "Moravian Prime Minister Karel Novy and Ostrian Prime Minister Eda Kral met on Sunday.\n\n"
        "The prime minister said the talks had been useful.",
        [""], id="method15b_guard_two_holders_alike_is_nobody"),
    pytest.param(
        "Defence Minister Jonas Ek visited the base at Nordvik.\n\n"
        "The Defence Minister said the garrison would be doubled.",
        ["new:Jonas Ek"], id="method15b_guard_a_title_of_two_words_before_the_name"),
    pytest.param(
        "Mayor Ana Ribeiro opened the shelter on Friday.\n\n"
        "The mayor said 300 beds were ready, and the Red Cross said more would follow.",
        ["new:Ana Ribeiro", "new:Red Cross"], id="method15b_guard_a_title_then_a_body_speaks"),
])
def test_method15b_a_later_title_is_its_one_holder_on_the_page(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_method15b_a_headlines_bare_title_is_its_holder() -> None:
    text = ("Hetman vows to rebuild barracks\n\n"
            "The Hetman of the Northern Host, Taras Bilyk, vowed on Monday to rebuild the barracks burned in the raid.")
    assert [who for _kind, _words, who in headlined(text)] == ["new:Taras Bilyk", "new:Taras Bilyk"]


def test_method15b_guard_the_holder_is_never_the_office_that_relays() -> None:
    text = ("Chancellor Eva Roth met the Ostrian delegation, government spokesman Felix Brandt said.\n\n"
            "The Chancellor made clear that the border would stay open, Brandt told reporters.")
    assert labels(text) == ["new:Felix Brandt", "new:Eva Roth"]
