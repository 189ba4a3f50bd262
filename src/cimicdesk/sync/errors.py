"""The typed errors of the exchange of files: a refused package, a bad JSON Lines file."""

from __future__ import annotations

from cimicdesk.domain.errors import CimicError, FileRefusedError

# Why a package was refused, as PackageRefusedError.reason (for the GUI and the tests).
MISSING = "missing"
NOT_SQLITE = "not_sqlite"
TRUNCATED = "truncated"
FOREIGN = "foreign"
LIVE_COPY = "live_copy"
NEWER = "newer"
DAMAGED = "damaged"
NO_MANIFEST = "no_manifest"
TAMPERED = "tampered"
OUT_OF_RANGE = "out_of_range"
TRAINING = "training"  # a training file for a real database, or the other way (sync/training.py)


class PackageRefusedError(FileRefusedError):
    """A file offered for import or takeover that is not a whole, unchanged export.

    Attributes: reason (one of the constants above), path (the file refused). Nothing
    was changed when it is raised: the receiving database is untouched.
    """

    def __init__(self, reason: str, path: object, message: str):
        super().__init__(message)
        self.reason = reason
        self.path = path


class JsonLinesError(CimicError):
    """A JSON Lines file with bad lines; nothing of it was applied.

    Attributes: problems (line number, message) in line order.
    """

    def __init__(self, name: str, problems: list[tuple[int, str]]):
        self.problems = sorted(problems)
        shown = "; ".join(f"line {n}: {m}" for n, m in self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(
            f"{name} has {len(self.problems)} bad line(s), so nothing of it was imported: "
            f"{shown}{more}."
        )
