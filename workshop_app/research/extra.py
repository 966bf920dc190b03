"""The optional ``research`` extra: its libraries are loaded when a research step needs them.

A facilitator's install has no use for a corpus database or fuzzy matching, so sqlite-utils
and rapidfuzz come with ``pip install "assemblage-workshop[research]"``. The research modules
import and run without them (the window shows its File menu, the command line its help), and
the step that needs one stops with one line naming the library and the extra, never with a
traceback.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ..io.errors import ExchangeError

EXTRA = "research"
INSTALL = f'pip install "assemblage-workshop[{EXTRA}]"'


class MissingExtra(ExchangeError):
    """A library of the research extra is not installed; nothing was read or written."""

    def __init__(self, library: str, what: str) -> None:
        self.library = library
        super().__init__(f"{what} needs the optional '{EXTRA}' extra ({library} is not "
                         f"installed): {INSTALL}")


def need(module: str, what: str) -> ModuleType:
    """Import ``module`` (a third-party library of the extra) or raise :class:`MissingExtra`.

    ``what`` names the step for the message ("the research corpus").
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and exc.name.split(".")[0] == module.split(".")[0]:
            raise MissingExtra(module.split(".")[0], what) from None
        raise


__all__ = ["EXTRA", "INSTALL", "MissingExtra", "need"]
