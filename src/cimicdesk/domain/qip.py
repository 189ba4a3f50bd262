"""Quick Impact Projects: the record, its lifecycle as a state machine, and the mission's rules."""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from cimicdesk.domain.enums import QipCategory, QipStatus
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.records import Record, too_long
from cimicdesk.i18n.message import Message, Money, msg

MAX_TITLE = 200
MAX_TEXT = 20_000
# "Near the ceiling" for the dashboard: a budget at or above this share of the ceiling.
NEAR_CEILING_SHARE = 0.9
_CURRENCY = re.compile(r"^[A-Z]{3}$")

S = QipStatus
# The lifecycle (doctrine §6). Cancellation is added below for every open stage.
_FORWARD: dict[QipStatus, tuple[QipStatus, ...]] = {
    S.IDENTIFIED: (S.PROPOSAL_DRAFTED,),
    S.PROPOSAL_DRAFTED: (S.SUBMITTED,),
    S.SUBMITTED: (S.UNDER_REVIEW,),
    S.UNDER_REVIEW: (S.APPROVED, S.RETURNED, S.REJECTED),
    S.RETURNED: (S.PROPOSAL_DRAFTED,),
    S.APPROVED: (S.AGREEMENT_SIGNED,),
    S.AGREEMENT_SIGNED: (S.DISBURSED,),
    S.DISBURSED: (S.IN_IMPLEMENTATION,),
    S.IN_IMPLEMENTATION: (S.COMPLETED,),
    S.COMPLETED: (S.HANDED_OVER,),
    S.HANDED_OVER: (S.CLOSED,),
    S.REJECTED: (),
    S.CLOSED: (),
    S.CANCELLED: (),
}
# Open: work is still to be done before completion. These may be cancelled and be late.
OPEN_STATES = frozenset(
    {
        S.IDENTIFIED,
        S.PROPOSAL_DRAFTED,
        S.SUBMITTED,
        S.UNDER_REVIEW,
        S.RETURNED,
        S.APPROVED,
        S.AGREEMENT_SIGNED,
        S.DISBURSED,
        S.IN_IMPLEMENTATION,
    }
)
# Finished one way or another: no longer on the dashboard.
ENDED_STATES = frozenset({S.REJECTED, S.CLOSED, S.CANCELLED})
# Stages before the agreement is signed: no money may have been paid yet.
BEFORE_AGREEMENT = frozenset(
    {
        S.IDENTIFIED,
        S.PROPOSAL_DRAFTED,
        S.SUBMITTED,
        S.UNDER_REVIEW,
        S.RETURNED,
        S.APPROVED,
        S.REJECTED,
    }
)
NEXT_STATES: dict[QipStatus, tuple[QipStatus, ...]] = {
    status: nxt + ((S.CANCELLED,) if status in OPEN_STATES else ())
    for status, nxt in _FORWARD.items()
}
# Moves whose note must say why.
_NEEDS_NOTE = frozenset({S.RETURNED, S.REJECTED, S.CANCELLED})


@dataclass(frozen=True)
class MissionSettings:
    """Per-mission QIP rules, kept in the database (doctrine §6 defaults: USD 50,000, 6 months).

    Attributes: qip_ceiling_usd (largest approved budget), qip_max_months (longest plan,
    from the first disbursement to the planned end), assessment_interval_days (a community
    not assessed for longer is named on the dashboard; issue 18).
    """

    qip_ceiling_usd: float = 50_000.0
    qip_max_months: int = 6
    assessment_interval_days: int = 90

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not _is_number(self.qip_ceiling_usd) or self.qip_ceiling_usd <= 0:
            errors.append(
                FieldError("qip_ceiling_usd", msg("The ceiling must be a positive amount."))
            )
        if (
            not isinstance(self.qip_max_months, int)
            or isinstance(self.qip_max_months, bool)
            or not 1 <= self.qip_max_months <= 60
        ):
            errors.append(FieldError("qip_max_months", msg("The duration must be 1 to 60 months.")))
        days = self.assessment_interval_days
        if not isinstance(days, int) or isinstance(days, bool) or not 7 <= days <= 730:
            errors.append(
                FieldError(
                    "assessment_interval_days",
                    msg("The interval between assessments must be 7 to 730 days."),
                )
            )
        return errors

    def validate(self) -> None:
        errors = self.field_errors()
        if errors:
            raise ValidationError(errors)


