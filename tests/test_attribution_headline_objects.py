"""A headline's second predicate whose words end in a noun of a message ("..., Rejects Erdogan Claim") shares the
first verb's subject: its words are the object, never an inverted speaker ("..., Says Erdogan Aide").  Found by a
new user's `suggest` on the corpus's Moscow Times headline, which printed "runner-up Deals"."""

from __future__ import annotations

import pytest

from idlibsite.attribution.clause import clauses


@pytest.mark.parametrize(("headline", "subjects"), [
    ("Russia Accuses Turkey of Breaking Syria Deals, Rejects Erdogan Claim", ["Russia", "Russia"]),
    ("Kremlin Warns Ankara Over Idlib, Dismisses Turkish Report", ["Kremlin", "Kremlin"]),
    ("Athens Urges Calm at Evros, Denies Ankara's Charges", ["Athens", "Athens"]),
    ("Damascus Condemns Strike, Rejects Turkish Accusations", ["Damascus", "Damascus"]),
])
def test_a_second_predicate_ending_in_a_message_noun_shares_the_subject(headline: str, subjects: list[str]) -> None:
    assert [c.phrase for c in clauses(headline)] == subjects


@pytest.mark.parametrize(("headline", "subject"), [
    ("Turkey Will Not Withdraw, Says Erdogan Aide", "Erdogan Aide"),  # an inverted tag: a person
    ("Truce Holds in Idlib, Says Akar", "Akar"),
    ("Border Stays Shut, Insists Greek Government Spokesman", "Greek Government Spokesman"),
])
def test_guard_an_inverted_tag_after_the_comma_is_still_the_speaker(headline: str, subject: str) -> None:
    assert [c.phrase for c in clauses(headline)] == [subject]
