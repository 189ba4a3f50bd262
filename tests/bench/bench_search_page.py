"""Benchmark of issue 16: 50 realistic searches as the Search page runs them.

Run on demand (not collected by pytest), on a COPY of a big database:

    PYTHONPATH=src python tests/bench/bench_search_page.py COPY.sqlite \
        --passphrase 'correct horse battery' [--kdf-iterations 1000] [--baseline main] \
        [--after UPGRADED-COPY.sqlite]

For every query, in turns (baseline, this tree, bare floor, repeated --repeats times):

* page: what the Search page's worker does (ui/models/search.py search_job): search every
  kind, limit 100, on the connection its model keeps (store/search_reader.py);
* baseline: what its worker did before: open its own store on the file (its key kept in
  the process), search with store/search.py as it is at git revision --baseline (loaded
  beside this tree's), close;
* floor: bare FTS5 on an open raw connection (to --after when given): the rowids of the
  first 100 matches, ranked.

Prints median and minimum per query, the worst queries, and the overall medians. The
machine may be shared: only figures taken in the same run, alternating, compare.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cimicdesk.store import encryption
from cimicdesk.store import search as current
from cimicdesk.store.search_reader import SearchReader
from cimicdesk.ui.models.search import SEARCHED_KINDS, SearchResultsModel, search_job
from cimicdesk.ui.workers import with_own_store

# Whole words (places, organisations, people, topics; one matching nothing), prefixes of
# 1, 2 and 3 letters, and two-word queries, as an officer types them.
QUERIES = (
    # whole words
    "bambari", "water", "escort", "ocha", "unicef", "bria", "ippy", "grimari", "kaga",
    "bangui", "measles", "malaria", "school", "bridge", "cattle", "herders", "convoy",
    "mahamat", "zakaria", "borehole", "cholera", "health",
    # one letter
    "b", "m", "c", "s", "w", "a", "e", "p",
    # two letters
    "ba", "wa", "es", "co", "ma", "re", "ch",
    # three letters
    "bam", "wat", "esc", "mar", "con", "pat",
    # two words
    "water bambari", "escort convoy", "road bridge", "measles vaccination",
    "ocha coordination", "herders cattle", "banbat meeting",
)  # fmt: skip


def _module_at(revision: str):
    """store/search.py as it is at a git revision, loaded as its own module."""
    root = Path(__file__).resolve().parents[2]
    source = subprocess.run(
        ["git", "-C", str(root), "show", f"{revision}:src/cimicdesk/store/search.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    file = Path(tempfile.mkdtemp()) / "baseline_search.py"
    file.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_search", file)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _timed(work) -> tuple[float, float]:
    """Wall-clock and CPU seconds of this thread (SQLite runs on it): on a shared machine
    the CPU time is what the work costs, the wall time what it cost while others ran."""
    began, cpu = time.perf_counter(), time.thread_time()
    work()
    return time.perf_counter() - began, time.thread_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--passphrase", required=True)
    parser.add_argument("--kdf-iterations", type=int, default=encryption.KDF_ITERATIONS)
    parser.add_argument("--baseline", default="main")
    parser.add_argument(
        "--after",
        type=Path,
        help="a copy of DATABASE upgraded to this tree's schema (its search index rebuilt "
        "with prefix indexes: store/search_prefix.py), searched by this tree's code and "
        "the floor; DATABASE is then searched by the baseline only",
    )
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--worst", type=int, default=10)
    args = parser.parse_args()
    encryption.KDF_ITERATIONS = args.kdf_iterations  # only as the file was made
    encryption.unlock(args.database, args.passphrase)
    after = args.after or args.database
    encryption.unlock(after, args.passphrase)
    baseline = _module_at(args.baseline)
    raw = encryption.connect(after)
    docs = raw.execute("SELECT count(*) FROM search_keys").fetchone()[0]
    limit = SearchResultsModel.LIMIT

    reader = SearchReader(after)  # kept by the page's model between searches

    def page(module, text):
        if module is baseline:  # its worker opened the file for every search
            return with_own_store(
                args.database, module.search, text, kinds=SEARCHED_KINDS, limit=limit
            )
        return search_job(reader, text, kinds=SEARCHED_KINDS, limit=limit)

    def floor(text):
        return raw.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            [current.fts_query(text), limit],
        ).fetchall()

    runs = {"baseline": baseline, "page": current}
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for text in QUERIES:  # warm the files' pages once, as a window that has searched
        page(current, text)
        page(baseline, text)
    for _ in range(args.repeats):
        for text in QUERIES:
            for name, module in runs.items():
                took = _timed(lambda m=module, t=text: page(m, t))
                times.setdefault((name, text), []).append(took[0])
                cpu.setdefault((name, text), []).append(took[1])
            took = _timed(lambda t=text: floor(t))
            times.setdefault(("floor", text), []).append(took[0])
            cpu.setdefault(("floor", text), []).append(took[1])
    print(f"{args.database.name}: {docs:,} indexed records; {len(QUERIES)} queries, "
          f"{args.repeats} runs each, alternating; ms: wall median (min), CPU median")  # fmt: skip
    rows = []
    names = ("baseline", "page", "floor")
    for text in QUERIES:
        cells = {n: times[(n, text)] for n in names}
        rows.append((statistics.median(cells["page"]), text, cells))
    print(f"{'query':22} {'baseline':>22} {'page now':>22} {'bare FTS5':>22}")
    for _, text, cells in rows:
        print(f"{text:22} " + " ".join(
            f"{statistics.median(v) * 1000:7.1f} ({min(v) * 1000:5.1f}) "
            f"{statistics.median(cpu[(n, text)]) * 1000:6.1f}"
            for n, v in cells.items()
        ))  # fmt: skip
    print(f"worst {args.worst} (page now):")
    for median, text, cells in sorted(rows, reverse=True)[: args.worst]:
        old = statistics.median(cells["baseline"]) * 1000
        print(f"  {text!r}: {median * 1000:.1f} ms (baseline {old:.1f} ms)")
    for name in names:
        for what, figures in (("wall", times), ("CPU", cpu)):
            medians = [statistics.median(figures[(name, t)]) * 1000 for t in QUERIES]
            over = sum(m >= 30 for m in medians)
            print(f"{name:9} {what:4} median of medians {statistics.median(medians):6.1f} ms, "
                  f"worst {max(medians):6.1f} ms, {over} queries at 30 ms or more")  # fmt: skip
    raw.close()
    reader.close()
    return None


if __name__ == "__main__":
    sys.exit(main())
