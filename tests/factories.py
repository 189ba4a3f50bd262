"""Builders of valid records through the repositories, shared by every test folder."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from PIL import Image

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.enums import (
    AssessmentSector,
    IncidentCategory,
    ParticipantKind,
    QipCategory,
    QipStatus,
    Severity,
    SupportType,
    UnitLevel,
)
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.qip import Qip
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
)
from cimicdesk.domain.support import SupportRequest
from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import database, encryption, schema
from cimicdesk.store.assessments import save_assessment
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.database import Store, write_meta
from cimicdesk.store.incidents import save_incident
from cimicdesk.store.liaison import save_liaison
from cimicdesk.store.organisations import save_organisation
from cimicdesk.store.qips import save_qip, transition_qip
from cimicdesk.store.support_requests import save_support_request

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
TODAY = date(2026, 6, 1)
S = QipStatus
# The happy path from identified to approved.
TO_APPROVED = (S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED)


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
    beside = (
        path,
        Path(f"{path}-wal"),
        Path(f"{path}-shm"),
        Path(f"{path}.drafts"),
        Path(f"{path}.drafts.json"),
    )
    found = [p for p in beside if p.exists()]
    folder = path.parent / "backups"
    if folder.is_dir():
        found += sorted(folder.iterdir())
    return found


def readable_bytes(file: Path, database: Path) -> bytes:
    """A file's raw bytes, and what it holds decrypted with its database's key when this
    process has it (pages of the database, its -wal and backups; the sealed drafts)."""
    from cimicdesk.store import encryption, file_copies  # noqa: F401

    raw = file.read_bytes()
    key = encryption.key_for(database)
    if key is None:
        return raw
    if file.name.endswith(".drafts"):
        return raw + (encryption.unseal(key, b"editor drafts", raw) or b"")
    file_key = key if file.name.endswith("-wal") else (encryption.key_for(file) or key)
    if raw[:16] == file_key.salt or file.name.endswith("-wal"):
        return raw + decrypted_pages(file, file_key)
    return raw


def files_holding(path: Path, *needles: bytes) -> list[str]:
    """The names of those files that hold any of the needles: in their raw bytes, or
    decrypted with the database's key (so a purge is checked below the encryption)."""
    return [
        p.name for p in database_files(path) if any(n in readable_bytes(p, path) for n in needles)
    ]


# --- operations: QIPs, incidents, support requests, photos ---


def make_qip(store, title="Borehole at Kidjigra", **kw):
    values = {
        "category": QipCategory.WASH,
        "place": "Kidjigra, Bambari",
        "grid": "34NDM6409037550",
        "objective": "Shows the community that the mission answers its first priority.",
        "budget_requested_usd": 20_000.0,
    }
    values.update(kw)
    return save_qip(store, Qip(title=title, **values), today=TODAY)


def move(store, qip, *statuses, day=TODAY, **kw):
    """Take a stored project through several transitions on one day."""
    for status in statuses:
        qip = transition_qip(store, qip.id, status, on=day, today=TODAY, **kw)
    return qip


def approved_qip(store, partner, budget=18_000.0, **kw):
    qip = make_qip(store, implementing_partner_id=partner.id, budget_approved_usd=budget, **kw)
    return move(store, qip, *TO_APPROVED)


def make_incident(store, **kw):
    values = {
        "occurred_at": "2026-05-30T04:00:00.000Z",
        "reported_at": "2026-05-30T07:30:00.000Z",
        "place": "Élevage, Bambari",
        "grid": "34NDM6409037550",
        "category": IncidentCategory.CRIME_BANDITRY,
        "subcategory": "road_banditry",
        "narrative": "Traders robbed on the Grimari road by armed men.",
    }
    values.update(kw)
    return save_incident(store, Incident(**values), now=NOW)


def make_request(store, **kw):
    values = {
        "received_at": "2026-05-28T08:00:00.000Z",
        "request_type": SupportType.ROAD_TRANSPORT,
        "purpose": "Carry 12 t of shelter kits to the Lazare IDP site.",
        "from_place": "Bambari",
        "to_place": "Kaga-Bandoro",
        "date_required": "2026-06-05",
    }
    values.update(kw)
    return save_support_request(store, SupportRequest(**values), now=NOW)


def make_assessment(store, ratings=None, **kw):
    """An assessment of Kidjigra village; ratings: {sector: "1".."5" or None}."""
    ratings = ratings if ratings is not None else {AssessmentSector.WASH: "3"}
    values = {
        "community_name": "Kidjigra",
        "adm1": "Ouaka",
        "adm2": "Bambari",
        "grid": "34NDM6409037550",
        "assessed_on": "2026-05-20",
        "team": "BANBAT 1 CIMIC team 2",
        "sectors": [
            SectorRating(sector=sector, severity=Severity(level) if level else None)
            for sector, level in ratings.items()
        ],
    }
    values.update(kw)
    return save_assessment(store, Assessment(**values), today=TODAY)


