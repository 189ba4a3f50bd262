"""The schema as sqlite-utils Migrations; the last migration sets PRAGMA user_version."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from cimicdesk.domain.timeutil import now_stamp
from cimicdesk.store import unit_keys

APPLICATION_ID = 0x43494D43  # "CIMC": marks a CIMIC Desk file in the SQLite header
MIGRATION_SET = "cimicdesk"

migrations = Migrations(MIGRATION_SET)

# Columns every synced record table carries (merge-design.md §3).
_SYNC_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    origin_unit TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_site TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    clock TEXT NOT NULL DEFAULT '{}'
"""

# row_history is local bookkeeping, never merged: every overwritten version of a record.
# search_index is one full-text index over every record type, kept in step by the repositories;
# search_keys gives each record its FTS rowid, so replacing an entry is a rowid lookup
# rather than a scan of the whole index (FTS5 cannot look up its UNINDEXED columns).
SYNCED_TABLES = (
    "organisations",
    "contacts",
    "liaison_entries",
    "liaison_participants",
    "follow_up_actions",
    # 003_operations
    "mission_settings",
    "qips",
    "qip_tranches",
    "qip_visits",
    "qip_transitions",
    "incidents",
    "incident_liaison_links",
    "support_requests",
    "attachments",
    # 010_narratives
    "narratives",
    # 015_assessments
    "assessments",
    "assessment_sectors",
    "assessment_infrastructure",
    "assessment_actions",
)
# The synced tables that migration 012 gave numbering triggers (later ones get theirs
# from the migration that creates them).
TABLES_BEFORE_015 = SYNCED_TABLES[: SYNCED_TABLES.index("assessments")]


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one: executescript() would commit the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="001_foundation")
def _m001_foundation(db: Database) -> None:
    _run_script(
        db,
        f"""
        CREATE TABLE _meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);

        CREATE TABLE organisations ({_SYNC_COLUMNS},
            name TEXT NOT NULL, acronym TEXT NOT NULL DEFAULT '',
            org_type TEXT NOT NULL, parent_id TEXT REFERENCES organisations(id),
            sectors TEXT NOT NULL DEFAULT '[]', place TEXT NOT NULL DEFAULT '',
            grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
            phones TEXT NOT NULL DEFAULT '[]', email TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '', keep_distance INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1, merged_into TEXT REFERENCES organisations(id),
            name_key TEXT NOT NULL DEFAULT '');
        CREATE INDEX organisations_name ON organisations(name_key, id);

        CREATE TABLE contacts ({_SYNC_COLUMNS},
            name TEXT NOT NULL, position TEXT NOT NULL DEFAULT '',
            organisation_id TEXT REFERENCES organisations(id),
            category TEXT NOT NULL, gender TEXT NOT NULL,
            languages TEXT NOT NULL DEFAULT '[]', phones TEXT NOT NULL DEFAULT '[]',
            email TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
            grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
            sensitivity TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1, merged_into TEXT REFERENCES contacts(id),
            name_key TEXT NOT NULL DEFAULT '');
        CREATE INDEX contacts_name ON contacts(name_key, id);
        CREATE INDEX contacts_organisation ON contacts(organisation_id);

        CREATE TABLE liaison_entries ({_SYNC_COLUMNS},
            ref TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL DEFAULT '',
            entry_type TEXT NOT NULL, place TEXT NOT NULL DEFAULT '',
            grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
            purpose TEXT NOT NULL DEFAULT '', info_received TEXT NOT NULL DEFAULT '',
            info_passed TEXT NOT NULL DEFAULT '', issues_raised TEXT NOT NULL DEFAULT '');
        CREATE INDEX liaison_start ON liaison_entries(start, id);
        CREATE INDEX liaison_ref ON liaison_entries(ref);

        CREATE TABLE liaison_participants ({_SYNC_COLUMNS},
            entry_id TEXT NOT NULL REFERENCES liaison_entries(id),
            kind TEXT NOT NULL, target_id TEXT NOT NULL);
        CREATE INDEX participants_entry ON liaison_participants(entry_id);
        CREATE INDEX participants_target ON liaison_participants(target_id, entry_id);

        CREATE TABLE follow_up_actions ({_SYNC_COLUMNS},
            entry_id TEXT NOT NULL REFERENCES liaison_entries(id),
            description TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '', status TEXT NOT NULL);
        CREATE INDEX actions_entry ON follow_up_actions(entry_id);
        CREATE INDEX actions_open ON follow_up_actions(status, due_date);

        CREATE TABLE row_history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL, row_id TEXT NOT NULL,
            version TEXT NOT NULL, replaced_at TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE INDEX history_row ON row_history(table_name, row_id);

        CREATE TABLE search_keys (
            doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL,
            UNIQUE (kind, record_id));
        CREATE VIRTUAL TABLE search_index USING fts5(
            kind UNINDEXED, record_id UNINDEXED, title, body,
            tokenize = "unicode61 remove_diacritics 2");
        """,
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


@migrations(name="002_sync_bookkeeping")
def _m002_sync_bookkeeping(db: Database) -> None:
    """Local tables the merge of unit files fills (merge-design §3); never merged themselves."""
    _run_script(
        db,
        """
        CREATE TABLE sync_log (
            export_id TEXT PRIMARY KEY NOT NULL, source_unit TEXT NOT NULL,
            source_site TEXT NOT NULL, exported_at TEXT NOT NULL,
            imported_at TEXT NOT NULL, package_sha256 TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}');
        CREATE TABLE conflicts (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,
            kept_value TEXT, other_value TEXT, kept_clock TEXT NOT NULL,
            other_clock TEXT NOT NULL, detected_at TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX conflicts_open ON conflicts(resolved, table_name);
        """,
    )
    db.execute("PRAGMA user_version = 2")


@migrations(name="003_operations")
def _m003_operations(db: Database) -> None:
    """QIPs, incidents, mission support requests, mission settings, photos (issue 3).

    blobs holds photo bytes by SHA-256; it has no clocks: a blob never changes, so the
    merge copies missing ones (INSERT OR IGNORE) and the synced attachments rows say
    which record uses which blob.
    """
    _run_script(
        db,
        f"""
        CREATE TABLE mission_settings ({_SYNC_COLUMNS},
            setting TEXT NOT NULL UNIQUE, value TEXT NOT NULL);

        CREATE TABLE qips ({_SYNC_COLUMNS},
            number TEXT NOT NULL, title TEXT NOT NULL, category TEXT NOT NULL,
            objective TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
            grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
            targeted_men INTEGER NOT NULL DEFAULT 0, targeted_women INTEGER NOT NULL DEFAULT 0,
            targeted_children INTEGER NOT NULL DEFAULT 0,
            reached_men INTEGER NOT NULL DEFAULT 0, reached_women INTEGER NOT NULL DEFAULT 0,
            reached_children INTEGER NOT NULL DEFAULT 0,
            implementing_partner_id TEXT REFERENCES organisations(id),
            proposing_unit TEXT NOT NULL DEFAULT '',
            focal_point_id TEXT REFERENCES contacts(id),
            duplication_check TEXT NOT NULL DEFAULT '',
            budget_requested_usd REAL NOT NULL DEFAULT 0,
            budget_approved_usd REAL NOT NULL DEFAULT 0,
            local_currency TEXT NOT NULL DEFAULT '', exchange_rate REAL NOT NULL DEFAULT 0,
            community_contribution TEXT NOT NULL DEFAULT '',
            community_contribution_usd REAL NOT NULL DEFAULT 0,
            review_date TEXT NOT NULL DEFAULT '', review_decision TEXT NOT NULL DEFAULT '',
            review_ref TEXT NOT NULL DEFAULT '',
            planned_start TEXT NOT NULL DEFAULT '', planned_end TEXT NOT NULL DEFAULT '',
            actual_start TEXT NOT NULL DEFAULT '', actual_end TEXT NOT NULL DEFAULT '',
            handover_date TEXT NOT NULL DEFAULT '',
            receiving_authority TEXT NOT NULL DEFAULT '',
            final_report_ref TEXT NOT NULL DEFAULT '', status TEXT NOT NULL);
        CREATE INDEX qips_number ON qips(number);
        CREATE INDEX qips_status_end ON qips(status, planned_end);
        CREATE INDEX qips_partner ON qips(implementing_partner_id);

        CREATE TABLE qip_tranches ({_SYNC_COLUMNS},
            qip_id TEXT NOT NULL REFERENCES qips(id), paid_on TEXT NOT NULL,
            amount_usd REAL NOT NULL, reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '');
        CREATE INDEX tranches_qip ON qip_tranches(qip_id);

        CREATE TABLE qip_visits ({_SYNC_COLUMNS},
            qip_id TEXT NOT NULL REFERENCES qips(id), visit_date TEXT NOT NULL,
            percent_complete INTEGER NOT NULL DEFAULT 0, findings TEXT NOT NULL DEFAULT '',
            visited_by TEXT NOT NULL DEFAULT '');
        CREATE INDEX visits_qip ON qip_visits(qip_id, visit_date);

        CREATE TABLE qip_transitions ({_SYNC_COLUMNS},
            qip_id TEXT NOT NULL REFERENCES qips(id), seq INTEGER NOT NULL,
            from_status TEXT, to_status TEXT NOT NULL, transition_date TEXT NOT NULL,
            recorded_by TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '');
        CREATE INDEX transitions_qip ON qip_transitions(qip_id, seq);

        CREATE TABLE incidents ({_SYNC_COLUMNS},
            reference TEXT NOT NULL, occurred_at TEXT NOT NULL, reported_at TEXT NOT NULL,
            source_contact_id TEXT REFERENCES contacts(id),
            source_organisation_id TEXT REFERENCES organisations(id),
            source_note TEXT NOT NULL DEFAULT '', reliability TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '', grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
            location_precision TEXT NOT NULL, category TEXT NOT NULL,
            subcategory TEXT NOT NULL DEFAULT '', actors TEXT NOT NULL DEFAULT '',
            actor_organisation_ids TEXT NOT NULL DEFAULT '[]',
            killed_civilian_men INTEGER NOT NULL DEFAULT 0,
            killed_civilian_women INTEGER NOT NULL DEFAULT 0,
            killed_civilian_children INTEGER NOT NULL DEFAULT 0,
            killed_un_personnel INTEGER NOT NULL DEFAULT 0,
            killed_security_forces INTEGER NOT NULL DEFAULT 0,
            killed_armed_elements INTEGER NOT NULL DEFAULT 0,
            injured_civilian_men INTEGER NOT NULL DEFAULT 0,
            injured_civilian_women INTEGER NOT NULL DEFAULT 0,
            injured_civilian_children INTEGER NOT NULL DEFAULT 0,
            injured_un_personnel INTEGER NOT NULL DEFAULT 0,
            injured_security_forces INTEGER NOT NULL DEFAULT 0,
            injured_armed_elements INTEGER NOT NULL DEFAULT 0,
            abducted_civilian_men INTEGER NOT NULL DEFAULT 0,
            abducted_civilian_women INTEGER NOT NULL DEFAULT 0,
            abducted_civilian_children INTEGER NOT NULL DEFAULT 0,
            abducted_un_personnel INTEGER NOT NULL DEFAULT 0,
            abducted_security_forces INTEGER NOT NULL DEFAULT 0,
            abducted_armed_elements INTEGER NOT NULL DEFAULT 0,
            narrative TEXT NOT NULL DEFAULT '', action_taken TEXT NOT NULL DEFAULT '',
            assessment TEXT NOT NULL DEFAULT '', flash_sent_at TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL);
        CREATE INDEX incidents_occurred ON incidents(occurred_at, id);
        CREATE INDEX incidents_reference ON incidents(reference);
        CREATE INDEX incidents_flash ON incidents(flash_sent_at, category);

        CREATE TABLE incident_liaison_links ({_SYNC_COLUMNS},
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            entry_id TEXT NOT NULL REFERENCES liaison_entries(id));
        CREATE INDEX incident_links_incident ON incident_liaison_links(incident_id);
        CREATE INDEX incident_links_entry ON incident_liaison_links(entry_id);

        CREATE TABLE support_requests ({_SYNC_COLUMNS},
            number TEXT NOT NULL, received_at TEXT NOT NULL,
            requesting_organisation_id TEXT REFERENCES organisations(id),
            requesting_contact_id TEXT REFERENCES contacts(id),
            channel TEXT NOT NULL, request_type TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT '',
            from_place TEXT NOT NULL DEFAULT '', from_grid TEXT NOT NULL DEFAULT '',
            from_lat REAL, from_lon REAL,
            to_place TEXT NOT NULL DEFAULT '', to_grid TEXT NOT NULL DEFAULT '',
            to_lat REAL, to_lon REAL,
            date_required TEXT NOT NULL DEFAULT '', duration TEXT NOT NULL DEFAULT '',
            passengers INTEGER NOT NULL DEFAULT 0, tonnes REAL NOT NULL DEFAULT 0,
            vehicles INTEGER NOT NULL DEFAULT 0, priority TEXT NOT NULL, status TEXT NOT NULL,
            decision_date TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '',
            decision_reason TEXT NOT NULL DEFAULT '', executing_unit TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            civilian_alternatives_checked INTEGER NOT NULL DEFAULT 0,
            civilian_alternatives_note TEXT NOT NULL DEFAULT '',
            unique_advantage TEXT NOT NULL DEFAULT '[]',
            complementarity TEXT NOT NULL DEFAULT '', exit_plan TEXT NOT NULL DEFAULT '',
            escort_need INTEGER, escort_need_note TEXT NOT NULL DEFAULT '',
            escort_authorities INTEGER, escort_authorities_note TEXT NOT NULL DEFAULT '',
            escort_security INTEGER, escort_security_note TEXT NOT NULL DEFAULT '',
            escort_sustainability INTEGER,
            escort_sustainability_note TEXT NOT NULL DEFAULT '',
            override_authority TEXT NOT NULL DEFAULT '',
            override_reference TEXT NOT NULL DEFAULT '');
        CREATE INDEX support_received ON support_requests(received_at, id);
        CREATE INDEX support_number ON support_requests(number);
        CREATE INDEX support_status ON support_requests(status);

        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL,
            mime TEXT NOT NULL, data BLOB NOT NULL);

        CREATE TABLE attachments ({_SYNC_COLUMNS},
            owner_table TEXT NOT NULL, owner_id TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            filename TEXT NOT NULL DEFAULT '', mime TEXT NOT NULL,
            width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,
            size INTEGER NOT NULL DEFAULT 0, caption TEXT NOT NULL DEFAULT '');
        CREATE INDEX attachments_owner ON attachments(owner_id);
        """,
    )
    db.execute("PRAGMA user_version = 3")


@migrations(name="004_report_drafts")
def _m004_report_drafts(db: Database) -> None:
    """The officer-written text of each report, keyed by (kind, units, period); local.

    Local bookkeeping like row_history, never merged (see store/report_drafts.py): the
    sector officer writes the sector sitrep's own text. It stays in the file, so a
    handover carries the drafts to the next contingent.
    """
    _run_script(
        db,
        """
        CREATE TABLE report_drafts (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL, units TEXT NOT NULL DEFAULT '',
            period_start TEXT NOT NULL, period_end TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            marking TEXT NOT NULL DEFAULT '', report_no TEXT NOT NULL DEFAULT '',
            from_line TEXT NOT NULL DEFAULT '', to_line TEXT NOT NULL DEFAULT '',
            cc_line TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',
            key_points TEXT NOT NULL DEFAULT '', civil_situation TEXT NOT NULL DEFAULT '',
            protection_gender TEXT NOT NULL DEFAULT '', assessment TEXT NOT NULL DEFAULT '',
            planned_activities TEXT NOT NULL DEFAULT '', issues_for_hq TEXT NOT NULL DEFAULT '',
            prepared_by TEXT NOT NULL DEFAULT '', approved_by TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, units, period_start, period_end));
        CREATE INDEX report_drafts_period ON report_drafts(period_start, kind);
        """,
    )
    db.execute("PRAGMA user_version = 4")


@migrations(name="005_sync")
def _m005_sync(db: Database) -> None:
    """Bookkeeping of the merge of unit files and of handovers (issue 5); local, never merged.

    rejected: incoming rows that failed validation, with the reason and the row as sent.
    rotations: who handed the database over to whom, and who took it over, when.
    sync_log gains the path of the backup taken before each import; conflicts say which
    unit's file (and which export) the other value came from.
    """
    _run_script(
        db,
        """
        CREATE TABLE rejected (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            export_id TEXT NOT NULL, source_unit TEXT NOT NULL,
            table_name TEXT NOT NULL, row_id TEXT NOT NULL, reason TEXT NOT NULL,
            data TEXT NOT NULL, detected_at TEXT NOT NULL);
        CREATE INDEX rejected_export ON rejected(export_id);
        CREATE TABLE rotations (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            unit_name TEXT NOT NULL, export_id TEXT NOT NULL DEFAULT '',
            handed_over_by TEXT NOT NULL DEFAULT '', handed_over_to TEXT NOT NULL DEFAULT '',
            handed_over_at TEXT NOT NULL DEFAULT '', outgoing_replica TEXT NOT NULL DEFAULT '',
            taken_over_by TEXT NOT NULL DEFAULT '', taken_over_at TEXT NOT NULL DEFAULT '',
            incoming_replica TEXT NOT NULL DEFAULT '');
        ALTER TABLE sync_log ADD COLUMN backup_path TEXT NOT NULL DEFAULT '';
        ALTER TABLE conflicts ADD COLUMN source_unit TEXT NOT NULL DEFAULT '';
        ALTER TABLE conflicts ADD COLUMN export_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX conflicts_row ON conflicts(table_name, row_id, field);
        """,
    )
    db.execute("PRAGMA user_version = 5")


# A contact as other records' lists and search text name it: restricted, by its code
# (domain.masking.restricted_code, in SQL).
LISTED_NAME_SQL = (
    "(CASE WHEN sensitivity = 'restricted' "
    "THEN 'C-' || upper(substr(replace(id, '-', ''), 1, 6)) ELSE name END)"
)
# The Contacts list's order while restricted contacts are masked: by name, a restricted
# contact by its code after every name (its place must not hint at the name it hides).
MASKED_NAME_SQL = (
    "(CASE WHEN sensitivity = 'restricted' "
    "THEN '~' || upper(substr(replace(id, '-', ''), 1, 6)) ELSE name_key END)"
)


@migrations(name="006_masked_name_order")
def _m006_masked_name_order(db: Database) -> None:
    """An index for the Contacts list in MASKED_NAME_SQL order: without it every page of a
    masked list sorted all contacts again (2.7 s to scroll 8,000 instead of 0.8 s)."""
    db.execute(f"CREATE INDEX contacts_masked_name ON contacts({MASKED_NAME_SQL}, id)")
    db.execute("PRAGMA user_version = 6")


@migrations(name="007_restricted_search")
def _m007_restricted_search(db: Database) -> None:
    """The search index no longer holds restricted contacts' names, phones and notes
    (issue 13): they are found by code, organisation and category only (store/contacts.py
    index_text), and the index written by earlier versions is scrubbed to match."""
    from cimicdesk.store import restricted_search  # builds on the repositories

    restricted_search.scrub_index(db)
    db.execute("PRAGMA user_version = 7")


@migrations(name="008_unit_keys")
def _m008_unit_keys(db: Database) -> None:
    """The unit's own keys and the units a headquarters receives from (issue 13); local.

    unit_keys (store/unit_keys.py) holds this database's signing and agreement keys; a
    database gets its first pair here (at init, or when one from 007 is upgraded), but a
    unit file does not: an export carries no private key. enrolled_units
    (sync/enrolment.py) is the headquarters' list of units and their keys. sync_log
    records which key signed each file imported.
    """
    _run_script(
        db,
        unit_keys.CREATE_SQL
        + """;
        CREATE TABLE enrolled_units (
            public_key TEXT PRIMARY KEY NOT NULL,
            unit_name TEXT NOT NULL, unit_level TEXT NOT NULL,
            agreement_key TEXT NOT NULL DEFAULT '', fingerprint TEXT NOT NULL,
            enrolled_at TEXT NOT NULL, how TEXT NOT NULL, vouched_by TEXT NOT NULL DEFAULT '',
            retired_at TEXT NOT NULL DEFAULT '');
        CREATE INDEX enrolled_units_name ON enrolled_units(unit_name, retired_at);
        ALTER TABLE sync_log ADD COLUMN signer_key TEXT NOT NULL DEFAULT '';
        """,
    )
    if not db["export_manifest"].exists():  # a unit file: its keys stayed at home
        unit_keys.insert_keys(db, unit_keys.new_keys(), now_stamp())
    db.execute("PRAGMA user_version = 8")


@migrations(name="009_exchange_authority")
def _m009_exchange_authority(db: Database) -> None:
    """Who may change what at import (docs/exchange-rules.md); local, never merged.

    known_units: the units this database knows and the formation each reports to, from
    the signed manifests of the files it imported (vouched_by '' = the unit said so
    itself; otherwise the headquarters whose file vouched for it, or this database when
    the unit sends it its files). It travels inside exports, so a headquarters above
    learns which units its sectors answer for.
    directory_changes: which unit's file (which export) changed each organisation or
    contact, and which fields: the directory is shared, so every change is attributed.
    rejected gains the id of the reason (e.g. 'not_authorised') and the unit that owns
    the record the row would have changed.
    """
    _run_script(
        db,
        """
        CREATE TABLE known_units (
            code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, level TEXT NOT NULL,
            parent TEXT NOT NULL DEFAULT '', vouched_by TEXT NOT NULL DEFAULT '',
            export_id TEXT NOT NULL DEFAULT '', learned_at TEXT NOT NULL);
        CREATE TABLE directory_changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL, row_id TEXT NOT NULL, change TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '[]', source_unit TEXT NOT NULL,
            export_id TEXT NOT NULL, received_at TEXT NOT NULL);
        CREATE INDEX directory_changes_row ON directory_changes(table_name, row_id);
        ALTER TABLE rejected ADD COLUMN reason_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE rejected ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
        """,
    )
    db.execute("PRAGMA user_version = 9")


@migrations(name="010_narratives")
def _m010_narratives(db: Database) -> None:
    """Each unit's written sitrep sections for a period, synced (issue 14).

    A unit's key points, civil situation, protection and gender, assessment, planned
    activities and issues for higher HQ travel with its unit file and merge like any
    other record, so a sector sitrep carries its battalions' words (store/narratives.py).
    One row per unit and period: its id derives from (unit, start, end). The unit's
    report drafts saved before are published as its narratives, in its own database only
    (a unit file upgraded for import is left as its unit signed it).
    """
    _run_script(
        db,
        f"""
        CREATE TABLE narratives ({_SYNC_COLUMNS},
            period_start TEXT NOT NULL, period_end TEXT NOT NULL,
            key_points TEXT NOT NULL DEFAULT '', civil_situation TEXT NOT NULL DEFAULT '',
            protection_gender TEXT NOT NULL DEFAULT '', assessment TEXT NOT NULL DEFAULT '',
            planned_activities TEXT NOT NULL DEFAULT '',
            issues_for_hq TEXT NOT NULL DEFAULT '');
        CREATE INDEX narratives_period ON narratives(period_start, period_end, origin_unit);
        """,
    )
    if not db["export_manifest"].exists():
        from cimicdesk.store import narratives  # builds on the repositories

        narratives.publish_saved_drafts(db)
    db.execute("PRAGMA user_version = 10")


@migrations(name="011_liaison_significant")
def _m011_liaison_significant(db: Database) -> None:
    """A liaison entry the officer marks significant gets its own paragraph in the sitrep
    (issue 14): a clocked business field like any other, merged per field."""
    if "significant" not in db["liaison_entries"].columns_dict:
        db.execute("ALTER TABLE liaison_entries ADD COLUMN significant INTEGER NOT NULL DEFAULT 0")
    db.execute("PRAGMA user_version = 11")


# Every write to a synced table (an edit here, or a row merged in from another unit's file)
# gives the row the next number of this database's change sequence (sync/delta.py).
CHANGE_TRIGGER_PREFIX = "change_"


def change_triggers(tables: tuple[str, ...]) -> tuple[str, ...]:
    """The statements creating the numbering triggers of these synced tables."""
    return tuple(
        f"""CREATE TRIGGER {CHANGE_TRIGGER_PREFIX}{table}_{when} AFTER {when.upper()} ON {table}
        BEGIN INSERT INTO change_log (tbl, row_id) VALUES ('{table}', NEW.id); END"""
        for table in tables
        for when in ("insert", "update")
    )


def change_trigger_names() -> list[str]:
    """The names of the triggers that number every write (CHANGE_TRIGGERS)."""
    return [
        f"{CHANGE_TRIGGER_PREFIX}{table}_{when}"
        for table in SYNCED_TABLES
        for when in ("insert", "update")
    ]


@migrations(name="012_change_log")
def _m012_change_log(db: Database) -> None:
    """The change sequence that lets a unit file carry only what changed (issue 16).

    change_log numbers every write to a synced row, whoever made it (local edit or merge):
    appended, its seq the next rowid (rows are never deleted here, so numbers only grow;
    appending costs far less than keeping one row per record); export_log the exports made
    here and the number each covered; applied_exports what each imported export covered.
    Local, never merged: a delta file (sync/delta.py) carries the rows whose number is
    above the one its base export covered. Rows written before this migration have no
    number: the first export after it is a full file, and deltas build on it.
    """
    _run_script(
        db,
        """
        CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id TEXT NOT NULL);
        CREATE TABLE export_log (
            export_id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL,
            base_export_id TEXT NOT NULL DEFAULT '', replica_id TEXT NOT NULL,
            exported_at TEXT NOT NULL, path TEXT NOT NULL DEFAULT '');
        CREATE TABLE applied_exports (
            export_id TEXT PRIMARY KEY NOT NULL, unit_name TEXT NOT NULL,
            replica_id TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER,
            base_export_id TEXT NOT NULL DEFAULT '', applied_at TEXT NOT NULL);
        CREATE INDEX applied_exports_unit ON applied_exports(unit_name, replica_id, seq);
        """,
    )
    for trigger in change_triggers(TABLES_BEFORE_015):
        db.execute(trigger)
    db.execute("PRAGMA user_version = 12")


@migrations(name="013_search_prefixes")
def _m013_search_prefixes(db: Database) -> None:
    """The search index with one- and two-letter prefix indexes (issue 16: a one-letter
    search reads one list instead of merging every word's)."""
    from cimicdesk.store import search_prefix  # builds on the search index

    search_prefix.migrate(db, 13)


# The gazetteer (store/places.py): the mission area's built-in places and any GeoNames
# country file imported. Local, like _meta: never merged (a sector sets its own area), and
# it travels with the whole file at handover. geonameid is an INTEGER PRIMARY KEY, so the
# R*Tree keyed on it survives VACUUM INTO.
PLACES_SQL = """
    CREATE TABLE places (
        geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii_name TEXT NOT NULL,
        name_key TEXT NOT NULL, ascii_key TEXT NOT NULL,
        lat REAL NOT NULL, lon REAL NOT NULL, country TEXT NOT NULL,
        admin1 TEXT NOT NULL DEFAULT '', population INTEGER NOT NULL DEFAULT 0,
        feature TEXT NOT NULL, source TEXT NOT NULL);
    CREATE INDEX places_name ON places(name_key);
    CREATE INDEX places_ascii ON places(ascii_key);
    CREATE INDEX places_country ON places(country, source);
    CREATE VIRTUAL TABLE places_index USING rtree(geonameid, min_lon, max_lon, min_lat, max_lat)
"""


@migrations(name="014_map")
def _m014_map(db: Database) -> None:
    """The situation map (issue 17): the map index, an R*Tree over every mapped record kept
    by triggers (store/map_index_sql.py), filled for the records already there; and the
    gazetteer's places with their own R*Tree (store/places.py)."""
    from cimicdesk.store import map_index_sql

    conn = db.conn if hasattr(db, "conn") else db
    map_index_sql.create(conn, map_index_sql.MAPPED_BEFORE_015)
    _run_script(db, PLACES_SQL)
    db.execute("PRAGMA user_version = 14")


_POPULATION_COLUMNS = ", ".join(
    f"{group}_{part} INTEGER"
    for group in ("resident", "idps", "returnees")
    for part in ("total", "women", "men", "children")
)


@migrations(name="015_assessments")
def _m015_assessments(db: Database) -> None:
    """Community assessments (issue 18): the record and its three kinds of children, all
    synced; the QIP's link to the assessment that justifies it; assessments on the map.

    A population figure may be NULL (not known, never 0 by default), a sector's severity
    too (looked at, not rated). A sector rating's id derives from its assessment's id and
    the sector (store/assessments.py), so one sector of one assessment is one row at
    every site. community_key (domain/assessment_trend.community_key) is derived, like
    lat/lon: it groups a community's assessments for its trend.
    """
    _run_script(
        db,
        f"""
        CREATE TABLE assessments ({_SYNC_COLUMNS},
            reference TEXT NOT NULL, community_kind TEXT NOT NULL,
            community_name TEXT NOT NULL, adm1 TEXT NOT NULL DEFAULT '',
            adm2 TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
            grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
            assessed_on TEXT NOT NULL, team TEXT NOT NULL DEFAULT '',
            joint_organisation_ids TEXT NOT NULL DEFAULT '[]',
            methods TEXT NOT NULL DEFAULT '[]',
            informant_contact_ids TEXT NOT NULL DEFAULT '[]', {_POPULATION_COLUMNS},
            present_organisation_ids TEXT NOT NULL DEFAULT '[]',
            summary TEXT NOT NULL DEFAULT '', community_key TEXT NOT NULL DEFAULT '');
        CREATE INDEX assessments_date ON assessments(assessed_on, id);
        CREATE INDEX assessments_reference ON assessments(reference);
        CREATE INDEX assessments_community ON assessments(community_key, assessed_on);

        CREATE TABLE assessment_sectors ({_SYNC_COLUMNS},
            assessment_id TEXT NOT NULL REFERENCES assessments(id),
            sector TEXT NOT NULL, severity TEXT,
            key_facts TEXT NOT NULL DEFAULT '', sources TEXT NOT NULL DEFAULT '');
        CREATE INDEX assessment_sectors_parent ON assessment_sectors(assessment_id);

        CREATE TABLE assessment_infrastructure ({_SYNC_COLUMNS},
            assessment_id TEXT NOT NULL REFERENCES assessments(id),
            kind TEXT NOT NULL, state TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
            grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL);
        CREATE INDEX assessment_infrastructure_parent
            ON assessment_infrastructure(assessment_id);

        CREATE TABLE assessment_actions ({_SYNC_COLUMNS},
            assessment_id TEXT NOT NULL REFERENCES assessments(id),
            description TEXT NOT NULL, addressed_to TEXT NOT NULL, sector TEXT);
        CREATE INDEX assessment_actions_parent ON assessment_actions(assessment_id);
        """,
    )
    if "assessment_id" not in db["qips"].columns_dict:
        db.execute("ALTER TABLE qips ADD COLUMN assessment_id TEXT REFERENCES assessments(id)")
    db.execute("CREATE INDEX IF NOT EXISTS qips_assessment ON qips(assessment_id)")
    new_tables = SYNCED_TABLES[len(TABLES_BEFORE_015) :]
    numbered = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        [f"{CHANGE_TRIGGER_PREFIX}qips_insert"],
    ).fetchone()
    if numbered:  # as the file's other tables are: an exchange file's triggers were dropped
        for trigger in change_triggers(new_tables):
            db.execute(trigger)
    from cimicdesk.store import map_index_sql

    conn = db.conn if hasattr(db, "conn") else db
    map_index_sql.add(conn, map_index_sql.MAPPED_SINCE_015)
    db.execute("PRAGMA user_version = 15")


def schema_version() -> int:
    """The schema version this program writes: the number of its last migration ('008_...'
    is 8; numbers are assigned to features, so one may land before the one below it)."""
    return max(int(m.name.split("_", 1)[0]) for m in migrations._migrations)


def known_migration_names() -> set[str]:
    return {m.name for m in migrations._migrations}
