"""The report commands the CLI and the GUI call: sitrep, handover brief, 3W export,
the assessments' HXL export and the blank assessment form.

Each takes an open Store and an output path, writes the file whole or not at all (a
temporary file beside it is renamed into place), and returns the path written. Known
problems (a bad week, an unknown unit, a file that cannot be replaced) raise CimicError
with a message for the officer. The report's language is chosen here: its Texts
(i18n.catalogue) go down to the layout, which writes every fixed text with them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n import catalogue
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg
from cimicdesk.reports import data as report_data
from cimicdesk.reports import sitrep
from cimicdesk.reports.hxl_export import write_3w_csv
from cimicdesk.reports.layout import page_size
from cimicdesk.reports.output import write_document, write_whole
from cimicdesk.store.database import Store

LANGUAGES = catalogue.LANGUAGES  # English, French
Period = report_data.Period


def parse_week(text: str) -> Period:
    """The Monday–Sunday period of an ISO week string such as '2026-W47'.

    Raises CimicError with an example when the text is not an ISO week.
    """
    return Period.iso_week(text)


def _as_date(value: date | str, which: Callable[[Message], Message]) -> date:
    """value as a date; else CimicError(which(the problem)), saying which date it is."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        problem = msg("'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25", text=value)
        raise CimicError(which(problem)) from None


def resolve_period(
    *,
    week: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    today: date | None = None,
) -> Period:
    """A week, or a start and end date (both included); neither: the current ISO week."""
    if week and (start or end):
        raise CimicError(
            msg("Give either a week (e.g. 2026-W47) or a start and end date, not both.")
        )
    if week:
        return parse_week(week)
    if start or end:
        if not (start and end):
            raise CimicError(
                msg("Give both the start and the end date of the period (YYYY-MM-DD).")
            )
        return Period(
            _as_date(start, lambda problem: msg("The start date: {message}", message=problem)),
            _as_date(end, lambda problem: msg("The end date: {message}", message=problem)),
        )
    return Period.containing_week(today or utc_now().date())


def _check_options(paper: str, language: str) -> Texts:
    """The texts of the language to write in; CimicError for an unknown paper or language."""
    page_size(paper)  # raises CimicError for an unknown paper
    try:
        return catalogue.texts(catalogue.check_language(language))
    except ValueError:
        raise CimicError(
            msg(
                "Reports can be written in: {LANGUAGES}; '{language}' is not available yet.",
                LANGUAGES=", ".join(LANGUAGES),
                language=language,
            )
        ) from None


def write_sitrep(
    store: Store,
    out: Path | str,
    *,
    week: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    units: Iterable[str] | None = None,
    sector: bool | None = None,
    paper: str = "A4",
    language: str = "en",
    marking: str | None = None,
    now: datetime | None = None,
    annexes: Iterable[str] | None = None,
) -> Path:
    """Write a unit sitrep, or with sector=True (or several units) a sector sitrep.

    sector=None (the default) takes the file's level: a sector or Force HQ database
    consolidates its units' records unless `units` names the one to report on.

    The period is an ISO week ('2026-W47') or start and end dates (both included);
    with neither, the current week. units: names of origin units to cover (default:
    the file's own unit; for a sector sitrep every unit in the file). The free text
    comes from the saved report draft for the same kind, units and period. language:
    'en' or 'fr' for the report's fixed text (headings, tables, labels, numbers, dates).
    annexes: the keys of sitrep.ANNEXES to add after the body (None: all, (): none).
    A '.docx' name gives the editable Word copy, anything else the PDF.
    """
    texts = _check_options(paper, language)
    keys = check_annexes(annexes)
    now = now or utc_now()
    period = resolve_period(week=week, start=start, end=end, today=now.date())
    if sector is None:
        sector = store.unit.level is not UnitLevel.BATTALION and not units
    content = report_data.gather_sitrep(
        store,
        period,
        units=units,
        sector=sector,
        now=now,
        marking=marking,
        outcomes="meetings" in keys,  # only Annex A prints every meeting's outcome
    )
    document = sitrep.build(content, texts, keys)
    return write_document(document, out, texts, paper=paper)


def check_annexes(annexes: Iterable[str] | None) -> tuple[str, ...]:
    """The sitrep annexes asked for, in print order (None: all); CimicError naming the
    known ones for an unknown key."""
    try:
        return sitrep.annex_keys(None if annexes is None else list(annexes))
    except ValueError as unknown:
        raise CimicError(
            msg(
                "No annex called {unknown}: the annexes are {known}.",
                unknown=str(unknown),
                known=", ".join(sitrep.ANNEXES),
            )
        ) from None


def write_handover_brief(
    store: Store,
    out: Path | str,
    *,
    as_of: date | str | None = None,
    paper: str = "A4",
    language: str = "en",
    marking: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the handover brief for the incoming contingent, as of a day (default today),
    in `language` ('en' or 'fr')."""
    texts = _check_options(paper, language)
    now = now or utc_now()
    day = (
        _as_date(as_of, lambda problem: msg("The handover date: {message}", message=problem))
        if as_of
        else now.date()
    )
    from cimicdesk.reports.handover import write_handover_brief as layout_handover
    from cimicdesk.reports.handover_data import gather_handover  # the handover's own data

    content = gather_handover(store, as_of=day, now=now, marking=marking)
    # layout_handover builds the brief's Document and writes it whole or not at all through
    # output.write_document: Word for a '.docx' name, else pdf_render.write_pdf.
    return layout_handover(content, out, texts, paper=paper)


def write_3w(store: Store, out: Path | str) -> Path:
    """Write the 3W of the QIPs as HXL-tagged CSV (UTF-8)."""
    return write_whole(out, lambda path: write_3w_csv(store, path))


def write_assessments_hxl(
    store: Store,
    out: Path | str,
    *,
    start: date | str | None = None,
    end: date | str | None = None,
) -> Path:
    """Write the community assessments as HXL-tagged CSV (UTF-8), one row per assessment
    and sector: those assessed from `start` to `end` (both included; either may be left
    out for no bound)."""
    first = (
        _as_date(start, lambda p: msg("The start date: {message}", message=p)) if start else None
    )
    last = _as_date(end, lambda p: msg("The end date: {message}", message=p)) if end else None
    if first and last:
        Period(first, last)  # an end before the start is refused as for every report
    from cimicdesk.reports.assessment_hxl import write_assessments_csv

    date_from = first.isoformat() if first else None
    date_to = (
        (last + timedelta(days=1)).isoformat() if last else None
    )  # the store's end is exclusive
    return write_whole(
        out, lambda path: write_assessments_csv(store, path, date_from=date_from, date_to=date_to)
    )


def write_assessment_form(
    store: Store,
    out: Path | str,
    *,
    paper: str = "A4",
    language: str = "en",
    marking: str | None = None,
) -> Path:
    """Write the blank community assessment form (PDF) to fill by hand, in `language`."""
    texts = _check_options(paper, language)
    from cimicdesk.reports.assessment_form import write_form

    return write_whole(
        out, lambda path: write_form(path, texts, store=store, paper=paper, marking=marking)
    )
