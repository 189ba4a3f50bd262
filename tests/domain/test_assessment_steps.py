"""A sector's moves in a community's trend: against the last assessment that rated it."""

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.assessment_trend import severity_series, steps_since_rated
from cimicdesk.domain.enums import AssessmentSector, Severity

S = AssessmentSector
V = Severity


def _at(day: str, ratings: dict[AssessmentSector, Severity | None]) -> Assessment:
    return Assessment(
        id=f"asm-{day}",
        community_name="Ouandago",
        grid="34N CN 0670 7963",
        assessed_on=day,
        team="BANBAT1 CIMIC team 1",
        created_at=f"{day}T15:00:00.000Z",
        sectors=[SectorRating(sector=s, severity=v) for s, v in ratings.items()],
    )


def test_a_change_is_measured_from_the_last_assessment_that_rated_the_sector():
    series = severity_series(
        [
            _at("2026-05-12", {S.HEALTH: V.SEVERE, S.WASH: V.SEVERE}),
            _at("2026-07-20", {S.HEALTH: None, S.WASH: V.EXTREME}),  # health seen, not rated
            _at("2026-10-30", {S.HEALTH: V.EXTREME, S.WASH: V.STRESSED}),
        ]
    )
    # health 3, unrated, 4: the rise shows in October, against May
    assert steps_since_rated(series[S.HEALTH]) == [0, 0, 1]
    assert steps_since_rated(series[S.WASH]) == [0, 1, -2]
    # a sector never assessed: no move anywhere
    assert steps_since_rated(series[S.EDUCATION]) == [0, 0, 0]


def test_an_unchanged_severity_is_no_move():
    series = severity_series(
        [
            _at("2026-05-12", {S.FOOD_SECURITY: V.STRESSED}),
            _at("2026-06-12", {S.FOOD_SECURITY: V.STRESSED}),
        ]
    )
    assert steps_since_rated(series[S.FOOD_SECURITY]) == [0, 0]
