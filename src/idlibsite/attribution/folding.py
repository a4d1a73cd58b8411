"""Words folded for comparison (pure), and the word tests built on them.

Words are folded before they are compared: accents (Erdoğan/Erdogan, Kalın/Kalin), common
transliteration variants (Zhuravlyov/Zhuravlev, Yerkhov/Erkhov, Alexei/Aleksei, Sergey/Sergei),
possessives, nationality adjectives (Russian/Russia's) and British/American spellings
(defence/defense, centre/center).
"""

from __future__ import annotations

import re
import unicodedata

from idlibsite.attribution.countries import CAPITALS
from idlibsite.attribution.wordlists import GENERIC, NATIONAL_FORMS, NATIONS, ORG_NOUNS, PERSON_NOUNS, STOP, TITLES


def fold(word: str) -> str:
    """One word, lower-cased and folded for comparison (see module docstring)."""
    w = unicodedata.normalize("NFKD", word.replace("ı", "i").replace("İ", "I"))
    w = "".join(c for c in w if not unicodedata.combining(c)).lower().strip(".,;:()")
    w = re.sub(r"[’']s$", "", w).replace("’", "'").replace(".", "")
    w = NATIONAL_FORMS.get(w, w)
    if w in NATIONS or w in CAPITALS:
        return w  # a country's or its capital's name as the lists key it ("Yerevan", "Tokyo": no "yo" spelled "e")
    if w == "regime":
        return "government"  # "the Syrian regime" is how news copy names the Syrian government
    if w in PERSON_NOUNS or w in GENERIC or w in TITLES:
        return w  # "expert", "experts", "expatriates": a role noun or a title as the lists write it (the spellings below are
        # for names: "Alexei" is "Aleksei", but a title's word read as "ekspatriates" would be no title)
    w = w.replace("defence", "defense").replace("centre", "center").replace("x", "ks")
    w = re.sub(r"(?<=[bcdfghjklmnpqrstvwz])yo", "e", re.sub(r"^ye", "e", w))  # Zhuravlyov, Pyotr; not "mayor"
    return re.sub(r"ey$", "ei", w)


WORD = re.compile(r"[\w’'-]+")
"""A word as a page writes it, its apostrophes and hyphens kept ("Russia’s", "al-Assad"): what is folded word by word."""


def folded(text: str, most: int | None = None) -> list[str]:
    """The words of ``text`` (:data:`WORD`), folded (:func:`fold`), in order; only its first ``most`` when given."""
    return [fold(w) for w in WORD.findall(text)[:most]]


def nations_in(text: str) -> set[str]:
    """The country each word of ``text`` names (its name or adjective, :data:`NATIONS`), "" for a word that names none."""
    return {NATIONS.get(w, "") for w in folded(text)}


def words(text: str) -> list[str]:
    """Folded content words of a phrase."""
    return [f for f in (fold(t) for t in re.findall(r"[\w’'.-]+", text)) if f and f not in STOP]


def strip_article(text: str) -> str:
    """The phrase without its leading article ("the", "a", "an")."""
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)


def plural(token: str) -> bool:
    """A lowercase plural noun: "commanders", "agencies" (nobody in particular)."""
    plural = token[:1].islower() and len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "'s", "’s"))
    return plural and fold(token) not in ORG_NOUNS  # "the letters said": the body that wrote them
