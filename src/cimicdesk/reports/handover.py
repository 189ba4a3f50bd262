"""The handover brief for the incoming contingent: who matters, what is open, where it trends."""

from __future__ import annotations

from collections.abc import Callable
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

from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports import charts, sitrep
from cimicdesk.reports.data import RECENT_WEEKS, HandoverData, WeekTrend
from cimicdesk.reports.layout import (
    PageFurniture,
    build_pdf,
    bullets,
    data_table,
    frame_width,
    free_text,
    heading,
    nothing,
    section_start,
    styles,
    text,
)

RESTRICTED_NOTE = msg(
    "Restricted contacts appear only by their reference code (C-…): their names, "
    "positions and numbers are never printed. The outgoing officer shows the incoming "
    "officer who they are, in the program."
)


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
        return sitrep.incidents(n)
    if what == "support requests":
        return msg_n("{n} support request", "{n} support requests", n)
    raise ValueError(f"no words for a count of {what!r}")


def week_span(texts: Texts, week: WeekTrend) -> str:
    """'26 Oct – 1 Nov 2026' in the report's language."""
    return f"{texts.day_month(week.start)} – {texts.date(week.end)}"


def header_block(texts: Texts, data: HandoverData, width: float) -> list[Flowable]:
    st = styles()
    h = data.header
    database = [_held(what, n) for what, n in data.totals.items()]
    pairs = [
        *sitrep.address_pairs(h, msg("REF"), width),
        (msg("AS OF"), data.as_of),
        (msg("LOCATION"), h.location or "—"),
        (msg("UNIT"), h.unit_label),
    ]
    holds = msg("The database handed over holds: {database}.", database=database)
    return [
        *sitrep.title_block(texts, h, pairs, width),
        Spacer(0, 3),
        Paragraph(text(texts.render(holds)), st.note),
        Spacer(0, 2),
    ]


def organisations_table(texts: Texts, data: HandoverData, width: float) -> Flowable:
    distance = texts.render(msg("Keeps its distance from the military"))
    rows = [
        [
            o.name + ("\n" + distance if o.keep_distance else ""),
            o.org_type,
            o.place or "—",
            o.phones or "—",
            o.meetings,
            o.last_met,
        ]
        for o in data.organisations
    ]
    return data_table(
        texts,
        [
            msg("Organisation"),
            msg("Type"),
            msg("Place"),
            msg("Phone / e-mail"),
            msg("Meetings"),
            msg("Last met"),
        ],
        rows,
        [0.29, 0.17, 0.13, 0.2, 0.1, 0.11],
        width,
        align_right=(4,),
    )


def contacts_table(texts: Texts, data: HandoverData, width: float) -> Flowable:
    rows = [
        [
            c.label,
            c.position or (msg("(restricted)") if c.restricted else "—"),
            c.organisation or "—",
            c.category or "—",
            c.phones or "—",
            c.sensitivity,
            c.last_met or "—",
        ]
        for c in data.contacts
    ]
    return data_table(
        texts,
        [
            msg("Name / code"),
            msg("Position"),
            msg("Organisation"),
            msg("Category"),
            msg("Phone"),
            msg("Handling"),
            msg("Last met"),
        ],
        rows,
        [0.17, 0.14, 0.16, 0.15, 0.17, 0.1, 0.11],
        width,
    )


def actions_table(texts: Texts, data: HandoverData, width: float) -> Flowable:
    rows = []
    for a in data.actions:
        due = texts.value(a.due) if a.due else texts.render(msg("no date"))
        if a.overdue:
            due = texts.render(msg("{due} OVERDUE", due=due))
        rows.append([a.entry_ref, a.description, a.owner or "—", due])
    return data_table(
        texts,
        [msg("From entry"), msg("Action"), msg("Owner"), msg("Due")],
        rows,
        [0.2, 0.5, 0.15, 0.15],
        width,
    )


def trends_table(texts: Texts, data: HandoverData, width: float) -> Flowable:
    rows: list[list[object]] = [
        [
            week_span(texts, w),
            w.meetings,
            w.incidents,
            w.killed,
            w.injured,
            w.abducted,
            w.requests,
        ]
        for w in data.trends
    ]
    rows.append(
        [
            msg("Total"),
            sum(w.meetings for w in data.trends),
            sum(w.incidents for w in data.trends),
            sum(w.killed for w in data.trends),
            sum(w.injured for w in data.trends),
            sum(w.abducted for w in data.trends),
            sum(w.requests for w in data.trends),
        ]
    )
    return data_table(
        texts,
        [
            msg("Week"),
            msg("Meetings"),
            msg("Incidents"),
            msg("Killed"),
            msg("Injured"),
            msg("Abducted"),
            msg("Requests"),
        ],
        rows,
        [0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12],
        width,
        total_rows=1,
        align_right=range(1, 7),
        bold_first=True,
    )


