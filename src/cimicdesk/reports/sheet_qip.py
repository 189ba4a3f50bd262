"""A QIP on paper: its proposal for the project review committee, or its record."""

from __future__ import annotations

from cimicdesk.domain.enums import QipStatus
from cimicdesk.domain.qip import Attachment, Qip, QipTransition
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports.data import day_of
from cimicdesk.reports.document import Block, Document, Paragraph, SignOff, Table, Title
from cimicdesk.reports.sheet_base import Sheet, SheetOptions, cells, one_line
from cimicdesk.store import attachments
from cimicdesk.store import qips as qip_repo
from cimicdesk.store.database import Store
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.store.qip_justification import Justification, justification

# QIP stages before the project review committee's decision: the sheet is a proposal.
PROPOSAL_STAGES = frozenset(
    {
        QipStatus.IDENTIFIED,
        QipStatus.PROPOSAL_DRAFTED,
        QipStatus.SUBMITTED,
        QipStatus.UNDER_REVIEW,
        QipStatus.RETURNED,
    }
)


def qip_sheet(
    store: Store, qip_id: str, texts: Texts, options: SheetOptions | None = None
) -> Document:
    """A QIP on paper: before the PRC's decision its proposal for the project review
    committee, afterwards its record (budget, tranches, visits, history, photos)."""
    qip = qip_repo.get_qip(store, qip_id)
    sheet = Sheet(store, texts, options or SheetOptions())
    proposal = qip.status in PROPOSAL_STAGES
    kind = msg("QIP proposal") if proposal else msg("QIP record")
    doc = sheet.document(kind, qip.number, qip.origin_unit or qip.proposing_unit)
    subtitle = (
        msg("Proposal for the project review committee")
        if proposal
        else msg("Quick Impact Project record")
    )
    doc.add(Title(qip.title, f"{qip.number} · {sheet.t(subtitle)}"))
    settings = get_mission_settings(store)
    linked = justification(store, qip.assessment_id, qip.category)
    doc.add(
        sheet.fields(
            [
                (msg("Reference"), qip.number),
                (msg("Status"), qip.status),
                (msg("Category"), qip.category),
                (msg("Unit"), qip.proposing_unit or qip.origin_unit),
                (msg("Place"), sheet.where(qip.place, qip.grid)),
                (msg("Partner"), sheet.organisation(qip.implementing_partner_id)),
                (msg("Focal point"), sheet.person(qip.focal_point_id)),
                (msg("Justified by"), _assessment(sheet, linked)),
                (msg("Planned"), _span(sheet, qip.planned_start, qip.planned_end)),
                (msg("Actual"), _span(sheet, qip.actual_start, qip.actual_end)),
                (msg("PRC"), _review(sheet, qip)),
                (msg("Handed over"), _handover(sheet, qip)),
                (msg("Final report"), qip.final_report_ref),
            ]
        )
    )
    objective, duplication, contribution = sheet.budgets(
        [qip.objective, qip.duplication_check, qip.community_contribution]
    )
    doc.extend(
        sheet.section(
            1,
            msg("Objective: how it builds confidence"),
            sheet.free_text(qip.objective, objective),
        )
    )
    doc.extend(sheet.section(2, msg("Beneficiaries"), [_beneficiaries(sheet, qip)]))
    doc.extend(
        sheet.section(3, msg("Budget"), _budget(sheet, qip, settings.qip_ceiling_usd, contribution))
    )
    doc.extend(
        sheet.section(
            4,
            msg("Duplication check: who else works there"),
            _already_there(sheet, linked) + sheet.free_text(qip.duplication_check, duplication),
        )
    )
    number = 5
    if qip.visits:
        doc.extend(sheet.section(number, msg("Monitoring visits"), _visits(sheet, qip)))
        number += 1
    doc.extend(sheet.section(number, msg("History"), _history(sheet, qip)))
    number += 1
    found = _qip_photos(sheet, qip)
    if found:
        doc.extend(sheet.section(number, msg("Photos"), sheet.photos(found)))
    doc.add(
        SignOff(
            (sheet.t(msg("Proposed by")), sheet.t(msg("Decision of the PRC"))),
            (f"{qip.proposing_unit or qip.origin_unit or store.unit.name} CIMIC", ""),
            sheet.t(msg("Signature and date")),
        )
    )
    return doc


