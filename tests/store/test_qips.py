"""QIPs through the repository: numbers, transitions, mission settings, children, lists."""

import json
from datetime import date

import pytest
from factories import TO_APPROVED, TODAY, approved_qip, make_contact, make_org, make_qip, move

from cimicdesk.domain.enums import QipCategory, QipStatus
from cimicdesk.domain.errors import RecordNotFoundError, ValidationError
from cimicdesk.domain.qip import MissionSettings, MonitoringVisit, Tranche
from cimicdesk.store import qips, synced
from cimicdesk.store.database import open_database
from cimicdesk.store.filters import QipFilter
from cimicdesk.store.mission_settings import (
    get_mission_settings,
    save_mission_settings,
    setting_id,
)
from cimicdesk.store.search import search

S = QipStatus


def test_first_save_assigns_the_number_and_records_identification(store):
    first = make_qip(store)
    assert first.number == "BANBAT1-QIP-2026-001"
    assert first.status is S.IDENTIFIED and first.proposing_unit == "BANBAT 1"
    [created] = first.transitions
    assert (created.seq, created.from_status, created.to_status) == (1, None, S.IDENTIFIED)
    assert created.transition_date == "2026-06-01"
    assert make_qip(store, "Second").number == "BANBAT1-QIP-2026-002"
    qips.delete_qip(store, first.id)  # numbers are never reused
    assert make_qip(store, "Third").number == "BANBAT1-QIP-2026-003"
    later = qips.save_qip(store, qips.Qip(title="Next year"), today=date(2027, 1, 3))
    assert later.number == "BANBAT1-QIP-2027-001"


def test_grid_amounts_and_currency_are_normalised(store):
    qip = make_qip(
        store, grid="34n dm 6409 3755", budget_requested_usd=1234.567, local_currency=" xaf ",
        exchange_rate=600.0,
    )  # fmt: skip
    assert qip.grid == "34NDM64093755" and qip.budget_requested_usd == 1234.57
    assert qip.local_currency == "XAF"
    row = synced.fetch_row(store, "qips", qip.id)
    assert 5 < row["lat"] < 6 and 20 < row["lon"] < 21


def test_status_changes_only_through_transitions(store):
    with pytest.raises(ValidationError, match="starts as identified"):
        qips.save_qip(store, qips.Qip(title="x", status=S.APPROVED))
    qip = make_qip(store)
    qip.status = S.APPROVED
    with pytest.raises(ValidationError, match="with a transition"):
        qips.save_qip(store, qip)
    assert qips.get_qip(store, qip.id).status is S.IDENTIFIED


def test_lifecycle_with_history_of_transitions_as_synced_rows(store):
    partner = make_org(store, "ACDA")
    qip = approved_qip(store, partner, review_ref="PRC/2026/014")
    qip = move(store, qip, S.AGREEMENT_SIGNED, recorded_by="Maj. Diallo")
    qip.tranches = [Tranche(paid_on="2026-06-01", amount_usd=9_000.0, reference="PV-1")]
    qip = qips.save_qip(store, qip, today=TODAY)
    qip = move(store, qip, S.DISBURSED, S.IN_IMPLEMENTATION)
    assert qip.status is S.IN_IMPLEMENTATION and qip.actual_start == "2026-06-01"
    assert qip.review_decision == "Approved"
    steps = [(t.seq, t.from_status, t.to_status) for t in qip.transitions]
    assert steps == [
        (1, None, S.IDENTIFIED),
        (2, S.IDENTIFIED, S.PROPOSAL_DRAFTED),
        (3, S.PROPOSAL_DRAFTED, S.SUBMITTED),
        (4, S.SUBMITTED, S.UNDER_REVIEW),
        (5, S.UNDER_REVIEW, S.APPROVED),
        (6, S.APPROVED, S.AGREEMENT_SIGNED),
        (7, S.AGREEMENT_SIGNED, S.DISBURSED),
        (8, S.DISBURSED, S.IN_IMPLEMENTATION),
    ]
    assert qip.transitions[5].recorded_by == "Maj. Diallo"
    row = synced.fetch_row(store, "qip_transitions", qip.transitions[5].id)
    assert (
        row["origin_unit"] == "BANBAT 1"
        and synced.decode_clock(row["clock"], ["to_status"])["to_status"][0] == 1
    )
    # each move is a clocked edit of the status, the old version kept in history
    assert (
        synced.decode_clock(synced.fetch_row(store, "qips", qip.id)["clock"], ["status"])["status"][
            0
        ]
        == 8
    )
    assert [h["status"] for h in synced.history(store, "qips", qip.id)][:2] == [
        "identified",
        "proposal_drafted",
    ]


