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
import types
import typing
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.records import Record
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


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _to_json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_to_json(v) for v in value]
    return value


def record_line(table: SyncedTable, record: Record) -> dict[str, Any]:
    """The JSON object of one record."""
    line: dict[str, Any] = {"type": table.kind}
    for name in META:
        line[name] = _to_json(getattr(record, name))
    for name in table.cls.business_fields():
        line[name] = _to_json(getattr(record, name))
    return line


def masked_line(table: SyncedTable, record: Record) -> dict[str, Any]:
    """The JSON object of a contact whose identity is withheld: meta, sensitivity, code."""
    line: dict[str, Any] = {"type": table.kind}
    for name in META:
        line[name] = _to_json(getattr(record, name))
    for name in MASKED_KEEPS:
        line[name] = _to_json(getattr(record, name))
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
    their participants and actions, mission settings, QIPs and theirs, incidents and
    their links, support requests, attachments). Written whole or not at all.
    Restricted contacts (masked_contact_ids) are written masked (masked_line) unless
    reveal_restricted is True: the user has chosen to hand out their identity.
    """
    out = Path(out)
    if out.is_dir():
        raise CimicError(f"{out} is a folder: give the name of the file to write.")
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


def _from_json(kind: Any, value: Any, name: str) -> Any:
    """A JSON value as the record field's Python value; ValueError saying what is wrong."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = next(a for a in typing.get_args(kind) if a is not type(None))
        return _from_json(inner, value, name)
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(f"{name} must be a list")
        item = typing.get_args(kind)[0]
        return tuple(_from_json(item, v, name) for v in value)
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false")
        return value
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise ValueError(f"{name}: {value!r} is not one of {allowed}") from None
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{name} must be a whole number")
        return _in_range(name, value)
    if kind is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ValueError(f"{name} must be a number")
        return float(_in_range(name, value))
    if kind is str:
        if not isinstance(value, str):
            raise ValueError(f"{name} must be text")
        return value
    return value


def _in_range(name: str, value: int | float) -> int | float:
    """The value if it is within its field's bounds (domain/bounds.py); ValueError if not."""
    problem = bounds.number_problem(name, value)
    if problem:
        raise ValueError(f"{name} {problem}")
    return value


def parse_line(number: int, text: str) -> Line:
    """Read one line; ValueError with a message for a person when it is not a record."""
    too_deep = bounds.json_depth_problem(text)
    if too_deep:  # json.loads would recurse once per level, and fail with RecursionError
        raise ValueError(f"not a record: it is {too_deep}")
    try:
        item = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"not JSON ({getattr(exc, 'msg', exc)})") from None
    if not isinstance(item, dict):
        raise ValueError("not a JSON object")
    kind = item.get("type")
    table = BY_KIND.get(kind) if isinstance(kind, str) else None
    if table is None:
        raise ValueError(f"unknown type {kind!r} (one of {', '.join(sorted(BY_KIND))})")
    fields = table.cls.business_fields()
    allowed = {"type", *META, EXERCISE, *fields, *((DATA,) if table.name == "attachments" else ())}
    if table.name == "contacts":
        allowed |= {MASKED, CODE}
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ValueError(f"a {kind} has no field {', '.join(unknown)}")
    record_id = item.get("id") or ""
    if record_id and not is_uuid(record_id):
        raise ValueError(f"id {record_id!r} is not a UUID")
    hints = _hints(table.cls)  # type: ignore[arg-type]  # a class is hashable (its instances are not)
    values = {name: _from_json(hints[name], item[name], name) for name in fields if name in item}
    deleted = item.get("deleted")
    if deleted is not None and not isinstance(deleted, bool):
        raise ValueError("deleted must be true or false")
    origin = item.get("origin_unit") or ""
    if not isinstance(origin, str):
        raise ValueError("origin_unit must be text")
    masked = item.get(MASKED, False)
    if not isinstance(masked, bool):
        raise ValueError("masked must be true or false")
    if not isinstance(item.get(CODE, ""), str):
        raise ValueError(f"{CODE} must be text")
    exercise = item.get(EXERCISE, False)
    if not isinstance(exercise, bool):
        raise ValueError(f"{EXERCISE} must be true or false")
    if masked and not record_id:
        raise ValueError("a masked contact needs its id (the line stands for a known person)")
    data = None
    if DATA in item:
        try:
            data = base64.b64decode(item[DATA], validate=True)
        except (ValueError, TypeError):
            raise ValueError("data is not base64") from None
    return Line(number, table, record_id, values, deleted, origin.strip(), data, masked, exercise)


def read_lines(path: Path) -> tuple[list[Line], list[tuple[int, str]]]:
    """Every record line of a file and the problems found (line number, message)."""
    lines: list[Line] = []
    problems: list[tuple[int, str]] = []
    seen: dict[tuple[str, str], int] = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CimicError(f"{Path(path).name} is not UTF-8 text ({exc.reason}).") from None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = parse_line(number, raw)
        except ValueError as exc:
            problems.append((number, str(exc)))
            continue
        key = (line.table.name, line.record_id)
        if line.record_id and key in seen:
            problems.append((number, f"the same {line.kind} as line {seen[key]}"))
            continue
        seen[key] = number
        lines.append(line)
    return lines, problems
