"""The CIMIC sitrep laid out in the sections of doctrine §9; shared by the sector sitrep.

Every function is given the report's Texts (i18n.catalogue) and writes in its language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, Money, msg, msg_n
from cimicdesk.reports import charts, script_text
from cimicdesk.reports.data import (
    IncidentRow,
    LiaisonRow,
    OrgTypeKey,
    Outcome,
    QipRow,
    ReportHeader,
    RequestRow,
    SitrepData,
    UnitContent,
    casualty_table,
    per_day,
)
from cimicdesk.reports.layout import (
    HEADER_FILL,
    MUTED,
    PageFurniture,
    break_ref,
    build_pdf,
    bullets,
    cell_room,
    clip,
    data_table,
    field_grid,
    frame_width,
    free_text,
    heading,
    markup,
    nothing,
    para,
    section_start,
    styles,
    text,
)

MAX_CHART_BARS = 25
# A section that opens with a table or chart starts a new page when less than this is left.
TABLE_SECTION_ROOM = 65 * mm
GREY = "#" + MUTED.hexval()[2:]


# Counted nouns: the heading of a battalion's part of a section, a table's total.
def meetings(n: int) -> Message:
    return msg_n("{n} meeting", "{n} meetings", n)


def incidents(n: int) -> Message:
    return msg_n("{n} incident", "{n} incidents", n)


def projects(n: int) -> Message:
    return msg_n("{n} project", "{n} projects", n)


def requests(n: int) -> Message:
    return msg_n("{n} request", "{n} requests", n)


def money(texts: Texts, amount: float) -> str:
    """A whole amount with its thousands grouped, as the language writes it."""
    return texts.number(round(amount))


def _two_lines(first: str, second: str) -> Flowable | list[Flowable]:
    """A cell with a main line and a smaller grey line under it."""
    extra = f"<br/><font size='6.8' color='{GREY}'>{text(second)}</font>" if second else ""
    if not script_text.has_rtl(first):
        return markup(text(first) + extra, styles().cell)
    # Right-to-left text wraps in reading order only in a paragraph of its own.
    return [para(first, styles().cell), markup(extra.removeprefix("<br/>"), styles().cell)]


def place_grid(place: str, grid: str) -> str:
    """Place over grid; easting and northing never split across lines."""
    if grid.count(" ") >= 2:
        head, _, tail = grid.rpartition(" ")
        grid = f"{head}\u00a0{tail}"
    return "\n".join(p for p in (place, grid) if p) or "—"


# --- header and sign-off ---------------------------------------------------------------------


def header_block(texts: Texts, data: SitrepData, width: float) -> list[Flowable]:
    h = data.header
    pairs = [
        *address_pairs(h, msg("REPORT NO."), width),
        (msg("PERIOD"), h.period),
        (msg("LOCATION"), h.location or "—"),
        (msg("UNIT") if not data.sector else msg("UNITS"), ", ".join(h.units) or h.unit_label),
    ]
    return [*title_block(texts, h, pairs, width), Spacer(0, 4)]


def address_pairs(header: ReportHeader, ref: Message, width: float) -> list[tuple[Message, object]]:
    """The header fields that open a report as a message: FROM, TO, CC, its reference
    (under the label `ref`) and DTG."""
    return [
        (msg("FROM"), header.from_line),
        (msg("TO"), header.to_line),
        (msg("CC"), header.cc_line or "—"),
        (ref, break_ref(header.report_no, width * 0.36 - 6, 9, at="/")),
        (msg("DTG"), header.dtg),
    ]


def title_block(
    texts: Texts, header: ReportHeader, pairs: Sequence[tuple[object, object]], width: float
) -> list[Flowable]:
    """A report's title, its unit and period, and the grid of its header fields."""
    st = styles()
    return [
        Paragraph(text(texts.render(header.title).upper()), st.title),
        Paragraph(text(f"{header.unit_label} · {texts.render(header.period)}"), st.subtitle),
        field_grid(texts, pairs, width),
    ]


