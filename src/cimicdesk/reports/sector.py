"""The sector sitrep's own parts: each battalion's figures and its own words for the period.

A sector file holds what each battalion sent: its records and, since issue 14, its
narrative (store.narratives). The summary lists every battalion with its figures and
whether it sent text; each text section gives the sector officer's synthesis, then each
battalion's words under its name, then names plainly the battalions that wrote nothing.
"""

from __future__ import annotations

from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import msg
from cimicdesk.reports import figures
from cimicdesk.reports.data import SitrepData
from cimicdesk.reports.document import Block, Bullets, Paragraph, Table
from cimicdesk.reports.sitrep_body import labelled
from cimicdesk.store.narratives import LIST_FIELDS, TEXT_FIELDS, lines


def has_records(data: SitrepData, unit: str) -> bool:
    found = next(u for u in data.units if u.unit == unit)
    return bool(found.liaison or found.incidents or found.requests)


def silent(data: SitrepData) -> list[str]:
    """The battalions that sent no text for the period."""
    return [u.unit for u in data.units if u.unit not in data.narratives]


def battalions(texts: Texts, data: SitrepData) -> list[Block]:
    """Each battalion's figures, whether it sent text, and how fresh its records are."""
    say = texts.render
    n = texts.number
    yes, no = say(msg("yes")), say(msg("NONE"))
    rows = []
    for unit in data.units:
        fig = figures.of_unit(data, unit)
        rows.append(
            (
                unit.unit,
                n(fig.meetings),
                f"{n(fig.incidents)} ({n(fig.flash)})",
                " / ".join(n(v) for v in fig.casualties),
                n(fig.qips_moved),
                n(fig.requests_awaiting),
                yes if unit.unit in data.narratives else no,
                display_stamp(unit.last_entry) or "—",
            )
        )
    total = figures.of_sitrep(data)
    rows.append(
        (
            say(msg("Sector total")),
            n(total.meetings),
            f"{n(total.incidents)} ({n(total.flash)})",
            " / ".join(n(v) for v in total.casualties),
            n(total.qips_moved),
            n(total.requests_awaiting),
            n(len(data.narratives)),
            "",
        )
    )
    blocks: list[Block] = [
        Table(
            header=(
                say(msg("Battalion")),
                say(msg("Meetings")),
                say(msg("Incidents (flash)")),
                say(msg("K / I / A")),
                say(msg("QIPs moved")),
                say(msg("Requests awaiting")),
                say(msg("Report text")),
                say(msg("Latest meeting in this file")),
            ),
            rows=tuple(rows),
            widths=(0.16, 0.1, 0.12, 0.12, 0.1, 0.11, 0.1, 0.19),
            total_rows=1,
            numeric=frozenset({1, 2, 3, 4, 5}),
            bold_first=True,
            caption=say(msg("Battalions in this consolidation")),
        )
    ]
    missing = silent(data)
    if missing:
        blocks.append(
            Paragraph(
                say(
                    msg(
                        "No report text received for this period from: {units}.",
                        units=", ".join(missing),
                    )
                ),
                "lead",
            )
        )
    idle = [u.unit for u in data.units if not has_records(data, u.unit)]
    if idle:
        blocks.append(
            Paragraph(
                say(
                    msg(
                        "No meetings, incidents or requests in this file for the period "
                        "from: {units}.",
                        units=", ".join(idle),
                    )
                ),
                "lead",
            )
        )
    return blocks


def _officer_text(texts: Texts, name: str, value: str, listed: bool) -> list[Block]:
    """The sector officer's own words under the sector's name, in the body's type."""
    if listed:
        return [Bullets(tuple(labelled(texts, name, item) for item in lines(value)))]
    chunks = [c for c in value.replace("\r\n", "\n").split("\n\n") if c.strip()]
    return [
        Paragraph(labelled(texts, name, body) if index == 0 else body)
        for index, chunk in enumerate(chunks)
        for body in ["\n".join(ln for ln in chunk.split("\n") if ln.strip())]
    ]


def _as_cell(value: str, listed: bool) -> str:
    """A battalion's words for a table cell: one bulleted line per item, or its
    paragraphs one after the other."""
    if listed:
        return "\n".join(f"• {item}" for item in lines(value))
    return "\n".join(ln.strip() for ln in value.replace("\r\n", "\n").split("\n") if ln.strip())


def narratives(texts: Texts, data: SitrepData, field: str, own: str | None = None) -> list[Block]:
    """One subject (a narrative field): the sector's own synthesis (`own`, when given),
    then a table of each battalion's words as it sent them, then those who wrote nothing.

    The battalions' words are set in a two-column table in the table type: they read as
    the input they are, apart from the sector's voice, and take a third less room than
    paragraphs (a sector of six battalions stays within its six pages), and the SO1 can
    paste the table whole into the Force HQ report from the Word copy.
    """
    say = texts.render
    listed = field in LIST_FIELDS
    blocks: list[Block] = []
    quiet = []
    if own is not None:
        if own.strip():
            blocks += _officer_text(texts, data.header.unit_label, own.strip(), listed)
        elif any(str(getattr(data.draft, name)).strip() for name in TEXT_FIELDS):
            # Named as silent only beside sections it did write; a sector that wrote
            # nothing at all is not named in every section.
            quiet.append(data.header.unit_label)
    rows = []
    for unit in data.units:
        found = data.narratives.get(unit.unit)
        value = str(getattr(found, field)).strip() if found else ""
        if value:
            rows.append((unit.unit, _as_cell(value, listed)))
        else:
            quiet.append(unit.unit)
    if rows:
        blocks.append(
            Table(
                header=(say(msg("Battalion")), say(msg("As the battalion reported it"))),
                rows=tuple(rows),
                widths=(0.16, 0.84),
                bold_first=True,
            )
        )
    if quiet:
        blocks.append(
            Paragraph(say(msg("Nothing on this from: {units}.", units=", ".join(quiet))), "note")
        )
    return blocks
