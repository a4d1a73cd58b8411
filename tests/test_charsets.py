"""A saved page in a legacy encoding is read in the charset it declares, or in its language's legacy code page when it
declares none (sources/charsets.py); a UTF-8 page is read as it is.  Every text here is ours."""

import pytest

from idlibsite.sources.charsets import page_encoding, utf8_page
from idlibsite.sources.webpage import extract

TURKISH = ("Cumhurbaşkanı Erdoğan, İdlib'de ateşkesin gece yarısından itibaren yürürlüğe gireceğini söyledi ve "
           "sınır hattındaki kampların durumunun ağırlaştığını ekledi.")
RUSSIAN = ("Президенты России и Турции договорились о прекращении огня в Идлибе после переговоров в Москве, "
           "которые продолжались около шести часов.")
ARABIC = "أعلنت السلطات التركية مقتل عدد من الجنود في غارة جوية استهدفت موقعا لهم جنوب محافظة إدلب فجر الجمعة الماضية."
GREEK = "Ο υπουργός Εξωτερικών δήλωσε ότι η κατάσταση στα σύνορα με την Τουρκία παραμένει τεταμένη εδώ και μέρες πολλές."


def page(head: str, story: str, lang: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return (f"<!DOCTYPE html>\n<html{attr}>\n<head>{head}<title>Example</title></head>\n<body>\n<h1>Example</h1>\n"
            f"<div class=\"story\"><p>{story}</p>\n<p>{story}</p></div>\n</body>\n</html>\n")


@pytest.mark.parametrize("lang, codec, story", [
    ("tr", "iso-8859-9", TURKISH),  # a Turkish site's ISO-8859-9 bytes, no charset anywhere
    ("ru", "windows-1251", RUSSIAN),
    ("ar", "windows-1256", ARABIC),
    ("el-GR", "windows-1253", GREEK),  # a language with its region
])
def test_an_undeclared_legacy_page_is_read_in_its_languages_code_page(lang: str, codec: str, story: str) -> None:
    data = page("", story, lang).encode(codec)
    extracted = extract(data)
    assert extracted is not None
    assert story in extracted.text


@pytest.mark.parametrize("head, codec, story", [
    ('<meta charset="windows-1256">', "windows-1256", ARABIC),
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "windows-1251", RUSSIAN),
    ("<meta http-equiv='content-type' content='text/html;charset=ISO-8859-9'>", "iso-8859-9", TURKISH),
])
def test_a_declared_legacy_page_is_read_in_the_charset_it_declares(head: str, codec: str, story: str) -> None:
    data = page(head, story).encode(codec)  # no lang: only the declaration tells
    extracted = extract(data)
    assert extracted is not None
    assert story in extracted.text


def test_latin1_declared_is_read_as_windows_1252_as_browsers_do() -> None:
    story = "The minister said the “safe zone” would be 30 km deep — not the 5 km that Moscow had offered in talks."
    data = page('<meta charset="iso-8859-1">', story, "en").encode("cp1252")
    assert page_encoding(data) == "cp1252"
    assert story in utf8_page(data).decode("utf-8")


def test_the_declaration_says_utf8_afterwards_and_the_lines_stay_where_they_were() -> None:
    data = page('<meta charset="windows-1251">', RUSSIAN).encode("windows-1251")
    out = utf8_page(data)
    assert b'charset="utf-8"' in out and b"windows-1251" not in out
    assert out.count(b"\n") == data.count(b"\n")
    undeclared = utf8_page(page("", TURKISH, "tr").encode("iso-8859-9"))
    assert b'<head><meta charset="utf-8">' in undeclared
    assert undeclared.count(b"\n") == page("", TURKISH, "tr").count("\n")


def test_an_xml_declaration_is_read() -> None:
    text = f'<?xml version="1.0" encoding="windows-1251"?>\n{page("", RUSSIAN)}'
    assert page_encoding(text.encode("windows-1251")) == "cp1251"


# Guards: what the old path read is read as before.

def test_a_utf8_page_is_handed_on_unchanged() -> None:
    data = page('<meta charset="windows-1256">', ARABIC, "ar").encode("utf-8")  # a wrong declaration on UTF-8 bytes
    assert page_encoding(data) == ""
    assert utf8_page(data) is data


def test_a_legacy_page_that_names_neither_charset_nor_language_is_left_to_the_extractor() -> None:
    data = page("", TURKISH).encode("iso-8859-9")
    assert page_encoding(data) == ""
    assert utf8_page(data) is data


def test_broken_utf8_that_declares_utf8_is_left_to_the_extractor() -> None:
    data = page('<meta charset="utf-8">', TURKISH, "tr").encode("iso-8859-9")
    assert page_encoding(data) == ""


def test_a_utf16_page_with_its_mark_is_left_to_the_extractor() -> None:
    data = page("", TURKISH, "tr").encode("utf-16")
    assert page_encoding(data) == ""


def test_an_unknown_label_falls_back_to_the_language() -> None:
    data = page('<meta charset="x-no-such-charset">', TURKISH, "tr").encode("iso-8859-9")
    assert page_encoding(data) == "cp1254"
