"""A report as a plain sequence of blocks, written once and rendered to PDF and to Word.

The builders (sitrep, sector, handover, record sheets) decide what a report says and
render every text in the report's language (Texts) before it goes into a block; the
renderers (pdf_render, docx_render) only lay the blocks out. So a PDF and its Word
copy always hold the same sections, tables and figures, and a test can read one block
list instead of parsing two file formats.

Every text in a block is a finished str in the report's language (an officer's words
are kept as typed). Tables say which columns hold references (never broken mid-word)
and which are numbers (right-aligned); cells may carry a second, smaller line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

ParagraphStyle = Literal["body", "lead", "note", "small"]
ChartKind = Literal["lines", "stacked_columns", "bars"]


@dataclass(frozen=True)
class Cell:
    """A table cell of two lines: the main text and a smaller grey line under it."""

    main: str
    detail: str = ""


CellValue = str | Cell


@dataclass(frozen=True)
class Title:
    """The report's title and the line under it (unit · period)."""

    title: str
    subtitle: str = ""


@dataclass(frozen=True)
class Heading:
    """A heading: level 1 a numbered section ('3. Liaison'), level 2 a sub-heading.

    A renderer keeps a heading on the same page as what follows it.
    """

    title: str
    number: str = ""
    level: int = 1

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True)
class Paragraph:
    """Running text. style: body; lead (a section's opening figures); note (grey italic,
    e.g. 'No incidents reported this period.'); small (a footnote under a table)."""

    text: str
    style: ParagraphStyle = "body"


@dataclass(frozen=True)
class Bullets:
    """A bulleted list, one item per entry."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row repeated on each page.

    widths: fractions of the text width (sum 1). total_rows: the last rows are totals
    (shaded, bold). numeric: right-aligned columns. refs: columns of references or
    e-mail addresses, broken only after '-', '/', '@' or '.'. bold_first: the first
    column in bold (a row's name). caption: a sub-heading kept with the table.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[CellValue, ...], ...]
    widths: tuple[float, ...]
    total_rows: int = 0
    numeric: frozenset[int] = frozenset()
    refs: frozenset[int] = frozenset()
    bold_first: bool = False
    caption: str = ""

    def __post_init__(self) -> None:
        if len(self.widths) != len(self.header):
            raise ValueError("a table needs one width per column")
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError("every row of a table needs one cell per column")


@dataclass(frozen=True)
class FieldGrid:
    """Label / value pairs in columns, as a message header (FROM, TO, DTG …)."""

    pairs: tuple[tuple[str, str], ...]
    columns: int = 2


@dataclass(frozen=True)
class Chart:
    """A chart of series over categories, drawn in colours that stay apart in grey.

    kind: lines (a trend over weeks), stacked_columns, or bars (horizontal). series:
    name -> one value per category. reference: a value drawn as a line (a ceiling),
    with reference_label. integer: counts (whole-number axis).
    """

    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    integer: bool = True
    reference: float | None = None
    reference_label: str = ""


@dataclass(frozen=True)
class Image:
    """A photo or picture from the database: its bytes and a caption."""

    data: bytes
    caption: str = ""
    max_height_mm: float = 70


@dataclass(frozen=True)
class SignOff:
    """Prepared by / approved by, with room to sign; kept with what comes before it."""

    labels: tuple[str, str]
    names: tuple[str, str]
    signature: str


@dataclass(frozen=True)
class PageBreak:
    """A new page (before an annex)."""


@dataclass(frozen=True)
class KeepTogether:
    """Blocks that must stay on one page if they fit (a short table with its lead)."""

    blocks: tuple[Block, ...]


Block = (
    Title
    | Heading
    | Paragraph
    | Bullets
    | Table
    | FieldGrid
    | Chart
    | Image
    | SignOff
    | PageBreak
    | KeepTogether
)


@dataclass(frozen=True)
class Furniture:
    """What every page carries: marking top and bottom, title and reference, unit, period.
    exercise: a training database's report, marked EXERCISE on every page."""

    marking: str
    title: str
    unit: str
    period: str
    exercise: bool = False


@dataclass
class Document:
    """A whole report: its page furniture, its subject line and its blocks in order.

    Annexes are marked by `annex_starts`: the index of the first block of each annex,
    so a test can count the body's pages apart from the annexes'.
    """

    furniture: Furniture
    subject: str
    blocks: list[Block] = field(default_factory=list)
    annex_starts: list[int] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def extend(self, blocks: Sequence[Block]) -> None:
        self.blocks.extend(blocks)

    def start_annex(self) -> None:
        """Mark that the next block opens an annex (the renderer starts a new page)."""
        self.annex_starts.append(len(self.blocks))

    @property
    def body(self) -> list[Block]:
        """The blocks before the first annex."""
        end = self.annex_starts[0] if self.annex_starts else len(self.blocks)
        return self.blocks[:end]

    def headings(self, level: int = 1) -> list[str]:
        """The labels of the headings of this level, in order (what a table of contents
        would list)."""
        return [b.label for b in _flat(self.blocks) if isinstance(b, Heading) and b.level == level]

    def tables(self) -> list[Table]:
        return [b for b in _flat(self.blocks) if isinstance(b, Table)]

    def flat(self) -> list[Block]:
        """Every block in order, the blocks kept together taken out of their group."""
        return _flat(self.blocks)


def _flat(blocks: Sequence[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, KeepTogether):
            out.extend(_flat(block.blocks))
        else:
            out.append(block)
    return out
