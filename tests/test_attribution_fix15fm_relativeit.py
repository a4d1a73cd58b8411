"""A relative clause's "it said" is the sentence's own subject, after an opening adverb too (issue 15, session fix15fm;
LABELS rule 8): "Meanwhile, Hezbollah mourned ... nine of its fighters who it said had "fallen ..."" is Hezbollah, not the
ministry that spoke the sentence before.  Texts of our own in a broadcaster's, an agency's and a charity's forms;
"guard" in an id: a person's sentence, a clause with no relative."""

from __future__ import annotations

from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


def test_lead_broadcaster_meanwhile_a_group_who_it_said() -> None:
    text = ("Minister urges restraint\n\n"
            "The Foreign Ministry of Ruritania said on Saturday that its embassy was following the situation.\n\n"
            "Meanwhile, Hezbollah mourned in a statement on Saturday six of its fighters who it said had \"fallen while"
            " performing their duty\" near Aleppo.\n")
    assert _speakers(text)["fallen while performing"] == "new:Hezbollah"


def test_lead_agency_earlier_an_army_which_it_said() -> None:
    text = ("Strikes reported\n\n"
            "The Syrian Observatory for Human Rights said 12 civilians had been killed.\n\n"
            "Earlier, the Ruritanian Army shelled positions which it said were used by \"terrorist groups\" near Saraqeb.\n")
    assert _speakers(text)["Earlier, the Ruritanian"] == "new:Ruritanian Army"


def test_lead_charity_separately_volunteers_who_it_said() -> None:
    text = ("Aid convoy stopped\n\n"
            "The UN refugee agency said the crossings were closed on Monday.\n\n"
            "Separately, Mercy Corps named two volunteers who it said had been held at a checkpoint for a day.\n")
    assert _speakers(text)["Separately, Mercy Corps"] == "new:Mercy Corps"


def test_guard_a_person_who_it_said_stays_with_the_rules() -> None:
    text = ("Visit to camp\n\n"
            "The ministry said on Monday that the camp was full.\n\n"
            "Meanwhile, Foreign Minister Ana Ruiz met families who it said had walked for days.\n")
    assert _speakers(text)["Meanwhile, Foreign Minister"] != "new:Ana Ruiz"
