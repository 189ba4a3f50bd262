"""A report's blocks (reports/document.py) written as an editable Word document (python-docx).

The SO1 pastes battalion and sector input into the Force HQ report, so the Word copy
holds the same sections and tables as the PDF, in Word's own structures: headings in
Word's Heading 1/2 styles (the navigation pane, and pasting into another report takes
that report's heading styles), real tables whose header row repeats on each page, and
the marking, title, unit, period and 'Page X of Y' (Word fields) on every page.
python-docx's default template ships inside its wheel: nothing is fetched.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document as new_word_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run
from PIL import Image as PilImage
from PIL import UnidentifiedImageError
from reportlab.lib.colors import Color

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n import catalogue
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import msg
from cimicdesk.reports import layout, script_text
from cimicdesk.reports.document import (
    Block,
    Bullets,
    Cell,
    CellValue,
    Chart,
    Document,
    FieldGrid,
    Furniture,
    Heading,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SignOff,
    Table,
    Title,
)

# Sizes follow the PDF's (layout.styles), a little larger where Word's fonts run small.
BODY_PT = 9.5
CELL_PT = 8.5
DETAIL_PT = 7.5
SMALL_PT = 8
FURNITURE_PT = 7.5
MARKING_PT = 10
# A chart's table: the category column, then each series' figures (fractions of the width).
CHART_FIRST_COLUMN = 0.22
CHART_COLUMN = 0.16
# Room inside a table cell left and right (twentieths of a point), as the PDF's padding.
CELL_MARGIN_TWIPS = 70
# The header and footer sit in the margins, as the PDF's do (layout._NumberedCanvas).
HEADER_DISTANCE_MM = 7
FOOTER_DISTANCE_MM = 5
# Word's languages for spelling and hyphenation, by the report's language.
_WORD_LANGUAGE = {"en": "en-GB", "fr": "fr-FR"}
# Characters XML 1.0 cannot hold (lxml refuses them): dropped from an officer's text;
# vertical tab and form feed (a pasted Word line or page break) become line breaks.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_AS_NEWLINE = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
# Formats python-docx places as they are; any other image is re-encoded as PNG first.
_WORD_IMAGE_FORMATS = frozenset({"JPEG", "PNG", "GIF", "BMP", "TIFF"})
# A picture without a resolution of its own is taken at the screen's.
_DEFAULT_DPI = 96
_EMU_PER_INCH = 914400


def _tags(names: str) -> tuple[str, ...]:
    return tuple(f"w:{name}" for name in names.split())


# Element order inside the property elements this module writes into (ECMA-376 §17):
# Word refuses a file whose properties are out of order.
_PPR_ORDER = _tags(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
_RPR_ORDER = _tags(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
    "specVanish oMath"
)
_TCPR_ORDER = _tags(
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark"
)
_TBLPR_ORDER = _tags(
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW "
    "jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook"
)
_BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")
# A table row as built here: its w:tr element and its cells.
_Row = tuple[CT_Row, list[_Cell]]


def write_docx(
    document: Document, out: Path, texts: Texts | None = None, *, paper: str = "A4"
) -> Path:
    """Write `document` to `out` as a Word document (.docx) and return `out`.

    texts: the report's language, for the page furniture ('Page X of Y', EXERCISE) and
    the figures of a chart's table; English when not given. paper: 'A4' or 'Letter'
    (CimicError otherwise), with the PDF's margins. Writes `out` directly: callers that
    need whole-or-nothing go through reports/output.write_document.
    """
    texts = texts or catalogue.texts(catalogue.SOURCE_LANGUAGE)
    word = new_word_document()
    writer = _Writer(word, texts, paper)
    writer.page_setup(document.furniture)
    writer.styles()
    writer.properties(document)
    annexes = set(document.annex_starts)
    previous: Block | None = None
    for index, block in enumerate(document.blocks):
        # Each annex starts a page, unless a page break already stands there.
        breaks = isinstance(block, PageBreak) or isinstance(previous, PageBreak)
        if index in annexes and previous is not None and not breaks:
            writer.page_break()
        writer.block(block)
        previous = block
    out = Path(out)
    word.save(str(out))
    return out


def clean(value: object) -> str:
    """An officer's text as Word can hold it: unchanged but for the characters XML 1.0
    cannot carry (control characters: dropped) and Windows line ends."""
    shown = str(value if value is not None else "")
    shown = shown.replace("\r\n", "\n").replace("\r", "\n").translate(_AS_NEWLINE)
    return _NOT_XML.sub("", shown)


def _rgb(colour: Color) -> RGBColor:
    return RGBColor.from_string(colour.hexval()[2:].upper())


def _hex(colour: Color) -> str:
    return str(colour.hexval()[2:].upper())


INK = _rgb(layout.INK)
MUTED = _rgb(layout.MUTED)
MARKING_INK = _rgb(layout.MARKING_INK)
HEADING_INK = _rgb(layout.HEADER_FILL)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)


def _child(parent: BaseOxmlElement, tag: str, order: Sequence[str]) -> BaseOxmlElement:
    """The `tag` child of `parent`, added in its schema place when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found  # type: ignore[no-any-return]
    element = OxmlElement(tag)
    successors = order[order.index(tag) + 1 :]
    parent.insert_element_before(element, *successors)
    return element


