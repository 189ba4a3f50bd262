"""Keyset pagination for lazy lists: each page starts after the last row of the previous one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """A page of records and the cursor to ask for the next one (None at the end)."""

    items: list[T]
    cursor: tuple[Any, str] | None


@dataclass
class ListQuery:
    """Filters and order of a list: the WHERE parts with their parameters, and the sort."""

    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)


def keyset_sql(
    table: str,
    query: ListQuery,
    sort_expr: str,
    descending: bool,
    after: tuple[Any, str] | None,
    limit: int,
    select: str = "*",
) -> tuple[str, list[Any]]:
    """SELECT ... ordered by (sort_expr, id), starting after the cursor (sort value, id)."""
    where = list(query.where)
    params = list(query.params)
    if after is not None:
        where.append(f"({sort_expr}, id) {'<' if descending else '>'} (?, ?)")
        params.extend(after)
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT {select}, {sort_expr} AS _sort FROM {table}"
    if where:
        sql += " WHERE " + " AND ".join(f"({w})" for w in where)
    sql += f" ORDER BY _sort {direction}, id {direction} LIMIT ?"
    params.append(limit)
    return sql, params


def count_rows(db: Any, table: str, query: ListQuery) -> int:
    """How many rows the query's WHERE keeps: the count of the whole list, every page."""
    sql = f"SELECT count(*) FROM {table}"
    if query.where:
        sql += " WHERE " + " AND ".join(f"({w})" for w in query.where)
    return int(db.execute(sql, query.params).fetchone()[0])


def fetch_page(
    db: Any,
    table: str,
    query: ListQuery,
    sort_expr: str,
    descending: bool,
    after: tuple[Any, str] | None,
    limit: int,
    select: str = "*",
) -> tuple[list[dict[str, Any]], tuple[Any, str] | None]:
    """Rows of one page as dicts, and the cursor for the next page (None when done)."""
    sql, params = keyset_sql(table, query, sort_expr, descending, after, limit, select)
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    next_cursor = (rows[-1]["_sort"], rows[-1]["id"]) if len(rows) == limit else None
    return rows, next_cursor
