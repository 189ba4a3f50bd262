"""One connection kept for a window's searches, so that a keystroke does not open the file."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from cimicdesk.domain.errors import CimicError
from cimicdesk.store import encryption, search
from cimicdesk.store.encryption import sqlite3  # the one SQLite module every layer uses
from cimicdesk.store.search import SearchHit


class SearchReader:
    """Searches one database file on a connection kept between searches, one search at a
    time (from any thread): opening the file for every search cost more than most
    searches (the store's checks, a cold page cache).

    The connection only reads (query_only). It is dropped, and search() returns None so
    that the caller opens the file the usual way, whenever it could be wrong to keep:
    the key is forgotten (the window locked), the key changed (a new passphrase), the
    file was replaced (a backup restored, a file converted) or cannot be opened this way
    (a read-only disk); a search that fails on it is not retried on it. close() ends it.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: Any = None
        self._opened_as: tuple[object, ...] | None = None  # key and file identity
        self._closed = False

    def search(self, text: str, **options: Any) -> list[SearchHit] | None:
        """search.search_on(text, **options) on the kept connection; None when there is
        none to use (see the class)."""
        with self._lock:
            conn = self._connection()
            if conn is None:
                return None
            try:
                return search.search_on(conn, text, **options)
            except sqlite3.DatabaseError:
                self._drop()
                return None

    def close(self) -> None:
        """Close the connection (waiting for a search running on it); no more are made."""
        with self._lock:
            self._closed = True
            self._drop()

    def _connection(self) -> Any:
        if self._closed or not encryption.is_unlocked(self.path):
            self._drop()
            return None
        try:
            stat = os.stat(self.path)
        except OSError:
            self._drop()
            return None
        opened_as = (encryption.key_for(self.path), stat.st_dev, stat.st_ino)
        if self._conn is not None and opened_as != self._opened_as:
            self._drop()
        if self._conn is None:
            try:
                conn = encryption.connect(
                    self.path, opened_as[0], timeout=10, check_same_thread=False
                )
            except (sqlite3.Error, CimicError):
                return None
            conn.execute("PRAGMA query_only = ON")
            self._conn, self._opened_as = conn, opened_as
        return self._conn

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn, self._opened_as = None, None
