"""The sitrep's body sections on records: what changed in liaison, incidents, QIPs, requests.

Each section opens with its figures (from reports.figures, the one definition of each)
and shows what moved in the period; the full lists go to the annexes (sitrep_annexes).
Every text is rendered in the report's language before it goes into a block.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, Money, msg, msg_n
from cimicdesk.reports import figures
from cimicdesk.reports.data import (
    IncidentRow,
    LiaisonRow,
    QipMove,
    QipRow,
    RequestRow,
    SitrepData,
    UnitContent,
)
from cimicdesk.reports.document import (
    Block,
    Cell,
    CellValue,
    Chart,
    Heading,
    Paragraph,
    SignOff,
    Table,
)
from cimicdesk.reports.layout import clip

TOP_ORGANISATIONS = 5
# A by-type table lists this many kinds, then one row for all the others.
MAX_KINDS = 7
SECTOR_KINDS = 5  # a sector's tables have a column per battalion: fewer rows


def headed(blocks: Sequence[Block]) -> list[Block]:
    """Each table's caption made a sub-heading, which the renderer keeps with its table
    (a caption alone could be left at the foot of a page)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and block.caption:
            out += [Heading(block.caption, level=2), replace(block, caption="")]
        else:
            out.append(block)
    return out


def meetings(n: int) -> Message:
    return msg_n("{n} meeting", "{n} meetings", n)


def incidents(n: int) -> Message:
    return msg_n("{n} incident", "{n} incidents", n)


def projects(n: int) -> Message:
    return msg_n("{n} project", "{n} projects", n)


def requests(n: int) -> Message:
    return msg_n("{n} request", "{n} requests", n)


def place_grid(place: str, grid: str) -> Cell:
    """Place over grid (easting and northing never split across lines)."""
    if grid.count(" ") >= 2:
        head, _, tail = grid.rpartition(" ")
        grid = f"{head}\u00a0{tail}"
    return Cell(place or grid or "—", grid if place else "")


def counted_columns(texts: Texts, data: SitrepData) -> tuple[list[str], list[UnitContent]]:
    """The count columns of a by-type table: the unit's, or each battalion's and the sector's."""
    if not data.sector:
        return [texts.render(msg("Meetings"))], list(data.units)
    return [u.unit for u in data.units] + [texts.render(msg("Total"))], list(data.units)


def count_table(
    texts: Texts,
    data: SitrepData,
    label: Message,
    counts_of: Mapping[str, Counter[Any]],
    caption: Message,
) -> Table:
    """Rows of kinds (meeting types, organisation types) counted per unit (and in total
    for a sector), most first; a total row when there are several kinds."""
    units = data.units
    total: Counter[Any] = Counter()
    for counts in counts_of.values():
        total.update(counts)
    kinds = sorted(total, key=lambda k: (-total[k], texts.value(k).casefold()))
    rows: list[tuple[str, ...]] = []
    shown = SECTOR_KINDS if data.sector else MAX_KINDS
    for kind in kinds[:shown]:
        cells = [texts.number(counts_of[u.unit].get(kind, 0)) for u in units]
        if data.sector:
            cells.append(texts.number(total[kind]))
        rows.append((texts.value(kind), *cells))
    others = kinds[shown:]
    if others:
        cells = [texts.number(sum(counts_of[u.unit].get(k, 0) for k in others)) for u in units]
        if data.sector:
            cells.append(texts.number(sum(total[k] for k in others)))
        others_label = msg_n("{n} other kind", "{n} other kinds", len(others))
        rows.append((texts.render(others_label), *cells))
    header, _ = counted_columns(texts, data)
    columns = len(header)
    first = 0.34 if data.sector else 0.7
    rest = (1 - first) / columns
    meetings_total = [texts.number(len(u.liaison)) for u in units]
    if data.sector:
        meetings_total.append(texts.number(sum(len(u.liaison) for u in units)))
    rows.append((texts.render(msg("Meetings")), *meetings_total))
    return Table(
        header=(texts.render(label), *header),
        rows=tuple(rows),
        widths=(first, *[rest] * columns),
        total_rows=1,
        numeric=frozenset(range(1, columns + 1)),
        bold_first=False,
        caption=texts.render(caption),
    )


