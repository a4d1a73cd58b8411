"""A letter's "I" given to the writer its sign-off names, in the forms of British and Irish letters pages (issue 15,
session fix15fk; LABELS, Op-eds and letters: "I" is the letter's writer): a close and the name under it ("Yours etc,\nName,
\nPlace,"), a name and a place with a stop ("Name Surname, Westhill.", "Rev Iain MacLeod, Kintore."), a name in capitals
and the place on the line right under the letter ("...\nNAME SURNAME, Norwich").  Texts of our own; "guard" in an id: a
sentence of one line that opens with a place, a title alone."""

from __future__ import annotations

import pytest

from idlibsite.attribution.signoffs import signer
from test_attribution import said_opening


@pytest.mark.parametrize(("text", "passage", "writer"), [
    pytest.param("LETTERS TO THE EDITOR\n\nIreland should take its share\n\nSir, — I wrote to both of our local TDs last week"
                 " asking what Ireland will do, and I have yet to receive a reply.\n\nWe are a small country.\n\nYours etc,\n"
                 "Siobhán Nolan,\nBallina,\nCo Mayo.\n\nA different view\n\nSir, — I have stood on that border.\n\nYours etc,\n"
                 "Tom Reilly,\nCastlebar.\n", "Sir, — I", "new:Siobhán Nolan", id="lead_an_irish_weeklys_yours_etc"),
    pytest.param("Readers' letters\n\nWe must not turn away again\n\nI wrote to my MSP on Monday asking whether the"
                 " Government would act.\n\nMargaret Duthie, Westhill.\n\nWhere is the money?\n\nI said as much at our"
                 " community council last month.\n\nRev Iain MacAskill, Kintore.\n",
                 "I said as", "new:Iain MacAskill", id="lead_a_scottish_dailys_name_place_and_stop"),
    pytest.param("Letters\n\nOur church is ready to help again\n\nSir, – Four years ago our congregation helped welcome two"
                 " families. I am writing to say that we stand ready to do so again.\nMARGARET COLE, Norwich\n\nWe cannot"
                 " take everyone\n\nSir, – I do not agree with your correspondents.\nDEREK HALL, Dereham\n",
                 "I am writing", "new:Margaret Cole", id="lead_an_english_regionals_capitals_and_place"),
])
def test_a_letters_i_is_its_sign_offs_writer(text: str, passage: str, writer: str) -> None:
    assert said_opening(text, passage) == writer


@pytest.mark.parametrize(("page", "writer"), [
    pytest.param("I said so.\n\nIn London, Downing Street welcomed the agreement.\n\nMore text follows here.", "",
                 id="guard_a_place_opening_a_sentence"),
    pytest.param("I said so.\n\nYours sincerely,\nAna Ruiz\n", "Ana Ruiz", id="lead_yours_sincerely"),
    pytest.param("I said so.\n\nAlasdair Reid, Inverness.\n", "Alasdair Reid", id="lead_one_line_with_a_stop"),
    pytest.param("I said so.\n\nPresident Ruiz, Commissioners, ladies and gentlemen.\n", "", id="guard_a_salutation"),
])
def test_the_sign_off(page: str, writer: str) -> None:
    assert signer(page, 0) == writer
