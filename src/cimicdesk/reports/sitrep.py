"""The CIMIC sitrep as a Document: a one-page summary, what changed, then the annexes.

Section 1 is the executive summary an SO1 reads first: the period against the one
before and the trend over eight ISO weeks, flash incidents, QIPs that started, finished,
went late or neared the ceiling, requests awaiting a decision, and the key points. The
sections of doctrine §9 follow, each reporting what changed; full lists go to annexes.
Every text is rendered in the report's language (Texts) before it goes into a block.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cimicdesk.domain.enums import SupportPriority
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, Money, msg
from cimicdesk.reports import (
    figures,
    report_maps,
    sector,
    sector_body,
    sitrep_annexes,
    sitrep_assessments,
    sitrep_body,
)
from cimicdesk.reports.data import IncidentRow, QipRow, SitrepData
from cimicdesk.reports.document import (
    Block,
    Bullets,
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
from cimicdesk.reports.figures import Figures
from cimicdesk.reports.layout import clip
from cimicdesk.reports.sitrep_annexes import ANNEXES
from cimicdesk.reports.sitrep_body import headed, labelled, sign_off

__all__ = ["ANNEXES", "build"]
# At most this many items under each heading of the summary; the rest are counted.
SUMMARY_ITEMS = 4


def build(data: SitrepData, texts: Texts, annexes: Iterable[str] | None = None) -> Document:
    """The unit or sector sitrep of `data` in the language of `texts`, with the annexes
    asked for (None: all of ANNEXES; (): none) and, with any of them, the map annex (D)
    when an incident or QIP of the period has a grid."""
    keys = sitrep_annexes.chosen(annexes)
    fig = figures.of_sitrep(data)
    doc = Document(furniture(texts, data), subject(texts, data))
    parts = sector_body if data.sector else sitrep_body
    body = [
        *header(texts, data),
        *summary(texts, data, fig),
        *text_section(texts, data, "civil_situation", "2"),
        *sitrep_assessments.blocks(texts, data),  # under the officer's own words
        *sitrep_body.section_liaison(texts, data, fig),
        *parts.section_incidents(texts, data, fig),
        *parts.section_qips(texts, data, fig),
        *parts.section_requests(texts, data, fig),
        *text_section(texts, data, "protection_gender", "7"),
        *text_section(texts, data, "assessment", "8"),
        *text_section(texts, data, "planned_activities", "9"),
        *closing(texts, data),
    ]
    doc.extend(headed(body))
    sitrep_annexes.add_annexes(doc, texts, data, keys)
    if keys:  # no annexes asked for: the body alone, without the map annex either
        report_maps.add_page(doc, report_maps.sitrep_map(texts, data))
    return doc


# --- header -----------------------------------------------------------------------------------


def furniture(texts: Texts, data: SitrepData) -> Furniture:
    h = data.header
    return Furniture(
        marking=texts.render(h.marking),
        title=f"{texts.render(h.title)} · {h.report_no}",
        unit=h.unit_label,
        period=texts.render(msg("Period {period}", period=h.period)),
        exercise=h.exercise,
    )


def subject(texts: Texts, data: SitrepData) -> str:
    """The document's subject: the report's title and period."""
    h = data.header
    # TRANSLATORS: the PDF's subject, a report's title and its period.
    return texts.render(msg("{title}, {period}", title=h.title, period=h.period))


def header(texts: Texts, data: SitrepData) -> list[Block]:
    say = texts.render
    h = data.header
    pairs = [
        (msg("FROM"), h.from_line),
        (msg("TO"), h.to_line),
        (msg("CC"), h.cc_line or "—"),
        (msg("REPORT NO."), h.report_no),
        (msg("DTG"), h.dtg),
        (msg("PERIOD"), h.period),
        (msg("LOCATION"), h.location or "—"),
        (msg("UNITS") if data.sector else msg("UNIT"), ", ".join(h.units) or h.unit_label),
    ]
    return [
        Title(say(h.title).upper(), f"{h.unit_label} · {say(h.period)}"),
        FieldGrid(tuple((say(label), texts.value(value)) for label, value in pairs)),
    ]


# --- 1 summary -----------------------------------------------------------------------------


def week_names(texts: Texts, data: SitrepData) -> tuple[str, str]:
    """The column names of this period and the one before: ISO weeks when they are."""
    week = data.period.week_label
    if week:
        return week, data.period.previous().week_label
    return texts.render(msg("This period")), texts.render(msg("Previous period"))


def change(now: int, before: int) -> str:
    return "0" if now == before else f"{now - before:+d}"


def key_figures(texts: Texts, data: SitrepData, fig: Figures) -> Table:
    """The period's figures against the previous period's, where there is one."""
    say = texts.render
    n = texts.number
    now, before = week_names(texts, data)

    def kia(values: tuple[int, int, int]) -> str:
        return " / ".join(n(v) for v in values)

    def average(name: str) -> str:
        weeks, counts = figures.trend(data.units, name)
        return n(round(sum(counts) / len(weeks), 1)) if weeks else ""

    rows: list[tuple[str, ...]] = [
        (
            say(msg("Meetings")),
            n(fig.meetings),
            n(fig.meetings_before),
            change(fig.meetings, fig.meetings_before),
            average("meetings"),
        ),
        (
            say(msg("Incidents (flash)")),
            f"{n(fig.incidents)} ({n(fig.flash)})",
            n(fig.incidents_before),
            change(fig.incidents, fig.incidents_before),
            f"{average('incidents')} ({average('flash')})",
        ),
        (
            say(msg("Casualties: killed / injured / abducted")),
            kia(fig.casualties),
            kia(fig.casualties_before),
            "",
            average("casualties"),
        ),
        (
            say(msg("QIPs started / finished / went late / near ceiling")),
            " / ".join(
                n(v)
                for v in (
                    fig.qips_started,
                    fig.qips_finished,
                    fig.qips_went_late,
                    fig.qips_near_ceiling,
                )
            ),
            "",
            "",
            "",
        ),
        (
            say(msg("QIP money committed / paid (USD)")),
            f"{n(round(fig.committed_usd))} / {n(round(fig.paid_usd))}",
            "",
            "",
            "",
        ),
        (
            say(msg("Requests received / open / awaiting a decision")),
            " / ".join(
                n(v) for v in (fig.requests_received, fig.requests_open, fig.requests_awaiting)
            ),
            "",
            "",
            "",
        ),
    ]
    weeks = len(data.units[0].weeks) if data.units else 0
    return Table(
        header=(
            say(msg("Figure")),
            now,
            before,
            say(msg("Change")),
            say(msg("Weekly average, {n} weeks", n=weeks)),
        ),
        rows=tuple(rows),
        widths=(0.4, 0.2, 0.13, 0.09, 0.18),
        numeric=frozenset({1, 2, 3, 4}),
    )


def figures_note(texts: Texts, data: SitrepData) -> Paragraph:
    """What the figures that could be misread mean (the same words as in the sections)."""
    return Paragraph(
        texts.render(
            msg(
                "QIPs as at {date}. Committed: approved budget of projects approved or further "
                "along; paid: tranches paid by then; near the ceiling: a budget of 90% or more "
                "of {ceiling}. Open requests: not yet carried out, refused or cancelled; "
                "awaiting a decision: received, under review or forwarded.",
                date=data.period.end,
                ceiling=Money(data.qip_ceiling_usd),
            )
        ),
        "small",
    )


def trend_chart(texts: Texts, data: SitrepData) -> Chart | None:
    """Incidents, flash incidents and casualties over the last ISO weeks (the meetings'
    trend, on another scale, is in section 3)."""
    series = []
    weeks: list[str] = []
    for name, label in (
        ("incidents", msg("Incidents")),
        ("flash", msg("Flash incidents")),
        ("casualties", msg("Casualties (killed, injured, abducted)")),
    ):
        weeks, counts = figures.trend(data.units, name)
        series.append((texts.render(label), tuple(float(v) for v in counts)))
    if not weeks:
        return None
    return Chart(
        "lines",
        texts.render(msg("Incidents per ISO week, last {n} weeks", n=len(weeks))),
        tuple(w.rpartition("-")[2] for w in weeks),
        tuple(series),
    )


def _capped(texts: Texts, items: list[str], more: Message) -> list[str]:
    """The first SUMMARY_ITEMS items, then a line saying how many more (and where)."""
    if len(items) <= SUMMARY_ITEMS:
        return items
    rest = len(items) - SUMMARY_ITEMS
    tail = texts.render(msg("… and {n} more: {where}", n=rest, where=more))
    return [*items[:SUMMARY_ITEMS], tail]


def flash_item(texts: Texts, row: IncidentRow, sector: bool) -> str:
    """One line: when, reference, what, where, casualties K/I/A, a flash not yet sent."""
    what = texts.value(row.category)
    # Only the place the officer typed is cut: the category and the casualties stay whole
    # (cutting the line at its end once left "K/I/A 2…" for 2/3/1).
    where = clip(row.place or row.grid or "—", 28)
    text = f"{row.dtg} {labelled(texts, row.ref, f'{what}, {where}')}"
    if row.killed or row.injured or row.abducted:
        kia = texts.render(msg("K / I / A")).replace(" ", "")
        text += f", {kia} {row.killed}/{row.injured}/{row.abducted}"
    if row.flash is not None and not row.flash_sent:
        text += f" — {texts.render(row.flash).upper()}"
    return labelled(texts, row.unit, text) if sector else text


def qip_item(texts: Texts, row: QipRow, sector: bool) -> str:
    text = f"{row.ref} {clip(row.title, 26)}"
    return f"{text} ({row.unit})" if sector else text


def qip_changes(texts: Texts, data: SitrepData) -> list[str]:
    """One line per kind of change: started, finished, went late, near the ceiling."""
    rows = data.qips
    ceiling = data.qip_ceiling_usd
    kinds = (
        (msg("Started works"), [r for r in rows if figures.started(r)]),
        (msg("Finished"), [r for r in rows if figures.finished(r)]),
        (msg("Went late"), [r for r in rows if figures.went_late(r, data.period)]),
        (
            msg("Near the ceiling ({ceiling})", ceiling=Money(ceiling)),
            [r for r in rows if figures.near_ceiling(r, ceiling)],
        ),
    )
    lines = []
    for label, found in kinds:
        if not found:
            continue
        shown = SUMMARY_ITEMS - 2
        named = "; ".join(qip_item(texts, r, data.sector) for r in found[:shown])
        if len(found) > shown:
            named += "; " + texts.render(msg("and {n} more (Annex B)", n=len(found) - shown))
        lines.append(labelled(texts, f"{texts.render(label)} ({texts.number(len(found))})", named))
    return lines


def awaiting_items(texts: Texts, data: SitrepData) -> list[str]:
    waiting = [r for r in data.requests if figures.awaiting_decision(r)]
    order = list(SupportPriority)  # most urgent first
    waiting.sort(key=lambda r: (order.index(r.priority), r.received))
    items = []
    for r in waiting:
        state = f"{texts.value(r.priority)} · {texts.value(r.status)}"
        text = labelled(texts, f"{r.ref} · {state}", clip(r.purpose, 34 if data.sector else 40))
        items.append(labelled(texts, r.unit, text) if data.sector else text)
    return _capped(texts, items, msg("section 6"))


def _listed(title: Message, items: list[str], empty: Message, texts: Texts) -> list[Block]:
    """A sub-heading of the summary with its items, or a note that there are none."""
    body: Block = Bullets(tuple(items)) if items else Paragraph(texts.render(empty), "note")
    return [Heading(texts.render(title), level=2), body]


def summary(texts: Texts, data: SitrepData, fig: Figures) -> list[Block]:
    say = texts.render
    blocks: list[Block] = [
        Heading(say(msg("Summary and key points")), "1"),
        key_figures(texts, data, fig),
        figures_note(texts, data),
    ]
    chart = trend_chart(texts, data)
    if chart is not None:
        blocks.append(chart)
    if data.sector:
        blocks.extend(sector.battalions(texts, data))
    flash = [flash_item(texts, r, data.sector) for r in data.incidents if figures.flash(r)]
    blocks += _listed(
        msg("Flash incidents"),
        _capped(texts, flash, msg("section 4")),
        msg("No incident this period called for a flash report."),
        texts,
    )
    blocks += _listed(
        msg("QIPs: started, finished, late, near the ceiling"),
        qip_changes(texts, data),
        msg("No QIP started, finished, went late or neared the ceiling this period."),
        texts,
    )
    blocks += _listed(
        msg("Support requests awaiting a decision"),
        awaiting_items(texts, data),
        msg("No support request awaits a decision."),
        texts,
    )
    blocks.append(Heading(say(msg("Key points")), level=2))
    if data.sector:  # the sector's and each battalion's, each under its name
        return blocks + sector.narratives(texts, data, "key_points", own=data.draft.key_points)
    points = data.draft.key_point_list
    if points:
        return [*blocks, Bullets(tuple(points))]
    return [*blocks, Paragraph(say(msg("No key points written for this period.")), "note")]


# --- the officers' text --------------------------------------------------------------------

# Each text section: (draft field, title, what it says when empty).
TEXT_SECTIONS: dict[str, tuple[Message, Message]] = {
    "civil_situation": (
        msg("Civil situation"),
        msg("No civil situation report written for this period."),
    ),
    "protection_gender": (
        msg("Protection and gender observations"),
        msg("No protection or gender observations recorded this period."),
    ),
    "assessment": (
        msg("CIMIC assessment and trends"),
        msg("No assessment written for this period."),
    ),
    "planned_activities": (
        msg("Planned activities next period"),
        msg("No activities planned for next period."),
    ),
    "issues_for_hq": (
        msg("Issues and requests to higher HQ"),
        msg("No issues for higher HQ this period."),
    ),
}


def free_text(value: str, empty: str) -> list[Block]:
    """An officer's text: paragraphs split on blank lines, '-' or '*' lines as bullets."""
    value = (value or "").strip()
    if not value:
        return [Paragraph(empty, "note")]
    blocks: list[Block] = []
    for chunk in value.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        if lines and all(ln.lstrip()[:1] in "-*•" for ln in lines):
            blocks.append(Bullets(tuple(ln.lstrip()[1:].strip() for ln in lines)))
        elif lines:
            blocks.append(Paragraph("\n".join(lines)))
    return blocks


