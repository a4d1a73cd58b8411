"""A country's own body named without its country ("The Commissariat for Refugees and Migration says", "the Border
Police said", "The federal prosecutor's office said"): the body of the country its sentence or its page tells (pure;
LABELS Round 37 and Round 45: a national body named with no country on a national page takes the country).

The country is, in order: the one a fuller form of the same name on the page gives ("Ministry of Security" under a
story that writes "the Ministry of Security of Bosnia and Herzegovina": that form itself), else the one the sentence
itself names by its capital ("checks at Chișinău airport"), its people ("a few dozen Belgians") or as the place the body
speaks of ("in reception centres in Serbia"), when it names one only, else the page's home country.
"""

from __future__ import annotations

import re

from idlibsite.attribution.context import citizens_country, home_country
from idlibsite.attribution.countries import CAPITALS, DEMONYMS
from idlibsite.attribution.folding import fold, strip_article, words
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS

NATIONAL_HEADS = frozenset("commissariat police gendarmerie prosecutor inspectorate".split())
"""Words of a body's name that make it a country's own service, as "ministry" does (a commissariat for refugees, a
border police, a prosecutor's office), which news copy names without its country on a national page."""
_NAMED = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*))*)")
"""A body's own name, every word capitalised but its links ("The Commissariat for Refugees and Migration")."""
_DESCRIBED = re.compile(r"(?:[Tt]he\s+)?((?:federal|national|state|public)\s+prosecutor[’']s\s+office)")
"""A country's prosecution service described in small letters ("the federal prosecutor's office")."""
_IN_COUNTRY = re.compile(r"\bin\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")
"""A place the sentence speaks of ("in reception centres in Serbia")."""
_STATES = frozenset(NATIONS.values())
"""The countries by their own names."""


def national_body(phrase: str, sentence: str, page: str) -> tuple[str, str]:
    """The name and country of a country's own body ``phrase`` names without its country (:data:`NATIONAL_HEADS`, or a
    name the page also gives with its country after "of"): the page's fuller form of the name when it gives one ("Ministry
    of Security of Bosnia and Herzegovina"), else the name after the adjective of the country the sentence or the page
    tells (module docstring); the bare name and "" when none tells a country; ("", "") when the phrase is no such body."""
    named, described = _NAMED.fullmatch(phrase.strip()), _DESCRIBED.fullmatch(phrase.strip())
    bare = strip_article(phrase.strip()) if named or described else ""
    if " " not in bare or any(w in NATIONS for w in words(bare)):  # not "Police said", a sentence's first word
        return "", ""
    head = re.split(r"\s+(?:of|for)\s+", bare)[0].split()
    if fold(head[-1]) not in NATIONAL_HEADS | ORG_WORDS or any(re.fullmatch(r"[A-Z][a-z]*[A-Z]\w*", w) for w in head):
        return "", ""  # not "Police Director X", "Foreign Affairs", "TT Border Police", "BiH Border Police" (a country's letters: bodytable's)
    fuller = _fuller(bare, page) if named else ("", "")
    if fuller[0] or not NATIONAL_HEADS.intersection(words(bare)):
        return fuller
    country = _sentence_country(sentence) or home_country(page)
    return (f"{DEMONYMS.get(country, country)} {bare}", country) if country else (bare, "")


def _fuller(bare: str, page: str) -> tuple[str, str]:
    """The one form of ``bare`` the page gives with a country's name after "of" ("Ministry of Security of Bosnia and
    Herzegovina"), and that country; ("", "") when none or several."""
    after = rf"\b{re.escape(bare)}\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)"
    forms = {(f"{bare} of {m.group(1)}", _country(m.group(1))) for m in re.finditer(after, page)}
    forms = {form for form in forms if form[1]}
    return forms.pop() if len(forms) == 1 else ("", "")


def _country(name: str) -> str:
    """The country ``name`` is by its own name ("Bosnia and Herzegovina"), "" when none."""
    return name if name in _STATES else ""


def _sentence_country(sentence: str) -> str:
    """The one country a sentence names by its capital, its people or as a place "in" it; "" when none or several."""
    named = {CAPITALS[w] for w in words(sentence) if w in CAPITALS}
    named |= {c for c in (_country(m.group(1)) or _country(m.group(1).split()[0]) for m in _IN_COUNTRY.finditer(sentence)) if c}
    people = citizens_country(sentence)
    named |= {people} if people else set()
    return named.pop() if len(named) == 1 else ""
