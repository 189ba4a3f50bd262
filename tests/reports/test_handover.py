"""The handover brief: page 1 read in five minutes, restricted people only by code, open work
in annexes, trends over the ISO weeks the sitreps count."""

from __future__ import annotations

import re
from datetime import date, timedelta

import docx
import pytest
from factories import PASSPHRASE, action, make_contact, make_entry, make_org
from pypdf import PdfReader
from report_helpers import NOW, TODAY, _incident, _qip, _request, pdf_pages, pdf_text, stamp

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.masking import restricted_code
from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import commands
from cimicdesk.reports.data import Period, gather_sitrep
from cimicdesk.reports.document import (
    Bullets,
    Cell,
    Chart,
    Document,
    FieldGrid,
    Paragraph,
    SignOff,
    Table,
)
from cimicdesk.reports.handover import build_handover_brief
from cimicdesk.reports.handover_data import gather_handover, trend_weeks
from cimicdesk.reports.pdf_render import page_ranges
from cimicdesk.store.database import create_database
from cimicdesk.store.report_drafts import ReportDraft, save_draft

EN = texts("en")


def _draft(store):
    save_draft(
        store,
        ReportDraft(
            kind="handover_brief",
            period_start=TODAY.isoformat(),
            period_end=TODAY.isoformat(),
            assessment="HANDOVER-NOTES The chefferie of Kpata expects a visit each month.",
            key_points="- KEY-POINT the Kpata land dispute is not settled",
            planned_activities="COMING-UP Peace committee meeting on 2 December",
            prepared_by="Capt Aïssatou Diallo",
            approved_by="Capt Émile Ndjadi",
        ),
    )


@pytest.fixture
def doc(store, mission) -> Document:
    _draft(store)
    return build_handover_brief(gather_handover(store, as_of=TODAY, now=NOW), EN)


@pytest.fixture
def brief(store, mission, tmp_path):
    _draft(store)
    return commands.write_handover_brief(store, tmp_path / "brief.pdf", as_of=TODAY, now=NOW)


def _texts(cell) -> str:
    return f"{cell.main} {cell.detail}" if isinstance(cell, Cell) else cell


def _table(doc: Document, first_header: str) -> Table:
    """The table whose first column has this header (each table of the brief has its own)."""
    found = [t for t in doc.tables() if t.header[0] == first_header]
    assert len(found) >= 1, [t.header for t in doc.tables()]
    return found[0]


def _column(table: Table, index: int = 0) -> list[str]:
    return [_texts(row[index]) for row in table.rows]


def _all_text(doc: Document) -> str:
    """Every text the brief holds, cell by cell and block by block."""
    parts: list[str] = []
    for block in doc.flat():
        if isinstance(block, Table):
            parts += [_texts(c) for row in block.rows for c in row]
            parts += block.header
        elif isinstance(block, Chart):
            parts += [block.title, *(name for name, _ in block.series)]
        elif isinstance(block, Bullets):
            parts += block.items
        elif isinstance(block, FieldGrid):
            parts += [f"{label} {value}" for label, value in block.pairs]
        elif isinstance(block, SignOff):
            parts += [*block.labels, *block.names, block.signature]
        else:
            parts += [str(v) for v in vars(block).values() if isinstance(v, str)]
    return "\n".join(parts)


def test_sections_in_order_long_lists_in_annexes(doc):
    assert doc.headings() == [
        "1. At a glance",
        "2. Outgoing officer's notes",
        "3. Trends over the last 8 weeks",
        "4. Coming up for the incoming officer",
        "Annex A. Key organisations and contacts",
        "Annex B. Open work",
        "Annex C. Map of offices and running QIPs",  # the running QIPs have grids
    ]
    assert doc.headings(level=2) == [
        "Overdue follow-up actions, the oldest first",
        "Running QIPs by status",
        "Key organisations (most meetings in the last 12 weeks)",
        "Key points",
        "Key organisations (most meetings in the last 12 weeks)",
        "Key contacts (most recently met)",
        "Open follow-up actions",
        "Running QIPs and their next steps",
        "Open incidents",
        "Open mission support requests",
    ]
    # The annexes: people and organisations, the open work, the map.
    assert len(doc.annex_starts) == 3
    annex_a, annex_b, annex_c = (doc.blocks[i] for i in doc.annex_starts)
    assert annex_a.label.startswith("Annex A") and annex_b.label.startswith("Annex B")
    assert annex_c.label.startswith("Annex C")
    body = _all_text(Document(doc.furniture, doc.subject, doc.body))
    assert "HANDOVER-NOTES" in body and "KEY-POINT" in body and "COMING-UP" in body
    assert "Capt Émile Ndjadi" in body