def side_by_side(tables: Sequence[Table], widths: Sequence[float], caption: str) -> Table:
    """Tables of two columns (a name, a count) as one, side by side, row by row; the
    totals row of each (or blanks) last. widths: of each name column (counts share the
    rest)."""
    height = max(len(t.rows) - t.total_rows for t in tables)
    count_w = (1 - sum(widths)) / len(tables)

    def padded(table: Table) -> list[tuple[CellValue, ...]]:
        body = list(table.rows[: len(table.rows) - table.total_rows])
        body += [("", "")] * (height - len(body))
        return [*body, table.rows[-1] if table.total_rows else ("", "")]

    columns = [padded(t) for t in tables]
    rows = tuple(sum(parts, ()) for parts in zip(*columns, strict=True))
    return Table(
        # The counts' header is blank: the caption says they are meetings.
        header=tuple(h for t in tables for h in (t.header[0], "")),
        rows=rows,
        widths=tuple(w for name in widths for w in (name, count_w)),
        total_rows=1,
        numeric=frozenset(range(1, 2 * len(tables), 2)),
        caption=caption,
    )


def by_type(unit: UnitContent) -> Counter[Any]:
    return Counter(r.entry_type for r in unit.liaison)


def top_organisations(texts: Texts, data: SitrepData) -> Table | None:
    """The organisations met most often in the period (sector: with the battalions)."""
    count: Counter[str] = Counter()
    by_unit: dict[str, set[str]] = {}
    for row in data.liaison:
        for org in row.organisations:
            count[org] += 1
            by_unit.setdefault(org, set()).add(row.unit)
    if not count:
        return None
    top = sorted(count, key=lambda o: (-count[o], o.casefold()))[:TOP_ORGANISATIONS]
    if data.sector:
        rows = tuple(
            (o, texts.number(count[o]), ", ".join(sorted(by_unit[o], key=str.casefold)))
            for o in top
        )
        return Table(
            header=(
                texts.render(msg("Organisation")),
                texts.render(msg("Meetings")),
                texts.render(msg("Battalions")),
            ),
            rows=rows,
            widths=(0.5, 0.12, 0.38),
            numeric=frozenset({1}),
            caption=texts.render(msg("Organisations met most often")),
        )
    return Table(
        header=(texts.render(msg("Organisation")), texts.render(msg("Meetings"))),
        rows=tuple((clip(o, 30), texts.number(count[o])) for o in top),
        widths=(0.7, 0.3),
        numeric=frozenset({1}),
        caption=texts.render(msg("Organisations met most often")),
    )


def outcome_text(texts: Texts, row: LiaisonRow, limit: int = 220) -> str:
    """A meeting's outcome: the officer's words, then 'Issues:' and 'Action:' parts."""
    outcome = row.outcome
    parts = [clip(outcome.info, limit)] if outcome.info else []
    if outcome.issues:
        parts.append(texts.render(msg("Issues: {issues}", issues=clip(outcome.issues, limit))))
    if outcome.actions:
        todo = "; ".join(
            texts.render(msg("{action} (due {date})", action=a.description, date=a.due))
            if a.due
            else a.description
            for a in outcome.actions
        )
        parts.append(texts.render(msg("Action: {actions}", actions=clip(todo, limit))))
    return " ".join(parts)


def sign_off(texts: Texts, labels: tuple[Message, Message], names: tuple[str, str]) -> SignOff:
    """Two signature blocks (e.g. prepared by / approved by); a name left empty shows what
    to write there."""
    say = texts.render
    blank = say(msg("(rank, name, appointment, tel)"))
    return SignOff(
        labels=(say(labels[0]), say(labels[1])),
        names=(names[0] or blank, names[1] or blank),
        signature=say(msg("Signature: ______________________")),
    )