def test_a_refused_transition_writes_nothing(store):
    qip = make_qip(store)
    with pytest.raises(ValidationError, match="cannot become Approved"):
        qips.transition_qip(store, qip.id, S.APPROVED, today=TODAY)
    again = qips.get_qip(store, qip.id)
    assert again.status is S.IDENTIFIED and len(again.transitions) == 1
    assert again.updated_at == qip.updated_at


def test_implementing_partner_required_before_approval(store):
    qip = make_qip(store, budget_approved_usd=18_000.0)
    qip = move(store, qip, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW)
    with pytest.raises(ValidationError) as caught:
        qips.transition_qip(store, qip.id, S.APPROVED, today=TODAY)
    assert "implementing partner is required" in str(
        caught.value.for_field("implementing_partner_id")
    )
    qip.implementing_partner_id = make_org(store, "ACDA").id
    qips.save_qip(store, qip, today=TODAY)
    assert move(store, qip, S.APPROVED).status is S.APPROVED


def test_links_must_exist(store):
    with pytest.raises(ValidationError, match="organisation is unknown"):
        make_qip(store, implementing_partner_id="nope")
    with pytest.raises(ValidationError, match="contact is unknown"):
        make_qip(store, focal_point_id="nope")
    person = make_contact(store)
    assert make_qip(store, focal_point_id=person.id).focal_point_id == person.id


def test_ceiling_is_a_setting_in_the_database(store, db_path):
    assert get_mission_settings(store) == MissionSettings(50_000.0, 6)
    partner = make_org(store, "ACDA")
    with pytest.raises(ValidationError, match=r"above the mission's QIP ceiling of USD 50,000"):
        make_qip(store, budget_approved_usd=50_000.01)
    save_mission_settings(store, MissionSettings(qip_ceiling_usd=25_000.0, qip_max_months=3))
    store.close()
    with open_database(db_path) as reopened:
        assert get_mission_settings(reopened) == MissionSettings(25_000.0, 3)
        qip = make_qip(reopened, implementing_partner_id=partner.id)
        qip.budget_approved_usd = 30_000.0
        with pytest.raises(ValidationError, match="ceiling of USD 25,000"):
            qips.save_qip(reopened, qip)
        save_mission_settings(reopened, MissionSettings(qip_ceiling_usd=40_000.0))
        qip = qips.save_qip(reopened, qip)
        save_mission_settings(reopened, MissionSettings(qip_ceiling_usd=25_000.0))
        # approval checks the ceiling again; unrelated edits of an old project do not
        qip = move(reopened, qip, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW)
        with pytest.raises(ValidationError, match="ceiling of USD 25,000"):
            qips.transition_qip(reopened, qip.id, S.APPROVED, today=TODAY)
        qip.title = "Renamed"
        assert qips.save_qip(reopened, qip).title == "Renamed"


