"""The zip of the bundle folder (the Windows build's form): the folder whole at the top, an
install note beside it, modes and links kept; built here from small stand-in folders."""

from __future__ import annotations

import shutil
import stat
import subprocess
import zipfile

import pytest
from fake_bundle import load_script, make_bundle

build_zip = load_script("build_zip")


def mode(info: zipfile.ZipInfo) -> int:
    return info.external_attr >> 16


def test_a_windows_folder_is_zipped_whole_with_its_install_note(tmp_path):
    bundle = make_bundle(tmp_path, windows=True)
    target = build_zip.build_zip(bundle, tmp_path / "dist")
    assert target.name == f"cimicdesk-{build_zip.project_version()}-windows.zip"
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert names[:2] == ["README.txt", "CIMIC Desk/"]
        assert archive.getinfo("CIMIC Desk/cimicdesk.exe").date_time[0] >= 2024  # its own
        files = {p.relative_to(tmp_path).as_posix() for p in bundle.rglob("*") if p.is_file()}
        assert files <= set(names)
        assert "CIMIC Desk/cimicdesk.exe" in names and "CIMIC Desk/_internal/" in names
        for name in files:
            assert archive.read(name) == (tmp_path / name).read_bytes(), name
        note = archive.read("README.txt").decode("utf-8")
    assert "cimicdesk.exe" in note and 'Open the folder "CIMIC Desk"' in note
    assert "_internal" in note  # keep the folder together
    assert "\r\n" in note and "\n" not in note.replace("\r\n", "")  # Notepad's line ends
    title, underline = note.split("\r\n")[:2]
    assert title.startswith("CIMIC Desk ") and underline == "=" * len(title)
    assert not list((tmp_path / "dist").glob("*.part"))


def test_a_linux_folder_keeps_its_executable_and_its_links(tmp_path):
    bundle = make_bundle(tmp_path)
    target = build_zip.build_zip(bundle, tmp_path / "dist")
    assert target.name.startswith(f"cimicdesk-{build_zip.project_version()}-linux-")
    with zipfile.ZipFile(target) as archive:
        program = archive.getinfo("CIMIC Desk/cimicdesk")
        assert mode(program) & stat.S_IXUSR
        link = archive.getinfo("CIMIC Desk/_internal/libfake.so.6")
        assert stat.S_ISLNK(mode(link))
        assert archive.read(link) == b"libfake.so.6.1.0"
        note = archive.read("README.txt").decode("utf-8")
    assert "./CIMIC Desk/cimicdesk" in note and "apt install ./cimicdesk_" in note
    unzip = shutil.which("unzip")
    if unzip:  # Info-ZIP restores the link and the mode: the program starts from the copy
        out = tmp_path / "unzipped"
        subprocess.run([unzip, "-q", str(target), "-d", str(out)], check=True)
        assert (out / "CIMIC Desk" / "_internal" / "libfake.so.6").is_symlink()
        ran = subprocess.run(
            [str(out / "CIMIC Desk" / "cimicdesk"), "check"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert ran.stdout.strip() == "fake cimicdesk ran with: check"


def test_a_folder_without_the_program_is_refused(tmp_path):
    (tmp_path / "CIMIC Desk").mkdir()
    with pytest.raises(build_zip.PackagingError, match="build the bundle first"):
        build_zip.build_zip(tmp_path / "CIMIC Desk", tmp_path / "dist")
    assert not list((tmp_path / "dist").glob("*.zip"))
