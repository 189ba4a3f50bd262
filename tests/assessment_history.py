"""Assessments dated from today, saved through the store: the trend and reminder tests' data."""

from __future__ import annotations

from datetime import date, timedelta

from cimicdesk.domain.assessment import Assessment, SectorRating
from cimicdesk.domain.assessment_trend import community_key
from cimicdesk.domain.enums import AssessmentSector, Severity
from cimicdesk.store.assessments import save_assessment

# Villages of the Kaga-Bandoro area (Nana-Grébizi), each at its own 1 km square.
GRIDS = {
    "Ouandago": "34N CN 06700 79630",
    "Ndomete": "34N CN 20000 73000",
    "Bokolobo": "34N CN 15000 66000",
    "Kpokpo": "34N CN 00046 73027",
}


def days_ago(days: int) -> str:
    return (date.today() - timedelta(days=days)).isoformat()


def assess(
    store,
    village: str,
    days: int,
    ratings: dict[AssessmentSector, Severity | None],
    **kw,
) -> Assessment:
    """An assessment of a village `days` before today, rated as given."""
    values = {
        "community_name": village,
        "adm1": "Nana-Grébizi",
        "adm2": "Kaga-Bandoro",
        "grid": GRIDS[village],
        "assessed_on": days_ago(days),
        "team": "BANBAT 1 CIMIC team 2",
        "sectors": [
            SectorRating(sector=sector, severity=severity, key_facts=f"{village}: seen")
            for sector, severity in ratings.items()
        ],
    }
    values.update(kw)
    return save_assessment(store, Assessment(**values), today=date.today())


def key_of(assessment: Assessment) -> str:
    """The community key as the store keeps it."""
    return community_key(assessment).text
