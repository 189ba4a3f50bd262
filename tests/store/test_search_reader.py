"""The connection kept for the Search page's searches: the same hits as the store's search,
never stale, never kept past a lock, a new passphrase or a replaced file."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
import sqlcipher3.dbapi2 as sqlite3
from factories import PASSPHRASE, make_contact, make_entry, make_org

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import contacts, encryption
from cimicdesk.store.passphrase import change_passphrase
from cimicdesk.store.search import search
from cimicdesk.store.search_reader import SearchReader

KINDS = ("contact", "organisation", "liaison", "qip", "incident", "support_request")


@pytest.fixture
def filled(store):
    org = make_org(store, "Médecins Sans Frontières", acronym="MSF", place="Bambari")
    person = make_contact(store, "Jean-Baptiste Ngaïkoumon", organisation_id=org.id)
    hidden = make_contact(store, "Hortense Secretname", sensitivity=Sensitivity.RESTRICTED)
    make_entry(store, contacts=[person, hidden], purpose="Cholera outbreak near the market")
    store.hidden_code = restricted_code(hidden.id)
    return store


def test_the_reader_finds_what_the_store_finds(filled):
    reader = SearchReader(filled.path)
    try:
        code = filled.hidden_code
        for text in ("msf", "b", "cholera market", "ngaik", code, "zzz", ""):
            expected = search(filled, text, kinds=KINDS, limit=100)
            assert reader.search(text, kinds=KINDS, limit=100) == expected
        found = reader.search(code, kinds=KINDS, limit=100)
        assert {(h.kind, h.restricted) for h in found} == {("contact", True), ("liaison", False)}
    finally:
        reader.close()


def test_the_reader_sees_every_save_and_cannot_write(filled):
    reader = SearchReader(filled.path)
    try:
        assert reader.search("quonbadou") == []
        person = make_contact(filled, "Zéphirine Quonbadou")
        assert [h.record_id for h in reader.search("quonbadou")] == [person.id]
        person.sensitivity = Sensitivity.RESTRICTED
        contacts.save_contact(filled, person)
        assert reader.search("quonbadou") == []  # out of the index at once
        with pytest.raises(sqlite3.OperationalError):
            reader._conn.execute("DELETE FROM search_keys")
    finally:
        reader.close()
    assert filled.db.execute("SELECT count(*) FROM search_keys").fetchone()[0] > 0


def test_a_lock_a_new_passphrase_or_a_replaced_file_drop_the_connection(filled, tmp_path):
    reader = SearchReader(filled.path)
    assert reader.search("msf")
    kept = reader._conn
    encryption.lock()  # the window locked: every key forgotten
    assert reader.search("msf") is None
    assert reader._conn is None
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")  # closed, not just set aside
    encryption.unlock(filled.path, PASSPHRASE)
    assert reader.search("msf")

    change_passphrase(filled, PASSPHRASE, "another passphrase 2", "another passphrase 2")
    kept = reader._conn
    assert reader.search("msf")  # opened again with the new key
    assert reader._conn is not kept

    copy = tmp_path / "copy.sqlite"
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(filled.path, copy)
    make_contact(filled, "Only In The Original")
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert reader.search("original")
    kept = reader._conn
    os.replace(copy, filled.path)  # a backup restored over the file
    assert reader.search("original") == []
    assert reader._conn is not kept
    reader.close()
    assert reader.search("msf") is None
    assert reader._conn is None


def test_searches_from_several_threads_take_turns(filled):
    reader = SearchReader(filled.path)
    expected = search(filled, "b", kinds=KINDS, limit=100)
    results: list[object] = []

    def work() -> None:
        for _ in range(20):
            results.append(reader.search("b", kinds=KINDS, limit=100))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    reader.close()
    assert results == [expected] * 60
