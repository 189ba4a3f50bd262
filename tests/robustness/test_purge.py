"""Purge: a record's content leaves the file for good (checked in the raw bytes), and the
purge travels as an edit."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from factories import (
    PASSPHRASE,
    action,
    files_holding,
    image_bytes,
    make_contact,
    make_entry,
    make_incident,
    make_org,
    make_qip,
    raw_connect,
)
from PIL import Image
from robust_support import make_it_yesterdays
from sync_helpers import unsealed

from cimicdesk.cli import main
from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError, RecordNotFoundError
from cimicdesk.domain.masking import masked_contact_label, restricted_code
from cimicdesk.domain.qip import MonitoringVisit
from cimicdesk.reports import data as report_data
from cimicdesk.store import attachments, qips, synced
from cimicdesk.store.contacts import get_contact, list_contacts, save_contact
from cimicdesk.store.database import open_database, write_meta
from cimicdesk.store.editor_drafts import read_drafts, save_draft
from cimicdesk.store.filters import ContactFilter
from cimicdesk.store.incidents import get_incident, list_incidents
from cimicdesk.store.liaison import get_liaison, list_liaison
from cimicdesk.store.purge import EMPTY_SHA256, is_purged_row, purge_record
from cimicdesk.store.search import search

SECRET = "Qorvathine"  # a name no seed, word list or schema contains
PLACE = "Zindrakoumba"


def _holding(path: Path, *words: str) -> list[str]:
    """Files whose raw bytes hold any of the words, as typed or folded to lower case."""
    return files_holding(path, *{f.encode() for w in words for f in (w, w.lower(), w.upper())})


@pytest.fixture
def source(store):
    """A restricted source, edited twice (old versions in history), met in an entry,
    named as the source of an incident; the day's backup holds it all."""
    org = make_org(store, "Comité des sages")
    person = make_contact(
        store,
        f"Amadou {SECRET}",
        sensitivity=Sensitivity.RESTRICTED,
        phones=("+236 72 11 22 33",),
        place=PLACE,
        notes=f"Speaks for the {SECRET} family.",
        organisation_id=org.id,
        grid="34NDM6409037550",
    )
    person.notes = f"Moved to {PLACE} market; {SECRET} clan elder."
    person = save_contact(store, person)
    person.position = "Chef de quartier"
    person = save_contact(store, person)
    entry = make_entry(
        store,
        contacts=[person],
        orgs=[org],
        purpose="Security of the market road",
        actions=[action("Follow up with the elders", "2026-12-01")],
    )
    incident = make_incident(store, source_contact_id=person.id, narrative="Road blocked.")
    make_it_yesterdays(store)
    store.close()
    reopened = open_database(store.path)  # takes the day's backup, with the secret in it
    assert reopened.daily_backup is not None
    yield reopened, person, entry, incident
    reopened.close()


def test_a_purged_contact_leaves_no_byte_behind(source):
    store, person, entry, incident = source
    assert "bn1.sqlite" in _holding(store.path, SECRET, PLACE)
    assert any(".daily." in name for name in _holding(store.path, SECRET))
    assert search(store, SECRET) == []  # a restricted source: search never confirms it

    report = purge_record(store, "contacts", person.id, reason="source at risk")

    assert report.rows == [("contacts", person.id)]
    assert report.history_deleted == 2 and report.vacuumed and report.checkpoint_complete
    assert [p.name for p in report.backups_scrubbed] == [store.daily_backup.name]
    assert report.backups_left == []
    assert _holding(store.path, SECRET, PLACE, "72 11 22 33") == []
    assert not Path(f"{store.path}-wal").exists() or Path(f"{store.path}-wal").stat().st_size == 0
    assert search(store, SECRET) == [] and search(store, PLACE) == []
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The entry and the incident that named the person are found without the name now.
    assert [h.record_id for h in search(store, "market road")] == [entry.id]
    assert get_liaison(store, entry.id).participant_names == "; Comité des sages"
    assert get_incident(store, incident.id).source_contact_id == person.id


def test_the_purged_row_keeps_its_id_is_tombstoned_and_wins_on_merge(source):
    store, person, _entry, _incident = source
    before = synced.fetch_row(store, "contacts", person.id)
    purge_record(store, "contacts", person.id, reason="source at risk")
    row = synced.fetch_row(store, "contacts", person.id)
    assert row["id"] == person.id and row["deleted"] == 1
    assert row["origin_unit"] == before["origin_unit"]
    assert (row["name"], row["notes"], row["place"], row["grid"]) == ("", "", "", "")
    assert (row["phones"], row["name_key"], row["lat"], row["organisation_id"]) == (
        "[]",
        "",
        None,
        None,
    )
    assert is_purged_row("contacts", row) and not is_purged_row("contacts", before)
    old = synced.row_clock(before, type(get_contact(store, person.id)))
    new = synced.row_clock(row, type(get_contact(store, person.id)))
    assert all(new[f][0] == old[f][0] + 1 for f in new)  # every field's counter bumped
    assert {c[2] for c in new.values()} == {store.site_id}
    # Only the purge itself is remembered: who asked, why; not what was there.
    assert synced.history(store, "contacts", person.id) == [
        {"id": person.id, "purged": "source at risk"}
    ]
    # A purged record reads and lists like any deleted one.
    assert get_contact(store, person.id).deleted
    assert person.id in {
        c.id for c in list_contacts(store, ContactFilter(include_deleted=True)).items
    }
    assert person.id not in {c.id for c in list_contacts(store).items}


