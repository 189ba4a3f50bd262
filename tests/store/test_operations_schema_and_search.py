"""Migration 003 (operations tables) and search across every record type."""

from factories import make_contact, make_entry, make_incident, make_org, make_qip, make_request

from cimicdesk.store import incidents, qips, schema
from cimicdesk.store import support_requests as msr
from cimicdesk.store.search import search
from cimicdesk.store.stats import record_counts

SYNC_COLUMNS = {"id", "origin_unit", "created_at", "updated_at", "updated_site", "deleted", "clock"}


def test_migration_003_adds_synced_operations_tables(store):
    assert "003_operations" in {m.name for m in schema.migrations.applied(store.db)}
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.schema_version() >= 3
    for table in schema.SYNCED_TABLES:
        assert set(store.db[table].columns_dict) >= SYNC_COLUMNS, table
    assert {c.name for c in store.db["blobs"].columns} == {"sha256", "size", "mime", "data"}
    assert "blobs" not in schema.SYNCED_TABLES
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_counts_include_the_new_record_types(store):
    make_qip(store)
    make_incident(store)
    counts = record_counts(store)
    assert counts["qips"] == 1 and counts["qip_transitions"] == 1
    assert counts["incidents"] == 1 and counts["support_requests"] == 0


def test_search_finds_every_record_type(store):
    org = make_org(store, "Comité de paix de Kidjigra", acronym="CPK")
    person = make_contact(store, "Hawa Kidjigra", organisation_id=org.id)
    entry = make_entry(store, contacts=[person], purpose="Kidjigra water committee meeting")
    qip = make_qip(store, "Borehole for Kidjigra")
    incident = make_incident(store, narrative="Shots fired at Kidjigra market.")
    request = make_request(store, purpose="Water trucking to Kidjigra.")
    hits = search(store, "kidjigra")
    assert {(h.kind, h.record_id) for h in hits} == {
        ("organisation", org.id),
        ("contact", person.id),
        ("liaison", entry.id),
        ("qip", qip.id),
        ("incident", incident.id),
        ("support_request", request.id),
    }
    operations = ("qip", "incident", "support_request")
    assert {h.kind for h in search(store, "kidjigra", kinds=operations)} == set(operations)
    assert search(store, "shots")[0].snippet.count("[") >= 1
    for delete in (
        lambda: qips.delete_qip(store, qip.id),
        lambda: incidents.delete_incident(store, incident.id),
        lambda: msr.delete_support_request(store, request.id),
    ):
        delete()
    assert {h.kind for h in search(store, "kidjigra")} == {"organisation", "contact", "liaison"}
