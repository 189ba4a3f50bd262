"""PageCache and the lazy models over it: bounded memory, rows read again exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_table_models import bulk_entries

from cimicdesk.store import liaison as liaison_repo
from cimicdesk.ui.models.page_cache import PageCache
from cimicdesk.ui.models.records import LiaisonTableModel


class KeysetSource:
    """A sorted list of keys read in keyset pages, as a repository reads a table."""

    def __init__(self, size: int):
        self.keys = list(range(0, size * 2, 2))
        self.reads = 0

    def fetch(self, after: tuple | None, limit: int) -> list[int]:
        self.reads += 1
        start = (
            0
            if after is None
            else next((i for i, k in enumerate(self.keys) if k > after[0]), len(self.keys))
        )
        return self.keys[start : start + limit]


def fill(source: KeysetSource, cache: PageCache, page_size: int) -> None:
    after = None
    while True:
        items = source.fetch(after, page_size)
        cache.append(after, items)
        if len(items) < page_size:
            return
        after = (items[-1],)


operations = st.lists(
    st.tuples(st.sampled_from(["get", "remove"]), st.integers(min_value=0, max_value=10_000)),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(
    size=st.integers(min_value=0, max_value=300),
    page_size=st.integers(min_value=1, max_value=40),
    keep=st.integers(min_value=2, max_value=5),
    steps=operations,
)
def test_page_cache_reads_like_a_plain_list_while_keeping_few_pages(size, page_size, keep, steps):
    source = KeysetSource(size)
    cache = PageCache(source.fetch, keep)
    fill(source, cache, page_size)
    expected = list(source.keys)
    for action, number in steps:
        assert len(cache) == len(expected)
        if not expected:
            break
        row = number % len(expected)
        if action == "get":
            assert cache.get(row) == expected[row]
        else:
            # A record deleted here is gone from the source too, as in the database.
            source.keys.remove(expected[row])
            cache.remove(row)
            del expected[row]
        assert cache.pages_in_memory() <= keep
    assert [cache.get(r) for r in range(len(expected))] == expected
    assert dict(cache.loaded()) == {r: expected[r] for r, _ in cache.loaded()}


class FewPagesLiaisonModel(LiaisonTableModel):
    """The liaison list keeping 3 pages of 200 (the program keeps 10): 1,000 rows drop 2."""

    KEEP_PAGES = 3


def test_liaison_model_scrolled_to_the_end_keeps_only_its_last_pages(store, qtmodeltester):
    bulk_entries(store, 1_000)
    model = FewPagesLiaisonModel(store)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1_000
    assert model._rows.pages_in_memory() == 3
    loaded_rows = {row for row, _ in model._rows.loaded()}
    assert 0 not in loaded_rows  # the first page was dropped on the way down
    everything = liaison_repo.list_liaison(
        store, order_by="start", descending=True, limit=5_000, brief=True
    ).items
    # Row 0 is read again from its cursor: the same records, in the same order.
    shown = [model.index(r, model.REF).data() for r in range(model.rowCount())]
    assert shown == [entry.ref for entry in everything]
    assert model._rows.pages_in_memory() == 3
    qtmodeltester.check(model)


def test_a_removed_row_keeps_every_later_row_in_place(store):
    bulk_entries(store, 1_000)
    model = FewPagesLiaisonModel(store)
    while model.canFetchMore():
        model.fetchMore()
    doomed = model.record_at(850)  # in a page still in memory
    liaison_repo.delete_liaison(store, doomed.id)
    assert model.remove_record(doomed.id)
    remaining = liaison_repo.list_liaison(
        store, order_by="start", descending=True, limit=5_000, brief=True
    ).items
    assert model.rowCount() == 999
    assert [model.record_at(r).id for r in range(999)] == [e.id for e in remaining]
