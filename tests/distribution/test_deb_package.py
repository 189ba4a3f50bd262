"""The Debian package, built from a small stand-in bundle with the Debian tools: its fields
and declared X11 libraries, its files (folder, launcher, menu entry, icons) owned by root
with sane modes, and a launcher that starts the program."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fake_bundle import ROOT, load_script, make_bundle

from cimicdesk.ui.display_check import XCB_LIBRARIES

build_deb = load_script("build_deb")


def run(*command: str | Path) -> str:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package built once for this module's tests."""
    work = tmp_path_factory.mktemp("deb")
    return build_deb.build_deb(make_bundle(work), work / "dist")


@pytest.fixture(scope="module")
def contents(deb: Path) -> dict[str, tuple[str, str, str]]:
    """Path in the package → (mode, owner/group, link target or '')."""
    listed = {}
    for line in run("dpkg-deb", "--contents", deb).splitlines():
        mode, owner, _size, _day, _time, *rest = line.split()
        path, _, target = " ".join(rest).partition(" -> ")
        listed[path.removeprefix(".").rstrip("/") or "/"] = (mode, owner, target)
    return listed


def field(deb: Path, name: str) -> str:
    return run("dpkg-deb", "--field", deb, name).strip()


def test_the_package_is_named_for_the_version_and_this_machine(deb):
    arch = run("dpkg", "--print-architecture").strip()
    assert deb.name == f"cimicdesk_{build_deb.project_version()}_{arch}.deb"


def test_the_control_fields_say_what_debian_needs(deb):
    info = run("dpkg-deb", "--info", deb)
    assert "Package: cimicdesk" in info
    assert field(deb, "Version") == build_deb.project_version()
    assert field(deb, "Architecture") == run("dpkg", "--print-architecture").strip()
    assert field(deb, "Section") == "misc" and field(deb, "Priority") == "optional"
    assert "<" in field(deb, "Maintainer") and field(deb, "Maintainer").endswith(">")
    description = field(deb, "Description")
    assert description.startswith("offline civil-military coordination desk")
    assert "/opt/cimicdesk" in description
    assert int(field(deb, "Installed-Size")) >= 1


def test_depends_declares_every_library_of_qts_x11_plugin(deb):
    declared = [part.strip() for part in field(deb, "Depends").split(",")]
    names = {part.split()[0] for part in declared}
    for _library, package in XCB_LIBRARIES:
        assert package in names, package
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= names
    assert {"libgl1", "libegl1", "libfontconfig1", "libdbus-1-3", "libc6"} <= names
    libc = next(part for part in declared if part.startswith("libc6"))
    assert libc.startswith("libc6 (>= 2.")  # the C library the bundle was built against
    assert len(names) == len(declared)  # each once


def test_the_folder_goes_to_opt_with_a_launcher_menu_entry_and_icons(contents):
    for path in (
        "/opt/cimicdesk/cimicdesk",
        "/opt/cimicdesk/_internal/libfake.so.6.1.0",
        "/opt/cimicdesk/_internal/base_library.zip",
        "/usr/bin/cimicdesk",
        "/usr/share/applications/cimicdesk.desktop",
        "/usr/share/icons/hicolor/48x48/apps/cimicdesk.png",
        "/usr/share/icons/hicolor/scalable/apps/cimicdesk.svg",
        "/usr/share/doc/cimicdesk/copyright",
    ):
        assert path in contents, path
    # The library's link stays a link, as PyInstaller made it.
    mode, _, target = contents["/opt/cimicdesk/_internal/libfake.so.6"]
    assert mode.startswith("l") and target == "libfake.so.6.1.0"


def test_every_file_is_root_owned_with_sane_modes(contents):
    assert {owner for _, owner, _ in contents.values()} == {"root/root"}
    executables = {"/opt/cimicdesk/cimicdesk", "/usr/bin/cimicdesk"}
    for path, (mode, _, _) in contents.items():
        if mode.startswith("d"):
            assert mode == "drwxr-xr-x", path
        elif mode.startswith("-"):
            expected = "-rwxr-xr-x" if path in executables else "-rw-r--r--"
            assert mode == expected, path


def test_the_unpacked_launcher_starts_the_program(deb, tmp_path):
    run("dpkg-deb", "-x", deb, tmp_path)
    launcher = tmp_path / "usr" / "bin" / "cimicdesk"
    result = subprocess.run(
        [str(launcher), "--db", "my file.sqlite"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "fake cimicdesk ran with: --db my file.sqlite"
    # Through a link too, as when /usr/local/bin/cimicdesk points at it.
    link = tmp_path / "elsewhere" / "cimicdesk"
    link.parent.mkdir()
    link.symlink_to(launcher)
    assert "ran with: check" in run(link, "check")


def test_the_menu_entry_starts_the_command_with_the_installed_icon(deb, contents, tmp_path):
    run("dpkg-deb", "-x", deb, tmp_path)
    entry = tmp_path / "usr" / "share" / "applications" / "cimicdesk.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator:  # desktop-file-utils: the freedesktop.org rules in full
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (Name[fr])
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    assert section["Exec"].split()[0] == "cimicdesk"  # the launcher in /usr/bin
    assert f"/usr/share/icons/hicolor/48x48/apps/{section['Icon']}.png" in contents
    assert "Office" in section["Categories"].split(";")
    assert entry.read_bytes() == (ROOT / "packaging" / "cimicdesk.desktop").read_bytes()


def test_without_a_bundle_nothing_is_built_and_the_reason_is_given(tmp_path):
    empty = tmp_path / "CIMIC Desk"
    empty.mkdir()
    with pytest.raises(build_deb.PackagingError, match="build the bundle first"):
        build_deb.build_deb(empty, tmp_path / "dist", version="0.1.0", arch="amd64")
    assert list((tmp_path / "dist").glob("*.deb")) == []


def test_the_command_prints_the_package_it_wrote(tmp_path):
    bundle = make_bundle(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_deb.py"),
            "--bundle",
            str(bundle),
            "--out",
            str(tmp_path / "out"),
            "--compression",
            "gzip",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (written,) = (tmp_path / "out").glob("cimicdesk_*.deb")
    assert result.stdout.startswith(f"package: {written} (")


def test_a_failed_build_leaves_no_package_behind(tmp_path):
    bundle = make_bundle(tmp_path)
    with pytest.raises(build_deb.PackagingError, match=r"dpkg-deb .* failed"):
        build_deb.build_deb(bundle, tmp_path / "dist", compression="lzma-of-the-future")
    assert list((tmp_path / "dist").iterdir()) == []  # no .deb, no part of one, no staging


def test_without_the_debian_tools_the_reason_is_given(tmp_path, monkeypatch):
    bundle = make_bundle(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    with pytest.raises(build_deb.PackagingError, match=r"dpkg-deb not found: build the \.deb on"):
        build_deb.build_deb(bundle, tmp_path / "dist", arch="amd64")
    assert list((tmp_path / "dist").iterdir()) == []
