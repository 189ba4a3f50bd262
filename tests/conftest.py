"""Shared fixtures: every standard directory in tmp, a fresh database, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window's language follows the system's when none is chosen: pin an English-free
# locale so a French machine runs the tests as any other (tests/ui/test_translations.py
# chooses French itself).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from pathlib import Path

import pytest
from factories import (
    HANDOVER_PASSPHRASE,
    PASSPHRASE,
    SHARED_AGREEMENT_PRIVATE,
    SHARED_AGREEMENT_PUBLIC,
    TEST_KDF_ITERATIONS,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store import encryption
from cimicdesk.store.database import Store, create_database

# SQLCipher's 256,000 rounds of key derivation cost ~0.2 s a key: the tests make
# thousands of databases, so they derive with fewer. Child processes the tests start set
# the same (tests/robust_support.py, tests/cli_child.py); the real count has its own tests.
REAL_KDF_ITERATIONS = encryption.KDF_ITERATIONS
encryption.KDF_ITERATIONS = TEST_KDF_ITERATIONS

UI_TESTS = Path(__file__).parent / "ui"
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that builds widgets `gui`, so `pytest -m "not gui"` runs the rest."""
    for item in items:
        uses_qt = QT_FIXTURES & set(getattr(item, "fixturenames", ()))
        if UI_TESTS in item.path.parents or uses_qt:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("CIMICDESK_DATA_DIR", str(home / "data"))


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch):
    """Every test's databases share one passphrase (the command line reads it from the
    environment); the keys one test unlocked are forgotten before the next."""
    monkeypatch.setenv("CIMICDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("CIMICDESK_NEW_PASSPHRASE", raising=False)
    monkeypatch.setenv("CIMICDESK_HANDOVER_PASSPHRASE", HANDOVER_PASSPHRASE)
    yield
    encryption.lock()


@pytest.fixture(autouse=True)
def _shared_unit_file_keys(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Every test database has the same X25519 pair and, with no headquarters enrolled,
    seals its unit files for that key: any test database opens any test unit file, as a
    headquarters opens its units' (signing keys stay each database's own). Tests of the
    sealing itself are marked `real_keys` and get the program's own behaviour."""
    if request.node.get_closest_marker("real_keys"):
        return
    from cimicdesk.store import unit_keys
    from cimicdesk.store.unit_keys import NewKeys, fingerprint
    from cimicdesk.sync import envelope, recipients

    made = unit_keys.new_keys

    def new_keys() -> NewKeys:
        own = made()
        return NewKeys(
            own.signing_private,
            own.signing_public,
            SHARED_AGREEMENT_PRIVATE,
            SHARED_AGREEMENT_PUBLIC,
        )

    found = recipients.headquarters
    shared = envelope.Recipient(SHARED_AGREEMENT_PUBLIC, fingerprint(SHARED_AGREEMENT_PUBLIC))
    monkeypatch.setattr(unit_keys, "new_keys", new_keys)
    monkeypatch.setattr(recipients, "headquarters", lambda store: found(store) or [shared])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "bn1.sqlite"


@pytest.fixture
def store(db_path: Path):
    """A fresh, empty battalion database in a temporary folder."""
    opened: Store = create_database(
        db_path, "BANBAT 1", UnitLevel.BATTALION, parent="Sector West", passphrase=PASSPHRASE
    )
    yield opened
    opened.close()
