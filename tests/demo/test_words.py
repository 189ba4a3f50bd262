"""The word lists ship as package data and fit the generator: every kind has its words,
every template only the placeholders the generator fills."""

from __future__ import annotations

import string
import tomllib
from importlib.resources import files

import pytest

from cimicdesk.demo import words
from cimicdesk.domain.enums import (
    AssessmentSector,
    CommunityKind,
    InfrastructureState,
    LiaisonType,
)

DATA = files("cimicdesk.demo") / "data"
# The placeholders each family of templates is filled with (demo/area.py, profiles.py...).
MEETING = {"place", "village", "village2", "road", "partner", "facility", "leader", "weekday"}
MEETING |= {"households", "cattle", "days", "fee"}
ORGANISATION = {"town", "of_town", "village", "of_village", "prefecture", "name", "acronym"}
ORGANISATION |= {"head", "subject"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_data_file_is_package_data_and_valid_toml():
    names = sorted(entry.name for entry in DATA.iterdir() if entry.name.endswith(".toml"))
    stems = ("assessments", "liaison", "narratives", "operations", "organisations", "people")
    stems += ("places",)
    assert names == [f"{name}.toml" for name in stems]
    for name in names:
        assert tomllib.loads((DATA / name).read_text("utf-8"))


def test_every_kind_has_its_words():
    assert set(words.TYPE_WEIGHTS) == set(LiaisonType) == set(words.PURPOSES)
    staff_kinds = {kind for kind, _ in words.ORG_KINDS} | {"sultanate", "lamidat"}
    assert staff_kinds <= set(words.STAFF)
    assert set(words.QIP_WEIGHTS) == set(words.QIP_TITLES)
    assert set(words.INCIDENT_WEIGHTS) == set(words.NARRATIVES)
    assert set(words.SUPPORT_WEIGHTS) == set(words.SUPPORT_PURPOSES)
    assert {"OCHA", "MSF"} <= {a.acronym for a in (*words.UN_AGENCIES, *words.INGOS)}
    assert words.CAPITAL in {p.name for p in words.PLACES}
    for profile in words.SURNAMES:
        assert words.GIVEN[(profile, "male")] and words.GIVEN[(profile, "female")]
    # Every sector has words for how bad it is, and actions to recommend.
    assert set(words.SECTOR_FACTS) == set(AssessmentSector) <= set(words.RECOMMENDED)
    assert all(set(bands) == {"low", "mid", "high"} for bands in words.SECTOR_FACTS.values())
    assert set(words.INFRASTRUCTURE_NOTES) == set(InfrastructureState)
    assert {c.kind for c in words.COMMUNITIES} == set(CommunityKind)
    assert len({c.name for c in words.COMMUNITIES}) == len(words.COMMUNITIES) >= 15
    assert {c.town for c in words.COMMUNITIES} <= {t.name for t in words.TOWNS}


@pytest.mark.parametrize(
    ("templates", "allowed"),
    [
        ([t for ts in words.PURPOSES.values() for t in ts], MEETING),
        ([*words.INFO_RECEIVED, *words.INFO_PASSED, *words.ISSUES, *words.ACTIONS], MEETING),
        (
            [*words.ORG_NAMES.values(), *(t for ts in words.ORG_NAME_CHOICES.values() for t in ts)],
            ORGANISATION,
        ),
        ([*words.CONTACT_NOTES, *words.SENSITIVE_NOTES], {"village", "place", "road"}),
        (list(words.ORG_NOTES), {"place"}),
        (
            [p for _, ps in words.UNAFFILIATED for p in ps],
            {"village", "of_village", "place", "of_place"},
        ),
        ([t for ts in words.QIP_TITLES.values() for t in ts], {"town", "site"}),
        ([*words.OBJECTIVES, *words.AUTHORITIES], {"town", "site"}),
        ([*words.NARRATIVES.values(), *words.ACTIONS_TAKEN], {"actor", "site", "town", "n"}),
        (list(words.SUPPORT_PURPOSES.values()), {"n", "t", "v", "frm", "to"}),
        (
            [
                words.FIRST_KEY_POINT,
                words.FIRST_KEY_POINT_ONE_TOWN,
                words.FIRST_KEY_POINT_ONE_MEETING,
                *(t for ts in words.NARRATIVE_TEXTS.values() for t in ts),
            ],
            MEETING | {"meetings", "top", "second", "significant"},
        ),
        # Community assessments (demo/assessments.py).
        (
            [t for bands in words.SECTOR_FACTS.values() for ts in bands.values() for t in ts],
            {"town", "community", "n"},
        ),
        ([t for ts in words.INFRASTRUCTURE_NOTES.values() for t in ts], {"n"}),
        ([t for ts in words.RECOMMENDED.values() for t in ts], {"community", "town"}),
        (list(words.ASSESSMENT_SUMMARIES), {"community", "town", "trend"}),
        (list(words.TEAMS), {"unit"}),
    ],
)
def test_templates_use_only_the_placeholders_the_generator_fills(templates, allowed):
    assert templates
    for template in templates:
        assert _placeholders(template) <= allowed, template