def _set(element: BaseOxmlElement, **attributes: str) -> BaseOxmlElement:
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _style_run(
    run: Run,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    colour: RGBColor | None = None,
) -> Run:
    """Bold, italic and size for Latin and complex scripts alike (Arabic takes the
    complex-script properties bCs, iCs, szCs)."""
    wanted: list[tuple[str, dict[str, str]]] = []
    if bold:
        wanted += [("w:b", {}), ("w:bCs", {})]
    if italic:
        wanted += [("w:i", {}), ("w:iCs", {})]
    if colour is not None:
        wanted.append(("w:color", {"val": str(colour)}))
    if size is not None:
        half_points = str(round(size * 2))
        wanted += [("w:sz", {"val": half_points}), ("w:szCs", {"val": half_points})]
    rpr = run._r.get_or_add_rPr()
    # A new run's properties are written in schema order straight away (the list above is
    # in that order); a run that has some gets each one in its place.
    fresh = len(rpr) == 0
    for tag, attributes in wanted:
        element = OxmlElement(tag) if fresh else _child(rpr, tag, _RPR_ORDER)
        _set(element, **attributes)
        if fresh:
            rpr.append(element)
    return run


def _direction(paragraph: WordParagraph, value: str) -> None:
    """A paragraph whose first letter is Arabic or Hebrew reads right to left."""
    if script_text.has_rtl(value) and script_text.right_to_left(value.lstrip()):
        _child(paragraph._p.get_or_add_pPr(), "w:bidi", _PPR_ORDER)


