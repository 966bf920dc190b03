"""Live voting from participants' phones: a small loopback/LAN web server, Qt-free.

``VotingServer`` serves one round; ``Question``, ``Vote`` and ``VoteOutcome`` are what passes
between it and its owner; ``session_round`` links it to a session; ``interfaces`` lists the
addresses to serve on; ``qr`` draws the join code for the projector.
"""

from .protocol import Question, Vote, VoteOutcome
from .server import VotingServer

__all__ = ["Question", "Vote", "VoteOutcome", "VotingServer"]
