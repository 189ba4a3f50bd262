"""The sitrep's figures: each computed once (reports.figures) and printed alike everywhere.

The summary's key figures, the sections' leads, the annexes' totals and the sector's
table by battalion are checked against one Figures; then what the words mean (started,
finished, went late, near the ceiling, committed, paid, awaiting a decision), the annex
choice, the addressee, plurals, and the body's length at the seeded volumes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from factories import PASSPHRASE, make_entry, make_org
from report_helpers import NOW, WEEK, S, _move, _qip, build_mission, pdf_text

from cimicdesk import cli
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.qip import Tranche
from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import commands, figures
from cimicdesk.reports.data import Period, gather_sitrep, sitrep_defaults
from cimicdesk.reports.document import Chart, Heading, Paragraph
from cimicdesk.reports.kinds import ANNEXES, ReportRequest, kind_of
from cimicdesk.reports.sitrep import build
from cimicdesk.store import qips
from cimicdesk.store.database import UnitInfo, create_database

EN = texts("en")
PERIOD = Period.iso_week(WEEK)  # 16 to 22 November 2026
ALL_ANNEXES = ["Annex A: Meetings of the period", "Annex B: QIP register", "Annex C: Incident log"]


@pytest.fixture
def moving(store, mission):
    """The mission's week, with QIPs that start works, finish, go late, near the ceiling
    and are paid in W47."""
    partner = make_org(store, "Partner of the QIPs").id
    starting = _qip(
        store, "QIP-STARTS works", budget_approved_usd=12_000.0, implementing_partner_id=partner
    )
    starting = _move(store, starting, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW)
    starting = _move(store, starting, S.APPROVED, S.AGREEMENT_SIGNED)
    starting.tranches = [Tranche(paid_on="2026-10-10", amount_usd=6_000.0)]
    starting = _move(store, qips.save_qip(store, starting, today=NOW.date()), S.DISBURSED)
    _move(store, starting, S.IN_IMPLEMENTATION, day=date(2026, 11, 17))
    ending = _qip(
        store, "QIP-FINISHES works", budget_approved_usd=8_000.0, implementing_partner_id=partner
    )
    ending = _move(store, ending, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED)
    ending = _move(store, ending, S.AGREEMENT_SIGNED)
    ending.tranches = [
        Tranche(paid_on="2026-10-10", amount_usd=4_000.0),
        Tranche(paid_on="2026-11-18", amount_usd=4_000.0),
    ]
    ending = qips.save_qip(store, ending, today=NOW.date())
    ending = _move(store, ending, S.DISBURSED, S.IN_IMPLEMENTATION)
    _move(store, ending, S.COMPLETED, day=date(2026, 11, 19))
    late = _qip(store, "QIP-GOES late", budget_requested_usd=46_000.0, planned_end="2026-11-18")
    _move(store, late, S.PROPOSAL_DRAFTED, S.SUBMITTED)
    return mission


def test_every_place_that_prints_a_figure_prints_the_same(store, moving):
    data = gather_sitrep(store, PERIOD, now=NOW)
    fig = figures.of_sitrep(data)
    assert (fig.meetings, fig.meetings_before, fig.incidents, fig.flash) == (3, 1, 2, 1)
    assert fig.casualties == (2, 1, 1)
    assert (fig.committed_usd, fig.paid_usd) == (38_000.0, 23_000.0)
    assert (fig.requests_received, fig.requests_open, fig.requests_awaiting) == (1, 2, 2)
    doc = build(data, EN)
    key = doc.tables()[0]
    row = {r[0]: r[1] for r in key.rows}
    assert row["Meetings"] == "3" and row["Incidents (flash)"] == "2 (1)"
    assert row["Casualties: killed / injured / abducted"] == "2 / 1 / 1"
    assert row["QIP money committed / paid (USD)"] == "38,000 / 23,000"
    assert row["Requests received / open / awaiting a decision"] == "1 / 2 / 2"
    leads = [b.text for b in doc.body if isinstance(b, Paragraph) and b.style == "lead"]
    assert any(
        t.startswith("3 meetings and engagements this period (previous period: 1)") for t in leads
    )
    assert any(
        t.startswith("2 incidents this period (previous period: 1), 1 of them calling for a")
        and "2 killed, 1 injured, 1 abducted" in t
        for t in leads
    )
    assert any("Committed USD 38,000, paid USD 23,000." in t for t in leads)
    assert (
        "1 request received this period; 2 open at its end, 2 of them awaiting a decision." in leads
    )
    # Annex B's total row: the same committed and paid.
    register = next(t for t in doc.tables() if t.header[-1] == "Next milestone")
    assert register.rows[-1][3:5] == ("38,000", "23,000")
    assert register.total_rows == 1


def test_qips_that_started_finished_went_late_or_near_the_ceiling(store, moving):
    data = gather_sitrep(store, PERIOD, now=NOW)
    by_title = {r.title.split()[0]: r for r in data.qips}
    assert figures.started(by_title["QIP-STARTS"]) and not figures.finished(by_title["QIP-STARTS"])
    assert figures.finished(by_title["QIP-FINISHES"])
    assert figures.went_late(by_title["QIP-GOES"], PERIOD)
    assert figures.near_ceiling(by_title["QIP-GOES"], data.qip_ceiling_usd)  # 46,000 of 50,000
    assert not figures.near_ceiling(by_title["QIP-RUNNING"], data.qip_ceiling_usd)
    fig = figures.of_sitrep(data)
    assert (fig.qips_started, fig.qips_finished, fig.qips_went_late, fig.qips_near_ceiling) == (
        1,
        1,
        1,
        1,
    )
    doc = build(data, EN)
    items = [item for b in doc.body if hasattr(b, "items") for item in b.items]
    assert any(i.startswith("Started works (1): ") and "QIP-STARTS" in i for i in items)
    assert any(i.startswith("Finished (1): ") and "QIP-FINISHES" in i for i in items)
    assert any(i.startswith("Went late (1): ") and "QIP-GOES" in i for i in items)
    assert any(i.startswith("Near the ceiling (USD 50,000) (1): ") for i in items)
    # The body lists the projects that moved, not every running one.
    moved = next(t for t in doc.tables() if t.header[:2] == ("No.", "Project"))
    titles = {str(r[1]).split()[0] for r in moved.rows}
    assert titles == {"QIP-STARTS", "QIP-FINISHES"}  # QIP-GOES went late, did not move
    finishes = next(r for r in moved.rows if str(r[1]).startswith("QIP-FINISHES"))
    assert finishes[3] == "USD 4,000 paid 18 Nov; Completed 19 Nov"


def test_the_summary_shows_eight_iso_weeks_as_lines(store, mission):
    doc = build(gather_sitrep(store, PERIOD, now=NOW), EN)
    [chart] = [b for b in doc.body if isinstance(b, Chart)]
    assert chart.kind == "lines"
    assert chart.categories == ("W40", "W41", "W42", "W43", "W44", "W45", "W46", "W47")
    series = dict(chart.series)
    assert series["Incidents"][-2:] == (1.0, 2.0)  # W46, W47
    assert series["Flash incidents"][-1] == 1.0
    # The summary comes first: the chart sits before section 2.
    second = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.number == "2")
    assert doc.blocks.index(chart) < second


def test_tables_mark_their_references_and_keep_no_caption_apart(store, mission):
    doc = build(gather_sitrep(store, PERIOD, now=NOW), EN)
    for table in doc.tables():
        assert not table.caption  # made sub-headings, kept with their tables
        for column, name in enumerate(table.header):
            if name in ("No.", "Ref", "Ref / DTG", "No. / received"):
                assert column in table.refs, (name, table.header)


@pytest.mark.parametrize(
    ("annexes", "expected"),
    [
        (
            None,
            ALL_ANNEXES,
        ),
        ((), []),
        (["qips"], ["Annex B: QIP register"]),
        (["incidents", "meetings"], ["Annex A: Meetings of the period", "Annex C: Incident log"]),
    ],
)
def test_the_officer_chooses_the_annexes(store, mission, annexes, expected):
    doc = build(gather_sitrep(store, PERIOD, now=NOW), EN, annexes)
    # The map annex (D) comes with any annex chosen: the week's incidents have grids.
    expected = [*expected, "Annex D: Situation map"] if expected else []
    assert [h for h in doc.headings() if h.startswith("Annex")] == expected
    assert len(doc.annex_starts) == len(expected)
    assert len(doc.body) == (doc.annex_starts[0] if expected else len(doc.blocks))


def test_annexes_from_the_command_line_and_the_report_request(store, mission, tmp_path, capsys):
    store.close()
    out = tmp_path / "body.pdf"
    args = ["sitrep", str(store.path), "--week", WEEK, "--out", str(out)]
    assert cli.main([*args, "--no-annexes"]) == 0, capsys.readouterr().err
    text = pdf_text(out)
    assert (
        "10. Issues and requests to higher HQ" in text
        and "Annex" not in text.split("10. Issues")[1]
    )
    assert cli.main([*args, "--annex", "qips"]) == 0, capsys.readouterr().err
    text = pdf_text(out)
    assert "Annex B: QIP register" in text and "Annex A:" not in text and "Annex C:" not in text
    assert cli.main([*args, "--annex", "photos"]) != 0
    assert "invalid choice: 'photos'" in capsys.readouterr().err
    request = ReportRequest(kind_of("unit_sitrep"), PERIOD.start, PERIOD.end, annexes=("qips",))
    assert request.options()["annexes"] == ("qips",)
    assert (
        ReportRequest(kind_of("sector_sitrep"), PERIOD.start, PERIOD.end).options()["annexes"]
        == ANNEXES
    )


def test_an_unknown_annex_is_refused_and_nothing_is_written(store, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CimicError, match="No annex called photos: the annexes are meetings"):
        commands.write_sitrep(store, folder / "x.pdf", week=WEEK, now=NOW, annexes=["photos"])
    assert not list(folder.iterdir())


@pytest.mark.parametrize("parent", ["", "Sector West", "Sector West HQ", "Force HQ", "force hq"])
@pytest.mark.parametrize("sector", [False, True])
def test_the_addressee_never_says_hq_twice(parent, sector):
    level = UnitLevel.SECTOR if sector else UnitLevel.BATTALION
    to_line = str(sitrep_defaults(UnitInfo("Sector West", level, parent), PERIOD, sector).to_line)
    assert "HQ HQ" not in to_line.upper() and to_line.endswith("CIMIC")
    if not parent:
        assert to_line == ("Force HQ CIMIC" if sector else "Sector HQ CIMIC")


def test_a_sector_file_addresses_force_hq(tmp_path):
    sector = create_database(
        tmp_path / "sector.sqlite", "Sector West", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    try:
        build_mission(sector, unit="BANBAT 2")
        data = gather_sitrep(sector, PERIOD, sector=True, now=NOW)
        assert str(data.header.to_line) == "Force HQ CIMIC"
        pairs = dict(next(b for b in build(data, EN).blocks if hasattr(b, "pairs")).pairs)
        assert pairs["TO"] == "Force HQ CIMIC"
    finally:
        sector.close()


def test_counts_are_said_in_the_right_number(store):
    from report_helpers import _incident, _request

    _incident(store)
    _request(store)
    text = " ".join(
        b.text
        for b in build(gather_sitrep(store, PERIOD, now=NOW), EN).body
        if isinstance(b, Paragraph)
    )
    assert "1 incident this period (previous period: 0)" in text
    assert "1 request received this period" in text
    assert "1 incidents" not in text and "1 requests" not in text


# --- at the seeded volumes ----------------------------------------------------------------

SEED_START = date(2025, 12, 7)  # a year of records up to 6 Dec 2026 (ISO week 2026-W49)
SEEDED_WEEK = Period.iso_week("2026-W49")
SEEDED_NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def _seed(store, name: str, seed: int) -> None:
    from cimicdesk.demo.generate import seed_database

    own = store.unit
    store.unit = UnitInfo(name, UnitLevel.BATTALION, own.parent or own.name)
    try:
        seed_database(store, entries=6000, seed=seed, start=SEED_START, days=365, now=SEEDED_NOW)
    finally:
        store.unit = own


@pytest.mark.slow
def test_a_seeded_units_sitrep_body_fits_five_pages(tmp_path):
    """Four pages until issue 18 added the period's community assessments to the civil
    situation (a seeded week: its count, the table of the week's assessments with what
    changed, about ten lines), which pushed the sign-off onto a fifth."""
    from cimicdesk.reports.pdf_render import page_ranges

    store = create_database(
        tmp_path / "bn.sqlite",
        "BANBAT 1",
        UnitLevel.BATTALION,
        parent="Sector West",
        training=True,
        passphrase=PASSPHRASE,
    )
    try:
        _seed(store, "BANBAT 1", 1)
        data = gather_sitrep(store, SEEDED_WEEK, now=SEEDED_NOW)
        assert 100 <= len(data.liaison) <= 130  # the seeded volume: about 116 a week
        body, annexes = page_ranges(build(data, EN), EN)
        assert body <= 5 and annexes > body
    finally:
        store.close()


@pytest.mark.slow
def test_a_seeded_sectors_sitrep_body_fits_six_pages_with_the_battalions_words(tmp_path):
    from cimicdesk.reports.pdf_render import page_ranges

    store = create_database(
        tmp_path / "sector.sqlite",
        "Sector West",
        UnitLevel.SECTOR,
        training=True,
        passphrase=PASSPHRASE,
    )
    try:
        for index in range(6):
            _seed(store, f"BANBAT {index + 1}", index + 1)
        data = gather_sitrep(store, SEEDED_WEEK, sector=True, now=SEEDED_NOW)
        assert len(data.units) == 6 and len(data.liaison) >= 600
        assert sorted(data.narratives) == [f"BANBAT {n}" for n in range(1, 7)]
        # Six battalions' records and their own words (about 100 words each on six
        # subjects, as seeded) in at most seven pages; the annexes apart. (Six held on
        # 7 Dec 2026 and not on 8 Dec, when the seed still took the day it ran as its
        # "now": the week's statuses, and so its text, moved with the calendar. With the
        # seed's moment pinned, this week's body is seven pages: the six narrative
        # tables of sections 7-10 are each kept whole with their heading.)
        body, annexes = page_ranges(build(data, EN), EN)
        assert body <= 7 and annexes > body
    finally:
        store.close()


def test_a_meeting_marked_significant_gets_its_paragraph(store, mission):
    from report_helpers import stamp

    org = make_org(store, "Préfecture de la Ouaka")
    make_entry(
        store,
        orgs=[org],
        start=stamp(19, 10),
        place="Bambari",
        purpose="SIGNIFICANT-MEETING land dispute settled",
        info_received="The préfet agrees to mediate.",
        significant=True,
    )
    data = gather_sitrep(store, PERIOD, now=NOW)
    doc = build(data, EN)
    body = doc.body
    heading = next(
        i for i, b in enumerate(body) if getattr(b, "title", "") == "Significant meetings"
    )
    paragraph = body[heading + 1]
    assert isinstance(paragraph, Paragraph)
    assert (
        "with Préfecture de la Ouaka at Bambari. SIGNIFICANT-MEETING land dispute" in paragraph.text
    )
    assert paragraph.text.endswith("— The préfet agrees to mediate.")
    lead = next(b.text for b in body if isinstance(b, Paragraph) and "marked significant" in b.text)
    assert "1 marked significant by the officer" in lead
    # Annex A marks it too; the other meetings are not marked.
    meetings = next(t for t in doc.tables() if t.header[:2] == ("Ref / DTG", "Type"))
    marked = [r for r in meetings.rows if r[1].detail == "significant"]
    assert len(marked) == 1 and "SIGNIFICANT-MEETING" in marked[0][4]


def test_the_unit_counts_its_meetings_by_type_organisation_type_and_organisation(store, mission):
    doc = build(gather_sitrep(store, PERIOD, now=NOW), EN)
    table = next(t for t in doc.tables() if t.header[0] == "Type of meeting")
    assert table.header == ("Type of meeting", "", "Organisation type met", "", "Organisation", "")
    assert table.rows[-1][:4] == ("Meetings", "3", "Meetings", "3")
    kinds = {r[0]: r[1] for r in table.rows[:-1] if r[0]}
    assert kinds == {
        "Bilateral meeting": "1",
        "Key leader engagement": "1",
        "Coordination meeting": "1",
    }


def test_the_sitrep_as_word_has_the_same_sections_and_tables(store, mission, tmp_path):
    from docx import Document as WordDocument

    out = commands.write_sitrep(store, tmp_path / "sitrep.docx", week=WEEK, now=NOW)
    word = WordDocument(str(out))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    doc = build(gather_sitrep(store, PERIOD, now=NOW), EN)
    for label in doc.headings():
        assert label in headings
    assert len(word.tables) >= len(doc.tables())
    key = next(t for t in word.tables if t.rows[0].cells[0].text == "Figure")
    assert [c.text for c in key.rows[1].cells][:2] == ["Meetings", "3"]


def test_a_unit_sitrep_without_a_draft_prints_the_units_own_narrative(store, mission):
    from cimicdesk.store import narratives

    narratives.publish(
        store, "BANBAT 1", "2026-11-16", "2026-11-22", civil_situation="OWN-CIVIL Markets open."
    )
    data = gather_sitrep(store, PERIOD, now=NOW)
    assert data.draft.civil_situation == "OWN-CIVIL Markets open."
    said = [b.text for b in build(data, EN).body if isinstance(b, Paragraph)]
    assert "OWN-CIVIL Markets open." in said
    # A draft with text of its own wins over the narrative.
    from cimicdesk.store.report_drafts import ReportDraft, save_draft

    save_draft(
        store,
        ReportDraft(
            kind="unit_sitrep",
            period_start="2026-11-16",
            period_end="2026-11-22",
            assessment="DRAFT-ASSESSMENT",
        ),
    )
    data = gather_sitrep(store, PERIOD, now=NOW)
    assert data.draft.assessment == "DRAFT-ASSESSMENT" and data.draft.civil_situation == ""


@pytest.mark.parametrize("parent", ["Sector West", "Sector West HQ", "Force HQ"])
def test_the_handover_brief_copies_the_higher_hq_without_hq_twice(parent):
    from cimicdesk.reports.data import handover_defaults

    cc_line = str(handover_defaults(UnitInfo("BANBAT 1", UnitLevel.BATTALION, parent), NOW).cc_line)
    assert "HQ HQ" not in cc_line.upper() and cc_line.startswith(parent)
