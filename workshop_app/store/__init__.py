"""The SQLite session file: schema, migrations, event log (no Qt)."""

from .sqlite_store import SessionFileError, SqliteStore, inspect_file

__all__ = ["SessionFileError", "SqliteStore", "inspect_file"]
