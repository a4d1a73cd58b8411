"""The records of an output's trees, kept in ``.idlibsite-cache/trees.sqlite`` (what a record holds: trees.py).

A tree is named by the identity of its marker file (device, inode, ctime),
which moves with the tree through renames and changes when the tree is
made anew, so a record can never describe another tree.  A tree's record is
marked unclean before the tree is changed and clean again with its new
content in one transaction: a build killed in between leaves a tree without
a clean record, which the next build treats as unknown.  A record is stored in
buckets (buckets.py), rows of the files whose paths fall in them: a record is read with
calls in C per row, not a row and a check in Python per file (190,000 at 10,000 sources,
read twice per build: the site's and the spare's), and only the buckets of the files that
changed are written again, so saving costs O(changes).  Each save stores a new
random token with the record: a process that builds again (``serve``, its
Cache keeping values) keeps the record it saved or loaded in memory and
reads the rows again only when the token in the file is no longer its own
(another build of the same output saved in between); an unclean record is
never used, kept or not.  The file is checked whole (SQLite's quick check, linear in its size) as it is
opened, but by such a process when it is as its last build closed it (same stat, ctime included).

SQLite's check sees only the file's structure, not what its cells hold: each
row is stored with a CRC-32 of its cells (its bucket and files), and each tree's row with how many
files its record holds, so that a damaged byte of any cell a build reads (a
path, an entry, a row's tree name, a tree's row, a tree's folders) is found
as it is read, and the record discarded with a notice, never trusted or
dropped unsaid.  (Before, most such bytes only made a file be checked again:
whether 50 random flipped bits got a notice hung on which bytes they hit.)
"""

from __future__ import annotations

import os
import sqlite3
import stat
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path

from idlibsite.cache import Cache
from idlibsite.memo import Same
from idlibsite.output.buckets import bucket_files, bucket_row, by_bucket
from idlibsite.errors import OutputError, Problem
from idlibsite.output.trees import Entry, Tree, sharing
from idlibsite.sqlitefile import undecodable

RECORDS = "trees.sqlite"
OWN = "own-record"  # Cache.keep: a record this process saved
CHECKED = "records checked"  # Cache.keep: the records file's stat as this process's last build left it
SCHEMA = 8  # PRAGMA user_version: 2 the ctime, 4 a token per save (3: one in clean), 5 the folders, 6 each
# file's entry packed in one cell, 7 a CRC-32 with each row and a count of files with each tree, 8 the files in
# buckets; others are started again
BUSY_TIMEOUT = 30.0  # seconds; only one build writes an output at a time (the lock)


def tree_id(tree: Path, marker: str) -> str | None:
    """The identity of a tree: its marker file's device, inode and ctime; None when unmarked."""
    try:
        st = os.lstat(tree / marker)
    except OSError:
        return None
    return f"{st.st_dev}:{st.st_ino}:{st.st_ctime_ns}" if stat.S_ISREG(st.st_mode) else None


