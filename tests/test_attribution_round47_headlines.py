"""Round 44's headlines and decks (issue 15, session fix15bu): an op-ed's deck closed by "argues Name", a headline closed
by a body's role ("..., says UNHCR spokesperson") whose holder the story names, a country's present act closed by a body
that is no country ("..., FO says"), and a country the ISO data leaves out (Kosovo).  Texts of our own."""

from __future__ import annotations

import pytest

from test_attribution import ACTORS, cut_page, headlined, paragraphs
from idlibsite.attribution.clause import clauses
from idlibsite.attribution.governments import country_of
from idlibsite.attribution.speakers import attribute_page
from idlibsite.sources.speech import speech_verbs


@pytest.mark.parametrize(("sentence", "who"), [
    pytest.param("Shippers should fear the canal's queues more than fuel prices, argues Tomas Lindqvist", "Tomas Lindqvist",
                 id="fix15bu_a_deck_argues_name"),
    pytest.param("Lenders are wrong to ignore the peso, not just the oil price, argues Dr Amaka Eze", "Dr Amaka Eze",
                 id="fix15bu_a_deck_with_a_comma_inside_argues_name"),
    pytest.param("The tariffs will hurt farmers first, argued Helena Sousa, a trade economist.", "Helena Sousa",
                 id="fix15bu_a_sentence_argued_name_and_role"),
])
def test_fix15bu_argues_after_reported_words_inverts_its_subject(sentence: str, who: str) -> None:
    assert [c.phrase for c in clauses(sentence)] == [who]


@pytest.mark.parametrize("text", [
    pytest.param("Comment: The strait is a risk markets cannot price\n\nShippers should fear the canal's queues, not just "
                 "fuel prices, argues Tomas Lindqvist\n\nBy Tomas Lindqvist, senior analyst at Nordhavn Research\n\n"
                 "When the convoy was hit, freight rates rose 4% in a day.", id="fix15bu_an_op_eds_deck"),
])
def test_fix15bu_an_op_eds_deck_that_argues_is_its_authors(text: str) -> None:
    assert cut_page(text)[1][2] == "new:Tomas Lindqvist"


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Refugee Agency watching border clashes 'with great alarm,' says UNHCR spokesperson\n\nGENEVA — The UN "
                 "Refugee Agency (UNHCR) on Tuesday said it was following the clashes \"with great alarm,\" as shelling went "
                 "on.\n\nUNHCR spokesperson Mira Castell told reporters the camps were full.",
                 "new:Mira Castell", id="fix15bu_an_acronyms_spokesperson_over_the_bodys_words"),
    pytest.param("Disaster Authority watching the floods 'with deep worry,' says NDMA chairman\n\nISLAMABAD — The National "
                 "Disaster Management Authority (NDMA) on Monday said it was watching the floods \"with deep worry,\" as "
                 "rivers rose.\n\nNDMA chairman Rashid Qureshi told a briefing that 40,000 people had been moved.",
                 "new:Rashid Qureshi", id="fix15bu_an_acronyms_chairman_over_the_bodys_words"),
])
def test_fix15bu_a_headline_tagged_by_a_bodys_role_is_its_named_holders(text: str, who: str) -> None:
    """The headline condenses the body's statement in the story (its subject words of the body's name, its quotation the
    body's), but its tag is the role, whose holder the story names (LABELS Round 43: a headline tagged by a role is that
    person's)."""
    assert [w for _, _, w in headlined(text)[:2]] == [who, who]  # the headline and its quotation


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Nepal urges calm in Tripoli, MOFA says\n\nKATHMANDU — The Ministry of Foreign Affairs (MOFA) on "
                 "Sunday called for calm in Libya.", "new:MOFA", id="fix15bu_a_headline_mofa_says"),  # the body by its acronym
    pytest.param("Ghana condemns the attack on peacekeepers, the Foreign Office said.", "new:Foreign Office",
                 id="fix15bu_a_sentence_the_foreign_office_said"),
    pytest.param("Chile calls for restraint in Arica, the Carabineros said.", "new:Carabineros",
                 id="fix15bu_a_sentence_a_national_body_said"),
])
def test_fix15bu_a_body_closing_a_countrys_present_act_is_the_speaker(text: str, who: str) -> None:
    """A country's act in the present, closed by a body that is no country: the body's own words (LABELS Round 38: a
    headline tagged by a body is the body's), as a minister's or a ministry's are (Round 43)."""
    assert headlined(text)[0][2] == who if "\n" in text else cut_page(f"Headline\n\n{text}")[0][2] == who


