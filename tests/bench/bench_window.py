"""What the officer waits for inside the window, each in a process of its own beside a bare
floor in the same run: Save in the liaison editor, search as the Search page runs it, the
unit sitrep's preview, the list pages first loaded, memory with every list scrolled.

    python tests/bench/bench_window.py --size 25000 --keep DIR --what save [--repeat 5]
    (--what: save, search, preview, pages, assessment; one per process, so memory is
    this one's alone)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_keys import PASSPHRASE, raw_connect
from bench_processes import fresh_copy, last_week
from data import MissionData, build
from harness import (
    DEFAULT_REPEAT,
    Row,
    alternate,
    child_env,
    cimicdesk,
    floor_script,
    print_row,
    run_process,
)
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from cimicdesk.app import build_main_window
from cimicdesk.store import encryption
from cimicdesk.store.database import open_database
from cimicdesk.store.search import fts_query
from cimicdesk.ui.prompts import Prompter

LIST_PAGES = (
    "liaison",
    "contacts",
    "organisations",
    "qips",
    "incidents",
    "support",
    "assessments",
)
# The bare SELECT of each list's first page.
FLOOR_SQL = {
    "liaison": "SELECT * FROM liaison_entries WHERE deleted = 0 ORDER BY start DESC, id DESC",
    "contacts": "SELECT * FROM contacts WHERE deleted = 0 ORDER BY name_key, id",
    "organisations": "SELECT * FROM organisations WHERE deleted = 0 ORDER BY name_key, id",
    "qips": "SELECT * FROM qips WHERE deleted = 0 ORDER BY updated_at DESC, id DESC",
    "incidents": "SELECT * FROM incidents WHERE deleted = 0 ORDER BY occurred_at DESC, id DESC",
    "support": "SELECT * FROM support_requests WHERE deleted = 0 ORDER BY received_at DESC",
    "assessments": "SELECT * FROM assessments WHERE deleted = 0 ORDER BY assessed_on DESC, id DESC",
}
WORDS = [
    *("water", "bambari", "escort", "cholera", "chef", "unhcr", "market", "school"),
    *("ngaikoumon", "road", "displaced", "bria", "women", "security", "msf", "radio"),
    *("village", "health", "bridge", "food"),
]
# 50 queries as officers type them: 20 whole words, 15 prefixes of 1–3 letters, 15 pairs.
QUERIES = [
    *WORDS,
    *("b", "w", "m", "s", "c", "ba", "wa", "ma", "sc", "ch", "esc", "cho", "mar", "dis", "sec"),
    *(
        "water market",
        "chef village",
        "escort road",
        "cholera health",
        "school women",
        "unhcr displaced",
        "msf cholera",
        "bria security",
        "bambari bridge",
        "food distribution",
        "radio station",
        "market women",
        "road repair",
        "water point",
        "chef bambari",
    ),
]


def app_instance() -> QApplication:
    instance = QApplication.instance()
    return instance if isinstance(instance, QApplication) else QApplication(sys.argv[:1])


def drain() -> None:
    """Run what the event loop has queued (refreshes, zero-delay timers) until it is empty."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        app_instance().processEvents()


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def resident_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def open_window(path: Path):
    encryption.unlock(path, PASSPHRASE)
    store = open_database(path, daily_backup=False)
    window = build_main_window(store, Prompter())
    window.resize(1280, 800)
    window.show()
    drain()
    return store, window


def scratch(data: MissionData, source: Path, name: str) -> Path:
    folder = data.folder / "run-window"
    folder.mkdir(exist_ok=True)
    return fresh_copy(source, folder, name)


def measure_save(data: MissionData, repeat: int) -> list[Row]:
    """The liaison editor's Save button, clicked, until the event queue is drained, against
    UPDATE + COMMIT of the same row in bare SQLite on a copy of the same file (on the
    window's own file, the floor's commits would be another program writing between the
    officer's saves: each save would then recount the records and refill the pickers)."""
    path = scratch(data, data.sector, "save")
    floor_path = scratch(data, data.sector, "save-floor")
    store, window = open_window(path)
    # The officer at work (typing, clicking) gets no page built in the background:
    # the bench's requests send no input, so the warmer would think them idle.
    window.page_warmer.stop()
    page = window.show_page("liaison")
    drain()
    key = encryption.key_for(path)
    conn = raw_connect(floor_path, key, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")  # as the program's own connection
    ids = [r[0] for r in conn.execute("SELECT id FROM liaison_entries WHERE deleted = 0 LIMIT 50")]
    count = 0

    def app() -> float:
        nonlocal count
        count += 1
        record_id = ids[count % len(ids)]
        page.open_record(record_id)
        drain()
        edit = page.editor.ui.purposeEdit
        edit.setPlainText(f"{edit.toPlainText()[:200]} (bench {count})")
        drain()
        began = time.perf_counter()
        page.save_button.click()
        drain()
        took = time.perf_counter() - began
        assert not page.editor.dirty, "the Save button did not save"
        return took

    def floor() -> float:
        record_id = ids[count % len(ids)]
        began = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "UPDATE liaison_entries SET purpose = purpose || '.' WHERE id = ?", [record_id]
        )
        conn.execute("COMMIT")
        return time.perf_counter() - began

    apps, floors = alternate(app, floor, max(repeat, 10))
    conn.close()
    window.close()
    store.close()
    return [
        Row(
            f"press Save in the liaison editor ({data.records:,} records)",
            "< 20 ms",
            apps,
            floors,
            "UPDATE + COMMIT",
            limit=0.02,
        )
    ]


