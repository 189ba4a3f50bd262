"""A liaison entry's 'significant' mark travels with the unit file and merges per field:
the battalion's mark and sector HQ's correction of another field both survive."""

from __future__ import annotations

from factories import make_entry, make_org
from sync_helpers import export, import_files, unit_db

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.liaison import get_liaison, save_liaison
from cimicdesk.sync.jsonl import export_records


def test_the_significant_mark_merges_per_field(tmp_path):
    sector = unit_db(tmp_path / "sector", "SECTOR W", UnitLevel.SECTOR)
    bn1 = unit_db(tmp_path / "bn1", "BANBAT 1", parent="Sector W")
    try:
        entry = make_entry(bn1, orgs=[make_org(bn1, "OCHA")], purpose="Coordination meeting")
        import_files(sector, [export(bn1, tmp_path / "bn1-a.cimic")])
        assert get_liaison(sector, entry.id).significant is False
        marked = get_liaison(bn1, entry.id)
        marked.significant = True
        save_liaison(bn1, marked)
        corrected = get_liaison(sector, entry.id)
        corrected.purpose = "Weekly coordination meeting at OCHA"
        save_liaison(sector, corrected)
        (report,) = import_files(sector, [export(bn1, tmp_path / "bn1-b.cimic")])
        assert report.refused == [] and report.counts["liaison_entries"].conflicts == 0
        merged = get_liaison(sector, entry.id)
        assert merged.significant is True and merged.purpose == corrected.purpose
        import_files(bn1, [export(sector, tmp_path / "sector-b.cimic")])
        back = get_liaison(bn1, entry.id)
        assert back.significant is True and back.purpose == corrected.purpose
        out = tmp_path / "log.jsonl"
        export_records(sector, out)
        assert '"significant": true' in out.read_text(encoding="utf-8")
    finally:
        sector.close()
        bn1.close()
