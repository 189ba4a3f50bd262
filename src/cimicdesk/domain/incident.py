"""Incident reports: categories and sub-categories as data, casualties, the flash rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from cimicdesk.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    LocationPrecision,
    SourceReliability,
)
from cimicdesk.domain.errors import FieldError
from cimicdesk.domain.grid import GridReferenceError, optional_grid
from cimicdesk.domain.records import Record, too_long
from cimicdesk.domain.timeutil import from_stamp, is_stamp, utc_now
from cimicdesk.i18n.message import Message, msg

MAX_TEXT = 20_000
C = IncidentCategory


@dataclass(frozen=True)
class Subcategory:
    """A sub-type of an incident category: its stored code and its label."""

    code: str
    label: str


def _subs(*pairs: tuple[str, str]) -> tuple[Subcategory, ...]:
    return tuple(Subcategory(code, label) for code, label in pairs)


# ACLED event types with their sub-event types, then the CIMIC additions (doctrine §5).
SUBCATEGORIES: dict[IncidentCategory, tuple[Subcategory, ...]] = {
    C.BATTLES: _subs(
        ("armed_clash", "Armed clash"),
        ("government_regains_territory", "Government regains territory"),
        ("non_state_actor_overtakes_territory", "Non-state actor overtakes territory"),
    ),
    C.EXPLOSIONS_REMOTE_VIOLENCE: _subs(
        ("air_drone_strike", "Air / drone strike"),
        ("shelling_artillery_missile", "Shelling / artillery / missile attack"),
        ("remote_explosive_landmine_ied", "Remote explosive / landmine / IED"),
        ("grenade", "Grenade"),
        ("suicide_bomb", "Suicide bomb"),
        ("chemical_weapon", "Chemical weapon"),
    ),
    C.VIOLENCE_AGAINST_CIVILIANS: _subs(
        ("attack", "Attack"),
        ("sexual_violence", "Sexual violence"),
        ("abduction_forced_disappearance", "Abduction / forced disappearance"),
    ),
    C.PROTESTS: _subs(
        ("peaceful_protest", "Peaceful protest"),
        ("protest_with_intervention", "Protest with intervention"),
        ("excessive_force_against_protesters", "Excessive force against protesters"),
    ),
    C.RIOTS: _subs(
        ("violent_demonstration", "Violent demonstration"),
        ("mob_violence", "Mob violence"),
    ),
    C.STRATEGIC_DEVELOPMENTS: _subs(
        ("agreement", "Agreement"),
        ("arrests", "Arrests"),
        ("change_to_group_activity", "Change to group / activity"),
        ("disrupted_weapons_use", "Disrupted weapons use"),
        ("headquarters_base_established", "Headquarters or base established"),
        ("looting_property_destruction", "Looting / property destruction"),
        ("non_violent_transfer_of_territory", "Non-violent transfer of territory"),
        ("other", "Other"),
    ),
    C.HUMANITARIAN_ACCESS_DENIED: _subs(
        ("checkpoint_obstruction", "Checkpoint / illegal toll"),
        ("movement_restriction", "Movement restricted by an authority or group"),
        ("road_impassable", "Road or bridge impassable"),
        ("administrative_impediment", "Administrative impediment"),
    ),
    C.ATTACK_ON_HUMANITARIANS: _subs(
        ("attack_on_personnel", "Attack on personnel"),
        ("abduction_of_personnel", "Abduction of personnel"),
        ("robbery_looting_of_assets", "Robbery / looting of assets or premises"),
        ("vehicle_hijacking", "Vehicle hijacking"),
        ("threat_intimidation", "Threat / intimidation"),
    ),
    C.DISPLACEMENT: _subs(
        ("new_displacement", "New displacement"),
        ("secondary_displacement", "Secondary displacement"),
        ("returns", "Returns"),
    ),
    C.INTERCOMMUNAL_CLASH: _subs(
        ("farmer_herder", "Farmer–herder clash"),
        ("intercommunal_violence", "Intercommunal violence"),
        ("land_or_resource_dispute", "Land or resource dispute"),
    ),
    C.NATURAL_DISASTER_EPIDEMIC: _subs(
        ("flood", "Flood"),
        ("drought", "Drought"),
        ("fire", "Fire"),
        ("epidemic", "Epidemic outbreak"),
        ("storm", "Storm"),
    ),
    C.HOSTILITY_TO_MISSION: _subs(
        ("attack_on_peacekeepers", "Attack on peacekeepers"),
        ("threat_to_personnel", "Threat to mission personnel"),
        ("demonstration_against_mission", "Demonstration against the mission"),
        ("obstruction_of_patrol", "Obstruction of a patrol or movement"),
        ("disinformation", "Disinformation / hate speech"),
    ),
    C.UXO_MINE: _subs(
        ("uxo_found", "UXO found"),
        ("mine_ied_found", "Mine / IED found"),
        ("explosion_casualty", "Explosion causing casualties"),
    ),
    C.CRIME_BANDITRY: _subs(
        ("armed_robbery", "Armed robbery"),
        ("road_banditry", "Road banditry (coupeurs de route)"),
        ("cattle_theft", "Cattle theft"),
        ("kidnapping_for_ransom", "Kidnapping for ransom"),
        ("other_crime", "Other crime"),
    ),
}

# Categories that call for a flash report at once, casualties or not.
IMMEDIATE_CATEGORIES = frozenset(
    {
        C.BATTLES,
        C.EXPLOSIONS_REMOTE_VIOLENCE,
        C.VIOLENCE_AGAINST_CIVILIANS,
        C.ATTACK_ON_HUMANITARIANS,
        C.INTERCOMMUNAL_CLASH,
        C.HOSTILITY_TO_MISSION,
    }
)
ACLED_CATEGORIES = frozenset(
    {
        C.BATTLES,
        C.EXPLOSIONS_REMOTE_VIOLENCE,
        C.VIOLENCE_AGAINST_CIVILIANS,
        C.PROTESTS,
        C.RIOTS,
        C.STRATEGIC_DEVELOPMENTS,
    }
)

# The casualty table: outcome x group; each cell is the field f"{outcome}_{group}".
CASUALTY_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("killed", "Killed"),
    ("injured", "Injured"),
    ("abducted", "Abducted"),
)
CASUALTY_GROUPS: tuple[tuple[str, str], ...] = (
    ("civilian_men", "Civilian men"),
    ("civilian_women", "Civilian women"),
    ("civilian_children", "Civilian children"),
    ("un_personnel", "UN personnel"),
    ("security_forces", "Security forces"),
    ("armed_elements", "Armed elements"),
)
CASUALTY_FIELDS: tuple[str, ...] = tuple(
    f"{outcome}_{group}" for outcome, _ in CASUALTY_OUTCOMES for group, _ in CASUALTY_GROUPS
)


def subcategories(category: IncidentCategory) -> tuple[Subcategory, ...]:
    """The sub-types an officer may choose for a category."""
    return SUBCATEGORIES[category]


def subcategory_label(category: IncidentCategory, code: str) -> str:
    """The label of a sub-type code ('' when none is set; the code itself if unknown)."""
    return next((s.label for s in SUBCATEGORIES[category] if s.code == code), code)


def is_immediate(category: IncidentCategory) -> bool:
    return category in IMMEDIATE_CATEGORIES


@dataclass
class IncidentLiaisonLink(Record):
    """A link between an incident and a liaison entry that reported or discussed it."""

    incident_id: str = ""
    entry_id: str = ""


@dataclass
class Incident(Record):
    """An incident report (doctrine §5). Stamps are UTC text like 2026-11-25T09:30:00.000Z."""

    reference: str = ""  # UNIT-INC-YYYY-NNNN, assigned on first save
    occurred_at: str = ""
    reported_at: str = ""
    source_contact_id: str | None = None
    source_organisation_id: str | None = None
    source_note: str = ""  # e.g. "local radio", or how the source knows
    reliability: SourceReliability = SourceReliability.F
    place: str = ""
    grid: str = ""
    location_precision: LocationPrecision = LocationPrecision.EXACT
    category: IncidentCategory = IncidentCategory.STRATEGIC_DEVELOPMENTS
    subcategory: str = ""  # a code of SUBCATEGORIES[category], or ''
    actors: str = ""
    actor_organisation_ids: tuple[str, ...] = ()
    killed_civilian_men: int = 0
    killed_civilian_women: int = 0
    killed_civilian_children: int = 0
    killed_un_personnel: int = 0
    killed_security_forces: int = 0
    killed_armed_elements: int = 0
    injured_civilian_men: int = 0
    injured_civilian_women: int = 0
    injured_civilian_children: int = 0
    injured_un_personnel: int = 0
    injured_security_forces: int = 0
    injured_armed_elements: int = 0
    abducted_civilian_men: int = 0
    abducted_civilian_women: int = 0
    abducted_civilian_children: int = 0
    abducted_un_personnel: int = 0
    abducted_security_forces: int = 0
    abducted_armed_elements: int = 0
    narrative: str = ""
    action_taken: str = ""
    assessment: str = ""
    flash_sent_at: str = ""  # when the flash report went, '' if not (yet)
    status: IncidentStatus = IncidentStatus.OPEN
    # Links to liaison entries, stored in their own synced table.
    liaison_entry_ids: tuple[str, ...] = field(default=())

    NOT_STORED: ClassVar[tuple[str, ...]] = ("liaison_entry_ids",)

    def casualties(self, outcome: str, group: str) -> int:
        count: int = getattr(self, f"{outcome}_{group}")
        return count

    def total_casualties(self) -> int:
        return sum(getattr(self, name) for name in CASUALTY_FIELDS)

    def total_for(self, outcome: str) -> int:
        """Killed, injured or abducted, all groups together."""
        return sum(self.casualties(outcome, group) for group, _ in CASUALTY_GROUPS)

    @property
    def subcategory_label(self) -> str:
        return subcategory_label(self.category, self.subcategory)

    def is_flash(self) -> bool:
        """Any casualty, or a category that calls for an immediate report."""
        return self.category in IMMEDIATE_CATEGORIES or self.total_casualties() > 0

    def needs_flash(self) -> bool:
        """A flash incident whose flash report is not marked sent: highlight it."""
        return self.is_flash() and not self.flash_sent_at

    def field_errors(self, now: datetime | None = None) -> list[FieldError]:
        """What is wrong, field by field. A report cannot lack when it happened, where (a
        place or a grid) and what happened (doctrine §5: When, Where, What)."""
        errors: list[FieldError] = []
        now = now or utc_now()
        occurred = _stamp(
            errors, "occurred_at", self.occurred_at, msg("Give when it happened (date and time).")
        )
        reported = _stamp(
            errors,
            "reported_at",
            self.reported_at,
            msg("Give when it was reported (date and time)."),
        )
        if occurred and occurred > now:
            errors.append(
                FieldError("occurred_at", msg("The incident cannot happen in the future."))
            )
        if reported and reported > now:
            errors.append(FieldError("reported_at", msg("The report time is in the future.")))
        if occurred and reported and reported < occurred:
            errors.append(
                FieldError("reported_at", msg("It cannot be reported before it happened."))
            )
        if self.flash_sent_at:
            sent = _stamp(
                errors,
                "flash_sent_at",
                self.flash_sent_at,
                msg("Give when the flash went (date and time)."),
            )
            if sent and sent > now:
                errors.append(FieldError("flash_sent_at", msg("The flash time is in the future.")))
            elif sent and occurred and sent < occurred:
                errors.append(
                    FieldError("flash_sent_at", msg("The flash cannot go before the incident."))
                )
        if not self.place.strip() and not self.grid.strip():
            errors.append(
                FieldError(
                    "place", msg("Give where it happened: a place name or a grid reference.")
                )
            )
        try:
            optional_grid(self.grid)
        except GridReferenceError as exc:
            errors.append(FieldError("grid", exc.message))
        if not self.narrative.strip():
            errors.append(FieldError("narrative", msg("Give what happened (the narrative).")))
        codes = {s.code for s in SUBCATEGORIES[self.category]}
        if self.subcategory and self.subcategory not in codes:
            errors.append(
                FieldError(
                    "subcategory",
                    msg(
                        "'{subcategory}' is not a kind of {category_label}.",
                        subcategory=self.subcategory,
                        category_label=self.category,
                    ),
                )
            )
        bad = [
            name
            for name in CASUALTY_FIELDS
            if not isinstance(getattr(self, name), int)
            or isinstance(getattr(self, name), bool)
            or getattr(self, name) < 0
        ]
        for name in bad:
            errors.append(FieldError(name, msg("Casualties are whole numbers, 0 or more.")))
        for name in ("narrative", "action_taken", "assessment", "actors", "source_note"):
            if len(getattr(self, name)) > MAX_TEXT:
                errors.append(too_long(name, MAX_TEXT))
        return errors


def _stamp(errors: list[FieldError], name: str, text: str, missing: Message) -> datetime | None:
    if not text:
        errors.append(FieldError(name, missing))
        return None
    if not is_stamp(text):
        errors.append(FieldError(name, msg("'{text}' is not a valid date and time.", text=text)))
        return None
    return from_stamp(text)