def text_section(texts: Texts, data: SitrepData, field: str, number: str) -> list[Block]:
    """A section of the officer's text; in a sector sitrep, the sector's synthesis and then
    each battalion's own words on it, each under its name."""
    title, empty = TEXT_SECTIONS[field]
    value = str(getattr(data.draft, field))
    blocks: list[Block] = [Heading(texts.render(title), number)]
    if data.sector:
        return blocks + sector.narratives(texts, data, field, own=value)
    return blocks + free_text(value, texts.render(empty))


def closing(texts: Texts, data: SitrepData) -> list[Block]:
    """Section 10 and the sign-off, kept together (a signature never stands alone); of
    a long section, the last part."""
    d = data.draft
    blocks = text_section(texts, data, "issues_for_hq", "10")
    labels = (msg("Prepared by"), msg("Approved by"))
    signature = sign_off(texts, labels, (d.prepared_by, d.approved_by))
    if len(blocks) <= 3 and not any(isinstance(b, Table) for b in blocks):
        return [KeepTogether((*blocks, signature))]
    # A long section (a sector's battalions): its last part stays with the signatures.
    return [*blocks[:-1], KeepTogether((blocks[-1], signature))]


def annex_keys(values: Sequence[str] | None) -> tuple[str, ...]:
    """The annex keys asked for, checked (see sitrep_annexes.chosen)."""
    return sitrep_annexes.chosen(values)
