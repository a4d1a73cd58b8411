"""The tree beside the site that becomes the new site, filled file by file and swapped in."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import weakref
from collections.abc import Callable, Collection, Iterable, Mapping, Set
from dataclasses import replace
from functools import partial
from itertools import filterfalse
from pathlib import Path

from idlibsite.errors import OutputError
from idlibsite.output import folders, fs
from idlibsite.output.kept import indexed_shas, intact_made_from
from idlibsite.output.made import Made, WriteReport, differing
from idlibsite.output.records import Records, tree_id
from idlibsite.output.sitepaths import bad_path, path_problems
from idlibsite.output.trees import (Earlier, Entry, Tree, entry, indexed_sha, intact, intact_packed, key_tag, later,
                                     linked, restamped, same_file)


class Aside:
    """The tree beside the site that becomes the new site: filled file by file, then swapped in.

    It is either the spare (the site before last, known from its clean
    record), brought up to date by writing only the files whose bytes differ
    and removing everything else, or a fresh ``.tmp-`` tree.  A file is
    never changed in place (site and spare share inodes through hard links):
    while the site is made, new files wait in the spare's staging folder, and
    ``finish()`` renames them over the old ones.  So a build that fails
    before ``finish()`` (a template error) leaves the spare and its record
    as they were.  A file is kept only while its stat, ctime included, is the
    one recorded (trees.py), so an edit in place of either tree is made again.
    """

    def __init__(self, out: Path, records: Records, tree: Path, held: Tree | None,
                 site: Tree | None, trust: bool, known: bytes = b"") -> None:
        self.out = out
        self.records = records
        self.tree = tree  # where the new site is being made
        self.fresh = held is None  # a new .tmp- tree, rather than the spare
        self.held = held or Tree()  # what the tree held when this build began (its record)
        self.folders = known  # its folders as recorded with it, then as pruned (folders.py)
        self.site = site  # the current site's record; None when unknown
        self.trust = trust  # whether a file of the site may be kept by its record alone (not --full)
        self.now = Tree()  # the new site so far
        self.staged: dict[str, Path] = {}  # path -> its new file in the spare's staging folder
        self.made_folders: set[str] = set()  # a fresh tree: the folders made in it so far (fs.make_folders)
        self.stamped = 0  # the latest ctime of a file this build made or linked (ns)
        self.done = False
        self.pruned = False  # whether ``folders`` are every folder of the tree (pruned by this build)
        self.made: object = True  # what the build said of the files it made (carry), saved with the record
        self.grouped: dict[tuple[bool, str], dict[str, list[str]]] = {}  # keep_keyed's: paths by key
        # serve: whether carry() made the new site of the spare's record: every path of it outside
        # ``now.since(held)`` then holds the spare's very entry, which is the site's
        self.carried = False
        self.differs: Set[str] = frozenset()  # serve: the paths the spare's and the site's records differ on (carry)
        # serve: a record this process saved is trusted without a stat of each file (Records.own)
        self.own_held, self.own_site = not self.fresh and records.own(held), trust and records.own(site)

    @classmethod
    def start(cls, out: Path, records: Records, trust: bool) -> Aside:
        spare = fs.spare_path(out)
        ident = tree_id(spare, fs.MARKER) if trust and fs.is_tree(spare) and (spare / fs.MARKER).is_file() else None
        site, held = records.load_pair(tree_id(out, fs.MARKER), ident)
        if held is not None and ident is not None:
            fs.remove_any(spare / fs.STAGED)  # left by a build killed before it finished
            return cls(out, records, spare, held, site, trust, records.folders(ident))
        # a spare of unknown content is replaced by the old site only when the new one is made (finish)
        tmp = fs.aside_path(out, "tmp")
        try:
            os.mkdir(tmp)
            os.chmod(tmp, fs.DIR_MODE)
            fs.write_file(tmp / fs.MARKER, fs.MARKER_TEXT)
        except OSError as exc:
            raise fs.os_error(tmp, exc, "cannot write the new site", fs.HINT_OS) from exc
        return cls(out, records, tmp, None, site, trust)

    def carry(self, keys: Mapping[str, str], indexed: dict[str, str],
              rekeyed: Callable[[Mapping[str, str]], set[str] | None] = lambda last: None) -> set[str] | None:
        """Keep at once every page whose key and file are those of the last two builds, before any other.

        In ``serve``, whose own records are trusted (see :meth:`reuse`): a page that the last build
        made from the key it has now (``keys``: each page's), and whose entry the site and the spare
        record alike, is kept from the spare as :meth:`reuse` would keep it, without a call per page;
        ``indexed`` is given the SHA-256 of each such page the search indexes.  The paths of ``keys``
        left to keep or make one by one are returned; None when the last build is unknown (every
        page is then kept one by one).  ``keys`` and ``indexed`` (once filled: pages of ``keys`` alone) are saved
        with the new record.  ``rekeyed(last)``: the paths keyed otherwise than in ``last``, when known (or None).
        """
        assert not self.now and not indexed, "carry() comes before any file of the new site"
        self.made = Made(keys, indexed)
        last = self.records.made_with(self.site) if self.own_held and self.own_site else None
        if not isinstance(last, Made):
            return None
        assert self.site is not None
        changed = rekeyed(last.keys)  # (then every path of last.indexed not in keys is among it: not carried)
        # the paths the spare and the site record otherwise: found by the last build when it began with this spare
        known = last.differs_from(self.held)
        self.differs = self.held.differing(self.site) if known is None else known
        redo = self.differs | ({p for p, _ in keys.items() ^ last.keys.items()} if changed is None else changed)
        held = self.held
        # left out: what the spare holds that is no page of ``keys`` (its search index, claims.json: a pass in C over
        # its paths, a set of those alone) and the pages to make again (the others, carried, have the site's entry)
        out = set(filterfalse(keys.__contains__, held.keys()))
        out.update(p for p in redo if p in held)
        self.now, self.carried = held.without(out), True
        indexed.update(last.indexed)  # then those not carried dropped: a pass in C over every page, in its order
        gone = last.indexed.keys() - (keys.keys() - redo) if changed is None else [p for p in redo if p in last.indexed]
        for p in gone:
            del indexed[p]
        return {p for p in redo if p in keys}  # (keys less carried)

    def reuse(self, path: str, key: str) -> Entry | None:
        """Keep the file made from ``key`` at ``path`` without reading it; None when none is trusted.

        The spare's own file is kept when its record matches; else the
        site's is linked in.  Either must still have its recorded stat.
        """
        return None if self._reuse(path, key_tag(key)) is None else self.now[path]

    def keep_page(self, path: str, key: str) -> tuple[bool, str] | None:
        """:meth:`reuse`, as whether the search indexes the file kept, and its SHA-256 (nothing unpacked)."""
        tag = key_tag(key)
        packed = self._reuse(path, tag)
        return None if packed is None else indexed_sha(packed)

    def keep_pages(self, paths: Iterable[str], keys: Mapping[str, str], indexed: dict[str, str]) -> list[str]:
        """:meth:`keep_page` of each of ``paths`` (made from its key in ``keys``) whose spare's file is intact as
        its record says, in one pass (kept.py), ``indexed`` given the SHA-256 of each one the search indexes;
        the paths left, for :meth:`keep_page` one by one (the site's own file, a record trusted unstatted)."""
        if self.own_held or self.fresh:
            return list(paths)
        found, left = intact_made_from(str(self.tree), self.held, keys, paths)
        self.now.set_packed_all(list(found), list(found.values()))
        indexed.update(indexed_shas(found))
        return left

    def _reuse(self, path: str, tag: bytes) -> bytes | None:
        """:meth:`reuse` on packed entries (trees.py): the new site's entry of the file kept, or None."""
        held = self.held.made_from(path, tag)
        if held is not None and (self.own_held or intact_packed(f"{self.tree}/{path}", held)):
            own = self.own_held and self.own_site and self.site is not None
            site = self.site.made_from(path, tag) if own else None  # type: ignore[union-attr]
            if site is not None and site != held and same_file(site, held):  # one file, linked: the records
                held = later(held, site)  # agree from here on, so that the next build carries it (carry)
            self.now.set_packed(path, held)  # (str: no Path made)
            return held
        site = self.site.made_from(path, tag) if self.trust and self.site is not None else None
        if site is None or not (self.own_site or intact_packed(f"{self.out}/{path}", site)):
            return None
        self._keep_site_file(path, site)
        return self.now.packed(path)

    def _keep_site_file(self, path: str, site: bytes) -> None:
        """Make ``path`` of the new site the site's own file (its packed entry ``site``): :meth:`_link`,
        without unpacking when the tree holds that file already (the site's very entry then: the new record
        shares its bytes with the site's, 10 MB at 3,000 sources)."""
        held = self.held.packed(path)
        if held is not None and (same_file(held, site) if self.own_held and self.own_site
                                 else intact_packed(f"{self.tree}/{path}", site)):  # as _link finds it
            self.now.set_packed(path, site)
        else:
            assert self.site is not None
            self.now[path] = self._link(path, self.site[path])

    def _link(self, path: str, site: Entry) -> Entry:
        """Make ``path`` the site's own file (a hard link), which is intact as ``site`` records.

        A new link stamps the shared inode's ctime: the entry returned has the
        new stat, and the site's own record no longer matches that file (its
        next build finds it through this tree's record).  A tree holding that very file already keeps
        it whatever its ctime (a record trusted unstatted may be stale: a tree sharing it was deleted since):
        a link renamed onto a link of the same inode changes nothing (POSIX), the staged one would stay.
        """
        held = self.held.get(path)
        if held is not None and self.own_held and self.own_site:  # both records this process's: no stat
            if held[3:5] == site[3:5]:  # inode, size: already that very file
                return site
        elif not self.fresh and (st := linked(self.tree / path, site)) is not None:  # already that very file
            self.stamped = max(self.stamped, st.st_ctime_ns)  # recorded with its ctime now, maybe this tick's
            return entry(site.key, site.sha, site.indexed, st)
        st = self._place(path, lambda target: os.link(self.out / path, target))
        return entry(site.key, site.sha, site.indexed, st)

    def put(self, path: str, data: bytes, key: str = "", indexed: bool = False) -> Entry:
        """Make ``path`` hold ``data``: written only when the tree does not hold these bytes."""
        why = bad_path(path)
        if why is not None:
            raise OutputError(path_problems([(path, why)]))
        sha = hashlib.sha256(data).hexdigest()
        held = self.held.get(path)
        site = self.site.get(path) if self.site is not None else None
        if held is not None and held.sha == sha and (self.own_held or intact(self.tree / path, held)):
            made = held._replace(key=key, indexed=indexed)
        elif (site is not None and site.sha == sha and (self.own_site or intact(self.out / path, site))
              and (self.trust or (self.out / path).read_bytes() == data)):  # --full: compared, not trusted
            made = self._link(path, site)._replace(key=key, indexed=indexed)
        else:
            made = entry(key, sha, indexed, self._place(path, lambda target: fs.write_file(target, data)))
        self.now[path] = made
        return made

    def read(self, path: str) -> bytes:
        """The bytes of a file of the new site (put or reused by this build)."""
        return self.staged.get(path, self.tree / path).read_bytes()

    def keep_keyed(self, key: str, as_key: str = "", under: str = "") -> list[str] | None:
        """Keep every file the site (or else the spare) made from ``key``, such as one search shard's,
        recorded as made from ``as_key`` when given (the same files, made otherwise: search.py);
        ``under``: the folder every such file is in (only its files are looked at).

        All or nothing: their paths, or None unless that tree has files made
        from ``key`` and all of them are intact.
        """
        for tree, keyed, record, own in ((self.out, self._keyed(False, under), self.site, self.own_site),
                                         (self.tree, self._keyed(True, under), self.held, self.own_held)):
            paths = keyed.get(key)
            if paths and record is not None and (own or all(e is not None and intact_packed(f"{tree}/{p}", e)
                                                            for p, e in zip(paths, record.packed_all(paths)))):
                kept = all(self.reuse(p, key) is not None for p in paths)
                for p in paths if kept and as_key and as_key != key else ():
                    self.now[p] = self.now[p]._replace(key=as_key)
                return paths if kept else None
        return None

    def earlier(self, under: str) -> list[Earlier]:
        """The trees :meth:`keep_keyed` keeps files of (the site when trusted, then the spare), as they
        were when the build began, with their files under ``under`` by key."""
        trees = ((self.out, self.site if self.trust else None, False),
                 (self.tree, None if self.fresh else self.held, True))
        return [Earlier(str(root), tree, partial(self._keyed, held, under))
                for root, tree, held in trees if tree is not None]

    def site_keys(self, prefix: str) -> dict[str, str] | None:
        """The key each file of the site under ``prefix`` was made from; None when the site is not trusted."""
        if not self.trust or self.site is None:
            return None
        return self.site.keys_under(prefix)

    def keep_site(self, paths: Collection[str]) -> bool:
        """Keep these files of the site as they are, with their keys; False (keeping nothing) unless
        all of them are recorded and intact."""
        record = self.site if self.trust and self.site is not None else Tree()
        paths = list(paths)
        entries = record.packed_all(paths)
        if None in entries or not (self.own_site or all(intact(f"{self.out}/{p}", record[p]) for p in paths)):
            return False
        if self.own_held and self.own_site and self.held.packed_all(paths) == entries:  # serve: the very files
            self.now.set_packed_all(paths, entries)  # type: ignore[arg-type]  # as _keep_site_file would
            return True
        for p, packed in zip(paths, entries):
            self._keep_site_file(p, packed)  # type: ignore[arg-type]  # in the record: seen above
        return True

    def _keyed(self, held: bool, under: str) -> dict[str, list[str]]:
        """The paths under ``under`` of the spare's record (``held``) or of the site's (when trusted), by
        the key they were made from; grouped once per build, and only that folder's: the whole records
        grouped (serve's search asks of pagefind/ only) took 7 MB at 1,000 sources, to the build's end."""
        if (held, under) not in self.grouped:
            record = self.held if held else self.site if self.trust and self.site is not None else Tree()
            self.grouped[held, under] = record.by_key(under)
        return self.grouped[held, under]

    def finish(self) -> WriteReport:
        """Remove what the new site no longer has, flush, swap the tree in; the old site becomes the spare.

        The swap is made even when nothing changed: it costs a rename, and a
        site file edited by hand (its stat no longer recorded) is mended.
        """
        report = self._report()
        try:
            self._unstage()
            self._remove_others()
            self._remove_unknown_spare()
            made, replaced = tree_id(self.tree, fs.MARKER), tree_id(self.out, fs.MARKER)
            fs.stamp_after(self.tree / fs.NEW, self.stamped)  # a later edit cannot share a recorded ctime
            fs.sync_filesystem(self.tree)  # one flush for the whole tree: far cheaper than an fsync per file
            old = fs.swap(self.tree, self.out)
        except OSError as exc:
            raise fs.os_error(Path(exc.filename or self.tree), exc, "cannot write the new site", fs.HINT_OS) from exc
        self.done = True
        if made is not None:
            since = self.now.since(self.held) if self.carried and isinstance(self.made, Made) else None
            if since is not None or (isinstance(self.made, Made) and self.own_site and self.site is not None):
                # serve: where it and the site differ, among the paths set since (the quiet build: all; no save does)
                assert self.site is not None and isinstance(self.made, Made)
                self.made = replace(self.made, site=weakref.ref(self.site), differs=frozenset(self.now.differing(
                    self.site)) if since is None else differing(self.now, self.site, since | self.differs))
            try:
                self.records.save(made, self.held, self.now, keep=[replaced or ""], made_with=self.made,
                                  folders=self.folders if self.pruned else None)
            except sqlite3.Error:
                pass  # the site is published; unrecorded, the next build just trusts nothing of it
        fs.sync_dir(self.out.parent)
        spare = fs.spare_path(self.out)
        if old is not None and old != spare:
            if os.path.lexists(spare):
                fs.remove_tree(old)  # the spare's name holds something not ours
            else:
                os.rename(old, spare)
        return report

    def _remove_unknown_spare(self) -> None:
        """Delete the spare a fresh tree replaces (ours but unknown, or under --full; or a deletion cut short before
        its rmdir) before the tree is recorded: unlinking its files stamps the ctime of the inodes the tree shares, so
        those entries take it (their inode, size and mtime unchanged).  Recorded first, the next build would trust none."""
        spare = fs.spare_path(self.out)
        if self.fresh and fs.is_tree(spare) and ((spare / fs.MARKER).is_file() or fs.is_empty(spare)):
            fs.remove_tree(spare)
            changed, latest = restamped(self.now, self.tree)
            self.now.set_packed_all(list(changed), list(changed.values()))
            self.stamped = max(self.stamped, latest)

    def abandon(self) -> None:
        """Leave the site as it was: delete a fresh tree, or the spare's staged files.

        A spare whose files were being moved into place when ``finish()``
        failed stays marked unclean: the next build trusts nothing of it."""
        if self.done:
            return
        self.done = True
        if self.fresh:
            fs.remove_tree(self.tree)
            return
        fs.remove_any(self.tree / fs.STAGED)

    def _report(self) -> WriteReport:
        if self.site is None:
            return WriteReport(written=len(self.now), unchanged=0, removed=0)
        since, now, site = self.now.since(self.held), self.now, self.site
        if not self.carried or since is None:
            return WriteReport(len(now) - (same := now.same_bytes(site)), same, len(site.keys() - now.keys()))
        ours = now.keys()
        kept = [p for p in since if p in ours]
        alike = len(now) - len(kept)  # serve: the paths outside ``since``, each with the site's entry
        same = alike + now.same_bytes(site, since)
        return WriteReport(len(now) - same, same, len(site) - alike - sum(p in site for p in kept))

    def _place(self, path: str, make: Callable[[Path], None]) -> os.stat_result:
        """Make a file for ``path`` with ``make(target)``: in place in a fresh tree, else staged."""
        try:
            if self.fresh:  # its folders made first, each once (a cold build's pages have a folder each)
                fs.make_folders(str(self.tree), path, self.made_folders)
                return self._into_place(path, make)
            staging = self.tree / fs.STAGED
            if not self.staged:
                fs.remove_any(staging)
                os.mkdir(staging)
            staged = self.staged[path] = staging / str(len(self.staged))
            make(staged)
            return os.lstat(staged)  # its ctime changes when it is moved into place
        except OSError as exc:
            raise fs.os_error(Path(exc.filename or self.tree), exc, "cannot write the new site", fs.HINT_OS) from exc

    def _unstage(self) -> None:
        """Move the staged files over the spare's old ones, after saying that its record is doubtful."""
        if self.fresh:
            return
        ident = tree_id(self.tree, fs.MARKER)
        if ident is not None:
            self.records.unclean(ident)  # from here on, until saved again, its record is doubtful
        if not self.staged:
            return
        for path, staged in self.staged.items():
            st = self._into_place(path, partial(os.rename, staged))
            self.now[path] = entry(*self.now[path][:3], st)
        os.rmdir(self.tree / fs.STAGED)

    def _into_place(self, path: str, make: Callable[[Path], None]) -> os.stat_result:
        """``make(target)`` at ``path``, after making room for it if that fails; its stat."""
        target = self.tree / path
        try:
            make(target)
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            fs.make_room(self.tree, path)
            make(target)
        st = os.lstat(target)
        self.stamped = max(self.stamped, st.st_ctime_ns)
        return st

    def _remove_others(self) -> None:
        """Delete everything in the tree that is not a file of the new site (or the marker).

        Held files the new site no longer has, but also whatever was added by
        hand (a file, a folder, a link): the whole tree is listed, so nothing
        is published that this build did not make or check.  A fresh tree
        holds only what this build wrote.  A tree whose record this process
        saved (``serve``) is not listed: the files it records are removed.
        """
        if self.own_held:  # serve: what the record holds and the new site does not, without a walk
            for path in self.now.gone_from(self.held):
                fs.remove_recorded(str(self.tree), path)
        elif not self.fresh:  # only the folders changed since the tree was recorded are listed
            self.folders, latest = folders.prune(str(self.tree), self.now.keys(), self.folders,
                                                 self.now.gone_from(self.held))
            self.stamped, self.pruned = max(self.stamped, latest), True
