"""Community assessments as HXL-tagged CSV for the humanitarian clusters (issue 18).

One row per assessment and sector looked at, so a cluster filters by #sector: the
community, its population by group, the sector's JIAF severity with the key facts and
their sources (docs/assessment-fields.md, "HXL export"). A sector seen but not rated has
an empty #severity, never a 1: "not known" must not read as "fine". #inneed is present
and always empty: a CIMIC team does not count people in need, and the column's heading
says so rather than copying the population into it. The figures are the team's
estimates, and the headings say that too. Officers' texts (key facts, sources) go out as
they were typed. Tombstoned assessments and sectors never appear.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from cimicdesk.domain.assessment import POPULATION_PARTS, Assessment, SectorRating
from cimicdesk.reports.hxl_table import Column, number, position, write_hxl_csv
from cimicdesk.store import assessments as assessment_repo
from cimicdesk.store.database import Store

# The HXL hashtag of each population group, then the attributes of its parts
# (total, women, men, children: women and men are adults, children under 18).
_GROUPS = (
    ("resident", "Residents", "Resident", "#population"),
    ("idps", "IDPs", "IDP", "#affected+idps"),
    ("returnees", "Returnees", "Returnee", "#affected+returnees"),
)
_PARTS = (
    ("total", "(estimate)", "+total"),
    ("women", "women (18+)", "+f+adults"),
    ("men", "men (18+)", "+m+adults"),
    ("children", "children (under 18)", "+children"),
)


def _population_columns() -> tuple[Column, ...]:
    columns = []
    for _, plural, singular, tag in _GROUPS:
        for part, words, attributes in _PARTS:
            name = plural if part == "total" else singular
            columns.append(Column(f"{name} {words}", f"{tag}{attributes}"))
    return tuple(columns)


COLUMNS = (
    Column("Assessment", "#meta+id"),
    Column("Date assessed", "#date+assessed"),
    Column("Assessed by", "#org+name+assessor"),
    Column("Admin 1", "#adm1+name"),
    Column("Admin 2", "#adm2+name"),
    Column("Community", "#loc+name"),
    Column("Community type", "#loc+type"),
    Column("Where", "#loc+description"),
    Column("Latitude", "#geo+lat"),
    Column("Longitude", "#geo+lon"),
    Column("Methods", "#meta+method"),
    *_population_columns(),
    Column("People in need (not counted by CIMIC teams)", "#inneed"),
    Column("Sector", "#sector+name"),
    Column("Cluster", "#sector+cluster+code"),
    Column("Severity (JIAF 1-5, empty: not rated)", "#severity"),
    Column("Key facts", "#description+facts"),
    Column("Sources", "#meta+source"),
)
SEPARATOR = "; "  # between names or methods in one cell


def assessed_by(assessment: Assessment, names: Mapping[str, str]) -> str:
    """The unit that assessed, then the organisations of a joint team, by name."""
    joint = [names.get(org_id, "") for org_id in assessment.joint_organisation_ids]
    return SEPARATOR.join(p for p in (assessment.origin_unit, *joint) if p)


def _population(assessment: Assessment) -> list[str]:
    cells = []
    for group, _, _, _ in _GROUPS:
        # A total not given is the sum of the parts known (Assessment.population_total).
        cells.append(number(assessment.population_total(group)))
        cells += [number(getattr(assessment, f"{group}_{part}")) for part in POPULATION_PARTS[1:]]
    return cells


def assessment_rows(assessment: Assessment, names: Mapping[str, str]) -> Iterator[list[str]]:
    """The assessment's rows, one per live sector in the scale's order (in COLUMNS' order)."""
    lat, lon = position(assessment.grid)
    common = [
        assessment.reference,
        assessment.assessed_on,
        assessed_by(assessment, names),
        assessment.adm1,
        assessment.adm2,
        assessment.community_name,
        assessment.community_kind.label,
        assessment.place,
        lat,
        lon,
        SEPARATOR.join(method.label for method in assessment.methods),
        *_population(assessment),
        "",  # #inneed: never filled (the module's docstring says why)
    ]
    for rating in assessment.live_sectors():
        yield [*common, *_sector(rating)]


def _sector(rating: SectorRating) -> list[str]:
    cluster = rating.sector.cluster
    return [
        rating.sector.label,
        cluster.value if cluster is not None else "",
        rating.severity.value if rating.severity is not None else "",
        rating.key_facts,
        rating.sources,
    ]


def all_rows(assessments: Iterable[Assessment], names: Mapping[str, str]) -> Iterator[list[str]]:
    for assessment in assessments:
        if not assessment.deleted:
            yield from assessment_rows(assessment, names)


def write_assessments_csv(
    store: Store, out: Path, *, date_from: str | None = None, date_to: str | None = None
) -> int:
    """Write the assessments of [date_from, date_to) (None: no bound), oldest first, to
    `out` as HXL CSV (UTF-8); return the number of rows written."""
    assessments = assessment_repo.assessments_between(store, date_from, date_to)
    org_ids = {i for a in assessments for i in a.joint_organisation_ids}
    names = assessment_repo.organisation_names(store, sorted(org_ids))
    return write_hxl_csv(out, COLUMNS, all_rows(assessments, names), training=store.training)
