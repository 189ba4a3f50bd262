"""Synthetic QIPs, incidents and support requests for a seeded database, fast and repeatable.

Records are built as domain objects, checked by the same rules the repositories apply
(QIPs walk their lifecycle through domain.qip.apply_transition), turned into rows by
synced.new_row as synced.write would, and inserted in bulk with their search-index text.
Each record is stored as if typed in once in its present state (every clock at 1),
stamped at the time it happened. All randomness, ids included, comes from `rng`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from cimicdesk.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    LocationPrecision,
    QipCategory,
    QipStatus,
    SourceReliability,
    SupportChannel,
    SupportPriority,
    SupportStatus,
    SupportType,
    UniqueAdvantage,
)
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.grid import grid_from_latlon, parse_grid
from cimicdesk.domain.incident import (
    CASUALTY_GROUPS,
    IMMEDIATE_CATEGORIES,
    SUBCATEGORIES,
    Incident,
    IncidentLiaisonLink,
)
from cimicdesk.domain.qip import (
    MissionSettings,
    MonitoringVisit,
    Qip,
    QipTransition,
    Tranche,
    apply_transition,
)
from cimicdesk.domain.records import Record
from cimicdesk.domain.support import ESCORT_CRITERIA, SupportRequest
from cimicdesk.domain.timeutil import to_stamp, utc_now
from cimicdesk.store import incidents, qips, search, support_requests, training
from cimicdesk.store.database import Store
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.store.schema import LISTED_NAME_SQL
from cimicdesk.store.synced import new_row

S = QipStatus
C = IncidentCategory


@dataclass(frozen=True)
class Town:
    """A town of the area of operations, its sites, and how often the unit works there."""

    name: str
    lat: float
    lon: float
    weight: int
    sites: tuple[str, ...]


# Bambari is the battalion's base. Grids come from grid_from_latlon: 34N for most towns,
# but Bossangoa lies west of 18°E (33N) and Ndélé north of 8°N (34P).
TOWNS = (
    Town("Bambari", 5.7679, 20.6757, 40, ("Élevage", "Kidjigra", "Adji", "Bornou", "Sao")),
    Town("Bria", 6.5423, 21.9863, 16, ("PK3 IDP site", "Gobolo", "Bornou", "Château")),
    Town("Kaga-Bandoro", 6.9896, 19.1874, 14, ("Lazare IDP site", "Lakouanga", "Ndomété")),
    Town("Ippy", 6.2500, 21.2170, 8, ("Centre", "Ndassima road")),
    Town("Grimari", 5.7330, 20.0500, 7, ("Centre", "Kouango road")),
    Town("Bossangoa", 6.4926, 17.4552, 8, ("Évêché site", "Liberté", "Boro")),
    Town("Ndélé", 8.4109, 20.6473, 7, ("Kpala", "Miamani", "Ndah")),
)
_TOWN_WEIGHTS = [t.weight for t in TOWNS]

QIP_TITLES: dict[QipCategory, tuple[str, ...]] = {
    QipCategory.EDUCATION: (
        "Rehabilitation of two classrooms, École {site}",
        "School benches and blackboards for École {site}",
        "Latrines and a water point for the school of {site}",
    ),
    QipCategory.HEALTH: (
        "Rehabilitation of the {site} health post",
        "Maternity equipment for the {town} health centre",
        "Solar vaccine fridge for the {site} health post",
    ),
    QipCategory.WASH: (
        "Rehabilitation of the borehole at {site}",
        "Two hand pumps for {site}",
        "Water point and washing area at the {site} market",
    ),
    QipCategory.RULE_OF_LAW_SECURITY: (
        "Rehabilitation of the {town} gendarmerie post",
        "Furniture and archives for the {town} tribunal",
        "Perimeter wall of the {town} police station",
    ),
    QipCategory.GOVERNANCE_STATE_AUTHORITY: (
        "Rehabilitation of the {town} sous-préfecture",
        "Office equipment for the {town} mairie",
        "Meeting hall for the {town} town council",
    ),
    QipCategory.PUBLIC_INFRASTRUCTURE: (
        "Repair of the {site} bridge",
        "Culverts on the {town}–{site} road",
        "Market shelter for {site}",
    ),
    QipCategory.LIVELIHOODS_INCOME: (
        "Grain mill for the women's association of {site}",
        "Seeds and tools for returnee farmers of {site}",
        "Fish ponds for the youth of {site}",
    ),
    QipCategory.SOCIAL_COHESION: (
        "Football tournament and dialogue days, {town}",
        "Radio programmes on peaceful coexistence, {town}",
        "Meeting hut for the {site} peace committee",
    ),
    QipCategory.PROTECTION_GENDER: (
        "Listening centre for survivors of violence, {town}",
        "Solar lighting for the {site}",
        "Women's safe space, {site}",
    ),
    QipCategory.TRAINING_AWARENESS: (
        "Training of the {town} local peace committee",
        "Awareness campaign on explosive remnants of war, {town}",
        "Vocational training for young people of {site}",
    ),
    QipCategory.ENERGY: (
        "Solar street lights for the {site} market",
        "Solar panels for the {town} hospital",
    ),
    QipCategory.OTHER: ("Rehabilitation of the {town} youth centre",),
}
_QIP_WEIGHTS = {
    QipCategory.EDUCATION: 16,
    QipCategory.HEALTH: 12,
    QipCategory.WASH: 18,
    QipCategory.RULE_OF_LAW_SECURITY: 8,
    QipCategory.GOVERNANCE_STATE_AUTHORITY: 8,
    QipCategory.PUBLIC_INFRASTRUCTURE: 10,
    QipCategory.LIVELIHOODS_INCOME: 9,
    QipCategory.SOCIAL_COHESION: 7,
    QipCategory.PROTECTION_GENDER: 5,
    QipCategory.TRAINING_AWARENESS: 4,
    QipCategory.ENERGY: 2,
    QipCategory.OTHER: 1,
}
OBJECTIVES = (
    "Answers the first priority the community named at the {town} town hall meeting and "
    "shows that the mission's presence brings a visible, quick benefit.",
    "Restores a service the State used to provide, so that people see the return of the "
    "authorities that the peace agreement promised.",
    "Brings the two communities of {site} to work side by side, supporting the local peace "
    "committee's reconciliation plan.",
    "Reduces tension over scarce resources that the peace committee identified as a cause "
    "of clashes, and builds trust in the mission's patrols.",
)
FINDINGS = (
    "Works on schedule; materials on site and stored safely.",
    "Masonry progressing; partner asked for the second tranche.",
    "Delay because the road was cut by rain; the partner revised the schedule.",
    "Community labour as agreed; local authorities attended the visit.",
    "Quality of the work is good; a few corrections requested to the roof.",
    "Slow progress: the partner's foreman was absent; reminded of the agreement.",
)
AUTHORITIES = (
    "Sous-préfecture de {town}",
    "Mairie de {town}",
    "Comité de gestion de {site}",
    "Direction régionale de l'éducation",
    "Direction régionale de la santé",
)
ACTORS = (
    "UPC elements",
    "3R elements",
    "FPRC elements",
    "MPC elements",
    "anti-Balaka",
    "CPC coalition elements",
    "unidentified armed men",
    "road bandits (zaraguinas)",
    "armed transhumant herders",
    "local youth",
    "FACA",
    "gendarmerie",
)
NARRATIVES: dict[IncidentCategory, str] = {
    C.BATTLES: "Exchange of fire between {actor} and another armed group near {site}.",
    C.EXPLOSIONS_REMOTE_VIOLENCE: "An explosive device went off on the road near {site}.",
    C.VIOLENCE_AGAINST_CIVILIANS: "{actor} attacked villagers at {site}; houses were burnt.",
    C.PROTESTS: "Residents of {town} marched to the sous-préfecture over unpaid salaries.",
    C.RIOTS: "Crowd set up barricades in {town} after the arrest of a local trader.",
    C.STRATEGIC_DEVELOPMENTS: "{actor} set up a new checkpoint near {site}.",
    C.HUMANITARIAN_ACCESS_DENIED: "An NGO convoy was stopped at {site} and turned back by {actor}.",
    C.ATTACK_ON_HUMANITARIANS: "An NGO vehicle was stopped and robbed by {actor} near {site}.",
    C.DISPLACEMENT: "About {n} households arrived at {site} fleeing insecurity.",
    C.INTERCOMMUNAL_CLASH: "Herders and farmers clashed over crop damage near {site}.",
    C.NATURAL_DISASTER_EPIDEMIC: "Heavy rain flooded part of {site}; latrines collapsed.",
    C.HOSTILITY_TO_MISSION: "Youth threw stones at a mission patrol in {town}.",
    C.UXO_MINE: "Farmers found an unexploded shell in a field near {site}.",
    C.CRIME_BANDITRY: "{actor} robbed traders on the road to {site}.",
}
_INCIDENT_WEIGHTS = {
    C.VIOLENCE_AGAINST_CIVILIANS: 18,
    C.CRIME_BANDITRY: 16,
    C.INTERCOMMUNAL_CLASH: 10,
    C.HUMANITARIAN_ACCESS_DENIED: 10,
    C.BATTLES: 8,
    C.DISPLACEMENT: 8,
    C.STRATEGIC_DEVELOPMENTS: 6,
    C.ATTACK_ON_HUMANITARIANS: 6,
    C.PROTESTS: 5,
    C.HOSTILITY_TO_MISSION: 4,
    C.RIOTS: 3,
    C.UXO_MINE: 3,
    C.NATURAL_DISASTER_EPIDEMIC: 3,
    C.EXPLOSIONS_REMOTE_VIOLENCE: 2,
}
_VIOLENT = frozenset(IMMEDIATE_CATEGORIES | {C.CRIME_BANDITRY, C.RIOTS, C.UXO_MINE})
ACTIONS_TAKEN = (
    "Patrol sent to the area; situation reported to Sector HQ.",
    "Met the chef de village and the peace committee; informed OCHA.",
    "Casualties evacuated to the {town} hospital; area patrolled at night.",
    "Information shared with UNPOL and the gendarmerie.",
)
ASSESSMENTS = (
    "Likely to recur during transhumance season.",
    "Isolated event; no sign of escalation.",
    "Risk of reprisals between communities; increased patrolling advised.",
    "Access for humanitarians likely restricted for several days.",
)
SUPPORT_PURPOSES: dict[SupportType, str] = {
    SupportType.AIR_TRANSPORT: "Move {n} health staff and vaccines to {to} for a measles campaign.",
    SupportType.ROAD_TRANSPORT: "Carry {t} t of shelter kits for displaced families at {to}.",
    SupportType.CONVOY_ESCORT: "Escort a food convoy of {v} trucks from {frm} to {to}.",
    SupportType.AREA_SECURITY: "Secure the distribution site at {to} during a food distribution.",
    SupportType.ENGINEERING: "Repair the bridge on the {frm}–{to} road cut by the rains.",
    SupportType.MEDICAL_CASEVAC: "Evacuate a seriously injured aid worker from {frm}.",
    SupportType.LOGISTICS: "Store {t} t of seeds in the mission warehouse at {frm}.",
    SupportType.COMMUNICATIONS: "Relay radio messages for the NGO team based in {to}.",
    SupportType.SECURITY_INFORMATION: "Security update on the {frm}–{to} axis before a mission.",
    SupportType.OTHER: "Lend tents for a vaccination post at {to}.",
}
_SUPPORT_WEIGHTS = {
    SupportType.CONVOY_ESCORT: 22,
    SupportType.ROAD_TRANSPORT: 14,
    SupportType.SECURITY_INFORMATION: 14,
    SupportType.AREA_SECURITY: 10,
    SupportType.AIR_TRANSPORT: 8,
    SupportType.ENGINEERING: 8,
    SupportType.MEDICAL_CASEVAC: 8,
    SupportType.LOGISTICS: 7,
    SupportType.COMMUNICATIONS: 4,
    SupportType.OTHER: 5,
}
CIVIL_BUDGET_STEP = 500  # budgets are asked for in round figures


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
) -> dict[str, int]:
    """Add QIPs, incidents and support requests for `days` days from `start`.

    `scale` is the number of liaison entries the seeded database holds (normally
    len(liaison)); it gives the counts: about scale/60 QIPs (at every stage, with
    tranches, monitoring visits without photos and their transitions), scale/10
    incidents and scale/25 support requests. `organisations`, `contacts` and `liaison`
    are ids of existing records that the new ones refer to. Nothing is dated after
    today. Runs in one transaction; returns the rows added per table.
    """
    if days < 1 or scale < 0:
        raise ValueError("days must be 1 or more and scale 0 or more")
    training.require_training(store)  # made-up records go into training databases only
    builder = _Builder(store, rng, start, days, organisations, contacts, liaison)
    with store.db.atomic():
        for _ in range(_share(scale, 60)):
            builder.qip()
        for _ in range(_share(scale, 10)):
            builder.incident()
        for _ in range(_share(scale, 25)):
            builder.support_request()
        builder.flush()
    return builder.counts


def _share(scale: int, per: int) -> int:
    return max(1, round(scale / per)) if scale > 0 else 0


class _Builder:
    """One random stream, the period, the ids to refer to, and the rows made so far.

    Attributes: store, rng, start / end (dates: end is exclusive, never after today),
    settings (mission QIP rules), rows (table -> rows), index (search rows), counts.
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
    ):
        self.store = store
        self.rng = rng
        self.now = utc_now()
        self.start = start
        self.end = min(start + timedelta(days=days), self.now.date() + timedelta(days=1))
        self.span = max(1, (self.end - start).days)
        self.organisations = list(organisations)
        self.contacts = list(contacts)
        self.liaison = list(liaison)
        self.settings: MissionSettings = get_mission_settings(store)
        self.org_names = _names(store, "SELECT id, name, acronym FROM organisations")
        # As other records' search text names them: a restricted contact by its code.
        self.contact_names = _names(
            store,
            f"SELECT id, {LISTED_NAME_SQL}, '' FROM contacts",
        )
        self.numbers: dict[str, int] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.index: list[tuple[str, str, str, str]] = []
        self.counts: dict[str, int] = {}

    # --- helpers ---------------------------------------------------------------------------

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _moment(self, day: date, hours: tuple[int, int] = (7, 17)) -> datetime:
        moment = datetime.combine(day, time(), UTC) + timedelta(
            minutes=self.rng.randrange(hours[0] * 60, hours[1] * 60)
        )
        return min(moment, self.now)

    def _stamp(self, day: date) -> str:
        return to_stamp(self._moment(day))

    def _day(self, latest_offset: int = 0) -> date:
        return self.start + timedelta(days=self.rng.randrange(max(1, self.span - latest_offset)))

    def _where(self) -> tuple[Town, str, str, dict[str, float]]:
        town = self.rng.choices(TOWNS, _TOWN_WEIGHTS)[0]
        site = self.rng.choice(town.sites)
        lat = town.lat + self.rng.uniform(-0.03, 0.03)
        lon = town.lon + self.rng.uniform(-0.03, 0.03)
        ref = parse_grid(grid_from_latlon(lat, lon, digits=4))
        return town, site, ref.mgrs, {"lat": ref.lat, "lon": ref.lon}

    def _pick(self, ids: list[str], share: float = 1.0) -> str | None:
        return self.rng.choice(ids) if ids and self.rng.random() < share else None

    def _number(self, prefix: str, table: str, column: str, year: int, width: int) -> str:
        key = f"{prefix}{year}-"
        if key not in self.numbers:
            row = self.store.db.execute(
                f"SELECT max(CAST(substr({column}, ?) AS INTEGER)) FROM {table} "
                f"WHERE {column} LIKE ?",
                [len(key) + 1, key + "%"],
            ).fetchone()
            self.numbers[key] = row[0] or 0
        self.numbers[key] += 1
        return f"{key}{self.numbers[key]:0{width}d}"

    def _add(
        self, table: str, record: Record, stamp: str, extra: dict[str, Any] | None = None
    ) -> None:
        record.origin_unit = self.store.unit.name
        row = new_row(
            record, unit=self.store.unit.name, site=self.store.site_id, stamp=stamp, extra=extra
        )
        self.rows.setdefault(table, []).append(row)

    def flush(self) -> None:
        for table, rows in self.rows.items():
            columns = list(rows[0])
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            self.store.db.conn.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",
                [[row[c] for c in columns] for row in rows],
            )
            self.counts[table] = len(rows)
        search.index_many(self.store.db.conn, self.index)

    # --- QIPs ------------------------------------------------------------------------------

    def qip(self) -> None:
        r = self.rng
        town, site, grid, extra = self._where()
        category = r.choices(list(_QIP_WEIGHTS), list(_QIP_WEIGHTS.values()))[0]
        title = r.choice(QIP_TITLES[category]).format(town=town.name, site=site)
        identified = self._day()
        code = self.store.unit.code
        qip = Qip(
            id=self._uuid(),
            number=self._number(f"{code}-QIP-", "qips", "number", identified.year, 3),
            title=title,
            category=category,
            place=f"{site}, {town.name}",
            grid=grid,
            proposing_unit=self.store.unit.name,
            local_currency="XAF",
            exchange_rate=float(r.randrange(560, 630)),
            transitions=[],
        )
        qip.transitions.append(
            QipTransition(
                qip_id=qip.id,
                seq=1,
                to_status=S.IDENTIFIED,
                transition_date=identified.isoformat(),
                note="Recorded",
            )
        )
        men, women = r.randrange(80, 1500), r.randrange(80, 1600)
        qip.targeted_men, qip.targeted_women = men, women
        qip.targeted_children = r.randrange(0, 2500)
        qip.focal_point_id = self._pick(self.contacts, 0.8)
        self._walk(qip, identified, town.name, site)
        errors = qip.field_errors()
        if errors:  # a bug in this generator, not in the data an officer would type
            raise ValidationError(errors)
        stamp = self._stamp(identified)
        self._add("qips", qip, stamp, extra)
        for tranche in qip.tranches:
            self._add("qip_tranches", tranche, self._stamp(date.fromisoformat(tranche.paid_on)))
        for visit in qip.visits:
            self._add("qip_visits", visit, self._stamp(date.fromisoformat(visit.visit_date)))
        for transition in qip.transitions:
            transition.id = self._uuid()
            day = date.fromisoformat(transition.transition_date)
            self._add("qip_transitions", transition, self._stamp(day))
        qip.partner_name = self.org_names.get(qip.implementing_partner_id or "", ("", ""))[0]
        self.index.append((qips.KIND, qip.id, *qips.index_text(qip)))

    def _step(self, qip: Qip, to: QipStatus, day: date, note: str = "") -> bool:
        """Move the project on `day` if that day has come; False when the walk must stop."""
        if day >= self.end:
            return False
        apply_transition(
            qip,
            to,
            self.settings,
            on=day,
            today=self.end,
            recorded_by="CIMIC officer",
            note=note,
        )
        return True

    def _later(self, day: date, low: int, high: int) -> date:
        return day + timedelta(days=self.rng.randrange(low, high + 1))

    def _walk(self, qip: Qip, day: date, town: str, site: str) -> None:
        """Take the project through its lifecycle until the period ends (or it ends)."""
        r = self.rng
        ceiling = self.settings.qip_ceiling_usd
        if r.random() < 0.15:
            low, high = int(ceiling * 0.88), int(ceiling)
        else:
            low, high = int(ceiling * 0.15), int(ceiling * 0.85)
        step = CIVIL_BUDGET_STEP
        qip.budget_requested_usd = float(r.randrange(low // step, high // step + 1) * step)
        qip.objective = r.choice(OBJECTIVES).format(town=town, site=site)
        day = self._later(day, 3, 14)
        if not self._step(qip, S.PROPOSAL_DRAFTED, day):
            return
        planned_start = self._later(day, 25, 50)
        qip.planned_start = planned_start.isoformat()
        months = r.choice((2, 3, 4, 4, 5, 5, 6, 6, 6, 7))  # a few plans are too long
        qip.planned_end = (planned_start + timedelta(days=30 * months)).isoformat()
        qip.implementing_partner_id = self._pick(self.organisations, 0.95)
        qip.community_contribution = "Unskilled labour, sand and gravel"
        qip.community_contribution_usd = float(round(qip.budget_requested_usd * 0.07, -2))
        for resubmitted in (False, True):
            for to, low_days, high_days in ((S.SUBMITTED, 3, 10), (S.UNDER_REVIEW, 2, 10)):
                day = self._later(day, low_days, high_days)
                if not self._step(qip, to, day):
                    return
            day = self._later(day, 5, 20)
            qip.review_ref = f"PRC/{day.year}/{r.randrange(1, 200):03d}"
            roll = r.random()
            if not qip.implementing_partner_id or roll < 0.04:
                self._step(qip, S.REJECTED, day, "Duplicates an NGO project in the same place.")
                return
            if roll < 0.14 and not resubmitted:
                if not self._step(qip, S.RETURNED, day, "Revise the bill of quantities."):
                    return
                day = self._later(day, 5, 15)
                if not self._step(qip, S.PROPOSAL_DRAFTED, day):
                    return
                continue
            break
        share = r.choice((1.0, 1.0, 0.95, 0.9))
        qip.budget_approved_usd = float(round(qip.budget_requested_usd * share, -2))
        qip.budget_approved_usd = min(qip.budget_approved_usd, ceiling)
        if not self._step(qip, S.APPROVED, day):
            return
        self._run(qip, day, town, site)

    def _run(self, qip: Qip, day: date, town: str, site: str) -> None:
        """From approval on: agreement, tranches, implementation with visits, handover."""
        r = self.rng
        if r.random() < 0.04:
            self._step(qip, S.CANCELLED, self._later(day, 3, 20), "Partner withdrew.")
            return
        day = self._later(day, 5, 20)
        if not self._step(qip, S.AGREEMENT_SIGNED, day):
            return
        day = self._later(day, 3, 12)
        if day >= self.end:
            return
        budget = qip.budget_approved_usd
        parts = [round(budget * share, -2) for share in (0.5, 0.3)]
        parts.append(budget - sum(parts))
        self._tranche(qip, day, parts[0])
        self._step(qip, S.DISBURSED, day)
        day = self._later(day, 1, 7)
        if not self._step(qip, S.IN_IMPLEMENTATION, day):
            return
        planned = (date.fromisoformat(qip.planned_end) - date.fromisoformat(qip.planned_start)).days
        overrun = r.choice((0.8, 0.9, 1.0, 1.0, 1.1, 1.3, 1.6))
        finish = day + timedelta(days=max(30, int(planned * overrun)))
        visit_day, paid = day, 1
        while True:
            visit_day = self._later(visit_day, 14, 35)
            if visit_day >= min(finish, self.end):
                break
            done = (visit_day - day).days / max(1, (finish - day).days)
            percent = min(95, int(done * 100) + r.randrange(-5, 6))
            qip.visits.append(
                MonitoringVisit(
                    id=self._uuid(),
                    qip_id=qip.id,
                    visit_date=visit_day.isoformat(),
                    percent_complete=max(0, percent),
                    findings=r.choice(FINDINGS),
                    visited_by="CIMIC team",
                )
            )
            if paid == 1 and percent >= 45:
                self._tranche(qip, visit_day, parts[1])
                paid = 2
        if finish >= self.end:
            return
        if paid == 1:
            self._tranche(qip, finish, parts[1])
        self._tranche(qip, finish, parts[2])
        qip.visits.append(
            MonitoringVisit(
                id=self._uuid(),
                qip_id=qip.id,
                visit_date=finish.isoformat(),
                percent_complete=100,
                findings="Works finished and checked with the partner and the authorities.",
                visited_by="CIMIC team",
            )
        )
        qip.reached_men = int(qip.targeted_men * r.uniform(0.8, 1.1))
        qip.reached_women = int(qip.targeted_women * r.uniform(0.8, 1.1))
        qip.reached_children = int(qip.targeted_children * r.uniform(0.8, 1.1))
        if not self._step(qip, S.COMPLETED, finish):
            return
        qip.receiving_authority = r.choice(AUTHORITIES).format(town=town, site=site)
        day = self._later(finish, 5, 20)
        if not self._step(qip, S.HANDED_OVER, day, "Handover ceremony with the authorities."):
            return
        qip.final_report_ref = f"FR-{qip.number}"
        self._step(qip, S.CLOSED, self._later(day, 10, 30))

    def _tranche(self, qip: Qip, day: date, amount: float) -> None:
        if amount <= 0:
            return
        qip.tranches.append(
            Tranche(
                id=self._uuid(),
                qip_id=qip.id,
                paid_on=day.isoformat(),
                amount_usd=float(amount),
                reference=f"PV-{day:%Y%m%d}-{self.rng.randrange(100, 1000)}",
            )
        )

    # --- incidents -------------------------------------------------------------------------

    def incident(self) -> None:
        r = self.rng
        town, site, grid, extra = self._where()
        category = r.choices(list(_INCIDENT_WEIGHTS), list(_INCIDENT_WEIGHTS.values()))[0]
        occurred = self._moment(self._day(), (0, 24))
        reported = min(occurred + timedelta(minutes=r.randrange(20, 36 * 60)), self.now)
        actor = r.choice(ACTORS)
        incident = Incident(
            id=self._uuid(),
            occurred_at=to_stamp(occurred),
            reported_at=to_stamp(reported),
            source_contact_id=self._pick(self.contacts, 0.6),
            source_organisation_id=self._pick(self.organisations, 0.3),
            reliability=r.choices(list(SourceReliability), (2, 10, 12, 4, 1, 3))[0],
            place=f"{site}, {town.name}",
            grid=grid,
            location_precision=r.choices(list(LocationPrecision), (6, 3, 1))[0],
            category=category,
            subcategory=r.choice(SUBCATEGORIES[category]).code,
            actors=actor,
            narrative=NARRATIVES[category].format(
                actor=actor.capitalize(), site=site, town=town.name, n=r.randrange(20, 400)
            ),
            action_taken=r.choice(ACTIONS_TAKEN).format(town=town.name),
            assessment=r.choice(ASSESSMENTS),
        )
        if category in _VIOLENT and r.random() < 0.55:
            for outcome, weights in (("killed", 0.5), ("injured", 0.8), ("abducted", 0.2)):
                for group, _ in CASUALTY_GROUPS:
                    if r.random() < weights * 0.35:
                        setattr(incident, f"{outcome}_{group}", r.choice((1, 1, 1, 2, 2, 3, 5)))
        # A flash report goes out within hours; only the last few days' may still be pending.
        recent = (self.now - occurred).days < 3
        if incident.is_flash() and (not recent or r.random() < 0.7):
            sent = reported + timedelta(minutes=r.randrange(10, 6 * 60))
            incident.flash_sent_at = to_stamp(min(sent, self.now))
        if (self.now - occurred).days > 14 and r.random() < 0.8:
            incident.status = IncidentStatus.CLOSED
        links = r.sample(self.liaison, k=min(len(self.liaison), r.choice((1, 1, 2))))
        incident.liaison_entry_ids = tuple(links) if r.random() < 0.3 else ()
        year = int(incident.occurred_at[:4])
        code = self.store.unit.code
        incident.reference = self._number(f"{code}-INC-", "incidents", "reference", year, 4)
        errors = incident.field_errors(self.now)
        if errors:
            raise ValidationError(errors)
        stamp = incident.reported_at
        self._add("incidents", incident, stamp, extra)
        for entry_id in incident.liaison_entry_ids:
            link = IncidentLiaisonLink(
                id=incidents.link_id(incident.id, entry_id),
                incident_id=incident.id,
                entry_id=entry_id,
            )
            self._add("incident_liaison_links", link, stamp)
        names = self._incident_names(incident)
        self.index.append((incidents.KIND, incident.id, *incidents.index_text(incident, names)))

    def _incident_names(self, incident: Incident) -> str:
        """The linked names as incidents._linked_names writes them."""
        names = []
        for org_id in filter(
            None, [incident.source_organisation_id, *incident.actor_organisation_ids]
        ):
            name, acronym = self.org_names.get(org_id, ("", ""))
            names.append(f"{name} {acronym}")
        if incident.source_contact_id:
            names.append(self.contact_names.get(incident.source_contact_id, ("", ""))[0])
        return " ".join(names)

    # --- support requests ------------------------------------------------------------------

    def support_request(self) -> None:
        r = self.rng
        origin, _, from_grid, from_extra = self._where()
        destination, site, to_grid, to_extra = self._where()
        request_type = r.choices(list(_SUPPORT_WEIGHTS), list(_SUPPORT_WEIGHTS.values()))[0]
        received = self._moment(self._day())
        request = SupportRequest(
            id=self._uuid(),
            received_at=to_stamp(received),
            requesting_organisation_id=self._pick(self.organisations, 0.95),
            requesting_contact_id=self._pick(self.contacts, 0.7),
            channel=r.choices(list(SupportChannel), (8, 3, 2, 3))[0],
            request_type=request_type,
            from_place=origin.name,
            from_grid=from_grid,
            to_place=f"{site}, {destination.name}",
            to_grid=to_grid,
            date_required=(received.date() + timedelta(days=r.randrange(0, 15))).isoformat(),
            duration=r.choice(("1 day", "2 days", "3 days", "one rotation", "1 week")),
            priority=r.choices(list(SupportPriority), (1, 3, 4, 6))[0],
        )
        n, t, v = r.randrange(2, 20), r.randrange(2, 40), r.randrange(2, 25)
        request.purpose = SUPPORT_PURPOSES[request_type].format(
            n=n, t=t, v=v, frm=request.from_place, to=request.to_place
        )
        if request_type in (SupportType.AIR_TRANSPORT, SupportType.MEDICAL_CASEVAC):
            request.passengers = n
        if request_type in (SupportType.ROAD_TRANSPORT, SupportType.LOGISTICS):
            request.tonnes = float(t)
        if request_type is SupportType.CONVOY_ESCORT:
            request.vehicles = v
        self._decide(request, received)
        errors = request.field_errors(self.now)
        if errors:
            raise ValidationError(errors)
        code = self.store.unit.code
        year = received.year
        request.number = self._number(f"{code}-MSR-", "support_requests", "number", year, 4)
        extra = {
            "from_lat": from_extra["lat"],
            "from_lon": from_extra["lon"],
            "to_lat": to_extra["lat"],
            "to_lon": to_extra["lon"],
        }
        self._add("support_requests", request, request.received_at, extra)
        request.requester_name = self.org_names.get(
            request.requesting_organisation_id or "", ("", "")
        )[0]
        contact = self.contact_names.get(request.requesting_contact_id or "", ("", ""))[0]
        self.index.append(
            (support_requests.KIND, request.id, *support_requests.index_text(request, contact))
        )

    def _decide(self, request: SupportRequest, received: datetime) -> None:
        """Give the request the status its age makes likely, with what that status needs."""
        r = self.rng
        age = (self.now - received).days
        if age < 3 or r.random() < 0.08:
            request.status = r.choice(
                (SupportStatus.RECEIVED, SupportStatus.UNDER_REVIEW, SupportStatus.FORWARDED)
            )
            return
        decided = min(received.date() + timedelta(days=r.randrange(0, 3)), self.now.date())
        request.decision_date = decided.isoformat()
        request.decided_by = r.choice(("Battalion commander", "Sector HQ G9", "Force HQ U9"))
        roll = r.random()
        if roll < 0.2:
            request.status = SupportStatus.REJECTED
            request.decision_reason = "Civilian transporters are available on this axis."
            return
        if roll < 0.26:
            request.status = SupportStatus.CANCELLED
            request.decision_reason = "Withdrawn by the requester."
            return
        request.civilian_alternatives_checked = True
        request.civilian_alternatives_note = "UNHAS and the logistics cluster have no capacity."
        request.unique_advantage = tuple(a for a in UniqueAdvantage if r.random() < 0.6) or (
            UniqueAdvantage.TIMELINESS,
        )
        request.complementarity = "Complements the logistics cluster's own trucks."
        request.exit_plan = "Civilian transport resumes once the road is repaired."
        if request.is_escort:
            for name, _ in ESCORT_CRITERIA:
                setattr(request, name, r.random() < 0.95)
                setattr(request, f"{name}_note", "Assessed with OCHA CMCoord.")
        if r.random() < 0.05:
            request.complementarity = ""
            request.override_authority = "Force HQ"
            request.override_reference = f"FHQ/U9/{decided.year}/{r.randrange(1, 300):03d}"
        request.decision_reason = "Last-resort test met."
        request.status = SupportStatus.EXECUTED if age > 10 else SupportStatus.APPROVED
        if request.status is SupportStatus.EXECUTED:
            request.executing_unit = self.store.unit.name
            request.outcome = "Executed as requested without incident."


def _names(store: Store, sql: str) -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in store.db.execute(sql).fetchall()}
