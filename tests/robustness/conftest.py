"""Robustness tests import the store and sync tests' builders (helpers.py, ops_helpers.py,
sync_helpers.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))  # sync_helpers.py
sys.path.insert(0, str(Path(__file__).resolve().parent))
