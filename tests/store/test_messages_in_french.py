"""Errors of the domain and the store carry a message id and its values: str() is the
English (command line, logs), the catalogue renders it in French, the officer's text as
typed."""

from __future__ import annotations

import re

import pytest
from filelock import FileLock

from cimicdesk.domain.errors import CimicError, ReadOnlyDatabaseError, ValidationError
from cimicdesk.domain.grid import GridReferenceError, parse_grid
from cimicdesk.domain.records import Contact
from cimicdesk.domain.timeutil import parse_date
from cimicdesk.i18n.catalogue import texts
from cimicdesk.i18n.message import Message
from cimicdesk.store import writer_lock
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.database import media_read_only_reason, open_database, open_read_only
from cimicdesk.store.writer_lock import DatabaseInUseError

FRENCH = texts("fr")
WORD = re.compile(r"[A-Za-z]+")


def english_runs(shown: str, english: str, length: int = 3) -> list[str]:
    """Runs of `length` words of the English text that are still in what is shown."""
    words = WORD.findall(english)
    runs = {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}
    flat = " ".join(WORD.findall(shown))
    return sorted(run for run in runs if f" {run} " in f" {flat} ")


def french_of(error: CimicError) -> str:
    assert isinstance(error.message, Message), error.message
    return FRENCH.render(error.message)


def test_a_date_not_written_yyyy_mm_dd():
    with pytest.raises(ValueError) as caught:  # parsers catch ValueError: still one
        parse_date("31/12/2026")
    english = str(caught.value)
    assert english == "'31/12/2026' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25"
    french = french_of(caught.value)
    assert french == (
        "«\u00a031/12/2026\u00a0» n'est pas une date\u00a0: écrivez-la AAAA-MM-JJ, "
        "p. ex. 2026-11-25"
    )
    assert english_runs(french, english) == []


def test_a_grid_reference_that_does_not_exist():
    with pytest.raises(GridReferenceError) as caught:
        parse_grid("99P TM 12345 67890")
    assert str(caught.value) == "Zone 99 does not exist: zones run from 1 to 60."
    assert french_of(caught.value) == "La zone 99 n'existe pas\u00a0: les zones vont de 1 à 60."


def test_a_grid_the_officer_typed_is_quoted_as_typed():
    with pytest.raises(GridReferenceError) as caught:
        parse_grid("Médias 12")  # an organisation's label, typed where a grid belongs
    french = french_of(caught.value)
    assert french.startswith("«\u00a0Médias 12\u00a0» n'est pas une référence MGRS")
    assert english_runs(french, str(caught.value)) == []


def test_a_contact_without_a_name_refused_by_the_store(store):
    with pytest.raises(ValidationError) as caught:
        save_contact(store, Contact(name=" ", email="marie@"))
    assert str(caught.value) == (
        "name: A contact needs a name.; email: 'marie@' is not an e-mail address (name@domain)."
    )
    assert FRENCH.render(caught.value.for_field("name")) == "Un contact doit avoir un nom."
    assert FRENCH.render(caught.value.for_field("email")) == (
        "«\u00a0marie@\u00a0» n'est pas une adresse électronique (nom@domaine)."
    )


def test_a_file_on_a_read_only_disk_refuses_edits_in_french(store, db_path, monkeypatch):
    store.close()
    monkeypatch.setattr("os.access", lambda path, mode: False)  # a write-protected stick
    reason = media_read_only_reason(db_path)
    with open_read_only(db_path, reason) as opened, pytest.raises(ReadOnlyDatabaseError) as caught:
        save_contact(opened, Contact(name="Marie Ndoumba"))
    english = str(caught.value)
    assert english.startswith("bn1.sqlite is on a disk or in a folder that cannot be written")
    french = french_of(caught.value)
    assert french.startswith(
        "bn1.sqlite se trouve sur un disque ou dans un dossier protégé en écriture"
    )
    assert english_runs(french, english) == []


def test_a_database_in_use_by_another_program(store, db_path):
    store.close()
    other = FileLock(str(writer_lock.lock_path(db_path)), timeout=0)  # another program's
    other.acquire()
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            open_database(db_path)
    finally:
        other.release()
    english = str(caught.value)
    assert english == "bn1.sqlite is open in CIMIC Desk on this computer: close it there first"
    french = french_of(caught.value)
    assert french == (
        "bn1.sqlite est ouvert dans CIMIC Desk sur cet ordinateur\u00a0: fermez-le d'abord là-bas"
    )
    assert english_runs(french, english) == []