def test_file_cleaning_that_cannot_run_is_reported_and_the_backups_still_cleaned(source):
    from cimicdesk.store.purge import clean_after_merge

    store, person, _entry, _incident = source
    # The first half of a purge, as an import does it in its transaction: the row is
    # blank and its history gone, but the day's backup still holds the person.
    purge_record(store, "contacts", person.id, reason="test", vacuum=False, scrub_backups=False)
    assert any(".daily." in name for name in _holding(store.path, SECRET))
    other = raw_connect(store.path)
    other.execute("BEGIN IMMEDIATE")  # another program writing: VACUUM cannot run now
    store.db.execute("PRAGMA busy_timeout = 0")
    try:
        report = clean_after_merge(store, [("contacts", person.id)])
    finally:
        other.rollback()
        other.close()
    assert not report.vacuumed and "locked" in str(report.problem)
    assert "close any other program" in str(report.problem)
    assert [p.name for p in report.backups_scrubbed] == [store.daily_backup.name]
    assert not any(".daily." in name for name in _holding(store.path, SECRET))
    # Once the other program is gone, the cleaning runs through.
    report = clean_after_merge(store, [("contacts", person.id)])
    assert report.vacuumed and report.problem == "" and report.checkpoint_complete
    assert _holding(store.path, SECRET, PLACE) == []


def test_purging_an_entry_takes_its_participants_and_actions(source):
    store, _person, entry, _incident = source
    report = purge_record(store, "liaison_entries", entry.id, reason="asked by the source")
    tables = sorted(t for t, _ in report.rows)
    assert tables == [
        "follow_up_actions",
        "liaison_entries",
        "liaison_participants",
        "liaison_participants",
    ]
    row = synced.fetch_row(store, "liaison_entries", entry.id)
    assert row["ref"] == entry.ref and row["purpose"] == "" and row["deleted"] == 1
    assert list_liaison(store).items == []
    assert get_liaison(store, entry.id).participants == []
    assert _holding(store.path, "market road", "Follow up with the elders") == []
    assert search(store, "elders") == []


def _noise_png(seed: int) -> bytes:
    """A photo whose JPEG bytes are its own (solid colours share most of theirs)."""
    pixels = random.Random(seed).randbytes(96 * 64 * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (96, 64), pixels).save(out, "PNG")
    return out.getvalue()


def test_photos_only_the_purged_record_used_are_deleted(store):
    incident = make_incident(store, narrative="Checkpoint at the bridge.")
    other = make_incident(store, narrative="Second incident.")
    own = _noise_png(1)
    shared = _noise_png(2)
    own_photo = attachments.attach_photo(store, "incidents", incident.id, own, caption="Face")
    attachments.attach_photo(store, "incidents", incident.id, shared)
    attachments.attach_photo(store, "incidents", other.id, shared)
    photo_bytes = attachments.photo_data(store, own_photo.id)
    report = purge_record(store, "incidents", incident.id, reason="faces visible")
    assert report.blobs_deleted == 1
    assert sorted(t for t, _ in report.rows) == ["attachments", "attachments", "incidents"]
    shas = {r[0] for r in store.db.execute("SELECT sha256 FROM blobs").fetchall()}
    assert own_photo.sha256 not in shas and EMPTY_SHA256 in shas
    assert len(attachments.attachments_of(store, other.id)) == 1  # the shared one stays
    middle = len(photo_bytes) // 2
    assert photo_bytes[middle : middle + 64] not in store.path.read_bytes()
    purged = synced.fetch_row(store, "attachments", own_photo.id)
    assert (purged["sha256"], purged["caption"], purged["owner_id"]) == (
        EMPTY_SHA256,
        "",
        incident.id,
    )
    assert list_incidents(store).items[0].id == other.id


def test_purging_a_project_takes_its_visits_and_their_photos(store):
    qip = make_qip(store, title="Borehole for the Qorvathine quarter")
    qip.visits = [MonitoringVisit(visit_date="2026-05-20", findings="Pump works")]
    visit = qips.save_qip(store, qip).visits[0]
    photo = qips.add_visit_photo(store, visit.id, image_bytes((80, 60), color=(1, 2, 3)))
    report = purge_record(store, "qips", qip.id, reason="test")
    assert ("attachments", photo.id) in report.rows and ("qip_visits", visit.id) in report.rows
    assert report.blobs_deleted == 1
    assert _holding(store.path, SECRET, "Pump works") == []


