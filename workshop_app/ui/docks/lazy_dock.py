"""A dock whose contents are made the first time they are needed, not with the window.

Most panels start closed and an evening often never opens them, yet making their widgets
cost the console's first frame on a big workshop. A :class:`LazyDock` makes only its frame
(title, object name, the View ▸ Panels toggle) with the window, and its contents (``build``)
when it is first shown or when code first reaches into them (an action, a feature wiring a
signal, a test), whichever comes first. Nothing is kept from before that moment: the
contents read the session when they are built, as any panel does on a refresh.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QDockWidget, QWidget

from ..names import full_names


class LazyDock(QDockWidget):
    """Subclasses make their contents in :meth:`build` instead of ``__init__``.

    Methods that follow the session may check :attr:`built` and do nothing before then: the
    contents read everything afresh when they are built.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._built = False
        self._then: list[Callable[[], None]] = []

    def build(self) -> None:
        """Make the contents (``setWidget`` and the attributes other code uses)."""
        raise NotImplementedError

    @property
    def built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        if not self._built:
            self._built = True
            self.build()
            full_names(self)  # whole names in its lists and drop-downs, like every panel
            then, self._then = self._then, []
            for step in then:
                step()

    def when_built(self, step: Callable[[], None]) -> None:
        """Run ``step`` on the contents: now if they are made, else just after they are."""
        if self._built:
            step()
        else:
            self._then.append(step)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """Every way of showing a dock (its toggle, a shortcut, a restored layout, a tab
        brought forward) comes through here: the contents are there before it is drawn."""
        if visible:
            self.ensure_built()
        super().setVisible(visible)

    def __getattr__(self, name: str) -> Any:
        """A part of the contents asked for before the dock was shown: build them now."""
        if name.startswith("_") or self.__dict__.get("_built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)


class PanelDock(LazyDock):
    """A closed-at-start dock around one panel widget, made by ``make`` when first needed
    (``dock.panel`` reaches it, and so makes it)."""

    def __init__(self, title: str, parent: QWidget | None, make: Callable[[], QWidget]) -> None:
        super().__init__(title, parent)
        self._make = make

    def build(self) -> None:
        self.panel = self._make()
        self.setWidget(self.panel)


__all__ = ["LazyDock", "PanelDock"]