def trends_chart(texts: Texts, data: HandoverData, width: float) -> Flowable:
    """Meetings per week beside incidents per week: each on its own scale."""
    labels = [texts.day_month(w.start) for w in data.trends]
    half = width / 2 - 6
    meetings = charts.stacked_columns(
        texts.render(msg("Meetings per week")),
        labels,
        {texts.render(msg("Meetings")): [w.meetings for w in data.trends]},
        half,
        140,
    )
    incidents = charts.stacked_columns(
        texts.render(msg("Incidents per week")),
        labels,
        {texts.render(msg("Incidents")): [w.incidents for w in data.trends]},
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


def _listing(
    texts: Texts,
    section: tuple[int, Message, Message],
    lead: Message | None,
    table: Callable[[], Flowable],
) -> list[Flowable]:
    """A numbered section of open items: its lead line and table, or (lead None: there are
    none) the sentence saying so. section: (number, title, that sentence)."""
    number, title, empty = section
    if lead is None:
        return section_start(number, texts.render(title), nothing(texts.render(empty)))
    first = Paragraph(text(texts.render(lead)), styles().body)
    return [*section_start(number, texts.render(title), first), Spacer(0, 3), table()]


def story(texts: Texts, data: HandoverData, width: float) -> list[Flowable]:
    st = styles()
    say = texts.render
    d = data.draft
    flow: list[Flowable] = header_block(texts, data, width)

    body = free_text(d.assessment, say(msg("No handover notes written.")))
    points = d.key_point_list
    flow += section_start(1, say(msg("Outgoing officer's notes")), body[0])
    flow += body[1:]
    if points:
        flow.append(Paragraph(text(say(msg("Key points"))), st.subheading))
        flow += bullets(points)

    title = say(
        msg("Key organisations (most meetings in the last {weeks} weeks)", weeks=RECENT_WEEKS)
    )
    if data.organisations:
        flow += section_start(2, title, organisations_table(texts, data, width))
    else:
        empty = say(msg("No meetings in the last {weeks} weeks.", weeks=RECENT_WEEKS))
        flow += section_start(2, title, nothing(empty))

    lead = Paragraph(text(say(RESTRICTED_NOTE)), st.note)
    flow += section_start(3, say(msg("Key contacts (most recently met)")), lead)
    flow.append(Spacer(0, 3))
    flow.append(
        contacts_table(texts, data, width)
        if data.contacts
        else nothing(say(msg("No contacts met yet.")))
    )

    overdue = sum(a.overdue for a in data.actions)
    flow += _listing(
        texts,
        (4, msg("Open follow-up actions"), msg("No open follow-up actions.")),
        msg("{open} open, {overdue} overdue.", open=len(data.actions), overdue=overdue)
        if data.actions
        else None,
        lambda: actions_table(texts, data, width),
    )
    running = msg_n(
        "{n} project not yet ended; status, percent done and payments as of {date}. "
        "* budget requested, not yet approved.",
        "{n} projects not yet ended; status, percent done and payments as of {date}. "
        "* budget requested, not yet approved.",
        len(data.qips),
        date=data.as_of,
    )
    flow += _listing(
        texts,
        (5, msg("Running QIPs and their next steps"), msg("No QIPs running.")),
        running if data.qips else None,
        lambda: sitrep.qip_table(texts, data.qips, width),
    )
    still = msg_n("{n} incident still open.", "{n} incidents still open.", len(data.incidents))
    flow += _listing(
        texts,
        (6, msg("Open incidents"), msg("No open incidents.")),
        still if data.incidents else None,
        lambda: sitrep.incident_table(texts, data.incidents, width),
    )
    pending = msg_n(
        "{n} request still to be decided or executed.",
        "{n} requests still to be decided or executed.",
        len(data.requests),
    )
    flow += _listing(
        texts,
        (7, msg("Open mission support requests"), msg("No open mission support requests.")),
        pending if data.requests else None,
        lambda: sitrep.request_table(texts, data.requests, width),
    )

    title = say(msg("Trends over the last {weeks} weeks", weeks=len(data.trends)))
    flow += [*section_start(8, title, trends_table(texts, data, width)), Spacer(0, 6)]
    if any(w.meetings or w.incidents for w in data.trends):
        flow.append(trends_chart(texts, data, width))
    else:
        flow.append(nothing(say(msg("No meetings or incidents in the last four weeks."))))

    planned = d.planned_activity_list
    coming = bullets(planned) if planned else [nothing(say(msg("Nothing planned recorded.")))]
    signatures = sitrep.sign_off(
        texts,
        d.prepared_by,
        d.approved_by,
        width,
        (msg("Handed over by"), msg("Taken over by")),
    )
    # The last section and the signatures stay together.
    flow.append(CondPageBreak(28 * mm))
    heading_9 = heading(9, say(msg("Coming up for the incoming officer")))
    flow.append(KeepTogether([heading_9, *coming, *signatures]))
    return flow


def write_handover_brief(data: HandoverData, out: Path, texts: Texts, *, paper: str = "A4") -> Path:
    """Lay out the handover brief in the language of `texts` and write it to `out` (a PDF)."""
    header = data.header
    furniture = PageFurniture(
        marking=texts.render(header.marking),
        title=f"{texts.render(header.title)} · {header.report_no}",
        unit=header.unit_label,
        period=texts.render(msg("As of {date}", date=data.as_of)),
        exercise=header.exercise,
    )
    return build_pdf(
        out,
        story(texts, data, frame_width(paper)),
        furniture,
        texts,
        paper=paper,
        subject=texts.render(msg("Handover brief, {unit}", unit=header.unit_label)),
    )