def test_page_one_says_what_is_open_and_what_first(store, mission):
    make_entry(
        store,
        orgs=[make_org(store, "OCHA Bambari")],
        start=stamp(2),
        purpose="Old coordination meeting",
        actions=[action("OVERDUE-ACTION send the 3W to OCHA", due_date="2026-11-10")],
    )
    doc = build_handover_brief(gather_handover(store, as_of=TODAY, now=NOW), EN)
    glance = _table(doc, "Open")
    assert [row[:3] for row in glance.rows] == [
        ("Follow-up actions", "2", "1 overdue"),
        ("QIPs running", "2", "0 late"),
        ("Incidents open", "3", "4 casualties: 2 killed, 1 injured, 1 abducted"),
        ("Support requests open", "2", "2 awaiting a decision"),
    ]
    assert {row[3] for row in glance.rows} == {"Annex B"}
    overdue = _table(doc, "Due")  # page 1's: only the overdue ones
    assert _column(overdue, 1) == ["OVERDUE-ACTION send the 3W to OCHA"]
    by_status = _table(doc, "Status")
    assert [row[:3] for row in by_status.rows] == [
        ("Identified", "1", "0"),
        ("In implementation", "1", "0"),
        ("Total", "2", "0"),
    ]
    assert by_status.rows[-1][3] == "24,500"  # 6,500 requested + 18,000 approved


def test_the_first_page_of_the_pdf_holds_the_summary(brief):
    pages = pdf_pages(brief)
    first = pages[0]
    for words in (
        "CIMIC HANDOVER BRIEF",
        "The database handed over holds:",
        "1. At a glance",
        "Follow-up actions",
        "Running QIPs by status",
        "Key organisations (most meetings in the last 12 weeks)",
        "UNHCR BN1",
    ):
        assert words in first, words
    assert "Annex A. Key organisations and contacts" not in first
    assert "Annex B. Open work" in pdf_text(brief)


def test_restricted_contacts_are_given_only_by_code(store, mission, doc, brief):
    text = pdf_text(brief)
    assert "Zoumaldé" not in text
    assert "72 11 22 33" not in text and "Chef de groupe" not in text
    assert restricted_code(mission.restricted_id) in text
    assert "Marie-Claire Yakité BN1" in text and "+236 75 00 11 22" in text
    contacts = _table(doc, "Name / code")
    # Most recently met first: the chief on 18 Nov, Marie-Claire on 16 Nov.
    assert _column(contacts) == [restricted_code(mission.restricted_id), "Marie-Claire Yakité BN1"]
    assert "Zoumaldé" not in _all_text(doc)


def test_open_work_is_handed_over(doc, brief):
    held = _all_text(doc)
    assert "Pass the case figures to Sector HQ" in held  # open follow-up action
    qips = _column(_table(doc, "No."), 1)
    assert any("QIP-RUNNING BN1 borehole at Kidjigra" in q for q in qips)
    assert any("QIP-IDENTIFIED BN1" in q for q in qips)
    assert not any("QIP-CANCELLED-EARLY" in q for q in qips)
    incidents = _column(_table(doc, "Ref / DTG"), 4)
    assert len(incidents) == 3
    assert any("INCIDENT-W47-A" in i for i in incidents)
    assert any("OLD-INCIDENT-W46" in i for i in incidents)  # still open
    requests = _column(_table(doc, "No. / received"), 6)
    assert sorted(r.split()[0] for r in requests) == ["REQUEST-CARRIED", "REQUEST-W47"]
    assert "REQUEST-CANCELLED-W46" not in held and "DELETED" not in held
    text = pdf_text(brief)
    assert "QIP-RUNNING BN1 borehole at Kidjigra" in text and "REQUEST-CARRIED" in text
    assert "DELETED" not in text


def test_every_page_is_marked_and_numbered(brief):
    pages = pdf_pages(brief)
    for number, page in enumerate(pages, start=1):
        assert page.count("UN RESTRICTED") >= 2
        assert f"Page {number} of {len(pages)}" in page
        assert "BANBAT 1" in page and "As of 23 Nov 2026" in page


