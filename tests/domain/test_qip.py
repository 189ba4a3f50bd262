"""QIP rules: the lifecycle state machine, the ceiling, duration, partner, disbursement cap."""

from datetime import date

import pytest

from cimicdesk.domain.enums import Cluster, QipCategory, QipStatus
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.qip import (
    ENDED_STATES,
    NEXT_STATES,
    OPEN_STATES,
    MissionSettings,
    MonitoringVisit,
    Qip,
    Tranche,
    add_months,
    apply_transition,
    available_transitions,
    ceiling_errors,
    next_states,
    refusal_reasons,
    transition_errors,
)

S = QipStatus
DEFAULTS = MissionSettings()
TODAY = date(2026, 6, 1)
HAPPY_PATH = (
    S.PROPOSAL_DRAFTED,
    S.SUBMITTED,
    S.UNDER_REVIEW,
    S.APPROVED,
    S.AGREEMENT_SIGNED,
    S.DISBURSED,
    S.IN_IMPLEMENTATION,
    S.COMPLETED,
    S.HANDED_OVER,
    S.CLOSED,
)


def _ready(**kw) -> Qip:
    """A project complete enough to go all the way."""
    values = {
        "id": "q1",
        "title": "Borehole at Kidjigra",
        "objective": "Answers the community's first priority.",
        "implementing_partner_id": "org-1",
        "budget_requested_usd": 20_000.0,
        "budget_approved_usd": 18_000.0,
    }
    values.update(kw)
    return Qip(**values)


def _fields(errors):
    return {e.field for e in errors}


def test_the_whole_lifecycle_is_allowed_and_recorded():
    qip = _ready()
    for to in HAPPY_PATH:
        if to is S.DISBURSED:
            qip.tranches.append(Tranche(paid_on="2026-05-01", amount_usd=9_000.0))
        if to is S.HANDED_OVER:
            qip.receiving_authority = "Mairie de Bambari"
        if to is S.CLOSED:
            qip.final_report_ref = "FR-001"
        before = qip.status
        transition = apply_transition(
            qip, to, DEFAULTS, on=TODAY, today=TODAY, recorded_by="Capt. Ali"
        )
        assert (transition.from_status, transition.to_status) == (before, to)
        assert transition.recorded_by == "Capt. Ali" and transition.qip_id == "q1"
    assert qip.status is S.CLOSED
    assert [t.seq for t in qip.transitions] == list(range(1, len(HAPPY_PATH) + 1))
    # dates the moves imply are filled in
    assert (
        qip.review_date == qip.actual_start == qip.actual_end == qip.handover_date == "2026-06-01"
    )
    assert qip.review_decision == "Approved"


@pytest.mark.parametrize(
    ("start", "to"),
    [
        (S.IDENTIFIED, S.APPROVED),
        (S.IDENTIFIED, S.SUBMITTED),
        (S.SUBMITTED, S.APPROVED),
        (S.APPROVED, S.DISBURSED),
        (S.IN_IMPLEMENTATION, S.HANDED_OVER),
        (S.COMPLETED, S.IN_IMPLEMENTATION),
        (S.CLOSED, S.IN_IMPLEMENTATION),
        (S.REJECTED, S.PROPOSAL_DRAFTED),
        (S.CANCELLED, S.IDENTIFIED),
        (S.RETURNED, S.SUBMITTED),
    ],
)
def test_moves_outside_the_lifecycle_are_refused_with_the_way_forward(start, to):
    qip = _ready(status=start)
    errors = transition_errors(qip, to, DEFAULTS)
    assert _fields(errors) == {"status"}
    assert f"cannot become {to.label}" in str(errors[0].message)
    with pytest.raises(ValidationError, match="cannot become"):
        apply_transition(qip, to, DEFAULTS, on=TODAY, today=TODAY)
    assert qip.status is start and qip.transitions == []


