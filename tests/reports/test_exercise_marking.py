"""A training database's reports say EXERCISE on every page, and its 3W on every row;
a real database's reports never do."""

from __future__ import annotations

import csv

import pytest
from factories import PASSPHRASE
from report_helpers import NOW, TODAY, WEEK, build_mission, pdf_pages

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.reports import commands
from cimicdesk.store.database import create_database


@pytest.fixture
def training_unit(tmp_path):
    store = create_database(
        tmp_path / "bn1.sqlite",
        "BANBAT 1",
        UnitLevel.BATTALION,
        "Sector West",
        training=True,
        passphrase=PASSPHRASE,
    )
    build_mission(store)
    yield store
    store.close()


@pytest.fixture
def training_sector(tmp_path):
    store = create_database(
        tmp_path / "sector.sqlite",
        "Sector West",
        UnitLevel.SECTOR,
        training=True,
        passphrase=PASSPHRASE,
    )
    build_mission(store, unit="BANBAT 2")
    build_mission(store, unit="BANBAT 3")
    yield store
    store.close()


def _reports(store, folder, sector=False):
    yield commands.write_sitrep(store, folder / "sitrep.pdf", week=WEEK, sector=sector, now=NOW)
    yield commands.write_handover_brief(store, folder / "brief.pdf", as_of=TODAY, now=NOW)


def _assert_every_page_marked(path):
    pages = pdf_pages(path)
    assert len(pages) >= 2, path  # more than one page: the marking is on each, not once
    for number, page in enumerate(pages, start=1):
        # Top and bottom of the page: EXERCISE on both sides of the handling marking.
        assert page.count("EXERCISE · UN RESTRICTED · EXERCISE") == 2, (path.name, number)


def test_every_page_of_a_training_units_sitrep_and_brief_says_exercise(training_unit, tmp_path):
    for path in _reports(training_unit, tmp_path):
        _assert_every_page_marked(path)


def test_every_page_of_a_training_sector_sitrep_says_exercise(training_sector, tmp_path):
    for path in _reports(training_sector, tmp_path, sector=True):
        _assert_every_page_marked(path)


def test_french_reports_say_exercice(training_unit, tmp_path):
    out = commands.write_sitrep(
        training_unit, tmp_path / "fr.pdf", week=WEEK, now=NOW, language="fr"
    )
    assert all("EXERCICE" in page for page in pdf_pages(out))


def test_a_real_databases_reports_never_say_exercise(store, tmp_path):
    build_mission(store)
    for path in _reports(store, tmp_path):
        assert not any("EXERCISE" in page for page in pdf_pages(path))
    commands.write_3w(store, tmp_path / "qips.csv")
    assert "EXERCISE" not in (tmp_path / "qips.csv").read_text(encoding="utf-8")


def test_a_training_3w_marks_every_project_in_its_first_column(training_unit, tmp_path):
    out = commands.write_3w(training_unit, tmp_path / "qips.csv")
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Exercise" and rows[1][0] == "#meta+exercise"
    assert len(rows) > 2
    assert all(row[0] == "EXERCISE" for row in rows[2:])
    assert rows[0][1:3] == ["Project number", "Implementing partner"]  # the rest as before
