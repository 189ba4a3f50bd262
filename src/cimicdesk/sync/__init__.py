"""Exchange of database files between units: export, verify, merge, handover (issue 5).

The API the CLI and the GUI call (no Qt here; every function takes an open Store):

- export.export_snapshot(store, out, *, overwrite=False) -> ExportResult
  export.default_export_name(store) -> 'BANBAT1-2026-W47.cimic'; export.last_export(store)
- imports.import_files(store, paths, progress=None) -> list[ImportReport]
  progress(message, done, total), message a Message; all or nothing: the batch (at
  most 10 files) merges in one transaction, and whatever is raised (PackageRefusedError,
  a file that cannot be merged, a full disk, a stop from progress) nothing of it is
  saved; purges made at other units are finished here (ImportReport.purged), or at the
  next open if cut short
- report.format_report(report, texts=None) -> str (English unless given other Texts)
- conflicts.list_conflicts(store, resolved=False), keep_other_value(store, seq),
  keep_kept_value(store, seq)
- duplicates.find_duplicates(store), merge_duplicate(store, keep_id, duplicate_id),
  unmerge(store, record_id)
- handover.hand_over(store, out_dir, *, handed_over_by, to, write_brief) -> HandoverResult
  handover.take_over(export_file, install_path=None, *, taken_over_by) -> Store
- jsonl.export_records(store, out, *, reveal_restricted=False) -> int (restricted
  contacts masked unless revealed); jsonl_import.import_records(store, path) (masked
  lines skipped)

Every message for the officer (a refusal, a rejected row, a reason, progress) is a
Message (i18n.message): str() is its English, the window renders it in its language.
Records become rows and JSON values through the one codec, domain/codec.py.

Modules, one job each: tables (what is merged), manifest (the manifest and its digest),
export, verify (checks of a file offered), validate (checks of an incoming row), merge
(the state-based merge), reindex (search index after a merge), imports (the whole
import), report, conflicts, duplicates, handover, jsonl / jsonl_import, errors.
"""
