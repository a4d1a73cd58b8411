"""claims.json: the catalogue of every claim and actor (see exports.py), and its bytes made one entry at
a time: the whole catalogue's dicts and ``json``'s pieces of it, made at once, were the parent's largest
transient of a build's rendering (its peak)."""

from __future__ import annotations

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


def catalogue_json(site: Site, base_url: str) -> bytes:
    """``exports.dumps(claims_catalogue(site, base_url))`` in UTF-8, made ``ENTRIES`` claims at a time (a
    list's JSON is its items' joined by commas; the keys sorted: actors, claims, generator)."""
    claims = site.annotations.claims
    return b"".join([b'{"actors":', compact([_actor(a) for a in site.annotations.actors]).encode(), b',"claims":[',
                     b",".join([compact([_claim(c, base_url) for c in claims[at:at + ENTRIES]])[1:-1].encode()
                                for at in range(0, len(claims), ENTRIES)]),
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
