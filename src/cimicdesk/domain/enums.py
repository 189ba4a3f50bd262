"""Enumerations of the doctrine reference, each value with a label for people."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enumeration whose members carry a human label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value.replace("_", " ").capitalize()
        return member

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Find a member by value or label, case-insensitively; ValueError if none."""
        wanted = text.strip().lower()
        for member in cls:
            if wanted in (member.value, member.label.lower()):
                return member
        allowed = ", ".join(m.value for m in cls)
        raise ValueError(f"'{text}' is not one of: {allowed}")


class UnitLevel(LabelledEnum):
    BATTALION = "battalion", "Battalion"
    SECTOR = "sector", "Sector HQ"
    FHQ = "fhq", "Force HQ"


class OrgType(LabelledEnum):
    """HDX HAPI organisation types plus the CIMIC additions (doctrine §2)."""

    ACADEMIC = "academic", "Academic / research"
    DONOR = "donor", "Donor"
    EMBASSY = "embassy", "Embassy"
    GOVERNMENT = "government", "Government"
    INTERNATIONAL_NGO = "international_ngo", "International NGO"
    INTERNATIONAL_ORG = "international_org", "International organization"
    MEDIA = "media", "Media"
    MILITARY = "military", "Military"
    NATIONAL_NGO = "national_ngo", "National NGO"
    PRIVATE_SECTOR = "private_sector", "Private sector"
    RED_CROSS = "red_cross", "Red Cross / Red Crescent"
    RELIGIOUS = "religious", "Religious"
    UNITED_NATIONS = "united_nations", "United Nations"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    TRADITIONAL_AUTHORITY = "traditional_authority", "Traditional / customary authority"
    COMMUNITY_BASED = "community_based", "Community-based organisation"
    UN_MISSION_COMPONENT = "un_mission_component", "UN mission component"
    ARMED_GROUP = "armed_group", "Armed / non-humanitarian group"
    OTHER = "other", "Other"


class Cluster(LabelledEnum):
    """Humanitarian cluster / sector codes (HDX, doctrine §10)."""

    SHL = "SHL", "Shelter"
    CCM = "CCM", "Camp coordination"
    PRO = "PRO", "Protection"
    PRO_CPN = "PRO-CPN", "Child protection"
    PRO_GBV = "PRO-GBV", "Gender-based violence"
    PRO_HLP = "PRO-HLP", "Housing, land and property"
    PRO_MIN = "PRO-MIN", "Mine action"
    FSC = "FSC", "Food security"
    WSH = "WSH", "Water, sanitation, hygiene"
    LOG = "LOG", "Logistics"
    EDU = "EDU", "Education"
    NUT = "NUT", "Nutrition"
    HEA = "HEA", "Health"
    ERY = "ERY", "Early recovery"
    TEL = "TEL", "Emergency telecommunications"


class ContactCategory(LabelledEnum):
    GOVERNMENT_OFFICIAL = "government_official", "Government official"
    TRADITIONAL_LEADER = "traditional_leader", "Traditional leader"
    RELIGIOUS_LEADER = "religious_leader", "Religious leader"
    WOMENS_REP = "womens_rep", "Women's representative"
    YOUTH_REP = "youth_rep", "Youth representative"
    NGO_STAFF = "ngo_staff", "NGO / agency staff"
    UN_STAFF = "un_staff", "UN staff"
    OTHER = "other", "Other"


class Gender(LabelledEnum):
    UNKNOWN = "unknown", "Not recorded"
    FEMALE = "female", "Female"
    MALE = "male", "Male"


class Sensitivity(LabelledEnum):
    """How carefully a contact's identity must be handled (doctrine §3)."""

    NORMAL = "normal", "Normal"
    SENSITIVE = "sensitive", "Sensitive"
    RESTRICTED = "restricted", "Restricted"