@dataclass
class Attachment(Record):
    """A photo or scan attached to a record; its bytes are the blob with that SHA-256.

    Attributes: owner_table / owner_id (the record it belongs to, e.g. a monitoring
    visit), sha256, filename (as given), mime, width / height (pixels), size (bytes),
    caption.
    """

    owner_table: str = ""
    owner_id: str = ""
    sha256: str = ""
    filename: str = ""
    mime: str = ""
    width: int = 0
    height: int = 0
    size: int = 0
    caption: str = ""


@dataclass
class Tranche(Record):
    """One disbursement to the implementing partner."""

    qip_id: str = ""
    paid_on: str = ""  # YYYY-MM-DD
    amount_usd: float = 0.0
    reference: str = ""  # payment voucher or transfer reference
    note: str = ""

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        _check_date(errors, "paid_on", self.paid_on, msg("The date paid is required (YYYY-MM-DD)."))
        if not _is_number(self.amount_usd) or self.amount_usd <= 0:
            errors.append(
                FieldError("amount_usd", msg("A tranche needs a positive amount in USD."))
            )
        return errors


@dataclass
class MonitoringVisit(Record):
    """A monitoring visit: how far the work is, what was found; photos attach to it."""

    qip_id: str = ""
    visit_date: str = ""  # YYYY-MM-DD
    percent_complete: int = 0
    findings: str = ""
    visited_by: str = ""
    photos: list[Attachment] = field(default_factory=list)  # filled in by the store

    NOT_STORED: ClassVar[tuple[str, ...]] = ("photos",)

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        _check_date(
            errors, "visit_date", self.visit_date, msg("The visit date is required (YYYY-MM-DD).")
        )
        if not _is_count(self.percent_complete) or self.percent_complete > 100:
            errors.append(
                FieldError("percent_complete", msg("Percent complete runs from 0 to 100."))
            )
        if len(self.findings) > MAX_TEXT:
            errors.append(too_long("findings", MAX_TEXT))
        return errors


@dataclass
class QipTransition(Record):
    """One move of a QIP's status: from, to, when, by whom, why. Never edited afterwards."""

    qip_id: str = ""
    seq: int = 0  # 1 for the creation, then 2, 3, ...
    from_status: QipStatus | None = None  # None for the creation
    to_status: QipStatus = QipStatus.IDENTIFIED
    transition_date: str = ""  # YYYY-MM-DD
    recorded_by: str = ""
    note: str = ""


