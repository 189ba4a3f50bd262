"""The blank assessment form: every field of the editor, in its order, on four A4 pages,
in the report's language, marked as every report is."""

from __future__ import annotations

import pytest
from factories import PASSPHRASE
from pypdf import PdfReader
from report_helpers import pdf_pages

from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentMethod,
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Severity,
    UnitLevel,
)
from cimicdesk.domain.errors import CimicError
from cimicdesk.i18n import catalogue
from cimicdesk.reports import commands
from cimicdesk.store.database import create_database

# The form's fields in the order of the visit (docs/assessment-fields.md), as printed.
FIELDS_IN_ORDER = [
    "Reference",
    "1. The community",
    "Kind",
    "Name",
    "Prefecture (admin 1)",
    "Sub-prefecture (admin 2)",
    "Place",
    "Grid (MGRS)",
    "2. When, by whom, how",
    "Date (YYYY-MM-DD)",
    "Team",
    "Joint with (organisations)",
    "Methods",
    "Key informants",
    "3. The population",
    "Total",
    "Women (18 and over)",
    "Men (18 and over)",
    "Children (under 18)",
    "Residents",
    "IDPs",
    "Returnees",
    "4. The sectors",
    "5. Infrastructure seen",
    "6. Who already works there",
    "Organisations",
    "7. Recommended actions",
    "Recommended action",
    "8. Summary",
    "Team leader",
    "Signature and date",
]


def _in_order(text: str, labels: list[str]) -> list[str]:
    """The labels not found after the one before them (empty: all in order)."""
    missing, at = [], 0
    for label in labels:
        found = text.find(label, at)
        if found < 0:
            missing.append(label)
        else:
            at = found + len(label)
    return missing


def _text(path) -> str:
    return " ".join(pdf_pages(path))


def test_the_form_has_every_field_and_sector_in_the_order_of_the_visit(store, tmp_path):
    out = commands.write_assessment_form(store, tmp_path / "form.pdf")
    assert len(PdfReader(str(out)).pages) == 4  # A4, four pages: filled in a village
    text = _text(out)
    assert _in_order(text, FIELDS_IN_ORDER) == []
    # Each sector, in the scale's order, with its own severity tick boxes and lines.
    sectors = [s.label for s in AssessmentSector]
    assert _in_order(text, sectors) == []
    scale = [f"☐ {s.value} {s.label}" for s in Severity] + ["☐ Not rated"]
    per_sector = [label for sector in sectors for label in [sector, *scale, "Key facts", "Sources"]]
    assert _in_order(text, per_sector) == []
    for options in (CommunityKind, AssessmentMethod, ActionAddressee):
        assert _in_order(text, [f"☐ {o.label}" for o in options]) == [], options
    # Every kind of infrastructure is a row, every state a column of tick boxes.
    assert _in_order(text, [s.label for s in InfrastructureState]) == []
    assert _in_order(text, [k.label for k in InfrastructureKind]) == []
    assert text.count("☐") == (
        len(CommunityKind)
        + len(AssessmentMethod)
        + len(AssessmentSector) * (len(Severity) + 1)
        + (len(InfrastructureKind) + 1) * len(InfrastructureState)
        + 3 * len(ActionAddressee)
    )


def test_not_rated_is_a_box_of_its_own_never_a_level(store, tmp_path):
    text = _text(commands.write_assessment_form(store, tmp_path / "form.pdf"))
    # The JIAF scale is explained once, before the sectors, with what each step looks like.
    assert (
        _in_order(text, ["1 Minimal / none", "Living conditions acceptable", "5 Catastrophic"])
        == []
    )
    assert text.count("☐ Not rated (too little information)") == len(AssessmentSector)


def test_the_french_form_has_the_same_fields_in_french_on_four_pages(store, tmp_path):
    out = commands.write_assessment_form(store, tmp_path / "fiche.pdf", language="fr")
    fr = catalogue.texts("fr")
    assert len(PdfReader(str(out)).pages) == 4
    text = _text(out)
    assert _in_order(text, [fr.label(s) for s in AssessmentSector]) == []
    assert _in_order(text, [f"☐ {fr.label(k)}" for k in CommunityKind]) == []
    assert _in_order(text, [f"☐ {s.value} {fr.label(s)}" for s in Severity]) == []
    assert "NU – DIFFUSION RESTREINTE" in text
    assert "Page 1 sur 4" in text


def test_a_training_databases_form_says_exercise_on_every_page(tmp_path):
    training = create_database(
        tmp_path / "ex.sqlite",
        "BANBAT 1",
        UnitLevel.BATTALION,
        "Sector West",
        training=True,
        passphrase=PASSPHRASE,
    )
    with training:
        out = commands.write_assessment_form(training, tmp_path / "form.pdf")
    pages = pdf_pages(out)
    assert all("EXERCISE" in page and "BANBAT 1" in page for page in pages)


@pytest.mark.parametrize(("option", "value"), [("paper", "A3"), ("language", "de")])
def test_an_unknown_paper_or_language_is_refused_and_nothing_written(
    store, tmp_path, option, value
):
    out = tmp_path / "form.pdf"
    with pytest.raises(CimicError):
        commands.write_assessment_form(store, out, **{option: value})
    assert not out.exists()


def test_a_letter_form_fits_letter_paper(store, tmp_path):
    out = commands.write_assessment_form(store, tmp_path / "form.pdf", paper="Letter")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_command_line_writes_the_form_in_french(store, db_path, tmp_path, capsys):
    from cimicdesk.cli import main

    store.close()
    out = tmp_path / "fiche.pdf"
    argv = ["assessment-form", str(db_path), "--out", str(out), "--lang", "fr"]
    assert main(argv) == 0, capsys.readouterr().err
    assert f"wrote {out}" in capsys.readouterr().out
    text = _text(out)
    assert "Page 4 sur 4" in text and catalogue.texts("fr").label(Severity.EXTREME) in text
