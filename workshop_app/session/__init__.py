"""The application layer: a workshop session file opened for editing or reading.

``Session`` joins the plain model (``domain``), the file (``store``), the backups and the
per-phase graphs (``analysis``); every edit goes through ``Session.execute``.
"""

from .session import SCALE_DESCRIPTION, ActorRef, ParticipantRef, PhaseRef, RelationRef, Session

__all__ = ["Session", "SCALE_DESCRIPTION", "ActorRef", "ParticipantRef", "PhaseRef", "RelationRef"]
