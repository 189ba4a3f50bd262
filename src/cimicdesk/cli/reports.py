"""The report commands of the command line: sitrep, handover-brief, export-3w."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cimicdesk.i18n.catalogue import LANGUAGES
from cimicdesk.store import writer_lock
from cimicdesk.store.database import Store, open_for_reading

PROG = "cimicdesk"
# The sitrep's annexes, as reports/sitrep_annexes.ANNEXES lists them (tests/cli checks
# they agree): the report modules, and reportlab with them, are imported only when a
# report is written, not by every command building the parser (0.35 s of each start).
ANNEXES = ("meetings", "qips", "incidents")
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
    """Register the three report commands on the CLI's sub-command parser."""
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


def _sitrep(options: argparse.Namespace) -> int:
    from cimicdesk.reports import commands as reports  # reportlab: only to write one

    with open_to_read(options.file) as store:
        written = reports.write_sitrep(
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
    from cimicdesk.reports import commands as reports  # reportlab: only to write one

    with open_to_read(options.file) as store:
        written = reports.write_handover_brief(
            store, options.out, paper=options.paper, language=options.lang
        )
    print(f"wrote {written}")
    return 0


def _export_3w(options: argparse.Namespace) -> int:
    from cimicdesk.reports import commands as reports  # reportlab: only to write one

    with open_to_read(options.file) as store:
        written = reports.write_3w(store, options.out)
    print(f"wrote {written}")
    return 0