class LiaisonType(LabelledEnum):
    BILATERAL = "bilateral", "Bilateral meeting"
    COORDINATION = "coordination", "Coordination meeting"
    KLE = "kle", "Key leader engagement"
    PHONE_RADIO = "phone_radio", "Phone / radio"
    FIELD_VISIT = "field_visit", "Field visit"
    JOINT_ASSESSMENT = "joint_assessment", "Joint assessment"
    COMMUNITY = "community", "Community meeting"


class ActionStatus(LabelledEnum):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"


class ParticipantKind(LabelledEnum):
    CONTACT = "contact", "Contact"
    ORGANISATION = "organisation", "Organisation"


# --- Operations: QIPs, incidents, mission support requests (issue 3) ---


class QipCategory(LabelledEnum):
    """QIP categories (doctrine §6); `cluster` gives the cluster code for the 3W export."""

    EDUCATION = "education", "Education"
    HEALTH = "health", "Health"
    WASH = "wash", "WASH"
    RULE_OF_LAW_SECURITY = "rule_of_law_security", "Rule of law / security"
    GOVERNANCE_STATE_AUTHORITY = "governance_state_authority", "Governance / state authority"
    PUBLIC_INFRASTRUCTURE = "public_infrastructure", "Public infrastructure"
    LIVELIHOODS_INCOME = "livelihoods_income", "Livelihoods / income generation"
    SOCIAL_COHESION = "social_cohesion", "Social cohesion / reconciliation"
    PROTECTION_GENDER = "protection_gender", "Protection / gender"
    TRAINING_AWARENESS = "training_awareness", "Training / awareness"
    ENERGY = "energy", "Energy"
    OTHER = "other", "Other"

    @property
    def cluster(self) -> Cluster:
        """The humanitarian cluster the category reports under in the 3W."""
        return _QIP_CLUSTERS[self]


# Early recovery (ERY) is the cluster of governance, rule of law, infrastructure and
# social cohesion work; livelihoods report with food security (FSC).
_QIP_CLUSTERS = {
    QipCategory.EDUCATION: Cluster.EDU,
    QipCategory.HEALTH: Cluster.HEA,
    QipCategory.WASH: Cluster.WSH,
    QipCategory.RULE_OF_LAW_SECURITY: Cluster.ERY,
    QipCategory.GOVERNANCE_STATE_AUTHORITY: Cluster.ERY,
    QipCategory.PUBLIC_INFRASTRUCTURE: Cluster.ERY,
    QipCategory.LIVELIHOODS_INCOME: Cluster.FSC,
    QipCategory.SOCIAL_COHESION: Cluster.ERY,
    QipCategory.PROTECTION_GENDER: Cluster.PRO,
    QipCategory.TRAINING_AWARENESS: Cluster.ERY,
    QipCategory.ENERGY: Cluster.ERY,
    QipCategory.OTHER: Cluster.ERY,
}


class QipStatus(LabelledEnum):
    """Stages of a QIP's life (doctrine §6); the allowed moves are in domain.qip."""

    IDENTIFIED = "identified", "Identified"
    PROPOSAL_DRAFTED = "proposal_drafted", "Proposal drafted"
    SUBMITTED = "submitted", "Submitted"
    UNDER_REVIEW = "under_review", "Under review (PRC)"
    APPROVED = "approved", "Approved"
    RETURNED = "returned", "Returned for revision"
    REJECTED = "rejected", "Rejected"
    AGREEMENT_SIGNED = "agreement_signed", "Agreement signed"
    DISBURSED = "disbursed", "Disbursed"
    IN_IMPLEMENTATION = "in_implementation", "In implementation"
    COMPLETED = "completed", "Completed"
    HANDED_OVER = "handed_over", "Handed over"
    CLOSED = "closed", "Closed"
    CANCELLED = "cancelled", "Cancelled"


