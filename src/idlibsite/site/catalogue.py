"""claims.json: the catalogue of every claim and actor (see exports.py), and its bytes made one entry at
a time: the whole catalogue's dicts and ``json``'s pieces of it, made at once, were the parent's largest
transient of a build's rendering (its peak)."""

from __future__ import annotations

from operator import is_

from idlibsite import __version__
from idlibsite.anchoring.model import Site
from idlibsite.annotations.records import Actor, Claim
from idlibsite.site.exports import compact


def claims_catalogue(site: Site, base_url: str) -> dict[str, object]:
    """claims.json: every claim's id, title, address and date of update, with a link to its
    data file (:func:`exports.claim_json`); and the actors, whom the data files name by id."""
    return {
        "generator": f"idlibsite {__version__}",
        "claims": [_claim(c, base_url) for c in site.annotations.claims],
        "actors": [_actor(a) for a in site.annotations.actors],
    }


class Chunks:
    """serve (``Cache.kept``): the JSON of each ``ENTRIES`` claims of the last build's claims.json, with the
    base URL and the very claims it was made of, so that a build whose claims are the last one's objects
    but for a few (an edit: the loader gives an unchanged claim file's claim back) makes the JSON of only
    their chunks again, not of every claim (0.03 s CPU at 3,000 sources).  Kept from a process's second
    build on, as its page keys are: a process that builds once holds no chunk once claims.json is made.
    Made at that second build's plan (:meth:`planned`), whether its claims.json is made or kept: serve's
    build at its first quiet moment keeps it, and the user's first save made every chunk (0.025 s CPU at
    3,000 sources, ~0.08 at 10,000)."""

    __slots__ = ("made", "builds")

    def __init__(self) -> None:
        self.made: list[_Chunk] = []
        self.builds = 0  # the builds planned with it

    def planned(self, site: Site, base_url: str) -> Chunks:
        """Itself, for one more build's claims.json; at the second, its chunks made now."""
        self.builds += 1
        if self.builds == 2:
            catalogue_json(site, base_url, self)
        return self


_Chunk = tuple[str, tuple[Claim, ...], bytes]  # the base URL, the claims, the JSON of their entries (no brackets)


def catalogue_json(site: Site, base_url: str, chunks: Chunks | None = None) -> bytes:
    """``exports.dumps(claims_catalogue(site, base_url))`` in UTF-8, made ``ENTRIES`` claims at a time (a
    list's JSON is its items' joined by commas; the keys sorted: actors, claims, generator); with
    ``chunks``, a chunk of the very claims of the last build's at its place taken as it was."""
    claims = site.annotations.claims
    last = chunks.made if chunks is not None else []
    made: list[_Chunk] = []
    for n, at in enumerate(range(0, len(claims), ENTRIES)):
        part = claims[at:at + ENTRIES]
        was = last[n] if n < len(last) else None
        if was is None or was[0] != base_url or len(was[1]) != len(part) or not all(map(is_, was[1], part)):
            was = base_url, part, compact([_claim(c, base_url) for c in part])[1:-1].encode()
        made.append(was)
    if chunks is not None and chunks.builds > 1:
        chunks.made = made
    return b"".join([b'{"actors":', compact([_actor(a) for a in site.annotations.actors]).encode(), b',"claims":[',
                     b",".join([json for _, _, json in made]),
                     b'],"generator":', compact(f"idlibsite {__version__}").encode(), b"}\n"])


ENTRIES = 256  # claims of the catalogue made at a time


def _claim(c: Claim, base_url: str) -> dict[str, object]:
    return {
        "id": c.id,
        "title": c.title,
        "url": f"{base_url}claims/{c.id}/",
        "updated": c.updated.iso,
        "data": f"{base_url}claims/{c.id}/claim.json",
    }


def _actor(a: Actor) -> dict[str, object]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "affiliation": a.affiliation,
        "aliases": list(a.aliases),
        "roles": [{"title": r.title, "from": r.start.iso, "until": r.until.iso} for r in a.roles],
    }
