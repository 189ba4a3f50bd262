"""The exchange commands: exit codes, what they print, and files left untouched on refusal."""

from __future__ import annotations

import json

import pytest
from factories import make_contact, make_org

from cimicdesk.cli import main
from cimicdesk.store.database import open_database
from cimicdesk.store.organisations import get_organisation, save_organisation


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path, capsys):
    """A sector database and two battalions sharing one organisation; all closed. The
    sector and the battalions know each other: each enrolled the others' cards."""
    paths = {
        "sector": tmp_path / "sector.sqlite",
        "bn1": tmp_path / "bn1.sqlite",
        "bn2": tmp_path / "bn2.sqlite",
    }
    units = {"sector": ("SECTOR W", "sector"), "bn1": ("BANBAT 1", "battalion")}
    units["bn2"] = ("BANBAT 2", "battalion")
    for key, path in paths.items():
        name, level = units[key]
        assert _run(capsys, "init", path, "--unit", name, "--level", level)[0] == 0
        assert _run(capsys, "card", path, "--out", tmp_path / f"{key}.card")[0] == 0
    for key in ("bn1", "bn2"):
        assert _run(capsys, "enrol", paths["sector"], tmp_path / f"{key}.card")[0] == 0
        assert _run(capsys, "enrol", paths[key], tmp_path / "sector.card")[0] == 0
    with open_database(paths["sector"]) as sector:
        org = make_org(sector, "UNHCR", place="Bambari", phones=("+236 75 12 34 56",))
    start = tmp_path / "start.cimic"
    assert _run(capsys, "export", paths["sector"], "--out", start)[0] == 0
    for key in ("bn1", "bn2"):
        assert _run(capsys, "import", paths[key], start)[0] == 0
    paths["org"] = org.id
    return paths


def test_export_prints_the_manifest_and_refuses_to_overwrite(files, tmp_path, capsys):
    out = tmp_path / "BANBAT1-2026-W47.cimic"
    code, text, err = _run(capsys, "export", files["bn1"], "--out", out)
    assert (code, err) == (0, "")
    assert "Exported BANBAT 1 to" in text and "export id" in text and "ed25519-rows-v2" in text
    code, _, err = _run(capsys, "export", files["bn1"], "--out", out)
    assert code == 2 and "already exists" in err
    assert _run(capsys, "export", files["bn1"], "--out", out, "--force")[0] == 0


def test_import_prints_a_table_then_already_imported(files, tmp_path, capsys):
    with open_database(files["bn1"]) as bn1:
        make_contact(bn1, "Awa Yakité", organisation_id=files["org"])
    out = tmp_path / "bn1.cimic"
    _run(capsys, "export", files["bn1"], "--out", out)
    code, text, err = _run(capsys, "import", files["sector"], out)
    assert (code, err) == (0, "")
    assert "bn1.cimic: imported" in text and "from          BANBAT 1" in text
    row = next(line for line in text.splitlines() if line.strip().startswith("contacts"))
    assert row.split()[1:] == ["1", "0", "0", "0", "0", "0", "0"]
    assert "backup" in text
    code, text, _ = _run(capsys, "import", files["sector"], out)
    assert code == 0 and "already imported" in text


def test_a_refused_file_exits_2_and_leaves_the_database_as_it_was(files, tmp_path, capsys):
    bad = tmp_path / "copy.cimic"
    bad.write_bytes(files["bn1"].read_bytes())  # a database file, not an export
    before = files["sector"].read_bytes()
    backups = sorted((tmp_path / "backups").iterdir())
    code, text, err = _run(capsys, "import", files["sector"], bad)
    assert code == 2 and text == ""
    assert "copy.cimic" in err and "File → Export" in err and "Traceback" not in err
    assert files["sector"].read_bytes() == before
    assert sorted((tmp_path / "backups").iterdir()) == backups


