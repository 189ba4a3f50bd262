"""Reports in French, read back from the PDF: what officers typed prints as typed (even
when it reads like one of our labels or markers), and no English sentence of ours is left."""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel.messages.pofile import read_po
from report_helpers import (
    NOW,
    TODAY,
    WEEK,
    _incident,
    _move,
    _qip,
    _request,
    action,
    make_contact,
    make_entry,
    make_org,
    pdf_text,
    stamp,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from cimicdesk.domain.enums import (
    ContactCategory,
    IncidentCategory,
    LiaisonType,
    OrgType,
    QipStatus,
    Sensitivity,
    SupportPriority,
    SupportStatus,
    SupportType,
)
from cimicdesk.domain.qip import MonitoringVisit, Tranche
from cimicdesk.i18n.catalogue import LOCALE_DIR, texts
from cimicdesk.reports import commands, layout, record_commands
from cimicdesk.store import qips
from cimicdesk.store.report_drafts import ReportDraft, save_draft

S = QipStatus
FIELD = re.compile(r"\{\w+\}")
WORD = re.compile(r"[^\W\d_]{2,}")
# What the officers of the French mission typed: each must print exactly so.
OFFICER_TEXT = (
    "Médecins d'Afrique",
    "Mairie de Grimari",
    "Chefferie de Kpata",
    "Action: nothing yet",
    "Relever les chiffres du choléra",
    "Bétail volé près de Kouango.",
    "Forage de Kidjigra",
    "Transport de kits d'abris",
    "Capt Aïssatou Diallo",
)


def _french_po():
    with (LOCALE_DIR / "fr" / "LC_MESSAGES" / "cimicdesk.po").open("rb") as handle:
        return read_po(handle)


def english_phrases() -> set[str]:
    """Every run of two or more words of an English id of the catalogue (the text between
    its placeholders), unless the French translation says the same."""
    phrases = set()
    for message in _french_po():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        french = " ".join(strings)
        for english in ids:
            for part in FIELD.split(english):
                part = part.strip(" .,;:()*'\"")
                if len(WORD.findall(part)) >= 2 and part not in french:
                    phrases.add(part)
    return phrases


def _seed_french_mission(store) -> None:
    """A week with something in every section of the three reports, typed in French."""
    ngo = make_org(store, "Médecins d'Afrique", acronym="MDA", org_type=OrgType.NATIONAL_NGO)
    mayor = make_org(store, "Mairie de Grimari", org_type=OrgType.LOCAL_AUTHORITY)
    chiefdom = make_org(
        store, "Chefferie de Kpata", org_type=OrgType.TRADITIONAL_AUTHORITY, keep_distance=True
    )
    nurse = make_contact(store, "Odette Namsio", organisation_id=ngo.id, phones=("+236 75 01",))
    delegate = make_contact(
        store,
        "Pauline Ndakala",
        category=ContactCategory.WOMENS_REP,
        sensitivity=Sensitivity.SENSITIVE,
    )
    informer = make_contact(store, "Jean Kossi", sensitivity=Sensitivity.RESTRICTED)
    priest = make_contact(store, "Abbé Serge Yangué", category=ContactCategory.RELIGIOUS_LEADER)
    make_entry(
        store,
        contacts=[nurse, delegate],
        orgs=[ngo],
        start=stamp(16, 9),
        place="Bambari",
        grid="34NDM6409037550",
        purpose="Riposte au choléra à Élevage",
        info_received="Les cas baissent.",
        issues_raised="Manque de chlore",
        actions=[
            action("Relever les chiffres du choléra", due_date="2026-11-20"),
            action("Prévenir la mairie"),
        ],
        entry_type=LiaisonType.BILATERAL,
    )
    make_entry(
        store,
        contacts=[informer, priest],
        orgs=[mayor, chiefdom],
        start=stamp(18, 15),
        place="Grimari",
        purpose="Litige foncier à Kpata",
        info_received="Action: nothing yet",
        entry_type=LiaisonType.KLE,
    )
    make_entry(
        store,
        orgs=[ngo],
        start=stamp(20, 9),
        purpose="Réunion du cluster santé",
        entry_type=LiaisonType.COORDINATION,
        origin_unit="BANBAT 2",
    )
    make_entry(store, orgs=[mayor], start=stamp(10, 9), purpose="Semaine précédente")

    _incident(
        store,
        narrative="Affrontement entre éleveurs et agriculteurs à Gobolo.",
        action_taken="Patrouille envoyée.",
        category=IncidentCategory.INTERCOMMUNAL_CLASH,
        subcategory="farmer_herder",
        killed_civilian_men=2,
        killed_armed_elements=1,
        injured_un_personnel=1,
        injured_civilian_women=3,
        abducted_civilian_children=1,
        flash_sent_at=stamp(17, 5),
    )
    _incident(
        store,
        occurred_at=stamp(19, 10),
        reported_at=stamp(19, 12),
        narrative="Bétail volé près de Kouango.",
        action_taken="",
        injured_security_forces=1,
    )
    _incident(
        store,
        occurred_at=stamp(20, 10),
        reported_at=stamp(20, 12),
        narrative="Barrière sur l'axe Ippy.",
        category=IncidentCategory.HUMANITARIAN_ACCESS_DENIED,
        subcategory="checkpoint_obstruction",
        origin_unit="BANBAT 2",
    )

    wells = _qip(
        store,
        "Forage de Kidjigra",
        implementing_partner_id=ngo.id,
        budget_approved_usd=18_500.0,
        planned_start="2026-10-20",
        planned_end="2026-11-18",  # late: not finished by the end of the week
    )
    wells = _move(store, wells, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED)
    wells = _move(store, wells, S.AGREEMENT_SIGNED, day=date(2026, 10, 15))
    wells.tranches = [Tranche(paid_on="2026-10-20", amount_usd=9_250.0)]
    wells.visits = [MonitoringVisit(visit_date="2026-11-18", percent_complete=40)]
    wells = qips.save_qip(store, wells, today=TODAY)
    _move(store, wells, S.DISBURSED, S.IN_IMPLEMENTATION, day=date(2026, 10, 21))
    school = _qip(
        store,
        "Bancs d'école à Ngakobo",
        implementing_partner_id=ngo.id,
        budget_approved_usd=12_000.0,
        planned_start="2026-12-01",
    )
    school = _move(store, school, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED)
    _move(store, school, S.AGREEMENT_SIGNED, day=date(2026, 10, 15))
    market = _qip(
        store,
        "Hangar du marché de Bakala",
        implementing_partner_id=ngo.id,
        budget_approved_usd=15_000.0,
        receiving_authority="Mairie de Bakala",
    )
    market = _move(store, market, S.PROPOSAL_DRAFTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED)
    market = _move(store, market, S.AGREEMENT_SIGNED)
    market.tranches = [Tranche(paid_on="2026-10-10", amount_usd=15_000.0)]
    market = qips.save_qip(store, market, today=TODAY)
    market = _move(store, market, S.DISBURSED, S.IN_IMPLEMENTATION)
    _move(store, market, S.COMPLETED, day=date(2026, 11, 1))
    _qip(store, "Latrines de Pladama", budget_requested_usd=7_400.0)
    _qip(store, "Radio communautaire", unit="BANBAT 2", budget_requested_usd=9_900.0)

    _request(store, purpose="Transport de kits d'abris")
    _request(
        store,
        received_at=stamp(12, 8),
        purpose="Escorte du convoi PAM",
        request_type=SupportType.CONVOY_ESCORT,
        priority=SupportPriority.LIFESAVING,
        status=SupportStatus.FORWARDED,
    )
    _request(store, purpose="Évacuation sanitaire", origin_unit="BANBAT 2")

    draft = {
        "key_points": "- Le choléra recule à Élevage\n- Tension foncière à Kpata",
        "civil_situation": "Marché rouvert à Bambari.",
        "protection_gender": "Deux comités de femmes actifs.",
        "assessment": "Situation calme mais fragile.",
        "planned_activities": "- Visite du forage\n- Comité de paix",
        "issues_for_hq": "Besoin de chlore.",
        "prepared_by": "Capt Aïssatou Diallo",
    }
    for kind, units, day in (
        ("unit_sitrep", (), ("2026-11-16", "2026-11-22")),
        ("sector_sitrep", (), ("2026-11-16", "2026-11-22")),
        ("handover_brief", (), (TODAY.isoformat(), TODAY.isoformat())),
    ):
        save_draft(
            store,
            ReportDraft(kind=kind, units=units, period_start=day[0], period_end=day[1], **draft),
        )


@pytest.fixture
def french_reports(store, tmp_path):
    """The weekly sitrep, the sector sitrep and the handover brief of the mission, in French."""
    _seed_french_mission(store)
    return {
        "sitrep": commands.write_sitrep(
            store, tmp_path / "sitrep.pdf", week=WEEK, now=NOW, language="fr"
        ),
        "sector": commands.write_sitrep(
            store, tmp_path / "sector.pdf", week=WEEK, sector=True, now=NOW, language="fr"
        ),
        "handover": commands.write_handover_brief(
            store, tmp_path / "brief.pdf", as_of=TODAY, now=NOW, language="fr"
        ),
    }


def test_an_organisation_named_like_a_label_prints_as_named(store, tmp_path):
    # "Media" is an organisation type's label (French: Médias) and here an organisation's name.
    media = make_org(store, "Media", org_type=OrgType.NATIONAL_NGO)
    make_entry(store, orgs=[media], start=stamp(17), purpose="Radio programme on returns")
    text = pdf_text(
        commands.write_sitrep(store, tmp_path / "fr.pdf", week=WEEK, now=NOW, language="fr")
    )
    assert re.search(r"\bMedia\b", text)
    assert "Médias" not in text
    assert "ONG nationale" in text  # the type beside it is ours: translated


def test_an_officers_text_that_reads_like_our_markers_prints_as_typed(store, tmp_path):
    people = make_org(store, "Comité des déplacés")
    make_entry(
        store,
        orgs=[people],
        start=stamp(17),
        purpose="Retours au PK3",
        info_received="Action: nothing yet",
        issues_raised="Issues: none",
        actions=[action("Revoir le comité", due_date="2026-11-30")],
    )
    text = pdf_text(
        commands.write_sitrep(store, tmp_path / "fr.pdf", week=WEEK, now=NOW, language="fr")
    )
    assert "Action: nothing yet" in text and "Issues: none" in text
    # Our own markers around them are French (pdf_text reads the no-break space as a space).
    assert "Problèmes soulevés : Issues: none" in text
    assert "Action : Revoir le comité (échéance 30 nov. 2026)" in text


def test_every_report_in_french_leaves_no_english(french_reports):
    phrases = english_phrases()
    assert len(phrases) > 100  # the catalogue was read (its labels at least)
    for name, pdf in french_reports.items():
        text = pdf_text(pdf)
        left = sorted(p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text))
        assert left == [], name
        # English built in code around the catalogue's words is English too.
        assert "K/I/A" not in text, name
        # Numbers grouped the English way ('18,500') are English too.
        assert re.findall(r"\d,\d{3}\b", text) == [], name
        # What the officers typed stays as typed.
        present = [words for words in OFFICER_TEXT if words in text]
        assert present, name
    sitrep = pdf_text(french_reports["sitrep"])
    assert [words for words in OFFICER_TEXT if words not in sitrep] == []
    for french in (
        "Flash envoyé 170500ZNOV26",  # a flash that went
        "Rapport flash non envoyé",  # one that did not
        "Tués : Hommes civils 2, Éléments armés 1.",  # casualties by group, with labels
        "Blessés : Femmes civiles 3, Personnel de l'ONU 1.",
        "Proposition à rédiger",  # the next steps of the QIPs
        "Première tranche, prévu le 1 déc. 2026",
        "Achèvement, prévu le 18 nov. 2026 (EN RETARD)",
        "Remise aux autorités : Mairie de Bakala",
        "18 500",  # numbers grouped the French way
        "40 % réalisé",
        "90 % de 50 000 USD",  # the ceiling, in the summary's note
        "Passés en retard (1) : BANBAT1-QIP",  # a label built in code, French colon
        "Transmise au QG supérieur : Escorte du convoi PAM",
        "Contact restreint C-",
        "Représentante des femmes",  # a sensitive contact, by role
        "Confessionnelle",  # the organisation type a religious leader counts under
        "Sans organisation (à titre individuel)",
        "Incidents par semaine ISO, 8 dernières semaines",  # the chart's title
        "Victimes (tués, blessés, enlevés)",  # and its legend
    ):
        assert french in sitrep, french
    sector = pdf_text(french_reports["sector"])
    assert "BANBAT 2 : 1 réunion" in sector and "BANBAT 1 : 2 réunions" in sector
    brief = pdf_text(french_reports["handover"])
    for french in (
        "20 nov. 2026 EN RETARD",
        "Garde ses distances avec les militaires",
        "Semaine",
        "26 oct. – 1 nov. 2026",
    ):
        assert french in brief, french


