"""Made-up community assessments: each community assessed again every 4 to 10 weeks.

A battalion goes back to 15 to 25 of the area's communities (demo/data/assessments.toml),
each every 4 to 10 weeks from a first visit early in the period. Each sector's severity
starts near the community's baseline and drifts as its trend says: some communities get
worse, some ease (a project came, a partner started work), most move little. The drift is
the community's, not the battalion's: it is drawn from the community's name, period by
period, so two battalions visiting the same village find it alike (a sector merged from
both moves as one trend); a few are no longer visited (access cut, the team busy elsewhere) and are
overdue by the period's end. Population figures drift too; a market has none. About a
quarter of the visits are joint with a partner of the seeded directory.

Records are built as domain objects, checked by their own rules, and written through
store.bulk as store.assessments would write them, with their search text.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from cimicdesk.demo import words
from cimicdesk.domain.assessment import (
    POPULATION_PARTS,
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentMethod,
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Severity,
)
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.grid import grid_from_latlon
from cimicdesk.store import assessments, training
from cimicdesk.store.database import Store

if TYPE_CHECKING:
    from cimicdesk.demo.operations import Builder

SECTOR = AssessmentSector
# Rated at every visit; the others at most visits.
ALWAYS = (SECTOR.ACCESS_SECURITY, SECTOR.WASH, SECTOR.HEALTH, SECTOR.FOOD_SECURITY)
# How each kind of community differs from its baseline, per sector.
_KIND_SHIFT = {
    CommunityKind.IDP_SITE: {SECTOR.SHELTER_NFI: 1, SECTOR.PROTECTION: 1, SECTOR.LIVELIHOODS: 1},
    CommunityKind.MARKET: {SECTOR.EDUCATION: -1, SECTOR.SHELTER_NFI: -1},
    CommunityKind.TOWN_QUARTER: {SECTOR.ACCESS_SECURITY: -1},
    CommunityKind.VILLAGE: {},
}
# The infrastructure a team looks at, per kind of community, and the sector it tells of.
_INFRASTRUCTURE = {
    InfrastructureKind.WATER_POINT: SECTOR.WASH,
    InfrastructureKind.LATRINES: SECTOR.WASH,
    InfrastructureKind.HEALTH_POST: SECTOR.HEALTH,
    InfrastructureKind.SCHOOL: SECTOR.EDUCATION,
    InfrastructureKind.MARKET: SECTOR.LIVELIHOODS,
    InfrastructureKind.BRIDGE: SECTOR.ACCESS_SECURITY,
    InfrastructureKind.POLICE_GENDARMERIE: SECTOR.PROTECTION,
}
_STATES = list(InfrastructureState)  # best first
TRENDS = ("worse", "worse", "better", "better", "same")
OVERDUE_SHARE = 0.15
# The community's levels move once a period at most: no longer than the longest gap
# between two visits, so a battalion sees a sector move a step at a time.
PERIOD_DAYS = 70
JOINT_SHARE = 0.25
INFORMANT_SHARE = 0.35  # of visits naming key informants of the contact directory
PROJECT_SHARE = 0.3  # of visits finding a sector at 4 or 5: a project will answer it
# The organisations a team goes with or finds at work: NGOs and UN agencies.
_PARTNER_ACRONYMS = frozenset(
    {i.acronym for i in words.INGOS} | {a.acronym for a in words.UN_AGENCIES}
)


@dataclass
class Seeded:
    """An assessment made: its id, community, town, day, the sectors at 3 or more (needs),
    those at 4 or 5 (severe), and the sector a project is to answer (the team
    recommended one; it eases afterwards)."""

    id: str
    community: str
    town: str
    assessed_on: date
    needs: list[AssessmentSector] = field(default_factory=list)
    severe: list[AssessmentSector] = field(default_factory=list)
    answered: AssessmentSector | None = None


@dataclass
class _Community:
    """One community's state between visits: its severities and population."""

    place: words.Community
    trend: str
    levels: dict[AssessmentSector, int]
    targets: dict[AssessmentSector, int]  # where each sector heads (its trend)
    population: dict[str, int | None]
    answered: AssessmentSector | None = None  # a project came: this sector eases
    period: int = 0  # the drift period the levels are at (PERIOD_DAYS from the start)
    shown: dict[AssessmentSector, int] = field(default_factory=dict)  # as last reported


