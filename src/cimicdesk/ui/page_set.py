"""PageSet: the window's pages by key, each built the first time it is asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from cimicdesk.ui.pages.base import Page


class PageSet(Mapping[str, Page]):
    """Every page of the window, in navigation order: keys, titles and icons are known
    from the start, a page itself is built when first asked for (pages[key], get, values,
    items): the window builds only the dashboard to open. built() gives the pages built
    so far without building the others (what a refresh, a lock or a save of layouts
    walks).

    factories: key -> a function building that page; on_built(page) wires a page built.
    """

    def __init__(
        self,
        factories: Mapping[str, Callable[[], Page]],
        on_built: Callable[[Page], None] = lambda page: None,
    ):
        self._factories = dict(factories)
        self._built: dict[str, Page] = {}
        self._on_built = on_built

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key]()  # KeyError for a key no page has
            self._built[key] = page
            self._on_built(page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built(self) -> dict[str, Page]:
        """The pages built so far, in navigation order (none is built by asking)."""
        return {key: self._built[key] for key in self._factories if key in self._built}
