"""Builders of a small mission through the repositories, and readers of PDF text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from factories import action, make_contact, make_entry, make_org
from pypdf import PdfReader

from cimicdesk.domain.enums import (
    IncidentCategory,
    LiaisonType,
    OrgType,
    QipCategory,
    QipStatus,
    Sensitivity,
    SupportPriority,
    SupportStatus,
    SupportType,
)
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.qip import MonitoringVisit, Qip, Tranche
from cimicdesk.domain.support import SupportRequest
from cimicdesk.store import incidents, liaison, qips, support_requests

# The reporting week of the tests: ISO 2026-W47 (Monday 16 to Sunday 22 November).
WEEK = "2026-W47"
NOW = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
TODAY = date(2026, 11, 23)
S = QipStatus


def stamp(day: int, hour: int = 9, month: int = 11) -> str:
    return f"2026-{month:02d}-{day:02d}T{hour:02d}:00:00.000Z"


@dataclass
class Mission:
    """Ids and marker words of the records the tests look for in the reports."""

    restricted_id: str = ""
    restricted_name: str = "Abdoulaye Zoumaldé"
    restricted_phone: str = "+236 72 11 22 33"


def _qip(store, title, *, unit="", created=date(2026, 10, 1), **kw):
    values = {
        "category": QipCategory.WASH,
        "place": "Kidjigra, Bambari",
        "grid": "34NDM6409037550",
        "objective": "Shows the community that the mission answers its first priority.",
        "budget_requested_usd": 20_000.0,
        "origin_unit": unit,
        "targeted_women": 300,
        "targeted_men": 200,
        "targeted_children": 500,
    }
    values.update(kw)
    return qips.save_qip(store, Qip(title=title, **values), today=created)


def _move(store, qip, *statuses, day=date(2026, 10, 10), note=""):
    for status in statuses:
        qip = qips.transition_qip(store, qip.id, status, on=day, today=TODAY, note=note)
    return qip


def _incident(store, **kw):
    values = {
        "occurred_at": stamp(17, 4),
        "reported_at": stamp(17, 7),
        "place": "Élevage, Bambari",
        "grid": "34NDM6409037550",
        "category": IncidentCategory.CRIME_BANDITRY,
        "subcategory": "road_banditry",
        "narrative": "Traders robbed on the Grimari road by armed men.",
        "action_taken": "Patrol sent; gendarmerie informed.",
    }
    values.update(kw)
    return incidents.save_incident(store, Incident(**values), now=NOW)


def _request(store, **kw):
    values = {
        "received_at": stamp(18, 8),
        "request_type": SupportType.ROAD_TRANSPORT,
        "purpose": "Carry 12 t of shelter kits to the Lazare IDP site.",
        "from_place": "Bambari",
        "to_place": "Kaga-Bandoro",
        "date_required": "2026-11-28",
        "priority": SupportPriority.HIGH,
    }
    values.update(kw)
    return support_requests.save_support_request(store, SupportRequest(**values), now=NOW)


def build_mission(store, unit: str = "") -> Mission:
    """A week of one unit's work, with records in the week before and deleted ones.

    Words in capitals (MEETING-W47-A, OLD-MEETING-W46, DELETED-MEETING ...) mark what a
    test expects in a report or expects never to see. unit: origin_unit of the records
    ('' = the file's own unit).
    """
    tag = unit.replace(" ", "") or "BN1"
    m = Mission()
    msf = make_org(
        store, f"Médecins Sans Frontières {tag}", acronym="MSF", org_type=OrgType.INTERNATIONAL_NGO
    )
    prefecture = make_org(
        store, f"Sous-préfecture de Ndélé {tag}", org_type=OrgType.LOCAL_AUTHORITY
    )
    unhcr = make_org(store, f"UNHCR {tag}", acronym="UNHCR", org_type=OrgType.UNITED_NATIONS)
    marie = make_contact(
        store, f"Marie-Claire Yakité {tag}", organisation_id=msf.id, phones=("+236 75 00 11 22",)
    )
    chief = make_contact(
        store,
        f"{m.restricted_name} {tag}",
        position="Chef de groupe",
        phones=(m.restricted_phone,),
        sensitivity=Sensitivity.RESTRICTED,
    )
    m.restricted_id = chief.id
    kw = {"origin_unit": unit} if unit else {}
    make_entry(
        store,
        contacts=[marie],
        start=stamp(16, 9),
        place="Bambari",
        grid="34NDM6409037550",
        purpose=f"MEETING-W47-A {tag} cholera response at Élevage",
        info_received="Cases fall; the treatment centre stays open.",
        actions=[action("Pass the case figures to Sector HQ", due_date="2026-11-30")],
        entry_type=LiaisonType.BILATERAL,
        **kw,
    )
    make_entry(
        store,
        contacts=[chief],
        orgs=[prefecture],
        start=stamp(18, 15),
        place="Ndélé",
        purpose=f"MEETING-W47-B {tag} land dispute at Kpata",
        entry_type=LiaisonType.KLE,
        **kw,
    )
    make_entry(
        store,
        orgs=[unhcr],
        start=stamp(22, 23),
        place="Bria",
        purpose=f"MEETING-W47-C {tag} returns to PK3",
        entry_type=LiaisonType.COORDINATION,
        **kw,
    )
    make_entry(store, orgs=[unhcr], start=stamp(13), purpose=f"OLD-MEETING-W46 {tag}", **kw)
    make_entry(store, orgs=[unhcr], start=stamp(23, 0), purpose=f"NEXT-MEETING-W48 {tag}", **kw)
    gone = make_entry(store, orgs=[unhcr], start=stamp(19), purpose=f"DELETED-MEETING {tag}", **kw)
    liaison.delete_liaison(store, gone.id)

    _incident(
        store,
        narrative=f"INCIDENT-W47-A {tag} herders and farmers clashed at Gobolo.",
        category=IncidentCategory.INTERCOMMUNAL_CLASH,
        subcategory="farmer_herder",
        killed_civilian_men=2,
        injured_un_personnel=1,
        abducted_civilian_children=1,
        origin_unit=unit,
    )
    _incident(
        store,
        occurred_at=stamp(20, 10),
        reported_at=stamp(20, 12),
        narrative=f"INCIDENT-W47-B {tag} checkpoint on the Ippy road.",
        category=IncidentCategory.HUMANITARIAN_ACCESS_DENIED,
        subcategory="checkpoint_obstruction",
        origin_unit=unit,
    )
    _incident(
        store,
        occurred_at=stamp(10, 10),
        reported_at=stamp(10, 12),
        narrative=f"OLD-INCIDENT-W46 {tag}",
        origin_unit=unit,
    )
    deleted = _incident(
        store,
        occurred_at=stamp(19, 10),
        reported_at=stamp(19, 12),
        narrative=f"DELETED-INCIDENT {tag}",
        origin_unit=unit,
    )
    incidents.delete_incident(store, deleted.id)

    running = _qip(
        store,
        f"QIP-RUNNING {tag} borehole at Kidjigra",
        unit=unit,
        implementing_partner_id=msf.id,
        budget_approved_usd=18_000.0,
        planned_start="2026-10-20",
        planned_end="2027-01-31",
    )
    running = _move(store, running, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED)
    running = _move(store, running, S.AGREEMENT_SIGNED, day=date(2026, 10, 15))
    running.tranches = [Tranche(paid_on="2026-10-20", amount_usd=9_000.0)]
    running.visits = [MonitoringVisit(visit_date="2026-11-18", percent_complete=40)]
    running = qips.save_qip(store, running, today=TODAY)
    _move(store, running, S.DISBURSED, S.IN_IMPLEMENTATION, day=date(2026, 10, 21))
    _qip(store, f"QIP-IDENTIFIED {tag} school benches", unit=unit, budget_requested_usd=6_500.0)
    ended = _qip(store, f"QIP-CANCELLED-EARLY {tag}", unit=unit)
    _move(store, ended, S.CANCELLED, day=date(2026, 10, 5), note="Partner withdrew")
    dropped = _qip(store, f"DELETED-QIP {tag}", unit=unit)
    qips.delete_qip(store, dropped.id)

    _request(store, purpose=f"REQUEST-W47 {tag} shelter kits", origin_unit=unit)
    _request(
        store,
        received_at=stamp(12, 8),
        purpose=f"REQUEST-CARRIED {tag} escort",
        request_type=SupportType.CONVOY_ESCORT,
        status=SupportStatus.FORWARDED,
        origin_unit=unit,
    )
    _request(
        store,
        received_at=stamp(11, 8),
        purpose=f"REQUEST-CANCELLED-W46 {tag}",
        status=SupportStatus.CANCELLED,
        origin_unit=unit,
    )
    gone_request = _request(store, purpose=f"DELETED-REQUEST {tag}", origin_unit=unit)
    support_requests.delete_support_request(store, gone_request.id)
    return m


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, with runs of white space made single spaces."""
    reader = PdfReader(str(path))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def pdf_text(path: Path) -> str:
    """All the text, with references broken over two lines joined again."""
    return re.sub(r"(?<=[-/]) (?=\w)", "", " ".join(pdf_pages(path)))
