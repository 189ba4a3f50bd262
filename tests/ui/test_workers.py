"""ui.workers: a function run off the UI thread, its outcome delivered on the UI thread."""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtCore import QObject

from cimicdesk.domain.errors import CimicError
from cimicdesk.ui import workers
from cimicdesk.ui.workers import Task, with_own_store


def test_the_result_arrives_on_the_ui_thread(qtbot):
    where: list[threading.Thread] = []

    def add(a, b):
        where.append(threading.current_thread())
        return a + b

    task = Task("Adding", add, 2, b=3)
    received: list[threading.Thread] = []
    task.finished.connect(lambda _: received.append(threading.current_thread()))
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert finished.args == [5] and task.result == 5 and not task.running
    assert where[0] is not threading.main_thread()
    assert received == [threading.main_thread()]


def test_failures_arrive_as_the_exception_and_bugs_are_logged(qtbot, caplog):
    def refuse():
        raise CimicError("No such week")

    def crash():
        raise ZeroDivisionError("division by zero")

    with caplog.at_level(logging.ERROR, logger="cimicdesk.ui.workers"):
        known = Task("Refusing", refuse)
        with qtbot.waitSignal(known.failed, timeout=5000) as failed:
            known.start()
        assert isinstance(failed.args[0], CimicError) and known.error is failed.args[0]
        assert caplog.records == []  # a known problem is the user's to read, not a bug
        bug = Task("Crashing", crash)
        with qtbot.waitSignal(bug.failed, timeout=5000):
            bug.start()
    assert [r.getMessage() for r in caplog.records] == ["Crashing failed"]


def test_a_task_whose_owner_is_gone_is_dropped(qtbot):
    release = threading.Event()
    owner = QObject()
    task = Task("Waiting", release.wait, 5, parent=owner)
    task.start()
    shiboken6.delete(owner)  # the page went away (another database was opened)
    assert not shiboken6.isValid(task)
    release.set()
    qtbot.waitUntil(lambda: workers.running_tasks() == [], timeout=5000)


def test_with_own_store_opens_and_closes_its_connection(store):
    seen = {}

    def job(own, word):
        seen["store"] = own
        return f"{own.unit.name} {word}"

    assert with_own_store(store.path, job, "ok") == "BANBAT 1 ok"
    assert seen["store"] is not store
