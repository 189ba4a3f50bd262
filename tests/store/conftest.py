"""Store test fixtures: a training database (the builders are in tests/factories.py)."""

import pytest
from factories import PASSPHRASE

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database


@pytest.fixture
def training_store(db_path):
    """A fresh training (exercise) database, the only kind that may be seeded."""
    opened = create_database(
        db_path,
        "BANBAT 1",
        UnitLevel.BATTALION,
        parent="Sector West",
        training=True,
        passphrase=PASSPHRASE,
    )
    yield opened
    opened.close()
