"""An envoy's title with the state or city they serve in, then the name (pure; issue 15).

Agencies and state dailies bill a diplomat with where they are posted between the title and the name: "Syrian
Ambassador to the DPRK Tammam Sulaiman held a press conference", "The Ambassador of the Syrian Arab Republic to
Myanmar, Dr Bassam Al-Khatib, said", "received the Turkish Consul General in Erbil, Erdem Sezer." A capitalised run
("DPRK Tammam Sulaiman") holds the post and the name together, so the page's cast read no title there, and "the
ambassador", "the consul general" later named nobody (LABELS rule 8: the person the page gave that title).  The post
is read as the run's words before the name (:func:`.phrase.read_phrase` parts a place or a nation from a name).
"""

from __future__ import annotations

import re

from idlibsite.attribution.countries import CAPITALS
from idlibsite.attribution.folding import fold
from idlibsite.attribution.phrase import read_phrase

_ENVOY = re.compile(
    r"(?P<title>(?:[A-Z][\w’'-]*[^\S\n]+){0,3}?"
    r"(?:Ambassador|Consul[^\S\n]+General|Consul|Envoy|Charg[ée][^\S\n]+d[’']Affaires|High[^\S\n]+Commissioner)"
    r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,3})?)"
    r"[^\S\n]+(?:to|in)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?P<post>[A-Z](?:[^.;:()\n\"“”]|(?<=\b(?:Dr|Mr|Ms))\.|(?<=\bMrs)\.|(?<=\bProf)\.){1,80}?)"
    r"(?=,?[^\S\n]+[a-z]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)[.;:]|,?[^\S\n]*$)", re.MULTILINE)
"""A diplomat's title (maybe after a nation and before "of" its state), "to" or "in" the post, then a run to the next
lowercase word or stop: "Syrian Ambassador to the DPRK Tammam Sulaiman", "Ambassador of the Syrian Arab Republic to
Myanmar, Dr Bassam Al-Khatib", "Turkish Consul General in Erbil, Erdem Sezer"."""


def envoys(text: str) -> tuple[tuple[str, str], ...]:
    """Each envoy the page bills with their post between title and name, as (name, title): the name read from the run
    after the post's "to"/"in", two words or more, the post's words no part of it; none where the run names no person
    ("Ambassador to the United Nations" alone)."""
    billed = []
    for m in _ENVOY.finditer(text):
        post, _, apposed = m.group("post").rpartition(",")  # "Erbil, Erdem Sezer": the name set off by a comma
        read = read_phrase(apposed.strip()) if post else read_phrase(m.group("post"))
        seat, _, rest = m.group("post").partition(" ")
        if not post and not read.role and fold(seat) in CAPITALS:  # "in Ankara Alexei Yerkhov": a capital, then the name
            read, post = read_phrase(rest), seat
        if read.person and len(read.name.split()) >= 2 and (post or read.role):
            billed.append((read.name, m.group("title")))
    return tuple(billed)
