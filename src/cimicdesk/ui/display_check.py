"""Before Qt starts: is there a display, and are the system libraries its X11 plugin needs here?"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable, Mapping

from cimicdesk.i18n.message import Message, msg

# What Qt's X11 plugin (libqxcb.so and libQt6XcbQpa, per ldd) loads from the system, with
# the Debian package that provides each. Without one of them Qt aborts with a core dump.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)
_SCREEN_PLATFORMS = ("xcb", "wayland")


def missing_libraries(
    libraries: Iterable[tuple[str, str]] = XCB_LIBRARIES,
) -> list[tuple[str, str]]:
    """The (library, Debian package) pairs the dynamic loader cannot load here."""
    missing = []
    for name, package in libraries:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append((name, package))
    return missing


def _requested(env: Mapping[str, str]) -> list[str]:
    """The platform plugins QT_QPA_PLATFORM asks for, in order ('xcb:arg;wayland' → both)."""
    value = env.get("QT_QPA_PLATFORM", "")
    return [part.split(":", 1)[0].strip() for part in value.split(";") if part.strip()]


def startup_problem(
    env: Mapping[str, str] | None = None,
    libraries: Iterable[tuple[str, str]] = XCB_LIBRARIES,
    platform: str | None = None,
) -> Message | None:
    """Why the window cannot start on this screen (no display, a missing library), or None."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return None
    requested = _requested(env)
    if requested and requested[0] not in _SCREEN_PLATFORMS:
        return None  # offscreen, minimal, vnc…: Qt needs no screen
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return msg(
            "no display: the program window needs a desktop session (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set); run it on a desktop session, or set "
            "QT_QPA_PLATFORM=offscreen for a headless check"
        )
    uses_xcb = requested[:1] == ["xcb"] or (not requested and not env.get("WAYLAND_DISPLAY"))
    if not uses_xcb:
        return None
    missing = missing_libraries(libraries)
    if not missing:
        return None
    return msg(
        "the program window cannot start: the X11 display needs {libraries}, not found on "
        "this computer; install with: sudo apt install {packages}",
        libraries=", ".join(name for name, _ in missing),
        packages=" ".join(package for _, package in missing),
    )
