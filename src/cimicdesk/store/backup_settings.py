"""Where a database's backups are written on this laptop and how many of them are kept.

Read by store.backups (so the window, the commands, purge and passphrase changes all
find the same copies), written by Edit → Preferences. Kept in a small JSON file of the
laptop's (paths.backup_settings_file), not in the database, because:

* a folder is a place on this machine: the laptop that receives the file at handover
  has no such folder, and gets the default (`backups` beside the database);
* the copies must be found when the database itself cannot be opened (a restore);
* it is readable below the window, which alone may use Qt's settings.

Kept per database (keyed by its full path), so two databases both named
cimicdesk.sqlite never share one folder's rotation unless the officer chooses so.

Changing the folder moves nothing: the folders written to before are kept (`earlier`)
and their backups are still listed, restored, re-keyed, purged and pruned with the new
ones, so nothing is lost and old copies age out as new ones are taken.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cimicdesk import paths
from cimicdesk.domain.errors import CimicError, InvalidValueError
from cimicdesk.i18n.message import msg

DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_BEFORE = 10
MIN_KEEP = 1
MAX_KEEP = 100  # a year of weekly use fits; more would fill a small laptop disk unseen
FOLDER_NAME = "backups"


@dataclass(frozen=True)
class BackupPolicy:
    """The backups of one database: folder (None: `backups` beside the database), how
    many daily ones and how many others (before an import, a restore, Back up now) are
    kept, and the folders written to before (still read)."""

    folder: Path | None = None
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_before: int = DEFAULT_KEEP_BEFORE
    earlier: tuple[Path, ...] = field(default=())


def default_folder(database: Path) -> Path:
    """The backups folder beside a database (without creating it)."""
    return Path(database).resolve().parent / FOLDER_NAME


def _key(database: Path) -> str:
    return str(Path(database).resolve())


def _read_all() -> dict[str, Any]:
    try:
        data = json.loads(paths.backup_settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _count(value: object, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(MAX_KEEP, max(MIN_KEEP, value))


def policy_for(database: Path) -> BackupPolicy:
    """The policy of a database on this laptop; the defaults when none was chosen (or the
    settings file is unreadable: backups never stop for it)."""
    entry = _read_all().get(_key(database))
    if not isinstance(entry, dict):
        return BackupPolicy()
    folder = entry.get("folder")
    earlier = entry.get("earlier")
    return BackupPolicy(
        folder=Path(folder) if isinstance(folder, str) and folder else None,
        keep_daily=_count(entry.get("keep_daily"), DEFAULT_KEEP_DAILY),
        keep_before=_count(entry.get("keep_before"), DEFAULT_KEEP_BEFORE),
        earlier=tuple(
            Path(p) for p in (earlier if isinstance(earlier, list) else []) if isinstance(p, str)
        ),
    )


def write_folder(database: Path) -> Path:
    """Where the next backup of a database is written (not created here)."""
    return policy_for(database).folder or default_folder(database)


def read_folders(database: Path) -> list[Path]:
    """Every folder that may hold backups of a database: the one written to, those
    written to before, and the default one; each once."""
    policy = policy_for(database)
    found: list[Path] = []
    for folder in (policy.folder, *policy.earlier, default_folder(database)):
        if folder is not None and folder not in found:
            found.append(folder)
    return found


def check_folder(folder: Path) -> None:
    """Create the folder if need be and prove a file can be written in it; else a
    CimicError saying so (nothing is left behind)."""
    folder = Path(folder)
    probe = folder / f".cimicdesk-probe-{uuid.uuid4().hex[:8]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, b"x")
        finally:
            os.close(descriptor)
    except OSError as exc:
        raise folder_error(folder, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


def folder_error(folder: Path, exc: OSError) -> CimicError:
    """What the officer is told when a backups folder cannot be made or written to."""
    return CimicError(
        msg(
            "Backups cannot be written to {folder} ({detail}). Choose a folder on a disk "
            "you can write to; nothing was changed.",
            folder=str(folder),
            detail=exc.strerror or str(exc),
        )
    )


def check_count(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_KEEP <= value <= MAX_KEEP:
        raise InvalidValueError(
            msg(
                "Keep between {low} and {high} backups.",
                low=MIN_KEEP,
                high=MAX_KEEP,
            )
        )
    return value


def save_policy(
    database: Path, folder: Path | None, keep_daily: int, keep_before: int
) -> BackupPolicy:
    """Choose the folder and the counts for a database's backups on this laptop.

    The folder is checked first (it must take a file); a folder changed keeps the one
    written to until now among `earlier`. Raises CimicError (nothing saved) when the folder
    or the settings file cannot be written, InvalidValueError for a count out of range.
    """
    check_count(keep_daily)
    check_count(keep_before)
    default = default_folder(database)
    target = Path(folder).expanduser().resolve() if folder is not None else default
    check_folder(target)
    old = policy_for(database)
    previous = old.folder or default
    earlier = [p for p in old.earlier if p != target]
    if previous != target and previous not in earlier:
        earlier.append(previous)
    policy = BackupPolicy(
        folder=None if target == default else target,
        keep_daily=keep_daily,
        keep_before=keep_before,
        earlier=tuple(p for p in earlier if p != default),
    )
    data = _read_all()
    data[_key(database)] = {
        "folder": str(policy.folder) if policy.folder else "",
        "keep_daily": policy.keep_daily,
        "keep_before": policy.keep_before,
        "earlier": [str(p) for p in policy.earlier],
    }
    _write_all(data)
    return policy


def _write_all(data: dict[str, Any]) -> None:
    """The settings file whole or not at all (a temporary file renamed over it)."""
    target = paths.backup_settings_file()
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, indent=1, sort_keys=True))
            handle.flush()
            # On disk before the rename: a power cut must not leave an empty file, which
            # would forget the folders earlier backups are in.
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise CimicError(
            msg(
                "The backup settings could not be saved in {path} ({detail}); nothing was changed.",
                path=str(target),
                detail=exc.strerror or str(exc),
            )
        ) from exc
