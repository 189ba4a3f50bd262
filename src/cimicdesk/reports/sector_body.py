"""The sector sitrep's sections on incidents, QIPs and requests: counted by battalion.

Six battalions' records do not fit a body an SO1 reads in five minutes, so these
sections count them per battalion (the same figures as the summary, reports.figures) and
list only what needs the sector's eye; every record is in the annexes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from cimicdesk.domain.enums import SupportPriority
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, Money, msg, msg_n
from cimicdesk.reports import figures, sitrep_body
from cimicdesk.reports.data import IncidentRow, SitrepData
from cimicdesk.reports.document import Block, Heading, Paragraph, Table
from cimicdesk.reports.layout import clip
from cimicdesk.reports.sitrep_body import (
    SECTOR_KINDS,
    casualty_table,
    incident_brief_table,
)

# Requests received in the period are listed when this urgent; the others are counted.
URGENT = frozenset({SupportPriority.LIFESAVING, SupportPriority.LIFE_SUSTAINING})
# A list in the sector's body shows at most this many rows, the gravest first; a line says
# how many more the annexes hold.
SECTOR_LIST = 6


def more(texts: Texts, shown: int, total: int, where: Message) -> list[Block]:
    """A line saying how many rows a capped list left out, and where they are."""
    if total <= shown:
        return []
    return [
        Paragraph(
            texts.render(
                msg(
                    "{shown} of {total} shown; the others: {where}.",
                    shown=shown,
                    total=total,
                    where=where,
                )
            ),
            "small",
        )
    ]


def per_battalion(
    texts: Texts,
    data: SitrepData,
    header: Sequence[Message],
    cells: Callable[[figures.Figures], Sequence[str]],
    caption: Message,
) -> Table:
    """One row per battalion of figures (reports.figures), and the sector's total."""
    rows = [(u.unit, *cells(figures.of_unit(data, u))) for u in data.units]
    rows.append((texts.render(msg("Sector total")), *cells(figures.of_sitrep(data))))
    money = [i for i, h in enumerate(header) if h.text.endswith("USD")]
    share = (0.84 - 0.08 * len(money)) / len(header)  # amounts get a wider column
    widths = [share + (0.08 if i in money else 0) for i in range(len(header))]
    return Table(
        header=(texts.render(msg("Battalion")), *[texts.render(h) for h in header]),
        rows=tuple(rows),
        widths=(0.16, *widths),
        total_rows=1,
        numeric=frozenset(range(1, len(header) + 1)),
        bold_first=True,
        caption=texts.render(caption),
    )


def by_category(texts: Texts, data: SitrepData) -> Table:
    """Incidents by category (rows, most first) and battalion (columns)."""
    per = {u.unit: Counter(r.category for r in u.incidents) for u in data.units}
    total = Counter(r.category for r in data.incidents)
    kinds = sorted(total, key=lambda k: (-total[k], texts.value(k).casefold()))
    n = texts.number
    rows = [
        (texts.value(k), *[n(per[u.unit][k]) for u in data.units], n(total[k]))
        for k in kinds[:SECTOR_KINDS]
    ]
    rest = kinds[SECTOR_KINDS:]
    if rest:
        label = texts.render(msg_n("{n} other category", "{n} other categories", len(rest)))
        rows.append(
            (
                label,
                *[n(sum(per[u.unit][k] for k in rest)) for u in data.units],
                n(sum(total[k] for k in rest)),
            )
        )
    rows.append(
        (
            texts.render(msg("Incidents")),
            *[n(len(u.incidents)) for u in data.units],
            n(len(data.incidents)),
        )
    )
    columns = len(data.units) + 1
    return Table(
        header=(
            texts.render(msg("Category")),
            *[u.unit for u in data.units],
            texts.render(msg("Total")),
        ),
        rows=tuple(rows),
        widths=(0.3, *[0.7 / columns] * columns),
        total_rows=1,
        numeric=frozenset(range(1, columns + 1)),
        caption=texts.render(msg("Incidents by category and battalion")),
    )