def _assessment(sheet: Sheet, linked: Justification | None) -> str:
    """The assessment the project answers: 'BN1-ASM-2026-004 · Kidjigra · 12 Oct 2026'."""
    if linked is None:
        return ""
    return " · ".join(
        p for p in (linked.reference, linked.community, sheet.day(linked.assessed_on)) if p
    )


def _already_there(sheet: Sheet, linked: Justification | None) -> list[Block]:
    """Who the linked assessment found working in the community, above the officer's check."""
    if linked is None:
        return []
    names = ", ".join(linked.organisations) or sheet.t(msg("none recorded"))
    text = msg(
        "Who already works there, as assessment {reference} of {date} found: {names}.",
        reference=linked.reference,
        date=day_of(linked.assessed_on),
        names=names,
    )
    return [Paragraph(sheet.t(text), "lead")]


def _span(sheet: Sheet, start: str, end: str) -> str:
    if not start and not end:
        return ""
    return f"{sheet.day(start) or '…'} – {sheet.day(end) or '…'}"


# The note store.qips writes on the first move of a new project (stored in English).
FIRST_NOTE = "Recorded"


def _review(sheet: Sheet, qip: Qip) -> str:
    parts = [sheet.day(qip.review_date), sheet.t(_decision(qip)), qip.review_ref]
    return " · ".join(p for p in parts if p)


def _decision(qip: Qip) -> object:
    """The PRC's decision as the officer wrote it, or the status the program wrote for it
    (the status's English label: printed in the sheet's language)."""
    decided = (QipStatus.APPROVED, QipStatus.RETURNED, QipStatus.REJECTED)
    return next((s for s in decided if qip.review_decision == s.label), qip.review_decision)


def _note(move: QipTransition) -> object:
    """A move's note; the one the program writes when a project is first recorded, in the
    sheet's language."""
    return msg("Recorded") if move.note == FIRST_NOTE else move.note


def _handover(sheet: Sheet, qip: Qip) -> str:
    parts = [sheet.day(qip.handover_date), qip.receiving_authority]
    return " · ".join(p for p in parts if p)


def _beneficiaries(sheet: Sheet, qip: Qip) -> Table:
    t = sheet.t
    rows = [
        (
            t(msg("Targeted")),
            t(qip.targeted_men),
            t(qip.targeted_women),
            t(qip.targeted_children),
            t(qip.targeted_total),
        ),
        (
            t(msg("Reached")),
            t(qip.reached_men),
            t(qip.reached_women),
            t(qip.reached_children),
            t(qip.reached_total),
        ),
    ]
    return Table(
        header=("", t(msg("Men")), t(msg("Women")), t(msg("Children")), t(msg("Total"))),
        rows=tuple(rows),
        widths=(0.28, 0.18, 0.18, 0.18, 0.18),
        numeric=frozenset({1, 2, 3, 4}),
        bold_first=True,
    )


