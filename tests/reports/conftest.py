"""Report test fixtures: one unit's week of records, built by report_helpers.py beside them."""

import pytest
from report_helpers import Mission, build_mission


@pytest.fixture
def mission(store) -> Mission:
    """One unit's week of records (see report_helpers.build_mission)."""
    return build_mission(store)
