"""Properties of the merge over random edit histories at three sites (hypothesis).

Three databases (two battalions and their sector HQ) start from one origin; random
edits, deletions, restorations and new records are made through the repositories, with
exchanges of files between sites in between. The directory is edited anywhere; BANBAT 1's
liaison entry only where the exchange rules allow it (docs/exchange-rules.md): at BANBAT 1
and at its sector HQ. Then every site exports and imports the others' files in a random
order:
- all sites (and fresh databases importing the same files in other orders) hold the
  same content: business fields, tombstones and clocks;
- importing the same content again changes nothing;
- no edit is lost: every value a site ever held, and every value that arrived in a file
  with a counter not below the site's own and was not refused by the rules (a battalion
  relaying its sister's edits), is still there or in the site's row_history.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from unittest import mock

import pytest
from factories import action, make_contact, make_entry, make_org
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import (
    canonical_dump,
    export,
    field_clocks,
    field_values,
    history_values,
    import_files,
    unit_db,
    unsealed,
)

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.records import Organisation
from cimicdesk.store import contacts, liaison, organisations

SITES = ("BANBAT 1", "BANBAT 2", "SECTOR W")
VALUES = ("Bambari", "Bria", "Kaga-Bandoro", "")
NAMES = ("UNHCR", "OCHA", "Red Crescent", "MSF")

site = st.integers(0, 2)
pick = st.integers(0, 20)
edit = st.one_of(
    st.tuples(
        st.just("org"), site, pick, st.sampled_from(("place", "notes")), st.sampled_from(VALUES)
    ),
    st.tuples(st.just("org"), site, pick, st.just("name"), st.sampled_from(NAMES)),
    st.tuples(
        st.just("contact"),
        site,
        pick,
        st.sampled_from(("position", "place")),
        st.sampled_from(VALUES),
    ),
    st.tuples(st.just("delete"), site, pick, st.sampled_from(("org", "contact")), st.booleans()),
    st.tuples(st.just("new_org"), site, pick, st.sampled_from(NAMES), st.sampled_from(VALUES)),
    st.tuples(st.just("action"), site, pick, st.sampled_from(VALUES[:3]), st.booleans()),
    st.tuples(st.just("sync"), site, site, st.just(""), st.just("")),
)


class World:
    """Three sites grown from one origin, with a record of every value each ever held."""

    def __init__(self, folder: Path):
        self.folder = folder
        origin = unit_db(folder / "origin", "ORIGIN", UnitLevel.SECTOR)
        orgs = [make_org(origin, "UNHCR", place="Bambari"), make_org(origin, "OCHA")]
        people = [
            make_contact(origin, "Awa Yakité", organisation_id=orgs[0].id),
            make_contact(origin, "Jean Ngaïkoumon"),
        ]
        start = export(origin, folder / "origin.cimic")
        origin.close()
        self.sites = []
        for number, name in enumerate(SITES):
            if number == 2:
                store = unit_db(folder / f"site{number}", name, UnitLevel.SECTOR)
            else:
                store = unit_db(folder / f"site{number}", name, parent="SECTOR W")
            import_files(store, [start])
            self.sites.append(store)
        # BANBAT 1's entry, known everywhere through its sector HQ.
        self.entry = make_entry(
            self.sites[0], contacts=people[:1], orgs=orgs[1:], actions=[action("Call")]
        )
        import_files(self.sites[2], [export(self.sites[0], folder / "entry.cimic")])
        import_files(self.sites[1], [export(self.sites[2], folder / "sector.cimic")])
        self.ever = [field_values(s) for s in self.sites]
        self.exports = 0

    def receive(self, number: int, path: Path) -> None:
        """Import one file, noting which of its values must survive at that site."""
        store = self.sites[number]
        before = field_clocks(store.db.conn)
        with unsealed(path) as conn:
            arriving = field_clocks(conn)
        (report,) = import_files(store, [path])
        refused = {(r.table, r.row_id) for r in report.refused}
        self.ever[number] |= {
            (*key, value)
            for key, (counter, value) in arriving.items()
            if counter >= before.get(key, (0, ""))[0] and key[:2] not in refused
        }
        self.ever[number] |= field_values(store)

    def _ids(self, number: int, table: str) -> list[str]:
        rows = self.sites[number].db.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()
        return [r[0] for r in rows]

    def file(self, number: int) -> Path:
        self.exports += 1
        return export(self.sites[number], self.folder / f"x{self.exports}.cimic")

    def step(self, op: tuple) -> None:
        kind, number, index, name, value = op
        store = self.sites[number]
        if kind == "org":
            ids = self._ids(number, "organisations")
            org = organisations.get_organisation(store, ids[index % len(ids)])
            setattr(org, name, value)
            organisations.save_organisation(store, org)
        elif kind == "contact":
            ids = self._ids(number, "contacts")
            person = contacts.get_contact(store, ids[index % len(ids)])
            setattr(person, name, value)
            contacts.save_contact(store, person)
        elif kind == "delete":
            table = "organisations" if name == "org" else "contacts"
            ids = self._ids(number, table)
            target = ids[index % len(ids)]
            repo = organisations if name == "org" else contacts
            verb = "delete" if value else "restore"
            noun = "organisation" if name == "org" else "contact"
            getattr(repo, f"{verb}_{noun}")(store, target)
        elif kind == "new_org":
            organisations.save_organisation(store, Organisation(name=name, place=value))
        elif kind == "action":
            # BANBAT 1's entry: edited by BANBAT 1 or its sector HQ, never by BANBAT 2.
            number = 0 if number == 1 else number
            store = self.sites[number]
            entry = liaison.get_liaison(store, self.entry.id)
            if value or not entry.actions:
                entry.actions.append(action(f"Visit {name}".strip()))
            else:
                entry.actions[index % len(entry.actions)].description = f"Visit {name}"
            liaison.save_liaison(store, entry)
        elif kind == "sync" and index % 3 != number:
            self.receive(index % 3, self.file(number))
            number = index % 3
        self.ever[number] |= field_values(self.sites[number])

    def close(self) -> None:
        for store in self.sites:
            store.close()


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(edit, max_size=14),
    orders=st.lists(st.permutations([0, 1, 2]), min_size=5, max_size=5),
)
def test_any_order_of_imports_converges_and_loses_nothing(steps, orders):
    # Durability is tested elsewhere; here thousands of fsyncs would only cost time.
    with tempfile.TemporaryDirectory() as folder, mock.patch("os.fsync"):
        world = World(Path(folder))
        try:
            for op in steps:
                world.step(op)
            files = [world.file(n) for n in range(3)]  # all taken before the final imports
            for number in range(3):
                for other in orders[number]:
                    if other != number:
                        world.receive(number, files[other])
            dumps = [canonical_dump(s) for s in world.sites]
            assert dumps[0] == dumps[1] == dumps[2]
            for extra, order in enumerate(orders[3:]):  # fresh databases, other orders
                fresh = unit_db(Path(folder) / f"fresh{extra}", f"FRESH {extra}")
                import_files(fresh, [files[i] for i in order])
                assert canonical_dump(fresh) == dumps[0]
                fresh.close()
            for number, store in enumerate(world.sites):
                kept = field_values(store) | history_values(store)
                assert world.ever[number] <= kept, world.ever[number] - kept
            # Importing the same content again (a new export of a converged site) is a no-op.
            again = world.file(0)
            history = world.sites[1].db.execute("SELECT count(*) FROM row_history").fetchone()
            report = import_files(world.sites[1], [again])[0]
            totals = report.totals
            assert (totals.new, totals.updated, totals.conflicts, totals.rejected) == (0, 0, 0, 0)
            assert canonical_dump(world.sites[1]) == dumps[0]
            assert (
                world.sites[1].db.execute("SELECT count(*) FROM row_history").fetchone() == history
            )
        finally:
            world.close()
