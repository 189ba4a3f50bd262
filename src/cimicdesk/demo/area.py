"""The area of the made-up mission: towns, villages, meeting sites and roads, drawn once."""

from __future__ import annotations

import math
import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from cimicdesk.demo import words
from cimicdesk.domain.grid import GridReference, grid_from_latlon, parse_grid
from cimicdesk.domain.timeutil import to_stamp


class Area:
    """The one random stream of a seed and the places it drew.

    Attributes: rng; start (first day of the period); base (its midnight, UTC); places
    (name -> words.Place); villages, sites (10 m grid references) and roads, by town.
    Everything drawn from rng, ids included, so the same seed gives the same mission.
    """

    def __init__(self, rng: random.Random, start: date):
        self.rng = rng
        self.start = start
        self.base = datetime.combine(start, time(), UTC)
        self.place_cum = list(accumulate(p.weight for p in words.PLACES))
        self.places = {p.name: p for p in words.PLACES}
        self.villages = self._make_villages()
        self.sites = {p.name: self._make_sites(p) for p in words.PLACES}
        self.roads = {p.name: self._neighbours(p) for p in words.PLACES}

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def place(self) -> words.Place:
        return self.rng.choices(words.PLACES, cum_weights=self.place_cum)[0]

    def village(self, place: words.Place) -> str:
        return self.rng.choice(self.villages[place.name])

    def grid(self, place: words.Place, share: float) -> GridReference | None:
        """A meeting site near the town, `share` of the time (else no grid)."""
        return self.rng.choice(self.sites[place.name]) if self.rng.random() < share else None

    def phone(self) -> str:
        r = self.rng
        return (
            f"+236 7{r.choice('0257')} {r.randrange(100):02d} {r.randrange(100):02d} "
            f"{r.randrange(100):02d}"
        )

    def office_stamp(self, days_before: tuple[int, int]) -> str:
        """When a directory record was typed in: office hours, some days before the period."""
        moment = self.base - timedelta(days=self.rng.randint(*days_before))
        return to_stamp(
            moment
            + timedelta(
                minutes=self.rng.randrange(360, 900), milliseconds=self.rng.randrange(60_000)
            )
        )

    def slots(self, place: words.Place) -> dict[str, Any]:
        """Values for the sentence templates of one meeting (liaison.toml)."""
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
            "fee": r.choice(words.FEES),
        }

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