@dataclass
class Qip(Record):
    """A Quick Impact Project (doctrine §6). Status changes only through transitions."""

    number: str = ""  # UNIT-QIP-YYYY-NNN, assigned on first save
    title: str = ""
    category: QipCategory = QipCategory.OTHER
    objective: str = ""  # how it builds confidence in the mission or the peace process
    place: str = ""
    grid: str = ""
    targeted_men: int = 0
    targeted_women: int = 0
    targeted_children: int = 0
    reached_men: int = 0
    reached_women: int = 0
    reached_children: int = 0
    implementing_partner_id: str | None = None  # an organisation
    proposing_unit: str = ""
    focal_point_id: str | None = None  # a contact
    duplication_check: str = ""  # who else works there, why this is no duplicate
    assessment_id: str | None = None  # the community assessment that justifies it (issue 18)
    budget_requested_usd: float = 0.0
    budget_approved_usd: float = 0.0
    local_currency: str = ""  # ISO 4217, e.g. XAF
    exchange_rate: float = 0.0  # local currency units per USD
    community_contribution: str = ""  # what the community gives (labour, materials)
    community_contribution_usd: float = 0.0  # its estimated value
    review_date: str = ""  # project review committee (PRC)
    review_decision: str = ""
    review_ref: str = ""
    planned_start: str = ""
    planned_end: str = ""
    actual_start: str = ""
    actual_end: str = ""
    handover_date: str = ""
    receiving_authority: str = ""
    final_report_ref: str = ""
    status: QipStatus = QipStatus.IDENTIFIED
    # Children in their own synced tables, filled in by the store.
    tranches: list[Tranche] = field(default_factory=list)
    visits: list[MonitoringVisit] = field(default_factory=list)
    transitions: list[QipTransition] = field(default_factory=list)
    # Derived by the store from what is stored (lists carry these without children).
    partner_name: str = ""
    disbursed_usd: float = 0.0
    percent_complete: int | None = None

    NOT_STORED: ClassVar[tuple[str, ...]] = (
        "tranches",
        "visits",
        "transitions",
        "partner_name",
        "disbursed_usd",
        "percent_complete",
    )
    DATE_FIELDS: ClassVar[tuple[str, ...]] = (
        "review_date",
        "planned_start",
        "planned_end",
        "actual_start",
        "actual_end",
        "handover_date",
    )
    COUNT_FIELDS: ClassVar[tuple[str, ...]] = (
        "targeted_men",
        "targeted_women",
        "targeted_children",
        "reached_men",
        "reached_women",
        "reached_children",
    )
    AMOUNT_FIELDS: ClassVar[tuple[str, ...]] = (
        "budget_requested_usd",
        "budget_approved_usd",
        "community_contribution_usd",
    )

    @property
    def targeted_total(self) -> int:
        return self.targeted_men + self.targeted_women + self.targeted_children

    @property
    def reached_total(self) -> int:
        return self.reached_men + self.reached_women + self.reached_children

    def live_tranches(self) -> list[Tranche]:
        """Tranches not removed, by date paid."""
        return sorted((t for t in self.tranches if not t.deleted), key=lambda t: t.paid_on)

    def total_disbursed(self) -> float:
        """The sum of the live tranches held in this object (the editor's view)."""
        return _cents(sum(t.amount_usd for t in self.tranches if not t.deleted)) / 100

    def first_disbursement(self) -> str:
        """Date of the first tranche, or '' when nothing was paid."""
        paid = [t.paid_on for t in self.tranches if not t.deleted and t.paid_on]
        return min(paid) if paid else ""

    def latest_percent(self) -> int | None:
        """Percent complete at the latest monitoring visit held in this object."""
        live = [v for v in self.visits if not v.deleted]
        return max(live, key=lambda v: v.visit_date).percent_complete if live else None

    def budget(self) -> float:
        """The approved budget once known, else the requested one."""
        return self.budget_approved_usd or self.budget_requested_usd

    def is_late(self, today: date) -> bool:
        """Past its planned end and still open (not completed, handed over, closed, cancelled)."""
        return (
            self.status in OPEN_STATES
            and bool(self.planned_end)
            and _valid_date(self.planned_end)
            and date.fromisoformat(self.planned_end) < today
        )

    def is_near_ceiling(self, settings: MissionSettings) -> bool:
        """Budget (approved, else requested) at or above 90 % of the ceiling, while not ended."""
        return (
            self.status not in ENDED_STATES
            and self.budget() > 0
            and _cents(self.budget()) >= _cents(NEAR_CEILING_SHARE * settings.qip_ceiling_usd)
        )

    def field_errors(self) -> list[FieldError]:
        """What is wrong with the project whatever the mission's settings."""
        errors: list[FieldError] = []
        if not self.title.strip():
            errors.append(FieldError("title", msg("A project needs a title.")))
        elif len(self.title) > MAX_TITLE:
            errors.append(
                FieldError(
                    "title", msg("The title is longer than {limit} characters.", limit=MAX_TITLE)
                )
            )
        for name in ("objective", "duplication_check", "community_contribution"):
            if len(getattr(self, name)) > MAX_TEXT:
                errors.append(too_long(name, MAX_TEXT))
        try:
            optional_grid(self.grid)
        except GridReferenceError as exc:
            errors.append(FieldError("grid", exc.message))
        for name in self.COUNT_FIELDS:
            if not _is_count(getattr(self, name)):
                errors.append(FieldError(name, msg("Beneficiaries are whole numbers, 0 or more.")))
        for name in (*self.AMOUNT_FIELDS, "exchange_rate"):
            value = getattr(self, name)
            if not _is_number(value) or value < 0:
                errors.append(FieldError(name, msg("Amounts are numbers, 0 or more.")))
        if self.local_currency and not _CURRENCY.match(self.local_currency):
            errors.append(
                FieldError(
                    "local_currency", msg("Give the currency as a three-letter code, e.g. XAF.")
                )
            )
        elif (
            self.local_currency
            and self.local_currency != "USD"
            and _is_number(self.exchange_rate)
            and self.exchange_rate <= 0
        ):
            errors.append(
                FieldError(
                    "exchange_rate",
                    msg(
                        "Give the rate: how many {local_currency} make one USD.",
                        local_currency=self.local_currency,
                    ),
                )
            )
        for name in self.DATE_FIELDS:
            _check_date(errors, name, getattr(self, name))
        if _in_order(self.planned_start, self.planned_end) is False:
            errors.append(
                FieldError("planned_end", msg("The planned end is before the planned start."))
            )
        if _in_order(self.actual_start, self.actual_end) is False:
            errors.append(
                FieldError("actual_end", msg("The actual end is before the actual start."))
            )
        self._child_errors(errors)
        return errors

    def _child_errors(self, errors: list[FieldError]) -> None:
        live_tranches = [t for t in self.tranches if not t.deleted]
        for index, tranche in enumerate(live_tranches):
            for error in tranche.field_errors():
                errors.append(
                    FieldError(
                        "tranches",
                        msg(
                            "Tranche {number}: {error_message}",
                            number=index + 1,
                            error_message=error.message,
                        ),
                    )
                )
        for index, visit in enumerate(v for v in self.visits if not v.deleted):
            for error in visit.field_errors():
                errors.append(
                    FieldError(
                        "visits",
                        msg(
                            "Visit {number}: {error_message}",
                            number=index + 1,
                            error_message=error.message,
                        ),
                    )
                )
        if live_tranches and self.status in BEFORE_AGREEMENT:
            errors.append(
                FieldError("tranches", msg("Record disbursements once the agreement is signed."))
            )
        elif live_tranches and all(_is_number(t.amount_usd) for t in live_tranches):
            paid = self.total_disbursed()
            if not self.budget_approved_usd:
                errors.append(
                    FieldError("tranches", msg("There is no approved budget to disburse from."))
                )
            elif _cents(paid) > _cents(self.budget_approved_usd):
                errors.append(
                    FieldError(
                        "tranches",
                        msg(
                            "Disbursements ({paid}) would exceed the approved budget "
                            "({budget_approved_usd}).",
                            paid=Money(paid),
                            budget_approved_usd=Money(self.budget_approved_usd),
                        ),
                    )
                )

    def warnings(self, settings: MissionSettings) -> list[FieldError]:
        """Things to flag but not refuse: a plan longer than allowed, a request over the ceiling."""
        found: list[FieldError] = []
        start = self.first_disbursement() or self.planned_start
        if _valid_date(start) and self.planned_end and _valid_date(self.planned_end):
            limit = add_months(date.fromisoformat(start), settings.qip_max_months)
            if date.fromisoformat(self.planned_end) > limit:
                if self.first_disbursement():
                    since = msg("the first disbursement")
                else:
                    since = msg("the start")
                found.append(
                    FieldError(
                        "planned_end",
                        msg(
                            "The plan runs past {qip_max_months} months from {since} "
                            "({start}): QIPs should be finished by {limit}.",
                            qip_max_months=settings.qip_max_months,
                            since=since,
                            start=date.fromisoformat(start),
                            limit=limit,
                        ),
                    )
                )
        if _cents(self.budget_requested_usd) > _cents(settings.qip_ceiling_usd):
            found.append(
                FieldError(
                    "budget_requested_usd",
                    msg(
                        "The request ({budget_requested_usd}) is above the mission's "
                        "ceiling of {qip_ceiling_usd}.",
                        budget_requested_usd=Money(self.budget_requested_usd),
                        qip_ceiling_usd=Money(settings.qip_ceiling_usd),
                    ),
                )
            )
        return found


