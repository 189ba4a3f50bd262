"""The sitrep's annexes: the full meeting list (A), the QIP register (B), the incident log (C).

The officer includes any of them or none (ANNEXES keys); each starts on a new page and
prints figures that agree with the body's (reports.figures).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg
from cimicdesk.reports import figures
from cimicdesk.reports.annex_keys import ANNEXES as ANNEXES  # re-exported: its home was here
from cimicdesk.reports.data import IncidentRow, LiaisonRow, QipRow, SitrepData
from cimicdesk.reports.document import Block, Cell, Document, Heading, Paragraph, Table
from cimicdesk.reports.layout import clip
from cimicdesk.reports.sitrep_body import (
    headed,
    incidents,
    kia,
    meetings,
    money_note,
    outcome_text,
    place_grid,
    projects,
)

# The annexes, in the order they print (annex_keys.py): key -> letter.
LETTERS = dict(zip(ANNEXES, "ABC", strict=True))


def chosen(annexes: Iterable[str] | None) -> tuple[str, ...]:
    """The annexes asked for, in print order (None: all). ValueError for an unknown key."""
    if annexes is None:
        return ANNEXES
    wanted = {a.strip().lower() for a in annexes}
    unknown = wanted - set(ANNEXES)
    if unknown:
        raise ValueError(", ".join(sorted(unknown)))
    return tuple(a for a in ANNEXES if a in wanted)


def meeting_table(texts: Texts, rows: Sequence[LiaisonRow], caption: str = "") -> Table:
    say = texts.render
    body = []
    for r in rows:
        mark = say(msg("significant")) if r.significant else ""
        body.append(
            (
                Cell(r.ref, r.dtg),
                Cell(texts.value(r.entry_type), mark),
                Cell(
                    "; ".join(texts.value(n) for n in r.counterparts) or "—",
                    ", ".join(texts.value(o) for o in r.org_types),
                ),
                place_grid(r.place, r.grid),
                clip(r.topic, 200),
                outcome_text(texts, r, 160) or "—",
            )
        )
    return Table(
        header=(
            say(msg("Ref / DTG")),
            say(msg("Type")),
            say(msg("Counterpart (organisation type)")),
            say(msg("Place / grid")),
            say(msg("Topic")),
            say(msg("Outcome")),
        ),
        rows=tuple(body),
        widths=(0.16, 0.12, 0.2, 0.13, 0.17, 0.22),
        refs=frozenset({0}),
        caption=caption,
    )


def qip_register(texts: Texts, rows: Sequence[QipRow], caption: str = "") -> Table:
    """Every project open during the period, with the committed and paid totals."""
    say = texts.render
    body: list[tuple[str | Cell, ...]] = []
    for r in rows:
        done = "" if r.percent is None else say(msg("{percent}% done", percent=r.percent))
        step = say(r.next_milestone) if r.next_milestone else "—"
        if r.late:
            step = say(msg("{step} (LATE)", step=step))
        body.append(
            (
                Cell(r.ref, r.unit),
                Cell(r.title, " · ".join(p for p in (r.partner, r.place) if p)),
                Cell(texts.value(r.status), done),
                texts.number(round(r.budget_usd)) + ("" if r.approved else "*"),
                texts.number(round(r.disbursed_usd)),
                step,
            )
        )
    body.append(
        (
            say(msg("Committed / paid")),
            say(projects(len(rows))),
            "",
            texts.number(round(figures.committed(rows))),
            texts.number(round(figures.paid(rows))),
            "",
        )
    )
    return Table(
        header=(
            say(msg("No.")),
            say(msg("Project (partner · place)")),
            say(msg("Status")),
            say(msg("Budget USD")),
            say(msg("Paid USD")),
            say(msg("Next milestone")),
        ),
        rows=tuple(body),
        widths=(0.17, 0.29, 0.15, 0.11, 0.1, 0.18),
        total_rows=1,
        numeric=frozenset({3, 4}),
        refs=frozenset({0}),
        caption=caption,
    )


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


def incident_log(texts: Texts, rows: Sequence[IncidentRow], caption: str = "") -> Table:
    say = texts.render
    body = []
    for r in rows:
        parts = [clip(r.summary, 300)]
        if r.action_taken:
            parts.append(say(msg("Action taken: {action}", action=clip(r.action_taken, 200))))
        hurt = casualty_text(texts, r)
        if hurt:
            parts.append(hurt)
        status = texts.value(r.status)
        if r.flash is not None:
            status += f" · {say(r.flash)}"
        body.append(
            (
                Cell(r.ref, r.dtg),
                Cell(texts.value(r.category), texts.value(r.subcategory)),
                place_grid(r.place, r.grid),
                kia(r),
                Cell(" ".join(p for p in parts if p) or "—", status),
            )
        )
    return Table(
        header=(
            say(msg("Ref / DTG")),
            say(msg("Category")),
            say(msg("Place / grid")),
            say(msg("K / I / A")),
            say(msg("What happened")),
        ),
        rows=tuple(body),
        widths=(0.17, 0.16, 0.15, 0.09, 0.43),
        numeric=frozenset({3}),
        refs=frozenset({0}),
        caption=caption,
    )


def _per_unit(
    texts: Texts,
    data: SitrepData,
    rows_of: Callable[[object], Sequence[object]],
    counted: Callable[[int], Message],
    table: Callable[..., Table],
    empty: Message,
) -> list[Block]:
    """The annex's table; in a sector sitrep one per battalion, captioned with its count."""
    if not data.sector:
        rows = rows_of(data)
        if not rows:
            return [Paragraph(texts.render(empty), "note")]
        return [table(texts, rows)]
    blocks: list[Block] = []
    for unit in data.units:
        rows = rows_of(unit)
        # TRANSLATORS: a battalion's part of an annex, 'BANBAT 2: 3 meetings'.
        caption = texts.render(msg("{unit}: {count}", unit=unit.unit, count=counted(len(rows))))
        if rows:
            blocks.append(table(texts, rows, caption))
        else:
            blocks += [Heading(caption, level=2), Paragraph(texts.render(empty), "note")]
    return blocks


def add_annexes(document: Document, texts: Texts, data: SitrepData, keys: Sequence[str]) -> None:
    """Append the chosen annexes, each marked as an annex (a new page)."""
    say = texts.render
    for key in keys:
        letter = LETTERS[key]
        document.start_annex()
        if key == "meetings":
            title = msg("Annex {letter}: Meetings of the period", letter=letter)
            body = _per_unit(
                texts,
                data,
                lambda u: u.liaison,  # type: ignore[attr-defined]
                meetings,
                meeting_table,
                msg("No meetings recorded this period."),
            )
        elif key == "qips":
            title = msg("Annex {letter}: QIP register", letter=letter)
            body = _per_unit(
                texts,
                data,
                lambda u: u.qips,  # type: ignore[attr-defined]
                projects,
                qip_register,
                msg("No QIPs running this period."),
            )
            if data.qips:
                body.append(money_note(texts, data))
        else:
            title = msg("Annex {letter}: Incident log", letter=letter)
            body = _per_unit(
                texts,
                data,
                lambda u: u.incidents,  # type: ignore[attr-defined]
                incidents,
                incident_log,
                msg("No incidents reported this period."),
            )
        document.add(*headed([Heading(say(title)), *body]))