def measure_assessment(data: MissionData, repeat: int) -> list[Row]:
    """The assessment editor's Save button (an assessment with its eight sector rows,
    infrastructure and actions, the list and the map index kept in step) against UPDATE +
    COMMIT of the same row in bare SQLite; and a community's trend window opened, until
    drawn, against the bare SELECT of its assessments and their sector rows."""
    path = scratch(data, data.sector, "assessment")
    floor_path = scratch(data, data.sector, "assessment-floor")
    store, window = open_window(path)
    window.page_warmer.stop()
    page = window.show_page("assessments")
    drain()
    key = encryption.key_for(path)
    conn = raw_connect(floor_path, key, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")
    ids = [r[0] for r in conn.execute("SELECT id FROM assessments WHERE deleted = 0 LIMIT 50")]
    # The communities visited most: the widest trends an officer opens.
    keys = [
        r[0]
        for r in conn.execute(
            "SELECT community_key FROM assessments WHERE deleted = 0 GROUP BY community_key "
            "ORDER BY count(*) DESC LIMIT 10"
        )
    ]
    visits = conn.execute(
        "SELECT count(*) FROM assessments WHERE community_key = ?", [keys[0]]
    ).fetchone()[0]
    count = 0

    def save() -> float:
        nonlocal count
        count += 1
        page.open_record(ids[count % len(ids)])
        drain()
        edit = page.editor.ui.summaryEdit
        edit.setPlainText(f"{edit.toPlainText()[:200]} (bench {count})")
        drain()
        began = time.perf_counter()
        page.save_button.click()
        drain()
        took = time.perf_counter() - began
        assert not page.editor.dirty, "the Save button did not save"
        return took

    def save_floor() -> float:
        began = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "UPDATE assessments SET summary = summary || '.' WHERE id = ?",
            [ids[count % len(ids)]],
        )
        conn.execute("COMMIT")
        return time.perf_counter() - began

    def trend() -> float:
        nonlocal count
        count += 1
        began = time.perf_counter()
        window.show_community(keys[count % len(keys)])
        drain()
        return time.perf_counter() - began

    def trend_floor() -> float:
        began = time.perf_counter()
        rows = conn.execute(
            "SELECT a.*, s.* FROM assessments a LEFT JOIN assessment_sectors s "
            "ON s.assessment_id = a.id WHERE a.community_key = ? AND a.deleted = 0",
            [keys[count % len(keys)]],
        ).fetchall()
        assert rows
        return time.perf_counter() - began

    saves, save_floors = alternate(save, save_floor, max(repeat, 10))
    trends, trend_floors = alternate(trend, trend_floor, max(repeat, 10))
    conn.close()
    window.close()
    store.close()
    return [
        Row(
            f"press Save in the assessment editor ({data.records:,} records)",
            "< 50 ms",
            saves,
            save_floors,
            "UPDATE + COMMIT",
            limit=0.05,
        ),
        Row(
            f"open a community's trend ({visits} assessments side by side)",
            "< 200 ms",
            trends,
            trend_floors,
            "bare SELECT of its rows",
            limit=0.2,
        ),
    ]


def measure_search(data: MissionData, repeat: int) -> list[Row]:
    """50 queries through the Search page (off the UI thread, until its hits are shown),
    each against bare FTS5 MATCH of the same query."""
    path = scratch(data, data.sector, "search")
    store, window = open_window(path)
    # The officer at work (typing, clicking) gets no page built in the background:
    # the bench's requests send no input, so the warmer would think them idle.
    window.page_warmer.stop()
    page = window.show_page("search")
    shown: list[bool] = []
    page.results_shown.connect(lambda: shown.append(True))
    conn = raw_connect(path, encryption.key_for(path))
    per_query: list[tuple[str, float, float]] = []
    limit = page.model.LIMIT
    for text in QUERIES:

        def app(text: str = text) -> float:
            shown.clear()
            began = time.perf_counter()
            page.request(text)
            while not shown:
                app_instance().processEvents()
                time.sleep(0.0002)
            return time.perf_counter() - began

        def floor(text: str = text) -> float:
            began = time.perf_counter()
            conn.execute(
                "SELECT kind, record_id FROM search_index WHERE search_index MATCH ? "
                "ORDER BY rank LIMIT ?",
                [fts_query(text), limit],
            ).fetchall()
            return time.perf_counter() - began

        apps, floors = alternate(app, floor, repeat, warm_up=False)
        per_query.append((text, statistics.median(apps), statistics.median(floors)))
    conn.close()
    window.close()
    store.close()
    worst = sorted(per_query, key=lambda q: -q[1])[:5]
    print("  worst queries: " + ", ".join(f'"{q}" {a * 1000:.0f} ms' for q, a, _ in worst))
    return [
        Row(
            f"search as the Search page runs it, 50 queries, each's median "
            f"({data.records:,} records)",
            "< 30 ms each",
            [q[1] for q in per_query],
            [q[2] for q in per_query],
            "bare FTS5 MATCH",
            limit=0.03,
            each=True,
            note=f'worst "{worst[0][0]}" {worst[0][1] * 1000:.0f} ms',
        )
    ]


