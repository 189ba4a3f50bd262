"""The child of the import crash test: imports files one by one until it is killed.

Run as `python import_child.py DB FILE...`: unit exports (.cimic) through import_files,
JSON Lines (.jsonl) through import_records. Prints `ready`, then `begin NAME` before and
`done NAME` after each import returns (committed), flushed to the parent's pipe.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cimicdesk.store.database import open_database
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.jsonl_import import import_records


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    store = open_database(Path(sys.argv[1]), daily_backup=False)
    say("ready")
    for name in sys.argv[2:]:
        path = Path(name)
        say(f"begin {path.name}")
        if path.suffix == ".jsonl":
            import_records(store, path)
        else:
            import_files(store, [path])
        say(f"done {path.name}")
    store.close()


if __name__ == "__main__":
    main()
