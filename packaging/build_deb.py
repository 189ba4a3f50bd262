"""Build the Debian package from the bundle folder: the program in /opt/cimicdesk, a launcher,
a menu entry and its icon, the system libraries of Qt's X11 plugin declared as dependencies.

Usage:  python packaging/build_deb.py [--bundle "dist/CIMIC Desk"] [--out dist]
Output: dist/cimicdesk_<version>_<architecture>.deb
Install: sudo apt install ./dist/cimicdesk_<version>_<architecture>.deb (apt fetches the
libraries it lacks), then start CIMIC Desk from the menu or type `cimicdesk`.
Needs the Debian tools dpkg-deb and dpkg (build the bundle first: packaging/build_bundle.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "CIMIC Desk"
PACKAGE = "cimicdesk"
EXECUTABLE = "cimicdesk"  # the bundle's program, as PyInstaller names it
INSTALL_DIR = Path("opt") / PACKAGE
LAUNCHER = Path("usr") / "bin" / PACKAGE
DESKTOP_ENTRY = ROOT / "packaging" / "cimicdesk.desktop"
SCALABLE_ICON = ROOT / "resources" / "icons" / "app.svg"
BUNDLE_ICON = "cimicdesk.png"  # build_bundle.py renders it into the folder
DEFAULT_MAINTAINER = "CIMIC Desk project <cimicdesk@example.invalid>"
SECTION = "misc"
PRIORITY = "optional"
# Qt's OpenGL and EGL, which no bundle carries (the X11 plugin's other libraries are in
# display_check.XCB_LIBRARIES).
GRAPHICS_PACKAGES = ("libgl1", "libegl1")
SUMMARY = "offline civil-military coordination desk (CIMIC)"
DESCRIPTION = """\
CIMIC Desk keeps a CIMIC cell's liaison log, contacts, organisations, quick impact
projects, incidents and support requests in one encrypted database per unit, writes the
weekly sitrep and the handover brief, and exchanges signed unit files with its
headquarters on a USB stick. It works without a network.
.
This package installs the self-contained program folder (Python and Qt inside) in
/opt/cimicdesk, the command cimicdesk and a desktop menu entry."""
# /usr/bin/cimicdesk: starts the program from the folder two levels up and across, so the
# same script works installed (/usr/bin → /opt/cimicdesk) and unpacked anywhere for a check.
LAUNCHER_SCRIPT = f"""#!/bin/sh
# CIMIC Desk: start the program installed in /{INSTALL_DIR}.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../../{INSTALL_DIR}/{EXECUTABLE}" "$@"
"""


class PackagingError(RuntimeError):
    """The bundle folder is not there or not usable, or a Debian tool failed."""


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml, the package's version."""
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def architecture() -> str:
    """This machine's Debian architecture (amd64, arm64…): the bundle's, built here."""
    return _run(["dpkg", "--print-architecture"]).strip()


def glibc_version() -> str:
    """The C library the bundle was built against here (its programs need as new a one)."""
    found = os.confstr("CS_GNU_LIBC_VERSION") if hasattr(os, "confstr") else None
    return found.split()[-1] if found else ""


def _xcb_packages() -> list[str]:
    """The Debian packages of Qt's X11 plugin's system libraries, from the list the program
    checks at start (ui/display_check.py), so the two cannot disagree."""
    sys.path.insert(0, str(ROOT / "src"))
    try:
        from cimicdesk.ui.display_check import XCB_LIBRARIES
    finally:
        sys.path.remove(str(ROOT / "src"))
    return [package for _, package in XCB_LIBRARIES]


def depends(glibc: str | None = None) -> list[str]:
    """The Depends field's packages: the C library, Qt's X11 plugin's libraries, GL/EGL."""
    glibc = glibc_version() if glibc is None else glibc
    libc = [f"libc6 (>= {glibc})" if glibc else "libc6"]
    seen: list[str] = []
    for package in [*libc, *_xcb_packages(), *GRAPHICS_PACKAGES]:
        if package not in seen:
            seen.append(package)
    return seen


def png_size(path: Path) -> tuple[int, int]:
    """Width and height of a PNG, read from its header."""
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        raise PackagingError(f"{path} is not a PNG image")
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)


def control_text(
    *,
    version: str,
    arch: str,
    installed_kib: int,
    depends_on: Iterable[str],
    maintainer: str,
) -> str:
    """The DEBIAN/control file."""
    fields = [
        ("Package", PACKAGE),
        ("Version", version),
        ("Architecture", arch),
        ("Maintainer", maintainer),
        ("Installed-Size", str(installed_kib)),
        ("Depends", ", ".join(depends_on)),
        ("Section", SECTION),
        ("Priority", PRIORITY),
        ("Description", f"{SUMMARY}\n" + "\n".join(f" {line}" for line in DESCRIPTION.split("\n"))),
    ]
    return "".join(f"{name}: {value}\n" for name, value in fields if value)


