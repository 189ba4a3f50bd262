"""Made-up requests for mission support, decided as their age makes likely."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from cimicdesk.demo import words
from cimicdesk.domain.enums import (
    SupportChannel,
    SupportPriority,
    SupportStatus,
    SupportType,
    UniqueAdvantage,
)
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.support import ESCORT_CRITERIA, SupportRequest
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import support_requests

if TYPE_CHECKING:
    from cimicdesk.demo.operations import Builder

TEXT = words.SUPPORT_TEXT


def add_support_request(b: Builder) -> None:
    """One request from an organisation, from one town to another."""
    r = b.rng
    origin, _, from_grid, from_extra = b.where()
    destination, site, to_grid, to_extra = b.where()
    weights = words.SUPPORT_WEIGHTS
    request_type = r.choices(list(weights), list(weights.values()))[0]
    received = b.moment(b.day())
    request = SupportRequest(
        id=b.uuid(),
        received_at=to_stamp(received),
        requesting_organisation_id=b.pick(b.organisations, 0.95),
        requesting_contact_id=b.pick(b.contacts, 0.7),
        channel=r.choices(list(SupportChannel), (8, 3, 2, 3))[0],
        request_type=request_type,
        from_place=origin.name,
        from_grid=from_grid,
        to_place=f"{site}, {destination.name}",
        to_grid=to_grid,
        date_required=(received.date() + timedelta(days=r.randrange(0, 15))).isoformat(),
        duration=r.choice(words.DURATIONS_ASKED),
        priority=r.choices(list(SupportPriority), (1, 3, 4, 6))[0],
    )
    n, t, v = r.randrange(2, 20), r.randrange(2, 40), r.randrange(2, 25)
    request.purpose = words.SUPPORT_PURPOSES[request_type].format(
        n=n, t=t, v=v, frm=request.from_place, to=request.to_place
    )
    if request_type in (SupportType.AIR_TRANSPORT, SupportType.MEDICAL_CASEVAC):
        request.passengers = n
    if request_type in (SupportType.ROAD_TRANSPORT, SupportType.LOGISTICS):
        request.tonnes = float(t)
    if request_type is SupportType.CONVOY_ESCORT:
        request.vehicles = v
    _decide(b, request, received)
    errors = request.field_errors(b.now)
    if errors:  # a bug in this generator, not in the data an officer would type
        raise ValidationError(errors)
    request.number = b.number(support_requests.next_number, received.year)
    positions = {
        "from_lat": from_extra["lat"],
        "from_lon": from_extra["lon"],
        "to_lat": to_extra["lat"],
        "to_lon": to_extra["lon"],
    }
    b.add("support_requests", request, request.received_at, positions)
    organisation = request.requesting_organisation_id or ""
    request.requester_name = b.org_names.get(organisation, ("", ""))[0]
    contact = b.contact_names.get(request.requesting_contact_id or "", "")
    text = support_requests.index_text(request, contact)
    b.writer.add_index(support_requests.KIND, request.id, text)


def _decide(b: Builder, request: SupportRequest, received: datetime) -> None:
    """Give the request the status its age makes likely, with what that status needs."""
    r = b.rng
    age = (b.now - received).days
    if age < 3 or r.random() < 0.08:
        request.status = r.choice(
            (SupportStatus.RECEIVED, SupportStatus.UNDER_REVIEW, SupportStatus.FORWARDED)
        )
        return
    decided = min(received.date() + timedelta(days=r.randrange(0, 3)), b.now.date())
    request.decision_date = decided.isoformat()
    request.decided_by = r.choice(words.DECIDERS)
    roll = r.random()
    if roll < 0.2:
        request.status = SupportStatus.REJECTED
        request.decision_reason = TEXT["rejected"]
        return
    if roll < 0.26:
        request.status = SupportStatus.CANCELLED
        request.decision_reason = TEXT["cancelled"]
        return
    request.civilian_alternatives_checked = True
    request.civilian_alternatives_note = TEXT["alternatives"]
    request.unique_advantage = tuple(a for a in UniqueAdvantage if r.random() < 0.6) or (
        UniqueAdvantage.TIMELINESS,
    )
    request.complementarity = TEXT["complementarity"]
    request.exit_plan = TEXT["exit_plan"]
    if request.is_escort:
        for name, _ in ESCORT_CRITERIA:
            setattr(request, name, r.random() < 0.95)
            setattr(request, f"{name}_note", TEXT["escort_criterion"])
    if r.random() < 0.05:
        request.complementarity = ""
        request.override_authority = TEXT["override_authority"]
        request.override_reference = f"FHQ/U9/{decided.year}/{r.randrange(1, 300):03d}"
    request.decision_reason = TEXT["approved"]
    request.status = SupportStatus.EXECUTED if age > 10 else SupportStatus.APPROVED
    if request.status is SupportStatus.EXECUTED:
        request.executing_unit = b.store.unit.name
        request.outcome = TEXT["outcome"]
