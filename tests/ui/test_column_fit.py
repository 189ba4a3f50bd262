"""Lists fit their columns to the window: no sideways scrolling at a 1366×768 laptop's page
width (about 1180 px), short values (dates, statuses, phones) whole, long text cut with '…'
and whole in its tooltip; a column the user sized keeps its width. Real widgets over a real
SQLite database."""

from __future__ import annotations

import pytest
from factories import (
    action,
    approved_qip,
    make_contact,
    make_entry,
    make_incident,
    make_org,
    make_request,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.enums import (
    AssessmentSector,
    CommunityKind,
    IncidentCategory,
    OrgType,
    QipStatus,
    Severity,
    SupportPriority,
    SupportStatus,
)
from cimicdesk.store import assessments
from cimicdesk.sync.duplicates import find_duplicates
from cimicdesk.ui import i18n, window_geometry
from cimicdesk.ui.i18n import label
from cimicdesk.ui.pages.assessments import AssessmentsPage
from cimicdesk.ui.pages.contacts import ContactsPage
from cimicdesk.ui.pages.incidents import IncidentsPage
from cimicdesk.ui.pages.liaison import LiaisonPage
from cimicdesk.ui.pages.organisations import OrganisationsPage
from cimicdesk.ui.pages.qips import QipsPage
from cimicdesk.ui.pages.support import SupportPage
from cimicdesk.ui.pages.sync import SyncPage
from cimicdesk.ui.widgets import column_fit
from cimicdesk.ui.widgets.column_fit import FIXED, TEXT, Fit, cut, fitter_of, share

PAGE = (1180, 669)  # a 1366×768 screen's page area, the window maximised
LONG_ORG = "Plateforme des confessions religieuses de Centrafrique – antenne de Batangafo"
LONG_PLACE = "Kaga-Bandoro, quartier Sinistré II, derrière le marché central"
LONG_TITLE = "Rehabilitation of the water point and latrines at the Lazare IDP site, Bambari"
PAGES = (
    LiaisonPage,
    ContactsPage,
    OrganisationsPage,
    QipsPage,
    IncidentsPage,
    SupportPage,
    AssessmentsPage,
)


@pytest.fixture
def long_records(store):
    """Records with the long names, places and titles a seeded mission has."""
    org = make_org(store, LONG_ORG, acronym="PCR-CA", org_type=OrgType.RELIGIOUS, place=LONG_PLACE)
    people = [
        make_contact(
            store,
            f"Marie-Claire Ngaïkoumon-Yakité {n}",
            organisation_id=org.id,
            position="Présidente du comité local de paix et de réconciliation",
            phones=["+236 72 12 34 56"],
        )
        for n in range(3)
    ]
    for day in range(1, 4):
        make_entry(
            store, contacts=people, start=f"2026-11-{day:02d}T09:00:00.000Z", place=LONG_PLACE
        )
    approved_qip(store, org, budget=48_000.0, title=LONG_TITLE, place=LONG_PLACE)
    make_incident(store, place=LONG_PLACE)
    make_request(store, requesting_organisation_id=org.id, priority=SupportPriority.LIFE_SUSTAINING)
    assessments.save_assessment(
        store,
        Assessment(
            community_name="Site de déplacés de l'évêché de Kaga-Bandoro, secteur Lazare",
            community_kind=CommunityKind.TOWN_QUARTER,
            adm1="Nana-Grébizi",
            adm2="Kaga-Bandoro",
            assessed_on="2026-11-02",
            team="BANBAT1 CIMIC team 2 with the sector's gender adviser",
            sectors=[SectorRating(sector=AssessmentSector.WASH, severity=Severity.CATASTROPHIC)],
        ),
    )
    return org


def _page(qtbot, page_class, store, prompter):
    page = page_class(store, prompter)
    qtbot.addWidget(page)
    page.resize(*PAGE)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(100)  # the fitting runs once the list has its width
    return page


def _shown(table) -> list[int]:
    header = table.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def _fits_its_width(qtbot, table) -> None:
    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)  # hidden once laid out
    header = table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in _shown(table))
    assert total <= table.viewport().width(), (total, table.viewport().width())
    assert bar.maximum() == 0


