"""The seeded community assessments: communities visited again and again, plausibly."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from cimicdesk.demo.assessments import community_count
from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.assessment_trend import by_community, changes, overdue, worst_severity
from cimicdesk.domain.enums import CommunityKind
from cimicdesk.store import assessments
from cimicdesk.store.qips import get_qip

START = date(2025, 12, 1)
DAYS = 365
NOW = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)  # the period's end: the seed's "today"


@pytest.fixture
def seeded(store):
    counts = seed_database(store, entries=800, seed=3, start=START, days=DAYS, now=NOW)
    found = assessments.assessments_between(store, None, None)
    full = [assessments.get_assessment(store, a.id) for a in found]
    return store, counts, full


def test_each_community_is_assessed_every_four_to_ten_weeks(seeded):
    _, counts, found = seeded
    groups = by_community(found)
    assert len(groups) == community_count(800) == 17
    assert counts["assessments"] == len(found) > 3 * len(groups)
    for series in groups.values():
        days = [date.fromisoformat(a.assessed_on) for a in series]
        assert days[0] >= START and days[-1] <= NOW.date()
        assert all(28 <= (b - a).days <= 70 for a, b in pairwise(days))
        # One community, one place: every visit gives the same key (the same 1 km square).
        assert len({(a.community_name, a.grid) for a in series}) == 1
    # A few are no longer visited: overdue at the mission's default interval (90 days).
    late = [
        key
        for key, series in groups.items()
        if overdue(date.fromisoformat(series[-1].assessed_on), NOW.date(), 90)
    ]
    assert 1 <= len(late) <= len(groups) // 2
    assert {k.kind for k in groups} == set(CommunityKind)


def test_severities_drift_some_rise_some_ease(seeded):
    _, _, found = seeded
    steps = Counter()
    for series in by_community(found).values():
        for before, after in pairwise(series):
            for change in changes(before, after):
                assert abs(change.steps) == 1  # a step at a time, never a jump
                steps["rise" if change.rose else "ease"] += 1
    assert steps["rise"] > 10 and steps["ease"] > 10
    worst = Counter(worst_severity(a).level for a in found if worst_severity(a))
    assert set(worst) <= {1, 2, 3, 4, 5} and len(worst) >= 3
    assert worst[5] < len(found) / 3  # catastrophic stays the exception


def test_the_records_are_complete_and_plausible(seeded):
    store, _, found = seeded
    partners = {r[0] for r in store.db.execute("SELECT id FROM organisations")}
    for a in found:
        assert not a.field_errors(NOW.date())
        assert a.team and a.methods and a.summary and a.reference.startswith("BANBAT1-ASM-")
        assert set(a.joint_organisation_ids) | set(a.present_organisation_ids) <= partners
        assert all(s.key_facts and s.sources for s in a.sectors)
        if a.community_kind is CommunityKind.MARKET:
            assert a.population_total("resident") is None
        if a.community_kind is CommunityKind.IDP_SITE:
            assert a.idps_total and a.idps_total >= 1000
    joint = sum(a.joint for a in found)
    assert len(found) / 8 < joint < len(found) / 2
    assert any(s.severity is None for a in found for s in a.sectors)  # seen, not rated
    assert sum(bool(a.infrastructure) for a in found) == len(found)
    assert any(a.actions for a in found)


def test_a_few_projects_name_the_assessment_that_justified_them(seeded):
    store, counts, found = seeded
    by_id = {a.id: a for a in found}
    linked = [
        get_qip(store, r[0])
        for r in store.db.execute("SELECT id FROM qips WHERE assessment_id IS NOT NULL")
    ]
    assert 1 <= len(linked) < counts["qips"] / 2
    for qip in linked:
        assessment = by_id[qip.assessment_id]
        identified = date.fromisoformat(qip.transitions[0].transition_date)
        assessed = date.fromisoformat(assessment.assessed_on)
        assert timedelta(0) <= identified - assessed <= timedelta(days=120)
        assert assessment.place.endswith(qip.place.rsplit(", ", 1)[-1])  # the same town


def test_a_small_seed_has_few_communities_and_none_without_entries(store):
    assert community_count(0) == 0 and community_count(30) == 3
    counts = seed_database(store, entries=0, seed=1, start=START, days=30, now=NOW)
    assert counts.get("assessments", 0) == 0
