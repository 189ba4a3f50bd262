"""The assessments' HXL export: libhxl reads it, its default schema finds no error, and
the figures read back as they were saved; one row per assessment and sector looked at."""

from __future__ import annotations

import io

import hxl
import pytest
from assessment_samples import FACTS, INFORMANT, RESTRICTED, build_assessments
from factories import PASSPHRASE

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import CimicError
from cimicdesk.reports import commands
from cimicdesk.reports.assessment_hxl import COLUMNS
from cimicdesk.store import assessments
from cimicdesk.store.database import create_database


def hxl_source(path):
    """libhxl reading the CSV from its bytes (it leaves a file it opened unclosed)."""
    return hxl.data(io.BytesIO(path.read_bytes()))


def read_rows(path):
    """The hashtags as written, and each row as hashtag -> value, as libhxl reads them."""
    source = hxl_source(path)
    tags = [c.display_tag for c in source.columns]
    return tags, [dict(zip(tags, row.values, strict=True)) for row in source]


def _by_sector(rows):
    return {(r["#loc+name"], r["#sector+name"]): r for r in rows}


def test_libhxl_reads_every_tag_and_the_figures_saved(store, tmp_path):
    saved = build_assessments(store)
    out = commands.write_assessments_hxl(store, tmp_path / "assessments.csv")
    tags, rows = read_rows(out)
    assert tags == [c.tag for c in COLUMNS]
    for wanted in (
        "#adm1+name",
        "#loc+name",
        "#sector+name",
        "#affected+idps+total",
        "#inneed",
        "#severity",
        "#org+name+assessor",
        "#meta+id",
    ):
        assert wanted in tags
    # One row per sector looked at: three at Kidjigra (in the scale's order), one at the site.
    assert [(r["#loc+name"], r["#sector+name"]) for r in rows] == [
        ("Kidjigra", "Access and security"),
        ("Kidjigra", "Water, sanitation and hygiene"),
        ("Kidjigra", "Health"),
        ("Site Élevage", "Shelter and non-food items"),
    ]
    rows_of = _by_sector(rows)
    wash = rows_of["Kidjigra", "Water, sanitation and hygiene"]
    assert wash["#meta+id"] == saved.kidjigra.reference
    assert (wash["#date+assessed"], wash["#loc+type"]) == ("2026-11-18", "Village")
    assert (wash["#adm1+name"], wash["#adm2+name"]) == ("Ouaka", "Bambari")
    assert wash["#org+name+assessor"] == "BANBAT 1; UNICEF"
    assert 5.0 < float(wash["#geo+lat"]) < 6.5 and 20.0 < float(wash["#geo+lon"]) < 21.5
    assert (wash["#severity"], wash["#sector+cluster+code"]) == ("4", "WSH")
    assert wash["#description+facts"] == FACTS  # the officer's words, line break and all
    assert wash["#meta+source"] == "chef de village, own observation"
    figures = {tag: wash[tag] for tag in tags if tag.startswith(("#population", "#affected"))}
    assert figures == {
        "#population+total": "2400",
        "#population+f+adults": "700",
        "#population+m+adults": "650",
        "#population+children": "1000",
        "#affected+idps+total": "350",
        "#affected+idps+f+adults": "120",
        "#affected+idps+m+adults": "",  # not known stays empty, not 0
        "#affected+idps+children": "180",
        "#affected+returnees+total": "0",  # none is 0
        "#affected+returnees+f+adults": "",
        "#affected+returnees+m+adults": "",
        "#affected+returnees+children": "",
    }
    assert rows_of["Kidjigra", "Access and security"]["#sector+cluster+code"] == ""
    # A sector seen but not rated is empty, never 1; no row claims people in need.
    assert rows_of["Kidjigra", "Health"]["#severity"] == ""
    assert all(r["#inneed"] == "" for r in rows)
    camp = rows_of["Site Élevage", "Shelter and non-food items"]
    assert (camp["#severity"], camp["#loc+type"], camp["#org+name+assessor"]) == (
        "3",
        "IDP site",
        "BANBAT 1",
    )
    # Key informants never leave the mission, named or restricted.
    text = out.read_text(encoding="utf-8")
    assert INFORMANT not in text and RESTRICTED not in text
    # The site's IDP total was not given: the sum of the parts known (the domain's rule).
    assert camp["#affected+idps+total"] == "3000" and camp["#population+total"] == ""


