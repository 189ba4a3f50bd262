"""The print-record command: one QIP, incident, support request, liaison entry or community
assessment as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from cimicdesk.cli.reports import READS_ONLY, open_to_read
from cimicdesk.i18n.catalogue import LANGUAGES


def add_record_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register print-record on the CLI's sub-command parser."""
    sheet = commands.add_parser(
        "print-record",
        help="print one QIP, incident, support request, liaison entry or assessment (PDF, 1-2 "
        "pages)",
        description=(
            "Write one record as a PDF of one or two pages, with its photos: a QIP's "
            "proposal for the project review committee, an incident report for the file, "
            "a support request as sent, a meeting record, a community assessment. Restricted "
            "contacts appear by "
            "their code only. A name ending in .docx writes a Word document." + READS_ONLY
        ),
    )
    sheet.add_argument("file", metavar="FILE", type=Path, help="the database")
    sheet.add_argument(
        "reference",
        metavar="REF",
        help="the record's reference (e.g. BANBAT1-QIP-2026-001, BANBAT1-ASM-2026-004) or its id",
    )
    sheet.add_argument("--out", type=Path, required=True, help="the file to write, e.g. qip.pdf")
    sheet.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper size")
    sheet.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        help="language of the headings and labels: en (default) or fr "
        "(what officers wrote stays as written)",
    )
    sheet.add_argument(
        "--marking", help="the handling marking at top and bottom (default: UN RESTRICTED)"
    )
    sheet.set_defaults(handler=_print_record)


def _print_record(options: argparse.Namespace) -> int:
    from cimicdesk.reports import record_commands  # reportlab and Pillow: only now

    with open_to_read(options.file) as store:
        kind, record_id = record_commands.find_record(store, options.reference)
        written = record_commands.write_record(
            store,
            options.out,
            kind,
            record_id,
            paper=options.paper,
            language=options.lang,
            marking=options.marking,
        )
    print(f"wrote {written}")
    return 0
