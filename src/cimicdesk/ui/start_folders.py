"""Where each file dialog opens: the folder last used for that kind of file, else the database's.

The folders are remembered in the program's settings (ui.i18n.settings()), one per purpose,
so they outlast the session. A remembered folder that was deleted or unplugged (a USB stick)
is ignored: the dialog opens in the folder its caller offers, which is the open database's.
"""

from __future__ import annotations

from pathlib import Path

from cimicdesk.ui.i18n import settings

# The kinds of file a dialog is for; each remembers its own folder.
EXPORT = "export"  # unit files for higher HQ, the handover folder
IMPORT = "import"  # unit files to import, handover exports to take over, cards to enrol
REPORTS = "reports"  # sitreps, briefs, printed records, the unit's card
PHOTOS = "photos"  # photos and other attachments
DATABASE = "database"  # databases to open, create or install
BACKUPS = "backups"  # backup folders and backups to restore
MAPS = "maps"  # MBTiles map files added to a database's maps folder
PURPOSES = (EXPORT, IMPORT, REPORTS, PHOTOS, DATABASE, BACKUPS, MAPS)
GROUP = "folders"


def _key(purpose: str) -> str:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown file dialog purpose: {purpose!r}")
    return f"{GROUP}/{purpose}"


def remembered(purpose: str) -> Path | None:
    """The folder last used for `purpose`, if it still exists."""
    value = settings().value(_key(purpose), "")
    if not isinstance(value, str) or not value:
        return None
    folder = Path(value)
    return folder if folder.is_dir() else None


def start_folder(purpose: str, fallback: Path) -> Path:
    """The folder a dialog for `purpose` opens in: the last one used, else `fallback` (beside
    the database), else the nearest folder above it that exists."""
    folder = remembered(purpose)
    if folder is not None:
        return folder
    while not fallback.is_dir() and fallback != fallback.parent:
        fallback = fallback.parent
    return fallback


def start_path(purpose: str, suggested: Path) -> Path:
    """A save dialog's first answer: the name `suggested` in start_folder (its own folder
    being the fallback)."""
    return start_folder(purpose, suggested.parent) / suggested.name


def remember(purpose: str, chosen: Path) -> None:
    """Keep the folder of `chosen` (a file, or a folder itself) for the next `purpose` dialog."""
    folder = chosen if chosen.is_dir() else chosen.parent
    store = settings()
    store.setValue(_key(purpose), str(folder.resolve()))
    store.sync()
