"""The CIMIC sitrep laid out in the sections of doctrine §9; shared by the sector sitrep."""

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

from cimicdesk.reports import charts, i18n, script_text
from cimicdesk.reports.data import (
    IncidentRow,
    LiaisonRow,
    QipRow,
    RequestRow,
    SitrepData,
    UnitContent,
    casualty_table,
    per_day,
    short_date,
)
from cimicdesk.reports.i18n import any_label, dyn, label, t
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


def plural(count: int, word: str) -> str:
    """'1 meeting', '3 meetings' (in the report's language)."""
    return i18n.plural(count, word)


def money(amount: float) -> str:
    return i18n.number(amount)


def percent(value: int | None) -> str:
    return "—" if value is None else f"{value} %"


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


def header_block(data: SitrepData, width: float) -> list[Flowable]:
    st = styles()
    h = data.header
    pairs = [
        (t("FROM"), dyn(h.from_line)),
        (t("TO"), dyn(h.to_line)),
        (t("CC"), dyn(h.cc_line) or "—"),
        (t("REPORT NO."), break_ref(h.report_no, width * 0.36 - 6, 9, at="/")),
        (t("DTG"), h.dtg),
        (t("PERIOD"), dyn(h.period)),
        (t("LOCATION"), h.location or "—"),
        (t("UNIT") if not data.sector else t("UNITS"), ", ".join(h.units) or h.unit_label),
    ]
    return [
        Paragraph(text(dyn(h.title).upper()), st.title),
        Paragraph(text(f"{h.unit_label} · {dyn(h.period)}"), st.subtitle),
        field_grid(pairs, width),
        Spacer(0, 4),
    ]


def sign_off(
    prepared_by: str,
    approved_by: str,
    width: float,
    labels: tuple[str, str] = ("Prepared by", "Approved by"),
) -> list[Flowable]:
    """Prepared by / approved by with room to sign; the caller keeps it with the last text.

    The labels are English catalogue keys, written in the report's language."""
    st = styles()
    blank = t("(rank, name, appointment, tel)")
    cells = [
        [Paragraph(text(t(labels[0])), st.label), Paragraph(text(t(labels[1])), st.label)],
        [
            Paragraph(text(prepared_by or blank), st.body),
            Paragraph(text(approved_by or blank), st.body),
        ],
        [
            Paragraph(text(t("Signature: ______________________")), st.body),
            Paragraph(text(t("Signature: ______________________")), st.body),
        ],
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


def glance_table(units: Sequence[UnitContent], width: float) -> Table:
    """Counts of the period per unit, with a sector total when there are several."""
    header = [
        t("Unit"),
        t("Meetings"),
        t("Incidents"),
        t("Killed"),
        t("Injured"),
        t("Abducted"),
        t("QIPs"),
        t("QIP budget (USD)"),
        t("Requests (open)"),
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
                money(u.qip_budget),
                f"{len(u.requests)} ({u.open_requests})",
            ]
        )
    totals = 0
    if len(units) > 1:
        totals = 1
        rows.append(
            [
                t("Sector total"),
                sum(len(u.liaison) for u in units),
                sum(len(u.incidents) for u in units),
                sum(u.killed for u in units),
                sum(u.injured for u in units),
                sum(u.abducted for u in units),
                sum(len(u.qips) for u in units),
                money(sum(u.qip_budget for u in units)),
                f"{sum(len(u.requests) for u in units)} ({sum(u.open_requests for u in units)})",
            ]
        )
    return data_table(
        header,
        rows,
        [0.16, 0.1, 0.1, 0.08, 0.09, 0.1, 0.07, 0.15, 0.15],
        width,
        total_rows=totals,
        align_right=range(1, 9),
        bold_first=True,
    )


# --- 3 liaison and coordination ------------------------------------------------------------


def liaison_table(rows: Sequence[LiaisonRow], width: float) -> Table:
    widths = [0.15, 0.23, 0.14, 0.19, 0.29]
    room = cell_room(widths[0], width)
    body = []
    for r in rows:
        body.append(
            [
                _two_lines(
                    r.dtg,
                    f"{break_ref(r.ref, room, 6.8)}\n{label(r.entry_type, 'LiaisonType')}",
                ),
                _two_lines(
                    "; ".join(dyn(name) for name in r.counterparts.split("; ")),
                    ", ".join(any_label(o) for o in r.org_types),
                ),
                place_grid(r.place, r.grid),
                clip(r.topic, 220),
                clip(i18n.outcome(r.outcome), 380) or "—",
            ]
        )
    return data_table(
        [
            t("DTG / ref / type"),
            t("Counterpart (organisation type)"),
            t("Place / grid"),
            t("Topic"),
            t("Outcome"),
        ],
        body,
        widths,
        width,
    )


