"""Rounds 57's and 60's press reviews, fact-check boxes, Q&A boxes and seats (issue 15, session fix15dz).  A press
review's "Paper (City):" label opens with any word or a quotation mark, not only a capital; a medium that "quotes X:"
or "gives the floor to X:" before a quotation relays X (or nobody when X is unnamed), never itself, and a post shared
"by X, with the comment:" is X's; a seat ("At the Egmont, they insist") with an impersonal "they" is its body; a
paper named by its city's possessive ("Vienna's Der Standard") is proposed as a body of the city's country, not a
person with the role "Vienna's"; a label whose line holds only a rating ("Arvio: False.") is a fact-check's verdict
field, no speaker's tag, in any language; an acronym's seat after it ("UNHCR in Geneva") is no name, nor a reader's
handle ("Fredi_77").  Texts of our own, in other outlets' forms."""

from __future__ import annotations

import pytest

from idlibsite.attribution.answer import NewActor
from idlibsite.attribution.periodical import city_paper
from idlibsite.attribution.proposal import proposable
from idlibsite.attribution.quotedby import quoted_by_medium
from idlibsite.attribution.seatafter import without_seat
from idlibsite.attribution.seatthey import seat_speaking
from idlibsite.sources.review import PAPER_LABEL
from idlibsite.attribution.speakers import attribute_page
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.fieldlabels import rates
from idlibsite.suggest import actor_stub
from test_attribution import ACTORS, said_opening


_REVIEW = ("Balkan Insight Weekly\n\nPress review | Slovenia, Croatia, Hungary\n\n"
           "Fences and votes: the region's papers on the border\n\n"
           "As Budapest closes its crossings, the region's papers weigh the fence and the cost.\n\n"
           "By Mara Horvat | Thursday 12 May 2022\n\n"
           "Delo (Ljubljana): “Slovenia will not build another wall.” The liberal daily welcomes the cabinet's refusal to "
           "extend the fence at Lendava.\n\n"
           "Jutarnji List (Zagreb): the conservative paper warns that the army “is not a border police” and gives the floor "
           "to the professor Ivo Banac, of the University of Zagreb: «Nobody has asked the parliament.»\n\n"
           "Magyar Nemzet (Budapest): close to the cabinet, the daily writes that the Austrian police “send people back "
           "at night”.\n\n"
           "Vecer (Maribor) quotes Defence Minister Karl Erjavec: «The army is ready for the spring.»\n\n"
           "Dnevnik (Ljubljana) quotes a senior officer in Celje: «We have no written orders yet.»\n\n"
           "Vjesnik (Split): “Split is not Lampedusa, and this is not 2015.” The daily reassures its readers with hotel "
           "bookings for June.\n")


@pytest.mark.parametrize(("opening", "who"), [
    ("Slovenia will not", "new:Delo"),  # words in marks right after the label: the paper's
    ("The liberal daily", "new:Delo"),  # the paper's kind with an adjective after its label
    ("Jutarnji List (Zagreb):", "new:Jutarnji List"),  # a label whose words open in lowercase
    ("Nobody has asked", "new:Ivo Banac"),  # the paper gives the floor to a named professor: his words
    ("Magyar Nemzet (Budapest):", "new:Magyar Nemzet"),  # "close to the cabinet, the daily writes"
    ("The army is", "new:Karl Erjavec"),  # "Paper quotes Minister X: «...»": the minister's
    ("We have no", "a senior officer in Celje"),  # an unnamed officer quoted by a paper: nobody named, not the paper before
    ("Split is not", "new:Vjesnik"),
    ("The daily reassures", "new:Vjesnik"),
])
def test_fix15dz_a_press_reviews_papers(opening: str, who: str) -> None:
    assert said_opening(_REVIEW, opening) == who


@pytest.mark.parametrize(("paragraph", "name"), [
    ("Delo (Ljubljana): “Slovenia will not ...”", "Delo"),
    ("Jutarnji List (Zagreb): the conservative paper warns ...", "Jutarnji List"),
    ("Vecer (Maribor): Nothing changes.", "Vecer"),
    ("Vecer (Maribor):  ", None),  # a label with nothing after it: no paragraph of a review
    ("Vecer (Maribor): - a list", None),  # a list after the colon is no paper's words
])
def test_fix15dz_paper_label_opens_with_a_word_or_a_mark(paragraph: str, name: str | None) -> None:
    m = PAPER_LABEL.match(paragraph)
    assert (m.group("name") if m else None) == name