def test_trends_are_the_last_eight_iso_weeks(store, mission, doc):
    data = gather_handover(store, as_of=TODAY, now=NOW)
    assert [t.week for t in data.trends] == [f"2026-W{w}" for w in range(41, 49)]
    assert all(t.start.weekday() == 0 for t in data.trends)  # Mondays
    assert [(t.start, t.end) for t in data.trends[-2:]] == [
        (date(2026, 11, 16), date(2026, 11, 22)),
        (date(2026, 11, 23), date(2026, 11, 23)),  # Monday 23 Nov: the week so far
    ]
    assert [t.partial for t in data.trends] == [False] * 7 + [True]
    # 13 Nov in W46; 16, 18 and 22 Nov in W47; 23 Nov 00:00 in W48.
    assert [t.meetings for t in data.trends][-3:] == [1, 3, 1]
    assert [t.incidents for t in data.trends][-3:] == [1, 2, 0]
    assert data.trends[-2].killed == 2 and data.trends[-2].casualties == 4
    trends = _table(doc, "ISO week")
    assert trends.rows[-3][0] == Cell("2026-W47", "16–22 Nov 2026")
    assert trends.rows[-2][0] == Cell("2026-W48", "partial, to 23 Nov 2026")
    assert trends.rows[-1][:2] == ("Total", "5")
    assert any(
        isinstance(b, Paragraph) and "2026-W48 is counted to 23 Nov 2026" in b.text
        for b in doc.blocks
    )


def test_trend_charts_are_lines_over_the_weeks(doc):
    charts = [b for b in doc.blocks if isinstance(b, Chart)]
    assert [c.kind for c in charts] == ["lines", "lines"]
    weeks = (*(f"2026-W{w}" for w in range(41, 48)), "2026-W48*")
    assert all(c.categories == weeks for c in charts)
    meetings, events = charts
    assert meetings.series == (("Meetings", (0, 0, 0, 0, 0, 1, 3, 1)),)
    assert [name for name, _ in events.series] == [
        "Incidents",
        "Casualties (killed, injured, abducted)",
        "Support requests received",
    ]
    assert events.series[1][1][-2] == 4


def test_trend_weeks_cross_the_new_year_as_iso_weeks():
    weeks = trend_weeks(date(2027, 1, 6))  # a Wednesday in 2027-W01
    assert [p.start.isocalendar()[:2] for p in weeks][-3:] == [(2026, 52), (2026, 53), (2027, 1)]
    assert weeks[-1] == Period(date(2027, 1, 4), date(2027, 1, 6))
    assert all(p.end - p.start == timedelta(days=6) for p in weeks[:-1])


@pytest.fixture
def seeded(tmp_path):
    """A training battalion file seeded with ~6 liaison entries a day from 1 Sep 2026."""
    store = create_database(
        tmp_path / "seeded.sqlite",
        "BANBAT 1",
        UnitLevel.BATTALION,
        training=True,
        passphrase=PASSPHRASE,
    )
    seed_database(store, entries=600, seed=3, start=date(2026, 9, 1), days=100)
    yield store
    store.close()


@pytest.mark.parametrize("as_of", [date(2026, 12, 6), date(2026, 12, 9)])
def test_each_weeks_figures_are_the_sitreps_of_that_week(seeded, as_of):
    data = gather_handover(seeded, as_of=as_of)
    assert sum(t.meetings for t in data.trends) > 200  # the seed reaches every week
    for trend in data.trends:
        week = Period(trend.start, trend.end) if trend.partial else Period.iso_week(trend.week)
        sitrep = gather_sitrep(seeded, week)
        (unit,) = sitrep.units
        assert (
            trend.meetings,
            trend.incidents,
            trend.killed,
            trend.injured,
            trend.abducted,
            trend.requests,
        ) == (
            len(unit.liaison),
            len(unit.incidents),
            unit.killed,
            unit.injured,
            unit.abducted,
            sum(not r.carried_over for r in unit.requests),
        ), trend.week
    assert [t.partial for t in data.trends][-1] is (as_of.weekday() != 6)


def _one_of_each(store):
    """One meeting with one open overdue action, one incident with one casualty, one
    running QIP and one open request, all in 2026-W47."""
    org = make_org(store, "UNICEF Bambari", email="bambari.wash-coordination@unicef.org")
    awa = make_contact(
        store,
        "Awa Ngaïkoumon",
        organisation_id=org.id,
        email="awa.ngaikoumon-kossi@example-ngo.org",
    )
    make_entry(
        store,
        contacts=[awa],
        orgs=[org],
        start=stamp(17),
        purpose="Water trucking at PK3",
        actions=[action("Send the trucking plan", due_date="2026-11-20")],
    )
    _incident(store, killed_civilian_men=1)
    _qip(store, "Latrines at PK3", budget_requested_usd=4_000.0)
    _request(store, purpose="Water bladder")


