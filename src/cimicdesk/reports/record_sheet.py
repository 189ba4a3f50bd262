"""One record on paper: a QIP, an incident, a support request, a liaison entry or a community
assessment as blocks.

Each builder reads one record from the store and returns a Document (reports/document.py)
of one or two pages: a header grid, the officer's texts, the record's tables and up to
MAX_PHOTOS of its photos. Every text is rendered in the report's language (Texts) before
it goes into a block; restricted contacts are named by their code only, as in the sitrep
(reports/data.Directory.person_label). Long texts are shortened to `text_limit`
characters in all (record_commands lowers it until the sheet fits on two pages).
"""

from __future__ import annotations

from collections.abc import Callable

from cimicdesk.i18n.catalogue import Texts
from cimicdesk.reports.document import Document
from cimicdesk.reports.sheet_assessment import assessment_sheet
from cimicdesk.reports.sheet_base import MAX_PHOTOS, MAX_ROWS, TEXT_LIMIT, SheetOptions
from cimicdesk.reports.sheet_incident import incident_sheet
from cimicdesk.reports.sheet_liaison import liaison_sheet
from cimicdesk.reports.sheet_qip import PROPOSAL_STAGES, qip_sheet
from cimicdesk.reports.sheet_support import support_sheet
from cimicdesk.store.database import Store

__all__ = [
    "BUILDERS",
    "MAX_PHOTOS",
    "MAX_ROWS",
    "PROPOSAL_STAGES",
    "TEXT_LIMIT",
    "SheetOptions",
    "assessment_sheet",
    "incident_sheet",
    "liaison_sheet",
    "qip_sheet",
    "support_sheet",
]

Builder = Callable[[Store, str, Texts, SheetOptions | None], Document]
# The kinds of record that print, each with its builder.
BUILDERS: dict[str, Builder] = {
    "qip": qip_sheet,
    "incident": incident_sheet,
    "support_request": support_sheet,
    "liaison_entry": liaison_sheet,
    "assessment": assessment_sheet,
}
