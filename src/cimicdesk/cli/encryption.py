"""The encryption commands: encrypt a plain database once, change a passphrase."""

from __future__ import annotations

import argparse
from pathlib import Path

from cimicdesk.cli import passphrase
from cimicdesk.cli.reports import PROG
from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import msg
from cimicdesk.store import encryption, file_copies
from cimicdesk.store.database import open_database
from cimicdesk.store.passphrase import change_passphrase

EXIT_OK = 0


def add_encryption_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register encrypt and passphrase on the CLI's sub-command parser."""
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt a database made by an earlier CIMIC Desk (once)",
        description=(
            "Encrypt a plain database from an earlier version with a new passphrase. A "
            "backup is taken first (itself encrypted); then the plain file, its -wal and "
            "its plain backups are overwritten and deleted."
        ),
        epilog=f"Example: {PROG} encrypt bn1.sqlite   (asks for the new passphrase twice)",
    )
    encrypt.add_argument("file", metavar="FILE", type=Path, help="the plain database")
    encrypt.set_defaults(handler=_encrypt)

    change = commands.add_parser(
        "passphrase",
        help="change a database's passphrase",
        description=(
            "Change the passphrase of a database; its backups and the editors' drafts take "
            "the new one too. Asks for the current passphrase, then the new one twice."
        ),
        epilog=f"Example: {PROG} passphrase bn1.sqlite",
    )
    change.add_argument("file", metavar="FILE", type=Path, help="the database")
    change.add_argument(
        "--new-passphrase-fd",
        type=int,
        metavar="N",
        help=(
            "read the new passphrase from file descriptor N; or set "
            f"${passphrase.NEW_ENVIRONMENT}; otherwise you are asked for it twice"
        ),
    )
    change.set_defaults(handler=_change, unlocks_itself=True)


def _encrypt(options: argparse.Namespace) -> int:
    path: Path = options.file
    if not path.is_file():
        raise CimicError(msg("{path} does not exist.", path=str(path)))
    if not encryption.is_plain(path):
        raise CimicError(msg("{path_name} is already encrypted.", path_name=path.name))
    file_copies.convert_database(path, passphrase.new_passphrase(options))
    print(f"Encrypted {path}; its plain copies were destroyed.")
    return EXIT_OK


def _change(options: argparse.Namespace) -> int:
    path: Path = options.file
    current = passphrase.current_passphrase(options, path)
    encryption.unlock(path, current)
    new = passphrase.new_passphrase(options, change=True)
    with open_database(path, daily_backup=False) as store:
        left = change_passphrase(store, current, new, new)
    print(f"The passphrase of {path} was changed (its backups and drafts too).")
    for backup in left:
        print(f"  not changed (damaged): {backup}")
    return EXIT_OK