def test_fix15bu_guard_a_country_closing_a_countrys_act_keeps_the_first() -> None:
    """Another country closing the first's present act is no body of its own: the rule leaves it as it was."""
    assert cut_page("Headline\n\nPeru urges calm in Arica, Bolivia said.")[0][2] == "new:Peru"


@pytest.mark.parametrize(("phrase", "country"), [
    pytest.param("Kosovo", "Kosovo", id="fix15bu_kosovo"),
    pytest.param("the Kosovar government", "", id="fix15bu_guard_a_government_is_a_body"),
])
def test_fix15bu_a_country_the_iso_data_leaves_out_is_a_country(phrase: str, country: str) -> None:
    assert country_of(phrase) == country


@pytest.mark.parametrize("text", [
    pytest.param("Kosovo offers condolences to Chile after the mine collapse\n\nPRISHTINA — The President of Kosovo, "
                 "Vjosa Rama, has sent a letter to her Chilean counterpart.", id="fix15bu_kosovo_over_its_president"),
    pytest.param("Kosovo calls for calm in Mitrovica and urges talks\n\nThe Prime Minister of Kosovo, Arben Doli, said "
                 "on Friday that police would stay in the north.", id="fix15bu_kosovo_over_its_prime_minister"),
])
def test_fix15bu_a_headlines_subject_kosovo_is_the_country_not_its_office_holder(text: str) -> None:
    """A headline whose subject is a country is the country's (LABELS "A headline's subject is its speaker"), never the
    person the story names with the country's title ("The President of Kosovo, Name")."""
    assert headlined(text)[0][2] == "new:Kosovo"


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("LIVE: Leaders meet in Geneva\n\n09:10 – The UN says the talks will begin at noon.\n\n10:30 – The "
                 "ministry said the agenda was agreed.\n\n12:05 – Lavrov: We expect a lasting truce in Donbas\n\nThe Russian "
                 "minister told reporters that Moscow wanted the truce to hold.", "new:Lavrov",
                 id="fix15bu_an_en_dash_stamp_then_name_colon"),
    pytest.param("Live updates: Summit in Addis Ababa\n\n14:05 - The African Union said the summit had opened.\n\n14:40 - "
                 "Delegates said the agenda was long.\n\n15:20 - Kagame: Our region needs peace, not more guns\n\nThe "
                 "president said the region had waited long enough.", "new:Kagame", id="fix15bu_a_hyphen_stamp_then_name_colon"),
])
def test_fix15bu_a_timelines_entry_heading_name_colon_words_is_the_names(text: str, who: str) -> None:
    """A timeline's entry heading "12:05 – Name: words", set as a heading of its own between the entries: after its time
    stamp, the name's words, as the entries are read after theirs (LABELS Round 38: live-blog entries)."""
    heading = next(line for line in text.split("\n\n") if ": " in line and line[:2].isdigit() and "said" not in line)
    got = [w for _, first, w in cut_page(text) if first.split()[0] == heading.split(" ", 2)[2].split()[0]]
    assert got == [who]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Libya crisis: Malta and Italy brace for arrivals as Gulf capitals urge calm\n\nROME — Italy's coast guard "
                 "said on Monday it had rescued 300 people.", "Gulf capitals", id="fix15bu_capitals_urge_calm"),
    pytest.param("Aid groups urge restraint as shelling spreads\n\nGENEVA — Shelling went on overnight, residents said.",
                 "Aid groups", id="fix15bu_aid_groups_urge_restraint"),
])
def test_fix15bu_a_plurals_present_urge_calm_is_a_passage_of_nobody_named(text: str, expected: str) -> None:
    """A plural of bodies urging calm or restraint with no infinitive after it is a statement as "calls for calm" is,
    of nobody named (LABELS rule 6: a plural of bodies)."""
    assert headlined(text)[0] == ("reported", " ".join(text.split()[:3]), expected)


