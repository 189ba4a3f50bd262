"""One record on paper: each kind on one or two pages, photos in, restricted names out."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from factories import (
    TO_APPROVED,
    action,
    make_contact,
    make_entry,
    make_incident,
    make_org,
    make_qip,
    make_request,
    move,
)
from PIL import Image, ImageDraw
from pypdf import PdfReader
from report_helpers import pdf_text

from cimicdesk.domain.enums import (
    IncidentCategory,
    LiaisonType,
    OrgType,
    QipStatus,
    Sensitivity,
    SupportType,
    UniqueAdvantage,
)
from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.qip import MonitoringVisit, Tranche
from cimicdesk.i18n import catalogue
from cimicdesk.reports import record_commands, record_sheet
from cimicdesk.reports.document import FieldGrid, Paragraph, Table, Title
from cimicdesk.reports.document import Image as ImageBlock
from cimicdesk.store import attachments, qips

NOW = datetime(2026, 6, 1, 14, 30, tzinfo=UTC)
RESTRICTED = "Abdoulaye Zoumaldé"
RESTRICTED_PHONE = "+236 72 11 22 33"
# About 3,000 characters: a long text an officer may well write.
LONG = " ".join(
    f"Paragraph {i}: the chief of Kidjigra explained that the well dries up in March, "
    "women walk four kilometres to the river and the school loses its girls at noon."
    for i in range(20)
)


def photo(seed: int, size=(1200, 900)) -> bytes:
    """A JPEG with a pattern (a flat colour would be too easy for the encoder)."""
    image = Image.new("RGB", size, (30 * seed % 255, 90, 160))
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 60):
        draw.line([(x, 0), (size[0] - x, size[1])], fill=(255, 255 - 20 * seed % 255, 0), width=9)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


@dataclass
class Records:
    qip_id: str
    qip_number: str
    qip_title: str
    incident_id: str
    incident_ref: str
    request_id: str
    request_ref: str
    entry_id: str
    entry_ref: str
    restricted_code: str


def build_records(store, *, photos: int = 4, long: bool = True) -> Records:
    """One record of each kind, with long texts, photos and a restricted contact in each."""
    text = LONG if long else "Short text."
    partner = make_org(store, "Oxfam", acronym="OXF", org_type=OrgType.INTERNATIONAL_NGO)
    secret = make_contact(
        store,
        RESTRICTED,
        position="Chef de groupe",
        phones=(RESTRICTED_PHONE,),
        sensitivity=Sensitivity.RESTRICTED,
    )
    open_contact = make_contact(store, "Marie-Claire Yakité", organisation_id=partner.id)
    qip = make_qip(
        store,
        "Borehole and hand pump at Kidjigra school",
        implementing_partner_id=partner.id,
        focal_point_id=secret.id,
        budget_approved_usd=18_000.0,
        objective=text,
        duplication_check=text,
        community_contribution=text,
        community_contribution_usd=2_500.0,
        local_currency="XAF",
        exchange_rate=605.5,
        planned_start="2026-05-01",
        planned_end="2026-09-30",
        targeted_men=200,
        targeted_women=300,
        targeted_children=500,
    )
    qip = move(store, qip, *TO_APPROVED, note="PRC of June")
    qip = move(store, qip, QipStatus.AGREEMENT_SIGNED)
    qip.tranches = [
        Tranche(paid_on=f"2026-06-{d:02d}", amount_usd=1_000.0, reference=f"PV-2026-{d:03d}")
        for d in range(2, 14)
    ]
    qip.visits = [
        MonitoringVisit(visit_date=f"2026-06-{d:02d}", percent_complete=d * 3, findings=text[:900])
        for d in range(14, 28, 2)
    ]
    qip = qips.save_qip(store, qip, today=date(2026, 7, 15))
    for i in range(photos):
        owner = qip.visits[-1 - i % 2].id
        qips.add_visit_photo(
            store, owner, photo(i + 1), filename=f"visit{i}.jpg", caption=f"PHOTO-{i}"
        )
    attachments.attach_photo(store, "qips", qip.id, photo(9), caption="PHOTO-SITE")

    incident = make_incident(
        store,
        category=IncidentCategory.INTERCOMMUNAL_CLASH,
        subcategory="farmer_herder",
        source_contact_id=secret.id,
        narrative=text,
        action_taken=text,
        assessment=text,
        killed_civilian_men=2,
        injured_un_personnel=1,
    )
    for i in range(photos):
        attachments.attach_photo(
            store, "incidents", incident.id, photo(i + 3), caption=f"INCIDENT-PHOTO-{i}"
        )

    request = make_request(
        store,
        request_type=SupportType.CONVOY_ESCORT,
        requesting_organisation_id=partner.id,
        requesting_contact_id=secret.id,
        purpose=text,
        civilian_alternatives_checked=True,
        civilian_alternatives_note=text,
        unique_advantage=(UniqueAdvantage.CAPABILITY, UniqueAdvantage.TIMELINESS),
        complementarity=text,
        exit_plan=text,
        escort_need=True,
        escort_security=False,
        escort_security_note="Armed groups on the axis.",
    )
    for i in range(photos):
        attachments.attach_photo(
            store, "support_requests", request.id, photo(i + 5), caption=f"REQUEST-PHOTO-{i}"
        )

    entry = make_entry(
        store,
        contacts=[secret, open_contact],
        orgs=[partner],
        start="2026-05-30T09:00:00.000Z",
        end="2026-05-30T11:00:00.000Z",
        entry_type=LiaisonType.KLE,
        place="Kidjigra",
        purpose="Water point and the school " + text,
        info_received=text,
        info_passed=text,
        issues_raised=text,
        actions=[
            action(f"ACTION-{i} see the chief again", due_date="2026-06-10") for i in range(5)
        ],
    )
    return Records(
        qip.id,
        qip.number,
        qip.title,
        incident.id,
        incident.reference,
        request.id,
        request.number,
        entry.id,
        entry.ref,
        f"C-{secret.id.replace('-', '')[:6].upper()}",
    )


def all_text(document) -> str:
    """Every text of a document's blocks, joined (what a reader of the page would see)."""
    parts: list[str] = [document.furniture.title, document.furniture.marking]
    for block in record_sheet_blocks(document):
        if isinstance(block, Title):
            parts += [block.title, block.subtitle]
        elif isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, FieldGrid):
            parts += [v for pair in block.pairs for v in pair]
        elif isinstance(block, Table):
            parts += list(block.header)
            parts += [
                c if isinstance(c, str) else f"{c.main} {c.detail}" for r in block.rows for c in r
            ]
        elif isinstance(block, ImageBlock):
            parts.append(block.caption)
        else:
            parts.append(str(block))
    return "\n".join(parts)


