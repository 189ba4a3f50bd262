"""Community assessments through the repository: references, children, lists, map, QIP link."""

import pytest
from factories import TODAY, make_assessment, make_contact, make_org, make_qip

from cimicdesk.domain.assessment import InfrastructureItem, RecommendedAction, SectorRating
from cimicdesk.domain.assessment_trend import community_key
from cimicdesk.domain.enums import (
    AssessmentSector,
    CommunityKind,
    InfrastructureKind,
    InfrastructureState,
    Sensitivity,
    Severity,
)
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.map_kinds import MapKind
from cimicdesk.domain.masking import restricted_code
from cimicdesk.store import assessments as asm
from cimicdesk.store import synced
from cimicdesk.store.filters import AssessmentFilter
from cimicdesk.store.map_index_sql import KIND_CODES
from cimicdesk.store.organisations import save_organisation
from cimicdesk.store.search import search

A = AssessmentSector


def test_reference_position_key_and_search(store):
    unicef = make_org(store, "UNICEF")
    first = make_assessment(
        store,
        grid="34ndm 64090 37550",
        joint_organisation_ids=(unicef.id,),
        summary="Borehole broken since March; cholera feared.",
    )
    assert first.reference == "BANBAT1-ASM-2026-001"
    assert first.grid == "34NDM6409037550"
    row = synced.fetch_row(store, "assessments", first.id)
    assert 5 < row["lat"] < 6 and 20 < row["lon"] < 21
    assert row["community_key"] == community_key(first).text
    assert make_assessment(store, community_name="Lakandja").reference == "BANBAT1-ASM-2026-002"
    assert search(store, "cholera", kinds=("assessment",))[0].record_id == first.id
    assert search(store, "unicef", kinds=("assessment",))[0].record_id == first.id


def test_population_not_known_reads_back_as_none_never_zero(store):
    saved = make_assessment(store, resident_total=1200, idps_women=40, idps_children=None)
    again = asm.get_assessment(store, saved.id)
    assert again.resident_total == 1200 and again.resident_women is None
    assert again.idps_women == 40 and again.idps_total is None
    assert synced.fetch_row(store, "assessments", saved.id)["returnees_total"] is None


def test_a_refused_assessment_writes_nothing(store):
    before = store.db.execute("SELECT count(*) FROM assessments").fetchone()[0]
    with pytest.raises(ValidationError, match="at least one sector"):
        make_assessment(store, ratings={A.WASH: None})
    with pytest.raises(ValidationError, match="future"):
        make_assessment(store, assessed_on="2026-06-02")
    with pytest.raises(ValidationError, match="organisation is unknown"):
        make_assessment(store, present_organisation_ids=("no-such-org",))
    assert store.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == before
    assert store.db.execute("SELECT count(*) FROM assessment_sectors").fetchone()[0] == 0


def test_one_sector_is_one_row_whatever_id_the_editor_held(store):
    saved = make_assessment(store, ratings={A.WASH: "3", A.HEALTH: None})
    wash = next(s for s in saved.sectors if s.sector is A.WASH)
    assert wash.id == asm.sector_rating_id(saved.id, A.WASH)
    # An editor that built a fresh rating for the same sector edits the same row.
    saved.sectors = [SectorRating(sector=A.WASH, severity=Severity("4"), key_facts="2 of 3 dry")]
    again = asm.save_assessment(store, saved, today=TODAY)
    rows = store.db.execute(
        "SELECT sector, severity, deleted FROM assessment_sectors ORDER BY sector"
    ).fetchall()
    assert rows == [("health", None, 1), ("wash", "4", 0)]
    assert [(s.sector, s.severity) for s in again.sectors] == [(A.WASH, Severity("4"))]
    # Rated again, the dropped sector's row comes back: still one row per sector.
    again.sectors.append(SectorRating(sector=A.HEALTH, severity=Severity("2")))
    asm.save_assessment(store, again, today=TODAY)
    assert store.db.execute("SELECT count(*) FROM assessment_sectors").fetchone()[0] == 2


