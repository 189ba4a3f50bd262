"""Storage: the SQLite file, its migrations, repositories returning domain records, search."""