class IncidentCategory(LabelledEnum):
    """ACLED event types plus the CIMIC additions (doctrine §5); sub-types in domain.incident."""

    BATTLES = "battles", "Battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "explosions_remote_violence", "Explosions / remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians", "Violence against civilians"
    PROTESTS = "protests", "Protests"
    RIOTS = "riots", "Riots"
    STRATEGIC_DEVELOPMENTS = "strategic_developments", "Strategic developments"
    HUMANITARIAN_ACCESS_DENIED = "humanitarian_access_denied", "Humanitarian access denied"
    ATTACK_ON_HUMANITARIANS = (
        "attack_on_humanitarians",
        "Attack on humanitarian personnel or assets",
    )
    DISPLACEMENT = "displacement", "Population displacement"
    INTERCOMMUNAL_CLASH = "intercommunal_clash", "Intercommunal / farmer–herder clash"
    NATURAL_DISASTER_EPIDEMIC = "natural_disaster_epidemic", "Natural disaster / epidemic"
    HOSTILITY_TO_MISSION = "hostility_to_mission", "Hostility to the mission"
    UXO_MINE = "uxo_mine", "UXO / mine"
    CRIME_BANDITRY = "crime_banditry", "Crime / banditry"


class IncidentStatus(LabelledEnum):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class SourceReliability(LabelledEnum):
    """Reliability of a source on the NATO / Admiralty A–F scale."""

    A = "A", "A – Completely reliable"
    B = "B", "B – Usually reliable"
    C = "C", "C – Fairly reliable"
    D = "D", "D – Not usually reliable"
    E = "E", "E – Unreliable"
    F = "F", "F – Reliability cannot be judged"


class LocationPrecision(LabelledEnum):
    """How precisely an incident's location is known (like ACLED's precision codes)."""

    EXACT = "exact", "Exact"
    NEAR = "near", "Near"
    AREA = "area", "Area"


class SupportChannel(LabelledEnum):
    OCHA_CMCOORD = "ocha_cmcoord", "OCHA / CMCoord"
    MISSION_COMPONENT = "mission_component", "Mission component"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    DIRECT = "direct", "Direct"


class SupportType(LabelledEnum):
    AIR_TRANSPORT = "air_transport", "Air transport"
    ROAD_TRANSPORT = "road_transport", "Road transport"
    CONVOY_ESCORT = "convoy_escort", "Convoy escort"
    AREA_SECURITY = "area_security", "Area security"
    ENGINEERING = "engineering", "Engineering"
    MEDICAL_CASEVAC = "medical_casevac", "Medical / CASEVAC"
    LOGISTICS = "logistics", "Logistics / storage"
    COMMUNICATIONS = "communications", "Communications"
    SECURITY_INFORMATION = "security_information", "Security information"
    OTHER = "other", "Other"


class SupportPriority(LabelledEnum):
    """The FEMA resource-request scale (doctrine §7), most urgent first."""

    LIFESAVING = "lifesaving", "Lifesaving"
    LIFE_SUSTAINING = "life_sustaining", "Life-sustaining"
    HIGH = "high", "High"
    NORMAL = "normal", "Normal"


class SupportStatus(LabelledEnum):
    RECEIVED = "received", "Received"
    UNDER_REVIEW = "under_review", "Under review"
    FORWARDED = "forwarded", "Forwarded to higher HQ"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    EXECUTED = "executed", "Executed"
    CANCELLED = "cancelled", "Cancelled"


class UniqueAdvantage(LabelledEnum):
    """What military assets offer that civilian ones cannot (last-resort test, part b)."""

    CAPABILITY = "capability", "Capability"
    AVAILABILITY = "availability", "Availability"
    TIMELINESS = "timeliness", "Timeliness"


# --- Community assessments (issue 18; docs/assessment-fields.md) ---


class CommunityKind(LabelledEnum):
    """What kind of community an assessment is of."""

    VILLAGE = "village", "Village"
    IDP_SITE = "idp_site", "IDP site"
    TOWN_QUARTER = "town_quarter", "Town quarter"
    MARKET = "market", "Market"


