"""Build the self-contained program folder with PyInstaller, then start it once to prove it runs.

Usage:  python packaging/build_bundle.py [--smoke]
Output: dist/CIMIC Desk/ (run `dist/CIMIC Desk/cimicdesk`, or cimicdesk.exe on Windows).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "CIMIC Desk"
ICONS = ROOT / "build" / "icons"


def _build_qt() -> None:
    """The compiled forms and translations, and the built-in places (build_places.py)."""
    for name in ("build_qt", "build_places"):
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build(ROOT)


def render_icons() -> None:
    """The application icon as PNG (Linux desktop entry) and ICO (Windows), from its SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed by QIcon
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = QIcon(str(ROOT / "resources" / "icons" / "app.svg"))
    image = icon.pixmap(QSize(256, 256)).toImage()
    if not image.save(str(ICONS / "cimicdesk.png")):
        raise SystemExit("build_bundle: could not render the application icon")
    image.save(str(ICONS / "cimicdesk.ico"))  # best effort: needs Qt's ico image plugin


def run_pyinstaller(quiet: bool) -> None:
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [
            str(ROOT / "packaging" / "cimicdesk.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN" if quiet else "INFO",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
        ]
    )


def folder_size(folder: Path) -> int:
    """Bytes on disk, counting each file once (Qt's libraries come with symlinks to them)."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def executable() -> Path:
    return BUNDLE / ("cimicdesk.exe" if sys.platform == "win32" else "cimicdesk")


def smoke_test() -> None:
    """Start the built program on a new database, headless, and check it shows its window."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "smoke.sqlite"
        shot = Path(folder) / "window.png"
        # Encrypted: the passphrase from the environment, as for any command without a
        # terminal (the window takes it from there only with --screenshot).
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CIMICDESK_DATA_DIR": folder,
            "CIMICDESK_PASSPHRASE": "smoke test passphrase",
        }
        # --mission-area: the built-in places must be in the bundle (init reads them).
        init = subprocess.run(
            [
                str(executable()),
                "init",
                str(db),
                "--unit",
                "SMOKE BN",
                "--level",
                "battalion",
                "--mission-area",
                "CF",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if init.returncode != 0:
            raise SystemExit(f"build_bundle: 'init' failed in the bundle:\n{init.stderr}")
        shown = subprocess.run(
            [str(executable()), "--db", str(db), "--screenshot", str(shot)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if shown.returncode != 0 or not shot.exists():
            raise SystemExit(f"build_bundle: the window did not start:\n{shown.stderr}")
        print(f"smoke test: {shown.stdout.strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="start the bundle once after building")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller's warnings")
    args = parser.parse_args()
    _build_qt()
    render_icons()
    run_pyinstaller(args.quiet)
    # The desktop entry and its icon travel in the folder (install: see README, Packaging).
    shutil.copy2(ICONS / "cimicdesk.png", BUNDLE / "cimicdesk.png")
    shutil.copy2(ROOT / "packaging" / "cimicdesk.desktop", BUNDLE / "cimicdesk.desktop")
    print(f"bundle: {BUNDLE} ({folder_size(BUNDLE) / 1e6:.0f} MB)")
    if args.smoke:
        smoke_test()


if __name__ == "__main__":
    main()
