"""The Word copy of a report: every block written, then read back with python-docx."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PilImage
from pypdf import PdfReader

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n import catalogue
from cimicdesk.reports import docx_render, output
from cimicdesk.reports.document import (
    Block,
    Bullets,
    Cell,
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

MARKING = "NATO RESTRICTED"
FURNITURE = Furniture(
    marking=MARKING,
    title="Weekly CIMIC sitrep 2026-W49 · BANBAT1-SITREP-049",
    unit="BANBAT 1",
    period="30 Nov – 6 Dec 2026",
)
FRENCH = (
    "Réunion avec le préfet à Kaga-Bandoro : l’accès à l’eau « potable » reste limité "
    "— 12\u202f000 déplacés, œuvres d’ONG déjà là."
)
ARABIC = "اجتمعنا مع لجنة المياه في القرية لمناقشة إصلاح المضخة اليدوية."
MEETINGS = Table(
    header=("Type", "Meetings", "Actors", "Reference"),
    rows=(
        ("Key leader engagement", Cell("12", "+3 on W48"), "4", "BANBAT1-LIA-2026-0412"),
        ("Coordination meeting", "7", "3", "BANBAT1-LIA-2026-0415"),
        ("Total", "19", "7", ""),
    ),
    widths=(0.4, 0.2, 0.15, 0.25),
    total_rows=1,
    numeric=frozenset({1, 2}),
    refs=frozenset({3}),
    bold_first=True,
    caption="Meetings by type",
)


def photo(size: tuple[int, int] = (1600, 1200), kind: str = "JPEG") -> bytes:
    out = io.BytesIO()
    PilImage.new("RGB", size, (70, 110, 150)).save(out, kind)
    return out.getvalue()


def write(
    tmp_path: Path,
    *blocks: Block,
    furniture: Furniture = FURNITURE,
    language: str = "en",
    paper: str = "A4",
    annex_at: int | None = None,
    name: str = "report.docx",
) -> docx.document.Document:
    document = Document(furniture, "CIMIC sitrep BANBAT 1, week 49", list(blocks))
    if annex_at is not None:
        document.annex_starts.append(annex_at)
    out = docx_render.write_docx(document, tmp_path / name, catalogue.texts(language), paper=paper)
    return docx.Document(str(out))


def body_paragraphs(word: docx.document.Document) -> list[tuple[str, str]]:
    """(style, text) of the body's paragraphs with text, tables left out."""
    return [(p.style.name, p.text) for p in word.paragraphs if p.text]


def shading(cell) -> str | None:
    shd = cell._tc.tcPr.find(qn("w:shd"))
    return None if shd is None else shd.get(qn("w:fill"))


def test_headings_come_in_order_in_words_heading_styles(tmp_path):
    word = write(
        tmp_path,
        Title("Weekly CIMIC sitrep", "BANBAT 1 · week 49"),
        Heading("Executive summary", "1"),
        Paragraph("Quiet week."),
        Heading("Liaison", "2"),
        Heading("By type", level=2),
        MEETINGS,
        Heading("Incidents", "3"),
    )
    headings = [(s, t) for s, t in body_paragraphs(word) if s.startswith(("Heading", "Title"))]
    assert headings == [
        ("Title", "Weekly CIMIC sitrep"),
        ("Heading 1", "1. Executive summary"),
        ("Heading 1", "2. Liaison"),
        ("Heading 2", "By type"),
        ("Heading 1", "3. Incidents"),
    ]
    subtitle = [t for s, t in body_paragraphs(word) if s == "Subtitle"]
    assert subtitle == ["BANBAT 1 · week 49"]
    # A heading never ends a page: Word keeps it with what follows.
    for p in word.paragraphs:
        if p.style.name.startswith("Heading"):
            assert p.paragraph_format.keep_with_next


def test_a_table_is_a_real_word_table_with_its_header_rows_and_caption(tmp_path):
    word = write(tmp_path, Heading("Liaison", "2"), MEETINGS)
    assert len(word.tables) == 1
    table = word.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [
        ["Type", "Meetings", "Actors", "Reference"],
        ["Key leader engagement", "12\n+3 on W48", "4", "BANBAT1-LIA-2026-0412"],
        ["Coordination meeting", "7", "3", "BANBAT1-LIA-2026-0415"],
        ["Total", "19", "7", ""],
    ]
    # The caption is a bold line kept with its table.
    caption = next(p for p in word.paragraphs if p.text == "Meetings by type")
    assert caption.runs[0].bold and caption.paragraph_format.keep_with_next
    texts = [p.text for p in word.paragraphs]
    assert texts.index("2. Liaison") < texts.index("Meetings by type")


