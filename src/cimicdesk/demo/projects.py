"""Made-up quick impact projects, each walked through its lifecycle up to the period's end."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from cimicdesk.demo import words
from cimicdesk.domain.enums import AssessmentSector, QipCategory, QipStatus
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.qip import MonitoringVisit, Qip, QipTransition, Tranche, apply_transition
from cimicdesk.store import qips

if TYPE_CHECKING:
    from cimicdesk.demo.operations import Builder

S = QipStatus
CIVIL_BUDGET_STEP = 500  # budgets are asked for in round figures
TEXT = words.QIP_TEXT


def add_qip(b: Builder) -> None:
    """One project at the stage its age allows, with its tranches, visits and transitions."""
    r = b.rng
    town, site, grid, extra = b.where()
    category = r.choices(list(words.QIP_WEIGHTS), list(words.QIP_WEIGHTS.values()))[0]
    title = r.choice(words.QIP_TITLES[category]).format(town=town.name, site=site)
    identified = b.day()
    qip = Qip(
        id=b.uuid(),
        number=b.number(qips.next_number, identified.year),
        title=title,
        category=category,
        place=f"{site}, {town.name}",
        grid=grid,
        proposing_unit=b.store.unit.name,
        local_currency="XAF",
        exchange_rate=float(r.randrange(560, 630)),
        transitions=[],
    )
    qip.transitions.append(
        QipTransition(
            qip_id=qip.id,
            seq=1,
            to_status=S.IDENTIFIED,
            transition_date=identified.isoformat(),
            note="Recorded",  # as qips.save_qip records a new project
        )
    )
    men, women = r.randrange(80, 1500), r.randrange(80, 1600)
    qip.targeted_men, qip.targeted_women = men, women
    qip.targeted_children = r.randrange(0, 2500)
    qip.focal_point_id = b.pick(b.contacts, 0.8)
    qip.assessment_id = justifying_assessment(b, town.name, category, identified)
    _Walk(b, qip, town.name, site).walk(identified)
    errors = qip.field_errors()
    if errors:  # a bug in this generator, not in the data an officer would type
        raise ValidationError(errors)
    b.add("qips", qip, b.stamp(identified), extra)
    for tranche in qip.tranches:
        b.add("qip_tranches", tranche, b.stamp(date.fromisoformat(tranche.paid_on)))
    for visit in qip.visits:
        b.add("qip_visits", visit, b.stamp(date.fromisoformat(visit.visit_date)))
    for transition in qip.transitions:
        transition.id = b.uuid()
        b.add(
            "qip_transitions", transition, b.stamp(date.fromisoformat(transition.transition_date))
        )
    qip.partner_name = b.org_names.get(qip.implementing_partner_id or "", ("", ""))[0]
    b.writer.add_index(qips.KIND, qip.id, qips.index_text(qip))


# The sector of an assessment a project of each category answers.
ANSWERS = {
    QipCategory.WASH: AssessmentSector.WASH,
    QipCategory.HEALTH: AssessmentSector.HEALTH,
    QipCategory.EDUCATION: AssessmentSector.EDUCATION,
    QipCategory.LIVELIHOODS_INCOME: AssessmentSector.LIVELIHOODS,
    QipCategory.PROTECTION_GENDER: AssessmentSector.PROTECTION,
    QipCategory.PUBLIC_INFRASTRUCTURE: AssessmentSector.ACCESS_SECURITY,
    QipCategory.RULE_OF_LAW_SECURITY: AssessmentSector.ACCESS_SECURITY,
}
JUSTIFIED_WITHIN = 120  # days: an assessment older than that no longer justifies a project


def justifying_assessment(
    b: Builder, town: str, category: QipCategory, identified: date
) -> str | None:
    """The assessment of the town's community whose recommendation the project answers,
    made in the months before it was identified (None: most projects name none).

    Drawn from the builder's own stream for links (b.links), so that the projects, their
    budgets and lifecycles are the same as before assessments were seeded."""
    sector = ANSWERS.get(category)
    if sector is None or not b.assessments:
        return None
    earliest = identified - timedelta(days=JUSTIFIED_WITHIN)
    found = [
        a
        for a in b.assessments
        if a.town == town and earliest <= a.assessed_on <= identified and sector in a.severe
    ]
    answered = [a for a in found if a.answered is sector]
    chosen = answered or found
    if not chosen or b.links.random() >= (0.6 if answered else 0.15):
        return None
    return b.links.choice(chosen).id


class _Walk:
    """One project's way through its lifecycle. Attributes: b (the builder), qip, town, site."""

    def __init__(self, b: Builder, qip: Qip, town: str, site: str):
        self.b = b
        self.qip = qip
        self.town = town
        self.site = site

    def _step(self, to: QipStatus, day: date, note: str = "") -> bool:
        """Move the project on `day` if that day has come; False when the walk must stop."""
        if day >= self.b.end:
            return False
        apply_transition(
            self.qip,
            to,
            self.b.settings,
            on=day,
            today=self.b.end,
            recorded_by=TEXT["recorded_by"],
            note=note,
        )
        return True

    def walk(self, day: date) -> None:
        """From identification to approval (or rejection), then _run."""
        b, r, qip = self.b, self.b.rng, self.qip
        ceiling = b.settings.qip_ceiling_usd
        if r.random() < 0.15:
            low, high = int(ceiling * 0.88), int(ceiling)
        else:
            low, high = int(ceiling * 0.15), int(ceiling * 0.85)
        step = CIVIL_BUDGET_STEP
        qip.budget_requested_usd = float(r.randrange(low // step, high // step + 1) * step)
        qip.objective = r.choice(words.OBJECTIVES).format(town=self.town, site=self.site)
        day = b.later(day, 3, 14)
        if not self._step(S.PROPOSAL_DRAFTED, day):
            return
        planned_start = b.later(day, 25, 50)
        qip.planned_start = planned_start.isoformat()
        months = r.choice((2, 3, 4, 4, 5, 5, 6, 6, 6, 7))  # a few plans are too long
        qip.planned_end = (planned_start + timedelta(days=30 * months)).isoformat()
        qip.implementing_partner_id = b.pick(b.organisations, 0.95)
        qip.community_contribution = TEXT["community_contribution"]
        qip.community_contribution_usd = float(round(qip.budget_requested_usd * 0.07, -2))
        for resubmitted in (False, True):
            for to, low_days, high_days in ((S.SUBMITTED, 3, 10), (S.UNDER_REVIEW, 2, 10)):
                day = b.later(day, low_days, high_days)
                if not self._step(to, day):
                    return
            day = b.later(day, 5, 20)
            qip.review_ref = f"PRC/{day.year}/{r.randrange(1, 200):03d}"
            roll = r.random()
            if not qip.implementing_partner_id or roll < 0.04:
                self._step(S.REJECTED, day, TEXT["rejected"])
                return
            if roll < 0.14 and not resubmitted:
                if not self._step(S.RETURNED, day, TEXT["returned"]):
                    return
                day = b.later(day, 5, 15)
                if not self._step(S.PROPOSAL_DRAFTED, day):
                    return
                continue
            break
        share = r.choice((1.0, 1.0, 0.95, 0.9))
        qip.budget_approved_usd = float(round(qip.budget_requested_usd * share, -2))
        qip.budget_approved_usd = min(qip.budget_approved_usd, ceiling)
        if not self._step(S.APPROVED, day):
            return
        self._run(day)

    def _run(self, day: date) -> None:
        """From approval on: agreement, tranches, implementation with visits, handover."""
        b, r, qip = self.b, self.b.rng, self.qip
        if r.random() < 0.04:
            self._step(S.CANCELLED, b.later(day, 3, 20), TEXT["cancelled"])
            return
        day = b.later(day, 5, 20)
        if not self._step(S.AGREEMENT_SIGNED, day):
            return
        day = b.later(day, 3, 12)
        if day >= b.end:
            return
        budget = qip.budget_approved_usd
        parts = [round(budget * share, -2) for share in (0.5, 0.3)]
        parts.append(budget - sum(parts))
        self._tranche(day, parts[0])
        self._step(S.DISBURSED, day)
        day = b.later(day, 1, 7)
        if not self._step(S.IN_IMPLEMENTATION, day):
            return
        planned = (date.fromisoformat(qip.planned_end) - date.fromisoformat(qip.planned_start)).days
        overrun = r.choice((0.8, 0.9, 1.0, 1.0, 1.1, 1.3, 1.6))
        finish = day + timedelta(days=max(30, int(planned * overrun)))
        visit_day, paid = day, 1
        while True:
            visit_day = b.later(visit_day, 14, 35)
            if visit_day >= min(finish, b.end):
                break
            done = (visit_day - day).days / max(1, (finish - day).days)
            percent = min(95, int(done * 100) + r.randrange(-5, 6))
            self._visit(visit_day, max(0, percent))
            if paid == 1 and percent >= 45:
                self._tranche(visit_day, parts[1])
                paid = 2
        if finish >= b.end:
            return
        if paid == 1:
            self._tranche(finish, parts[1])
        self._tranche(finish, parts[2])
        self._visit(finish, 100, final=True)
        qip.reached_men = int(qip.targeted_men * r.uniform(0.8, 1.1))
        qip.reached_women = int(qip.targeted_women * r.uniform(0.8, 1.1))
        qip.reached_children = int(qip.targeted_children * r.uniform(0.8, 1.1))
        if not self._step(S.COMPLETED, finish):
            return
        qip.receiving_authority = r.choice(words.AUTHORITIES).format(town=self.town, site=self.site)
        day = b.later(finish, 5, 20)
        if not self._step(S.HANDED_OVER, day, TEXT["handed_over"]):
            return
        qip.final_report_ref = f"FR-{qip.number}"
        self._step(S.CLOSED, b.later(day, 10, 30))

    def _visit(self, day: date, percent: int, final: bool = False) -> None:
        visit_id = self.b.uuid()
        findings = TEXT["final_findings"] if final else self.b.rng.choice(words.FINDINGS)
        self.qip.visits.append(
            MonitoringVisit(
                id=visit_id,
                qip_id=self.qip.id,
                visit_date=day.isoformat(),
                percent_complete=percent,
                findings=findings,
                visited_by=TEXT["visited_by"],
            )
        )

    def _tranche(self, day: date, amount: float) -> None:
        if amount <= 0:
            return
        self.qip.tranches.append(
            Tranche(
                id=self.b.uuid(),
                qip_id=self.qip.id,
                paid_on=day.isoformat(),
                amount_usd=float(amount),
                reference=f"PV-{day:%Y%m%d}-{self.b.rng.randrange(100, 1000)}",
            )
        )
