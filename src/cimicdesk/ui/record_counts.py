"""RecordCounter: the window's record counts, counted off the UI thread on a large file."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from cimicdesk.store import stats
from cimicdesk.store.database import Store
from cimicdesk.ui.workers import Task, run_task, with_own_store

# Up to this many rows (by the tables' highest rowids) the counts are read at once; above,
# a worker counts them (a sector file's records: a few hundred ms) while the window
# shows, so opening the program does not grow with the file.
COUNT_AT_ONCE_ROWS = 10_000


class RecordCounter(QObject):
    """counts(tables): the live rows of each table, or None while a worker counts them
    (`counted` is emitted once they are known). store: a function giving the open store."""

    counted = Signal()

    def __init__(self, store: Callable[[], Store], parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._task: Task | None = None
        self._refused = False  # a worker's counts came too late once: count at once now

    def counts(self, tables: Sequence[str]) -> dict[str, int] | None:
        store = self._store()
        known = stats.known_counts(store, tables)
        if known is not None:
            return known
        wanted = tuple(dict.fromkeys((*stats.WINDOW_TABLES, *tables)))  # all the window shows
        if self._refused or stats.rows_at_most(store, wanted) <= COUNT_AT_ONCE_ROWS:
            return stats.record_counts(store, tables)
        self._count_in_background(store, wanted)
        return None

    def _count_in_background(self, store: Store, wanted: tuple[str, ...]) -> None:
        if self._task is not None and self._task.running:
            return
        mark = stats.count_mark(store)
        self._task = run_task(
            "count records",
            with_own_store,
            store.path,
            stats.count_tables,
            wanted,
            on_finished=lambda counts: self._counted(store, counts, mark),
            on_failed=lambda _error: self._counted(store, {}, None),
            parent=self,
        )

    def _counted(self, store: Store, counts: dict[str, int], mark: tuple[int, int] | None) -> None:
        if store is not self._store():
            return  # another database is open now
        if not stats.accept_counts(store, counts, mark):
            self._refused = True  # written meanwhile: the next ask counts at once
        self.counted.emit()
