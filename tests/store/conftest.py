"""Store tests import their builders from helpers.py beside them."""

import sys
from pathlib import Path

import pytest

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.store.database import create_database

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def training_store(db_path):
    """A fresh training (exercise) database, the only kind that may be seeded."""
    opened = create_database(
        db_path, "BANBAT 1", UnitLevel.BATTALION, parent="Sector West", training=True
    )
    yield opened
    opened.close()