def test_children_are_saved_and_removed_ones_tombstoned(store):
    saved = make_assessment(
        store,
        infrastructure=[
            InfrastructureItem(
                kind=InfrastructureKind.WATER_POINT,
                state=InfrastructureState.NOT_FUNCTIONAL,
                grid="34ndm 6410 3756",
            ),
            InfrastructureItem(kind=InfrastructureKind.SCHOOL),
        ],
        actions=[RecommendedAction(description="Repair the borehole pump")],
    )
    assert [i.grid for i in saved.infrastructure] == ["34NDM64103756", ""]
    lat = store.db.execute("SELECT lat FROM assessment_infrastructure WHERE grid != ''").fetchone()[
        0
    ]
    assert 5 < lat < 6
    saved.infrastructure = saved.infrastructure[1:]
    saved.actions = []
    again = asm.save_assessment(store, saved, today=TODAY)
    assert [i.kind for i in again.infrastructure] == [InfrastructureKind.SCHOOL]
    assert again.actions == []
    assert (
        store.db.execute(
            "SELECT count(*) FROM assessment_infrastructure WHERE deleted = 1"
        ).fetchone()[0]
        == 1
    )


def test_lists_filter_and_sort_by_worst_severity(store):
    make_assessment(store, community_name="Alindao", ratings={A.WASH: "2", A.HEALTH: "4"})
    make_assessment(
        store,
        community_name="PK3 site",
        community_kind=CommunityKind.IDP_SITE,
        assessed_on="2026-04-02",
        ratings={A.SHELTER_NFI: "5"},
    )
    make_assessment(store, community_name="Bakala", ratings={A.EDUCATION: "1"})
    worst_first = asm.list_assessments(store, order_by="worst").items
    assert [a.community_name for a in worst_first] == ["PK3 site", "Alindao", "Bakala"]
    assert worst_first[1].severity_of(A.HEALTH) == Severity("4")  # sectors come with the list
    at_least_4 = AssessmentFilter(min_severity=Severity("4"))
    assert asm.count_assessments(store, at_least_4) == 2
    sites = AssessmentFilter(community_kind=CommunityKind.IDP_SITE)
    assert [a.community_name for a in asm.list_assessments(store, sites).items] == ["PK3 site"]
    health = AssessmentFilter(sector=A.HEALTH)
    assert [a.community_name for a in asm.list_assessments(store, health).items] == ["Alindao"]
    april = AssessmentFilter(date_from="2026-04-01", date_to="2026-05-01")
    assert asm.count_assessments(store, april) == 1
    between = asm.assessments_between(store, "2026-04-01", "2026-05-21", units=["BANBAT 1"])
    assert between[0].community_name == "PK3 site" and len(between) == 3
    assert asm.assessments_between(store, None, None, units=[]) == []


def test_a_community_history_is_its_assessments_in_date_order(store):
    later = make_assessment(store, assessed_on="2026-05-20", ratings={A.WASH: "4"})
    earlier = make_assessment(store, assessed_on="2026-03-01", community_name="KIDJIGRA ")
    make_assessment(store, community_name="Kidjigra", community_kind=CommunityKind.IDP_SITE)
    key = synced.fetch_row(store, "assessments", later.id)["community_key"]
    history = asm.community_history(store, key)
    assert [a.id for a in history] == [earlier.id, later.id]
    assert asm.count_assessments(store, AssessmentFilter(community_key=key)) == 2


def test_delete_and_restore(store):
    saved = make_assessment(store)
    asm.delete_assessment(store, saved.id)
    assert asm.count_assessments(store) == 0
    assert search(store, "kidjigra", kinds=("assessment",)) == []
    asm.restore_assessment(store, saved.id)
    assert asm.count_assessments(store) == 1


def _map_style(store, assessment_id):
    row = store.db.execute(
        "SELECT i.style, i.min_kind FROM map_index i JOIN map_keys k ON k.n = i.n "
        "WHERE k.kind = 'assessment' AND k.record_id = ?",
        [assessment_id],
    ).fetchone()
    return row


