"""Exchange of database files between units: export, verify, merge, handover (issue 5)."""
