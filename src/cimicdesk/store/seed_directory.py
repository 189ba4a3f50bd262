"""What the synthetic organisations and people look like: names, kinds, staff, languages."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any

from cimicdesk.domain.enums import Cluster, ContactCategory, Gender, OrgType, Sensitivity
from cimicdesk.domain.records import Organisation
from cimicdesk.store import seed_words as words

# Kinds of organisation and how common each is in a mission area (relative weights).
ORG_KINDS = (
    ("un", 8),
    ("mission", 6),
    ("ingo", 10),
    ("red_cross", 2),
    ("nngo", 14),
    ("prefecture", 1),
    ("sous_prefecture", 3),
    ("mairie", 4),
    ("government", 5),
    ("military", 1),
    ("traditional", 15),
    ("religious", 6),
    ("community", 12),
    ("women", 4),
    ("youth", 3),
    ("media", 1),
    ("business", 1),
    ("armed", 1),
    ("donor", 1),
)
_FRENCH_AT_WORK = {
    ContactCategory.GOVERNMENT_OFFICIAL,
    ContactCategory.UN_STAFF,
    ContactCategory.NGO_STAFF,
    ContactCategory.RELIGIOUS_LEADER,
}
_FEMININE = (
    ("Président ", "Présidente "),
    ("Chargé ", "Chargée "),
    ("Adjoint ", "Adjointe "),
    ("Coordonnateur", "Coordonnatrice"),
    ("Trésorier", "Trésorière"),
    ("Commerçant", "Commerçante"),
    ("Enseignant", "Enseignante"),
    ("Infirmier", "Infirmière"),
    ("Directeur", "Directrice"),
    ("Transporteur", "Transporteuse"),
)
_STOP_WORDS = {"de", "la", "le", "les", "des", "du", "pour", "l", "et", "d"}


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
    """
    town = place.name
    of_town, of_village = of_place(town), of_place(village)
    if kind == "un":
        # OCHA first: coordination with it is the heart of CIMIC work.
        agencies = words.UN_AGENCIES
        acronym, name, sectors, domain = agencies[3] if first else r.choice(agencies)
        if town == words.CAPITAL:
            return None
        parent = country_office(acronym, name, sectors, domain)
        office = f"sub-office {town}" if r.random() < 0.7 else f"field office {village}"
        return {
            "name": f"{acronym} {office}",
            "acronym": acronym,
            "org_type": OrgType.UNITED_NATIONS,
            "sectors": sectors,
            "domain": domain,
            "parent": parent,
        }
    if kind == "mission":
        name, acronym = r.choice(words.MISSION_COMPONENTS)
        where = town if r.random() < 0.7 else f"mobile team {village}"
        return {
            "name": f"{name} – {where}",
            "acronym": acronym,
            "org_type": OrgType.UN_MISSION_COMPONENT,
            "domain": "un.org",
        }
    if kind == "ingo":
        # MSF first: the archetype of a humanitarian that keeps its distance from troops.
        name, acronym, sectors, domain, distance = (
            words.INGOS[0] if first else r.choice(words.INGOS)
        )
        where = f"base {of_town}" if r.random() < 0.7 else f"projet {village}"
        return {
            "name": f"{name} – {where}",
            "acronym": acronym,
            "org_type": OrgType.INTERNATIONAL_NGO,
            "sectors": sectors,
            "domain": domain,
            "keep_distance": distance,
        }
    if kind == "red_cross":
        if r.random() < 0.3:
            return {
                "name": f"Comité international de la Croix-Rouge – {town}",
                "acronym": "CICR",
                "org_type": OrgType.RED_CROSS,
                "keep_distance": True,
                "domain": "icrc.org",
            }
        return {
            "name": f"Croix-Rouge centrafricaine – comité {of_town}",
            "acronym": "CRCA",
            "org_type": OrgType.RED_CROSS,
            "sectors": (Cluster.HEA,),
        }
    if kind == "nngo":
        name = f"{r.choice(words.NNGO_HEADS)} {r.choice(words.NNGO_SUBJECTS)} {of_town}"
        return {
            "name": name,
            "acronym": _acronym(name),
            "org_type": OrgType.NATIONAL_NGO,
            "sectors": tuple(r.sample(words.NNGO_SECTORS, r.randint(1, 2))),
        }
    if kind == "prefecture":
        if not place.prefecture:
            return None
        return {"name": f"Préfecture {place.prefecture}", "org_type": OrgType.LOCAL_AUTHORITY}
    if kind == "sous_prefecture":
        return {"name": f"Sous-préfecture {of_town}", "org_type": OrgType.LOCAL_AUTHORITY}
    if kind == "mairie":
        return {"name": f"Mairie {of_town}", "org_type": OrgType.LOCAL_AUTHORITY}
    if kind == "government":
        name = r.choice(
            (
                f"Gendarmerie nationale – brigade {of_town}",
                f"Police nationale – commissariat {of_town}",
                f"District sanitaire {of_town}",
                f"Eaux et Forêts – cantonnement {of_town}",
                f"Inspection académique {of_town}",
            )
        )
        return {"name": name, "org_type": OrgType.GOVERNMENT}
    if kind == "military":
        return {
            "name": f"FACA – détachement {of_town}",
            "acronym": "FACA",
            "org_type": OrgType.MILITARY,
        }
    if kind == "traditional":
        if town == "Bangassou" and r.random() < 0.3:
            return {
                "name": "Sultanat de Bangassou",
                "org_type": OrgType.TRADITIONAL_AUTHORITY,
                "staff": "sultanate",
            }
        if r.random() < 0.15:
            return {
                "name": f"Lamidat peul {of_village}",
                "staff": "lamidat",
                "org_type": OrgType.TRADITIONAL_AUTHORITY,
            }
        name = r.choice((f"Chefferie {of_village}", f"Chefferie de groupe {of_village}"))
        return {"name": name, "org_type": OrgType.TRADITIONAL_AUTHORITY}
    if kind == "religious":
        name = r.choice(
            (
                f"Paroisse Saint-Joseph {of_town}",
                f"Mosquée centrale {of_town}",
                f"Église évangélique baptiste {of_village}",
                f"Plateforme des confessions religieuses – {town}",
            )
        )
        return {"name": name, "org_type": OrgType.RELIGIOUS}
    if kind in ("community", "women", "youth"):
        name = r.choice(
            {
                "community": (
                    f"Comité local de paix et de réconciliation {of_village}",
                    f"Comité de gestion du point d'eau {of_village}",
                    f"Comité des déplacés {of_village}",
                    f"Association des parents d'élèves {of_village}",
                    f"Fédération des éleveurs – section {of_town}",
                ),
                "women": (
                    f"Association des femmes {of_village}",
                    f"Groupement des femmes maraîchères {of_village}",
                ),
                "youth": (
                    f"Association des jeunes {of_village}",
                    f"Conseil local de la jeunesse {of_town}",
                ),
            }[kind]
        )
        return {
            "name": name,
            "org_type": OrgType.COMMUNITY_BASED,
            "sectors": tuple(r.sample(words.NNGO_SECTORS, r.randint(0, 1))),
        }
    if kind == "media":
        if r.random() < 0.2:
            return {
                "name": "Radio Ndeke Luka",
                "acronym": "RNL",
                "org_type": OrgType.MEDIA,
                "place": words.CAPITAL,
            }
        return {"name": f"Radio communautaire {of_town}", "org_type": OrgType.MEDIA}
    if kind == "business":
        name = r.choice(
            (
                f"Union des transporteurs {of_town}",
                f"Association des commerçants du marché {of_town}",
            )
        )
        return {"name": name, "org_type": OrgType.PRIVATE_SECTOR}
    if kind == "armed":
        return {"name": f"Groupe d'autodéfense {of_village}", "org_type": OrgType.ARMED_GROUP}
    name, acronym, org_type = r.choice(
        (
            ("Délégation de l'Union européenne", "EU", OrgType.DONOR),
            ("European Civil Protection and Humanitarian Aid", "ECHO", OrgType.DONOR),
            ("Ambassade de France", "", OrgType.EMBASSY),
            ("Embassy of the United States", "", OrgType.EMBASSY),
        )
    )
    return {"name": name, "acronym": acronym, "org_type": org_type, "place": words.CAPITAL}


def of_place(name: str) -> str:
    """French 'of' before a place name: "d'Ippy", "de Bambari" ('Ou' is not elided)."""
    elide = name[:1] in "AEIOUÉÈ" and not name.startswith("Ou")
    return f"d'{name}" if elide else f"de {name}"


def _acronym(name: str) -> str:
    parts = _plain(name).replace("'", " ").replace("-", " ").split()
    return "".join(p[0].upper() for p in parts if p.lower() not in _STOP_WORDS)


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slug(text: str) -> str:
    """ASCII, lower case, no spaces: for e-mail addresses."""
    return "".join(ch for ch in _plain(text).lower() if ch.isalnum() or ch in ".-")


def feminine(position: str) -> str:
    """The French title of a position held by a woman: 'Présidente', 'Chargée de ...'."""
    for male, female in _FEMININE:
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
        return f"{local}@{r.choice(('gmail.com', 'yahoo.fr'))}"
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
