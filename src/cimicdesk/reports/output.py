"""A report written to its file whole or not at all, as PDF or, for a '.docx' name, as Word.

The format follows the file name the officer chose: '.docx' gives the editable Word copy
(docx_render), anything else the PDF (pdf_render). Either is written to a temporary file
beside `out` and renamed into place, so a failed write never leaves half a report.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import msg
from cimicdesk.reports.document import Document
from cimicdesk.reports.pdf_render import write_pdf

WORD_SUFFIX = ".docx"


def is_word(out: Path | str) -> bool:
    """Whether a file name asks for the Word copy ('.docx', any case)."""
    return Path(out).suffix.lower() == WORD_SUFFIX


def write_document(document: Document, out: Path | str, texts: Texts, *, paper: str = "A4") -> Path:
    """Write `document` to `out` (Word for '.docx', else PDF) whole or not at all."""
    if is_word(out):
        from cimicdesk.reports.docx_render import write_docx  # python-docx: only for Word

        return write_whole(out, lambda path: write_docx(document, path, texts, paper=paper))
    return write_whole(out, lambda path: write_pdf(document, path, texts, paper=paper))


def write_whole(out: Path | str, write: Callable[[Path], object]) -> Path:
    """Let `write` fill a temporary file beside `out`, then rename it into place."""
    out = Path(out)
    if out.is_dir():
        raise CimicError(
            msg("{out} is a folder: give the name of the file to write.", out=str(out))
        )
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
                msg(
                    "{out_name} could not be replaced: it is probably open in another program. "
                    "Close it, or choose another file name, and try again.",
                    out_name=out.name,
                )
            ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return out
