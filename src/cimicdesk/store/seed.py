"""Fill a database with a realistic synthetic mission, fast: rows built in Python, one transaction.

The rows are exactly those the repositories would write (same columns, clocks, search
index text), so a seeded database behaves like one typed in by hand; only the speed differs.
Everything random comes from one generator, ids included: the same seed and period give the
same records in any database of the same unit.
"""

from __future__ import annotations

import json
import math
import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from cimicdesk.domain.enums import (
    ActionStatus,
    Cluster,
    ContactCategory,
    Gender,
    LiaisonType,
    OrgType,
    ParticipantKind,
    Sensitivity,
)
from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError
from cimicdesk.domain.grid import GridReference, grid_from_latlon, parse_grid
from cimicdesk.domain.masking import listed_name
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
    Record,
)
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import contacts, liaison, organisations, search, training
from cimicdesk.store import seed_directory as directory
from cimicdesk.store import seed_words as words
from cimicdesk.store.database import Store
from cimicdesk.store.seed_operations import seed_operations
from cimicdesk.store.synced import bump_clock, clocked_fields, new_row

Progress = Callable[[int, int], None]
CHUNK = 2000  # entries built and inserted per batch: bounded memory for 250,000 entries
_META = ("id", "origin_unit", "created_at", "updated_at", "updated_site", "deleted", "clock")


