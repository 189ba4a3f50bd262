"""Search rows of many liaison entries written by SQL, the same as liaison.index_text's.

A first import brings thousands of liaison entries, each re-indexed after the merge
(sync/reindex.py). Building each entry in Python and sending its text back costs more
than the rest of the re-index; here one statement writes the same title and body for
every entry it can vouch for: a live entry whose indexed columns are all text, whose type
is one of LiaisonType, and whose live follow-up actions have a text description and
owner. Any other entry (a tombstone, or a value of another type, which Python would
render as it renders it) is left to the Python path, so the index is the same either
way (tests/sync/test_search_sql.py, tests/sync/test_fast_merge.py).

The file's own search rows are never read: a unit file's index is whatever its sender
wrote, and is only ever rebuilt from the records here.
"""

from __future__ import annotations

from collections.abc import Iterable

from cimicdesk.domain.enums import LiaisonType
from cimicdesk.store import liaison
from cimicdesk.store.encryption import sqlite3

# Every character str.isspace() holds (what str.strip() takes off both ends of a title);
# tests/sync/test_search_sql.py checks this list against all of Unicode.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_IDS = "temp.sync_search_ids"
_DONE = "temp.sync_search_done"
_TEXT_COLUMNS = (
    "ref",
    "place",
    "grid",
    "purpose",
    "info_received",
    "info_passed",
    "issues_raised",
    "origin_unit",
)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _label() -> str:
    """SQL: the entry type's label (LiaisonType.label), NULL for any other value."""
    cases = " ".join(f"WHEN {_quoted(t.value)} THEN {_quoted(t.label)}" for t in LiaisonType)
    return f"(CASE e.entry_type {cases} END)"


def vouched() -> str:
    """SQL: entry `e` is one whose search row TITLE and BODY give exactly (see the docstring)."""
    texts = " AND ".join(f"typeof(e.\"{c}\") = 'text'" for c in _TEXT_COLUMNS)
    return (
        f"(typeof(e.deleted) = 'integer' AND e.deleted = 0 AND {texts} "
        f"AND typeof(e.entry_type) = 'text' AND {_label()} IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM {liaison.ACTIONS} a WHERE a.entry_id = e.id "
        "AND a.deleted = 0 AND (typeof(a.description) <> 'text' OR typeof(a.owner) <> 'text')))"
    )


def title() -> str:
    """SQL: liaison.index_text's title of entry `e` (ref, type label, place; stripped)."""
    return f"trim(e.ref || ' ' || {_label()} || ' ' || e.place, {_quoted(WHITESPACE)})"


def body() -> str:
    """SQL: liaison.index_text's body of entry `e`: its participants' names as the lists
    show them, its texts, its unit, then ' description owner' of each live action in the
    order the Python path reads them (created_at, rowid)."""
    names = f"COALESCE({liaison.PARTICIPANT_NAMES_SQL.replace('liaison_entries.id', 'e.id')}, '')"
    fields = " || ' ' || ".join(
        [names, *(f'e."{c}"' for c in _TEXT_COLUMNS if c not in ("ref", "place"))]
    )
    actions = (
        "COALESCE((SELECT group_concat(' ' || a.description || ' ' || a.owner, '' "
        f"ORDER BY a.created_at, a.rowid) FROM {liaison.ACTIONS} a "
        "WHERE a.entry_id = e.id AND a.deleted = 0), '')"
    )
    return f"({fields} || {actions})"


def index_entries(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Write the search rows of the entries among `ids` that SQL can vouch for, as
    search.index_many would (keys in id order, earlier text replaced); their ids."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_IDS[5:]} (id TEXT PRIMARY KEY)")
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_DONE[5:]} (id TEXT PRIMARY KEY)")
    conn.execute(f"DELETE FROM {_IDS}")
    conn.execute(f"DELETE FROM {_DONE}")
    conn.executemany(f"INSERT OR IGNORE INTO {_IDS} VALUES (?)", [(i,) for i in ids])
    conn.execute(
        f"INSERT INTO {_DONE} (id) SELECT e.id FROM liaison_entries e "
        f"WHERE e.id IN (SELECT id FROM {_IDS}) AND {vouched()} ORDER BY e.id"
    )
    kind = _quoted(liaison.KIND)
    conn.execute(
        "INSERT OR IGNORE INTO search_keys (kind, record_id) "
        f"SELECT {kind}, id FROM {_DONE} ORDER BY id"
    )
    conn.execute(
        "DELETE FROM search_index WHERE rowid IN (SELECT k.doc FROM search_keys k "
        f"WHERE k.kind = {kind} AND k.record_id IN (SELECT id FROM {_DONE}))"
    )
    conn.execute(
        "INSERT INTO search_index (rowid, kind, record_id, title, body) "
        f"SELECT k.doc, {kind}, e.id, {title()}, {body()} FROM {_DONE} d "
        "JOIN liaison_entries e ON e.id = d.id "
        f"JOIN search_keys k ON k.kind = {kind} AND k.record_id = e.id"
    )
    return {r[0] for r in conn.execute(f"SELECT id FROM {_DONE}").fetchall()}