def record_sheet_blocks(document):
    from cimicdesk.reports.document import _flat

    return _flat(document.blocks)


KINDS = ["qip", "incident", "support_request", "liaison_entry"]


def record_id(records: Records, kind: str) -> str:
    return {
        "qip": records.qip_id,
        "incident": records.incident_id,
        "support_request": records.request_id,
        "liaison_entry": records.entry_id,
    }[kind]


def reference(records: Records, kind: str) -> str:
    return {
        "qip": records.qip_number,
        "incident": records.incident_ref,
        "support_request": records.request_ref,
        "liaison_entry": records.entry_ref,
    }[kind]


# --- the blocks -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_sheet_names_a_restricted_contact_by_code_only(store, kind):
    records = build_records(store, photos=0, long=False)
    texts = catalogue.texts("en")
    document = record_sheet.BUILDERS[kind](store, record_id(records, kind), texts, None)
    shown = all_text(document)
    assert records.restricted_code in shown
    assert RESTRICTED not in shown and "Zoumald" not in shown
    assert RESTRICTED_PHONE not in shown and "Chef de groupe" not in shown
    assert reference(records, kind) in shown


def test_the_qip_sheet_holds_what_the_prc_reads(store):
    records = build_records(store, photos=4, long=False)
    document = record_sheet.qip_sheet(store, records.qip_id, catalogue.texts("en"))
    shown = all_text(document)
    assert records.qip_title in shown and records.qip_number in shown
    for expected in ("Objective", "Beneficiaries", "Budget", "Duplication check", "History"):
        assert expected in shown
    assert "USD 18,000" in shown and "Oxfam" in shown
    assert "1,000" in shown  # beneficiaries total
    tranches = next(t for t in document.tables() if t.caption == "Tranches")
    assert tranches.rows[-1][1] == "USD 12,000"  # the total of the twelve tranches
    assert "2 earlier tranches are not shown." in shown  # ten rows at most
    images = [b for b in record_sheet_blocks(document) if isinstance(b, ImageBlock)]
    assert len(images) == 2  # four photos, two abreast
    assert images[0].caption.startswith("Left: PHOTO-SITE · Right: Visit of 26 Jun 2026 (78 %)")
    assert "1 more photo is in the record." in shown
    for image in images:
        with Image.open(io.BytesIO(image.data)) as picture:
            assert picture.format == "JPEG" and picture.width > 1.5 * picture.height


