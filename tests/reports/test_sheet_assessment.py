"""A community assessment on paper: every field, each sector with its severity (not rated
said so), infrastructure, actions and organisations by name, on one or two pages."""

from __future__ import annotations

import pytest
from assessment_samples import INFORMANT, RESTRICTED, build_assessments
from pypdf import PdfReader
from report_helpers import NOW, pdf_text

from cimicdesk.domain.assessment import SectorRating
from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.masking import restricted_code
from cimicdesk.i18n import catalogue
from cimicdesk.reports import record_commands
from cimicdesk.reports.record_sheet import assessment_sheet
from cimicdesk.store import assessments


def _in_order(text: str, parts: list[str]) -> bool:
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def test_the_sheet_prints_every_field_of_the_assessment(store, tmp_path):
    saved = build_assessments(store)
    kind, found = record_commands.find_record(store, saved.kidjigra.reference.lower())
    assert (kind, found) == ("assessment", saved.kidjigra.id)
    out = record_commands.write_record(store, tmp_path / "asm.pdf", kind, found, now=NOW)
    assert len(PdfReader(str(out)).pages) == 1
    text = pdf_text(out)
    assert saved.kidjigra.reference in text and "Community assessment" in text
    for value in (
        "Kidjigra",
        "Village",
        "18 Nov 2026",
        "Ouaka (prefecture) · Bambari (sub-prefecture)",
        "18 km NE of Bambari, Ippy axis",
        "34N DM 64090 37550",
        "BANBAT1 CIMIC team 2, Capt. Rahman",
        "UNICEF",  # joint
        "Direct observation, Key informant interviews",
        INFORMANT,
    ):
        assert value in text, value
    # A restricted key informant is printed by his code, never his name.
    assert restricted_code(saved.restricted) in text
    assert RESTRICTED not in text and "Zoumald" not in text
    # The population by group, 0 for none and – for not known.
    assert "Residents 2,400 700 650 1,000" in text
    assert "IDPs 350 120 – 180" in text and "Returnees 0 – – –" in text
    # The sectors in the scale's order, each with its severity; a sector not rated says so.
    assert "Worst severity: 4 Extreme" in text
    assert _in_order(
        text,
        [
            "Access and security 2 Stressed Road open",
            "Water, sanitation and hygiene 4 Extreme Borehole broken",
            "chef de village, own observation",
            "Health Not rated Health post closed",
        ],
    )
    assert "Water point (borehole, well, spring) Not functional Hand pump broken" in text
    assert "School Partly functional Two classrooms of four" in text
    assert "Médecins Sans Frontières" in text and "ACTED" in text  # who works there
    assert "Repair the hand pump (QIP candidate) The mission (QIP candidate)" in text
    assert "Refer the cholera risk to the WASH cluster Humanitarian partners (referral)" in text
    assert "Water is the first need" in text
    assert _in_order(
        text,
        [
            "The population",
            "The sectors",
            "Infrastructure seen",
            "Who already works there",
            "Recommended actions",
            "Summary",
        ],
    )


def test_a_sheet_without_infrastructure_or_actions_says_so(store, tmp_path):
    saved = build_assessments(store)
    out = record_commands.write_record(store, tmp_path / "site.pdf", "assessment", saved.camp.id)
    text = pdf_text(out)
    assert "Site Élevage" in text and "IDP site" in text
    assert "No infrastructure recorded." in text and "No action recommended." in text
    assert "No organisation recorded." in text
    assert "IDPs 3,000 900 400 1,700" in text  # the total is the sum of the parts given


def test_the_french_sheet_translates_labels_and_keeps_the_officers_words(store, tmp_path):
    saved = build_assessments(store)
    fr = catalogue.texts("fr")
    out = record_commands.write_record(
        store, tmp_path / "fr.pdf", "assessment", saved.kidjigra.id, language="fr"
    )
    text = pdf_text(out)
    assert fr.label(AssessmentSector.WASH) in text and fr.label(Severity.EXTREME) in text
    assert "Borehole broken since October" in text  # as typed, never translated
    assert "2 400" in text.replace("\u202f", " ").replace("\xa0", " ")


def test_long_key_facts_are_shortened_to_two_pages_with_a_note(store, tmp_path):
    saved = build_assessments(store)
    long = " ".join(
        f"Fact {i} about the water points and the queue at the river." for i in range(250)
    )
    assessment = assessments.get_assessment(store, saved.kidjigra.id)
    assessment.sectors = [
        SectorRating(sector=s, severity=Severity.SEVERE, key_facts=long, sources="own observation")
        for s in AssessmentSector
    ]
    assessment.summary = long
    assessments.save_assessment(store, assessment, today=NOW.date())
    document = assessment_sheet(store, saved.kidjigra.id, catalogue.texts("en"))
    assert len(document.tables()[1].rows) == len(AssessmentSector)
    out = record_commands.write_record(
        store, tmp_path / "long.pdf", "assessment", saved.kidjigra.id
    )
    assert len(PdfReader(str(out)).pages) <= 2
    assert "Shortened to fit two pages" in pdf_text(out)


def test_print_record_finds_an_assessment_by_its_reference(store, db_path, tmp_path, capsys):
    from cimicdesk.cli import main

    saved = build_assessments(store)
    store.close()
    out = tmp_path / "asm.pdf"
    assert main(["print-record", str(db_path), saved.camp.reference, "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert "Site Élevage" in pdf_text(out)


def test_a_deleted_assessment_is_not_printed(store, tmp_path):
    saved = build_assessments(store)
    assessments.delete_assessment(store, saved.camp.id)
    out = tmp_path / "gone.pdf"
    with pytest.raises(CimicError, match="was deleted"):
        record_commands.write_record(store, out, "assessment", saved.camp.id)
    with pytest.raises(CimicError, match="was deleted"):
        record_commands.find_record(store, saved.camp.reference)
    assert not out.exists()
