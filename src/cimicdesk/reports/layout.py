"""Page furniture and styles shared by every report: fonts, paper, marking, page x of y.

Tables and header grids take the report's Texts (i18n.catalogue) and write each cell as
the language does: Messages rendered, labels translated, numbers and dates in its form,
an officer's text as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import msg
from cimicdesk.reports import script_text

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "LETTER": letter}
MARGIN_X: float = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b636e")
HEADER_FILL = colors.HexColor("#2f4858")
ZEBRA = colors.HexColor("#f0f3f6")
TOTAL_FILL = colors.HexColor("#dde4ea")
RULE = colors.HexColor("#9aa5b1")
MARKING_INK = colors.HexColor("#8b0000")
# Babel groups French thousands with a narrow no-break space (U+202F); reportlab's
# paragraphs count it as a breakable space (a number would split over two lines, and
# print with a plain space), so paragraphs get the no-break space U+00A0 in its place.
NARROW_NBSP = {0x202F: "\u00a0"}


def register_fonts() -> None:
    """Register the DejaVu family shipped inside the package (never fetched); idempotent."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.files("cimicdesk.reports") / "fonts"
    for name, filename in _FONT_FILES.items():
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


def page_size(paper: str) -> tuple[float, float]:
    """The page size for 'A4' (default) or 'Letter'; CimicError for anything else."""
    size = PAPERS.get((paper or "A4").strip().upper())
    if size is None:
        raise CimicError(msg("Paper '{paper}' is not offered: choose A4 or Letter.", paper=paper))
    return size


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every report."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=9.8)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=2
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, textColor=MUTED, spaceAfter=6),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=9,
            spaceAfter=4,
            textColor=HEADER_FILL,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12.5,
            spaceBefore=5,
            spaceAfter=2,
        ),
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=1),
        note=ParagraphStyle("note", parent=body, fontName=FONT_ITALIC, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=FONT_BOLD, textColor=colors.white
        ),
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=8.5),
        value=ParagraphStyle("value", parent=body, fontSize=9, leading=12),
    )


def text(value: object) -> str:
    """User text made safe for a Paragraph: escaped, line breaks kept, right-to-left lines
    in drawing order, emoji in the emoji font (script_text)."""
    register_fonts()
    shown = str(value if value is not None else "").translate(NARROW_NBSP)
    return script_text.markup(shown, FONT)


