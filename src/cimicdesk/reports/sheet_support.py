"""A mission support request as sent: the ask, the last-resort test, the decision."""

from __future__ import annotations

from cimicdesk.domain.support import ESCORT_CRITERIA, ESCORT_CRITERION, SupportRequest
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Label, msg, msg_n
from cimicdesk.reports.document import Block, Cell, Document, Paragraph, SignOff, Table, Title
from cimicdesk.reports.sheet_base import (
    SHORTENED,
    Sheet,
    SheetOptions,
    one_line,
    yes_no,
)
from cimicdesk.store import attachments
from cimicdesk.store import support_requests as support_repo
from cimicdesk.store.database import Store


def support_sheet(
    store: Store, request_id: str, texts: Texts, options: SheetOptions | None = None
) -> Document:
    """A mission support request as sent: who asks for what, the last-resort test (and
    for an escort the IASC criteria), the decision and its outcome."""
    request = support_repo.get_support_request(store, request_id)
    sheet = Sheet(store, texts, options or SheetOptions())
    t = sheet.t
    doc = sheet.document(msg("Support request"), request.number, request.origin_unit)
    # Not inside an f-string: the extractor of the catalogue does not look into those.
    priority = t(msg("Priority: {priority}", priority=request.priority))
    doc.add(Title(t(request.request_type), f"{request.number} · {priority}"))
    doc.add(
        sheet.fields(
            [
                (msg("Reference"), request.number),
                (msg("Status"), request.status),
                (msg("Received"), sheet.dtg(request.received_at)),
                (msg("Channel"), request.channel),
                (msg("Requester"), _requester(sheet, request)),
                (msg("Priority"), request.priority),
                (msg("From"), sheet.where(request.from_place, request.from_grid)),
                (msg("To"), sheet.where(request.to_place, request.to_grid)),
                (msg("Needed on"), sheet.day(request.date_required)),
                (msg("Duration"), request.duration),
                (msg("Passengers"), request.passengers or ""),
                (msg("Cargo"), _cargo(sheet, request)),
            ]
        )
    )
    purpose, alternatives, complementarity, exit_plan, reason, outcome = sheet.budgets(
        [
            request.purpose,
            request.civilian_alternatives_note,
            request.complementarity,
            request.exit_plan,
            request.decision_reason,
            request.outcome,
        ]
    )
    doc.extend(
        sheet.section(1, msg("Humanitarian purpose"), sheet.free_text(request.purpose, purpose))
    )
    test = _last_resort(sheet, request, alternatives, complementarity, exit_plan)
    doc.extend(sheet.section(2, msg("Last-resort test"), test))
    number = 3
    if request.is_escort:
        doc.extend(
            sheet.section(number, msg("IASC criteria for an armed escort"), _escort(sheet, request))
        )
        number += 1
    decision: list[Block] = [
        sheet.fields(
            [
                (msg("Decided on"), sheet.day(request.decision_date)),
                (msg("Decided by"), request.decided_by),
                (msg("Executed by"), request.executing_unit),
                (msg("Override"), _override(request)),
            ]
        )
    ]
    if request.decision_reason.strip():
        decision += [Paragraph(t(msg("Reason:")), "small")]
        decision += sheet.free_text(request.decision_reason, reason)
    if request.outcome.strip():
        decision += [Paragraph(t(msg("Outcome:")), "small")]
        decision += sheet.free_text(request.outcome, outcome)
    doc.extend(sheet.section(number, msg("Decision"), decision))
    number += 1
    found = [(a, sheet.photo_caption(a)) for a in attachments.attachments_of(store, request.id)]
    if found:
        doc.extend(sheet.section(number, msg("Photos"), sheet.photos(found)))
    doc.add(
        SignOff(
            (sheet.t(msg("Prepared by")), sheet.t(msg("Approved by"))),
            (f"{request.origin_unit or store.unit.name} CIMIC", request.decided_by),
            sheet.t(msg("Signature and date")),
        )
    )
    return doc


def _requester(sheet: Sheet, request: SupportRequest) -> str:
    parts = [
        sheet.organisation(request.requesting_organisation_id),
        sheet.person(request.requesting_contact_id),
    ]
    return " · ".join(p for p in parts if p)


def _cargo(sheet: Sheet, request: SupportRequest) -> str:
    parts = []
    if request.tonnes:
        parts.append(sheet.t(msg("{tonnes} t", tonnes=request.tonnes)))
    if request.vehicles:
        parts.append(sheet.t(msg_n("{n} vehicle", "{n} vehicles", request.vehicles)))
    return " · ".join(parts)


def _override(request: SupportRequest) -> str:
    if not request.has_override:
        return ""
    return " · ".join(p for p in (request.override_authority, request.override_reference) if p)


def _last_resort(
    sheet: Sheet,
    request: SupportRequest,
    alternatives: int,
    complementarity: int,
    exit_plan: int,
) -> list[Block]:
    t = sheet.t

    cut: list[bool] = []

    def clip(value: str, budget: int) -> str:
        value = " ".join(value.split())
        if len(value) <= budget:
            return value
        cut.append(True)
        return value[: max(budget, 80)].rsplit(" ", 1)[0] + " …"

    advantage = ", ".join(t(a) for a in request.unique_advantage)
    checked = t(yes_no(request.civilian_alternatives_checked))
    rows: tuple[tuple[str | Cell, ...], ...] = (
        (
            t(msg("(a) No civilian alternative")),
            Cell(checked, clip(request.civilian_alternatives_note, alternatives)),
        ),
        (t(msg("(b) Unique advantage")), advantage or t(msg("None stated"))),
        (
            t(msg("(c) Complementarity")),
            clip(request.complementarity, complementarity) or t(msg("Not recorded.")),
        ),
        (t(msg("(d) Exit plan")), clip(request.exit_plan, exit_plan) or t(msg("Not recorded."))),
    )
    blocks: list[Block] = [
        Table(
            header=(t(msg("Criterion")), t(msg("Answer"))),
            rows=rows,
            widths=(0.3, 0.7),
            bold_first=True,
        )
    ]
    if cut:
        sheet.shortened = True
        blocks.append(Paragraph(t(SHORTENED), "small"))
    gaps = request.last_resort_gaps()
    if gaps and not request.is_escort:
        blocks.append(
            Paragraph(
                t(
                    msg_n(
                        "{n} part of the test is not met yet.",
                        "{n} parts of the test are not met yet.",
                        len(gaps),
                    )
                ),
                "note",
            )
        )
    return blocks


def _escort(sheet: Sheet, request: SupportRequest) -> list[Block]:
    t = sheet.t
    rows = [
        (
            t(Label(label, ESCORT_CRITERION)),
            t(yes_no(getattr(request, name))),
            one_line(str(getattr(request, f"{name}_note")), 300),
        )
        for name, label in ESCORT_CRITERIA
    ]
    return [
        Table(
            header=(t(msg("Criterion")), t(msg("Met")), t(msg("Explanation"))),
            rows=tuple(rows),
            widths=(0.34, 0.14, 0.52),
            bold_first=True,
        )
    ]
