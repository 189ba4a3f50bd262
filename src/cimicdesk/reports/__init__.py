"""PDF reports (sitrep, sector sitrep, handover brief) and the 3W export; no Qt."""
