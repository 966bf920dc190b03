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

A mode may also *take over* keys that belong to ordinary actions (``takes_over=True``):
presenting step by step moves on with PgDn, the key a presenter's clicker sends, which is
otherwise "next phase". Such an action is always a mode's (``live=False``); while it is
live the ordinary owner of each of its keys gives that key up, and gets it back when the
mode ends. Two modes never share a key, and no mode takes a key another mode reserved.
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
    takes_over: bool = False  # its keys belong to ordinary actions outside its mode
    mode: bool = False  # declared for a mode (bound only while the mode runs)


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
        self._taken: dict[str, str] = {}  # key -> the mode action that takes it over
        self._suspended: dict[str, set[str]] = {}  # ordinary action -> keys a live mode holds

    def declare(self, name: str, text: str, slot: Callable[..., object], *keys: Key, tip: str = "",
                checkable: bool = False, on_wall: bool = True, live: bool = True,
                takes_over: bool = False) -> QAction:
        """Make the action ``name``; refuses a name or a key already declared (a mode that
        ``takes_over`` may share keys with ordinary actions only)."""
        if name in self._declared:
            raise ValueError(f"An action named {name!r} is already declared.")
        if takes_over and live:
            raise ValueError(f"{name!r} takes keys over for a mode, so it starts unbound (live=False).")
        seqs = _sequences(keys)
        for seq in seqs:
            key = _portable(seq)
            owner = self._taken.get(key) or self._key_owner.get(key)
            shared = takes_over and key not in self._taken and owner is not None \
                and not self._declared[owner].mode  # an ordinary action's key, lent to the mode
            if owner is not None and not shared:
                raise ValueError(f"{key} is already the key of {owner!r}; {name!r} needs another one.")
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
        self._declared[name] = Declared(name, act, seqs, on_wall, not live, takes_over, not live)  # live set below
        for seq in seqs:
            (self._taken if takes_over else self._key_owner)[_portable(seq)] = name
        self._host.addAction(act)
        self.set_live(name, live)
        return act

    def set_live(self, name: str, on: bool) -> None:
        """Bind (or unbind) a declared action's keys; an unbound action is also disabled.
        A mode that takes keys over takes them from their owners while it is live."""
        d = self._declared[name]
        if d.live == on:
            return
        d.live = on
        if d.takes_over:
            for seq in d.keys:
                owner = self._key_owner.get(_portable(seq))
                if owner is not None:
                    held = self._suspended.setdefault(owner, set())
                    (held.add if on else held.discard)(_portable(seq))
                    self._rebind(owner)
        d.action.setShortcuts(self._bound(d) if on else [])
        d.action.setEnabled(on)

    def _bound(self, d: Declared) -> list[QKeySequence]:
        held = self._suspended.get(d.name, set())
        return [s for s in d.keys if _portable(s) not in held]

    def _rebind(self, name: str) -> None:
        d = self._declared.get(name)
        if d is not None and d.live:
            d.action.setShortcuts(self._bound(d))

    def forget(self, name: str) -> None:
        """Remove a declared action (a feature detached): its keys are free again."""
        d = self._declared.get(name)
        if d is None:
            return
        self.set_live(name, False)  # a mode's keys go back to their owners
        del self._declared[name]
        self._suspended.pop(name, None)
        for seq in d.keys:
            owners = self._taken if d.takes_over else self._key_owner
            if owners.get(_portable(seq)) == name:
                del owners[_portable(seq)]
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