def clip(value: str, limit: int = 320) -> str:
    """Shorten long free text for a table cell, marking the cut with an ellipsis."""
    value = " ".join((value or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def break_ref(ref: str, room: float, size: float = 8, at: str = "-/") -> str:
    """A reference such as BANBAT1-QIP-2026-001 with line breaks after hyphens (and
    slashes), so each line fits in `room` points; reportlab would cut it mid-number."""
    register_fonts()
    lines: list[str] = []
    current = ""
    for part in re.split(f"(?<=[{re.escape(at)}])", ref):
        if current and pdfmetrics.stringWidth(current + part, FONT, size) > room:
            lines.append(current)
            current = part
        else:
            current += part
    lines.append(current)
    return "\n".join(lines)


def cell_room(fraction: float, total_width: float) -> float:
    """The width for text in a table column (the column less its padding)."""
    return fraction * total_width - 7


def para(value: object, style: ParagraphStyle | None = None) -> Flowable:
    """A paragraph of user text (escaped); right-to-left text wraps in reading order."""
    value = str(value if value is not None else "").translate(NARROW_NBSP)
    if script_text.has_rtl(value):
        return script_text.RightToLeftParagraph(value, style or styles().body)
    return Paragraph(text(value), style or styles().body)


def markup(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of our own markup (already escaped by the caller)."""
    return Paragraph(value, style or styles().body)


def heading(number: int | str | None, title: str) -> Flowable:
    """A numbered section heading that never sits alone at the foot of a page."""
    label = f"{number}. {title}" if number not in (None, "") else title
    return Paragraph(text(label), styles().heading)


def section_start(
    number: int | str | None, title: str, first: Flowable | None = None
) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page.

    A short first flowable (a paragraph) is kept on the same page as the heading; a
    table or chart follows it and splits across pages as it must, after a check that
    enough of the page is left for the heading and the first rows.
    """
    head = heading(number, title)
    if first is None:
        return [CondPageBreak(28 * mm), head]
    if isinstance(first, Paragraph | Spacer):
        return [CondPageBreak(28 * mm), KeepTogether([head, first])]
    return [CondPageBreak(50 * mm), head, first]


def nothing(what: str) -> Paragraph:
    """The sentence a section shows when it has no data: 'No incidents reported this period.'"""
    return Paragraph(text(what), styles().note)


def bullets(lines: Sequence[str], style: ParagraphStyle | None = None) -> list[Flowable]:
    return [Paragraph(text(line), style or styles().bullet, bulletText="•") for line in lines]


def free_text(value: str, empty: str) -> list[Flowable]:
    """An officer's free text: paragraphs split on blank lines, '-' or '*' lines as bullets."""
    value = (value or "").strip()
    if not value:
        return [nothing(empty)]
    flow: list[Flowable] = []
    for block in value.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.rstrip() for ln in block.split("\n") if ln.strip()]
        if lines and all(ln.lstrip()[:1] in "-*•" for ln in lines):
            flow += bullets([ln.lstrip()[1:].strip() for ln in lines])
        else:
            flow.append(para("\n".join(lines)))
        flow.append(Spacer(0, 3))
    return flow


def data_table(
    texts: Texts,
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    total_width: float,
    *,
    total_rows: int = 0,
    align_right: Sequence[int] = (),
    bold_first: bool = False,
) -> Table:
    """A table that wraps its cells, repeats its header on each page and stripes its rows.

    widths are fractions of total_width; the last total_rows rows are shaded as totals.
    Other cells are written by texts.value (a Message rendered, a label translated, a
    number grouped, an officer's str as it is) and escaped; Flowables (or lists of them)
    are placed as they are.
    """
    st = styles()
    right = ParagraphStyle("cell_right", parent=st.cell, alignment=2)
    right_bold = ParagraphStyle("cell_right_bold", parent=st.cell_bold, alignment=2)
    head_right = ParagraphStyle("cell_head_right", parent=st.cell_head, alignment=2)
    body_rows: list[list[Any]] = []
    for r, row in enumerate(rows):
        is_total = r >= len(rows) - total_rows
        cells: list[Any] = []
        for c, value in enumerate(row):
            if isinstance(value, Flowable | list):  # a list: flowables stacked in the cell
                cells.append(value)
                continue
            bold = is_total or (bold_first and c == 0)
            if c in align_right:
                style = right_bold if bold else right
            else:
                style = st.cell_bold if bold else st.cell
            cells.append(para(texts.value(value), style))
        body_rows.append(cells)
    head = [
        Paragraph(text(texts.value(h)), head_right if i in align_right else st.cell_head)
        for i, h in enumerate(header)
    ]
    table = Table(
        [head, *body_rows],
        colWidths=[w * total_width for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for r in range(1, len(body_rows) + 1):
        if r > len(body_rows) - total_rows:
            commands.append(("BACKGROUND", (0, r), (-1, r), TOTAL_FILL))
        elif r % 2 == 0:
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    table.setStyle(TableStyle(commands))
    return table


def field_grid(
    texts: Texts, pairs: Sequence[tuple[object, object]], total_width: float, columns: int = 2
) -> Table:
    """Label/value pairs laid out in columns, as in a message header (FROM, TO, ...)."""
    st = styles()
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        shown = texts.value(value) or "—"
        row += [Paragraph(text(texts.value(label)), st.label), para(shown, st.value)]
        if len(row) == columns * 2:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (columns * 2 - len(row)))
    label_w = 0.14 if columns == 2 else 0.2
    value_w = (1 - label_w * columns) / columns
    table = Table(
        cells,
        colWidths=[total_width * (label_w if i % 2 == 0 else value_w) for i in range(columns * 2)],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, HEADER_FILL),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, HEADER_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries: the handling marking, the report title, unit and period;
    exercise: the report of a training database, marked EXERCISE at top and bottom."""

    marking: str
    title: str
    unit: str
    period: str
    exercise: bool = False


class _NumberedCanvas(canvas.Canvas):
    """Holds every page until the end so each can say 'Page x of y' (two-pass numbering).

    Attributes: furniture (PageFurniture), texts (the report's language), _pages (saved
    page states).
    """

    def __init__(self, *args: Any, furniture: PageFurniture, texts: Texts, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.furniture = furniture
        self.texts = texts
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        width, height = self._pagesize
        f = self.furniture
        self.saveState()
        self.setFillColor(MARKING_INK)
        self.setFont(FONT_BOLD, 10)
        self.drawCentredString(width / 2, height - 10 * mm, f.marking)
        self.drawCentredString(width / 2, 7 * mm, f.marking)
        self.setFillColor(MUTED)
        self.setFont(FONT, 7.5)
        self.drawString(MARGIN_X, height - 15 * mm, f.title)
        self.drawRightString(width - MARGIN_X, height - 15 * mm, f.unit)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, height - 16.5 * mm, width - MARGIN_X, height - 16.5 * mm)
        self.line(MARGIN_X, 16.5 * mm, width - MARGIN_X, 16.5 * mm)
        self.drawString(MARGIN_X, 13 * mm, f.unit)
        self.drawCentredString(width / 2, 13 * mm, f.period)
        page = msg("Page {page} of {total}", page=self._pageNumber, total=total)
        self.drawRightString(width - MARGIN_X, 13 * mm, self.texts.render(page))
        self.restoreState()


def build_pdf(
    out: Path,
    story: list[Flowable],
    furniture: PageFurniture,
    texts: Texts,
    *,
    paper: str = "A4",
    author: str = "",
    subject: str = "",
) -> Path:
    """Lay out a story on pages carrying the marking, title, unit, period and page x of y."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    render_pdf(str(out), story, furniture, texts, paper=paper, author=author, subject=subject)
    return out


def render_pdf(
    target: str | BinaryIO,
    story: list[Flowable],
    furniture: PageFurniture,
    texts: Texts,
    *,
    paper: str = "A4",
    author: str = "",
    subject: str = "",
) -> None:
    """build_pdf into a file name or a binary file object (e.g. to count pages in memory)."""
    register_fonts()
    doc = SimpleDocTemplate(
        target,
        pagesize=page_size(paper),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=furniture.title,
        author=author or furniture.unit,
        subject=subject or furniture.period,
        creator="CIMIC Desk",
    )
    if furniture.exercise:
        mark = texts.render(msg("EXERCISE"))
        furniture = replace(furniture, marking=f"{mark} · {furniture.marking} · {mark}")
    doc.build(
        story,
        canvasmaker=functools.partial(_NumberedCanvas, furniture=furniture, texts=texts),
    )


def frame_width(paper: str) -> float:
    """The width of the text frame on this paper."""
    return page_size(paper)[0] - 2 * MARGIN_X


def centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_centred", parent=style, alignment=TA_CENTER)
