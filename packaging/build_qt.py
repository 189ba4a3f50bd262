"""Compile forms/*.ui, resources/app.qrc and the translations into src/cimicdesk/ui/generated,
and the message catalogues below the window (src/cimicdesk/i18n/locale/*/LC_MESSAGES/*.po)
into .mo files beside them.

Translations: every resources/translations/*.ts is compiled by lrelease into
generated/translations/*.qm, and those into a resource module (translations_rc.py,
registering :/translations/cimicdesk_fr.qm ...), so they ship in the wheel and the
bundle as Python code like the forms and icons.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = Path("forms")
QRC_FILE = Path("resources/app.qrc")
TS_DIR = Path("resources/translations")
GENERATED_DIR = Path("src/cimicdesk/ui/generated")
LOCALE_DIR = Path("src/cimicdesk/i18n/locale")
RESOURCE_MODULE = "resources_rc.py"
QM_DIR = "translations"  # under GENERATED_DIR
TRANSLATIONS_QRC = "translations.qrc"
TRANSLATIONS_MODULE = "translations_rc.py"
INIT_TEXT = '"""Generated Qt code; build output, not committed."""\n'
PROBE_TIMEOUT = 60


class BuildError(RuntimeError):
    """A Qt tool is missing or failed, or an input file is unusable."""


def _script_dirs() -> list[Path]:
    """List the directories where pip puts console scripts for this interpreter."""
    exe_dir = Path(sys.executable).parent  # not resolved: keep the venv's bin/
    dirs = [exe_dir]
    if os.name == "nt":  # a base install keeps python.exe beside its Scripts folder
        dirs.append(exe_dir / "Scripts")
    scripts = sysconfig.get_path("scripts")
    if scripts:
        dirs.append(Path(scripts))
    unique: list[Path] = []
    for directory in dirs:
        if directory not in unique:
            unique.append(directory)
    return unique


def _executable_in(directory: Path, name: str) -> Path | None:
    for candidate in (directory / name, directory / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def find_tool(tool: str) -> list[str]:
    """Return the command prefix that runs ``pyside6-<tool>`` (``uic``, ``rcc``, ``lrelease``).

    Looks next to ``sys.executable`` (a venv's bin/ or Scripts/) first, then on
    PATH, and finally tries PySide6's own entry point through this interpreter.
    """
    name = f"pyside6-{tool}"
    for directory in _script_dirs():
        found = _executable_in(directory, name)
        if found is not None:
            return [str(found)]
    on_path = shutil.which(name)
    if on_path:
        return [on_path]
    # `python -m PySide6.scripts.pyside_tool uic` does not dispatch on its
    # argument, so call the same entry point that pyside6-<tool> wraps.
    entry = f"import sys; from PySide6.scripts.pyside_tool import {tool}; sys.exit({tool}())"
    command = [sys.executable, "-c", entry]
    try:
        probe = subprocess.run(
            [*command, "--version"],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        probe = None
    if probe is not None and probe.returncode == 0:
        return command
    searched = ", ".join(str(d) for d in _script_dirs())
    raise BuildError(
        f"cannot find {name}: not in {searched}, not on PATH, and PySide6 is not "
        f"usable from {sys.executable}. Install PySide6-Essentials into this "
        "environment (pip install PySide6-Essentials) or activate the venv."
    )


def _qrc_inputs(qrc: Path) -> list[Path]:
    """List the .qrc file plus every file it names (paths are relative to the .qrc)."""
    try:
        tree = ET.parse(qrc)
    except (OSError, ET.ParseError) as exc:
        raise BuildError(f"cannot read {qrc}: {exc}") from exc
    inputs = [qrc]
    for element in tree.iter("file"):
        listed = qrc.parent / (element.text or "").strip()
        if not listed.is_file():
            raise BuildError(f"{qrc} lists {listed}, which does not exist")
        inputs.append(listed)
    return inputs


def _is_stale(target: Path, sources: list[Path]) -> bool:
    """Tell whether ``target`` is missing or not newer than every source."""
    if not target.exists():
        return True
    built = target.stat().st_mtime_ns
    return any(source.stat().st_mtime_ns >= built for source in sources)


def _run(command: list[str], source: Path, target: Path, root: Path) -> None:
    """Run ``command <source> -o <tmp>`` in ``root`` and move the result to ``target``
    (lrelease names its output with ``-qm``)."""
    tmp = target.with_name(f".{target.name}.tmp")
    output = "-qm" if "lrelease" in " ".join(command) else "-o"
    args = [*command, str(source.relative_to(root)), output, str(tmp.relative_to(root))]
    try:
        result = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise BuildError(f"cannot run {command[0]}: {exc}") from exc
    if result.returncode != 0 or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        details = (result.stderr or result.stdout).strip() or "no output"
        raise BuildError(
            f"{' '.join(command)} failed on {source.relative_to(root)} "
            f"(exit status {result.returncode}):\n{details}"
        )
    tmp.replace(target)


def _translations_qrc(out_dir: Path, catalogues: list[Path]) -> Path:
    """Write (when it changes) the .qrc that lists the compiled catalogues."""
    lines = [
        "<!DOCTYPE RCC>",
        '<RCC version="1.0">',
        '  <qresource prefix="/translations">',
        *(f'    <file alias="{qm.name}">{QM_DIR}/{qm.name}</file>' for qm in catalogues),
        "  </qresource>",
        "</RCC>",
        "",
    ]
    qrc = out_dir / TRANSLATIONS_QRC
    content = "\n".join(lines)
    if not qrc.is_file() or qrc.read_text(encoding="utf-8") != content:
        qrc.write_text(content, encoding="utf-8")
    return qrc


def build(root: Path | None = None) -> list[Path]:
    """Compile forms, resources and translations under ``root``; return the files written.

    Targets newer than their inputs (and than this script) are left alone, so a
    second call does nothing. Raises BuildError when a tool is missing or fails.
    """
    root = (root or ROOT).resolve()
    forms_dir = root / FORMS_DIR
    qrc = root / QRC_FILE
    out_dir = root / GENERATED_DIR
    if not forms_dir.is_dir() and not qrc.is_file():
        raise BuildError(f"{root} has neither {FORMS_DIR}/ nor {QRC_FILE}; wrong root?")
    script = Path(__file__).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)

    jobs: list[tuple[str, Path, Path, list[Path]]] = [
        ("uic", form, out_dir / f"ui_{form.stem}.py", [form, script])
        for form in sorted(forms_dir.glob("*.ui"))
    ]
    if qrc.is_file():
        jobs.append(("rcc", qrc, out_dir / RESOURCE_MODULE, [*_qrc_inputs(qrc), script]))

    built: list[Path] = []
    init = out_dir / "__init__.py"
    if not init.is_file() or init.read_text(encoding="utf-8") != INIT_TEXT:
        init.write_text(INIT_TEXT, encoding="utf-8")
        built.append(init)

    tools: dict[str, list[str]] = {}

    def run_jobs(todo: list[tuple[str, Path, Path, list[Path]]]) -> None:
        for tool, source, target, inputs in todo:
            if not _is_stale(target, inputs):
                continue
            if tool not in tools:
                tools[tool] = find_tool(tool)
            _run(tools[tool], source, target, root)
            built.append(target)

    run_jobs(jobs)

    catalogues = sorted((root / TS_DIR).glob("*.ts"))
    if catalogues:
        qm_dir = out_dir / QM_DIR
        qm_dir.mkdir(exist_ok=True)
        compiled = [qm_dir / f"{ts.stem}.qm" for ts in catalogues]
        run_jobs(
            [
                ("lrelease", ts, qm, [ts, script])
                for ts, qm in zip(catalogues, compiled, strict=True)
            ]
        )
        qrc = _translations_qrc(out_dir, compiled)
        module = out_dir / TRANSLATIONS_MODULE
        run_jobs([("rcc", qrc, module, [qrc, *compiled, script])])
    built += compile_message_catalogues(root, script)
    return built


def compile_message_catalogues(root: Path, script: Path) -> list[Path]:
    """Compile the gettext catalogues of the layers below the window (.po -> .mo, Babel)."""
    written = []
    for po in sorted((root / LOCALE_DIR).glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not _is_stale(mo, [po, script]):
            continue
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with po.open("rb") as source:
            catalogue = read_po(source)
        temporary = mo.with_suffix(".mo.tmp")
        with temporary.open("wb") as target:
            # Fuzzy entries are guesses of the merge, not translations: English shows instead.
            write_mo(target, catalogue, use_fuzzy=False)
        temporary.replace(mo)
        written.append(mo)
    return written


def main() -> int:
    """Command-line entry point: build, report each file written, exit 1 on failure."""
    try:
        built = build()
    except BuildError as exc:
        print(f"build_qt: error: {exc}", file=sys.stderr)
        return 1
    for path in built:
        try:
            shown = path.relative_to(ROOT)
        except ValueError:
            shown = path
        print(f"built {shown.as_posix()}")
    if not built:
        print("build_qt: everything is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
