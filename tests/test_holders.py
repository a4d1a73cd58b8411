"""The publisher a copyright notice after a text names, as a guess at the outlet of a copy that names none else
(sources/holders.py).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.holders import copyright_holder
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
TRANSCRIPT = ("Ceasefire talks run late in Moscow\n\nAired March 5, 2020 - 16:00 ET\n\n"
              "LINA FARES, HOST: Good evening. Talks between the two presidents went on late into the night.\n\n"
              "OMAR SAYED, CORRESPONDENT: Lina, the mood here is cautious, and families in the camps will wait and see.\n\n"
              "{notice}\n")


@pytest.mark.parametrize("notice, holder", [
    ("Copyright 2020 World Example Network. All Rights Reserved.", "World Example Network"),
    ("© 2020 Example Radio, All rights reserved.", "Example Radio"),
    ("Copyright © 2019-2020 Example Broadcasting Corporation. All rights reserved. This material may not be "
     "published, broadcast, rewritten or redistributed.", "Example Broadcasting Corporation"),
])
def test_a_copyright_notice_names_the_outlet_as_a_guess(notice: str, holder: str) -> None:
    text = TRANSCRIPT.format(notice=notice)
    blocks = cut_blocks(text)
    meta = find_metadata(text, blocks, OUTLETS)
    assert copyright_holder(notice) == holder
    assert (meta.outlet.value, meta.outlet.certain) == (holder, False)


@pytest.mark.parametrize("notice", ["© 2020 Samir Example", "Copyright 2020 by the author", "All rights reserved."])
def test_a_notice_without_all_rights_reserved_or_a_name_names_no_outlet(notice: str) -> None:
    """Guard: "© 2020 A. Writer" (a newsletter's author) names a person as often as a publisher."""
    assert copyright_holder(notice) == ""


def test_a_known_address_outranks_the_notice() -> None:
    """Guard: the outlet of a copy with its address is the address's, not the notice's holder."""
    text = "https://www.aljazeera.com/news/2020/3/5/ceasefire\n\n" + TRANSCRIPT.format(
        notice="Copyright 2020 World Example Network. All Rights Reserved.")
    meta = find_metadata(text, cut_blocks(text), OUTLETS)
    assert meta.outlet.value == "Al Jazeera"


@pytest.mark.parametrize("notice, holder", [
    ("Copyright © 2020 The Example Review, LLC. All rights reserved.", "The Example Review"),
    ("© Le Quotidien d'Exemple 2020 - Tous droits réservés", "Le Quotidien d'Exemple"),
    ("© 2020 Beispiel Bote GmbH. Alle Rechte vorbehalten.", "Beispiel Bote"),
    ("© 2020 Kuzey Haber. Tüm hakları saklıdır.", "Kuzey Haber"),
    ("Copyright 2020 Example Wire Service. Reproduction only with a link to the source.", "Example Wire Service"),
    ("Copyright 2020 Example News. This article may not be reproduced without permission.", "Example News"),
])
def test_a_notice_in_other_words_or_with_a_company_s_form_names_the_outlet(notice: str, holder: str) -> None:
    text = TRANSCRIPT.format(notice=notice)
    assert copyright_holder(notice) == holder
    assert find_metadata(text, cut_blocks(text), OUTLETS).outlet.value == holder


@pytest.mark.parametrize("notice", ["© Der Beispielbote 2020", "Tous droits réservés", "© 2020 Inc. Alle Rechte"])
def test_a_notice_in_other_words_without_its_reservation_or_a_name_names_no_outlet(notice: str) -> None:
    """Guard: as in English, a notice that reserves no rights, or names no one, is not read."""
    assert copyright_holder(notice) == ""


@pytest.mark.parametrize("first", [
    "https://www.example-courier.example.com/news/2020/3/5/ceasefire-talks\n\n",  # an address on an unknown domain
    "",  # no address, and an agency's credit after the story
])
def test_the_notice_outranks_a_guess_from_an_unknown_domain_or_an_agency_s_credit(first: str) -> None:
    text = first + TRANSCRIPT.format(notice="(With AFP)\n\n© 2020 Example Courier Media. All rights reserved.")
    meta = find_metadata(text, cut_blocks(text), OUTLETS)
    assert (meta.outlet.value, meta.outlet.certain) == ("Example Courier Media", False)
    assert meta.agency.value == "Agence France-Presse"  # the credit after the story
