"""A liaison entry as a meeting record: participants, information, issues, actions."""

from __future__ import annotations

from cimicdesk.domain.enums import ActionStatus, ParticipantKind
from cimicdesk.domain.records import LiaisonEntry
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports.document import Block, Document, Paragraph, Table, Title
from cimicdesk.reports.sheet_base import Sheet, SheetOptions, cells, one_line
from cimicdesk.store import liaison as liaison_repo
from cimicdesk.store.database import Store


def liaison_sheet(
    store: Store, entry_id: str, texts: Texts, options: SheetOptions | None = None
) -> Document:
    """A meeting record: who met, where and when, what was received and passed, the
    issues raised and the follow-up actions."""
    entry = liaison_repo.get_liaison(store, entry_id)
    sheet = Sheet(store, texts, options or SheetOptions())
    t = sheet.t
    doc = sheet.document(msg("Meeting record"), entry.ref, entry.origin_unit)
    headline = entry.purpose.strip().split("\n", 1)[0] if entry.purpose.strip() else ""
    headline = one_line(headline, 90)
    doc.add(Title(headline or t(entry.entry_type), f"{entry.ref} · {t(entry.entry_type)}"))
    pairs: list[tuple[Message, object]] = [
        (msg("Reference"), entry.ref),
        (msg("Type"), entry.entry_type),
        (msg("Start"), sheet.dtg(entry.start)),
        (msg("End"), sheet.dtg(entry.end)),
        (msg("Place"), sheet.where(entry.place, entry.grid)),
        (msg("Unit"), entry.origin_unit or store.unit.name),
    ]
    if getattr(entry, "significant", False):
        pairs.append((msg("Significant"), msg("Yes")))
    doc.add(sheet.fields(pairs))
    doc.extend(sheet.section(1, msg("Participants"), _participants(sheet, entry)))
    purpose, received, passed, issues = sheet.budgets(
        [entry.purpose, entry.info_received, entry.info_passed, entry.issues_raised]
    )
    doc.extend(sheet.section(2, msg("Purpose"), sheet.free_text(entry.purpose, purpose)))
    doc.extend(
        sheet.section(
            3, msg("Information received"), sheet.free_text(entry.info_received, received)
        )
    )
    doc.extend(
        sheet.section(4, msg("Information passed"), sheet.free_text(entry.info_passed, passed))
    )
    doc.extend(sheet.section(5, msg("Issues raised"), sheet.free_text(entry.issues_raised, issues)))
    doc.extend(sheet.section(6, msg("Follow-up actions"), _actions(sheet, entry)))
    return doc


def _participants(sheet: Sheet, entry: LiaisonEntry) -> list[Block]:
    t = sheet.t
    rows: list[tuple[object, ...]] = []
    for p in entry.participants:
        if p.kind is ParticipantKind.CONTACT:
            person = sheet.directory.contact(p.target_id)
            if person is None:
                continue
            rows.append((sheet.person(person.id), t(sheet.directory.person_org_type(person))))
        else:
            org = sheet.directory.organisation(p.target_id)
            if org is None:
                continue
            rows.append((org.display_name, t(org.org_type)))
    if not rows:
        return [Paragraph(t(msg("No participants recorded.")), "note")]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n(
            "{n} more participant is in the record.", "{n} more participants are in the record.", n
        ),
    )
    table = Table(
        header=(t(msg("Who")), t(msg("Type"))),
        rows=tuple(cells(r) for r in shown),
        widths=(0.65, 0.35),
    )
    return [table, *more]


def _actions(sheet: Sheet, entry: LiaisonEntry) -> list[Block]:
    t = sheet.t
    rows: list[tuple[object, ...]] = [
        (
            one_line(a.description, 300),
            a.owner,
            sheet.day(a.due_date),
            t(a.status),
        )
        for a in entry.actions
    ]
    if not rows:
        return [Paragraph(t(msg("No follow-up actions.")), "note")]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n(
            "{n} more action is in the record.", "{n} more actions are in the record.", n
        ),
    )
    open_count = sum(1 for a in entry.actions if a.status is ActionStatus.OPEN)
    table = Table(
        header=(t(msg("Action")), t(msg("Owner")), t(msg("Due")), t(msg("Status"))),
        rows=tuple(cells(r) for r in shown),
        widths=(0.52, 0.2, 0.15, 0.13),
    )
    note = Paragraph(t(msg_n("{n} action open.", "{n} actions open.", open_count)), "small")
    return [table, *more, note]