def ceiling_errors(qip: Qip, settings: MissionSettings) -> list[FieldError]:
    """An approved budget above the mission's ceiling, refused with the reason."""
    if _is_number(qip.budget_approved_usd) and _cents(qip.budget_approved_usd) > _cents(
        settings.qip_ceiling_usd
    ):
        return [
            FieldError(
                "budget_approved_usd",
                msg(
                    "The approved budget ({budget_approved_usd}) is above the mission's "
                    "QIP ceiling of {qip_ceiling_usd}.",
                    budget_approved_usd=Money(qip.budget_approved_usd),
                    qip_ceiling_usd=Money(settings.qip_ceiling_usd),
                ),
            )
        ]
    return []


def note_required(to: QipStatus) -> bool:
    """Whether a move to `to` (return, reject, cancel) must say why in its note."""
    return to in _NEEDS_NOTE


def next_states(status: QipStatus) -> tuple[QipStatus, ...]:
    """The stages a project in `status` may move to, whatever its content."""
    return NEXT_STATES[status]


def transition_errors(
    qip: Qip,
    to: QipStatus,
    settings: MissionSettings,
    *,
    on: date | None = None,
    today: date | None = None,
    note: str = "",
) -> list[FieldError]:
    """Why `qip` may not move to `to` now (empty when it may), each tied to a field."""
    if to not in NEXT_STATES[qip.status]:
        allowed = list(NEXT_STATES[qip.status]) or msg("nothing: it has ended")
        return [
            FieldError(
                "status",
                msg(
                    "A project that is {status_label} cannot become {to_label} "
                    "(it can become: {allowed}).",
                    status_label=qip.status,
                    to_label=to,
                    allowed=allowed,
                ),
            )
        ]
    errors: list[FieldError] = []
    if to is S.SUBMITTED:
        if not qip.objective.strip():
            errors.append(
                FieldError(
                    "objective", msg("Say how the project builds confidence before submitting.")
                )
            )
        if not qip.budget_requested_usd:
            errors.append(FieldError("budget_requested_usd", msg("Give the budget requested.")))
    if to in (S.APPROVED, S.AGREEMENT_SIGNED):
        if not qip.implementing_partner_id:
            errors.append(
                FieldError(
                    "implementing_partner_id",
                    msg(
                        "An implementing partner is required before the project is {to_label}.",
                        to_label=to,
                    ),
                )
            )
        if not qip.budget_approved_usd:
            errors.append(FieldError("budget_approved_usd", msg("Give the budget approved.")))
        errors.extend(ceiling_errors(qip, settings))
    if to is S.DISBURSED and not qip.live_tranches():
        errors.append(
            FieldError("tranches", msg("Record the tranche paid before marking it disbursed."))
        )
    if to is S.HANDED_OVER and not qip.receiving_authority.strip():
        errors.append(
            FieldError("receiving_authority", msg("Name the authority that receives the project."))
        )
    if to is S.CLOSED and not qip.final_report_ref.strip():
        errors.append(FieldError("final_report_ref", msg("Give the final report's reference.")))
    if to in _NEEDS_NOTE and not note.strip():
        errors.append(FieldError("note", msg("Say why the project is {to_label}.", to_label=to)))
    if on is not None:
        if today is not None and on > today:
            errors.append(FieldError("transition_date", msg("The date is in the future.")))
        previous = max((t.transition_date for t in qip.transitions), default="")
        if previous and _valid_date(previous) and on < date.fromisoformat(previous):
            errors.append(
                FieldError(
                    "transition_date",
                    msg(
                        "The date is before the last change ({previous}).",
                        previous=date.fromisoformat(previous),
                    ),
                )
            )
    return errors


