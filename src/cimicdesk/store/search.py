"""Full-text search (FTS5) over every record type, and the index's upkeep."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.store.database import Store

# What FTS5's unicode61 tokenizer keeps inside a token: letters, numbers, private-use and
# unassigned characters, and the combining marks it removes as diacritics (with
# remove_diacritics 2: the marks of U+0300–U+0331 in its mask, e.g. the diaeresis of a
# 'ï' typed as two characters). Any other combining mark separates, as anything else
# does (Arabic harakat, Hebrew points, Thai vowel signs: found by a hypothesis run, where
# a lone musical mark was a word here and nothing in the index).
_TOKEN_CATEGORIES = frozenset({"Co", "Cn"})
_DIACRITIC_MASKS = (0x08029FDF, 0x000361F8)  # fts5_unicode2.c, sqlite3Fts5UnicodeIsdiacritic


def _is_fts5_diacritic(code: int) -> bool:
    if not 0x300 <= code <= 0x331:
        return False
    offset = code - 0x300
    return bool(_DIACRITIC_MASKS[offset // 32] & (1 << (offset % 32)))


def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category == "Mn":
        # A mark the index's Unicode 6.1 tables do not know is kept like an unassigned
        # character, and one they still call a letter (Mongolian U+1885) as a letter;
        # Python's oldest tables are Unicode 3.2's.
        older = unicodedata.ucd_3_2_0.category(ch)
        return _is_fts5_diacritic(ord(ch)) or older == "Cn" or older[0] in "LN"
    return category[0] in "LN" or category in _TOKEN_CATEGORIES


def query_words(text: str) -> list[str]:
    """The words of what was typed, split where the index splits them.

    Splitting like the index matters: 'Ngaïkoumon' typed with a combining diaeresis
    (as some keyboards send it) is one word to the index, not 'Nga', 'i', 'koumon'.
    """
    words: list[str] = []
    current: list[str] = []
    for ch in text or "":
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


@dataclass(frozen=True)
class SearchHit:
    """One search result: which kind of record, its id, a title and a highlighted snippet."""

    kind: str
    record_id: str
    title: str
    snippet: str
    restricted: bool = False  # a restricted contact: lists show its code, not this text


# Bounds of a query. FTS5 does work for every phrase of the query on every row it
# visits, and each phrase's matches grow the per-row position lists the others are
# merged with (bm25 ranking, snippet): a query of N words costs about N² per matching
# row. Pasting a page of text (8,000 words) into the search box took minutes. 32
# different words are far more than any officer types to find a record (a name, a
# place, a topic), and 500 characters are several sentences; beyond that the query is
# cut and the window says so. With these bounds the worst query (32 short prefixes
# matching most rows) stays well under a second on a battalion's database.
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32


@dataclass(frozen=True)
class SearchQuery:
    """What is searched for: the distinct words kept, and whether the text was cut."""

    words: tuple[str, ...]
    shortened: bool = False

    @property
    def fts(self) -> str:
        """The FTS5 query: every word, as a prefix, must match.

        Words are quoted so that FTS5 operators (AND, NEAR, quotes, colons) typed by
        the user are searched for literally instead of raising a syntax error.
        """
        return " ".join(f'"{w}"*' for w in self.words)


def _folded(word: str) -> str:
    """A word as the index compares it: lower case, without diacritics (unicode61
    with remove_diacritics). lower(), not casefold(): the tokenizer keeps 'ß'."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def parse_query(text: str) -> SearchQuery:
    """The bounded query for what was typed: at most MAX_QUERY_TERMS distinct words
    from its first MAX_QUERY_CHARS characters.

    A word repeated, or one that begins another word typed ('wat' and 'water'), adds
    nothing to 'every word as a prefix must match' and is left out: it would only
    cost time. Dropping those never changes the results; only the bounds can, and
    then `shortened` is true.
    """
    text = (text or "").strip()
    shortened = len(text) > MAX_QUERY_CHARS
    kept: dict[str, str] = {}  # folded -> as typed, in the order typed
    for word in query_words(text[:MAX_QUERY_CHARS]):
        folded = _folded(word)
        if any(other.startswith(folded) for other in kept):
            continue  # implied by a longer word already kept
        for implied in [other for other in kept if folded.startswith(other)]:
            del kept[implied]  # this longer word implies the shorter one kept before
        if len(kept) == MAX_QUERY_TERMS:
            shortened = True
            break
        kept[folded] = word
    return SearchQuery(tuple(kept.values()), shortened)


