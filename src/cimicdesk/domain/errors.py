"""Typed errors: a known, user-facing problem (CimicError) versus a bug (anything else)."""

from __future__ import annotations

from dataclasses import dataclass

from cimicdesk.i18n.message import Message


class CimicError(Exception):
    """A problem the user can understand and fix; its message says what and how.

    `message` is a Message (an id and its parameters, rendered in the reader's language
    by the window and the reports); str() is its English, for the command line and logs.
    """

    def __init__(self, message: Message | str = "", *args: object):
        self.message = message
        super().__init__(str(message), *args)


class InvalidValueError(CimicError, ValueError):
    """Text that cannot be read as the value it stands for (a date, a grid reference):
    a ValueError, for callers that parse, whose message says what to write instead."""


class FileRefusedError(CimicError):
    """A database file that cannot be opened: foreign, corrupt, newer, missing."""


class RecordNotFoundError(CimicError):
    """A record id that is not in the database."""


class ReadOnlyDatabaseError(CimicError):
    """An edit attempted on a database that must not change."""


@dataclass(frozen=True)
class FieldError:
    """One invalid field: its name and what is wrong with it."""

    field: str
    message: Message | str


class ValidationError(CimicError):
    """A record with one or more invalid fields."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, name: str) -> Message | str | None:
        """The message for one field, or None if that field is fine."""
        return next((e.message for e in self.errors if e.field == name), None)
