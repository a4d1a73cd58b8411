"""The synthetic actors (organisations, fact-checkers, a few hundred persons) and their actors.yaml."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .vocabulary import FACT_CHECKERS, FIRST, LAST, ORGS, PERSON_TITLES, slugify, yq


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    affiliation: str
    aliases: list[str]
    title: str  # prenominal title for persons ("Kremlin spokesman"), "" for bodies
    text: str  # how the text names it the first time
    short: str  # how the text names it later
    roles: list[tuple[str, str, str]] = field(default_factory=list)
    note: str = ""


def make_actors(rng: random.Random, persons: int) -> list[Actor]:
    actors: list[Actor] = []
    for name, aliases, kind, aff, text in ORGS:
        actors.append(Actor(slugify(name), name, kind, aff, list(aliases), "", text,
                            aliases[0] if aliases and not aliases[0].startswith("the ") else text))
    for name, ident in FACT_CHECKERS:
        actors.append(Actor(ident, name, "organisation", "media", [], "", name, name,
                            note="A fact-checker whose ratings appear in the corpus."))
    seen = {a.id for a in actors}
    affs = list(PERSON_TITLES)
    while len(actors) < len(ORGS) + len(FACT_CHECKERS) + persons:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        ident = slugify(name)
        if ident in seen:
            continue
        seen.add(ident)
        aff = rng.choice(affs)
        title = rng.choice(PERSON_TITLES[aff])
        aliases = [last] + ([f"{title.split()[-1].capitalize()} {last}"] if rng.random() < 0.3 else [])
        roles = []
        if rng.random() < 0.6:
            start = f"{rng.randint(2008, 2019)}-{rng.randint(1, 12):02d}"
            until = rng.choice(["", "unknown", f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}"])
            roles.append((title, start, until))
        note = f"Also transliterated {last[:-1]}y." if rng.random() < 0.1 else ""
        actors.append(Actor(ident, name, "person", aff, aliases, title, f"{title} {name}", last, roles, note))
    return actors


def actors_yaml(actors: list[Actor]) -> str:
    out = ["# Synthetic actors for the scale benchmark (python -m bench.scale).", "actors:"]
    for a in actors:
        out += [f"  - id: {a.id}", f"    name: {yq(a.name)}", f"    kind: {a.kind}", f"    affiliation: {yq(a.affiliation)}"]
        if a.aliases:
            out.append("    aliases:")
            out += [f"      - {yq(x)}" for x in a.aliases]
        if a.roles:
            out.append("    roles:")
            for title, start, until in a.roles:
                out += [f"      - title: {yq(title)}", f"        from: {start}", f"        until: {yq(until) if until else chr(34) * 2}"]
        if a.note:
            out.append(f"    note: {yq(a.note)}")
        out.append("")
    return "\n".join(out)
