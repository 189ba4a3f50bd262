"""The blank community assessment form, to fill by hand where a laptop cannot go (issue 18).

The same fields in the same order as the editor and docs/assessment-fields.md: the
community, when/by whom/how, the population grid, one block per sector with the JIAF
scale as tick boxes (and "not rated": never a 1 by default), infrastructure seen, who
works there, recommended actions, the summary and the team leader's signature. Every
label is rendered in the form's language (Texts); the page furniture (marking, unit,
EXERCISE in a training database) is every report's (layout.build_pdf). PDF only: a
form on paper has tick boxes and lines to write on, which a Word table would not keep.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentMethod,
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Severity,
)
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg
from cimicdesk.reports.data import marking_text
from cimicdesk.reports.layout import (
    FONT_BOLD,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    PageFurniture,
    build_pdf,
    frame_width,
    heading,
    para,
    styles,
)
from cimicdesk.store.database import Store
from cimicdesk.store.report_settings import get_report_settings

BOX = "\u2610"  # ☐, in DejaVu Sans
LINE_HEIGHT = 7.5 * mm  # a line to write on by hand
LABEL_WIDTH = 0.19  # of the text width, for a field's label
INFRASTRUCTURE_SPARE_ROWS = 1  # blank rows after the kinds, for a second well or school
ACTION_ROWS = 3
INFRA_HEAD_SIZE = 7  # points: the infrastructure table's headings, four states abreast
TITLE = msg("Community assessment")
RATING_NOTE = msg(
    "Tick one severity per sector looked at (JIAF scale: 1 minimal, 5 catastrophic). Seen "
    "but too little information: tick Not rated. Not looked at: leave the block empty."
)

# What each step of the JIAF scale looks like to a CIMIC team (docs/assessment-fields.md).
SCALE_READINGS: dict[Severity, Message] = {
    Severity.MINIMAL: msg("Living conditions acceptable, services working, no sign of distress."),
    Severity.STRESSED: msg(
        "Conditions stretched; people cope, at a cost (selling assets, fewer meals)."
    ),
    Severity.SEVERE: msg(
        "Services failing or out of reach; harmful coping; damage to health or dignity."
    ),
    Severity.EXTREME: msg(
        "Loss of life possible or happening; services collapsed; mass displacement."
    ),
    Severity.CATASTROPHIC: msg("Widespread loss of life, total collapse of living conditions."),
}
# What a team looks for in each sector (docs/assessment-fields.md, after the MIRA's key
# indicators and CALL's checklist), printed small under the sector's name.
SECTOR_HINTS: dict[AssessmentSector, Message] = {
    AssessmentSector.ACCESS_SECURITY: msg(
        "Road open? Checkpoints, armed groups, incidents, mines or UXO, humanitarian access."
    ),
    AssessmentSector.WASH: msg(
        "Water points working, distance and queue, water treated, latrines, open defecation."
    ),
    AssessmentSector.HEALTH: msg(
        "Health post open, staff, drugs, diseases (cholera, measles, malaria), deaths."
    ),
    AssessmentSector.FOOD_SECURITY: msg(
        "Stocks, meals a day, market prices, harvest, food assistance."
    ),
    AssessmentSector.SHELTER_NFI: msg(
        "Houses burnt or occupied, people sleeping in the open, non-food items needed."
    ),
    AssessmentSector.EDUCATION: msg("Schools open, teachers present, schools occupied or damaged."),
    AssessmentSector.PROTECTION: msg(
        "Violence against civilians, GBV reports, child recruitment, documents, land disputes."
    ),
    AssessmentSector.LIVELIHOODS: msg(
        "Fields reachable, cattle, trade, jobs, local authority present."
    ),
}


class FormWriter:
    """Builds the form's flowables in one language.

    Attributes: texts (the language), width (of the text frame), st (the report styles),
    small (grey hint text).
    """

    def __init__(self, texts: Texts, width: float):
        self.texts = texts
        self.width = width
        self.st = styles()
        self.small = ParagraphStyle("form_small", parent=self.st.cell, textColor=MUTED)
        self.wide = (1 - LABEL_WIDTH) * width - 4  # a value across the row, less padding

    def t(self, value: object) -> str:
        return self.texts.value(value)

    def label(self, value: object) -> Flowable:
        return para(self.t(value), self.st.label)

    def ticks(
        self,
        options: Sequence[object],
        columns: int,
        width: float,
        style: ParagraphStyle | None = None,
    ) -> Flowable:
        """Tick boxes in `columns` equal columns, row after row: '☐ Village  ☐ IDP site …'."""
        cells = [para(f"{BOX}\u00a0{self.t(o)}", style or self.st.value) for o in options]
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        table = Table(rows, colWidths=[width / columns] * columns)
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def lines(self, count: int, label: object | None = None) -> Flowable:
        """`count` ruled lines to write on, with a label before the first."""
        first = self.label(label) if label is not None else ""
        rows = [[first, ""]] + [["", ""] for _ in range(count - 1)]
        label_width = LABEL_WIDTH * self.width if label is not None else 0
        table = Table(
            rows,
            colWidths=[label_width, self.width - label_width],
            rowHeights=[LINE_HEIGHT] * count,
        )
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def field_rows(self, rows: Sequence[Sequence[tuple[object, Any]]]) -> Flowable:
        """Rows of (label, what to fill: '' a line, a Flowable as it is), two per row at
        most; a lone pair takes the whole row."""
        cells: list[list[Any]] = []
        spans: list[tuple[Any, ...]] = []
        for r, pairs in enumerate(rows):
            row: list[Any] = []
            for label, value in pairs:
                row += [self.label(label), value]
            if len(pairs) == 1:
                row += ["", ""]
                spans.append(("SPAN", (1, r), (3, r)))
            cells.append(row)
        label_w, value_w = LABEL_WIDTH * self.width, (0.5 - LABEL_WIDTH) * self.width
        table = Table(cells, colWidths=[label_w, value_w, label_w, value_w])
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *spans,
        ]
        for r, pairs in enumerate(rows):
            if any(value != "" for _, value in pairs):  # tick boxes: the label at the first
                commands.append(("VALIGN", (0, r), (-1, r), "TOP"))
            for c, (_, value) in enumerate(pairs):
                if value == "":
                    last = 3 if len(pairs) == 1 else c * 2 + 1
                    commands.append(("LINEBELOW", (c * 2 + 1, r), (last, r), 0.5, RULE))
        table.setStyle(TableStyle(commands))
        return table

    def grid(
        self,
        header: Sequence[object],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        height: float | None = LINE_HEIGHT,
        head_size: float | None = None,
    ) -> Table:
        """A boxed grid to fill in: a dark header row (its font `head_size`, else the
        tables'), then rows of the given height (None: as high as their content)."""
        style = self.st.cell_head
        if head_size is not None:
            style = ParagraphStyle("form_head", parent=style, fontSize=head_size)
        head = [para(self.t(h), style) for h in header]
        body = [
            [para(self.t(v), self.st.cell) if isinstance(v, str | Message) else v for v in row]
            for row in rows
        ]
        table = Table(
            [head, *body],
            colWidths=[w * self.width for w in widths],
            rowHeights=[None] + [height] * len(body),
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ]
            )
        )
        return table

    def note(self, value: object) -> Flowable:
        return para(self.t(value), self.small)


