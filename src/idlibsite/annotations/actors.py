"""The reader of ``claims/actors.yaml``: every speaker, with its names, roles and links."""

from __future__ import annotations

from pathlib import Path

from idlibsite.annotations.records import ACTOR_KINDS, Actor, Role
from idlibsite.cache import Cache, key
from idlibsite.dates import UNKNOWN
from idlibsite.errors import Problem
from idlibsite.formerids import former_problems
from idlibsite.schema import enum, fields, located, nonblank, partial_date, slug, text, url, wikidata_id
from idlibsite.yamlpos import YValue, load_yaml_bytes

ACTORS_KIND = "actors-2"  # cache entries: an actors file parsed, with its problems, by its name and bytes (2: with
# former ids)


def load_actors(path: Path, display: str, project: Path, problems: list[Problem],
                cache: Cache | None = None) -> dict[str, Actor]:
    """Every actor of the file at ``path`` by id, its problems added to ``problems``; the same name and
    bytes are taken from ``cache`` as parsed before."""
    cache = cache or Cache(None)
    data, found = cache.read(path, project, display)
    problems += found
    if data is None:
        return {}
    k = key(ACTORS_KIND, display, data)
    parsed = cache.get(ACTORS_KIND, k)
    if not (isinstance(parsed, tuple) and len(parsed) == 2):
        parsed = cache.put(ACTORS_KIND, k, parse_actors(display, data))
    actors, more = parsed
    problems += more
    return dict(actors)


def parse_actors(display: str, data: bytes) -> tuple[dict[str, Actor], list[Problem]]:
    """The actors of an actors file's bytes by id, and its problems (pure)."""
    problems: list[Problem] = []
    root, yaml_problems = load_yaml_bytes(display, data)
    problems += yaml_problems
    f = None if root is None else fields(root, "", ("actors",), problems)
    if f is None:
        return {}, problems
    actors: dict[str, Actor] = {}
    for actor in f.required_list("actors", _actor):
        if actor.id in actors:
            message = f"duplicate actor id '{actor.id}' (first at line {actors[actor.id].loc.line})"
            problems.append(actor.loc.problem(message, "give each actor its own id"))
        elif actor.id:
            actors[actor.id] = actor
    problems += former_problems("former id", "actor", ((a.id, old) for a in actors.values() for old in a.former_ids),
                                {a.id: f"{display}:{a.loc.line}" for a in actors.values()})
    return actors, problems


def _actor(node: YValue, what: str, problems: list[Problem]) -> Actor | None:
    keys = ("id", "name", "kind", "affiliation", "aliases", "former_ids", "roles", "note", "url", "wikidata",
            "rating_scale")
    f = fields(node, what, keys, problems)
    if f is None:
        return None
    return Actor(
        id=f.required("id", slug, ""),
        name=f.required("name", text, ""),
        kind=f.required("kind", enum(*ACTOR_KINDS), ""),
        affiliation=f.required("affiliation", text, ""),
        aliases=f.optional_list("aliases", nonblank),
        roles=f.optional_list("roles", _role),
        note=f.optional("note", text, ""),
        url=f.optional("url", url, ""),
        wikidata=f.optional("wikidata", wikidata_id, ""),
        rating_scale=f.optional_list("rating_scale", nonblank),
        loc=f.node.loc,
        rating_scale_loc=f.loc("rating_scale"),
        former_ids=f.optional_list("former_ids", located(slug)),
    )


def _role(node: YValue, what: str, problems: list[Problem]) -> Role | None:
    f = fields(node, what, ("title", "from", "until"), problems)
    if f is None:
        return None
    return Role(
        title=f.required("title", text, ""),
        start=f.optional("from", partial_date, UNKNOWN),
        until=f.optional("until", partial_date, UNKNOWN),
    )
