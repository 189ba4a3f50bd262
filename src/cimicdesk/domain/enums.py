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
