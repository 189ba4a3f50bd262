"""Lay a report Document (reports/document.py) out as a PDF with reportlab.

The rules an SO1 expects of paper are kept here, once for every report: a heading is
never left alone at the foot of a page, references and e-mail addresses break only
after '-', '/', '@' or '.', each annex starts a page, and every page carries the
marking, title, unit, period and 'Page x of y' (layout.build_pdf).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import KeepTogether as PdfKeepTogether
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from cimicdesk.i18n.catalogue import Texts
from cimicdesk.reports import charts, line_chart, script_text
from cimicdesk.reports.document import (
    Block,
    Bullets,
    Cell,
    CellValue,
    Chart,
    Document,
    FieldGrid,
    Heading,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SignOff,
    Table,
    Title,
)
from cimicdesk.reports.layout import (
    HEADER_FILL,
    MUTED,
    PageFurniture,
    break_ref,
    build_pdf,
    bullets,
    cell_room,
    data_table,
    field_grid,
    frame_width,
    markup,
    para,
    render_pdf,
    styles,
    text,
)

# Room a heading needs below it (with the first lines of what follows) to stay on a page.
HEADING_ROOM = {1: 28 * mm, 2: 20 * mm}
TABLE_HEADING_ROOM = 40 * mm
SMALL_TABLE_ROWS = 3
FIRST_ROWS = 1  # rows of a table that must follow its heading on the same page
PAGE_HEIGHT = 1000 * mm  # more than any page: to measure a flowable's natural height
REF_BREAKS = "-/@."
GREY = "#" + MUTED.hexval()[2:]


class _PageMark(Flowable):
    """Takes no room; notes the page it lands on (where an annex starts)."""

    def __init__(self, pages: list[int]):
        super().__init__()
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, *_: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.append(self.canv.getPageNumber())


def _cell(value: CellValue, *, ref: bool, room: float, bold: bool) -> Any:
    """One table cell: a two-line Cell, a reference that breaks only where it may, or text."""
    if isinstance(value, Cell):
        main = break_ref(value.main, room, 8, REF_BREAKS) if ref else value.main
        if not value.detail:
            return main
        if script_text.has_rtl(main):
            return [para(main, styles().cell), para(value.detail, styles().cell)]
        detail = f"<br/><font size='6.8' color='{GREY}'>{text(value.detail)}</font>"
        style = styles().cell_bold if bold else styles().cell
        return markup(text(main) + detail, style)
    return break_ref(value, room, 8, REF_BREAKS) if ref else value


def table(texts: Texts, block: Table, width: float) -> Flowable:
    rows = []
    for row in block.rows:
        rows.append(
            [
                _cell(
                    value,
                    ref=c in block.refs,
                    room=cell_room(block.widths[c], width),
                    bold=block.bold_first and c == 0,
                )
                for c, value in enumerate(row)
            ]
        )
    return data_table(
        texts,
        list(block.header),
        rows,
        list(block.widths),
        width,
        total_rows=block.total_rows,
        align_right=sorted(block.numeric),
        bold_first=block.bold_first,
    )


def chart(texts: Texts, block: Chart, width: float) -> Flowable:
    series = {name: list(values) for name, values in block.series}
    if block.kind == "lines":
        return line_chart.lines(
            block.title,
            block.categories,
            block.series,
            width,
            number=texts.number,
            integer=block.integer,
        )
    if block.kind == "stacked_columns":
        counts = {name: [int(v) for v in values] for name, values in series.items()}
        return charts.stacked_columns(block.title, block.categories, counts, width)
    return charts.horizontal_bars(
        block.title,
        block.categories,
        series,
        width,
        number=texts.number,
        reference=block.reference,
        reference_label=block.reference_label,
    )


def image(block: Image, width: float) -> list[Flowable]:
    """A photo scaled to the width and to max_height_mm, with its caption under it."""
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(block.data))
    w, h = reader.getSize()
    scale = min(width / w, block.max_height_mm * mm / h)
    picture = PdfImage(io.BytesIO(block.data), width=w * scale, height=h * scale)
    picture.hAlign = "LEFT"
    out: list[Flowable] = [picture]
    if block.caption:
        out.append(para(block.caption, styles().note))
    return out


def sign_off(block: SignOff, width: float) -> list[Flowable]:
    st = styles()
    cells = [
        [PdfParagraph(text(label), st.label) for label in block.labels],
        [PdfParagraph(text(name), st.body) for name in block.names],
        [PdfParagraph(text(block.signature), st.body)] * 2,
    ]
    sheet = PdfTable(cells, colWidths=[width / 2, width / 2])
    sheet.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, HEADER_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 2), (-1, 2), 12),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [Spacer(0, 8), sheet]


def _paragraph(block: Paragraph) -> Flowable:
    st = styles()
    style = {"body": st.body, "lead": st.body, "note": st.note, "small": st.cell}[block.style]
    return para(block.text, style)


def flowables(texts: Texts, block: Block, width: float) -> list[Flowable]:
    """The reportlab flowables of one block (a heading alone: see _keep_headings)."""
    st = styles()
    if isinstance(block, Title):
        out: list[Flowable] = [PdfParagraph(text(block.title), st.title)]
        if block.subtitle:
            out.append(PdfParagraph(text(block.subtitle), st.subtitle))
        return out
    if isinstance(block, Heading):
        return [PdfParagraph(text(block.label), st.heading if block.level == 1 else st.subheading)]
    if isinstance(block, Paragraph):
        return [_paragraph(block), Spacer(0, 3)]
    if isinstance(block, Bullets):
        return [*bullets(list(block.items)), Spacer(0, 3)]
    if isinstance(block, Table):
        body: list[Flowable] = []
        if block.caption:
            body.append(PdfParagraph(text(block.caption), st.subheading))
        body += [table(texts, block, width), Spacer(0, 5)]
        return body
    if isinstance(block, FieldGrid):
        return [field_grid(texts, list(block.pairs), width, block.columns), Spacer(0, 4)]
    if isinstance(block, Chart):
        return [chart(texts, block, width), Spacer(0, 6)]
    # A photo with its caption and a sign-off stay whole; KeepTogether blocks hold plain
    # flowables only, since reportlab breaks the page before a KeepTogether nested in one.
    if isinstance(block, Image):
        return [PdfKeepTogether(image(block, width))]
    if isinstance(block, SignOff):
        return [PdfKeepTogether(sign_off(block, width))]
    if isinstance(block, PageBreak):
        return [PdfPageBreak()]
    if isinstance(block, KeepTogether):
        return [PdfKeepTogether([f for b in block.blocks for f in _plain(texts, b, width)])]
    raise TypeError(f"not a report block: {block!r}")


def _plain(texts: Texts, block: Block, width: float) -> list[Flowable]:
    """A block's flowables with no KeepTogether of their own (to go inside one)."""
    if isinstance(block, Image):
        return image(block, width)
    if isinstance(block, SignOff):
        return sign_off(block, width)
    if isinstance(block, KeepTogether):
        return [f for b in block.blocks for f in _plain(texts, b, width)]
    return flowables(texts, block, width)


