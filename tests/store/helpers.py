"""Small builders of valid records for store tests."""

from pathlib import Path

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


def database_files(path: Path) -> list[Path]:
    """The database, its side files, editor drafts and backups: every file its content
    could be in."""
    beside = (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.drafts.json"))
    found = [p for p in beside if p.exists()]
    folder = path.parent / "backups"
    if folder.is_dir():
        found += sorted(folder.iterdir())
    return found


def files_holding(path: Path, *needles: bytes) -> list[str]:
    """The names of those files whose raw bytes hold any of the needles."""
    return [p.name for p in database_files(path) if any(n in p.read_bytes() for n in needles)]
