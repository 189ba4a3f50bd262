"""Mission support requests: the last-resort test, the IASC escort criteria, the override."""

from datetime import UTC, datetime

import pytest

from cimicdesk.domain.enums import SupportStatus, SupportType, UniqueAdvantage
from cimicdesk.domain.support import ESCORT_CRITERIA, SupportRequest

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
LAST_RESORT = {
    "civilian_alternatives_checked",
    "unique_advantage",
    "complementarity",
    "exit_plan",
}
ESCORT = {name for name, _ in ESCORT_CRITERIA}


def _request(**kw) -> SupportRequest:
    values = {
        "received_at": "2026-05-28T08:00:00.000Z",
        "request_type": SupportType.ROAD_TRANSPORT,
        "purpose": "Carry shelter kits to Kaga-Bandoro.",
    }
    values.update(kw)
    return SupportRequest(**values)


def _approved(**kw) -> SupportRequest:
    values = {
        "status": SupportStatus.APPROVED,
        "decision_date": "2026-05-29",
        "decided_by": "Battalion commander",
    }
    values.update(kw)
    return _request(**values)


def _tested(**kw) -> SupportRequest:
    values = {
        "civilian_alternatives_checked": True,
        "unique_advantage": (UniqueAdvantage.CAPABILITY, UniqueAdvantage.TIMELINESS),
        "complementarity": "Complements the logistics cluster's trucks.",
        "exit_plan": "Hand back once the bridge is repaired.",
    }
    values.update(kw)
    return _approved(**values)


def _fields(request):
    return {e.field for e in request.field_errors(NOW)}


def test_a_new_request_is_valid_without_the_test():
    assert _fields(_request()) == set()
    assert _request().awaiting_decision()


@pytest.mark.parametrize("status", [SupportStatus.APPROVED, SupportStatus.EXECUTED])
def test_approval_without_the_last_resort_test_is_refused_naming_what_is_missing(status):
    request = _approved(status=status)
    errors = request.field_errors(NOW)
    assert {e.field for e in errors} == LAST_RESORT
    text = " ".join(str(e.message) for e in errors)
    for words in ("Civilian alternatives", "Unique advantage", "Complementarity", "Exit plan"):
        assert words in text


@pytest.mark.parametrize("missing", sorted(LAST_RESORT))
def test_each_part_of_the_test_is_needed(missing):
    blank = {
        "civilian_alternatives_checked": False,
        "unique_advantage": (),
        "complementarity": "  ",
        "exit_plan": "",
    }
    assert _fields(_tested(**{missing: blank[missing]})) == {missing}


def test_a_complete_test_allows_approval():
    assert _fields(_tested()) == set()


def test_an_escort_also_needs_the_four_iasc_criteria():
    escort = _tested(request_type=SupportType.CONVOY_ESCORT)
    assert _fields(escort) == ESCORT
    for name in ESCORT:
        setattr(escort, name, True)
    assert _fields(escort) == set()
    escort.escort_sustainability = False  # answered 'no': flagged, not refused
    assert _fields(escort) == set()
    assert [w.field for w in escort.warnings()] == ["escort_sustainability"]
    # criteria are not asked of other types of support
    assert _fields(_tested(request_type=SupportType.AIR_TRANSPORT)) == set()


def test_override_by_higher_hq_with_reference_allows_approval():
    request = _approved(
        request_type=SupportType.CONVOY_ESCORT,
        override_authority="Force HQ U9",
        override_reference="FHQ/U9/2026/041",
    )
    assert _fields(request) == set()
    assert request.has_override
    assert [w.field for w in request.warnings()] == ["override_reference"]
    request.override_authority = ""
    assert _fields(request) == {"override_authority"}
    request.override_reference = "  "  # a blank reference is no override
    assert _fields(request) == LAST_RESORT | ESCORT


def test_decisions_carry_date_author_and_for_refusals_a_reason():
    assert _fields(_request(status=SupportStatus.REJECTED)) == {
        "decision_date",
        "decided_by",
        "decision_reason",
    }
    rejected = _approved(status=SupportStatus.REJECTED, decision_reason="Civilian trucks exist")
    assert _fields(rejected) == set()
    assert _fields(_tested(decision_date="2026-05-27")) == {"decision_date"}


def test_field_checks():
    assert _fields(_request(received_at="2026-06-02T00:00:00.000Z")) == {"received_at"}
    assert _fields(_request(received_at="", purpose=" ")) == {"received_at", "purpose"}
    assert _fields(_request(passengers=-1, vehicles=1.5, tonnes=-2.0)) == {
        "passengers",
        "vehicles",
        "tonnes",
    }
    assert _fields(_request(from_grid="nowhere", date_required="5 June")) == {
        "from_grid",
        "date_required",
    }