def test_share_fills_the_room_fixed_values_whole_and_drops_minor_columns_first():
    fits = [Fit(FIXED), Fit(TEXT), Fit(FIXED, drop=2), Fit(TEXT, drop=1)]
    wants, leasts = [100, 400, 80, 300], [100, 130, 80, 130]
    assert share(1200, wants, leasts, fits) == [100, 560, 80, 460]  # the rest goes to text
    assert share(600, wants, leasts, fits) == [100, 229, 80, 191]  # text grows alike
    assert share(400, wants, leasts, fits) == [100, 220, 80, 0]  # drop=1 goes first
    assert share(300, wants, leasts, fits) == [100, 200, 0, 0]
    assert share(180, wants, leasts, fits) == [100, 80, 0, 0]  # text cut, the date whole
    for room in range(100, 1500, 37):
        assert sum(share(room, wants, leasts, fits)) == room


@pytest.mark.parametrize("page_class", PAGES, ids=lambda c: c.__name__)
def test_every_list_fits_a_laptop_page_with_fixed_values_whole(
    qtbot, store, prompter, long_records, page_class
):
    page = _page(qtbot, page_class, store, prompter)
    table = page.table
    assert table.model().rowCount() >= 1
    _fits_its_width(qtbot, table)
    fits = fitter_of(table).fits
    for column in _shown(table):
        for row in range(table.model().rowCount()):
            index = table.model().index(row, column)
            if fits[column].kind == FIXED:
                assert not cut(table, index), (column, index.data())
            elif cut(table, index):  # cut text: whole in its tooltip
                assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data(), index.data()
    # A narrower list (the editor widened) still fits: minor columns give way.
    page.splitter.setSizes([380, PAGE[0] - 380])
    qtbot.wait(100)
    _fits_its_width(qtbot, table)
    assert len(_shown(table)) >= 2


def test_a_cut_place_shows_whole_in_its_tooltip(qtbot, store, prompter, long_records):
    page = _page(qtbot, LiaisonPage, store, prompter)
    model, table = page.model, page.table
    index = model.index(0, model.PLACE)
    assert not table.isColumnHidden(model.PLACE)
    assert cut(table, index), table.columnWidth(model.PLACE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG_PLACE
    assert table.columnWidth(model.TYPE) >= table.fontMetrics().horizontalAdvance(
        "Key leader engagement"
    )


def test_a_wider_list_shows_again_the_columns_it_hid(qtbot, store, prompter, long_records):
    page = _page(qtbot, QipsPage, store, prompter)
    page.splitter.setSizes([420, PAGE[0] - 420])
    qtbot.wait(100)
    hidden = set(range(page.model.columnCount())) - set(_shown(page.table))
    assert hidden
    page.resize(2400, PAGE[1])
    page.splitter.setSizes([1700, 700])
    qtbot.wait(100)
    assert set(_shown(page.table)) > set(range(page.model.columnCount())) - hidden
    _fits_its_width(qtbot, page.table)


@pytest.fixture
def french(qapp):
    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")


@pytest.mark.parametrize(
    ("page_class", "statuses"),
    [(SupportPage, SupportStatus), (QipsPage, QipStatus)],
    ids=["support", "qips"],
)
def test_a_status_column_fits_its_longest_french_status(
    french, qtbot, store, prompter, long_records, page_class, statuses
):
    page = _page(qtbot, page_class, store, prompter)
    assert label(SupportStatus.FORWARDED) == "Transmise au QG supérieur"  # French is in use
    table, column = page.table, page.model.STATUS
    assert not table.isColumnHidden(column)
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(label(s)) for s in statuses)
    assert table.columnWidth(column) >= widest + column_fit.CELL_PADDING
    _fits_its_width(qtbot, table)


