"""The kinds of report an officer can ask for: names, files, periods and options, as data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from cimicdesk.i18n.message import Message, msg
from cimicdesk.reports import commands
from cimicdesk.reports import data as report_data
from cimicdesk.reports.sitrep_annexes import ANNEXES

__all__ = ["ANNEXES", "BY_KEY", "KINDS", "ReportKind", "ReportRequest", "kind_of", "write_report"]
from cimicdesk.store import report_drafts
from cimicdesk.store.database import Store

# How a kind is dated: a range of days (a sitrep, the assessments of a period), one day
# (a handover brief), or not at all (the 3W export: the QIPs as they stand; a blank form).
PeriodShape = Literal["range", "day", ""]
# The key a report's text is kept under in store.report_drafts: kind, units, start, end.
DraftKey = tuple[str, tuple[str, ...], str, str]


@dataclass(frozen=True)
class ReportKind:
    """One kind of report.

    Attributes: key (a draft kind of store.report_drafts, or '3w', 'assessments_hxl',
    'assessment_form'), title (its name in a list), noun (its name within a sentence),
    about (what it holds), code (in file names and reference numbers), suffix ('pdf' or
    'csv'), period (PeriodShape), by_units (True: the officer ticks the battalions it
    covers), word (a PDF that also has a Word copy; a form with tick boxes has none).
    """

    key: str
    title: Message
    noun: Message
    about: Message
    code: str
    suffix: str
    period: PeriodShape
    by_units: bool = False
    word: bool = True

    @property
    def has_draft(self) -> bool:
        """Whether the officer writes text for it (kept as a report draft)."""
        return self.key in report_drafts.KINDS

    @property
    def is_pdf(self) -> bool:
        """A PDF has a paper size and a language; a CSV has neither."""
        return self.suffix == "pdf"

    @property
    def has_word(self) -> bool:
        """Whether the officer may ask for it as a Word document instead of the PDF."""
        return self.is_pdf and self.word


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        key="unit_sitrep",
        title=msg("Unit sitrep (weekly)"),
        noun=msg("unit sitrep"),
        about=msg(
            "This unit's situation report for a week (or any period): the ten sections of "
            "the CIMIC sitrep, with the period's meetings, incidents, QIPs and requests."
        ),
        code="SITREP",
        suffix="pdf",
        period="range",
    ),
    ReportKind(
        key="sector_sitrep",
        title=msg("Sector sitrep"),
        noun=msg("sector sitrep"),
        about=msg(
            "One sitrep for the battalions of a merged sector file, grouped by battalion, "
            "with sector totals."
        ),
        code="SECSITREP",
        suffix="pdf",
        period="range",
        by_units=True,
    ),
    ReportKind(
        key="handover_brief",
        title=msg("Handover brief"),
        noun=msg("handover brief"),
        about=msg(
            "For the incoming contingent, as of a day: key organisations and contacts, open "
            "actions, running QIPs, open incidents and requests, the last four weeks."
        ),
        code="HANDOVER",
        suffix="pdf",
        period="day",
    ),
    ReportKind(
        key="3w",
        title=msg("3W of the QIPs (CSV)"),
        noun=msg("3W export"),
        about=msg(
            "Who does what where: every QIP not rejected, as CSV with HXL hashtags for OCHA "
            "(opens in a spreadsheet). It has no period and no text to write."
        ),
        code="3W-QIPs",
        suffix="csv",
        period="",
    ),
    ReportKind(
        key="assessments_hxl",
        title=msg("Community assessments (HXL CSV)"),
        noun=msg("assessments export"),
        about=msg(
            "The community assessments of a period for the humanitarian clusters: one row "
            "per assessment and sector, with the population, the JIAF severity, the key "
            "facts and their sources, as CSV with HXL hashtags. It has no text to write."
        ),
        code="ASSESSMENTS-HXL",
        suffix="csv",
        period="range",
    ),
    ReportKind(
        key="assessment_form",
        title=msg("Blank assessment form"),
        noun=msg("blank assessment form"),
        about=msg(
            "The community assessment form to print and fill by hand where a laptop cannot "
            "go: the editor's fields in the same order, the severity scale as tick boxes."
        ),
        code="ASSESSMENT-FORM",
        suffix="pdf",
        period="",
        word=False,
    ),
)
BY_KEY = {kind.key: kind for kind in KINDS}


def kind_of(key: str) -> ReportKind:
    """The kind with this key (KeyError for an unknown one)."""
    return BY_KEY[key]


@dataclass(frozen=True)
class ReportRequest:
    """One report as chosen: its kind, its days, and the options that apply to it.

    Attributes: kind, start and end (both included: a range's days, a day's twice, or
    today's for a kind without a period), units (the battalions ticked; by_units kinds
    only), paper ('A4' or 'Letter') and language ('en' or 'fr'), for PDFs; annexes (the
    keys of ANNEXES a sitrep carries: all by default, () for none).
    """

    kind: ReportKind
    start: date
    end: date
    units: tuple[str, ...] = ()
    paper: str = "A4"
    language: str = "en"
    annexes: tuple[str, ...] = ANNEXES

    @property
    def lacks_units(self) -> bool:
        """A report by battalion with none ticked: it cannot be written."""
        return self.kind.by_units and not self.units

    def options(self) -> dict[str, Any]:
        """The keyword options of the reports.commands function that writes it."""
        pdf = {"paper": self.paper, "language": self.language}
        key = self.kind.key
        if key == "handover_brief":
            return {"as_of": self.start, **pdf}
        if key == "sector_sitrep":
            return {
                "start": self.start,
                "end": self.end,
                "units": list(self.units),
                "sector": True,
                "annexes": self.annexes,
                **pdf,
            }
        if key == "unit_sitrep":
            return {
                "start": self.start,
                "end": self.end,
                "sector": False,
                "annexes": self.annexes,
                **pdf,
            }
        if key == "assessments_hxl":
            return {"start": self.start, "end": self.end}
        if key == "assessment_form":
            return pdf
        return {}

    def file_name(self, unit_code: str) -> str:
        """'BANBAT1-SITREP-2026-W47.pdf', 'BANBAT1-HANDOVER-20261125.pdf' …"""
        if self.kind.period == "range":
            when = report_data.Period(self.start, self.end).code
        else:
            when = f"{self.start:%Y%m%d}"
        return f"{unit_code}-{self.kind.code}-{when}.{self.kind.suffix}"

    def draft_key(self, store: Store) -> DraftKey | None:
        """The key its text is kept under, as the report writer looks it up (None: a
        kind without text, or one that cannot be written as chosen)."""
        if not self.kind.has_draft or self.lacks_units:
            return None
        start, end = self.start.isoformat(), self.end.isoformat()
        if self.kind.period == "day":
            return (self.kind.key, (), start, end)
        sector = self.kind.by_units
        names = report_data.resolve_units(store, list(self.units) if sector else None, sector)
        return (self.kind.key, report_data.draft_units(store, names, sector), start, end)


def write_report(store: Store, out: Path, request: ReportRequest) -> Path:
    """Write the report with the commands of reports.commands; returns the path written."""
    key = request.kind.key
    if key in ("unit_sitrep", "sector_sitrep"):
        return commands.write_sitrep(store, out, **request.options())
    if key == "handover_brief":
        return commands.write_handover_brief(store, out, **request.options())
    if key == "assessments_hxl":
        return commands.write_assessments_hxl(store, out, **request.options())
    if key == "assessment_form":
        return commands.write_assessment_form(store, out, **request.options())
    return commands.write_3w(store, out)
