"""Which assessment sectors a QIP's category answers: one sector's category its own,
a category of several its few, a category of none every sector (nothing hidden)."""

from cimicdesk.domain.enums import AssessmentSector, QipCategory
from cimicdesk.domain.qip_sectors import sectors_for

A = AssessmentSector


def test_each_category_names_the_sectors_it_answers_in_the_assessments_order():
    assert sectors_for(QipCategory.WASH) == (A.WASH,)
    assert sectors_for(QipCategory.EDUCATION) == (A.EDUCATION,)
    assert sectors_for(QipCategory.LIVELIHOODS_INCOME) == (A.FOOD_SECURITY, A.LIVELIHOODS)
    assert sectors_for(QipCategory.RULE_OF_LAW_SECURITY) == (A.ACCESS_SECURITY, A.PROTECTION)
    for category in (QipCategory.TRAINING_AWARENESS, QipCategory.ENERGY, QipCategory.OTHER):
        assert sectors_for(category) == tuple(AssessmentSector)
    order = list(AssessmentSector)
    for category in QipCategory:
        found = sectors_for(category)
        assert found and list(found) == sorted(found, key=order.index), category
