"""Reports in French: headings, tables, labels and page furniture read back from the PDF."""

from __future__ import annotations

import pytest
from report_helpers import NOW, WEEK, pdf_pages, pdf_text

from cimicdesk import cli
from cimicdesk.domain.errors import CimicError
from cimicdesk.reports import commands
from cimicdesk.reports.data import restricted_code
from cimicdesk.store.report_drafts import ReportDraft, save_draft

FRENCH_SECTIONS = [
    "1. Résumé et points clés",
    "Incidents flash",
    "Demandes d'appui en attente de décision",
    "Points clés",
    "2. Situation civile",
    "3. Liaison et coordination",
    "4. Incidents significatifs",
    "5. Projets à impact rapide (QIP)",
    "6. Demandes d'appui à la mission",
    "7. Observations en matière de protection et de genre",
    "8. Évaluation CIMIC et tendances",
    "9. Activités prévues pour la prochaine période",
    "10. Questions et demandes au QG supérieur",
    "Établi par",
    "Annexe A : Réunions de la période",
    "Annexe B : Registre des QIP",
    "Annexe C : Journal des incidents",
]
ENGLISH_LEFTOVERS = [
    "Summary and key points",
    "Key points",
    "Flash incidents",
    "awaiting a decision",
    "Weekly average",
    "per ISO week",
    "Annex ",
    "Meetings of the period",
    "QIP register",
    "Incident log",
    "K/I/A",
    "NOT SENT",
    "Committed",
    "Significant meetings",
    "Monitoring visits",
    "Civil situation",
    "Liaison and coordination",
    "Significant incidents",
    "Quick Impact Projects",
    "Mission support requests",
    "Prepared by",
    "Approved by",
    "Page 1 of",
    "Period ",
    "UN RESTRICTED",
    "No key points",
    "Bilateral meeting",
    "Coordination meeting",
    "(carried over)",
    "Sector total",
    "Organisation type",
    "What happened",
    "Next milestone",
]


@pytest.fixture
def french_sitrep(store, mission, tmp_path):
    save_draft(
        store,
        ReportDraft(
            kind="unit_sitrep",
            period_start="2026-11-16",
            period_end="2026-11-22",
            location="Bambari, Préfecture de la Ouaka",
            prepared_by="Capt Aïssatou Diallo, officier CIMIC",
        ),
    )
    return commands.write_sitrep(
        store, tmp_path / "sitrep-fr.pdf", week=WEEK, now=NOW, language="fr"
    )


def test_the_headings_are_french_and_in_doctrine_order(french_sitrep):
    text = pdf_text(french_sitrep)
    positions = [text.find(title) for title in FRENCH_SECTIONS]
    assert -1 not in positions, [
        t for t, p in zip(FRENCH_SECTIONS, positions, strict=True) if p < 0
    ]
    assert positions == sorted(positions)
    assert "RAPPORT DE SITUATION CIMIC HEBDOMADAIRE" in text


def test_no_fixed_english_text_is_left(french_sitrep):
    text = pdf_text(french_sitrep)
    leftovers = [words for words in ENGLISH_LEFTOVERS if words in text]
    assert leftovers == []


def test_page_furniture_labels_and_tables_are_french(french_sitrep):
    pages = pdf_pages(french_sitrep)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in page
        assert page.count("NU – DIFFUSION RESTREINTE") >= 2
        assert "Période 2026-W47, 16–22 nov. 2026" in page
    text = pdf_text(french_sitrep)
    for words in (
        "DE BANBAT 1 CIMIC",
        "GDH 231430ZNOV26",
        "PÉRIODE",
        "UNITÉ",
        "Indicateur",
        "Moyenne hebdomadaire, 8 semaines",
        "Réunions par type, type d'organisation et organisation",
        "Réunions",
        "Interlocuteur (type d'organisation)",
        "Objet",
        "Résultat",
        "Faits",
        "Prochaine étape",
        "Demandeur",
        "Reçues pendant la période",
        "ONG internationale",
    ):
        assert words in text, words


def test_what_officers_wrote_stays_as_written(store, mission, french_sitrep):
    text = pdf_text(french_sitrep)
    assert "MEETING-W47-A" in text and "INCIDENT-W47-A" in text
    assert "Capt Aïssatou Diallo, officier CIMIC" in text
    assert "Zoumaldé" not in text
    assert restricted_code(mission.restricted_id) in text


def test_the_french_handover_brief(store, mission, tmp_path):
    out = commands.write_handover_brief(
        store, tmp_path / "brief-fr.pdf", as_of="2026-11-23", now=NOW, language="fr"
    )
    text = pdf_text(out)
    for words in (
        "DOSSIER DE PASSATION CIMIC",
        "2. Notes de l'officier sortant",
        "Contacts clés (rencontrés le plus récemment)",
        "Remis par",
        "Repris par",
        "À la date du 23 nov. 2026",
        "Page 1 sur",
    ):
        assert words in text, words
    assert "Outgoing officer's notes" not in text and "Handed over by" not in text


def test_the_command_line_writes_french(store, mission, tmp_path, capsys):
    store.close()
    out = tmp_path / "cli-fr.pdf"
    code = cli.main(["sitrep", str(store.path), "--week", WEEK, "--lang", "fr", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "1. Résumé et points clés" in pdf_text(out)


def test_an_unknown_language_is_refused(store, tmp_path):
    with pytest.raises(CimicError, match="'de' is not available"):
        commands.write_sitrep(store, tmp_path / "x.pdf", week=WEEK, language="de")


def test_the_language_does_not_leak_out_of_a_report(store, mission, tmp_path):
    commands.write_sitrep(store, tmp_path / "fr.pdf", week=WEEK, now=NOW, language="fr")
    english = commands.write_sitrep(store, tmp_path / "en.pdf", week=WEEK, now=NOW)
    assert "1. Summary and key points" in pdf_text(english)
