"""One model of a turn-taking document (issue 15, session fix15ep): a label's shape repeated through the page, its roles
read in the languages records are printed in, a turn running until the next label, a short label resolved to the name the
header gives.  Texts of our own, in the forms of a government briefing (Japan), a parliament's stenogram (Lithuania), a
radio interview in markdown (Canada), a court's and an inquiry's transcripts, a reader Q&A, press conferences run by a
moderator (Senegal, Argentina) and a radio debate's clip (Spain); with guards: one "Name:" heading, a headline "Name:
words" and a fact box of "Key: value" lines are no transcript."""

from __future__ import annotations

from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.turns import turns
from test_attribution import cut_page


def _said(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text)}


def _turns(text: str) -> dict[str, tuple[str, bool]]:
    """Each turn by its paragraph's first 20 characters: the label as written and whether it answers."""
    blocks = cut_blocks(text, title_hint=text.splitlines()[0])
    return {text[s : s + 20]: (t.name, t.answer) for s, t in turns(text, [(b.start, b.end) for b in blocks if b.kind == "body"]).items()}


_BRIEFING = """Press Conference by the Chief Cabinet Secretary

Press Conference by Chief Cabinet Secretary Yoshihide Suga (Excerpt)

Tuesday, March 3, 2020 (AM)

REPORTER: What is the government doing about Japanese nationals near the Turkish border?

SUGA: The Embassy of Japan in Turkey has confirmed that no Japanese nationals have been harmed. We are collecting information.

REPORTER: Will Japan send aid to Idlib?

SUGA: Japan intends to provide humanitarian assistance through international organisations.

We will decide the amount after consulting our partners.

REPORTER: Thank you."""


def test_fix15ep_a_short_label_is_the_name_the_briefings_title_gives() -> None:
    said = _said(_BRIEFING)
    assert said["The Embassy of"] == said["Japan intends to"] == "new:Yoshihide Suga"
    assert said["We will decide"] == "new:Yoshihide Suga"  # an untagged paragraph carries the last answer


def test_fix15ep_a_time_line_is_no_turn() -> None:
    assert "Tuesday, March 3," not in _said(_BRIEFING)
    assert not any(first.startswith("Tuesday") for first in _turns(_BRIEFING))


_STENOGRAM = """Seimo posėdžio stenograma

Seimas, plenary sitting of 5 March 2020. The Minister of Foreign Affairs Linas Linkevičius answers questions.

PIRMININKAS (V. Pranckietis). Dear colleagues, the Minister of Foreign Affairs will inform us about Idlib. Please.

L. LINKEVIČIUS. Thank you. Lithuania condemns the attacks on civilians in Idlib. We support Turkey as a NATO ally.

The situation on the Greek border is a test for the whole Union.

PIRMININKAS. Thank you. A question from A. Anušauskas.

A. ANUŠAUSKAS (TS-LKDF). Minister, will Lithuania take in refugees?

L. LINKEVIČIUS. Lithuania will meet its commitments, no more than that."""


def test_fix15ep_a_stenograms_initialled_label_in_capitals_is_the_minister() -> None:
    said = _said(_STENOGRAM)
    assert said["Lithuania condemns the"] == said["The situation on"] == said["Lithuania will meet"] == "new:Linas Linkevičius"
    labels = _turns(_STENOGRAM)
    assert labels["PIRMININKAS (V. Pran"] == ("PIRMININKAS", False)  # the chair, in its own language: no statement


_RADIO = """The Current

Foreign minister says Canada will send $10M to help civilians in Idlib

Matt Galloway spoke with Foreign Affairs Minister François-Philippe Champagne. Here is part of their conversation.

**Matt Galloway:** Minister, what is Canada doing about Idlib?

**François-Philippe Champagne:** We are sending ten million dollars in humanitarian aid. The civilians there have been bombed out of their homes.

**Matt Galloway:** Is that enough?

**François-Philippe Champagne:** It is a start. Canada will work with Turkey and the UN to make sure the aid gets through.

This interview has been edited for length and clarity."""


def test_fix15ep_a_label_in_bold_marks_is_a_turn() -> None:
    said = _said(_RADIO)
    assert said["We are sending"] == said["Canada will work"] == "new:François-Philippe Champagne"
    assert "Is that enough?" not in said


_COURT = """Court of Appeal, transcript, 3 March 2020

Ahmad Khalil, a farmer from Saraqib, gave evidence through an interpreter.

Q. Where were you on the night of 27 February?

A. I was in Saraqib with my family. The shelling started at midnight.

Q. What happened then?

A. We left for the border in the morning."""


