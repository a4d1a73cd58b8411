"""A role that names its nation is a person of that nation (issue 15, session fix15fm; LABELS rule 8): "The Russian
leader said he ..." after the Turkish president spoke is the Russian president the page named, "The President of Turkey
thanked ..." in a readout is the Turkish president, not an expert quoted later, and "the Gabonese leader told President
Erdogan" is nobody rather than Erdoğan.  Texts of our own in a wire story's, a state agency's readout and a national
daily's forms; "guard" in an id: the same nation, two holders, a name of its own."""

from __future__ import annotations

from idlibsite.attribution.nationrole import nation_role
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


WIRE = ("Russia and Turkey agree a truce in Idlib\n\n"
        "By Ann Lee\n\n"
        "MOSCOW - Russia and Turkey agreed on Thursday to halt the fighting in north-west Syria.\n\n"
        "\"We will do our part,\" Mr Erdogan told reporters after six hours of talks with Mr Putin.\n\n"
        "The Russian leader said he hoped the deal would \"open the way\" to a lasting settlement.\n")
READOUT = ("Presidents of Kazakhstan and Turkey hold phone talks\n\n"
           "NUR-SULTAN, 29 February. President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with"
           " President of the Republic of Turkey Recep Tayyip Erdogan, the press service of the Akorda reports.\n\n"
           "The Head of State expressed deep condolences over the death of the Turkish servicemen.\n\n"
           "The President of Turkey thanked for the sympathy and informed his interlocutor about the situation.\n\n"
           "Commenting on the talks to the correspondent of Kazinform, Arman Sadykov, chief research fellow at the"
           " Institute for Strategic Studies under the President of the Republic of Kazakhstan, said the call showed the"
           " closeness of the two countries.\n")
DAILY = ("Libreville stands by Ankara\n\n"
         "By Paul Mba\n\n"
         "LIBREVILLE - President Erdogan said on Friday that Turkey would not leave the attack unanswered.\n\n"
         "\"Gabon is with you in this ordeal,\" the Gabonese leader told President Erdogan.\n")


def test_lead_wire_the_russian_leader_is_not_the_turkish_president_who_spoke() -> None:
    said = _speakers(WIRE)
    assert (said["The Russian leader"], said["open the way"]) == ("vladimir-putin", "vladimir-putin")


def test_lead_readout_the_president_of_turkey_is_the_turkish_president_named() -> None:
    assert _speakers(READOUT)["The President of"] == "recep-tayyip-erdogan"


def test_lead_daily_a_leader_of_another_nation_is_nobody_rather_than_the_one_who_spoke() -> None:
    assert _speakers(DAILY)["Gabon is with"] == ""


def test_guard_the_same_nations_president_stays() -> None:
    text = ("Erdogan vows response\n\n"
            "By Ann Lee\n\n"
            "ANKARA - President Recep Tayyip Erdogan spoke to his party on Saturday.\n\n"
            "The Turkish president said the army would respond to every attack.\n")
    assert _speakers(text)["The Turkish president"] == "recep-tayyip-erdogan"


def test_guard_a_holder_never_named_on_the_page_is_not_taken() -> None:
    text = ("Truce talks\n\n"
            "By Ann Lee\n\n"
            "\"We will do our part,\" Mr Erdogan told reporters.\n\n"
            "The Russian leader said he hoped the deal would hold.\n")
    assert _speakers(text)["The Russian leader"] != "vladimir-putin"


def test_guard_a_role_with_its_own_name_is_left() -> None:
    text = ("Truce talks\n\n"
            "By Ann Lee\n\n"
            "\"We will do our part,\" Mr Erdogan told reporters after talks with Mr Putin.\n\n"
            "The Russian Foreign Minister, Sergei Lavrov, said the deal would hold.\n")
    assert _speakers(text)["The Russian Foreign"] == "new:Sergei Lavrov"


def test_nation_role_keeps_an_empty_page() -> None:
    assert nation_role({}, "", ()) == {}
