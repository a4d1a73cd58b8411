"""Another named speaker chosen for the right one, by a relation the rules read wrong (issue 15, session fix15fn).

1. The head of a speaker's phrase: a person's name that opens it before "of", "at" or "from" is the speaker, whatever
   lowercase words stand before the body's or the place's name after it ("Father Name of St Mark's Church in Town",
   "Name of the charity CARE", "Name, from Aleppo"); the body or the place is where they belong (LABELS rule 2: "Name
   of Body" is the person), never the speaker.
2. A relative "which" with a subject and a speech verb of its own (", which Athens denied", ", which the U.N. refugee
   agency says has no basis ...") is that subject's clause, not the sentence's first speaker's (LABELS "A speech verb
   in a relative clause"); so is a clause of time after "since" ("... have massed since Ankara said it would ..."), as
   one after "after" already was.
4. "The head of Turkmenistan", "the Head of our state": a country's head of state, the holder of that title the page
   named (LABELS rule 8), as "the head of state" already was.
3. An untagged paragraph of an interview's write-up that narrates another's words in the third person ("After the
   programme, a spokeswoman for the charity, Name, said ...") is the writer's narration, labelled by its own clause,
   and no answer of the guest goes on after it (LABELS Round 43).
Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.phrase import read_phrase
from idlibsite.sources.narration import narrates
from idlibsite.sources.statements import find_passages
from test_attribution import cut_page


def _said(body: str, opening: str, head: str = "Syria appeal") -> str:
    page = f"The Valley Gazette\n\nLocal\n\n{head}\n\nMarch 9, 2020\n\n{body}\n"
    return next(who for _kind, first, who in cut_page(page, unnamed=False) if first == opening)


@pytest.mark.parametrize(("phrase", "name", "role"), [
    pytest.param("Father Tomas Reyes of St Mark's Anglican Church in Ellerton", "Tomas Reyes", "St Mark's Anglican Church",
                 id="a_titled_person_of_a_church_in_a_town"),
    pytest.param("Ingrid Salo of the charity WFA", "Ingrid Salo", "WFA", id="a_kind_word_before_the_body"),
    pytest.param("Jane Okafor of the local Red Cross branch in Leeds", "Jane Okafor", "Red Cross",
                 id="lowercase_words_before_the_body_and_a_place_after_it"),
    pytest.param("Karim Haddad from Saraqib in Idlib province", "Karim Haddad", "Saraqib", id="from_a_town_in_a_province"),
    pytest.param("Karim Haddad, from Saraqib", "Karim Haddad", "Saraqib", id="from_a_town_after_a_comma"),
    pytest.param("Dr Lena Moritz at the Bab al-Salam clinic", "Lena Moritz", "Bab al-Salam", id="a_doctor_at_a_clinic"),
])
def test_a_person_heads_the_phrase(phrase: str, name: str, role: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person, read.role) == (name, True, role)


@pytest.mark.parametrize(("phrase", "name"), [
    pytest.param("Amnesty International in London", "Amnesty International in London", id="a_body_in_a_place_stays_a_body"),
    pytest.param("the Embassy of Peru in Lima", "Embassy of Peru in Lima", id="a_mission_stays_its_own_name"),
    pytest.param("Friends of the Earth in Brussels", "Friends of the Earth in Brussels", id="a_body_named_with_of"),
])
def test_a_body_named_with_a_preposition_is_no_person(phrase: str, name: str) -> None:
    read = read_phrase(phrase)
    assert (read.name, read.person) == (name, False)


@pytest.mark.parametrize(("body", "opening", "who"), [
    pytest.param("Father Tomas Reyes of St Mark's Anglican Church in Ellerton said the parish had raised 4,000 pounds "
                 "for the camps.", "Father Tomas Reyes", "new:Tomas Reyes", id="the_priest_not_the_town"),
    pytest.param('"Families are sleeping in the mud," said Ingrid Salo of the charity WFA.', "Families are sleeping",
                 "new:Ingrid Salo", id="the_aid_worker_not_her_charity"),
    pytest.param('One of them, Karim Haddad from Saraqib in Idlib province, told the Gazette by phone: "We left with '
                 'nothing."', "We left with", "new:Karim Haddad", id="the_refugee_not_his_province"),
])
def test_the_person_speaks_not_the_body_or_place_after_the_name(body: str, opening: str, who: str) -> None:
    assert _said(body, opening) == who


@pytest.mark.parametrize(("sentence", "parts"), [
    pytest.param("The interior ministry in Ankara claimed that border guards had fired on the crowd, which Athens denied.",
                 ["The interior ministry in Ankara claimed that border guards had fired on the crowd", "which Athens denied."],
                 id="which_then_a_capital"),
    pytest.param("The army said it hit the convoy, which the monitoring group says carried only food.",
                 ["The army said it hit the convoy", "which the monitoring group says carried only food."],
                 id="which_then_a_determined_subject"),
    pytest.param("The agency said migrants had massed at the border since Ankara said it would no longer stop them.",
                 ["The agency said migrants had massed at the border", "since Ankara said it would no longer stop them."],
                 id="since_then_a_subject_and_its_speech_verb"),
    pytest.param("Asked about the border, where families have waited since Ruritania said it would close it, the "
                 "minister was cautious.", ["Asked about the border, where families have waited since Ruritania said it "
                                            "would close it, the minister was cautious."], id="since_inside_the_sentence_stays"),
    pytest.param("The ministry said it had not heard from him since Monday.",
                 ["The ministry said it had not heard from him since Monday."], id="since_a_day_stays"),
    pytest.param("The minister said the report, which was published on Monday, is wrong.",
                 ["The minister said the report, which was published on Monday, is wrong."], id="a_subject_relative_stays"),
    pytest.param("She said the plan, which the council approved last week, would cost millions.",
                 ["She said the plan, which the council approved last week, would cost millions."],
                 id="no_speech_verb_in_the_relative"),
])
def test_a_relative_which_with_its_own_subject_is_its_own_clause(sentence: str, parts: list[str]) -> None:
    assert [sentence[p.start : p.end] for p in find_passages(sentence, [(0, len(sentence))])] == parts


def test_the_relative_clause_is_its_subject_s() -> None:
    body = ("The interior ministry in Ankara claimed on Monday that border guards had fired on the crowd, which Athens "
            "denied.")
    assert _said(body, "which Athens denied.") == "new:Athens"


_INTERVIEW = """Radio Lakeside

