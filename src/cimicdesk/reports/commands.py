"""The report commands the CLI and the GUI call: sitrep, handover brief, 3W export.

Each takes an open Store and an output path, writes the file whole or not at all (a
temporary file beside it is renamed into place), and returns the path written. Known
problems (a bad week, an unknown unit, a file that cannot be replaced) raise CimicError
with a message for the officer.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import parse_date, utc_now
from cimicdesk.reports import data as report_data
from cimicdesk.reports import i18n
from cimicdesk.reports.handover import write_handover_brief as layout_handover
from cimicdesk.reports.hxl_export import write_3w_csv
from cimicdesk.reports.layout import page_size
from cimicdesk.reports.sector import write_sector_sitrep
from cimicdesk.reports.sitrep import write_unit_sitrep
from cimicdesk.store.database import Store

LANGUAGES = i18n.LANGUAGES  # English, French
Period = report_data.Period


def parse_week(text: str) -> Period:
    """The Monday–Sunday period of an ISO week string such as '2026-W47'.

    Raises CimicError with an example when the text is not an ISO week.
    """
    return Period.iso_week(text)


def _as_date(value: date | str, what: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return parse_date(value)
    except ValueError as exc:
        raise CimicError(f"The {what} date: {exc}") from None


def resolve_period(
    *,
    week: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    today: date | None = None,
) -> Period:
    """A week, or a start and end date (both included); neither: the current ISO week."""
    if week and (start or end):
        raise CimicError("Give either a week (e.g. 2026-W47) or a start and end date, not both.")
    if week:
        return parse_week(week)
    if start or end:
        if not (start and end):
            raise CimicError("Give both the start and the end date of the period (YYYY-MM-DD).")
        return Period(_as_date(start, "start"), _as_date(end, "end"))
    return Period.containing_week(today or utc_now().date())


def _check_options(paper: str, language: str) -> str:
    """The language code to write in; CimicError for an unknown paper or language."""
    page_size(paper)  # raises CimicError for an unknown paper
    try:
        return i18n.check(language)
    except ValueError:
        raise CimicError(
            f"Reports can be written in: {', '.join(LANGUAGES)}; '{language}' is not available yet."
        ) from None


def _write_whole(out: Path | str, write: Callable[[Path], object]) -> Path:
    """Let `write` fill a temporary file beside `out`, then rename it into place."""
    out = Path(out)
    if out.is_dir():
        raise CimicError(f"{out} is a folder: give the name of the file to write.")
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        try:
            os.replace(temp, out)
        except PermissionError:
            raise CimicError(
                f"{out.name} could not be replaced: it is probably open in another program. "
                "Close it, or choose another file name, and try again."
            ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return out


def write_sitrep(
    store: Store,
    out: Path | str,
    *,
    week: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    units: Iterable[str] | None = None,
    sector: bool = False,
    paper: str = "A4",
    language: str = "en",
    marking: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write a unit sitrep, or with sector=True (or several units) a sector sitrep.

    The period is an ISO week ('2026-W47') or start and end dates (both included);
    with neither, the current week. units: names of origin units to cover (default:
    the file's own unit; for a sector sitrep every unit in the file). The free text
    comes from the saved report draft for the same kind, units and period. language:
    'en' or 'fr' for the report's fixed text (headings, tables, labels).
    """
    language = _check_options(paper, language)
    now = now or utc_now()
    period = resolve_period(week=week, start=start, end=end, today=now.date())
    content = report_data.gather_sitrep(
        store, period, units=units, sector=sector, now=now, marking=marking
    )
    layout = write_sector_sitrep if content.sector else write_unit_sitrep
    return _write_whole(out, lambda path: layout(content, path, paper=paper, language=language))


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
    language = _check_options(paper, language)
    now = now or utc_now()
    day = _as_date(as_of, "handover") if as_of else now.date()
    content = report_data.gather_handover(store, as_of=day, now=now, marking=marking)
    return _write_whole(
        out, lambda path: layout_handover(content, path, paper=paper, language=language)
    )


def write_3w(store: Store, out: Path | str) -> Path:
    """Write the 3W of the QIPs as HXL-tagged CSV (UTF-8)."""
    return _write_whole(out, lambda path: write_3w_csv(store, path))
