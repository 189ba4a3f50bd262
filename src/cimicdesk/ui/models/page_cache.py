"""PageCache: a lazy list's rows as keyset pages, only the most recently used kept in memory.

A list scrolled to the end of 96,000 liaison entries held every record (about 1 KB each)
until the window closed. Here each page remembers only the cursor it was fetched after
and how many rows it holds; its records are dropped when KEEP_PAGES other pages were
used since, and read again from that cursor when a row of it is asked for. The number
of rows never changes on a re-read (the same LIMIT), so the view's row count stays true;
a page that lost rows to another writer meanwhile shows them empty until the next reload.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Fetch = Callable[[tuple | None, int], list[Any]]


@dataclass
class _Page:
    after: tuple | None  # the cursor the page was fetched after (None: the first page)
    size: int  # rows it holds; shrinks when one is removed
    items: list[Any] | None  # None: dropped, read again on demand


class PageCache:
    """Rows in pages; `fetch(after, limit)` reads a page's records again when needed."""

    def __init__(self, fetch: Fetch, keep_pages: int = 10):
        self._fetch = fetch
        self._keep = max(2, keep_pages)
        self._pages: list[_Page] = []
        self._starts: list[int] = []  # first row of each page
        self._total = 0
        self._loaded: OrderedDict[int, None] = OrderedDict()  # page numbers, oldest first

    def __len__(self) -> int:
        return self._total

    def clear(self) -> None:
        self._pages, self._starts, self._total = [], [], 0
        self._loaded.clear()

    def append(self, after: tuple | None, items: list[Any]) -> None:
        """Add the next page, fetched after `after`."""
        if not items:
            return
        self._starts.append(self._total)
        self._pages.append(_Page(after, len(items), list(items)))
        self._total += len(items)
        self._touch(len(self._pages) - 1)

    def get(self, row: int) -> Any:
        """The record at a row (read again if its page was dropped); None if it vanished."""
        number, offset = self._locate(row)
        items = self._items(number)
        return items[offset] if offset < len(items) else None

    def set(self, row: int, item: Any) -> None:
        number, offset = self._locate(row)
        items = self._items(number)
        if offset < len(items):
            items[offset] = item

    def remove(self, row: int) -> None:
        """Forget a row whose record is gone from the database (deleted there first)."""
        number, offset = self._locate(row)
        page = self._pages[number]
        # A dropped page is not read again here: read later, it no longer holds the record.
        if page.items is not None and offset < len(page.items):
            del page.items[offset]
        page.size -= 1
        self._total -= 1
        for later in range(number + 1, len(self._starts)):
            self._starts[later] -= 1

    def loaded(self) -> Iterator[tuple[int, Any]]:
        """(row, record) of every record in memory now, without reading any page."""
        for number in list(self._loaded):
            items = self._pages[number].items or []
            start = self._starts[number]
            for offset, item in enumerate(items):
                yield start + offset, item

    def pages_in_memory(self) -> int:
        return len(self._loaded)

    # ---------------------------------------------------------------------------

    def _locate(self, row: int) -> tuple[int, int]:
        if not 0 <= row < self._total:
            raise IndexError(row)
        number = bisect.bisect_right(self._starts, row) - 1
        # Pages emptied by removals share a start with the next one: skip them.
        while self._pages[number].size <= row - self._starts[number]:
            number += 1
        return number, row - self._starts[number]

    def _items(self, number: int) -> list[Any]:
        page = self._pages[number]
        if page.items is None:
            page.items = list(self._fetch(page.after, page.size))[: page.size]
        self._touch(number)
        return page.items

    def _touch(self, number: int) -> None:
        self._loaded[number] = None
        self._loaded.move_to_end(number)
        while len(self._loaded) > self._keep:
            oldest, _ = self._loaded.popitem(last=False)
            self._pages[oldest].items = None
