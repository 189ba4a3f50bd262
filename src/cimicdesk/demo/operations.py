"""Made-up QIPs, incidents and support requests for a training database, fast and repeatable.

Records are built as domain objects and checked by the same rules the repositories apply
(QIPs walk their lifecycle through domain.qip.apply_transition), then written through
store.bulk as the repositories would write them, with their search-index text. Each
record is stored as if typed in once in its present state (every clock at 1), stamped
at the time it happened. All randomness, ids included, comes from `rng`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from cimicdesk.demo import words
from cimicdesk.demo.assessments import Seeded
from cimicdesk.demo.incidents import add_incident
from cimicdesk.demo.projects import add_qip
from cimicdesk.demo.support import add_support_request
from cimicdesk.domain.grid import grid_from_latlon, parse_grid
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.domain.records import Record
from cimicdesk.domain.timeutil import to_stamp, utc_now
from cimicdesk.store import bulk, training
from cimicdesk.store.database import Store
from cimicdesk.store.mission_settings import get_mission_settings

_TOWN_WEIGHTS = [t.weight for t in words.TOWNS]


def seed_operations(
    store: Store,
    rng: random.Random,
    *,
    start: date,
    days: int,
    organisations: Sequence[str],
    contacts: Sequence[str],
    liaison: Sequence[str],
    scale: int,
    now: datetime | None = None,
    assessments: Sequence[Seeded] = (),
    links: random.Random | None = None,
) -> dict[str, int]:
    """Add QIPs, incidents and support requests for `days` days from `start`.

    `scale` is the number of liaison entries the seeded database holds (normally
    len(liaison)); it gives the counts: about scale/60 QIPs (at every stage, with
    tranches, monitoring visits without photos and their transitions), scale/10
    incidents and scale/25 support requests. `organisations`, `contacts` and `liaison`
    are ids of existing records that the new ones refer to. Nothing is dated after `now`
    (default: this moment), which also decides how far each project and request has come:
    the same `now` gives the same records whatever day the seed runs. `assessments`:
    the community assessments seeded before (demo.assessments), a few of which the
    projects of their town name as their justification, drawn from `links` (its own
    stream: the projects are otherwise those of a seed without assessments). Runs in one
    transaction; returns the rows added per table.
    """
    if days < 1 or scale < 0:
        raise ValueError("days must be 1 or more and scale 0 or more")
    training.require_training(store)  # made-up records go into training databases only
    builder = Builder(store, rng, start, days, organisations, contacts, liaison, now)
    builder.assessments = list(assessments)
    builder.links = links or random.Random(0)
    with store.db.atomic():
        for _ in range(_share(scale, 60)):
            add_qip(builder)
        for _ in range(_share(scale, 10)):
            add_incident(builder)
        for _ in range(_share(scale, 25)):
            add_support_request(builder)
        builder.writer.flush()
    return builder.writer.counts()


def _share(scale: int, per: int) -> int:
    return max(1, round(scale / per)) if scale > 0 else 0


class Builder:
    """One random stream, the period, the records to refer to, and the writer.

    Attributes: store, rng, now; start / end (dates: end is exclusive, never after
    today) and span (days between); organisations, contacts, liaison (ids to refer to);
    settings (the mission's QIP rules); org_names (id -> name, acronym) and
    contact_names (id -> name as search text gives it); writer (store.bulk).
    """

    def __init__(
        self,
        store: Store,
        rng: random.Random,
        start: date,
        days: int,
        organisations: Sequence[str],
        contacts: Sequence[str],
        liaison: Sequence[str],
        now: datetime | None = None,
    ):
        self.store = store
        self.rng = rng
        self.now = now or utc_now()
        self.start = start
        self.end = min(start + timedelta(days=days), self.now.date() + timedelta(days=1))
        self.span = max(1, (self.end - start).days)
        self.organisations = list(organisations)
        self.contacts = list(contacts)
        self.liaison = list(liaison)
        self.settings: MissionSettings = get_mission_settings(store)
        self.org_names = bulk.organisation_names(store)
        self.contact_names = bulk.contact_names(store)
        self.writer = bulk.BulkWriter(store)
        # The assessments seeded before and the stream that links projects to them
        # (seed_operations sets both).
        self.assessments: list[Seeded] = []
        self.links = random.Random(0)
        self._numbers: dict[tuple[Callable[[Store, int], str], int], tuple[str, int, int]] = {}

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, day: date, hours: tuple[int, int] = (7, 17)) -> datetime:
        """A time of `day` within `hours` (UTC), never after now."""
        moment = datetime.combine(day, time(), UTC) + timedelta(
            minutes=self.rng.randrange(hours[0] * 60, hours[1] * 60)
        )
        return min(moment, self.now)

    def stamp(self, day: date) -> str:
        return to_stamp(self.moment(day))

    def day(self) -> date:
        return self.start + timedelta(days=self.rng.randrange(self.span))

    def later(self, day: date, low: int, high: int) -> date:
        return day + timedelta(days=self.rng.randrange(low, high + 1))

    def where(self) -> tuple[words.Town, str, str, dict[str, float]]:
        """A town, a site in it, a 10 m grid near it and that grid's position."""
        town = self.rng.choices(words.TOWNS, _TOWN_WEIGHTS)[0]
        site = self.rng.choice(town.sites)
        lat = town.lat + self.rng.uniform(-0.03, 0.03)
        lon = town.lon + self.rng.uniform(-0.03, 0.03)
        ref = parse_grid(grid_from_latlon(lat, lon, digits=4))
        return town, site, ref.mgrs, {"lat": ref.lat, "lon": ref.lon}

    def pick(self, ids: list[str], share: float = 1.0) -> str | None:
        """One of `ids`, `share` of the time (else None)."""
        return self.rng.choice(ids) if ids and self.rng.random() < share else None

    def number(self, next_number: Callable[[Store, int], str], year: int) -> str:
        """The next number of a kind of record in `year`: the repository's next_number
        for the first, then counting on (the records made here are not stored yet)."""
        key = (next_number, year)
        if key not in self._numbers:
            first = next_number(self.store, year)
            head, tail = first.rsplit("-", 1)
            self._numbers[key] = (head, len(tail), int(tail))
            return first
        head, width, last = self._numbers[key]
        self._numbers[key] = (head, width, last + 1)
        return f"{head}-{last + 1:0{width}d}"

    def add(
        self, table: str, record: Record, stamp: str, extra: dict[str, Any] | None = None
    ) -> None:
        self.writer.add(table, record, stamp, extra)
