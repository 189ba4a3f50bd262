"""A community assessment on paper: the community, the team, the population, each sector's
severity with its key facts, infrastructure, who works there, actions and the summary."""

from __future__ import annotations

from cimicdesk.domain.assessment import POPULATION_GROUPS, POPULATION_PARTS, Assessment
from cimicdesk.domain.assessment_trend import worst_severity
from cimicdesk.domain.enums import Severity
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports.data import grid_text
from cimicdesk.reports.document import Block, Bullets, Document, Paragraph, Table, Title
from cimicdesk.reports.sheet_base import SHORTENED, Sheet, SheetOptions, cells, one_line
from cimicdesk.store import assessments as assessment_repo
from cimicdesk.store.database import Store

GROUP_NAMES: dict[str, Message] = {
    "resident": msg("Residents"),
    "idps": msg("IDPs"),
    "returnees": msg("Returnees"),
}
NOT_KNOWN = "–"  # a figure the team did not get (0 is printed as 0: none)


def assessment_sheet(
    store: Store, assessment_id: str, texts: Texts, options: SheetOptions | None = None
) -> Document:
    """A community assessment for the file or for a partner: every field, the sectors
    with their severity (not rated said so), infrastructure, actions, organisations by name."""
    assessment = assessment_repo.get_assessment(store, assessment_id)
    sheet = Sheet(store, texts, options or SheetOptions())
    t = sheet.t
    doc = sheet.document(msg("Community assessment"), assessment.reference, assessment.origin_unit)
    line = [t(assessment.community_kind), assessment.reference, sheet.day(assessment.assessed_on)]
    doc.add(Title(assessment.community_name, " · ".join(p for p in line if p)))
    doc.add(
        sheet.fields(
            [
                (msg("Reference"), assessment.reference),
                (msg("Date"), sheet.day(assessment.assessed_on)),
                (msg("Kind"), assessment.community_kind),
                (msg("Unit"), assessment.origin_unit),
                (msg("Place"), sheet.where(assessment.place, assessment.grid)),
                (msg("Admin areas"), _admin_areas(sheet, assessment)),
                (msg("Team"), assessment.team),
                (msg("Joint with"), _names(sheet, assessment.joint_organisation_ids)),
                (msg("Methods"), ", ".join(t(m) for m in assessment.methods)),
                (msg("Key informants"), _informants(sheet, assessment)),
            ]
        )
    )
    sectors = assessment.live_sectors()
    summary, *facts = sheet.budgets([assessment.summary, *(s.key_facts for s in sectors)])
    doc.extend(sheet.section(1, msg("The population"), _population(sheet, assessment)))
    doc.extend(sheet.section(2, msg("The sectors"), _sectors(sheet, assessment, facts)))
    doc.extend(sheet.section(3, msg("Infrastructure seen"), _infrastructure(sheet, assessment)))
    present = [_name(sheet, i) for i in assessment.present_organisation_ids]
    doc.extend(
        sheet.section(
            4,
            msg("Who already works there"),
            [Bullets(tuple(present))]
            if present
            else [Paragraph(t(msg("No organisation recorded.")), "note")],
        )
    )
    doc.extend(sheet.section(5, msg("Recommended actions"), _actions(sheet, assessment)))
    doc.extend(sheet.section(6, msg("Summary"), sheet.free_text(assessment.summary, summary)))
    return doc


def _admin_areas(sheet: Sheet, assessment: Assessment) -> str:
    """'Ouaka (prefecture) · Bambari (sub-prefecture)', either alone when the other is empty."""
    parts = []
    if assessment.adm1:
        parts.append(sheet.t(msg("{name} (prefecture)", name=assessment.adm1)))
    if assessment.adm2:
        parts.append(sheet.t(msg("{name} (sub-prefecture)", name=assessment.adm2)))
    return " · ".join(parts)


def _informants(sheet: Sheet, assessment: Assessment) -> str:
    """The key informants from the directory, a restricted one by its code only."""
    return " · ".join(p for p in map(sheet.person, assessment.informant_contact_ids) if p)


def _name(sheet: Sheet, org_id: str) -> str:
    """An organisation's name (one no longer in the directory: its id, not a blank)."""
    return sheet.organisation(org_id) or org_id


def _names(sheet: Sheet, ids: tuple[str, ...]) -> str:
    return " · ".join(_name(sheet, i) for i in ids)


