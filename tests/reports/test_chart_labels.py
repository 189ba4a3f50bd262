"""Chart labels are never cut: a long category goes on two lines, a legend takes fewer
columns. Drawn to a real PDF and read back with pypdf."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.pdfbase.pdfmetrics import stringWidth

from cimicdesk.reports import charts, line_chart
from cimicdesk.reports.layout import FONT, register_fonts

LONG = "Organisation communautaire de base"
LONGER = "Autorité traditionnelle ou coutumière du village"


def _pdf_text(drawing) -> str:
    out = io.BytesIO()
    renderPDF.drawToFile(drawing, out)
    return PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()


def test_a_long_label_is_broken_between_words_onto_two_lines():
    register_fonts()
    room = stringWidth("communautaire de base", FONT, charts.LABEL_SIZE) + 1
    assert charts.wrap_label(LONG, room) == ["Organisation", "communautaire de base"]
    assert charts.wrap_label("Donor", room) == ["Donor"]
    lines = charts.wrap_label(LONGER, 60)  # more than two lines' worth: the rest is cut
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(stringWidth(line, FONT, charts.LABEL_SIZE) <= 60 for line in lines)


def test_bar_labels_too_long_for_their_room_are_wrapped_whole_in_the_pdf():
    drawing = charts.horizontal_bars(
        "Réunions par type d'organisation",
        [LONG, "ONG internationale", LONGER],
        {"Réunions": [12, 5, 3]},
        250,
        number=str,
    )
    shown = _pdf_text(drawing)
    assert "…" not in shown, shown
    for word in (*LONG.split(), *LONGER.split()):
        assert word in shown, (word, shown)
    assert "Organisation\ncommunautaire de base" in shown
    one_line = charts.horizontal_bars("x", ["A", "B"], {"n": [1, 2]}, 250, number=str)
    assert drawing.height - one_line.height >= 3 * (2 * charts.LABEL_LEADING + 3 - 13)


def test_a_line_chart_legend_takes_fewer_columns_rather_than_cut_a_french_name():
    names = ["Incidents", "Incidents flash", "Victimes (tués, blessés, enlevés)"]
    assert line_chart.legend_columns(names, 330) == 2
    drawing = line_chart.lines(
        "Incidents par semaine ISO",
        ["W45", "W46", "W47"],
        [(name, [1.0, 2.0, 3.0]) for name in names],
        360,
        number=str,
    )
    shown = _pdf_text(drawing)
    assert "…" not in shown, shown
    for name in names:
        assert name in shown, (name, shown)
