"""The SQLite session file: schema, migrations, event log, lock and backups (no Qt)."""

from .lock import SessionLockedError
from .sqlite_store import SessionFileError, SqliteStore, inspect_file

__all__ = ["SessionFileError", "SessionLockedError", "SqliteStore", "inspect_file"]
