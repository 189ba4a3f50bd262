"""A community's assessments over time: its key, the sector series, changes, worst, overdue."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.assessment_trend import (
    CommunityKey,
    by_community,
    changes,
    changes_since,
    community_key,
    fold_name,
    km_square,
    latest_changes,
    overdue,
    rises,
    severity_series,
    worst_severity,
)
from cimicdesk.domain.enums import AssessmentSector, CommunityKind, Severity
from cimicdesk.domain.grid import GridReferenceError

S = AssessmentSector
V = Severity


def _at(day: str, ratings: dict[AssessmentSector, Severity | None], **kw) -> Assessment:
    values = {
        "id": f"asm-{day}-{kw.get('origin_unit', 'BANBAT1')}",
        "community_name": "Ouandago",  # on the Kaga-Bandoro–Batangafo axis (Nana-Grébizi)
        "adm1": "Nana-Grébizi",
        "adm2": "Kaga-Bandoro",
        "grid": "34N CN 0670 7963",
        "assessed_on": day,
        "team": "BANBAT1 CIMIC team 1",
        "created_at": f"{day}T15:00:00.000Z",
        "sectors": [SectorRating(sector=s, severity=v) for s, v in ratings.items()],
    }
    values.update(kw)
    return Assessment(**values)


# Ouandago through a rainy season: an attack in July, returns from October.
MAY = _at("2026-05-12", {S.ACCESS_SECURITY: V.STRESSED, S.WASH: V.SEVERE, S.HEALTH: V.SEVERE})
JULY = _at(
    "2026-07-20",
    {S.ACCESS_SECURITY: V.EXTREME, S.WASH: V.SEVERE, S.HEALTH: V.EXTREME, S.PROTECTION: V.EXTREME},
)
OCTOBER = _at(
    "2026-10-30",
    {S.ACCESS_SECURITY: V.SEVERE, S.WASH: V.SEVERE, S.HEALTH: None, S.PROTECTION: V.SEVERE},
)


def test_the_same_village_assessed_twice_has_one_key():
    later = _at("2026-07-20", {}, community_name="  OUANDAGO ", grid="34NCN0692179812")
    assert community_key(MAY) == community_key(later)
    assert community_key(MAY) == CommunityKey("ouandago", CommunityKind.VILLAGE, "34NCN0679")


def test_names_fold_case_accents_spaces_and_punctuation():
    assert fold_name("N'Délé") == fold_name("Ndele") == "ndele"
    assert fold_name("Kaga-Bandoro") == fold_name("kaga bandoro")
    assert fold_name("Bambari") != fold_name("Bambary")  # a spelling that differs splits


def test_the_km_square_truncates_never_rounds():
    assert km_square("34N DM 63773 50995") == "34NDM6350"
    assert km_square("34N DM 6399 5099") == "34NDM6350"  # 639 km… still square 63
    assert km_square("34N DM 6 5") == "34NDM65"  # coarser than 1 km: kept
    assert km_square("34NDM") == "34NDM"
    assert km_square("") == ""
    with pytest.raises(GridReferenceError):
        km_square("34N DM 637 50995")


def test_another_village_or_another_square_or_kind_is_another_community():
    key = community_key(MAY)
    assert community_key(_at("2026-05-12", {}, community_name="Kabo")) != key
    assert community_key(_at("2026-05-12", {}, grid="34N CN 0870 7963")) != key  # 2 km east
    assert community_key(_at("2026-05-12", {}, community_kind=CommunityKind.IDP_SITE)) != key


def test_without_a_grid_the_prefecture_and_sub_prefecture_stand_in():
    a = _at("2026-05-12", {}, grid="")
    b = _at("2026-06-12", {}, grid="", adm1="NANA-GREBIZI", adm2="Kaga Bandoro")
    assert community_key(a) == community_key(b)
    assert community_key(a).where == "nanagrebizi/kagabandoro"
    assert community_key(a) != community_key(MAY)  # one with a grid, one without: apart


def test_assessments_are_grouped_by_community_in_date_order():
    ngakobo = _at("2026-06-01", {S.WASH: V.STRESSED}, community_name="Ngakobo", grid="")
    removed = _at("2026-08-01", {S.WASH: V.MINIMAL}, deleted=True)
    groups = by_community([OCTOBER, ngakobo, MAY, removed, JULY])
    assert list(groups[community_key(MAY)]) == [MAY, JULY, OCTOBER]
    assert groups[community_key(ngakobo)] == [ngakobo]
    assert len(groups) == 2


def test_each_sector_s_series_has_a_point_per_assessment_oldest_first():
    series = severity_series([OCTOBER, MAY, JULY])
    assert [p.severity for p in series[S.ACCESS_SECURITY]] == [V.STRESSED, V.EXTREME, V.SEVERE]
    assert [p.severity for p in series[S.HEALTH]] == [V.SEVERE, V.EXTREME, None]  # not rated
    assert [p.severity for p in series[S.PROTECTION]] == [None, V.EXTREME, V.SEVERE]
    assert [p.assessed_on for p in series[S.EDUCATION]] == [
        "2026-05-12",
        "2026-07-20",
        "2026-10-30",
    ]
    assert set(series) == set(AssessmentSector)


def test_two_battalions_on_the_same_day_are_both_kept_in_a_fixed_order():
    ours = _at("2026-07-20", {S.WASH: V.SEVERE}, created_at="2026-07-20T10:00:00.000Z")
    theirs = _at(
        "2026-07-20",
        {S.WASH: V.EXTREME},
        origin_unit="RWABATT2",
        created_at="2026-07-20T09:00:00.000Z",
    )
    for order in ([ours, theirs], [theirs, ours]):
        points = severity_series(order)[S.WASH]
        assert [p.severity for p in points] == [V.EXTREME, V.SEVERE]


def test_changes_name_the_sectors_that_rose_and_fell():
    found = changes(MAY, JULY)
    assert [(c.sector, c.before, c.after, c.rose) for c in found] == [
        (S.ACCESS_SECURITY, V.STRESSED, V.EXTREME, True),
        (S.HEALTH, V.SEVERE, V.EXTREME, True),
    ]  # protection was not rated in May: no change to speak of; WASH stayed severe
    fell = changes(JULY, OCTOBER)
    assert [(c.sector, c.steps) for c in fell] == [(S.ACCESS_SECURITY, -1), (S.PROTECTION, -1)]
    assert rises(JULY, OCTOBER) == []
    assert [c.sector for c in rises(MAY, JULY)] == [S.ACCESS_SECURITY, S.HEALTH]
    assert changes(MAY, MAY) == []


def test_latest_changes_compare_each_community_s_last_two_assessments():
    single = _at("2026-09-01", {S.WASH: V.CATASTROPHIC}, community_name="Kabo", grid="")
    found = latest_changes([MAY, JULY, OCTOBER, single])
    assert list(found) == [community_key(MAY)]
    assert [c.sector for c in found[community_key(MAY)]] == [S.ACCESS_SECURITY, S.PROTECTION]


def test_the_worst_severity_is_the_highest_rated():
    assert worst_severity(MAY) is V.SEVERE
    assert worst_severity(JULY) is V.EXTREME
    assert worst_severity(_at("2026-05-12", {S.HEALTH: None})) is None
    assert worst_severity(_at("2026-05-12", {})) is None


@given(st.lists(st.sampled_from(list(Severity)), min_size=1, max_size=8, unique=False))
def test_the_worst_is_never_below_any_rated_sector(levels):
    ratings = dict(zip(list(AssessmentSector), levels, strict=False))
    worst = worst_severity(_at("2026-05-12", ratings))
    assert worst is not None
    assert all(worst.level >= s.level for s in ratings.values())
    assert worst in ratings.values()


def test_overdue_counts_whole_days_after_the_interval():
    last = date(2026, 10, 30)
    assert not overdue(last, date(2026, 11, 29), 30)  # 30 days: due today, not overdue
    assert overdue(last, date(2026, 11, 30), 30)
    assert not overdue(last, last, 0)
    assert overdue(last, date(2026, 10, 31), 0)


@given(st.dates(), st.integers(0, 3650), st.integers(0, 3650))
def test_overdue_exactly_when_more_days_than_the_interval_have_passed(last, days, interval):
    today = last + timedelta(days=days) if last.toordinal() + days <= date.max.toordinal() else last
    assert overdue(last, today, interval) == ((today - last).days > interval)


def test_a_change_is_measured_against_the_last_assessment_that_rated_the_sector():
    december = _at("2026-12-04", {S.HEALTH: V.SEVERE, S.WASH: V.SEVERE})
    # October could not rate health: December's 3 is measured against July's 4.
    moved = changes_since([OCTOBER, MAY, JULY], december)
    assert [(c.sector, c.before, c.after, c.before_on) for c in moved] == [
        (S.HEALTH, V.EXTREME, V.SEVERE, JULY.assessed_on)
    ]
    assert changes(OCTOBER, december) == []  # two assessments alone: health unrated in one