def test_settings_rows_are_synced_and_validated(store):
    with pytest.raises(ValidationError):
        save_mission_settings(store, MissionSettings(qip_ceiling_usd=-1.0))
    save_mission_settings(store, MissionSettings(qip_ceiling_usd=30_000.0))
    row = synced.fetch_row(store, "mission_settings", setting_id("qip_ceiling_usd"))
    assert json.loads(row["value"]) == 30_000.0 and row["origin_unit"] == "BANBAT 1"
    clock = synced.decode_clock(row["clock"], ["value"])["value"][0]
    save_mission_settings(store, MissionSettings(qip_ceiling_usd=30_000.0))  # unchanged
    again = synced.fetch_row(store, "mission_settings", setting_id("qip_ceiling_usd"))
    assert synced.decode_clock(again["clock"], ["value"])["value"][0] == clock
    save_mission_settings(store, MissionSettings(qip_ceiling_usd=35_000.0))
    after = synced.fetch_row(store, "mission_settings", setting_id("qip_ceiling_usd"))
    assert synced.decode_clock(after["clock"], ["value"])["value"][0] == clock + 1


def test_duration_is_flagged_with_the_settings_in_force(store):
    qip = make_qip(store, planned_start="2026-07-01", planned_end="2027-01-15")
    assert [w.field for w in qips.qip_warnings(store, qip)] == ["planned_end"]
    save_mission_settings(store, MissionSettings(qip_max_months=8))
    assert qips.qip_warnings(store, qip) == []


def test_disbursements_capped_by_the_approved_budget(store):
    qip = approved_qip(store, make_org(store, "ACDA"), budget=10_000.0)
    qip = move(store, qip, S.AGREEMENT_SIGNED)
    qip.tranches = [
        Tranche(paid_on="2026-06-01", amount_usd=6_000.0),
        Tranche(paid_on="2026-06-01", amount_usd=4_000.5),
    ]
    with pytest.raises(ValidationError, match=r"would exceed the approved budget \(USD 10,000\)"):
        qips.save_qip(store, qip, today=TODAY)
    assert qips.get_qip(store, qip.id).tranches == []
    qip.tranches[1].amount_usd = 4_000.0
    assert qips.save_qip(store, qip, today=TODAY).disbursed_usd == 10_000.0


def test_tranches_and_visits_are_children_removed_by_tombstone(store):
    qip = approved_qip(store, make_org(store, "ACDA"))
    qip = move(store, qip, S.AGREEMENT_SIGNED)
    qip.tranches = [
        Tranche(paid_on="2026-06-01", amount_usd=5_000.0),
        Tranche(paid_on="2026-05-31", amount_usd=2_000.0),
    ]
    qip.visits = [
        MonitoringVisit(visit_date="2026-05-20", percent_complete=10, findings="Site cleared"),
        MonitoringVisit(visit_date="2026-05-30", percent_complete=35, findings="Walls up"),
    ]
    saved = qips.save_qip(store, qip, today=TODAY)
    assert [t.paid_on for t in saved.tranches] == ["2026-05-31", "2026-06-01"]
    assert saved.disbursed_usd == 7_000.0 and saved.percent_complete == 35
    assert all(t.qip_id == qip.id for t in saved.tranches + saved.visits)
    gone = saved.visits[1]
    saved.visits = saved.visits[:1]
    again = qips.save_qip(store, saved, today=TODAY)
    assert [v.percent_complete for v in again.visits] == [10] and again.percent_complete == 10
    assert synced.fetch_row(store, "qip_visits", gone.id)["deleted"] == 1


def test_saving_an_unchanged_project_writes_nothing(store):
    qip = approved_qip(store, make_org(store, "ACDA"))
    qip = move(store, qip, S.AGREEMENT_SIGNED)
    qip.tranches = [Tranche(paid_on="2026-06-01", amount_usd=5_000.0)]
    qip.visits = [MonitoringVisit(visit_date="2026-05-20", percent_complete=10)]
    saved = qips.save_qip(store, qip, today=TODAY)
    history = len(synced.history(store, "qips", qip.id))
    again = qips.save_qip(store, qips.get_qip(store, qip.id), today=TODAY)
    assert again.updated_at == saved.updated_at
    assert len(synced.history(store, "qips", qip.id)) == history
    assert synced.history(store, "qip_tranches", saved.tranches[0].id) == []
    assert len(again.transitions) == len(saved.transitions)


