"""One record on paper: a QIP, an incident, a support request or a liaison entry as blocks.

Each builder reads one record from the store and returns a Document (reports/document.py)
of one or two pages: a header grid, the officer's texts, the record's tables and up to
MAX_PHOTOS of its photos. Every text is rendered in the report's language (Texts) before
it goes into a block; restricted contacts are named by their code only, as in the sitrep
(reports/data.Directory.person_label). Long texts are shortened to `text_limit`
characters in all (record_commands lowers it until the sheet fits on two pages).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from cimicdesk.domain.enums import ActionStatus, ParticipantKind, QipStatus
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.incident import CASUALTY_GROUPS, CASUALTY_OUTCOMES, Incident
from cimicdesk.domain.qip import Attachment, Qip
from cimicdesk.domain.records import LiaisonEntry
from cimicdesk.domain.support import ESCORT_CRITERIA, ESCORT_CRITERION, SupportRequest
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Label, Message, msg, msg_n
from cimicdesk.reports import record_photos
from cimicdesk.reports.data import (
    CASUALTY_KIND,
    Directory,
    day_of,
    grid_text,
    marking_text,
    military_dtg,
)
from cimicdesk.reports.document import (
    Block,
    Cell,
    Document,
    FieldGrid,
    Furniture,
    Heading,
    Image,
    Paragraph,
    SignOff,
    Table,
    Title,
)
from cimicdesk.store import attachments
from cimicdesk.store import incidents as incident_repo
from cimicdesk.store import liaison as liaison_repo
from cimicdesk.store import qips as qip_repo
from cimicdesk.store import support_requests as support_repo
from cimicdesk.store.database import Store
from cimicdesk.store.mission_settings import get_mission_settings

MAX_PHOTOS = 4
# The officer's texts of a sheet together, before they are shortened (about a page).
TEXT_LIMIT = 4_000
# Rows of a table printed at most; older ones are counted in a line under it.
MAX_ROWS = 10
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


@dataclass(frozen=True)
class SheetOptions:
    """How a sheet is written: the handling marking (None: the default), the moment it is
    printed (its DTG), the characters of free text it may hold in all, the rows of each
    table, the photos and their height on the page."""

    marking: str | None = None
    now: datetime | None = None
    text_limit: int = TEXT_LIMIT
    max_rows: int = MAX_ROWS
    max_photos: int = MAX_PHOTOS
    photo_height_mm: float = 52


class Sheet:
    """Helpers shared by the four builders: the language, the directory, the text budget.

    Attributes: store, texts, directory (contacts and organisations, masked as reports
    name them), options, shortened (True once a text was cut to fit).
    """

    def __init__(self, store: Store, texts: Texts, options: SheetOptions):
        self.store = store
        self.texts = texts
        self.directory = Directory(store)
        self.options = options
        self.shortened = False

    def t(self, value: object) -> str:
        """Any value (a Message, a label, a number, a date, an officer's str) as text."""
        return self.texts.value(value)

    def day(self, text: str) -> str:
        """A stored YYYY-MM-DD day as the language writes it ('' stays '')."""
        return self.t(day_of(text))

    def dtg(self, stamp: str) -> str:
        return military_dtg(stamp) if stamp else ""

    def usd(self, amount: float) -> str:
        return self.texts.money(amount, "USD")

    def person(self, contact_id: str | None) -> str:
        """A contact as the report may name them: a restricted one by code only."""
        person = self.directory.contact(contact_id)
        if person is None:
            return ""
        return self.t(self.directory.person_label(person, names_sensitive=False))

    def organisation(self, org_id: str | None) -> str:
        org = self.directory.organisation(org_id)
        return org.display_name if org is not None else ""

    def document(self, kind: Message, reference: str, unit: str) -> Document:
        """An empty sheet whose pages carry the marking, the record's reference, its unit
        and the DTG it was printed."""
        now = self.options.now or utc_now()
        furniture = Furniture(
            marking=self.t(marking_text(self.options.marking or "")),
            title=f"{self.t(kind)} {reference}".strip(),
            unit=unit or self.store.unit.name,
            period=self.t(msg("Printed {dtg}", dtg=military_dtg(now))),
            exercise=self.store.training,
        )
        return Document(furniture, subject=reference)

    def fields(self, pairs: Sequence[tuple[Message, object]], columns: int = 2) -> FieldGrid:
        """A header grid; empty values print as a dash."""
        return FieldGrid(
            tuple((self.t(label), self.t(value) or "—") for label, value in pairs), columns
        )

    def free_text(self, value: str, budget: int) -> list[Block]:
        """An officer's text as paragraphs (split on blank lines), shortened to `budget`
        characters with a note that the full text is in the database."""
        value = (value or "").replace("\r\n", "\n").strip()
        if not value:
            return [Paragraph(self.t(msg("Not recorded.")), "note")]
        cut = len(value) > budget
        if cut:
            value = value[: max(budget, 80)].rsplit(" ", 1)[0].rstrip() + " …"
            self.shortened = True
        blocks: list[Block] = [
            Paragraph(part.strip()) for part in value.split("\n\n") if part.strip()
        ]
        if cut:
            blocks.append(
                Paragraph(
                    self.t(msg("Shortened to fit two pages: the full text is in the record.")),
                    "small",
                )
            )
        return blocks

    def section(self, number: int, title: Message, blocks: Sequence[Block]) -> list[Block]:
        """A numbered heading with its blocks (the renderer keeps it with the first)."""
        return [Heading(self.t(title), str(number)), *blocks]

    def budgets(self, texts: Sequence[str]) -> list[int]:
        """Each text's share of the sheet's text limit: short texts keep all they have,
        the rest share what is left equally."""
        limit = self.options.text_limit
        shares = [0] * len(texts)
        left = list(range(len(texts)))
        while left:
            each = limit // len(left)
            short = [i for i in left if len(texts[i] or "") <= each]
            if not short:
                for i in left:
                    shares[i] = each
                break
            for i in short:
                shares[i] = len(texts[i] or "")
                limit -= shares[i]
                left.remove(i)
        return shares

    def clipped_rows(
        self, rows: list[tuple[object, ...]], what: Callable[[int], Message]
    ) -> tuple[list[tuple[object, ...]], list[Block]]:
        """The newest max_rows rows (rows come oldest first) and a line counting the rest."""
        limit = self.options.max_rows
        if len(rows) <= limit:
            return rows, []
        left_out = len(rows) - limit
        self.shortened = True
        return rows[-limit:], [Paragraph(self.t(what(left_out)), "small")]

    def photos(self, found: Sequence[tuple[Attachment, str]]) -> list[Block]:
        """Up to max_photos photos, two abreast, each pair with its caption; a line for
        the photos left out and one for any that cannot be read."""
        limit = self.options.max_photos
        shown, problems = record_photos.pictures(self.store, self.texts, found[:limit])
        blocks: list[Block] = [
            Image(p.data, p.caption, max_height_mm=self.options.photo_height_mm) for p in shown
        ]
        blocks += [Paragraph(problem, "note") for problem in problems]
        if len(found) > limit:
            more = len(found) - limit
            self.shortened = True
            blocks.append(
                Paragraph(
                    self.t(
                        msg_n(
                            "{n} more photo is in the record.",
                            "{n} more photos are in the record.",
                            more,
                        )
                    ),
                    "small",
                )
            )
        return blocks

    def photo_caption(self, attachment: Attachment, prefix: str = "") -> str:
        own = attachment.caption.strip() or attachment.filename
        return " · ".join(p for p in (prefix, own) if p)


def place_and_grid(place: str, grid: str) -> str:
    """'Bambari · 34N DM 64090 37550' (either alone when the other is empty)."""
    return " · ".join(p for p in (place, grid_text(grid)) if p)


def yes_no(value: bool | None) -> Message:
    if value is None:
        return msg("Not answered")
    return msg("Yes") if value else msg("No")


# --- QIP -----------------------------------------------------------------------------------


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
    doc.add(
        sheet.fields(
            [
                (msg("Reference"), qip.number),
                (msg("Status"), qip.status),
                (msg("Category"), qip.category),
                (msg("Unit"), qip.proposing_unit or qip.origin_unit),
                (msg("Place"), place_and_grid(qip.place, qip.grid)),
                (msg("Partner"), sheet.organisation(qip.implementing_partner_id)),
                (msg("Focal point"), sheet.person(qip.focal_point_id)),
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
            sheet.free_text(qip.duplication_check, duplication),
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


def _span(sheet: Sheet, start: str, end: str) -> str:
    if not start and not end:
        return ""
    return f"{sheet.day(start) or '…'} – {sheet.day(end) or '…'}"


def _review(sheet: Sheet, qip: Qip) -> str:
    parts = [sheet.day(qip.review_date), qip.review_decision, qip.review_ref]
    return " · ".join(p for p in parts if p)


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
                rows=tuple(_cells(row) for row in [*shown, total]),
                widths=(0.16, 0.18, 0.28, 0.38),
                total_rows=1,
                numeric=frozenset({1}),
                refs=frozenset({2}),
                caption=t(msg("Tranches")),
            )
        )
        blocks += more
    return blocks


def _clip(value: str, limit: int) -> str:
    """Free text on one line for a table cell, cut at a word with '…' past `limit`."""
    value = " ".join((value or "").split())
    return value if len(value) <= limit else value[:limit].rsplit(" ", 1)[0] + " …"


def _cells(row: Sequence[object]) -> tuple[str | Cell, ...]:
    return tuple(v if isinstance(v, Cell) else str(v) for v in row)


def _visits(sheet: Sheet, qip: Qip) -> list[Block]:
    t = sheet.t
    rows: list[tuple[object, ...]] = [
        (
            sheet.day(v.visit_date),
            f"{t(v.percent_complete)} %",
            v.visited_by,
            _clip(v.findings, max(80, sheet.options.text_limit // 16)),
        )
        for v in qip.visits
    ]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n("{n} earlier visit is not shown.", "{n} earlier visits are not shown.", n),
    )
    table = Table(
        header=(t(msg("Date")), t(msg("Complete")), t(msg("Visited by")), t(msg("Findings"))),
        rows=tuple(_cells(r) for r in shown),
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
        rows.append((sheet.day(move.transition_date), step, move.recorded_by, move.note))
    if not rows:
        return [Paragraph(t(msg("No moves recorded.")), "note")]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n("{n} earlier move is not shown.", "{n} earlier moves are not shown.", n),
    )
    table = Table(
        header=(t(msg("Date")), t(msg("Stage")), t(msg("Recorded by")), t(msg("Note"))),
        rows=tuple(_cells(r) for r in shown),
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


# --- incident --------------------------------------------------------------------------------


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
                (msg("Place"), place_and_grid(incident.place, incident.grid)),
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
        rows=tuple(_cells(r) for r in shown),
        widths=(0.24, 0.16, 0.2, 0.4),
        refs=frozenset({0}),
    )
    return [table, *more]


# --- support request ---------------------------------------------------------------------------


def support_sheet(
    store: Store, request_id: str, texts: Texts, options: SheetOptions | None = None
) -> Document:
    """A mission support request as sent: who asks for what, the last-resort test (and
    for an escort the IASC criteria), the decision and its outcome."""
    request = support_repo.get_support_request(store, request_id)
    sheet = Sheet(store, texts, options or SheetOptions())
    t = sheet.t
    doc = sheet.document(msg("Support request"), request.number, request.origin_unit)
    doc.add(
        Title(
            t(request.request_type),
            f"{request.number} · {t(msg('Priority: {priority}', priority=request.priority))}",
        )
    )
    doc.add(
        sheet.fields(
            [
                (msg("Reference"), request.number),
                (msg("Status"), request.status),
                (msg("Received"), sheet.dtg(request.received_at)),
                (msg("Channel"), request.channel),
                (msg("Requester"), _requester(sheet, request)),
                (msg("Priority"), request.priority),
                (msg("From"), place_and_grid(request.from_place, request.from_grid)),
                (msg("To"), place_and_grid(request.to_place, request.to_grid)),
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

    def clip(value: str, budget: int) -> str:
        value = " ".join(value.split())
        if len(value) <= budget:
            return value
        sheet.shortened = True
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
            _clip(str(getattr(request, f"{name}_note")), 300),
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


# --- liaison entry ------------------------------------------------------------------------------


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
    headline = _clip(headline, 90)
    doc.add(Title(headline or t(entry.entry_type), f"{entry.ref} · {t(entry.entry_type)}"))
    pairs: list[tuple[Message, object]] = [
        (msg("Reference"), entry.ref),
        (msg("Type"), entry.entry_type),
        (msg("Start"), sheet.dtg(entry.start)),
        (msg("End"), sheet.dtg(entry.end)),
        (msg("Place"), place_and_grid(entry.place, entry.grid)),
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
        rows=tuple(_cells(r) for r in shown),
        widths=(0.65, 0.35),
    )
    return [table, *more]


def _actions(sheet: Sheet, entry: LiaisonEntry) -> list[Block]:
    t = sheet.t
    rows: list[tuple[object, ...]] = [
        (
            _clip(a.description, 300),
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
        rows=tuple(_cells(r) for r in shown),
        widths=(0.52, 0.2, 0.15, 0.13),
    )
    note = Paragraph(t(msg_n("{n} action open.", "{n} actions open.", open_count)), "small")
    return [table, *more, note]


# --- the kinds --------------------------------------------------------------------------------

Builder = Callable[[Store, str, Texts, SheetOptions | None], Document]
BUILDERS: dict[str, Builder] = {
    "qip": qip_sheet,
    "incident": incident_sheet,
    "support_request": support_sheet,
    "liaison_entry": liaison_sheet,
}
