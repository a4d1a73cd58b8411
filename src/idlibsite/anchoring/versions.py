"""Published versions of each claim: what a claim page showed, kept so a citation never breaks
(pure functions; the committed file that keeps them is :mod:`idlibsite.anchoring.versionfile`).

A claim's *snapshot* is everything its page states: title, claimant, dates,
assertion, counter-assertion, status, verdict and, for every statement, the
speaker, the source and the anchored words as a reader sees them.  Names and
titles are copied in, so a snapshot reads the same after an actor or a source
is renamed or a claim deleted.  A *version* is a snapshot with its id, a short
hash of the snapshot itself: the id changes exactly when what is published
changes, and a hand edit of a stored snapshot no longer matches its id.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import is_not
from typing import Any

from idlibsite.anchoring.model import Site, role_at, shown_words
from idlibsite.annotations.records import Claim
from idlibsite.memo import Keep, Same, fresh

# Seven bytes of SHA-256: short enough to read aloud, and a collision between two
# versions of one claim is out of reach.
VERSION_HEX_DIGITS = 14

Snapshot = Mapping[str, Any]  # JSON-shaped: str, list, dict, None only
PACK_LEVEL = 1  # zlib's, for a version's snapshot: at 1,000 sources 6.2 MB to 2.6 in ~0.05 s


@dataclass(frozen=True)
class Version:
    """One published version of one claim."""

    claim: str  # the claim id it was published under (its URL: /claims/<claim>/v/<id>/)
    id: str  # hash of the snapshot (VERSION_HEX_DIGITS hex digits)
    previous: str  # id of the claim's version before it, "" for its first
    # what the page showed, as its canonical JSON in UTF-8 (the bytes its id hashes), compressed (zlib,
    # PACK_LEVEL): every version lives to a build's end, and only a version's own pages, its history and
    # the versions file read it (6.2 MB of JSON at 1,000 sources, 2.6 packed)
    packed: bytes
    # the actors the snapshot names, by id and name (:func:`named_actors`): stored with the version, so
    # that a fresh process checks for a lost actor id without unpacking every claim's latest snapshot
    named: tuple[tuple[str, str], ...]
    # what its row of the claim's history shows (site/versioned.py), stored with it so that a fresh process
    # makes every claim's history without unpacking a snapshot:
    date: str  # when it was published: the claim's ``updated`` date as it then stood (the editor's date of
    # the substantive change; no build clock, so rebuilds are identical)
    sources: tuple[str, ...]  # ids of the sources the snapshot shows, sorted (:func:`snapshot_sources`)
    changes: tuple[str, ...]  # what changed from the version ``previous`` names (or ``moved_from``), in words
    # the first version under its id of a claim moved from an old id (listed under its ``aliases``):
    # "<old id>/<the old id's last version>" (:func:`reference`), "" for every other version
    moved_from: str = ""

    @classmethod
    def of(cls, claim: str, id: str, previous: str, snapshot: Snapshot, before: Snapshot | None,
           moved_from: str = "") -> Version:
        """The version of ``snapshot`` (JSON-shaped); ``before``: the snapshot of the version ``previous``
        names, or else of the one ``moved_from`` names (None for a claim's first)."""
        return cls(claim, id, previous, zlib.compress(canonical(snapshot), PACK_LEVEL), *_read(snapshot, before),
                   moved_from=moved_from)

    @classmethod
    def made(cls, claim: str, id: str, previous: str, canonical_json: bytes, before: Snapshot | None,
             moved_from: str = "") -> Version:
        """The version of a snapshot given as its :func:`canonical` JSON (``before``, ``moved_from``: as in
        :meth:`of`)."""
        return cls(claim, id, previous, zlib.compress(canonical_json, PACK_LEVEL),
                   *_read(json.loads(canonical_json), before), moved_from=moved_from)

    @property
    def canonical(self) -> bytes:
        """What the page showed, as its canonical JSON (made again at each call)."""
        return zlib.decompress(self.packed)

    @property
    def snapshot(self) -> Snapshot:
        """What the page showed, parsed again at each call (keys sorted)."""
        parsed: Snapshot = json.loads(self.canonical)
        return parsed

    @property
    def hashed(self) -> str:
        """The id its snapshot hashes to (``id``, unless the stored snapshot was edited)."""
        return version_of(self.canonical)

    @property
    def path(self) -> str:
        """Its folder in the site."""
        return f"claims/{self.claim}/v/{self.id}/"

    @property
    def moved(self) -> str:
        """The old id ``moved_from`` names ("" when none)."""
        return self.moved_from.rpartition("/")[0]


def reference(version: Version) -> str:
    """How a version moved to another id names ``version``, the old id's last (its ``moved_from``):
    "<claim id>/<version id>"."""
    return f"{version.claim}/{version.id}"


def _read(snapshot: Snapshot, before: Snapshot | None) -> tuple[
        tuple[tuple[str, str], ...], str, tuple[str, ...], tuple[str, ...]]:
    """What a version stores besides its snapshot: the actors it names, its date, its sources and its changes
    from ``before`` (the strings interned: a few hundred sources and a few dozen sentences are shared by
    every version)."""
    return (named_actors(snapshot), sys.intern(str(snapshot["updated"])),
            tuple(sys.intern(str(s)) for s in sorted(snapshot_sources(snapshot))),
            tuple(map(sys.intern, changes(before, snapshot))))


def snapshot_sources(snap: Snapshot) -> frozenset[str]:
    """The ids of the sources a version's snapshot (parsed) shows."""
    sources = {s["source"] for s in snap["statements"]}
    if snap["verdict"]:
        sources.add(snap["verdict"]["source"])
    return frozenset(sources)


def canonical(snapshot: Snapshot) -> bytes:
    """A snapshot's canonical JSON (keys sorted, no spaces, UTF-8), as the versions file stores it."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def named_actors(snapshot: Snapshot) -> tuple[tuple[str, str], ...]:
    """The actors a snapshot names, by id and name: its claimant first, then each statement's speaker,
    each once.  The ids and names are interned: a few hundred actors are named by every version."""
    ids = [(snapshot["claimant_id"], snapshot["claimant"])]
    ids += ((s["speaker_id"], s["speaker"]) for s in snapshot["statements"])
    return tuple(dict.fromkeys((sys.intern(str(i)), sys.intern(str(name))) for i, name in ids))


# The keys of a snapshot (:func:`snapshot`) that its readers need: the version pages, the history rows and the
# check for lost actor ids.  An entry of the versions file whose snapshot lacks one is refused at its line
# (:func:`snapshot_lacks`), not met as a KeyError by whichever reader comes first.
SNAPSHOT_KEYS: tuple[str, ...] = ("id", "title", "claimant", "claimant_id", "date", "assertion", "counter_assertion",
                                  "status", "updated", "verdict", "notes", "statements")
STATUS_KEYS: tuple[str, ...] = ("value", "date", "note")
COUNTER_KEYS: tuple[str, ...] = ("text", "by")  # of a counter-assertion, when there is one (else null)
VERDICT_KEYS: tuple[str, ...] = ("reviewer", "rating", "source", "source_title", "outlet", "url", "words")  # or null
STATEMENT_KEYS: tuple[str, ...] = ("id", "speaker", "speaker_id", "role", "side", "kind", "said", "source",
                                   "source_title", "outlet", "url", "words")


def snapshot_lacks(snap: Snapshot) -> str:
    """What a snapshot read back from the versions file lacks that its readers need, in words ("its snapshot
    has no 'speaker_id' in statements[0]"); "" when it has everything."""
    parts: list[tuple[str, object, tuple[str, ...]]] = [("", snap, SNAPSHOT_KEYS)]
    for where, keys in (("status", STATUS_KEYS), ("counter_assertion", COUNTER_KEYS), ("verdict", VERDICT_KEYS)):
        if where in snap and (snap[where] is not None or where == "status"):
            parts.append((where, snap[where], keys))
    statements = snap.get("statements", [])
    if not isinstance(statements, list):
        return "its snapshot's statements are not a list"
    parts += ((f"statements[{n}]", s, STATEMENT_KEYS) for n, s in enumerate(statements))
    for where, part, keys in parts:
        if not isinstance(part, dict):
            return f"its snapshot's {where} is not an object"
        lacking = next((k for k in keys if k not in part), None)
        if lacking is not None:
            return f"its snapshot has no {lacking!r}{' in ' + where if where else ''}"
    if not isinstance(snap["updated"], str):
        return "its snapshot's 'updated' is not a date"
    return ""


def version_id(snapshot: Snapshot) -> str:
    """The hash that names a snapshot (over its canonical JSON)."""
    return version_of(canonical(snapshot))


def version_of(made_json: bytes) -> str:
    """The hash that names a snapshot, of its canonical JSON."""
    return hashlib.sha256(made_json).hexdigest()[:VERSION_HEX_DIGITS]


def snapshot(site: Site, claim: Claim) -> dict[str, Any]:
    """What the claim's page publishes now, self-contained."""
    actor = site.actor_by_id[claim.actor]
    counter = claim.counter_assertion
    verdict = None
    if claim.verdict is not None:
        source = site.source_by_id[claim.verdict.source]
        spans = site.verdicts[claim.id].spans if claim.id in site.verdicts else ()
        verdict = {
            "reviewer": site.actor_by_id[claim.verdict.reviewer].name,
            "rating": claim.verdict.rating,
            "source": source.id,
            "source_title": source.meta.title,
            "outlet": source.meta.outlet,
            "url": source.meta.url,
            "words": shown_words(source, spans) or claim.verdict.quote,
        }
    # each statement's role and words are made here, not read from the quote's cached properties: a build
    # makes every claim's snapshot, and the quotes would keep them to its end (3.4 MB at 1,000 sources)
    return {
        "id": claim.id,
        "title": claim.title,
        "claimant": actor.name,
        "claimant_id": actor.id,
        "date": claim.date.iso,
        "assertion": claim.assertion,
        "counter_assertion": None if counter is None else {
            "text": counter.text, "by": [site.actor_by_id[a].name for a in counter.actors]},
        "status": {"value": claim.status.value, "date": claim.status.date.iso, "note": claim.status.note},
        "updated": claim.updated.iso,
        "verdict": verdict,
        "notes": claim.notes,
        "statements": [
            {
                "id": q.statement.id,
                "speaker": q.speaker.name,
                "speaker_id": q.speaker.id,
                "role": role_at(q.speaker, q.statement.said),
                "side": q.statement.side,
                "kind": q.statement.kind,
                "said": q.statement.said.iso,
                "source": q.source.id,
                "source_title": q.source.meta.title,
                "outlet": q.source.meta.outlet,
                "url": q.source.meta.url,
                "words": shown_words(q.source, q.anchor.spans),
            }
            for q in site.quotes_by_claim.get(claim.id, ())
        ],
    }


def append(versions: Sequence[Version], snapshots: Mapping[str, Snapshot],
           aliases: Mapping[str, Sequence[str]] | None = None) -> tuple[Version, ...]:
    """``versions`` with a new version for every claim whose snapshot differs from its latest
    one, appended in claim-id order (earlier versions are never changed or dropped).  ``aliases``: each
    claim's old ids; a claim's first version under its id records the move from the one of them published
    last (``moved_from``)."""
    return appended(versions, {claim_id: canonical(made) for claim_id, made in snapshots.items()}, aliases=aliases)


def appended(versions: Sequence[Version], made: Mapping[str, bytes | str], kept: Keep = fresh,
             aliases: Mapping[str, Sequence[str]] | None = None, last: Appended | None = None,
             json_of: Callable[[str], bytes] | None = None) -> tuple[Version, ...]:
    """:func:`append`, of each claim's snapshot given as its :func:`canonical` JSON (as a build keeps them),
    or as its version id alone (a str: a fresh build reads an unchanged claim's so, build.py), its JSON then
    made by ``json_of`` (the claim's id) only when a version is added.
    ``kept`` (serve's ``Cache.kept``): the new version of the same claim, previous version, move and bytes
    as the last build made it: a version shown but not recorded (a preview) is then the very object at every
    build, so the pages of its claim are taken again (site/sections.py).  ``last`` (serve's): what the last
    build found of each claim, taken again for a claim whose snapshot is the very bytes object (serve keeps an
    unchanged claim's) while the versions read and the aliases are the same: only the others' are hashed."""
    ids, snapshots = list(made), list(made.values())
    was = last.made if last is not None else None
    by_claim: dict[str, Version]  # the claims given a new version, by id
    todo: Iterable[str]  # the claims to look at
    if was is not None and was[0] is versions and was[1] == (aliases or {}) and was[2] == ids:
        by_claim, todo = dict(was[4]), compress(ids, map(is_not, snapshots, was[3]))  # passes in C
    else:
        by_claim, todo = {}, iter(ids)
    latest: Mapping[str, Version] | None = None  # made once a claim is looked at
    for claim_id in todo:
        latest = latest if latest is not None else kept((PUBLISHED_CLAIMS, Same(versions)),
                                                         partial(latest_by_claim, versions))
        made_json = made[claim_id]
        vid = made_json if isinstance(made_json, str) else version_of(made_json)
        before = latest.get(claim_id)
        if before is None or before.id != vid:
            if isinstance(made_json, str):  # a new version of a snapshot known by its id: made again
                assert json_of is not None, "a snapshot given by its id alone needs json_of"
                made_json = json_of(claim_id)
            previous = before.id if before else ""
            old = _moved(versions, (aliases or {}).get(claim_id, ())) if before is None else None
            moved = reference(old) if old else ""
            version = kept((ADDED_KIND, claim_id, previous, moved, made_json),  # previous: the id of its snapshot
                           partial(_made, claim_id, vid, before or old, made_json, moved))
            prior = was[4].get(claim_id) if was is not None else None  # (its kept entry unused since: not kept)
            by_claim[claim_id] = prior if prior is not None and prior == version else version
        else:
            by_claim.pop(claim_id, None)
    if last is not None:  # whole or not at all
        last.made = versions, dict(aliases or {}), ids, snapshots, by_claim
    return (*versions, *(by_claim[claim_id] for claim_id in sorted(by_claim)))  # in claim-id order, as
    # of its copy read back from the file


class Appended:
    """serve (``Cache.kept``): what :func:`appended` was given and found in the last build: the versions read,
    the aliases, each claim's id and snapshot (in order), and the claims given a new version."""

    def __init__(self) -> None:
        self.made: tuple[Sequence[Version], dict[str, Sequence[str]], list[str], list[bytes | str],
                         dict[str, Version]] | None = None


PUBLISHED_CLAIMS = "published claims"  # Cache.kept: each claim id's latest version
ADDED_KIND = "version added"  # Cache.kept: a version a build added


def _moved(versions: Sequence[Version], old_ids: Sequence[str]) -> Version | None:
    """The version a claim's first version under its id moves from: of its old ids (``old_ids``, its aliases),
    the last version of the one published last (None when none was published).  One move a version: a claim
    that takes over the addresses of two is said to follow the one published last."""
    if not old_ids:
        return None
    return next((v for v in reversed(versions) if v.claim in old_ids), None)


def _made(claim_id: str, vid: str, before: Version | None, made_json: bytes, moved: str) -> Version:
    """The version ``vid`` of a claim's snapshot ``made_json``, after ``before`` (its latest, if any, or the
    version it moved from, which ``moved`` names)."""
    previous = before.id if before and not moved else ""
    return Version.made(claim_id, vid, previous, made_json, before.snapshot if before else None, moved)


def dated_as_before(was: Sequence[Version], now: Sequence[Version]) -> list[Version]:
    """The versions ``now`` appends to ``was`` dated as the claim's version before them: the claim changed and
    its ``updated`` did not, so "Cite this" gives the new words the old date (a rename's first version under
    its new id has no version before it: a move is not an edit)."""
    if len(now) == len(was):
        return []
    dates = latest_by_claim(was)
    return [v for v in now[len(was):] if v.previous and v.claim in dates and dates[v.claim].date == v.date]


def latest_by_claim(versions: Sequence[Version]) -> dict[str, Version]:
    """Each claim id's newest version."""
    return {v.claim: v for v in versions}


def changes(before: Snapshot | None, after: Snapshot) -> tuple[str, ...]:
    """What changed from one version to the next, in words (for the claim's history)."""
    if before is None:
        return ("First published.",)
    out = []
    if before["id"] != after["id"]:
        out.append(f"Moved from the address of “{before['id']}”.")
    if before["claimant_id"] != after["claimant_id"] and before["claimant"] == after["claimant"]:
        out.append("Claimant's id renamed.")
    for key, label in (("title", "Title"), ("claimant", "Claimant"), ("date", "Date of the claim"),
                       ("assertion", "Assertion"), ("counter_assertion", "Counter-assertion"), ("notes", "Notes")):
        if before[key] != after[key]:
            out.append(f"{label} edited.")
    if before["status"]["value"] != after["status"]["value"]:
        out.append(f"Status changed from {before['status']['value']} to {after['status']['value']}.")
    elif before["status"] != after["status"]:
        out.append("Status note or date edited.")
    old_v, new_v = before["verdict"], after["verdict"]
    if old_v != new_v:
        if old_v is None:
            out.append(f"Verdict added: {new_v['rating']} ({new_v['reviewer']}).")
        elif new_v is None:
            out.append("Verdict removed.")
        elif old_v["rating"] != new_v["rating"]:
            out.append(f"Verdict changed from {old_v['rating']} to {new_v['rating']}.")
        else:
            out.append("Verdict's source or words edited.")
    old_s = {s["id"]: s for s in before["statements"]}
    new_s = {s["id"]: s for s in after["statements"]}
    differ = [i for i in new_s if i in old_s and old_s[i] != new_s[i]]
    renamed = [i for i in differ if _only_ids_renamed(old_s[i], new_s[i])]
    for label, ids in (("added", [i for i in new_s if i not in old_s]),
                       ("removed", [i for i in old_s if i not in new_s]),
                       ("edited", [i for i in differ if i not in renamed]),
                       ("under a renamed source or speaker id, same words and article", renamed)):
        if ids:
            out.append(f"Statement{'s' if len(ids) > 1 else ''} {label}: {', '.join(ids)}.")
    return tuple(out) or ("Date of the last update changed.",)


RENAMED_IDS = ("source", "speaker_id")  # a statement's ids that a rename (former_ids) changes, nothing else


def _only_ids_renamed(before: Mapping[str, object], after: Mapping[str, object]) -> bool:
    """True when two versions of a statement differ only in the ids of its source or speaker: the same
    words of the same article by the same named speaker, filed under an id that was renamed."""
    return all(before.get(k) == after.get(k) for k in before.keys() | after.keys() if k not in RENAMED_IDS)