def _population(sheet: Sheet, assessment: Assessment) -> list[Block]:
    t = sheet.t
    rows = []
    for group in POPULATION_GROUPS:
        figures = [getattr(assessment, f"{group}_{part}") for part in POPULATION_PARTS[1:]]
        total = assessment.population_total(group)
        rows.append(
            (
                t(GROUP_NAMES[group]),
                *(NOT_KNOWN if n is None else t(n) for n in (total, *figures)),
            )
        )
    header = (
        "",
        t(msg("Total")),
        t(msg("Women (18 and over)")),
        t(msg("Men (18 and over)")),
        t(msg("Children (under 18)")),
    )
    return [
        Table(
            header=header,
            rows=tuple(rows),
            widths=(0.2, 0.2, 0.2, 0.2, 0.2),
            numeric=frozenset({1, 2, 3, 4}),
            bold_first=True,
        ),
        Paragraph(
            t(
                msg(
                    "Estimates of the team; – not known. A total not given is the sum of the "
                    "figures known."
                )
            ),
            "small",
        ),
    ]


def _severity(sheet: Sheet, severity: Severity | None) -> str:
    """'3 Severe', or 'Not rated' for a sector seen without enough to rate it."""
    if severity is None:
        return sheet.t(msg("Not rated"))
    return f"{severity.value} {sheet.t(severity)}"


def _sectors(sheet: Sheet, assessment: Assessment, budgets: list[int]) -> list[Block]:
    t = sheet.t
    sectors = assessment.live_sectors()
    if not sectors:
        return [Paragraph(t(msg("No sector recorded.")), "note")]
    rows = []
    cut = False
    for rating, budget in zip(sectors, budgets, strict=True):
        facts = one_line(rating.key_facts, max(budget, 80))
        cut = cut or facts != " ".join(rating.key_facts.split())
        rows.append((t(rating.sector), _severity(sheet, rating.severity), facts, rating.sources))
    worst = worst_severity(assessment)
    lead: list[Block] = []
    if worst is not None:
        lead.append(
            Paragraph(
                t(msg("Worst severity: {severity}", severity=_severity(sheet, worst))), "lead"
            )
        )
    table = Table(
        header=(t(msg("Sector")), t(msg("Severity")), t(msg("Key facts")), t(msg("Sources"))),
        rows=tuple(cells(r) for r in rows),
        widths=(0.2, 0.14, 0.46, 0.2),
        bold_first=True,
    )
    if cut:
        sheet.shortened = True
        return [*lead, table, Paragraph(t(SHORTENED), "small")]
    return [*lead, table]


def _infrastructure(sheet: Sheet, assessment: Assessment) -> list[Block]:
    t = sheet.t
    items = [i for i in assessment.infrastructure if not i.deleted]
    if not items:
        return [Paragraph(t(msg("No infrastructure recorded.")), "note")]
    rows: list[tuple[object, ...]] = [
        (t(i.kind), t(i.state), one_line(i.note, 200), grid_text(i.grid)) for i in items
    ]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n(
            "{n} more item of infrastructure is in the record.",
            "{n} more items of infrastructure are in the record.",
            n,
        ),
    )
    table = Table(
        header=(t(msg("Kind")), t(msg("State")), t(msg("Note")), t(msg("Grid"))),
        rows=tuple(cells(r) for r in shown),
        widths=(0.26, 0.18, 0.34, 0.22),
        refs=frozenset({3}),
    )
    return [table, *more]


def _actions(sheet: Sheet, assessment: Assessment) -> list[Block]:
    t = sheet.t
    actions = [a for a in assessment.actions if not a.deleted]
    if not actions:
        return [Paragraph(t(msg("No action recommended.")), "note")]
    rows: list[tuple[object, ...]] = [
        (one_line(a.description, 400), t(a.addressed_to), t(a.sector) if a.sector else "")
        for a in actions
    ]
    shown, more = sheet.clipped_rows(
        rows,
        lambda n: msg_n(
            "{n} more action is in the record.", "{n} more actions are in the record.", n
        ),
    )
    table = Table(
        header=(t(msg("Recommended action")), t(msg("For")), t(msg("Sector"))),
        rows=tuple(cells(r) for r in shown),
        widths=(0.5, 0.28, 0.22),
    )
    return [table, *more]