@pytest.mark.parametrize(("sentence", "phrase", "role"), [
    ("Vecer (Maribor) quotes Defence Minister Karl Erjavec: «", "Defence Minister Karl Erjavec", ""),
    ("the paper gives the floor to the professor Ivo Banac, of the University of Zagreb: «", "the professor Ivo Banac",
     "of the University of Zagreb"),
    ("The weekly cited a hotelier in Opatija: “", "a hotelier in Opatija", ""),
    ("The clip was shared by Senator Dan Rusu, with the comment: \"", "Senator Dan Rusu", ""),  # a post's sharer
])
def test_fix15dz_quoted_by_medium(sentence: str, phrase: str, role: str) -> None:
    got = quoted_by_medium(sentence, 0, len(sentence))
    assert got is not None and (got.phrase, got.role) == (phrase, role)


@pytest.mark.parametrize("sentence", [
    "Vecer (Maribor) quotes Defence Minister Karl Erjavec in full. «",  # no colon before the quotation
    "The minister said: «",  # a speech verb's colon: the clause's own speaker, not this mechanism
    "Vecer quotes the minister: «The army is ready.» Dnevnik: «",  # the colon is not right before this quotation
    "Police fired tear gas, with the comment: \"",  # no one "by" whom the post was shared
])
def test_fix15dz_quoted_by_medium_guards(sentence: str) -> None:
    assert quoted_by_medium(sentence, 0, len(sentence)) is None


_SHARED = ("Digi24 › Fact check\n\nThe video of a 'march on Bucharest' is from 2016\n\n"
           "\"They are coming, close the border!\" reads a post by the page Voce Libera, shared 9,000 times.\n\n"
           "The post was also shared by Senator Dan Rusu, with the comment: \"Where is the government? Who protects us?\"\n")


def test_fix15dz_a_post_shared_with_a_comment_is_its_sharers() -> None:
    assert said_opening(_SHARED, "Where is the") == "new:Dan Rusu"


_SEATS = ("The Morning Ledger\n\nRome and Moscow weigh their options\n\n"
          "Foreign Minister Luigi Di Maio met his Turkish counterpart on Monday.\n\n"
          "At the Farnesina, they insist that Italy \"will keep its word\". "
          "From the Kremlin, meanwhile, they said they expect talks by Friday.\n\n"
          "In Brussels, they say the summit is off.\n")


@pytest.mark.parametrize(("opening", "who"), [
    ("At the Farnesina,", "new:Italian Foreign Ministry"),  # a seat of the seats list with an impersonal "they"
    ("From the Kremlin,", "kremlin"),  # a body's own name as its seat, "meanwhile" between
    ("In Brussels, they", "they"),  # a city without an article: anybody there, no body (and never a name)
])
def test_fix15dz_a_seat_with_an_impersonal_they_is_its_body(opening: str, who: str) -> None:
    assert said_opening(_SEATS, opening) == who


@pytest.mark.parametrize(("before", "seat"), [
    ("At the Egmont, they ", "the Egmont"),
    ("At the Quai d'Orsay, they ", "the Quai d'Orsay"),
    ("Inside the White House, they ", "the White House"),
    ("From the Kremlin, meanwhile, they ", "the Kremlin"),
    ("At the Egmont, the diplomats ", ""),  # a subject of its own: not this mechanism
    ("In Brussels, they ", ""),
    ("At the Egmont, they said the ministers ", ""),  # "they" is not the verb's subject
])
def test_fix15dz_seat_speaking(before: str, seat: str) -> None:
    assert seat_speaking(before) == seat


_PLACED_PAPER = ("The Ledger\n\nPapers weigh in\n\n"
                 "Madrid's El Mundo says the fence is a mistake. The paper argues that Spain must act.\n\n"
                 "Spain's Sánchez said he would not bend.\n")


def _new_of(text: str, opening: str) -> NewActor | None:
    blocks = cut_blocks(text, title_hint=text.splitlines()[0])
    found = attribute_page(text, [(b.start, b.end) for b in blocks if b.kind == "body"], [], ACTORS)
    return next(s.new for p, s in found.items() if text[p.start : p.end].startswith(opening))


def test_fix15dz_a_paper_placed_by_its_citys_possessive_is_a_body() -> None:
    new = _new_of(_PLACED_PAPER, "Madrid's El Mundo")
    assert new == NewActor("El Mundo", False, "", "Spain")  # no person with the role "Madrid's"
    assert "kind: organisation" in actor_stub(new) and "roles:" not in actor_stub(new)
    assert _new_of(_PLACED_PAPER, "The paper argues") == new


def test_fix15dz_a_countrys_possessive_stays_a_persons_nation() -> None:
    new = _new_of(_PLACED_PAPER, "Spain's Sánchez")  # a country's possessive, not a city's: a person
    assert new is not None and new.person and new.name == "Sánchez"