def test_the_header_row_repeats_on_every_page_and_is_bold(tmp_path):
    table = write(tmp_path, MEETINGS).tables[0]
    header, *body = table.rows
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in body)
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    assert shading(header.cells[0]) == "2F4858"


def test_totals_are_bold_and_shaded_and_the_first_column_bold(tmp_path):
    table = write(tmp_path, MEETINGS).tables[0]
    total = table.rows[-1]
    assert all(run.bold for cell in total.cells for run in cell.paragraphs[0].runs)
    assert {shading(cell) for cell in total.cells} == {"DDE4EA"}
    ordinary = table.rows[2]
    assert ordinary.cells[0].paragraphs[0].runs[0].bold  # bold_first: the row's name
    assert not ordinary.cells[1].paragraphs[0].runs[0].bold
    assert shading(ordinary.cells[1]) != "DDE4EA"


def test_numeric_columns_are_right_aligned_and_others_are_not(tmp_path):
    table = write(tmp_path, MEETINGS).tables[0]
    for row in table.rows:
        aligned = [cell.paragraphs[0].alignment for cell in row.cells]
        assert aligned[1] == aligned[2] == WD_ALIGN_PARAGRAPH.RIGHT
        assert aligned[0] != WD_ALIGN_PARAGRAPH.RIGHT
        assert aligned[3] != WD_ALIGN_PARAGRAPH.RIGHT


def test_a_cells_detail_is_a_second_smaller_grey_line(tmp_path):
    cell = write(tmp_path, MEETINGS).tables[0].rows[1].cells[1]
    main, detail = cell.paragraphs[0].runs
    assert main.text == "12"
    assert detail.text == "\n+3 on W48"
    assert detail.font.size < main.font.size
    assert str(detail.font.color.rgb) == "5B636E"


def test_column_widths_are_the_fractions_of_the_text_width(tmp_path):
    word = write(tmp_path, MEETINGS)
    section = word.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    widths = [column.width for column in word.tables[0].columns]
    for width, fraction in zip(widths, MEETINGS.widths, strict=True):
        assert width == pytest.approx(text_width * fraction, rel=0.01)
    assert sum(widths) == pytest.approx(text_width, rel=0.01)


def furniture_texts(part) -> list[str]:
    return [p.text for p in part.paragraphs]


def test_every_page_carries_the_marking_top_and_bottom_with_page_x_of_y(tmp_path):
    word = write(tmp_path, Heading("One", "1"), PageBreak(), Heading("Two", "2"))
    assert word.sections
    for section in word.sections:
        # One header and footer for every page: no first-page or even-page variant.
        assert not section.different_first_page_header_footer
        assert not word.settings.odd_and_even_pages_header_footer
        header, footer = furniture_texts(section.header), furniture_texts(section.footer)
        assert header[0] == MARKING and footer[-1] == MARKING
        assert header[1] == f"{FURNITURE.title}\t{FURNITURE.unit}"
        assert footer[0].startswith(f"{FURNITURE.unit}\t{FURNITURE.period}\tPage ")
        for paragraph in (section.header.paragraphs[0], section.footer.paragraphs[-1]):
            run = paragraph.runs[0]
            assert run.bold and str(run.font.color.rgb) == "8B0000"
            assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
        codes = [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))]
        assert codes == ["PAGE", "NUMPAGES"]


def test_an_exercise_report_says_so_in_its_language_on_every_page(tmp_path):
    exercise = Furniture(MARKING, "Sitrep hebdomadaire", "BANBAT 1", "S49", exercise=True)
    word = write(tmp_path, Paragraph(FRENCH), furniture=exercise, language="fr")
    section = word.sections[0]
    marked = f"EXERCICE · {MARKING} · EXERCICE"
    assert furniture_texts(section.header)[0] == marked
    assert furniture_texts(section.footer)[-1] == marked
    assert " sur " in furniture_texts(section.footer)[0]  # 'Page 1 sur 3'


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("Letter", (215.9, 279.4))])
def test_paper_and_margins_are_the_pdfs(tmp_path, paper, size_mm):
    section = write(tmp_path, Paragraph("x"), paper=paper).sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx(size_mm, abs=0.2)
    assert section.left_margin.mm == pytest.approx(16, abs=0.1)
    assert section.right_margin.mm == pytest.approx(16, abs=0.1)
    assert section.top_margin.mm == pytest.approx(20, abs=0.1)
    assert section.bottom_margin.mm == pytest.approx(22, abs=0.1)


