"""A surname a browser's machine translation left in another case, matched to the person the page named (pure; issue 15,
fix15gf): "According to Peskova" after "Dmitry Peskov", "According to Mr. Petsa" after "Stelios Petsas"."""

from __future__ import annotations

from idlibsite.attribution.answer import Speaker, is_person
from idlibsite.attribution.match import name_key


_CASE_ENDINGS = ("", "a", "u", "e", "i", "s", "om", "im", "oi", "em", "as", "is", "os", "es")
"""Case endings a browser's machine translation leaves on a Slavic or Greek surname it did not recognise, as folded by
:func:`.match.name_key` ("y" read "i", "ou" read "u"): the genitive "Peskova", the dative "Peskovu", the
instrumental "Zakharovoy" (of "Zakharova"), "Lavrovym"; the Greek genitive "Petsa" (of "Petsas"), "Papadopoulou" (of
"Papadopoulos")."""


def _stems(key: str) -> set[str]:
    """The stems a folded surname may have under :data:`_CASE_ENDINGS`, of four letters or more."""
    return {key[: len(key) - len(e)] for e in _CASE_ENDINGS if key.endswith(e) and len(key) - len(e) >= 4}


def inflected_surname(name: str, entries: list[tuple[Speaker, str, bool]]) -> Speaker | None:
    """The one person named so far whose surname is ``name``, one word, in another case ending (:data:`_CASE_ENDINGS`):
    "According to Peskova" after "Dmitry Peskov", "As stressed Zakharovoy" after "Maria Zakharova", in a page a
    browser translated word for word; None when none or two such people (a name the page gives as written is read
    first, by :func:`.context.seen_surname`)."""
    if " " in name or not name[:1].isupper():
        return None
    stems = _stems(name_key(name))
    held: dict[str, Speaker] = {}
    for speaker, _role, _person in entries:
        known = speaker.actor.name if speaker.actor else speaker.new.name if speaker.new else ""
        if is_person(speaker) and " " in known and stems & _stems(name_key(known.split()[-1])):
            held[known] = speaker
    return held.popitem()[1] if len(held) == 1 else None
