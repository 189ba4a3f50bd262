"""Opening a database in the window: its passphrase first (ui/unlocking.py); while another
program is writing it, say so and offer it read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cimicdesk.store.database import Store, in_use_reason, open_database, open_read_only
from cimicdesk.store.writer_lock import DatabaseInUseError
from cimicdesk.ui.prompts import Prompter
from cimicdesk.ui.unlocking import open_unlocked

translate = QCoreApplication.translate


def open_offering_read_only(
    path: Path, prompter: Prompter, *, dismiss: str = "", **options: bool
) -> Store | None:
    """open_database(path, **options), after its passphrase is asked (or a plain database
    of an earlier version encrypted: `dismiss` labels the button that declines); while
    another window or a command has the file open for writing, ask whether to open it
    read-only instead. None: the user declined or cancelled.

    Other refusals (damaged, newer, ...) are raised as open_database raises them.
    """
    path = Path(path)
    try:
        return open_unlocked(
            path, prompter, lambda: open_database(path, **options), dismiss=dismiss
        )
    except DatabaseInUseError:
        pass
    if not prompter.confirm(
        translate("FileInUse", "The database is open elsewhere"),
        translate(
            "FileInUse",
            "{name} is open in another CIMIC Desk window (or a command) on this computer, "
            "and only one program at a time may change it.\n\nOpen it here read-only? You "
            "will see what was saved up to now, and can read and print it, but not change it.",
        ).format(name=path.name),
        action=translate("FileInUse", "Open read-only"),
    ):
        return None
    return open_read_only(path, in_use_reason(path))  # its passphrase was asked above