def _is_small(block: Block) -> bool:
    """Whether a block is kept whole with the heading above it: anything but a table of
    more than a few rows (a chart or a photo cannot split at all)."""
    if isinstance(block, Table):
        return len(block.rows) <= SMALL_TABLE_ROWS
    return True


def _room_to_start(head: Sequence[Flowable], rest: Sequence[Flowable], width: float) -> float:
    """The height a heading needs below it to start its table on the same page: itself,
    the table's header row and its first rows (the rest may follow on the next page)."""
    room = 0.0
    for flowable in head:
        height = flowable.wrap(width, PAGE_HEIGHT)[1]
        room += float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())
    for flowable in rest:
        if isinstance(flowable, PdfTable):
            flowable.wrap(width, PAGE_HEIGHT)
            heights: list[float] = flowable._rowHeights  # reportlab's, once wrapped
            return room + sum(heights[: 1 + FIRST_ROWS]) + 6
    return float(room + TABLE_HEADING_ROOM)


def _keep_headings(texts: Texts, blocks: Sequence[Block], width: float) -> list[list[Flowable]]:
    """Flowables per block, each heading joined to the block after it.

    A heading with a short block is kept whole with it; with a long table or a chart,
    a new page is started first unless enough room is left for the heading and the
    first rows (the table then splits across pages, repeating its header row).
    """
    groups: list[list[Flowable]] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, Heading) and index + 1 < len(blocks):
            following = blocks[index + 1]
            head = flowables(texts, block, width)
            rest = _plain(texts, following, width)
            if isinstance(following, KeepTogether):  # the heading joins the group
                groups.append([CondPageBreak(HEADING_ROOM.get(block.level, 24 * mm))])
                groups.append([PdfKeepTogether([*head, *_plain(texts, following, width)])])
                index += 2
                continue
            if isinstance(following, Heading):  # a heading straight over a sub-heading
                groups.append([CondPageBreak(HEADING_ROOM[1] + 12 * mm), *head])
            elif _is_small(following):
                groups.append([CondPageBreak(HEADING_ROOM.get(block.level, 24 * mm))])
                groups.append([PdfKeepTogether([*head, *rest])])
                index += 2
                continue
            else:
                room = _room_to_start(head, rest, width)
                groups.append([CondPageBreak(room), *head, *rest])
                index += 2
                continue
        else:
            groups.append(flowables(texts, block, width))
        index += 1
    return groups


def story(
    texts: Texts, document: Document, width: float, annex_pages: list[int] | None = None
) -> list[Flowable]:
    """Every block as flowables, each annex from a new page (its first page noted)."""
    starts = set(document.annex_starts)
    out: list[Flowable] = []
    chunk: list[Block] = []

    def flush() -> None:
        for group in _keep_headings(texts, chunk, width):
            out.extend(group)
        chunk.clear()

    for index, block in enumerate(document.blocks):
        if index in starts:
            flush()
            out.append(PdfPageBreak())
            if annex_pages is not None:
                out.append(_PageMark(annex_pages))
        chunk.append(block)
    flush()
    if annex_pages is not None:
        out.append(_PageMark(annex_pages))  # the last page, noted last
    return out


def _furniture(document: Document) -> PageFurniture:
    f = document.furniture
    return PageFurniture(
        marking=f.marking, title=f.title, unit=f.unit, period=f.period, exercise=f.exercise
    )


def write_pdf(document: Document, out: Path, texts: Texts, *, paper: str = "A4") -> Path:
    """Write the document to `out` as a PDF in the language of `texts`."""
    width = frame_width(paper)
    story_ = story(texts, document, width)
    furniture = _furniture(document)
    return build_pdf(out, story_, furniture, texts, paper=paper, subject=document.subject)


def page_ranges(document: Document, texts: Texts, *, paper: str = "A4") -> tuple[int, int]:
    """(pages of the body, pages of the annexes) of the document laid out, for tests and
    notes: an SO1 reads the body; the annexes are for reference."""
    annex_pages: list[int] = []
    width = frame_width(paper)
    story_ = story(texts, document, width, annex_pages)
    render_pdf(io.BytesIO(), story_, _furniture(document), texts, paper=paper)
    *starts, total = annex_pages
    if not starts:
        return total, 0
    body = starts[0] - 1
    return body, total - body
