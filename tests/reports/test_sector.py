"""The sector sitrep: several battalions' records in one file, grouped, with sector totals."""

from __future__ import annotations

import pytest
from factories import PASSPHRASE
from report_helpers import NOW, WEEK, build_mission, pdf_pages, pdf_text

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.reports import commands
from cimicdesk.reports.data import Period, gather_sitrep
from cimicdesk.store.database import create_database


@pytest.fixture
def sector(tmp_path):
    store = create_database(
        tmp_path / "sector.sqlite", "Sector West", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    build_mission(store, unit="BANBAT 2")
    build_mission(store, unit="BANBAT 3")
    yield store
    store.close()


def test_sections_are_grouped_by_battalion_with_sector_totals(sector, tmp_path):
    out = commands.write_sitrep(sector, tmp_path / "sector.pdf", week=WEEK, sector=True, now=NOW)
    text = pdf_text(out)
    assert "SECTOR CIMIC SITUATION REPORT" in text
    assert "SECTORWEST/CIMIC/SECSITREP/2026-W47" in text
    assert "TO Force HQ U9 CIMIC (SO1 CIMIC)" in text
    # Sector total: meetings, incidents, killed, injured, abducted, QIPs, budget, requests.
    assert "BANBAT 2 3 2 2 1 1 2 24,500 2 (2)" in text
    assert "Sector total 6 4 4 2 2 4 49,000 4 (4)" in text
    for unit in ("BANBAT 2", "BANBAT 3"):
        for heading in ("3 meetings", "2 incidents", "2 projects", "2 requests"):
            assert f"{unit}: {heading}" in text
    meetings_2 = text.find("BANBAT 2: 3 meetings")
    meetings_3 = text.find("BANBAT 3: 3 meetings")
    incidents_2 = text.find("BANBAT 2: 2 incidents")
    assert 0 < meetings_2 < text.find("MEETING-W47-A BANBAT2") < meetings_3
    assert meetings_3 < text.find("MEETING-W47-A BANBAT3") < incidents_2
    assert "Battalions in this consolidation" in text
    assert "DELETED" not in text and "OLD-MEETING" not in text


def test_every_page_of_the_sector_sitrep_is_marked_and_numbered(sector, tmp_path):
    out = commands.write_sitrep(sector, tmp_path / "sector.pdf", week=WEEK, sector=True, now=NOW)
    pages = pdf_pages(out)
    for number, page in enumerate(pages, start=1):
        assert page.count("UN RESTRICTED") >= 2
        assert f"Page {number} of {len(pages)}" in page
        assert "Sector West" in page and "Period 2026-W47" in page


def test_sector_content_per_unit(sector):
    data = gather_sitrep(sector, Period.iso_week(WEEK), sector=True, now=NOW)
    assert [u.unit for u in data.units] == ["BANBAT 2", "BANBAT 3"]
    assert all(len(u.liaison) == 3 and len(u.incidents) == 2 for u in data.units)
    assert all(u.last_entry.startswith("2026-11-23") for u in data.units)
    assert sum(data.org_type_counts().values()) == 8


def test_one_battalion_of_a_sector_file(sector, tmp_path):
    out = commands.write_sitrep(
        sector, tmp_path / "bn3.pdf", week=WEEK, units=["banbat 3"], now=NOW
    )
    text = pdf_text(out)
    assert "MEETING-W47-A BANBAT3" in text and "BANBAT2" not in text
    assert "CIMIC WEEKLY SITUATION REPORT" in text


def test_two_named_units_make_a_sector_sitrep(sector, tmp_path):
    out = commands.write_sitrep(
        sector, tmp_path / "two.pdf", week=WEEK, units=["BANBAT 2", "BANBAT 3"], now=NOW
    )
    assert "Sector total 6 4" in pdf_text(out)
