"""Round 55's bodies, seats and statements (issue 15, session fix15dq).  A seat is the office it houses when the page,
anywhere, names that office by a name of its own ("the ministry") or its head by title ("Foreign Minister X"), never
when the only ministry or minister it names is another country's (LABELS "Seats, one reading").  Texts of our own, in
several outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.seathome import seat_office
from test_attribution import cut_page, said_opening


_JAKARTA = ("Rupiah weakens as Gulf tensions rise; Pejambon calls for calm\n\n"
            "JAKARTA: The rupiah fell on Tuesday as traders sought safety after the strikes.\n\n"
            "Pejambon said in a statement that Indonesia was following the events closely.\n\n"
            "Foreign Minister Retno Marsudi had called her Omani counterpart, the ministry said.\n\n"
            "— Antara")
_PARIS = ("Le point du jour\n\nThe Quai d'Orsay, for its part, said that Jean Moreau will travel to Geneva on Monday.\n\n"
          "From Moscow, the spokeswoman of the Russian foreign ministry wrote that the talks were premature.\n\n"
          "Foreign Minister of Russia Pavel Orlov is expected in Geneva too.")


@pytest.mark.parametrize(("text", "opening", "who"), [
    pytest.param(_JAKARTA, "Pejambon said in", "new:Indonesian Foreign Ministry", id="minister_in_another_paragraph"),
    pytest.param(_JAKARTA, "Pejambon calls for", "new:Indonesian Foreign Ministry", id="headline_seat"),
    pytest.param(_PARIS, "The Quai d'Orsay,", "new:Quai d'Orsay", id="guard_only_another_countrys_ministry"),
])
def test_fix15dq_a_seat_reads_the_whole_page_for_its_office(text: str, opening: str, who: str) -> None:
    # the ministry by its kind alone ("the ministry said") and its minister by title in another paragraph name the
    # seat's office; a ministry or minister of another country ("the Russian foreign ministry", "Foreign Minister of
    # Russia") does not, and a head named without title ("Jean Moreau will travel") neither
    assert said_opening(text, opening) == who


@pytest.mark.parametrize(("page", "office"), [
    ("Iveagh House said so. The Department of Foreign Affairs added more.", "Irish Department of Foreign Affairs"),
    ("Iveagh House said so. Ireland's Foreign Minister agreed.", "Irish Department of Foreign Affairs"),
    ("Iveagh House said so. The ministry added more.", "Irish Department of Foreign Affairs"),
    ("Iveagh House said so. Turkey's Foreign Minister disagreed.", ""),
    ("Iveagh House said so. The Ministry of Health added more.", ""),
    ("Iveagh House said so. Ministers of foreign affairs meet on Friday.", ""),
    ("Number 10 said so.", "Downing Street"),
])
def test_fix15dq_seat_office(page: str, office: str) -> None:
    assert seat_office("Iveagh House" if "Iveagh" in page else "Number 10", page) == office


_FLASH = ("Kenya News Agency\n\nFlash: Kenyan embassy in Cairo says no Kenyans hurt in Sinai blast\n\n"
          "Updated: 14/03/2020 (09:20)\n\n"
          "NAIROBI (KNA) -- The Kenyan embassy in Cairo said on Sunday that it had received no reports of Kenyans among the "
          "injured, and that it was in touch with the community in Ismailia.\n\n"
          "---\n\nHealth ministry: two doctors sent to Cairo\n\n"
          "Updated: 14/03/2020 (10:05)\n\n"
          "NAIROBI (KNA) -- The Ministry of Health said it had sent two doctors to Cairo.\n\n"
          "Signed: The Ministry of Health, Nairobi.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The Kenyan embassy", "new:Kenyan Embassy in Cairo", id="updated_line_before_the_body"),
    pytest.param("The Ministry of", "new:Ministry of Health", id="updated_line_before_the_second_flash"),
])
def test_fix15dq_an_updated_line_is_chrome_never_a_name(opening: str, who: str) -> None:
    # "Updated: date (time)" stamps a flash; read as a speaker's tag it gave "Updated" the words below
    assert "new:Updated" not in [w for _kind, _first, w in cut_page(_FLASH)]
    assert [w for _kind, first, w in cut_page(_FLASH) if first == opening][0] == who


def test_fix15dq_the_scorer_compares_a_nations_body_without_case() -> None:
    from bench.names import same_name

    assert same_name("Kenyan embassy in Cairo", "Kenyan Embassy in Cairo")  # the page's case, a proposal's
    assert not same_name("Kenyan embassy in Cairo", "Ugandan Embassy in Cairo")


@pytest.mark.parametrize(("text", "who"), [
    pytest.param("Flood relief\n\nThe Ministry of Foreign Affairs and Trade said in a separate statement that Minister Anna "
                 "Kovacs had instructed the embassies in Rome and Vienna to form an emergency cell.", "new:Anna Kovacs",
                 id="in_a_separate_statement_that"),
    pytest.param("Flood relief\n\nThe Interior Ministry said in a brief written note that Ivo Marek had asked the police to "
                 "stand by.", "new:Ivo Marek", id="in_a_brief_written_note_that"),
    pytest.param("Flood relief\n\nThe Interior Ministry said in a separate statement that the police were standing by.",
                 "new:Interior Ministry", id="guard_no_principal_after_it"),
])
def test_fix15dq_a_relay_read_past_how_it_was_said(text: str, who: str) -> None:
    # "X said in a separate statement that Minister Y had instructed ...": Y's act (LABELS Round 55's questions, Round
    # 40's "Suga said Abe had instructed"); the relay's "in a ..." runs to its last word before "that"
    assert said_opening(text, "The Ministry of" if "Trade" in text else "The Interior Ministry") == who


_CHECK = ("VERIFICA\n\nNo, the photo does not show Chilean soldiers in Cyprus\n\n"
          "Chile does send troops, but elsewhere. According to the Southern Command of the Armed Forces, Chilean personnel "
          "serve in Haiti and in Bosnia.\n\n"
          "Why does the rumour spread? For the political scientist Ángela Ibáñez Rojas, of a Santiago university, distance "
          "helps it. \"People know little about Cyprus,\" she explained.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("According to the", "new:Southern Command of the Armed Forces", id="a_command_of_the_armed_forces"),
    pytest.param("For the political", "new:Ángela Ibáñez Rojas", id="for_the_view_of_a_name_with_an_accented_capital"),
    pytest.param("People know little", "new:Ángela Ibáñez Rojas", id="she_after_that_view"),
])
def test_fix15dq_a_command_is_a_body_and_a_view_of_an_accented_name(opening: str, who: str) -> None:
    # "Command" is a body's word, so "the Southern Command of the Armed Forces" is one name, not a person "Southern
    # Command" of the armed forces; "For the political scientist Ángela ..." opens a view as "For ... Angela" does
    assert said_opening(_CHECK, opening) == who


def test_fix15dq_guard_a_general_of_a_command_is_the_person() -> None:
    assert said_opening("Troops abroad\n\nGeneral Pedro Soto of the Joint Command said Chilean personnel serve in Cyprus.",
                 "General Pedro Soto") == "new:Pedro Soto"


_BERN = ("Bern wants aid on the spot\n\nBy Lena Graf\n\n"
         "Bern. The pictures reached the Federal Palace on Monday morning, and by noon the Swiss foreign ministry had a "
         "statement out.\n\nSwissaid welcomed the money but called it too little. \"Five million is a start, not an "
         "answer,\" said its programme director, Jonas Imhof.")


@pytest.mark.parametrize(("opening", "who"), [
    pytest.param("The pictures reached", "new:Swiss foreign ministry", id="by_noon_a_statement_out"),
    pytest.param("Five million is", "new:Jonas Imhof", id="said_its_director_name"),
])
def test_fix15dq_a_statement_out_by_noon_and_a_bodys_director_named(opening: str, who: str) -> None:
    # "by noon the ministry had a statement out": a time before the subject, and putting out a statement is speech;
    # '"...," said its programme director, Jonas Imhof.': the name in apposition, not the body "its" stands for
    assert said_opening(_BERN, opening) == who


_RELEASE = ("Agency wire\n\nRABAT (Wire) -- The Office for Migrant Affairs of the Arab Maghreb Union (AMU) issued a statement "
            "on Monday on the migrants stranded at the border. The wire publishes it as received:\n\n"
            "\"The Office for Migrant Affairs follows with great concern the suffering of the families stranded in the "
            "cold. The Office calls on all parties to open the crossing.\"")


@pytest.mark.parametrize(("text", "kind", "opening", "who"), [
    pytest.param(_RELEASE, "reported", "The Office for", "new:AMU Office for Migrant Affairs", id="a_unit_of_its_parent_by_acronym"),
    pytest.param(_RELEASE, "direct", "The Office for", "new:AMU Office for Migrant Affairs", id="its_release_quoted_below"),
    pytest.param("Relief\n\nThe Council of Dental Care and Relief Organizations (CDCRO) said three clinics had closed.", "reported",
                 "The Council of", "new:Council of Dental Care and Relief Organizations", id="guard_a_body_of_its_own"),
    pytest.param("Relief\n\nThe Department of Health of the Region of Murcia (SMS) said three clinics had closed.", "reported",
                 "The Department of", "new:Department of Health of the Region of Murcia", id="guard_acronym_not_the_parents"),
])
def test_fix15dq_a_unit_named_of_its_parent_takes_the_parents_acronym(text: str, kind: str, opening: str, who: str) -> None:
    # "The Office for X of the Y Union (AMU)": the unit's name with its parent's acronym, as copy writes it (LABELS rule 9),
    # and its release quoted below is the unit's
    assert [w for k, first, w in cut_page(text) if (k, first) == (kind, opening)] == [who]


@pytest.mark.parametrize("how", ["", " in a written comment"])
def test_fix15dq_had_nothing_to_add_is_no_act_of_the_minister(how: str) -> None:
    # "X said (in a written comment) that the minister had nothing to add": X's words, no act of the minister's
    text = ("Question time\n\nInterior Minister Ana Lind answered the first question.\n\nThe Interior Ministry's press office "
            f"said{how} that the minister had nothing to add to her answer.")
    assert said_opening(text, "The Interior Ministry's") == "new:Interior Ministry"