def test_review_outcomes_and_return_to_drafting():
    assert set(next_states(S.UNDER_REVIEW)) == {S.APPROVED, S.RETURNED, S.REJECTED, S.CANCELLED}
    qip = _ready(status=S.UNDER_REVIEW)
    apply_transition(qip, S.RETURNED, DEFAULTS, on=TODAY, today=TODAY, note="Revise costs")
    assert qip.review_decision == "Returned for revision"
    assert next_states(S.RETURNED) == (S.PROPOSAL_DRAFTED, S.CANCELLED)
    apply_transition(qip, S.PROPOSAL_DRAFTED, DEFAULTS, on=TODAY, today=TODAY)
    assert qip.status is S.PROPOSAL_DRAFTED


def test_cancelled_from_every_open_state_only():
    for status in QipStatus:
        allowed = S.CANCELLED in NEXT_STATES[status]
        assert allowed == (status in OPEN_STATES), status
    for status in ENDED_STATES:
        assert NEXT_STATES[status] == ()
    qip = _ready(status=S.IN_IMPLEMENTATION)
    assert _fields(transition_errors(qip, S.CANCELLED, DEFAULTS)) == {"note"}
    apply_transition(qip, S.CANCELLED, DEFAULTS, on=TODAY, today=TODAY, note="Partner left")
    assert qip.status is S.CANCELLED


@pytest.mark.parametrize("to", [S.CANCELLED, S.REJECTED, S.RETURNED])
def test_cancel_reject_and_return_need_a_reason(to):
    qip = _ready(status=S.UNDER_REVIEW)
    assert _fields(transition_errors(qip, to, DEFAULTS)) == {"note"}
    assert transition_errors(qip, to, DEFAULTS, note="Duplicate of an NGO project") == []


def test_implementing_partner_is_required_before_approval():
    qip = _ready(status=S.UNDER_REVIEW, implementing_partner_id=None)
    errors = transition_errors(qip, S.APPROVED, DEFAULTS)
    assert _fields(errors) == {"implementing_partner_id"}
    assert "implementing partner is required" in str(errors[0].message)
    # earlier stages do not need one
    assert (
        transition_errors(_ready(implementing_partner_id=None), S.PROPOSAL_DRAFTED, DEFAULTS) == []
    )
    qip.implementing_partner_id = "org-1"
    assert transition_errors(qip, S.APPROVED, DEFAULTS) == []


def test_approval_above_the_ceiling_is_refused_with_the_reason():
    qip = _ready(status=S.UNDER_REVIEW, budget_approved_usd=52_500.0)
    reasons = refusal_reasons(qip, S.APPROVED, DEFAULTS)
    assert [str(r) for r in reasons] == [
        "The approved budget (USD 52,500) is above the mission's QIP ceiling of USD 50,000."
    ]
    qip.budget_approved_usd = 50_000.0  # at the ceiling is fine
    assert refusal_reasons(qip, S.APPROVED, DEFAULTS) == ()


def test_the_ceiling_setting_changes_the_outcome():
    qip = _ready(status=S.UNDER_REVIEW, budget_approved_usd=30_000.0)
    assert ceiling_errors(qip, DEFAULTS) == []
    strict = MissionSettings(qip_ceiling_usd=25_000.0)
    assert _fields(ceiling_errors(qip, strict)) == {"budget_approved_usd"}
    assert "USD 25,000" in str(refusal_reasons(qip, S.APPROVED, strict)[0])


def test_submission_needs_objective_and_request_and_approval_a_budget():
    bare = Qip(title="x", status=S.PROPOSAL_DRAFTED)
    assert _fields(transition_errors(bare, S.SUBMITTED, DEFAULTS)) == {
        "objective",
        "budget_requested_usd",
    }
    no_budget = _ready(status=S.UNDER_REVIEW, budget_approved_usd=0.0)
    assert _fields(transition_errors(no_budget, S.APPROVED, DEFAULTS)) == {"budget_approved_usd"}


