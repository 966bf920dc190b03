"""The window's optional features, each attached by one function.

A feature (a dock, the projector window, scoring rounds...) lives in its own module with an
``attach(window) -> object`` function that adds its actions to ``window.menus[...]`` and its
docks to the window, and follows ``window.sessionChanged`` / ``window.phaseChanged``. The main
window stays small, and each feature can be tested with just a window.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

# module path (relative to workshop_app.ui) -> name the feature is kept under in window.features
FEATURES: list[tuple[str, str]] = [
    ("participants", "participants"),
    ("notes", "notes"),
    ("rounds", "rounds"),
    ("projector", "projector"),
    ("live_voting", "live_voting"),
    ("cheatsheet", "cheatsheet"),
    ("export_dialog", "export"),
    ("analysis_panels", "analysis"),
    ("arrange", "arrange"),
    ("timeline", "timeline"),
]


def attach_features(window: "MainWindow") -> dict[str, Any]:
    """Attach every feature in order; returns them by name for tests and other features."""
    attached: dict[str, Any] = {}
    for module_name, key in FEATURES:
        module = importlib.import_module(f"{__package__}.{module_name}")
        attached[key] = module.attach(window)
    return attached
