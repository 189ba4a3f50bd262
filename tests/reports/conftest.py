"""Report tests import their builders from report_helpers.py beside them."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "store"))

from report_helpers import Mission, build_mission


@pytest.fixture
def mission(store) -> Mission:
    """One unit's week of records (see report_helpers.build_mission)."""
    return build_mission(store)
