"""Validation of organisations, contacts, liaison entries and follow-up actions."""

from datetime import UTC, date, datetime

import pytest

from cimicdesk.domain.enums import ActionStatus, OrgType, ParticipantKind
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
)


def _fields(record, **kw):
    return {e.field for e in record.field_errors(**kw)}


def test_a_complete_organisation_is_valid():
    org = Organisation(
        name="Norwegian Refugee Council",
        acronym="NRC",
        org_type=OrgType.INTERNATIONAL_NGO,
        grid="34NBK1234567890",
        phones=("+236 72 01 02 03",),
        email="info@nrc.example",
    )
    org.validate()
    assert org.display_name == "Norwegian Refugee Council (NRC)"


def test_organisation_errors_name_each_field():
    org = Organisation(name=" ", grid="34NBK123", phones=("call me",), email="nobody")
    assert _fields(org) == {"name", "grid", "phones", "email"}
    with pytest.raises(ValidationError) as caught:
        org.validate()
    assert "odd number of digits" in str(caught.value.for_field("grid"))
    assert caught.value.for_field("acronym") is None


def test_organisation_cannot_be_its_own_parent():
    org = Organisation(id="a", name="X", parent_id="a")
    assert _fields(org) == {"parent_id"}


def test_contact_without_organisation_is_valid_and_name_is_required():
    Contact(name="Sultan Zemio").validate()  # traditional leaders often have no organisation
    assert _fields(Contact(name="")) == {"name"}
    assert _fields(Contact(name="x" * 201)) == {"name"}


def _entry(**kw):
    values = {
        "start": "2026-11-20T09:00:00.000Z",
        "participants": [Participant(kind=ParticipantKind.CONTACT, target_id="c1")],
    }
    values.update(kw)
    return LiaisonEntry(**values)


def test_liaison_entry_rules():
    now = datetime(2026, 11, 25, tzinfo=UTC)
    assert _fields(_entry(), now=now) == set()
    assert _fields(_entry(start=""), now=now) == {"start"}
    assert _fields(_entry(end="2026-11-20T08:00:00.000Z"), now=now) == {"end"}
    assert _fields(_entry(participants=[]), now=now) == {"participants"}
    gone = Participant(kind=ParticipantKind.CONTACT, target_id="c1", deleted=True)
    assert _fields(_entry(participants=[gone]), now=now) == {"participants"}
    assert _fields(_entry(start="2028-01-01T00:00:00.000Z"), now=now) == {"start"}
    assert _fields(_entry(grid="nowhere"), now=now) == {"grid"}


def test_a_liaison_entry_is_checked_on_29_february_too():
    # A unit file merged on a leap day checks its entries' dates at that time (issue 13).
    now = datetime(2028, 2, 29, 12, tzinfo=UTC)
    assert _fields(_entry(start="2029-02-28T11:00:00.000Z"), now=now) == set()
    assert _fields(_entry(start="2029-03-01T00:00:00.000Z"), now=now) == {"start"}


def test_liaison_entry_reports_bad_actions_by_number():
    entry = _entry(
        actions=[
            FollowUpAction(description="ok"),
            FollowUpAction(description="x", due_date="31/12/2026"),
        ]
    )
    with pytest.raises(ValidationError) as caught:
        entry.validate()
    assert str(caught.value.for_field("actions")).startswith("Action 2:")


def test_overdue_only_for_open_actions_with_past_due_dates():
    today = date(2026, 11, 25)
    assert FollowUpAction(description="a", due_date="2026-11-24").is_overdue(today)
    assert not FollowUpAction(description="a", due_date="2026-11-25").is_overdue(today)
    assert not FollowUpAction(description="a", due_date="").is_overdue(today)
    done = FollowUpAction(description="a", due_date="2026-01-01", status=ActionStatus.DONE)
    assert not done.is_overdue(today)


def test_business_fields_exclude_metadata_and_derived_values():
    assert "id" not in Contact.business_fields()
    assert "last_contact" not in Contact.business_fields()
    assert "participants" not in LiaisonEntry.business_fields()
    assert "merged_into" in Organisation.business_fields()


def test_missing_name_messages_read_properly():
    assert str(Organisation(name="").field_errors()[0].message) == "An organisation needs a name."
    assert str(Contact(name="").field_errors()[0].message) == "A contact needs a name."