def test_an_unknown_paper_is_refused_and_nothing_is_written(tmp_path):
    document = Document(FURNITURE, "s", [Paragraph("x")])
    with pytest.raises(CimicError):
        docx_render.write_docx(document, tmp_path / "r.docx", paper="A3")
    assert list(tmp_path.iterdir()) == []


def test_the_files_properties_name_the_report_and_the_unit(tmp_path):
    core = write(tmp_path, Paragraph("x")).core_properties
    assert core.title == FURNITURE.title
    assert core.subject == "CIMIC sitrep BANBAT 1, week 49"
    assert core.author == "BANBAT 1"
    assert core.last_modified_by == "BANBAT 1"
    assert "python-docx" not in (core.comments or "")
    assert abs(core.created - utc_now()) < timedelta(hours=1)  # not the template's 2013
    assert core.language == "en-GB"


def test_paragraph_styles_and_bullets(tmp_path):
    word = write(
        tmp_path,
        Paragraph("Figures of the week.", "lead"),
        Paragraph("Body text."),
        Paragraph("No incidents reported this period.", "note"),
        Paragraph("Source: the liaison log.", "small"),
        Bullets(("Water committee met", "Road to Bria reopened")),
    )
    by_text = {p.text: p for p in word.paragraphs}
    note = by_text["No incidents reported this period."].runs[0]
    assert note.italic and str(note.font.color.rgb) == "5B636E"
    small = by_text["Source: the liaison log."].runs[0]
    assert small.font.size < by_text["Body text."].style.font.size
    bullets = [t for s, t in body_paragraphs(word) if s == "List Bullet"]
    assert bullets == ["Water committee met", "Road to Bria reopened"]


def test_a_field_grid_is_a_borderless_table_of_pairs(tmp_path):
    grid = FieldGrid(
        (("FROM", "BANBAT 1 CIMIC"), ("TO", "Sector West CIMIC"), ("DTG", "071200ZDEC26")),
        columns=2,
    )
    table = write(tmp_path, grid).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["FROM", "BANBAT 1 CIMIC", "TO", "Sector West CIMIC"],
        ["DTG", "071200ZDEC26", "", ""],
    ]
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    one_column = write(tmp_path, FieldGrid((("TO", ""),), columns=1), name="one.docx").tables[0]
    assert [c.text for c in one_column.rows[0].cells] == ["TO", "—"]


def test_a_chart_is_written_as_the_table_of_its_figures(tmp_path):
    chart = Chart(
        kind="lines",
        title="Réunions par semaine",
        categories=("S47", "S48", "S49"),
        series=(("Réunions", (1200.0, 94.0, 116.0)), ("Incidents", (2.0, 0.0, 3.0))),
        reference=1500,
        reference_label="Plafond",
    )
    word = write(tmp_path, chart, language="fr")
    assert "Réunions par semaine" in [p.text for p in word.paragraphs]
    rows = [[c.text for c in row.cells] for row in word.tables[0].rows]
    assert rows == [
        ["", "Réunions", "Incidents", "Plafond"],
        ["S47", "1\u202f200", "2", "1\u202f500"],
        ["S48", "94", "0", "1\u202f500"],
        ["S49", "116", "3", "1\u202f500"],
    ]
    # No wider than its figures need.
    section = word.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert sum(column.width for column in word.tables[0].columns) < 0.75 * text_width


def test_a_photo_is_placed_scaled_to_fit_with_its_caption(tmp_path):
    word = write(
        tmp_path,
        Image(photo((1600, 1200)), "Well at Bria, 3 Dec", max_height_mm=70),
        Image(photo((3000, 300), "PNG"), "A wide panorama"),
        Image(photo((40, 30), "WEBP"), "A small WEBP picture"),
    )
    section = word.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    shapes = list(word.inline_shapes)
    assert len(shapes) == 3
    tall, wide, small = shapes
    assert tall.height <= Mm(70) + 1 and tall.width / tall.height == pytest.approx(4 / 3, rel=0.01)
    assert wide.width <= text_width + 1 and wide.width / wide.height == pytest.approx(10, rel=0.01)
    assert small.width == pytest.approx(40 / 96 * 914400, rel=0.01)  # never enlarged
    captions = [p.text for p in word.paragraphs if p.text]
    assert captions == ["Well at Bria, 3 Dec", "A wide panorama", "A small WEBP picture"]


