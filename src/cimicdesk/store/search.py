"""Full-text search (FTS5) over every record type, and the index's upkeep."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cimicdesk.store.database import Store

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    """One search result: which kind of record, its id, a title and a highlighted snippet."""

    kind: str
    record_id: str
    title: str
    snippet: str


def fts_query(text: str) -> str:
    """Turn what an officer types into an FTS5 query: every word, as a prefix, must match.

    Words are quoted so that FTS5 operators (AND, NEAR, quotes, colons) typed by
    the user are searched for literally instead of raising a syntax error.
    """
    words = _WORD.findall(text or "")
    return " ".join(f'"{w}"*' for w in words)


def index_record(store: Store, kind: str, record_id: str, title: str, body: str) -> None:
    """Put a record into the index, replacing what was there for it."""
    unindex_record(store, kind, record_id)
    store.db.execute(
        "INSERT INTO search_index (kind, record_id, title, body) VALUES (?, ?, ?, ?)",
        [kind, record_id, title, body],
    )


def unindex_record(store: Store, kind: str, record_id: str) -> None:
    store.db.execute("DELETE FROM search_index WHERE kind = ? AND record_id = ?", [kind, record_id])


def matching_ids_sql(kind: str) -> str:
    """SQL fragment 'id IN (...)' restricting a list to records matching a text filter."""
    return (
        f"id IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = '{kind}')"
    )


def search(
    store: Store, text: str, *, kinds: tuple[str, ...] = (), limit: int = 50
) -> list[SearchHit]:
    """Records of any kind matching every word typed, best matches first."""
    query = fts_query(text)
    if not query:
        return []
    sql = (
        "SELECT kind, record_id, title, snippet(search_index, 3, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ?"
    )
    params: list[object] = [query]
    if kinds:
        sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params.extend(kinds)
    sql += " ORDER BY rank LIMIT ?"
    params.append(limit)
    return [SearchHit(*row) for row in store.db.execute(sql, params).fetchall()]
