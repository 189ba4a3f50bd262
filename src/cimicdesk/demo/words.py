"""The demo data's word lists, read from the TOML files shipped in cimicdesk/demo/data/.

Names, places, organisations and sentence templates live there as data, so they can be
read and changed without reading code; this module only gives them the shapes and types
(enumerations, tuples) the generator draws from. The order of every list is kept: the
generator's random choices depend on it (the same seed makes the same records).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib.resources import files
from typing import Any, NamedTuple

from cimicdesk.domain.enums import (
    AssessmentSector,
    Cluster,
    CommunityKind,
    ContactCategory,
    IncidentCategory,
    InfrastructureState,
    LiaisonType,
    OrgType,
    QipCategory,
    SupportType,
)


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads((files("cimicdesk.demo") / "data" / name).read_text("utf-8"))


@dataclass(frozen=True)
class Place:
    """A town of the mission area: its name, préfecture ('' for Bangui), position, weight."""

    name: str
    prefecture: str
    lat: float
    lon: float
    weight: int


@dataclass(frozen=True)
class Town:
    """A town where operations happen, its sites, and how often the unit works there."""

    name: str
    lat: float
    lon: float
    weight: int
    sites: tuple[str, ...]


class UnAgency(NamedTuple):
    acronym: str
    name: str
    clusters: tuple[Cluster, ...]
    domain: str


class Ingo(NamedTuple):
    name: str
    acronym: str
    clusters: tuple[Cluster, ...]
    domain: str
    keeps_distance: bool


def _clusters(codes: list[str]) -> tuple[Cluster, ...]:
    return tuple(Cluster(code) for code in codes)


# --- the area: places.toml ------------------------------------------------------------

_places = _load("places.toml")
PLACES = tuple(Place(**p) for p in _places["places"])
CAPITAL: str = _places["capital"]
VILLAGE_ONSETS = tuple(_places["villages"]["onsets"])
VILLAGE_VOWELS = tuple(_places["villages"]["vowels"])
VILLAGE_CODAS = tuple(_places["villages"]["codas"])

# --- people: people.toml ---------------------------------------------------------------

_people = _load("people.toml")
GIVEN = {
    (profile, gender): tuple(names)
    for profile, by_gender in _people["given"].items()
    for gender, names in by_gender.items()
}
SURNAMES = {profile: tuple(names) for profile, names in _people["surnames"].items()}
LANGUAGES = tuple(_people["speech"]["languages"])
MAIL_DOMAINS = tuple(_people["speech"]["mail_domains"])
STAFF = {
    kind: (ContactCategory(staff["category"]), tuple(staff["positions"]))
    for kind, staff in _people["staff"].items()
}
UNAFFILIATED = tuple(
    (ContactCategory(group["category"]), tuple(group["positions"]))
    for group in _people["unaffiliated"]
)
FEMININE = tuple((male, female) for male, female in _people["titles"]["feminine"])
CONTACT_NOTES = tuple(_people["notes"]["contact"])
SENSITIVE_NOTES = tuple(_people["notes"]["sensitive"])

# --- organisations: organisations.toml -------------------------------------------------

_orgs = _load("organisations.toml")
ORG_KINDS = tuple(_orgs["kinds"].items())
ORG_NAMES: dict[str, str] = _orgs["names"]
ORG_NAME_CHOICES: dict[str, tuple[str, ...]] = {
    kind: tuple(names) for kind, names in _orgs["name_choices"].items()
}
DONORS = tuple((d["name"], d["acronym"], OrgType(d["org_type"])) for d in _orgs["donors"])
UN_AGENCIES = tuple(
    UnAgency(a["acronym"], a["name"], _clusters(a["clusters"]), a["domain"])
    for a in _orgs["un_agencies"]
)
MISSION_COMPONENTS = tuple((m["name"], m["acronym"]) for m in _orgs["mission_components"])
INGOS = tuple(
    Ingo(i["name"], i["acronym"], _clusters(i["clusters"]), i["domain"], i["keeps_distance"])
    for i in _orgs["ingos"]
)
NNGO_HEADS = tuple(_orgs["national_ngos"]["heads"])
NNGO_SUBJECTS = tuple(_orgs["national_ngos"]["subjects"])
NNGO_SECTORS = _clusters(_orgs["national_ngos"]["clusters"])
ACRONYM_STOP_WORDS = frozenset(_orgs["national_ngos"]["acronym_stop_words"])
ORG_NOTES = tuple(_orgs["notes"]["any"])
DISTANCE_NOTE: str = _orgs["notes"]["keeps_distance"]

# --- the liaison log: liaison.toml -----------------------------------------------------

_liaison = _load("liaison.toml")
FACILITIES = tuple(_liaison["slots"]["facilities"])
LEADERS = tuple(_liaison["slots"]["leaders"])
PARTNERS = tuple(_liaison["slots"]["partners"])
WEEKDAYS = tuple(_liaison["slots"]["weekdays"])
FEES = tuple(_liaison["slots"]["fees"])
_types = {LiaisonType(name): kind for name, kind in _liaison["entry_types"].items()}
TYPE_WEIGHTS = {t: kind["weight"] for t, kind in _types.items()}
DURATIONS = {t: (kind["minutes"][0], kind["minutes"][1]) for t, kind in _types.items()}
PURPOSES = {t: tuple(kind["purposes"]) for t, kind in _types.items()}
INFO_RECEIVED = tuple(_liaison["sentences"]["info_received"])
INFO_PASSED = tuple(_liaison["sentences"]["info_passed"])
ISSUES = tuple(_liaison["sentences"]["issues"])
ACTIONS = tuple(_liaison["actions"]["descriptions"])
OWNERS = tuple(_liaison["actions"]["owners"])

# --- QIPs, incidents and support requests: operations.toml -----------------------------

_ops = _load("operations.toml")
TOWNS = tuple(Town(**{**t, "sites": tuple(t["sites"])}) for t in _ops["towns"])
_qip_kinds = {QipCategory(name): c for name, c in _ops["qips"]["categories"].items()}
QIP_WEIGHTS = {category: c["weight"] for category, c in _qip_kinds.items()}
QIP_TITLES = {category: tuple(c["titles"]) for category, c in _qip_kinds.items()}
OBJECTIVES = tuple(_ops["qips"]["objectives"])
FINDINGS = tuple(_ops["qips"]["findings"])
AUTHORITIES = tuple(_ops["qips"]["authorities"])
# The fixed phrases, by what they are for.
QIP_TEXT = {key: text for key, text in _ops["qips"].items() if isinstance(text, str)}
_incident_kinds = {IncidentCategory(name): c for name, c in _ops["incidents"]["categories"].items()}
INCIDENT_WEIGHTS = {category: c["weight"] for category, c in _incident_kinds.items()}
NARRATIVES = {category: c["narrative"] for category, c in _incident_kinds.items()}
ACTORS = tuple(_ops["incidents"]["actors"])
ACTIONS_TAKEN = tuple(_ops["incidents"]["actions_taken"])
ASSESSMENTS = tuple(_ops["incidents"]["assessments"])
_support_kinds = {SupportType(name): t for name, t in _ops["support"]["types"].items()}
SUPPORT_WEIGHTS = {kind: t["weight"] for kind, t in _support_kinds.items()}
SUPPORT_PURPOSES = {kind: t["purpose"] for kind, t in _support_kinds.items()}
DURATIONS_ASKED = tuple(_ops["support"]["durations"])
DECIDERS = tuple(_ops["support"]["deciders"])
SUPPORT_TEXT = {key: text for key, text in _ops["support"].items() if isinstance(text, str)}

# --- the units' weekly narratives: narratives.toml --------------------------------------

_narratives = _load("narratives.toml")
KEY_POINT_COUNTS = tuple(_narratives["key_point_counts"])
FIRST_KEY_POINT: str = _narratives["first_key_point"]
FIRST_KEY_POINT_ONE_TOWN: str = _narratives["first_key_point_one_town"]
FIRST_KEY_POINT_ONE_MEETING: str = _narratives["first_key_point_one_meeting"]
NARRATIVE_TEXTS = {
    name: tuple(_narratives[name])
    for name in (
        "key_points",
        "civil_situation",
        "protection_gender",
        "assessment",
        "planned_activities",
        "issues_for_hq",
    )
}
NO_ISSUE = NARRATIVE_TEXTS["issues_for_hq"][-1]  # "No issue for higher HQ this week."

# --- the community assessments: assessments.toml ----------------------------------------


@dataclass(frozen=True)
class Community:
    """A community the teams assess again and again: where it is, how bad it starts."""

    name: str
    kind: CommunityKind
    town: str
    adm1: str
    adm2: str
    lat: float
    lon: float
    baseline: int


_assessments = _load("assessments.toml")
COMMUNITIES = tuple(
    Community(**{**c, "kind": CommunityKind(c["kind"])}) for c in _assessments["communities"]
)
POPULATION_RANGES = {
    CommunityKind(kind): {group: (low, high) for group, (low, high) in groups.items()}
    for kind, groups in _assessments["population"].items()
}
TEAMS = tuple(_assessments["team"]["teams"])
SECTOR_FACTS = {
    AssessmentSector(sector): {band: tuple(texts["texts"]) for band, texts in bands.items()}
    for sector, bands in _assessments["facts"].items()
}
FACT_SOURCES = tuple(_assessments["sources"]["texts"])
INFRASTRUCTURE_NOTES = {
    InfrastructureState(state): tuple(notes)
    for state, notes in _assessments["infrastructure"].items()
}
RECOMMENDED = {
    (AssessmentSector(key) if key != "community" else None): tuple(texts)
    for key, texts in _assessments["actions"].items()
}
ASSESSMENT_SUMMARIES = tuple(_assessments["summary"]["texts"])
TREND_WORDS: dict[str, str] = _assessments["summary"]["trend"]
