"""What the Search page shows of each hit, role by role, and that its columns are fitted
when the hits are shown (issue 16: the rows are made once per search, not per paint)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from scripted_prompter import make_contact, make_entry, make_org, search_for

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store.search import search
from cimicdesk.ui.models.search import SEARCHED_KINDS, SearchResultsModel, readable_snippet
from cimicdesk.ui.widgets.column_fit import share

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def test_every_cell_of_every_hit_shows_the_store_s_hit_and_a_source_only_by_code(
    open_window, store, qtbot
):
    org = make_org(store, "Comité des sages de Bambari", place="Bambari")
    source = make_contact(
        store,
        "Bruno Bambara",
        organisation_id=org.id,
        notes="Bambari market",
        sensitivity=Sensitivity.RESTRICTED,
    )
    make_contact(store, "Awa Bamba", organisation_id=org.id, notes="Bambari youth")
    make_entry(store, contacts=[source], purpose="Bambari market security")
    window = open_window()
    code = restricted_code(source.id)
    page = search_for(window, qtbot, code)
    model = page.model
    ids = [model.index(r, 0).data(model.RecordIdRole) for r in range(model.rowCount())]
    row = ids.index(source.id)  # found by its code (the entry naming it may be found too)
    assert model.index(row, model.TITLE).data() == f"Restricted contact {code}"
    assert model.index(row, model.SNIPPET).data() == "(restricted: open the record to see it)"
    assert model.index(row, model.SNIPPET).data(TOOLTIP) == model.index(row, 2).data()
    assert model.index(row, model.KIND).data() == "Contact"
    assert model.index(row, 0).data(model.KindRole) == "contact"

    page = search_for(window, qtbot, "bambari")
    hits = search(store, "bambari", kinds=SEARCHED_KINDS, limit=SearchResultsModel.LIMIT)
    assert len(hits) == model.rowCount() >= 3
    kinds = {"contact": "Contact", "organisation": "Organisation", "liaison": "Liaison entry"}
    for row, hit in enumerate(hits):
        cells = [model.index(row, column) for column in range(model.columnCount())]
        assert cells[model.KIND].data() == kinds[hit.kind]
        if hit.restricted:  # found by what its index entry holds, shown by its code only
            title = f"Restricted contact {restricted_code(hit.record_id)}"
            snippet = "(restricted: open the record to see it)"
        else:
            title, snippet = hit.title, readable_snippet(hit.snippet)
            assert "«" in snippet  # the match marked, not with [ ]
        assert cells[model.TITLE].data() == title
        assert cells[model.TITLE].data(TOOLTIP) == title
        assert cells[model.SNIPPET].data() == snippet
        assert cells[model.SNIPPET].data(TOOLTIP) == snippet
        assert cells[model.KIND].data(TOOLTIP) is None
        for cell in cells:
            assert cell.data(model.KindRole) == hit.kind
            assert cell.data(model.RecordIdRole) == hit.record_id
            assert cell.data(Qt.ItemDataRole.FontRole) is None
            assert cell.data(Qt.ItemDataRole.DecorationRole) is None
    assert not any("Bambara" in model.index(r, model.TITLE).data() for r in range(len(hits)))
    assert model.index(len(hits), 0).data() is None  # past the end: nothing


def test_the_columns_are_fitted_to_the_hits_when_they_are_shown(open_window, store, qtbot):
    org = make_org(store, "Bambari", place="Bambari")
    make_entry(
        store, orgs=[org], purpose="A very long purpose " * 8 + "about Bambari's market road"
    )
    window = open_window()
    page = search_for(window, qtbot, "x-nothing")  # the page shown, its columns fitted to nothing
    widths: list[list[int]] = []

    def record_widths() -> None:
        header = page.table.horizontalHeader()
        widths.append([header.sectionSize(c) for c in range(page.model.columnCount())])

    page.results_shown.connect(record_widths)  # before any event: no paint came between
    page = search_for(window, qtbot, "bambari")
    fitter = page.fitter
    expected = share(page.table.viewport().width(), fitter.wants(), fitter.leasts(), fitter.fits)
    assert widths == [expected]
    assert widths[0][page.model.SNIPPET] > widths[0][page.model.KIND]
