"""The handover brief as a Document: a first page read in five minutes, then the lists.

Page 1 tells the incoming officer what the file holds, what is open and needs attention
first (overdue actions, running QIPs by status, open incidents and requests) and which
organisations matter; then the outgoing officer's notes, the last ISO weeks' trends,
what is coming up and the signatures. The long lists (organisations and contacts, all
open actions, QIPs, incidents, requests) follow in two annexes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from cimicdesk.domain.enums import QipStatus, SupportStatus
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports import report_maps
from cimicdesk.reports.data import QipRow, RequestRow
from cimicdesk.reports.document import (
    Block,
    Bullets,
    Cell,
    Chart,
    Document,
    FieldGrid,
    Furniture,
    Heading,
    KeepTogether,
    Paragraph,
    Table,
    Title,
)
from cimicdesk.reports.handover_data import RECENT_WEEKS, ActionRow, HandoverData, WeekTrend
from cimicdesk.reports.output import write_document
from cimicdesk.reports.sitrep_annexes import incident_log
from cimicdesk.reports.sitrep_body import sign_off

RESTRICTED_NOTE = msg(
    "Restricted contacts appear only by their reference code (C-…): their names, "
    "positions and numbers are never printed. The outgoing officer shows the incoming "
    "officer who they are, in the program."
)
FIRST_PAGE_ACTIONS = 5  # overdue actions shown on page 1 (the oldest)
FIRST_PAGE_ORGANISATIONS = 5  # key organisations shown on page 1
CLIP = 300  # characters of an officer's text in a table cell
# Requests waiting for someone to decide (approved ones wait to be carried out).
AWAITING_DECISION = frozenset(
    {SupportStatus.RECEIVED, SupportStatus.UNDER_REVIEW, SupportStatus.FORWARDED}
)
ANNEX_PEOPLE = "A"
ANNEX_OPEN_WORK = "B"
ANNEX_MAP = "C"  # only when an office or a running QIP has a grid


# --- counted nouns ----------------------------------------------------------------------------


def _held(what: str, n: int) -> Message:
    """One count of what the database holds ('12 organisations'), by HandoverData.totals key."""
    if what == "organisations":
        return msg_n("{n} organisation", "{n} organisations", n)
    if what == "contacts":
        return msg_n("{n} contact", "{n} contacts", n)
    if what == "restricted contacts":
        return msg_n("{n} restricted contact", "{n} restricted contacts", n)
    if what == "liaison entries":
        return msg_n("{n} liaison entry", "{n} liaison entries", n)
    if what == "QIPs":
        return msg_n("{n} QIP", "{n} QIPs", n)
    if what == "incidents":
        return msg_n("{n} incident", "{n} incidents", n)
    if what == "support requests":
        return msg_n("{n} support request", "{n} support requests", n)
    raise ValueError(f"no words for a count of {what!r}")


def casualties(killed: int, injured: int, abducted: int) -> Message:
    """'1 casualty: 1 killed, 0 injured, 0 abducted' (the total chooses the plural)."""
    return msg_n(
        "{n} casualty: {killed} killed, {injured} injured, {abducted} abducted",
        "{n} casualties: {killed} killed, {injured} injured, {abducted} abducted",
        killed + injured + abducted,
        killed=killed,
        injured=injured,
        abducted=abducted,
    )


def annex(letter: str) -> Message:
    return msg("Annex {letter}", letter=letter)


def clip(value: str, limit: int = CLIP) -> str:
    """An officer's text on one line, shortened with an ellipsis past `limit` characters."""
    value = " ".join((value or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


# --- header ----------------------------------------------------------------------------------


def furniture(texts: Texts, data: HandoverData) -> Furniture:
    h = data.header
    return Furniture(
        marking=texts.render(h.marking),
        title=f"{texts.render(h.title)} · {h.report_no}",
        unit=h.unit_label,
        period=texts.render(msg("As of {date}", date=data.as_of)),
        exercise=h.exercise,
    )


def header_blocks(texts: Texts, data: HandoverData) -> list[Block]:
    """The title, the message header (FROM, TO … AS OF) and what the file holds."""
    say = texts.render
    h = data.header
    pairs = [
        (msg("FROM"), h.from_line),
        (msg("TO"), h.to_line),
        (msg("CC"), h.cc_line or "—"),
        (msg("REF"), h.report_no),
        (msg("DTG"), h.dtg),
        (msg("AS OF"), texts.date(data.as_of)),
        (msg("LOCATION"), h.location or "—"),
        (msg("UNIT"), h.unit_label),
    ]
    database = [_held(what, n) for what, n in data.totals.items()]
    holds = msg("The database handed over holds: {database}.", database=database)
    return [
        Title(say(h.title).upper(), f"{h.unit_label} · {say(h.period)}"),
        FieldGrid(tuple((say(label), texts.value(value)) for label, value in pairs)),
        Paragraph(say(holds), "note"),
    ]


# --- 1 at a glance ---------------------------------------------------------------------------


def open_work_table(texts: Texts, data: HandoverData) -> Table:
    """What is open, how much, and what needs the incoming officer first."""
    say = texts.render
    listed = say(annex(ANNEX_OPEN_WORK))
    late = sum(q.late for q in data.qips)
    killed = sum(i.killed for i in data.incidents)
    injured = sum(i.injured for i in data.incidents)
    abducted = sum(i.abducted for i in data.incidents)
    waiting = sum(r.status in AWAITING_DECISION for r in data.requests)
    hurt = killed + injured + abducted
    rows: list[tuple[str, ...]] = [
        (
            say(msg("Follow-up actions")),
            texts.number(data.open_actions),
            say(msg_n("{n} overdue", "{n} overdue", len(data.overdue))),
        ),
        (
            say(msg("QIPs running")),
            texts.number(len(data.qips)),
            say(msg_n("{n} late", "{n} late", late)),
        ),
        (
            say(msg("Incidents open")),
            texts.number(len(data.incidents)),
            say(casualties(killed, injured, abducted)) if hurt else "—",
        ),
        (
            say(msg("Support requests open")),
            texts.number(len(data.requests)),
            say(msg_n("{n} awaiting a decision", "{n} awaiting a decision", waiting)),
        ),
    ]
    return Table(
        header=(
            say(msg("Open")),
            say(msg("Number")),
            say(msg("First to look at")),
            say(msg("Listed in")),
        ),
        rows=tuple((*row, listed) for row in rows),
        widths=(0.3, 0.12, 0.43, 0.15),
        numeric=frozenset({1}),
        bold_first=True,
    )


def overdue_blocks(texts: Texts, data: HandoverData) -> list[Block]:
    """The oldest overdue follow-up actions, and how many more the annex lists."""
    say = texts.render
    heading = Heading(say(msg("Overdue follow-up actions, the oldest first")), level=2)
    overdue = data.overdue
    if not overdue:
        return [heading, Paragraph(say(msg("No follow-up action is overdue.")), "note")]
    shown = overdue[:FIRST_PAGE_ACTIONS]
    blocks: list[Block] = [heading, action_table(texts, shown, mark=False)]
    if len(overdue) > len(shown):
        more = msg_n(
            "{n} more overdue action in {annex}.",
            "{n} more overdue actions in {annex}.",
            len(overdue) - len(shown),
            annex=annex(ANNEX_OPEN_WORK),
        )
        blocks.append(Paragraph(say(more), "small"))
    return blocks


def qip_status_table(texts: Texts, qips: Sequence[QipRow]) -> Table:
    """Running QIPs counted by status, in the order of a project's life, with money."""
    say = texts.render
    by_status: Counter[QipStatus] = Counter(q.status for q in qips)
    rows = []
    for status in QipStatus:
        if not by_status[status]:
            continue
        these = [q for q in qips if q.status is status]
        rows.append(
            (
                texts.value(status),
                texts.number(len(these)),
                texts.number(sum(q.late for q in these)),
                texts.number(round(sum(q.budget_usd for q in these))),
                texts.number(round(sum(q.disbursed_usd for q in these))),
            )
        )
    rows.append(
        (
            say(msg("Total")),
            texts.number(len(qips)),
            texts.number(sum(q.late for q in qips)),
            texts.number(round(sum(q.budget_usd for q in qips))),
            texts.number(round(sum(q.disbursed_usd for q in qips))),
        )
    )
    return Table(
        header=(
            say(msg("Status")),
            say(msg("Projects")),
            say(msg("Late")),
            say(msg("Budget USD")),
            say(msg("Paid USD")),
        ),
        rows=tuple(rows),
        widths=(0.4, 0.15, 0.15, 0.15, 0.15),
        total_rows=1,
        numeric=frozenset({1, 2, 3, 4}),
    )


def key_organisations_short(texts: Texts, data: HandoverData) -> list[Block]:
    say = texts.render
    shown = data.organisations[:FIRST_PAGE_ORGANISATIONS]
    caption = say(
        msg_n(
            "Key organisations (most meetings in the last {n} week)",
            "Key organisations (most meetings in the last {n} weeks)",
            RECENT_WEEKS,
        )
    )
    if not shown:
        return [Heading(caption, level=2), Paragraph(say(no_recent_meetings()), "note")]
    rows = tuple(
        (
            _organisation_cell(texts, o.name, o.keep_distance),
            texts.value(o.org_type),
            texts.number(o.meetings),
            texts.value(o.last_met) or "—",
        )
        for o in shown
    )
    table = Table(
        header=(
            say(msg("Organisation")),
            say(msg("Type")),
            say(msg("Meetings")),
            say(msg("Last met")),
        ),
        rows=rows,
        widths=(0.48, 0.28, 0.1, 0.14),
        numeric=frozenset({2}),
    )
    blocks: list[Block] = [Heading(caption, level=2), table]
    if len(data.organisations) > len(shown):
        rest = msg_n(
            "All {n} key organisation, with phones and e-mail: {annex}.",
            "All {n} key organisations, with phones and e-mail: {annex}.",
            len(data.organisations),
            annex=annex(ANNEX_PEOPLE),
        )
        blocks.append(Paragraph(say(rest), "small"))
    return blocks


def no_recent_meetings() -> Message:
    return msg_n(
        "No meetings in the last {n} week.", "No meetings in the last {n} weeks.", RECENT_WEEKS
    )


def at_a_glance(texts: Texts, data: HandoverData) -> list[Block]:
    say = texts.render
    blocks: list[Block] = [
        Heading(say(msg("At a glance")), "1"),
        open_work_table(texts, data),
        *overdue_blocks(texts, data),
    ]
    blocks.append(Heading(say(msg("Running QIPs by status")), level=2))
    if data.qips:
        blocks.append(qip_status_table(texts, data.qips))
    else:
        blocks.append(Paragraph(say(msg("No QIPs running.")), "note"))
    return blocks + key_organisations_short(texts, data)


# --- 2 notes, 3 trends, 4 coming up ----------------------------------------------------------


def free_text(value: str, empty: str) -> list[Block]:
    """An officer's text: paragraphs split on blank lines; '-', '*' or '•' lines as bullets."""
    value = (value or "").strip()
    if not value:
        return [Paragraph(empty, "note")]
    blocks: list[Block] = []
    for part in value.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.rstrip() for ln in part.split("\n") if ln.strip()]
        if lines and all(ln.lstrip()[:1] in "-*•" for ln in lines):
            blocks.append(Bullets(tuple(ln.lstrip()[1:].strip() for ln in lines)))
        elif lines:
            blocks.append(Paragraph("\n".join(lines)))
    return blocks


def notes(texts: Texts, data: HandoverData) -> list[Block]:
    say = texts.render
    d = data.draft
    blocks: list[Block] = [
        Heading(say(msg("Outgoing officer's notes")), "2"),
        *free_text(d.assessment, say(msg("No handover notes written."))),
    ]
    if d.key_point_list:
        blocks += [Heading(say(msg("Key points")), level=2), Bullets(tuple(d.key_point_list))]
    return blocks


def week_cell(texts: Texts, week: WeekTrend) -> Cell:
    """'2026-W49' over '30 Nov – 6 Dec 2026', or for the week not over 'partial, to 7 Dec'."""
    if week.partial:
        return Cell(week.week, texts.render(msg("partial, to {date}", date=week.end)))
    if week.start.month == week.end.month:
        return Cell(week.week, f"{week.start.day}–{texts.date(week.end)}")
    return Cell(week.week, f"{texts.day_month(week.start)} – {texts.date(week.end)}")


def trends_table(texts: Texts, weeks: Sequence[WeekTrend]) -> Table:
    say = texts.render
    n = texts.number
    rows: list[tuple[str | Cell, ...]] = [
        (
            week_cell(texts, w),
            n(w.meetings),
            n(w.incidents),
            n(w.killed),
            n(w.injured),
            n(w.abducted),
            n(w.requests),
        )
        for w in weeks
    ]
    rows.append(
        (
            say(msg("Total")),
            n(sum(w.meetings for w in weeks)),
            n(sum(w.incidents for w in weeks)),
            n(sum(w.killed for w in weeks)),
            n(sum(w.injured for w in weeks)),
            n(sum(w.abducted for w in weeks)),
            n(sum(w.requests for w in weeks)),
        )
    )
    return Table(
        header=(
            say(msg("ISO week")),
            say(msg("Meetings")),
            say(msg("Incidents")),
            say(msg("Killed")),
            say(msg("Injured")),
            say(msg("Abducted")),
            say(msg("Requests")),
        ),
        rows=tuple(rows),
        widths=(0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12),
        total_rows=1,
        numeric=frozenset(range(1, 7)),
        bold_first=True,
    )


def trend_charts(texts: Texts, weeks: Sequence[WeekTrend]) -> list[Chart]:
    """Meetings per week; incidents, casualties and requests per week (a smaller scale)."""
    say = texts.render
    labels = tuple(w.week + ("*" if w.partial else "") for w in weeks)
    meetings = Chart(
        "lines",
        say(msg("Meetings per week")),
        labels,
        ((say(msg("Meetings")), tuple(float(w.meetings) for w in weeks)),),
    )
    events = Chart(
        "lines",
        say(msg("Incidents, casualties and support requests per week")),
        labels,
        (
            (say(msg("Incidents")), tuple(float(w.incidents) for w in weeks)),
            (
                say(msg("Casualties (killed, injured, abducted)")),
                tuple(float(w.casualties) for w in weeks),
            ),
            (say(msg("Support requests received")), tuple(float(w.requests) for w in weeks)),
        ),
    )
    return [meetings, events]


def trends(texts: Texts, data: HandoverData) -> list[Block]:
    say = texts.render
    weeks = data.trends
    title = msg_n("Trends over the last {n} week", "Trends over the last {n} weeks", len(weeks))
    lead = msg(
        "ISO weeks, Monday to Sunday, counted as the weekly sitrep counts them: meetings "
        "held, incidents that occurred, support requests received."
    )
    blocks: list[Block] = [
        Heading(say(title), "3"),
        trends_table(texts, weeks),
        Paragraph(say(lead), "small"),
    ]
    if any(w.meetings or w.incidents or w.requests for w in weeks):
        blocks += trend_charts(texts, weeks)
    else:
        empty = msg_n(
            "No meetings, incidents or requests in the last {n} week.",
            "No meetings, incidents or requests in the last {n} weeks.",
            len(weeks),
        )
        blocks.append(Paragraph(say(empty), "note"))
    partial = [w for w in weeks if w.partial]
    if partial:
        note = msg(
            "* {week} is counted to {date}: the week is not over.",
            week=partial[0].week,
            date=partial[0].end,
        )
        blocks.append(Paragraph(say(note), "small"))
    return blocks


def coming_up(texts: Texts, data: HandoverData) -> list[Block]:
    say = texts.render
    d = data.draft
    planned = d.planned_activity_list
    labels = (msg("Handed over by"), msg("Taken over by"))
    # The last section and the signatures stay on one page: a signature never stands alone.
    return [
        KeepTogether(
            (
                Heading(say(msg("Coming up for the incoming officer")), "4"),
                Bullets(tuple(planned))
                if planned
                else Paragraph(say(msg("Nothing planned recorded.")), "note"),
                sign_off(texts, labels, (d.prepared_by, d.approved_by)),
            )
        )
    ]


# --- annex A people and organisations ---------------------------------------------------------


def _organisation_cell(texts: Texts, name: str, keep_distance: bool) -> Cell | str:
    if keep_distance:
        return Cell(name, texts.render(msg("Keeps its distance from the military")))
    return name


def _phones(phones: Sequence[str]) -> str:
    """One phone number a line."""
    return "\n".join(phones) or "—"


def organisations_table(texts: Texts, data: HandoverData) -> Table:
    say = texts.render
    rows = tuple(
        (
            _organisation_cell(texts, o.name, o.keep_distance),
            texts.value(o.org_type),
            o.place or "—",
            _phones(o.phones),
            o.email or "—",
            texts.number(o.meetings),
            texts.value(o.last_met) or "—",
        )
        for o in data.organisations
    )
    return Table(
        header=(
            say(msg("Organisation")),
            say(msg("Type")),
            say(msg("Place")),
            say(msg("Phone")),
            say(msg("E-mail")),
            say(msg("Meetings")),
            say(msg("Last met")),
        ),
        rows=rows,
        widths=(0.24, 0.15, 0.1, 0.16, 0.15, 0.1, 0.1),
        numeric=frozenset({5}),
        refs=frozenset({4}),
    )


def contacts_table(texts: Texts, data: HandoverData) -> Table:
    say = texts.render
    restricted = say(msg("(restricted)"))
    rows = tuple(
        (
            c.label,
            Cell(c.position or (restricted if c.restricted else "—"), c.organisation),
            texts.value(c.category) or "—",
            _phones(c.phones),
            c.email or "—",
            texts.value(c.sensitivity),
            texts.value(c.last_met) or "—",
        )
        for c in data.contacts
    )
    return Table(
        header=(
            say(msg("Name / code")),
            say(msg("Position / organisation")),
            say(msg("Category")),
            say(msg("Phone")),
            say(msg("E-mail")),
            say(msg("Handling")),
            say(msg("Last met")),
        ),
        rows=rows,
        widths=(0.15, 0.2, 0.14, 0.16, 0.13, 0.11, 0.11),
        refs=frozenset({4}),
        bold_first=True,
    )


def annex_people(texts: Texts, data: HandoverData) -> list[Block]:
    say = texts.render
    title = msg_n(
        "Key organisations (most meetings in the last {n} week)",
        "Key organisations (most meetings in the last {n} weeks)",
        RECENT_WEEKS,
    )
    blocks: list[Block] = [
        Heading(say(msg("Key organisations and contacts")), say(annex(ANNEX_PEOPLE))),
        Heading(say(title), level=2),
        organisations_table(texts, data)
        if data.organisations
        else Paragraph(say(no_recent_meetings()), "note"),
        Heading(say(msg("Key contacts (most recently met)")), level=2),
        Paragraph(say(RESTRICTED_NOTE), "note"),
    ]
    if data.contacts:
        blocks.append(contacts_table(texts, data))
    else:
        blocks.append(Paragraph(say(msg("No contacts met yet.")), "note"))
    return blocks


# --- annex B open work -----------------------------------------------------------------------


def action_table(texts: Texts, actions: Sequence[ActionRow], *, mark: bool = True) -> Table:
    """Open actions, due date first; mark: 'OVERDUE' under the date of an overdue one."""
    say = texts.render
    rows = []
    for a in actions:
        due = texts.value(a.due) if a.due else say(msg("no date"))
        rows.append(
            (
                Cell(due, say(msg("OVERDUE"))) if a.overdue and mark else due,
                clip(a.description),
                a.owner or "—",
                a.entry_ref,
            )
        )
    return Table(
        header=(say(msg("Due")), say(msg("Action")), say(msg("Owner")), say(msg("From entry"))),
        rows=tuple(rows),
        widths=(0.14, 0.52, 0.14, 0.2),
        refs=frozenset({3}),
    )


def qip_table(texts: Texts, rows: Sequence[QipRow]) -> Table:
    say = texts.render
    body: list[tuple[str | Cell, ...]] = []
    for r in rows:
        detail = " · ".join(p for p in (r.partner, r.place) if p)
        done = "" if r.percent is None else say(msg("{percent}% done", percent=r.percent))
        step = say(r.next_milestone) if r.next_milestone else "—"
        if r.late:
            step = say(msg("{step} (LATE)", step=step))
        body.append(
            (
                r.ref,
                Cell(r.title, detail),
                texts.value(r.category),
                Cell(texts.value(r.status), done),
                texts.number(round(r.budget_usd)) + ("" if r.approved else "*"),
                texts.number(round(r.disbursed_usd)),
                step,
            )
        )
    body.append(
        (
            say(msg("Total")),
            say(msg_n("{n} project", "{n} projects", len(rows))),
            "",
            "",
            texts.number(round(sum(r.budget_usd for r in rows))),
            texts.number(round(sum(r.disbursed_usd for r in rows))),
            "",
        )
    )
    return Table(
        header=(
            say(msg("No.")),
            say(msg("Project (partner · place)")),
            say(msg("Category")),
            say(msg("Status")),
            say(msg("Budget USD")),
            say(msg("Paid USD")),
            say(msg("Next milestone")),
        ),
        rows=tuple(body),
        widths=(0.15, 0.21, 0.13, 0.17, 0.11, 0.11, 0.12),
        total_rows=1,
        numeric=frozenset({4, 5}),
        refs=frozenset({0}),
    )


def request_table(texts: Texts, rows: Sequence[RequestRow]) -> Table:
    say = texts.render
    body = tuple(
        (
            Cell(r.ref, r.received_dtg),
            texts.value(r.requester),
            Cell(texts.value(r.request_type), r.route),
            texts.value(r.priority),
            texts.value(r.status),
            texts.value(r.date_required) or "—",
            clip(r.purpose, 200),
        )
        for r in rows
    )
    return Table(
        header=(
            say(msg("No. / received")),
            say(msg("Requester")),
            say(msg("Type / route")),
            say(msg("Priority")),
            say(msg("Status")),
            say(msg("Required")),
            say(msg("Purpose")),
        ),
        rows=body,
        widths=(0.17, 0.17, 0.15, 0.1, 0.11, 0.11, 0.19),
        refs=frozenset({0}),
    )


def annex_open_work(texts: Texts, data: HandoverData) -> list[Block]:
    """All open actions, running QIPs, open incidents and requests; each table straight
    under its heading (kept on its page), its counts in a line under it."""
    say = texts.render
    blocks: list[Block] = [
        Heading(say(msg("Open work")), say(annex(ANNEX_OPEN_WORK))),
        Heading(say(msg("Open follow-up actions")), level=2),
    ]
    if data.actions:
        counts = msg_n(
            "{n} open action, {overdue} overdue.",
            "{n} open actions, {overdue} overdue.",
            data.open_actions,
            overdue=len(data.overdue),
        )
        blocks += [action_table(texts, data.actions), Paragraph(say(counts), "small")]
        if data.open_actions > len(data.actions):
            first = msg(
                "The {shown} most urgent are listed; the program shows them all.",
                shown=len(data.actions),
            )
            blocks.append(Paragraph(say(first), "small"))
    else:
        blocks.append(Paragraph(say(msg("No open follow-up actions.")), "note"))

    blocks.append(Heading(say(msg("Running QIPs and their next steps")), level=2))
    if data.qips:
        running = msg_n(
            "{n} project not yet ended; status, percent done and payments as of {date}. "
            "* budget requested, not yet approved.",
            "{n} projects not yet ended; status, percent done and payments as of {date}. "
            "* budget requested, not yet approved.",
            len(data.qips),
            date=data.as_of,
        )
        blocks += [qip_table(texts, data.qips), Paragraph(say(running), "small")]
    else:
        blocks.append(Paragraph(say(msg("No QIPs running.")), "note"))

    blocks.append(Heading(say(msg("Open incidents")), level=2))
    if data.incidents:
        still = msg_n("{n} incident still open.", "{n} incidents still open.", len(data.incidents))
        blocks += [incident_log(texts, data.incidents), Paragraph(say(still), "small")]
    else:
        blocks.append(Paragraph(say(msg("No open incidents.")), "note"))

    blocks.append(Heading(say(msg("Open mission support requests")), level=2))
    if data.requests:
        pending = msg_n(
            "{n} request still to be decided or executed.",
            "{n} requests still to be decided or executed.",
            len(data.requests),
        )
        blocks += [request_table(texts, data.requests), Paragraph(say(pending), "small")]
    else:
        blocks.append(Paragraph(say(msg("No open mission support requests.")), "note"))
    return blocks


# --- the whole brief -------------------------------------------------------------------------


def build_handover_brief(data: HandoverData, texts: Texts) -> Document:
    """The handover brief in the language of `texts`, as blocks for any renderer."""
    header = data.header
    doc = Document(
        furniture(texts, data),
        texts.render(msg("Handover brief, {unit}", unit=header.unit_label)),
    )
    doc.extend(header_blocks(texts, data))
    doc.extend(at_a_glance(texts, data))
    doc.extend(notes(texts, data))
    doc.extend(trends(texts, data))
    doc.extend(coming_up(texts, data))
    doc.start_annex()
    doc.extend(annex_people(texts, data))
    doc.start_annex()
    doc.extend(annex_open_work(texts, data))
    report_maps.add_page(doc, report_maps.handover_map(texts, data, texts.render(annex(ANNEX_MAP))))
    return doc


def write_handover_brief(
    data: HandoverData, out: Path | str, texts: Texts, *, paper: str = "A4"
) -> Path:
    """Build the brief in the language of `texts` and write it to `out`, whole or not at
    all: a Word copy for a '.docx' name, else a PDF (reports/output.py)."""
    return write_document(build_handover_brief(data, texts), out, texts, paper=paper)
