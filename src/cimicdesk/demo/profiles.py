"""What the made-up organisations and people look like: names, types, genders, languages."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

from cimicdesk.demo import words
from cimicdesk.domain.enums import Cluster, ContactCategory, Gender, OrgType, Sensitivity
from cimicdesk.domain.records import Organisation

# Categories of people who speak French at work (most villagers speak only Sango).
_FRENCH_AT_WORK = {
    ContactCategory.GOVERNMENT_OFFICIAL,
    ContactCategory.UN_STAFF,
    ContactCategory.NGO_STAFF,
    ContactCategory.RELIGIOUS_LEADER,
}
_SULTANATE = "Bangassou"  # the one town of the area with a sultan
# The archetypes the first organisations of their kind take, so even a tiny seed has them:
# OCHA (coordination with it is the heart of CIMIC work) and MSF (a humanitarian that
# keeps its distance from troops).
_FIRST_UN_AGENCY = "OCHA"
_FIRST_INGO = "MSF"
_Body = TypeVar("_Body", words.UnAgency, words.Ingo)


def org_fields(
    r: random.Random,
    kind: str,
    place: words.Place,
    village: str,
    country_office: Callable[[str, str, tuple[Cluster, ...], str], Organisation],
    first: bool = False,
) -> dict[str, Any] | None:
    """Name, acronym, type, sectors (and e-mail domain, parent, staff) of one organisation.

    None when the kind does not fit the place (a UN sub-office in the capital).
    `country_office` gives the parent of a UN sub-office; `first` picks the archetype.
    The names come from organisations.toml (words.ORG_NAMES, words.ORG_NAME_CHOICES).
    """
    town = place.name
    slots = {
        "town": town,
        "of_town": of_place(town),
        "village": village,
        "of_village": of_place(village),
        "prefecture": place.prefecture,
    }
    names = words.ORG_NAMES

    def named(key: str, **more: str) -> str:
        return names[key].format(**slots, **more)

    def one_of(kind: str) -> str:
        return r.choice(words.ORG_NAME_CHOICES[kind]).format(**slots)

    if kind == "un":
        agencies = words.UN_AGENCIES
        agency = _archetype(agencies, _FIRST_UN_AGENCY) if first else r.choice(agencies)
        if town == words.CAPITAL:
            return None
        parent = country_office(*agency)
        office = "un_sub_office" if r.random() < 0.7 else "un_field_office"
        return {
            "name": named(office, acronym=agency.acronym),
            "acronym": agency.acronym,
            "org_type": OrgType.UNITED_NATIONS,
            "sectors": agency.clusters,
            "domain": agency.domain,
            "parent": parent,
        }
    if kind == "mission":
        name, acronym = r.choice(words.MISSION_COMPONENTS)
        where = "mission_town" if r.random() < 0.7 else "mission_mobile"
        return {
            "name": named(where, name=name),
            "acronym": acronym,
            "org_type": OrgType.UN_MISSION_COMPONENT,
            "domain": "un.org",
        }
    if kind == "ingo":
        ingo = _archetype(words.INGOS, _FIRST_INGO) if first else r.choice(words.INGOS)
        where = "ingo_base" if r.random() < 0.7 else "ingo_project"
        return {
            "name": named(where, name=ingo.name),
            "acronym": ingo.acronym,
            "org_type": OrgType.INTERNATIONAL_NGO,
            "sectors": ingo.clusters,
            "domain": ingo.domain,
            "keep_distance": ingo.keeps_distance,
        }
    if kind == "red_cross":
        if r.random() < 0.3:
            return {
                "name": named("icrc"),
                "acronym": "CICR",
                "org_type": OrgType.RED_CROSS,
                "keep_distance": True,
                "domain": "icrc.org",
            }
        return {
            "name": named("national_red_cross"),
            "acronym": "CRCA",
            "org_type": OrgType.RED_CROSS,
            "sectors": (Cluster.HEA,),
        }
    if kind == "nngo":
        head = r.choice(words.NNGO_HEADS)
        name = named("nngo", head=head, subject=r.choice(words.NNGO_SUBJECTS))
        return {
            "name": name,
            "acronym": _acronym(name),
            "org_type": OrgType.NATIONAL_NGO,
            "sectors": tuple(r.sample(words.NNGO_SECTORS, r.randint(1, 2))),
        }
    if kind == "prefecture":
        if not place.prefecture:
            return None
        return {"name": named("prefecture"), "org_type": OrgType.LOCAL_AUTHORITY}
    if kind in ("sous_prefecture", "mairie"):
        return {"name": named(kind), "org_type": OrgType.LOCAL_AUTHORITY}
    if kind == "government":
        return {"name": one_of(kind), "org_type": OrgType.GOVERNMENT}
    if kind == "military":
        return {"name": named("military"), "acronym": "FACA", "org_type": OrgType.MILITARY}
    if kind == "traditional":
        if town == _SULTANATE and r.random() < 0.3:
            return {
                "name": named("sultanate"),
                "org_type": OrgType.TRADITIONAL_AUTHORITY,
                "staff": "sultanate",
            }
        if r.random() < 0.15:
            return {
                "name": named("lamidat"),
                "staff": "lamidat",
                "org_type": OrgType.TRADITIONAL_AUTHORITY,
            }
        return {"name": one_of(kind), "org_type": OrgType.TRADITIONAL_AUTHORITY}
    if kind == "religious":
        return {"name": one_of(kind), "org_type": OrgType.RELIGIOUS}
    if kind in ("community", "women", "youth"):
        return {
            "name": one_of(kind),
            "org_type": OrgType.COMMUNITY_BASED,
            "sectors": tuple(r.sample(words.NNGO_SECTORS, r.randint(0, 1))),
        }
    if kind == "media":
        if r.random() < 0.2:
            return {
                "name": named("national_radio"),
                "acronym": "RNL",
                "org_type": OrgType.MEDIA,
                "place": words.CAPITAL,
            }
        return {"name": named("community_radio"), "org_type": OrgType.MEDIA}
    if kind == "business":
        return {"name": one_of(kind), "org_type": OrgType.PRIVATE_SECTOR}
    if kind == "armed":
        return {"name": named("armed"), "org_type": OrgType.ARMED_GROUP}
    name, acronym, org_type = r.choice(words.DONORS)
    return {"name": name, "acronym": acronym, "org_type": org_type, "place": words.CAPITAL}


def _archetype(bodies: tuple[_Body, ...], acronym: str) -> _Body:
    """The body with this acronym (the archetype a first organisation of its kind takes)."""
    return next(body for body in bodies if body.acronym == acronym)


def of_place(name: str) -> str:
    """French 'of' before a place name: "d'Ippy", "de Bambari" ('Ou' is not elided)."""
    elide = name[:1] in "AEIOUÉÈ" and not name.startswith("Ou")
    return f"d'{name}" if elide else f"de {name}"


def _acronym(name: str) -> str:
    parts = _plain(name).replace("'", " ").replace("-", " ").split()
    return "".join(p[0].upper() for p in parts if p.lower() not in words.ACRONYM_STOP_WORDS)


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug(text: str) -> str:
    """ASCII, lower case, no spaces: for e-mail addresses."""
    return "".join(ch for ch in _plain(text).lower() if ch.isalnum() or ch in ".-")


def feminine(position: str) -> str:
    """The French title of a position held by a woman: 'Présidente', 'Chargée de ...'."""
    for male, female in words.FEMININE:
        position = position.replace(male, female)
    return position


def profile_and_gender(
    r: random.Random, category: ContactCategory, kind: str, position: str
) -> tuple[str, Gender]:
    """Which name pool fits the person (local, muslim, international) and their gender."""
    if category in (ContactCategory.UN_STAFF, ContactCategory.NGO_STAFF) and r.random() < 0.45:
        profile = "international"
    elif any(w in position for w in ("Imam", "Ardo", "peul")) or kind == "armed":
        profile = "muslim"
    elif any(w in position for w in ("Curé", "Pasteur", "Catéchiste", "Sultan")):
        profile = "local"
    else:
        profile = "muslim" if r.random() < 0.3 else "local"
    if category is ContactCategory.WOMENS_REP or "Présidente" in position:
        return profile, Gender.FEMALE
    leaders = (ContactCategory.TRADITIONAL_LEADER, ContactCategory.RELIGIOUS_LEADER)
    if category in leaders or kind in ("armed", "military"):
        return profile, Gender.MALE if r.random() < 0.93 else Gender.FEMALE
    return profile, Gender.MALE if r.random() < 0.62 else Gender.FEMALE


def languages(
    r: random.Random, profile: str, position: str, category: ContactCategory
) -> tuple[str, ...]:
    if profile == "international":
        return ("English", "French") if r.random() < 0.6 else ("French",)
    # Officials and staff work in French; many villagers speak only Sango (and Arabic).
    french = 0.97 if category in _FRENCH_AT_WORK else 0.7
    spoken = ["French"] if r.random() < french else []
    spoken.append("Sango")
    if profile == "muslim":
        if r.random() < 0.6:
            spoken.append("Arabic")
        if "peul" in position.lower() or "ardo" in position.lower() or r.random() < 0.25:
            spoken.append("Fulfulde")
    return tuple(spoken)


def email(
    r: random.Random, given: str, name: str, org: Organisation | None, category: ContactCategory
) -> str:
    surname = name[len(given) + 1 :]
    local = f"{slug(given)}.{slug(surname)}"
    if (
        org is not None
        and org.email
        and category in (ContactCategory.UN_STAFF, ContactCategory.NGO_STAFF)
    ):
        return f"{local}@{org.email.split('@', 1)[1]}"
    if r.random() < 0.12:
        return f"{local}@{r.choice(words.MAIL_DOMAINS)}"
    return ""


def sensitivity(r: random.Random, category: ContactCategory, kind: str) -> Sensitivity:
    """Who needs protecting: members of armed groups always, community voices often."""
    if kind == "armed":
        return Sensitivity.RESTRICTED
    if category in (
        ContactCategory.TRADITIONAL_LEADER,
        ContactCategory.WOMENS_REP,
        ContactCategory.YOUTH_REP,
        ContactCategory.OTHER,
    ):
        sensitive, restricted = 0.18, 0.06
    elif category in (ContactCategory.GOVERNMENT_OFFICIAL, ContactCategory.RELIGIOUS_LEADER):
        sensitive, restricted = 0.08, 0.02
    else:
        sensitive, restricted = 0.03, 0.0
    roll = r.random()
    if roll < restricted:
        return Sensitivity.RESTRICTED
    return Sensitivity.SENSITIVE if roll < restricted + sensitive else Sensitivity.NORMAL
