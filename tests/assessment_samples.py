"""Community assessments for the report and window tests, saved as the editor saves them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factories import make_contact, make_org

from cimicdesk.domain.assessment import (
    Assessment,
    InfrastructureItem,
    RecommendedAction,
    SectorRating,
)
from cimicdesk.domain.enums import (
    ActionAddressee,
    AssessmentMethod,
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Sensitivity,
    Severity,
)
from cimicdesk.store import assessments

TODAY = date(2026, 11, 30)
KIDJIGRA_GRID = "34N DM 64090 37550"
INFORMANT = "Jean-Baptiste Ndakala"  # the chef de village, in the directory
RESTRICTED = "Abdoulaye Zoumaldé"  # a restricted informant: by his code only, on any paper
FACTS = "Borehole broken since October; women walk 4 km to the river.\nCholera risk."


@dataclass
class Assessed:
    """What the tests saved: the two assessments and the organisations they name."""

    kidjigra: Assessment
    camp: Assessment
    unicef: str
    msf: str
    acted: str
    informant: str
    restricted: str


def build_assessments(store) -> Assessed:
    unicef = make_org(store, "UNICEF").id
    msf = make_org(store, "Médecins Sans Frontières").id
    acted = make_org(store, "ACTED").id
    informant = make_contact(store, INFORMANT).id
    restricted = make_contact(store, RESTRICTED, sensitivity=Sensitivity.RESTRICTED).id
    kidjigra = assessments.save_assessment(
        store,
        Assessment(
            community_kind=CommunityKind.VILLAGE,
            community_name="Kidjigra",
            adm1="Ouaka",
            adm2="Bambari",
            place="18 km NE of Bambari, Ippy axis",
            grid=KIDJIGRA_GRID,
            assessed_on="2026-11-18",
            team="BANBAT1 CIMIC team 2, Capt. Rahman",
            joint_organisation_ids=(unicef,),
            methods=(AssessmentMethod.DIRECT_OBSERVATION, AssessmentMethod.KEY_INFORMANTS),
            informant_contact_ids=(informant, restricted),
            resident_total=2400,
            resident_women=700,
            resident_men=650,
            resident_children=1000,
            idps_total=350,
            idps_women=120,
            idps_children=180,
            returnees_total=0,
            present_organisation_ids=(msf, acted),
            summary="Water is the first need; the health post holds on with MSF's support.",
            sectors=[
                SectorRating(
                    sector=AssessmentSector.WASH,
                    severity=Severity.EXTREME,
                    key_facts=FACTS,
                    sources="chef de village, own observation",
                ),
                SectorRating(
                    sector=AssessmentSector.ACCESS_SECURITY,
                    severity=Severity.STRESSED,
                    key_facts="Road open; one checkpoint at the bridge.",
                    sources="own observation",
                ),
                SectorRating(
                    sector=AssessmentSector.HEALTH,
                    severity=None,
                    key_facts="Health post closed on the day; nurse absent.",
                    sources="neighbours",
                ),
            ],
            infrastructure=[
                InfrastructureItem(
                    kind=InfrastructureKind.WATER_POINT,
                    state=InfrastructureState.NOT_FUNCTIONAL,
                    note="Hand pump broken",
                    grid=KIDJIGRA_GRID,
                ),
                InfrastructureItem(
                    kind=InfrastructureKind.SCHOOL,
                    state=InfrastructureState.PARTLY_FUNCTIONAL,
                    note="Two classrooms of four",
                ),
            ],
            actions=[
                RecommendedAction(
                    description="Repair the hand pump (QIP candidate)",
                    addressed_to=ActionAddressee.MISSION,
                    sector=AssessmentSector.WASH,
                ),
                RecommendedAction(
                    description="Refer the cholera risk to the WASH cluster",
                    addressed_to=ActionAddressee.HUMANITARIAN,
                ),
            ],
        ),
        today=TODAY,
    )
    camp = assessments.save_assessment(
        store,
        Assessment(
            community_kind=CommunityKind.IDP_SITE,
            community_name="Site Élevage",
            adm1="Ouaka",
            adm2="Bambari",
            assessed_on="2026-11-25",
            team="BANBAT1 CIMIC team 1",
            methods=(AssessmentMethod.COMMUNITY_GROUP,),
            idps_women=900,
            idps_men=400,
            idps_children=1700,
            sectors=[
                SectorRating(
                    sector=AssessmentSector.SHELTER_NFI,
                    severity=Severity.SEVERE,
                    key_facts="Shelters of plastic sheeting, worn out.",
                    sources="site committee",
                ),
            ],
        ),
        today=TODAY,
    )
    return Assessed(kidjigra, camp, unicef, msf, acted, informant, restricted)
