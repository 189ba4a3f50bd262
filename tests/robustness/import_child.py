"""The child of the import crash test: imports files one by one until it is killed.

Run as `python import_child.py DB FILE...`: unit exports (.cimic) through import_files,
JSON Lines (.jsonl) through import_records. Prints `ready`, then `begin NAME` before and
`done NAME` after each import returns (committed), flushed to the parent's pipe.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sync_helpers import fingerprint_of

from cimicdesk.store.database import open_database
from cimicdesk.sync.imports import import_files
from cimicdesk.sync.jsonl_import import import_records


def signer_fingerprints(paths: list[Path]) -> list[str]:
    """The fingerprints of the keys that signed the files (read, not checked)."""
    return [fp for fp in map(fingerprint_of, paths) if fp]


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