def image_bytes(size=(64, 48), color=(200, 30, 30), fmt="PNG", **save_kw) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, fmt, **save_kw)
    return out.getvalue()


# --- encryption: the tests' passphrase, raw connections, and what a file really holds ---

PASSPHRASE = "test passphrase 1"
TEST_KDF_ITERATIONS = 1_000


def raw_connect(path, *, plain=False, **options):
    """An SQLite connection to a file of the tests, bypassing the store: keyed when this
    process holds the file's key (by name or salt), plain otherwise. A new file is made
    encrypted with the tests' passphrase, as the program makes every database, unless
    plain=True (a foreign file, or a database of an earlier, unencrypted version)."""
    from cimicdesk.store import encryption

    file = Path(str(path))
    new = (
        str(path) != ":memory:"
        and not options.get("uri")
        and (not file.exists() or file.stat().st_size == 0)
    )
    if new and not plain:
        key = encryption.new_key(PASSPHRASE)
        encryption.remember(file, key)
        return encryption.connect(path, key, **options)
    return encryption.connect(path, plain=plain, **options)


_PAGE = 4096
_RESERVE = 80  # SQLCipher 4: 16-byte IV and 64-byte HMAC-SHA512 at the end of each page


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = 16 if first else 0  # page 1 begins with the salt, in the clear
    body, iv = page[start : _PAGE - _RESERVE], page[_PAGE - _RESERVE : _PAGE - _RESERVE + 16]
    if len(body) % 16 or len(iv) != 16:
        return b""
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, key) -> bytes:
    """Every page of an SQLCipher 4 file (or its -wal) decrypted with `key`, free pages and
    stale frames included: what an attacker holding the key would read, byte for byte."""
    data = Path(path).read_bytes()
    out = []
    if str(path).endswith("-wal"):
        offset = 32
        while offset + 24 + _PAGE <= len(data):
            out.append(_decrypt_page(key.key, data[offset + 24 : offset + 24 + _PAGE], False))
            offset += 24 + _PAGE
        return b"".join(out)
    for number, offset in enumerate(range(0, len(data) - _PAGE + 1, _PAGE)):
        out.append(_decrypt_page(key.key, data[offset : offset + _PAGE], number == 0))
    return b"".join(out)


# --- unit files: one X25519 key pair for every test database --------------------------

HANDOVER_PASSPHRASE = "handover passphrase 1"


def _shared_agreement():
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    key = X25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
    return key.private_bytes_raw(), key.public_key().public_bytes_raw()


# Every test database gets this X25519 pair (tests/conftest.py), so a unit file sealed for
# "the headquarters" opens in whichever test database imports it; the tests of sealing
# itself (tests/sync/test_sealed_files.py) make databases with keys of their own.
SHARED_AGREEMENT_PRIVATE, SHARED_AGREEMENT_PUBLIC = _shared_agreement()


def _shared_recipient():
    from cimicdesk.store.unit_keys import fingerprint
    from cimicdesk.sync.envelope import Recipient

    return Recipient(SHARED_AGREEMENT_PUBLIC, fingerprint(SHARED_AGREEMENT_PUBLIC))


# The recipient every test unit file is sealed for (see SHARED_AGREEMENT_PRIVATE).
SHARED_RECIPIENT = _shared_recipient()


def database_before(path: Path, migration: str, *, prepare=None) -> Store:
    """A database as an earlier version made it: the migrations before `migration` only,
    then `prepare(db)` (what today's repositories need to write into it), then its unit."""
    key = encryption.new_key(PASSPHRASE)
    encryption.remember(path, key)
    db = database._connect(path, key)
    database._configure(db)
    schema.migrations.apply(db, stop_before=migration)
    if prepare is not None:
        prepare(db)
    with db.atomic():
        write_meta(
            db,
            replica_id=str(uuid.uuid4()),
            unit_name="BANBAT 1",
            unit_level=UnitLevel.BATTALION.value,
            created_at=now_stamp(),
        )
    return Store(path, db)


# What takes a database back to before 015_assessments (tests of older files: a QIP's
# assessment_id column stays, as SQLite cannot drop a column that references a table).
UNDO_015 = (
    *(
        f"DROP TRIGGER IF EXISTS change_{t}_{w}"
        for t in schema.SYNCED_TABLES[len(schema.TABLES_BEFORE_015) :]
        for w in ("insert", "update")
    ),
    *(
        f"DROP TRIGGER IF EXISTS map_{t}_{w}"
        for t in ("assessments", "assessment_sectors")
        for w in ("insert", "update", "delete")
    ),
    "DROP TABLE assessment_actions",
    "DROP TABLE assessment_infrastructure",
    "DROP TABLE assessment_sectors",
    "DROP TABLE assessments",
    "DELETE FROM _sqlite_migrations WHERE name = '015_assessments'",
)
