"""The dashboard of a new database: first steps, done or not, each a click from being
done, gone once the first records are in; 'In this database' names every record type."""

from __future__ import annotations

from factories import PASSPHRASE, make_assessment
from ops_support import make_incident, make_qip, make_request
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from scripted_prompter import make_contact, make_entry, make_org

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.qip import MissionSettings
from cimicdesk.store import places
from cimicdesk.store.database import create_database, read_meta
from cimicdesk.ui.pages.first_steps import DONE_MARK, OPEN_MARK
from cimicdesk.ui.preferences import PreferencesDialog

STEPS = ["unit", "organisations", "contacts", "liaison", "qip_rules", "mission_area"]


def states(steps) -> dict[str, bool]:
    """Each step's state as shown: its mark, and its button there only while not done."""
    seen = {}
    for key in STEPS:
        mark = steps.marks[key].text()
        assert mark in (DONE_MARK, OPEN_MARK)
        done = mark == DONE_MARK
        assert steps.buttons[key].isVisible() is not done, key
        assert steps.marks[key].accessibleName() == ("Done" if done else "To do")
        seen[key] = done
    return seen


def test_a_new_database_lists_the_first_steps_and_ticks_them_as_records_come(
    open_window, store, qtbot
):
    window = open_window()
    page = window.dashboard_page
    steps = page.first_steps
    assert steps.isVisible()
    assert states(steps) == {
        "unit": True,  # the store was created with its parent formation
        "organisations": False,
        "contacts": False,
        "liaison": False,
        "qip_rules": False,
        "mission_area": False,
    }
    assert steps.texts["unit"].text() == "Your unit: BANBAT 1, reporting to Sector West"
    organisation = make_org(store, "Mairie de Bria")
    marie = make_contact(store, "Marie Ndoumba", organisation_id=organisation.id)
    page.refresh()
    assert steps.isVisible()
    assert states(steps) == {
        "unit": True,
        "organisations": True,
        "contacts": True,
        "liaison": False,
        "qip_rules": False,
        "mission_area": False,
    }
    # The first meeting: the list goes (the database is in use).
    make_entry(store, contacts=[marie])
    window.show_page("dashboard")
    assert not steps.isVisible()
    assert page.summary_label.text().startswith(
        "In this database: 1 organisation · 1 contact · 1 liaison entry"
    )


def test_each_step_button_opens_a_new_record_on_its_page(window, qtbot):
    steps = window.dashboard_page.first_steps
    for key, page in (
        ("organisations", window.organisations_page),
        ("contacts", window.contacts_page),
        ("liaison", window.liaison_page),
    ):
        window.show_page("dashboard")
        qtbot.mouseClick(steps.buttons[key], Qt.MouseButton.LeftButton)
        assert window.current_page() is page
        assert page.editor.is_new
        focus = QApplication.focusWidget()
        assert focus is not None and page.editor.isAncestorOf(focus), key


def test_the_qip_rules_step_opens_the_rules_and_is_done_once_they_are_saved(
    window, prompter, qtbot
):
    steps = window.dashboard_page.first_steps
    assert (
        "at most USD 50,000 a project, finished within 6 months" in steps.texts["qip_rules"].text()
    )
    prompter.settings_answer = MissionSettings(qip_ceiling_usd=30_000.0, qip_max_months=1)
    qtbot.mouseClick(steps.buttons["qip_rules"], Qt.MouseButton.LeftButton)
    assert window.current_page() is window.pages["qips"]
    window.show_page("dashboard")
    assert states(steps)["qip_rules"] is True
    assert (
        "at most USD 30,000 a project, finished within 1 month" in steps.texts["qip_rules"].text()
    )


def test_the_mission_area_step_opens_preferences_and_names_the_area_once_chosen(window, qtbot):
    steps = window.dashboard_page.first_steps
    assert "towns and villages on the map" in steps.texts["mission_area"].text()
    qtbot.mouseClick(steps.buttons["mission_area"], Qt.MouseButton.LeftButton)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.map_group.filter_edit.hasFocus())
    dialog.map_group.check("CF")
    dialog.accept()
    assert places.mission_area(window.store) == ("CF",)
    assert states(steps)["mission_area"] is True
    assert steps.texts["mission_area"].text() == "The mission area: CF"


def test_the_unit_step_records_the_parent_formation(db_path, prompter, qtbot):
    from cimicdesk.app import build_main_window

    store = create_database(db_path, "BANBAT 2", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    try:
        window = build_main_window(store, prompter)
        qtbot.addWidget(window)
        window.show()
        steps = window.dashboard_page.first_steps
        assert states(steps)["unit"] is False
        assert steps.texts["unit"].text() == (
            "Your unit: BANBAT 2. Record the formation it reports to."
        )
        prompter.text_answers = ["  Sector   East "]
        qtbot.mouseClick(steps.buttons["unit"], Qt.MouseButton.LeftButton)
        assert states(steps)["unit"] is True
        assert steps.texts["unit"].text() == "Your unit: BANBAT 2, reporting to Sector East"
        assert store.unit.parent == "Sector East"
        assert read_meta(store.db)["unit_parent"] == "Sector East"
        assert window.unit_label.toolTip() == "Parent formation: Sector East"
        # Cancelled: nothing asked is written.
        prompter.text_answers = [None]
        assert window.dashboard_page.set_parent_formation() is False
        assert read_meta(store.db)["unit_parent"] == "Sector East"
        window.close()
    finally:
        store.close()


def test_a_seeded_database_shows_no_first_steps(db_path, prompter, qtbot):
    from cimicdesk.app import build_main_window

    store = create_database(
        db_path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    )
    try:
        seed_database(store, entries=5, seed=7)
        window = build_main_window(store, prompter)
        qtbot.addWidget(window)
        window.show()
        assert window.current_page() is window.dashboard_page
        assert not window.dashboard_page.first_steps.isVisible()
        window.close()
    finally:
        store.close()


def test_in_this_database_names_every_record_type_with_its_plural(open_window, store):
    make_qip(store)
    make_incident(store)
    make_incident(store, place="Grimari")
    make_request(store)
    make_request(store, to_place="Bria")
    make_request(store, to_place="Ippy")
    make_assessment(store)
    window = open_window()
    assert window.dashboard_page.summary_label.text() == (
        "In this database: 0 organisations · 0 contacts · 0 liaison entries · 1 QIP · "
        "2 incidents · 3 support requests · 1 assessment"
    )