# Labels of one English word the record sheets print (the phrases check takes two or more).
SHEET_WORDS = ("Priority", "Approved", "Recorded", "Reference", "Received", "Occurred", "Printed")


@pytest.mark.parametrize(
    "reference",
    ["BANBAT1-QIP-2026-001", "BANBAT1-INC-2026-0001", "BANBAT1-MSR-2026-0002", "BANBAT1-2026-0001"],
)
def test_every_record_sheet_in_french_leaves_no_english(store, tmp_path, reference):
    _seed_french_mission(store)
    kind, record_id = record_commands.find_record(store, reference)
    out = record_commands.write_record(
        store, tmp_path / "sheet.pdf", kind, record_id, now=NOW, language="fr"
    )
    text = pdf_text(out)
    phrases = english_phrases() | set(SHEET_WORDS)
    left = sorted(p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text))
    assert left == []
    assert "Page 1 sur" in text and "Imprimé" in text
    if kind == "qip":  # what the program wrote for the PRC and the first move, in French
        assert "Approuvé" in text and "Enregistré" in text
    if kind == "support_request":
        assert "Priorité : Vitale" in text


def test_a_french_number_never_splits_across_lines():
    number = texts("fr").number(1_234_567)
    assert "\u202f" in number  # Babel groups French thousands with a narrow no-break space
    style = layout.styles().cell
    # Room for 'Total 1 234' on the first line, not for the whole number.
    room = stringWidth("Total 1 234", style.fontName, style.fontSize) + 1
    paragraph = layout.para(f"Total {number}", style)
    paragraph.wrap(room, 100)
    lines = [" ".join(words) for _, words in paragraph.blPara.lines]
    assert lines == ["Total", "1\u00a0234\u00a0567"]
