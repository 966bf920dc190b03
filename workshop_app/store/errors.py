"""The one error the store raises: a file that cannot be used, named with the reason."""

from __future__ import annotations


class SessionFileError(Exception):
    """A file that cannot be used as a session; the message names the file and the reason."""


__all__ = ["SessionFileError"]
