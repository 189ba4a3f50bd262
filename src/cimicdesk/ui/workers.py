"""Run a function off the UI thread: its outcome comes back as a signal on the UI thread.

Rules for the functions run here: they get plain values (paths, dates, names), never a
widget or the window's Store. SQLite connections belong to the thread that opened them,
so a function that reads the database opens its own Store on the file (`store.path`)
and closes it when done (see `with_own_store`). WAL lets it read while the window
writes.

How the outcome travels: the worker thread holds no Qt object but one long-lived relay;
it emits (task number, ok, value) on the relay, Qt queues that to the UI thread, and the
relay looks the Task up by number there. So no QObject is ever created, used or deleted
on the worker thread, and a Task whose page went away meanwhile is simply dropped.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from cimicdesk.domain.errors import CimicError
from cimicdesk.store.database import Store, in_use_reason, open_database, open_read_only
from cimicdesk.store.writer_lock import DatabaseInUseError

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 60_000  # at quit, how long a running task may take to finish its file


class Task(QObject):
    """One call of `function(*args, **kwargs)` on a worker thread.

    Signals arrive on the UI thread: ended() first (progress shown can go), then
    finished(result) or failed(exception).
    Attributes: description (what it does, for progress text), running, result (once
    finished), error (the exception, once failed).
    """

    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(
        self,
        description: str,
        function: Callable[..., Any],
        /,
        *args: Any,
        parent: QObject | None = None,
        **kwargs: Any,
    ):
        super().__init__(parent)
        self.description = description
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._call = (function, args, kwargs)

    def start(self) -> Task:
        """Queue the call on the worker pool; returns self (for chaining)."""
        if self.running:
            raise RuntimeError(f"{self.description}: already running")
        relay = _relay()
        number = next(_numbers)
        _running[number] = self  # keeps the Task alive until its outcome is delivered
        self.running = True
        function, args, kwargs = self._call

        def work() -> None:  # runs on the worker thread: touches no Qt object but the relay
            try:
                value = function(*args, **kwargs)
            except Exception as exc:
                relay.delivered.emit(number, False, exc)
            else:
                relay.delivered.emit(number, True, value)

        _pool().start(work)
        return self

    def _deliver(self, ok: bool, value: Any) -> None:
        self.running = False
        self.ended.emit()
        if ok:
            self.result = value
            self.finished.emit(value)
        else:
            self.error = value
            self.failed.emit(value)


def run_task(
    description: str,
    function: Callable[..., Any],
    /,
    *args: Any,
    on_finished: Callable[[Any], object] | None = None,
    on_failed: Callable[[BaseException], object] | None = None,
    parent: QObject | None = None,
    **kwargs: Any,
) -> Task:
    """Start a Task with its callbacks connected (bound methods of a QObject are best:
    Qt drops them when that object goes away)."""
    task = Task(description, function, *args, parent=parent, **kwargs)
    if on_finished is not None:
        task.finished.connect(on_finished)
    if on_failed is not None:
        task.failed.connect(on_failed)
    return task.start()


def with_own_store(database: Path, job: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Open the database file on this (worker) thread, run job(store, ...), close it.

    Opened as the window has it: writable (sharing the window's writer lock, in this
    process) or, when another program writes it, read-only. No daily backup and no
    finishing of interrupted work: the window did those when it opened the file.
    """
    store = open_as_before(database)
    try:
        return job(store, *args, **kwargs)
    finally:
        store.close()


def open_as_before(database: Path) -> Store:
    """A second open of a file the window opened (its key kept in this process): writable,
    or read-only while another program writes it; no daily backup, nothing finished."""
    try:
        return open_database(database, daily_backup=False, finish_interrupted=False)
    except DatabaseInUseError:
        return open_read_only(database, in_use_reason(database))


def wait_for_tasks(timeout_ms: int = QUIT_WAIT_MS) -> bool:
    """Block until every running task is done (the program is quitting); True if all are."""
    return _pool().waitForDone(timeout_ms)


def running_tasks() -> list[Task]:
    return list(_running.values())


# The relay and the pool ------------------------------------------------------------------


class _Relay(QObject):
    """Lives on the UI thread for the whole program; carries outcomes across threads."""

    delivered = Signal(int, bool, object)  # task number, ok, result or exception

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver)

    def _deliver(self, number: int, ok: bool, value: object) -> None:
        task = _running.pop(number, None)
        if task is None or not shiboken6.isValid(task):
            return  # its owner was deleted meanwhile: nobody is waiting for the outcome
        if not ok and not _expected(value):
            log.error("%s failed", task.description, exc_info=value)  # type: ignore[arg-type]
        task._deliver(ok, value)


def _expected(error: object) -> bool:
    return isinstance(error, CimicError)


_numbers = itertools.count(1)
_running: dict[int, Task] = {}  # touched on the UI thread only
_state: dict[str, Any] = {}


def _relay() -> _Relay:
    relay = _state.get("relay")
    if relay is None or not shiboken6.isValid(relay):
        relay = _state["relay"] = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(wait_for_tasks)
    return relay


def _pool() -> QThreadPool:
    """A pool of our own (not Qt's global one), so quitting waits only for our tasks."""
    pool = _state.get("pool")
    if pool is None:
        pool = _state["pool"] = QThreadPool()
        pool.setMaxThreadCount(2)
    return pool


# What the user sees while a task runs ------------------------------------------------------


class BusyBar(QFrame):
    """A label and a moving (indeterminate) bar, shown while a Task runs, with the seconds
    it has taken so far; hidden otherwise.

    Attributes: label, bar (QProgressBar, range 0–0), task (the Task followed, or None).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("busyBar")
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setObjectName("busyLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.hide()

    def follow(self, task: Task) -> None:
        """Show while `task` runs (call before or right after task.start())."""
        self.task = task
        self._started = time.monotonic()
        self.label.setText(f"{task.description}…")
        task.ended.connect(lambda: self._ended(task))
        self._timer.start()
        self.show()

    def elapsed_seconds(self) -> int:
        return round(time.monotonic() - self._started)

    def _tick(self) -> None:
        if self.task is not None:
            self.label.setText(f"{self.task.description}… {self.elapsed_seconds()} s")

    def _ended(self, task: Task) -> None:
        if task is not self.task:
            return  # a task followed before the one shown now: the bar stays
        self.task = None
        self._timer.stop()
        self.hide()