def refusal_reasons(
    qip: Qip, to: QipStatus, settings: MissionSettings, *, note: str | None = None
) -> tuple[Message | str, ...]:
    """Why the move is refused, each reason a message; empty when it is allowed.

    With note=None the note that some moves need (return, reject, cancel) is taken as given.
    """
    errors = transition_errors(qip, to, settings, note="(given)" if note is None else note)
    return tuple(e.message for e in errors)


def available_transitions(
    qip: Qip, settings: MissionSettings
) -> list[tuple[QipStatus, tuple[Message | str, ...]]]:
    """Every next stage with the reasons it is refused now (empty: allowed), for buttons.

    A note that the move needs (return, reject, cancel) is assumed to be given.
    """
    return [(to, refusal_reasons(qip, to, settings)) for to in NEXT_STATES[qip.status]]


def apply_transition(
    qip: Qip,
    to: QipStatus,
    settings: MissionSettings,
    *,
    on: date,
    today: date,
    recorded_by: str = "",
    note: str = "",
) -> QipTransition:
    """Move the project to `to` (raising ValidationError if refused) and return the record.

    Fills what the move implies when it is still empty: the review date and decision,
    the actual start, the actual end and the handover date.
    """
    errors = transition_errors(qip, to, settings, on=on, today=today, note=note)
    if errors:
        raise ValidationError(errors)
    day = on.isoformat()
    if to in (S.APPROVED, S.RETURNED, S.REJECTED):
        qip.review_date = qip.review_date or day
        qip.review_decision = qip.review_decision or to.label
    if to is S.IN_IMPLEMENTATION:
        qip.actual_start = qip.actual_start or day
    if to is S.COMPLETED:
        qip.actual_end = qip.actual_end or day
    if to is S.HANDED_OVER:
        qip.handover_date = qip.handover_date or day
    transition = QipTransition(
        qip_id=qip.id,
        seq=max((t.seq for t in qip.transitions), default=0) + 1,
        from_status=qip.status,
        to_status=to,
        transition_date=day,
        recorded_by=recorded_by,
        note=note,
    )
    qip.status = to
    qip.transitions.append(transition)
    return transition


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def round_usd(amount: float) -> float:
    """An amount rounded to the cent, as the store keeps it."""
    return _cents(amount) / 100


def _cents(amount: float) -> int:
    return round(amount * 100)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


def _check_date(
    errors: list[FieldError], name: str, text: str, missing: Message | None = None
) -> None:
    """A date field: refused when not YYYY-MM-DD, or (with `missing`, its message) empty."""
    if not text:
        if missing is not None:
            errors.append(FieldError(name, missing))
    elif not _valid_date(text):
        errors.append(FieldError(name, msg("'{text}' is not a date (YYYY-MM-DD).", text=text)))


def _in_order(start: str, end: str) -> bool | None:
    """Whether end is not before start; None when either is not a date."""
    if _valid_date(start) and _valid_date(end):
        return end >= start
    return None
