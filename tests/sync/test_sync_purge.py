"""Purges arriving by merge: the import removes the receiving unit's copy of the content.

A battalion purges a record it shared with sector HQ; the purge travels in its next
export, and importing that export must leave no trace of the content at HQ: not in
the row, its history, conflicts, search index, photo bytes, the file's free pages or
HQ's backups. An import that brings no purge must not pay for the file cleaning.
"""

from __future__ import annotations

import io
import random
from contextlib import closing

import pytest
from factories import files_holding, make_contact, make_entry, make_incident, raw_connect
from PIL import Image
from sync_helpers import export, import_files, unit_db

from cimicdesk.cli import main
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import attachments, synced
from cimicdesk.store.contacts import delete_contact, get_contact, save_contact
from cimicdesk.store.editor_drafts import read_drafts, save_draft
from cimicdesk.store.purge import is_purged_row, purge_record
from cimicdesk.store.search import search
from cimicdesk.sync.report import format_report

NAME = "Amadou Testname-Purge"
PHONE = "+236 72 91 83 74"
PLACE = "Kpokoundjara"


def _secrets() -> tuple[bytes, ...]:
    return tuple(
        form.encode() for word in ("Testname", PLACE, "91 83 74") for form in (word, word.lower())
    )


@pytest.fixture
def units(tmp_path):
    """BANBAT 1 and Sector Centre, each in its own folder (backups folders apart)."""
    battalion = unit_db(tmp_path / "bn1", "BANBAT 1")
    sector = unit_db(tmp_path / "sector", "Sector Centre", UnitLevel.SECTOR)
    yield battalion, sector
    battalion.close()
    sector.close()


def test_a_purge_merged_into_sector_leaves_no_trace_there(units, tmp_path):
    battalion, sector = units
    person = make_contact(battalion, NAME, phones=(PHONE,), place=PLACE, notes="Market elder")
    person.notes = f"Moved to {PLACE} market."
    person = save_contact(battalion, person)  # the first version goes to history
    entry = make_entry(battalion, contacts=[person], purpose="Security of the cattle market")
    incident = make_incident(battalion, source_contact_id=person.id, narrative="Road blocked.")
    import_files(sector, [export(battalion, tmp_path / "week1.cimic")])
    # Sector HQ holds the person now: in the row, its search index, and the records
    # that name them (the entry lists them as met, the incident as its source).
    assert synced.fetch_row(sector, "contacts", person.id)["name"] == NAME
    assert {h.record_id for h in search(sector, "Testname")} >= {person.id, entry.id}
    assert files_holding(sector.path, *_secrets()) != []

    # An officer at HQ was editing the person when the program crashed: a draft.
    save_draft(sector.path, f"contacts/{person.id}", {"notesEdit": f"Seen at {PLACE}"})
    purge_record(battalion, "contacts", person.id, reason="source at risk")
    [report] = import_files(sector, [export(battalion, tmp_path / "week2.cimic")])

    assert report.purged == 1 and report.conflicts == []
    assert read_drafts(sector.path) == {}
    assert "purged        1 record purged at BANBAT 1" in format_report(report)
    row = synced.fetch_row(sector, "contacts", person.id)
    assert is_purged_row("contacts", row) and row["deleted"] == 1
    assert (row["name"], row["phones"], row["place"], row["notes"]) == ("", "[]", "", "")
    history = sector.db.execute("SELECT version FROM row_history").fetchall()
    assert not [v for (v,) in history if "Testname" in v or PLACE in v]
    assert search(sector, "Testname") == [] and search(sector, PLACE) == []
    # The entry and the incident are still found, without the name.
    assert [h.record_id for h in search(sector, "cattle market")] == [entry.id]
    assert [h.record_id for h in search(sector, "Road blocked")] == [incident.id]
    assert sector.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    backup = report.backup_path
    sector.close()
    # Not a byte left: the file (its free pages too), its -wal, the backup taken before
    # this import (which held the person) and any other backup.
    assert backup is not None and backup.exists()
    assert files_holding(sector.path, *_secrets()) == []
    with closing(raw_connect(backup)) as conn:
        assert conn.execute("SELECT name FROM contacts WHERE id = ?", [person.id]).fetchone() == (
            "",
        )


def _noise_png(seed: int) -> bytes:
    """A photo whose bytes are its own (a solid colour would share most of them)."""
    pixels = random.Random(seed).randbytes(96 * 64 * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (96, 64), pixels).save(out, "PNG")
    return out.getvalue()


def test_a_purged_photo_s_bytes_leave_sector_hq(units, tmp_path):
    battalion, sector = units
    incident = make_incident(battalion, narrative="Checkpoint at the bridge.")
    photo = attachments.attach_photo(battalion, "incidents", incident.id, _noise_png(7))
    stored = attachments.photo_data(battalion, photo.id)
    import_files(sector, [export(battalion, tmp_path / "week1.cimic")])
    assert attachments.photo_data(sector, photo.id) == stored

    purge_record(battalion, "incidents", incident.id, reason="faces visible")
    [report] = import_files(sector, [export(battalion, tmp_path / "week2.cimic")])

    assert report.purged == 2  # the incident and its photo
    shas = {r[0] for r in sector.db.execute("SELECT sha256 FROM blobs").fetchall()}
    assert photo.sha256 not in shas
    middle = len(stored) // 2
    sector.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert files_holding(sector.path, stored[middle : middle + 64]) == []


