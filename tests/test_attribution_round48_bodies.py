"""Round 45's bodies (issue 15, session fix15ca): a country's embassy named "the Embassy of the X Republic in Y" or
"the Embassy of the Republic of X in Y" is the embassy, by its whole name, not the host government of its seat
(LABELS: a body is named as the text names it); "the embassy" after it is the same body.  Texts of our own, in several
outlets' forms; "guard" in an id: passes on the old code too."""

from __future__ import annotations

import pytest

from idlibsite.attribution.speakers import attribute_page
from test_attribution import ACTORS, paragraphs


def _speakers(text: str) -> dict[str, str]:
    ranges = paragraphs(text)
    found = attribute_page(text, ranges[1:], ranges[:1], ACTORS)
    return {text[p.start : p.end]: s.actor.id if s.actor else f"new:{s.new.name}" if s.new else "-"  # "-": nobody named
            for p, s in found.items()}


@pytest.mark.parametrize(("sentence", "embassy"), [
    pytest.param("The Embassy of the Slovak Republic in Ankara said that no Slovak citizens were among the injured.",
                 "new:Embassy of the Slovak Republic in Ankara", id="of_the_adjective_republic"),
    pytest.param("The Embassy of the Republic of Estonia in Ankara announced that no Estonians were hurt.",
                 "new:Embassy of the Republic of Estonia in Ankara", id="of_the_republic_of_a_country"),
    pytest.param("The Embassy of the Czech Republic in Beirut reported that its citizens in the north were safe.",
                 "new:Embassy of the Czech Republic in Beirut", id="of_the_adjective_republic_elsewhere"),
    pytest.param("The Embassy of Peru in Ankara said that no Peruvians were hurt.",
                 "new:Embassy of Peru in Ankara", id="guard_of_a_country"),
])
def test_an_embassy_named_of_its_state_at_a_seat_is_the_embassy(sentence: str, embassy: str) -> None:
    text = ("Quake and shelling: citizens safe, envoys say\n\n"
            "Turkish officials said on Friday that the strikes near Idlib killed 33 soldiers.\n\n"
            f"{sentence}\n\n"
            "According to the embassy, about 4,000 citizens live in the country.\n")
    found = _speakers(text)
    assert found[sentence] == embassy
    assert found["According to the embassy, about 4,000 citizens live in the country."] == embassy


@pytest.mark.parametrize(("sentence", "embassy"), [
    pytest.param("The Uzbek embassy in Ankara said that no Uzbek citizens were among the injured.",
                 "new:Uzbek Embassy in Ankara", id="uzbek"),
    pytest.param("The Tajik embassy in Beirut reported that its citizens in the north were safe.",
                 "new:Tajik Embassy in Beirut", id="tajik"),
    pytest.param("The Kyrgyz embassy in Amman announced that no Kyrgyz citizens were hurt.",
                 "new:Kyrgyz Embassy in Amman", id="kyrgyz"),
    pytest.param("The Moroccan embassy in Ankara said that no Moroccans were hurt.",
                 "new:Moroccan Embassy in Ankara", id="guard_a_demonym_the_package_has"),
])
def test_a_central_asian_nations_common_adjective_names_its_bodies(sentence: str, embassy: str) -> None:
    """"Uzbek", "Kyrgyz", "Tajik" are the adjectives news copy writes (the country table's are "Uzbekistani", "Kirghiz",
    "Tadzhik"): a mission named by one, lowercase, is the nation's mission at its seat, as "the Moroccan embassy" is."""
    text = ("Citizens safe after the strikes, envoys say\n\n"
            "Turkish officials said on Friday that the strikes near Idlib killed 33 soldiers.\n\n"
            f"{sentence}\n")
    assert _speakers(text)[sentence] == embassy


@pytest.mark.parametrize(("sentence", "teller"), [
    pytest.param("Bishkek believes the crisis can only be settled by diplomatic means, the ministry added.",
                 "new:Kyrgyz Foreign Ministry", id="a_capitals_view_the_ministry_added"),
    pytest.param("The government believes a ceasefire is within reach, the ministry said.",
                 "new:Kyrgyz Foreign Ministry", id="a_governments_view_the_ministry_said"),
    pytest.param("Bishkek believes the crisis can only be settled by diplomatic means.",
                 "new:Bishkek", id="guard_a_view_with_no_tag"),
])
def test_a_view_with_a_closing_tag_is_the_tellers(sentence: str, teller: str) -> None:
    """"X believes ..., the ministry added": a view held is no earlier act of speech; the closing tag's body tells it
    (the relay test, LABELS Round 45's 569)."""
    text = ("Kyrgyzstan urges calm in Idlib\n\n"
            "The Kyrgyz Foreign Ministry said on Friday it was deeply concerned by the strikes.\n\n"
            f"{sentence}\n")
    assert _speakers(text)[sentence] == teller


@pytest.mark.parametrize("sentence", [
    pytest.param("Asked by Kabar, the MFA press service noted that the embassy in Ankara was in contact with the Turkish"
                 " side.", id="mfa_press_service"),
    pytest.param("The MFA information department said that the embassy in Beirut was checking the lists.",
                 id="mfa_information_department"),
    pytest.param("The MFA consular department said that the embassy in Amman was checking the lists.",
                 id="mfa_consular_department"),
])
def test_a_service_after_its_bodys_acronym_is_the_body(sentence: str) -> None:
    """"the MFA information department noted ...": a body's service speaks for the body (LABELS rule 9), as "the press
    service of the Foreign Ministry" does; the same speaker as "the MFA said"."""
    text = ("Foreign ministry: no citizens among the victims\n\n"
            "There are no citizens of the country among the victims, the MFA said on Friday.\n\n"
            f"{sentence}\n")
    found = _speakers(text)
    assert found[sentence] == found["There are no citizens of the country among the victims, the MFA said on Friday."]
    assert found[sentence] != "-"
