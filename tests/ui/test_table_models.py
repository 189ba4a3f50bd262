"""Table models: Qt's model tester, keyset paging, sorting, filters, targeted updates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from scripted_prompter import action, make_contact, make_entry, make_org

from cimicdesk.domain.enums import LiaisonType, OrgType, Sensitivity
from cimicdesk.domain.masking import restricted_code
from cimicdesk.domain.timeutil import to_stamp
from cimicdesk.store import contacts as contacts_repo
from cimicdesk.store import liaison as liaison_repo
from cimicdesk.store.filters import LiaisonFilter
from cimicdesk.store.liaison import link_id
from cimicdesk.ui.models.actions import OpenActionsModel
from cimicdesk.ui.models.records import (
    ContactTableModel,
    LiaisonTableModel,
    OrganisationTableModel,
)
from cimicdesk.ui.models.search import SearchResultsModel


def bulk_entries(store, count: int):
    """`count` liaison entries, one a day, with one contact each (through the repository)."""
    from datetime import UTC, datetime, timedelta

    person = make_contact(store, "Awa Sow")
    first = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    with store.db.atomic():
        for n in range(count):
            make_entry(
                store,
                contacts=[person],
                start=to_stamp(first + timedelta(hours=n)),
                place=f"Village {n}",
            )
    return person


def test_organisation_model_passes_the_model_tester_with_data_and_after_sort(store, qtmodeltester):
    make_org(store, "Norwegian Refugee Council", acronym="NRC", org_type=OrgType.INTERNATIONAL_NGO)
    make_org(store, "Mairie de Bria", org_type=OrgType.LOCAL_AUTHORITY, grid="34NDM6385033390")
    model = OrganisationTableModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, model.NAME).data() == "Mairie de Bria"
    assert model.index(0, model.GRID).data() == "34N DM 63850 33390"
    model.sort(model.ACRONYM, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.index(0, model.ACRONYM).data() == "NRC"


def test_contact_model_shows_organisation_and_last_contact_but_hides_restricted_phones(
    store, qtmodeltester
):
    nrc = make_org(store, "Norwegian Refugee Council", acronym="NRC")
    open_person = make_contact(
        store, "Awa Sow", organisation_id=nrc.id, phones=("+236 72 00 11 22",)
    )
    hidden = make_contact(
        store, "Bruno Kette", phones=("+236 75 99 88 77",), sensitivity=Sensitivity.RESTRICTED
    )
    make_entry(store, contacts=[open_person], start="2026-11-02T08:00:00.000Z")
    model = ContactTableModel(store)
    qtmodeltester.check(model)
    rows = {model.index(r, model.NAME).data(): r for r in range(model.rowCount())}
    assert "Bruno Kette" not in rows  # restricted: masked until revealed
    awa, bruno = rows["Awa Sow"], rows[f"Restricted contact {restricted_code(hidden.id)}"]
    assert model.index(awa, model.ORGANISATION).data() == "Norwegian Refugee Council (NRC)"
    assert model.index(awa, model.PHONE).data() == "+236 72 00 11 22"
    assert model.index(awa, model.LAST_CONTACT).data() == "2026-11-02"
    assert "75 99" not in model.index(bruno, model.PHONE).data()
    assert model.index(bruno, model.PHONE).data() == "withheld (restricted)"
    assert model.index(bruno, 0).data(model.RecordIdRole) == hidden.id
    model.set_reveal(True)
    qtmodeltester.check(model)
    assert model.index(bruno, model.NAME).data() == "Bruno Kette"
    assert model.index(bruno, model.PHONE).data() == "+236 75 99 88 77"
    model.set_reveal(False)
    model.sort(model.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert model.index(0, model.NAME).data() == "Awa Sow"


def test_liaison_model_lists_newest_first_with_participants(store, qtmodeltester):
    person = make_contact(store, "Awa Sow")
    org = make_org(store, "Mairie de Bria")
    make_entry(store, contacts=[person], start="2026-11-01T08:00:00.000Z", place="Bria")
    make_entry(
        store,
        contacts=[person],
        orgs=[org],
        start="2026-11-03T14:30:00.000Z",
        entry_type=LiaisonType.KLE,
        place="Ippy",
        grid="34NDM6385033390",
    )
    model = LiaisonTableModel(store)
    qtmodeltester.check(model)
    assert model.index(0, model.START).data() == "2026-11-03 14:30Z"
    assert model.index(0, model.TYPE).data() == "Key leader engagement"
    assert model.index(0, model.GRID).data() == "34N DM 63850 33390"
    participants = set(model.index(0, model.PARTICIPANTS).data().split("; "))
    assert participants == {"Awa Sow", "Mairie de Bria"}
    assert model.index(0, model.UNIT).data() == "BANBAT 1"
    model.sort(model.PLACE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    assert [model.index(r, model.PLACE).data() for r in range(2)] == ["Bria", "Ippy"]


def test_liaison_model_fetches_in_pages_of_200_and_passes_the_tester_after_fetch_more(
    store, qtmodeltester
):
    bulk_entries(store, 450)
    model = LiaisonTableModel(store)
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    qtmodeltester.check(model)  # the tester itself fetches the rest
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    starts = [model.record_at(r).start for r in range(450)]
    assert starts == sorted(starts, reverse=True)
    assert len({model.record_at(r).id for r in range(450)}) == 450


def test_sorting_requeries_from_the_first_page(store):
    bulk_entries(store, 250)
    model = LiaisonTableModel(store)
    model.fetchMore()
    assert model.rowCount() == 250
    model.sort(model.START, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 200
    assert model.index(0, model.START).data() == "2026-01-01 09:00Z"


def test_unsortable_columns_leave_the_order_alone(store):
    bulk_entries(store, 3)
    model = LiaisonTableModel(store)
    before = [model.record_at(r).id for r in range(3)]
    model.sort(model.PARTICIPANTS, Qt.SortOrder.AscendingOrder)
    assert (model.sort_column, model.sort_order) == (model.START, Qt.SortOrder.DescendingOrder)
    assert [model.record_at(r).id for r in range(3)] == before


def test_filters_reset_the_model_and_use_the_repository(store, qtbot):
    person = make_contact(store, "Awa Sow")
    other = make_contact(store, "Bruno Kette")
    make_entry(store, contacts=[person], place="Bria", purpose="water point repairs")
    make_entry(store, contacts=[other], place="Ippy", entry_type=LiaisonType.FIELD_VISIT)
    model = LiaisonTableModel(store)
    with qtbot.waitSignal(model.modelReset):
        model.set_filters(text="water")
    assert [model.record_at(r).place for r in range(model.rowCount())] == ["Bria"]
    model.set_filters(entry_type=LiaisonType.FIELD_VISIT)
    assert [model.record_at(r).place for r in range(model.rowCount())] == ["Ippy"]
    model.set_filters(participant_id=person.id)
    assert [model.record_at(r).place for r in range(model.rowCount())] == ["Bria"]
    model.set_filters()
    assert model.rowCount() == 2


def test_refresh_record_repaints_only_its_row(store, qtbot):
    for name in ("Awa Sow", "Bruno Kette", "Chantal Yerima"):
        make_contact(store, name)
    model = ContactTableModel(store)
    bruno = model.record_at(1)
    bruno.position = "Maire"
    contacts_repo.save_contact(store, bruno)
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.refresh_record(bruno.id)
    top, bottom = changed.args[:2]
    assert (top.row(), bottom.row()) == (1, 1)
    assert model.index(1, model.POSITION).data() == "Maire"


def test_open_actions_model_puts_overdue_first_and_marks_them(store, qtmodeltester):
    person = make_contact(store, "Awa Sow")
    make_entry(
        store,
        contacts=[person],
        actions=[
            action("Send the meeting notes", "2026-12-10"),
            action("Pass the escort request", "2026-11-20", owner="S3 Ops"),
            action("Ask about the bridge"),
        ],
    )
    model = OpenActionsModel(store, date(2026, 11, 25))
    qtmodeltester.check(model)
    assert [model.index(r, model.ACTION).data() for r in range(3)] == [
        "Pass the escort request",
        "Send the meeting notes",
        "Ask about the bridge",
    ]
    assert model.index(0, model.OVERDUE).data() == "5 days"
    assert model.index(0, model.DUE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, model.OVERDUE).data() == ""
    assert model.index(1, model.DUE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.overdue_count() == 1


def test_search_model_passes_the_tester(store, qtmodeltester):
    make_contact(store, "Awa Sow", notes="knows the water committee")
    make_org(store, "Water Aid")
    model = SearchResultsModel(store)
    model.run("water")
    qtmodeltester.check(model)
    kinds = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert kinds == {"Contact", "Organisation"}


def test_masked_contacts_sort_by_code_after_the_names_until_revealed(store):
    for name in ("Awa Sow", "Marie Ndoumba", "Zoé Yakité"):
        make_contact(store, name)
    source = make_contact(store, "Bruno Kette", sensitivity=Sensitivity.RESTRICTED)
    model = ContactTableModel(store)
    names = [model.index(r, model.NAME).data() for r in range(model.rowCount())]
    # Between Awa and Marie by name; last, by its code, while masked.
    code = restricted_code(source.id)
    assert names == ["Awa Sow", "Marie Ndoumba", "Zoé Yakité", f"Restricted contact {code}"]
    model.set_reveal(True)
    names = [model.index(r, model.NAME).data() for r in range(model.rowCount())]
    assert names == ["Awa Sow", "Bruno Kette", "Marie Ndoumba", "Zoé Yakité"]


def test_liaison_list_names_a_restricted_participant_only_by_code(store):
    open_person = make_contact(store, "Awa Sow")
    source = make_contact(store, "Bruno Kette", sensitivity=Sensitivity.RESTRICTED)
    entry = make_entry(store, contacts=[open_person, source], place="Bria")
    model = LiaisonTableModel(store)
    shown = model.index(0, model.PARTICIPANTS).data()
    assert set(shown.split("; ")) == {"Awa Sow", restricted_code(source.id)}
    assert "Kette" not in shown
    tooltip = model.index(0, model.PARTICIPANTS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Kette" not in tooltip and "Open the entry to see who" in tooltip
    # The record itself (what the editor opens) still knows who was there.
    participants = liaison_repo.get_liaison(store, entry.id).participants
    assert source.id in {p.target_id for p in participants}


def test_search_results_show_a_restricted_contact_by_code_only(store, qtmodeltester):
    committee = make_org(store, "Water committee of Bambari")
    make_contact(store, "Awa Sow", notes="water committee")
    source = make_contact(
        store,
        "Bruno Kette",
        position="Water point guard",
        phones=("+236 75 99 88 77",),
        organisation_id=committee.id,
        sensitivity=Sensitivity.RESTRICTED,
    )
    model = SearchResultsModel(store)
    model.run("water guard")  # its position: hidden, so never found by it
    assert model.rowCount() == 0
    model.run("water committee")  # its organisation, as the masked list shows it
    qtmodeltester.check(model)
    rows = {model.index(r, model.TITLE).data(): r for r in range(model.rowCount())}
    masked = f"Restricted contact {restricted_code(source.id)}"
    assert set(rows) == {"Awa Sow", masked, "Water committee of Bambari"}
    shown = [model.index(rows[masked], c).data() for c in range(model.columnCount())]
    shown.append(model.index(rows[masked], model.SNIPPET).data(Qt.ItemDataRole.ToolTipRole))
    assert not any("Kette" in text or "guard" in text for text in shown)
    assert model.index(rows[masked], 0).data(model.RecordIdRole) == source.id  # still opens
    assert "committee" in model.index(rows["Awa Sow"], model.SNIPPET).data()


def test_participant_links_are_stable_ids(store):
    # The liaison editor relies on the repository keeping one link per participant.
    person = make_contact(store, "Awa Sow")
    entry = make_entry(store, contacts=[person])
    assert entry.participants[0].id == link_id(entry.id, entry.participants[0].kind, person.id)
    assert liaison_repo.count_liaison(store, LiaisonFilter(participant_id=person.id)) == 1