def _problems(path):
    found = []
    schema = hxl.schema(callback=found.append)  # libhxl's default schema
    schema.validate(hxl_source(path))
    return found


def test_libhxls_default_schema_reports_no_error(store, tmp_path):
    build_assessments(store)
    out = commands.write_assessments_hxl(store, tmp_path / "assessments.csv")
    problems = _problems(out)
    errors = [p for p in problems if p.rule.severity == "error"]
    assert errors == [], [(p.message, p.value, p.rule.tag_pattern) for p in errors]
    # Only the key facts' own line break draws a whitespace warning: the export adds none.
    assert {str(p.rule.tag_pattern) for p in problems if p.rule.severity == "warning"} <= {"#*"}
    assert all(p.value == FACTS for p in problems if p.rule.severity == "warning")


def test_a_period_keeps_its_days_and_a_deleted_assessment_is_left_out(store, tmp_path):
    saved = build_assessments(store)
    out = commands.write_assessments_hxl(
        store, tmp_path / "a.csv", start="2026-11-18", end="2026-11-18"
    )
    assert {r["#loc+name"] for r in read_rows(out)[1]} == {"Kidjigra"}
    out = commands.write_assessments_hxl(store, tmp_path / "b.csv", start="2026-11-19")
    assert {r["#loc+name"] for r in read_rows(out)[1]} == {"Site Élevage"}
    assessments.delete_assessment(store, saved.camp.id)
    out = commands.write_assessments_hxl(store, tmp_path / "c.csv")
    assert {r["#loc+name"] for r in read_rows(out)[1]} == {"Kidjigra"}


def test_an_empty_database_gives_the_two_header_rows(store, tmp_path):
    tags, rows = read_rows(commands.write_assessments_hxl(store, tmp_path / "none.csv"))
    assert rows == [] and tags == [c.tag for c in COLUMNS]


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [("18/11/2026", None, "not a date"), ("2026-11-20", "2026-11-01", "before it starts")],
)
def test_a_bad_period_is_refused_and_nothing_written(store, tmp_path, start, end, words):
    out = tmp_path / "bad.csv"
    with pytest.raises(CimicError, match=words):
        commands.write_assessments_hxl(store, out, start=start, end=end)
    assert not out.exists()


def test_a_training_databases_export_says_exercise_on_every_row(tmp_path):
    training = create_database(
        tmp_path / "ex.sqlite",
        "BANBAT 1",
        UnitLevel.BATTALION,
        "Sector West",
        training=True,
        passphrase=PASSPHRASE,
    )
    with training:
        build_assessments(training)
        out = commands.write_assessments_hxl(training, tmp_path / "ex.csv")
    tags, rows = read_rows(out)
    assert tags[0] == "#meta+exercise" and tags[1:] == [c.tag for c in COLUMNS]
    assert len(rows) == 4 and all(r["#meta+exercise"] == "EXERCISE" for r in rows)


def test_the_command_line_exports_a_period(store, db_path, tmp_path, capsys):
    from cimicdesk.cli import main

    build_assessments(store)
    store.close()
    out = tmp_path / "asm.csv"
    argv = ["export-assessments", str(db_path), "--out", str(out), "--start", "2026-11-20"]
    assert main(argv) == 0, capsys.readouterr().err
    assert f"wrote {out}" in capsys.readouterr().out
    assert [r["#sector+cluster+code"] for r in read_rows(out)[1]] == ["SHL"]
    bad = ["export-assessments", str(db_path), "--out", str(tmp_path / "x.csv"), "--end", "soon"]
    assert main(bad) == 2
    err = capsys.readouterr().err
    assert "not a date" in err and "Traceback" not in err
