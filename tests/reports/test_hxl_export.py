"""The 3W export: HXL that libhxl reads, one row per live, not rejected, project."""

from __future__ import annotations

import io

import hxl
from report_helpers import _move, _qip

from cimicdesk.domain.enums import QipStatus
from cimicdesk.reports import commands
from cimicdesk.reports.hxl_export import COLUMNS
from cimicdesk.store import qips


def hxl_source(path):
    """libhxl reading the CSV from its bytes (it leaves a file it opened unclosed)."""
    return hxl.data(io.BytesIO(path.read_bytes()))


def read_hxl(path):
    source = hxl_source(path)
    tags = [c.display_tag for c in source.columns]
    return tags, [row.dictionary for row in source]


def test_the_3w_parses_with_libhxl_and_matches_the_qips(store, mission, tmp_path):
    rejected = _qip(store, "QIP-REJECTED never ran")
    _move(
        store,
        rejected,
        QipStatus.PROPOSAL_DRAFTED,
        QipStatus.SUBMITTED,
        QipStatus.UNDER_REVIEW,
    )
    _move(store, qips.get_qip(store, rejected.id), QipStatus.REJECTED, note="Duplicate of NGO work")
    out = commands.write_3w(store, tmp_path / "qips.csv")
    tags, rows = read_hxl(out)
    assert tags == [c.tag for c in COLUMNS]
    by_title = {r["#activity+project"]: r for r in rows}
    assert set(by_title) == {
        "QIP-RUNNING BN1 borehole at Kidjigra",
        "QIP-IDENTIFIED BN1 school benches",
        "QIP-CANCELLED-EARLY BN1",
    }
    running = by_title["QIP-RUNNING BN1 borehole at Kidjigra"]
    assert running["#org+impl"] == "Médecins Sans Frontières BN1"
    assert running["#sector+cluster+code"] == "WSH"
    assert running["#status"] == "active"
    assert running["#loc+name"] == "Kidjigra, Bambari"
    assert 5.0 < float(running["#geo+lat"]) < 6.5 and 20.0 < float(running["#geo+lon"]) < 21.0
    assert running["#date+start"] == "2026-10-21" and running["#date+end"] == "2027-01-31"
    assert (running["#value+budget"], running["#currency"]) == ("18000.00", "USD")
    assert (running["#targeted"], running["#reached"]) == ("1000", "0")
    assert by_title["QIP-IDENTIFIED BN1 school benches"]["#status"] == "planned"
    assert by_title["QIP-CANCELLED-EARLY BN1"]["#status"] == "canceled"


def test_hxl_validation_finds_no_error(store, mission, tmp_path):
    out = commands.write_3w(store, tmp_path / "qips.csv")
    problems = []
    schema = hxl.schema(
        [
            ["#valid_tag", "#valid_required", "#valid_datatype", "#valid_value+list"],
            ["#activity+project", "true", "", ""],
            ["#org+impl", "", "text", ""],
            ["#status", "true", "", "planned|active|complete|canceled"],
            ["#value+budget", "", "number", ""],
            ["#geo+lat", "", "number", ""],
            ["#geo+lon", "", "number", ""],
            ["#date+start", "", "date", ""],
            ["#targeted", "true", "number", ""],
        ],
        callback=problems.append,
    )
    valid = schema.validate(hxl_source(out))
    assert valid, [p.message for p in problems]


def test_an_empty_database_gives_headers_only(store, tmp_path):
    out = commands.write_3w(store, tmp_path / "none.csv")
    tags, rows = read_hxl(out)
    assert rows == [] and tags[0] == "#meta+id"