def test_a_liaison_sheet_lists_participants_and_actions(store):
    records = build_records(store, photos=0, long=False)
    document = record_sheet.liaison_sheet(store, records.entry_id, catalogue.texts("en"))
    shown = all_text(document)
    for expected in (
        "Participants",
        "Information received",
        "Information passed",
        "Issues raised",
        "Follow-up actions",
        "Marie-Claire Yakité (OXF)",
        "Oxfam (OXF)",
        "ACTION-4 see the chief again",
        "5 actions open.",
    ):
        assert expected in shown


def test_an_exercise_database_marks_its_sheets(tmp_path):
    from factories import PASSPHRASE

    from cimicdesk.domain.enums import UnitLevel
    from cimicdesk.store.database import create_database

    training = create_database(
        tmp_path / "t.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE, training=True
    )
    try:
        incident = make_incident(training)
        document = record_sheet.incident_sheet(training, incident.id, catalogue.texts("en"))
        assert document.furniture.exercise
    finally:
        training.close()


def test_long_texts_are_shortened_with_a_note(store):
    records = build_records(store, photos=0, long=True)
    options = record_sheet.SheetOptions(now=NOW, text_limit=900)
    document = record_sheet.incident_sheet(
        store, records.incident_id, catalogue.texts("en"), options
    )
    shown = all_text(document)
    assert "Shortened to fit two pages: the full text is in the record." in shown
    assert len(shown) < len(LONG) * 2


# --- the PDF ------------------------------------------------------------------------------