def fts_query(text: str) -> str:
    """Turn what an officer types into a bounded FTS5 query (see parse_query)."""
    return parse_query(text).fts


def index_record(store: Store, kind: str, record_id: str, title: str, body: str) -> None:
    """Put a record into the index, replacing what was there for it."""
    index_many(store.db.conn, [(kind, record_id, title, body)])


def index_many(conn: Any, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """Index (kind, record_id, title, body) rows in bulk, replacing earlier text of each."""
    rows = list(rows)
    conn.executemany(
        "INSERT OR IGNORE INTO search_keys (kind, record_id) VALUES (?, ?)",
        [(kind, record_id) for kind, record_id, _, _ in rows],
    )
    docs = [_doc(conn, kind, record_id) for kind, record_id, _, _ in rows]
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(d,) for d in docs])
    conn.executemany(
        "INSERT INTO search_index (rowid, kind, record_id, title, body) VALUES (?, ?, ?, ?, ?)",
        [(doc, *row) for doc, row in zip(docs, rows, strict=True)],
    )


def _doc(conn: Any, kind: str, record_id: str) -> int | None:
    row = conn.execute(
        "SELECT doc FROM search_keys WHERE kind = ? AND record_id = ?", [kind, record_id]
    ).fetchone()
    return row[0] if row else None


def unindex_record(store: Store, kind: str, record_id: str) -> bool:
    """Take a record out of the index; whether it was in it."""
    doc = _doc(store.db.conn, kind, record_id)
    if doc is None:
        return False
    return store.db.execute("DELETE FROM search_index WHERE rowid = ?", [doc]).rowcount > 0


def forget_removed_text(conn: Any) -> None:
    """Make the text taken out of the index gone from the file's tables too.

    FTS5 keeps a replaced or deleted document's words in its older segments (and writes
    them again in its delete markers) until those are merged: a contact just made
    restricted would still have its name in search_index_data. 'optimize' merges every
    segment into one, dropping both; PRAGMA secure_delete zeroes the pages it frees. It
    rewrites the whole index, so it is run only when hidden text left the index (a
    contact made restricted, a purge), not on every save.
    """
    previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(previous)}")


def indexed_words(text: str) -> frozenset[str]:
    """The words of a text as the index would hold them (lower case, no diacritics)."""
    return frozenset(_folded(w) for w in query_words(text))


def words_match(query: SearchQuery, words: frozenset[str]) -> bool:
    """Whether a text of these indexed_words matches the query as the index would match
    it: every word of the query begins one of them.

    For text deliberately kept out of the index (a restricted contact's name, matched
    only while the officer has revealed restricted contacts)."""
    wanted = [_folded(w) for w in query.words]
    return bool(wanted) and all(any(w.startswith(q) for w in words) for q in wanted)


def matching_ids_sql(kind: str) -> str:
    """SQL fragment 'id IN (...)' restricting a list to records matching a text filter."""
    return (
        f"id IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = '{kind}')"
    )


# Ranking is FTS5's bm25 over every match, a few microseconds a match: a whole word of a
# sector's database matches thousands of records (Bambari 16,000) and a one-letter prefix
# nearly all of them (231 ms for "b" at 250,000 records). A query matching more than
# RANKED_MATCHES records ranks its RANKED_MATCHES newest matches (the highest index rowids,
# the records indexed last), each scored exactly as among all matches (bm25's word
# weights still count every match); a query matching fewer is ranked exactly as before.
RANKED_MATCHES = 2000