@pytest.mark.parametrize(("role", "country"), [("Vienna's", "Austria"), ("Madrid’s", "Spain"), ("Austria's", ""),
                                               ("the", ""), ("Vienna", "")])
def test_fix15dz_city_paper(role: str, country: str) -> None:
    assert city_paper(role) == country


_VERDICTS = ("Delfi.lt\n\nFaktų patikrinimas\n\nThree claims about the Lithuanian border checked\n\n"
             "Rūta Kazlauskaitė | 07.03.2020 10:05\n\n"
             "Teiginys 1: Lithuania will take 3,000 migrants\n\n"
             "Interior Minister Rita Tamašunienė said on Tuesday that no such decision had been taken.\n\n"
             "Ocena: False.\n\n"
             "Teiginys 2: Polish soldiers fired at migrants\n\n"
             "The Polish government has denied that its soldiers fired at anyone. "
             "The UN refugee agency UNHCR said on Friday that about 900 people had reached the border.\n\n"
             "Ocena: Partly true.\n\n"
             "Teiginys 3: Minsk opened its border\n\n"
             "President Gitanas Nausėda said on Monday that Minsk was sending people to the border.\n\n"
             "Ocena: Mostly true.\n\n"
             "Foreign Minister Linas Linkevičius told Delfi that Vilnius was in contact with Warsaw.\n")


@pytest.mark.parametrize(("opening", "who"), [
    ("Interior Minister Rita", "new:Rita Tamašunienė"),
    ("The Polish government", "new:Polish government"),  # after a verdict line: never the verdict's label as a speaker
    ("The UN refugee", "new:UNHCR"),
    ("President Gitanas Nausėda", "new:Gitanas Nausėda"),
    ("Foreign Minister Linas", "new:Linas Linkevičius"),
])
def test_fix15dz_a_verdict_line_is_no_speakers_tag(opening: str, who: str) -> None:
    assert said_opening(_VERDICTS, opening) == who


@pytest.mark.parametrize(("line", "rating"), [
    ("Įvertinimas: False.\n", True), ("Hodnocení: Partly true\n", True), ("Cote : Missing context.\n", True),
    ("Ocena: Mostly false.", True),
    ("Kowalski: False. They lie.\n", False),  # a turn that goes on after the word: someone's words
    ("Kowalski: That is false.\n", False),
    ("Kowalski: True, we were there.\n", False),
])
def test_fix15dz_rates(line: str, rating: bool) -> None:
    assert rates(line, line.index(":")) is rating


_QA_BOX = ("Watson.ch › International\n\nFive questions about the camps on Lesbos\n\n"
           "Thousands wait on the island. WATSON answers the key questions.\n\n"
           "What does the UN say?\n\n"
           "The UN children's agency UNICEF in Amman warns of a \"lost generation\". "
           "The IOM in Greece counted 2,000 arrivals on Sunday.\n\n"
           "WHAT OUR READERS SAY\n\n"
           "«Enough is enough. Send them back!» – Heidi_1961\n\n"
           "«We must at least take the children.» – Beat Ammann-Roth, Chur\n")


@pytest.mark.parametrize(("opening", "who"), [
    ("The UN children's", "new:UNICEF"),  # an acronym with its seat after it: the body, never the city
    ("lost generation", "new:UNICEF"),
    ("Enough is enough.", "Heidi_1961"),  # a reader's handle under the comment: nobody named (LABELS Round 50)
    ("We must at", "new:Beat Ammann-Roth"),  # a reader signing with name and place: the reader
])
def test_fix15dz_a_qa_box(opening: str, who: str) -> None:
    assert said_opening(_QA_BOX, opening) == who


@pytest.mark.parametrize(("phrase", "bare"), [
    ("The UN refugee agency UNHCR in Geneva", "The UN refugee agency UNHCR"),
    ("UNICEF in Amman", "UNICEF"),
    ("the IOM in the Aegean", "the IOM"),
    ("a nurse in Aleppo", "a nurse in Aleppo"),  # no acronym: a person in a place, left to its own readers
    ("Ahmed in Idlib", "Ahmed in Idlib"),
])
def test_fix15dz_without_seat(phrase: str, bare: str) -> None:
    assert without_seat(phrase) == bare


@pytest.mark.parametrize(("name", "ok"), [("Fredi_77", False), ("anna1984", False), ("Truth_Now", False),
                                          ("G7", True), ("B92", True), ("Ammann-Roth", True)])
def test_fix15dz_a_handle_is_no_name(name: str, ok: bool) -> None:
    assert proposable(name) is ok

