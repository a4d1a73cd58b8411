"""What a machine translator adds to a story read through it: its language line, credit, bar and pop-up, a proxy's
address, the original's <html lang> on a translated page (sources/translated.py).  Every text here is ours."""

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.metadata import find_metadata
from idlibsite.sources.outlets import load_outlets
from idlibsite.sources.translated import is_translator_line, machine_translated, proxied_original
from idlibsite.sources.webpage import extract

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
HEADLINE = "Families waiting at the border gate receive tents"
STORY = ("The families waiting on the Syrian side of the border gate received tents and blankets on Tuesday, the "
         "governor's office announced.\n\n"
         "It was stated that the distribution would continue in the coming days as new families arrived.\n")


def found(text: str):  # type: ignore[no-untyped-def]
    blocks = cut_blocks(text)
    return blocks, find_metadata(text, blocks, OUTLETS)


@pytest.mark.parametrize("top, bottom", [
    ("Turkish (detected) → English (US)", "Translated with www.DeepL.com/Translator (free version)"),
    ("Detect language - Arabic → English", "Show original"),
    ("Translated from: Russian to: English", "Rate this translation"),
    ("Arabic (auto-detected) -> English", "Translated by Google Translate"),
])
def test_a_translators_lines_are_chrome_and_no_title(top: str, bottom: str) -> None:
    text = f"{top}\n\n{HEADLINE}\n03.03.2020 14:20\n\n{STORY}\n{bottom}\n"
    blocks, meta = found(text)
    assert meta.title.value == HEADLINE
    assert meta.date.iso == "2020-03-03"
    assert [b.display for b in blocks if b.kind == "body"] == STORY.strip().split("\n\n")


def test_a_human_translators_credit_is_not_the_machines() -> None:
    """Guard: "Translated by <a person>" is a credit the copy keeps, not a translator tool's line."""
    assert not is_translator_line("Translated by Sara Example")
    assert not is_translator_line("Translated from the Arabic by Sara Example, who covered the talks")
    assert is_translator_line("Translated with DeepL")


@pytest.mark.parametrize("proxied, original", [
    ("https://www-example-haber-com-tr.translate.goog/gundem/idlib-h2187.html?_x_tr_sl=tr&_x_tr_tl=en&_x_tr_hl=en",
     "https://www.example.haber.com.tr/gundem/idlib-h2187.html"),
    ("https://www-al--example-com.translate.goog/pulse/2020/03/idlib.html?_x_tr_sl=auto&_x_tr_tl=en",
     "https://www.al-example.com/pulse/2020/03/idlib.html"),
    ("https://news-example-ru.translate.goog/article?id=42&_x_tr_sl=ru&_x_tr_tl=en", "https://news.example.ru/article?id=42"),
    ("https://www.example.com/news/idlib?id=42", "https://www.example.com/news/idlib?id=42"),  # guard: no proxy
])
def test_a_proxys_address_gives_the_originals(proxied: str, original: str) -> None:
    assert proxied_original(proxied) == original


@pytest.mark.parametrize("root_class, url, translated", [
    ("translated-ltr", "https://www.example.com.tr/a", True),
    ("no-js translated-rtl", "https://www.example.com.tr/a", True),
    ("", "https://www-example-com-tr.translate.goog/a?_x_tr_sl=tr&_x_tr_tl=en", True),
    ("translated", "https://www.example.com.tr/a", False),  # guard: another class
    ("", "https://www.example.com.tr/a", False),
])
def test_machine_translated(root_class: str, url: str, translated: bool) -> None:
    assert machine_translated(root_class, url) is translated


PAGE = """<!DOCTYPE html><html lang="tr"{cls}><head><meta charset="utf-8"><title>Sınır kapısında bekleyen ailelere çadır</title>
<link rel="canonical" href="{url}"></head><body>
<div class="bar">Translated from: Turkish</div>
<article><h1>Families waiting at the border gate receive tents</h1>
<p>The families waiting on the Syrian side of the border gate received tents and blankets on Tuesday, the governor's
office announced in a written statement.</p>
<p>It was stated that the distribution would continue in the coming days as new families arrived from the south of the
province.</p></article></body></html>"""


@pytest.mark.parametrize("cls, url, language, address", [
    (' class="translated-ltr"', "https://www.example-haber.com.tr/idlib-h2187.html", "", "https://www.example-haber.com.tr/idlib-h2187.html"),
    ("", "https://www-example--haber-com-tr.translate.goog/idlib-h2187.html?_x_tr_sl=tr&amp;_x_tr_tl=en", "",
     "https://www.example-haber.com.tr/idlib-h2187.html"),
    ("", "https://www.example-haber.com.tr/idlib-h2187.html", "tr", "https://www.example-haber.com.tr/idlib-h2187.html"),
])
def test_a_translated_page_gives_no_language_of_its_own(cls: str, url: str, language: str, address: str) -> None:
    """A page saved after its translation keeps the original's lang: the words' language is read from the text
    instead; its address is the original's.  Guard: an untranslated page's lang is kept."""
    extracted = extract(PAGE.format(cls=cls, url=url).encode())
    assert extracted is not None
    assert extracted.page.language == language
    assert extracted.page.url == address