def sign_off(
    texts: Texts,
    prepared_by: str,
    approved_by: str,
    width: float,
    labels: tuple[Message, Message] | None = None,
) -> list[Flowable]:
    """Prepared by / approved by with room to sign; the caller keeps it with the last text."""
    st = styles()
    first, second = labels or (msg("Prepared by"), msg("Approved by"))
    blank = texts.render(msg("(rank, name, appointment, tel)"))
    signature = texts.render(msg("Signature: ______________________"))
    cells = [
        [
            Paragraph(text(texts.render(first)), st.label),
            Paragraph(text(texts.render(second)), st.label),
        ],
        [
            Paragraph(text(prepared_by or blank), st.body),
            Paragraph(text(approved_by or blank), st.body),
        ],
        [Paragraph(text(signature), st.body), Paragraph(text(signature), st.body)],
    ]
    table = Table(cells, colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, HEADER_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 2), (-1, 2), 12),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [Spacer(0, 8), table]


# --- at a glance -------------------------------------------------------------------------


def glance_table(texts: Texts, units: Sequence[UnitContent], width: float) -> Table:
    """Counts of the period per unit, with a sector total when there are several."""
    header = [
        msg("Unit"),
        msg("Meetings"),
        msg("Incidents"),
        msg("Killed"),
        msg("Injured"),
        msg("Abducted"),
        msg("QIPs"),
        msg("QIP budget (USD)"),
        msg("Requests (open)"),
    ]
    rows: list[list[object]] = []
    for u in units:
        rows.append(
            [
                u.unit,
                len(u.liaison),
                len(u.incidents),
                u.killed,
                u.injured,
                u.abducted,
                len(u.qips),
                money(texts, u.qip_budget),
                f"{len(u.requests)} ({u.open_requests})",
            ]
        )
    totals = 0
    if len(units) > 1:
        totals = 1
        rows.append(
            [
                msg("Sector total"),
                sum(len(u.liaison) for u in units),
                sum(len(u.incidents) for u in units),
                sum(u.killed for u in units),
                sum(u.injured for u in units),
                sum(u.abducted for u in units),
                sum(len(u.qips) for u in units),
                money(texts, sum(u.qip_budget for u in units)),
                f"{sum(len(u.requests) for u in units)} ({sum(u.open_requests for u in units)})",
            ]
        )
    return data_table(
        texts,
        header,
        rows,
        [0.16, 0.1, 0.1, 0.08, 0.09, 0.1, 0.07, 0.15, 0.15],
        width,
        total_rows=totals,
        align_right=range(1, 9),
        bold_first=True,
    )


# --- 3 liaison and coordination ------------------------------------------------------------


def outcome_text(texts: Texts, outcome: Outcome) -> str:
    """A meeting's outcome, one line per part: the officer's words as written, after our
    markers ('Issues:', 'Action:'), each part shortened to fit a cell."""
    lines = [clip(outcome.info, 220)] if outcome.info else []
    if outcome.issues:
        issues = msg("Issues: {issues}", issues=clip(outcome.issues, 160))
        lines.append(texts.render(issues))
    if outcome.actions:
        todo = "; ".join(
            texts.render(msg("{action} (due {date})", action=a.description, date=a.due))
            if a.due
            else a.description
            for a in outcome.actions
        )
        lines.append(texts.render(msg("Action: {actions}", actions=clip(todo, 160))))
    return "\n".join(lines)


def liaison_table(texts: Texts, rows: Sequence[LiaisonRow], width: float) -> Table:
    widths = [0.15, 0.23, 0.14, 0.19, 0.29]
    room = cell_room(widths[0], width)
    body = []
    for r in rows:
        body.append(
            [
                _two_lines(r.dtg, f"{break_ref(r.ref, room, 6.8)}\n{texts.value(r.entry_type)}"),
                _two_lines(
                    "; ".join(texts.value(name) for name in r.counterparts) or "—",
                    ", ".join(texts.value(o) for o in r.org_types),
                ),
                place_grid(r.place, r.grid),
                clip(r.topic, 220),
                outcome_text(texts, r.outcome) or "—",
            ]
        )
    return data_table(
        texts,
        [
            msg("DTG / ref / type"),
            msg("Counterpart (organisation type)"),
            msg("Place / grid"),
            msg("Topic"),
            msg("Outcome"),
        ],
        body,
        widths,
        width,
    )


