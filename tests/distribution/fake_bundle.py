"""A small stand-in for the PyInstaller folder: a program script, a library, its link, the icon."""

from __future__ import annotations

import importlib.util
import os
import struct
import zlib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = """#!/bin/sh
echo "fake cimicdesk ran with: $*"
"""


def load_script(name: str) -> ModuleType:
    """One of packaging/*.py as a module (they are scripts, not part of the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png(width: int, height: int) -> bytes:
    """A plain grey PNG of that size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def make_bundle(parent: Path, *, windows: bool = False) -> Path:
    """Write "CIMIC Desk/" under `parent` as build_bundle.py lays it out; return it."""
    bundle = parent / "CIMIC Desk"
    internal = bundle / "_internal"
    internal.mkdir(parents=True)
    program = bundle / ("cimicdesk.exe" if windows else "cimicdesk")
    program.write_text(PROGRAM, encoding="utf-8")
    program.chmod(0o700)  # a tight umask at build time: the package must still open it up
    (internal / "libfake.so.6.1.0").write_bytes(b"\x7fELF fake library")
    if not windows:
        os.symlink("libfake.so.6.1.0", internal / "libfake.so.6")
    (internal / "base_library.zip").write_bytes(b"PK fake")
    (internal / "base_library.zip").chmod(0o600)
    (bundle / "cimicdesk.png").write_bytes(png(48, 48))
    (bundle / "cimicdesk.desktop").write_bytes(
        (ROOT / "packaging" / "cimicdesk.desktop").read_bytes()
    )
    return bundle
