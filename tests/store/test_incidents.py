"""Incident reports through the repository: references, links, the flash queue, lists."""

import pytest
from factories import NOW, make_contact, make_entry, make_incident, make_org

from cimicdesk.domain.enums import IncidentCategory, IncidentStatus
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.incident import CASUALTY_FIELDS, Incident
from cimicdesk.store import incidents, synced
from cimicdesk.store.filters import IncidentFilter
from cimicdesk.store.search import search

C = IncidentCategory


def test_reference_follows_the_year_it_happened(store):
    first = make_incident(store)
    assert first.reference == "BANBAT1-INC-2026-0001"
    assert make_incident(store).reference == "BANBAT1-INC-2026-0002"
    old = make_incident(
        store, occurred_at="2025-12-31T22:00:00.000Z", reported_at="2026-01-01T06:00:00.000Z"
    )
    assert old.reference == "BANBAT1-INC-2025-0001"
    assert first.grid == "34NDM6409037550"


def test_dates_and_casualties_are_checked_before_anything_is_written(store):
    with pytest.raises(ValidationError, match="reported before it happened"):
        make_incident(store, reported_at="2026-05-30T03:00:00.000Z")
    with pytest.raises(ValidationError, match="in the future"):
        make_incident(store, reported_at="2026-06-01T12:30:00.000Z")
    with pytest.raises(ValidationError, match="whole numbers, 0 or more"):
        make_incident(store, killed_armed_elements=-2)
    assert incidents.count_incidents(store, IncidentFilter(include_deleted=True)) == 0


def test_source_actors_and_liaison_links_must_exist(store):
    for field in ("source_contact_id", "source_organisation_id"):
        with pytest.raises(ValidationError, match="is unknown"):
            make_incident(store, **{field: "nope"})
    with pytest.raises(ValidationError, match="organisation nope is unknown"):
        make_incident(store, actor_organisation_ids=("nope",))
    with pytest.raises(ValidationError, match="liaison entry nope is unknown"):
        make_incident(store, liaison_entry_ids=("nope",))
    group = make_org(store, "Unité pour la paix en Centrafrique", acronym="UPC")
    person = make_contact(store, "Jean-Pierre Ndakala")
    incident = make_incident(store, source_contact_id=person.id, actor_organisation_ids=(group.id,))
    assert incident.actor_organisation_ids == (group.id,)
    # found by its actors' and source's names
    assert search(store, "UPC", kinds=("incident",))[0].record_id == incident.id
    assert search(store, "ndakala", kinds=("incident",))[0].record_id == incident.id


def test_liaison_links_are_synced_rows_tombstoned_when_removed(store):
    person = make_contact(store)
    one, two = make_entry(store, contacts=[person]), make_entry(store, contacts=[person])
    incident = make_incident(store, liaison_entry_ids=(one.id, two.id, one.id))
    assert incident.liaison_entry_ids == (one.id, two.id)
    assert [
        i.id for i in incidents.list_incidents(store, IncidentFilter(liaison_id=two.id)).items
    ] == [incident.id]
    incident.liaison_entry_ids = (one.id,)
    saved = incidents.save_incident(store, incident, now=NOW)
    assert saved.liaison_entry_ids == (one.id,)
    assert incidents.count_incidents(store, IncidentFilter(liaison_id=two.id)) == 0
    gone = synced.fetch_row(store, "incident_liaison_links", incidents.link_id(incident.id, two.id))
    assert gone["deleted"] == 1
    saved.liaison_entry_ids = (one.id, two.id)  # linking again brings the same row back
    again = incidents.save_incident(store, saved, now=NOW)
    assert set(again.liaison_entry_ids) == {one.id, two.id}
    rows = store.db.execute("SELECT count(*) FROM incident_liaison_links").fetchone()[0]
    assert rows == 2


