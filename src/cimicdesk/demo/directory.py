"""The made-up contact directory: organisations of every kind, and the people in them."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from cimicdesk.demo import profiles, words
from cimicdesk.demo.area import Area
from cimicdesk.domain.enums import Cluster, ContactCategory, Gender, OrgType, Sensitivity
from cimicdesk.domain.records import Contact, Organisation
from cimicdesk.store import contacts, organisations
from cimicdesk.store.bulk import BulkWriter

# The first organisations cover every common kind, so even a tiny seed has a mix.
_GUARANTEED = (
    "un",
    "mission",
    "ingo",
    "mairie",
    "traditional",
    "community",
    "nngo",
    "religious",
    "red_cross",
    "government",
    "women",
    "sous_prefecture",
)
_KEY_PEOPLE = {
    ContactCategory.TRADITIONAL_LEADER,
    ContactCategory.GOVERNMENT_OFFICIAL,
    ContactCategory.WOMENS_REP,
    ContactCategory.RELIGIOUS_LEADER,
}


@dataclass
class Person:
    """A contact and how often the log generator lets the teams meet them."""

    contact: Contact
    weight: float


class Directory:
    """Organisations and contacts made for one seed, written through a BulkWriter.

    Attributes: area, writer; orgs ((organisation, kind of staff), in the order made);
    people (Person, in the order made); org_names (taken names); country_offices (UN
    agency acronym -> its office in the capital).
    """

    def __init__(self, area: Area, writer: BulkWriter):
        self.area = area
        self.writer = writer
        self.orgs: list[tuple[Organisation, str]] = []
        self.org_names: set[str] = set()
        self.country_offices: dict[str, Organisation] = {}
        self.people: list[Person] = []

    def build(self, org_count: int, contact_count: int) -> None:
        """Make the organisations, then the contacts, and write them."""
        kinds, weights = zip(*words.ORG_KINDS, strict=True)
        cum = list(accumulate(weights))
        for kind in _GUARANTEED:
            self._organisation(kind, first=True)
        while len(self.orgs) < org_count:
            self._organisation(self.area.rng.choices(kinds, cum_weights=cum)[0])
        for _ in range(contact_count):
            self._contact()
        self.writer.flush()

    def _organisation(
        self, kind: str, fields: dict[str, Any] | None = None, first: bool = False
    ) -> Organisation:
        area, r = self.area, self.area.rng
        place = area.place()
        for attempt in range(25):
            if fields is not None and fields["name"] not in self.org_names:
                break
            place = area.place()
            fields = profiles.org_fields(
                r, kind, place, area.village(place), self.country_office, first and attempt < 5
            )
        else:  # every plausible name of this kind is taken: a community group always fits
            kind, place = "community", area.place()
            fields = profiles.org_fields(r, kind, place, area.village(place), self.country_office)
            assert fields is not None
            fields["name"] = f"{fields['name']} ({len(self.orgs) + 1})"
        kind = fields.pop("staff", kind)
        parent = fields.pop("parent", None)
        domain = fields.pop("domain", "")
        place = area.places[fields.pop("place", place.name)]
        org = Organisation(
            id=area.uuid(),
            place=place.name,
            parent_id=parent.id if parent else None,
            phones=(area.phone(),) if r.random() < 0.7 else (),
            active=r.random() < 0.96,
            **fields,
        )
        if domain:
            mailbox = org.acronym or org.name.split(" – ")[0].split()[0]
            org.email = f"{profiles.slug(mailbox)}.{profiles.slug(place.name)}@{domain}"
        org.notes = (
            words.DISTANCE_NOTE
            if org.keep_distance
            else r.choice(words.ORG_NOTES).format(place=place.name)
        )
        ref = area.grid(place, 0.75)
        org.grid = ref.mgrs if ref else ""
        days_before = (90, 120) if parent is None and kind == "un" else (30, 89)
        stamp = area.office_stamp(days_before)
        self.writer.add("organisations", org, stamp, organisations.derived_columns(org))
        self.writer.add_index("organisation", org.id, organisations.index_text(org))
        self.org_names.add(org.name)
        self.orgs.append((org, kind))
        return org

    def country_office(
        self, acronym: str, name: str, sectors: tuple[Cluster, ...], domain: str
    ) -> Organisation:
        """The capital's country office of a UN agency, created before its first sub-office."""
        if acronym not in self.country_offices:
            fields = {
                "name": words.ORG_NAMES["un_country_office"].format(name=name),
                "acronym": acronym,
                "org_type": OrgType.UNITED_NATIONS,
                "sectors": sectors,
                "domain": domain,
                "place": words.CAPITAL,
            }
            self.country_offices[acronym] = self._organisation("un", fields)
        return self.country_offices[acronym]

    def _contact(self) -> None:
        area, r = self.area, self.area.rng
        org: Organisation | None = None
        if r.random() < 0.8:
            org, kind = r.choice(self.orgs)
            category, positions = words.STAFF[kind]
            place = area.places[org.place]
            position = r.choice(positions)
        else:
            category, positions = r.choice(words.UNAFFILIATED)
            place = area.place()
            village = area.village(place)
            position = r.choice(positions).format(
                village=village,
                of_village=profiles.of_place(village),
                place=place.name,
                of_place=profiles.of_place(place.name),
            )
            kind = "none"
        profile, gender = profiles.profile_and_gender(r, category, kind, position)
        if gender is Gender.FEMALE:
            position = profiles.feminine(position)
        given = r.choice(words.GIVEN[(profile, "male" if gender is Gender.MALE else "female")])
        name = f"{given} {r.choice(words.SURNAMES[profile])}"
        if r.random() < 0.03:
            gender = Gender.UNKNOWN
        sensitivity = profiles.sensitivity(r, category, kind)
        slots = {
            "village": area.village(place),
            "place": place.name,
            "road": r.choice(area.roads[place.name]),
        }
        notes = (
            r.choice(words.SENSITIVE_NOTES)
            if sensitivity is not Sensitivity.NORMAL
            else r.choice(words.CONTACT_NOTES).format(**slots)
        )
        phones: tuple[str, ...] = (area.phone(),) if r.random() < 0.9 else ()
        if phones and r.random() < 0.25:
            phones += (area.phone(),)
        ref = area.grid(place, 0.35)
        contact = Contact(
            id=area.uuid(),
            name=name,
            position=position,
            organisation_id=org.id if org else None,
            category=category,
            gender=gender,
            languages=profiles.languages(r, profile, position, category),
            phones=phones,
            email=profiles.email(r, given, name, org, category),
            place=place.name,
            grid=ref.mgrs if ref else "",
            sensitivity=sensitivity,
            notes=notes,
            active=r.random() < 0.96,
        )
        stamp = area.office_stamp((1, 29))
        self.writer.add("contacts", contact, stamp, contacts.derived_columns(contact))
        organisation = f"{org.name} {org.acronym}" if org else ""
        self.writer.add_index("contact", contact.id, contacts.index_text(contact, organisation))
        # Leaders and officials are met far more often than most; a few people very often.
        # Some are never met: inactive, or listed by the previous contingent and not yet seen.
        weight = min(40.0, r.paretovariate(1.3))
        if category in _KEY_PEOPLE:
            weight *= 2
        if not contact.active or r.random() < 0.06:
            weight = 0.0
        self.people.append(Person(contact, weight))
