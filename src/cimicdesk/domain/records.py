"""The records of the contact directory and the liaison log, with their validation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cache
from typing import ClassVar

from cimicdesk.domain.enums import (
    ActionStatus,
    Cluster,
    ContactCategory,
    Gender,
    LiaisonType,
    OrgType,
    ParticipantKind,
    Sensitivity,
)
from cimicdesk.domain.errors import FieldError, ValidationError
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.timeutil import from_stamp, is_stamp, utc_now
from cimicdesk.i18n.message import Message, msg

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{3,24}$")
MAX_NAME = 200
MAX_TEXT = 20_000


@dataclass
class Record:
    """What every synced record carries for merge (see merge-design.md).

    Attributes: id (UUID text, never re-keyed), origin_unit (unit that created it),
    created_at / updated_at (UTC stamps), deleted (tombstone).
    """

    id: str = ""
    origin_unit: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted: bool = False

    META: ClassVar[tuple[str, ...]] = ("id", "origin_unit", "created_at", "updated_at", "deleted")
    # Attributes filled in by the store that are not columns of the record's own row.
    NOT_STORED: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def business_fields(cls) -> tuple[str, ...]:
        """Fields an officer edits; each has its own merge clock."""
        return _business_fields(cls)  # type: ignore[arg-type]  # a class is hashable (its instances are not)

    def validate(self) -> None:
        """Raise ValidationError listing every invalid field."""
        errors = self.field_errors()
        if errors:
            raise ValidationError(errors)

    def field_errors(self) -> list[FieldError]:
        return []


@cache
def _business_fields(cls: type[Record]) -> tuple[str, ...]:
    # Cached: every write and every bulk-seeded row asks for it.
    skip = set(cls.META) | set(cls.NOT_STORED)
    return tuple(f.name for f in fields(cls) if f.name not in skip)


def _check_grid(errors: list[FieldError], grid: str) -> None:
    try:
        optional_grid(grid)
    except GridReferenceError as exc:
        errors.append(FieldError("grid", exc.message))


def _check_contact_details(errors: list[FieldError], phones: tuple[str, ...], email: str) -> None:
    bad = [p for p in phones if not _PHONE.match(p.strip())]
    if bad:
        errors.append(
            FieldError(
                "phones",
                msg("Not a phone number: {bad} (digits, spaces, + - ( ))", bad=", ".join(bad)),
            )
        )
    if email and not _EMAIL.match(email.strip()):
        errors.append(
            FieldError(
                "email", msg("'{email}' is not an e-mail address (name@domain).", email=email)
            )
        )


def _check_name(errors: list[FieldError], name: str, missing: Message) -> None:
    if not name.strip():
        errors.append(FieldError("name", missing))
    elif len(name) > MAX_NAME:
        errors.append(
            FieldError("name", msg("The name is longer than {limit} characters.", limit=MAX_NAME))
        )


def too_long(name: str, limit: int = MAX_TEXT) -> FieldError:
    """The error of a text field longer than `limit` characters."""
    return FieldError(name, msg("Longer than {limit} characters.", limit=limit))


def _notes_too_long() -> FieldError:
    return FieldError("notes", msg("Notes are longer than {limit} characters.", limit=MAX_TEXT))


def _a_year_after(moment: datetime) -> datetime:
    """The same moment a year later (28 February after a 29th, which that year lacks)."""
    try:
        return moment.replace(year=moment.year + 1)
    except ValueError:
        return moment.replace(year=moment.year + 1, day=28)


def normalise_grid(grid: str) -> str:
    """The stored form of a grid field: normalised MGRS, or '' when empty."""
    ref = optional_grid(grid)
    return ref.mgrs if ref else ""


@dataclass
class Organisation(Record):
    """An organisation: UN agency or component, NGO, authority, community group."""

    name: str = ""
    acronym: str = ""
    org_type: OrgType = OrgType.OTHER
    parent_id: str | None = None
    sectors: tuple[Cluster, ...] = ()
    place: str = ""
    grid: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    notes: str = ""
    keep_distance: bool = False
    active: bool = True
    merged_into: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        _check_name(errors, self.name, msg("An organisation needs a name."))
        _check_grid(errors, self.grid)
        _check_contact_details(errors, self.phones, self.email)
        if self.parent_id and self.parent_id == self.id:
            errors.append(FieldError("parent_id", msg("An organisation cannot be its own parent.")))
        if len(self.notes) > MAX_TEXT:
            errors.append(_notes_too_long())
        return errors


@dataclass
class Contact(Record):
    """A person the unit deals with; the organisation is optional (traditional leaders)."""

    name: str = ""
    position: str = ""
    organisation_id: str | None = None
    category: ContactCategory = ContactCategory.OTHER
    gender: Gender = Gender.UNKNOWN
    languages: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    email: str = ""
    place: str = ""
    grid: str = ""
    sensitivity: Sensitivity = Sensitivity.NORMAL
    notes: str = ""
    active: bool = True
    merged_into: str | None = None
    last_contact: str = ""  # start of the latest liaison entry with this person (derived)

    NOT_STORED: ClassVar[tuple[str, ...]] = ("last_contact",)

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        _check_name(errors, self.name, msg("A contact needs a name."))
        _check_grid(errors, self.grid)
        _check_contact_details(errors, self.phones, self.email)
        if len(self.notes) > MAX_TEXT:
            errors.append(_notes_too_long())
        return errors


@dataclass
class Participant(Record):
    """A link between a liaison entry and a contact or an organisation."""

    entry_id: str = ""
    kind: ParticipantKind = ParticipantKind.CONTACT
    target_id: str = ""


@dataclass
class FollowUpAction(Record):
    """A follow-up action from a liaison entry, tracked on its own."""

    entry_id: str = ""
    description: str = ""
    owner: str = ""
    due_date: str = ""  # YYYY-MM-DD, or '' when no date was set
    status: ActionStatus = ActionStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        return (
            self.status is ActionStatus.OPEN
            and bool(self.due_date)
            and date.fromisoformat(self.due_date) < today
        )

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.description.strip():
            errors.append(FieldError("description", msg("Describe the action to be taken.")))
        if self.due_date:
            try:
                date.fromisoformat(self.due_date)
            except ValueError:
                errors.append(
                    FieldError(
                        "due_date",
                        msg("'{due_date}' is not a date (YYYY-MM-DD).", due_date=self.due_date),
                    )
                )
        return errors


@dataclass
class LiaisonEntry(Record):
    """One meeting, call, visit or coordination meeting with civilian actors."""

    ref: str = ""
    start: str = ""  # UTC stamp
    end: str = ""  # UTC stamp, or '' when not recorded
    entry_type: LiaisonType = LiaisonType.BILATERAL
    place: str = ""
    grid: str = ""
    purpose: str = ""
    info_received: str = ""
    info_passed: str = ""
    issues_raised: str = ""
    significant: bool = False  # the officer wants its own paragraph in the sitrep
    # Children, stored in their own synced tables; not business fields of the entry row.
    participants: list[Participant] = field(default_factory=list)
    actions: list[FollowUpAction] = field(default_factory=list)
    participant_names: str = ""  # "name; name" for lists (derived)

    NOT_STORED: ClassVar[tuple[str, ...]] = ("participants", "actions", "participant_names")

    def field_errors(self, now: datetime | None = None) -> list[FieldError]:
        errors: list[FieldError] = []
        now = now or utc_now()
        if not is_stamp(self.start):
            errors.append(FieldError("start", msg("Give the date and time the meeting started.")))
        elif from_stamp(self.start) > _a_year_after(now):
            errors.append(FieldError("start", msg("The start is more than a year in the future.")))
        if self.end:
            if not is_stamp(self.end):
                errors.append(FieldError("end", msg("The end is not a valid date and time.")))
            elif is_stamp(self.start) and self.end < self.start:
                errors.append(FieldError("end", msg("The meeting cannot end before it starts.")))
        _check_grid(errors, self.grid)
        live = [p for p in self.participants if not p.deleted]
        if not live:
            errors.append(
                FieldError("participants", msg("Add at least one contact or organisation met."))
            )
        for text_field in ("purpose", "info_received", "info_passed", "issues_raised"):
            if len(getattr(self, text_field)) > MAX_TEXT:
                errors.append(too_long(text_field))
        for index, action in enumerate(a for a in self.actions if not a.deleted):
            for error in action.field_errors():
                errors.append(
                    FieldError(
                        "actions",
                        msg(
                            "Action {number}: {error_message}",
                            number=index + 1,
                            error_message=error.message,
                        ),
                    )
                )
        return errors
