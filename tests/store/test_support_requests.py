"""Mission support requests through the repository: numbers, the last-resort rule, lists."""

import pytest
from factories import NOW, make_contact, make_org, make_request

from cimicdesk.domain.enums import SupportPriority, SupportStatus, SupportType, UniqueAdvantage
from cimicdesk.domain.errors import ValidationError
from cimicdesk.store import support_requests as msr
from cimicdesk.store import synced
from cimicdesk.store.filters import SupportFilter
from cimicdesk.store.search import search

DECIDED = {"decision_date": "2026-05-29", "decided_by": "Battalion commander"}
TEST = {
    "civilian_alternatives_checked": True,
    "unique_advantage": (UniqueAdvantage.AVAILABILITY,),
    "complementarity": "The cluster's trucks cannot cross the river.",
    "exit_plan": "Civilian trucks resume once the ferry works.",
}


def test_number_grids_and_requester(store):
    org = make_org(store, "World Food Programme", acronym="WFP")
    person = make_contact(store, "Amina Mahamat", organisation_id=org.id)
    request = make_request(
        store,
        requesting_organisation_id=org.id,
        requesting_contact_id=person.id,
        from_grid="34ndm 6409 3755",
        to_grid="34NBN99757298",
    )
    assert request.number == "BANBAT1-MSR-2026-0001"
    assert request.from_grid == "34NDM64093755" and request.requester_name == "World Food Programme"
    row = synced.fetch_row(store, "support_requests", request.id)
    assert 5 < row["from_lat"] < 6 and 6 < row["to_lat"] < 8
    assert make_request(store).number == "BANBAT1-MSR-2026-0002"
    assert search(store, "amina", kinds=("support_request",))[0].record_id == request.id


def test_unknown_requester_is_refused(store):
    with pytest.raises(ValidationError, match="organisation is unknown"):
        make_request(store, requesting_organisation_id="nope")
    with pytest.raises(ValidationError, match="contact is unknown"):
        make_request(store, requesting_contact_id="nope")


def test_approval_without_the_last_resort_test_is_refused(store):
    request = make_request(store)
    request.status = SupportStatus.APPROVED
    request.decision_date, request.decided_by = "2026-05-29", "Battalion commander"
    with pytest.raises(ValidationError) as caught:
        msr.save_support_request(store, request, now=NOW)
    message = str(caught.value)
    for item in (
        "civilian_alternatives_checked",
        "unique_advantage",
        "complementarity",
        "exit_plan",
    ):
        assert item in message
    assert msr.get_support_request(store, request.id).status is SupportStatus.RECEIVED
    for name, value in TEST.items():
        setattr(request, name, value)
    saved = msr.save_support_request(store, request, now=NOW)
    assert saved.status is SupportStatus.APPROVED
    assert saved.unique_advantage == (UniqueAdvantage.AVAILABILITY,)


def test_escort_needs_the_criteria_or_an_override(store):
    escort = make_request(store, request_type=SupportType.CONVOY_ESCORT, vehicles=12)
    escort.status = SupportStatus.APPROVED
    for name, value in {**DECIDED, **TEST}.items():
        setattr(escort, name, value)
    with pytest.raises(ValidationError, match="IASC escort criterion not answered"):
        msr.save_support_request(store, escort, now=NOW)
    escort.override_authority, escort.override_reference = "Force HQ U9", "FHQ/U9/2026/041"
    saved = msr.save_support_request(store, escort, now=NOW)
    assert saved.status is SupportStatus.APPROVED and saved.has_override
    assert saved.escort_need is None
    saved.override_reference = ""
    saved.escort_need = saved.escort_authorities = saved.escort_security = True
    saved.escort_sustainability = False
    again = msr.save_support_request(store, saved, now=NOW)
    assert again.escort_sustainability is False and again.escort_need is True


def test_lists_awaiting_priority_and_filters(store):
    org = make_org(store, "UNHCR")
    statuses = [SupportStatus.RECEIVED, SupportStatus.FORWARDED, SupportStatus.REJECTED]
    priorities = list(SupportPriority)
    for i in range(9):
        extra = {**DECIDED, "decision_reason": "Civilian means exist"} if i % 3 == 2 else {}
        make_request(
            store,
            received_at=f"2026-05-{10 + i:02d}T08:00:00.000Z",
            status=statuses[i % 3],
            priority=priorities[i % 4],
            requesting_organisation_id=org.id if i < 2 else None,
            **extra,
        )
    assert msr.count_support_requests(store) == 9
    assert msr.count_support_requests(store, SupportFilter(awaiting_decision=True)) == 6
    assert msr.count_support_requests(store, SupportFilter(status=SupportStatus.REJECTED)) == 3
    assert msr.count_support_requests(store, SupportFilter(organisation_id=org.id)) == 2
    assert (
        msr.count_support_requests(store, SupportFilter(priority=SupportPriority.LIFESAVING)) == 3
    )
    assert (
        msr.count_support_requests(store, SupportFilter(request_type=SupportType.CONVOY_ESCORT))
        == 0
    )
    assert (
        msr.count_support_requests(
            store, SupportFilter(date_from="2026-05-15", date_to="2026-05-17")
        )
        == 2
    )
    by_priority = msr.list_support_requests(store, order_by="priority", descending=False).items
    assert [r.priority for r in by_priority][:3] == [SupportPriority.LIFESAVING] * 3
    newest = msr.list_support_requests(store, limit=2)
    assert newest.items[0].received_at.startswith("2026-05-18") and newest.cursor
    assert len(msr.list_support_requests(store, after=newest.cursor).items) == 7


def test_delete_restore_and_search(store):
    request = make_request(store, purpose="Escort vaccines to the Ndomété health post.")
    assert search(store, "ndomete")[0].kind == "support_request"
    msr.delete_support_request(store, request.id)
    assert msr.get_support_request(store, request.id).deleted
    assert search(store, "ndomete") == [] and msr.count_support_requests(store) == 0
    msr.restore_support_request(store, request.id)
    assert msr.count_support_requests(store) == 1


def test_unchanged_request_saves_nothing(store):
    request = make_request(store, **TEST)
    again = msr.save_support_request(store, msr.get_support_request(store, request.id), now=NOW)
    assert again.updated_at == request.updated_at
    assert synced.history(store, "support_requests", request.id) == []
