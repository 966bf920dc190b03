"""Assemblage Workshop: facilitated stakeholder workshops on smart-city projects."""

from .domain.commands import CommandError
from .session import Session
from .store.lock import SessionLockedError
from .store import SessionFileError

__version__ = "0.1.0"

__all__ = ["Session", "SessionFileError", "SessionLockedError", "CommandError", "__version__"]