Back from the border: a nurse on the camps

March 9, 2020

Mira Lund, a nurse from Ellerton, spent two weeks in the clinics of north-west Syria. She spoke with host Tom Berg.

Berg: What did you see?

Lund: Tents in the snow. We treated children with frostbite every day.

Berg: What can listeners do?

Lund: Give to the groups on the ground. Every pound goes a long way there.

After the programme, a spokeswoman for the charity, Nadia Perrin, said the group had sent a second team to the border.

The regional coordinator of the U.N. humanitarian office, Owen Tacker, told reporters in Geneva that two camps had been shelled.

Support Radio Lakeside: Your gift keeps local radio on air.
"""


def test_narration_after_the_last_answer_is_labelled_by_its_clause() -> None:
    said = {first: who for _kind, first, who in cut_page(_INTERVIEW, unnamed=False)}
    assert said["Give to the"] == "new:Mira Lund"
    assert said["After the programme,"] == "new:Nadia Perrin"
    assert said["The regional coordinator"] == "new:Owen Tacker"


@pytest.mark.parametrize(("paragraph", "narrated"), [
    pytest.param("After the programme, a spokeswoman for the charity, Nadia Perrin, said the group had sent a team.", True,
                 id="a_spokeswoman_said"),
    pytest.param("Lund said she plans to go back in May.", True, id="the_guest_in_the_third_person"),
    pytest.param("My colleagues told me the road was cut.", False, id="the_first_person_is_the_guest_s"),
    pytest.param('She added: "We will go back."', True, id="first_person_only_inside_a_quotation"),
    pytest.param("The doctors say the hospitals are full.", False, id="a_present_say_is_no_narration"),
    pytest.param("Tents in the snow, and children with frostbite.", False, id="no_speech_verb"),
])
def test_narrates(paragraph: str, narrated: bool) -> None:
    assert narrates(paragraph) is narrated


_CALL = ("On March 1, President of Kazakhstan Kassym-Jomart Tokayev held a telephone conversation with President of the "
         "Republic of Turkey Recep Tayyip Erdogan.\n\n{use} expressed deep condolences to him and to the Turkish people.")


@pytest.mark.parametrize("use", [
    pytest.param("Having greeted the Turkish leader, the head of Kazakhstan", id="the_head_of_a_country"),
    pytest.param("The Head of our state", id="the_head_of_our_state"),
    pytest.param("The head of state", id="the_head_of_state_as_before"),
])
def test_the_head_of_a_country_is_its_head_of_state_named_before(use: str) -> None:
    said = {first: who for _kind, first, who in cut_page(
        f"Kazinform\n\nPolitics\n\nCondolences to Turkey\n\nMarch 2, 2020\n\n{_CALL.format(use=use)}\n", unnamed=False)}
    assert said[" ".join(use.split()[:3])] == "new:Kassym-Jomart Tokayev"


def test_the_head_of_another_country_is_not_the_page_s_president() -> None:
    said = {first: who for _kind, first, who in cut_page(
        "Kazinform\n\nPolitics\n\nCondolences to Turkey\n\nMarch 2, 2020\n\n" + _CALL.format(use="The head of Turkey") + "\n",
        unnamed=False)}
    assert said["The head of"] != "new:Kassym-Jomart Tokayev"


def test_a_described_head_keeps_its_apposed_name() -> None:
    body = ("The Secretary General of the Gulf Relief Organisation, Dr. Samir Haddad, said the organisation would send "
            "two convoys this week.")
    assert _said(body, "The Secretary General") == "new:Samir Haddad"


_PRESS_POINT = """Press point by Secretary General Anna Keller following the Council meeting

3 Mar. 2020

(As delivered)

The Council has just met at the request of Ruritania, which asked for consultations after the attack last night.

We condemn the air strikes. I call on all parties to stop the offensive.

Q: Secretary General, has any member offered more help?

ANNA KELLER (Secretary General): Members discussed what more they can do.

Q: And the refugees?

ANNA KELLER: We support every effort to help them.
"""


def test_an_opening_statement_that_narrates_stays_its_speaker_s() -> None:
    said = {first: who for _kind, first, who in cut_page(_PRESS_POINT, unnamed=False)}
    assert said["The Council has"] == "new:Anna Keller"
