"""The sitreps' civil situation sums up the period's community assessments: communities
assessed by kind, rises named first, each assessment's worst severity and the sectors that
changed against the community's previous assessment (even one before the period); the
sector sitrep counts and lists them by battalion; the Word copy carries the same."""

from __future__ import annotations

import docx
import pytest
from assessed_communities import A, assess
from factories import PASSPHRASE
from report_helpers import NOW, WEEK, pdf_text

from cimicdesk.domain.enums import CommunityKind, UnitLevel
from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import commands
from cimicdesk.reports.data import Period, gather_sitrep
from cimicdesk.reports.document import Heading, Paragraph, Table
from cimicdesk.reports.sitrep import build
from cimicdesk.store import assessments
from cimicdesk.store.database import create_database
from cimicdesk.store.report_drafts import ReportDraft, save_draft

LAZARE = "34NDM7000040000"
BRIA = "34NDM5000030000"


def week_of_assessments(store, unit: str = "") -> None:
    """W47 (16–22 Nov 2026): Kidjigra's WASH rose 2 → 4 and its health 2 → 3 since
    September (education, not rated then, is no change); Lazare's first assessment; Bria
    market's WASH fell 3 → 2 since W46. Outside it: one in W48, one deleted."""
    assess(store, "Kidjigra", "2026-09-20", {A.WASH: 2, A.HEALTH: 2}, unit=unit)
    assess(store, "Kidjigra", "2026-11-18", {A.WASH: 4, A.HEALTH: 3, A.EDUCATION: 3}, unit=unit)
    assess(
        store,
        "Lazare",
        "2026-11-17",
        {A.SHELTER_NFI: 4, A.PROTECTION: 3},
        kind=CommunityKind.IDP_SITE,
        grid=LAZARE,
        unit=unit,
    )
    assess(
        store, "Bria", "2026-11-10", {A.WASH: 3}, kind=CommunityKind.MARKET, grid=BRIA, unit=unit
    )
    assess(
        store, "Bria", "2026-11-20", {A.WASH: 2}, kind=CommunityKind.MARKET, grid=BRIA, unit=unit
    )
    assess(store, "LATER-VILLAGE", "2026-11-25", {A.HEALTH: 5}, grid=BRIA, unit=unit)
    gone = assess(store, "DELETED-VILLAGE", "2026-11-19", {A.HEALTH: 5}, grid=LAZARE, unit=unit)
    assessments.delete_assessment(store, gone.id)


def plain(text: str) -> str:
    """Text with its no-break spaces (which keep '2 → 4' on one line) as spaces."""
    return text.replace("\u00a0", " ")


def section(doc, title: str) -> list:
    """The blocks from the heading of this title up to the next numbered heading."""
    blocks = doc.blocks
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.title == title)
    end = next(
        (i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading) and b.level == 1),
        len(blocks),
    )
    return blocks[start:end]


def test_the_unit_sitrep_sums_up_the_assessments_under_the_officers_words(store, tmp_path):
    week_of_assessments(store)
    save_draft(
        store,
        ReportDraft(
            kind="unit_sitrep",
            period_start="2026-11-16",
            period_end="2026-11-22",
            civil_situation="CIVIL-TEXT the market reopened on Tuesday.",
        ),
    )
    data = gather_sitrep(store, Period.iso_week(WEEK), now=NOW)
    rows = data.units[0].assessments
    # Rises first, then by day: Kidjigra (rose), Lazare (17 Nov), Bria (20 Nov).
    assert [r.community for r in rows] == ["Kidjigra", "Lazare", "Bria"]
    kidjigra, lazare, bria = rows
    assert [(c.sector, c.before.level, c.after.level) for c in kidjigra.changes] == [
        (A.WASH, 2, 4),
        (A.HEALTH, 2, 3),
    ]
    assert str(kidjigra.previous_on) == "2026-09-20" and kidjigra.worst.level == 4
    assert lazare.previous_on is None and lazare.changes == ()
    assert [(c.before.level, c.after.level) for c in bria.changes] == [(3, 2)]
    assert not bria.rose and str(bria.previous_on) == "2026-11-10"

    doc = build(data, texts("en"))
    civil = section(doc, "Civil situation")
    said = [plain(b.text) for b in civil if isinstance(b, Paragraph)]
    assert said[0] == "CIVIL-TEXT the market reopened on Tuesday."  # the officer's, first
    assert "3 communities assessed (Village: 1, IDP site: 1, Market: 1)." in said
    assert (
        "Severity rose in: Kidjigra (▲ Water, sanitation and hygiene 2 → 4, ▲ Health 2 → 3)."
        in said
    )
    [table] = [b for b in civil if isinstance(b, Table)]
    assert table.header == ("Community", "Assessed", "Worst severity", "Sectors that changed")
    assert [r[0].main for r in table.rows] == ["Kidjigra", "Lazare", "Bria"]
    assert [r[2] for r in table.rows] == ["4 · Extreme", "4 · Extreme", "2 · Stressed"]
    assert plain(table.rows[0][3].main) == (  # one sector a line
        "▲ Water, sanitation and hygiene 2 → 4\n▲ Health 2 → 3"
    )
    assert table.rows[0][3].detail == "since 20 Sept 2026"
    assert table.rows[1][3].main == "First assessment"
    assert plain(table.rows[2][3].main) == "▼ Water, sanitation and hygiene 3 → 2"

    text = pdf_text(commands.write_sitrep(store, tmp_path / "s.pdf", week=WEEK, now=NOW))
    civil_at = text.find("CIVIL-TEXT")
    assert 0 < civil_at < text.find("3 communities assessed") < text.find("3. Liaison")
    assert "Severity rose in: Kidjigra" in text and "2 → 4" in text
    assert "First assessment" in text and "since 10 Nov 2026" in text
    assert "LATER-VILLAGE" not in text and "DELETED-VILLAGE" not in text