class AssessmentSector(LabelledEnum):
    """The sectors of a community assessment, in the order they are assessed on the
    ground (MIRA's sectors); `cluster` is the cluster code for the HXL export (access and
    security has none: it is not a cluster)."""

    ACCESS_SECURITY = "access_security", "Access and security"
    WASH = "wash", "Water, sanitation and hygiene"
    HEALTH = "health", "Health"
    FOOD_SECURITY = "food_security", "Food security"
    SHELTER_NFI = "shelter_nfi", "Shelter and non-food items"
    EDUCATION = "education", "Education"
    PROTECTION = "protection", "Protection"
    LIVELIHOODS = "livelihoods", "Livelihoods and early recovery"

    @property
    def cluster(self) -> Cluster | None:
        """The humanitarian cluster the sector reports under (None: access and security)."""
        return _SECTOR_CLUSTERS.get(self)


_SECTOR_CLUSTERS = {
    AssessmentSector.WASH: Cluster.WSH,
    AssessmentSector.HEALTH: Cluster.HEA,
    AssessmentSector.FOOD_SECURITY: Cluster.FSC,
    AssessmentSector.SHELTER_NFI: Cluster.SHL,
    AssessmentSector.EDUCATION: Cluster.EDU,
    AssessmentSector.PROTECTION: Cluster.PRO,
    AssessmentSector.LIVELIHOODS: Cluster.ERY,
}


class Severity(LabelledEnum):
    """The JIAF severity scale, 1 (minimal) to 5 (catastrophic); `level` is the number.

    Stored as its value, the digit as text ('3'), so it reads the same in a column, in
    JSON Lines and in the HXL #severity column.
    """

    MINIMAL = "1", "Minimal / none"
    STRESSED = "2", "Stressed"
    SEVERE = "3", "Severe"
    EXTREME = "4", "Extreme"
    CATASTROPHIC = "5", "Catastrophic"

    @property
    def level(self) -> int:
        return int(self.value)

    @classmethod
    def of_level(cls, level: int) -> Severity:
        """The severity of a number 1–5; ValueError for any other."""
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5:
            raise ValueError(f"severity runs from 1 to 5, not {level!r}")
        return cls(str(level))


class AssessmentMethod(LabelledEnum):
    """How the information was gathered (the MIRA's site-level methods)."""

    DIRECT_OBSERVATION = "direct_observation", "Direct observation"
    KEY_INFORMANTS = "key_informants", "Key informant interviews"
    COMMUNITY_GROUP = "community_group", "Community group discussion"
    SECONDARY_DATA = "secondary_data", "Secondary data (reports of others)"


class InfrastructureKind(LabelledEnum):
    """Infrastructure an assessment team looks at."""

    WATER_POINT = "water_point", "Water point (borehole, well, spring)"
    LATRINES = "latrines", "Latrines"
    SCHOOL = "school", "School"
    HEALTH_POST = "health_post", "Health post / centre"
    MARKET = "market", "Market"
    BRIDGE = "bridge", "Bridge"
    ROAD = "road", "Road"
    PLACE_OF_WORSHIP = "place_of_worship", "Place of worship"
    ADMINISTRATION = "administration", "Administration building"
    POLICE_GENDARMERIE = "police_gendarmerie", "Police / gendarmerie post"
    OTHER = "other", "Other"


class InfrastructureState(LabelledEnum):
    """The state of an item of infrastructure as seen, best first."""

    FUNCTIONAL = "functional", "Functional"
    PARTLY_FUNCTIONAL = "partly_functional", "Partly functional"
    NOT_FUNCTIONAL = "not_functional", "Not functional"
    DESTROYED = "destroyed", "Destroyed"


class ActionAddressee(LabelledEnum):
    """Who a recommended action is for: the mission acts itself only where it should
    (a QIP candidate); needs are referred to the humanitarian partners or the authorities."""

    MISSION = "mission", "The mission (QIP candidate)"
    HUMANITARIAN = "humanitarian", "Humanitarian partners (referral)"
    AUTHORITIES = "authorities", "Local authorities"
    COMMUNITY = "community", "The community"