def _by_count(texts: Texts, counts: Counter[OrgTypeKey]) -> list[OrgTypeKey]:
    """Organisation types, most meetings first, then alphabetically in the language."""
    return sorted(counts, key=lambda k: (-counts[k], texts.value(k).casefold()))


def org_type_table(texts: Texts, counts: Counter[OrgTypeKey], width: float) -> Table:
    """Meetings per organisation type; a meeting with several types counts under each."""
    rows: list[list[object]] = [[kind, counts[kind]] for kind in _by_count(texts, counts)]
    return data_table(
        texts,
        [msg("Organisation type"), msg("Meetings")],
        rows,
        [0.7, 0.3],
        width,
        align_right=(1,),
    )


def org_type_matrix(texts: Texts, units: Sequence[UnitContent], width: float) -> Table:
    """Meetings by organisation type (rows) and battalion (columns), with totals."""
    per_unit = {u.unit: u.org_type_counts() for u in units}
    total: Counter[OrgTypeKey] = Counter()
    for counts in per_unit.values():
        total.update(counts)
    rows: list[list[object]] = [
        [k, *[per_unit[u.unit].get(k, 0) for u in units], total[k]] for k in _by_count(texts, total)
    ]
    rows.append(
        [msg("Meetings"), *[len(u.liaison) for u in units], sum(len(u.liaison) for u in units)]
    )
    first = 0.3
    rest = (1 - first) / (len(units) + 1)
    return data_table(
        texts,
        [msg("Organisation type"), *[u.unit for u in units], msg("Sector")],
        rows,
        [first, *[rest] * (len(units) + 1)],
        width,
        total_rows=1,
        align_right=range(1, len(units) + 2),
    )


def org_type_chart(texts: Texts, units: Sequence[UnitContent], width: float) -> Flowable:
    total: Counter[OrgTypeKey] = Counter()
    for u in units:
        total.update(u.org_type_counts())
    types = _by_count(texts, total)
    if len(units) == 1:
        series = {texts.render(msg("Meetings")): [total[k] for k in types]}
    else:
        series = {u.unit: [u.org_type_counts().get(k, 0) for k in types] for u in units}
    return charts.horizontal_bars(
        texts.render(msg("Liaison meetings by organisation type")),
        [texts.value(k) for k in types],
        series,
        width,
        number=texts.number,
    )


def section_liaison(texts: Texts, data: SitrepData, width: float) -> list[Flowable]:
    st = styles()
    rows = data.liaison
    title = texts.render(msg("Liaison and coordination"))
    empty = texts.render(msg("No meetings recorded this period."))
    if not rows:
        return section_start(3, title, nothing(empty))
    lead = msg_n(
        "{n} meeting or engagement this period (previous period: {previous}).",
        "{n} meetings and engagements this period (previous period: {previous}).",
        len(rows),
        previous=sum(u.previous_meetings for u in data.units),
    )
    flow = _table_section_start(texts, 3, title, lead)
    if data.sector:
        subheading = texts.render(msg("Meetings by organisation type and battalion"))
        flow.append(Paragraph(text(subheading), st.subheading))
        flow.append(org_type_matrix(texts, data.units, width))
        flow.append(Spacer(0, 6))
        flow.append(org_type_chart(texts, data.units, width))
        flow.extend(
            _tables(texts, data, lambda u: u.liaison, meetings, liaison_table, empty, width)
        )
    else:
        counts = data.org_type_counts()
        left = 0.36 * width
        side = Table(
            [
                [
                    org_type_table(texts, counts, left - 6),
                    org_type_chart(texts, data.units, width - left),
                ]
            ],
            colWidths=[left, width - left],
        )
        side.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flow.append(liaison_table(texts, rows, width))
        flow.append(Spacer(0, 6))
        subheading = texts.render(msg("Meetings by organisation type"))
        flow.append(KeepTogether([Paragraph(text(subheading), st.subheading), side]))
    return flow


