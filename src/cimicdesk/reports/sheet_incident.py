"""An incident report for the file: when, where, what, casualties, action, assessment."""

from __future__ import annotations

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.incident import CASUALTY_GROUPS, CASUALTY_OUTCOMES, Incident
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Label, Message, msg, msg_n
from cimicdesk.reports.data import CASUALTY_KIND, military_dtg
from cimicdesk.reports.document import Block, Document, Paragraph, Table, Title
from cimicdesk.reports.sheet_base import Sheet, SheetOptions, cells
from cimicdesk.store import attachments
from cimicdesk.store import incidents as incident_repo
from cimicdesk.store import liaison as liaison_repo
from cimicdesk.store.database import Store


def incident_sheet(
    store: Store, incident_id: str, texts: Texts, options: SheetOptions | None = None
) -> Document:
    """An incident report for the file: when, where, what, who, casualties, action taken,
    assessment, linked meetings and photos."""
    incident = incident_repo.get_incident(store, incident_id)
    sheet = Sheet(store, texts, options or SheetOptions())
    t = sheet.t
    doc = sheet.document(msg("Incident report"), incident.reference, incident.origin_unit)
    kind = t(Label(incident.subcategory_label, "Subcategory")) if incident.subcategory else ""
    line = [p for p in (kind, incident.reference, sheet.dtg(incident.occurred_at)) if p]
    doc.add(Title(t(incident.category), " · ".join(line)))
    doc.add(
        sheet.fields(
            [
                (msg("Reference"), incident.reference),
                (msg("Status"), incident.status),
                (msg("Occurred"), sheet.dtg(incident.occurred_at)),
                (msg("Reported"), sheet.dtg(incident.reported_at)),
                (msg("Place"), sheet.where(incident.place, incident.grid)),
                (msg("Precision"), incident.location_precision),
                (msg("Source"), _source(sheet, incident)),
                (msg("Reliability"), incident.reliability),
                (msg("Actors"), _actors(sheet, incident)),
                (msg("Flash report"), _flash(sheet, incident)),
            ]
        )
    )
    narrative, action, assessment = sheet.budgets(
        [incident.narrative, incident.action_taken, incident.assessment]
    )
    doc.extend(
        sheet.section(1, msg("What happened"), sheet.free_text(incident.narrative, narrative))
    )
    doc.extend(sheet.section(2, msg("Casualties"), _casualties(sheet, incident)))
    doc.extend(
        sheet.section(3, msg("Action taken"), sheet.free_text(incident.action_taken, action))
    )
    doc.extend(
        sheet.section(4, msg("Assessment"), sheet.free_text(incident.assessment, assessment))
    )
    number = 5
    meetings = _linked_meetings(sheet, incident)
    if meetings:
        doc.extend(sheet.section(number, msg("Meetings that reported or discussed it"), meetings))
        number += 1
    found = [(a, sheet.photo_caption(a)) for a in attachments.attachments_of(store, incident.id)]
    if found:
        doc.extend(sheet.section(number, msg("Photos"), sheet.photos(found)))
    return doc


def _source(sheet: Sheet, incident: Incident) -> str:
    parts = [
        sheet.person(incident.source_contact_id),
        sheet.organisation(incident.source_organisation_id),
        incident.source_note,
    ]
    return " · ".join(p for p in parts if p)


def _actors(sheet: Sheet, incident: Incident) -> str:
    named = [sheet.organisation(i) for i in incident.actor_organisation_ids]
    return " · ".join(p for p in [incident.actors, *named] if p)


def _flash(sheet: Sheet, incident: Incident) -> Message:
    if incident.flash_sent_at:
        return msg("Sent {dtg}", dtg=military_dtg(incident.flash_sent_at))
    return msg("Not sent") if incident.is_flash() else msg("Not required")


def _casualties(sheet: Sheet, incident: Incident) -> list[Block]:
    t = sheet.t
    if not incident.total_casualties():
        return [Paragraph(t(msg("No casualties reported.")), "note")]
    groups = [g for g, _ in CASUALTY_GROUPS]
    rows = []
    for outcome, outcome_label in CASUALTY_OUTCOMES:
        counts = [incident.casualties(outcome, g) for g in groups]
        rows.append(
            (
                t(Label(outcome_label, CASUALTY_KIND)),
                *(t(n) if n else "–" for n in counts),
                t(sum(counts)),
            )
        )
    header = (
        "",
        *(t(Label(group_label, CASUALTY_KIND)) for _, group_label in CASUALTY_GROUPS),
        t(msg("Total")),
    )
    return [
        Table(
            header=header,
            rows=tuple(rows),
            widths=(0.16, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12),
            numeric=frozenset(range(1, 8)),
            bold_first=True,
        )
    ]


def _linked_meetings(sheet: Sheet, incident: Incident) -> list[Block]:
    t = sheet.t
    rows: list[tuple[object, ...]] = []
    for entry_id in incident.liaison_entry_ids:
        try:
            entry = liaison_repo.get_liaison(sheet.store, entry_id)
        except CimicError:
            continue
        if entry.deleted:
            continue
        rows.append((entry.ref, sheet.dtg(entry.start), t(entry.entry_type), entry.purpose))
    if not rows:
        return []
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n(
            "{n} earlier meeting is not shown.", "{n} earlier meetings are not shown.", n
        ),
    )
    table = Table(
        header=(t(msg("Reference")), t(msg("DTG")), t(msg("Type")), t(msg("Purpose"))),
        rows=tuple(cells(r) for r in shown),
        widths=(0.24, 0.16, 0.2, 0.4),
        refs=frozenset({0}),
    )
    return [table, *more]
