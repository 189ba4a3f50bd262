"""The schema as sqlite-utils Migrations; the last migration sets PRAGMA user_version."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

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
# search_index is one full-text index over every record type, kept in step by the repositories.
SYNCED_TABLES = (
    "organisations",
    "contacts",
    "liaison_entries",
    "liaison_participants",
    "follow_up_actions",
)


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
            active INTEGER NOT NULL DEFAULT 1, merged_into TEXT REFERENCES organisations(id));
        CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE, id);

        CREATE TABLE contacts ({_SYNC_COLUMNS},
            name TEXT NOT NULL, position TEXT NOT NULL DEFAULT '',
            organisation_id TEXT REFERENCES organisations(id),
            category TEXT NOT NULL, gender TEXT NOT NULL,
            languages TEXT NOT NULL DEFAULT '[]', phones TEXT NOT NULL DEFAULT '[]',
            email TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
            grid TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
            sensitivity TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1, merged_into TEXT REFERENCES contacts(id));
        CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE, id);
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


def schema_version() -> int:
    """The schema version this program writes: one per migration."""
    return len(migrations._migrations)


def known_migration_names() -> set[str]:
    return {m.name for m in migrations._migrations}
