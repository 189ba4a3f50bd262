"""Works around PySide6 6.12.0 running down None's reference count on Python 3.11."""

from __future__ import annotations

import ctypes
import sys

# Plenty: one reference is lost per call of a Qt method returning void.
_SPARE_REFERENCES = 1 << 40


def pin_none() -> None:
    """Give None a reference count no program can run down.

    The PySide6 6.12.0 wheels (abi3) return None from every void Qt method without
    adding a reference. Python 3.12 made None immortal, so there it does no harm; on
    3.11 each call takes one reference away and after a few thousand calls the
    interpreter aborts with "deallocating None". Python 3.12 sets a huge count on
    None; this does the same once, at import of the ui package.
    """
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _SPARE_REFERENCES:
        count.value += _SPARE_REFERENCES
