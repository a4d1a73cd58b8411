"""Two questions about a damaged SQLite file, asked by the build cache and the site's records."""
from __future__ import annotations

import sqlite3


def undecodable(exc: sqlite3.OperationalError) -> bool:
    """Whether ``exc`` is a text cell that is not UTF-8: a damaged byte that SQLite's own checks pass,
    which Python's sqlite3 reports as an OperationalError (with no SQLite error code), like a busy file."""
    return str(exc).startswith("Could not decode to UTF-8")


def integrity(db: sqlite3.Connection) -> str:
    """SQLite's full check of the file, indexes against rows included (run only once damage is seen)."""
    try:
        row = db.execute("PRAGMA integrity_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "no answer"
