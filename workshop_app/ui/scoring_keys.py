"""The keys 1–5 and Delete/Backspace: one place decides what they score.

While a scoring round runs they answer for the person asked, in the round's marked cell;
otherwise 1–5 score the selected relation and Delete removes the selection. The keys are
ordinary declared actions (``Score 1`` … ``Score 5``, ``Delete``) whose one slot is here, so a
key never travels two routes and no application-wide event filter is needed.
"""

from __future__ import annotations

from typing import Callable

from ..session.room import RoomState

RoundVote = Callable[[int | None], object]


class ScoringKeys:
    """Dispatches the scoring keys; the rounds feature plugs in its vote while attached."""

    def __init__(self, room: RoomState, score_selected: Callable[[int], None],
                 delete_selection: Callable[[], None]) -> None:
        self.room = room
        self._score_selected = score_selected
        self._delete_selection = delete_selection
        self.round_vote: RoundVote | None = None  # set by the rounds feature

    @property
    def in_round(self) -> bool:
        return self.round_vote is not None and self.room.round_running

    def score(self, value: int) -> None:
        if self.in_round:
            assert self.round_vote is not None
            self.round_vote(value)
        else:
            self._score_selected(value)

    def delete(self) -> None:
        """Backspace or Delete: clear the marked answer in a round, else delete the selection."""
        if self.in_round:
            assert self.round_vote is not None
            self.round_vote(None)
        else:
            self._delete_selection()


__all__ = ["ScoringKeys"]
