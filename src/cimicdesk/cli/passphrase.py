"""Where the command line gets a passphrase: a file descriptor, the environment, or a prompt.

Never from an argument: the process list and the shell's history would show it. In
order: `--passphrase-fd N` (the first line read from descriptor N, e.g. `3<file`),
$CIMICDESK_PASSPHRASE, then a prompt on the terminal (without echo). A new passphrase
(init, takeover, encrypt) comes the same way; at a prompt it is typed twice. The new one
of `cimicdesk passphrase` comes from `--new-passphrase-fd` or $CIMICDESK_NEW_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n.message import msg
from cimicdesk.store import encryption

ENVIRONMENT = "CIMICDESK_PASSPHRASE"
NEW_ENVIRONMENT = "CIMICDESK_NEW_PASSPHRASE"
HANDOVER_ENVIRONMENT = "CIMICDESK_HANDOVER_PASSPHRASE"
_TRIES = 3


def add_option(parser: argparse.ArgumentParser) -> None:
    """--passphrase-fd on a command that opens or creates a database."""
    parser.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        help=(
            "read the database's passphrase from file descriptor N (e.g. --passphrase-fd 3 "
            f"3<secret.txt); or set ${ENVIRONMENT}; otherwise you are asked for it"
        ),
    )


def _from_fd(fd: int) -> str:
    try:
        with os.fdopen(os.dup(fd), encoding="utf-8") as handle:
            line = handle.readline()
    except (OSError, ValueError) as exc:  # not open, not readable, not UTF-8 text
        raise CimicError(
            msg(
                "The passphrase could not be read from descriptor {fd}: {error}.",
                fd=fd,
                error=getattr(exc, "strerror", None) or type(exc).__name__,
            )
        ) from exc
    return line.removesuffix("\n").removesuffix("\r")


def _given(fd: int | None, environment: str) -> str | None:
    if fd is not None:
        return _from_fd(fd)
    return os.environ.get(environment)


def _no_terminal() -> CimicError:
    return CimicError(
        msg(
            "This database is encrypted and there is no terminal to ask for its passphrase: "
            "give it with --passphrase-fd N or ${environment}.",
            environment=ENVIRONMENT,
        )
    )


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise _no_terminal()
    return getpass.getpass(prompt)


def unlock(options: argparse.Namespace, path: Path) -> None:
    """Make the encrypted database at `path` openable in this process: ask for (or read)
    its passphrase and check it. A plain or missing file, or one already unlocked, needs
    nothing. A wrong passphrase given by descriptor or environment fails at once; at a
    prompt, three tries."""
    path = Path(path)
    if not _needs_passphrase(path):
        return
    given = _given(getattr(options, "passphrase_fd", None), ENVIRONMENT)
    if given is not None:
        encryption.unlock(path, given)
        return
    for attempt in range(_TRIES):
        try:
            encryption.unlock(path, _ask(f"Passphrase for {path.name}: "))
            return
        except encryption.WrongPassphraseError as exc:
            if attempt == _TRIES - 1:
                raise
            print(exc, file=sys.stderr)


def _needs_passphrase(path: Path) -> bool:
    if not path.is_file() or encryption.is_unlocked(path):
        return False
    if encryption.is_plain(path) or encryption.key_for(path) is not None:
        return False
    size = path.stat().st_size
    return size > 0 and size % 512 == 0  # whole pages: not a unit file, not garbage


def new_passphrase(options: argparse.Namespace, *, change: bool = False) -> str:
    """A passphrase for a database being made (or the new one of a change), checked for
    length; typed twice at a prompt."""
    fd = getattr(options, "new_passphrase_fd" if change else "passphrase_fd", None)
    given = _given(fd, NEW_ENVIRONMENT if change else ENVIRONMENT)
    if given is not None:
        problem = encryption.passphrase_problem(given, given)
        if problem is not None:
            raise CimicError(problem)
        return given
    for _ in range(_TRIES):
        first = _ask("New passphrase: ")
        problem = encryption.passphrase_problem(first, _ask("Type it again: "))
        if problem is None:
            return first
        print(problem, file=sys.stderr)
    raise CimicError(msg("No passphrase was set; nothing was changed."))


def add_handover_option(parser: argparse.ArgumentParser) -> None:
    """--handover-passphrase-fd on handover and takeover."""
    parser.add_argument(
        "--handover-passphrase-fd",
        type=int,
        metavar="N",
        help=(
            "read the handover passphrase (the one that seals the handover file, given to "
            f"the incoming officer apart from it) from descriptor N; or set "
            f"${HANDOVER_ENVIRONMENT}; otherwise you are asked for it"
        ),
    )


def handover_passphrase(options: argparse.Namespace, *, new: bool) -> str:
    """The handover passphrase: chosen (new=True: checked, typed twice at a prompt) by the
    outgoing officer, or typed by the incoming one."""
    given = _given(getattr(options, "handover_passphrase_fd", None), HANDOVER_ENVIRONMENT)
    if given is not None:
        if new:
            problem = encryption.passphrase_problem(given, given)
            if problem is not None:
                raise CimicError(problem)
        return given
    if not new:
        return _ask("Handover passphrase (from the outgoing officer): ")
    for _ in range(_TRIES):
        first = _ask("Handover passphrase for the incoming officer: ")
        problem = encryption.passphrase_problem(first, _ask("Type it again: "))
        if problem is None:
            return first
        print(problem, file=sys.stderr)
    raise CimicError(msg("No passphrase was set; nothing was changed."))


def current_passphrase(options: argparse.Namespace, path: Path) -> str:
    """The passphrase in use (for a change): by descriptor, environment or prompt."""
    given = _given(getattr(options, "passphrase_fd", None), ENVIRONMENT)
    return given if given is not None else _ask(f"Current passphrase for {Path(path).name}: ")
