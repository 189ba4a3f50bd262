"""The handover brief: who matters (restricted people only by code), what is open, trends."""

from __future__ import annotations

import pytest
from report_helpers import NOW, TODAY, pdf_pages, pdf_text

from cimicdesk.reports import commands
from cimicdesk.reports.data import gather_handover, restricted_code
from cimicdesk.store.report_drafts import ReportDraft, save_draft


@pytest.fixture
def brief(store, mission, tmp_path):
    save_draft(
        store,
        ReportDraft(
            kind="handover_brief",
            period_start=TODAY.isoformat(),
            period_end=TODAY.isoformat(),
            assessment="HANDOVER-NOTES The chefferie of Kpata expects a visit each month.",
            planned_activities="COMING-UP Peace committee meeting on 2 December",
            prepared_by="Capt Aïssatou Diallo",
            approved_by="Capt Émile Ndjadi",
        ),
    )
    return commands.write_handover_brief(store, tmp_path / "brief.pdf", as_of=TODAY, now=NOW)


def test_restricted_contacts_are_given_only_by_code(store, mission, brief):
    text = pdf_text(brief)
    assert "Zoumaldé" not in text
    assert "72 11 22 33" not in text and "Chef de groupe" not in text
    assert restricted_code(mission.restricted_id) in text
    assert "Marie-Claire Yakité BN1" in text and "+236 75 00 11 22" in text


def test_open_work_is_handed_over(brief):
    text = pdf_text(brief)
    assert "Pass the case figures to Sector HQ" in text  # open follow-up action
    assert "QIP-RUNNING BN1 borehole at Kidjigra" in text
    assert "QIP-IDENTIFIED BN1" in text
    assert "QIP-CANCELLED-EARLY" not in text
    assert "INCIDENT-W47-A" in text and "OLD-INCIDENT-W46" in text  # both still open
    assert "REQUEST-W47" in text and "REQUEST-CARRIED" in text
    assert "REQUEST-CANCELLED-W46" not in text
    assert "DELETED" not in text


def test_sections_notes_and_sign_off(brief):
    text = pdf_text(brief)
    titles = [
        "1. Outgoing officer's notes",
        "2. Key organisations",
        "3. Key contacts",
        "4. Open follow-up actions",
        "5. Running QIPs and their next steps",
        "6. Open incidents",
        "7. Open mission support requests",
        "8. Trends over the last 4 weeks",
        "9. Coming up for the incoming officer",
        "Handed over by",
    ]
    positions = [text.find(t) for t in titles]
    assert -1 not in positions and positions == sorted(positions)
    assert "HANDOVER-NOTES" in text and "COMING-UP" in text and "Capt Émile Ndjadi" in text


def test_every_page_is_marked_and_numbered(brief):
    pages = pdf_pages(brief)
    for number, page in enumerate(pages, start=1):
        assert page.count("UN RESTRICTED") >= 2
        assert f"Page {number} of {len(pages)}" in page
        assert "BANBAT 1" in page and "As of 23 Nov 2026" in page


def test_trends_cover_the_last_four_weeks(store, mission):
    data = gather_handover(store, as_of=TODAY, now=NOW)
    assert [(t.start.isoformat(), t.end.isoformat()) for t in data.trends] == [
        ("2026-10-27", "2026-11-02"),
        ("2026-11-03", "2026-11-09"),
        ("2026-11-10", "2026-11-16"),
        ("2026-11-17", "2026-11-23"),
    ]
    # 16 Nov meeting and the W46 one fall in the third block; 18, 22 and 23 Nov in the last.
    assert [t.meetings for t in data.trends] == [0, 0, 2, 3]
    assert [t.incidents for t in data.trends] == [0, 0, 1, 2]
    assert data.trends[-1].killed == 2
    assert data.totals["restricted contacts"] == 1
    organisations = [o.name for o in data.organisations]
    assert organisations[0] == "UNHCR BN1 (UNHCR)"  # met most often
    assert len(data.contacts) == 2


def test_an_empty_database_still_gives_a_brief(store, tmp_path):
    text = pdf_text(commands.write_handover_brief(store, tmp_path / "b.pdf", now=NOW))
    for sentence in (
        "No open follow-up actions.",
        "No QIPs running.",
        "No open incidents.",
        "No open mission support requests.",
        "No meetings or incidents in the last four weeks.",
    ):
        assert sentence in text