def _table_section_start(texts: Texts, number: int, title: str, lead: Message) -> list[Flowable]:
    """A section of tables, opened by its lead line: a new page first if too little is left."""
    first = Paragraph(text(texts.render(lead)), styles().body)
    return [CondPageBreak(TABLE_SECTION_ROOM), *section_start(number, title, first)]


def _subsection(title: str, body: Flowable) -> list[Flowable]:
    """A battalion's sub-heading with its table: a new page first if too little is left."""
    return [CondPageBreak(45 * mm), Paragraph(text(title), styles().subheading), body]


def _tables(
    texts: Texts,
    data: SitrepData,
    rows_of: Callable[[Any], Sequence[Any]],
    counted: Callable[[int], Message],
    table: Callable[[Texts, Sequence[Any], float], Flowable],
    empty: str,
    width: float,
) -> list[Flowable]:
    """The section's table of all its rows; in a sector sitrep, one sub-section per
    battalion instead: its rows' table, or `empty`."""
    if not data.sector:
        return [table(texts, rows_of(data), width)]
    flow: list[Flowable] = []
    for unit in data.units:
        rows = rows_of(unit)
        body = table(texts, rows, width) if rows else nothing(empty)
        # TRANSLATORS: a battalion's part of a section, 'BANBAT 2: 3 meetings'.
        title = msg("{unit}: {count}", unit=unit.unit, count=counted(len(rows)))
        flow.extend(_subsection(texts.render(title), body))
    return flow


# --- 4 significant incidents ---------------------------------------------------------------


def casualty_text(texts: Texts, row: IncidentRow) -> str:
    """Who was hurt, per outcome and group: 'Killed: Civilian men 2. Injured: …'."""
    lines = []
    for outcome, groups in row.casualty_counts():
        counted = ", ".join(
            texts.render(msg("{group} {count}", group=group, count=count))
            for group, count in groups
        )
        lines.append(texts.render(msg("{outcome}: {groups}.", outcome=outcome, groups=counted)))
    return " ".join(lines)


def incident_table(texts: Texts, rows: Sequence[IncidentRow], width: float) -> Table:
    widths = [0.15, 0.16, 0.15, 0.1, 0.44]
    room = cell_room(widths[0], width)
    body = []
    for r in rows:
        summary = clip(r.summary, 300)
        if r.action_taken:
            taken = msg("Action taken: {action}", action=clip(r.action_taken, 200))
            summary += "\n" + texts.render(taken)
        casualties = casualty_text(texts, r)
        if casualties:
            summary += "\n" + casualties
        status = texts.value(r.status)
        if r.flash is not None:
            status += f" · {texts.render(r.flash)}"
        precision = msg("Location: {precision}", precision=r.precision)
        body.append(
            [
                _two_lines(r.dtg, break_ref(r.ref, room, 6.8)),
                _two_lines(texts.value(r.category), texts.value(r.subcategory)),
                _two_lines(place_grid(r.place, r.grid), texts.render(precision)),
                f"{r.killed} / {r.injured} / {r.abducted}",
                _two_lines(summary or "—", status),
            ]
        )
    return data_table(
        texts,
        [
            msg("DTG / ref"),
            msg("Category"),
            msg("Place / grid"),
            msg("K / I / A"),
            msg("What happened"),
        ],
        body,
        widths,
        width,
        align_right=(3,),
    )


def casualty_totals(texts: Texts, rows: Sequence[IncidentRow], width: float) -> Flowable | None:
    table = casualty_table(rows)
    if not any(sum(groups.values()) for groups in table.values()):
        return None
    groups = list(next(iter(table.values())))
    body: list[list[object]] = [
        [outcome, *counts.values(), sum(counts.values())] for outcome, counts in table.items()
    ]
    body.append(
        [
            msg("Total"),
            *[sum(table[o][g] for o in table) for g in groups],
            sum(sum(c.values()) for c in table.values()),
        ]
    )
    return data_table(
        texts,
        [msg("Casualties"), *groups, msg("Total")],
        body,
        [0.16, *[0.12] * len(groups), 0.12],
        width,
        total_rows=1,
        align_right=range(1, len(groups) + 2),
        bold_first=True,
    )


