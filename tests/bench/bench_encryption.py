"""Benchmark of issue 13: what encryption costs an officer — open, search, save, merge on an
encrypted mission-size database, beside the very same work on a plain copy of it.

Run on demand:  python tests/bench/bench_encryption.py [--entries 20000] [--repeat 5]
                [--keep DIR]

The encrypted database is made as the program makes it (SQLCipher, 256,000 rounds of key
derivation); the plain one is a plain copy of it (sqlcipher_export), opened by this
benchmark only, with the refusal of plain databases switched off in its own process. Each
figure is the median and the minimum of --repeat runs:

* open: the passphrase checked and the key derived, the database opened (migrations
  checked) and the main window built and shown — what the officer waits for after
  typing the passphrase (plain: the same without the passphrase);
* search: the global search box's query (store.search) for a word, median of 16 words;
* save: a liaison entry saved through the window's editor (the Save button: validation,
  the repository, the search index, the list's refresh);
* merge: one battalion's unit file (sealed, signed) verified and merged into a sector
  database that already holds its previous file.
Bare floors: an SQLite SELECT of 200 rows and an FTS5 MATCH on the same files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_keys import PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cimicdesk.app import build_main_window
from cimicdesk.demo.generate import seed_database
from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import database, encryption, file_copies
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.search import fts_query, search
from cimicdesk.sync.export import export_snapshot
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.manifest import read_row
from cimicdesk.sync.recipients import own_recipient
from cimicdesk.ui.prompts import Prompter

WORDS = [
    "water",
    "bambari",
    "escort",
    "cholera",
    "chef",
    "unhcr",
    "market",
    "school",
    "road",
    "displaced",
    "bria",
    "women",
    "security",
    "msf",
    "radio",
    "bridge",
]


def _figures(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:8.1f} ms   min {min(samples) * 1000:8.1f} ms"


def _times(repeat: int, work: Callable[[], object]) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return samples


def build(folder: Path, entries: int) -> tuple[Path, Path, Path, Path]:
    """The encrypted battalion database, its plain copy, a sector database (encrypted) that
    imported the battalion's first file, and the battalion's second (weekly) file."""
    battalion = folder / "bn1.sqlite"
    started = time.perf_counter()
    store = create_database(
        battalion,
        "BANBAT 1",
        UnitLevel.BATTALION,
        parent="SECTOR WEST",
        training=True,
        passphrase=PASSPHRASE,
    )
    seed_database(store, entries=entries, seed=1)
    sector = create_database(
        folder / "sector.sqlite",
        "SECTOR WEST",
        UnitLevel.SECTOR,
        training=True,
        passphrase=PASSPHRASE,
    )
    # The battalion seals its files for the sector (as if it had enrolled the sector's card).
    to_sector = [own_recipient(sector)]
    first = export_snapshot(store, folder / "first.cimic", recipients=to_sector).path
    import_files(sector, [first], enrol=[_signer(first, sector)])
    seed_database(store, entries=max(entries // 50, 100), seed=2)  # a week's new entries
    weekly = export_snapshot(store, folder / "weekly.cimic", recipients=to_sector).path
    sector.close()
    store.close()
    plain = folder / "bn1-plain.sqlite"
    conn = encryption.connect(battalion)
    file_copies.copy_with_key(conn, plain, None)
    conn.close()
    print(
        f"built in {time.perf_counter() - started:.0f} s: {entries} entries, "
        f"{battalion.stat().st_size / 1e6:.0f} MB encrypted, {plain.stat().st_size / 1e6:.0f} "
        f"MB plain; weekly file {weekly.stat().st_size / 1e6:.1f} MB"
    )
    return battalion, plain, folder / "sector.sqlite", weekly


def _signer(path: Path, sector: object) -> str:
    """The fingerprint of the key that signed a unit file, read as its headquarters does
    (the officer confirms it at the first import)."""
    from cimicdesk.store import unit_keys
    from cimicdesk.store.unit_keys import fingerprint
    from cimicdesk.sync import envelope

    sealed = envelope.read_envelope(path)
    keys = unit_keys.agreement_private_keys(sector.db.conn)  # type: ignore[attr-defined]
    key = envelope.key_for_recipient(sealed, keys[0])
    inner = path.with_suffix(".inner")
    envelope.copy_payload(path, sealed, inner)
    conn = encryption.connect(inner, key)
    row = read_row(conn)
    conn.close()
    inner.unlink()
    assert row is not None
    return fingerprint(row["signer_key"])


def _open_window(path: Path, passphrase: str | None) -> tuple[object, object]:
    app = QApplication.instance() or QApplication(sys.argv)
    if passphrase is not None:
        encryption.unlock(path, passphrase)
    store = open_database(path, daily_backup=False)
    window = build_main_window(store, Prompter())
    window.show()
    app.processEvents()
    return store, window


def _open_close(path: Path, phrase: str | None) -> None:
    encryption.lock()
    store, window = _open_window(path, phrase)
    window.close()  # type: ignore[attr-defined]
    store.close()  # type: ignore[attr-defined]
    QApplication.processEvents()


def _search_all(store: object) -> None:
    for word in WORDS:
        search(store, word)  # type: ignore[arg-type]


def _match_all(conn: object) -> None:
    for word in WORDS:
        conn.execute(  # type: ignore[attr-defined]
            "SELECT kind, record_id FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rank LIMIT 50",
            [fts_query(word)],
        ).fetchall()


def bench(battalion: Path, plain: Path, sector: Path, weekly: Path, repeat: int) -> None:
    QApplication.instance() or QApplication(sys.argv)
    refuse_plain = database._refuse_plain_database
    for label, path, phrase in (("encrypted", battalion, PASSPHRASE), ("plain", plain, None)):
        # The plain copy opens only because this process allows it (never the program).
        database._refuse_plain_database = refuse_plain if phrase else (lambda *a: None)
        print(f"\n== {label}: {path.name}")
        opening = _times(repeat, lambda p=path, f=phrase: _open_close(p, f))
        print(f"open (passphrase, database, window shown): {_figures(opening)}")
        store, window = _open_window(path, phrase)
        per_word = [t / len(WORDS) for t in _times(repeat, lambda s=store: _search_all(s))]
        print(f"search (per word, 16 words):               {_figures(per_word)}")
        conn = encryption.connect(path)
        floors = [t / len(WORDS) for t in _times(repeat, lambda c=conn: _match_all(c))]
        print(f"   floor, bare FTS5 MATCH per word:        {_figures(floors)}")
        floors = _times(
            repeat,
            lambda c=conn: c.execute(
                "SELECT * FROM liaison_entries WHERE deleted = 0 ORDER BY start DESC LIMIT 200"
            ).fetchall(),
        )
        print(f"   floor, bare SELECT of 200 rows:         {_figures(floors)}")
        conn.close()
        print(f"save (the liaison editor's Save button):   {_figures(_save(window, repeat))}")
        window.close()  # type: ignore[attr-defined]
        store.close()  # type: ignore[attr-defined]
    database._refuse_plain_database = refuse_plain
    _bench_merge(sector, weekly, repeat)


def _save(window: object, repeat: int) -> list[float]:
    """Open the newest liaison entry in its editor, change its place, press Save."""
    app = QApplication.instance()
    page = window.liaison_page  # type: ignore[attr-defined]
    window.show_page("liaison")  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[union-attr]
    samples = []
    for number in range(repeat):
        record = page.model.record_at(0)
        page.open_record(record.id, offer_draft=False)
        app.processEvents()  # type: ignore[union-attr]
        page.editor.ui.placeEdit.setText(f"Kidjigra market, stall {number}")
        started = time.perf_counter()
        page.save_button.click()
        app.processEvents()  # type: ignore[union-attr]
        samples.append(time.perf_counter() - started)
    return samples


def _bench_merge(sector: Path, weekly: Path, repeat: int) -> None:
    print("\n== merge: a week's battalion file into the sector database")
    for label in ("encrypted", "plain"):
        samples = []
        for number in range(repeat):
            copy = sector.with_name(f"sector-{label}-{number}.sqlite")
            encryption.lock()
            encryption.unlock(sector, PASSPHRASE)
            if label == "encrypted":
                shutil.copyfile(sector, copy)
                encryption.unlock(copy, PASSPHRASE)
            else:
                conn = encryption.connect(sector)
                file_copies.copy_with_key(conn, copy, None)
                conn.close()
                database._refuse_plain_database = lambda *a: None
            store = open_database(copy, daily_backup=False)
            started = time.perf_counter()
            import_files(store, [weekly])
            samples.append(time.perf_counter() - started)
            store.close()
        print(f"{label:<10} import of {weekly.name}: {_figures(samples)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder to build in and keep")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-encryption-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        bench(*build(folder, args.entries), args.repeat)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
