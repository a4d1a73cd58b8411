"""Rounds 38-39's headlines (issue 15, session fix15az): a headline's tag of a lowercase title is the one the page's cast
gives it, a title naming no nation being the page's home country's; a country's demonym or people is no body whose
initials a headline may use; a form's label ("Interview:") is no speaker's tag; a headline condenses a speaker's whole
statement in its paragraph, an interview's answer however many sentences it has.  Texts of our own."""

from __future__ import annotations

from test_attribution import headlined, speakers


def test_fix15az_a_tags_lowercase_title_is_the_pages_holder_of_it() -> None:
    text = ("We will keep every crossing shut, says Norwegian justice minister\n\n"
            "Norway has closed its northern crossings and will keep them shut, Justice Minister Eira Solberg said on "
            "Monday after a call with her Swedish colleague.\n\n"
            "Solberg said the police would patrol the border for another month.")
    assert headlined(text)[0] == ("reported", "We will keep", "new:Eira Solberg")


def test_fix15az_a_title_of_another_nation_is_not_the_home_holders() -> None:
    """Guard: the page's Norwegian minister holds no Danish title the headline names."""
    text = ("We will keep every crossing shut, says Danish justice minister\n\n"
            "Norway has closed its northern crossings and will keep them shut, Justice Minister Eira Solberg said on "
            "Monday after a call with her Swedish colleague.")
    assert headlined(text)[0][2] != "new:Eira Solberg"


def test_fix15az_a_countrys_initials_are_the_country_not_its_people() -> None:
    text = ("NZ calls for calm at the border\n\n"
            "New Zealand has called for calm at the border, where thousands of New Zealanders live.\n\n"
            "Several New Zealanders told the radio that the town was quiet.")
    assert headlined(text)[0] == ("reported", "NZ calls for", "new:New Zealand")


def test_fix15az_an_interviews_headline_condenses_the_answer() -> None:
    text = ("Interview: 'The Truce Pauses The War, It Does Not End It'\n\n"
            "We spoke to Marta Lindqvist, a former envoy to the region, about the truce.\n\n"
            "The Ledger: Ambassador Lindqvist, will the truce hold?\n\n"
            "Lindqvist: For a few weeks. The truce pauses the fighting where the lines stand. It does not end the war. "
            "Both capitals have got a breathing space.\n\n"
            "The Ledger: And the refugees?\n\n"
            "Lindqvist: They will stay in the camps for the winter, I am afraid.")
    first = headlined(text)[0]
    assert first[0] == "direct" and first[2] == "new:Marta Lindqvist"



def test_fix15az_reads_out_a_text_is_a_speech_verb_in_the_present_too() -> None:
    assert speakers("Ranta reads out the joint statement on the buffer zone.") == [("reported", "Ranta reads out", "new:Ranta")]


def test_fix15az_an_acronym_after_a_kind_of_its_own_is_another_body() -> None:
    text = ("Chilean navy says it has cleared the harbour\n\n"
            "Chilean navy said its divers had cleared the harbour of mines, state news agency CNA reported.")
    assert headlined(text)[0] == ("reported", "Chilean navy says", "new:Chilean navy")


def test_fix15az_a_headline_condensing_a_statement_of_nobody_named_is_a_passage_of_nobody() -> None:
    text = ("Chilean leaders express sympathy to Peru over flood victims\n\n"
            "Chile's top officials have expressed their sympathy to Peru after floods killed 40 people overnight.\n\n"
            "Rescue teams worked through the night in the river valley.")
    assert headlined(text)[0] == ("reported", "Chilean leaders express", "")


def test_fix15az_a_headline_of_what_befell_a_nations_plural_stays_an_event() -> None:
    """Guard: a nation's plural that something befalls ("... troops killed") is no speaker of the statement it condenses."""
    text = ("Chilean troops killed in flood as officials express sympathy to Peru\n\n"
            "Chile's top officials have expressed their sympathy to Peru after floods killed 40 people overnight.")
    assert not [p for p in headlined(text) if p[1] == "Chilean troops killed"]
