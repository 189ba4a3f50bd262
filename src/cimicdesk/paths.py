"""Where data, backups and logs live (platformdirs), with an override for tests and USB use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CIMIC Desk"
DATA_DIR_ENV = "CIMICDESK_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the default database, its backups and logs; created on demand."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    folder = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings_file() -> Path:
    """The program's own settings (its language): an INI file in the user's configuration
    folder, or in CIMICDESK_DATA_DIR when that is set (a portable install, the tests)."""
    chosen = os.environ.get(DATA_DIR_ENV)
    folder = (
        Path(chosen) if chosen else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    return folder / "settings.ini"


def backup_settings_file() -> Path:
    """Where each database's backups go on this laptop and how many are kept (a JSON file
    beside settings_file: read without Qt by the store and the commands)."""
    return settings_file().with_name("backups.json")


def default_database(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / "cimicdesk.sqlite"
