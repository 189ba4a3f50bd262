"""The unit sitrep, read back from its PDF and its blocks: the week's records, in doctrine
order, a summary first, the full lists in annexes, nothing else."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader
from report_helpers import NOW, WEEK, pdf_pages, pdf_text

from cimicdesk.domain.enums import OrgType, QipStatus, Sensitivity
from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import commands, figures
from cimicdesk.reports.data import (
    NO_ORGANISATION,
    Period,
    QipMove,
    gather_sitrep,
    military_dtg,
    restricted_code,
)
from cimicdesk.reports.sitrep import build
from cimicdesk.store.report_drafts import ReportDraft, save_draft

SECTIONS = [
    "1. Summary and key points",
    "2. Civil situation",
    "3. Liaison and coordination",
    "4. Significant incidents",
    "5. Quick Impact Projects",
    "6. Mission support requests",
    "7. Protection and gender observations",
    "8. CIMIC assessment and trends",
    "9. Planned activities next period",
    "10. Issues and requests to higher HQ",
]
ANNEX_HEADINGS = [
    "Annex A: Meetings of the period",
    "Annex B: QIP register",
    "Annex C: Incident log",
]


@pytest.fixture
def sitrep(store, mission, tmp_path):
    save_draft(
        store,
        ReportDraft(
            kind="unit_sitrep",
            period_start="2026-11-16",
            period_end="2026-11-22",
            location="Bambari, Préfecture de la Ouaka",
            key_points="- KEYPOINT-ONE cholera falling in Élevage\n- KEYPOINT-TWO returns to PK3",
            civil_situation="CIVIL-TEXT Markets reopened in Ndélé.",
            protection_gender="GENDER-TEXT Women's committee asks for lighting.",
            assessment="ASSESSMENT-TEXT Calm but tense.",
            planned_activities="PLANNED-ONE KLE with the sous-préfet\nPLANNED-TWO QIP visit",
            issues_for_hq="ISSUES-TEXT Need an engineer recce.",
            prepared_by="Capt Aïssatou Diallo, CIMIC officer",
            approved_by="Lt Col Kouassi, CO BANBAT 1",
        ),
    )
    out = commands.write_sitrep(store, tmp_path / "sitrep.pdf", week=WEEK, now=NOW)
    return out


def test_the_weeks_records_are_in_it_and_no_others(sitrep):
    text = pdf_text(sitrep)
    for mark in ("MEETING-W47-A", "MEETING-W47-B", "MEETING-W47-C"):
        assert mark in text  # Annex A
    assert "INCIDENT-W47-A" in text and "INCIDENT-W47-B" in text  # Annex C
    assert "REQUEST-W47" in text  # section 6, received this period
    assert "REQUEST-CARRIED" in text  # the summary: awaiting a decision since W46
    for mark in ("OLD-MEETING-W46", "NEXT-MEETING-W48", "OLD-INCIDENT-W46", "CANCELLED-W46"):
        assert mark not in text


def test_tombstoned_records_never_appear(sitrep):
    text = pdf_text(sitrep)
    assert "DELETED" not in text


def test_sections_come_in_doctrine_order_then_the_annexes(store, mission, sitrep):
    doc = build(gather_sitrep(store, Period.iso_week(WEEK), now=NOW), texts("en"))
    # The map of the period's incidents and QIPs is the last annex.
    assert doc.headings() == [*SECTIONS, *ANNEX_HEADINGS, "Annex D: Situation map"]
    text = pdf_text(sitrep)
    titles = [*SECTIONS, "Prepared by", *ANNEX_HEADINGS, "Annex D: Situation map"]
    positions = [text.find(title) for title in titles]
    assert -1 not in positions
    assert positions == sorted(positions)
    # Each annex starts a page of its own, after the sign-off.
    pages = pdf_pages(sitrep)
    starts = [next(i for i, page in enumerate(pages) if title in page) for title in ANNEX_HEADINGS]
    assert len(set(starts)) == 3 and "Prepared by" not in pages[starts[0]]


def test_every_page_carries_marking_page_numbers_unit_and_period(sitrep):
    pages = pdf_pages(sitrep)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert page.count("UN RESTRICTED") >= 2, number  # top and bottom
        assert f"Page {number} of {total}" in page
        assert "BANBAT 1" in page and "Period 2026-W47, 16–22 Nov 2026" in page


def test_header_and_free_text_come_from_the_draft(sitrep):
    text = pdf_text(sitrep)
    assert "FROM BANBAT 1 CIMIC" in text and "TO Sector West HQ CIMIC" in text
    assert "BANBAT1/CIMIC/SITREP/2026-W47" in text
    assert "DTG 231430ZNOV26" in text
    assert "Bambari, Préfecture de la Ouaka" in text
    for mark in (
        "KEYPOINT-ONE cholera falling in Élevage",
        "CIVIL-TEXT",
        "GENDER-TEXT Women's committee",
        "ASSESSMENT-TEXT",
        "PLANNED-ONE KLE with the sous-préfet",
        "PLANNED-TWO",
        "ISSUES-TEXT",
        "Capt Aïssatou Diallo",
    ):
        assert mark in text


def test_accented_names_come_out_intact(sitrep):
    text = pdf_text(sitrep)
    assert "Marie-Claire Yakité BN1 (MSF)" in text
    assert "Sous-préfecture de Ndélé BN1" in text
    assert "Élevage, Bambari" in text


def test_a_restricted_contact_is_never_named(store, mission, sitrep):
    text = pdf_text(sitrep)
    assert "Zoumaldé" not in text and "72 11 22 33" not in text
    assert restricted_code(mission.restricted_id) in text


def test_totals_and_casualties_are_right(store, mission):
    data = gather_sitrep(store, Period.iso_week(WEEK), now=NOW)
    [unit] = data.units
    assert len(unit.liaison) == 3 and len(unit.incidents) == 2
    assert (unit.killed, unit.injured, unit.abducted) == (2, 1, 1)
    assert unit.previous_meetings == 1 and unit.previous_incidents == 1
    assert unit.previous_casualties == (0, 0, 0)
    assert {r.title.split()[0] for r in unit.qips} == {"QIP-RUNNING", "QIP-IDENTIFIED"}
    running = next(r for r in unit.qips if r.title.startswith("QIP-RUNNING"))
    assert (running.status, running.percent, running.disbursed_usd) == (
        QipStatus.IN_IMPLEMENTATION,
        40,
        9_000.0,
    )
    assert figures.committed(unit.qips) == 18_000.0  # QIP-IDENTIFIED's 6,500 is only asked
    assert figures.paid(unit.qips) == 9_000.0
    assert running.moves == (QipMove(date(2026, 11, 18), percent=40),)  # a visit in W47
    assert [r.carried_over for r in unit.requests] == [False, True]
    assert unit.org_type_counts() == {
        OrgType.INTERNATIONAL_NGO: 1,
        OrgType.LOCAL_AUTHORITY: 1,
        NO_ORGANISATION: 1,
        OrgType.UNITED_NATIONS: 1,
    }


def test_the_key_figures_and_casualty_tables_print_the_totals(store, mission, sitrep):
    doc = build(gather_sitrep(store, Period.iso_week(WEEK), now=NOW), texts("en"))
    key = doc.tables()[0]
    assert key.header == ("Figure", "2026-W47", "2026-W46", "Change", "Weekly average, 8 weeks")
    assert key.rows == (
        ("Meetings", "3", "1", "+2", "0.5"),
        ("Incidents (flash)", "2 (1)", "1", "+1", "0.4 (0.1)"),
        ("Casualties: killed / injured / abducted", "2 / 1 / 1", "0 / 0 / 0", "", "0.5"),
        ("QIPs started / finished / went late / near ceiling", "0 / 0 / 0 / 0", "", "", ""),
        ("QIP money committed / paid (USD)", "18,000 / 9,000", "", "", ""),
        ("Requests received / open / awaiting a decision", "1 / 2 / 2", "", "", ""),
    )
    text = pdf_text(sitrep)
    assert "Meetings 3 1 +2 0.5" in text
    assert re.search(r"Killed 2 0 0 0 0 0 2 Injured 0 0 0 1 0 0 1 Abducted 0 0 1 0 0 0 1", text)


def test_an_empty_week_says_so_in_every_section(store, tmp_path):
    out = commands.write_sitrep(store, tmp_path / "empty.pdf", week="2026-W30", now=NOW, annexes=())
    text = pdf_text(out)
    for sentence in (
        "No incident this period called for a flash report.",
        "No QIP started, finished, went late or neared the ceiling this period.",
        "No support request awaits a decision.",
        "No meetings recorded this period.",
        "No incidents reported this period.",
        "No QIPs running this period.",
        "No mission support requests this period.",
        "No key points written for this period.",
        "No issues for higher HQ this period.",
    ):
        assert sentence in text
    assert len(PdfReader(str(out)).pages) <= 2


def test_a_date_range_and_letter_paper(store, mission, tmp_path):
    out = commands.write_sitrep(
        store, tmp_path / "range.pdf", start="2026-11-10", end="2026-11-13", paper="Letter", now=NOW
    )
    text = pdf_text(out)
    assert "OLD-MEETING-W46" in text and "OLD-INCIDENT-W46" in text
    assert "MEETING-W47-A" not in text
    assert "10 Nov 2026 – 13 Nov 2026" not in text and "10–13 Nov 2026" in text
    page = PdfReader(str(out)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_a_sensitive_contact_is_named_by_role_in_the_sitrep(store, tmp_path):
    from report_helpers import make_contact, make_entry, stamp

    person = make_contact(
        store, "Grâce Sensible", position="Présidente des femmes", sensitivity=Sensitivity.SENSITIVE
    )
    make_entry(store, contacts=[person], start=stamp(17), purpose="ROLE-ONLY meeting")
    text = pdf_text(commands.write_sitrep(store, tmp_path / "s.pdf", week=WEEK, now=NOW))
    assert "ROLE-ONLY" in text and "Présidente des femmes" in text
    assert "Grâce Sensible" not in text


def test_military_dtg():
    assert military_dtg("2026-11-25T14:30:00.000Z") == "251430ZNOV26"
    assert military_dtg(NOW) == "231430ZNOV26"


def test_the_marking_can_be_chosen(store, tmp_path):
    out = commands.write_sitrep(
        store, tmp_path / "m.pdf", week=WEEK, marking="un confidential", now=NOW
    )
    assert all("UN CONFIDENTIAL" in page for page in pdf_pages(out))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"week": "2026-47"}, "not an ISO week"),
        ({"week": "2026-W54"}, "2026 has no week 54"),
        ({"week": WEEK, "start": "2026-11-01"}, "not both"),
        ({"start": "2026-11-01"}, "both the start and the end"),
        ({"start": "2026-11-10", "end": "2026-11-01"}, "ends"),
        ({"start": "1 Nov", "end": "2026-11-10"}, "YYYY-MM-DD"),
        ({"week": WEEK, "paper": "A3"}, "A4 or Letter"),
        ({"week": WEEK, "language": "xx"}, "'xx' is not available"),
        ({"week": WEEK, "units": ["NOBAT 9"]}, "No records of NOBAT 9"),
        ({"week": WEEK, "annexes": ["photos"]}, "No annex called photos"),
    ],
)
def test_bad_arguments_get_a_clear_message(store, tmp_path, kwargs, message):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CimicError, match=message):
        commands.write_sitrep(store, folder / "x.pdf", now=NOW, **kwargs)
    assert not list(folder.iterdir())  # nothing half-written is left behind


def test_parse_week():
    period = commands.parse_week("2026-W47")
    assert (period.start.isoformat(), period.end.isoformat()) == ("2026-11-16", "2026-11-22")
    assert commands.parse_week("2020w53").start.isoformat() == "2020-12-28"
    assert str(period.label) == "2026-W47, 16–22 Nov 2026"
    assert texts("fr").render(period.label) == "2026-W47, 16–22 nov. 2026"
    assert str(Period.iso_week("2026-W44").label) == "2026-W44, 26 Oct 2026 – 1 Nov 2026"
