"""Community assessments for the sitrep and QIP tests, saved through store.assessments."""

from __future__ import annotations

from datetime import date

from cimicdesk.domain.assessment import Assessment, RecommendedAction, SectorRating
from cimicdesk.domain.enums import ActionAddressee, AssessmentSector, CommunityKind, Severity
from cimicdesk.store import assessments

A = AssessmentSector
KIDJIGRA_GRID = "34NDM6409037550"
TODAY = date(2026, 12, 1)


def assess(
    store,
    name: str,
    day: str,
    ratings: dict[AssessmentSector, int | None],
    *,
    kind: CommunityKind = CommunityKind.VILLAGE,
    grid: str = KIDJIGRA_GRID,
    unit: str = "",
    present=(),
    actions: tuple[tuple[str, AssessmentSector | None, ActionAddressee], ...] = (),
) -> Assessment:
    """An assessment of `name` on `day` with these sector severities (None: not rated)."""
    record = Assessment(
        community_name=name,
        community_kind=kind,
        grid=grid,
        adm1="Ouaka",
        adm2="Bambari",
        assessed_on=day,
        team="BANBAT1 CIMIC team 2",
        present_organisation_ids=tuple(o.id for o in present),
        sectors=[
            SectorRating(sector=s, severity=None if v is None else Severity.of_level(v))
            for s, v in ratings.items()
        ],
        actions=[
            RecommendedAction(description=text, sector=sector, addressed_to=to)
            for text, sector, to in actions
        ],
    )
    if unit:
        record.origin_unit = unit
    return assessments.save_assessment(store, record, today=TODAY)
