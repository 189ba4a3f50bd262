"""Made-up incident reports: what happened where, casualties, flash reports, liaison links."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from cimicdesk.demo import words
from cimicdesk.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    LocationPrecision,
    SourceReliability,
)
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.incident import (
    CASUALTY_GROUPS,
    IMMEDIATE_CATEGORIES,
    SUBCATEGORIES,
    Incident,
    IncidentLiaisonLink,
)
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import incidents

if TYPE_CHECKING:
    from cimicdesk.demo.operations import Builder

C = IncidentCategory
# Categories whose incidents may have casualties.
_VIOLENT = frozenset(IMMEDIATE_CATEGORIES | {C.CRIME_BANDITRY, C.RIOTS, C.UXO_MINE})


def add_incident(b: Builder) -> None:
    """One incident, reported within hours, closed once old, sometimes linked to the log."""
    r = b.rng
    town, site, grid, extra = b.where()
    weights = words.INCIDENT_WEIGHTS
    category = r.choices(list(weights), list(weights.values()))[0]
    occurred = b.moment(b.day(), (0, 24))
    reported = min(occurred + timedelta(minutes=r.randrange(20, 36 * 60)), b.now)
    actor = r.choice(words.ACTORS)
    incident = Incident(
        id=b.uuid(),
        occurred_at=to_stamp(occurred),
        reported_at=to_stamp(reported),
        source_contact_id=b.pick(b.contacts, 0.6),
        source_organisation_id=b.pick(b.organisations, 0.3),
        reliability=r.choices(list(SourceReliability), (2, 10, 12, 4, 1, 3))[0],
        place=f"{site}, {town.name}",
        grid=grid,
        location_precision=r.choices(list(LocationPrecision), (6, 3, 1))[0],
        category=category,
        subcategory=r.choice(SUBCATEGORIES[category]).code,
        actors=actor,
        narrative=words.NARRATIVES[category].format(
            actor=actor.capitalize(), site=site, town=town.name, n=r.randrange(20, 400)
        ),
        action_taken=r.choice(words.ACTIONS_TAKEN).format(town=town.name),
        assessment=r.choice(words.ASSESSMENTS),
    )
    if category in _VIOLENT and r.random() < 0.55:
        for outcome, weight in (("killed", 0.5), ("injured", 0.8), ("abducted", 0.2)):
            for group, _ in CASUALTY_GROUPS:
                if r.random() < weight * 0.35:
                    setattr(incident, f"{outcome}_{group}", r.choice((1, 1, 1, 2, 2, 3, 5)))
    # A flash report goes out within hours; only the last few days' may still be pending.
    recent = (b.now - occurred).days < 3
    if incident.is_flash() and (not recent or r.random() < 0.7):
        sent = reported + timedelta(minutes=r.randrange(10, 6 * 60))
        incident.flash_sent_at = to_stamp(min(sent, b.now))
    if (b.now - occurred).days > 14 and r.random() < 0.8:
        incident.status = IncidentStatus.CLOSED
    links = r.sample(b.liaison, k=min(len(b.liaison), r.choice((1, 1, 2))))
    incident.liaison_entry_ids = tuple(links) if r.random() < 0.3 else ()
    incident.reference = b.number(incidents.next_reference, int(incident.occurred_at[:4]))
    errors = incident.field_errors(b.now)
    if errors:  # a bug in this generator, not in the data an officer would type
        raise ValidationError(errors)
    stamp = incident.reported_at
    b.add("incidents", incident, stamp, extra)
    for entry_id in incident.liaison_entry_ids:
        link = IncidentLiaisonLink(
            id=incidents.link_id(incident.id, entry_id),
            incident_id=incident.id,
            entry_id=entry_id,
        )
        b.add("incident_liaison_links", link, stamp)
    text = incidents.index_text(incident, _linked_names(b, incident))
    b.writer.add_index(incidents.KIND, incident.id, text)


def _linked_names(b: Builder, incident: Incident) -> str:
    """The linked names as incidents._linked_names writes them."""
    names = []
    for org_id in filter(None, [incident.source_organisation_id, *incident.actor_organisation_ids]):
        name, acronym = b.org_names.get(org_id, ("", ""))
        names.append(f"{name} {acronym}")
    if incident.source_contact_id:
        names.append(b.contact_names.get(incident.source_contact_id, ""))
    return " ".join(names)
