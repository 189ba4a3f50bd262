"""The Search page's query (issue 16) gives the hits the query before it gave.

Fewer matches than RANKED_MATCHES: the very same hits in the same order; more: the best of
the newest RANKED_MATCHES matches, each ranked as among all of them; the prefix index
(store/search_prefix.py) changes nothing but speed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factories import PASSPHRASE, files_holding, make_contact
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import Sensitivity, UnitLevel
from cimicdesk.store import contacts, encryption
from cimicdesk.store.database import Store, create_database, open_database
from cimicdesk.store.search import (
    RANKED_MATCHES,
    SearchHit,
    fts_query,
    index_record,
    search,
)
from cimicdesk.store.search_prefix import PREFIXES, add_prefix_index, migrate, prefixes_of

KINDS = ("contact", "organisation", "liaison", "qip", "incident", "support_request")

# Whole words, prefixes of 1 to 3 letters, two words; places, organisations, topics.
QUERIES = [
    "bambari", "water", "escort", "ocha", "unicef", "bria", "measles", "cholera", "b", "m",
    "s", "w", "a", "e", "ba", "wa", "co", "ch", "bam", "esc", "con", "water bambari",
    "escort convoy", "road bridge", "banbat meeting", "ngaikou", "zzz",
]  # fmt: skip


def old_search(store: Store, text: str, kinds=(), limit=50) -> list[SearchHit]:
    """store.search.search as it was before issue 16, word for word."""
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
    rows = store.db.execute(sql, params).fetchall()
    ids = [r[1] for r in rows if r[0] == "contact"]
    marks = ", ".join("?" for _ in ids)
    restricted = {
        r[0]
        for r in store.db.execute(
            f"SELECT id FROM contacts WHERE sensitivity = ? AND id IN ({marks})",
            [Sensitivity.RESTRICTED.value, *ids],
        )
    }
    return [SearchHit(k, i, t, s, restricted=i in restricted) for k, i, t, s in rows]


def matches(store: Store, text: str, kinds=()) -> int:
    sql = "SELECT count(*) FROM search_index WHERE search_index MATCH ?"
    if kinds:
        sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
    return store.db.execute(sql, [fts_query(text), *kinds]).fetchone()[0]


def doc_of(store: Store, hit: SearchHit) -> int:
    return store.db.execute(
        "SELECT doc FROM search_keys WHERE kind = ? AND record_id = ?", [hit.kind, hit.record_id]
    ).fetchone()[0]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A seeded battalion with a few restricted contacts (made once, copied per test)."""
    path = tmp_path_factory.mktemp("seeded") / "bn.sqlite"
    store = create_database(
        path,
        "BANBAT 1",
        UnitLevel.BATTALION,
        parent="Sector West",
        passphrase=PASSPHRASE,
        training=True,
    )
    seed_database(store, entries=300, seed=3)
    for row in store.db.execute("SELECT id FROM contacts ORDER BY id LIMIT 6").fetchall():
        person = contacts.get_contact(store, row[0])
        person.sensitivity = Sensitivity.RESTRICTED
        contacts.save_contact(store, person)
    store.close()
    return path


@pytest.fixture
def seeded_store(seeded, tmp_path):
    copy = tmp_path / "bn.sqlite"
    shutil.copy(seeded, copy)
    encryption.unlock(copy, PASSPHRASE)  # keys are forgotten between tests
    opened = open_database(copy, daily_backup=False)
    yield opened
    opened.close()


def test_the_queries_give_the_hits_they_gave(seeded_store):
    """Every query of a seeded battalion: the same hits (kind, id, title, snippet, masked),
    in the same order, through the page's kinds and limit and without them."""
    many = 0
    for text in QUERIES:
        for kinds, limit in ((KINDS, 100), ((), 50), (("contact", "liaison"), 100)):
            assert matches(seeded_store, text, kinds) <= RANKED_MATCHES
            old = old_search(seeded_store, text, kinds, limit)
            assert search(seeded_store, text, kinds=kinds, limit=limit) == old, text
            assert search(seeded_store, text, kinds=kinds, limit=limit, ranked=None) == old
            many += len(old) == limit
    assert many > 10  # broad queries filled the page: the ranking was tested, not just 0 hits
    assert any(h.restricted for h in search(seeded_store, "c", kinds=KINDS, limit=2000))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_words_of_the_records_give_the_same_hits(seeded_store, data):
    """Prefixes (1 to 6 letters) of one or two words the records hold: the same hits."""
    words = _words(seeded_store)
    picked = data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=2))
    cut = [w[: data.draw(st.integers(1, 6))] for w in picked]
    text = " ".join(cut)
    kinds = data.draw(st.sampled_from([KINDS, (), ("liaison",), ("contact", "organisation")]))
    assert search(seeded_store, text, kinds=kinds, limit=100) == old_search(
        seeded_store, text, kinds, 100
    )


_VOCABULARY: list[str] = []


def _words(store: Store) -> list[str]:
    if not _VOCABULARY:
        store.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, search_index, row)"
        )
        rows = store.db.execute(
            "SELECT term FROM temp.words WHERE term GLOB '[a-z]*' ORDER BY doc DESC LIMIT 300"
        ).fetchall()
        _VOCABULARY.extend(r[0] for r in rows)
    return _VOCABULARY