def pdf_images(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_prints_on_one_or_two_pages_with_its_photos(store, tmp_path, kind):
    records = build_records(store, photos=4, long=True)
    out = record_commands.write_record(
        store, tmp_path / f"{kind}.pdf", kind, record_id(records, kind), now=NOW
    )
    pages = len(PdfReader(str(out)).pages)
    assert 1 <= pages <= 2, f"{kind}: {pages} pages"
    text = pdf_text(out)
    assert reference(records, kind) in text
    assert RESTRICTED not in text and "Zoumald" not in text and RESTRICTED_PHONE not in text
    assert records.restricted_code in text
    photos = 0 if kind == "liaison_entry" else record_sheet.MAX_PHOTOS
    assert pdf_images(out) == photos // 2  # two abreast in each picture
    captions = {"qip": "PHOTO-", "incident": "INCIDENT-PHOTO-", "support_request": "REQUEST-PHOTO-"}
    if kind in captions:
        assert all(f"{captions[kind]}{i}" in text for i in range(photos - 1)), text


def test_a_qip_prints_on_letter_in_french(store, tmp_path):
    records = build_records(store, photos=2, long=True)
    out = record_commands.write_record(
        store,
        tmp_path / "qip-fr.pdf",
        "qip",
        records.qip_id,
        paper="Letter",
        language="fr",
        now=NOW,
    )
    reader = PdfReader(str(out))
    assert len(reader.pages) <= 2
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    text = pdf_text(out)
    assert records.qip_number in text and "18 000" in text  # French grouping
    assert "Page 1 sur 2" in text and "Page 1 of" not in text  # the furniture speaks French
    assert "1 juin 2026" in text  # dates too


def test_an_unknown_id_or_kind_is_refused_and_no_file_is_left(store, tmp_path):
    records = build_records(store, photos=0, long=False)
    out = tmp_path / "none.pdf"
    with pytest.raises(CimicError, match="No QIP with id 'no-such-id'"):
        record_commands.write_record(store, out, "qip", "no-such-id")
    with pytest.raises(CimicError, match="not a kind of record that prints"):
        record_commands.write_record(store, out, "contact", records.qip_id)
    with pytest.raises(CimicError, match="No incident with id"):
        record_commands.write_record(store, out, "incident", records.qip_id)
    assert not out.exists()
    assert not any(p.name.startswith(".none.pdf") for p in tmp_path.iterdir())  # no temp file


def test_a_record_is_found_by_its_reference_or_its_id(store):
    records = build_records(store, photos=0, long=False)
    for kind in KINDS:
        found = record_commands.find_record(store, reference(records, kind).lower())
        assert found == (kind, record_id(records, kind))
        assert record_commands.find_record(store, record_id(records, kind)) == found
    with pytest.raises(CimicError, match="has the reference or id 'BANBAT1-QIP-1999-999'"):
        record_commands.find_record(store, "BANBAT1-QIP-1999-999")


def test_a_deleted_record_is_not_printed(store, tmp_path):
    records = build_records(store, photos=0, long=False)
    qips.delete_qip(store, records.qip_id)
    with pytest.raises(CimicError, match="was deleted"):
        record_commands.find_record(store, records.qip_number)
    with pytest.raises(CimicError, match="was deleted"):
        record_commands.write_record(store, tmp_path / "x.pdf", "qip", records.qip_id)
    assert not (tmp_path / "x.pdf").exists()


# --- the command line ----------------------------------------------------------------------


def test_print_record_writes_a_qip_found_by_its_number(store, db_path, tmp_path, capsys):
    from cimicdesk.cli import main

    records = build_records(store, photos=2, long=False)
    store.close()
    out = tmp_path / "prc.pdf"
    code = main(["print-record", str(db_path), records.qip_number, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert f"wrote {out}" in capsys.readouterr().out
    text = pdf_text(out)
    assert records.qip_number in text and records.qip_title in text
    assert RESTRICTED not in text and len(PdfReader(str(out)).pages) <= 2


def test_print_record_in_french_on_letter_by_id(store, db_path, tmp_path, capsys):
    from cimicdesk.cli import main

    records = build_records(store, photos=0, long=False)
    store.close()
    out = tmp_path / "entry.pdf"
    argv = ["print-record", str(db_path), records.entry_id, "--out", str(out)]
    assert main([*argv, "--lang", "fr", "--paper", "Letter"]) == 0, capsys.readouterr().err
    text = pdf_text(out)
    assert records.entry_ref in text and "sur 1" in text


def test_print_record_refuses_an_unknown_reference_and_writes_nothing(
    store, db_path, tmp_path, capsys
):
    from cimicdesk.cli import main

    build_records(store, photos=0, long=False)
    store.close()
    out = tmp_path / "nothing.pdf"
    code = main(["print-record", str(db_path), "BANBAT1-QIP-1999-999", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "No QIP, incident, support request, liaison entry or assessment has the" in err
    assert "Traceback" not in err and not out.exists()


def test_a_word_copy_holds_the_same_sheet(store, tmp_path):
    from docx import Document as WordDocument

    records = build_records(store, photos=2, long=False)
    out = record_commands.write_record(store, tmp_path / "qip.docx", "qip", records.qip_id, now=NOW)
    word = WordDocument(str(out))
    paragraphs = "\n".join(p.text for p in word.paragraphs)
    cells = "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert records.qip_title in paragraphs
    assert records.qip_number in cells and records.restricted_code in cells
    assert RESTRICTED not in paragraphs + cells
    assert "1. Objective: how it builds confidence" in paragraphs
    assert len(word.inline_shapes) == 2  # three photos: a pair abreast, then one alone
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_qip_before_the_prc_prints_as_its_proposal(store):
    qip = make_qip(store, "Latrines for the Bambari market", objective="OBJECTIVE-TEXT")
    document = record_sheet.qip_sheet(store, qip.id, catalogue.texts("en"))
    assert document.furniture.title == f"QIP proposal {qip.number}"
    [title] = [b for b in document.blocks if isinstance(b, Title)]
    assert title.subtitle == f"{qip.number} · Proposal for the project review committee"
    shown = all_text(document)
    assert "OBJECTIVE-TEXT" in shown and "Decision of the PRC" in shown
    assert "Monitoring visits" not in shown  # none yet: no empty section


def test_a_photo_that_cannot_be_read_is_named_not_fatal(store, tmp_path):
    incident = make_incident(store)
    kept = attachments.attach_photo(store, "incidents", incident.id, photo(1), caption="KEPT")
    broken = attachments.attach_photo(
        store, "incidents", incident.id, photo(2, (641, 479)), filename="broken.jpg", caption="X"
    )  # a size of its own: never scaled (and kept) by an earlier test
    store.db.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", [b"not a jpeg", broken.sha256])
    out = record_commands.write_record(store, tmp_path / "i.pdf", "incident", incident.id, now=NOW)
    text = pdf_text(out)
    assert "KEPT" in text and "The photo broken.jpg cannot be read." in text
    assert pdf_images(out) == 1 and kept.sha256 != broken.sha256