def _free_pages(store) -> int:
    return store.db.execute("PRAGMA freelist_count").fetchone()[0]


def _make_free_pages(store) -> int:
    """Leave about a megabyte of free pages in the file, as deleted data would."""
    conn = store.db.conn
    conn.execute("CREATE TABLE scratch (data BLOB)")
    conn.execute("INSERT INTO scratch VALUES (zeroblob(1000000))")
    conn.commit()
    conn.execute("DROP TABLE scratch")
    conn.commit()
    return _free_pages(store)


def test_the_file_is_vacuumed_only_when_a_purge_arrives(units, tmp_path):
    battalion, sector = units
    keep = make_contact(battalion, "Fatimé Abakar", position="Mayor")
    gone = make_contact(battalion, NAME, phones=(PHONE,))
    import_files(sector, [export(battalion, tmp_path / "week1.cimic")])
    free = _make_free_pages(sector)
    assert free > 200

    # Edits and an ordinary deletion (a tombstone, not a purge): no VACUUM, which would
    # have rebuilt the file and left no free page.
    keep.position = "Mayor of Bambari"
    save_contact(battalion, keep)
    delete_contact(battalion, gone.id)
    [report] = import_files(sector, [export(battalion, tmp_path / "week2.cimic")])
    assert report.totals.updated == 2 and report.purged == 0
    assert _free_pages(sector) > free - 50
    assert "purged" not in format_report(report)

    # A purge: the file is rebuilt (and its free pages with it).
    purge_record(battalion, "contacts", gone.id, reason="source at risk")
    [report] = import_files(sector, [export(battalion, tmp_path / "week3.cimic")])
    assert report.purged == 1 and _free_pages(sector) == 0


def test_a_batch_cleans_once_and_reports_each_file_s_purges(units, tmp_path):
    battalion, sector = units
    bn2 = unit_db(tmp_path / "bn2", "BANBAT 2")
    try:
        first = make_contact(battalion, NAME)
        second = make_contact(bn2, "Zoumbala Testname-Second")
        import_files(
            sector, [export(battalion, tmp_path / "a1.cimic"), export(bn2, tmp_path / "b1.cimic")]
        )
        purge_record(battalion, "contacts", first.id, reason="source at risk")
        purge_record(bn2, "contacts", second.id, reason="source at risk")
        reports = import_files(
            sector, [export(battalion, tmp_path / "a2.cimic"), export(bn2, tmp_path / "b2.cimic")]
        )
        assert [r.purged for r in reports] == [1, 1]
        assert search(sector, "Testname") == []
        sector.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert files_holding(sector.path, b"Testname") == []
    finally:
        bn2.close()


def test_a_purge_already_complete_here_is_not_done_again(units, tmp_path):
    battalion, sector = units
    person = make_contact(battalion, NAME)
    import_files(sector, [export(battalion, tmp_path / "week1.cimic")])
    purge_record(battalion, "contacts", person.id, reason="source at risk")
    [report] = import_files(sector, [export(battalion, tmp_path / "week2.cimic")])
    assert report.purged == 1
    # The sector passes its view back: the battalion already holds the purge.
    free = _make_free_pages(battalion)
    [back] = import_files(battalion, [export(sector, tmp_path / "sector.cimic")])
    assert back.purged == 0 and _free_pages(battalion) > free - 50


def test_the_import_command_reports_the_purges_it_finished(units, tmp_path, capsys):
    battalion, sector = units
    person = make_contact(battalion, NAME, phones=(PHONE,))
    import_files(sector, [export(battalion, tmp_path / "week1.cimic")])
    purge_record(battalion, "contacts", person.id, reason="source at risk")
    export(battalion, tmp_path / "week2.cimic")
    sector.close()
    capsys.readouterr()
    assert main(["import", str(sector.path), str(tmp_path / "week2.cimic")]) == 0
    text = capsys.readouterr().out
    assert "purged        1 record purged at BANBAT 1" in text
    assert "removed from this database and its backups" in text
    assert files_holding(sector.path, *_secrets()) == []


def test_a_purge_wins_over_a_later_edit_in_either_order(units, tmp_path):
    """The sector edits the person after the battalion purged them (a later stamp, and a
    clock counter as high): whichever file travels first, both units end with the purge."""
    battalion, sector = units
    person = make_contact(battalion, NAME, phones=(PHONE,), place=PLACE)
    import_files(sector, [export(battalion, tmp_path / "week1.cimic")])
    purge_record(battalion, "contacts", person.id, reason="source at risk")
    at_sector = synced.fetch_row(sector, "contacts", person.id)
    for _ in range(3):  # edited more often than the purge bumped the clocks
        contact = get_contact(sector, person.id)
        contact.notes = f"{contact.notes} seen again at {PLACE}"
        save_contact(sector, contact)
    assert synced.fetch_row(sector, "contacts", person.id)["clock"] != at_sector["clock"]

    # The sector's edit reaches the battalion first: the purged row stays purged.
    import_files(battalion, [export(sector, tmp_path / "sector-edit.cimic")])
    assert is_purged_row("contacts", synced.fetch_row(battalion, "contacts", person.id))
    # Then the purge reaches the sector: it wins over the later edits there.
    import_files(sector, [export(battalion, tmp_path / "week2.cimic")])
    row = synced.fetch_row(sector, "contacts", person.id)
    assert is_purged_row("contacts", row)
    assert search(sector, "Testname") == [] and search(sector, PLACE) == []
    sector.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Testname" not in sector.path.read_bytes()
