"""Import JSON Lines records as ordinary edits by this unit, through the repositories.

Each record goes through its repository's save function, with its children folded in:
a liaison entry with its participants and actions, a QIP with its tranches and visits
(its qip_transition lines are replayed through the lifecycle, so the rules of each move
apply; they get new ids), an incident with its liaison links, a community assessment
with its sector ratings (one per sector: a line replaces the rating of its sector),
infrastructure and recommended actions. Every edit is clocked and
indexed for search like one typed in. A line that fails (bad JSON, unknown type or
field, invalid value, unknown reference, refused by a repository) is reported by its
number, and then nothing of the file is applied: all of it runs in one transaction.

A masked line (a restricted contact whose identity the export withheld, see jsonl.py)
is skipped: never saved, so its placeholder never overwrites the real person, and
counted in the result. A line that refers to a withheld person this database does not
hold (a participant, an incident's source, ...) is a bad line: the file cannot be
applied without that person.

The sanity limits of sync/limits.py hold here too: a file bigger than
limits.MAX_JSONL_BYTES is refused before it is read (PackageRefusedError, reason
TOO_LARGE), and a photo bigger than limits.MAX_PHOTO_BYTES is a bad line. A line's photo
always comes with the attachment that names it, so no unnamed bytes can arrive; clocks
and stamps are not read from the file (every record is an edit by this unit, now), and
figures and dates pass the repositories' own validation, as typed ones do.
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.domain.assessment import (
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.codec import ValueRefused
from cimicdesk.domain.enums import ParticipantKind, QipStatus
from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.qip import BEFORE_AGREEMENT, Attachment, MonitoringVisit, Qip, Tranche
from cimicdesk.domain.records import FollowUpAction, LiaisonEntry, Participant
from cimicdesk.i18n.message import Message, Text, msg
from cimicdesk.store import (
    assessments,
    attachments,
    contacts,
    incidents,
    liaison,
    organisations,
    qips,
    synced,
)
from cimicdesk.store import support_requests as support
from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3
from cimicdesk.store.mission_settings import get_mission_settings, save_mission_settings
from cimicdesk.store.narratives import Narrative, get, save_narrative
from cimicdesk.sync import errors as why
from cimicdesk.sync import limits
from cimicdesk.sync.errors import JsonLinesError, PackageRefusedError
from cimicdesk.sync.jsonl import Line, read_lines
from cimicdesk.sync.training import jsonl_refusal

# A field listing contacts by id (an assessment's key informants).
LISTED_CONTACTS = "informant_contact_ids"
# A repository's delete_X or restore_X: (store, record id).
Change = Callable[[Store, str], object]


@dataclass
class JsonlImportResult:
    """What a JSON Lines import applied: lines read, records saved per type, and the
    masked lines skipped (restricted contacts whose identity the file withholds)."""

    lines: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    masked_skipped: int = 0

    @property
    def applied(self) -> int:
        """The lines applied: every line read but the masked ones."""
        return self.lines - self.masked_skipped


def import_records(store: Store, path: Path | str) -> JsonlImportResult:
    """Apply every record of a JSON Lines file, or none (JsonLinesError lists the bad lines)."""
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    path = Path(path)
    too_large = limits.size_problem(path, limits.MAX_JSONL_BYTES) if path.is_file() else None
    if too_large:
        raise PackageRefusedError(why.TOO_LARGE, path, too_large)
    lines, problems = read_lines(path)
    if problems:
        raise JsonLinesError(path.name, problems)
    marked = sum(line.exercise for line in lines)
    refused = jsonl_refusal(path.name, marked, len(lines), store.training)
    if refused is not None:
        raise CimicError(refused)
    applied = [line for line in lines if not line.masked]
    withheld = {
        line.record_id
        for line in lines
        if line.masked and synced.fetch_row(store, "contacts", line.record_id) is None
    }
    problems = _withheld_references(applied, withheld)
    if problems:
        raise JsonLinesError(path.name, problems)
    applier = _Applier(store, applied)
    with store.db.atomic():
        applier.run()
        if applier.problems:
            raise JsonLinesError(path.name, applier.problems)
    counts: dict[str, int] = defaultdict(int)
    for line in applied:
        counts[line.kind] += 1
    return JsonlImportResult(len(lines), dict(counts), len(lines) - len(applied))


def _withheld_references(lines: list[Line], withheld: set[str]) -> list[tuple[int, Message]]:
    """Lines that refer to a contact the file masks and this database does not hold."""
    if not withheld:
        return []
    problems = []
    for line in lines:
        columns = [column for column, target in line.table.refs if target == "contacts"]
        met = line.values.get("kind") == ParticipantKind.CONTACT
        if line.table.name == "liaison_participants" and met:
            columns.append("target_id")
        named = [(column, line.values.get(column)) for column in columns]
        # An assessment's key informants: a list of contacts.
        named += [(LISTED_CONTACTS, p) for p in line.values.get(LISTED_CONTACTS, ())]
        for column, person in named:
            if person in withheld:
                problems.append(
                    (
                        line.number,
                        msg(
                            "{field} is restricted contact {code}, whom the file withholds "
                            "(masked) and this database does not hold; export the file again "
                            "revealing restricted contacts to bring that person",
                            field=column,
                            code=restricted_code(person),
                        ),
                    )
                )
    return problems


def _message(exc: Exception) -> Text:
    """Why a record could not be applied: the error's Message when it has one."""
    if isinstance(exc, sqlite3.IntegrityError):
        return msg("it refers to a record that does not exist ({error})", error=str(exc))
    return getattr(exc, "message", None) or str(exc)


