"""Unsaved editor changes kept beside the database, so that a crash does not lose them.

`<database>.drafts` holds, sealed under the database's key (encryption.seal: AES-GCM, so
a draft is as unreadable as the database itself), a JSON object that maps
"<page key>/<record id or 'new'>" to a draft:

    {"version": 2, "saved_at": UTC stamp,
     "values": {widget name: value}, "lists": {list name: [row, ...]}}

A value is what its widget holds, as plain JSON: text for a line or text edit, the
chosen item's data for a list of fixed choices, {"id", "text"} for a searchable picker,
an ISO UTC stamp (null when not set) for a date or date-time, true/false for a check
box, a number for a spin box, the checked items' data for a list of check boxes. Lists
edited inside the editor (participants, follow-up actions, tranches, visits, linked
entries) keep their rows as objects; each editor says what its rows hold. A draft of a
record already saved holds only what differs from the record as it was loaded, so
fields changed elsewhere meanwhile (an import) are not put back to older values.

Version 1 drafts (no "version": the text fields only, every one of them) still restore;
a draft written by a newer version of the program is left alone, not offered.

Every write goes to a temporary file renamed over the old one (os.replace), so a crash
mid-write leaves the previous drafts whole. Without the database's key (locked) there
are no drafts to read and none are written. Drafts an earlier version left in plain text
(`<database>.drafts.json`) are read once, sealed, and their plain file destroyed.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import encryption

VERSION = 2
NEW = "new"  # the record id part of the key of a record not saved yet


_PURPOSE = b"editor drafts"


def drafts_path(database: Path) -> Path:
    return Path(f"{database}.drafts")


def _plain_path(database: Path) -> Path:
    """Where an earlier version kept the drafts in plain text."""
    return Path(f"{database}.drafts.json")


def draft_key(page: str, record_id: str) -> str:
    return f"{page}/{record_id or NEW}"


def read_drafts(database: Path) -> dict[str, Any]:
    key = encryption.key_for(database)
    if key is None:
        return {}
    if _plain_path(database).exists():
        seal_plain_drafts(database, key)
    try:
        sealed = drafts_path(database).read_bytes()
    except OSError:
        return {}
    text = encryption.unseal(key, _PURPOSE, sealed)
    if text is None:
        return {}  # another key's (a copy from elsewhere) or damaged: nothing to offer
    try:
        data = json.loads(text.decode("utf-8"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def seal_plain_drafts(database: Path, key: encryption.DatabaseKey) -> None:
    """Seal the drafts an earlier version kept in plain text, and destroy their file."""
    plain = _plain_path(database)
    if not plain.exists():
        return
    try:
        data = json.loads(plain.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if isinstance(data, dict) and data and not drafts_path(database).exists():
        _write(database, data, key)
    encryption.wipe_file(plain)


def reseal(database: Path, old: encryption.DatabaseKey, new: encryption.DatabaseKey) -> None:
    """Seal the drafts again under a new key (the passphrase changed)."""
    try:
        text = encryption.unseal(old, _PURPOSE, drafts_path(database).read_bytes())
    except OSError:
        return
    if text is not None:
        _write(database, json.loads(text.decode("utf-8")), new)


def _write(
    database: Path, drafts: dict[str, Any], key: encryption.DatabaseKey | None = None
) -> None:
    target = drafts_path(database)
    if not drafts:
        with contextlib.suppress(OSError):
            target.unlink()
        return
    key = key or encryption.key_for(database)
    if key is None:
        return  # locked: the drafts cannot be sealed, so they are not written
    sealed = encryption.seal(key, _PURPOSE, json.dumps(drafts, ensure_ascii=False).encode())
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(sealed)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def save_draft(
    database: Path,
    key: str,
    values: dict[str, Any],
    lists: dict[str, list[Any]] | None = None,
) -> None:
    drafts = read_drafts(database)
    drafts[key] = {
        "version": VERSION,
        "saved_at": now_stamp(),
        "values": values,
        "lists": lists or {},
    }
    _write(database, drafts)


def _usable(draft: Any) -> TypeGuard[dict[str, Any]]:
    if not isinstance(draft, dict) or not isinstance(draft.get("values"), dict):
        return False
    version = draft.get("version", 1)
    if not isinstance(version, int) or version > VERSION:
        return False
    return isinstance(draft.get("lists", {}), dict)


def get_draft(database: Path, key: str) -> dict[str, Any] | None:
    """The draft under `key` (lists: {} for a version 1 draft); None if there is none
    this version can read."""
    draft = read_drafts(database).get(key)
    if not _usable(draft):
        return None
    return {**draft, "lists": draft.get("lists", {})}


def record_ids(database: Path, page: str) -> list[str]:
    """The ids of the saved records of a page that have a draft (not the new one)."""
    prefix = f"{page}/"
    return [
        key[len(prefix) :]
        for key in read_drafts(database)
        if key.startswith(prefix) and key[len(prefix) :] not in ("", NEW)
    ]


def clear_draft(database: Path, key: str) -> None:
    drafts = read_drafts(database)
    if drafts.pop(key, None) is not None:
        _write(database, drafts)


def forget_records(database: Path, record_ids: set[str]) -> int:
    """Drop the drafts of these records, whatever page they belong to (a purge: an
    unsaved edit of a purged record must not outlive it). Returns how many went."""
    drafts = read_drafts(database)
    doomed = [key for key in drafts if key.partition("/")[2] in record_ids]
    for key in doomed:
        del drafts[key]
    if doomed:
        _write(database, drafts)
    return len(doomed)


@dataclass(frozen=True)
class PendingDraft:
    """An unsaved edit waiting in the drafts file: the page it belongs to, the record's
    id ('' for a record not saved yet) and when it was last written (a UTC stamp)."""

    page: str
    record_id: str
    saved_at: str


def pending(database: Path) -> list[PendingDraft]:
    """Every draft this program can restore, the newest first (for the Dashboard's
    reminder after a crash; drafts of a newer program's are left out)."""
    found = []
    for key, draft in read_drafts(database).items():
        page, _, record_id = key.partition("/")
        if page and record_id and _usable(draft):
            saved_at = draft.get("saved_at")
            found.append(
                PendingDraft(page, "" if record_id == NEW else record_id, str(saved_at or ""))
            )
    return sorted(found, key=lambda d: d.saved_at, reverse=True)
