"""The sector sitrep: the sitrep's sections consolidated over several battalions.

Each section is grouped by battalion (origin_unit) with sector totals; before the
sections, a table says how current each battalion's records in this file are, since a
sector file is only as fresh as the last package each battalion sent.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from cimicdesk.domain.timeutil import display_stamp
from cimicdesk.reports import i18n, sitrep
from cimicdesk.reports.data import SitrepData
from cimicdesk.reports.i18n import t
from cimicdesk.reports.layout import build_pdf, data_table, frame_width, styles, text


def currency_table(data: SitrepData, width: float) -> Flowable:
    """Per battalion: its latest liaison entry in this file, and whether it reported."""
    rows = []
    for unit in data.units:
        reported = (
            t("yes") if (unit.liaison or unit.incidents or unit.requests) else t("NO RECORDS")
        )
        rows.append([unit.unit, display_stamp(unit.last_entry) or "—", reported])
    return data_table(
        [t("Battalion"), t("Latest liaison entry in this file"), t("Records this period")],
        rows,
        [0.3, 0.4, 0.3],
        width,
        bold_first=True,
    )


def story(data: SitrepData, width: float) -> list[Flowable]:
    preface = [
        Paragraph(text(t("Battalions in this consolidation")), styles().subheading),
        currency_table(data, width),
        Spacer(0, 4),
    ]
    return sitrep.story(data, width, preface=preface)


def write_sector_sitrep(
    data: SitrepData, out: Path, *, paper: str = "A4", language: str = "en"
) -> Path:
    """Lay out a sector sitrep (grouped by battalion, with sector totals) to `out`, in
    `language` ('en' or 'fr')."""
    width = frame_width(paper)
    with i18n.using(language):
        return build_pdf(
            out,
            story(data, width),
            sitrep.furniture(data),
            paper=paper,
            subject=sitrep.subject(data),
        )
