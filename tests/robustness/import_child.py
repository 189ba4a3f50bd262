"""The child of the import crash test: imports files one by one until it is killed.

Run as `python import_child.py DB FILE...`: unit exports (.cimic) through import_files,
JSON Lines (.jsonl) through import_records. Prints `ready`, then `begin NAME` before and
`done NAME` after each import returns (committed), flushed to the parent's pipe.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from cimicdesk.store.database import open_database
from cimicdesk.store.unit_keys import fingerprint
from cimicdesk.sync import manifest as mf
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.jsonl_import import import_records


def signer_fingerprints(paths: list[Path]) -> list[str]:
    """The fingerprints of the keys that signed the files (read, not checked)."""
    found = []
    for path in paths:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            row = mf.read_row(conn) or {}
        if row.get("signer_key"):
            found.append(fingerprint(row["signer_key"]))
    return found


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
        else:  # the parent's files come from units it has not met: confirm their keys
            import_files(store, [path], enrol=signer_fingerprints([path]))
        say(f"done {path.name}")
    store.close()


if __name__ == "__main__":
    main()
