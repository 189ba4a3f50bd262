"""Every benchmark at one size, printed as one Markdown table (README's "Benchmarks").

    python tests/bench/run_all.py --size 25000 --keep DIR [--repeat 5] [--skip preview ...]

The mission databases are built in DIR/size-SIZE on the first run (and reused); the
measures that are processes run from here, the ones inside the window each in a process
of their own (tests/bench/bench_window.py), so that memory and warm caches are theirs.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import bench_processes
import bench_window
import harness
from data import build, delta_option
from harness import BENCH, DEFAULT_REPEAT, HEADER, child_env

ORDER = (*bench_processes.MEASURES, *bench_window.MEASURES)


def window_rows(what: str, size: int, keep: Path, repeat: int) -> list[str]:
    """Run one window measure in its own process; its table rows (and notes) as printed."""
    argv = [sys.executable, str(BENCH / "bench_window.py"), "--size", str(size)]
    argv += ["--keep", str(keep), "--repeat", str(repeat), "--what", what]
    done = subprocess.run(argv, env=child_env(), capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith(("| ", "  worst"))]
    if done.returncode != 0:
        lines.append(f"| {what}: failed ({done.stderr.strip().splitlines()[-1:]}) | | | | | |")
    for line in lines:
        print(line, flush=True)
    return [line for line in lines if line.startswith("| ")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=25_000, help="records wanted")
    parser.add_argument("--keep", type=Path, required=True, help="folder of the databases")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT)
    parser.add_argument("--skip", nargs="*", choices=ORDER, default=[])
    parser.add_argument(
        "--clock",
        choices=harness.CLOCKS,
        default="wall",
        help="cpu: the process measures report their CPU time (steadier on a loaded machine)",
    )
    args = parser.parse_args()
    harness.clock = args.clock
    began = time.perf_counter()
    data = build(args.keep, args.size)
    option = delta_option()
    print(f"{data.label()}")
    print(f"weekly files: {'delta (' + option + ')' if option else 'full (no delta option)'}")
    rows: list[str] = []
    wanted = [m for m in bench_processes.MEASURES if m not in args.skip]
    for row in bench_processes.run(data, args.repeat, tuple(wanted)):
        rows.append(row.markdown())
    for what in bench_window.MEASURES:
        if what not in args.skip:
            rows += window_rows(what, args.size, args.keep, args.repeat)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"\n### {data.label()}, {args.repeat} runs each (median / min), {stamp}\n")
    load = Path("/proc/loadavg").read_text().split()[0]
    print(
        f"{os.cpu_count()} cores ({platform.machine()}), load average at the end {load}; "
        f"the whole run took {time.perf_counter() - began:.0f} s\n"
    )
    print(HEADER)
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
