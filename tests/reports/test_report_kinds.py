"""The kinds of report as data: their names in the catalogue, file names, options and the
key their text is kept under (no Qt)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from report_helpers import build_mission

from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports.kinds import ANNEXES, KINDS, ReportRequest, kind_of, write_report
from cimicdesk.store import report_drafts

W47 = (date(2026, 11, 16), date(2026, 11, 22))


def test_every_kind_is_named_in_english_and_french():
    assert [k.key for k in KINDS] == [
        "unit_sitrep",
        "sector_sitrep",
        "handover_brief",
        "3w",
        "assessments_hxl",
        "assessment_form",
    ]
    french = texts("fr")
    # The assessment kinds (issue 18) join this check when their French is in the
    # catalogue: helpers do not edit the translation files; the lead translates at merge.
    for kind in KINDS[:4]:
        for name in (kind.title, kind.noun, kind.about):
            assert str(name) and french.render(name) != str(name)
    assert french.render(kind_of("handover_brief").title) == "Dossier de passation"
    assert {k.key for k in KINDS if k.has_draft} == set(report_drafts.KINDS)


def test_file_names_and_the_options_that_apply():
    sitrep = ReportRequest(kind_of("unit_sitrep"), *W47, paper="Letter", language="fr")
    assert sitrep.file_name("BANBAT1") == "BANBAT1-SITREP-2026-W47.pdf"
    assert sitrep.options() == {
        "start": W47[0],
        "end": W47[1],
        "paper": "Letter",
        "language": "fr",
        "sector": False,  # the unit's own sitrep, in a sector file too
        "annexes": ANNEXES,  # all three unless the officer leaves some out
    }
    month = ReportRequest(kind_of("sector_sitrep"), date(2026, 11, 1), date(2026, 11, 30))
    assert month.file_name("SECW") == "SECW-SECSITREP-20261101-20261130.pdf"
    assert month.lacks_units  # a sector sitrep covers the battalions ticked: none here
    ticked = ReportRequest(kind_of("sector_sitrep"), *W47, units=("BANBAT 2",))
    assert ticked.options()["units"] == ["BANBAT 2"] and ticked.options()["sector"]
    day = date(2026, 11, 25)
    brief = ReportRequest(kind_of("handover_brief"), day, day)
    assert brief.file_name("BANBAT1") == "BANBAT1-HANDOVER-20261125.pdf"
    assert brief.options() == {"as_of": day, "paper": "A4", "language": "en"}
    three_w = ReportRequest(kind_of("3w"), day, day, paper="Letter")
    assert three_w.file_name("BANBAT1") == "BANBAT1-3W-QIPs-20261125.csv"
    assert three_w.options() == {} and not three_w.kind.is_pdf  # no paper, no language
    hxl = ReportRequest(kind_of("assessments_hxl"), *W47, language="fr")
    assert hxl.file_name("BANBAT1") == "BANBAT1-ASSESSMENTS-HXL-2026-W47.csv"
    assert hxl.options() == {"start": W47[0], "end": W47[1]}  # a CSV: no paper, no language
    form = ReportRequest(kind_of("assessment_form"), day, day, paper="Letter", language="fr")
    assert form.file_name("BANBAT1") == "BANBAT1-ASSESSMENT-FORM-20261125.pdf"
    assert form.options() == {"paper": "Letter", "language": "fr"}
    assert form.kind.is_pdf and not form.kind.has_word  # tick boxes: no Word copy
    assert kind_of("unit_sitrep").has_word and not three_w.kind.has_word


def test_draft_keys_are_the_ones_the_report_writer_reads(store, tmp_path):
    build_mission(store)
    build_mission(store, unit="BANBAT 2")
    assert ReportRequest(kind_of("unit_sitrep"), *W47).draft_key(store) == (
        "unit_sitrep",
        (),
        "2026-11-16",
        "2026-11-22",
    )
    every = ReportRequest(kind_of("sector_sitrep"), *W47, units=("BANBAT 1", "BANBAT 2"))
    assert every.draft_key(store) == ("sector_sitrep", (), "2026-11-16", "2026-11-22")
    one = ReportRequest(kind_of("sector_sitrep"), *W47, units=("BANBAT 2",))
    assert one.draft_key(store) == ("sector_sitrep", ("BANBAT 2",), "2026-11-16", "2026-11-22")
    assert ReportRequest(kind_of("sector_sitrep"), *W47).draft_key(store) is None
    assert ReportRequest(kind_of("3w"), *W47).draft_key(store) is None
    # The text kept under that key is the text the report prints.
    report_drafts.save_draft(
        store,
        report_drafts.ReportDraft(
            kind="sector_sitrep",
            units=("BANBAT 2",),
            period_start="2026-11-16",
            period_end="2026-11-22",
            key_points="KEPT-FOR-BANBAT-2",
        ),
    )
    out = write_report(store, tmp_path / "sector.pdf", one)
    assert "KEPT-FOR-BANBAT-2" in "\n".join(p.extract_text() for p in PdfReader(out).pages)


@pytest.mark.parametrize(
    "key", ["unit_sitrep", "handover_brief", "3w", "assessments_hxl", "assessment_form"]
)
def test_write_report_writes_each_kind(store, tmp_path, key):
    build_mission(store)
    day = W47[1]
    start = W47[0] if key == "unit_sitrep" else day
    request = ReportRequest(kind_of(key), start, day)
    out = write_report(store, tmp_path / request.file_name("BANBAT1"), request)
    assert out.exists() and out.suffix == f".{request.kind.suffix}" and out.stat().st_size
