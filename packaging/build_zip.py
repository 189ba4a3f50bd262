"""Zip the bundle folder with a short install note, to hand out (the Windows build's form).

Usage:  python packaging/build_zip.py [--bundle "dist/CIMIC Desk"] [--out dist]
Output: dist/cimicdesk-<version>-windows.zip (a folder with cimicdesk.exe), or
        dist/cimicdesk-<version>-linux-<machine>.zip for a Linux folder.
The Windows folder is built on Windows (packaging/build_bundle.py); this script runs anywhere,
on whichever platform's folder it is given.
"""

from __future__ import annotations

import argparse
import os
import platform
import stat
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "CIMIC Desk"
PACKAGE = "cimicdesk"
NOTE_NAME = "README.txt"  # beside the folder, at the top of the zip

WINDOWS_NOTE = """\
CIMIC Desk {version} for Windows

Install
1. Right-click the zip file, choose "Extract All...", and extract it where you keep
   programs (for example C:\\Users\\<you>\\CIMIC Desk, or a USB stick).
2. Open the folder "{folder}" and double-click cimicdesk.exe.
   Windows may warn about an unknown publisher: choose "More info", then "Run anyway".
3. For a Start menu or desktop shortcut: right-click cimicdesk.exe, "Show more options",
   "Create shortcut", and move the shortcut where you want it.

The first start asks for your unit's name and level and for a passphrase, and creates the
database in your user folder. Nothing needs to be installed and no network is used.
Keep the whole folder together: cimicdesk.exe needs the "_internal" folder beside it.
"""

LINUX_NOTE = """\
CIMIC Desk {version} for Linux ({machine})

Install
1. Unpack the zip: unzip {zip_name}
2. Start the program: "./{folder}/cimicdesk"
On Debian and Ubuntu the .deb package is simpler: sudo apt install ./cimicdesk_*.deb
The window needs the X11 libraries listed in the project's README (Install and start).
Keep the whole folder together: cimicdesk needs the "_internal" folder beside it.
"""


class PackagingError(RuntimeError):
    """The bundle folder is missing or holds no program."""


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def bundle_platform(bundle: Path) -> str:
    """'windows' for a folder with cimicdesk.exe, else 'linux-<machine>' (cimicdesk)."""
    if (bundle / f"{PACKAGE}.exe").is_file():
        return "windows"
    if (bundle / PACKAGE).is_file():
        return f"linux-{platform.machine().lower() or 'unknown'}"
    raise PackagingError(
        f"{bundle} holds neither {PACKAGE}.exe nor {PACKAGE}: build the bundle first "
        "(python packaging/build_bundle.py)"
    )


def install_note(kind: str, version: str, folder: str, zip_name: str) -> str:
    """The README.txt at the top of the zip (Windows line ends for Notepad)."""
    if kind == "windows":
        text = WINDOWS_NOTE.format(version=version, folder=folder)
    else:
        machine = kind.removeprefix("linux-")
        text = LINUX_NOTE.format(version=version, machine=machine, folder=folder, zip_name=zip_name)
    title, rest = text.split("\n", 1)
    text = f"{title}\n{'=' * len(title)}\n{rest}"
    return text.replace("\n", "\r\n") if kind == "windows" else text


def _info(name: str, mode: int, mtime: float | None = None) -> zipfile.ZipInfo:
    stamp = time.localtime(time.time() if mtime is None else mtime)
    info = zipfile.ZipInfo(name, date_time=tuple(stamp)[:6])  # type: ignore[arg-type]
    info.create_system = 3  # Unix: the mode below is kept (an executable stays executable)
    info.external_attr = (mode & 0xFFFF) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_zip(bundle: Path = BUNDLE, out_dir: Path = ROOT / "dist") -> Path:
    """Zip `bundle` (its folder at the top of the zip) and README.txt into `out_dir`."""
    kind = bundle_platform(bundle)
    version = project_version()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}-{version}-{kind}.zip"
    partial = target.with_name(target.name + ".part")
    top = bundle.name
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        note = install_note(kind, version, top, target.name)
        archive.writestr(_info(NOTE_NAME, stat.S_IFREG | 0o644), note.encode("utf-8"))
        archive.writestr(_info(f"{top}/", stat.S_IFDIR | 0o755, bundle.stat().st_mtime), b"")
        for path in sorted(bundle.rglob("*")):
            name = f"{top}/{path.relative_to(bundle).as_posix()}"
            status = path.lstat()
            mode, mtime = status.st_mode, status.st_mtime
            if path.is_symlink():  # Qt's libraries in a Linux folder: kept as links
                archive.writestr(_info(name, mode, mtime), os.readlink(path).encode("utf-8"))
            elif path.is_dir():
                archive.writestr(_info(f"{name}/", stat.S_IFDIR | 0o755, mtime), b"")
            else:
                info = _info(name, mode, mtime)
                with path.open("rb") as source, archive.open(info, "w") as sink:
                    while chunk := source.read(1 << 20):
                        sink.write(chunk)
    partial.replace(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the bundle folder")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the zip goes")
    args = parser.parse_args()
    try:
        target = build_zip(args.bundle, args.out)
    except PackagingError as exc:
        raise SystemExit(f"build_zip: {exc}") from None
    print(f"zip: {target} ({target.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