def test_conflicts_are_listed_and_settled(files, tmp_path, capsys):
    for key, place in (("bn1", "Bria"), ("bn2", "Ndélé")):
        with open_database(files[key]) as store:
            org = get_organisation(store, files["org"])
            org.place = place
            save_organisation(store, org)
        _run(capsys, "export", files[key], "--out", tmp_path / f"{key}.cimic")
    _run(capsys, "import", files["sector"], tmp_path / "bn1.cimic", tmp_path / "bn2.cimic")
    code, text, _ = _run(capsys, "conflicts", files["sector"])
    assert code == 0 and "open" in text and "'UNHCR' place" in text
    seq = text.split()[0]
    code, text, _ = _run(capsys, "conflicts", files["sector"], "--keep-other", seq)
    assert code == 0 and f"Conflict {seq}: place is now" in text
    assert "No conflicts" in _run(capsys, "conflicts", files["sector"])[1]
    assert "settled" in _run(capsys, "conflicts", files["sector"], "--all")[1]
    code, _, err = _run(capsys, "conflicts", files["sector"], "--keep-other", seq)
    assert code == 2 and "already settled" in err


def test_duplicates_are_listed_and_merged(files, tmp_path, capsys):
    with open_database(files["bn1"]) as bn1:
        make_org(bn1, "Red Crescent Kilo", phones=("+236 70 00 00 01",))
    with open_database(files["bn2"]) as bn2:
        make_org(bn2, "red crescent kilo", phones=("70000001",))
    for key in ("bn1", "bn2"):
        _run(capsys, "export", files[key], "--out", tmp_path / f"{key}.cimic")
    _, text, _ = _run(
        capsys, "import", files["sector"], tmp_path / "bn1.cimic", tmp_path / "bn2.cimic"
    )
    assert "possible duplicate" in text
    code, text, _ = _run(capsys, "duplicates", files["sector"])
    assert code == 0 and "same name and phone" in text
    ids = [word for word in text.split() if len(word) == 36 and word.count("-") == 4]
    code, text, _ = _run(capsys, "duplicates", files["sector"], "--merge", ids[0], ids[1])
    assert code == 0 and "merged into" in text
    assert "No duplicates" in _run(capsys, "duplicates", files["sector"])[1]


def test_handover_then_takeover(files, tmp_path, capsys):
    stick = tmp_path / "stick"
    code, text, err = _run(
        capsys, "handover", files["bn1"], "--out", stick, "--by", "Maj A", "--to", "Maj B"
    )
    assert (code, err) == (0, "")
    assert "read-only" in text and ".pdf" in text
    code, _, err = _run(capsys, "seed", files["bn1"], "--entries", "5", "--seed", "1")
    assert code == 2 and "not a training one" in err
    package = next(stick.glob("*.cimic"))
    target = tmp_path / "new-laptop" / "bn1.sqlite"
    code, text, err = _run(capsys, "takeover", package, "--to", target, "--by", "Maj B")
    assert (code, err) == (0, "")
    assert "Took over BANBAT 1" in text and "(new)" in text
    code, _, err = _run(capsys, "takeover", package, "--to", target, "--by", "Maj B")
    assert code == 2 and "never overwrites" in err
    with open_database(target) as taken:  # writable again, and still a real database
        assert taken.read_only_reason() == "" and not taken.training


def test_records_export_and_import(files, tmp_path, capsys):
    out = tmp_path / "records.jsonl"
    code, text, _ = _run(capsys, "records", "export", files["sector"], "--out", out)
    assert code == 0 and "wrote 1 records" in text
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["type"] == "organisation" and line["name"] == "UNHCR"
    code, text, _ = _run(capsys, "records", "import", files["bn1"], out)
    assert code == 0 and "applied 1 lines" in text
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "organisation", "name": "ok"}\n{"type": "truck"}\n')
    code, _, err = _run(capsys, "records", "import", files["bn1"], bad)
    assert code == 2 and "line 2: unknown type 'truck'" in err


def test_the_commands_explain_themselves(capsys):
    for command in ("export", "import", "conflicts", "duplicates", "handover", "takeover"):
        assert main([command, "--help"]) == 0
    assert main(["records", "--help"]) == 0
    text = capsys.readouterr().out
    assert "manifest" in text and "JSON Lines" in text
