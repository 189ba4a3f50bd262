"""The sector sitrep: the sitrep's sections consolidated over several battalions.

Each section is grouped by battalion (origin_unit) with sector totals; before the
sections, a table says how current each battalion's records in this file are, since a
sector file is only as fresh as the last package each battalion sent.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import msg
from cimicdesk.reports import sitrep
from cimicdesk.reports.data import SitrepData
from cimicdesk.reports.layout import build_pdf, data_table, frame_width, styles, text


def currency_table(texts: Texts, data: SitrepData, width: float) -> Flowable:
    """Per battalion: its latest liaison entry in this file, and whether it reported."""
    rows = []
    for unit in data.units:
        reported = (
            msg("yes") if (unit.liaison or unit.incidents or unit.requests) else msg("NO RECORDS")
        )
        rows.append([unit.unit, display_stamp(unit.last_entry) or "—", reported])
    return data_table(
        texts,
        [msg("Battalion"), msg("Latest liaison entry in this file"), msg("Records this period")],
        rows,
        [0.3, 0.4, 0.3],
        width,
        bold_first=True,
    )


def story(texts: Texts, data: SitrepData, width: float) -> list[Flowable]:
    heading = texts.render(msg("Battalions in this consolidation"))
    preface = [
        Paragraph(text(heading), styles().subheading),
        currency_table(texts, data, width),
        Spacer(0, 4),
    ]
    return sitrep.story(texts, data, width, preface=preface)


def write_sector_sitrep(data: SitrepData, out: Path, texts: Texts, *, paper: str = "A4") -> Path:
    """Lay out a sector sitrep (grouped by battalion, with sector totals) to `out`, in the
    language of `texts`."""
    width = frame_width(paper)
    return build_pdf(
        out,
        story(texts, data, width),
        sitrep.furniture(texts, data),
        texts,
        paper=paper,
        subject=sitrep.subject(texts, data),
    )
