"""Demo-data tests: a fresh training database, the only kind that may be seeded."""

import pytest
from factories import PASSPHRASE

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database


@pytest.fixture
def store(db_path):
    """A fresh training (exercise) database: made-up records go into no other."""
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
