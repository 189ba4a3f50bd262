"""The backups' folder and counts per database on this laptop (store/backup_settings.py):
written to the folder chosen, still read in the folders used before (restore, passphrase
change, pruning), counts bounded, a bad settings file never stops a backup."""

from __future__ import annotations

import pytest
from factories import PASSPHRASE, make_contact

from cimicdesk import paths
from cimicdesk.domain.errors import CimicError, InvalidValueError
from cimicdesk.store import backup_settings, backups, encryption
from cimicdesk.store.passphrase import change_passphrase
from cimicdesk.store.purge import purge_record

NEW_PASSPHRASE = "a brand new passphrase"


def take(store, kind=backups.MANUAL):
    return backups.take_backup(store.db.conn, store.path, kind)


def test_backups_go_to_the_folder_chosen_and_the_old_folder_is_still_read(store, tmp_path):
    old = take(store)
    assert old.parent == tmp_path / "backups"
    chosen = tmp_path / "stick" / "copies"
    backup_settings.save_policy(store.path, chosen, 3, 2)
    new = take(store)
    assert new.parent == chosen
    assert {b.path for b in backups.list_backups(store.path)} == {old, new}
    # A second change keeps both earlier folders in the list.
    third = tmp_path / "third"
    backup_settings.save_policy(store.path, third, 3, 5)
    assert backups.backup_folders(store.path) == [
        third,
        chosen,
        (tmp_path / "backups").resolve(),
    ]
    newest = take(store)
    assert {b.path for b in backups.list_backups(store.path)} == {old, new, newest}


def test_pruning_counts_every_folder_together(store, tmp_path):
    old = [take(store) for _ in range(2)]
    backup_settings.save_policy(store.path, tmp_path / "new", 7, 2)
    new = [take(store) for _ in range(2)]
    assert not any(p.exists() for p in old)
    assert sorted(b.path for b in backups.list_backups(store.path)) == sorted(new)


def test_a_passphrase_change_rekeys_the_backups_in_every_folder(store, tmp_path):
    old = take(store)
    backup_settings.save_policy(store.path, tmp_path / "new", 7, 10)
    new = take(store)
    assert change_passphrase(store, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE) == []
    key = encryption.key_for(store.path)
    for path in (old, new):
        conn = encryption.connect(path, key)
        try:
            assert conn.execute("SELECT count(*) FROM _meta").fetchone()[0] > 0
        finally:
            conn.close()


@pytest.mark.parametrize("count", [0, backup_settings.MAX_KEEP + 1, -3])
def test_a_count_out_of_range_is_refused_and_nothing_saved(store, tmp_path, count):
    with pytest.raises(InvalidValueError, match="Keep between 1 and 100"):
        backup_settings.save_policy(store.path, tmp_path / "x", count, 5)
    assert not paths.backup_settings_file().exists()
    assert not (tmp_path / "x").exists()


def test_a_folder_that_cannot_be_written_is_refused(store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(CimicError, match="Backups cannot be written to"):
        backup_settings.save_policy(store.path, blocker / "sub", 7, 10)
    assert backup_settings.policy_for(store.path) == backup_settings.BackupPolicy()


def test_a_damaged_settings_file_falls_back_to_the_defaults(store, tmp_path):
    target = paths.backup_settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("{not json")
    assert backup_settings.policy_for(store.path) == backup_settings.BackupPolicy()
    assert take(store).parent == tmp_path / "backups"


def test_each_database_has_its_own_policy(store, tmp_path):
    backup_settings.save_policy(store.path, tmp_path / "mine", 2, 2)
    other = tmp_path / "elsewhere" / "bn1.sqlite"  # same name, another folder
    assert backup_settings.policy_for(other) == backup_settings.BackupPolicy()
    assert backup_settings.write_folder(other) == other.parent.resolve() / "backups"


def test_a_purge_cleans_the_backups_in_every_folder(store, tmp_path):
    person = make_contact(store, "Amadou Zindrakoumba")
    old = take(store)
    backup_settings.save_policy(store.path, tmp_path / "new", 7, 10)
    new = take(store)
    report = purge_record(store, "contacts", person.id, reason="source at risk")
    assert sorted(report.backups_scrubbed) == sorted([old, new])
    assert report.backups_left == []
