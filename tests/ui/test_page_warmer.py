"""The list pages are built in the background once the window is shown and the officer idle:
the very pages the navigation then shows, with their records, kept up to date by saves
elsewhere; never while locked; Reports, Sync and Search still wait to be asked for."""

from __future__ import annotations

import pytest
from factories import PASSPHRASE, make_contact, make_entry, make_org

from cimicdesk.ui import page_warmer
from cimicdesk.ui.page_warmer import WARM_PAGES

WAIT_MS = 20_000  # ample on a loaded machine; the warmer's own pause is QUIET_MS


@pytest.fixture(autouse=True)
def short_quiet(monkeypatch):
    """A shorter quiet time before the first page (1 s in the program)."""
    monkeypatch.setattr(page_warmer, "QUIET_MS", 100)


def warmed(window) -> bool:
    return all(window.pages.is_built(key) for key in WARM_PAGES)


def test_the_list_pages_built_in_the_background_are_those_the_navigation_shows(
    store, open_window, qtbot
):
    org = make_org(store, "Mercy Relief")
    awa = make_contact(store, "Awa Diallo", organisation_id=org.id)
    entry = make_entry(store, contacts=[awa], purpose="Water point")
    window = open_window()
    assert list(window.pages.built()) == ["dashboard"]  # nothing more to open the window
    qtbot.waitUntil(lambda: warmed(window), timeout=WAIT_MS)
    assert window.page_warmer.built == list(WARM_PAGES)  # one by one, in navigation order
    assert not window.page_warmer.active()
    for key in ("reports", "sync", "search"):
        assert not window.pages.is_built(key)
    built = {key: window.pages[key] for key in WARM_PAGES}
    assert window.current_page() is window.dashboard_page  # still in front
    keys = [k for k in window.pages if k != "search"]
    for key in WARM_PAGES:
        window.ui.navigationList.setCurrentRow(keys.index(key))  # as the officer clicks
        assert window.current_page() is built[key]
        assert built[key].isVisible()
    assert window.pages["liaison"].model.record_at(0).id == entry.id
    assert window.pages["contacts"].model.record_at(0).id == awa.id
    assert window.pages["organisations"].model.record_at(0).id == org.id
    assert window.pages["liaison"].editor.record_id == entry.id  # its first record open


def test_saves_reach_the_pages_built_in_the_background(store, open_window, qtbot):
    awa = make_contact(store, "Awa Diallo")
    entry = make_entry(store, contacts=[awa], purpose="First visit")
    window = open_window()
    qtbot.waitUntil(lambda: warmed(window), timeout=WAIT_MS)
    liaison_page = window.pages["liaison"]
    combo = liaison_page.editor.ui.addContactCombo
    # A contact added on the Contacts page (built unseen) is offered in the liaison editor.
    people = window.show_page("contacts")
    people.new_record()
    people.editor.ui.nameEdit.setText("Bintou Keita")
    assert people.save_record()
    assert people.model.rowCount() == 2
    window.show_page("liaison")
    assert combo.findText("Bintou Keita") > 0
    # A save in the liaison editor changes its row in the list, and the dashboard's counts.
    liaison_page.open_record(entry.id)
    liaison_page.editor.ui.purposeEdit.setPlainText("First visit, again")
    assert liaison_page.save_record()
    row = liaison_page.model.row_of(entry.id)
    assert liaison_page.model.record_at(row).purpose == "First visit, again"
    dashboard = window.show_page("dashboard")
    assert "2 contacts" in dashboard.summary_label.text()
    assert "1 liaison entry" in dashboard.summary_label.text()


def test_nothing_is_built_while_locked_and_the_pages_warm_again_once_unlocked(
    store, open_window, qtbot
):
    make_contact(store, "Awa Diallo")
    window = open_window()
    assert window.lock()
    qtbot.wait(3 * page_warmer.QUIET_MS)
    assert not window.page_warmer.active()
    assert list(window.pages.built()) == []  # the lock dropped every page
    assert window.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: warmed(window), timeout=WAIT_MS)
    assert window.pages["contacts"].model.rowCount() == 1
    assert window.pages["contacts"].store is window.store


def test_a_key_pressed_restarts_the_quiet_time(window, qtbot):
    watch = window.window_lock.idle
    qtbot.wait(50)
    before = watch.quiet_ms()
    assert before >= 50
    qtbot.keyClick(window.search_box, "w")
    assert watch.quiet_ms() < before


def test_no_page_is_built_while_a_worker_is_at_work(store, open_window, qtbot):
    # A page built while a report is made (or a file read) would contend with the worker
    # for the interpreter: the window stalled 0.7 s in the preview's responsiveness test.
    import threading

    from cimicdesk.ui.workers import Task

    release = threading.Event()
    window = open_window()
    task = Task("Hold the worker", release.wait, 30, parent=window)
    task.start()
    try:
        qtbot.wait(page_warmer.QUIET_MS * 4)  # quiet long enough to build every page
        assert list(window.pages.built()) == ["dashboard"]
        assert window.page_warmer.active()  # still meaning to
    finally:
        release.set()
    qtbot.waitUntil(lambda: warmed(window), timeout=WAIT_MS)
    assert window.page_warmer.built == list(WARM_PAGES)
