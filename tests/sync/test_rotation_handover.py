"""Rotation handover: export, brief and freeze; takeover with a new replica id."""

from __future__ import annotations

import os
import sys
import tempfile

import pytest
from factories import HANDOVER_PASSPHRASE, PASSPHRASE, make_contact, make_org
from pypdf import PdfReader
from sync_helpers import export, import_files, unit_db, unsealed_copy

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.paths import default_database
from cimicdesk.reports.commands import write_handover_brief
from cimicdesk.store import work_folder
from cimicdesk.store.database import open_database
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.sync import errors as why
from cimicdesk.sync.errors import PackageRefusedError
from cimicdesk.sync.handover import hand_over, rotations, take_over


@pytest.fixture
def outgoing(tmp_path):
    store = unit_db(tmp_path / "bn1", "BANBAT 1")
    org = make_org(store, "UNHCR", place="Bambari")
    make_contact(store, "Awa Yakité", organisation_id=org.id)
    yield store
    store.close()


def _hand_over(store, folder):
    return hand_over(
        store,
        folder,
        handed_over_by="Maj Rahman",
        to="Maj Haque",
        write_brief=write_handover_brief,
        handover_passphrase=HANDOVER_PASSPHRASE,
    )


def test_hand_over_writes_export_and_brief_then_freezes_the_database(outgoing, tmp_path):
    result = _hand_over(outgoing, tmp_path / "stick")
    assert result.export.path.exists() and result.export.manifest.purpose == "handover"
    assert result.export.manifest.handed_over_to == "Maj Haque"
    text = "".join(page.extract_text() for page in PdfReader(result.brief).pages)
    assert "BANBAT 1" in text
    assert "handed over" in str(outgoing.read_only_reason())
    org = get_organisation(
        outgoing, outgoing.db.execute("SELECT id FROM organisations").fetchone()[0]
    )
    org.place = "Bria"
    with pytest.raises(ReadOnlyDatabaseError):
        save_organisation(outgoing, org)
    with pytest.raises(ReadOnlyDatabaseError):
        _hand_over(outgoing, tmp_path / "again")
    (rotation,) = rotations(outgoing)
    assert (rotation.handed_over_by, rotation.handed_over_to) == ("Maj Rahman", "Maj Haque")
    outgoing.close()
    with open_database(outgoing.path) as reopened:  # the mark is in the file
        assert "handed over" in str(reopened.read_only_reason())


_MADE: list[list[str] | None] = [None]


def _watch_folders_made(into: list[str] | None) -> None:
    """Record the folders made (os.mkdir's audit event) into a list, until None."""
    if len(_MADE) == 1:
        _MADE.append(None)

        def hook(event: str, args: tuple) -> None:
            if event == "os.mkdir" and _MADE[0] is not None:
                _MADE[0].append(os.fsdecode(args[0]))

        sys.addaudithook(hook)  # for the whole run: a hook cannot be removed
    _MADE[0] = into


def test_take_over_installs_with_a_new_replica_and_records_the_rotation(
    outgoing, tmp_path, monkeypatch
):
    result = _hand_over(outgoing, tmp_path / "stick")
    target = tmp_path / "laptop" / "banbat1.sqlite"
    system_temp = tmp_path / "systemp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    made: list[str] = []
    _watch_folders_made(made)
    with take_over(
        result.export.path,
        target,
        taken_over_by="Maj Haque",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as store:
        # The verified copy was made beside the new database, not in the system's temp.
        _watch_folders_made(None)
        assert not [m for m in made if m.startswith(str(system_temp))]
        assert any(m.startswith(str(work_folder.root(target))) for m in made)
        assert not work_folder.root(target).exists()
        assert store.path == target and store.unit.name == "BANBAT 1"
        assert store.site_id != outgoing.site_id and store.read_only_reason() == ""
        (rotation,) = rotations(store)
        assert rotation.outgoing_replica == outgoing.site_id
        assert rotation.incoming_replica == store.site_id
        assert (rotation.handed_over_by, rotation.taken_over_by) == ("Maj Rahman", "Maj Haque")
        assert rotation.export_id == result.export.manifest.export_id
        assert not store.db["export_manifest"].exists()
        org = get_organisation(
            store, store.db.execute("SELECT id FROM organisations").fetchone()[0]
        )
        org.place = "Bria"
        save_organisation(store, org)  # writable again
        # A handover file is taken over, never imported (it opens with its passphrase).
        with pytest.raises(PackageRefusedError) as refused:
            import_files(store, [result.export.path])
        assert refused.value.reason == why.HANDOVER_FILE
    with pytest.raises(CimicError, match="never overwrites"):
        take_over(
            result.export.path,
            target,
            taken_over_by="Maj Haque",
            passphrase=PASSPHRASE,
            handover_passphrase=HANDOVER_PASSPHRASE,
        )


def test_take_over_goes_to_the_default_place_and_refuses_a_bad_file(outgoing, tmp_path):
    # A weekly export, as its headquarters can open it (sealed for them, not for anyone).
    file = unsealed_copy(export(outgoing, tmp_path / "weekly.cimic"), tmp_path / "weekly.sqlite")
    bad = tmp_path / "bad.cimic"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(PackageRefusedError):
        take_over(
            bad,
            taken_over_by="Maj Haque",
            passphrase=PASSPHRASE,
            handover_passphrase=HANDOVER_PASSPHRASE,
        )
    assert not default_database().exists()
    assert [p.name for p in default_database().parent.iterdir()] == []
    with take_over(
        file,
        taken_over_by="Maj Haque",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ) as store:
        assert store.path == default_database()
        assert rotations(store)[0].handed_over_by == ""  # a weekly export: a restore
    with pytest.raises(CimicError, match="name of the officer"):
        take_over(
            file,
            tmp_path / "x.sqlite",
            taken_over_by=" ",
            passphrase=PASSPHRASE,
            handover_passphrase=HANDOVER_PASSPHRASE,
        )


def test_the_maps_travel_beside_the_handover_export_into_the_new_database(outgoing, tmp_path):
    from mbtiles_builder import build_mbtiles
    from overlay_builder import geojson_lines

    from cimicdesk.store.map_files import (
        add_map,
        add_overlay,
        list_maps,
        list_overlays,
        maps_folder,
    )

    add_map(outgoing.path, build_mbtiles(tmp_path / "gis" / "Kaga.mbtiles"))
    add_overlay(
        outgoing.path,
        geojson_lines(tmp_path / "gis" / "roads.geojson", {"RN8": [(7.0, 19.1), (7.1, 19.3)]}),
    )
    result = _hand_over(outgoing, tmp_path / "stick")
    export_maps = maps_folder(result.export.path)
    assert result.maps == (export_maps / "Kaga.mbtiles", export_maps / "roads.geojson")
    assert result.maps[0].read_bytes() == (maps_folder(outgoing.path) / "Kaga.mbtiles").read_bytes()
    # A file dropped beside it on the stick that is not a map does not travel on.
    (maps_folder(result.export.path) / "junk.mbtiles").write_bytes(b"not a map")
    target = tmp_path / "laptop" / "banbat1.sqlite"
    with take_over(
        result.export.path,
        target,
        taken_over_by="Maj Haque",
        passphrase=PASSPHRASE,
        handover_passphrase=HANDOVER_PASSPHRASE,
    ):
        pass
    assert [m.file_name for m in list_maps(target)] == ["Kaga.mbtiles"]
    assert list_maps(target)[0].problem is None
    # The overlay is installed too, and reads as it was added.
    (roads,) = list_overlays(target)
    assert roads.problem is None and roads.overlay.features[0].name == "RN8"