@dataclass
class Records:
    """The records of the trees of one output directory, in the project's cache folder."""

    db: sqlite3.Connection
    output: str
    path: str = ""  # the records file
    cache: Cache | None = None  # keeps the records loaded or saved, in a process that builds again
    notice: Callable[[str], None] = lambda message: None  # told when a damaged record is discarded
    paired: dict[int, dict[int, dict[str, bytes]]] | None = None  # load_pair's: each record read, by its buckets
    read_as: dict[str, str] = field(default_factory=dict)  # the token each tree's record was loaded under (save)

    @classmethod
    def open(cls, folder: Path, output: Path, *, retry: bool = True,
             notice: Callable[[str], None] = lambda message: None, cache: Cache | None = None) -> Records:
        """The records of ``output``'s trees; a file that is not a database, or a damaged one, is
        started again (``notice`` is told): the records only save time.  ``cache`` keeps each
        record in memory between builds while the file's token for it is unchanged (``Cache.kept``).

        Raises OutputError when the database is busy or cannot be written
        (another build holding it, a full disk): its records are kept.
        """
        folder.mkdir(exist_ok=True)
        (folder / ".gitignore").write_text("*\n", "utf-8")
        try:
            db = sqlite3.connect(folder / RECORDS, timeout=BUSY_TIMEOUT, isolation_level=None)
        except sqlite3.Error as exc:
            raise _unusable(folder / RECORDS, exc) from exc
        try:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version != SCHEMA:  # records of another version of idlibsite: they only save time
                db.execute("DROP TABLE IF EXISTS files")
                db.execute("DROP TABLE IF EXISTS trees")
                db.execute("DROP TABLE IF EXISTS folders")
                db.execute(f"PRAGMA user_version = {SCHEMA}")
            db.execute("CREATE TABLE IF NOT EXISTS trees (id TEXT PRIMARY KEY, output TEXT, clean INTEGER, "
                       "token TEXT, files INTEGER, crc INTEGER)")  # files: how many files its record has
            db.execute("CREATE TABLE IF NOT EXISTS files (tree TEXT, bucket INTEGER, packed BLOB, crc INTEGER, "
                       "PRIMARY KEY (tree, bucket)) WITHOUT ROWID")  # packed: its files, path -> trees.py's packed
            # entry (WITHOUT ROWID: a row's tree name is stored once, so a damaged one is read, not an index's copy)
            db.execute("CREATE TABLE IF NOT EXISTS folders "  # folders.py
                       "(tree TEXT PRIMARY KEY, stats BLOB, crc INTEGER)")
            damaged_folders: list[int] = []
            if cache is None or not cache.recall((CHECKED, *_stat(folder / RECORDS))):  # else serve's own file
                (check,) = db.execute("PRAGMA quick_check(1)").fetchone()  # linear in the file's size
                if check != "ok":
                    raise sqlite3.DatabaseError(check)
                # the trees' rows, and their folders' (a few rows): read as bytes, so that no cell fails to decode
                if not all(_tree_crc(*row[:5]) == row[5] for row in db.execute(
                        "SELECT CAST(id AS BLOB), CAST(output AS BLOB), clean, CAST(token AS BLOB), files, crc "
                        "FROM trees")):
                    raise sqlite3.DatabaseError("a tree's row does not match its checksum")
                damaged_folders = [rowid for rowid, tree, stats, crc in db.execute(
                    "SELECT rowid, CAST(tree AS BLOB), stats, crc FROM folders") if _folders_crc(tree, stats) != crc]
        except sqlite3.OperationalError as exc:  # busy, locked, read-only, full: the file is fine
            db.close()
            raise _unusable(folder / RECORDS, exc) from exc
        except sqlite3.DatabaseError as exc:  # not a database: it only saves time, so start again
            db.close()
            if not retry:
                raise _unusable(folder / RECORDS, exc) from exc
            (folder / RECORDS).unlink()
            notice(f"{folder.name}/{RECORDS}: the records of the built trees are damaged ({exc}); they were "
                   "discarded, and every page is checked again")
            return cls.open(folder, output, retry=False, cache=cache)
        made = cls(db, str(output), str(folder / RECORDS), cache, notice)
        if damaged_folders:  # a tree's folders only spare listing them: each such tree's are listed
            with made._transaction():
                db.executemany("DELETE FROM folders WHERE rowid=?", [(rowid,) for rowid in damaged_folders])
            notice(f"{folder.name}/{RECORDS}: a record of a tree's folders is damaged; it was discarded, and "
                   "every folder of the tree is listed")
        return made

    def load_pair(self, site: str | None, spare: str | None) -> tuple[Tree | None, Tree | None]:
        """:meth:`load` of the site's record, and of the spare's (when named) like the site's; their
        buckets held only between the two."""
        self.paired = {}
        try:
            first = self.load(site)
            return first, None if spare is None else self.load(spare, like=first)
        finally:
            self.paired = None

    def load(self, tree: str | None, like: Tree | None = None) -> Tree | None:
        """Every file of ``tree`` as recorded; None when it has no clean record.  The mapping
        returned may be shared with later loads: it must not be changed.  Read with ``like`` (another
        tree's record), its paths and entries equal to ``like``'s are ``like``'s objects (trees.sharing)."""
        if tree is None:
            return None
        try:
            row = self.db.execute("SELECT clean, token, files FROM trees WHERE id=? AND output=?",
                                  (tree, self.output)).fetchone()
        except sqlite3.OperationalError as exc:
            if not undecodable(exc):  # busy, locked: the file is fine
                raise
            self._discard(exc)
            return None
        except sqlite3.DatabaseError as exc:  # its index damaged where SQLite's quick check does not look
            self._discard(exc)
            return None
        if row is None or not row[0]:
            return None
        if self.cache is None:
            return self._rows(tree, row[2], like)
        self.read_as[tree] = str(row[1])
        return self.cache.kept((RECORDS, self.path, self.output, tree, str(row[1])),
                               partial(self._rows, tree, row[2], like))

    def _rows(self, tree: str, files: int, like: Tree | None = None) -> Tree | None:
        """The record of ``tree``, whose row says it has ``files`` files; None, every record discarded with a
        notice, when a row is damaged (one that does not match its CRC, one missing or one too many).
        Read ``like`` another (the spare's, just after the site's: the two record most files alike, 35 MB at
        3,000 sources), each bucket equal to that one's is that one's dict's very paths and entries."""
        damaged: Exception
        theirs = self.paired.get(id(like)) if self.paired is not None and like is not None else None
        buckets: dict[int, dict[str, bytes]] = {}
        packed: dict[str, bytes] = {}
        try:
            rows = self.db.execute("SELECT tree, bucket, packed, crc FROM files WHERE tree=?", (tree,))
            try:
                for name, bucket, blob, crc in rows:  # (a row whose tree's name a flipped bit made lower, in the
                    # middle of the tree's rows, is given by SQLite's scan of them: its name is checked too)
                    files_in = bucket_files(name == tree, bucket, blob, crc)
                    if files_in is None:
                        raise ValueError("a row that does not match its checksum")
                    was = theirs.get(bucket) if theirs is not None else None
                    if was is not None:
                        files_in = was if was == files_in else sharing(files_in, was)
                    buckets[bucket] = files_in
                    packed.update(files_in)
            finally:  # a read stopped by a damaged row holds the file's read lock until closed
                rows.close()
            if len(packed) != files:
                raise ValueError(f"{len(packed)} files of {files} recorded")
            if like is not None and theirs is None:  # the other read otherwise (kept by serve): shared file by file
                packed = like.sharing(packed)
            made = Tree.of_packed(packed)
            if self.paired is not None:  # (load_pair) the next read may be made like this one
                self.paired[id(made)] = buckets
            return made
        except ValueError as exc:
            damaged = exc
        except sqlite3.OperationalError as exc:
            if not undecodable(exc):  # busy, locked: the file is fine
                raise
            damaged = exc
        except sqlite3.DatabaseError as exc:  # a damaged row: the tree is unknown
            damaged = exc
        self._discard(damaged)
        return None

    def _discard(self, damaged: Exception) -> None:
        """The file is failing: every record is discarded (``notice`` is told), so that the next save writes its
        tree's afresh.  Not by tree: a flipped bit in a row's tree name moves the row out of the table's order,
        and a delete by name stops there, leaving the rows after it as a partial record of the tree.  A file
        whose rows cannot even be deleted (an index SQLite's quick check passed, that points at no row) is
        made anew."""
        folder = Path(self.path).parent
        try:
            with self._transaction():
                self.db.execute("DELETE FROM files")
                self.db.execute("DELETE FROM trees")
                self.db.execute("DELETE FROM folders")
        except sqlite3.OperationalError:  # busy, locked, full: the build stops, as at open
            raise
        except sqlite3.DatabaseError:
            self.db.close()
            Path(self.path).unlink()
            self.db = Records.open(folder, Path(self.output), retry=False, cache=self.cache).db
        self.notice(f"{folder.name}/{RECORDS}: a record of the built trees is damaged ({damaged}); the "
                    "records were discarded, and every page is checked again")

    def folders(self, tree: str) -> bytes:
        """The folders recorded with ``tree``'s record (folders.py), to be used only with that record
        as :meth:`load` gives it (clean); none when none were recorded or the cell is damaged."""
        try:
            row = self.db.execute("SELECT stats FROM folders WHERE tree=?", (tree,)).fetchone()
        except sqlite3.OperationalError as exc:
            if not undecodable(exc):  # busy, locked: the file is fine
                raise
            return b""
        except sqlite3.DatabaseError:  # a damaged row: every folder is listed
            return b""
        return row[0] if row is not None and isinstance(row[0], bytes) else b""

    def unclean(self, tree: str) -> None:
        """Say, before ``tree`` changes, that its record may no longer describe it."""
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO trees VALUES (?, ?, ?, ?, ?, ?)",
                            _tree_row(tree, self.output, 0, "", 0))

    def save(self, tree: str, before: Mapping[str, Entry], after: Mapping[str, Entry],
             keep: Collection[str], made_with: object = True, folders: bytes | None = None) -> None:
        """Record that ``tree`` now holds ``after`` (it held ``before``): only changed rows are written.

        The records of this output's other trees, except those in ``keep``, are dropped.
        ``made_with``: what the build knew of the files it made, kept with the record in memory
        for :meth:`made_with` (``serve``).  ``folders``: every folder of the tree, when it was listed or
        known (folders.py).
        """
        now = after if isinstance(after, Tree) else Tree(after.items())
        # the paths of each bucket to write: a new tree's every path, else those changed or gone (only paths held:
        # a build after a code change changes every file, 190,000 at 10,000 sources, at the build's peak)
        paths = now.keys() if not before else chain((p for p, _ in now.changed_from(before)),
                                                    now.gone_from(before) if isinstance(before, Tree)
                                                    else before.keys() - now.keys())
        dirty = by_bucket(paths)
        others = [t for (t,) in self.db.execute("SELECT id FROM trees WHERE output=?", (self.output,))
                  if t != tree and t not in keep]
        token = os.urandom(16).hex()  # a new one at each save: a record kept in memory under an old one is stale
        with self._transaction():
            if not before:  # a new tree: no row of an older record under its name may stay
                self.db.execute("DELETE FROM files WHERE tree=?", (tree,))
            for bucket, changed in dirty.items():  # one bucket held at a time
                files_in = self._bucket_saved(tree, bucket) if before else {}
                for path in changed:
                    packed = now.packed(path)
                    if packed is None:  # gone
                        files_in.pop(path, None)
                    else:
                        files_in[path] = packed
                if files_in:
                    self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                                    bucket_row(tree, bucket, files_in))
                else:
                    self.db.execute("DELETE FROM files WHERE tree=? AND bucket=?", (tree, bucket))
            self.db.execute("DELETE FROM folders WHERE tree=?", (tree,))
            if folders is not None:
                self.db.execute("INSERT INTO folders VALUES (?, ?, ?)",
                                (tree, folders, _folders_crc(tree.encode(), folders)))
            for other in others:
                self.db.execute("DELETE FROM files WHERE tree=?", (other,))
                self.db.execute("DELETE FROM trees WHERE id=?", (other,))
                self.db.execute("DELETE FROM folders WHERE tree=?", (other,))
            self.db.execute("INSERT OR REPLACE INTO trees VALUES (?, ?, ?, ?, ?, ?)",
                            _tree_row(tree, self.output, 1, token, len(now)))
        if self.cache is not None:  # the next build in this process need not read it back (``after``, a Tree,
            # is the record from here on: the caller changes it no more)
            saved = after.detach() if isinstance(after, Tree) else Tree(after.items())
            self.cache.kept((RECORDS, self.path, self.output, tree, token), lambda: saved)
            self.cache.keep((OWN, Same(saved)), made_with)
            # the record the tree had (serve: the spare's, read at this build's start) and what its build said of
            # it are stale from here on: not held to the next commit, through the next build's peak
            was = self.read_as.pop(tree, None)
            if was is not None:
                self.cache.forget((RECORDS, self.path, self.output, tree, was))
            self.cache.forget((OWN, Same(before)))

    def _bucket_saved(self, tree: str, bucket: int) -> dict[str, bytes]:
        """The files of ``tree``'s ``bucket`` as saved: the record the build began with (read whole then, or
        kept by this process under the token it saved), so a row damaged since is a file that changed under
        the build: sqlite3.DatabaseError, the tree left unclean (the next build trusts nothing of it)."""
        row = self.db.execute("SELECT tree, bucket, packed, crc FROM files WHERE tree=? AND bucket=?",
                              (tree, bucket)).fetchone()
        files_in = {} if row is None else bucket_files(row[0] == tree, *row[1:])
        if files_in is None:
            raise sqlite3.DatabaseError("a row that does not match its checksum")
        return files_in

    def own(self, record: Mapping[str, Entry] | None) -> bool:
        """Whether ``record`` is one this process saved and kept (``serve``): each of its files was written,
        or found intact, by this process's build, and only its builds change the tree while the record's
        token is unchanged.  Its files are trusted without a stat: a file edited by hand in the output
        while serving is made again by the next build of another process."""
        return self.made_with(record) is not None

    def made_with(self, record: Mapping[str, Entry] | None) -> object | None:
        """What the build that saved ``record`` said of it (``save``'s ``made_with``), when it is one this
        process saved and kept (:meth:`own`); else None."""
        return None if record is None or self.cache is None else self.cache.recall((OWN, Same(record)))

    def close(self) -> None:
        """Close the file; in a process that builds again, remember it as this build leaves it: the next
        build's :meth:`open` checks it again only when it changed since (another process wrote it)."""
        self.db.close()
        if self.cache is not None and (now := _stat(Path(self.path))):
            self.cache.keep((CHECKED, *now), True)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