def form_story(texts: Texts, width: float) -> list[Flowable]:
    """Every section of the form, in the order of the visit."""
    w = FormWriter(texts, width)
    st = w.st
    story: list[Flowable] = [
        para(w.t(TITLE), st.title),
        para(
            w.t(
                msg(
                    "Fill in by hand; enter it in CIMIC Desk (Assessments) on return. "
                    "Leave a figure blank when it is not known; write 0 for none."
                )
            ),
            st.subtitle,
        ),
        w.field_rows([[(msg("Reference"), "")]]),
        w.note(msg("Assigned by CIMIC Desk when the assessment is entered.")),
    ]
    story += _community(w) + _when(w) + _population(w) + _sectors(w)
    story += _infrastructure(w) + _present(w) + _actions(w) + _summary(w)
    return story


def _section(
    w: FormWriter, number: int, title: Message, blocks: list[Flowable | list[Flowable]]
) -> list[Flowable]:
    """A numbered heading kept with the section's first block (a list: several). Plain
    flowables only go inside the KeepTogether: reportlab breaks the page before a
    KeepTogether nested in another."""
    head = heading(number, w.t(title))
    first, rest = blocks[0], blocks[1:]
    kept = [head, *(first if isinstance(first, list) else [first])]
    return [
        CondPageBreak(40 * mm),
        KeepTogether(kept),
        *(b for b in rest if isinstance(b, Flowable)),
    ]


def _community(w: FormWriter) -> list[Flowable]:
    return _section(
        w,
        1,
        msg("The community"),
        [
            w.field_rows(
                [
                    [(msg("Kind"), w.ticks(list(CommunityKind), 4, w.wide))],
                    [(msg("Name"), "")],
                    [(msg("Prefecture (admin 1)"), ""), (msg("Sub-prefecture (admin 2)"), "")],
                    [(msg("Place"), "")],
                    [(msg("Grid (MGRS)"), "")],
                ]
            )
        ],
    )


def _when(w: FormWriter) -> list[Flowable]:
    return _section(
        w,
        2,
        msg("When, by whom, how"),
        [
            w.field_rows(
                [
                    [(msg("Date (YYYY-MM-DD)"), "")],
                    [(msg("Team"), "")],
                    [(msg("Joint with (organisations)"), "")],
                    [(msg("Methods"), w.ticks(list(AssessmentMethod), 2, w.wide))],
                    [(msg("Key informants"), "")],
                ]
            )
        ],
    )


def _population(w: FormWriter) -> list[Flowable]:
    header = [
        "",
        msg("Total"),
        msg("Women (18 and over)"),
        msg("Men (18 and over)"),
        msg("Children (under 18)"),
    ]
    groups = [msg("Residents"), msg("IDPs"), msg("Returnees")]
    rows = [[para(w.t(g), w.st.cell_bold), "", "", "", ""] for g in groups]
    return _section(
        w,
        3,
        msg("The population"),
        [
            w.grid(header, rows, (0.2, 0.2, 0.2, 0.2, 0.2), height=9 * mm),
            Spacer(0, 2),
            w.note(
                msg(
                    "Women and men are adults; children are under 18, of either sex. Women, "
                    "men and children together must not exceed the total."
                )
            ),
        ],
    )


