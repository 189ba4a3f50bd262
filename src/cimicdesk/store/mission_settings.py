"""The mission's QIP rules (ceiling, longest duration), kept as synced rows in the database.

Synced rather than local: the rules are the mission's, not one laptop's. Sector HQ sets
them once and every battalion gets them with HQ's next package; they travel with the
file at handover. Each setting is one row whose id derives from the setting's name, so
the same setting saved at two sites merges into one row (the per-field clock decides),
and a setting never saved reads as the doctrine's default.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from typing import Any

from cimicdesk.domain import bounds
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.domain.records import Record
from cimicdesk.store import synced
from cimicdesk.store.database import Store

TABLE = "mission_settings"
_NAMESPACE = uuid.UUID("0b7d2a41-95c3-4f0e-8a9e-6c1f3d5e7b20")


@dataclass
class MissionSetting(Record):
    """One stored setting: its name and its value as JSON text."""

    setting: str = ""
    value: str = ""


def setting_id(name: str) -> str:
    """The row id of a setting: the same at every site."""
    return str(uuid.uuid5(_NAMESPACE, name))


def get_mission_settings(store: Store) -> MissionSettings:
    """The settings in force: what is stored, the default for anything never set."""
    rows = dict(
        store.db.execute(f"SELECT setting, value FROM {TABLE} WHERE deleted = 0").fetchall()
    )
    return settings_from(rows)


def settings_from(rows: dict[str, str]) -> MissionSettings:
    """The settings in force given the live rows (setting -> value as JSON)."""
    values: dict[str, Any] = {}
    for item in fields(MissionSettings):
        if item.name in rows:
            value = json.loads(rows[item.name])
            values[item.name] = float(value) if item.type in ("float", float) else value
    return MissionSettings(**values)


def save_mission_settings(store: Store, settings: MissionSettings) -> MissionSettings:
    """Validate and store every setting (only changed ones get a new clock)."""
    settings.validate()
    out_of_range = bounds.record_errors(settings, [item.name for item in fields(settings)])
    if out_of_range:
        raise ValidationError(out_of_range)
    with store.db.atomic():
        for item in fields(MissionSettings):
            row = MissionSetting(
                id=setting_id(item.name),
                setting=item.name,
                value=json.dumps(getattr(settings, item.name)),
            )
            synced.write(store, TABLE, row)
    return get_mission_settings(store)
