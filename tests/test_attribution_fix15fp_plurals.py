"""People of a kind name nobody, whatever noun a new story brings (issue 15, session fix15fp; LABELS rule 6): a plural of
people capitalised only as its sentence's first word ("Campaigners said", "Shopkeepers say") is no one-word name to
propose, and a participle clause after a plural ("aid groups operating in the area") leaves the plural its head.  Texts
of our own in a local weekly's, a business wire's and a public broadcaster's forms; the guards keep a name the page
writes with a capital inside a sentence (an agency, a surname) and a body's name that opens with such a plural."""

from __future__ import annotations

from idlibsite.attribution.plurals import lone_plural, names_nobody
from idlibsite.attribution.proposal import proposable
from test_attribution import cut_page


def _speakers(text: str) -> dict[str, str]:
    return {first: who for _kind, first, who in cut_page(text, unnamed=False)}


WEEKLY = ("Lorry of blankets leaves Preston for Syrian border\n\n"
          "By Kate Moss\n\n"
          "A lorry packed by volunteers at a Preston community centre left for southern Turkey on Sunday.\n\n"
          "Campaigners said more than 2,000 coats had been handed in during the week.\n\n"
          "Shopkeepers say customers have been leaving money at the tills.\n\n"
          "Brothers in Arms Appeal said it had sent three containers.\n")
WIRE = ("Lira slides as Idlib fighting escalates\n\n"
        "ISTANBUL, Feb 28 - The Turkish lira fell 1.5 percent on Friday.\n\n"
        "Importers fear a weaker currency will push up the price of fuel.\n\n"
        "The central bank said it was monitoring the market, Reuters reported.\n\n"
        "Reuters said the bank had sold dollars through state lenders.\n")
BROADCAST = ("Aid groups warn of disaster in Idlib\n\n"
             "The foreign minister, Anna Berg, said the bombing must stop, as Dutch aid agencies working in the region"
             " described the cold in the camps as the worst in years.\n\n"
             "Turkish truckers waiting at the border said they had been turned back twice.\n")


def test_weekly_a_plural_of_people_opening_the_sentence_names_nobody() -> None:
    said = _speakers(WEEKLY)
    assert (said["Campaigners said more"], said["Shopkeepers say customers"]) == ("", "")
    assert said["Brothers in Arms"] == "new:Brothers in Arms Appeal"  # a body's name that opens with such a plural


def test_wire_importers_name_nobody_but_the_agency_the_page_names_inside_a_sentence_speaks() -> None:
    said = _speakers(WIRE)
    assert said["Importers fear a"] == ""
    assert said["Reuters said the"] == "new:Reuters"


def test_broadcast_a_participle_clause_after_the_plural_keeps_it_generic() -> None:
    said = _speakers(BROADCAST)
    assert (said["as Dutch aid"], said["Turkish truckers waiting"]) == ("", "")


def test_lone_plural_only_where_the_page_never_capitalises_it_inside_a_sentence() -> None:
    assert lone_plural("Organisers", "Organisers say the lorry carries 4,000 blankets.")
    assert not lone_plural("Sanders", "Senator Bernie Sanders said so. Sanders said more.")  # a surname inside a sentence
    assert not lone_plural("Reuters", "Reuters said it, according to Reuters.")
    assert not lone_plural("Reuters", "LONDON (Reuters) - The lira fell.\n\nReuters said the bank sold dollars.")  # a dateline
    assert not lone_plural("Fatima", "Fatima said she was cold.")  # a first name, no plural of people
    assert not lone_plural("Rogers", "Rogers said the bank had sold dollars.")  # a surname's short stem, even named nowhere else


def test_proposable_on_a_page_refuses_a_lone_plural_but_keeps_names() -> None:
    page = "Exporters fear delays at customs.\n\nErdogan said the doors were open."
    assert not proposable("Exporters", page)
    assert proposable("Exporters")  # no page: only the name's own form is judged
    assert proposable("Erdogan", page)



def test_names_nobody_reads_the_plural_before_a_participle_clause_not_a_body_after_its_kind() -> None:
    assert names_nobody("Aid agencies working in the region", "Aid agencies working in the region".split())
    assert not names_nobody("the aid organisation People in Need", "the aid organisation People in Need".split())