def _tree_row(tree: str, output: str, clean: int, token: str, files: int) -> tuple[object, ...]:
    """A tree's row, with its CRC-32."""
    return tree, output, clean, token, files, _tree_crc(tree.encode(), output.encode(), clean, token.encode(), files)


def _tree_crc(tree: object, output: object, clean: object, token: object, files: object) -> int:
    """The CRC-32 of a tree's row (its texts as UTF-8 bytes); that of no such row when a cell is not of its kind."""
    if not (isinstance(tree, bytes) and isinstance(output, bytes) and isinstance(token, bytes)
            and type(clean) is int and type(files) is int):
        return -1
    return zlib.crc32(b"\0".join((tree, output, str(clean).encode(), token, str(files).encode())))


def _folders_crc(tree: object, stats: object) -> int:
    """The CRC-32 of a tree's folders' row (its name as UTF-8 bytes); -1 when a cell is not of its kind."""
    if not (isinstance(tree, bytes) and isinstance(stats, bytes)):
        return -1
    return zlib.crc32(stats, zlib.crc32(tree))


def _stat(path: Path) -> tuple[int, ...]:
    """What changes with any write of the file by any process (its ctime), or its replacement."""
    try:
        st = os.stat(path)
    except OSError:
        return ()
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _unusable(path: Path, exc: sqlite3.Error) -> OutputError:
    return OutputError([Problem(str(path), None, None, f"the build records cannot be used: {exc}",
                                "wait for the other build of this site to finish, or free disk space, "
                                "then build again")])
