"""Benchmark of issue 11: search time for a pasted page of text (up to 8,000 words).

Run on demand:  python tests/bench/bench_search.py [--entries 2000] [--words 500 2000 8000]
Each figure is printed beside the floor: bare FTS5 matching the one word the page repeats.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_keys import PASSPHRASE, raw_connect

from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.search import fts_query, search

# Pasted pages that match many records: one common word repeated, and a record's own text.
PAGES = {
    "'water' repeated": lambda words, _doc: " ".join(["water"] * words),
    "'a' repeated (prefix of many words)": lambda words, _doc: " ".join(["a"] * words),
    "one record's text repeated": lambda words, doc: " ".join(
        (doc.split() * (words // max(1, len(doc.split())) + 1))[:words]
    ),
    "its words' 2-letter starts repeated": lambda words, doc: " ".join(
        (_starts(doc) * (words // len(_starts(doc)) + 1))[:words]
    ),
}


def _starts(doc: str) -> list[str]:
    """Different 2-letter starts of a record's words (none begins another): the costliest
    query that still finds the record."""
    starts: list[str] = []
    for word in doc.lower().split():
        start = "".join(ch for ch in word if ch.isalnum())[:2]
        if start and not any(s.startswith(start) or start.startswith(s) for s in starts):
            starts.append(start)
    return starts


def _seconds(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--words", type=int, nargs="+", default=[500, 2000, 8000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        store = create_database(
            path, "BANBAT 1", UnitLevel.BATTALION, parent="Sector Centre", passphrase=PASSPHRASE
        )
        seed_database(store, entries=args.entries, seed=1)
        store.close()
        store = open_database(path)
        raw = raw_connect(path)
        doc = raw.execute(
            "SELECT title || ' ' || body FROM search_index WHERE kind = 'liaison' "
            "ORDER BY length(body) DESC LIMIT 1"
        ).fetchone()[0]
        floor = _seconds(
            lambda: raw.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH '\"water\"*' "
                "ORDER BY rank LIMIT 100"
            ).fetchall()
        )
        print(f"{args.entries} entries; floor (bare FTS5, one word, ranked): {floor * 1000:.1f} ms")
        for name, make in PAGES.items():
            for words in args.words:
                text = make(words, doc)
                terms = len(fts_query(text).split())
                took = _seconds(lambda text=text: search(store, text, limit=100))
                print(
                    f"{name:38} {words:6} words {len(text):7} chars -> {terms:3} terms: "
                    f"{took * 1000:9.1f} ms"
                )
        raw.close()
        store.close()


if __name__ == "__main__":
    main()
