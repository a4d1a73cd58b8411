"""A body no state owns called by its kind alone (session fix15es, :mod:`idlibsite.attribution.kindbody`): "the
association said", "the group said", "the monitor said" is the last body of that kind the page named, in any role of its
sentence (LABELS rule 8).  Texts of our own in the forms of a US local paper, a Canadian city daily, a wire story, a UK
regional site and a charity's release; names made up."""

from __future__ import annotations

import pytest

from idlibsite.attribution.bodytable import page_bodies
from idlibsite.attribution.kindbody import body_of_kind, fitting_kinds
from test_attribution import headlined


def spoken(text: str, first: str) -> str:
    """The speaker ``headlined`` gives the passage that opens with the first three words of ``first``."""
    return next(got for _, start, got in headlined(text) if start == " ".join(first.split()[:3]))


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Doctors raise money for Idlib\n\nAbout 200 people came on Saturday to a dinner organized by the Ohio "
                 "chapter of the Levant Medical Relief Society at a hall in Toledo. The group said it raised $90,000 for "
                 "field hospitals.", "The group said", "new:Levant Medical Relief Society",
                 id="us_local_paper_group_after_a_society_in_a_by_phrase"),
    pytest.param("Winter kits for Idlib\n\n\"They are freezing,\" said Hana Reyes, who runs the drive with the Prairie "
                 "Syrian Families Association.\n\nDonations came from churches and mosques across the city.\n\nVolunteers "
                 "packed boxes on Sunday.\n\nThe association says it has collected $40,000 in three weeks.",
                 "The association says", "new:Prairie Syrian Families Association",
                 id="regional_tv_site_association_named_in_a_with_phrase_paragraphs_before"),
    pytest.param("Families wait for news from Idlib\n\nLayla Haddad, who leads family programs at the Harbourside "
                 "Newcomer Centre, said her staff had seen more anxiety since January.\n\nShe said many families had lost "
                 "touch with relatives.\n\nThe centre said it would hire an Arabic-speaking counsellor in March.",
                 "The centre said", "new:Harbourside Newcomer Centre",
                 id="canadian_daily_centre_not_the_known_reconciliation_centre"),
    pytest.param("Strikes go on despite talks\n\nRami Saleh, who heads the Levant Observatory for Civilian Protection, said "
                 "fighting had not stopped. At least 12 civilians died in a village near the front, the monitor said.",
                 "At least 12", "new:Levant Observatory for Civilian Protection",
                 id="wire_monitor_after_its_head_spoke_a_kin_kind"),
    pytest.param("Aid convoy leaves Bolton\n\nThe lorries were loaded by volunteers of the North West Syrian Relief "
                 "Foundation, based in Bolton.\n\nThe group said a second convoy would follow in April.",
                 "The group said", "new:North West Syrian Relief Foundation",
                 id="uk_regional_group_after_a_foundation_in_the_paragraph_before"),
])
def test_a_kind_alone_is_the_last_body_of_that_kind_the_page_named(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Winter kits for Idlib\n\nVolunteers packed boxes in a church hall on Sunday.\n\nThe association says "
                 "it has collected $40,000.", "The association says", "", id="no_body_of_that_kind_named_is_nobody"),
    pytest.param("Aid convoy leaves Bolton\n\nThe lorries were loaded by volunteers of the North West Syrian Relief "
                 "Foundation.\n\nThe drivers left at dawn.\n\nThey will cross three borders.\n\nThe group said a second "
                 "convoy would follow.", "The group said", "",
                 id="the_group_reaches_no_further_than_the_paragraph_before"),
    pytest.param("Aid convoy leaves Bolton\n\nThe lorries were loaded by volunteers of the North West Syrian Relief "
                 "Foundation. The Turkish group said the border was open.", "The Turkish group", "new:Turkish group",
                 id="an_anaphor_of_another_nation_is_not_that_body"),
])
def test_guards(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


@pytest.mark.parametrize(("text", "first", "expected"), [
    pytest.param("Council backs Syrians\n\nThe UN Security Council met on Friday.\n\nLeeds City Council met on Monday. The council said it would house ten more "
                 "families.", "The council said", "new:Leeds City Council", id="a_city_council"),
    pytest.param("UN meets on Idlib\n\nThe UN Security Council met in New York on Friday. The council said in a statement "
                 "that it was alarmed by the fighting.", "The council said", "new:UN Security Council",
                 id="the_security_council"),
])
def test_the_council_is_the_last_council_the_page_named(text: str, first: str, expected: str) -> None:
    assert spoken(text, first) == expected


def test_a_national_body_stays_with_the_rules_of_a_countrys_own_bodies() -> None:
    text = "Minister visits camps\n\nThe Ruritanian Ministry of Health sent doctors.\n\nThe ministry said nothing."
    assert body_of_kind("ministry", page_bodies(text), None, text) == ""


def test_the_group_fits_any_kind_no_state_owns_and_the_monitor_its_kin() -> None:
    assert {"society", "committee", "foundation"} <= fitting_kinds("group")
    assert "observatory" in fitting_kinds("monitor")
    assert "ministry" not in fitting_kinds("group")
