"""The dashboard's assessment reminders, read from a real file: communities overdue for
assessment, and those whose last assessment rated a sector worse than the one before."""

from __future__ import annotations

from datetime import date

from assessment_history import assess, key_of

from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.store.assessments import delete_assessment
from cimicdesk.store.dashboard_queries import overdue_communities, severity_rises

S = AssessmentSector
V = Severity


def test_a_community_is_overdue_once_its_last_assessment_is_older_than_the_interval(store):
    assess(store, "Ouandago", 300, {S.WASH: V.SEVERE})
    last = assess(store, "Ouandago", 100, {S.WASH: V.SEVERE})
    assess(store, "Ndomete", 30, {S.HEALTH: V.STRESSED})
    assess(store, "Bokolobo", 90, {S.HEALTH: V.STRESSED})  # on the day itself: not yet
    found = overdue_communities(store, date.today())  # the mission's 90 days
    assert [(c.name, c.last_assessed, c.days) for c in found] == [
        ("Ouandago", last.assessed_on, 100)
    ]
    assert found[0].key == key_of(last)
    assert [c.name for c in overdue_communities(store, date.today(), 20)] == [
        "Ouandago",
        "Bokolobo",
        "Ndomete",
    ]
    assert overdue_communities(store, date.today(), 120) == []


def test_a_rise_is_the_last_assessment_against_the_one_before(store):
    assess(store, "Ouandago", 200, {S.HEALTH: V.EXTREME})  # long ago: does not count
    assess(store, "Ouandago", 60, {S.HEALTH: V.STRESSED, S.WASH: V.SEVERE})
    rose = assess(store, "Ouandago", 10, {S.HEALTH: V.EXTREME, S.WASH: V.STRESSED})
    # Ndomete fell; Bokolobo's health was not rated the last time; Kpokpo assessed once
    assess(store, "Ndomete", 50, {S.WASH: V.EXTREME})
    assess(store, "Ndomete", 5, {S.WASH: V.STRESSED})
    assess(store, "Bokolobo", 50, {S.HEALTH: V.STRESSED, S.EDUCATION: V.SEVERE})
    assess(store, "Bokolobo", 5, {S.HEALTH: None, S.EDUCATION: V.SEVERE})
    assess(store, "Kpokpo", 5, {S.PROTECTION: V.CATASTROPHIC})
    found = severity_rises(store)
    assert [(r.name, r.assessed_on, r.key) for r in found] == [
        ("Ouandago", rose.assessed_on, key_of(rose))
    ]
    [change] = found[0].rises
    assert (change.sector, change.before, change.after) == (S.HEALTH, V.STRESSED, V.EXTREME)


def test_a_deleted_assessment_leaves_the_one_before_as_the_last(store):
    assess(store, "Ouandago", 60, {S.HEALTH: V.STRESSED})
    assess(store, "Ouandago", 30, {S.HEALTH: V.SEVERE})
    mistaken = assess(store, "Ouandago", 10, {S.HEALTH: V.MINIMAL})
    assert severity_rises(store) == []  # 3 -> 1 fell
    delete_assessment(store, mistaken.id)
    [rise] = severity_rises(store)
    assert [(c.before, c.after) for c in rise.rises] == [(V.STRESSED, V.SEVERE)]


def test_the_map_draws_a_community_as_its_latest_assessment(store):
    from cimicdesk.domain.geo import BBox
    from cimicdesk.store.map_points import MapFilter, points_in

    def drawn():
        return {p.record_id for p in points_in(store, BBox(-180, -85, 180, 85), MapFilter())}

    first = assess(store, "Ouandago", 60, {S.HEALTH: V.STRESSED})
    second = assess(store, "Ouandago", 30, {S.HEALTH: V.SEVERE})
    other = assess(store, "Ndomete", 90, {S.WASH: V.SEVERE})
    assert drawn() == {second.id, other.id}
    delete_assessment(store, second.id)
    assert drawn() == {first.id, other.id}


def test_a_sector_not_rated_in_between_still_counts_as_it_does_in_the_trend(store):
    first = assess(store, "Ouandago", 90, {S.HEALTH: V.STRESSED, S.WASH: V.SEVERE})
    assess(store, "Ouandago", 40, {S.HEALTH: None, S.WASH: V.SEVERE})  # the nurse was away
    assess(store, "Ouandago", 5, {S.HEALTH: V.EXTREME, S.WASH: V.SEVERE})
    [rise] = severity_rises(store)
    assert [(c.sector, c.before, c.after, c.before_on) for c in rise.rises] == [
        (S.HEALTH, V.STRESSED, V.EXTREME, first.assessed_on)
    ]
    assert rise.previous_on == first.assessed_on
