"""The made-up unit narratives: the written sections of the unit's sitrep, each ISO week.

Written after the liaison log, from its figures (meetings of the week, the towns most
visited, the meetings marked significant) and the sentences of data/narratives.toml,
through the BulkWriter, as rows equal to those narratives.publish writes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from cimicdesk.demo import words
from cimicdesk.demo.area import Area
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import narratives
from cimicdesk.store.bulk import BulkWriter
from cimicdesk.store.database import Store
from cimicdesk.store.narratives import Narrative

TABLE = narratives.TABLE


def iso_weeks(start: date, days: int) -> list[tuple[date, date]]:
    """(Monday, Sunday) of every ISO week that has a day in the `days` days from start."""
    monday = start - timedelta(days=start.weekday())
    last = start + timedelta(days=days - 1)
    weeks = []
    while monday <= last:
        weeks.append((monday, monday + timedelta(days=6)))
        monday += timedelta(days=7)
    return weeks


def _week_figures(store: Store) -> dict[date, tuple[int, list[str], int]]:
    """Monday -> (meetings, towns by meetings, most first; meetings marked significant)."""
    rows = store.db.execute(
        "SELECT substr(start, 1, 10), place, count(*), sum(significant) FROM liaison_entries "
        "WHERE origin_unit = ? AND deleted = 0 GROUP BY 1, 2",
        [store.unit.name],
    ).fetchall()
    meetings: Counter[date] = Counter()
    significant: Counter[date] = Counter()
    towns: dict[date, Counter[str]] = defaultdict(Counter)
    for day_text, place, count, marked in rows:
        day = date.fromisoformat(day_text)
        monday = day - timedelta(days=day.weekday())
        meetings[monday] += count
        significant[monday] += marked or 0
        if place:
            towns[monday][place] += count
    return {
        monday: (meetings[monday], [t for t, _ in towns[monday].most_common()], significant[monday])
        for monday in meetings
    }


class NarrativeWriter:
    """Writes a narrative for each week of the period that has meetings.

    Attributes: store, area (its random stream and places), writer.
    """

    def __init__(self, store: Store, area: Area, writer: BulkWriter):
        self.store = store
        self.area = area
        self.writer = writer

    def write(self, start: date, days: int) -> int:
        """Add the weeks' narratives; return how many."""
        figures = _week_figures(self.store)
        written = 0
        for monday, sunday in iso_weeks(start, days):
            found = figures.get(monday)
            if found is None or self._written(monday, sunday):
                continue  # no meeting that week, or its narrative is there (another seed)
            self.writer.add(TABLE, self._narrative(monday, sunday, *found), self._stamp(sunday))
            written += 1
        return written

    def _written(self, monday: date, sunday: date) -> bool:
        """Whether this unit's narrative of the week is in the file already."""
        found = narratives.get(self.store, self.store.unit.name, str(monday), str(sunday))
        return found is not None

    def _stamp(self, sunday: date) -> str:
        """Written on the Sunday afternoon, as the sitrep goes out."""
        r = self.area.rng
        moment = datetime.combine(sunday, time(14), UTC)
        return to_stamp(
            moment + timedelta(minutes=r.randrange(240), milliseconds=r.randrange(60_000))
        )

    def _narrative(
        self, monday: date, sunday: date, meetings: int, towns: list[str], significant: int
    ) -> Narrative:
        r = self.area.rng
        top = towns[0] if towns else words.CAPITAL
        place = self.area.places.get(top) or self.area.place()
        slots: dict[str, Any] = {
            **self.area.slots(place),
            "meetings": meetings,
            "top": top,
            "second": towns[1] if len(towns) > 1 else top,
            "significant": significant,
        }
        texts = words.NARRATIVE_TEXTS

        def pick(name: str, low: int, high: int) -> list[str]:
            return [t.format_map(slots) for t in r.sample(texts[name], r.randint(low, high))]

        more = r.choice(words.KEY_POINT_COUNTS) - 1
        key_points = [words.FIRST_KEY_POINT.format_map(slots), *pick("key_points", more, more)]
        issues = pick("issues_for_hq", 1, 2)
        if words.NO_ISSUE in issues and len(issues) > 1:
            issues.remove(words.NO_ISSUE)
        return Narrative(
            id=narratives.narrative_id(
                self.store.unit.name, monday.isoformat(), sunday.isoformat()
            ),
            period_start=str(monday),
            period_end=str(sunday),
            key_points="\n".join(key_points),
            civil_situation=" ".join(pick("civil_situation", 2, 3)),
            protection_gender=" ".join(pick("protection_gender", 1, 1)),
            assessment=" ".join(pick("assessment", 1, 2)),
            planned_activities="\n".join(pick("planned_activities", 2, 4)),
            issues_for_hq="\n".join(issues),
        )