def grave(row: IncidentRow) -> bool:
    """Someone killed, or a flash report not sent: listed in the body."""
    return row.killed > 0 or (row.flash is not None and not row.flash_sent)


def section_incidents(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    say = texts.render
    blocks = sitrep_body.incidents_start(texts, fig)
    if not fig.incidents:
        return blocks
    blocks.append(by_category(texts, data))
    hurt = casualty_table(texts, data.incidents)
    if hurt is not None:
        blocks.append(hurt)
    serious = [r for r in data.incidents if grave(r)]
    if serious:
        gravest = sorted(serious, key=lambda r: (r.flash_sent, -r.killed, r.occurred))
        shown = sorted(gravest[:SECTOR_LIST], key=lambda r: r.occurred)
        table = incident_brief_table(texts, shown, sector=True)
        caption = say(msg("Incidents with people killed, or a flash report not sent"))
        blocks.append(replace(table, caption=caption))
        blocks += more(texts, len(shown), len(serious), msg("Annex C"))
    return blocks


def section_qips(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    say = texts.render
    n = texts.number
    blocks: list[Block] = [Heading(say(msg("Quick Impact Projects")), "5")]
    if not fig.qips_alive:
        blocks.append(Paragraph(say(msg("No QIPs running this period.")), "note"))
        return blocks
    blocks.append(
        Paragraph(
            say(
                msg(
                    "{moved} of {alive} projects moved this period (a status, a tranche or a "
                    "visit). Committed {committed}, paid {paid}. The register is Annex B.",
                    moved=fig.qips_moved,
                    alive=fig.qips_alive,
                    committed=Money(fig.committed_usd),
                    paid=Money(fig.paid_usd),
                )
            ),
            "lead",
        )
    )
    blocks.append(
        per_battalion(
            texts,
            data,
            (
                msg("Open"),
                msg("Moved"),
                msg("Started"),
                msg("Finished"),
                msg("Late"),
                msg("Near ceiling"),
                msg("Committed USD"),
                msg("Paid USD"),
            ),
            lambda f: (
                n(f.qips_alive),
                n(f.qips_moved),
                n(f.qips_started),
                n(f.qips_finished),
                n(f.qips_late),
                n(f.qips_near_ceiling),
                n(round(f.committed_usd)),
                n(round(f.paid_usd)),
            ),
            msg("QIPs by battalion"),
        )
    )
    # Which projects started, finished or went late: the summary names them.
    # What committed and paid mean: the summary's footnote, and Annex B's.
    return blocks


def section_requests(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    say = texts.render
    n = texts.number
    blocks = sitrep_body.requests_start(texts, data, fig)
    if not data.requests:
        return blocks
    blocks.append(
        per_battalion(
            texts,
            data,
            (msg("Received"), msg("Open"), msg("Awaiting a decision")),
            lambda f: (n(f.requests_received), n(f.requests_open), n(f.requests_awaiting)),
            msg("Requests by battalion"),
        )
    )
    order = list(SupportPriority)  # most urgent first
    urgent_all = [r for r in data.requests if not r.carried_over and r.priority in URGENT]
    urgent_all.sort(key=lambda r: (order.index(r.priority), r.received))
    urgent = urgent_all[:SECTOR_LIST]
    if urgent:
        blocks.append(
            Table(
                header=(
                    say(msg("No.")),
                    say(msg("Battalion")),
                    say(msg("Type")),
                    say(msg("Status")),
                    say(msg("Purpose")),
                ),
                rows=tuple(
                    (
                        r.ref,
                        r.unit,
                        texts.value(r.request_type),  # labels whole, on two lines
                        texts.value(r.status),
                        clip(r.purpose, 40),
                    )
                    for r in urgent
                ),
                widths=(0.25, 0.11, 0.17, 0.15, 0.32),
                refs=frozenset({0}),
                caption=say(msg("Lifesaving and life-sustaining requests received this period")),
            )
        )
        blocks += more(texts, len(urgent), len(urgent_all), msg("the battalions' registers"))
    # What open and awaiting a decision mean: the summary's footnote.
    return blocks