def test_fix15ep_a_courts_answer_marked_a_stop_is_the_witness_the_header_introduces() -> None:
    said = _said(_COURT)
    assert said["I was in"] == said["The shelling started"] == said["We left for"] == "new:Ahmad Khalil"


_READERS = """Ask the expert: what next for Idlib?

Dr. Omar Farouk, a Syria analyst at Gulf Research Center, answered readers' questions.

Q: Will the ceasefire hold?

A: Probably not for long. Both sides are using the pause to regroup.

Q: What does Turkey want?

A: A buffer zone along its border. Ankara cannot take another million refugees."""


def test_fix15ep_a_q_and_as_answers_are_the_titled_expert_the_standfirst_introduces() -> None:
    said = _said(_READERS)
    assert said["Probably not for"] == said["Ankara cannot take"] == "new:Omar Farouk"


_PRESS = """Dakar News

Ismaïla Diallo : « Our students in Turkey are safe »

The Minister of Higher Education, Ismaïla Diallo, met the press on Wednesday in Dakar about the Senegalese students in Turkey.

Le modérateur : Good morning. Minister, you have the floor.

The embassy calls each of our students every week.

Journaliste (Sud Quotidien) : Minister, how many students are in Gaziantep?

Ismaïla Diallo : About forty. None of them lives near the border.

Journaliste (Le Soleil) : Will they come home?

Ismaïla Diallo : Those who want to come home will be helped.

Le modérateur : Thank you, Minister."""

_RUEDA = """Conferencia de prensa

Conferencia de prensa del canciller Felipe Solá sobre los argentinos en Turquía

Moderador: Buenas tardes. Canciller, tiene la palabra.

Argentina is following the situation in Idlib with concern. Our embassy in Ankara is in contact with every Argentine in Turkey.

Periodista: ¿Hay argentinos en la frontera con Grecia?

Felipe Solá: No, that we know of. We asked the consulate to check every case.

Periodista: ¿Enviará ayuda el gobierno?

Felipe Solá: We will contribute through the United Nations."""


def test_fix15ep_a_moderator_handing_the_floor_over_gives_the_untagged_statement_to_the_answerer() -> None:
    said = _said(_PRESS)
    assert said["The embassy calls"] == said["About forty."] == "new:Ismaïla Diallo"
    labels = _turns(_PRESS)
    assert labels["Le modérateur : Good"] == ("Le modérateur", False)
    assert labels["Journaliste (Sud Quo"] == ("Journaliste", False)
    assert "The Minister of Hig" not in labels  # the headline "Name : « ... »" opens no turn that narration goes on with
    said = _said(_RUEDA)
    assert said["Argentina is following"] == said["Our embassy in"] == "new:Felipe Solá"
    assert _turns(_RUEDA)["Moderador: Buenas ta"] == ("Moderador", False)


def test_fix15ep_guard_a_moderator_who_hands_over_to_nobody_gives_nothing_on() -> None:
    text = _RUEDA.replace("Canciller, tiene la palabra.", "Empezamos.")
    assert "Argentina is following" not in _said(text)


_DEBATE = """Radio Nacional

Debate: los refugiados en la frontera

PRESENTADOR (Luis Gómez): Good morning. We begin with the border.

ANA PÉREZ (corresponsal): Good morning, Luis. The police here are letting everyone through.

PRESENTADOR (Luis Gómez): The minister spoke this morning. Let's listen.

[CARLOS MÉNDEZ, ministro del Interior]: Spain will not open a camp. We will help Greece with police officers.

PRESENTADOR (Luis Gómez): Ana, what do people say there?

ANA PÉREZ (corresponsal): They say they will wait."""


def test_fix15ep_a_clips_label_in_square_brackets_is_a_turn() -> None:
    said = _said(_DEBATE)
    assert said["Spain will not"] == said["We will help"] == "new:Carlos Méndez"
    assert _turns(_DEBATE)["PRESENTADOR (Luis Gó"] == ("PRESENTADOR", False)  # the presenter narrates, in Spanish


def test_fix15ep_an_honorific_is_no_part_of_the_spokespersons_name() -> None:
    text = """Transcript of Weekly Media Briefing by the Official Spokesperson (March 05, 2020)

Official Spokesperson, Shri Raveesh Kumar: Good afternoon friends. Let me begin with an update on Indian nationals in Turkey.

Question: What is India's position on the Idlib situation?

Official Spokesperson, Shri Raveesh Kumar: We are concerned at the humanitarian situation. We call for restraint by all sides.

Question: Has India been approached for aid?

Official Spokesperson, Shri Raveesh Kumar: I have no information on that."""
    assert _said(text)["We are concerned"] == "new:Raveesh Kumar"


