"""The enrolment on the command line: import --enrol FINGERPRINT, card, enrol, units."""

from __future__ import annotations

import re

import pytest
from factories import make_org
from sync_helpers import unsealed_copy

from cimicdesk.cli import main
from cimicdesk.store.database import open_database


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


FINGERPRINT = re.compile(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")


@pytest.fixture
def units(tmp_path, capsys):
    """A sector and a battalion that have not met; the battalion's export; its fingerprint
    as `init` printed it."""
    sector, bn = tmp_path / "sector.sqlite", tmp_path / "bn1.sqlite"
    assert _run(capsys, "init", sector, "--unit", "SECTOR W", "--level", "sector")[0] == 0
    code, out, _ = _run(capsys, "init", bn, "--unit", "BANBAT 1", "--level", "battalion")
    assert code == 0
    (line,) = [line for line in out.splitlines() if "fingerprint" in line]
    fingerprint = FINGERPRINT.search(line).group(0)
    with open_database(bn) as store:
        make_org(store, "UNHCR")
    out_file = tmp_path / "BANBAT1.cimic"
    assert _run(capsys, "export", bn, "--out", out_file)[0] == 0
    return sector, bn, out_file, fingerprint


def _bytes(path):
    return path.read_bytes(), (path.parent / f"{path.name}-wal").exists()


def test_import_from_a_new_unit_needs_its_fingerprint(units, capsys):
    sector, _, file, fingerprint = units
    before = _bytes(sector)
    code, out, err = _run(capsys, "import", sector, file)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "comes from BANBAT 1 (Battalion)" in err
    assert f"--enrol {fingerprint}" in err and "Nothing was changed" in err
    code, _, err = _run(capsys, "import", sector, file, "--enrol", "AAAA-BBBB-CCCC-DDDD")
    assert code == 2 and "not the one confirmed" in err
    code, _, err = _run(capsys, "import", sector, file, "--enrol", "not a fingerprint")
    assert code == 2 and "is not a key fingerprint" in err
    assert _bytes(sector) == before
    code, out, err = _run(capsys, "import", sector, file, "--enrol", fingerprint.lower())
    assert (code, err) == (0, "")
    assert f"signed by     {fingerprint} (enrolled now: fingerprint confirmed)" in out
    code, out, _ = _run(capsys, "units", sector)
    assert code == 0 and "This database: SECTOR W (Sector HQ)" in out
    assert re.search(rf"BANBAT 1 +battalion +{fingerprint} +enrolled .*confirmed at import", out)


def test_a_card_enrols_the_unit_and_checks_the_fingerprint_read_to_you(units, tmp_path, capsys):
    sector, bn, file, fingerprint = units
    card = tmp_path / "BANBAT1.card"
    code, out, _ = _run(capsys, "card", bn, "--out", card)
    assert code == 0 and out.startswith("BANBAT 1 (Battalion)\n")
    assert f"fingerprint   {fingerprint}" in out and card.exists()
    code, _, err = _run(capsys, "enrol", sector, card, "--fingerprint", "AAAA-BBBB-CCCC-DDDD")
    assert code == 2 and f"carries the key {fingerprint}, not AAAA-BBBB-CCCC-DDDD" in err
    assert "No unit is enrolled here." in _run(capsys, "units", sector)[1]
    code, out, err = _run(capsys, "enrol", sector, card, "--fingerprint", fingerprint)
    assert (code, err) == (0, "") and f"fingerprint   {fingerprint}" in out
    code, out, err = _run(capsys, "import", sector, file)  # no --enrol needed now
    assert (code, err) == (0, "") and f"{fingerprint} (enrolled)" in out
    assert "from its card" in _run(capsys, "units", sector)[1]


def test_a_new_laptop_without_handover_needs_replace(units, tmp_path, capsys):
    sector, bn, _, fingerprint = units
    _run(capsys, "card", bn, "--out", tmp_path / "old.card")
    assert _run(capsys, "enrol", sector, tmp_path / "old.card")[0] == 0
    other = tmp_path / "new-laptop.sqlite"
    _run(capsys, "init", other, "--unit", "BANBAT 1", "--level", "battalion")
    _run(capsys, "card", other, "--out", tmp_path / "new.card")
    code, _, err = _run(capsys, "enrol", sector, tmp_path / "new.card")
    assert code == 2 and f"already enrolled here with the key {fingerprint}" in err
    assert _run(capsys, "enrol", sector, tmp_path / "new.card", "--replace")[0] == 0
    code, out, _ = _run(capsys, "units", sector, "--all")
    assert f"{fingerprint}" in out and "retired" in out and "in use" in out


def test_takeover_says_whether_its_key_is_vouched_for(units, tmp_path, capsys):
    _, bn, file, fingerprint = units
    code, out, _ = _run(
        capsys, "handover", bn, "--out", tmp_path / "stick", "--by", "Maj A", "--to", "Maj B"
    )
    assert code == 0 and f"signed by     {fingerprint}" in out
    (handover,) = (tmp_path / "stick").glob("*.cimic")
    code, out, _ = _run(capsys, "takeover", handover, "--to", tmp_path / "new.sqlite", "--by", "B")
    assert code == 0 and "vouched for by the outgoing contingent's" in out
    assert fingerprint not in out  # a new key
    inner = unsealed_copy(file, tmp_path / "inner.sqlite")  # as its headquarters opens it
    code, out, _ = _run(capsys, "takeover", inner, "--to", tmp_path / "copy.sqlite", "--by", "X")
    assert code == 0 and "headquarters must enrol it again" in out
    code, _, err = _run(capsys, "export", bn, "--out", tmp_path / "late.cimic")
    assert code == 2 and "no signing key in use" in err
