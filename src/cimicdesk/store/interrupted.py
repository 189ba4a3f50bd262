"""Finish at open what a run that died left undone: its work folders, its pending purges."""

from __future__ import annotations

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import msg
from cimicdesk.store import purge, work_folder
from cimicdesk.store.database import Store
from cimicdesk.store.encryption import sqlite3


def finish(store: Store) -> None:
    """Remove dead runs' work folders and finish pending purges; never raises.

    A failure leaves the database open and usable: why the purge is not finished is put
    in store.purge_problem (the window and the purge and import commands show it), and
    it is tried again at the next open.
    """
    try:
        work_folder.remove_dead(store.path)
        done = purge.finish_pending(store)
    except (CimicError, sqlite3.Error, OSError, ValueError) as exc:
        store.purge_problem = exc.message if isinstance(exc, CimicError) else str(exc)
        return
    if done is None:
        return
    if done.problem:
        store.purge_problem = done.problem
    elif done.backups_left:
        names = ", ".join(p.name for p in done.backups_left)
        store.purge_problem = msg(
            "the backups {names} could not be cleaned and still hold purged content; delete them",
            names=names,
        )
