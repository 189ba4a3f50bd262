"""The manifest's digest encodes rows in C, all of a batch at once (manifest._lines), and
must give the bytes the format defines (one compact JSON line per row) for any value a
row can hold: files signed before, and by other versions, still verify."""

from __future__ import annotations

import hashlib
import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from cimicdesk.store.encryption import sqlite3
from cimicdesk.sync import manifest as mf

VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.sampled_from([0.1, -0.0, 1e300, 5e-324, math.inf, -math.inf, 2.0**53]),
    st.text(alphabet=st.characters(exclude_categories=("Cs",))),
    st.sampled_from(["\x00", "\n", '"\\', "\u2028\u2029", "é", "ﬁ", "\x7f", "😀"]),
    st.binary(max_size=40),
)


def _reference_line(values: list) -> bytes:
    """One row's line, as manifest.py's docstring defines it (without any of its code)."""

    def blob(value):
        return {"blob": bytes(value).hex()}

    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"), default=blob)
    return text.encode("utf-8") + b"\n"


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(st.lists(VALUES, min_size=1, max_size=6).map(tuple), max_size=8))
def test_rows_encoded_together_are_the_lines_of_the_format(rows):
    assert mf._lines(rows) == b"".join(_reference_line(list(r)) for r in rows)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(VALUES, VALUES, VALUES), max_size=30, unique_by=lambda r: repr(r)))
def test_the_digest_of_a_table_is_the_format_s(rows):
    """A whole table through SQLite and back: the digest is the SHA-256 of the lines the
    module docstring defines (so a file signed by any version still verifies)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, a, b, c)")
    conn.executemany("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", rows)
    h = hashlib.sha256()
    schema = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    h.update(b"".join(_reference_line(["schema", *r]) for r in schema))
    h.update(_reference_line(["table", "t", ["k", "a", "b", "c"]]))
    for row in conn.execute("SELECT k, a, b, c FROM t ORDER BY k"):
        h.update(_reference_line(list(row)))
    assert mf.digest(conn, ["t"]) == h.hexdigest()
    conn.close()