def test_counts_of_one_are_singular(store, tmp_path):
    _one_of_each(store)
    doc = build_handover_brief(gather_handover(store, as_of=TODAY, now=NOW), EN)
    held = _all_text(doc)
    for singular in (
        "1 overdue",
        "1 casualty: 1 killed, 0 injured, 0 abducted",
        "1 open action, 1 overdue.",
        "1 project not yet ended",
        "1 incident still open.",
        "1 request still to be decided or executed.",
        "1 organisation",
        "1 contact",
        "1 liaison entry",
        "1 QIP,",
        "1 incident,",
        "1 support request.",
    ):
        assert singular in held, singular
    nouns = r"(meetings|incidents|casualties|projects|requests|actions|organisations|contacts|QIPs)"
    assert re.findall(rf"(?<![\d,.])1 {nouns}\b", held) == []
    out = commands.write_handover_brief(store, tmp_path / "one.pdf", as_of=TODAY, now=NOW)
    assert re.findall(rf"(?<![\d,.])1 {nouns}\b", pdf_text(out)) == []


def test_the_pdf_reads_back_and_breaks_addresses_only_at_separators(store, tmp_path):
    _one_of_each(store)
    out = commands.write_handover_brief(store, tmp_path / "brief.pdf", as_of=TODAY, now=NOW)
    reader = PdfReader(str(out))
    data = gather_handover(store, as_of=TODAY, now=NOW)
    body, annexes = page_ranges(build_handover_brief(data, EN), EN)
    assert len(reader.pages) == body + annexes
    assert annexes >= 2  # each annex from a page of its own
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "1. At a glance" in text and "Annex B. Open work" in text
    # An address too long for its column is broken, but only after '.', '-' or '@':
    # joining those line ends gives it back whole (a break mid-word would not).
    joined = re.sub(r"(?<=[.@-])\n", "", text)
    for address in ("bambari.wash-coordination@unicef.org", "awa.ngaikoumon-kossi@example-ngo.org"):
        assert address not in text, address  # it did need breaking
        assert address in joined, address


def test_a_docx_name_gives_the_word_copy_with_the_same_sections_and_tables(doc, store, tmp_path):
    out = commands.write_handover_brief(store, tmp_path / "brief.docx", as_of=TODAY, now=NOW)
    word = docx.Document(str(out))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == doc.headings()
    assert len(word.tables) >= len(doc.tables())
    cells = {c.text for t in word.tables for row in t.rows for c in row.cells}
    assert any("Pass the case figures to Sector HQ" in c for c in cells)
    assert not list(tmp_path.glob(".brief.docx.*"))  # no temporary file left


def test_an_empty_database_still_gives_a_brief(store, tmp_path):
    out = commands.write_handover_brief(store, tmp_path / "b.pdf", now=NOW)
    text = pdf_text(out)
    for sentence in (
        "No follow-up action is overdue.",
        "No open follow-up actions.",
        "No QIPs running.",
        "No open incidents.",
        "No open mission support requests.",
        "No meetings, incidents or requests in the last 8 weeks.",
        "No meetings in the last 12 weeks.",
        "No contacts met yet.",
    ):
        assert sentence in text, sentence


def test_a_seeded_brief_has_its_summary_on_page_one_and_no_heading_at_a_page_foot(seeded, tmp_path):
    as_of = date(2026, 12, 7)
    out = commands.write_handover_brief(seeded, tmp_path / "seeded.pdf", as_of=as_of)
    doc = build_handover_brief(gather_handover(seeded, as_of=as_of), EN)
    body, annexes = page_ranges(doc, EN)
    assert body <= 3 and body + annexes == len(PdfReader(str(out)).pages)
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    for heading in (
        "1. At a glance",
        "Overdue follow-up actions, the oldest first",
        "Running QIPs by status",
        "Key organisations (most meetings in the last 12 weeks)",
    ):
        assert heading in pages[0], heading
    headings = set(doc.headings(1) + doc.headings(2))
    furniture = ("EXERCISE", "CIMIC handover brief ·", "BANBAT 1", "As of 7 Dec 2026", "Page ")
    for number, page in enumerate(pages, start=1):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        content = [ln for ln in lines if not ln.startswith(furniture)]
        assert content[-1] not in headings, (number, content[-1])
