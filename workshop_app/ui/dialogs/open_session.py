"""Opening a session file from the GUI, with a dialog for every way it can go wrong.

A file already open for editing elsewhere is offered read-only (never a second editor, never
a silent overwrite); a file that is not a usable session gets a dialog naming the file and
the reason, and is left exactly as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...session import Session
from ...store.lock import SessionLockedError
from ...store import SessionFileError
from ..text import literal
from ..i18n import tr
from ...domain.i18n import N_

READ_ONLY_BUTTON = N_("Open read-only")


def ask_open_read_only(parent: QWidget | None, error: SessionLockedError) -> bool:
    """Ask whether to look at a session that someone else is editing; True for read-only."""
    who = error.holder.describe() if error.holder else tr("holder unknown")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Session already open"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file name as it is
    box.setText(tr("“{name}” is already open for editing in another window.").format(name=error.path.name))
    box.setInformativeText(literal(
        tr("Open it read-only instead? You can look at every phase, but edits are not possible until the "
           "other window closes the session.\n\nHeld by {who}.").format(who=who)
    ))
    box.setToolTip(literal(str(error.path)))
    read_only = box.addButton(tr(READ_ONLY_BUTTON), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is read_only


def open_session(parent: QWidget | None, path: str | os.PathLike[str]) -> Session | None:
    """Open ``path`` for editing; offer read-only if it is locked. ``None`` when not opened."""
    try:
        return Session.open(path)
    except SessionLockedError as exc:
        if not ask_open_read_only(parent, exc):
            return None
        try:
            return Session.open(path, read_only=True)
        except SessionFileError as again:
            _cannot_open(parent, again)
            return None
    except SessionFileError as exc:
        _cannot_open(parent, exc)
        return None
    except OSError as exc:  # e.g. the folder vanished between choosing and opening
        _cannot_open(parent, SessionFileError(f"{Path(path)}: cannot be opened ({exc.strerror})."))
        return None


def _cannot_open(parent: QWidget | None, error: SessionFileError) -> None:
    QMessageBox.critical(parent, tr("Cannot open session"), literal(str(error)))


__all__ = ["open_session", "ask_open_read_only", "READ_ONLY_BUTTON"]
