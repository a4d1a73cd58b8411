"""Published source, actor and claim ids that disappeared: URLs a rename would lose without a word.

A source's id is its URL (``/sources/<id>/``), an actor's too (``/actors/<id>/``).
Renamed with its old id under ``former_ids``, the old URL redirects; renamed
without, the old URL is gone.  The committed records say which ids were
published: the anchor lock names the source of every statement anchored
(``claims/anchors.lock.json``), and the latest published version of every
claim names its claimant and speakers (``claims/versions.lock.json``).  An id
they name that no source or actor has now, nor lists as a former id, is
reported at the record's line and column.

A warning, not an error: the lock and the versions file forget a deleted
statement or claim silently, since deleting is legitimate, and they forget
only at a build that succeeds.  An error here would make a source or actor
impossible to delete; a warning says what to do in case of a rename, and is
gone once the build that drops the id has written the records.

A claim's id is its URL too (``/claims/<id>/``), and a renamed claim lists its
old id under ``aliases``.  The versions file keeps every claim's versions for
good, so the address of a claim no longer in the annotations stays, as a page
saying so (site/claimpage.py).  When a claim now has the same statements as
such a claim's last version, it was most likely renamed without the alias: a
warning at the new claim's id says to add it, and stays until it is added.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import partial
from pathlib import PurePosixPath

from idlibsite.anchoring.lock import Locked
from idlibsite.anchoring.model import Site, shown_words
from idlibsite.anchoring.versions import PUBLISHED_CLAIMS, Version, latest_by_claim
from idlibsite.annotations.load import ACTORS_FILE
from idlibsite.annotations.records import Annotations, Claim
from idlibsite.errors import Problem, line_col
from idlibsite.memo import Keep, Same, fresh
from idlibsite.sources.corpus import sidecar_of
from idlibsite.sources.records import Source

LOCKED_SOURCES = "published sources"  # Cache.kept: each source id the lock names, with a SHA-256 it was anchored on
VERSIONED_ACTORS = "published actors"  # Cache.kept: where the latest versions name each actor id


def lost_ids(sources: Sequence[Source], declared: Collection[str], annotations: Annotations,
             locked: Mapping[str, Locked], versions: Sequence[Version], lock_text: Callable[[], tuple[str, str]],
             versions_text: Callable[[], tuple[str, str]], kept: Keep = fresh) -> list[Problem]:
    """A warning for each source id the anchor lock names and each actor id a living claim's latest version
    names that is neither an id nor a former id now (``declared``: the source ids known besides those of
    ``sources``, when some failed to load).  ``lock_text`` and ``versions_text`` give each file's name as
    shown and its text, read only when an id is lost; ``kept``: serve's ``Cache.kept``."""
    by_source = kept((LOCKED_SOURCES, Same(locked)), partial(_locked_sources, locked))
    lost_sources: dict[str, str] = {}
    if by_source.keys() - declared:  # (in C) the sources' ids and former ids gone through only then
        known = {*declared, *(s.id for s in sources), *(old for s in sources for old, _ in s.meta.former_ids)}
        lost_sources = {i: sha for i, sha in by_source.items() if i not in known}
    problems = _lost_sources(sources, lost_sources, lock_text)
    actors = {a.id for a in annotations.actors} | {old for a in annotations.actors for old, _ in a.former_ids}
    if not annotations.actors:  # actors.yaml could not be read: said elsewhere
        return problems
    # each actor id the latest versions name, with where: only those of an id that no actor has now gone through
    naming = kept((VERSIONED_ACTORS, Same(versions)), partial(_naming, versions))
    lost: list[tuple[str, str, str, str]] = []
    if naming.keys() - actors:
        living = {c.id for c in annotations.claims} | annotations.redirects().keys()
        lost = [w[1:] for w in sorted(n for actor in naming.keys() - actors for n in naming[actor]) if w[1] in living]
    names = {actor: name for *_, actor, name in lost}
    by_name = {a.name: a.id for a in annotations.actors}
    now = {actor: by_name[name] for actor, name in names.items() if name in by_name}
    return problems + _lost_actors([t[:3] for t in lost], names, now, versions_text)


def renamed_claims(site: Site, versions: Sequence[Version], kept: Keep = fresh) -> list[Problem]:
    """A warning for each claim id published (its latest version in ``versions``) that is neither a claim's id
    nor an alias now, when a claim has the same statements as that version (by source and words, a source
    renamed with ``former_ids`` counting as itself): a rename without the old id under ``aliases``, at the
    living claim's id.  The old URL is then a page saying the claim is no longer published (site/claimpage.py),
    not a redirect.  ``kept``: serve's ``Cache.kept``."""
    annotations = site.annotations
    living = {c.id for c in annotations.claims} | annotations.redirects().keys()
    latest = kept((PUBLISHED_CLAIMS, Same(versions)), partial(latest_by_claim, versions))
    gone = [latest[claim] for claim in sorted(latest.keys() - living)]  # (in C) not every claim's sorted
    if not gone:
        return []
    now = {old: s.id for s in site.sources for old, _ in s.meta.former_ids}
    problems = []
    for version in gone:
        # a snapshot lacking a key matches no claim, nor does one without statements
        said = {(now.get(s.get("source", ""), s.get("source", "")), s.get("words", ""))
                for s in version.snapshot.get("statements", ())}
        same = [c for c in annotations.claims if said and _statements(site, c, said) == said]
        if not same:  # deleted: nothing to say (its address says it is no longer published)
            continue
        old, claim = version.claim, same[0]
        others = f" (and {len(same) - 1} other claim{'s' if len(same) > 2 else ''})" if len(same) > 1 else ""
        hint = (f"if '{claim.id}' is '{old}' renamed, add the old id to its aliases (aliases: [{old}]): the old URL then "
                f"redirects to /claims/{claim.id}/; now it is a page saying the claim is no longer published")
        problems.append(claim.id_loc.problem(
            f"claim '{old}' was published (/claims/{old}/, version {version.id}) and no claim has that id nor "
            f"alias now; claim '{claim.id}'{others} has the same statements", hint, "warning"))
    return problems


