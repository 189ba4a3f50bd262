"""Community assessments (issue 18): the record, its sector ratings, population and infrastructure.

The fields, scales and their sources are in docs/assessment-fields.md. An assessment is
one synced record with three kinds of children in their own synced tables (like a QIP's
tranches): a rating per sector, infrastructure seen and recommended actions. Population
figures are fields of the record itself; each may be None (not known), never negative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from cimicdesk.domain.bounds import record_errors
from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentMethod,
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Severity,
)
from cimicdesk.domain.errors import FieldError
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.records import MAX_NAME, MAX_TEXT, Record, too_long
from cimicdesk.i18n.message import msg

# The population groups and, for each, the figure fields f"{group}_{part}".
POPULATION_GROUPS: tuple[str, ...] = ("resident", "idps", "returnees")
POPULATION_PARTS: tuple[str, ...] = ("total", "women", "men", "children")
POPULATION_FIELDS: tuple[str, ...] = tuple(
    f"{group}_{part}" for group in POPULATION_GROUPS for part in POPULATION_PARTS
)


@dataclass
class SectorRating(Record):
    """One sector of an assessment: its severity (None: seen but not rated, too little
    information), the key facts and where they come from."""

    assessment_id: str = ""
    sector: AssessmentSector = AssessmentSector.ACCESS_SECURITY
    severity: Severity | None = None
    key_facts: str = ""
    sources: str = ""  # who or what said so: "chef de village, head nurse, own observation"

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        for name in ("key_facts", "sources"):
            if len(getattr(self, name)) > MAX_TEXT:
                errors.append(too_long(name))
        return errors


@dataclass
class InfrastructureItem(Record):
    """An item of infrastructure the team saw, its state and a note; its grid optional."""

    assessment_id: str = ""
    kind: InfrastructureKind = InfrastructureKind.OTHER
    state: InfrastructureState = InfrastructureState.FUNCTIONAL
    note: str = ""
    grid: str = ""

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if self.kind is InfrastructureKind.OTHER and not self.note.strip():
            errors.append(FieldError("note", msg("Say what the infrastructure is.")))
        if len(self.note) > MAX_TEXT:
            errors.append(too_long("note"))
        try:
            optional_grid(self.grid)
        except GridReferenceError as exc:
            errors.append(FieldError("grid", exc.message))
        return errors


@dataclass
class RecommendedAction(Record):
    """What the team recommends, for whom, and for which sector (None: several)."""

    assessment_id: str = ""
    description: str = ""
    addressed_to: ActionAddressee = ActionAddressee.HUMANITARIAN
    sector: AssessmentSector | None = None

    def field_errors(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.description.strip():
            errors.append(FieldError("description", msg("Describe the action recommended.")))
        elif len(self.description) > MAX_TEXT:
            errors.append(too_long("description"))
        return errors


@dataclass
class Assessment(Record):
    """A community assessment on a date (docs/assessment-fields.md), in the order it is
    done on the ground: the community, the team, the population, the sectors, the
    infrastructure, who works there, what to do."""

    reference: str = ""  # UNIT-ASM-YYYY-NNN, assigned on first save
    # 1. The community
    community_kind: CommunityKind = CommunityKind.VILLAGE
    community_name: str = ""
    adm1: str = ""  # prefecture (#adm1+name)
    adm2: str = ""  # sub-prefecture (#adm2+name)
    place: str = ""  # where it lies, in words ("12 km NE of Kaga-Bandoro, Ouandago axis")
    grid: str = ""
    # 2. When, by whom, how
    assessed_on: str = ""  # YYYY-MM-DD
    team: str = ""  # the own team: "BANBAT1 CIMIC team 2, Capt. Rahman"
    joint_organisation_ids: tuple[str, ...] = ()  # organisations in a joint team
    methods: tuple[AssessmentMethod, ...] = ()
    # Key informants who are in the contact directory: named by reference, so a
    # restricted one is masked wherever the assessment is shown, like any participant.
    informant_contact_ids: tuple[str, ...] = ()
    # 3. The population (None: not known). Women and men are adults; children are
    # under 18, of either sex; each group's total is all of them.
    resident_total: int | None = None
    resident_women: int | None = None
    resident_men: int | None = None
    resident_children: int | None = None
    idps_total: int | None = None
    idps_women: int | None = None
    idps_men: int | None = None
    idps_children: int | None = None
    returnees_total: int | None = None
    returnees_women: int | None = None
    returnees_men: int | None = None
    returnees_children: int | None = None
    # 6. Who already works there (the 3W) and 8. an overall summary
    present_organisation_ids: tuple[str, ...] = ()
    summary: str = ""
    # Children in their own synced tables, filled in by the store.
    sectors: list[SectorRating] = field(default_factory=list)
    infrastructure: list[InfrastructureItem] = field(default_factory=list)
    actions: list[RecommendedAction] = field(default_factory=list)

    NOT_STORED: ClassVar[tuple[str, ...]] = ("sectors", "infrastructure", "actions")

    @property
    def joint(self) -> bool:
        """Whether the team was joint with other organisations."""
        return bool(self.joint_organisation_ids)

    def live_sectors(self) -> list[SectorRating]:
        """The sector ratings not removed, in the order of the scale's sectors."""
        order = list(AssessmentSector)
        return sorted(
            (s for s in self.sectors if not s.deleted), key=lambda s: order.index(s.sector)
        )

    def severity_of(self, sector: AssessmentSector) -> Severity | None:
        """The sector's severity (None when not rated or not assessed)."""
        return next((s.severity for s in self.live_sectors() if s.sector is sector), None)

    def population_total(self, group: str) -> int | None:
        """A group's total: as given, else the sum of its parts, else None (not known)."""
        total: int | None = getattr(self, f"{group}_total")
        if total is not None:
            return total
        parts = [getattr(self, f"{group}_{part}") for part in POPULATION_PARTS[1:]]
        known = [p for p in parts if p is not None]
        return sum(known) if known else None

    def field_errors(self, today: date | None = None) -> list[FieldError]:
        """What is wrong, field by field. Needed: the community's name, the date (not in
        the future: after `today`, by default this computer's local date, the officer's
        day, so an assessment entered just after midnight in Bangui (UTC+1) is not
        refused), the team and at least one sector rated."""
        errors: list[FieldError] = []
        today = today or date.today()
        if not self.community_name.strip():
            errors.append(FieldError("community_name", msg("Name the community assessed.")))
        elif len(self.community_name) > MAX_NAME:
            errors.append(
                FieldError(
                    "community_name",
                    msg("The name is longer than {limit} characters.", limit=MAX_NAME),
                )
            )
        for name in ("adm1", "adm2", "place"):
            if len(getattr(self, name)) > MAX_NAME:
                errors.append(too_long(name, MAX_NAME))
        try:
            optional_grid(self.grid)
        except GridReferenceError as exc:
            errors.append(FieldError("grid", exc.message))
        _check_day(errors, self.assessed_on, today)
        if not self.team.strip():
            errors.append(FieldError("team", msg("Name the team that made the assessment.")))
        elif len(self.team) > MAX_NAME:
            errors.append(too_long("team", MAX_NAME))
        if len(self.summary) > MAX_TEXT:
            errors.append(too_long("summary"))
        errors.extend(self._population_errors())
        self._child_errors(errors)
        return errors

    def _population_errors(self) -> list[FieldError]:
        errors = record_errors(self, POPULATION_FIELDS)
        wrong = {e.field for e in errors}
        for group in POPULATION_GROUPS:
            names = [f"{group}_{part}" for part in POPULATION_PARTS]
            if wrong.intersection(names):
                continue
            total = getattr(self, names[0])
            parts = sum(getattr(self, n) or 0 for n in names[1:])
            if total is not None and parts > total:
                errors.append(
                    FieldError(
                        names[0],
                        msg(
                            "Women, men and children ({parts}) are more than the total ({total}).",
                            parts=parts,
                            total=total,
                        ),
                    )
                )
        return errors

    def _child_errors(self, errors: list[FieldError]) -> None:
        live = [s for s in self.sectors if not s.deleted]
        if not any(s.severity is not None for s in live):
            errors.append(FieldError("sectors", msg("Rate the severity of at least one sector.")))
        seen: set[AssessmentSector] = set()
        for rating in live:
            if rating.sector in seen:
                errors.append(
                    FieldError(
                        "sectors",
                        msg("{sector} is rated twice.", sector=rating.sector),
                    )
                )
            seen.add(rating.sector)
            for error in rating.field_errors():
                errors.append(
                    FieldError(
                        "sectors",
                        msg(
                            "{sector}: {error_message}",
                            sector=rating.sector,
                            error_message=error.message,
                        ),
                    )
                )
        for index, item in enumerate(i for i in self.infrastructure if not i.deleted):
            for error in item.field_errors():
                prefix = msg(
                    "Infrastructure {number}: {error_message}",
                    number=index + 1,
                    error_message=error.message,
                )
                errors.append(FieldError("infrastructure", prefix))
        for index, action in enumerate(a for a in self.actions if not a.deleted):
            for error in action.field_errors():
                prefix = msg(
                    "Action {number}: {error_message}",
                    number=index + 1,
                    error_message=error.message,
                )
                errors.append(FieldError("actions", prefix))


def _check_day(errors: list[FieldError], text: str, today: date) -> None:
    if not text:
        errors.append(FieldError("assessed_on", msg("Give the date of the assessment.")))
        return
    try:
        day = date.fromisoformat(text)
    except ValueError:
        day = None
    if day is None or len(text) != 10:
        errors.append(
            FieldError("assessed_on", msg("'{text}' is not a date (YYYY-MM-DD).", text=text))
        )
    elif day > today:
        errors.append(
            FieldError("assessed_on", msg("The assessment cannot be dated in the future."))
        )
