"""The search index rebuilt with FTS5 prefix indexes, so that short prefixes are found fast."""

from __future__ import annotations

import re
from typing import Any

# Without a prefix index FTS5 finds "b*" by merging the match list of every indexed word
# beginning with b (about 100 ms at 250,000 records, twice per ranked search); with one it
# reads one list. One- and two-letter prefixes are the costly ones: a three-letter prefix
# begins few enough words. Each prefix length stored costs about as much room as the index
# itself (30 MB at 250,000 records: with '1 2' 73 MB, with '1 2 3' 97 MB).
PREFIXES = "1 2"

INDEX_SQL = (
    "CREATE VIRTUAL TABLE {name} USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, body, "
    'tokenize = "unicode61 remove_diacritics 2"{prefix})'
)


def prefixes_of(conn: Any, name: str = "search_index") -> str:
    """The prefix lengths the search index keeps ('' when none, or no index)."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
    ).fetchone()
    found = re.search(r"prefix\s*=\s*'([0-9 ]*)'", row[0] if row else "", re.IGNORECASE)
    return found.group(1) if found else ""


def add_prefix_index(conn: Any, prefixes: str = PREFIXES) -> bool:
    """Rebuild search_index with these prefix lengths ('' for none), inside the caller's
    transaction: the same rowids (search_keys still points at them), titles and bodies;
    whether it was rebuilt (not when it had them already).

    The old index's pages are zeroed as they are freed (secure_delete): an unmerged old
    segment can still hold a replaced document's words (a contact since made
    restricted), which must not stay in the file (see search.forget_removed_text).
    """
    if prefixes_of(conn) == prefixes:
        return False
    if prefixes.replace(" ", "") and not prefixes.replace(" ", "").isdigit():
        raise ValueError(f"prefix lengths are numbers: {prefixes!r}")
    option = f", prefix = '{prefixes}'" if prefixes else ""
    conn.execute("DROP TABLE IF EXISTS search_index_prefixed")
    conn.execute(INDEX_SQL.format(name="search_index_prefixed", prefix=option))
    conn.execute(
        "INSERT INTO search_index_prefixed (rowid, kind, record_id, title, body) "
        "SELECT rowid, kind, record_id, title, body FROM search_index ORDER BY rowid"
    )
    previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        conn.execute("DROP TABLE search_index")
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(previous)}")
    conn.execute("ALTER TABLE search_index_prefixed RENAME TO search_index")
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    return True


def migrate(db: Any, version: int) -> None:
    """The schema migration (store/schema.py registers it under its number): the index
    rebuilt with prefix indexes, then PRAGMA user_version = version."""
    add_prefix_index(db.conn if hasattr(db, "conn") else db)
    db.execute(f"PRAGMA user_version = {int(version)}")
