"""Builders of stored QIPs, incidents and support requests for the operations page tests."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from cimicdesk.domain.enums import IncidentCategory, QipCategory, QipStatus, SupportType
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.qip import Qip
from cimicdesk.domain.support import SupportRequest
from cimicdesk.domain.timeutil import to_stamp, utc_now
from cimicdesk.store.incidents import save_incident
from cimicdesk.store.qips import save_qip, transition_qip
from cimicdesk.store.support_requests import save_support_request

S = QipStatus
TO_APPROVED = (S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED)


def today() -> date:
    return utc_now().date()


def day(offset: int) -> str:
    """YYYY-MM-DD, `offset` days from today (negative: in the past)."""
    return (today() + timedelta(days=offset)).isoformat()


def hours_ago(hours: float) -> str:
    return to_stamp(utc_now().replace(microsecond=0) - timedelta(hours=hours))


def make_qip(store, title="Borehole at Kidjigra", **kw) -> Qip:
    values = {
        "category": QipCategory.WASH,
        "place": "Kidjigra",
        "objective": "Shows the community that the mission answers its first priority.",
        "budget_requested_usd": 20_000.0,
    }
    values.update(kw)
    return save_qip(store, Qip(title=title, **values))


def move(store, qip: Qip, *statuses: QipStatus) -> Qip:
    for status in statuses:
        qip = transition_qip(store, qip.id, status, recorded_by="Capt. Rahman")
    return qip


def make_incident(store, **kw) -> Incident:
    values = {
        "occurred_at": hours_ago(30),
        "reported_at": hours_ago(28),
        "place": "Élevage, Bambari",
        "category": IncidentCategory.CRIME_BANDITRY,
        "subcategory": "road_banditry",
        "narrative": "Traders robbed on the Grimari road.",
    }
    if "category" in kw:
        values["subcategory"] = ""
    values.update(kw)
    return save_incident(store, Incident(**values))


def make_request(store, **kw) -> SupportRequest:
    values = {
        "received_at": hours_ago(48),
        "request_type": SupportType.ROAD_TRANSPORT,
        "purpose": "Carry 12 t of shelter kits to the Lazare IDP site.",
        "from_place": "Bambari",
        "to_place": "Kaga-Bandoro",
        "date_required": day(5),
    }
    values.update(kw)
    return save_support_request(store, SupportRequest(**values))


def png(path: Path, colour: str = "#c03030", size: tuple[int, int] = (96, 64)) -> Path:
    """A small PNG photo to attach."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path