def incident_chart(texts: Texts, data: SitrepData, width: float) -> Flowable:
    days = data.period.days
    labels = [texts.weekday_day(d) if len(days) <= 14 else f"{d.day}/{d.month}" for d in days]
    counts = per_day(data.incidents, data.period)
    series = {
        texts.value(category): counts[category]
        for category in sorted(counts, key=lambda c: texts.value(c).casefold())
    }
    title = texts.render(msg("Incidents per day by category"))
    return charts.stacked_columns(title, labels, series, width)


def section_incidents(texts: Texts, data: SitrepData, width: float) -> list[Flowable]:
    rows = data.incidents
    title = texts.render(msg("Significant incidents"))
    empty = texts.render(msg("No incidents reported this period."))
    if not rows:
        return section_start(4, title, nothing(empty))
    lead = msg_n(
        "{n} incident this period (previous period: {previous}); casualties: {killed} "
        "killed, {injured} injured, {abducted} abducted.",
        "{n} incidents this period (previous period: {previous}); casualties: {killed} "
        "killed, {injured} injured, {abducted} abducted.",
        len(rows),
        previous=sum(u.previous_incidents for u in data.units),
        killed=sum(r.killed for r in rows),
        injured=sum(r.injured for r in rows),
        abducted=sum(r.abducted for r in rows),
    )
    flow = [*_table_section_start(texts, 4, title, lead), Spacer(0, 4)]
    flow.append(incident_chart(texts, data, width))
    totals = casualty_totals(texts, rows, width)
    if totals is not None:
        flow += [Spacer(0, 4), totals]
    flow.append(Spacer(0, 6))
    flow += _tables(texts, data, lambda u: u.incidents, incidents, incident_table, empty, width)
    return flow


# --- 5 QIPs --------------------------------------------------------------------------------


def qip_table(texts: Texts, rows: Sequence[QipRow], width: float, *, totals: bool = True) -> Table:
    widths = [0.15, 0.23, 0.13, 0.14, 0.11, 0.1, 0.14]
    room = cell_room(widths[0], width)
    body: list[list[object]] = []
    for r in rows:
        title_detail = " · ".join(p for p in (r.partner, r.place) if p)
        done = "" if r.percent is None else texts.render(msg("{percent}% done", percent=r.percent))
        next_step = texts.render(r.next_milestone) if r.next_milestone else "—"
        if r.late:
            next_step = texts.render(msg("{step} (LATE)", step=next_step))
        body.append(
            [
                break_ref(r.ref, room),
                _two_lines(r.title, title_detail),
                r.category,
                _two_lines(texts.value(r.status), done),
                money(texts, r.budget_usd) + ("" if r.approved else "*"),
                money(texts, r.disbursed_usd),
                next_step,
            ]
        )
    if totals:
        body.append(
            [
                msg("Total"),
                projects(len(rows)),
                "",
                "",
                money(texts, sum(r.budget_usd for r in rows)),
                money(texts, sum(r.disbursed_usd for r in rows)),
                "",
            ]
        )
    return data_table(
        texts,
        [
            msg("No."),
            msg("Project (partner · place)"),
            msg("Category"),
            msg("Status"),
            msg("Budget USD"),
            msg("Paid USD"),
            msg("Next milestone"),
        ],
        body,
        widths,
        width,
        total_rows=1 if totals else 0,
        align_right=(4, 5),
    )


def qip_chart(texts: Texts, rows: Sequence[QipRow], ceiling: float, width: float) -> Flowable:
    """Each project's budget (paid, approved not yet paid, requested) against the ceiling."""
    shown = sorted(rows, key=lambda r: -r.budget_usd)[:MAX_CHART_BARS]
    title = msg("QIP budget committed against the ceiling (USD)")
    if len(rows) > len(shown):
        title = msg(
            "{title}: the {shown} largest of {count}",
            title=title,
            shown=len(shown),
            count=len(rows),
        )
    labels = [f"{r.ref} {r.title}" for r in shown]
    series = {
        texts.render(msg("Paid")): [r.disbursed_usd for r in shown],
        texts.render(msg("Approved, not yet paid")): [
            max(0.0, r.budget_usd - r.disbursed_usd) if r.approved else 0.0 for r in shown
        ],
        texts.render(msg("Requested, not yet approved")): [
            0.0 if r.approved else r.budget_usd for r in shown
        ],
    }
    return charts.horizontal_bars(
        texts.render(title),
        labels,
        series,
        width,
        number=texts.number,
        reference=ceiling,
        reference_label=texts.render(msg("ceiling {amount}", amount=Money(ceiling))),
    )