def seed_database(
    store: Store,
    *,
    entries: int,
    seed: int,
    start: date | None = None,
    days: int = 365,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Add ~entries/40 organisations, ~entries/12 contacts and `entries` liaison entries,
    then QIPs, incidents and support requests in proportion (store.seed_operations).

    Entries fall in the `days` days from `start` (default: the days up to yesterday).
    Returns the number of rows added per table. Refuses a real database (made-up records
    live only in a training one: store/training.py) and a read-only (handed-over) file.
    """
    if entries < 0 or days < 1:
        raise ValueError("entries must be 0 or more and days 1 or more")
    training.require_training(store)
    if store.read_only_reason():
        raise ReadOnlyDatabaseError(store.read_only_reason())
    start = start or date.today() - timedelta(days=days)
    if start + timedelta(days=days) > date.today() + timedelta(days=365):
        raise CimicError(
            "The period would end more than a year from now; liaison entries cannot be "
            "dated that far ahead. Choose an earlier --start or fewer --days."
        )
    mission = _Mission(store, random.Random(seed), start, days)
    try:
        with store.db.atomic():
            mission.build_directory(max(12, round(entries / 40)), max(20, round(entries / 12)))
            mission.liaison_log(entries, progress)
            operations = seed_operations(
                store,
                random.Random(f"{seed}-operations"),
                start=start,
                days=days,
                organisations=_ids(store, "organisations"),
                contacts=_ids(store, "contacts"),
                liaison=_ids(store, "liaison_entries"),
                scale=entries,
            )
    except sqlite3.IntegrityError as exc:
        raise CimicError(
            f"{store.path.name} already holds records this seed would create ({exc}). "
            f"It was probably seeded with seed {seed} before: choose another seed."
        ) from exc
    return {**mission.counts(), **operations}


def _ids(store: Store, table: str) -> list[str]:
    """Ids of this unit's live records of a table, in the order they were written."""
    rows = store.db.execute(
        f"SELECT id FROM {table} WHERE deleted = 0 AND origin_unit = ? ORDER BY rowid",
        [store.unit.name],
    ).fetchall()
    return [r[0] for r in rows]


_DERIVED_NAMED = ("lat", "lon", "name_key")  # the keys of derived_columns(), in order


class _Table:
    """Rows for one synced table, made by synced.new_row as write() would, inserted in batches.

    Attributes: name, columns (in insert order), sql, rows (pending), count (flushed).
    """

    def __init__(self, store: Store, name: str, cls: type[Record], extra: tuple[str, ...] = ()):
        self.name = name
        self.columns = (*_META, *cls.business_fields(), *extra)
        self.extra = extra
        names = ", ".join(f'"{c}"' for c in self.columns)
        self.sql = f"INSERT INTO {name} ({names}) VALUES ({', '.join('?' * len(self.columns))})"
        self._unit = store.unit.name
        self._site = store.site_id
        self._clocked = clocked_fields(cls)
        # History keeps a version as fetch_row reads it: in the table's column order.
        listed = [r[1] for r in store.db.execute(f"PRAGMA table_info({name})").fetchall()]
        self._table_order = [c for c in listed if c in self.columns]
        self.rows: list[tuple[Any, ...]] = []
        self.count = 0

    def add(self, record: Record, stamp: str, *extra: Any) -> None:
        record.origin_unit = self._unit
        row = new_row(
            record,
            unit=self._unit,
            site=self._site,
            stamp=stamp,
            extra=dict(zip(self.extra, extra, strict=True)),
        )
        self.rows.append(tuple(row[c] for c in self.columns))

    def edit_last(self, stamp: str, **changes: Any) -> dict[str, Any]:
        """Edit the row added last as synced.write would; return the version it replaces."""
        values = dict(zip(self.columns, self.rows[-1], strict=True))
        before = {c: values[c] for c in self._table_order}
        clock = bump_clock(before["clock"], self._clocked, list(changes), stamp, self._site)
        after = {
            **before,
            **changes,
            "updated_at": stamp,
            "updated_site": self._site,
            "clock": clock,
        }
        self.rows[-1] = tuple(after[c] for c in self.columns)
        return before

    def flush(self, conn: sqlite3.Connection) -> None:
        conn.executemany(self.sql, self.rows)
        self.count += len(self.rows)
        self.rows.clear()


@dataclass
class _Person:
    """A contact and how often the log generator lets the teams meet them."""

    contact: Contact
    weight: float


class _Mission:
    """The generator: one random stream, the towns, the directory and the log it builds."""

    def __init__(self, store: Store, rng: random.Random, start: date, days: int):
        self.store = store
        self.rng = rng
        self.start = start
        self.days = days
        self.end = start + timedelta(days=days)
        self.base = datetime.combine(start, time(), UTC)
        self.place_cum = list(accumulate(p.weight for p in words.PLACES))
        self.places = {p.name: p for p in words.PLACES}
        self.villages = self._make_villages()
        self.sites = {p.name: self._make_sites(p) for p in words.PLACES}
        self.roads = {p.name: self._neighbours(p) for p in words.PLACES}
        self.tables = {
            "organisations": _Table(store, "organisations", Organisation, _DERIVED_NAMED),
            "contacts": _Table(store, "contacts", Contact, _DERIVED_NAMED),
            "liaison_entries": _Table(store, "liaison_entries", LiaisonEntry, ("lat", "lon")),
            "liaison_participants": _Table(store, "liaison_participants", Participant),
            "follow_up_actions": _Table(store, "follow_up_actions", FollowUpAction),
        }
        self.history: list[tuple[str, str, str, str, str]] = []
        self.search: list[tuple[str, str, str, str]] = []
        self.orgs: list[tuple[Organisation, str]] = []  # (organisation, kind of staff)
        self.org_names: set[str] = set()
        self.country_offices: dict[str, Organisation] = {}
        self.people: list[_Person] = []

    # --- small helpers -------------------------------------------------------------------

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _place(self) -> words.Place:
        return self.rng.choices(words.PLACES, cum_weights=self.place_cum)[0]

    def _village(self, place: words.Place) -> str:
        return self.rng.choice(self.villages[place.name])

    def _grid(self, place: words.Place, share: float) -> GridReference | None:
        return self.rng.choice(self.sites[place.name]) if self.rng.random() < share else None

    def _phone(self) -> str:
        r = self.rng
        return (
            f"+236 7{r.choice('0257')} {r.randrange(100):02d} {r.randrange(100):02d} "
            f"{r.randrange(100):02d}"
        )

    def _office_stamp(self, days_before: tuple[int, int]) -> str:
        """When a directory record was typed in: office hours, some days before the period."""
        moment = self.base - timedelta(days=self.rng.randint(*days_before))
        return to_stamp(
            moment
            + timedelta(
                minutes=self.rng.randrange(360, 900), milliseconds=self.rng.randrange(60_000)
            )
        )

    def _make_villages(self) -> dict[str, list[str]]:
        seen: set[str] = set()
        result: dict[str, list[str]] = {}
        for place in words.PLACES:
            names: list[str] = []
            while len(names) < 30:
                name = self._village_name()
                if name not in seen and name not in self.places:
                    seen.add(name)
                    names.append(name)
            result[place.name] = names
        return result

    def _village_name(self) -> str:
        """Two or three Sango-like syllables, e.g. 'Ngakobo', 'Kpadjimbo'."""
        r = self.rng
        count = r.choice((2, 2, 3))
        syllables = [r.choice(words.VILLAGE_ONSETS) + r.choice(words.VILLAGE_VOWELS)]
        syllables += [
            r.choice(words.VILLAGE_ONSETS).lower() + r.choice(words.VILLAGE_VOWELS)
            for _ in range(count - 1)
        ]
        return "".join(syllables) + (r.choice(words.VILLAGE_CODAS) if count == 2 else "")

    def _make_sites(self, place: words.Place) -> list[GridReference]:
        """Meeting places around a town, a few km out, as 10 m MGRS references (zone 34N)."""
        sites = []
        for _ in range(40):
            lat = place.lat + self.rng.uniform(-0.045, 0.045)
            lon = max(18.01, place.lon + self.rng.uniform(-0.045, 0.045))
            sites.append(parse_grid(grid_from_latlon(lat, lon, 4)))
        return sites

    def _neighbours(self, place: words.Place) -> list[str]:
        others = sorted(
            (p for p in words.PLACES if p is not place),
            key=lambda p: math.hypot(p.lat - place.lat, p.lon - place.lon),
        )
        return [f"{place.name}–{p.name}" for p in others[:3]]

    def _slots(self, place: words.Place) -> dict[str, Any]:
        """Values for the sentence templates of one meeting."""
        r = self.rng
        villages = self.villages[place.name]
        first = r.randrange(len(villages))
        return {
            "place": place.name,
            "village": villages[first],
            "village2": villages[(first + r.randrange(1, len(villages))) % len(villages)],
            "road": r.choice(self.roads[place.name]),
            "partner": r.choice(words.PARTNERS),
            "facility": r.choice(words.FACILITIES),
            "leader": r.choice(words.LEADERS),
            "weekday": r.choice(words.WEEKDAYS),
            "households": r.randrange(12, 400),
            "cattle": r.randrange(5, 60) * 10,
            "days": r.randrange(3, 21),
            "fee": r.choice(("500", "1 000", "2 000", "5 000")),
        }

    # --- organisations and contacts ------------------------------------------------------

    def build_directory(self, org_count: int, contact_count: int) -> None:
        conn = self.store.db.conn
        # The first organisations cover every common kind, so even a tiny seed has a mix.
        guaranteed = [
            "un",
            "mission",
            "ingo",
            "mairie",
            "traditional",
            "community",
            "nngo",
            "religious",
            "red_cross",
            "government",
            "women",
            "sous_prefecture",
        ]
        kinds, weights = zip(*directory.ORG_KINDS, strict=True)
        cum = list(accumulate(weights))
        for kind in guaranteed:
            self._organisation(kind, first=True)
        while len(self.orgs) < org_count:
            self._organisation(self.rng.choices(kinds, cum_weights=cum)[0])
        self.tables["organisations"].flush(conn)
        for _ in range(contact_count):
            self._contact()
        self.tables["contacts"].flush(conn)
        self._flush_search(conn)

    def _organisation(
        self, kind: str, fields: dict[str, Any] | None = None, first: bool = False
    ) -> Organisation:
        place = self._place()
        for attempt in range(25):
            if fields is not None and fields["name"] not in self.org_names:
                break
            place = self._place()
            fields = directory.org_fields(
                self.rng,
                kind,
                place,
                self._village(place),
                self.country_office,
                first and attempt < 5,
            )
        else:  # every plausible name of this kind is taken: a community group always fits
            kind, place = "community", self._place()
            fields = directory.org_fields(
                self.rng, kind, place, self._village(place), self.country_office
            )
            assert fields is not None
            fields["name"] = f"{fields['name']} ({len(self.orgs) + 1})"
        kind = fields.pop("staff", kind)
        parent = fields.pop("parent", None)
        domain = fields.pop("domain", "")
        place = self.places[fields.pop("place", place.name)]
        org = Organisation(
            id=self._uuid(),
            place=place.name,
            parent_id=parent.id if parent else None,
            phones=(self._phone(),) if self.rng.random() < 0.7 else (),
            active=self.rng.random() < 0.96,
            **fields,
        )
        if domain:
            mailbox = org.acronym or org.name.split(" – ")[0].split()[0]
            org.email = f"{directory.slug(mailbox)}.{directory.slug(place.name)}@{domain}"
        org.notes = (
            words.DISTANCE_NOTE
            if org.keep_distance
            else self.rng.choice(words.ORG_NOTES).format(place=place.name)
        )
        ref = self._grid(place, 0.75)
        org.grid = ref.mgrs if ref else ""
        days_before = (90, 120) if parent is None and kind == "un" else (30, 89)
        self.tables["organisations"].add(
            org, self._office_stamp(days_before), *organisations.derived_columns(org).values()
        )
        self.search.append(("organisation", org.id, *organisations.index_text(org)))
        self.org_names.add(org.name)
        self.orgs.append((org, kind))
        return org

    def country_office(
        self, acronym: str, name: str, sectors: tuple[Cluster, ...], domain: str
    ) -> Organisation:
        """The Bangui country office of a UN agency, created before its first sub-office."""
        if acronym not in self.country_offices:
            fields = {
                "name": f"{name} – Country office",
                "acronym": acronym,
                "org_type": OrgType.UNITED_NATIONS,
                "sectors": sectors,
                "domain": domain,
                "place": words.CAPITAL,
            }
            self.country_offices[acronym] = self._organisation("un", fields)
        return self.country_offices[acronym]

    def _contact(self) -> None:
        r = self.rng
        org: Organisation | None = None
        if r.random() < 0.8:
            org, kind = r.choice(self.orgs)
            category, positions = words.STAFF[kind]
            place = self.places[org.place]
            position = r.choice(positions)
        else:
            category, positions = r.choice(words.UNAFFILIATED)
            place = self._place()
            village = self._village(place)
            position = r.choice(positions).format(
                village=village,
                of_village=directory.of_place(village),
                place=place.name,
                of_place=directory.of_place(place.name),
            )
            kind = "none"
        profile, gender = directory.profile_and_gender(r, category, kind, position)
        if gender is Gender.FEMALE:
            position = directory.feminine(position)
        given = r.choice(words.GIVEN[(profile, "male" if gender is Gender.MALE else "female")])
        name = f"{given} {r.choice(words.SURNAMES[profile])}"
        if r.random() < 0.03:
            gender = Gender.UNKNOWN
        sensitivity = directory.sensitivity(r, category, kind)
        slots = {
            "village": self._village(place),
            "place": place.name,
            "road": r.choice(self.roads[place.name]),
        }
        notes = (
            r.choice(words.SENSITIVE_NOTES)
            if sensitivity is not Sensitivity.NORMAL
            else r.choice(words.CONTACT_NOTES).format(**slots)
        )
        phones: tuple[str, ...] = (self._phone(),) if r.random() < 0.9 else ()
        if phones and r.random() < 0.25:
            phones += (self._phone(),)
        ref = self._grid(place, 0.35)
        contact = Contact(
            id=self._uuid(),
            name=name,
            position=position,
            organisation_id=org.id if org else None,
            category=category,
            gender=gender,
            languages=directory.languages(r, profile, position, category),
            phones=phones,
            email=directory.email(r, given, name, org, category),
            place=place.name,
            grid=ref.mgrs if ref else "",
            sensitivity=sensitivity,
            notes=notes,
            active=r.random() < 0.96,
        )
        self.tables["contacts"].add(
            contact, self._office_stamp((1, 29)), *contacts.derived_columns(contact).values()
        )
        organisation = f"{org.name} {org.acronym}" if org else ""
        self.search.append(("contact", contact.id, *contacts.index_text(contact, organisation)))
        # Leaders and officials are met far more often than most; a few people very often.
        # Some are never met: inactive, or listed by the previous contingent and not yet seen.
        weight = min(40.0, r.paretovariate(1.3))
        if category in _KEY_PEOPLE:
            weight *= 2
        if not contact.active or r.random() < 0.06:
            weight = 0.0
        self.people.append(_Person(contact, weight))

    # --- the liaison log -----------------------------------------------------------------

    def liaison_log(self, count: int, progress: Progress | None) -> None:
        conn = self.store.db.conn
        self._prepare_pools()
        day_cum = list(
            accumulate(
                _DAY_WEIGHT[(self.start + timedelta(days=d)).weekday()] for d in range(self.days)
            )
        )
        days = self.rng.choices(range(self.days), cum_weights=day_cum, k=count)
        # Working hours 07:00-17:55 in the Central African Republic (UTC+1), every 5 minutes.
        minutes = sorted(d * 1440 + 360 + self.rng.randrange(132) * 5 for d in days)
        numbers = {}
        for done, minute in enumerate(minutes, start=1):
            moment = self.base + timedelta(minutes=minute)
            year = moment.year
            if year not in numbers:
                numbers[year] = int(liaison.next_ref(self.store, year).rsplit("-", 1)[1])
            ref = f"{self.store.unit.code}-{year}-{numbers[year]:04d}"
            numbers[year] += 1
            self._entry(moment, ref)
            if done % CHUNK == 0 or done == count:
                self._flush_log(conn)
                if progress:
                    progress(done, count)
        if not count and progress:
            progress(0, 0)

    def _prepare_pools(self) -> None:
        """Who can be met where: per town, the people and organisations with weights."""
        self.type_cum = list(accumulate(words.TYPE_WEIGHTS.values()))
        self.types = list(words.TYPE_WEIGHTS)
        met = [i for i, p in enumerate(self.people) if p.weight > 0] or [0]
        self.pool_all = (met, list(accumulate(self.people[i].weight or 1.0 for i in met)))
        self.pool_at: dict[str, tuple[list[int], list[float]]] = {}
        self.orgs_at: dict[str, list[int]] = {}
        for name in self.places:
            here = [i for i in met if self.people[i].contact.place == name]
            self.pool_at[name] = (
                (here, list(accumulate(self.people[i].weight for i in here)))
                if here
                else self.pool_all
            )
            self.orgs_at[name] = [
                i for i, (o, _) in enumerate(self.orgs) if o.place == name
            ] or list(range(len(self.orgs)))

    def _pick_people(self, pool: tuple[list[int], list[float]], k: int) -> list[int]:
        chosen: list[int] = []
        for i in self.rng.choices(pool[0], cum_weights=pool[1], k=k + 2):
            if i not in chosen:
                chosen.append(i)
                if len(chosen) == k:
                    break
        return chosen

    def _entry(self, moment: datetime, ref: str) -> None:
        r = self.rng
        entry_type = r.choices(self.types, cum_weights=self.type_cum)[0]
        place = self._place()
        slots = self._slots(place)
        low, high = words.DURATIONS[entry_type]
        finish = moment + timedelta(minutes=r.randrange(low, high + 1, 5))
        # Teams are back before dark (17:30 UTC); a late start makes a shorter visit.
        dusk = moment.replace(hour=17, minute=30)
        finish = max(moment + timedelta(minutes=low), min(finish, dusk))
        grid = None if entry_type is LiaisonType.PHONE_RADIO else self._grid(place, 0.9)
        entry = LiaisonEntry(
            id=self._uuid(),
            ref=ref,
            start=to_stamp(moment),
            end=to_stamp(finish) if r.random() < 0.92 else "",
            entry_type=entry_type,
            place=place.name,
            grid=grid.mgrs if grid else "",
            purpose=r.choice(words.PURPOSES[entry_type]).format_map(slots),
            info_received=self._sentences(words.INFO_RECEIVED, slots, 0.92, 0.3),
            info_passed=self._sentences(words.INFO_PASSED, slots, 0.7, 0.15),
            issues_raised=self._sentences(words.ISSUES, slots, 0.45, 0.1),
        )
        # Logged at the desk a while after the meeting ended.
        logged = finish + timedelta(minutes=r.randrange(10, 300), milliseconds=r.randrange(60_000))
        stamp = to_stamp(logged)
        self.tables["liaison_entries"].add(
            entry, stamp, grid.lat if grid else None, grid.lon if grid else None
        )
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
        self.search.append(("liaison", entry.id, *liaison.index_text(entry)))

    def _sentences(
        self, templates: tuple[str, ...], slots: dict[str, Any], filled: float, second: float
    ) -> str:
        if self.rng.random() >= filled:
            return ""
        count = 2 if self.rng.random() < second else 1
        return " ".join(t.format_map(slots) for t in self.rng.sample(templates, count))

    def _participants(
        self, entry_type: LiaisonType, place: words.Place
    ) -> list[tuple[ParticipantKind, Any]]:
        """(kind, person index or organisation index) of the people and bodies met."""
        r = self.rng
        if entry_type is LiaisonType.PHONE_RADIO:
            people, orgs = 1, 0
        elif entry_type is LiaisonType.COORDINATION:
            people, orgs = r.randint(0, 2), r.randint(1, 2)
        elif entry_type in (LiaisonType.BILATERAL, LiaisonType.KLE):
            people, orgs = r.choices((1, 2, 3), (60, 30, 10))[0], int(r.random() < 0.12)
        else:
            people, orgs = r.randint(1, 4), int(r.random() < 0.3)
        pool = self.pool_all if entry_type is LiaisonType.PHONE_RADIO else self.pool_at[place.name]
        chosen: list[tuple[ParticipantKind, Any]] = [
            (ParticipantKind.CONTACT, i) for i in self._pick_people(pool, people)
        ]
        here = self.orgs_at[place.name]
        for i in r.sample(here, min(orgs, len(here), 4 - len(chosen))):
            chosen.append((ParticipantKind.ORGANISATION, i))
        return chosen

    def _participant(self, entry_id: str, kind: ParticipantKind, index: int, stamp: str) -> str:
        target: Contact | Organisation
        if kind is ParticipantKind.CONTACT:
            target = self.people[index].contact
        else:
            target = self.orgs[index][0]
        link = Participant(
            id=liaison.link_id(entry_id, kind, target.id),
            entry_id=entry_id,
            kind=kind,
            target_id=target.id,
        )
        self.tables["liaison_participants"].add(link, stamp)
        if isinstance(target, Contact):
            return listed_name(target.id, target.name, target.sensitivity.value)
        return target.name

    def _action(
        self, entry_id: str, moment: datetime, logged: datetime, slots: dict[str, Any]
    ) -> FollowUpAction:
        r = self.rng
        due = moment.date() + timedelta(days=r.randint(3, 21)) if r.random() < 0.88 else None
        action = FollowUpAction(
            id=self._uuid(),
            entry_id=entry_id,
            description=r.choice(words.ACTIONS).format_map(slots),
            owner=r.choice(words.OWNERS),
            due_date=due.isoformat() if due else "",
        )
        table = self.tables["follow_up_actions"]
        table.add(action, to_stamp(logged))
        # Actions are logged open and closed later (an edit with history), like at a desk.
        if due is not None and due < self.end:
            # A cell chases its actions: few stay open a month after they fell due.
            stale = (self.end - due).days > 30
            weights = (90, 8, 2) if stale else (72, 6, 22)
            status = r.choices((ActionStatus.DONE, ActionStatus.CANCELLED, None), weights)[0]
        elif due is None:
            status = ActionStatus.DONE if r.random() < 0.5 else None
        else:
            status = ActionStatus.DONE if r.random() < 0.15 else None
        if status is not None:
            # Closed after it was logged, by its due date and before the period ends.
            limit = datetime.combine(self.end, time(), UTC)
            if due is not None:
                limit = min(limit, datetime.combine(due, time(18), UTC))
            span = max(3600, int((limit - logged).total_seconds()))
            closed = to_stamp(logged + timedelta(seconds=r.randrange(600, span + 600)))
            before = table.edit_last(closed, status=status.value)
            self.history.append(
                (
                    table.name,
                    action.id,
                    json.dumps(before, ensure_ascii=False),
                    closed,
                    "edited",
                )
            )
            action.status = status
        return action

    # --- writing -------------------------------------------------------------------------

    def _flush_log(self, conn: sqlite3.Connection) -> None:
        for name in ("liaison_entries", "liaison_participants", "follow_up_actions"):
            self.tables[name].flush(conn)
        conn.executemany(
            "INSERT INTO row_history (table_name, row_id, version, replaced_at, reason) "
            "VALUES (?, ?, ?, ?, ?)",
            self.history,
        )
        self.history.clear()
        self._flush_search(conn)

    def _flush_search(self, conn: sqlite3.Connection) -> None:
        search.index_many(conn, self.search)
        self.search.clear()

    def counts(self) -> dict[str, int]:
        return {name: table.count for name, table in self.tables.items()}


_KEY_PEOPLE = {
    ContactCategory.TRADITIONAL_LEADER,
    ContactCategory.GOVERNMENT_OFFICIAL,
    ContactCategory.WOMENS_REP,
    ContactCategory.RELIGIOUS_LEADER,
}
_DAY_WEIGHT = {0: 10, 1: 10, 2: 10, 3: 10, 4: 9, 5: 5, 6: 2}  # Monday .. Sunday
