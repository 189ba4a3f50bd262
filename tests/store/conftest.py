"""Store tests import their builders from helpers.py beside them."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
