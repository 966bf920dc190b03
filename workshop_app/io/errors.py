"""Errors of the research data exchange (exports, bundles, imports).

One base class so the command line can turn every one of them into a single
``workshop-app: error: ...`` line; each message names the file, the place and the reason.
"""

from __future__ import annotations


class ExchangeError(Exception):
    """An export or import that cannot be done as asked; nothing was written."""


class ExportError(ExchangeError):
    """An export refused before writing (unknown format or phase, output in the way...)."""


class ImportFileError(ExchangeError):
    """A foreign file that cannot be imported: names the file, the place and the reason."""

    def __init__(self, path: object, reason: str, where: str | None = None) -> None:
        self.path = path
        self.where = where
        self.reason = reason
        place = f" ({where})" if where else ""
        super().__init__(f"{path}{place}: {reason}")


__all__ = ["ExchangeError", "ExportError", "ImportFileError"]
