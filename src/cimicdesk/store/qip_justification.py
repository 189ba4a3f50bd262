"""The assessment that justifies a QIP, as its editor offers and shows it and its sheet prints it.

The picker lists the assessments near the project first (within NEAR_M of its grid, or
of the community its place names), then the others, newest first. Once one is
linked, the proposal shows who already works in the community, the severities of the
sectors the QIP's category answers (domain.qip_sectors) and the actions the team
recommended for them, so the duplication check is written with them in view.
"""

from __future__ import annotations

from dataclasses import dataclass

from cimicdesk.domain.assessment import Assessment, RecommendedAction, SectorRating
from cimicdesk.domain.assessment_trend import fold_name, worst_severity
from cimicdesk.domain.enums import CommunityKind, QipCategory, Severity
from cimicdesk.domain.errors import RecordNotFoundError
from cimicdesk.domain.geo import LatLon, distance_m
from cimicdesk.domain.grid import grid_or_none
from cimicdesk.domain.qip_sectors import sectors_for
from cimicdesk.store import assessments
from cimicdesk.store.database import Store

# An assessment this close to the project's grid is offered first.
NEAR_M = 10_000.0
# The picker offers the newest this many assessments (and the one a QIP already links).
CHOICES = 500


@dataclass(frozen=True)
class AssessmentChoice:
    """One assessment as the QIP's picker offers it (position: from its grid, None without)."""

    id: str
    reference: str
    community: str
    kind: CommunityKind
    assessed_on: str
    worst: Severity | None
    position: LatLon | None = None


@dataclass(frozen=True)
class Justification:
    """What a QIP's linked assessment tells its proposal: which one it is, who already
    works there (organisation names, in the assessment's order), the ratings of the
    sectors the QIP's category answers and the actions recommended for them (an action
    for no one sector counts for every QIP)."""

    id: str
    reference: str
    community: str
    kind: CommunityKind
    assessed_on: str
    organisations: tuple[str, ...]
    ratings: tuple[SectorRating, ...]
    actions: tuple[RecommendedAction, ...]


def _position(grid: str) -> LatLon | None:
    ref = grid_or_none(grid)
    return LatLon(ref.lat, ref.lon) if ref is not None else None


def choice_of(assessment: Assessment) -> AssessmentChoice:
    return AssessmentChoice(
        id=assessment.id,
        reference=assessment.reference,
        community=assessment.community_name,
        kind=assessment.community_kind,
        assessed_on=assessment.assessed_on,
        worst=worst_severity(assessment),
        position=_position(assessment.grid),
    )


def assessment_choices(store: Store) -> list[AssessmentChoice]:
    """The live assessments a QIP may be justified by, newest first (at most CHOICES)."""
    page = assessments.list_assessments(store, limit=CHOICES)
    return [choice_of(a) for a in page.items]  # the list holds live ones only


def linked_choice(store: Store, assessment_id: str) -> AssessmentChoice | None:
    """The choice of an assessment a QIP links (older than the picker's list goes), None
    when it is not in this file."""
    try:
        found = assessments.get_assessment(store, assessment_id)
    except RecordNotFoundError:
        return None
    return choice_of(found)


def is_near(choice: AssessmentChoice, grid: str, place: str) -> bool:
    """Within NEAR_M of the project's grid, or the community the project's place names."""
    here = _position(grid)
    there = choice.position
    if here is not None and there is not None and distance_m(here, there) <= NEAR_M:
        return True
    name = fold_name(choice.community)
    return bool(name) and name in fold_name(place)


def nearest_first(
    choices: list[AssessmentChoice], grid: str = "", place: str = ""
) -> list[AssessmentChoice]:
    """The choices near the project first, then the others, each part in its order."""
    near = [c for c in choices if is_near(c, grid, place)]
    ids = {c.id for c in near}
    return near + [c for c in choices if c.id not in ids]


def justification(
    store: Store, assessment_id: str | None, category: QipCategory
) -> Justification | None:
    """The linked assessment as the proposal shows it (None: none linked, or it is not in
    this file or was deleted)."""
    if not assessment_id:
        return None
    try:
        found = assessments.get_assessment(store, assessment_id)
    except RecordNotFoundError:
        return None
    if found.deleted:
        return None
    relevant = set(sectors_for(category))
    names = assessments.organisation_names(store, found.present_organisation_ids)
    return Justification(
        id=found.id,
        reference=found.reference,
        community=found.community_name,
        kind=found.community_kind,
        assessed_on=found.assessed_on,
        organisations=tuple(
            names[i] for i in dict.fromkeys(found.present_organisation_ids) if names.get(i)
        ),
        ratings=tuple(r for r in found.live_sectors() if r.sector in relevant),
        actions=tuple(
            a for a in found.actions if not a.deleted and (a.sector is None or a.sector in relevant)
        ),
    )
