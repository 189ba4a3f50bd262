"""The handover brief for the incoming contingent: who matters, what is open, where it trends."""

from __future__ import annotations

from pathlib import Path

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

from cimicdesk.reports import charts, sitrep
from cimicdesk.reports.data import RECENT_WEEKS, HandoverData, short_date
from cimicdesk.reports.layout import (
    PageFurniture,
    break_ref,
    build_pdf,
    bullets,
    data_table,
    field_grid,
    frame_width,
    free_text,
    heading,
    nothing,
    section_start,
    styles,
    text,
)

RESTRICTED_NOTE = (
    "Restricted contacts appear only by their reference code (C-…): their names, "
    "positions and numbers are never printed. The outgoing officer shows the incoming "
    "officer who they are, in the program."
)


def header_block(data: HandoverData, width: float) -> list[Flowable]:
    st = styles()
    h = data.header
    database = ", ".join(f"{n} {what}" for what, n in data.totals.items())
    pairs = [
        ("FROM", h.from_line),
        ("TO", h.to_line),
        ("CC", h.cc_line or "—"),
        ("REF", break_ref(h.report_no, width * 0.36 - 6, 9, at="/")),
        ("DTG", h.dtg),
        ("AS OF", short_date(data.as_of)),
        ("LOCATION", h.location or "—"),
        ("UNIT", h.unit_label),
    ]
    return [
        Paragraph(text(h.title.upper()), st.title),
        Paragraph(text(f"{h.unit_label} · {h.period}"), st.subtitle),
        field_grid(pairs, width),
        Spacer(0, 3),
        Paragraph(text(f"The database handed over holds: {database}."), st.note),
        Spacer(0, 2),
    ]


def organisations_table(data: HandoverData, width: float) -> Flowable:
    rows = [
        [
            o.name + ("\nKeeps its distance from the military" if o.keep_distance else ""),
            o.org_type,
            o.place or "—",
            o.phones or "—",
            o.meetings,
            o.last_met,
        ]
        for o in data.organisations
    ]
    return data_table(
        ["Organisation", "Type", "Place", "Phone / e-mail", "Meetings", "Last met"],
        rows,
        [0.29, 0.17, 0.13, 0.2, 0.1, 0.11],
        width,
        align_right=(4,),
    )


def contacts_table(data: HandoverData, width: float) -> Flowable:
    rows = [
        [
            c.label,
            c.position or ("(restricted)" if c.restricted else "—"),
            c.organisation or "—",
            c.category or "—",
            c.phones or "—",
            c.sensitivity,
            c.last_met or "—",
        ]
        for c in data.contacts
    ]
    return data_table(
        ["Name / code", "Position", "Organisation", "Category", "Phone", "Handling", "Last met"],
        rows,
        [0.17, 0.14, 0.16, 0.15, 0.17, 0.1, 0.11],
        width,
    )


def actions_table(data: HandoverData, width: float) -> Flowable:
    rows = [
        [
            a.entry_ref,
            a.description,
            a.owner or "—",
            (a.due or "no date") + (" OVERDUE" if a.overdue else ""),
        ]
        for a in data.actions
    ]
    return data_table(["From entry", "Action", "Owner", "Due"], rows, [0.2, 0.5, 0.15, 0.15], width)


def trends_table(data: HandoverData, width: float) -> Flowable:
    rows: list[list[object]] = [
        [t.label, t.meetings, t.incidents, t.killed, t.injured, t.abducted, t.requests]
        for t in data.trends
    ]
    rows.append(
        [
            "Total",
            sum(t.meetings for t in data.trends),
            sum(t.incidents for t in data.trends),
            sum(t.killed for t in data.trends),
            sum(t.injured for t in data.trends),
            sum(t.abducted for t in data.trends),
            sum(t.requests for t in data.trends),
        ]
    )
    return data_table(
        ["Week", "Meetings", "Incidents", "Killed", "Injured", "Abducted", "Requests"],
        rows,
        [0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12],
        width,
        total_rows=1,
        align_right=range(1, 7),
        bold_first=True,
    )


def trends_chart(data: HandoverData, width: float) -> Flowable:
    """Meetings per week beside incidents per week: each on its own scale."""
    labels = [t.short_label for t in data.trends]
    half = width / 2 - 6
    meetings = charts.stacked_columns(
        "Meetings per week", labels, {"Meetings": [t.meetings for t in data.trends]}, half, 140
    )
    incidents = charts.stacked_columns(
        "Incidents per week",
        labels,
        {"Incidents": [t.incidents for t in data.trends]},
        half,
        140,
        first_colour=1,
    )
    pair = Table([[meetings, incidents]], colWidths=[width / 2, width / 2])
    pair.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return pair