def test_the_word_copy_carries_the_summary(store, tmp_path):
    week_of_assessments(store)
    out = commands.write_sitrep(store, tmp_path / "s.docx", week=WEEK, now=NOW)
    document = docx.Document(str(out))
    cells = [plain(c.text) for t in document.tables for row in t.rows for c in row.cells]
    paragraphs = [p.text for p in document.paragraphs]
    assert "3 communities assessed (Village: 1, IDP site: 1, Market: 1)." in paragraphs
    assert any(c.startswith("Kidjigra") for c in cells)
    assert any(
        "▲ Water, sanitation and hygiene 2 → 4" in c and "▲ Health 2 → 3" in c for c in cells
    )
    assert "4 · Extreme" in cells


def test_a_period_without_assessments_says_so(store):
    doc = build(gather_sitrep(store, Period.iso_week(WEEK), now=NOW), texts("en"))
    notes = [b.text for b in section(doc, "Civil situation") if isinstance(b, Paragraph)]
    assert "No community was assessed this period." in notes


def test_french_labels_come_from_the_catalogue(store):
    week_of_assessments(store)
    doc = build(gather_sitrep(store, Period.iso_week(WEEK), now=NOW), texts("fr"))
    [table] = [b for b in section(doc, "Situation civile") if isinstance(b, Table)]
    assert table.rows[0][2] == "4 · Extrême"
    assert "Eau, hygiène et assainissement" in table.rows[0][3].main


@pytest.fixture
def sector(tmp_path):
    store = create_database(
        tmp_path / "sector.sqlite", "Sector West", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    week_of_assessments(store, unit="BANBAT 2")
    # BANBAT 3 assessed Kidjigra again on the 21st: against BANBAT 2's of the 18th.
    assess(store, "Kidjigra", "2026-11-21", {A.WASH: 4, A.HEALTH: 4}, unit="BANBAT 3")
    assess(store, "Ouandago", "2026-11-19", {A.FOOD_SECURITY: 3}, grid=LAZARE, unit="BANBAT 3")
    yield store
    store.close()


def test_the_sector_sitrep_counts_and_lists_them_by_battalion(sector, tmp_path):
    data = gather_sitrep(sector, Period.iso_week(WEEK), sector=True, now=NOW)
    doc = build(data, texts("en"))
    civil = section(doc, "Civil situation")
    tables = [b for b in civil if isinstance(b, Table)]
    counts, listed = tables[-2], tables[-1]
    assert counts.header == ("Battalion", "Communities assessed", "Assessments", "Severity rose")
    assert counts.rows == (
        ("BANBAT 2", "3", "3", "1"),
        ("BANBAT 3", "2", "2", "1"),
        ("Sector total", "4", "5", "1"),
    )
    # Only the assessments whose severity changed (first assessments and unchanged ones
    # are in the counts), by battalion in the consolidation's order, rises first.
    assert [(r[0], r[1].main) for r in listed.rows] == [
        ("BANBAT 2", "Kidjigra"),
        ("BANBAT 2", "Bria"),
        ("BANBAT 3", "Kidjigra"),
    ]
    assert plain(listed.rows[2][4].main) == "▲ Health 3 → 4"  # against BANBAT 2's assessment
    assert listed.rows[2][4].detail == "since 18 Nov 2026"
    said = [plain(b.text) for b in civil if isinstance(b, Paragraph)]
    assert not any(s.startswith("Severity rose in") for s in said)  # the table says it
    text = pdf_text(commands.write_sitrep(sector, tmp_path / "s.pdf", week=WEEK, now=NOW))
    assert "Community assessments by battalion" in text
    assert "Assessments whose severity changed" in text
    assert text.find("Kidjigra") < text.find("Bria") < text.rfind("Kidjigra")