def _scale(w: FormWriter) -> list[Any]:
    """The JIAF scale as tick boxes, with 'not rated' last."""
    options = [f"{s.value} {w.t(s)}" for s in Severity]
    return [*options, msg("Not rated (too little information)")]


def _sectors(w: FormWriter) -> list[Flowable]:
    blocks: list[Flowable | list[Flowable]] = [_scale_legend(w)]
    for sector in AssessmentSector:
        cluster = sector.cluster
        name = w.t(sector) + (f" ({cluster.value})" if cluster is not None else "")
        sector_block: list[Flowable] = [
            para(name, w.st.subheading),
            w.note(SECTOR_HINTS[sector]),
            w.field_rows([[(msg("Severity"), w.ticks(_scale(w), 3, w.wide))]]),
            w.lines(3, msg("Key facts")),
            w.lines(1, msg("Sources")),
            Spacer(0, 3),
        ]
        blocks.append(KeepTogether(sector_block))
    return _section(w, 4, msg("The sectors"), blocks)


def _scale_legend(w: FormWriter) -> list[Flowable]:
    """How to rate: the note and the JIAF scale with what each step looks like."""
    rows = [
        [para(s.value, w.st.cell_bold), para(w.t(s), w.st.cell_bold), w.t(SCALE_READINGS[s])]
        for s in Severity
    ]
    table = w.grid(
        [msg("Severity"), "", msg("What the team sees")], rows, (0.1, 0.2, 0.7), height=None
    )
    table.setStyle(TableStyle([("SPAN", (0, 0), (1, 0))]))
    return [w.note(RATING_NOTE), Spacer(0, 2), table, Spacer(0, 4)]


def _infrastructure(w: FormWriter) -> list[Flowable]:
    states = list(InfrastructureState)
    header: list[object] = [msg("Kind"), *states, msg("Note"), msg("Grid (MGRS)")]
    rows: list[list[Any]] = []
    for kind in InfrastructureKind:
        rows.append([w.t(kind), *([BOX] * len(states)), "", ""])
    rows += [["", *([BOX] * len(states)), "", ""] for _ in range(INFRASTRUCTURE_SPARE_ROWS)]
    # Each state's column as wide as the longest word of its heading in any language
    # ("Partiellement"), so none is cut mid-word; the note takes what is left.
    state = max(0.1, max(_longest_word(w.t(s), INFRA_HEAD_SIZE) for s in states) / w.width)
    widths = (0.22, *([state] * len(states)), 0.78 - 0.14 - state * len(states), 0.14)
    table = w.grid(header, rows, widths, height=None, head_size=INFRA_HEAD_SIZE)
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (1, 1), (len(states), -1), "CENTER"),
                ("TOPPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
            ]
        )
    )
    return _section(
        w,
        5,
        msg("Infrastructure seen"),
        [w.note(msg("Tick the state of each kind seen; one row per item.")), table],
    )


def _longest_word(value: str, size: float) -> float:
    """The width (points) of the longest word of a heading, with the cell's padding."""
    return float(max(stringWidth(word, FONT_BOLD, size) for word in value.split())) + 12


def _present(w: FormWriter) -> list[Flowable]:
    return _section(
        w,
        6,
        msg("Who already works there"),
        [w.lines(2, msg("Organisations"))],
    )


def _actions(w: FormWriter) -> list[Flowable]:
    header = [msg("Recommended action"), msg("For"), msg("Sector")]
    for_whom = w.ticks(list(ActionAddressee), 1, 0.42 * w.width - 6, w.st.cell)
    rows = [["", for_whom, ""] for _ in range(ACTION_ROWS)]
    return _section(
        w,
        7,
        msg("Recommended actions"),
        [w.grid(header, rows, (0.42, 0.42, 0.16), height=None)],
    )


def _summary(w: FormWriter) -> list[Flowable]:
    sign = w.field_rows(
        [[(msg("Team leader"), ""), (msg("Signature and date"), "")]],
    )
    return _section(w, 8, msg("Summary"), [w.lines(4), Spacer(0, 6), sign])


def write_form(
    out: Path,
    texts: Texts,
    *,
    store: Store,
    paper: str = "A4",
    marking: str | None = None,
) -> Path:
    """Write the blank form to `out` (PDF): the store's unit on every page, its default
    marking, and EXERCISE when it is a training database."""
    default = get_report_settings(store).marking
    furniture = PageFurniture(
        marking=texts.value(marking_text(marking or default or "")),
        title=texts.value(TITLE),
        unit=store.unit.name,
        period=texts.value(msg("Blank form")),
        exercise=store.training,
    )
    story = form_story(texts, frame_width(paper))
    return build_pdf(out, story, furniture, texts, paper=paper, subject=texts.value(TITLE))