@pytest.mark.parametrize("text", ["b", "a", "ba", "escort", "banbat", "road bridge", "c"])
@pytest.mark.parametrize("ranked", [1, 7, 40, 150])
def test_more_matches_than_ranked_rank_the_newest_ones_as_among_all(seeded_store, text, ranked):
    """The hits of a query matching more than `ranked` records: the old ranking of every
    match (bm25 over all of them), kept to the `ranked` newest matches, in that order."""
    everything = old_search(seeded_store, text, KINDS, limit=100_000)
    if text in ("b", "a", "c"):
        assert len(everything) > max(ranked, 100)  # more than ranked, more than a page
    newest = sorted((doc_of(seeded_store, h) for h in everything), reverse=True)[:ranked]
    expected = [h for h in everything if doc_of(seeded_store, h) >= newest[-1]][:100]
    assert search(seeded_store, text, kinds=KINDS, limit=100, ranked=ranked) == expected
    # the same with a kind filter that filters: the newest matches of those kinds
    liaisons = [h for h in everything if h.kind == "liaison"]
    cut = sorted((doc_of(seeded_store, h) for h in liaisons), reverse=True)[:ranked][-1]
    assert (
        search(seeded_store, text, kinds=("liaison",), limit=100, ranked=ranked)
        == [h for h in liaisons if doc_of(seeded_store, h) >= cut][:100]
    )


def test_the_prefix_index_changes_nothing_but_speed(seeded_store):
    with seeded_store.db.conn:  # the index as schema 11 made it (whatever made this one)
        add_prefix_index(seeded_store.db.conn, "")
    before = {t: search(seeded_store, t, kinds=KINDS, limit=100, ranked=None) for t in QUERIES}
    ranked = {t: search(seeded_store, t, kinds=KINDS, limit=100, ranked=40) for t in QUERIES}
    documents = seeded_store.db.execute(
        "SELECT rowid, kind, record_id, title, body FROM search_index ORDER BY rowid"
    ).fetchall()
    assert prefixes_of(seeded_store.db.conn) == ""
    with seeded_store.db.conn:
        assert add_prefix_index(seeded_store.db.conn)
    assert prefixes_of(seeded_store.db.conn) == PREFIXES
    assert not add_prefix_index(seeded_store.db.conn)  # once only
    assert (
        "prefix = '1 2'"
        in seeded_store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
        ).fetchone()[0]
    )
    assert (
        seeded_store.db.execute(
            "SELECT rowid, kind, record_id, title, body FROM search_index ORDER BY rowid"
        ).fetchall()
        == documents
    )
    assert seeded_store.db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name LIKE 'search_index_prefixed%'"
    ).fetchone() == (0,)
    for text in QUERIES:
        assert search(seeded_store, text, kinds=KINDS, limit=100, ranked=None) == before[text]
        assert search(seeded_store, text, kinds=KINDS, limit=100, ranked=40) == ranked[text]
    # and the index stays in step with edits afterwards
    person = make_contact(seeded_store, "Zéphirine Quonbadou")
    assert [h.record_id for h in search(seeded_store, "quonb")] == [person.id]
    assert [h.record_id for h in search(seeded_store, "q")][:50] != []


def test_the_rebuild_leaves_no_replaced_text_in_the_file(seeded_store):
    """Text replaced in the index but still in an unmerged segment of it (as a contact's
    name was, once made restricted) is not left in the file's pages by the rebuild."""
    with seeded_store.db.conn:
        index_record(seeded_store, "contact", "c-secret", "Xylophanes Quarrington", "+236 1")
    with seeded_store.db.conn:
        index_record(seeded_store, "contact", "c-secret", "Restricted contact", "")
    seeded_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = seeded_store.path
    assert files_holding(path, b"quarrington") == [path.name]  # the old segment holds it
    with seeded_store.db.conn:
        other = "" if prefixes_of(seeded_store.db.conn) else PREFIXES  # rebuilt either way
        assert add_prefix_index(seeded_store.db.conn, other)
    seeded_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert files_holding(path, b"quarrington") == []
    assert search(seeded_store, "quarrington") == []
    assert [h.record_id for h in search(seeded_store, "restricted contact")][-1:] == ["c-secret"]


def test_the_migration_rebuilds_the_index_and_sets_the_version(seeded_store):
    with seeded_store.db.conn:
        add_prefix_index(seeded_store.db.conn, "")
    expected = search(seeded_store, "ba", kinds=KINDS, limit=100)
    version = seeded_store.db.execute("PRAGMA user_version").fetchone()[0]
    with seeded_store.db.conn:
        migrate(seeded_store.db, 41)
    assert seeded_store.db.execute("PRAGMA user_version").fetchone() == (41,)
    assert prefixes_of(seeded_store.db.conn) == PREFIXES
    assert search(seeded_store, "ba", kinds=KINDS, limit=100) == expected
    with seeded_store.db.conn:
        seeded_store.db.execute(f"PRAGMA user_version = {version}")  # as the program has it