def test_duplicates_merged_into_a_purged_contact_go_with_it(store):
    kept = make_contact(store, f"Awa {SECRET}")
    twin = make_contact(store, f"Awa {SECRET} (BANBAT 2)")
    twin.merged_into = kept.id
    save_contact(store, twin)
    report = purge_record(store, "contacts", kept.id, reason="source at risk")
    assert {r for _, r in report.rows} == {kept.id, twin.id}
    assert _holding(store.path, SECRET) == []


def test_a_purge_is_refused_plainly(store):
    person = make_contact(store, "Someone")
    with pytest.raises(CimicError, match="reason"):
        purge_record(store, "contacts", person.id, reason="  ")
    with pytest.raises(CimicError, match="mission settings cannot be purged"):
        purge_record(store, "mission_settings", "x", reason="r")
    with pytest.raises(RecordNotFoundError):
        purge_record(store, "contacts", "no-such-id", reason="r")
    with store.db.atomic():
        write_meta(store.db, state="handed_over")
    store.close()
    with open_database(store.path) as handed, pytest.raises(ReadOnlyDatabaseError):
        purge_record(handed, "contacts", person.id, reason="r")


def test_purge_command(source, capsys):
    store, person, _entry, _incident = source
    path = store.path
    # An unsaved edit of the person (the program crashed) and one of another record.
    save_draft(path, f"contacts/{person.id}", {"notesEdit": f"{SECRET} moved again"})
    save_draft(path, "contacts/new", {"nameEdit": "Awa Sow"})
    store.close()
    code = main(["purge", str(path), "contact", person.id, "--reason", "source at risk"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert f"Purged 1 record(s) from {path}" in out and "1 backup(s) cleaned" in out
    assert _holding(path, SECRET) == []  # the drafts file included
    assert list(read_drafts(path)) == ["contacts/new"]  # other drafts stay
    assert main(["purge", str(path), "budget", "x", "--reason", "r"]) == 2
    assert "'budget' is not a kind of record" in capsys.readouterr().err


def test_masked_contact_label_is_the_reports_code():
    from cimicdesk.domain.records import Contact

    person = Contact(id="3f2a9c1e-0000-4000-8000-000000000000", name="Awa")
    assert masked_contact_label(person) == "Awa"
    person.sensitivity = Sensitivity.RESTRICTED
    assert masked_contact_label(person) == "Restricted contact C-3F2A9C"
    assert report_data.restricted_code is restricted_code


def test_the_purge_travels_to_sector_hq_with_the_next_export(tmp_path):
    from sync_helpers import import_files

    from cimicdesk.domain.enums import UnitLevel
    from cimicdesk.store.database import create_database
    from cimicdesk.store.purge import complete_purges
    from cimicdesk.sync.export import export_snapshot

    battalion = create_database(
        tmp_path / "bn1.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    )
    hq = create_database(
        tmp_path / "hq.sqlite", "Sector Centre", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    try:
        person = make_contact(battalion, f"Amadou {SECRET}", notes=f"{PLACE} elder")
        export_snapshot(battalion, tmp_path / "week1.cimic")
        import_files(hq, [tmp_path / "week1.cimic"])
        assert [h.record_id for h in search(hq, SECRET)] == [person.id]

        purge_record(battalion, "contacts", person.id, reason="source at risk")
        export_snapshot(battalion, tmp_path / "week2.cimic")
        [report] = import_files(hq, [tmp_path / "week2.cimic"])
        assert report.conflicts == [] and report.purged == 1
        row = synced.fetch_row(hq, "contacts", person.id)
        assert is_purged_row("contacts", row) and row["name"] == ""  # the purge won
        assert search(hq, SECRET) == []
        # The import completed the purge: HQ's old version, the history the merge kept,
        # is gone, and so are the file's old pages and the backup taken before it.
        assert _holding(hq.path, SECRET, PLACE) == []
        assert complete_purges(hq) == 0  # nothing left to do
    finally:
        battalion.close()
        hq.close()
    # An export written after the purge holds none of it, even opened at HQ; one sent before
    # is out of reach (and sealed: its raw bytes show nothing either).
    assert SECRET.encode() not in (tmp_path / "week2.cimic").read_bytes()
    assert SECRET.encode() not in (tmp_path / "week1.cimic").read_bytes()
    assert _names_inside(tmp_path / "week2.cimic") == []
    assert _names_inside(tmp_path / "week1.cimic") == ["Amadou Qorvathine"]


def _names_inside(unit_file: Path) -> list[str]:
    """The names of the contacts a unit file holds, read as its headquarters reads them."""
    with unsealed(unit_file) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM contacts") if SECRET in r[0]]
