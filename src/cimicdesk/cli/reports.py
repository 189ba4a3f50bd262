"""The report commands of the command line: sitrep, handover-brief, export-3w,
export-assessments and assessment-form."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType

from cimicdesk.i18n.catalogue import LANGUAGES
from cimicdesk.reports.annex_keys import ANNEXES
from cimicdesk.store import writer_lock
from cimicdesk.store.database import Store, open_for_reading

PROG = "cimicdesk"
# The --help of every command that only reads a database says so (issue 11).
READS_ONLY = (
    " It only reads the database, so it is safe while the program window has it open; "
    "it shows what was saved up to the moment it runs."
)


def open_to_read(path: Path) -> Store:
    """The database opened for a command that only reads it (no writer lock, migration or
    backup); a note on stderr when CIMIC Desk has it open, so later saves there are not
    in what the command writes."""
    store = open_for_reading(path)
    note_if_open_elsewhere(path)
    return store


def note_if_open_elsewhere(path: Path) -> None:
    """Say on stderr that the output shows what was saved up to now, when it is open."""
    if writer_lock.held_elsewhere(path):
        print(
            f"{PROG}: note: {Path(path).name} is open in CIMIC Desk on this computer; this "
            "shows what was saved there up to now.",
            file=sys.stderr,
        )


def add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the report commands on the CLI's sub-command parser."""
    sitrep = commands.add_parser(
        "sitrep",
        help="write the weekly CIMIC sitrep (PDF) of a unit, or of a sector",
        description=(
            "Write the weekly CIMIC sitrep as a PDF from the database: for an ISO week "
            "(--week 2026-W47) or any period (--start/--end). With --sector, or two or more "
            "--unit, the battalions' records are consolidated into a sector sitrep grouped "
            "by battalion, with each battalion's own words for the period. Free text written "
            "in the program (key points, assessment, ...) goes into the report. Page 1 is a "
            "summary; annexes A (meetings), B (QIP register) and C (incident log) follow the "
            "body: choose them with --annex or leave them out with --no-annexes. An --out "
            "name ending in .docx writes the editable Word copy." + READS_ONLY
        ),
    )
    sitrep.add_argument("file", metavar="FILE", type=Path, help="the database")
    sitrep.add_argument("--week", help="ISO week, e.g. 2026-W47 (default: this week)")
    sitrep.add_argument("--start", help="first day of the period, YYYY-MM-DD")
    sitrep.add_argument("--end", help="last day of the period, YYYY-MM-DD")
    sitrep.add_argument(
        "--unit", action="append", metavar="NAME", help="a unit to report on (repeatable)"
    )
    sitrep.add_argument(
        "--sector",
        action="store_true",
        help="consolidate every unit's records (the default in a sector or Force HQ file)",
    )
    annexes = sitrep.add_mutually_exclusive_group()
    annexes.add_argument(
        "--annex",
        action="append",
        choices=ANNEXES,
        metavar="NAME",
        help="an annex to add after the body (repeatable): "
        + ", ".join(ANNEXES)
        + " (default: all three)",
    )
    annexes.add_argument(
        "--no-annexes", action="store_true", help="write the body only, without annexes"
    )
    _add_output_options(sitrep, "report.pdf")
    sitrep.set_defaults(handler=_sitrep)

    brief = commands.add_parser(
        "handover-brief",
        help="write the handover brief (PDF) for the incoming contingent",
        description=(
            "Write the handover brief for the incoming contingent: key contacts and "
            "organisations (restricted contacts by reference only), open follow-up actions, "
            "running QIPs, open incidents and requests, the last four weeks' trends." + READS_ONLY
        ),
    )
    brief.add_argument("file", metavar="FILE", type=Path, help="the database")
    _add_output_options(brief, "brief.pdf")
    brief.set_defaults(handler=_handover_brief)

    three_w = commands.add_parser(
        "export-3w",
        help="export the QIPs as an HXL-tagged 3W CSV",
        description="Export the QIPs as a 3W (who does what where) CSV with HXL hashtags."
        + READS_ONLY,
    )
    three_w.add_argument("file", metavar="FILE", type=Path, help="the database")
    three_w.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    three_w.set_defaults(handler=_export_3w)

    assessments = commands.add_parser(
        "export-assessments",
        help="export the community assessments as HXL-tagged CSV for the clusters",
        description=(
            "Export the community assessments as CSV with HXL hashtags, one row per "
            "assessment and sector looked at: the community, its population by group, the "
            "sector's JIAF severity (empty: seen but not rated), key facts and sources. "
            "#inneed stays empty: a CIMIC team does not count people in need. Libhxl and "
            "the HDX tools read it." + READS_ONLY
        ),
    )
    assessments.add_argument("file", metavar="FILE", type=Path, help="the database")
    assessments.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    assessments.add_argument(
        "--start", help="the first day of assessments to export, YYYY-MM-DD (default: the first)"
    )
    assessments.add_argument(
        "--end", help="the last day of assessments to export, YYYY-MM-DD (default: the last)"
    )
    assessments.set_defaults(handler=_export_assessments)

    form = commands.add_parser(
        "assessment-form",
        help="write the blank community assessment form (PDF) to fill by hand",
        description=(
            "Write the blank community assessment form, to fill by hand where a laptop "
            "cannot go: the fields of the program's editor in the same order, the JIAF "
            "severity scale as tick boxes for each sector. It carries the database's unit, "
            "marking and, for a training database, EXERCISE." + READS_ONLY
        ),
    )
    form.add_argument("file", metavar="FILE", type=Path, help="the database")
    _add_output_options(form, "assessment-form.pdf")
    form.add_argument(
        "--marking", help="the handling marking at top and bottom (default: the unit's)"
    )
    form.set_defaults(handler=_assessment_form)


def _add_output_options(parser: argparse.ArgumentParser, example: str) -> None:
    parser.add_argument("--out", type=Path, required=True, help=f"the PDF to write, e.g. {example}")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper size")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        help="language of the report's headings, tables and labels: en (default) or fr "
        "(what officers wrote stays as written)",
    )


def _reports() -> ModuleType:
    """The report writers, imported only by the commands that write one: reportlab comes
    with them (a fifth of a second), which every other command would pay at its start."""
    from cimicdesk.reports import commands

    return commands


def _sitrep(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        written = _reports().write_sitrep(
            store,
            options.out,
            week=options.week,
            start=options.start,
            end=options.end,
            units=options.unit,
            sector=options.sector or None,  # not asked: the file's level decides
            paper=options.paper,
            language=options.lang,
            annexes=() if options.no_annexes else options.annex,
        )
    print(f"wrote {written}")
    return 0


def _handover_brief(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        written = _reports().write_handover_brief(
            store, options.out, paper=options.paper, language=options.lang
        )
    print(f"wrote {written}")
    return 0


def _export_3w(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        written = _reports().write_3w(store, options.out)
    print(f"wrote {written}")
    return 0


def _export_assessments(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        written = _reports().write_assessments_hxl(
            store, options.out, start=options.start, end=options.end
        )
    print(f"wrote {written}")
    return 0


def _assessment_form(options: argparse.Namespace) -> int:
    with open_to_read(options.file) as store:
        written = _reports().write_assessment_form(
            store,
            options.out,
            paper=options.paper,
            language=options.lang,
            marking=options.marking,
        )
    print(f"wrote {written}")
    return 0