def test_lists_filter_sort_page_and_carry_derived_columns(store):
    partner = make_org(store, "Association des femmes de Bambari")
    for i in range(12):
        make_qip(
            store,
            f"Project {i:02d}",
            category=QipCategory.EDUCATION if i % 3 == 0 else QipCategory.WASH,
            planned_start=f"2026-{1 + i % 6:02d}-01",
            planned_end=f"2026-{6 + i % 6:02d}-28",
            implementing_partner_id=partner.id if i < 4 else None,
        )
    first = qips.list_qips(store, order_by="title", descending=False, limit=5)
    assert [q.title for q in first.items] == [f"Project {i:02d}" for i in range(5)]
    rest = qips.list_qips(store, order_by="title", descending=False, limit=10, after=first.cursor)
    assert len(rest.items) == 7 and rest.cursor is None
    assert qips.count_qips(store, QipFilter(category=QipCategory.EDUCATION)) == 4
    assert qips.count_qips(store, QipFilter(partner_id=partner.id)) == 4
    assert first.items[0].partner_name == "Association des femmes de Bambari"
    assert first.items[0].disbursed_usd == 0.0 and first.items[0].percent_complete is None
    # spans overlapping June 2026 ... all; overlapping January: those starting then
    assert qips.count_qips(store, QipFilter(date_from="2026-06-01", date_to="2026-07-01")) == 12
    assert qips.count_qips(store, QipFilter(date_from="2026-01-01", date_to="2026-02-01")) == 2
    assert qips.count_qips(store, QipFilter(date_from="2026-12-01")) == 0
    assert qips.count_qips(store, QipFilter(unit="BANBAT 1")) == 12
    assert qips.count_qips(store, QipFilter(unit="BANBAT 2")) == 0
    assert qips.count_qips(store, QipFilter(text="femmes")) == 4  # found by the partner's name
    assert qips.count_qips(store, QipFilter(status=S.IDENTIFIED)) == 12
    by_stage = qips.list_qips(store, order_by="status", limit=200).items
    assert len(by_stage) == 12


def test_status_sort_follows_the_lifecycle(store):
    partner = make_org(store, "ACDA")
    approved_qip(store, partner, title="B approved")
    make_qip(store, "A identified")
    titles = [q.title for q in qips.list_qips(store, order_by="status", descending=False).items]
    assert titles == ["A identified", "B approved"]


def test_delete_restore_and_search(store):
    qip = make_qip(store, "Rehabilitation of the Bornou health post")
    assert [h.record_id for h in search(store, "bornou", kinds=("qip",))] == [qip.id]
    assert search(store, qip.number)[0].record_id == qip.id
    qips.delete_qip(store, qip.id)
    assert qips.get_qip(store, qip.id).deleted
    assert qips.count_qips(store) == 0 and search(store, "bornou") == []
    assert qips.count_qips(store, QipFilter(include_deleted=True)) == 1
    qips.restore_qip(store, qip.id)
    assert qips.count_qips(store) == 1 and search(store, "bornou")[0].record_id == qip.id
    with pytest.raises(RecordNotFoundError):
        qips.get_qip(store, "missing")


def test_transitions_available_use_the_stored_settings(store):
    qip = make_qip(store, budget_approved_usd=30_000.0, implementing_partner_id=None)
    qip = move(store, qip, *TO_APPROVED[:-1])
    options = dict(qips.transitions_available(store, qip))
    assert "implementing partner" in str(options[S.APPROVED][0])
    qip.implementing_partner_id = make_org(store, "ACDA").id
    qips.save_qip(store, qip)
    assert dict(qips.transitions_available(store, qip))[S.APPROVED] == ()
    save_mission_settings(store, MissionSettings(qip_ceiling_usd=20_000.0))
    assert "ceiling" in str(dict(qips.transitions_available(store, qip))[S.APPROVED][0])
