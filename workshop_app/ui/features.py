"""The console's features, composed in one place with plain imports.

A feature (a dock, the projector window, scoring rounds...) lives in its own module as a class
that follows the :class:`~workshop_app.ui.context.Feature` protocol: ``attach(ctx)`` adds its
actions, menu entries and docks through the window context, ``detach()`` takes them away
again, and ``cheat_sheet_rows()`` lists keys that are not menu actions. What a feature needs
from another part of the console is handed to it here, at construction: the room's state
(rounds, projector, phones, prompts), the scoring keys (rounds) and the list of features
(the F1 sheet). The order below is the order of their menu entries and docks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .analysis_panels import AnalysisPanels
from .arrange import Arrange
from .beyond_map import BeyondMap
from .cheatsheet import CheatSheet
from .compare_sessions import CompareSessions
from .context import Feature, WindowContext
from .dialogs.corpus_dialog import ResearchCorpus
from .dialogs.open_session import open_session
from .evidence_view import EvidenceView
from .exporter import Exporter
from .facilitation import Facilitation
from .language import Language, reopen_window
from .live_voting import LiveVoting
from .notes import Notes
from .participants import Participants
from .presenting import Presenting
from .projector import Projector
from .rounds import Rounds
from .templates import Templates
from .timeline import Timeline

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def compose(window: "MainWindow") -> dict[str, Feature]:
    """Make every feature with what it depends on, attach each, and return them by name."""
    features: dict[str, Feature] = {}
    room = window.room_signals
    rounds = Rounds(room, window.scoring_keys)
    projector = Projector(room)
    analysis = AnalysisPanels(room)
    made: list[Feature] = [
        Participants(),
        Notes(),
        rounds,
        projector,
        Presenting(projector),
        LiveVoting(room, rounds),
        CheatSheet(lambda: list(features.values())),
        Exporter(),
        Templates(),
        ResearchCorpus(),
        analysis,
        CompareSessions(lambda: analysis.marks),
        Arrange(),
        Timeline(),
        Facilitation(),
        EvidenceView(),
        BeyondMap(projector.set_heading_note),
        Language(room, lambda: reopen_window(window, open_session)),
    ]
    for feature in made:
        feature.attach(WindowContext(window, feature.name))
        features[feature.name] = feature
    return features


__all__ = ["compose"]
