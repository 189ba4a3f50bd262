"""A report never cuts a label or a figure: only what an officer typed is shortened."""

from __future__ import annotations

from datetime import date

from cimicdesk.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    LocationPrecision,
    SupportPriority,
    SupportStatus,
    SupportType,
)
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.reports import sitrep
from cimicdesk.reports.data import IncidentRow, RequestRow
from cimicdesk.reports.sitrep_body import incident_brief_table, request_table


def _incident(place: str) -> IncidentRow:
    return IncidentRow(
        ref="BANBAT6-INC-2026-0180",
        unit="BANBAT 6",
        occurred="2026-11-30T05:59:00Z",
        dtg="300559ZNOV26",
        day=date(2026, 11, 30),
        category=IncidentCategory.INTERCOMMUNAL_CLASH,
        subcategory=None,
        place=place,
        grid="34N DM 3330 8316",
        precision=LocationPrecision.EXACT,
        killed=2,
        injured=13,
        abducted=1,
        summary="",
        action_taken="",
        status=IncidentStatus.OPEN,
        flash=None,
        casualties={},
    )


def test_the_summarys_flash_line_keeps_its_category_and_casualties_whole_in_french():
    texts = Texts("fr")
    long_place = "Village de Ndassima route de Bambari, au sud du pont effondré"
    line = sitrep.flash_item(texts, _incident(long_place), sector=True)
    assert texts.value(IncidentCategory.INTERCOMMUNAL_CLASH) in line
    assert line.rstrip().endswith("2/13/1")  # the casualty figures, never "2/1…"
    assert long_place not in line and "…" in line  # the place typed is what gives way


def test_the_incident_table_prints_a_long_french_category_whole():
    texts = Texts("fr")
    table = incident_brief_table(texts, [_incident("Kidjigra")], sector=True)
    [row] = table.rows
    assert texts.value(IncidentCategory.INTERCOMMUNAL_CLASH) in row
    assert len(texts.value(IncidentCategory.INTERCOMMUNAL_CLASH)) > 26  # it used to be cut


def test_request_tables_print_priority_status_and_type_whole_in_french():
    texts = Texts("fr")
    request = RequestRow(
        ref="BANBAT2-MSR-2026-0033",
        unit="BANBAT 2",
        received="2026-12-01T08:00:00Z",
        received_dtg="010800ZDEC26",
        carried_over=False,
        requester="Office for the Coordination of Humanitarian Affairs, Bambari sub-office",
        request_type=SupportType.SECURITY_INFORMATION,
        priority=SupportPriority.LIFE_SUSTAINING,
        status=SupportStatus.FORWARDED,
        is_open=True,
        date_required=date(2026, 12, 9),
        purpose="Security update on the Bria–Ndomété axis before the distribution",
        route="",
    )
    [row] = request_table(texts, [request], "caption").rows
    for label in (SupportPriority.LIFE_SUSTAINING, SupportStatus.FORWARDED):
        assert texts.value(label) in row
    assert len(texts.value(SupportStatus.FORWARDED)) > 16  # the old cut
