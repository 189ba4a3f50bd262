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

from cimicdesk.reports import charts, i18n, sitrep
from cimicdesk.reports.data import RECENT_WEEKS, HandoverData, short_date
from cimicdesk.reports.i18n import dyn, label, t
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
    database = ", ".join(f"{n} {t(what)}" for what, n in data.totals.items())
    pairs = [
        (t("FROM"), dyn(h.from_line)),
        (t("TO"), dyn(h.to_line)),
        (t("CC"), dyn(h.cc_line) or "—"),
        (t("REF"), break_ref(h.report_no, width * 0.36 - 6, 9, at="/")),
        (t("DTG"), h.dtg),
        (t("AS OF"), i18n.dates(short_date(data.as_of))),
        (t("LOCATION"), h.location or "—"),
        (t("UNIT"), h.unit_label),
    ]
    return [
        Paragraph(text(dyn(h.title).upper()), st.title),
        Paragraph(text(f"{h.unit_label} · {dyn(h.period)}"), st.subtitle),
        field_grid(pairs, width),
        Spacer(0, 3),
        Paragraph(
            text(t("The database handed over holds: {database}.", database=database)), st.note
        ),
        Spacer(0, 2),
    ]


def organisations_table(data: HandoverData, width: float) -> Flowable:
    rows = [
        [
            o.name + ("\n" + t("Keeps its distance from the military") if o.keep_distance else ""),
            label(o.org_type, "OrgType"),
            o.place or "—",
            o.phones or "—",
            o.meetings,
            o.last_met,
        ]
        for o in data.organisations
    ]
    return data_table(
        [
            t("Organisation"),
            t("Type"),
            t("Place"),
            t("Phone / e-mail"),
            t("Meetings"),
            t("Last met"),
        ],
        rows,
        [0.29, 0.17, 0.13, 0.2, 0.1, 0.11],
        width,
        align_right=(4,),
    )


def contacts_table(data: HandoverData, width: float) -> Flowable:
    rows = [
        [
            c.label,
            c.position or (t("(restricted)") if c.restricted else "—"),
            c.organisation or "—",
            label(c.category, "ContactCategory") or "—",
            c.phones or "—",
            label(c.sensitivity, "Sensitivity"),
            c.last_met or "—",
        ]
        for c in data.contacts
    ]
    return data_table(
        [
            t("Name / code"),
            t("Position"),
            t("Organisation"),
            t("Category"),
            t("Phone"),
            t("Handling"),
            t("Last met"),
        ],
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
            (a.due or t("no date")) + (t(" OVERDUE") if a.overdue else ""),
        ]
        for a in data.actions
    ]
    return data_table(
        [t("From entry"), t("Action"), t("Owner"), t("Due")], rows, [0.2, 0.5, 0.15, 0.15], width
    )


def trends_table(data: HandoverData, width: float) -> Flowable:
    rows: list[list[object]] = [
        [i18n.dates(w.label), w.meetings, w.incidents, w.killed, w.injured, w.abducted, w.requests]
        for w in data.trends
    ]
    rows.append(
        [
            t("Total"),
            sum(w.meetings for w in data.trends),
            sum(w.incidents for w in data.trends),
            sum(w.killed for w in data.trends),
            sum(w.injured for w in data.trends),
            sum(w.abducted for w in data.trends),
            sum(w.requests for w in data.trends),
        ]
    )
    return data_table(
        [
            t("Week"),
            t("Meetings"),
            t("Incidents"),
            t("Killed"),
            t("Injured"),
            t("Abducted"),
            t("Requests"),
        ],
        rows,
        [0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12],
        width,
        total_rows=1,
        align_right=range(1, 7),
        bold_first=True,
    )