def seed_assessments(
    store: Store,
    rng: random.Random,
    *,
    start: date,
    days: int,
    organisations: Sequence[str],
    contacts: Sequence[str],
    scale: int,
    now: datetime | None = None,
) -> tuple[list[Seeded], dict[str, int]]:
    """Add the battalion's community assessments for `days` days from `start` (none when
    `scale`, its liaison entries, is 0), in one transaction; nothing dated after `now`.
    `organisations`, `contacts`: ids of the directory's records the assessments name (joint
    teams, partners at work, key informants). Returns the assessments made and the rows
    added per table."""
    from cimicdesk.demo.operations import Builder  # it imports Seeded from here

    training.require_training(store)
    builder = Builder(store, rng, start, days, organisations, contacts, [], now)
    with store.db.atomic():
        made = add_assessments(builder, scale)
        builder.writer.flush()
    return made, builder.writer.counts()


def community_count(scale: int) -> int:
    """How many communities a battalion of `scale` liaison entries goes back to."""
    return min(len(words.COMMUNITIES), 15 + scale // 400, max(0, scale // 10))


def add_assessments(b: Builder, scale: int) -> list[Seeded]:
    """Every visit to the battalion's communities in the period; returns them, oldest
    first per community."""
    r = b.rng
    count = community_count(scale)
    if count == 0:
        return []
    partners = sorted(
        i for i in b.organisations if b.org_names.get(i, ("", ""))[1] in _PARTNER_ACRONYMS
    )
    made: list[Seeded] = []
    for place in r.sample(words.COMMUNITIES, count):
        state = _start(b, place)
        day = b.later(b.start, 0, min(70, b.span // 2))  # the first visit within the period
        stop = b.end
        if r.random() < OVERDUE_SHARE:  # no longer visited: overdue by the end
            stop = b.end - timedelta(days=r.randrange(100, 160))
        previous: int | None = None
        while day < stop:
            made.append(_visit(b, state, day, partners, previous))
            previous = _worst_level(state)
            _drift(b, state)
            day = b.later(day, 28, 70)
    return made


def _start(b: Builder, place: words.Community) -> _Community:
    r = random.Random(place.name)  # the community's own: every battalion starts alike
    shift = _KIND_SHIFT[place.kind]
    trend = r.choice(TRENDS)
    moves = {"worse": (1, 1, 1, 2), "better": (-1, -1, -2), "same": (0,)}[trend]
    levels, targets = {}, {}
    for sector in AssessmentSector:
        start = place.baseline + shift.get(sector, 0) + r.choice((-2, -1, -1, 0, 0))
        level = max(1, min(4, start))
        levels[sector] = level
        # Where the sector heads: catastrophic (5) only where things get worse from
        # severe already.
        ceiling = 5 if place.baseline >= 4 else 4
        heads = min(ceiling, _clamp(level + r.choice(moves)))
        targets[sector] = heads if r.random() < 0.6 else level
    population: dict[str, int | None] = {}
    ranges = words.POPULATION_RANGES.get(place.kind)
    for group in ("resident", "idps", "returnees"):
        low, high = ranges[group] if ranges else (0, 0)
        population[group] = b.rng.randrange(low, high + 1) if high else None
    return _Community(place, trend, levels, targets, population)


def _clamp(level: int) -> int:
    return max(1, min(5, level))


def _worst_level(state: _Community) -> int:
    return max(_reported(state, sector) for sector in AssessmentSector)


def _advance(b: Builder, state: _Community, day: date) -> None:
    """The community's levels on `day`: period by period since the seed's start, each
    sector now and then a step towards where it heads, rarely a step either way (a JIAF
    level is a phase, not a reading: most stay where they were). Drawn from the
    community's name and the period, the same for every battalion."""
    period = (day - b.start).days // PERIOD_DAYS
    while state.period < period:
        state.period += 1
        r = random.Random(f"{state.place.name}/{state.period}")
        for sector in AssessmentSector:
            level, target = state.levels[sector], state.targets[sector]
            roll = r.random()
            if roll < 0.3 and target != level:
                step = 1 if target > level else -1
            elif roll > 0.96:
                step = r.choice((-1, 1))
            else:
                step = 0
            state.levels[sector] = _clamp(level + step)


def _reported(state: _Community, sector: AssessmentSector) -> int:
    """The level this battalion finds: the community's, a step lower where its project
    answered the sector, and never more than a step from what it last reported."""
    level = state.levels[sector]
    if sector is state.answered:  # the project's work shows
        level = max(1, level - 1)
    last = state.shown.get(sector)
    if last is not None:
        level = max(last - 1, min(last + 1, level))
    return level


def _drift(b: Builder, state: _Community) -> None:
    """The community's people between two visits (its levels: _advance)."""
    r = b.rng
    arrived = state.population["idps"] is not None  # a market counts no one
    if arrived and state.trend == "worse" and r.random() < 0.2:  # new arrivals after an attack
        state.population["idps"] = (state.population["idps"] or 0) + r.randrange(50, 900)
    for group, value in state.population.items():
        if value:
            state.population[group] = max(0, int(value * r.uniform(0.92, 1.1)))


def _visit(
    b: Builder,
    state: _Community,
    day: date,
    partners: list[str],
    previous: int | None,
) -> Seeded:
    r = b.rng
    place = state.place
    _advance(b, state, day)
    a = Assessment(
        id=b.uuid(),
        reference=b.number(assessments.next_reference, day.year),
        community_kind=place.kind,
        community_name=place.name,
        adm1=place.adm1,
        adm2=place.adm2,
        place=place.town if place.kind is not CommunityKind.VILLAGE else f"near {place.town}",
        grid=grid_from_latlon(place.lat, place.lon, digits=4),
        assessed_on=day.isoformat(),
        team=r.choice(words.TEAMS).format(unit=b.store.unit.name),
        methods=_methods(b),
    )
    if partners and r.random() < JOINT_SHARE:
        a.joint_organisation_ids = tuple(
            r.sample(partners, min(len(partners), r.choice((1, 1, 2))))
        )
    if b.contacts and r.random() < INFORMANT_SHARE:  # people of the directory asked
        a.informant_contact_ids = tuple(r.sample(b.contacts, min(len(b.contacts), r.randint(1, 2))))
    if partners:
        a.present_organisation_ids = tuple(
            r.sample(partners, min(len(partners), r.randrange(0, 4)))
        )
    _population(b, state, a)
    _sectors(b, state, a)
    _infrastructure(b, state, a)
    _actions(b, a)
    a.summary = _summary(a, _worst_level(state), previous)
    errors = a.field_errors(b.end)
    if errors:  # a bug in this generator, not in the data an officer would type
        raise ValidationError(errors)
    _write(b, a, day)
    rated = [(s.sector, s.severity.level) for s in a.sectors if s.severity is not None]
    needs = [sector for sector, level in rated if level >= 3]
    severe = [sector for sector, level in rated if level >= 4]
    seeded = Seeded(a.id, place.name, place.town, day, needs, severe)
    if severe and state.answered is None and r.random() < PROJECT_SHARE:
        state.answered = seeded.answered = r.choice(severe)
    return seeded


def _summary(a: Assessment, worst: int, previous: int | None) -> str:
    """The team's summary: the two worst sectors, how it went since the last visit (from
    the second on), and for a joint visit who the findings went to."""
    rated = sorted(
        (s for s in a.sectors if s.severity is not None),
        key=lambda s: -s.severity.level if s.severity else 0,
    )
    needs = " and ".join(words.NEEDS[s.sector] for s in rated[:2])
    first = words.SUMMARY_CALM if worst <= 2 else words.SUMMARY_FIRST
    parts = [first.format(community=a.community_name, needs=needs)]
    if previous is not None:
        trend = "same" if previous == worst else "worse" if worst > previous else "better"
        parts.append(words.SUMMARY_TREND[trend])
    if a.joint:
        town = a.place.removeprefix("near ")
        parts.append(words.SUMMARY_JOINT.format(town=town))
    return " ".join(parts)


def _methods(b: Builder) -> tuple[AssessmentMethod, ...]:
    r = b.rng
    chosen = {AssessmentMethod.DIRECT_OBSERVATION, AssessmentMethod.KEY_INFORMANTS}
    if r.random() < 0.5:
        chosen.add(AssessmentMethod.COMMUNITY_GROUP)
    if r.random() < 0.2:
        chosen.add(AssessmentMethod.SECONDARY_DATA)
    if r.random() < 0.15:
        chosen.discard(AssessmentMethod.KEY_INFORMANTS)
    return tuple(m for m in AssessmentMethod if m in chosen)


def _population(b: Builder, state: _Community, a: Assessment) -> None:
    """Totals as known (None: not known); women, men and children in about half."""
    r = b.rng
    for group, total in state.population.items():
        if total is None or (total == 0 and r.random() < 0.5):
            continue
        setattr(a, f"{group}_total", total)
        if total and r.random() < 0.5:
            women = int(total * r.uniform(0.22, 0.3))
            men = int(total * r.uniform(0.18, 0.26))
            children = min(total - women - men, int(total * r.uniform(0.4, 0.52)))
            for part, value in zip(POPULATION_PARTS[1:], (women, men, children), strict=True):
                setattr(a, f"{group}_{part}", value)


def _band(level: int) -> str:
    return "low" if level <= 2 else "mid" if level == 3 else "high"


def _sectors(b: Builder, state: _Community, a: Assessment) -> None:
    r = b.rng
    town = state.place.town
    leader = "site committee" if a.community_kind is CommunityKind.IDP_SITE else "chief"
    for sector in AssessmentSector:
        if sector not in ALWAYS and r.random() < 0.3:
            continue
        level = state.shown[sector] = _reported(state, sector)
        # Now and then a sector is looked at but left unrated (too little information).
        severity = (
            None if sector not in ALWAYS[:2] and r.random() < 0.04 else Severity.of_level(level)
        )
        facts = r.choice(words.SECTOR_FACTS[sector][_band(level)])
        a.sectors.append(
            SectorRating(
                id=assessments.sector_rating_id(a.id, sector),
                assessment_id=a.id,
                sector=sector,
                severity=severity,
                key_facts=facts.format(town=town, community=a.community_name, n=r.randrange(2, 9)),
                sources=r.choice(words.FACT_SOURCES[sector]).format(leader=leader),
            )
        )


def _infrastructure(b: Builder, state: _Community, a: Assessment) -> None:
    r = b.rng
    kinds = list(_INFRASTRUCTURE)
    for kind in r.sample(kinds, r.randrange(1, 4)):
        level = state.levels[_INFRASTRUCTURE[kind]]
        worse = max(0, min(len(_STATES) - 1, level - 2 + r.choice((-1, 0, 0, 1))))
        state_seen = _STATES[worse]
        note = r.choice(words.INFRASTRUCTURE_NOTES[state_seen]).format(n=r.randrange(2, 13))
        a.infrastructure.append(
            InfrastructureItem(
                id=b.uuid(), assessment_id=a.id, kind=kind, state=state_seen, note=note
            )
        )


def _actions(b: Builder, a: Assessment) -> None:
    """What to do about the worst sectors (one to three actions)."""
    r = b.rng
    rated = [s for s in a.sectors if s.severity is not None]
    rated.sort(key=lambda s: -s.severity.level if s.severity else 0)
    for rating in rated[: r.randrange(1, 4)]:
        if rating.severity is None or rating.severity.level < 3:
            break
        text = r.choice(words.RECOMMENDED[rating.sector])
        addressee = (
            ActionAddressee.MISSION
            if "QIP" in text
            else ActionAddressee.AUTHORITIES
            if rating.sector in (SECTOR.ACCESS_SECURITY, SECTOR.EDUCATION)
            else ActionAddressee.HUMANITARIAN
        )
        a.actions.append(
            RecommendedAction(
                id=b.uuid(),
                assessment_id=a.id,
                description=text.format(community=a.community_name, town=a.place),
                addressed_to=addressee,
                sector=rating.sector,
            )
        )
    if not a.actions and r.random() < 0.5:
        text = r.choice(words.RECOMMENDED[None])
        a.actions.append(
            RecommendedAction(
                id=b.uuid(),
                assessment_id=a.id,
                description=text.format(community=a.community_name, town=a.place),
                addressed_to=ActionAddressee.COMMUNITY,
            )
        )


def _write(b: Builder, a: Assessment, day: date) -> None:
    stamp = b.stamp(day)
    b.add(assessments.TABLE, a, stamp, assessments.derived_columns(a))
    for rating in a.sectors:
        b.add(assessments.SECTORS, rating, stamp)
    for item in a.infrastructure:
        b.add(assessments.INFRASTRUCTURE, item, stamp, assessments.infrastructure_position(item))
    for action in a.actions:
        b.add(assessments.ACTIONS, action, stamp)
    # The repository reads children back in the order they were made (created_at, id):
    # all at one stamp here, so by id; the search text lists them so.
    a.infrastructure.sort(key=lambda item: item.id)
    a.actions.sort(key=lambda action: action.id)
    named = (*a.joint_organisation_ids, *a.present_organisation_ids)
    names = {i: b.org_names[i][0] for i in named if i in b.org_names}
    informants = {i: b.contact_names[i] for i in a.informant_contact_ids}
    b.writer.add_index(assessments.KIND, a.id, assessments.index_text(a, names, informants))