def test_flash_incidents_stay_on_the_queue_until_the_flash_is_sent(store):
    calm = make_incident(store)  # banditry, no casualties
    hurt = make_incident(store, injured_civilian_women=1)
    clash = make_incident(
        store,
        category=C.BATTLES,
        subcategory="armed_clash",
        occurred_at="2026-05-29T04:00:00.000Z",
    )
    sent = make_incident(store, killed_un_personnel=1, flash_sent_at="2026-05-30T08:00:00.000Z")
    queue = incidents.open_flash_incidents(store)
    assert [i.id for i in queue] == [clash.id, hurt.id]  # oldest first
    assert calm.id not in {i.id for i in queue} and sent.id not in {i.id for i in queue}
    marked = incidents.mark_flash_sent(store, clash.id, "2026-05-29T06:00:00.000Z")
    assert marked.flash_sent_at == "2026-05-29T06:00:00.000Z"
    assert [i.id for i in incidents.open_flash_incidents(store)] == [hurt.id]
    incidents.delete_incident(store, hurt.id)
    assert incidents.open_flash_incidents(store) == []


def test_the_flash_query_agrees_with_the_domain_rule(store):
    made = []
    for category in IncidentCategory:
        for casualty in (None, CASUALTY_FIELDS[0], CASUALTY_FIELDS[-1]):
            values = {casualty: 1} if casualty else {}
            made.append(make_incident(store, category=category, subcategory="", **values))
    queued = {i.id for i in incidents.open_flash_incidents(store, limit=1000)}
    assert queued == {i.id for i in made if i.needs_flash()}
    assert len(queued) == incidents.count_incidents(store, IncidentFilter(flash_pending=True))
    assert 0 < len(queued) < len(made)


def test_lists_filter_sort_and_page(store):
    for day in range(1, 11):
        make_incident(
            store,
            occurred_at=f"2026-05-{day:02d}T10:00:00.000Z",
            reported_at=f"2026-05-{day:02d}T12:00:00.000Z",
            category=C.PROTESTS if day % 2 else C.RIOTS,
            subcategory="",
            status=IncidentStatus.CLOSED if day < 4 else IncidentStatus.OPEN,
        )
    page = incidents.list_incidents(store, limit=4)
    assert [i.occurred_at[:10] for i in page.items] == [f"2026-05-{d:02d}" for d in (10, 9, 8, 7)]
    more = incidents.list_incidents(store, limit=10, after=page.cursor)
    assert len(more.items) == 6 and more.cursor is None
    assert incidents.count_incidents(store, IncidentFilter(category=C.RIOTS)) == 5
    assert incidents.count_incidents(store, IncidentFilter(status=IncidentStatus.CLOSED)) == 3
    assert (
        incidents.count_incidents(
            store, IncidentFilter(date_from="2026-05-03", date_to="2026-05-06")
        )
        == 3
    )
    assert incidents.count_incidents(store, IncidentFilter(unit="BANBAT 1")) == 10
    assert incidents.count_incidents(store, IncidentFilter(text="riots")) == 5
    casualties = incidents.list_incidents(store, order_by="casualties").items
    assert len(casualties) == 10


def test_delete_restore_and_search(store):
    incident = make_incident(store, narrative="Cattle stolen from Mbororo herders near Kidjigra.")
    assert search(store, "mbororo")[0].kind == "incident"
    incidents.delete_incident(store, incident.id)
    assert incidents.get_incident(store, incident.id).deleted
    assert search(store, "mbororo") == [] and incidents.count_incidents(store) == 0
    incidents.restore_incident(store, incident.id)
    assert search(store, "mbororo")[0].record_id == incident.id


def test_unchanged_incident_saves_nothing(store):
    incident = make_incident(store, liaison_entry_ids=())
    again = incidents.save_incident(store, incidents.get_incident(store, incident.id), now=NOW)
    assert again.updated_at == incident.updated_at
    assert synced.history(store, "incidents", incident.id) == []
    assert isinstance(again, Incident)
