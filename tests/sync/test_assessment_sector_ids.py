"""A sector rating's id is its assessment's and sector's: a file cannot add a second one."""

from __future__ import annotations

import uuid

from factories import make_assessment
from sync_helpers import export, import_files, tamper, unit_db

from cimicdesk.domain.enums import AssessmentSector, UnitLevel
from cimicdesk.store import assessments as asm


def test_a_second_rating_of_a_sector_in_a_forged_file_is_rejected(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1", parent="Sector W")
    saved = make_assessment(bn1, ratings={AssessmentSector.WASH: "4"})
    path = export(bn1, tmp_path / "bn1.cimic")
    # The battalion's own file, re-signed with its key, carries a second WASH rating of
    # "1" under a fresh id: read after the real one, it would make the village look fine.
    forged = str(uuid.uuid4())
    tamper(
        path,
        "INSERT INTO assessment_sectors SELECT ?, origin_unit, created_at, updated_at, "
        "updated_site, deleted, clock, assessment_id, sector, '1', key_facts, sources "
        "FROM assessment_sectors WHERE assessment_id = ?",
        (forged, saved.id),
        refresh_manifest=True,
        signer=bn1,
    )
    (report,) = import_files(sector, [path])
    assert [r.row_id for r in report.rejected] == [forged]
    assert "its id is not the one its assessment and sector make" in str(report.rejected[0].reason)
    merged = asm.get_assessment(sector, saved.id)
    assert [(s.sector, s.severity.value) for s in merged.sectors] == [(AssessmentSector.WASH, "4")]
    for store in (sector, bn1):
        store.close()
