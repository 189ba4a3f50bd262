"""Which assessment sectors bear on a QIP of each category (the proposal shows their severities).

A QIP justified by an assessment answers a need the assessment saw: a borehole answers the
water sector's rating, a school roof the education sector's. The categories that are not
one sector's (training, energy, other) bear on all of them: the officer sees every rating.
"""

from __future__ import annotations

from cimicdesk.domain.enums import AssessmentSector, QipCategory

A = AssessmentSector
# A category's sectors, in the assessment's order; a category not listed: every sector.
_SECTORS: dict[QipCategory, tuple[AssessmentSector, ...]] = {
    QipCategory.EDUCATION: (A.EDUCATION,),
    QipCategory.HEALTH: (A.HEALTH,),
    QipCategory.WASH: (A.WASH,),
    QipCategory.RULE_OF_LAW_SECURITY: (A.ACCESS_SECURITY, A.PROTECTION),
    # Early recovery: the local authority's presence is read under livelihoods (MIRA).
    QipCategory.GOVERNANCE_STATE_AUTHORITY: (A.LIVELIHOODS,),
    # Roads, bridges and markets: whether people can get there, and trade.
    QipCategory.PUBLIC_INFRASTRUCTURE: (A.ACCESS_SECURITY, A.LIVELIHOODS),
    QipCategory.LIVELIHOODS_INCOME: (A.FOOD_SECURITY, A.LIVELIHOODS),
    QipCategory.SOCIAL_COHESION: (A.PROTECTION, A.LIVELIHOODS),
    QipCategory.PROTECTION_GENDER: (A.PROTECTION,),
}


def sectors_for(category: QipCategory) -> tuple[AssessmentSector, ...]:
    """The assessment sectors a QIP of this category answers, in the assessment's order."""
    return _SECTORS.get(category, tuple(AssessmentSector))
