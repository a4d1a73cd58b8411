"""A body named with its owner's possessive, proposed in its form with "of" (pure).

"Gagauzia's Executive Committee" on a page that also writes "the Executive Committee of Gagauzia", and "The
Presidency's Secretariat of Social Communication", whose owner is a body's kind: one body by two names (LABELS rule 9),
proposed as the page's "of" form (Round 43: a body named with a place's possessive is its own name), never with the
owner's possessive opening it, which a label writes after it.  A nation's possessive is no owner here
(:func:`idlibsite.attribution.countries.adjectival` gives its adjective), nor a person's ("Navalny's Foundation": the
page writes no "Foundation of Navalny", and a surname is no body's kind).  A body named after its nation's word or
initials ("BiH Border Police") is proposed in the "of" form the page writes for it too ("the Border Police of Bosnia and
Herzegovina").
"""

from __future__ import annotations

import re

from idlibsite.attribution.folding import fold
from idlibsite.attribution.wordlists import NATIONS, ORG_WORDS

_OWNED = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)[’']s\s+((?:[A-Z][\w-]*\s+){0,3}(?P<head>[A-Z][a-z]+)(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)")
"""An owner's possessive, one capitalised word, before a body's name of up to four capitalised words, its head maybe
followed by what it is "of" or "for" ("Presidency's Secretariat of Social Communication")."""
_HEADS = ORG_WORDS | {"secretariat", "bureau", "administration", "cabinet", "chancellery"}
"""The kinds a body's name ends its head with: a name the possessive owns, not a person's title."""


def of_form(name: str, page: str) -> str:
    """``name`` in its form with "of" when it opens with its owner's possessive: "Executive Committee of Gagauzia" when
    the page writes it so, "Secretariat of Social Communication of the Presidency" when the owner is a body's kind (the
    Presidency, the Government) and the name has its own "of" (a translated name, the owner after its field); ``name`` as
    it is otherwise (a nation's possessive, a person's, no body's head, "the Presidency's Communications Directorate")."""
    owned = _OWNED.fullmatch(name.strip())
    first, _, rest = name.strip().partition(" ")
    country = NATIONS.get(fold(first), "") if rest and fold(rest.split()[-1]) in _HEADS | {"police", "guard"} else ""
    if country and re.search(rf"\b{re.escape(rest)}\s+of\s+(?:the\s+)?{re.escape(country)}\b", page):
        return f"{rest} of {country}"  # "BiH Border Police" where the page writes "the Border Police of Bosnia and Herzegovina"
    if not owned or fold(owned.group(1)) in NATIONS or fold(owned.group("head")) not in _HEADS:
        return name
    owner, body = owned.group(1), owned.group(2)
    if fold(owner) in ORG_WORDS and re.search(r"\s(?:of|for)\s", body):
        return f"{body} of the {owner}"  # not "the Presidency's Communications Directorate", a name of its own kind alone
    spelled = re.search(rf"\b{re.escape(body)}\s+of\s+{re.escape(owner)}\b", page)
    return f"{body} of {owner}" if spelled else name
