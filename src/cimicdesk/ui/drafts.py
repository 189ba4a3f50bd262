"""Unsaved editor changes kept beside the database, so that a crash does not lose them.

`<database>.drafts.json` maps "<page key>/<record id or 'new'>" to {"saved_at": UTC stamp,
"values": {widget name: text}}. Every write goes to a temporary file renamed over the
old one (os.replace), so a crash mid-write leaves the previous drafts whole.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from cimicdesk.domain.timeutil import now_stamp


def drafts_path(database: Path) -> Path:
    return Path(f"{database}.drafts.json")


def draft_key(page: str, record_id: str) -> str:
    return f"{page}/{record_id or 'new'}"


def read_drafts(database: Path) -> dict[str, Any]:
    try:
        data = json.loads(drafts_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(database: Path, drafts: dict[str, Any]) -> None:
    target = drafts_path(database)
    if not drafts:
        with contextlib.suppress(OSError):
            target.unlink()
        return
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps(drafts, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def save_draft(database: Path, key: str, values: dict[str, str]) -> None:
    drafts = read_drafts(database)
    drafts[key] = {"saved_at": now_stamp(), "values": values}
    _write(database, drafts)


def get_draft(database: Path, key: str) -> dict[str, Any] | None:
    draft = read_drafts(database).get(key)
    return draft if isinstance(draft, dict) and isinstance(draft.get("values"), dict) else None


def clear_draft(database: Path, key: str) -> None:
    drafts = read_drafts(database)
    if drafts.pop(key, None) is not None:
        _write(database, drafts)