def search(
    store: Store,
    text: str,
    *,
    kinds: tuple[str, ...] = (),
    limit: int = 50,
    ranked: int | None = RANKED_MATCHES,
) -> list[SearchHit]:
    """Records of any kind matching every word typed (within the bounds of
    parse_query), best matches first: of the `ranked` newest matches when more match
    (None: of every match)."""
    return search_on(store.db.conn, text, kinds=kinds, limit=limit, ranked=ranked)


def search_on(
    conn: Any,
    text: str,
    *,
    kinds: tuple[str, ...] = (),
    limit: int = 50,
    ranked: int | None = RANKED_MATCHES,
) -> list[SearchHit]:
    """search() on a connection to the database. Only the page of hits is read (titles,
    snippets) and only its contacts are checked for being restricted."""
    query = fts_query(text)
    if not query:
        return []
    where = "search_index MATCH ?"
    params: list[object] = [query]
    if kinds and not _every_kind_in(conn, kinds):
        where += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params.extend(kinds)
    if ranked is not None:
        # The rowid of the ranked-th newest match: an index walk, no ranking.
        newest = conn.execute(
            f"SELECT rowid FROM search_index WHERE {where} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [*params, max(ranked, 1) - 1],
        ).fetchone()
        if newest is not None:
            where += " AND rowid >= ?"
            params.append(newest[0])
    rows = conn.execute(
        "SELECT kind, record_id, title, snippet(search_index, 3, '[', ']', '…', 12) "
        f"FROM search_index WHERE {where} ORDER BY rank LIMIT ?",
        [*params, limit],
    ).fetchall()
    restricted = _restricted_in(conn, [r[1] for r in rows if r[0] == "contact"])
    return [
        SearchHit(kind, record_id, title, snippet, restricted=record_id in restricted)
        for kind, record_id, title, snippet in rows
    ]


def _every_kind_in(conn: Any, kinds: tuple[str, ...]) -> bool:
    """Whether every kind the index holds is one of `kinds` (then filtering by kind, which
    reads each match's stored row, changes nothing). One index seek per kind held."""
    held = conn.execute(
        "WITH RECURSIVE k(kind) AS (SELECT min(kind) FROM search_keys UNION ALL "
        "SELECT (SELECT min(kind) FROM search_keys WHERE kind > k.kind) FROM k "
        "WHERE k.kind IS NOT NULL) SELECT kind FROM k WHERE kind IS NOT NULL"
    ).fetchall()
    return {row[0] for row in held} <= set(kinds)


def _restricted_contacts(store: Store, ids: list[str]) -> set[str]:
    return _restricted_in(store.db.conn, ids)


def _restricted_in(conn: Any, ids: list[str]) -> set[str]:
    """Which of these contact ids are restricted contacts."""
    if not ids:
        return set()
    marks = ", ".join("?" for _ in ids)
    sql = f"SELECT id FROM contacts WHERE sensitivity = ? AND id IN ({marks})"
    return {row[0] for row in conn.execute(sql, [Sensitivity.RESTRICTED.value, *ids])}


def titles(store: Store, records: list[tuple[str, str]]) -> dict[str, tuple[str, bool]]:
    """(kind, record id) -> record id: (its title in the search index, whether it is a
    restricted contact). Records without an index entry are left out."""
    if not records:
        return {}
    pairs = ", ".join("(?, ?)" for _ in records)
    # CROSS JOIN keeps search_keys outside: each title is then one rowid lookup in the
    # index instead of a scan of it.
    rows = store.db.execute(
        "SELECT k.kind, k.record_id, i.title FROM search_keys k "
        "CROSS JOIN search_index i ON i.rowid = k.doc "
        f"WHERE (k.kind, k.record_id) IN (VALUES {pairs})",
        [value for pair in records for value in pair],
    ).fetchall()
    restricted = _restricted_contacts(store, [r[1] for r in rows if r[0] == "contact"])
    return {record_id: (title, record_id in restricted) for _, record_id, title in rows}
