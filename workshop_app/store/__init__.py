"""The session file: SQLite schema, checks, migrations, the event log, locks and backups."""

from .errors import SessionFileError
from .inspect import inspect_file
from .lock import SessionLockedError
from .sqlite_store import SUFFIX, HistoryEntry, SqliteStore

__all__ = ["SUFFIX", "HistoryEntry", "SessionFileError", "SessionLockedError", "SqliteStore",
           "inspect_file"]
