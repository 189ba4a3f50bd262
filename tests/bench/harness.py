"""The benchmarks' measuring harness: app and floor alternated, median and minimum, one row."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench_keys import PASSPHRASE

BENCH = Path(__file__).resolve().parent
SRC = BENCH.parents[1] / "src"
# The same work repeated, app and floor taking turns (a shared machine's noise falls on both).
DEFAULT_REPEAT = 5
# What run_process returns: "wall" (what the officer waits for) or "cpu" (the child's user +
# system time: the work done, steadier than wall time on a machine others are loading).
CLOCKS = ("wall", "cpu")
clock = "wall"


@dataclass
class Row:
    """One measure: what the person waits for, its target, the app's and the floor's runs."""

    name: str
    target: str
    app: list[float]
    floor: list[float] = field(default_factory=list)
    floor_name: str = ""
    limit: float | None = None  # seconds the app's median must stay under
    ratio_limit: float | None = None  # the app's median over the floor's may not exceed it
    unit: str = "s"  # "s" (shown in s or ms) or "MB"
    note: str = ""
    each: bool = False  # the target holds for every run (shown: median / worst)

    @property
    def ratio(self) -> float | None:
        if not self.floor or not self.app or statistics.median(self.floor) <= 0:
            return None
        return statistics.median(self.app) / statistics.median(self.floor)

    @property
    def verdict(self) -> str:
        if self.limit is None and self.ratio_limit is None:
            return ""
        median = max(self.app) if self.each else statistics.median(self.app)
        ok = self.limit is None or median <= self.limit
        if self.ratio_limit is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_limit
        return "PASS" if ok else "MISS"

    def markdown(self) -> str:
        ratio = "—" if self.ratio is None else f"{self.ratio:.1f}×"
        floor = f"{self.floor_name} {spread(self.floor, self.unit)}" if self.floor else "—"
        app = spread(self.app, self.unit)
        if self.each:
            app = f"{quantity(statistics.median(self.app))} / worst {quantity(max(self.app))}"
            if self.floor:
                floor = f"{self.floor_name} {quantity(statistics.median(self.floor))} / worst "
                floor += quantity(max(self.floor))
        cells = [self.name, self.target, app, floor, ratio, self.verdict]
        if self.note:
            cells[0] += f" ({self.note})"
        return "| " + " | ".join(cells) + " |"


HEADER = (
    "| what the officer waits for | target | app median / min | bare floor median / min "
    "| ratio | |\n|---|---|---|---|---|---|"
)


def quantity(value: float, unit: str = "s") -> str:
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value < 0.001:
        return f"{value * 1000:.3f} ms"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def spread(values: Sequence[float], unit: str = "s") -> str:
    """Median / minimum (one value alone when there is one run)."""
    if not values:
        return "—"
    if len(values) == 1:
        return quantity(values[0], unit)
    return f"{quantity(statistics.median(values), unit)} / {quantity(min(values), unit)}"


def alternate(
    app: Callable[[], float],
    floor: Callable[[], float] | None,
    repeat: int = DEFAULT_REPEAT,
    *,
    warm_up: bool = True,
) -> tuple[list[float], list[float]]:
    """Run app and floor in turns `repeat` times (after one uncounted turn of each, so the
    file cache is warm for both); each callable returns the seconds it measured."""
    if warm_up:
        app()
        if floor is not None:
            floor()
    apps: list[float] = []
    floors: list[float] = []
    for _ in range(repeat):
        apps.append(app())
        if floor is not None:
            floors.append(floor())
    return apps, floors


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a timed child: the passphrase in $CIMICDESK_PASSPHRASE (never on
    its command line), this worktree's src first, no display needed."""
    env = dict(os.environ)
    env["CIMICDESK_PASSPHRASE"] = PASSPHRASE
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(BENCH)])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed program runs from compiled bytecode: a shell that forbids writing it
    # would have every start compile the sources again (about 2 s).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_process(
    argv: Sequence[str | Path],
    *,
    env: dict[str, str] | None = None,
    output: list[str] | None = None,
) -> float:
    """Seconds from starting the process to its exit (or its CPU seconds, when `clock` is
    "cpu"); its standard output is added to `output`. A failing process stops the bench."""
    began, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(
        [str(a) for a in argv], env=env or child_env(), capture_output=True, text=True
    )
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, argv))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
        )
    if output is not None:
        output.append(done.stdout)
    return _children_cpu() - cpu if clock == "cpu" else took


def cimicdesk(*args: str | Path) -> list[str]:
    """The command line of `cimicdesk ARGS` as the officer runs it (python -m cimicdesk)."""
    return [sys.executable, "-m", "cimicdesk", *map(str, args)]


def floor_script(name: str, *args: str | Path) -> list[str]:
    """The command line of a bare floor process (tests/bench/floors/NAME.py)."""
    return [sys.executable, str(BENCH / "floors" / f"{name}.py"), *map(str, args)]


def print_table(title: str, rows: Sequence[Row]) -> None:
    print(f"\n### {title}\n")
    print(HEADER)
    for row in rows:
        print(row.markdown())
    sys.stdout.flush()


def print_row(row: Row) -> Row:
    print(row.markdown())
    sys.stdout.flush()
    return row
