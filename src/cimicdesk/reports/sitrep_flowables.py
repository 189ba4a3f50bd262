"""Sitrep tables as reportlab flowables, kept for the handover brief until it builds a Document.

Every function is given the report's Texts (i18n.catalogue) and writes in its language.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports import script_text
from cimicdesk.reports.data import (
    IncidentRow,
    QipRow,
    ReportHeader,
    RequestRow,
)
from cimicdesk.reports.layout import (
    HEADER_FILL,
    MUTED,
    break_ref,
    cell_room,
    clip,
    data_table,
    field_grid,
    markup,
    para,
    styles,
    text,
)

# A section that opens with a table or chart starts a new page when less than this is left.
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
