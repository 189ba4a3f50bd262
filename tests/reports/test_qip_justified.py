"""A QIP justified by an assessment: an unknown assessment is refused at save, the
database untouched; the QIP's sheet prints the link and who already works there."""

from __future__ import annotations

import pytest
from assessed_communities import A, assess
from factories import make_org, make_qip
from report_helpers import pdf_text

from cimicdesk.domain.enums import QipCategory
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.qip import Qip
from cimicdesk.reports import record_commands
from cimicdesk.store import qips


def test_an_unknown_assessment_is_refused_and_nothing_is_saved(store):
    with pytest.raises(ValidationError) as refused:
        qips.save_qip(
            store,
            Qip(title="Borehole", category=QipCategory.WASH, assessment_id="no-such-assessment"),
        )
    assert [(e.field, str(e.message)) for e in refused.value.errors] == [
        ("assessment_id", "That assessment is unknown.")
    ]
    assert qips.count_qips(store) == 0
    qip = make_qip(store)
    qip.assessment_id = "no-such-assessment"
    with pytest.raises(ValidationError):
        qips.save_qip(store, qip)
    assert qips.get_qip(store, qip.id).assessment_id is None


def test_the_qip_sheet_prints_the_assessment_and_who_already_works_there(store, tmp_path):
    mercy = make_org(store, "Mercy Corps")
    found = assess(store, "Kidjigra", "2026-10-12", {A.WASH: 4}, present=[mercy])
    qip = make_qip(store, assessment_id=found.id, duplication_check="DUP-CHECK no one digs here.")
    text = pdf_text(record_commands.write_record(store, tmp_path / "q.pdf", "qip", qip.id))
    assert f"Justified by {found.reference} · Kidjigra · 12 Oct 2026" in text
    assert (
        f"Who already works there, as assessment {found.reference} of 12 Oct 2026 found: "
        "Mercy Corps." in text
    )
    # Above the officer's own check, in the same section.
    assert text.find("Duplication check") < text.find("Mercy Corps.") < text.find("DUP-CHECK")