def measure_preview(data: MissionData, repeat: int) -> list[Row]:
    """The Reports page's preview of last week's unit sitrep (button clicked until the
    preview window shows its pages) against `cimicdesk sitrep` of the same as a process."""
    path = scratch(data, data.battalion(1), "preview")
    store, window = open_window(path)
    # The officer at work (typing, clicking) gets no page built in the background:
    # the bench's requests send no input, so the warmer would think them idle.
    window.page_warmer.stop()
    page = window.show_page("reports")
    week = last_week()
    year, number = (int(p) for p in week.week_label.split("-W"))
    page.period_picker.set_week(year, number)
    drain()
    out = path.parent / "cli.pdf"
    entries = store.db.execute("SELECT count(*) FROM liaison_entries WHERE deleted = 0")
    entries = entries.fetchone()[0]

    def app() -> float:
        if page.preview_window is not None:
            page.preview_window.close()
        began = time.perf_counter()
        page.ui.previewButton.click()
        while page.workflow.task is not None or page.preview_window is None:
            app_instance().processEvents()
            time.sleep(0.001)
        drain()
        took = time.perf_counter() - began
        assert page.preview_window.isVisible(), "the preview did not show"
        return took

    def floor() -> float:
        return run_process(cimicdesk("sitrep", path, "--week", week.week_label, "--out", out))

    apps, floors = alternate(app, floor, repeat)
    window.close()
    store.close()
    return [
        Row(
            f"preview the weekly unit sitrep in the window ({entries:,}-entry battalion)",
            "≤ the command line",
            apps,
            floors,
            "`cimicdesk sitrep` process",
            ratio_limit=1.0,
        )
    ]


def measure_pages(data: MissionData, repeat: int) -> list[Row]:
    """Each list page shown for the first time in a new window (first page loaded), against
    a bare SELECT of 200 rows; then memory with every list scrolled to its end, against a
    bare window process."""
    path = scratch(data, data.sector, "pages")
    conn = raw_connect(path, encryption.unlock(path, PASSPHRASE))
    # Memory first, in this process's first window (later windows would add their own).
    store, window = open_window(path)
    for key in LIST_PAGES:
        window.show_page(key)
        model = window.pages[key].model
        while model.canFetchMore():
            model.fetchMore()
        model.index(model.rowCount() - 1, 0).data()
        drain()
    scrolled = resident_mb()
    window.close()
    store.close()
    drain()
    bare = []
    for _ in range(repeat):
        out = run_process_output(floor_script("window", path.parent / "bare.png"))
        bare.append(float(out.split()[-1]))
    firsts: dict[str, list[float]] = {key: [] for key in LIST_PAGES}
    floors: dict[str, list[float]] = {key: [] for key in LIST_PAGES}
    rows = {}
    for _ in range(repeat):
        store, window = open_window(path)
        # Built cold, each when shown: the background building (page_warmer), once the
        # window is idle a second, would build one page inside another's measured time.
        window.page_warmer.stop()
        for key in LIST_PAGES:
            firsts[key].append(timed(lambda k=key, w=window: (w.show_page(k), drain())))
            floors[key].append(
                timed(lambda k=key: conn.execute(FLOOR_SQL[k] + " LIMIT 200").fetchall())
            )
            rows[key] = window.pages[key].model.rowCount()
        window.close()
        store.close()
        drain()
    conn.close()
    result = [
        Row(
            f"first page of the {key} list, first shown ({rows[key]} rows)",
            "< 100 ms",
            firsts[key],
            floors[key],
            "bare SELECT … LIMIT 200",
            limit=0.1,
        )
        for key in LIST_PAGES
    ]
    result.append(
        Row(
            f"memory with every list scrolled to its end ({data.records:,} records)",
            "< 300 MB",
            [scrolled],
            bare,
            "bare window process",
            unit="MB",
            limit=300,
        )
    )
    return result


def run_process_output(argv: list[str]) -> str:
    import subprocess

    return subprocess.run(argv, env=child_env(), capture_output=True, text=True, check=True).stdout


MEASURES = {
    "save": measure_save,
    "search": measure_search,
    "preview": measure_preview,
    "pages": measure_pages,
    "assessment": measure_assessment,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=25_000)
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT)
    parser.add_argument("--what", choices=MEASURES, required=True)
    args = parser.parse_args()
    data = build(args.keep, args.size)
    app_instance()
    try:
        for row in MEASURES[args.what](data, args.repeat):
            print_row(row)
    finally:
        shutil.rmtree(data.folder / "run-window", ignore_errors=True)


if __name__ == "__main__":
    main()
