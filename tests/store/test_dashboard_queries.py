"""The dashboard's operations queries: late / near-ceiling QIPs, flash queue, pending requests."""

from datetime import date

from factories import approved_qip, make_incident, make_org, make_qip, make_request, move

from cimicdesk.domain.enums import QipStatus, SupportPriority, SupportStatus
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.store import dashboard_queries as dash
from cimicdesk.store import qips
from cimicdesk.store.mission_settings import save_mission_settings

S = QipStatus
JUNE = date(2026, 6, 1)


def test_qip_alerts_late_or_near_the_ceiling(store):
    partner = make_org(store, "ACDA")
    late = make_qip(store, "Late", planned_end="2026-05-15")
    make_qip(store, "On time", planned_end="2026-06-30")
    near = make_qip(store, "Near", budget_requested_usd=46_000.0)
    both = make_qip(store, "Both", budget_requested_usd=49_000.0, planned_end="2026-04-30")
    done = approved_qip(
        store, partner, budget=48_000.0, title="Cancelled", planned_end="2026-01-31"
    )
    move(store, done, S.CANCELLED, note="Partner left")
    deleted = make_qip(store, "Deleted", planned_end="2026-05-01")
    qips.delete_qip(store, deleted.id)
    alerts = {a.qip.title: a for a in dash.qip_alerts(store, JUNE)}
    assert set(alerts) == {"Late", "Near", "Both"}
    assert alerts["Late"].late and not alerts["Late"].near_ceiling
    assert alerts["Late"].days_late == 17 and alerts["Late"].qip.id == late.id
    assert alerts["Near"].near_ceiling and not alerts["Near"].late
    assert alerts["Both"].late and alerts["Both"].near_ceiling
    assert [q.id for q in dash.late_qips(store, JUNE)] == [both.id, late.id]
    assert {q.id for q in dash.qips_near_ceiling(store, JUNE)} == {near.id, both.id}
    assert dash.late_qips(store, date(2026, 5, 15)) == [dash.late_qips(store, JUNE)[0]]
    # the ceiling is read from the database
    save_mission_settings(store, MissionSettings(qip_ceiling_usd=60_000.0))
    assert dash.qips_near_ceiling(store, JUNE) == []


def test_alerts_agree_with_the_domain_rules(store):
    partner = make_org(store, "ACDA")
    for i, budget in enumerate((44_990.0, 45_000.0, 50_000.0, 10_000.0)):
        qip = approved_qip(store, partner, budget=budget, planned_end=f"2026-05-{28 + i}")
        if i == 3:
            move(store, qip, S.AGREEMENT_SIGNED)
    settings = MissionSettings()
    listed = {a.qip.id: a for a in dash.qip_alerts(store, JUNE)}
    for qip in qips.list_qips(store).items:
        wanted = qip.is_late(JUNE) or qip.is_near_ceiling(settings)
        assert (qip.id in listed) == wanted
        if wanted:
            assert listed[qip.id].late == qip.is_late(JUNE)
            assert listed[qip.id].near_ceiling == qip.is_near_ceiling(settings)


def test_flash_incidents_and_requests_awaiting_decision(store):
    flash = make_incident(store, injured_civilian_children=2)
    make_incident(store)
    assert [i.id for i in dash.open_flash_incidents(store)] == [flash.id]
    normal = make_request(store, priority=SupportPriority.NORMAL, date_required="2026-06-02")
    urgent = make_request(store, priority=SupportPriority.LIFESAVING, date_required="2026-06-09")
    high_soon = make_request(store, priority=SupportPriority.HIGH, date_required="2026-06-03")
    high_late = make_request(store, priority=SupportPriority.HIGH, date_required="2026-06-08")
    high_undated = make_request(store, priority=SupportPriority.HIGH, date_required="")
    make_request(
        store,
        status=SupportStatus.REJECTED,
        decision_date="2026-05-29",
        decided_by="Sector HQ",
        decision_reason="Civilian trucks exist",
    )
    waiting = [r.id for r in dash.support_awaiting_decision(store)]
    assert waiting == [urgent.id, high_soon.id, high_late.id, high_undated.id, normal.id]


def test_summary_counts(store):
    make_qip(store, "Late", planned_end="2026-05-15")
    make_qip(store, "Near", budget_requested_usd=47_000.0)
    make_incident(store, killed_civilian_men=1)
    make_request(store)
    summary = dash.operations_summary(store, JUNE)
    assert summary == dash.OperationsSummary(
        qips_active=2,
        qips_late=1,
        qips_near_ceiling=1,
        flash_pending=1,
        incidents_open=1,
        support_awaiting=1,
    )