def test_a_damaged_photo_is_a_clear_error(tmp_path):
    document = Document(FURNITURE, "s", [Image(b"\xff\xd8 not a jpeg", "Broken")])
    with pytest.raises(CimicError, match="damaged image"):
        docx_render.write_docx(document, tmp_path / "r.docx")


def test_sign_off_is_two_columns_of_labels_names_and_room_to_sign(tmp_path):
    block = SignOff(("Prepared by", "Approved by"), ("Maj A. Diallo", "Lt Col B. Rahman"), "Sig:")
    table = write(tmp_path, block).tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Prepared by", "Approved by"],
        ["Maj A. Diallo", "Lt Col B. Rahman"],
        ["Sig:", "Sig:"],
    ]
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold


def page_breaks_before(word: docx.document.Document) -> list[str]:
    """The text of each paragraph that follows a page break."""
    found, after_break = [], False
    for p in word.paragraphs:
        if p._p.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']"):
            after_break = True
        elif p.text and after_break:
            found.append(p.text)
            after_break = False
    return found


def test_page_breaks_and_each_annex_starts_a_new_page(tmp_path):
    word = write(
        tmp_path,
        Heading("Summary", "1"),
        PageBreak(),
        Heading("Detail", "2"),
        Heading("Meetings list", "Annex A"),
        annex_at=3,
    )
    assert page_breaks_before(word) == ["2. Detail", "Annex A. Meetings list"]
    # An annex after a page break of its own: one break, no blank page.
    word = write(
        tmp_path, Heading("Summary", "1"), PageBreak(), Heading("List", "Annex A"), annex_at=2
    )
    breaks = word.element.body.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']")
    assert len(breaks) == 1 and page_breaks_before(word) == ["Annex A. List"]


def test_keep_together_keeps_each_paragraph_with_the_next(tmp_path):
    word = write(
        tmp_path,
        Paragraph("Before."),
        KeepTogether((Heading("Next week", "9"), Paragraph("Patrols to Bria."), MEETINGS)),
        Paragraph("After."),
    )
    by_text = {p.text: p for p in word.paragraphs}
    assert by_text["Patrols to Bria."].paragraph_format.keep_with_next
    assert not by_text["Before."].paragraph_format.keep_with_next
    assert not by_text["After."].paragraph_format.keep_with_next
    first_cell = word.tables[0].rows[-1].cells[0].paragraphs[0]
    assert first_cell.paragraph_format.keep_with_next


def test_french_and_arabic_are_kept_as_written(tmp_path):
    word = write(
        tmp_path,
        Heading("Situation civile — Ouaka", "2"),
        Paragraph(FRENCH),
        Paragraph(ARABIC),
        Table(("Lieu", "Note"), (("الجنينة", Cell("Bria", ARABIC)),), (0.5, 0.5)),
        language="fr",
    )
    texts = [p.text for p in word.paragraphs]
    assert "2. Situation civile — Ouaka" in texts
    assert FRENCH in texts and ARABIC in texts
    arabic = next(p for p in word.paragraphs if p.text == ARABIC)
    assert arabic._p.pPr.find(qn("w:bidi")) is not None  # reads right to left
    french = next(p for p in word.paragraphs if p.text == FRENCH)
    assert french._p.pPr is None or french._p.pPr.find(qn("w:bidi")) is None
    assert [c.text for c in word.tables[0].rows[1].cells] == ["الجنينة", f"Bria\n{ARABIC}"]
    # Spelling is checked in the report's language.
    lang = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR"


OFFICER_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\n\t"),
    min_size=1,
    max_size=80,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=OFFICER_TEXT)
def test_any_officer_text_comes_back_unchanged(tmp_path, text):
    word = write(tmp_path, Paragraph(text), Table(("Note",), ((text,),), (1.0,)))
    assert word.paragraphs[0].text == text
    assert word.tables[0].rows[1].cells[0].text == text


