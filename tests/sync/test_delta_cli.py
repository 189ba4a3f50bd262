"""`cimicdesk export --since-last` / `--since EXPORT_ID`: delta unit files from the command line."""

from __future__ import annotations

import pytest
from factories import make_contact, make_org

from cimicdesk.cli import main
from cimicdesk.store.database import open_database


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pair(tmp_path, capsys):
    """A battalion and its sector HQ, each enrolled at the other; closed."""
    paths = {"sector": tmp_path / "sector.sqlite", "bn1": tmp_path / "bn1.sqlite"}
    for key, name, level in (("sector", "SECTOR W", "sector"), ("bn1", "BANBAT 1", "battalion")):
        assert _run(capsys, "init", paths[key], "--unit", name, "--level", level)[0] == 0
        assert _run(capsys, "card", paths[key], "--out", tmp_path / f"{key}.card")[0] == 0
    assert _run(capsys, "enrol", paths["sector"], tmp_path / "bn1.card")[0] == 0
    assert _run(capsys, "enrol", paths["bn1"], tmp_path / "sector.card")[0] == 0
    return paths


def _export_id(text: str) -> str:
    return next(line.split()[-1] for line in text.splitlines() if "export id" in line)


def test_since_last_writes_a_delta_that_imports_on_top_of_its_base(pair, tmp_path, capsys):
    with open_database(pair["bn1"]) as bn1:
        org = make_org(bn1, "UNHCR")
    code, text, err = _run(capsys, "export", pair["bn1"], "--out", tmp_path / "w1.cimic")
    assert (code, err) == (0, "") and "delta since" not in text
    first = _export_id(text)
    assert _run(capsys, "import", pair["sector"], tmp_path / "w1.cimic")[0] == 0
    with open_database(pair["bn1"]) as bn1:
        make_contact(bn1, "Awa Yakité", organisation_id=org.id)
    code, text, err = _run(
        capsys, "export", pair["bn1"], "--out", tmp_path / "w2.cimic", "--since-last"
    )
    assert (code, err) == (0, "")
    assert f"delta since   {first}" in text and "records       1" in text
    code, text, err = _run(capsys, "import", pair["sector"], tmp_path / "w2.cimic")
    assert (code, err) == (0, "") and "w2.cimic: imported" in text
    with open_database(pair["sector"]) as sector:
        assert sector.db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 1
    # Naming the base: the same delta again, as a new file; a full file stays the default.
    code, text, _ = _run(
        capsys, "export", pair["bn1"], "--out", tmp_path / "w2b.cimic", "--since", first
    )
    assert code == 0 and f"delta since   {first}" in text


def test_a_delta_without_its_base_is_refused_with_exit_2(pair, tmp_path, capsys):
    with open_database(pair["bn1"]) as bn1:
        make_org(bn1, "UNHCR")
    code, _, err = _run(
        capsys, "export", pair["bn1"], "--out", tmp_path / "d.cimic", "--since-last"
    )
    assert code == 2 and "full unit file" in err and not (tmp_path / "d.cimic").exists()
    _run(capsys, "export", pair["bn1"], "--out", tmp_path / "w1.cimic")  # never sent
    with open_database(pair["bn1"]) as bn1:
        make_org(bn1, "MSF")
    assert (
        _run(capsys, "export", pair["bn1"], "--out", tmp_path / "d.cimic", "--since-last")[0] == 0
    )
    before = pair["sector"].read_bytes()
    code, text, err = _run(capsys, "import", pair["sector"], tmp_path / "d.cimic")
    assert code == 2 and text == "" and "full unit file" in err and "Traceback" not in err
    assert pair["sector"].read_bytes() == before
    code, _, err = _run(
        capsys, "export", pair["bn1"], "--out", tmp_path / "x.cimic", "--since", "nope"
    )
    assert code == 2 and "nope" in err


def test_since_last_and_since_do_not_go_together(pair, tmp_path, capsys):
    args = ("export", pair["bn1"], "--out", tmp_path / "x", "--since-last", "--since", "a")
    code, _, err = _run(capsys, *args)
    assert code == 2 and "not allowed" in err and not (tmp_path / "x").exists()
