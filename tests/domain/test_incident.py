"""Incident reports: date order, casualty counts, the category table and the flash rule."""

from datetime import UTC, datetime

import pytest

from cimicdesk.domain.enums import IncidentCategory
from cimicdesk.domain.incident import (
    ACLED_CATEGORIES,
    CASUALTY_FIELDS,
    IMMEDIATE_CATEGORIES,
    SUBCATEGORIES,
    Incident,
    subcategory_label,
)

C = IncidentCategory
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _incident(**kw) -> Incident:
    values = {
        "occurred_at": "2026-05-30T04:00:00.000Z",
        "reported_at": "2026-05-30T07:30:00.000Z",
        "category": C.CRIME_BANDITRY,
        "subcategory": "road_banditry",
        "place": "Élevage, Bambari",
        "narrative": "Traders robbed on the Grimari road.",
    }
    values.update(kw)
    return Incident(**values)


def _fields(incident, now=NOW):
    return {e.field for e in incident.field_errors(now)}


def test_a_plain_report_is_valid():
    assert _fields(_incident()) == set()


def test_an_empty_report_lacks_when_where_and_what():
    errors = Incident().field_errors(NOW)
    assert {e.field: str(e.message) for e in errors} == {
        "occurred_at": "Give when it happened (date and time).",
        "reported_at": "Give when it was reported (date and time).",
        "place": "Give where it happened: a place name or a grid reference.",
        "narrative": "Give what happened (the narrative).",
    }


@pytest.mark.parametrize(
    ("where", "valid"),
    [
        ({"place": "Élevage, Bambari", "grid": ""}, True),
        ({"place": "", "grid": "34NDM6409037550"}, True),
        ({"place": "  ", "grid": " "}, False),
        ({"place": "", "grid": ""}, False),
    ],
)
def test_a_report_says_where_by_place_or_grid(where, valid):
    assert ("place" not in _fields(_incident(**where))) is valid


@pytest.mark.parametrize("narrative", ["", "   ", "\n\t"])
def test_a_report_says_what_happened(narrative):
    assert _fields(_incident(narrative=narrative)) == {"narrative"}


def test_occurred_before_reported_before_now():
    assert _fields(_incident(reported_at="2026-05-30T03:59:59.999Z")) == {"reported_at"}
    assert _fields(_incident(reported_at="2026-05-30T04:00:00.000Z")) == set()  # equal is fine
    future = "2026-06-01T12:00:00.001Z"
    assert _fields(_incident(reported_at=future)) == {"reported_at"}
    assert _fields(_incident(occurred_at=future, reported_at=future)) == {
        "occurred_at",
        "reported_at",
    }
    assert _fields(_incident(occurred_at="", reported_at="yesterday")) == {
        "occurred_at",
        "reported_at",
    }


def test_flash_time_lies_between_the_incident_and_now():
    assert _fields(_incident(flash_sent_at="2026-05-30T03:00:00.000Z")) == {"flash_sent_at"}
    assert _fields(_incident(flash_sent_at="2026-06-02T00:00:00.000Z")) == {"flash_sent_at"}
    assert _fields(_incident(flash_sent_at="2026-05-30T05:00:00.000Z")) == set()


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2", None])
def test_casualties_are_whole_and_not_negative(bad):
    assert _fields(_incident(killed_civilian_children=bad)) == {"killed_civilian_children"}


def test_casualty_table_is_outcome_by_group():
    assert len(CASUALTY_FIELDS) == 18 and len(set(CASUALTY_FIELDS)) == 18
    incident = _incident(killed_civilian_men=2, injured_civilian_women=3, abducted_un_personnel=1)
    assert all(hasattr(incident, name) for name in CASUALTY_FIELDS)
    assert incident.total_casualties() == 6
    assert (
        incident.total_for("killed") == 2 and incident.casualties("abducted", "un_personnel") == 1
    )


def test_every_category_has_its_subcategories_as_data():
    assert set(SUBCATEGORIES) == set(IncidentCategory)
    for category, subs in SUBCATEGORIES.items():
        codes = [s.code for s in subs]
        assert codes and len(codes) == len(set(codes)), category
    assert len(ACLED_CATEGORIES) == 6 and set(IncidentCategory) >= IMMEDIATE_CATEGORIES
    assert subcategory_label(C.BATTLES, "armed_clash") == "Armed clash"
    assert _incident(category=C.BATTLES, subcategory="armed_clash").subcategory_label == (
        "Armed clash"
    )


def test_subcategory_must_belong_to_the_category():
    assert _fields(_incident(category=C.PROTESTS, subcategory="armed_clash")) == {"subcategory"}
    assert _fields(_incident(category=C.PROTESTS, subcategory="")) == set()


def test_grid_is_checked():
    assert _fields(_incident(grid="34NDM123")) == {"grid"}


@pytest.mark.parametrize("category", list(IncidentCategory))
def test_flash_is_an_immediate_category_or_any_casualty(category):
    calm = _incident(category=category, subcategory="")
    assert calm.is_flash() is (category in IMMEDIATE_CATEGORIES)
    hurt = _incident(category=category, subcategory="", injured_security_forces=1)
    assert hurt.is_flash()


def test_flash_needs_attention_until_it_is_sent():
    incident = _incident(abducted_civilian_children=1)
    assert incident.is_flash() and incident.needs_flash()
    incident.flash_sent_at = "2026-05-30T08:00:00.000Z"
    assert incident.is_flash() and not incident.needs_flash()
    assert not _incident().needs_flash()  # banditry without casualties is no flash
    assert _incident(category=C.BATTLES, subcategory="").needs_flash()