def trends_chart(data: HandoverData, width: float) -> Flowable:
    """Meetings per week beside incidents per week: each on its own scale."""
    labels = [i18n.dates(w.short_label) for w in data.trends]
    half = width / 2 - 6
    meetings = charts.stacked_columns(
        t("Meetings per week"),
        labels,
        {t("Meetings"): [w.meetings for w in data.trends]},
        half,
        140,
    )
    incidents = charts.stacked_columns(
        t("Incidents per week"),
        labels,
        {t("Incidents"): [w.incidents for w in data.trends]},
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

    body = free_text(d.assessment, t("No handover notes written."))
    points = d.key_point_list
    flow += section_start(1, t("Outgoing officer's notes"), body[0])
    flow += body[1:]
    if points:
        flow.append(Paragraph(text(t("Key points")), st.subheading))
        flow += bullets(points)

    title = t("Key organisations (most meetings in the last {weeks} weeks)", weeks=RECENT_WEEKS)
    if data.organisations:
        flow += section_start(2, title, organisations_table(data, width))
    else:
        empty = nothing(t("No meetings in the last {weeks} weeks.", weeks=RECENT_WEEKS))
        flow += section_start(2, title, empty)

    lead = Paragraph(text(t(RESTRICTED_NOTE)), st.note)
    flow += section_start(3, t("Key contacts (most recently met)"), lead)
    flow.append(Spacer(0, 3))
    flow.append(
        contacts_table(data, width) if data.contacts else nothing(t("No contacts met yet."))
    )

    title = t("Open follow-up actions")
    if data.actions:
        overdue = sum(a.overdue for a in data.actions)
        lead = Paragraph(
            text(t("{open} open, {overdue} overdue.", open=len(data.actions), overdue=overdue)),
            st.body,
        )
        flow += [*section_start(4, title, lead), Spacer(0, 3), actions_table(data, width)]
    else:
        flow += section_start(4, title, nothing(t("No open follow-up actions.")))

    title = t("Running QIPs and their next steps")
    if data.qips:
        lead = Paragraph(
            text(
                t(
                    "{projects} not yet ended; status, percent done and payments as of {date}. "
                    "* budget requested, not yet approved.",
                    projects=sitrep.plural(len(data.qips), "project"),
                    count=len(data.qips),
                    date=i18n.dates(short_date(data.as_of)),
                )
            ),
            st.body,
        )
        flow += [
            *section_start(5, title, lead),
            Spacer(0, 3),
            sitrep.qip_table(data.qips, width),
        ]
    else:
        flow += section_start(5, title, nothing(t("No QIPs running.")))

    title = t("Open incidents")
    if data.incidents:
        lead = Paragraph(
            text(
                t(
                    "{incidents} still open.",
                    incidents=sitrep.plural(len(data.incidents), "incident"),
                    count=len(data.incidents),
                )
            ),
            st.body,
        )
        flow += [
            *section_start(6, title, lead),
            Spacer(0, 3),
            sitrep.incident_table(data.incidents, width),
        ]
    else:
        flow += section_start(6, title, nothing(t("No open incidents.")))

    title = t("Open mission support requests")
    if data.requests:
        lead = Paragraph(
            text(
                t(
                    "{requests} still to be decided or executed.",
                    requests=sitrep.plural(len(data.requests), "request"),
                    count=len(data.requests),
                )
            ),
            st.body,
        )
        flow += [
            *section_start(7, title, lead),
            Spacer(0, 3),
            sitrep.request_table(data.requests, width),
        ]
    else:
        flow += section_start(7, title, nothing(t("No open mission support requests.")))

    title = t("Trends over the last {weeks} weeks", weeks=len(data.trends))
    flow += [*section_start(8, title, trends_table(data, width)), Spacer(0, 6)]
    if any(w.meetings or w.incidents for w in data.trends):
        flow.append(trends_chart(data, width))
    else:
        flow.append(nothing(t("No meetings or incidents in the last four weeks.")))

    planned = d.planned_activity_list
    coming = bullets(planned) if planned else [nothing(t("Nothing planned recorded."))]
    signatures = sitrep.sign_off(
        d.prepared_by, d.approved_by, width, ("Handed over by", "Taken over by")
    )
    # The last section and the signatures stay together.
    flow.append(CondPageBreak(28 * mm))
    flow.append(
        KeepTogether([heading(9, t("Coming up for the incoming officer")), *coming, *signatures])
    )
    return flow


def write_handover_brief(
    data: HandoverData, out: Path, *, paper: str = "A4", language: str = "en"
) -> Path:
    """Lay out the handover brief in `language` ('en' or 'fr') and write it to `out` (a PDF)."""
    with i18n.using(language):
        furniture = PageFurniture(
            marking=dyn(data.header.marking),
            title=f"{dyn(data.header.title)} · {data.header.report_no}",
            unit=data.header.unit_label,
            period=t("As of {date}", date=i18n.dates(short_date(data.as_of))),
            exercise=data.header.exercise,
        )
        return build_pdf(
            out,
            story(data, frame_width(paper)),
            furniture,
            paper=paper,
            subject=t("Handover brief, {unit}", unit=data.header.unit_label),
        )
