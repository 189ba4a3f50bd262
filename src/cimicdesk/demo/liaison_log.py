"""The made-up liaison log: meetings over the period, the people met, follow-up actions."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from cimicdesk.demo import words
from cimicdesk.demo.area import Area
from cimicdesk.demo.directory import Directory
from cimicdesk.domain.enums import ActionStatus, LiaisonType, ParticipantKind
from cimicdesk.domain.masking import listed_name
from cimicdesk.domain.records import FollowUpAction, LiaisonEntry, Participant
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import liaison
from cimicdesk.store.bulk import BulkWriter
from cimicdesk.store.database import Store

Progress = Callable[[int, int], None]
CHUNK = 2000  # entries built and inserted per batch: bounded memory for 250,000 entries
TABLES = ("liaison_entries", "liaison_participants", "follow_up_actions")
_DAY_WEIGHT = {0: 10, 1: 10, 2: 10, 3: 10, 4: 9, 5: 5, 6: 2}  # Monday .. Sunday
# Meetings the officer marks significant: about this many a week, mostly coordination
# meetings and meetings where issues were raised (weights: any meeting, coordination,
# issues raised, added up).
SIGNIFICANT_A_WEEK = 4.5
SIGNIFICANT_AT_MOST = 6  # in one ISO week: an officer singles out only a few
_MARK_WEIGHTS = (0.15, 3.0, 1.5)
_ISSUES_SHARE = 0.45  # of entries with issues raised (see _entry)
Pool = tuple[list[int], list[float]]  # indexes of people (or organisations), cumulative weights


class LiaisonLog:
    """Entries of the log, written through a BulkWriter a chunk at a time.

    Attributes: store, area, directory, writer; days (length of the period) and end (its
    first day after); the pools of who can be met in each town (set by write()).
    """

    def __init__(
        self,
        store: Store,
        area: Area,
        directory: Directory,
        writer: BulkWriter,
        days: int,
        marks: random.Random | None = None,
    ):
        self.store = store
        self.area = area
        self.directory = directory
        self.writer = writer
        self.days = days
        self.end = area.start + timedelta(days=days)
        # Its own stream, so marking leaves every other draw of the seed as it was.
        self.marks = marks or random.Random(0)
        self.mark_scale = 0.0
        self.marked: Counter[str] = Counter()  # meetings marked, by ISO week ('2026-W49')

    def write(self, count: int, progress: Progress | None) -> None:
        """Make `count` entries at working hours over the period, numbered in time order."""
        rng, start = self.area.rng, self.area.start
        self._prepare_pools()
        self.mark_scale = self._mark_scale(count)
        day_cum = list(
            accumulate(_DAY_WEIGHT[(start + timedelta(days=d)).weekday()] for d in range(self.days))
        )
        days = rng.choices(range(self.days), cum_weights=day_cum, k=count)
        # Working hours 07:00-17:55 in the Central African Republic (UTC+1), every 5 minutes.
        minutes = sorted(d * 1440 + 360 + rng.randrange(132) * 5 for d in days)
        numbers = {}
        for done, minute in enumerate(minutes, start=1):
            moment = self.area.base + timedelta(minutes=minute)
            year = moment.year
            if year not in numbers:
                numbers[year] = int(liaison.next_ref(self.store, year).rsplit("-", 1)[1])
            ref = f"{self.store.unit.code}-{year}-{numbers[year]:04d}"
            numbers[year] += 1
            self._entry(moment, ref)
            if done % CHUNK == 0 or done == count:
                self.writer.flush()
                if progress:
                    progress(done, count)
        if not count and progress:
            progress(0, 0)

    def _prepare_pools(self) -> None:
        """Who can be met where: per town, the people and organisations with weights."""
        people, orgs = self.directory.people, self.directory.orgs
        self.type_cum = list(accumulate(words.TYPE_WEIGHTS.values()))
        self.types = list(words.TYPE_WEIGHTS)
        met = [i for i, p in enumerate(people) if p.weight > 0] or [0]
        self.pool_all: Pool = (met, list(accumulate(people[i].weight or 1.0 for i in met)))
        self.pool_at: dict[str, Pool] = {}
        self.orgs_at: dict[str, list[int]] = {}
        for name in self.area.places:
            here = [i for i in met if people[i].contact.place == name]
            self.pool_at[name] = (
                (here, list(accumulate(people[i].weight for i in here))) if here else self.pool_all
            )
            self.orgs_at[name] = [i for i, (o, _) in enumerate(orgs) if o.place == name] or list(
                range(len(orgs))
            )

    def _mark_scale(self, count: int) -> float:
        """The factor that makes SIGNIFICANT_A_WEEK meetings a week significant on average."""
        a_week = count * 7 / self.days
        total = sum(words.TYPE_WEIGHTS.values())
        coordination = words.TYPE_WEIGHTS.get(LiaisonType.COORDINATION, 0) / total
        any_, coord, issues = _MARK_WEIGHTS
        mean = any_ + coord * coordination + issues * _ISSUES_SHARE
        return SIGNIFICANT_A_WEEK / (a_week * mean) if a_week else 0.0

    def _significant(self, entry: LiaisonEntry) -> bool:
        any_, coord, issues = _MARK_WEIGHTS
        weight = any_
        weight += coord if entry.entry_type is LiaisonType.COORDINATION else 0.0
        weight += issues if entry.issues_raised else 0.0
        if self.marks.random() >= self.mark_scale * weight:
            return False
        year, week, _ = date.fromisoformat(entry.start[:10]).isocalendar()
        key = f"{year}-W{week:02d}"
        if self.marked[key] >= SIGNIFICANT_AT_MOST:
            return False
        self.marked[key] += 1
        return True

    def _pick_people(self, pool: Pool, k: int) -> list[int]:
        chosen: list[int] = []
        for i in self.area.rng.choices(pool[0], cum_weights=pool[1], k=k + 2):
            if i not in chosen:
                chosen.append(i)
                if len(chosen) == k:
                    break
        return chosen

    def _entry(self, moment: datetime, ref: str) -> None:
        area, r = self.area, self.area.rng
        entry_type = r.choices(self.types, cum_weights=self.type_cum)[0]
        place = area.place()
        slots = area.slots(place)
        low, high = words.DURATIONS[entry_type]
        finish = moment + timedelta(minutes=r.randrange(low, high + 1, 5))
        # Teams are back before dark (17:30 UTC); a late start makes a shorter visit.
        dusk = moment.replace(hour=17, minute=30)
        finish = max(moment + timedelta(minutes=low), min(finish, dusk))
        grid = None if entry_type is LiaisonType.PHONE_RADIO else area.grid(place, 0.9)
        entry = LiaisonEntry(
            id=area.uuid(),
            ref=ref,
            start=to_stamp(moment),
            end=to_stamp(finish) if r.random() < 0.92 else "",
            entry_type=entry_type,
            place=place.name,
            grid=grid.mgrs if grid else "",
            purpose=r.choice(words.PURPOSES[entry_type]).format_map(slots),
            info_received=self._sentences(words.INFO_RECEIVED, slots, 0.92, 0.3),
            info_passed=self._sentences(words.INFO_PASSED, slots, 0.7, 0.15),
            issues_raised=self._sentences(words.ISSUES, slots, _ISSUES_SHARE, 0.1),
        )
        entry.significant = self._significant(entry)
        # Logged at the desk a while after the meeting ended.
        logged = finish + timedelta(minutes=r.randrange(10, 300), milliseconds=r.randrange(60_000))
        stamp = to_stamp(logged)
        position = {"lat": grid.lat if grid else None, "lon": grid.lon if grid else None}
        self.writer.add("liaison_entries", entry, stamp, position)
        names = [
            self._participant(entry.id, kind, target, stamp)
            for kind, target in self._participants(entry_type, place)
        ]
        entry.participant_names = "; ".join(names)
        if r.random() < 0.4:
            entry.actions = [
                self._action(entry.id, moment, logged, slots)
                for _ in range(1 if r.random() < 0.7 else 2)
            ]
        self.writer.add_index("liaison", entry.id, liaison.index_text(entry))

    def _sentences(
        self, templates: tuple[str, ...], slots: dict[str, Any], filled: float, second: float
    ) -> str:
        r = self.area.rng
        if r.random() >= filled:
            return ""
        count = 2 if r.random() < second else 1
        return " ".join(t.format_map(slots) for t in r.sample(templates, count))

    def _participants(
        self, entry_type: LiaisonType, place: words.Place
    ) -> list[tuple[ParticipantKind, int]]:
        """(kind, person index or organisation index) of the people and bodies met."""
        r = self.area.rng
        if entry_type is LiaisonType.PHONE_RADIO:
            people, orgs = 1, 0
        elif entry_type is LiaisonType.COORDINATION:
            people, orgs = r.randint(0, 2), r.randint(1, 2)
        elif entry_type in (LiaisonType.BILATERAL, LiaisonType.KLE):
            people, orgs = r.choices((1, 2, 3), (60, 30, 10))[0], int(r.random() < 0.12)
        else:
            people, orgs = r.randint(1, 4), int(r.random() < 0.3)
        pool = self.pool_all if entry_type is LiaisonType.PHONE_RADIO else self.pool_at[place.name]
        chosen = [(ParticipantKind.CONTACT, i) for i in self._pick_people(pool, people)]
        here = self.orgs_at[place.name]
        for i in r.sample(here, min(orgs, len(here), 4 - len(chosen))):
            chosen.append((ParticipantKind.ORGANISATION, i))
        return chosen

    def _participant(self, entry_id: str, kind: ParticipantKind, index: int, stamp: str) -> str:
        """Link the entry to a person or body met; return the name the log shows for it."""
        if kind is ParticipantKind.CONTACT:
            contact = self.directory.people[index].contact
            target_id, name = (
                contact.id,
                listed_name(contact.id, contact.name, contact.sensitivity.value),
            )
        else:
            org = self.directory.orgs[index][0]
            target_id, name = org.id, org.name
        link = Participant(
            id=liaison.link_id(entry_id, kind, target_id),
            entry_id=entry_id,
            kind=kind,
            target_id=target_id,
        )
        self.writer.add("liaison_participants", link, stamp)
        return name

    def _action(
        self, entry_id: str, moment: datetime, logged: datetime, slots: dict[str, Any]
    ) -> FollowUpAction:
        r = self.area.rng
        due = moment.date() + timedelta(days=r.randint(3, 21)) if r.random() < 0.88 else None
        action = FollowUpAction(
            id=self.area.uuid(),
            entry_id=entry_id,
            description=r.choice(words.ACTIONS).format_map(slots),
            owner=r.choice(words.OWNERS),
            due_date=due.isoformat() if due else "",
        )
        self.writer.add("follow_up_actions", action, to_stamp(logged))
        status = self._closing_status(due)
        if status is not None:
            # Logged open and closed later (an edit with history), as at a desk: after it was
            # logged, by its due date and before the period ends.
            limit = datetime.combine(self.end, time(), UTC)
            if due is not None:
                limit = min(limit, datetime.combine(due, time(18), UTC))
            span = max(3600, int((limit - logged).total_seconds()))
            closed = to_stamp(logged + timedelta(seconds=r.randrange(600, span + 600)))
            self.writer.edit_last("follow_up_actions", closed, status=status.value)
            action.status = status
        return action

    def _closing_status(self, due: date | None) -> ActionStatus | None:
        """How an action ended by the end of the period (None: still open)."""
        r = self.area.rng
        if due is not None and due < self.end:
            # A cell chases its actions: few stay open a month after they fell due.
            stale = (self.end - due).days > 30
            weights = (90, 8, 2) if stale else (72, 6, 22)
            return r.choices((ActionStatus.DONE, ActionStatus.CANCELLED, None), weights)[0]
        if due is None:
            return ActionStatus.DONE if r.random() < 0.5 else None
        return ActionStatus.DONE if r.random() < 0.15 else None
