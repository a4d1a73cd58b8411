"""A text file that is not UTF-8 is refused, with a hint naming the code page its bytes make words in
(sources/legacytext.py), so that converting it as told does not garble it.  Every text here is ours."""

import pytest

from idlibsite.sources.evidence import decode_article
from idlibsite.sources.legacytext import likely_codepage

RUSSIAN = ("Эрдоган и Путин договорились о перемирии в Идлибе\n05.03.2020 20:41\n\nПрезиденты России и Турции по итогам "
           "переговоров в Москве договорились о прекращении огня в сирийской провинции Идлиб.\n")
UKRAINIAN = "Президенти Росії та Туреччини домовилися про припинення вогню в Ідлібі після переговорів у Москві.\n"
ARABIC = ("أنقرة تتوعد بالرد بعد مقتل جنود أتراك في غارة جنوب إدلب\n\nأعلنت السلطات التركية فجر الجمعة مقتل عدد من "
          "الجنود في غارة جوية استهدفت موقعاً لهم.\n")
GREEK = "Ο υπουργός Εξωτερικών δήλωσε ότι η κατάσταση στα σύνορα με την Τουρκία παραμένει τεταμένη.\n"
TURKISH = "İdlib'de ateşkes: Erdoğan ve Putin Moskova'da anlaştı. Sığınmacılar sınırda bekliyor.\n"
FRENCH = "Le président turc a déclaré jeudi que les forces syriennes devaient se retirer d'ici à la fin février.\n"
GERMAN = "Die Türkei drohte am Mittwoch mit einem Angriff, falls die syrischen Truppen nicht zurückweichen.\n"


@pytest.mark.parametrize("text, codec, name", [
    (RUSSIAN, "cp1251", "WINDOWS-1251"),
    (UKRAINIAN, "cp1251", "WINDOWS-1251"),
    (ARABIC, "cp1256", "WINDOWS-1256"),
    (GREEK, "cp1253", "WINDOWS-1253"),
    (TURKISH, "cp1254", "WINDOWS-1254"),
    (FRENCH, "cp1252", "WINDOWS-1252"),
    (GERMAN, "cp1252", "WINDOWS-1252"),
])
def test_the_hint_names_the_code_page_the_bytes_make_words_in(text: str, codec: str, name: str) -> None:
    data = text.encode(codec)
    assert likely_codepage(data)[0] == name
    assert data.decode(codec) == text  # converting as the hint says gives the words back
    value, problems = decode_article("story.txt", data)
    assert value is None and f"iconv -f {name} -t UTF-8" in problems[0].hint


def test_a_utf8_file_is_read_as_before() -> None:
    value, problems = decode_article("story.txt", RUSSIAN.encode("utf-8"))
    assert value == RUSSIAN and not problems
