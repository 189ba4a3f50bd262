"""What the search index's tables in the file hold, read raw (not through a search)."""

from __future__ import annotations

from typing import Any


def index_holds(store: Any, word: str) -> dict[str, bool]:
    """Where the index holds `word` (lower case, as the tokenizer keeps it): in the text
    of its documents (search_index_content), in the raw segment blobs of the inverted
    index (search_index_data, deleted documents' words included until merged away), and
    among its terms (fts5vocab). FTS5 writes segments when a transaction commits: what
    was indexed since is in memory, seen by the terms only."""
    conn = store.db.conn
    like = f"%{word}%"
    content = conn.execute(
        "SELECT count(*) FROM search_index_content WHERE lower(c2) LIKE ? OR lower(c3) LIKE ?",
        [like, like],
    ).fetchone()[0]
    # A segment stores each term as the length of the prefix it shares with the term before
    # it, then the rest: the last five letters are in the rest unless a neighbour shares
    # all but those (no test's words do).
    data = conn.execute(
        "SELECT count(*) FROM search_index_data WHERE instr(block, ?) > 0",
        [word[-5:].encode()],
    ).fetchone()[0]
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, search_index, row)"
    )
    term = conn.execute("SELECT count(*) FROM temp.terms WHERE term = ?", [word]).fetchone()[0]
    return {"content": bool(content), "data": bool(data), "terms": bool(term)}


EVERYWHERE = {"content": True, "data": True, "terms": True}
NOWHERE = {"content": False, "data": False, "terms": False}
