"""Live voting from participants' phones: a small loopback/LAN web server, Qt-free.

``server.VotingServer`` serves one round; ``Question``, ``Vote`` and ``VoteResult`` are what
passes between it and its owner; ``session_round`` links it to a session; ``interfaces`` lists
the addresses to serve on; ``qr`` draws the join code for the projector; ``connections`` holds
the sockets (deadlines, a cap per address) and ``joinguard`` the per-round budget of wrong
join codes.

This package imports only the protocol: the console loads it at start-up for that alone, and
loads the server (with the phone page's templates) and the QR code through its phones seam
(``ui/seams.py``) when a round is first opened to phones, as most workshops never do.
"""

from __future__ import annotations

from .protocol import Question, Vote, VoteOutcome, VoteResult

__all__ = ["Question", "Vote", "VoteOutcome", "VoteResult"]
