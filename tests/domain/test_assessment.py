"""Community assessments: the scales, the required fields, each validation error, the bounds."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cimicdesk.domain.assessment import (
    POPULATION_FIELDS,
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.bounds import RANGES
from cimicdesk.domain.enums import (
    AssessmentSector,
    Cluster,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Severity,
)
from cimicdesk.domain.errors import ValidationError
from cimicdesk.i18n.message import Message

TODAY = date(2026, 11, 20)
S = AssessmentSector


def _assessment(**kw) -> Assessment:
    """Ndassima, a mining village 60 km north of Bambari (Ouaka), assessed after returns."""
    values = {
        "community_kind": CommunityKind.VILLAGE,
        "community_name": "Ndassima",
        "adm1": "Ouaka",
        "adm2": "Bambari",
        "grid": "34N DM 6377 5099",
        "assessed_on": "2026-11-18",
        "team": "BANBAT1 CIMIC team 2",
        "resident_total": 2400,
        "resident_women": 700,
        "resident_men": 600,
        "resident_children": 1100,
        "returnees_total": 350,
        "sectors": [
            SectorRating(sector=S.WASH, severity=Severity.SEVERE, key_facts="One borehole of 3."),
            SectorRating(sector=S.HEALTH, severity=Severity.EXTREME, sources="Head nurse"),
        ],
    }
    values.update(kw)
    return Assessment(**values)


def _fields(assessment: Assessment) -> set[str]:
    return {e.field for e in assessment.field_errors(TODAY)}


def test_the_severity_scale_is_the_jiaf_one_from_1_to_5():
    assert [s.level for s in Severity] == [1, 2, 3, 4, 5]
    assert [s.label for s in Severity] == [
        "Minimal / none",
        "Stressed",
        "Severe",
        "Extreme",
        "Catastrophic",
    ]
    assert Severity.of_level(4) is Severity.EXTREME
    assert Severity("3") is Severity.SEVERE  # stored as its digit
    assert Severity.parse("catastrophic") is Severity.CATASTROPHIC


@pytest.mark.parametrize("level", [0, 6, -1, True, 2.5, "3"])
def test_a_severity_outside_1_to_5_is_refused(level):
    with pytest.raises(ValueError):
        Severity.of_level(level)


def test_every_sector_but_access_reports_under_a_cluster():
    assert S.WASH.cluster is Cluster.WSH
    assert S.SHELTER_NFI.cluster is Cluster.SHL
    assert S.LIVELIHOODS.cluster is Cluster.ERY
    assert S.ACCESS_SECURITY.cluster is None
    assert [s for s in S if s.cluster is None] == [S.ACCESS_SECURITY]
    assert len(set(S)) == 8


def test_infrastructure_states_run_from_best_to_worst():
    assert list(InfrastructureState) == [
        InfrastructureState.FUNCTIONAL,
        InfrastructureState.PARTLY_FUNCTIONAL,
        InfrastructureState.NOT_FUNCTIONAL,
        InfrastructureState.DESTROYED,
    ]


def test_a_plain_assessment_is_valid():
    assert _fields(_assessment()) == set()
    _assessment().validate()  # raises nothing (today's date is past 2026-11-18)


def test_an_empty_assessment_names_each_required_field():
    errors = Assessment().field_errors(TODAY)
    assert {e.field for e in errors} == {"community_name", "assessed_on", "team", "sectors"}
    assert all(isinstance(e.message, Message) for e in errors)
    with pytest.raises(ValidationError) as caught:
        Assessment().validate()
    assert caught.value.for_field("team") is not None


def test_a_sector_seen_but_not_rated_does_not_count_as_rated():
    unrated = [SectorRating(sector=S.EDUCATION, key_facts="School closed, teacher fled.")]
    assert _fields(_assessment(sectors=unrated)) == {"sectors"}
    removed = [SectorRating(sector=S.HEALTH, severity=Severity.SEVERE, deleted=True)]
    assert _fields(_assessment(sectors=removed)) == {"sectors"}


def test_a_sector_rated_twice_is_refused():
    twice = [
        SectorRating(sector=S.WASH, severity=Severity.SEVERE),
        SectorRating(sector=S.WASH, severity=Severity.STRESSED),
    ]
    errors = _assessment(sectors=twice).field_errors(TODAY)
    assert [str(e.message) for e in errors] == ["Water, sanitation and hygiene is rated twice."]


@pytest.mark.parametrize(
    ("day", "english"),
    [
        ("2026-11-21", "The assessment cannot be dated in the future."),
        ("18/11/2026", "'18/11/2026' is not a date (YYYY-MM-DD)."),
        ("2026-02-30", "'2026-02-30' is not a date (YYYY-MM-DD)."),
        ("", "Give the date of the assessment."),
    ],
)
def test_the_date_is_a_real_day_not_in_the_future(day, english):
    errors = _assessment(assessed_on=day).field_errors(TODAY)
    assert [(e.field, str(e.message)) for e in errors] == [("assessed_on", english)]


def test_an_assessment_dated_today_is_accepted():
    assert _fields(_assessment(assessed_on=TODAY.isoformat())) == set()


def test_a_grid_that_is_not_mgrs_is_refused_with_the_grid_message():
    errors = _assessment(grid="34N DM 637 50995").field_errors(TODAY)
    assert [e.field for e in errors] == ["grid"]
    assert "Easting" in str(errors[0].message)
    assert _fields(_assessment(grid="")) == set()  # a grid is not required


def test_blank_names_are_missing_and_long_ones_too_long():
    assert _fields(_assessment(community_name="   ")) == {"community_name"}
    assert _fields(_assessment(community_name="N" * 201)) == {"community_name"}
    assert _fields(_assessment(team=" ")) == {"team"}
    assert _fields(_assessment(summary="x" * 20_001)) == {"summary"}


def test_population_figures_are_optional():
    empty = {name: None for name in POPULATION_FIELDS}
    assert _fields(_assessment(**empty)) == set()


@pytest.mark.parametrize("value", [-1, 1_000_000, 2.5, True, "12"])
def test_a_figure_out_of_its_range_is_refused(value):
    errors = _assessment(idps_children=value).field_errors(TODAY)
    assert [(e.field, str(e.message)) for e in errors] == [
        ("idps_children", "Give a whole number from 0 to 999999.")
    ]


def test_every_population_figure_has_a_range():
    assert all(name in RANGES for name in POPULATION_FIELDS)
    assert len(POPULATION_FIELDS) == 12


def test_women_men_and_children_above_the_total_are_refused_on_the_total():
    assessment = _assessment(resident_total=2000)  # 700 + 600 + 1,100 = 2,400
    errors = assessment.field_errors(TODAY)
    assert [e.field for e in errors] == ["resident_total"]
    assert str(errors[0].message) == (
        "Women, men and children (2,400) are more than the total (2,000)."
    )


def test_parts_below_the_total_are_fine_and_the_total_is_their_sum_when_not_given():
    # Part of the population not broken down (elderly counted apart, or unknown): fine.
    assert _fields(_assessment(idps_total=500, idps_children=300)) == set()
    partial = _assessment(resident_total=None, resident_women=None)
    assert partial.population_total("resident") == 1700
    assert partial.population_total("idps") is None
    assert _assessment().population_total("returnees") == 350


@given(
    st.one_of(st.none(), st.integers(0, 999_999)),
    st.lists(st.one_of(st.none(), st.integers(0, 400_000)), min_size=3, max_size=3),
)
def test_a_breakdown_is_refused_exactly_when_it_exceeds_a_given_total(total, parts):
    women, men, children = parts
    assessment = _assessment(
        idps_total=total, idps_women=women, idps_men=men, idps_children=children
    )
    too_many = total is not None and sum(p or 0 for p in parts) > total
    assert ("idps_total" in _fields(assessment)) == too_many
    shown = assessment.population_total("idps")
    assert shown == (
        total
        if total is not None
        else (sum(p or 0 for p in parts) if any(p is not None for p in parts) else None)
    )


def test_infrastructure_and_actions_are_checked_and_numbered():
    assessment = _assessment(
        infrastructure=[
            InfrastructureItem(
                kind=InfrastructureKind.WATER_POINT,
                state=InfrastructureState.NOT_FUNCTIONAL,
                note="Pump broken since June",
            ),
            InfrastructureItem(kind=InfrastructureKind.OTHER, grid="34N DM 63"),
        ],
        actions=[RecommendedAction(description="  ")],
    )
    errors = assessment.field_errors(TODAY)
    assert [(e.field, str(e.message)) for e in errors] == [
        ("infrastructure", "Infrastructure 2: Say what the infrastructure is."),
        ("actions", "Action 1: Describe the action recommended."),
    ]


def test_an_infrastructure_grid_must_be_mgrs():
    item = InfrastructureItem(kind=InfrastructureKind.BRIDGE, grid="not a grid")
    assert [e.field for e in item.field_errors()] == ["grid"]


def test_a_sector_s_long_facts_are_named_by_sector():
    rating = SectorRating(sector=S.PROTECTION, severity=Severity.SEVERE, key_facts="x" * 20_001)
    errors = _assessment(sectors=[rating]).field_errors(TODAY)
    assert [str(e.message) for e in errors] == ["Protection: Longer than 20,000 characters."]


def test_children_are_not_stored_in_the_assessment_row():
    names = Assessment.business_fields()
    assert "sectors" not in names and "infrastructure" not in names and "actions" not in names
    assert "joint_organisation_ids" in names and "present_organisation_ids" in names
    assert set(POPULATION_FIELDS) <= set(names)
    assert SectorRating.business_fields() == (
        "assessment_id",
        "sector",
        "severity",
        "key_facts",
        "sources",
    )


def test_a_joint_team_names_its_organisations():
    assert not _assessment().joint
    assert _assessment(joint_organisation_ids=("org-ocha",)).joint


def test_the_severity_of_a_sector_ignores_removed_and_missing_ratings():
    assessment = _assessment(
        sectors=[
            SectorRating(sector=S.WASH, severity=Severity.SEVERE, deleted=True),
            SectorRating(sector=S.WASH, severity=Severity.STRESSED),
            SectorRating(sector=S.HEALTH, severity=Severity.EXTREME),
        ]
    )
    assert assessment.severity_of(S.WASH) is Severity.STRESSED
    assert assessment.severity_of(S.EDUCATION) is None
    # in the order of the sectors, whatever order they were entered in
    assert [s.sector for s in assessment.live_sectors()] == [S.WASH, S.HEALTH]


def test_the_codec_stores_and_reads_back_an_assessment_and_its_rows():
    from cimicdesk.domain import codec
    from cimicdesk.domain.enums import AssessmentMethod

    assessment = _assessment(
        id="a1",
        methods=(AssessmentMethod.KEY_INFORMANTS, AssessmentMethod.DIRECT_OBSERVATION),
        joint_organisation_ids=("org-ocha",),
        idps_total=None,
    )
    columns = codec.to_columns(assessment)
    assert columns["methods"] == '["key_informants", "direct_observation"]'
    assert columns["idps_total"] is None
    back = codec.from_row(Assessment, {"id": "a1", **columns})
    assert back.methods == assessment.methods and back.resident_total == 2400
    rating = SectorRating(sector=S.HEALTH, severity=None)
    assert codec.to_columns(rating)["severity"] is None
    stored = codec.to_columns(SectorRating(sector=S.HEALTH, severity=Severity.EXTREME))
    assert stored["severity"] == "4"
    assert codec.from_row(SectorRating, stored).severity is Severity.EXTREME
    assert codec.from_json(SectorRating, {"severity": "5"}, ["severity"]) == {
        "severity": Severity.CATASTROPHIC
    }
    with pytest.raises(codec.ValueRefused):
        codec.from_json(Assessment, {"idps_total": 1_000_000}, ["idps_total"])
