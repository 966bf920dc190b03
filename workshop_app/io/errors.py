"""Errors of the research data exchange (exports, bundles, imports).

One base class so the command line can turn every one of them into a single
``workshop-app: error: ...`` line; each message names the file, the place and the reason.
"""

from __future__ import annotations


class ExchangeError(Exception):
    """An export or import that cannot be done as asked; nothing was written."""


class ExportError(ExchangeError):
    """An export that cannot be done as asked (unknown format or phase, output in the way,
    a write that failed); nothing was left at the output's place."""


class ExportCancelled(ExportError):
    """An export stopped on request; nothing was written and any earlier output stays."""


class WriteError(ExportError):
    """An output that could not be written completely: names the target and says why in words.

    Raised after the temporary files were removed, so the target is as it was before.
    """

    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: could not be written: {reason}. Any earlier file there is "
                         "unchanged.")


class SessionInTheWay(ExportError):
    """An output that would replace a session file, its sidecar, or a folder holding one."""


class ImportFileError(ExchangeError):
    """A foreign file that cannot be imported: names the file, the place and the reason."""

    def __init__(self, path: object, reason: str, where: str | None = None) -> None:
        self.path = path
        self.where = where
        self.reason = reason
        place = f" ({where})" if where else ""
        super().__init__(one_line(f"{path}{place}: {reason}"))


MESSAGE_LIMIT = 400


def one_line(text: str) -> str:
    """A message as one line of readable length, whatever the file put into it (a header
    cell with a line break, a name of a million characters)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MESSAGE_LIMIT else flat[:MESSAGE_LIMIT - 1] + "…"


__all__ = ["ExchangeError", "ExportCancelled", "ExportError", "ImportFileError", "SessionInTheWay", "WriteError"]
