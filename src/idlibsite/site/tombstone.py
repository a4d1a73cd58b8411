"""``claims/<id>/claim.json`` of a claim no longer in the annotations: a tombstone (pure).

URLs are forever, a data file's too: a script that stored a claim's
``claim.json`` keeps getting JSON there after the claim is deleted (or renamed
without an alias).  Nothing current exists, so the file is made from the claim's
published versions alone, as a repository's tombstone keeps a removed record's
metadata: ``"status": "gone"``, the last version's address, every version's
address and date, and the last version's content, in the living file's shape
where its snapshot gives the same thing and as the snapshot itself (whose hash is
the version's id) for the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from idlibsite import __version__
from idlibsite.anchoring.versions import Version, snapshot_sources
from idlibsite.dates import parse_partial_date
from idlibsite.site.fragments import statement_fragment
from idlibsite.site.versioned import HistoryRow

GONE = "gone"  # the tombstone's "status": a script tests it
NOTE = ("This claim is no longer published on the site. Its published versions stay at their own addresses; "
        "'last_version' holds what the last one showed.")


def tombstone_json(chain: Sequence[Version], rows: Sequence[HistoryRow], base_url: str) -> dict[str, object]:
    """The ``claim.json`` of the claim whose versions are ``chain`` (under one id, or under the ids it moved
    through: site/versioned.py ``chains``; ``rows``: theirs, oldest first), now gone: the same at each of its
    addresses, naming the id of its last version.  ``claim`` has the living file's keys whose values the last
    snapshot gives in the same sense (no topics, aliases, verdict or counter-assertion: a snapshot names their
    actors by name, not by id); ``last_version.snapshot`` is everything the last version showed, as the
    versions file keeps it."""
    last = chain[-1]
    snap = last.snapshot
    page = base_url + last.path
    date = parse_partial_date(snap["date"])
    by_source = {s["source"]: s for s in snap["statements"]}
    if snap["verdict"]:
        by_source.setdefault(snap["verdict"]["source"], snap["verdict"])
    return {
        "generator": f"idlibsite {__version__}",
        "status": GONE,
        "note": NOTE,
        "claim": {
            "id": last.claim,
            "url": f"{base_url}claims/{last.claim}/",
            "title": snap["title"],
            "actor": snap["claimant_id"],
            "date": {"value": date.iso, "precision": date.precision},
            "assertion": snap["assertion"],
            "status": snap["status"],
            "updated": snap["updated"],
            "notes_markdown": snap["notes"],
            "statements": [_statement(s, page) for s in snap["statements"]],
        },
        "sources": [{"id": sid, "outlet": by_source[sid]["outlet"], "title": by_source[sid]["source_title"],
                     "url": by_source[sid]["url"]} for sid in sorted(snapshot_sources(snap))],
        "last_version": {"id": last.id, "url": page, "date": rows[-1].date.iso, "snapshot": snap},
        "versions": [{"id": row.version, "url": base_url + row.path, "date": row.date.iso} for row in rows],
    }


def _statement(s: dict[str, str], page: str) -> dict[str, object]:
    """A statement of the last snapshot as the living file gives one, where the snapshot has the same."""
    said = parse_partial_date(s["said"])
    return {"id": s["id"], "url": f"{page}#{statement_fragment(s['id'])}", "speaker": s["speaker_id"],
            "source": s["source"], "kind": s["kind"], "side": s["side"],
            "said": {"value": said.iso, "precision": said.precision}}