def _normalise_modes(tree: Path) -> None:
    """Folders 0755, files 0755 when executable else 0644 (umask and bundle do not matter)."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def _installed_kib(tree: Path) -> int:
    total = sum(p.lstat().st_size for p in tree.rglob("*") if p.is_file() or p.is_symlink())
    return max(1, -(-total // 1024))


def stage(bundle: Path, tree: Path) -> None:
    """Lay out the installed files under `tree` as they will be on the laptop."""
    program = bundle / EXECUTABLE
    if not program.is_file():
        raise PackagingError(
            f"{program} not found: build the bundle first (python packaging/build_bundle.py)"
        )
    if not os.access(program, os.X_OK):
        raise PackagingError(f"{program} is not executable")
    shutil.copytree(bundle, tree / INSTALL_DIR, symlinks=True)
    launcher = tree / LAUNCHER
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER_SCRIPT, encoding="utf-8")
    launcher.chmod(0o755)
    applications = tree / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(DESKTOP_ENTRY, applications / f"{PACKAGE}.desktop")
    icons = tree / "usr" / "share" / "icons" / "hicolor"
    png = bundle / BUNDLE_ICON
    if not png.is_file():
        raise PackagingError(f"{png} not found: the bundle carries the icon (build_bundle.py)")
    width, height = png_size(png)
    sized = icons / f"{width}x{height}" / "apps"
    sized.mkdir(parents=True)
    shutil.copyfile(png, sized / f"{PACKAGE}.png")
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(SCALABLE_ICON, scalable / f"{PACKAGE}.svg")
    doc = tree / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "CIMIC Desk\nLicense: MIT (see the project's pyproject.toml). The folder in "
        f"/{INSTALL_DIR} carries Python, Qt (LGPLv3) and the libraries listed in "
        "the project's pyproject.toml, each under its own licence.\n",
        encoding="utf-8",
    )


def build_deb(
    bundle: Path = BUNDLE,
    out_dir: Path = ROOT / "dist",
    *,
    version: str | None = None,
    arch: str | None = None,
    maintainer: str | None = None,
    compression: str = "xz",
) -> Path:
    """Build the .deb from `bundle` into `out_dir`; return its path."""
    version = version or project_version()
    arch = arch or architecture()
    maintainer = maintainer or _maintainer()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="cimicdesk-deb-", dir=out_dir) as folder:
        tree = Path(folder) / "root"
        tree.mkdir()
        stage(bundle, tree)
        control_dir = tree / "DEBIAN"
        control_dir.mkdir()
        (control_dir / "control").write_text(
            control_text(
                version=version,
                arch=arch,
                installed_kib=_installed_kib(tree),
                depends_on=depends(),
                maintainer=maintainer,
            ),
            encoding="utf-8",
        )
        _normalise_modes(tree)
        # Every file owned by root:root in the archive, whoever builds it (no fakeroot needed).
        partial = target.with_name(f".{target.name}.part")  # no half-written .deb is left
        try:
            _run(
                [
                    "dpkg-deb",
                    "--root-owner-group",
                    f"-Z{compression}",
                    "--build",
                    str(tree),
                    str(partial),
                ]
            )
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.replace(target)
    return target


def _maintainer() -> str:
    """Debian's own convention: DEBFULLNAME and DEBEMAIL when set."""
    name, email = os.environ.get("DEBFULLNAME", ""), os.environ.get("DEBEMAIL", "")
    return f"{name} <{email}>" if name and email else DEFAULT_MAINTAINER


def _run(command: list[str]) -> str:
    if shutil.which(command[0]) is None:
        raise PackagingError(f"{command[0]} not found: build the .deb on Debian or Ubuntu")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise PackagingError(f"{' '.join(command)} failed:\n{result.stderr.strip()}")
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the bundle folder")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .deb goes")
    parser.add_argument(
        "--compression",
        choices=("xz", "gzip", "zstd", "none"),
        default="xz",
        help="dpkg-deb's compression (xz: smallest; gzip: fastest to build)",
    )
    args = parser.parse_args()
    try:
        target = build_deb(args.bundle, args.out, compression=args.compression)
    except PackagingError as exc:
        raise SystemExit(f"build_deb: {exc}") from None
    print(f"package: {target} ({target.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