@pytest.mark.parametrize("text", [
    pytest.param("Gov't Issues Advisory to Ghanaians in Lebanon as Clashes Spread\n\nBy Kofi Mensah\n\nThe Ministry of "
                 "Foreign Affairs has asked Ghanaians in southern Lebanon to register with the embassy.\n\nThe government "
                 "was following the situation closely, the ministry said.", id="fix15bu_title_case_advisory_over_the_government"),
    pytest.param("Govt Issues Travel Advisory for Citizens in Iraq\n\nThe Ministry of External Affairs said on Monday "
                 "that citizens should avoid Erbil.\n\nAn official said the government would arrange flights if needed.",
                 id="fix15bu_govt_over_the_government_in_prose"),
])
def test_fix15bu_a_headlines_govt_issues_advisory_is_the_pages_government(text: str) -> None:
    """A headline's "Issues Advisory" in title case puts out a warning as "issues advisory" does; its "Gov't" is the
    government the story writes in lowercase prose (LABELS "A headline's subject is its speaker": the page's
    government)."""
    assert headlined(text)[0] == ("reported", " ".join(text.split()[:3]), "new:Government")


@pytest.mark.parametrize(("sentence", "verbs"), [
    pytest.param("Gulf capitals urge calm after the strike", ["urge"], id="fix15bu_capitals_urge_calm_verb"),
    pytest.param("Donors urge restraint in Tigray", ["urge"], id="fix15bu_donors_urge_restraint_verb"),
    pytest.param("Ministers met to urge calm in the capital", [], id="fix15bu_guard_an_infinitive"),
    pytest.param("They will urge calm on Monday", [], id="fix15bu_guard_a_future"),
    pytest.param("Embassy Issues Advisory to Citizens", ["Issues"], id="fix15bu_title_case_issues_advisory"),
    pytest.param("Ministry Issues Visas to Students", [], id="fix15bu_guard_issues_visas"),
])
def test_fix15bu_urge_calm_and_a_title_case_advisory_report_speech(sentence: str, verbs: list[str]) -> None:
    assert [m.group() for m in speech_verbs(sentence)] == verbs


_INTERVIEW = ("{head}: The Port Must Reopen Before the Harvest\n\nLAGOS — The ministry said on Monday that talks on the port "
              "would resume.\n\nThe agency interviewed Dr. Ngozi Balogun, a lecturer in maritime law in Lagos. The full text "
              "of the interview follows:\n\nAgency: Why is the port still closed?\n\n{first}: The customs dispute has not "
              "been settled. Nobody wants to pay the fees.\n\nAgency: Will it reopen soon?\n\n{second}: I think it will "
              "reopen within a month.")


@pytest.mark.parametrize("head", [
    pytest.param("Economist", id="fix15bu_economist_over_a_lecturers_answers"),
    pytest.param("Expert", id="fix15bu_expert_over_a_lecturers_answers"),
])
def test_fix15bu_an_interviews_headline_role_colon_words_is_the_guests(head: str) -> None:
    """A headline "Role: words" over a page of one guest's answers: the guest's, whatever title the page gives them (a
    lecturer for the headline's "Economist"), not a new speaker called by the role."""
    text = _INTERVIEW.format(head=head, first="Balogun", second="Balogun")
    assert headlined(text)[0][2] == "new:Ngozi Balogun"


def test_fix15bu_guard_two_answerers_leave_the_headlines_role() -> None:
    text = _INTERVIEW.format(head="Economist", first="Balogun", second="Okafor")
    assert headlined(text)[0][2] != "new:Ngozi Balogun"


def test_fix15bu_a_crosshead_role_colon_words_on_a_page_with_no_headline_is_read() -> None:
    """A page whose headings all come after the body's start (no headline, a crosshead "Analyst: words"): no guest is
    looked for, and the crosshead is read as before."""
    text = "The council said on Monday the port would stay shut.\n\nAnalyst: The port must reopen before the harvest\n\n" \
           "Traders said prices had doubled."
    first, crosshead, last = paragraphs(text)
    found = attribute_page(text, [first, last], [crosshead], ACTORS)
    assert [text[p.start : p.end].split()[0] for p in found] == ["The", "Analyst:", "Traders"]