def test_later_stages_need_their_evidence():
    signed = _ready(status=S.AGREEMENT_SIGNED)
    assert _fields(transition_errors(signed, S.DISBURSED, DEFAULTS)) == {"tranches"}
    removed = Tranche(paid_on="2026-05-01", amount_usd=100.0, deleted=True)
    signed.tranches = [removed]
    assert _fields(transition_errors(signed, S.DISBURSED, DEFAULTS)) == {"tranches"}
    done = _ready(status=S.COMPLETED)
    assert _fields(transition_errors(done, S.HANDED_OVER, DEFAULTS)) == {"receiving_authority"}
    handed = _ready(status=S.HANDED_OVER)
    assert _fields(transition_errors(handed, S.CLOSED, DEFAULTS)) == {"final_report_ref"}


def test_transition_dates_cannot_go_back_or_ahead():
    qip = _ready()
    apply_transition(qip, S.PROPOSAL_DRAFTED, DEFAULTS, on=date(2026, 5, 10), today=TODAY)
    with pytest.raises(ValidationError, match="before the last change"):
        apply_transition(qip, S.SUBMITTED, DEFAULTS, on=date(2026, 5, 9), today=TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        apply_transition(qip, S.SUBMITTED, DEFAULTS, on=date(2026, 6, 2), today=TODAY)
    apply_transition(qip, S.SUBMITTED, DEFAULTS, on=date(2026, 5, 10), today=TODAY)
    assert qip.status is S.SUBMITTED


def test_available_transitions_say_why_each_is_refused():
    qip = _ready(status=S.UNDER_REVIEW, implementing_partner_id=None)
    options = dict(available_transitions(qip, DEFAULTS))
    assert set(options) == {S.APPROVED, S.RETURNED, S.REJECTED, S.CANCELLED}
    assert "implementing partner" in str(options[S.APPROVED][0])
    assert options[S.RETURNED] == () and options[S.CANCELLED] == ()


def test_disbursements_may_not_exceed_the_approved_budget():
    qip = _ready(status=S.IN_IMPLEMENTATION)
    qip.tranches = [
        Tranche(paid_on="2026-04-01", amount_usd=10_000.0),
        Tranche(paid_on="2026-05-01", amount_usd=8_000.0),
    ]
    assert qip.field_errors() == []  # exactly the approved budget
    qip.tranches.append(Tranche(paid_on="2026-05-20", amount_usd=0.01))
    errors = qip.field_errors()
    assert _fields(errors) == {"tranches"}
    assert "(USD 18,000.01) would exceed the approved budget (USD 18,000)" in str(errors[0].message)
    qip.tranches[-1].deleted = True  # a removed tranche does not count
    assert qip.field_errors() == []
    assert qip.total_disbursed() == 18_000.0 and qip.first_disbursement() == "2026-04-01"


def test_no_money_before_the_agreement_and_none_without_approved_budget():
    early = _ready(status=S.APPROVED, tranches=[Tranche(paid_on="2026-05-01", amount_usd=5.0)])
    assert "once the agreement is signed" in str(early.field_errors()[0].message)
    unbudgeted = _ready(status=S.AGREEMENT_SIGNED, budget_approved_usd=0.0)
    unbudgeted.tranches = [Tranche(paid_on="2026-05-01", amount_usd=5.0)]
    assert "no approved budget" in str(unbudgeted.field_errors()[0].message)


def test_field_checks():
    qip = Qip(
        title=" ",
        grid="34NDM123",
        targeted_women=-1,
        reached_children=2.5,
        budget_requested_usd=-10.0,
        local_currency="francs",
        planned_start="2026-05-01",
        planned_end="2026-04-01",
        actual_start="01/05/2026",
        visits=[MonitoringVisit(visit_date="2026-05-01", percent_complete=120)],
        tranches=[Tranche(paid_on="", amount_usd=0.0)],
    )
    assert _fields(qip.field_errors()) == {
        "title",
        "grid",
        "targeted_women",
        "reached_children",
        "budget_requested_usd",
        "local_currency",
        "planned_end",
        "actual_start",
        "visits",
        "tranches",
    }
    no_rate = _ready(local_currency="XAF", exchange_rate=0.0)
    assert _fields(no_rate.field_errors()) == {"exchange_rate"}
    assert _ready(local_currency="XAF", exchange_rate=605.5).field_errors() == []


def test_a_plan_longer_than_allowed_is_flagged_not_refused():
    qip = _ready(planned_start="2026-01-15", planned_end="2026-07-15")
    assert qip.warnings(DEFAULTS) == []  # exactly six months
    qip.planned_end = "2026-07-16"
    warning = qip.warnings(DEFAULTS)
    assert _fields(warning) == {"planned_end"}
    assert "6 months from the start" in str(warning[0].message)
    assert qip.field_errors() == []  # a flag, not a refusal
    assert qip.warnings(MissionSettings(qip_max_months=7)) == []


def test_duration_counts_from_the_first_disbursement_when_there_is_one():
    qip = _ready(status=S.DISBURSED, planned_start="2026-01-01", planned_end="2026-08-31")
    qip.tranches = [
        Tranche(paid_on="2026-03-10", amount_usd=1.0),
        Tranche(paid_on="2026-03-01", amount_usd=1.0),
    ]
    assert qip.warnings(DEFAULTS) == []  # 1 March + 6 months = 1 September
    qip.planned_end = "2026-09-02"
    assert "from the first disbursement (1 Mar 2026)" in str(qip.warnings(DEFAULTS)[0].message)


def test_a_request_above_the_ceiling_is_a_warning():
    qip = _ready(budget_requested_usd=60_000.0)
    assert _fields(qip.warnings(DEFAULTS)) == {"budget_requested_usd"}


@pytest.mark.parametrize(
    ("status", "late"),
    [
        (S.IDENTIFIED, True),
        (S.IN_IMPLEMENTATION, True),
        (S.RETURNED, True),
        (S.COMPLETED, False),
        (S.HANDED_OVER, False),
        (S.CLOSED, False),
        (S.CANCELLED, False),
        (S.REJECTED, False),
    ],
)
def test_late_means_open_and_past_the_planned_end(status, late):
    qip = _ready(status=status, planned_end="2026-05-31")
    assert qip.is_late(date(2026, 6, 1)) is late
    assert not qip.is_late(date(2026, 5, 31))  # on the day itself it is not late yet
    assert not _ready(status=status).is_late(TODAY)  # no planned end, never late


def test_near_the_ceiling_is_ninety_percent_of_it():
    assert _ready(budget_approved_usd=45_000.0).is_near_ceiling(DEFAULTS)
    assert not _ready(budget_approved_usd=44_999.99).is_near_ceiling(DEFAULTS)
    # the request counts until a budget is approved
    assert _ready(budget_approved_usd=0.0, budget_requested_usd=48_000.0).is_near_ceiling(DEFAULTS)
    assert not _ready(budget_approved_usd=45_000.0, status=S.CLOSED).is_near_ceiling(DEFAULTS)
    assert _ready(budget_approved_usd=20_000.0).is_near_ceiling(
        MissionSettings(qip_ceiling_usd=20_000.0)
    )


def test_categories_carry_their_cluster_code():
    assert QipCategory.WASH.cluster is Cluster.WSH
    assert QipCategory.EDUCATION.cluster is Cluster.EDU
    assert QipCategory.HEALTH.cluster is Cluster.HEA
    assert QipCategory.LIVELIHOODS_INCOME.cluster is Cluster.FSC
    assert all(isinstance(c.cluster, Cluster) for c in QipCategory)
    assert QipCategory.parse("WASH") is QipCategory.WASH


def test_settings_are_checked():
    assert MissionSettings().field_errors() == []
    bad = MissionSettings(qip_ceiling_usd=0.0, qip_max_months=0)
    assert _fields(bad.field_errors()) == {"qip_ceiling_usd", "qip_max_months"}


def test_helpers():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 12, 15), 2) == date(2028, 2, 15)
    qip = _ready(
        targeted_men=10, targeted_women=12, targeted_children=30, visits=[
            MonitoringVisit(visit_date="2026-05-01", percent_complete=40),
            MonitoringVisit(visit_date="2026-05-20", percent_complete=70),
            MonitoringVisit(visit_date="2026-05-25", percent_complete=90, deleted=True),
        ]
    )  # fmt: skip
    assert qip.targeted_total == 52 and qip.latest_percent() == 70
