"""CIMIC Desk: an offline civil-military coordination desk for peace operations."""

import sys

import sqlcipher3
import sqlcipher3.dbapi2

# sqlite-utils takes pysqlite3 when it is importable, and catches that module's errors:
# handing it SQLCipher's module under that name makes it work on our encrypted connections
# (its own sqlite3 errors would otherwise escape it: merge-design §6). Before any import
# of sqlite_utils, which is why it sits here.
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

__version__ = "0.1.0"
