"""Print one record: find it by reference or id, build its sheet, write it whole or not at all.

`write_record` is what the command line (print-record) and the editors' Print action
call. A sheet must fit on two pages: its free texts are shortened step by step
(record_sheet.SheetOptions.text_limit) until the PDF's pages say it does.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PIL import Image as PilImage

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg
from cimicdesk.reports.commands import _check_options
from cimicdesk.reports.document import Block, Document, Image, KeepTogether
from cimicdesk.reports.output import write_document
from cimicdesk.reports.pdf_render import page_ranges
from cimicdesk.reports.record_sheet import BUILDERS, TEXT_LIMIT, SheetOptions
from cimicdesk.store.database import Store

KINDS = tuple(BUILDERS)  # qip, incident, support_request, liaison_entry, assessment
# Each kind's table and the column that holds its reference (BANBAT1-QIP-2026-001).
_TABLES = {
    "qip": ("qips", "number"),
    "incident": ("incidents", "reference"),
    "support_request": ("support_requests", "number"),
    "liaison_entry": ("liaison_entries", "ref"),
    "assessment": ("assessments", "reference"),
}
_NOUNS: dict[str, Message] = {
    "qip": msg("QIP"),
    "incident": msg("incident"),
    "support_request": msg("support request"),
    "liaison_entry": msg("liaison entry"),
    "assessment": msg("assessment"),
}
# How much a sheet may hold, tried in turn until it fits on MAX_PAGES: characters of
# free text, rows per table, photos and their height (mm).
FIT_STEPS = tuple(
    SheetOptions(text_limit=text, max_rows=rows, max_photos=photos, photo_height_mm=height)
    for text, rows, photos, height in (
        (TEXT_LIMIT, 10, 4, 52),
        (2_600, 8, 4, 52),
        (1_800, 6, 4, 48),
        (1_200, 5, 4, 44),
        (900, 4, 4, 40),
        (600, 3, 4, 36),
        (600, 3, 2, 40),
        (300, 3, 2, 34),
    )
)
MAX_PAGES = 2


def check_kind(kind: str) -> str:
    """The kind of record to print; CimicError naming the kinds for anything else."""
    if kind not in BUILDERS:
        raise CimicError(
            msg(
                "'{kind}' is not a kind of record that prints; choose one of: {kinds}.",
                kind=kind,
                kinds=", ".join(KINDS),
            )
        )
    return kind


def _row(store: Store, kind: str, key: str, *, by_reference: bool) -> tuple[str, bool] | None:
    table, column = _TABLES[kind]
    where = f"upper({column}) = upper(?)" if by_reference else "id = ?"
    row = store.db.execute(f"SELECT id, deleted FROM {table} WHERE {where}", [key]).fetchone()
    return (str(row[0]), bool(row[1])) if row else None


def find_record(store: Store, reference: str) -> tuple[str, str]:
    """(kind, id) of the record with this reference (BANBAT1-QIP-2026-001) or id.

    CimicError when no record has it, or when the record was deleted.
    """
    key = (reference or "").strip()
    for by_reference in (True, False):
        for kind in KINDS:
            found = _row(store, kind, key, by_reference=by_reference) if key else None
            if found is not None:
                record_id, deleted = found
                if deleted:
                    raise _deleted(kind, key)
                return kind, record_id
    raise CimicError(
        msg(
            "No QIP, incident, support request, liaison entry or assessment has the "
            "reference or id '{reference}'.",
            reference=key,
        )
    )


def _deleted(kind: str, key: str) -> CimicError:
    return CimicError(
        msg(
            "The {noun} {reference} was deleted: restore it before printing it.",
            noun=_NOUNS[kind],
            reference=key,
        )
    )


def check_record(store: Store, kind: str, record_id: str) -> None:
    """CimicError unless the database holds a live record of this kind with this id."""
    found = _row(store, check_kind(kind), record_id, by_reference=False)
    if found is None:
        raise CimicError(
            msg("No {noun} with id '{id}' in this database.", noun=_NOUNS[kind], id=record_id)
        )
    if found[1]:
        raise _deleted(kind, record_id)


def build_sheet(
    store: Store,
    kind: str,
    record_id: str,
    texts: Texts,
    *,
    paper: str = "A4",
    marking: str | None = None,
    now: datetime | None = None,
    fit: bool = True,
) -> Document:
    """The record's sheet; with fit, its texts shortened until the PDF has MAX_PAGES at most."""
    check_record(store, kind, record_id)
    build = BUILDERS[kind]
    now = now or utc_now()
    steps = FIT_STEPS if fit else FIT_STEPS[:1]
    for step in steps:
        document = build(store, record_id, texts, replace(step, marking=marking, now=now))
        if not fit or sum(page_ranges(_light(document), texts, paper=paper)) <= MAX_PAGES:
            break
    return document


def _light(document: Document) -> Document:
    """The document with each photo replaced by a small blank picture of the same shape:
    laid out alike, counted in a fraction of the time (reportlab encodes every image)."""
    return Document(
        document.furniture,
        document.subject,
        [_light_block(block) for block in document.blocks],
        list(document.annex_starts),
    )


def _light_block(block: Block) -> Block:
    if isinstance(block, KeepTogether):
        return KeepTogether(tuple(_light_block(b) for b in block.blocks))
    if not isinstance(block, Image):
        return block
    with PilImage.open(io.BytesIO(block.data)) as picture:
        width, height = picture.size
    scale = 96 / max(width, height)
    blank = PilImage.new("L", (max(1, round(width * scale)), max(1, round(height * scale))))
    out = io.BytesIO()
    blank.save(out, "JPEG")
    return replace(block, data=out.getvalue())


def write_record(
    store: Store,
    out: Path | str,
    kind: str,
    record_id: str,
    *,
    paper: str = "A4",
    language: str = "en",
    marking: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write one QIP, incident, support request, liaison entry or assessment as a PDF of one or two
    pages (a `.docx` name: a Word document), whole or not at all; returns the path."""
    texts = _check_options(paper, language)
    check_kind(kind)
    document = build_sheet(store, kind, record_id, texts, paper=paper, marking=marking, now=now)
    return write_document(document, out, texts, paper=paper)
