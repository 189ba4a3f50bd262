"""The civil situation's summary of the period's community assessments, in the sitreps.

Under the officer's own civil-situation text: how many communities were assessed (by
kind), the communities whose severity rose named first, then a table of every assessment
of the period with its worst severity and the sectors that changed since the community's
earlier assessments (reports.assessment_summary computes them). The sector sitrep counts
them per battalion and lists, by battalion, those whose severity changed.
"""

from __future__ import annotations

from dataclasses import replace

from cimicdesk.domain.assessment_trend import SeverityChange
from cimicdesk.domain.enums import Severity
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import msg, msg_n
from cimicdesk.reports import assessment_summary as summary
from cimicdesk.reports.assessment_summary import AssessedCommunity
from cimicdesk.reports.data import SitrepData
from cimicdesk.reports.document import Block, Cell, Heading, Paragraph, Table
from cimicdesk.reports.layout import clip
from cimicdesk.reports.sitrep_body import labelled


def rows_of(data: SitrepData) -> list[AssessedCommunity]:
    """Every battalion's rows, rises first (as one unit's are ordered)."""
    return summary.order_rows(r for u in data.units for r in u.assessments)


def severity_text(texts: Texts, severity: Severity | None) -> str:
    """'4 · Extreme', as the window shows it; '—' when no sector was rated."""
    if severity is None:
        return "—"
    return f"{severity.level} · {texts.value(severity)}"


def change_text(texts: Texts, change: SeverityChange) -> str:
    """'▲ Health 2 → 4' (▲ rose, ▼ fell); the mark and '2 → 4' never broken over two lines."""
    mark = "▲" if change.rose else "▼"
    levels = f"{change.before.level}\u00a0→\u00a0{change.after.level}"
    return f"{mark}\u00a0{texts.value(change.sector)} {levels}"


def changes_cell(texts: Texts, row: AssessedCommunity) -> Cell:
    """The sectors that changed, one a line, and the date they are compared with."""
    if row.previous_on is None:
        return Cell(texts.render(msg("First assessment")))
    since = texts.render(msg("since {date}", date=row.previous_on))
    if not row.changes:
        return Cell(texts.render(msg("No change")), since)
    return Cell("\n".join(change_text(texts, c) for c in row.changes), since)


def counted(texts: Texts, rows: list[AssessedCommunity]) -> str:
    """'3 communities assessed (Village: 2, IDP site: 1).'"""
    kinds = ", ".join(
        labelled(texts, texts.value(kind), texts.number(n))
        for kind, n in summary.by_kind(rows).items()
    )
    n = summary.communities(rows)
    return texts.render(
        msg_n(
            "{n} community assessed ({kinds}).",
            "{n} communities assessed ({kinds}).",
            n,
            kinds=kinds,
        )
    )


def risen(texts: Texts, rows: list[AssessedCommunity], sector: bool) -> Paragraph | None:
    """'Severity rose in: Kidjigra (▲ Health 2 → 4); …' (each with its battalion in a
    sector's), None when no severity rose."""
    named = []
    for row in rows:
        if not row.rose:
            continue
        what = ", ".join(change_text(texts, c) for c in row.rises)
        text = f"{row.community} ({what})"
        named.append(labelled(texts, row.unit, text) if sector else text)
    if not named:
        return None
    return Paragraph(
        texts.render(msg("Severity rose in: {communities}.", communities="; ".join(named))), "lead"
    )


def table(texts: Texts, rows: list[AssessedCommunity], sector: bool) -> Table:
    """Community, date, worst severity and what changed; a sector's with its battalion first."""
    say = texts.render
    header = [
        say(msg("Community")),
        say(msg("Assessed")),
        say(msg("Worst severity")),
        say(msg("Sectors that changed")),
    ]
    widths = [0.27, 0.14, 0.16, 0.43]
    body = []
    for row in rows:
        cells: list[str | Cell] = [
            Cell(clip(row.community, 60), f"{texts.value(row.kind)} · {row.reference}"),
            texts.date(row.assessed_on),
            severity_text(texts, row.worst),
            changes_cell(texts, row),
        ]
        body.append(tuple([row.unit, *cells] if sector else cells))
    if sector:
        header.insert(0, say(msg("Battalion")))
        widths = [0.12, 0.22, 0.13, 0.13, 0.40]
    return Table(
        header=tuple(header),
        rows=tuple(body),
        widths=tuple(widths),
        bold_first=sector,
        caption=say(msg("Assessments of the period")),
    )


def unit_blocks(texts: Texts, rows: list[AssessedCommunity]) -> list[Block]:
    """One unit's summary: the count, the rises, the table."""
    blocks: list[Block] = [Heading(texts.render(msg("Community assessments")), level=2)]
    if not rows:
        note = texts.render(msg("No community was assessed this period."))
        return [*blocks, Paragraph(note, "note")]
    blocks.append(Paragraph(counted(texts, rows), "lead"))
    rose = risen(texts, rows, sector=False)
    if rose is not None:
        blocks.append(rose)
    return [*blocks, table(texts, rows, sector=False)]


def per_battalion(texts: Texts, data: SitrepData) -> Table:
    """Communities assessed and those whose severity rose, per battalion and in all."""
    say = texts.render
    n = texts.number
    body = []
    for unit in data.units:
        found = unit.assessments
        body.append(
            (
                unit.unit,
                n(summary.communities(found)),
                n(len(found)),
                n(len({r.key for r in found if r.rose})),
            )
        )
    every = rows_of(data)
    body.append(
        (
            say(msg("Sector total")),
            n(summary.communities(every)),
            n(len(every)),
            n(len({r.key for r in every if r.rose})),
        )
    )
    return Table(
        header=(
            say(msg("Battalion")),
            say(msg("Communities assessed")),
            say(msg("Assessments")),
            say(msg("Severity rose")),
        ),
        rows=tuple(body),
        widths=(0.28, 0.24, 0.24, 0.24),
        total_rows=1,
        numeric=frozenset({1, 2, 3}),
        bold_first=True,
        caption=say(msg("Community assessments by battalion")),
    )


def sector_blocks(texts: Texts, data: SitrepData) -> list[Block]:
    """The sector's summary: counts per battalion, the rises, and the assessments whose
    severity changed, by battalion."""
    every = rows_of(data)
    if not every:
        heading = Heading(texts.render(msg("Community assessments")), level=2)
        note = texts.render(msg("No community was assessed this period."))
        return [heading, Paragraph(note, "note")]
    # No "severity rose in" sentence as in a unit's: the table below puts the rises
    # first, marked ▲, and six battalions' list would fill half a page again.
    blocks: list[Block] = [per_battalion(texts, data), Paragraph(counted(texts, every), "lead")]
    # Only the assessments whose severity changed, by battalion in the consolidation's
    # order, rises first within one: six battalions' every assessment took two pages of
    # a sector sitrep, and the counts above already say how many there were.
    grouped = [r for u in data.units for r in summary.order_rows(u.assessments) if r.changes]
    if not grouped:
        note = texts.render(msg("No severity changed in the assessments of this period."))
        return [*blocks, Paragraph(note, "note")]
    changed = table(texts, grouped, sector=True)
    changed = replace(changed, caption=texts.render(msg("Assessments whose severity changed")))
    return [*blocks, changed]


def blocks(texts: Texts, data: SitrepData) -> list[Block]:
    """The summary for the civil-situation section of a unit or sector sitrep."""
    if data.sector:
        return sector_blocks(texts, data)
    return unit_blocks(texts, rows_of(data))
