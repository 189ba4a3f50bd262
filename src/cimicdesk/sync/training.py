"""Records never cross between a training (exercise) database and a real one.

A unit file carries its database's `_meta` among the rows its digest covers, so whether
it comes from a training database (store/training.py) cannot be changed without the file
failing verification. A JSON Lines file from a training database marks every line
`"exercise": true` (jsonl.py). Both ways are refused, with nothing changed:

- training records into a real database: made-up records would reach the real reports;
- real records into a training database: exercise files are handed to trainees and
  passed around, and must not carry the real names of people who talk to the military.
"""

from __future__ import annotations

from pathlib import Path

from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.sync import errors as why
from cimicdesk.sync.errors import PackageRefusedError

EXERCISE = "exercise"  # the key a JSON Lines line of a training database carries (true)


def refuse_other_kind(source: Path, package_training: bool, receiving_training: bool) -> None:
    """Refuse a unit file of the other kind (training vs real) than the receiving database."""
    if package_training == receiving_training:
        return
    if package_training:
        message = msg(
            "{source_name} comes from a training (exercise) database: its made-up records can "
            "never be imported into a real database. Nothing was changed.",
            source_name=source.name,
        )
    else:
        message = msg(
            "{source_name} comes from a real database, and this is a training (exercise) "
            "database: real records are kept out of exercise files. Nothing was changed.",
            source_name=source.name,
        )
    raise PackageRefusedError(why.TRAINING, source, message)


def jsonl_refusal(name: str, marked: int, lines: int, receiving_training: bool) -> Message | None:
    """Why a JSON Lines file cannot go into this database (None when it can).

    `marked` of its `lines` lines say "exercise": true.
    """
    if receiving_training and marked < lines:
        return msg_n(
            '{name} holds real records ({n} of its {lines} lines is not marked "{key}": '
            "true), and this is a training (exercise) database: real records are kept out "
            "of exercise files. Nothing was imported.",
            '{name} holds real records ({n} of its {lines} lines are not marked "{key}": '
            "true), and this is a training (exercise) database: real records are kept out "
            "of exercise files. Nothing was imported.",
            lines - marked,
            name=name,
            lines=lines,
            key=EXERCISE,
        )
    if not receiving_training and marked:
        return msg_n(
            '{name} holds records of a training (exercise) database ({n} line marked "{key}": '
            "true): they can never be imported into a real database. Nothing was imported.",
            '{name} holds records of a training (exercise) database ({n} lines marked "{key}": '
            "true): they can never be imported into a real database. Nothing was imported.",
            marked,
            name=name,
            key=EXERCISE,
        )
    return None
