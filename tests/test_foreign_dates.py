"""Dates as sites in other languages print them: month names of the CLDR's locales (sources/monthwords.py), the words
around a date line (sources/datewords.py), numeric dates read day first where the page's language or the line's
words write them so (sources/datelines.py day_first).  Every text here is ours."""

import gc
import importlib
import tracemalloc

import pytest

from conftest import ROOT
from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.datelines import day_first, find_dates, is_date_line
from idlibsite.sources.metadata import PageMeta, find_metadata
from idlibsite.sources.outlets import load_outlets

OUTLETS, _ = load_outlets(ROOT / "corpus" / "outlets.yaml", "corpus/outlets.yaml", ROOT)
STORY = ("Les combats se sont poursuivis toute la semaine dans le sud de la province, et des milliers de familles ont "
         "encore quitté leurs maisons pour les camps situés le long de la frontière.\n\n"
         "Les organisations humanitaires ont distribué des tentes et des couvertures, mais les besoins restent bien "
         "supérieurs à ce qui peut être fourni ce mois-ci.\n")


@pytest.mark.parametrize("written, iso", [
    ("1er mars 2020", "2020-03-01"),                 # French, the first of the month
    ("5 févr. 2020", "2020-02-05"),                  # French, abbreviated with its dot
    ("5. März 2020", "2020-03-05"),                  # German, the day with its dot
    ("5 de marzo de 2020", "2020-03-05"),            # Spanish
    ("12 лютого 2020", "2020-02-12"),                # Ukrainian, genitive
    ("٥ آذار ٢٠٢٠", "2020-03-05"),                   # Levantine Arabic, Arabic-Indic digits
    ("الخميس 5 مارس 2020", "2020-03-05"),            # Egyptian Arabic names, Western digits
    ("12 كانون الثاني 2020", "2020-01-12"),          # a month of two words
    ("05 Mart 2020 Perşembe", "2020-03-05"),         # Turkish, as before
    ("5 марта 2020 года", "2020-03-05"),             # Russian, as before
])
def test_month_names_of_other_languages_are_read(written: str, iso: str) -> None:
    dates = find_dates(written)
    assert [r.iso for r in dates[0].readings] == [iso], written


@pytest.mark.parametrize("line", [
    "Mai Khalil said in 2020",           # a name spelt like a month, no day before it
    "März 2020",                         # a month and a year: no day
    "the 5 mars bars of 20",             # no four-digit year
    "Am 5 Mai 20 Uhr",                   # no year
])
def test_a_month_name_without_a_day_and_a_year_is_no_date(line: str) -> None:
    assert find_dates(line) == []


@pytest.mark.parametrize("line", [
    "Publié le 01/03/2020 à 18:42, mis à jour le 02/03/2020 à 07:15",
    "Publié le 5 mars 2020 à 14h30, mis à jour le 6 mars 2020 à 08h12",
    "Mittwoch, 12.02.2020   22:51 Uhr",
    "05.03.2020, 19:45 Uhr Aktualisiert: 06.03.2020, 08:10 Uhr",
    "Güncelleme: 5 Mart 2020 Perşembe 18:02",
    "5 марта 2020 года, 14:30 мск",
    "الخميس 5 مارس 2020 - تحديث: الجمعة 6 مارس 2020",
])
def test_a_date_line_in_another_language_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize("line", [
    "Le 5 mars 2020 à Moscou",                                # a place: a sentence's words
    "Am 5. März 2020 trafen sich Putin und Erdoğan",           # a sentence
    "Published 2 March 2020 Updated 3 March 2020",             # English with two dates: as before, none
    "Les présidents se sont vus le 5 mars 2020 et le 6 mars 2020 à Moscou",
])
def test_a_sentence_with_dates_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize("line, language, reads", [
    ("Publié le 01/03/2020 à 18:42", "", True),        # French words around it
    ("Stand: 05.03.2020 14:30 Uhr", "", True),           # German words
    ("Güncelleme: 01.03.2020", "", True),                # Turkish words
    ("05.03.2020 23:10", "ru", True),                    # the page declares Russian
    ("05.03.2020 23:10", "", False),                     # nothing says which: left open
    ("Published 03/05/2020 at 2:30 pm", "", False),      # English: a US site writes the month first
    ("Published 03/05/2020 at 2:30 pm", "en-US", False),
])
def test_a_numeric_date_is_read_day_first_where_the_language_writes_it_so(line: str, language: str,
                                                                          reads: bool) -> None:
    assert bool(day_first(line, language)) is reads


@pytest.mark.parametrize("header, language, iso, certain", [
    ("Publié le 01/03/2020 à 18:42, mis à jour le 02/03/2020 à 07:15", "", "2020-03-01", True),
    ("Mittwoch, 12.02.2020   22:51 Uhr", "", "2020-02-12", True),
    ("05.03.2020 23:10", "ru", "2020-03-05", True),
    ("Publié le 5 mars 2020 à 14h30, mis à jour le 6 mars 2020 à 08h12", "", "2020-03-05", True),
    ("05.03.2020 23:10", "", "2020-03-05", False),       # as before: day first, but a guess
])
def test_the_publication_date_of_a_copy_in_another_language(header: str, language: str, iso: str,
                                                            certain: bool) -> None:
    text = f"La Turquie abat deux avions au-dessus d'Idlib\n{header}\n\n{STORY}"
    blocks = cut_blocks(text)
    found = find_metadata(text, blocks, OUTLETS, page=PageMeta(language=language), language="fr")
    assert (found.date.iso, found.date_note.certain) == (iso, certain), found.date_note.note


def test_the_names_are_made_without_keeping_babel_s_data_of_the_locales() -> None:
    """Babel keeps every locale it loads for the process's life (11 MB for these ten and their parents, at every
    build's peak): once the month and weekday names are made, only they are held."""
    from babel import localedata

    importlib.import_module("babel.dates")  # its modules imported before measuring

    from idlibsite.sources import datewords, monthwords

    made = (monthwords._names, monthwords.foreign_months, monthwords.foreign_day_first, datewords.around_words)
    for fn in made:
        fn.cache_clear()
    localedata.clear_caches()
    tracemalloc.start()
    try:
        assert monthwords.foreign_month("mars") == 3 and datewords.is_around_word("Perşembe")
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert held < 5 << 20
