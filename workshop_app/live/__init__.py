"""Live voting from participants' phones: a small loopback/LAN web server, Qt-free.

``VotingServer`` serves one round; ``Question``, ``Vote`` and ``VoteResult`` are what passes
between it and its owner; ``session_round`` links it to a session; ``interfaces`` lists the
addresses to serve on; ``qr`` draws the join code for the projector; ``connections`` holds
the sockets (deadlines, a cap per address) and ``joinguard`` the per-round budget of wrong
join codes.

The server (and the HTML templates behind it) is imported on first use: the console loads
this package at start-up for the protocol alone, and most workshops never open a round to
phones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .protocol import Question, Vote, VoteOutcome, VoteResult
from .server import VotingServer

if TYPE_CHECKING:  # pragma: no cover
    from .server import VotingServer

__all__ = ["Question", "Vote", "VoteOutcome", "VoteResult", "VotingServer"]


def __getattr__(name: str) -> Any:
    if name == "VotingServer":

        return VotingServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
