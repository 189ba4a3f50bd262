"""Delta unit files: only what changed since an export the receiver has (issue 16)."""

from __future__ import annotations

import pytest
from factories import image_bytes, make_contact, make_entry, make_org, make_qip
from sync_helpers import canonical_dump, export, import_files, unit_db, unsealed

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.organisations import get_organisation, save_organisation
from cimicdesk.store.qips import add_visit_photo, save_qip
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.export import LAST, export_snapshot


def _delta(store, path, since=LAST):
    export_snapshot(store, path, since=since)
    return path


def test_smoke(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn = unit_db(tmp_path / "bn1", "BANBAT 1")
    org = make_org(bn, "UNHCR")
    import_files(sector, [export(bn, tmp_path / "w1.cimic")])
    org.place = "Bria"
    save_organisation(bn, org)
    make_contact(bn, "Awa", organisation_id=org.id)
    d = _delta(bn, tmp_path / "w2.cimic")
    with unsealed(d) as conn:
        found = mf.read_manifest(conn)
        assert found.kind == mf.DELTA
        assert conn.execute("SELECT count(*) FROM organisations").fetchone()[0] == 1
    import_files(sector, [d])
    assert canonical_dump(sector) == canonical_dump(bn)