def story(data: HandoverData, width: float) -> list[Flowable]:
    st = styles()
    d = data.draft
    flow: list[Flowable] = header_block(data, width)

    body = free_text(d.assessment, "No handover notes written.")
    points = d.key_point_list
    flow += section_start(1, "Outgoing officer's notes", body[0])
    flow += body[1:]
    if points:
        flow.append(Paragraph("Key points", st.subheading))
        flow += bullets(points)

    title = f"Key organisations (most meetings in the last {RECENT_WEEKS} weeks)"
    if data.organisations:
        flow += section_start(2, title, organisations_table(data, width))
    else:
        empty = nothing(f"No meetings in the last {RECENT_WEEKS} weeks.")
        flow += section_start(2, title, empty)

    lead = Paragraph(text(RESTRICTED_NOTE), st.note)
    flow += section_start(3, "Key contacts (most recently met)", lead)
    flow.append(Spacer(0, 3))
    flow.append(contacts_table(data, width) if data.contacts else nothing("No contacts met yet."))

    title = "Open follow-up actions"
    if data.actions:
        overdue = sum(a.overdue for a in data.actions)
        lead = Paragraph(text(f"{len(data.actions)} open, {overdue} overdue."), st.body)
        flow += [*section_start(4, title, lead), Spacer(0, 3), actions_table(data, width)]
    else:
        flow += section_start(4, title, nothing("No open follow-up actions."))

    title = "Running QIPs and their next steps"
    if data.qips:
        lead = Paragraph(
            text(
                f"{sitrep.plural(len(data.qips), 'project')} not yet ended; status, percent "
                f"done and payments as of {short_date(data.as_of)}. * budget requested, not "
                "yet approved."
            ),
            st.body,
        )
        flow += [
            *section_start(5, title, lead),
            Spacer(0, 3),
            sitrep.qip_table(data.qips, width),
        ]
    else:
        flow += section_start(5, title, nothing("No QIPs running."))

    title = "Open incidents"
    if data.incidents:
        lead = Paragraph(
            text(f"{sitrep.plural(len(data.incidents), 'incident')} still open."), st.body
        )
        flow += [
            *section_start(6, title, lead),
            Spacer(0, 3),
            sitrep.incident_table(data.incidents, width),
        ]
    else:
        flow += section_start(6, title, nothing("No open incidents."))

    title = "Open mission support requests"
    if data.requests:
        lead = Paragraph(
            text(
                f"{sitrep.plural(len(data.requests), 'request')} still to be decided or executed."
            ),
            st.body,
        )
        flow += [
            *section_start(7, title, lead),
            Spacer(0, 3),
            sitrep.request_table(data.requests, width),
        ]
    else:
        flow += section_start(7, title, nothing("No open mission support requests."))

    title = f"Trends over the last {len(data.trends)} weeks"
    flow += [*section_start(8, title, trends_table(data, width)), Spacer(0, 6)]
    if any(t.meetings or t.incidents for t in data.trends):
        flow.append(trends_chart(data, width))
    else:
        flow.append(nothing("No meetings or incidents in the last four weeks."))

    planned = d.planned_activity_list
    coming = bullets(planned) if planned else [nothing("Nothing planned recorded.")]
    signatures = sitrep.sign_off(
        d.prepared_by, d.approved_by, width, ("Handed over by", "Taken over by")
    )
    # The last section and the signatures stay together.
    flow.append(CondPageBreak(28 * mm))
    flow.append(
        KeepTogether([heading(9, "Coming up for the incoming officer"), *coming, *signatures])
    )
    return flow


def write_handover_brief(data: HandoverData, out: Path, *, paper: str = "A4") -> Path:
    """Lay out the handover brief and write it to `out` (a PDF)."""
    furniture = PageFurniture(
        marking=data.header.marking,
        title=f"{data.header.title} · {data.header.report_no}",
        unit=data.header.unit_label,
        period=f"As of {short_date(data.as_of)}",
    )
    return build_pdf(
        out,
        story(data, frame_width(paper)),
        furniture,
        paper=paper,
        subject=f"Handover brief, {data.header.unit_label}",
    )