def _statements(site: Site, claim: Claim, said: Collection[tuple[str, str]]) -> set[tuple[str, str]]:
    """The statements of ``claim`` by source and words as its page shows them; by source alone when their
    number or sources already differ from ``said`` (no words are made for those)."""
    quotes = site.quotes_by_claim.get(claim.id, ())
    sources = {q.source.id for q in quotes}
    if len(quotes) != len(said) or sources != {source for source, _ in said}:
        return {(source, "") for source in sources}
    return {(q.source.id, shown_words(q.source, q.anchor.spans)) for q in quotes}


def _locked_sources(locked: Mapping[str, Locked]) -> dict[str, str]:
    """Each source id the lock names, with the SHA-256 of the first of its entries."""
    out: dict[str, str] = {}
    for entry in locked.values():
        out.setdefault(entry.source, entry.sha256)
    return out


def _naming(versions: Sequence[Version]) -> dict[str, list[tuple[int, str, str, str, str]]]:
    """Each actor id the latest version of a claim names (claimant first, then speakers: as stored with the
    version, its snapshot not unpacked): where, in the order of the claims' latest versions, then of their actors:
    (that order, the claim, its version id, the actor id, its name then)."""
    naming: dict[str, list[tuple[int, str, str, str, str]]] = {}
    at = 0
    for claim, version in latest_by_claim(versions).items():
        for actor, name in version.named:
            naming.setdefault(actor, []).append((at, claim, version.id, actor, name))
            at += 1
    return naming


def _lost_sources(sources: Sequence[Source], lost: Mapping[str, str],
                  lock_text: Callable[[], tuple[str, str]]) -> list[Problem]:
    if not lost:
        return []
    display, text = lock_text()
    by_sha = {s.sha256: s for s in sources}
    problems = []
    for old, sha in sorted(lost.items()):
        now = by_sha.get(sha)
        if now is not None:
            hint = (f"the article it was anchored on now has id '{now.id}': if '{old}' was renamed, list it under "
                    f"former_ids in {sidecar_of(now)} (its old URL then redirects)")
        else:
            hint = (f"if '{old}' was renamed, list it under former_ids in its sidecar (its old URL then "
                    "redirects); if it was deleted, nothing to do: the next build forgets it")
        problems.append(_at(display, text, f'"source": {json.dumps(old)}', 0,
                            f"source '{old}' was published (/sources/{old}/) and no source has that id now", hint))
    return problems


def _lost_actors(lost: Collection[tuple[str, str, str]], names: Mapping[str, str], named: Mapping[str, str],
                 versions_text: Callable[[], tuple[str, str]]) -> list[Problem]:
    """One warning per lost actor id, at the first claim's latest version naming it (``names``: each lost id's
    name then; ``named``: the id of the actor of that name now, when there is one)."""
    if not lost:
        return []
    display, text = versions_text()
    actors_file = PurePosixPath(display).with_name(ACTORS_FILE)  # beside the versions file, in claims/
    by_actor: dict[str, list[tuple[str, str]]] = {}
    for claim, vid, old in sorted(lost):
        by_actor.setdefault(old, []).append((claim, vid))
    problems = []
    for old, claims in sorted(by_actor.items()):
        (claim, vid), more = claims[0], len(claims) - 1
        entry = text.find(f'{{"claim":{json.dumps(claim)},"version":{json.dumps(vid)},')
        at = min((i for i in (text.find(f'"{k}":{json.dumps(old)}', entry) for k in ("claimant_id", "speaker_id"))
                  if i >= 0), default=entry)
        others = f" and {more} other claim{'s' if more > 1 else ''}" if more else ""
        now = f"an actor of that name ({names[old]}) now has id '{named[old]}': " if old in named else ""
        hint = (f"{now}if '{old}' was renamed, list it under former_ids of its new id in {actors_file} (its "
                "old URL then redirects); if it was deleted, nothing to do: the next build records the claims without it")
        problems.append(_at(display, text, "", at,
                            f"actor '{old}' was published (/actors/{old}/, named by the latest version of claim "
                            f"'{claim}'{others}) and no actor has that id now", hint))
    return problems


def _at(display: str, text: str, needle: str, offset: int, message: str, hint: str) -> Problem:
    """A warning at ``needle``'s first place in ``text`` (at ``offset`` without one; the file alone when
    not found)."""
    at = text.find(needle) if needle else offset
    if at < 0:
        return Problem(display, None, None, message, hint, "warning")
    line, column = line_col(text, at)
    return Problem(display, line, column, message, hint, "warning")