def _keep_with_next(paragraph: WordParagraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


def _rule(paragraph: WordParagraph, side: str, colour: Color, eighths: int = 4) -> None:
    """A line above ('top') or below ('bottom') a paragraph."""
    borders = _child(paragraph._p.get_or_add_pPr(), "w:pBdr", _PPR_ORDER)
    line = OxmlElement(f"w:{side}")
    _set(line, val="single", sz=str(eighths), space="1", color=_hex(colour))
    borders.append(line)


def _shade(cell: _Cell, colour: Color) -> None:
    shading = _child(cell._tc.get_or_add_tcPr(), "w:shd", _TCPR_ORDER)
    _set(shading, val="clear", color="auto", fill=_hex(colour))


def _field(paragraph: WordParagraph, instruction: str, shown: str) -> list[Run]:
    """A Word field (PAGE, NUMPAGES): its code, and `shown` until Word updates it."""
    runs = []
    begin = _set(OxmlElement("w:fldChar"), fldCharType="begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate = _set(OxmlElement("w:fldChar"), fldCharType="separate")
    end = _set(OxmlElement("w:fldChar"), fldCharType="end")
    for element in (begin, code, separate, None, end):
        run = paragraph.add_run(shown if element is None else None)
        if element is not None:
            run._r.append(element)
        runs.append(run)
    return runs


class _Writer:
    """Writes blocks one after another at the end of a python-docx document.

    Attributes: word (the python-docx document), texts (the report's language),
    width (the text width, in EMU).
    """

    def __init__(self, word: WordDocument, texts: Texts, paper: str) -> None:
        self.word = word
        self.texts = texts
        self.paper = paper
        self.width = Emu(0)

    # --- the document as a whole -------------------------------------------------------

    def page_setup(self, furniture: Furniture) -> None:
        """Paper, the PDF's margins, and the furniture in the header and the footer."""
        page_width, page_height = layout.page_size(self.paper)  # CimicError if unknown
        section = self.word.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Pt(page_width)
        section.page_height = Pt(page_height)
        section.left_margin = section.right_margin = Pt(layout.MARGIN_X)
        section.top_margin = Pt(layout.MARGIN_TOP)
        section.bottom_margin = Pt(layout.MARGIN_BOTTOM)
        section.header_distance = Mm(HEADER_DISTANCE_MM)
        section.footer_distance = Mm(FOOTER_DISTANCE_MM)
        section.different_first_page_header_footer = False
        self.width = Emu(Pt(page_width - 2 * layout.MARGIN_X))
        marking = furniture.marking
        if furniture.exercise:
            mark = self.texts.render(msg("EXERCISE"))
            marking = f"{mark} · {marking} · {mark}"
        self._header(section.header.paragraphs[0], furniture, marking)
        self._footer(section.footer.paragraphs[0], furniture, marking)

    def _marking(self, paragraph: WordParagraph, marking: str) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _style_run(
            paragraph.add_run(clean(marking)), bold=True, size=MARKING_PT, colour=MARKING_INK
        )

    def _tabs(self, paragraph: WordParagraph, *, centre: bool) -> None:
        stops = paragraph.paragraph_format.tab_stops
        if centre:
            stops.add_tab_stop(Emu(self.width // 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(self.width, WD_TAB_ALIGNMENT.RIGHT)

    def _header(self, first: WordParagraph, furniture: Furniture, marking: str) -> None:
        """Marking (centred, bold dark red), then title left and unit right over a rule."""
        self._marking(first, marking)
        line = self.word.sections[0].header.add_paragraph(style="Header")
        self._tabs(line, centre=False)
        shown = f"{clean(furniture.title)}\t{clean(furniture.unit)}"
        _style_run(line.add_run(shown), size=FURNITURE_PT, colour=MUTED)
        _rule(line, "bottom", layout.RULE)

    def _footer(self, first: WordParagraph, furniture: Furniture, marking: str) -> None:
        """Unit, period and 'Page X of Y' over the marking, as the PDF's foot."""
        self._tabs(first, centre=True)
        _rule(first, "top", layout.RULE)
        shown = f"{clean(furniture.unit)}\t{clean(furniture.period)}\t"
        _style_run(first.add_run(shown), size=FURNITURE_PT, colour=MUTED)
        # The language's own 'Page {page} of {total}', its numbers as Word fields.
        page_mark, total_mark = "\x01", "\x02"
        page = msg("Page {page} of {total}", page=page_mark, total=total_mark)
        sentence = self.texts.render(page)
        for piece in re.split(f"([{page_mark}{total_mark}])", sentence):
            if piece == page_mark:
                runs = _field(first, "PAGE", "1")
            elif piece == total_mark:
                runs = _field(first, "NUMPAGES", "1")
            else:
                runs = [first.add_run(piece)] if piece else []
            for run in runs:
                _style_run(run, size=FURNITURE_PT, colour=MUTED)
        self._marking(self.word.sections[0].footer.add_paragraph(style="Footer"), marking)

    def styles(self) -> None:
        """Word's own styles, sized as the PDF's and in the report's language."""
        styles = self.word.styles
        normal = styles["Normal"]
        normal.font.size = Pt(BODY_PT)
        normal.font.color.rgb = INK
        normal.paragraph_format.space_after = Pt(4)
        language = _WORD_LANGUAGE.get(self.texts.language, "en-GB")
        rpr = normal.element.get_or_add_rPr()
        _set(_child(rpr, "w:lang", _RPR_ORDER), val=language, bidi="ar-SA")
        for name, size in (("Title", 17), ("Subtitle", 10), ("Heading 1", 12), ("Heading 2", 10)):
            styles[name].font.size = Pt(size)
        for name in ("Heading 1", "Heading 2", "Title"):
            styles[name].font.color.rgb = HEADING_INK
        styles["Subtitle"].font.color.rgb = MUTED
        # The template's header and footer stops are for Letter: ours follow the text width.
        for name in ("Header", "Footer"):
            styles[name].paragraph_format.tab_stops.clear_all()

    def properties(self, document: Document) -> None:
        """Title, subject and author (the unit) in the file's properties."""
        core = self.word.core_properties
        furniture = document.furniture
        core.title = clean(furniture.title)
        core.subject = clean(document.subject)
        core.author = clean(furniture.unit)
        core.last_modified_by = clean(furniture.unit)
        core.category = clean(furniture.marking)
        core.comments = ""
        core.keywords = ""
        core.language = _WORD_LANGUAGE.get(self.texts.language, "en-GB")
        # The template's own dates are from 2013: the file is made now.
        now = utc_now().replace(microsecond=0, tzinfo=None)
        core.created = core.modified = now
        core.revision = 1

    # --- blocks --------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        """Write one block at the end of the document."""
        if isinstance(block, Title):
            self._title(block)
        elif isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._paragraph(block)
        elif isinstance(block, Bullets):
            self._bullets(block)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, FieldGrid):
            self._field_grid(block)
        elif isinstance(block, Chart):
            self._chart(block)
        elif isinstance(block, Image):
            self._image(block)
        elif isinstance(block, SignOff):
            self._sign_off(block)
        elif isinstance(block, PageBreak):
            self.page_break()
        elif isinstance(block, KeepTogether):
            self._keep_together(block)
        else:
            raise TypeError(f"not a report block: {block!r}")

    def page_break(self) -> None:
        self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _text(self, value: str, style: str | None = None) -> WordParagraph:
        shown = clean(value)
        paragraph = self.word.add_paragraph(style=style)
        paragraph.add_run(shown)
        _direction(paragraph, shown)
        return paragraph

    def _title(self, block: Title) -> None:
        title = self._text(block.title, "Title")
        _keep_with_next(title)
        if block.subtitle:
            _keep_with_next(self._text(block.subtitle, "Subtitle"))

    def _heading(self, block: Heading) -> None:
        level = 1 if block.level <= 1 else 2
        _keep_with_next(self._text(block.label, f"Heading {level}"))

    def _paragraph(self, block: Paragraph) -> None:
        paragraph = self._text(block.text)
        run = paragraph.runs[0] if paragraph.runs else paragraph.add_run()
        if block.style == "note":
            _style_run(run, italic=True, colour=MUTED)
        elif block.style == "small":
            _style_run(run, size=SMALL_PT, colour=MUTED)
        elif block.style == "lead":
            _style_run(run, size=BODY_PT + 0.5)
            paragraph.paragraph_format.space_after = Pt(6)

    def _bullets(self, block: Bullets) -> None:
        for item in block.items:
            self._text(item, "List Bullet")

    def _caption(self, value: str) -> None:
        """A table's or a chart's title: bold, on the same page as what follows."""
        if not value:
            return
        paragraph = self.word.add_paragraph()
        _style_run(paragraph.add_run(clean(value)), bold=True)
        _direction(paragraph, clean(value))
        paragraph.paragraph_format.space_before = Pt(4)
        paragraph.paragraph_format.space_after = Pt(2)
        _keep_with_next(paragraph)

    def _table(self, block: Table) -> None:
        self._caption(block.caption)
        self._grid_table(
            block.header,
            block.rows,
            block.widths,
            total_rows=block.total_rows,
            numeric=block.numeric,
            bold_first=block.bold_first,
        )

    def _grid_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[CellValue]],
        widths: Sequence[float],
        *,
        total_rows: int = 0,
        numeric: frozenset[int] = frozenset(),
        bold_first: bool = False,
    ) -> WordTable:
        """A ruled table: a shaded header row repeated on each page, rows striped, the
        last `total_rows` rows bold and shaded, numeric columns right-aligned."""
        table, grid = self._new_table(len(rows) + 1, widths)
        borders = _child(table._tbl.tblPr, "w:tblBorders", _TBLPR_ORDER)
        for side in _BORDERS:
            line = OxmlElement(f"w:{side}")
            _set(line, val="single", sz="4", space="0", color=_hex(layout.RULE))
            borders.append(line)
        head_tr, head = grid[0]
        _repeat_header(head_tr)
        for c, title in enumerate(header):
            cell = head[c]
            _shade(cell, layout.HEADER_FILL)
            paragraph = self._cell_text(cell, title, bold=True, colour=WHITE)
            if c in numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            # The header stays on the page of the first row.
            _keep_with_next(paragraph)
        first_total = len(rows) - total_rows
        for r, row in enumerate(rows):
            tr, cells = grid[r + 1]
            _cant_split(tr)
            is_total = r >= first_total
            for c, value in enumerate(row):
                cell = cells[c]
                if is_total:
                    _shade(cell, layout.TOTAL_FILL)
                elif r % 2 == 1:
                    _shade(cell, layout.ZEBRA)
                paragraph = self._cell_text(cell, value, bold=is_total or (bold_first and c == 0))
                if c in numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._space_after()
        return table

    def _new_table(self, rows: int, widths: Sequence[float]) -> tuple[WordTable, list[_Row]]:
        """A table of fixed column widths (fractions of the text width), left-aligned, and
        its rows (built here, not through python-docx's row and cell look-ups, which cost
        a walk of the whole table each: a long annex took seconds)."""
        table: WordTable = self.word.add_table(rows=0, cols=len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        # Fractions of the text width; a table whose fractions add up to more is squeezed in.
        total = max(sum(widths), 1.0)
        emus = [Emu(int(self.width * w / total)) for w in widths]
        _set(_child(table._tbl.tblPr, "w:tblW", _TBLPR_ORDER), w=str(sum(emus) // 635), type="dxa")
        for column, emu in zip(table.columns, emus, strict=True):
            column.width = emu
        margins = _child(table._tbl.tblPr, "w:tblCellMar", _TBLPR_ORDER)
        for side in ("left", "right"):
            margins.append(_set(OxmlElement(f"w:{side}"), w=str(CELL_MARGIN_TWIPS), type="dxa"))
        grid: list[_Row] = []
        for _ in range(rows):
            tr = table._tbl.add_tr()
            cells = []
            for emu in emus:
                tc = tr.add_tc()
                tc.width = emu
                cells.append(_Cell(tc, table))
            grid.append((tr, cells))
        return table, grid

    def _cell_text(
        self,
        cell: _Cell,
        value: CellValue,
        *,
        bold: bool = False,
        colour: RGBColor | None = None,
    ) -> WordParagraph:
        """A cell's text at the cell size; a Cell's detail on a second, smaller grey line."""
        paragraph: WordParagraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        main, detail = (value.main, value.detail) if isinstance(value, Cell) else (value, "")
        shown = clean(main)
        _style_run(paragraph.add_run(shown), bold=bold, size=CELL_PT, colour=colour)
        if detail:
            run = paragraph.add_run()
            run.add_break()
            run.add_text(clean(detail))
            _style_run(run, size=DETAIL_PT, colour=MUTED if colour is None else colour)
        _direction(paragraph, shown or clean(detail))
        return paragraph

    def _space_after(self) -> None:
        """A small gap after a table (Word would otherwise glue the next text to it)."""
        gap = self.word.add_paragraph()
        gap.paragraph_format.space_after = Pt(0)
        _style_run(gap.add_run(), size=4)

    def _field_grid(self, block: FieldGrid) -> None:
        """Label / value pairs, `columns` pairs a row, in a table without lines."""
        columns = max(1, block.columns)
        label_w = 0.14 if columns == 2 else 0.2
        value_w = (1 - label_w * columns) / columns
        widths = [label_w if i % 2 == 0 else value_w for i in range(columns * 2)]
        pairs = list(block.pairs)
        rows = [pairs[i : i + columns] for i in range(0, len(pairs), columns)]
        table, grid = self._new_table(len(rows), widths)
        _no_borders(table)
        for (_tr, cells), pairs_in_row in zip(grid, rows, strict=True):
            for p, (label, value) in enumerate(pairs_in_row):
                self._cell_text(cells[2 * p], label, bold=True)
                self._cell_text(cells[2 * p + 1], value or "—")
        self._space_after()

    def _chart(self, block: Chart) -> None:
        """A chart's title and its figures as a small table.

        reportlab's renderPM (charts to PNG) needs a bitmap backend that is not installed
        (rlPyCairo with pycairo and the system's cairo, or rl_renderPM): adding a native
        library for the Word copy alone is not worth it. And the copy exists to be pasted
        into the Force HQ report: there, the figures as an editable table (weeks down,
        series across, the ceiling as a column) serve better than a picture, and Word
        can draw its own chart from them.
        """
        self._caption(block.title)
        series = list(block.series)
        header = ["", *(name for name, _values in series)]
        numeric = set(range(1, len(series) + 1))
        if block.reference is not None:
            header.append(block.reference_label)
            numeric.add(len(header) - 1)
        rows: list[tuple[str, ...]] = []
        for i, category in enumerate(block.categories):
            figures = [self._figure(values[i], block.integer) for _name, values in series]
            if block.reference is not None:
                figures.append(self._figure(block.reference, block.integer))
            rows.append((category, *figures))
        # As narrow as its figures need: a week's name, then a figure's column each.
        count = len(header) - 1
        widths = [CHART_FIRST_COLUMN, *([min(CHART_COLUMN, 0.78 / max(count, 1))] * count)]
        self._grid_table(header, rows, widths, numeric=frozenset(numeric), bold_first=True)

    def _figure(self, value: float, integer: bool) -> str:
        return self.texts.number(round(value) if integer else value)

    def _image(self, block: Image) -> None:
        """The picture scaled to fit the text width and its height limit (never enlarged),
        its caption under it as the PDF's: grey italic."""
        data, (width_px, height_px), dpi = _word_image(block.data)
        native_w = width_px / dpi * _EMU_PER_INCH
        native_h = height_px / dpi * _EMU_PER_INCH
        room_h = Mm(block.max_height_mm)
        scale = min(1.0, self.width / native_w, room_h / native_h)
        paragraph = self.word.add_paragraph()
        paragraph.add_run().add_picture(
            io.BytesIO(data), width=Emu(int(native_w * scale)), height=Emu(int(native_h * scale))
        )
        if block.caption:
            _keep_with_next(paragraph)
            caption = self.word.add_paragraph()
            shown = clean(block.caption)
            _style_run(caption.add_run(shown), italic=True, size=SMALL_PT, colour=MUTED)
            _direction(caption, shown)

    def _sign_off(self, block: SignOff) -> None:
        """Prepared by / approved by: labels, names and room to sign, in two columns."""
        table, grid = self._new_table(3, (0.5, 0.5))
        _no_borders(table)
        top = _child(table._tbl.tblPr, "w:tblBorders", _TBLPR_ORDER).find(qn("w:top"))
        if top is not None:
            _set(top, val="single", sz="6", color=_hex(layout.HEADER_FILL))
        (_, labels), (_, names), (_, signatures) = grid
        for c in range(2):
            self._cell_text(labels[c], block.labels[c], bold=True)
            self._cell_text(names[c], block.names[c])
            signature = self._cell_text(signatures[c], block.signature)
            signature.paragraph_format.space_before = Pt(14)
        for tr, cells in grid:
            _cant_split(tr)
            for cell in cells:
                for paragraph in cell.paragraphs:
                    _keep_with_next(paragraph)
        self._space_after()

    def _keep_together(self, block: KeepTogether) -> None:
        """The blocks, each paragraph kept with the next so Word moves them as one."""
        body = self.word.element.body
        # New blocks go before the body's last element, its section properties.
        start = len(body) - 1
        for inner in block.blocks:
            self.block(inner)
        added = [p for element in list(body)[start:-1] for p in element.iter(qn("w:p"))]
        for p in added[:-1]:
            _child(p.get_or_add_pPr(), "w:keepNext", _PPR_ORDER)


def _repeat_header(tr: BaseOxmlElement) -> None:
    """Mark a row as the table's header, repeated at the top of each page (w:tblHeader)."""
    tr_pr = tr.get_or_add_trPr()
    if tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.append(OxmlElement("w:tblHeader"))
    _cant_split(tr)


def _cant_split(tr: BaseOxmlElement) -> None:
    """A row never split across two pages."""
    tr_pr = tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))


def _no_borders(table: WordTable) -> None:
    borders = _child(table._tbl.tblPr, "w:tblBorders", _TBLPR_ORDER)
    for side in _BORDERS:
        line = OxmlElement(f"w:{side}")
        _set(line, val="nil")
        borders.append(line)


def _word_image(data: bytes) -> tuple[bytes, tuple[int, int], float]:
    """The picture as Word can place it (re-encoded as PNG if its format is not one
    python-docx reads), its size in pixels and its resolution; CimicError if damaged."""
    try:
        with PilImage.open(io.BytesIO(data)) as image:
            image.load()
            size = image.size
            dpi = float(image.info.get("dpi", (_DEFAULT_DPI, _DEFAULT_DPI))[0] or _DEFAULT_DPI)
            if image.format not in _WORD_IMAGE_FORMATS:
                png = io.BytesIO()
                image.save(png, "PNG")
                data = png.getvalue()
                dpi = _DEFAULT_DPI
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CimicError(
            msg("The file is a damaged image and cannot be read ({exc}).", exc=str(exc))
        ) from exc
    if dpi < 1:
        dpi = _DEFAULT_DPI
    return data, size, dpi
