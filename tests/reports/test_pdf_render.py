"""The PDF renderer of report Documents: every block, headings kept with what follows,
references broken only where they may, annexes on pages of their own."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image as PilImage
from pypdf import PdfReader

from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import line_chart
from cimicdesk.reports.document import (
    Bullets,
    Cell,
    Chart,
    Document,
    FieldGrid,
    Furniture,
    Heading,
    Image,
    KeepTogether,
    Paragraph,
    SignOff,
    Table,
    Title,
)
from cimicdesk.reports.pdf_render import page_ranges, write_pdf

EN = texts("en")
FURNITURE = Furniture(
    marking="UN RESTRICTED", title="Test report · REF/1", unit="BANBAT 1", period="2026-W49"
)


def _pages(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def _photo() -> bytes:
    buffer = io.BytesIO()
    PilImage.new("RGB", (400, 300), (120, 160, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def test_every_block_is_written(tmp_path):
    doc = Document(FURNITURE, "subject")
    doc.add(
        Title("WEEKLY SITREP", "BANBAT 1 · 2026-W49"),
        FieldGrid((("FROM", "BANBAT 1 CIMIC"), ("TO", "Sector HQ CIMIC"))),
        Heading("Key points", "1"),
        Bullets(("Water point at Kaga repaired", "Market reopened")),
        Heading("Meetings", "2"),
        Table(
            ("Type", "Meetings"),
            (("Coordination", "12"), (Cell("Visit", "field"), "3"), ("Total", "15")),
            (0.7, 0.3),
            total_rows=1,
            numeric=frozenset({1}),
        ),
        Chart(
            "lines",
            "Meetings per week",
            ("W46", "W47", "W48", "W49"),
            (("BANBAT 1", (100, 110, 94, 116)), ("BANBAT 2", (80, 85, 90, 70))),
        ),
        Chart("bars", "Budget", ("QIP 1", "QIP 2"), (("Paid", (1000.0, 2000.0)),), integer=False),
        Chart("stacked_columns", "Incidents", ("Mon", "Tue"), (("Crime", (1, 2)),)),
        Image(_photo(), "The repaired water point"),
        KeepTogether((Heading("Issues", "3"), Paragraph("None this week.", "note"))),
        SignOff(("Prepared by", "Approved by"), ("Capt A", "Maj B"), "Signature: ____"),
    )
    out = write_pdf(doc, tmp_path / "r.pdf", EN)
    text = "\n".join(_pages(out))
    for expected in (
        "WEEKLY SITREP",
        "1. Key points",
        "Water point at Kaga repaired",
        "2. Meetings",
        "Coordination",
        "Meetings per week",
        "The repaired water point",
        "3. Issues",
        "Prepared by",
        "Capt A",
        "UN RESTRICTED",
        "Page 1 of",
    ):
        assert expected in text, expected
    assert any(page.images for page in PdfReader(str(out)).pages), "the photo is drawn"


@pytest.mark.parametrize("filler", range(30, 50))
def test_a_heading_never_sits_alone_at_the_foot_of_a_page(tmp_path, filler):
    """Whatever fills the page before it, a heading is followed on its page by text."""
    doc = Document(FURNITURE, "subject")
    doc.add(*[Paragraph(f"Line {n} of the civil situation.") for n in range(filler)])
    doc.add(Heading("Liaison and coordination", "3"))
    doc.add(Table(("Ref", "Topic"), tuple((f"R{n}", f"topic {n}") for n in range(40)), (0.3, 0.7)))
    doc.add(Heading("Incidents", "4"), Paragraph("Two incidents this week."))
    pages = _pages(write_pdf(doc, tmp_path / "r.pdf", EN))
    for page in pages:
        body = [ln for ln in page.splitlines() if ln.strip()]
        # The furniture (marking, title, unit, period, page x of y) closes each page's
        # text: drop it.
        furniture = {FURNITURE.marking, FURNITURE.title, FURNITURE.unit, FURNITURE.period}
        content = [ln for ln in body if ln not in furniture and not re.match(r"Page \d+ of", ln)]
        for heading in ("3. Liaison and coordination", "4. Incidents"):
            if heading in content:
                assert content.index(heading) < len(content) - 1, f"{heading} ends the page"


def test_references_and_addresses_break_only_after_separators(tmp_path):
    address = "coordination.officer.bangui@humanitarian-partners.example.org"
    ref = "BANBAT1-QIP-2026-00123-AMENDMENT-02"
    doc = Document(FURNITURE, "subject")
    doc.add(
        Table(
            ("E-mail", "Reference", "Note"),
            ((address, ref, "x"),),
            (0.16, 0.16, 0.68),
            refs=frozenset({0, 1}),
        )
    )
    text = _pages(write_pdf(doc, tmp_path / "r.pdf", EN))[0]
    lines = [ln.strip() for ln in text.splitlines()]
    for whole in (address, ref):
        start = next(i for i, ln in enumerate(lines) if whole.startswith(ln.split(" ")[0]))
        pieces = []
        while "".join(pieces) != whole:
            piece = lines[start + len(pieces)].split(" ")[0]
            pieces.append(piece)
            assert whole.startswith("".join(pieces)), pieces
        assert len(pieces) > 1, "the narrow column forced a break"
        assert all(p[-1] in "-/@." for p in pieces[:-1]), pieces


def test_annexes_start_a_page_and_are_counted_apart(tmp_path):
    doc = Document(FURNITURE, "subject")
    doc.add(Heading("Summary", "1"), Paragraph("Short body."))
    doc.start_annex()
    doc.add(Heading("Annex A: meetings"))
    doc.add(Table(("Ref", "Topic"), tuple((f"R{n}", "topic") for n in range(120)), (0.3, 0.7)))
    body, annexes = page_ranges(doc, EN)
    pages = _pages(write_pdf(doc, tmp_path / "r.pdf", EN))
    assert body == 1
    assert body + annexes == len(pages)
    assert annexes >= 2
    assert "Annex A: meetings" in pages[1] and "Annex A" not in pages[0]


def test_trend_lines_stay_apart_without_colour():
    """In grey print and for colour-blind readers each series differs in dash and marker."""
    styles = [line_chart.style_of(i) for i in range(6)]
    assert len({(repr(dash), marker) for _, dash, marker in styles}) == 6
    assert len({marker for _, _, marker in styles}) == 6
    assert len({repr(dash) for _, dash, _ in styles}) == 6


def test_blocks_kept_together_add_no_page(tmp_path):
    """A heading, text and sign-off kept together stay on the page they fit on."""
    doc = Document(FURNITURE, "subject")
    doc.add(
        Paragraph("hello"),
        KeepTogether(
            (
                Heading("Coming up", "4"),
                Paragraph("x"),
                SignOff(("Prepared by", "Approved by"), ("Capt A", "Maj B"), "Signature"),
            )
        ),
        Heading("Photo", "5"),
        Image(_photo(), "caption"),
    )
    pages = _pages(write_pdf(doc, tmp_path / "r.pdf", EN))
    assert len(pages) == 1
    assert "4. Coming up" in pages[0] and "Capt A" in pages[0] and "5. Photo" in pages[0]
