"""Bare floor of the sector sitrep: the week's rows read with one SELECT per kind and laid
out by bare reportlab as wrapped tables (one table row per record), A4.

    python floors/sitrep.py DB START END OUT.pdf   (START/END: ISO stamps of the week;
    $CIMICDESK_PASSPHRASE opens DB) -- prints the rows written and the pages
"""

import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from cimicdesk.store import encryption

QUERIES = {
    "meetings": "SELECT origin_unit, start, place, purpose, info_received, issues_raised "
    "FROM liaison_entries WHERE deleted = 0 AND start >= ? AND start < ? "
    "ORDER BY origin_unit, start",
    "incidents": "SELECT origin_unit, occurred_at, place, category, actors, reference "
    "FROM incidents WHERE deleted = 0 AND occurred_at >= ? AND occurred_at < ? "
    "ORDER BY origin_unit, occurred_at",
    "qips": "SELECT origin_unit, number, title, category, place, objective FROM qips "
    "WHERE deleted = 0 AND updated_at >= ? AND updated_at < ? ORDER BY origin_unit, number",
    "requests": "SELECT origin_unit, received_at, number, request_type, purpose, status "
    "FROM support_requests WHERE deleted = 0 AND received_at >= ? AND received_at < ? "
    "ORDER BY origin_unit, received_at",
}


def main() -> None:
    db, start, end, out = sys.argv[1:]
    key = encryption.unlock(db, os.environ["CIMICDESK_PASSPHRASE"])
    conn = encryption.connect(db, key)
    style = getSampleStyleSheet()["BodyText"]
    story = []
    rows_written = 0
    for title, sql in QUERIES.items():
        rows = conn.execute(sql, [start, end]).fetchall()
        story.append(Paragraph(title, getSampleStyleSheet()["Heading2"]))
        cells = [[Paragraph(str(v or "")[:400], style) for v in row] for row in rows]
        if cells:
            story.append(Table(cells, repeatRows=0, colWidths=[80] * len(cells[0])))
        story.append(Spacer(1, 12))
        rows_written += len(rows)
    pages = []
    document = SimpleDocTemplate(out, pagesize=A4)
    document.build(story, onLaterPages=lambda c, d: pages.append(1))
    print(f"rows {rows_written} pages {len(pages) + 1}")


if __name__ == "__main__":
    main()