def section_qips(texts: Texts, data: SitrepData, width: float) -> list[Flowable]:
    rows = data.qips
    title = texts.render(msg("Quick Impact Projects"))
    empty = texts.render(msg("No QIPs running this period."))
    if not rows:
        return section_start(5, title, nothing(empty))
    lead = msg_n(
        "{n} project; {approved} committed (approved), {paid} paid by {date}. Status, "
        "percent done and payments are as at the end of the period. * budget requested, "
        "not yet approved.",
        "{n} projects; {approved} committed (approved), {paid} paid by {date}. Status, "
        "percent done and payments are as at the end of the period. * budget requested, "
        "not yet approved.",
        len(rows),
        approved=Money(sum(r.budget_usd for r in rows if r.approved)),
        paid=Money(sum(r.disbursed_usd for r in rows)),
        date=data.period.end,
    )
    flow = [*_table_section_start(texts, 5, title, lead), Spacer(0, 4)]
    flow += _tables(texts, data, lambda u: u.qips, projects, qip_table, empty, width)
    flow.append(Spacer(0, 6))
    flow.append(qip_chart(texts, rows, data.qip_ceiling_usd, width))
    return flow


# --- 6 mission support requests ------------------------------------------------------------


def request_table(texts: Texts, rows: Sequence[RequestRow], width: float) -> Table:
    widths = [0.16, 0.17, 0.15, 0.11, 0.11, 0.12, 0.18]
    room = cell_room(widths[0], width)
    carried = texts.render(msg("(carried over)"))
    body = []
    for r in rows:
        received = r.received_dtg + ("\n" + carried if r.carried_over else "")
        body.append(
            [
                _two_lines(break_ref(r.ref, room), received),
                r.requester,
                _two_lines(texts.value(r.request_type), r.route),
                break_ref(texts.value(r.priority), cell_room(widths[3], width)),
                r.status,
                r.date_required or "—",
                clip(r.purpose, 200),
            ]
        )
    return data_table(
        texts,
        [
            msg("No. / received"),
            msg("Requester"),
            msg("Type / route"),
            msg("Priority"),
            msg("Status"),
            msg("Required"),
            msg("Purpose"),
        ],
        body,
        widths,
        width,
    )


def section_requests(texts: Texts, data: SitrepData, width: float) -> list[Flowable]:
    rows = data.requests
    title = texts.render(msg("Mission support requests"))
    empty = texts.render(msg("No mission support requests this period."))
    if not rows:
        return section_start(6, title, nothing(empty))
    lead = msg(
        "{new} received this period; {open} still open (received, under review, "
        "forwarded or approved and not yet executed).",
        new=sum(1 for r in rows if not r.carried_over),
        open=sum(1 for r in rows if r.is_open),
    )
    flow = [*_table_section_start(texts, 6, title, lead), Spacer(0, 4)]
    flow += _tables(texts, data, lambda u: u.requests, requests, request_table, empty, width)
    return flow


# --- 8 trends --------------------------------------------------------------------------------


