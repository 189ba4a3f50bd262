"""A position told against the nearest gazetteer place, by key: '12 km NE of Kaga-Bandoro'
(the compass point a translated label, the place's name never translated)."""

from __future__ import annotations

from cimicdesk.domain.geo import CompassPoint
from cimicdesk.i18n.message import Label, Message, msg

COMPASS_KIND = "CompassPoint"  # the translation context of the compass points' labels
WHOLE_KM_FROM = 10.0  # nearer than this, distances keep one decimal: 3.4 km


def compass_label(point: CompassPoint) -> Label:
    """A compass point as a label ('NE'; in French 'NE', but 'SO' for SW)."""
    return Label(point.value, COMPASS_KIND)


def rounded_km(distance_km: float) -> float | int:
    """One decimal under 10 km (3.4), whole kilometres from there (12)."""
    tenths = round(distance_km, 1)
    return tenths if tenths < WHOLE_KM_FROM else round(distance_km)


def relative_message(distance_km: float, point: CompassPoint | None, place: str) -> Message:
    """'12 km NE of Kaga-Bandoro', or 'at Kaga-Bandoro' when there is no point to give (or
    the position is within 50 m of the place: '0 km NE' says nothing)."""
    if point is None or round(distance_km, 1) == 0:
        return msg("at {place}", place=place)
    return msg(
        "{distance} km {point} of {place}",
        distance=rounded_km(distance_km),
        point=compass_label(point),
        place=place,
    )