def test_the_map_index_styles_an_assessment_by_its_worst_severity(store):
    saved = make_assessment(store, ratings={A.WASH: "2", A.PROTECTION: "4"})
    assert _map_style(store, saved.id) == ("4", KIND_CODES[MapKind.ASSESSMENT])
    saved.sectors = [s for s in saved.sectors if s.sector is A.WASH]
    asm.save_assessment(store, saved, today=TODAY)
    assert _map_style(store, saved.id)[0] == "2"
    # A sector row arriving after its assessment (as a merge writes them) restyles it.
    store.db.execute(
        "UPDATE assessment_sectors SET severity = '5' WHERE assessment_id = ?", [saved.id]
    )
    assert _map_style(store, saved.id)[0] == "5"
    asm.delete_assessment(store, saved.id)
    assert _map_style(store, saved.id) is None
    assert (
        make_assessment(store, grid="").id
        and store.db.execute("SELECT count(*) FROM map_keys WHERE kind = 'assessment'").fetchone()[
            0
        ]
        == 0
    )


def test_a_qip_names_the_assessment_that_justifies_it(store):
    justified = make_assessment(store)
    qip = make_qip(store, assessment_id=justified.id)
    assert qip.assessment_id == justified.id
    with pytest.raises(ValidationError, match="assessment is unknown"):
        make_qip(store, assessment_id="no-such-assessment")


def test_a_restricted_key_informant_is_indexed_by_code_never_by_name(store):
    chief = make_contact(store, "Célestin Gbanzi", sensitivity=Sensitivity.RESTRICTED)
    nurse = make_contact(store, "Odette Yakoma")
    saved = make_assessment(store, informant_contact_ids=(chief.id, nurse.id, chief.id))
    assert saved.informant_contact_ids == (chief.id, nurse.id)
    assert asm.informant_names(store, saved.informant_contact_ids) == {
        chief.id: restricted_code(chief.id),
        nurse.id: "Odette Yakoma",
    }
    found = [r.record_id for r in search(store, "odette", kinds=("assessment",))]
    assert found == [saved.id]
    assert search(store, "gbanzi", kinds=("assessment",)) == []
    with pytest.raises(ValidationError, match="contact is unknown"):
        make_assessment(store, informant_contact_ids=("no-such-contact",))


def test_renaming_an_organisation_reindexes_the_assessments_naming_it(store):
    ngo = make_org(store, "Mercy Corps")
    saved = make_assessment(store, present_organisation_ids=(ngo.id,))
    ngo.name = "Mercy Corps Europe"
    save_organisation(store, ngo)
    assert [r.record_id for r in search(store, "europe", kinds=("assessment",))] == [saved.id]


def test_infrastructure_and_actions_come_back_in_the_order_they_were_listed(store):
    kinds = list(InfrastructureKind)[:8]
    saved = make_assessment(
        store,
        infrastructure=[InfrastructureItem(kind=k, note=str(n)) for n, k in enumerate(kinds)],
        actions=[RecommendedAction(description=f"Action {n}") for n in range(8)],
    )
    again = asm.get_assessment(store, saved.id)
    assert [i.kind for i in again.infrastructure] == kinds
    assert [a.description for a in again.actions] == [f"Action {n}" for n in range(8)]


def _drawn(store):
    return {
        row[0]
        for row in store.db.execute(
            "SELECT k.record_id FROM map_index i JOIN map_keys k ON k.n = i.n "
            "WHERE k.kind = 'assessment'"
        )
    }


def test_a_community_is_drawn_once_as_its_latest_assessment(store):
    march = make_assessment(store, assessed_on="2026-03-02", ratings={A.WASH: "2"})
    may = make_assessment(store, assessed_on="2026-05-20", ratings={A.WASH: "4"})
    other = make_assessment(store, community_name="Lakandja", assessed_on="2026-01-10")
    assert _drawn(store) == {may.id, other.id}
    # One entered late, of an earlier visit, does not take the latest one's place.
    make_assessment(store, assessed_on="2026-04-01")
    assert _drawn(store) == {may.id, other.id}
    asm.delete_assessment(store, may.id)  # the one before is drawn again, in its colour
    april = store.db.execute(
        "SELECT id FROM assessments WHERE assessed_on = '2026-04-01'"
    ).fetchone()[0]
    assert _drawn(store) == {april, other.id}
    asm.restore_assessment(store, may.id)
    assert _drawn(store) == {may.id, other.id}
    assert _map_style(store, may.id)[0] == "4" and _map_style(store, march.id) is None
    # Moved to another square (a new community key): both communities are drawn.
    may.grid = "34NDM7000037550"
    asm.save_assessment(store, may, today=TODAY)
    assert _drawn(store) == {may.id, april, other.id}
