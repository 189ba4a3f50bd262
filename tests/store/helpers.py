"""Small builders of valid records for store tests."""

from cimicdesk.domain.enums import ParticipantKind
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
)
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.liaison import save_liaison
from cimicdesk.store.organisations import save_organisation


def make_org(store, name="UNHCR", **kw):
    return save_organisation(store, Organisation(name=name, **kw))


def make_contact(store, name="Marie-Claire Yakité", **kw):
    return save_contact(store, Contact(name=name, **kw))


def make_entry(store, contacts=(), orgs=(), start="2026-11-20T09:00:00.000Z", actions=(), **kw):
    participants = [Participant(kind=ParticipantKind.CONTACT, target_id=c.id) for c in contacts]
    participants += [Participant(kind=ParticipantKind.ORGANISATION, target_id=o.id) for o in orgs]
    return save_liaison(
        store,
        LiaisonEntry(start=start, participants=participants, actions=list(actions), **kw),
    )


def action(description, due_date="", **kw):
    return FollowUpAction(description=description, due_date=due_date, **kw)
