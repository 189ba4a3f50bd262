"""The kinds of record the situation map draws, one value per mapped table."""

from __future__ import annotations

from enum import StrEnum


class MapKind(StrEnum):
    """What a point on the map is (contacts are never drawn: where a source lives is not
    shown). The values are stored in the map index (store/map_index_sql.py)."""

    INCIDENT = "incident"
    QIP = "qip"
    LIAISON = "liaison"
    ORGANISATION = "organisation"
    SUPPORT = "support"
    ASSESSMENT = "assessment"  # a community assessment, styled by its worst severity
