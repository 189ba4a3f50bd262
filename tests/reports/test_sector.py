"""The sector sitrep: several battalions' records and words in one file, by battalion, with
sector totals."""

from __future__ import annotations

import pytest
from factories import PASSPHRASE
from report_helpers import NOW, WEEK, build_mission, pdf_pages, pdf_text

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import commands
from cimicdesk.reports.data import Period, gather_sitrep
from cimicdesk.reports.document import Heading, Paragraph, Table
from cimicdesk.reports.sitrep import build
from cimicdesk.store import narratives
from cimicdesk.store.database import create_database
from cimicdesk.store.report_drafts import ReportDraft, save_draft


@pytest.fixture
def sector(tmp_path):
    store = create_database(
        tmp_path / "sector.sqlite", "Sector West", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    build_mission(store, unit="BANBAT 2")
    build_mission(store, unit="BANBAT 3")
    yield store
    store.close()


def test_a_sector_file_writes_the_sector_sitrep_unless_told_otherwise(sector, tmp_path):
    text = pdf_text(commands.write_sitrep(sector, tmp_path / "s.pdf", week=WEEK, now=NOW))
    assert "SECTOR CIMIC SITUATION REPORT" in text and "TO Force HQ CIMIC" in text
    one = commands.write_sitrep(sector, tmp_path / "u.pdf", week=WEEK, units=["BANBAT 2"], now=NOW)
    assert "CIMIC WEEKLY SITUATION REPORT" in pdf_text(one)
    unit = commands.write_sitrep(sector, tmp_path / "x.pdf", week=WEEK, sector=False, now=NOW)
    assert "SECTOR CIMIC" not in pdf_text(unit)


def test_sections_are_grouped_by_battalion_with_sector_totals(sector, tmp_path):
    out = commands.write_sitrep(sector, tmp_path / "sector.pdf", week=WEEK, sector=True, now=NOW)
    text = pdf_text(out)
    assert "SECTOR CIMIC SITUATION REPORT" in text
    assert "SECTORWEST/CIMIC/SECSITREP/2026-W47" in text
    assert "TO Force HQ CIMIC" in text and "HQ HQ" not in text
    # Battalion, meetings, incidents (flash), K / I / A, QIPs moved, requests awaiting,
    # report text, latest meeting in this file.
    assert "BANBAT 2 3 2 (1) 2 / 1 / 1 1 2 NONE" in " ".join(pdf_pages(out))
    doc = build(gather_sitrep(sector, Period.iso_week(WEEK), sector=True, now=NOW), texts("en"))
    battalions = next(t for t in doc.tables() if t.header[0] == "Battalion")
    assert battalions.rows[-1][:6] == ("Sector total", "6", "4 (2)", "4 / 2 / 2", "2", "4")
    # Annexes: one table per battalion, captioned with its count, in battalion order.
    for unit in ("BANBAT 2", "BANBAT 3"):
        for heading in ("3 meetings", "2 projects", "2 incidents"):
            assert f"{unit}: {heading}" in text
    meetings_2 = text.find("BANBAT 2: 3 meetings")
    meetings_3 = text.find("BANBAT 3: 3 meetings")
    incidents_2 = text.find("BANBAT 2: 2 incidents")
    assert 0 < meetings_2 < text.find("MEETING-W47-A BANBAT2") < meetings_3
    assert meetings_3 < text.find("MEETING-W47-A BANBAT3") < incidents_2
    assert "Battalions in this consolidation" in text
    assert "DELETED" not in text and "OLD-MEETING" not in text


def _section_blocks(blocks, title: str) -> list:
    """The blocks under the heading of this title, up to the next heading."""
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.title == title)
    end = next(
        (i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading)), len(blocks)
    )
    return blocks[start + 1 : end]


def test_the_sector_named_silent_only_beside_what_it_wrote(sector):
    """A sector officer who wrote nothing yet is not named under every section."""
    narratives.publish(
        sector, "BANBAT 2", "2026-11-16", "2026-11-22", civil_situation="BN2-CIVIL words"
    )
    data = gather_sitrep(sector, Period.iso_week(WEEK), sector=True, now=NOW)
    said = [b.text for b in build(data, texts("en")).blocks if isinstance(b, Paragraph)]
    assert "Nothing on this from: BANBAT 3." in said
    assert not [text for text in said if "Sector West" in text and "Nothing on" in text]


def test_the_battalions_words_stand_beside_the_sectors_and_the_silent_are_named(sector):
    narratives.publish(
        sector,
        "BANBAT 2",
        "2026-11-16",
        "2026-11-22",
        key_points="- BN2-POINT cholera falls\n- BN2-POINT-TWO returns",
        civil_situation="BN2-CIVIL Markets reopened.",
        issues_for_hq="BN2-ISSUE engineer recce",
    )
    save_draft(
        sector,
        ReportDraft(
            kind="sector_sitrep",
            period_start="2026-11-16",
            period_end="2026-11-22",
            civil_situation="SECTOR-CIVIL synthesis",
        ),
    )
    data = gather_sitrep(sector, Period.iso_week(WEEK), sector=True, now=NOW)
    assert list(data.narratives) == ["BANBAT 2"]
    doc = build(data, texts("en"))
    blocks = doc.blocks
    said = [b.text for b in blocks if isinstance(b, Paragraph)]
    # Each battalion's words stand in a table under its name, as it sent them.
    key_points = _section_blocks(blocks, "Key points")
    reported = next(b for b in key_points if isinstance(b, Table))
    assert reported.rows == (("BANBAT 2", "• BN2-POINT cholera falls\n• BN2-POINT-TWO returns"),)
    assert "No report text received for this period from: BANBAT 3." in said
    # Civil situation: the sector's synthesis under its name, then BANBAT 2's words, then
    # who wrote nothing on it.
    civil = _section_blocks(blocks, "Civil situation")
    assert [type(b).__name__ for b in civil] == ["Paragraph", "Table", "Paragraph"]
    assert civil[0].text == "Sector West: SECTOR-CIVIL synthesis"
    assert civil[1].rows == (("BANBAT 2", "BN2-CIVIL Markets reopened."),)
    assert civil[2].text == "Nothing on this from: BANBAT 3."
    # Protection and gender: nobody wrote, the sector's officer included.
    assert "Nothing on this from: Sector West, BANBAT 2, BANBAT 3." in said


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
    assert "SECTOR CIMIC SITUATION REPORT" in pdf_text(out)
    assert "BANBAT 2: 3 meetings" in pdf_text(out)