class _Applier:
    """Applies parsed lines in dependency order; collects (line number, problem).

    Attributes: store, by_table (lines per table name), problems.
    """

    def __init__(self, store: Store, lines: list[Line]):
        self.store = store
        self.by_table: dict[str, list[Line]] = defaultdict(list)
        for line in lines:
            self.by_table[line.table.name].append(line)
        self.problems: list[tuple[int, Text]] = []

    def _attempt(self, number: int, action: Callable[[], object]) -> None:
        try:
            with self.store.db.atomic():  # a savepoint: a failed record leaves no trace
                action()
        except (CimicError, ValueError, sqlite3.IntegrityError) as exc:
            self.problems.append((number, _message(exc)))

    def run(self) -> None:
        self._settings()
        self._ordered("organisations", ("parent_id", "merged_into"), self._organisation)
        self._ordered("contacts", ("merged_into",), self._contact)
        self._liaison()
        self._assessments()  # before the QIPs: a QIP names the assessment justifying it
        self._qips()
        self._incidents()
        for line in self.by_table["support_requests"]:
            self._attempt(line.number, partial(self._support, line))
        for line in self.by_table["attachments"]:
            self._attempt(line.number, partial(self._attachment, line))
        for line in self.by_table["narratives"]:
            self._attempt(line.number, partial(self._narrative, line))

    # --- helpers ---------------------------------------------------------------------

    def _exists(self, table: str, record_id: str) -> bool:
        return bool(record_id) and synced.fetch_row(self.store, table, record_id) is not None

    @staticmethod
    def _apply(record: Any, line: Line | None, new: bool) -> Any:
        if line is None:
            return record
        for name, value in line.values.items():
            setattr(record, name, value)
        if new and line.origin_unit:
            record.origin_unit = line.origin_unit
        return record

    def _tombstone(
        self, line: Line | None, deleted: bool, delete: Change, restore: Change, record_id: str
    ) -> None:
        if line is not None and line.deleted is not None and line.deleted != deleted:
            (delete if line.deleted else restore)(self.store, record_id)

    def _upsert(
        self,
        line: Line,
        get: Callable[[Store, str], Any],
        save: Callable[[Store, Any], Any],
        delete: Change,
        restore: Change,
    ) -> None:
        table = line.table
        new = not self._exists(table.name, line.record_id)
        record = table.cls(id=line.record_id) if new else get(self.store, line.record_id)
        stored = save(self.store, self._apply(record, line, new))
        self._tombstone(line, stored.deleted, delete, restore, stored.id)

    def _ordered(self, table: str, refs: tuple[str, ...], apply: Callable[[Line], None]) -> None:
        """Lines of a table, each after the lines it refers to (parents, survivors)."""
        pending = list(self.by_table[table])
        while pending:
            ids = {line.record_id for line in pending}
            ready = [
                line
                for line in pending
                if not any(line.values.get(r) in ids - {line.record_id} for r in refs)
            ] or pending  # a cycle: let the repository say what is wrong
            for line in ready:
                self._attempt(line.number, partial(apply, line))
            pending = [line for line in pending if line not in ready]

    # --- record types ----------------------------------------------------------------

    def _settings(self) -> None:
        lines = self.by_table["mission_settings"]
        if not lines:
            return

        def apply() -> None:
            settings = get_mission_settings(self.store)
            names = {f.name for f in dataclasses.fields(settings)}
            changes = {}
            for line in lines:
                name = line.values.get("setting", "")
                if name not in names:
                    raise ValueRefused(
                        msg(
                            "line {line}: unknown mission setting {setting}",
                            line=str(line.number),
                            setting=repr(name),
                        )
                    )
                if line.deleted:
                    continue
                try:
                    changes[name] = bounds.loads(line.values.get("value", ""))
                except ValueError:  # not JSON, or nested too deep to be a setting
                    raise ValueRefused(
                        msg("line {line}: the value is not JSON", line=str(line.number))
                    ) from None
            save_mission_settings(self.store, dataclasses.replace(settings, **changes))

        self._attempt(lines[0].number, apply)

    def _organisation(self, line: Line) -> None:
        self._upsert(
            line,
            organisations.get_organisation,
            organisations.save_organisation,
            organisations.delete_organisation,
            organisations.restore_organisation,
        )

    def _contact(self, line: Line) -> None:
        self._upsert(
            line,
            contacts.get_contact,
            contacts.save_contact,
            contacts.delete_contact,
            contacts.restore_contact,
        )

    def _support(self, line: Line) -> None:
        self._upsert(
            line,
            support.get_support_request,
            support.save_support_request,
            support.delete_support_request,
            support.restore_support_request,
        )

    def _groups(self, root: str, children: dict[str, str]) -> list[tuple[int, str, Line | None]]:
        """(line number, id, root line or None) of every record the root's or children's
        lines touch, in the order of their first line."""
        first: dict[str, tuple[int, Line | None]] = {}
        for line in self.by_table[root]:
            line.record_id = line.record_id or str(uuid.uuid4())
            first[line.record_id] = (line.number, line)
        for table, key in children.items():
            for line in self.by_table[table]:
                parent = line.values.get(key) or ""
                if parent not in first:
                    first[parent] = (line.number, None)
        ordered = sorted(first.items(), key=lambda item: item[1][0])
        return [(number, record_id, line) for record_id, (number, line) in ordered]

    def _children(self, table: str, key: str, parent: str) -> list[Line]:
        return [line for line in self.by_table[table] if line.values.get(key) == parent]

    def _merge_children(
        self, current: list[synced.R], lines: list[Line], cls: type[synced.R], table: str
    ) -> list[synced.R]:
        """Children by id: current ones, replaced or added by lines; deleted lines drop out."""
        kept = {child.id: child for child in current}
        for line in lines:
            child_id = line.record_id or str(uuid.uuid4())
            row = synced.fetch_row(self.store, table, child_id)
            child = kept.get(child_id) or (synced.from_row(cls, row) if row else cls(id=child_id))
            self._apply(child, line, row is None)
            child.deleted = False
            if line.deleted:
                kept.pop(child_id, None)
            else:
                kept[child_id] = child
        return list(kept.values())

    def _liaison(self) -> None:
        groups = self._groups(
            "liaison_entries", {"liaison_participants": "entry_id", "follow_up_actions": "entry_id"}
        )
        for number, entry_id, line in groups:
            self._attempt(number, partial(self._entry, entry_id, line))

    def _entry(self, entry_id: str, line: Line | None) -> None:
        new = not self._exists("liaison_entries", entry_id)
        if new and line is None:
            raise ValueRefused(
                msg("the liaison entry {id} is in neither the file nor here", id=repr(entry_id))
            )
        entry = LiaisonEntry(id=entry_id) if new else liaison.get_liaison(self.store, entry_id)
        self._apply(entry, line, new)
        met = {(p.kind, p.target_id): p for p in entry.participants}
        for child in self._children("liaison_participants", "entry_id", entry_id):
            if "kind" not in child.values or "target_id" not in child.values:
                raise ValueRefused(
                    msg(
                        "line {line}: a participant needs kind and target_id",
                        line=str(child.number),
                    )
                )
            key = (child.values["kind"], child.values["target_id"])
            if child.deleted:
                met.pop(key, None)
            else:
                met[key] = Participant(kind=key[0], target_id=key[1])
        entry.participants = list(met.values())
        actions = self._children("follow_up_actions", "entry_id", entry_id)
        entry.actions = self._merge_children(
            entry.actions, actions, FollowUpAction, liaison.ACTIONS
        )
        stored = liaison.save_liaison(self.store, entry)
        self._tombstone(
            line, stored.deleted, liaison.delete_liaison, liaison.restore_liaison, stored.id
        )

    def _assessments(self) -> None:
        groups = self._groups(
            assessments.TABLE,
            {
                assessments.SECTORS: "assessment_id",
                assessments.INFRASTRUCTURE: "assessment_id",
                assessments.ACTIONS: "assessment_id",
            },
        )
        for number, assessment_id, line in groups:
            self._attempt(number, partial(self._assessment, assessment_id, line))

    def _assessment(self, assessment_id: str, line: Line | None) -> None:
        new = not self._exists(assessments.TABLE, assessment_id)
        if new and line is None:
            raise ValueRefused(
                msg(
                    "the assessment {id} is in neither the file nor here",
                    id=repr(assessment_id),
                )
            )
        record = (
            Assessment(id=assessment_id)
            if new
            else assessments.get_assessment(self.store, assessment_id)
        )
        self._apply(record, line, new)
        # A sector is rated once: its line replaces (or drops) the rating of that sector,
        # whatever id the line gives (the store makes it from the assessment and sector).
        rated = {rating.sector: rating for rating in record.sectors}
        for child in self._children(assessments.SECTORS, "assessment_id", assessment_id):
            sector = child.values.get("sector")
            if sector is None:
                raise ValueRefused(
                    msg("line {line}: a sector rating needs its sector", line=str(child.number))
                )
            if child.deleted:
                rated.pop(sector, None)
                continue
            row_id = assessments.sector_rating_id(assessment_id, sector)
            new_rating = synced.fetch_row(self.store, assessments.SECTORS, row_id) is None
            rating = self._apply(
                rated.get(sector) or SectorRating(sector=sector), child, new_rating
            )
            rating.deleted = False
            rated[sector] = rating
        record.sectors = list(rated.values())
        record.infrastructure = self._merge_children(
            record.infrastructure,
            self._children(assessments.INFRASTRUCTURE, "assessment_id", assessment_id),
            InfrastructureItem,
            assessments.INFRASTRUCTURE,
        )
        record.actions = self._merge_children(
            record.actions,
            self._children(assessments.ACTIONS, "assessment_id", assessment_id),
            RecommendedAction,
            assessments.ACTIONS,
        )
        stored = assessments.save_assessment(self.store, record)
        self._tombstone(
            line,
            stored.deleted,
            assessments.delete_assessment,
            assessments.restore_assessment,
            stored.id,
        )

    def _qips(self) -> None:
        groups = self._groups(
            "qips",
            {"qip_tranches": "qip_id", "qip_visits": "qip_id", "qip_transitions": "qip_id"},
        )
        for number, qip_id, line in groups:
            self._attempt(number, partial(self._qip, qip_id, line))

    def _qip(self, qip_id: str, line: Line | None) -> None:
        new = not self._exists("qips", qip_id)
        if new and line is None:
            raise ValueRefused(msg("the QIP {id} is in neither the file nor here", id=repr(qip_id)))
        qip = Qip(id=qip_id) if new else qips.get_qip(self.store, qip_id)
        status = qip.status
        wanted = line.values.get("status") if line else None
        self._apply(qip, line, new)
        qip.status = status  # the status moves only through transitions, replayed below
        tranches = self._merge_children(
            qip.tranches, self._children("qip_tranches", "qip_id", qip_id), Tranche, qips.TRANCHES
        )
        qip.visits = self._merge_children(
            qip.visits, self._children("qip_visits", "qip_id", qip_id), MonitoringVisit, qips.VISITS
        )
        early = qip.status in BEFORE_AGREEMENT
        if not early:
            qip.tranches = tranches
        moves = sorted(
            self._children("qip_transitions", "qip_id", qip_id),
            key=lambda c: c.values.get("seq", 0),
        )
        stored = qips.save_qip(self.store, qip, today=self._recorded_on(moves) if new else None)
        done = max((t.seq for t in stored.transitions), default=0)
        for move in moves:
            if move.values.get("seq", 0) <= done or move.deleted:
                continue
            if early and stored.status not in BEFORE_AGREEMENT:
                stored.tranches, early = tranches, False
                stored = qips.save_qip(self.store, stored)
            stored = self._move(stored, move)
        if early and tranches:
            stored.tranches = tranches
            stored = qips.save_qip(self.store, stored)
        if wanted is not None and stored.status != wanted:
            raise ValueRefused(
                msg(
                    "the QIP's status {wanted} is not reached by its qip_transition lines "
                    "(it is {status})",
                    wanted=QipStatus(wanted).value,
                    status=stored.status.value,
                )
            )
        self._tombstone(line, stored.deleted, qips.delete_qip, qips.restore_qip, stored.id)

    @staticmethod
    def _recorded_on(moves: list[Line]) -> date | None:
        """The day a new QIP was recorded: the date of its first transition in the file."""
        first = next((m for m in moves if m.values.get("seq") == 1), None)
        try:
            day = date.fromisoformat(first.values.get("transition_date", "")) if first else None
        except ValueError:
            return None
        return day if day and day <= date.today() else None

    def _move(self, qip: Qip, move: Line) -> Qip:
        values = move.values
        if "to_status" not in values or "transition_date" not in values:
            raise ValueRefused(
                msg(
                    "line {line}: a transition needs to_status and its date",
                    line=str(move.number),
                )
            )
        try:
            on = date.fromisoformat(values["transition_date"])
        except ValueError:
            raise ValueRefused(
                msg("line {line}: the transition date is not a date", line=str(move.number))
            ) from None
        return qips.transition_qip(
            self.store,
            qip.id,
            values["to_status"],
            on=on,
            recorded_by=values.get("recorded_by", ""),
            note=values.get("note", ""),
        )

    def _incidents(self) -> None:
        groups = self._groups("incidents", {"incident_liaison_links": "incident_id"})
        for number, incident_id, line in groups:
            self._attempt(number, partial(self._incident, incident_id, line))

    def _incident(self, incident_id: str, line: Line | None) -> None:
        new = not self._exists("incidents", incident_id)
        if new and line is None:
            raise ValueRefused(
                msg("the incident {id} is in neither the file nor here", id=repr(incident_id))
            )
        incident = (
            Incident(id=incident_id) if new else incidents.get_incident(self.store, incident_id)
        )
        self._apply(incident, line, new)
        linked = list(incident.liaison_entry_ids)
        for child in self._children("incident_liaison_links", "incident_id", incident_id):
            entry_id = child.values.get("entry_id", "")
            if child.deleted:
                linked = [e for e in linked if e != entry_id]
            elif entry_id not in linked:
                linked.append(entry_id)
        incident.liaison_entry_ids = tuple(linked)
        stored = incidents.save_incident(self.store, incident)
        self._tombstone(
            line, stored.deleted, incidents.delete_incident, incidents.restore_incident, stored.id
        )

    def _narrative(self, line: Line) -> None:
        """A unit's narrative: found by its unit (the line's, else this one) and period."""
        unit = line.origin_unit or self.store.unit.name
        start = line.values.get("period_start", "")
        end = line.values.get("period_end", "")
        stored = get(self.store, unit, start, end) if start and end else None
        record = stored or Narrative(id=line.record_id, origin_unit=unit)
        record = self._apply(record, line, stored is None)
        record.id = line.record_id or record.id
        if line.deleted is not None:
            record.deleted = line.deleted
        save_narrative(self.store, record)

    def _attachment(self, line: Line) -> None:
        values = line.values
        owner_table, owner_id = values.get("owner_table", ""), values.get("owner_id", "")
        if owner_table not in attachments.OWNER_TABLES or not self._exists(owner_table, owner_id):
            raise ValueRefused(
                msg(
                    "the record the photo belongs to ({table} {id}) is unknown",
                    table=owner_table,
                    id=owner_id,
                )
            )
        sha = values.get("sha256", "")
        too_large = limits.photo_size_problem(len(line.data)) if line.data is not None else None
        if too_large:
            raise ValueRefused(too_large.message)
        if line.data is not None:
            if sha and hashlib.sha256(line.data).hexdigest() != sha:
                raise ValueRefused(msg("the photo's data does not match its sha256"))
            attachments.thumbnail(line.data)  # NotAnImageError if it is not a photo
            sha = attachments.store_blob(self.store, line.data, values.get("mime", "image/jpeg"))
        elif not self.store.db.conn.execute(
            "SELECT 1 FROM blobs WHERE sha256 = ?", [sha]
        ).fetchone():
            raise ValueRefused(msg("the photo's data is missing (give it as base64 in 'data')"))
        record_id = line.record_id or attachments.photo_attachment_id(owner_id, sha)
        row = synced.fetch_row(self.store, attachments.TABLE, record_id)
        record = synced.from_row(Attachment, row) if row else Attachment(id=record_id)
        self._apply(record, line, row is None)
        record.sha256 = sha
        record.size = record.size or len(line.data or b"")
        stored = synced.write(self.store, attachments.TABLE, record)
        self._tombstone(
            line,
            stored.deleted,
            attachments.delete_attachment,
            attachments.restore_attachment,
            stored.id,
        )
