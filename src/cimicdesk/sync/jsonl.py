"""JSON Lines interchange: every record as one line, and reading such lines back.

A line is a JSON object: {"type": KIND, "id": UUID, "origin_unit", "created_at",
"updated_at", "deleted", then the record's own fields}; an attachment line also carries
its photo as "data" (base64). Fields hold JSON values: text, numbers, true/false,
null, lists. See docs/jsonl-format.md. Clocks are not written: a JSON Lines import is
an ordinary edit by the importing unit (jsonl_import.py).

A JSON Lines file leaves the program for other tools and people, so restricted contacts
are masked in it unless the user asks to reveal them: their line keeps only the id,
the meta fields and the sensitivity, and says `"masked": true` with the restricted code
(domain/masking.py) instead of the name, position, phones, e-mail, place, grid, notes
and every other field. The same goes for a contact merged with a restricted one (the
same person entered twice). Other lines name contacts only by id. An import skips
masked lines (jsonl_import.py): a placeholder never overwrites the real person.

Every line written from a training (exercise) database says `"exercise": true`, so its
made-up records are refused by a real database wherever the line goes (sync/training.py).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cimicdesk.domain import bounds, codec
from cimicdesk.domain.codec import ValueRefused
from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.records import Record
from cimicdesk.i18n.message import Message, msg
from cimicdesk.store import synced
from cimicdesk.store.attachments import blob_data
from cimicdesk.store.database import Store
from cimicdesk.sync.tables import BY_KIND, TABLES, SyncedTable
from cimicdesk.sync.training import EXERCISE
from cimicdesk.sync.validate import is_uuid

META = ("id", "origin_unit", "created_at", "updated_at", "deleted")
DATA = "data"  # the photo of an attachment, base64
MASKED = "masked"  # true on the line of a contact whose identifying fields are withheld
CODE = "restricted_code"  # what stands for the person on a masked line ('C-1A2B3C')
MASKED_KEEPS = ("sensitivity",)  # the only field of its own a masked contact line carries


@dataclass
class Line:
    """One parsed line: its number, table, id ('' for a new record), and field values.

    Attributes: number (1-based), table (SyncedTable), record_id, values (business
    fields given on the line, as the record's Python values), deleted (None when the
    line does not say), origin_unit ('' when not given), data (photo bytes, or None),
    masked (a restricted contact's line, its identifying fields withheld: never applied),
    exercise (the line says it comes from a training database).
    """

    number: int
    table: SyncedTable
    record_id: str
    values: dict[str, Any]
    deleted: bool | None = None
    origin_unit: str = ""
    data: bytes | None = None
    masked: bool = False
    exercise: bool = False

    @property
    def kind(self) -> str:
        return self.table.kind


def record_line(table: SyncedTable, record: Record) -> dict[str, Any]:
    """The JSON object of one record."""
    return {"type": table.kind, **codec.to_json(record, (*META, *table.cls.business_fields()))}


def masked_line(table: SyncedTable, record: Record) -> dict[str, Any]:
    """The JSON object of a contact whose identity is withheld: meta, sensitivity, code."""
    line = {"type": table.kind, **codec.to_json(record, (*META, *MASKED_KEEPS))}
    line[MASKED] = True
    line[CODE] = restricted_code(record.id)
    return line


def masked_contact_ids(store: Store) -> set[str]:
    """The contacts a JSON Lines export masks unless told to reveal them.

    Restricted contacts, and every contact merged with one (merged_into links, either
    way, however long the chain): a duplicate is the same person under another entry.
    """
    rows = store.db.conn.execute("SELECT id, sensitivity, merged_into FROM contacts").fetchall()
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        while parent.get(item, item) != item:
            item = parent[item]
        return item

    for record_id, _, merged_into in rows:
        if merged_into:
            top, other = root(record_id), root(merged_into)
            if top != other:
                parent[top] = other
    restricted = {
        root(i) for i, sensitivity, _ in rows if sensitivity == Sensitivity.RESTRICTED.value
    }
    return {i for i, _, _ in rows if root(i) in restricted}


def export_records(store: Store, out: Path | str, *, reveal_restricted: bool = False) -> int:
    """Write every record (tombstones included) as JSON Lines; return how many.

    Parents come before their children (organisations, contacts, liaison entries and
    their participants and actions, mission settings, community assessments and their
    sector ratings, infrastructure and actions, QIPs and theirs, incidents and their
    links, support requests, attachments). Written whole or not at all.
    Restricted contacts (masked_contact_ids) are written masked (masked_line) unless
    reveal_restricted is True: the user has chosen to hand out their identity.
    """
    out = Path(out)
    if out.is_dir():
        raise CimicError(
            msg("{out} is a folder: give the name of the file to write.", out=str(out))
        )
    temp = out.with_name(f".{out.name}.part")
    written = 0
    masked = set() if reveal_restricted else masked_contact_ids(store)
    try:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            for table in TABLES:
                cursor = store.db.conn.execute(
                    f"SELECT * FROM {table.name} ORDER BY created_at, id"
                )
                names = [d[0] for d in cursor.description]
                while rows := cursor.fetchmany(500):
                    for values in rows:
                        record = synced.from_row(table.cls, dict(zip(names, values, strict=True)))
                        if table.name == "contacts" and record.id in masked:
                            line = masked_line(table, record)
                        else:
                            line = record_line(table, record)
                        if table.name == "attachments":
                            data = blob_data(store, line["sha256"])
                            line[DATA] = base64.b64encode(data).decode("ascii")
                        if store.training:
                            line[EXERCISE] = True
                        handle.write(json.dumps(line, ensure_ascii=False) + "\n")
                        written += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return written


def parse_line(number: int, text: str) -> Line:
    """Read one line; ValueRefused (a ValueError) saying why when it is not a record."""
    too_deep = bounds.json_depth_problem(text)
    if too_deep:  # json.loads would recurse once per level, and fail with RecursionError
        raise ValueRefused(
            msg("not a record: it is nested deeper than {n} levels", n=bounds.MAX_JSON_DEPTH)
        )
    try:
        item = json.loads(text)
    except ValueError as exc:
        # json's own words for what it found (English): a detail for whoever fixes the file.
        raise ValueRefused(
            msg("not JSON ({detail})", detail=getattr(exc, "msg", str(exc)))
        ) from None
    if not isinstance(item, dict):
        raise ValueRefused(msg("not a JSON object"))
    kind = item.get("type")
    table = BY_KIND.get(kind) if isinstance(kind, str) else None
    if table is None:
        raise ValueRefused(
            msg(
                "unknown type {kind} (one of {kinds})",
                kind=repr(kind),
                kinds=", ".join(sorted(BY_KIND)),
            )
        )
    fields = table.cls.business_fields()
    allowed = {"type", *META, EXERCISE, *fields, *((DATA,) if table.name == "attachments" else ())}
    if table.name == "contacts":
        allowed |= {MASKED, CODE}
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ValueRefused(
            msg("a {kind} has no field {fields}", kind=kind, fields=", ".join(unknown))
        )
    record_id = item.get("id") or ""
    if record_id and not is_uuid(record_id):
        raise ValueRefused(msg("id {id} is not a UUID", id=repr(record_id)))
    values = codec.from_json(table.cls, item, fields)
    deleted = item.get("deleted")
    if deleted is not None and not isinstance(deleted, bool):
        raise ValueRefused(msg("{field} must be true or false", field="deleted"))
    origin = item.get("origin_unit") or ""
    if not isinstance(origin, str):
        raise ValueRefused(msg("{field} must be text", field="origin_unit"))
    masked = item.get(MASKED, False)
    if not isinstance(masked, bool):
        raise ValueRefused(msg("{field} must be true or false", field=MASKED))
    if not isinstance(item.get(CODE, ""), str):
        raise ValueRefused(msg("{field} must be text", field=CODE))
    exercise = item.get(EXERCISE, False)
    if not isinstance(exercise, bool):
        raise ValueRefused(msg("{field} must be true or false", field=EXERCISE))
    if masked and not record_id:
        raise ValueRefused(
            msg("a masked contact needs its id (the line stands for a known person)")
        )
    data = None
    if DATA in item:
        try:
            data = base64.b64decode(item[DATA], validate=True)
        except (ValueError, TypeError):
            raise ValueRefused(msg("data is not base64")) from None
    return Line(number, table, record_id, values, deleted, origin.strip(), data, masked, exercise)


def read_lines(path: Path) -> tuple[list[Line], list[tuple[int, Message]]]:
    """Every record line of a file and the problems found (line number, message)."""
    lines: list[Line] = []
    problems: list[tuple[int, Message]] = []
    seen: dict[tuple[str, str], int] = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CimicError(
            msg("{name} is not UTF-8 text ({detail}).", name=Path(path).name, detail=exc.reason)
        ) from None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = parse_line(number, raw)
        except ValueRefused as exc:
            problems.append((number, exc.message))
            continue
        key = (line.table.name, line.record_id)
        if line.record_id and key in seen:
            problems.append(
                (number, msg("the same {kind} as line {line}", kind=line.kind, line=str(seen[key])))
            )
            continue
        seen[key] = number
        lines.append(line)
    return lines, problems
