"""A source's address under another language's word for "source" is the copy's URL line (sources/linekinds.py URL_LINE).
Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.linekinds import line_kind
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Cumhurbaşkanı Erdoğan ile Rusya Devlet Başkanı Putin'in Kremlin'deki görüşmesi yaklaşık altı saat sürdü ve "
         "iki lider ortak basın toplantısı düzenledi.\n\n"
         "Erdoğan, İdlib'de bu gece yarısından itibaren ateşkesin yürürlüğe gireceğini açıkladı.\n")
ADDRESS = "https://www.example-haber.com.tr/dunya/idlib-zirvesi-219874"


@pytest.mark.parametrize("label", ["Kaynak:", "Quelle:", "Источник:", "المصدر:", "Source :"])
def test_an_address_under_another_languages_word_for_source_is_the_url(label: str) -> None:
    text = f"İdlib zirvesi sona erdi\n\n{STORY}\n{label} {ADDRESS}\n"
    assert find_metadata(text, cut_blocks(text), OUTLETS).url.value == ADDRESS


@pytest.mark.parametrize("line", ["Kaynak: Anadolu Ajansı", "Quelle: dpa", "Источник: ТАСС"])
def test_a_source_named_without_an_address_is_no_url_line(line: str) -> None:
    assert line_kind(line) != "url"
