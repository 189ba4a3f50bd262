"""Training (exercise) databases: the mark written at creation, and the rule that keeps
made-up records and real ones apart.

A training database has `training = 1` in its `_meta`, written when it is created
(`cimicdesk init --training`, or `cimicdesk seed NEW-FILE`) and never changed after. Only
a training database may be seeded with made-up records; it says EXERCISE on every screen
and report; and records never cross between a training and a real database (unit files
carry `_meta` inside what their digest covers, so the mark cannot be flipped unseen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import Message, msg

if TYPE_CHECKING:
    from cimicdesk.store.database import Store

KEY = "training"  # the _meta key; its value is "1" in a training database
MARK = "EXERCISE"  # what every screen and report of a training database shows


class NotTrainingError(CimicError):
    """Made-up records were about to go into a real (working) database; nothing changed."""


def is_training(meta: dict[str, str]) -> bool:
    """True when a database's _meta marks it as a training database."""
    return meta.get(KEY) == "1"


def refusal(name: str) -> Message:
    """Why made-up records may not go into the real database `name`, and what to do."""
    return msg(
        "{name} is a real database, not a training one: made-up records would mix with "
        "real ones and reach the reports. Seed a new file (cimicdesk seed NEW.sqlite ...), "
        "or create a training database with cimicdesk init FILE --training. Nothing was "
        "changed.",
        name=name,
    )


def require_training(store: Store) -> None:
    """Refuse to put made-up records into a database that is not a training one.

    The window has no seeding path; the message is for the command line and callers.
    """
    if not store.training:
        raise NotTrainingError(refusal(store.path.name))