def test_the_organisation_picker_shows_the_beginning_of_a_long_name(
    qtbot, store, prompter, long_records
):
    page = _page(qtbot, ContactsPage, store, prompter)
    combo = page.editor.ui.organisationCombo
    line_edit = combo.lineEdit()
    name = combo.currentText()
    assert name.startswith(LONG_ORG)
    assert line_edit.cursorPosition() == 0  # scrolled to its start, not its end
    assert line_edit.toolTip() == name  # it does not fit: whole in the tooltip
    page.table.selectRow(1)
    qtbot.wait(10)
    assert combo.lineEdit().cursorPosition() == 0


def test_a_fitted_list_keeps_no_widths_and_a_user_sized_one_keeps_its_own(
    qtbot, store, prompter, long_records
):
    page = _page(qtbot, ContactsPage, store, prompter)
    fitter = fitter_of(page.table)
    settings = i18n.settings()
    key = "window/layout/contacts.recordTable0"
    window_geometry.save_layout(page)
    assert settings.value(key) is None and not fitter.user_sized
    page.table.horizontalHeader().resizeSection(0, 240)  # the user drags a column edge
    assert fitter.user_sized
    window_geometry.save_layout(page)
    saved = [int(v) for v in settings.value(key)]
    assert saved[0] == 240

    again = _page(qtbot, ContactsPage, store, prompter)
    window_geometry.restore_layout(again, "contacts")
    again.resize(PAGE[0] - 100, PAGE[1])  # a resize fits nothing once the user sized it
    qtbot.wait(100)
    header = again.table.horizontalHeader()
    assert header.sectionSize(0) == 240
    assert [
        0 if header.isSectionHidden(c) else header.sectionSize(c) for c in range(len(saved))
    ] == saved


def test_a_same_place_duplicate_reads_french_on_the_sync_page(french, qtbot, store, prompter):
    make_org(store, "Comité de paix", place="Damara")
    make_org(store, "Comité de paix", place="Damara")
    [pair] = find_duplicates(store)
    assert (pair.reason.text, dict(pair.reason.params)) == (
        "same name and place ({place})",
        {"place": "Damara"},
    )
    page = SyncPage(store, prompter)
    qtbot.addWidget(page)
    page.reload()
    assert page.duplicates_table.item(0, 5).text() == "même nom et même lieu (Damara)"


def test_the_header_menu_fits_user_sized_columns_again(qtbot, store, prompter, long_records):
    page = _page(qtbot, ContactsPage, store, prompter)
    fitter, header = fitter_of(page.table), page.table.horizontalHeader()
    fitted = header.sectionSize(0)
    header.resizeSection(0, fitted + 300)
    assert fitter.user_sized and header.length() > page.table.viewport().width()
    assert fitter.refit_action in header.actions()
    fitter.refit_action.trigger()
    assert not fitter.user_sized and header.sectionSize(0) == fitted
    _fits_its_width(qtbot, page.table)


def test_the_dashboard_sync_and_search_lists_fit_the_window(
    qtbot, store, prompter, long_records, open_window
):
    make_entry(
        store,
        orgs=[long_records],
        start="2026-11-05T09:00:00.000Z",
        place=LONG_PLACE,
        actions=[action(LONG_TITLE, "2026-11-20", owner="Officier CIMIC du bataillon, B Coy")],
    )
    make_incident(
        store, category=IncidentCategory.BATTLES, subcategory="armed_clash", place=LONG_PLACE
    )
    make_org(store, LONG_ORG, place="Damara")
    make_org(store, LONG_ORG, place="Damara")
    window = open_window()
    window.resize(1366 - 16, 768 - 40)
    window.search_page.model.run("Bambari")
    for key in ("dashboard", "sync", "search"):
        page = window.show_page(key)
        qtbot.wait(100)
        tables = [t for t in page.findChildren(QTableView) if fitter_of(t) and t.isVisible()]
        assert tables, key
        for table in tables:
            if table.objectName() not in ("conflictsTable", "importsTable"):  # none here
                assert table.model().rowCount(), (key, table.objectName())
            _fits_its_width(qtbot, table)