def _budget(sheet: Sheet, qip: Qip, ceiling: float, contribution_budget: int) -> list[Block]:
    t = sheet.t
    pairs: list[tuple[Message, object]] = [
        (msg("Requested"), sheet.usd(qip.budget_requested_usd)),
        (msg("Approved"), sheet.usd(qip.budget_approved_usd) if qip.budget_approved_usd else ""),
        (msg("Ceiling"), sheet.usd(ceiling)),
        (msg("Disbursed"), sheet.usd(qip.disbursed_usd or qip.total_disbursed())),
    ]
    if qip.local_currency and qip.local_currency != "USD" and qip.exchange_rate > 0:
        pairs.append(
            (
                msg("In {currency}", currency=qip.local_currency),
                sheet.texts.money(qip.budget() * qip.exchange_rate, qip.local_currency),
            )
        )
    if qip.community_contribution_usd:
        pairs.append((msg("Contribution"), sheet.usd(qip.community_contribution_usd)))
    blocks: list[Block] = [sheet.fields(pairs)]
    if qip.community_contribution.strip():
        blocks.append(Paragraph(t(msg("What the community gives:")), "small"))
        blocks += sheet.free_text(qip.community_contribution, contribution_budget)
    tranches = qip.live_tranches()
    if tranches:
        rows: list[tuple[object, ...]] = [
            (sheet.day(tr.paid_on), sheet.usd(tr.amount_usd), tr.reference, tr.note)
            for tr in tranches
        ]
        shown, more = sheet.clipped_rows(
            rows,
            lambda n: msg_n(
                "{n} earlier tranche is not shown.", "{n} earlier tranches are not shown.", n
            ),
        )
        total = (t(msg("Total")), sheet.usd(qip.total_disbursed()), "", "")
        blocks.append(
            Table(
                header=(t(msg("Paid on")), t(msg("Amount")), t(msg("Reference")), t(msg("Note"))),
                rows=tuple(cells(row) for row in [*shown, total]),
                widths=(0.16, 0.18, 0.28, 0.38),
                total_rows=1,
                numeric=frozenset({1}),
                refs=frozenset({2}),
                caption=t(msg("Tranches")),
            )
        )
        blocks += more
    return blocks


def _visits(sheet: Sheet, qip: Qip) -> list[Block]:
    t = sheet.t
    rows: list[tuple[object, ...]] = [
        (
            sheet.day(v.visit_date),
            f"{t(v.percent_complete)} %",
            v.visited_by,
            one_line(v.findings, max(80, sheet.options.text_limit // 16)),
        )
        for v in qip.visits
    ]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n("{n} earlier visit is not shown.", "{n} earlier visits are not shown.", n),
    )
    table = Table(
        header=(t(msg("Date")), t(msg("Complete")), t(msg("Visited by")), t(msg("Findings"))),
        rows=tuple(cells(r) for r in shown),
        widths=(0.15, 0.11, 0.2, 0.54),
        numeric=frozenset({1}),
    )
    return [table, *more]


def _history(sheet: Sheet, qip: Qip) -> list[Block]:
    t = sheet.t
    rows: list[tuple[object, ...]] = []
    for move in qip.transitions:
        stage = t(move.to_status)
        step = f"{t(move.from_status)} → {stage}" if move.from_status else stage
        rows.append((sheet.day(move.transition_date), step, move.recorded_by, t(_note(move))))
    if not rows:
        return [Paragraph(t(msg("No moves recorded.")), "note")]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n("{n} earlier move is not shown.", "{n} earlier moves are not shown.", n),
    )
    table = Table(
        header=(t(msg("Date")), t(msg("Stage")), t(msg("Recorded by")), t(msg("Note"))),
        rows=tuple(cells(r) for r in shown),
        widths=(0.15, 0.37, 0.18, 0.30),
    )
    return [table, *more]


def _qip_photos(sheet: Sheet, qip: Qip) -> list[tuple[Attachment, str]]:
    """The project's own photos, then the visits' photos, newest visit first."""
    found = [(a, sheet.photo_caption(a)) for a in attachments.attachments_of(sheet.store, qip.id)]
    for visit in sorted(qip.visits, key=lambda v: v.visit_date, reverse=True):
        prefix = sheet.t(
            msg(
                "Visit of {day} ({percent} %)",
                day=day_of(visit.visit_date),
                percent=visit.percent_complete,
            )
        )
        found += [(a, sheet.photo_caption(a, prefix)) for a in visit.photos]
    return found
