"""Checks of the list filters against the same filter applied in Python to every record."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from cimicdesk.store.filters import PeriodFilter, RecordFilter

# Made-up words, put into one free-text field of the records: no other word a record is
# indexed by (labels, places, names, units, grids) begins like them, so whether a record
# matches what is typed is known from these words alone.
WORDS = ("zorblat", "quenvik", "trobbel", "mippeloo")
OTHER_UNIT = "BANBAT 2"
# Read-only checks over one database built once per test: the fixture is shared on purpose.
SHARED_DATA = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def words_for(i: int) -> str:
    """None, one or two of WORDS for the i-th record, so that every word and pair occurs."""
    picked = [WORDS[i % 4]] if i % 5 else []
    if i % 3 == 0:
        picked.append(WORDS[(i // 3) % 4])
    return " ".join(dict.fromkeys(picked))


def or_none(values: Iterable[Any], absent: Any = None) -> st.SearchStrategy:
    """One of the values a quarter of the time, else `absent` (no filter on that field):
    with most fields unset, a record often passes all but one, so the edges of that one
    (a date equal to a record's) are often what decides."""
    values = list(values)
    return st.integers(0, 3).flatmap(
        lambda n: st.sampled_from(values) if n == 0 else st.just(absent)
    )


TEXTS = or_none(["zorb", "zorblat", "quenvik", "trob", "zorblat quenvik", "mipp trob"], "")
UNITS = or_none(["BANBAT 1", "BANBAT 2"])


def keeps_common(record: Any, where: RecordFilter, words: str) -> bool:
    """The parts every filter shares: tombstones, unit, and every typed word beginning a
    word of the record (a tombstoned record leaves the search index)."""
    if record.deleted and not where.include_deleted:
        return False
    if isinstance(where, PeriodFilter) and where.unit and record.origin_unit != where.unit:
        return False
    if where.text:
        if record.deleted:
            return False
        own = words.split()
        return all(any(w.startswith(typed) for w in own) for typed in where.text.split())
    return True


def listed_ids(list_fn: Callable, store: Any, where: RecordFilter, limit: int = 7) -> list[str]:
    """Every id the list gives, page after page."""
    ids: list[str] = []
    after = None
    while True:
        page = list_fn(store, where, after=after, limit=limit)
        ids += [r.id for r in page.items]
        if page.cursor is None:
            return ids
        after = page.cursor


def check_filter(
    store: Any,
    list_fn: Callable,
    count_fn: Callable,
    where: RecordFilter,
    records: list[Any],
    keeps: Callable[[Any, RecordFilter], bool],
) -> None:
    """The list keeps exactly the records Python keeps, each once, and the count agrees."""
    expected = {r.id for r in records if keeps(r, where)}
    ids = listed_ids(list_fn, store, where)
    assert len(ids) == len(set(ids)), where
    assert set(ids) == expected, where
    assert count_fn(store, where) == len(expected), where
