"""Every action of the console, declared in one registry and looked up by name.

Frequent workshop actions get single keys (N, C, G, 1–5, PgUp/PgDn): the facilitator is
standing and talking, not hunting through menus. So a key must mean one thing: declaring a
second action on a key that is taken is refused at once, naming both. The window and each
feature declare their actions here (``actions.declare("undo", ...)``); anything that needs
one later asks for it by name (``actions["undo"]`` or ``actions.undo``) instead of reading
an attribute someone put on the window.

An action *for a mode* (a scoring round's Tab, Enter, Esc) is declared with ``live=False``:
its keys are reserved from the start but only bound while the mode turns it on, so outside
the round Tab moves the focus and Esc closes what it always closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = str | QKeySequence | QKeySequence.StandardKey


@dataclass
class Declared:
    """One declared action and how it was declared."""

    name: str
    action: QAction
    keys: tuple[QKeySequence, ...]
    on_wall: bool  # also works while the projector window has the keyboard
    live: bool  # keys bound now (a mode's actions are bound only while it runs)


def _sequences(keys: tuple[Key, ...]) -> tuple[QKeySequence, ...]:
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            found.extend(QKeySequence.keyBindings(key))
        else:
            found.append(QKeySequence(key))
    return tuple(s for s in found if not s.isEmpty())


def _portable(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


class Actions:
    """The registry: declares actions on ``host`` (so their keys work with menus hidden)."""

    def __init__(self, host: QWidget) -> None:
        self._host = host
        self._declared: dict[str, Declared] = {}
        self._key_owner: dict[str, str] = {}

    def declare(self, name: str, text: str, slot: Callable[..., object], *keys: Key, tip: str = "",
                checkable: bool = False, on_wall: bool = True, live: bool = True) -> QAction:
        """Make the action ``name``; refuses a name or a key already declared."""
        if name in self._declared:
            raise ValueError(f"An action named {name!r} is already declared.")
        seqs = _sequences(keys)
        for seq in seqs:
            owner = self._key_owner.get(_portable(seq))
            if owner is not None:
                raise ValueError(f"{_portable(seq)} is already the key of {owner!r}; "
                                 f"{name!r} needs another one.")
        act = QAction(text, self._host)
        act.setObjectName(name)
        if tip:
            act.setToolTip(f"{tip} ({seqs[0].toString()})" if seqs else tip)
            act.setStatusTip(tip)
        act.setCheckable(checkable)
        if checkable:
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _=False: slot())
        self._declared[name] = Declared(name, act, seqs, on_wall, not live)  # set below
        for seq in seqs:
            self._key_owner[_portable(seq)] = name
        self._host.addAction(act)
        self.set_live(name, live)
        return act

    def set_live(self, name: str, on: bool) -> None:
        """Bind (or unbind) a declared action's keys; an unbound action is also disabled."""
        d = self._declared[name]
        if d.live == on:
            return
        d.live = on
        d.action.setShortcuts(list(d.keys) if on else [])
        d.action.setEnabled(on)

    def forget(self, name: str) -> None:
        """Remove a declared action (a feature detached): its keys are free again."""
        d = self._declared.pop(name, None)
        if d is None:
            return
        for seq in d.keys:
            self._key_owner.pop(_portable(seq), None)
        for widget in d.action.associatedObjects():
            if isinstance(widget, QWidget):
                widget.removeAction(d.action)
        d.action.deleteLater()

    # -- looking up ------------------------------------------------------------------------
    def __getitem__(self, name: str) -> QAction:
        return self._declared[name].action

    def __getattr__(self, name: str) -> QAction:
        declared = self.__dict__.get("_declared", {})
        if name in declared:
            return declared[name].action
        raise AttributeError(f"No action named {name!r} is declared.")

    def __contains__(self, name: object) -> bool:
        return name in self._declared

    def __iter__(self) -> Iterator[Declared]:
        return iter(list(self._declared.values()))

    def names(self) -> list[str]:
        return list(self._declared)

    def declared_keys(self, name: str) -> tuple[QKeySequence, ...]:
        """The keys an action was declared with, bound or not."""
        return self._declared[name].keys

    def for_wall(self) -> list[QAction]:
        """The actions whose keys also work while the projector window has the keyboard."""
        return [d.action for d in self._declared.values() if d.on_wall]


__all__ = ["Actions", "Declared"]