def trend_table(texts: Texts, data: SitrepData, width: float) -> Table:
    def delta(now: int, before: int) -> object:
        change = now - before
        return msg("no change") if change == 0 else f"{change:+d}"

    rows: list[list[object]] = []
    for u in data.units:
        rows.append(
            [
                u.unit,
                len(u.liaison),
                u.previous_meetings,
                delta(len(u.liaison), u.previous_meetings),
                len(u.incidents),
                u.previous_incidents,
                delta(len(u.incidents), u.previous_incidents),
            ]
        )
    totals = 0
    if len(data.units) > 1:
        totals = 1
        m = sum(len(u.liaison) for u in data.units)
        pm = sum(u.previous_meetings for u in data.units)
        i = sum(len(u.incidents) for u in data.units)
        pi = sum(u.previous_incidents for u in data.units)
        rows.append([msg("Sector total"), m, pm, delta(m, pm), i, pi, delta(i, pi)])
    return data_table(
        texts,
        [
            msg("Unit"),
            msg("Meetings"),
            msg("Previous"),
            msg("Change"),
            msg("Incidents"),
            msg("Previous"),
            msg("Change"),
        ],
        rows,
        [0.22, 0.13, 0.13, 0.13, 0.13, 0.13, 0.13],
        width,
        total_rows=totals,
        align_right=range(1, 7),
        bold_first=True,
    )


# --- the whole report --------------------------------------------------------------------------


def text_section(number: int, title: str, value: str, empty: str) -> list[Flowable]:
    body = free_text(value, empty)
    return [*section_start(number, title, body[0]), *body[1:]]


def story(
    texts: Texts, data: SitrepData, width: float, *, preface: Sequence[Flowable] = ()
) -> list[Flowable]:
    """Every section of doctrine §9, in order, for a unit or (data.sector) a sector.

    preface goes between the header and section 1.
    """
    say = texts.render
    d = data.draft
    flow: list[Flowable] = [*header_block(texts, data, width), *preface]

    points = d.key_point_list
    first: Flowable = glance_table(texts, data.units, width)
    flow += section_start(1, say(msg("Key points")), first)
    flow.append(Spacer(0, 4))
    if points:
        flow += bullets(points)
    else:
        flow.append(nothing(say(msg("No key points written for this period."))))

    flow += text_section(
        2,
        say(msg("Civil situation")),
        d.civil_situation,
        say(msg("No civil situation report written for this period.")),
    )
    flow += section_liaison(texts, data, width)
    flow += section_incidents(texts, data, width)
    flow += section_qips(texts, data, width)
    flow += section_requests(texts, data, width)
    flow += text_section(
        7,
        say(msg("Protection and gender observations")),
        d.protection_gender,
        say(msg("No protection or gender observations recorded this period.")),
    )
    flow += section_start(
        8, say(msg("CIMIC assessment and trends")), trend_table(texts, data, width)
    )
    flow.append(Spacer(0, 4))
    flow += free_text(d.assessment, say(msg("No assessment written for this period.")))
    planned = d.planned_activity_list
    flow += section_start(
        9,
        say(msg("Planned activities next period")),
        bullets(planned)[0]
        if planned
        else nothing(say(msg("No activities planned for next period."))),
    )
    flow += bullets(planned)[1:]
    # The last section and the sign-off stay together: a signature never stands alone.
    last = free_text(d.issues_for_hq, say(msg("No issues for higher HQ this period.")))
    flow.append(CondPageBreak(28 * mm))
    flow.append(
        KeepTogether(
            [
                heading(10, say(msg("Issues and requests to higher HQ"))),
                *last,
                *sign_off(texts, d.prepared_by, d.approved_by, width),
            ]
        )
    )
    return flow


def furniture(texts: Texts, data: SitrepData) -> PageFurniture:
    header = data.header
    return PageFurniture(
        marking=texts.render(header.marking),
        title=f"{texts.render(header.title)} · {header.report_no}",
        unit=header.unit_label,
        period=texts.render(msg("Period {period}", period=header.period)),
        exercise=header.exercise,
    )


def subject(texts: Texts, data: SitrepData) -> str:
    """The PDF's subject: the report's title and period."""
    header = data.header
    # TRANSLATORS: the PDF's subject, a report's title and its period.
    return texts.render(msg("{title}, {period}", title=header.title, period=header.period))


def write_unit_sitrep(data: SitrepData, out: Path, texts: Texts, *, paper: str = "A4") -> Path:
    """Lay out a unit sitrep in the language of `texts` and write it to `out` (a PDF)."""
    width = frame_width(paper)
    return build_pdf(
        out,
        story(texts, data, width),
        furniture(texts, data),
        texts,
        paper=paper,
        subject=subject(texts, data),
    )