def org_type_table(counts: Counter[str], width: float) -> Table:
    """Meetings per organisation type; a meeting with several types counts under each."""
    rows: list[list[object]] = [
        [any_label(name), n] for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return data_table(
        [t("Organisation type"), t("Meetings")], rows, [0.7, 0.3], width, align_right=(1,)
    )


def org_type_matrix(units: Sequence[UnitContent], width: float) -> Table:
    """Meetings by organisation type (rows) and battalion (columns), with totals."""
    per_unit = {u.unit: u.org_type_counts() for u in units}
    total: Counter[str] = Counter()
    for counts in per_unit.values():
        total.update(counts)
    types = sorted(total, key=lambda t: (-total[t], t))
    rows: list[list[object]] = [
        [any_label(k), *[per_unit[u.unit].get(k, 0) for u in units], total[k]] for k in types
    ]
    rows.append(
        [t("Meetings"), *[len(u.liaison) for u in units], sum(len(u.liaison) for u in units)]
    )
    first = 0.3
    rest = (1 - first) / (len(units) + 1)
    return data_table(
        [t("Organisation type"), *[u.unit for u in units], t("Sector")],
        rows,
        [first, *[rest] * (len(units) + 1)],
        width,
        total_rows=1,
        align_right=range(1, len(units) + 2),
    )


def org_type_chart(units: Sequence[UnitContent], width: float) -> Flowable:
    total: Counter[str] = Counter()
    for u in units:
        total.update(u.org_type_counts())
    types = sorted(total, key=lambda k: (-total[k], k))
    if len(units) == 1:
        series = {t("Meetings"): [total[k] for k in types]}
    else:
        series = {u.unit: [u.org_type_counts().get(k, 0) for k in types] for u in units}
    return charts.horizontal_bars(
        t("Liaison meetings by organisation type"), [any_label(k) for k in types], series, width
    )


def section_liaison(data: SitrepData, width: float) -> list[Flowable]:
    st = styles()
    rows = data.liaison
    title = t("Liaison and coordination")
    if not rows:
        return section_start(3, title, nothing(t("No meetings recorded this period.")))
    flow: list[Flowable] = [CondPageBreak(TABLE_SECTION_ROOM)]
    summary = Paragraph(
        text(
            t(
                "{meetings} and engagements this period (previous period: {previous}).",
                meetings=plural(len(rows), "meeting"),
                previous=sum(u.previous_meetings for u in data.units),
            )
        ),
        st.body,
    )
    flow += section_start(3, title, summary)
    if data.sector:
        flow.append(
            Paragraph(text(t("Meetings by organisation type and battalion")), st.subheading)
        )
        flow.append(org_type_matrix(data.units, width))
        flow.append(Spacer(0, 6))
        flow.append(org_type_chart(data.units, width))
        flow.extend(
            _by_battalion(
                data,
                lambda u: u.liaison,
                "meeting",
                liaison_table,
                t("No meetings recorded this period."),
                width,
            )
        )
    else:
        counts = data.org_type_counts()
        left = 0.36 * width
        side = Table(
            [[org_type_table(counts, left - 6), org_type_chart(data.units, width - left)]],
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
        flow.append(liaison_table(rows, width))
        flow.append(Spacer(0, 6))
        flow.append(
            KeepTogether([Paragraph(text(t("Meetings by organisation type")), st.subheading), side])
        )
    return flow


def _subsection(title: str, body: Flowable) -> list[Flowable]:
    """A battalion's sub-heading with its table: a new page first if too little is left."""
    return [CondPageBreak(45 * mm), Paragraph(text(title), styles().subheading), body]


def _by_battalion(
    data: SitrepData,
    rows_of: Callable[[Any], Sequence[Any]],
    noun: str,
    table: Callable[[Sequence[Any], float], Flowable],
    empty: str,
    width: float,
) -> list[Flowable]:
    """One sub-section per battalion of a sector sitrep: its rows' table, or `empty`."""
    flow: list[Flowable] = []
    for unit in data.units:
        rows = rows_of(unit)
        body = table(rows, width) if rows else nothing(empty)
        flow.extend(_subsection(f"{unit.unit}: {plural(len(rows), noun)}", body))
    return flow


# --- 4 significant incidents ---------------------------------------------------------------


def incident_table(rows: Sequence[IncidentRow], width: float) -> Table:
    widths = [0.15, 0.16, 0.15, 0.1, 0.44]
    room = cell_room(widths[0], width)
    body = []
    for r in rows:
        summary = clip(r.summary, 300)
        if r.action_taken:
            summary += "\n" + t("Action taken: {action}", action=clip(r.action_taken, 200))
        if r.casualty_detail:
            summary += f"\n{i18n.casualties(r.casualty_detail)}"
        status = label(r.status, "IncidentStatus") + (f" · {dyn(r.flash)}" if r.flash else "")
        precision = label(r.precision, "LocationPrecision").lower()
        body.append(
            [
                _two_lines(r.dtg, break_ref(r.ref, room, 6.8)),
                _two_lines(
                    label(r.category, "IncidentCategory"), label(r.subcategory, "Subcategory")
                ),
                _two_lines(
                    place_grid(r.place, r.grid), t("Location {precision}", precision=precision)
                ),
                f"{r.killed} / {r.injured} / {r.abducted}",
                _two_lines(summary or "—", status),
            ]
        )
    return data_table(
        [t("DTG / ref"), t("Category"), t("Place / grid"), t("K / I / A"), t("What happened")],
        body,
        widths,
        width,
        align_right=(3,),
    )


def casualty_totals(rows: Sequence[IncidentRow], width: float) -> Flowable | None:
    table = casualty_table(rows)
    if not any(sum(groups.values()) for groups in table.values()):
        return None
    groups = list(next(iter(table.values())))
    body: list[list[object]] = [
        [label(outcome, "Casualty"), *counts.values(), sum(counts.values())]
        for outcome, counts in table.items()
    ]
    body.append(
        [
            t("Total"),
            *[sum(table[o][g] for o in table) for g in groups],
            sum(sum(c.values()) for c in table.values()),
        ]
    )
    return data_table(
        [t("Casualties"), *[label(g, "Casualty") for g in groups], t("Total")],
        body,
        [0.16, *[0.12] * len(groups), 0.12],
        width,
        total_rows=1,
        align_right=range(1, len(groups) + 2),
        bold_first=True,
    )


def incident_chart(data: SitrepData, width: float) -> Flowable:
    days = data.period.days
    labels = [i18n.weekday_day(d) if len(days) <= 14 else f"{d.day}/{d.month}" for d in days]
    series = {
        label(category, "IncidentCategory"): counts
        for category, counts in per_day(data.incidents, data.period).items()
    }
    return charts.stacked_columns(t("Incidents per day by category"), labels, series, width)


def section_incidents(data: SitrepData, width: float) -> list[Flowable]:
    st = styles()
    rows = data.incidents
    title = t("Significant incidents")
    if not rows:
        return section_start(4, title, nothing(t("No incidents reported this period.")))
    killed = sum(r.killed for r in rows)
    injured = sum(r.injured for r in rows)
    abducted = sum(r.abducted for r in rows)
    lead = Paragraph(
        text(
            t(
                "{incidents} this period (previous period: {previous}); casualties: {killed} "
                "killed, {injured} injured, {abducted} abducted.",
                incidents=plural(len(rows), "incident"),
                previous=sum(u.previous_incidents for u in data.units),
                killed=killed,
                injured=injured,
                abducted=abducted,
            )
        ),
        st.body,
    )
    flow: list[Flowable] = [
        CondPageBreak(TABLE_SECTION_ROOM),
        *section_start(4, title, lead),
        Spacer(0, 4),
    ]
    flow.append(incident_chart(data, width))
    totals = casualty_totals(rows, width)
    if totals is not None:
        flow += [Spacer(0, 4), totals]
    flow.append(Spacer(0, 6))
    if data.sector:
        flow.extend(
            _by_battalion(
                data,
                lambda u: u.incidents,
                "incident",
                incident_table,
                t("No incidents reported this period."),
                width,
            )
        )
    else:
        flow.append(incident_table(rows, width))
    return flow


# --- 5 QIPs --------------------------------------------------------------------------------


def qip_table(rows: Sequence[QipRow], width: float, *, totals: bool = True) -> Table:
    widths = [0.15, 0.23, 0.13, 0.14, 0.11, 0.1, 0.14]
    room = cell_room(widths[0], width)
    body: list[list[object]] = []
    for r in rows:
        title_detail = " · ".join(p for p in (r.partner, r.place) if p)
        done = "" if r.percent is None else t("{percent} % done", percent=r.percent)
        next_step = dyn(r.next_milestone) + (t(" (LATE)") if r.late else "")
        body.append(
            [
                break_ref(r.ref, room),
                _two_lines(r.title, title_detail),
                label(r.category, "QipCategory"),
                _two_lines(label(r.status, "QipStatus"), done),
                money(r.budget_usd) + ("" if r.approved else "*"),
                money(r.disbursed_usd),
                next_step,
            ]
        )
    if totals:
        body.append(
            [
                t("Total"),
                plural(len(rows), "project"),
                "",
                "",
                money(sum(r.budget_usd for r in rows)),
                money(sum(r.disbursed_usd for r in rows)),
                "",
            ]
        )
    return data_table(
        [
            t("No."),
            t("Project (partner · place)"),
            t("Category"),
            t("Status"),
            t("Budget USD"),
            t("Paid USD"),
            t("Next milestone"),
        ],
        body,
        widths,
        width,
        total_rows=1 if totals else 0,
        align_right=(4, 5),
    )


def qip_chart(rows: Sequence[QipRow], ceiling: float, width: float) -> Flowable:
    """Each project's budget (paid, approved not yet paid, requested) against the ceiling."""
    shown = sorted(rows, key=lambda r: -r.budget_usd)[:MAX_CHART_BARS]
    title = t("QIP budget committed against the ceiling (USD)")
    if len(rows) > len(shown):
        title = t(
            "{title}: the {shown} largest of {count}",
            title=title,
            shown=len(shown),
            count=len(rows),
        )
    labels = [f"{r.ref} {r.title}" for r in shown]
    series = {
        t("Paid"): [r.disbursed_usd for r in shown],
        t("Approved, not yet paid"): [
            max(0.0, r.budget_usd - r.disbursed_usd) if r.approved else 0.0 for r in shown
        ],
        t("Requested, not yet approved"): [0.0 if r.approved else r.budget_usd for r in shown],
    }
    return charts.horizontal_bars(
        title,
        labels,
        series,
        width,
        reference=ceiling,
        reference_label=t("ceiling {amount}", amount=money(ceiling)),
    )


def section_qips(data: SitrepData, width: float) -> list[Flowable]:
    st = styles()
    rows = data.qips
    title = t("Quick Impact Projects")
    if not rows:
        return section_start(5, title, nothing(t("No QIPs running this period.")))
    approved = sum(r.budget_usd for r in rows if r.approved)
    lead = Paragraph(
        text(
            t(
                "{projects}; USD {approved} committed (approved), USD {paid} paid by {date}. "
                "Status, percent done and payments are as at the end of the period. * budget "
                "requested, not yet approved.",
                projects=plural(len(rows), "project"),
                approved=money(approved),
                paid=money(sum(r.disbursed_usd for r in rows)),
                date=i18n.dates(short_date(data.period.end)),
            )
        ),
        st.body,
    )
    flow: list[Flowable] = [
        CondPageBreak(TABLE_SECTION_ROOM),
        *section_start(5, title, lead),
        Spacer(0, 4),
    ]
    if data.sector:
        flow.extend(
            _by_battalion(
                data,
                lambda u: u.qips,
                "project",
                qip_table,
                t("No QIPs running this period."),
                width,
            )
        )
    else:
        flow.append(qip_table(rows, width))
    flow.append(Spacer(0, 6))
    flow.append(qip_chart(rows, data.qip_ceiling_usd, width))
    return flow


# --- 6 mission support requests ------------------------------------------------------------


def request_table(rows: Sequence[RequestRow], width: float) -> Table:
    widths = [0.16, 0.17, 0.15, 0.11, 0.11, 0.12, 0.18]
    room = cell_room(widths[0], width)
    body = []
    for r in rows:
        received = r.received_dtg + ("\n" + t("(carried over)") if r.carried_over else "")
        body.append(
            [
                _two_lines(break_ref(r.ref, room), received),
                dyn(r.requester),
                _two_lines(label(r.request_type, "SupportType"), r.route),
                break_ref(label(r.priority, "SupportPriority"), cell_room(widths[3], width)),
                label(r.status, "SupportStatus"),
                r.date_required or "—",
                clip(r.purpose, 200),
            ]
        )
    return data_table(
        [
            t("No. / received"),
            t("Requester"),
            t("Type / route"),
            t("Priority"),
            t("Status"),
            t("Required"),
            t("Purpose"),
        ],
        body,
        widths,
        width,
    )


def section_requests(data: SitrepData, width: float) -> list[Flowable]:
    st = styles()
    rows = data.requests
    title = t("Mission support requests")
    if not rows:
        return section_start(6, title, nothing(t("No mission support requests this period.")))
    new = sum(1 for r in rows if not r.carried_over)
    lead = Paragraph(
        text(
            t(
                "{new} received this period; {open} still open (received, under review, "
                "forwarded or approved and not yet executed).",
                new=new,
                open=sum(1 for r in rows if r.is_open),
            )
        ),
        st.body,
    )
    flow: list[Flowable] = [
        CondPageBreak(TABLE_SECTION_ROOM),
        *section_start(6, title, lead),
        Spacer(0, 4),
    ]
    if data.sector:
        flow.extend(
            _by_battalion(
                data,
                lambda u: u.requests,
                "request",
                request_table,
                t("No mission support requests this period."),
                width,
            )
        )
    else:
        flow.append(request_table(rows, width))
    return flow


# --- 8 trends --------------------------------------------------------------------------------


def trend_table(data: SitrepData, width: float) -> Table:
    def delta(now: int, before: int) -> str:
        change = now - before
        return t("no change") if change == 0 else f"{change:+d}"

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
        rows.append([t("Sector total"), m, pm, delta(m, pm), i, pi, delta(i, pi)])
    return data_table(
        [
            t("Unit"),
            t("Meetings"),
            t("Previous"),
            t("Change"),
            t("Incidents"),
            t("Previous"),
            t("Change"),
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


def story(data: SitrepData, width: float, *, preface: Sequence[Flowable] = ()) -> list[Flowable]:
    """Every section of doctrine §9, in order, for a unit or (data.sector) a sector.

    preface goes between the header and section 1.
    """
    d = data.draft
    flow: list[Flowable] = [*header_block(data, width), *preface]

    points = d.key_point_list
    first: Flowable = glance_table(data.units, width)
    flow += section_start(1, t("Key points"), first)
    flow.append(Spacer(0, 4))
    flow += bullets(points) if points else [nothing(t("No key points written for this period."))]

    flow += text_section(
        2,
        t("Civil situation"),
        d.civil_situation,
        t("No civil situation report written for this period."),
    )
    flow += section_liaison(data, width)
    flow += section_incidents(data, width)
    flow += section_qips(data, width)
    flow += section_requests(data, width)
    flow += text_section(
        7,
        t("Protection and gender observations"),
        d.protection_gender,
        t("No protection or gender observations recorded this period."),
    )
    flow += section_start(8, t("CIMIC assessment and trends"), trend_table(data, width))
    flow.append(Spacer(0, 4))
    flow += free_text(d.assessment, t("No assessment written for this period."))
    planned = d.planned_activity_list
    flow += section_start(
        9,
        t("Planned activities next period"),
        bullets(planned)[0] if planned else nothing(t("No activities planned for next period.")),
    )
    flow += bullets(planned)[1:]
    # The last section and the sign-off stay together: a signature never stands alone.
    last = free_text(d.issues_for_hq, t("No issues for higher HQ this period."))
    flow.append(CondPageBreak(28 * mm))
    flow.append(
        KeepTogether(
            [
                heading(10, t("Issues and requests to higher HQ")),
                *last,
                *sign_off(d.prepared_by, d.approved_by, width),
            ]
        )
    )
    return flow


def furniture(data: SitrepData) -> PageFurniture:
    return PageFurniture(
        marking=dyn(data.header.marking),
        title=f"{dyn(data.header.title)} · {data.header.report_no}",
        unit=data.header.unit_label,
        period=t("Period {period}", period=dyn(data.header.period)),
        exercise=data.header.exercise,
    )


def subject(data: SitrepData) -> str:
    """The PDF's subject: the report's title and period."""
    return t("{title}, {period}", title=dyn(data.header.title), period=dyn(data.header.period))


def write_unit_sitrep(
    data: SitrepData, out: Path, *, paper: str = "A4", language: str = "en"
) -> Path:
    """Lay out a unit sitrep in `language` ('en' or 'fr') and write it to `out` (a PDF)."""
    width = frame_width(paper)
    with i18n.using(language):
        return build_pdf(
            out, story(data, width), furniture(data), paper=paper, subject=subject(data)
        )