def labelled(texts: Texts, label: str, text: str) -> str:
    """'label: text' with the language's punctuation (French: a space before the colon)."""
    # TRANSLATORS: a label and what it introduces: 'BANBAT 1: 2 meetings', 'Finished (2): …'.
    return texts.render(msg("{label}: {text}", label=label, text=text))


def significant_paragraph(texts: Texts, row: LiaisonRow, sector: bool) -> Paragraph:
    """A significant meeting told in a paragraph: when, what, with whom, where, outcome."""
    who = "; ".join(texts.value(n) for n in row.counterparts) or "—"
    where = row.place or row.grid or "—"
    head = texts.render(
        # TRANSLATORS: a significant meeting: '201430ZNOV26 (LE-…), KLE with X at Bambari'.
        msg(
            "{dtg} ({ref}), {type} with {who} at {place}",
            dtg=row.dtg,
            ref=row.ref,
            type=row.entry_type,
            who=who,
            place=where,
        )
    )
    if sector:
        head = labelled(texts, row.unit, head)
    text = f"{head}. {clip(row.topic, 100)}".rstrip()
    outcome = outcome_text(texts, row, 100)
    if outcome:
        text = f"{text} — {clip(outcome, 150)}"
    return Paragraph(text)


def significant_table(texts: Texts, rows: Sequence[LiaisonRow]) -> Table:
    """A sector's significant meetings, one line each (the battalions' paragraphs are in
    Annex A's outcomes)."""
    say = texts.render
    return Table(
        header=(
            say(msg("DTG")),
            say(msg("Battalion")),
            say(msg("With")),
            say(msg("Topic")),
        ),
        rows=tuple(
            (
                r.dtg,
                r.unit,
                clip("; ".join(texts.value(n) for n in r.counterparts) or "—", 34),
                clip(r.topic, 70),
            )
            for r in rows
        ),
        widths=(0.15, 0.12, 0.28, 0.45),
    )


def meeting_trend(texts: Texts, data: SitrepData) -> Chart:
    """Meetings per ISO week over the trend's weeks: the unit's, or each battalion's."""
    weeks = tuple(w.week.rpartition("-")[2] for w in data.units[0].weeks)
    if data.sector:
        title = msg("Meetings per ISO week, by battalion, last {n} weeks", n=len(weeks))
        series = tuple((u.unit, tuple(float(w.meetings) for w in u.weeks)) for u in data.units)
    else:
        title = msg("Meetings per ISO week, last {n} weeks", n=len(weeks))
        unit = data.units[0]
        series = ((texts.render(msg("Meetings")), tuple(float(w.meetings) for w in unit.weeks)),)
    return Chart("lines", texts.render(title), weeks, series)


