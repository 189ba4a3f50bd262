"""The typed errors of the exchange of files: a refused package, a bad JSON Lines file."""

from __future__ import annotations

from collections.abc import Sequence

from cimicdesk.domain.errors import CimicError, FileRefusedError
from cimicdesk.i18n.message import Message, Text, msg, msg_n

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
UNSIGNED = "unsigned"  # no signature: a file of an earlier version, or one stripped of it
BAD_SIGNATURE = "bad_signature"  # the signature is not the signer's over this manifest
BAD_VOUCH = "bad_vouch"  # a handover vouch in it is not signed by the key before it
UNKNOWN_UNIT = "unknown_unit"  # a unit not enrolled here, its fingerprint not confirmed
WRONG_KEY = "wrong_key"  # a unit enrolled here (or this one) signing with another key
RETIRED_KEY = "retired_key"  # signed with a key retired at a handover
WRONG_LEVEL = "wrong_level"  # a unit enrolled at another level than the file says
TRAINING = "training"  # a training file for a real database, or the other way (sync/training.py)
TOO_LARGE = "too_large"  # bigger than a file to import may be: never opened (limits.py)
FUTURE_EXPORT = "future_export"  # exported later than this laptop's clock allows (limits.py)
NOT_FOR_US = "not_for_us"  # sealed for another headquarters (sync/envelope.py)
HANDOVER_FILE = "handover_file"  # a handover file offered for import: it opens at takeover
WRONG_HANDOVER_PASSPHRASE = "wrong_handover_passphrase"  # the handover passphrase is wrong
# Why a row was rejected by a sanity limit (RejectedRow.reason_id; sync/limits.py). The row is
# listed in the import report and the rejected table; the rest of the file is merged.
CLOCK_AHEAD = "clock_ahead"  # a stamp later than the file's export time allows
COUNTER_JUMP = "counter_jump"  # an edit counter far beyond this database's counter
DOMAIN_RULE = "domain_rule"  # a figure or date the domain's rules refuse (casualties, budgets)
UNREFERENCED_PHOTO = "unreferenced_photo"  # photo bytes that no record names
PHOTO_TOO_LARGE = "photo_too_large"  # photo bytes bigger than any photo the program keeps
SHOWN_PROBLEMS = 5  # the bad lines a JsonLinesError names; the others are counted


class PackageRefusedError(FileRefusedError):
    """A file offered for import or takeover that is not a whole, unchanged export.

    Attributes: reason (one of the constants above), path (the file refused), message
    (why, a Message). Nothing was changed when it is raised: the receiving database is
    untouched.
    """

    def __init__(self, reason: str, path: object, message: Message):
        super().__init__(message)
        self.reason = reason
        self.path = path


class UnknownUnitError(PackageRefusedError):
    """A file from a unit not enrolled here (sync/enrolment.py), refused until the officer
    confirms its key's fingerprint. Attributes: unit_name, unit_level, fingerprint, and
    those of PackageRefusedError (reason UNKNOWN_UNIT)."""

    def __init__(
        self, path: object, message: Message, unit_name: str, unit_level: str, fingerprint: str
    ):
        super().__init__(UNKNOWN_UNIT, path, message)
        self.unit_name = unit_name
        self.unit_level = unit_level
        self.fingerprint = fingerprint


class JsonLinesError(CimicError):
    """A JSON Lines file with bad lines; nothing of it was applied.

    Attributes: problems (line number, Message; plain text only for a reason from a
    layer that gave no Message) in line order; message (the summary naming the first
    few, a Message).
    """

    def __init__(self, name: str, problems: Sequence[tuple[int, Text]]):
        self.problems = sorted(problems, key=lambda problem: problem[0])
        shown = joined(
            [
                msg("line {line}: {problem}", line=str(n), problem=m)
                for n, m in self.problems[:SHOWN_PROBLEMS]
            ]
        )
        count = len(self.problems)
        if count > SHOWN_PROBLEMS:
            summary = msg(
                "{name} has {n} bad lines, so nothing of it was imported: {problems} "
                "(and {more} more).",
                name=name,
                n=count,
                problems=shown,
                more=count - SHOWN_PROBLEMS,
            )
        else:
            summary = msg_n(
                "{name} has {n} bad line, so nothing of it was imported: {problems}.",
                "{name} has {n} bad lines, so nothing of it was imported: {problems}.",
                count,
                name=name,
                problems=shown,
            )
        super().__init__(summary)


def joined(parts: list[Message]) -> Message | str:
    """Messages one after the other, separated as a list of clauses is ('a; b; c')."""
    if not parts:
        return ""
    together: Message = parts[0]
    for part in parts[1:]:
        # TRANSLATORS: two clauses of a list, e.g. two bad lines of a file.
        together = msg("{first}; {then}", first=together, then=part)
    return together
