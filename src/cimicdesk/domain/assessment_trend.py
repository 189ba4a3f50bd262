"""A community's assessments over time: which community, each sector's trend, what changed.

The same community. Assessments carry no community record: two are of the same community
when their community keys are equal. The key is the community's name folded (case,
accents, spacing, punctuation do not count: "N'Délé" = "ndele") and, when a grid is
given, the 1 km MGRS square it lies in (grid truncated to 2+2 digits, as MGRS truncates);
without a grid, the folded prefecture and sub-prefecture stand in for it. Its limits:
- a village whose grids were taken either side of a 1 km line (one team at the chief's
  house, the next at the borehole 600 m away) gets two keys: the editor should offer the
  previous assessment's name and grid when a community is assessed again;
- one assessment with a grid and one without never share a key;
- spellings that differ in letters split ("Kaga Bandoro" and "Kaga-Bandoro", "N'Délé"
  and "Ndele" are the same once folded; "Bambari" and "Bambary" are not);
- the kind is part of the key, so that an IDP site named after the village beside it
  (in the same 1 km square) stays apart from the village; the price: a community whose
  kind an officer changes (a village that became an IDP site) starts a new series;
- two communities of the same name and kind in the same 1 km square would merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cimicdesk.domain.assessment import Assessment
from cimicdesk.domain.enums import AssessmentSector, CommunityKind, Severity
from cimicdesk.domain.grid import optional_grid
from cimicdesk.domain.text import fold

_NOT_LETTERS = re.compile(r"[\W_]+")
_SQUARE_DIGITS = 2  # per axis: a 1 km square


@dataclass(frozen=True, order=True)
class CommunityKey:
    """What makes two assessments of the same community: the folded name, its kind and
    where it is (the 1 km MGRS square, or the folded 'adm1/adm2' when there is no grid)."""

    name: str
    kind: CommunityKind
    where: str

    @property
    def text(self) -> str:
        """The key as the store keeps it (assessments.community_key), one text per key."""
        return f"{self.kind.value}|{self.where}|{self.name}"


def fold_name(text: str) -> str:
    """A name as the key compares it: folded, punctuation and spaces out ("N'Délé" -> "ndele")."""
    return _NOT_LETTERS.sub("", fold(text))


def km_square(grid: str) -> str:
    """The 1 km MGRS square of a grid reference ('34NDM6377350995' -> '34NDM6350'); a
    coarser reference is kept as it is; '' when there is no grid. GridReferenceError if
    the grid is not valid."""
    ref = optional_grid(grid)
    if ref is None:
        return ""
    text = ref.mgrs
    digits = len(text) - len(text.rstrip("0123456789"))
    half = digits // 2
    if half <= _SQUARE_DIGITS:
        return text
    head, numbers = text[: len(text) - digits], text[len(text) - digits :]
    return head + numbers[:_SQUARE_DIGITS] + numbers[half : half + _SQUARE_DIGITS]


def community_key(assessment: Assessment) -> CommunityKey:
    """The key of the community an assessment is of (the module's docstring has the rule)."""
    square = km_square(assessment.grid)
    where = square or f"{fold_name(assessment.adm1)}/{fold_name(assessment.adm2)}"
    return CommunityKey(fold_name(assessment.community_name), assessment.community_kind, where)


def by_community(assessments: Iterable[Assessment]) -> dict[CommunityKey, list[Assessment]]:
    """Live assessments grouped by community, each group in date order (oldest first)."""
    groups: dict[CommunityKey, list[Assessment]] = {}
    for assessment in assessments:
        if not assessment.deleted:
            groups.setdefault(community_key(assessment), []).append(assessment)
    return {key: in_date_order(group) for key, group in groups.items()}


def in_date_order(assessments: Iterable[Assessment]) -> list[Assessment]:
    """Oldest first; the same day in the order they were made, then by id, so every unit
    that merged the same assessments sees the same order."""
    return sorted(assessments, key=lambda a: (a.assessed_on, a.created_at, a.id))


@dataclass(frozen=True)
class SeverityPoint:
    """One sector's severity at one assessment (None: assessed but not rated, or the
    sector was not assessed that day)."""

    assessed_on: str
    assessment_id: str
    severity: Severity | None


def severity_series(
    assessments: Iterable[Assessment],
) -> dict[AssessmentSector, list[SeverityPoint]]:
    """Per sector, its severity at each of a community's assessments, oldest first: one
    point per assessment for every sector, so the series line up side by side."""
    ordered = in_date_order(a for a in assessments if not a.deleted)
    return {
        sector: [SeverityPoint(a.assessed_on, a.id, a.severity_of(sector)) for a in ordered]
        for sector in AssessmentSector
    }


@dataclass(frozen=True)
class SeverityChange:
    """A sector whose severity changed: from `before` (rated on `before_on`, the last
    earlier assessment that rated the sector) to `after`."""

    sector: AssessmentSector
    before: Severity
    after: Severity
    before_on: str = ""

    @property
    def rose(self) -> bool:
        """Worse than before."""
        return self.after.level > self.before.level

    @property
    def steps(self) -> int:
        """How far it moved: positive when it rose (worse), negative when it fell."""
        return self.after.level - self.before.level


def changes_since(earlier: Iterable[Assessment], current: Assessment) -> list[SeverityChange]:
    """The sectors rated in `current` whose severity differs from the last earlier
    assessment of the community that rated them, in sector order. The one rule of a
    change everywhere (trend arrows, dashboard, sitrep): an assessment between that
    could not rate a sector does not hide how it moved."""
    last: dict[AssessmentSector, tuple[Severity, str]] = {}
    for assessment in in_date_order(a for a in earlier if not a.deleted):
        for rating in assessment.live_sectors():
            if rating.severity is not None:
                last[rating.sector] = (rating.severity, assessment.assessed_on)
    found = []
    for rating in current.live_sectors():
        before = last.get(rating.sector)
        if before is not None and rating.severity is not None and before[0] is not rating.severity:
            found.append(SeverityChange(rating.sector, before[0], rating.severity, before[1]))
    return found


def changes(previous: Assessment, current: Assessment) -> list[SeverityChange]:
    """The sectors rated in both assessments whose severity differs, in sector order."""
    return changes_since([previous], current)


def rises(previous: Assessment, current: Assessment) -> list[SeverityChange]:
    """The sectors that got worse between two assessments."""
    return [c for c in changes(previous, current) if c.rose]


def worst_severity(assessment: Assessment) -> Severity | None:
    """The highest severity rated in any sector (None: none rated)."""
    rated = [s.severity for s in assessment.live_sectors() if s.severity is not None]
    return max(rated, key=lambda s: s.level) if rated else None


def overdue(last_assessed: date, today: date, interval_days: int) -> bool:
    """Whether a community last assessed on `last_assessed` is due again: more than
    `interval_days` days have passed (on the day itself it is not yet overdue)."""
    return (today - last_assessed).days > interval_days


def latest_changes(
    assessments: Iterable[Assessment],
) -> dict[CommunityKey, list[SeverityChange]]:
    """For each community assessed at least twice, the changes at its last assessment
    (changes_since; communities with none left out)."""
    found = {}
    for key, group in by_community(assessments).items():
        if len(group) >= 2:
            moved = changes_since(group[:-1], group[-1])
            if moved:
                found[key] = moved
    return found


def steps_since_rated(points: Iterable[SeverityPoint]) -> list[int]:
    """Per point of one sector's series, how far its severity moved since the last
    earlier point that rated the sector (positive: rose, worse; negative: fell); 0 for a
    point not rated, the first rated one, or one unchanged. An unrated assessment between
    two rated ones does not hide a change."""
    moved = []
    last: Severity | None = None
    for point in points:
        if point.severity is None:
            moved.append(0)
            continue
        moved.append(point.severity.level - last.level if last is not None else 0)
        last = point.severity
    return moved