def section_liaison(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    say = texts.render
    blocks: list[Block] = [Heading(say(msg("Liaison and coordination")), "3")]
    if not fig.meetings:
        blocks.append(Paragraph(say(msg("No meetings recorded this period.")), "note"))
        return blocks
    marked = [r for r in data.liaison if r.significant]
    blocks.append(
        Paragraph(
            say(
                msg_n(
                    "{n} meeting or engagement this period (previous period: {previous}); "
                    "{significant} marked significant by the officer. A meeting with several "
                    "kinds of organisation counts once under each. Every meeting is listed "
                    "in Annex A.",
                    "{n} meetings and engagements this period (previous period: {previous}); "
                    "{significant} marked significant by the officer. A meeting with several "
                    "kinds of organisation counts once under each. Every meeting is listed "
                    "in Annex A.",
                    fig.meetings,
                    previous=fig.meetings_before,
                    significant=len(marked),
                )
            ),
            "lead",
        )
    )
    by_kind = count_table(
        texts,
        data,
        msg("Type of meeting"),
        {u.unit: by_type(u) for u in data.units},
        msg("Meetings by type"),
    )
    by_org = count_table(
        texts,
        data,
        msg("Organisation type met"),
        {u.unit: u.org_type_counts() for u in data.units},
        msg("Meetings by the type of organisation met"),
    )
    top = top_organisations(texts, data)
    if data.sector:
        blocks += [by_kind, by_org, *([top] if top else [])]
    else:  # a unit's three short tables side by side
        tables = [by_kind, by_org, *([top] if top else [])]
        widths = (0.24, 0.26, 0.29) if top else (0.38, 0.38)
        caption = texts.render(msg("Meetings by type, organisation type and organisation"))
        blocks.append(side_by_side(tables, widths, caption))
    if data.sector:  # a unit's meetings trend is in the summary's weekly average
        blocks.append(meeting_trend(texts, data))
    if marked:  # none: the lead says so
        blocks.append(Heading(say(msg("Significant meetings")), level=2))
        if data.sector:  # the first of each battalion; all are marked in Annex A
            shown = [r for u in data.units for r in [m for m in marked if m.unit == u.unit][:1]]
            blocks.append(significant_table(texts, shown))
            if len(shown) < len(marked):
                note = msg(
                    "The first significant meeting of each battalion: {shown} of {total}; all "
                    "are marked in Annex A.",
                    shown=len(shown),
                    total=len(marked),
                )
                blocks.append(Paragraph(say(note), "small"))
        else:
            blocks.extend(significant_paragraph(texts, r, data.sector) for r in marked)
    return blocks


# --- incidents ----------------------------------------------------------------------------


def kia(row: IncidentRow) -> str:
    return f"{row.killed} / {row.injured} / {row.abducted}"


def casualty_table(texts: Texts, rows: Sequence[IncidentRow]) -> Table | None:
    """Casualties of the period by outcome and group, with totals (None: nobody hurt)."""
    from cimicdesk.reports.data import casualty_table as counts

    table = counts(rows)
    if not any(sum(groups.values()) for groups in table.values()):
        return None
    groups = list(next(iter(table.values())))
    body = [
        (texts.value(o), *[texts.number(n) for n in c.values()], texts.number(sum(c.values())))
        for o, c in table.items()
    ]
    body.append(
        (
            texts.render(msg("Total")),
            *[texts.number(sum(table[o][g] for o in table)) for g in groups],
            texts.number(sum(sum(c.values()) for c in table.values())),
        )
    )
    share = 0.84 / (len(groups) + 1)
    return Table(
        header=(
            texts.render(msg("Casualties")),
            *[texts.value(g) for g in groups],
            texts.render(msg("Total")),
        ),
        rows=tuple(body),
        widths=(0.16, *[share] * (len(groups) + 1)),
        total_rows=1,
        numeric=frozenset(range(1, len(groups) + 2)),
        bold_first=True,
    )


def flash_mark(texts: Texts, row: IncidentRow) -> str:
    """'sent' or 'NOT SENT' for an incident that calls for a flash report, else ''."""
    if row.flash is None:
        return ""
    return texts.render(msg("sent")) if row.flash_sent else texts.render(msg("NOT SENT"))


def incident_brief_table(texts: Texts, rows: Sequence[IncidentRow], sector: bool) -> Table:
    """The period's incidents, one line each (what happened is in the log, Annex C)."""
    say = texts.render
    body = tuple(
        (
            r.dtg,
            r.ref,
            *((r.unit,) if sector else ()),
            # A category is a label: whole, on two lines if it must (French runs long);
            # only what an officer typed is cut.
            texts.value(r.category),
            clip(r.place or r.grid or "—", 12 if sector else 16),
            kia(r),
            flash_mark(texts, r),
        )
        for r in rows
    )
    unit = (say(msg("Battalion")),) if sector else ()
    widths = (
        (0.14, 0.23, 0.1, 0.22, 0.13, 0.08, 0.1) if sector else (0.15, 0.22, 0.25, 0.2, 0.08, 0.1)
    )
    return Table(
        header=(
            say(msg("DTG")),
            say(msg("Ref")),
            *unit,
            say(msg("Category")),
            say(msg("Place")),
            say(msg("K / I / A")),
            say(msg("Flash")),
        ),
        rows=body,
        widths=widths,
        numeric=frozenset({len(widths) - 2}),
        refs=frozenset({1}),
    )


def incidents_start(texts: Texts, fig: figures.Figures) -> list[Block]:
    """Section 4's heading and its lead (or the line saying there were none); unit and
    sector sitreps alike."""
    say = texts.render
    blocks: list[Block] = [Heading(say(msg("Significant incidents")), "4")]
    if not fig.incidents:
        blocks.append(Paragraph(say(msg("No incidents reported this period.")), "note"))
        return blocks
    blocks.append(
        Paragraph(
            say(
                msg_n(
                    "{n} incident this period (previous period: {previous}), {flash} of them "
                    "calling for a flash report; casualties: {killed} killed, {injured} "
                    "injured, {abducted} abducted. The full log is Annex C.",
                    "{n} incidents this period (previous period: {previous}), {flash} of them "
                    "calling for a flash report; casualties: {killed} killed, {injured} "
                    "injured, {abducted} abducted. The full log is Annex C.",
                    fig.incidents,
                    previous=fig.incidents_before,
                    flash=fig.flash,
                    killed=fig.killed,
                    injured=fig.injured,
                    abducted=fig.abducted,
                )
            ),
            "lead",
        )
    )
    return blocks


def section_incidents(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    blocks = incidents_start(texts, fig)
    if not fig.incidents:
        return blocks
    hurt = casualty_table(texts, data.incidents)
    if hurt is not None:
        blocks.append(hurt)
    blocks.append(incident_brief_table(texts, data.incidents, data.sector))
    return blocks


# --- QIPs ------------------------------------------------------------------------------------


def move_text(texts: Texts, move: QipMove) -> str:
    """'Approved 17 Nov', 'USD 5,000 paid 18 Nov', 'visit: 40% done 19 Nov'."""
    day = texts.day_month(move.day)
    if move.status is not None:
        return texts.render(msg("{status} {day}", status=move.status, day=day))
    if move.percent is not None:
        return texts.render(msg("visit: {percent}% done {day}", percent=move.percent, day=day))
    return texts.render(msg("{amount} paid {day}", amount=Money(move.amount_usd), day=day))


def qip_moves_table(texts: Texts, rows: Sequence[QipRow], sector: bool) -> Table:
    """The projects whose status changed in the period, with all that happened to them
    (which of them are late or near the ceiling, the summary says)."""
    say = texts.render
    body = []
    for r in rows:
        title = clip(r.title, 22)
        status = texts.value(r.status)
        body.append(
            (
                r.ref,
                Cell(title, r.unit) if sector else title,
                status,
                "; ".join(move_text(texts, m) for m in r.moves if m.percent is None),
                texts.number(round(r.budget_usd)) + ("" if r.approved else "*"),
                texts.number(round(r.disbursed_usd)),
            )
        )
    return Table(
        header=(
            say(msg("No.")),
            say(msg("Project")),
            say(msg("Status")),
            say(msg("What happened this period")),
            say(msg("Budget USD")),
            say(msg("Paid USD")),
        ),
        rows=tuple(body),
        widths=(0.22, 0.2, 0.17, 0.25, 0.08, 0.08),
        numeric=frozenset({4, 5}),
        refs=frozenset({0}),
        caption=say(msg("Projects whose status changed this period")),
    )


def money_note(texts: Texts, data: SitrepData) -> Paragraph:
    """The footnote that says what 'committed' and 'paid' mean, everywhere they print."""
    return Paragraph(
        texts.render(
            msg(
                "Committed: the approved budget of the projects approved or further along "
                "at the end of the period ({date}). Paid: every tranche paid to them by "
                "then. * a budget requested, not yet approved.",
                date=data.period.end,
            )
        ),
        "small",
    )


def section_qips(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    say = texts.render
    blocks: list[Block] = [Heading(say(msg("Quick Impact Projects")), "5")]
    if not fig.qips_alive:
        blocks.append(Paragraph(say(msg("No QIPs running this period.")), "note"))
        return blocks
    blocks.append(
        Paragraph(
            say(
                msg_n(
                    "{n} project open during the period; {moved} moved this period "
                    "({started} started works, {finished} finished them); {late} late at "
                    "the end of the period. Committed {committed}, paid {paid}. The full "
                    "register is Annex B.",
                    "{n} projects open during the period; {moved} moved this period "
                    "({started} started works, {finished} finished them); {late} late at "
                    "the end of the period. Committed {committed}, paid {paid}. The full "
                    "register is Annex B.",
                    fig.qips_alive,
                    moved=fig.qips_moved,
                    started=fig.qips_started,
                    finished=fig.qips_finished,
                    late=fig.qips_late,
                    committed=Money(fig.committed_usd),
                    paid=Money(fig.paid_usd),
                )
            ),
            "lead",
        )
    )
    changed = [r for r in data.qips if any(m.status is not None for m in r.moves)]
    paid = [r for r in data.qips if r not in changed and any(m.amount_usd for m in r.moves)]
    visited = [r for r in data.qips if any(m.percent is not None for m in r.moves)]
    if changed:
        blocks.append(qip_moves_table(texts, changed, data.sector))
    elif not (paid or visited):
        blocks.append(Paragraph(say(msg("No project moved this period.")), "note"))
    said = []
    if paid:
        named = "; ".join(
            f"{r.ref} ({', '.join(move_text(texts, m) for m in r.moves if m.amount_usd)})"
            for r in paid
        )
        said.append(say(msg("Paid, status unchanged: {projects}.", projects=named)))
    if visited:
        said.append(
            say(
                msg_n(
                    "Monitoring visits this period: {n} project (its progress is in Annex B).",
                    "Monitoring visits this period: {n} projects (their progress is in Annex B).",
                    len(visited),
                )
            )
        )
    if said:
        blocks.append(Paragraph(" ".join(said)))
    # What committed and paid mean: the summary's footnote, and Annex B's.
    return blocks


# --- requests -------------------------------------------------------------------------------


def request_table(texts: Texts, rows: Sequence[RequestRow], caption: str) -> Table:
    """Requests one line each: who asked, what for, how urgent, where they stand."""
    say = texts.render
    body = tuple(
        (
            r.ref,
            clip(texts.value(r.requester), 18),
            texts.value(r.priority),  # labels whole (see incident_brief_table)
            texts.value(r.status),
            clip(r.purpose, 38),
        )
        for r in rows
    )
    return Table(
        header=(
            say(msg("No.")),
            say(msg("Requester")),
            say(msg("Priority")),
            say(msg("Status")),
            say(msg("Purpose")),
        ),
        rows=body,
        widths=(0.23, 0.17, 0.14, 0.17, 0.29),
        refs=frozenset({0}),
        caption=caption,
    )


def requests_start(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    """Section 6's heading and its lead (or the line saying there were none); unit and
    sector sitreps alike."""
    say = texts.render
    blocks: list[Block] = [Heading(say(msg("Mission support requests")), "6")]
    if not data.requests:
        blocks.append(Paragraph(say(msg("No mission support requests this period.")), "note"))
        return blocks
    blocks.append(
        Paragraph(
            say(
                msg(
                    "{received} received this period; {open} open at its end, {awaiting} of "
                    "them awaiting a decision.",
                    received=requests(fig.requests_received),
                    open=fig.requests_open,
                    awaiting=fig.requests_awaiting,
                )
            ),
            "lead",
        )
    )
    return blocks


def section_requests(texts: Texts, data: SitrepData, fig: figures.Figures) -> list[Block]:
    say = texts.render
    blocks = requests_start(texts, data, fig)
    if not data.requests:
        return blocks
    received = [r for r in data.requests if not r.carried_over]
    if received:
        caption = say(msg("Received this period"))
        blocks.append(request_table(texts, received, caption))
    # What open and awaiting a decision mean: the summary's footnote.
    return blocks
