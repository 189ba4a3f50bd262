"""Mission support requests: the record, the last-resort test and the IASC escort criteria."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

from cimicdesk.domain.enums import (
    SupportChannel,
    SupportPriority,
    SupportStatus,
    SupportType,
    UniqueAdvantage,
)
from cimicdesk.domain.errors import FieldError
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.records import Record, too_long
from cimicdesk.domain.timeutil import from_stamp, is_stamp, utc_now
from cimicdesk.i18n.message import Label, msg

MAX_TEXT = 20_000
# Statuses that mean military assets are (to be) used: they need the last-resort test.
APPROVING_STATUSES = frozenset({SupportStatus.APPROVED, SupportStatus.EXECUTED})
# Statuses that carry a decision (date, by whom).
DECIDED_STATUSES = frozenset(
    {SupportStatus.APPROVED, SupportStatus.REJECTED, SupportStatus.EXECUTED}
)
AWAITING_DECISION = frozenset(
    {SupportStatus.RECEIVED, SupportStatus.UNDER_REVIEW, SupportStatus.FORWARDED}
)
# The four IASC (2013) criteria for an armed escort: (answer field, label of this kind).
ESCORT_CRITERION = "EscortCriterion"
ESCORT_CRITERIA: tuple[tuple[str, str], ...] = (
    ("escort_need", "Humanitarian need and programme criticality"),
    ("escort_authorities", "Responsible authorities"),
    ("escort_security", "Safety and security"),
    ("escort_sustainability", "Sustainability"),
)
PRIORITY_RANK = {p: rank for rank, p in enumerate(SupportPriority)}


@dataclass
class SupportRequest(Record):
    """A request for mission support (doctrine §7). Stamps are fixed-width UTC text."""

    number: str = ""  # UNIT-MSR-YYYY-NNNN, assigned on first save
    received_at: str = ""
    requesting_organisation_id: str | None = None
    requesting_contact_id: str | None = None
    channel: SupportChannel = SupportChannel.DIRECT
    request_type: SupportType = SupportType.OTHER
    purpose: str = ""  # the humanitarian purpose
    from_place: str = ""
    from_grid: str = ""
    to_place: str = ""
    to_grid: str = ""
    date_required: str = ""  # YYYY-MM-DD
    duration: str = ""  # as requested, e.g. "2 days", "one rotation"
    passengers: int = 0
    tonnes: float = 0.0
    vehicles: int = 0
    priority: SupportPriority = SupportPriority.NORMAL
    status: SupportStatus = SupportStatus.RECEIVED
    decision_date: str = ""  # YYYY-MM-DD
    decided_by: str = ""
    decision_reason: str = ""
    executing_unit: str = ""
    outcome: str = ""
    # The last-resort test (OCHA): (a) no civilian alternative, (b) unique advantage,
    # (c) complementarity, and an exit plan because last resort is temporary.
    civilian_alternatives_checked: bool = False
    civilian_alternatives_note: str = ""
    unique_advantage: tuple[UniqueAdvantage, ...] = ()
    complementarity: str = ""
    exit_plan: str = ""
    # Convoy escorts: the four IASC criteria, each answered yes / no (None: not answered).
    escort_need: bool | None = None
    escort_need_note: str = ""
    escort_authorities: bool | None = None
    escort_authorities_note: str = ""
    escort_security: bool | None = None
    escort_security_note: str = ""
    escort_sustainability: bool | None = None
    escort_sustainability_note: str = ""
    # Approval without the test, ordered by higher HQ: who, and the reference of the order.
    override_authority: str = ""
    override_reference: str = ""
    requester_name: str = ""  # the requesting organisation's name (derived)

    NOT_STORED: ClassVar[tuple[str, ...]] = ("requester_name",)

    @property
    def is_escort(self) -> bool:
        return self.request_type is SupportType.CONVOY_ESCORT

    @property
    def has_override(self) -> bool:
        """Whether approval by higher HQ without the test is recorded with its reference."""
        return bool(self.override_reference.strip())

    def awaiting_decision(self) -> bool:
        return self.status in AWAITING_DECISION

    def last_resort_gaps(self) -> list[FieldError]:
        """What the last-resort test (and for an escort the IASC criteria) still lacks."""
        gaps: list[FieldError] = []
        if not self.civilian_alternatives_checked:
            gaps.append(
                FieldError(
                    "civilian_alternatives_checked",
                    msg("Civilian alternatives checked: confirm no civilian asset can do it."),
                )
            )
        if not self.unique_advantage:
            gaps.append(
                FieldError(
                    "unique_advantage",
                    msg("Unique advantage: capability, availability or timeliness."),
                )
            )
        if not self.complementarity.strip():
            gaps.append(
                FieldError(
                    "complementarity", msg("Complementarity: how it complements civilian means.")
                )
            )
        if not self.exit_plan.strip():
            gaps.append(FieldError("exit_plan", msg("Exit plan: when civilians take over again.")))
        if self.is_escort:
            for name, label in ESCORT_CRITERIA:
                if getattr(self, name) is None:
                    gaps.append(
                        FieldError(
                            name,
                            msg(
                                "IASC escort criterion not answered: {label}.",
                                label=Label(label, ESCORT_CRITERION),
                            ),
                        )
                    )
        return gaps

    def approval_errors(self) -> list[FieldError]:
        """Why this request may not be approved: the gaps, unless higher HQ overrode them."""
        if self.has_override:
            return []
        return [
            FieldError(
                g.field,
                msg(
                    "Approval needs the last-resort test. Missing: {g_message}", g_message=g.message
                ),
            )
            for g in self.last_resort_gaps()
        ]

    def warnings(self) -> list[FieldError]:
        """Flags, not refusals: escort criteria answered 'no', an approval by override."""
        found = [
            FieldError(
                name,
                msg(
                    "IASC escort criterion not met: {label}.",
                    label=Label(label, ESCORT_CRITERION),
                ),
            )
            for name, label in ESCORT_CRITERIA
            if self.is_escort and getattr(self, name) is False
        ]
        if self.status in APPROVING_STATUSES and self.has_override and self.last_resort_gaps():
            found.append(
                FieldError(
                    "override_reference",
                    msg(
                        "Approved without the full last-resort test on higher HQ's order "
                        "({override_reference}).",
                        override_reference=self.override_reference,
                    ),
                )
            )
        return found

    def field_errors(self, now: datetime | None = None) -> list[FieldError]:
        errors: list[FieldError] = []
        now = now or utc_now()
        received = None
        if not is_stamp(self.received_at):
            errors.append(FieldError("received_at", msg("Give when the request was received.")))
        else:
            received = from_stamp(self.received_at)
            if received > now:
                errors.append(
                    FieldError("received_at", msg("The request is received in the future."))
                )
        if not self.purpose.strip():
            errors.append(FieldError("purpose", msg("State the humanitarian purpose.")))
        for name in ("from_grid", "to_grid"):
            try:
                optional_grid(getattr(self, name))
            except GridReferenceError as exc:
                errors.append(FieldError(name, exc.message))
        if self.date_required and not _valid_date(self.date_required):
            errors.append(
                FieldError(
                    "date_required",
                    msg("The date required '{value}' is not YYYY-MM-DD.", value=self.date_required),
                )
            )
        if self.decision_date and not _valid_date(self.decision_date):
            errors.append(
                FieldError(
                    "decision_date",
                    msg("The decision date '{value}' is not YYYY-MM-DD.", value=self.decision_date),
                )
            )
        for name in ("passengers", "vehicles"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                errors.append(FieldError(name, msg("Give a whole number, 0 or more.")))
        if (
            not isinstance(self.tonnes, int | float)
            or isinstance(self.tonnes, bool)
            or not math.isfinite(self.tonnes)
            or self.tonnes < 0
        ):
            errors.append(FieldError("tonnes", msg("Give the weight in tonnes, 0 or more.")))
        if self.status in DECIDED_STATUSES:
            if not self.decision_date:
                errors.append(FieldError("decision_date", msg("Give the date of the decision.")))
            if not self.decided_by.strip():
                errors.append(FieldError("decided_by", msg("Say who decided.")))
        if self.status is SupportStatus.REJECTED and not self.decision_reason.strip():
            errors.append(FieldError("decision_reason", msg("Give the reason for the refusal.")))
        if (
            received
            and _valid_date(self.decision_date)
            and date.fromisoformat(self.decision_date) < received.date()
        ):
            errors.append(
                FieldError("decision_date", msg("The decision cannot come before the request."))
            )
        if self.has_override and not self.override_authority.strip():
            errors.append(
                FieldError(
                    "override_authority", msg("Name the HQ or officer who ordered the override.")
                )
            )
        if self.status in APPROVING_STATUSES:
            errors.extend(self.approval_errors())
        for name in (
            "purpose",
            "decision_reason",
            "outcome",
            "complementarity",
            "exit_plan",
            "civilian_alternatives_note",
        ):
            if len(getattr(self, name)) > MAX_TEXT:
                errors.append(too_long(name, MAX_TEXT))
        return errors


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10
