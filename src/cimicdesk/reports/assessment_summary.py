"""The period's community assessments as the sitreps' civil situation sums them up (data only).

Each assessment of the period becomes one row: the community, its kind, the day, the
worst severity and the sectors whose severity changed since the community's last earlier
assessment that rated them, wherever that one falls (before the period, or earlier in it;
by any unit, as two battalions may assess the same village). Rows hold enums, dates and
the officers' names of places; reports.sitrep_assessments renders them in the report's
language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.assessment_trend import (
    CommunityKey,
    SeverityChange,
    changes_since,
    community_key,
    in_date_order,
    worst_severity,
)
from cimicdesk.domain.enums import CommunityKind, Severity
from cimicdesk.store import assessments as assessment_repo
from cimicdesk.store.database import Store


@dataclass(frozen=True)
class AssessedCommunity:
    """One assessment of the period: where, when, how bad, and what changed since the
    community's earlier assessments (previous_on None: its first assessment)."""

    unit: str
    reference: str
    community: str  # as the team wrote it
    kind: CommunityKind
    assessed_on: date
    worst: Severity | None
    changes: tuple[SeverityChange, ...]
    previous_on: date | None
    key: CommunityKey

    @property
    def rose(self) -> bool:
        """A sector got worse since the previous assessment."""
        return any(change.rose for change in self.changes)

    @property
    def rises(self) -> tuple[SeverityChange, ...]:
        return tuple(change for change in self.changes if change.rose)


def earlier_of(assessment: Assessment, history: Iterable[Assessment]) -> list[Assessment]:
    """The community's assessments before this one (in the order every unit sees them:
    day, then creation, then id), oldest first; deleted ones do not count."""
    ordered = in_date_order(a for a in history if not a.deleted and a.id != assessment.id)
    mark = (assessment.assessed_on, assessment.created_at, assessment.id)
    return [a for a in ordered if (a.assessed_on, a.created_at, a.id) < mark]


def assessed_row(assessment: Assessment, earlier: list[Assessment]) -> AssessedCommunity:
    """One assessment as the sitrep lists it, its changes measured as the trend measures
    them (changes_since); previous_on is the earliest day a change is measured from, or
    the previous assessment's when nothing changed."""
    moved = changes_since(earlier, assessment)
    if not earlier:
        previous_on = None
    elif moved:
        previous_on = date.fromisoformat(min(c.before_on for c in moved))
    else:
        previous_on = date.fromisoformat(earlier[-1].assessed_on)
    return AssessedCommunity(
        unit=assessment.origin_unit,
        reference=assessment.reference,
        community=assessment.community_name,
        kind=assessment.community_kind,
        assessed_on=date.fromisoformat(assessment.assessed_on),
        worst=worst_severity(assessment),
        changes=tuple(moved),
        previous_on=previous_on,
        key=community_key(assessment),
    )


def summarise(
    assessments: Iterable[Assessment],
    history: Callable[[CommunityKey], list[Assessment]],
) -> list[AssessedCommunity]:
    """The period's live assessments as rows: those whose severity rose first, then the
    others, each part in date order. `history` gives a community's every assessment (the
    store's community_history); it is asked once per community."""
    found: dict[CommunityKey, list[Assessment]] = {}
    rows = []
    for assessment in in_date_order(a for a in assessments if not a.deleted):
        key = community_key(assessment)
        if key not in found:
            found[key] = history(key)
        rows.append(assessed_row(assessment, earlier_of(assessment, found[key])))
    return order_rows(rows)


def order_rows(rows: Iterable[AssessedCommunity]) -> list[AssessedCommunity]:
    """Rises first (the most steps up first), then by day and community."""
    return sorted(
        rows,
        key=lambda r: (
            not r.rose,
            -max((c.steps for c in r.changes), default=0),
            r.assessed_on,
            r.community.casefold(),
            r.reference,
        ),
    )


def communities(rows: Iterable[AssessedCommunity]) -> int:
    """How many communities the rows are of (one assessed twice counts once)."""
    return len({r.key for r in rows})


def by_kind(rows: Iterable[AssessedCommunity]) -> dict[CommunityKind, int]:
    """Communities assessed per kind, in the kinds' order (kinds with none left out)."""
    counts = Counter({r.key: r.kind for r in rows}.values())
    return {kind: counts[kind] for kind in CommunityKind if counts[kind]}


def histories(store: Store) -> Callable[[CommunityKey], list[Assessment]]:
    """A community's assessments with their sector ratings (all the summary compares),
    each community read once however many battalions' rows ask for it."""
    read: dict[CommunityKey, list[Assessment]] = {}

    def history(key: CommunityKey) -> list[Assessment]:
        if key not in read:
            read[key] = assessment_repo.community_history(
                store, key.text, (assessment_repo.SECTORS,)
            )
        return read[key]

    return history


def period_rows(
    store: Store,
    start: date,
    end: date,
    unit: str,
    history: Callable[[CommunityKey], list[Assessment]] | None = None,
) -> list[AssessedCommunity]:
    """The unit's assessments from `start` to `end` (both included), each compared with
    its community's earlier assessments in this file (store.assessments); `history` as
    histories() gives it, shared by the units of one report."""
    found = assessment_repo.assessments_between(
        store, start.isoformat(), (end + timedelta(days=1)).isoformat(), units=[unit]
    )
    return summarise(found, history or histories(store))