def test_fix15ep_guard_one_name_heading_is_no_transcript() -> None:
    text = """Profile

Ahmed Yusuf: the doctor who stayed

Ahmed Yusuf runs the last hospital in Maarat al-Numan. He says the bombing is heavier than ever.

Ahmed Yusuf: "We have no more beds," he told us on Monday."""
    assert _turns(text) == {}


def test_fix15ep_guard_a_headline_name_and_words_is_no_turn() -> None:
    text = """Erdogan: Europe must share the burden

Erdogan: Europe must share the burden of the refugees

Turkish President Recep Tayyip Erdogan said on Monday that Europe must share the burden of refugees.

Aid groups warned of a humanitarian disaster."""
    assert _turns(text) == {}


def test_fix15ep_guard_a_fact_box_is_no_transcript() -> None:
    text = """Idlib at a glance

The province is home to three million people, according to the UN.

Capital: Idlib

Area: 6,097 square kilometres

Governor: none since 2015

Status: held by rebels

Fighting resumed in December."""
    assert _turns(text) == {}


def test_fix15ep_a_lone_letter_asks_in_other_languages_q_and_as_and_r_answers_as_the_one_the_header_names() -> None:
    italian = """Intervista

Il ministro degli Esteri, Luigi Di Maio, risponde alle domande del Corriere.

D: Ministro, what will Italy do for Idlib?

R: We will send three million euros. Italy will also ask the EU to do more.

D: And the refugees at the Greek border?

R: Europe must help Greece. Nobody can leave Athens alone."""
    spanish = """Entrevista

El canciller Felipe Solá responde a las preguntas de Página/12.

P: ¿Qué hará la Argentina por Idlib?

R: We will send aid through the UN. Argentina condemns the attacks on civilians.

P: ¿Y los refugiados?

R: Europe must help them. We will speak to our partners."""
    assert _said(italian)["Nobody can leave"] == "new:Luigi Di Maio"
    assert _said(spanish)["Argentina condemns the"] == "new:Felipe Solá"
    assert _turns(italian)["D: Ministro, what wi"] == ("D", False)


def test_fix15ep_guard_an_initial_is_no_questioners_letter() -> None:
    text = """Interview

Pavel Zlobin, a military analyst, talks to our radio.

HOST: What does Moscow want in Idlib?

P. ZLOBIN: A buffer for its base. Nothing more.

HOST: And Ankara?

P. ZLOBIN: Time. It has no other card."""
    labels = _turns(text)
    assert labels["P. ZLOBIN: A buffer "] == ("P. ZLOBIN", True)


_PODCAST = """The Syria Brief, episode 41

Our guest this week is Lina Haddad, a researcher at the Arab Reform Institute.

[00:00:12] HOST: Lina, what happened in Idlib this week?

[00:00:20] LINA HADDAD: The regime took Saraqib again. The Turkish army answered with drones.

[00:01:05] HOST: Will the Moscow meeting change anything?

[00:01:11] LINA HADDAD: It will freeze the front, not end the war."""


def test_fix15ep_a_recordings_time_before_a_label_is_no_part_of_it() -> None:
    said = _said(_PODCAST)
    assert said["The regime took"] == said["It will freeze"] == "new:Lina Haddad"
    assert "Will the Moscow" not in said


_HYPHENS = """Greece and the border

Interview with Foreign Minister Nikos Dendias, ERT, 3 March 2020

JOURNALIST - What is Greece asking of the EU?

N. DENDIAS - Solidarity, not words. Our border is Europe's border.

JOURNALIST - Will the border stay closed?

N. DENDIAS - It will. Nobody will cross illegally."""


def test_fix15ep_a_label_before_a_hyphen_is_a_turn_beside_a_role_and_its_initial_is_the_headers_name() -> None:
    said = _said(_HYPHENS)
    assert said["Solidarity, not words."] == said["Nobody will cross"] == "new:Nikos Dendias"


def test_fix15ep_guard_a_wires_datelines_before_a_hyphen_are_no_labels() -> None:
    text = """Briefs

ANKARA - Turkey said on Monday it would not stop refugees. Officials said the border was open.

MOSCOW - Russia said the talks would go ahead. The Kremlin said Putin was ready.

ANKARA - Turkish officials said 100,000 people had crossed. The governor said more were coming."""
    assert _turns(text) == {}
    assert _said(text)["Turkey said on"] == "turkey"