def test_characters_xml_cannot_hold_are_dropped_not_fatal(tmp_path):
    word = write(tmp_path, Paragraph("Bria\x00 road\x07 open\r\nline two\x0bthree"))
    assert word.paragraphs[0].text == "Bria road open\nline two\nthree"


def _order_ok(parent, order: tuple[str, ...]) -> bool:
    positions = [order.index(child.tag) for child in parent if child.tag in order]
    return positions == sorted(positions)


def test_properties_are_in_the_order_word_requires(tmp_path):
    """Word refuses a file whose property elements are out of schema order."""
    write(
        tmp_path,
        Title("T", "S"),
        Paragraph(ARABIC, "note"),
        KeepTogether((Heading("H", "1"), MEETINGS)),
        FieldGrid((("A", "B"),)),
        SignOff(("a", "b"), ("c", "d"), "s"),
    )
    word = docx.Document(str(tmp_path / "report.docx"))
    parts = [word.element, word.sections[0].header._element, word.sections[0].footer._element]
    orders = {
        "w:pPr": docx_render._PPR_ORDER,
        "w:rPr": docx_render._RPR_ORDER,
        "w:tcPr": docx_render._TCPR_ORDER,
        "w:tblPr": docx_render._TBLPR_ORDER,
    }
    checked = 0
    for part in parts:
        for tag, order in orders.items():
            for element in part.iter(qn(tag)):
                assert _order_ok(element, tuple(qn(t) for t in order)), element.xml
                checked += 1
    assert checked > 20


# --- output.write_document: the format by the file name, whole or not at all ------------


def test_write_document_writes_word_for_a_docx_name_in_any_case(tmp_path):
    document = Document(FURNITURE, "s", [Heading("Liaison", "2"), MEETINGS])
    out = output.write_document(document, tmp_path / "W49.DOCX", catalogue.texts("en"))
    assert out == tmp_path / "W49.DOCX"
    word = docx.Document(str(out))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == ["2. Liaison"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["W49.DOCX"]


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(tmp_path):
    out = tmp_path / "sitrep.docx"
    out.write_bytes(b"last week's copy")
    broken = Document(FURNITURE, "s", [Heading("Photos", "4"), Image(b"GIF89a broken", "x")])
    with pytest.raises(CimicError):
        output.write_document(broken, out, catalogue.texts("en"))
    assert out.read_bytes() == b"last week's copy"
    assert [p.name for p in tmp_path.iterdir()] == ["sitrep.docx"]


def test_a_save_that_dies_half_way_leaves_no_file(tmp_path, monkeypatch):
    def half_save(self, path):
        Path(path).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", half_save)
    with pytest.raises(OSError, match="disk full"):
        output.write_document(
            Document(FURNITURE, "s", [Paragraph("x")]),
            tmp_path / "new.docx",
            catalogue.texts("en"),
        )
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_file_name(tmp_path):
    folder = tmp_path / "reports.docx"
    folder.mkdir()
    with pytest.raises(CimicError, match="is a folder"):
        output.write_document(Document(FURNITURE, "s", []), folder, catalogue.texts("en"))
    assert list(folder.iterdir()) == []


def test_any_other_name_gets_the_pdf_with_the_same_sections_and_tables(tmp_path):
    document = Document(
        FURNITURE,
        "s",
        [
            Title("Weekly CIMIC sitrep", "BANBAT 1"),
            Heading("Executive summary", "1"),
            Paragraph(FRENCH),
            Heading("Liaison", "2"),
            MEETINGS,
            Chart("lines", "Meetings per week", ("W48", "W49"), (("Meetings", (94.0, 116.0)),)),
            Heading("Incidents", "3"),
            Paragraph("No incidents reported this period.", "note"),
        ],
    )
    texts = catalogue.texts("en")
    pdf = output.write_document(document, tmp_path / "W49.pdf", texts)
    word_file = output.write_document(document, tmp_path / "W49.docx", texts)
    assert pdf.read_bytes().startswith(b"%PDF")
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    word = docx.Document(str(word_file))
    word_headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert word_headings == document.headings(1)
    for label in document.headings(1):
        assert label in pdf_text
    word_headers = [tuple(c.text for c in t.rows[0].cells) for t in word.tables]
    for table in document.tables():
        assert table.header in word_headers
        assert all(h in pdf_text for h in table.header)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["W49.docx", "W49.pdf"]
