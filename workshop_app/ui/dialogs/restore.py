"""File ▸ Restore from backup…: pick one of the session's rotating backups and put it back.

The dialog only chooses; :func:`run_restore` does the work in the order that keeps data safe:
confirm, close the session (so nobody writes while the file is swapped), restore (which backs
up the current file first), reopen.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...session import Session
from ...store.backups import DEFAULT_INTERVAL_S, BackupInfo, backup_dir, list_backups, restore_backup
from ...store.lock import LockHolder, SessionLockedError, is_locked, read_holder
from ...store import SessionFileError
from ...domain.wording import count
from ..text import literal, plain, rich
from .open_session import open_session
from ..i18n import tr
from ...domain import i18n
from ...domain.i18n import N_

COLUMNS = (N_("Saved"), N_("Made"), N_("Actors"), N_("Relations"), N_("Size"))


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """A backup's time as a facilitator says it: "Today 14:02", "Yesterday 09:15", a date."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    if local.date() == today:
        day = tr("Today")
    elif local.date() == today - timedelta(days=1):
        day = tr("Yesterday")
    elif i18n.language() == i18n.SOURCE_LANGUAGE:
        day = f"{local:%a} {local.day} {local:%b %Y}"
    else:  # the day's and month's names in the console's language
        day = QLocale(i18n.language()).toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
    return f"{day} {local:%H:%M}"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return tr("{size} KB").format(size=max(1, round(size / 1024)))
    # "1.5 MB" in English, "1,5 MB" in German: the number in the console's language too
    return tr("{size} MB").format(size=QLocale(i18n.language()).toString(size / (1024 * 1024), "f", 1))


class RestoreDialog(QDialog):
    """Lists the backups of one session, newest first; ``chosen()`` after ``exec()``."""

    def __init__(self, parent: QWidget | None, session_path: str | os.PathLike[str]) -> None:
        super().__init__(parent)
        self.session_path = Path(session_path)
        self.backups: list[BackupInfo] = list_backups(self.session_path)
        self.setWindowTitle(tr("Restore from backup"))
        layout = QVBoxLayout(self)
        minutes = DEFAULT_INTERVAL_S // 60
        intro = QLabel(
            tr("Backups of <b>{name}</b>, newest first. One is made when you open the session and one "
               "every {minutes} minutes while you edit.<br>Restoring replaces the session with the chosen "
               "backup; the current version is backed up first, so you can come back to it.").format(
                    name=rich(self.session_path.name), minutes=minutes)
        )
        intro.setTextFormat(Qt.TextFormat.RichText)  # our markup, the file name escaped
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for row, b in enumerate(self.backups):
            cells = (when_text(b.time), b.reason_text, str(b.actors), str(b.relations),
                     size_text(b.size))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(literal(str(b.path)))
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.backups))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            tr("There are no backups of this session yet. The first one is made the next time "
               "the session is opened, or after some minutes of editing.")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        if not self.backups:
            layout.addStretch(1)
        where = plain(QLabel(), tr("Kept in {folder}").format(folder=backup_dir(self.session_path)))
        where.setStyleSheet("color: #666;")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda *_: self.accept())
        if self.backups:
            self.table.selectRow(0)
        self.resize(640, 380 if self.backups else 200)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
        if self.restore_button.isEnabled():
            self.restore_button.setDefault(True)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


def confirm_restore(parent: QWidget | None, session_path: Path, backup: BackupInfo) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Restore backup"),
        literal(tr("Replace “{name}” with the backup from {when_text} ({actors}, {relations})?\n\nThe "
                   "current version is backed up first; you can restore it the same way.").format(
                name=session_path.name, when_text=when_text(backup.time),
                actors=count(backup.actors, 'actor'), relations=count(backup.relations, 'relation'))),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_restore(parent: QWidget | None, session: Session) -> Session | None:
    """Let the facilitator restore a backup of ``session``'s file.

    Returns ``None`` when nothing happened (cancelled, or refused before anything was
    touched): ``session`` is still open. Otherwise ``session`` has been closed and the
    returned session (the restored file, or the unchanged file if restoring failed) should
    replace it in the window.
    """
    path = session.path
    if session.read_only and is_locked(path):
        _held_elsewhere(parent, path, read_holder(path))
        return None
    dialog = RestoreDialog(parent, path)
    if not dialog.exec():
        return None
    backup = dialog.chosen()
    if backup is None or not confirm_restore(parent, path, backup):
        return None
    session.close()  # releases the editing lock; restore_backup takes it for the swap
    try:
        restore_backup(backup, path)
    except SessionLockedError as exc:
        _held_elsewhere(parent, path, exc.holder)
    except SessionFileError as exc:
        QMessageBox.critical(parent, tr("Restore failed"), literal(tr("{exc}\n\nThe session was not changed.").format(
                exc=exc)))
    return open_session(parent, path)


def _held_elsewhere(parent: QWidget | None, path: Path, holder: LockHolder | None) -> None:
    who = holder.describe() if holder else tr("holder unknown")
    QMessageBox.warning(
        parent, tr("Restore not possible"),
        literal(tr("“{name}” is open for editing in another window ({who}). Close it there, then restore "
                   "again. Nothing was changed.").format(name=path.name, who=who)),
    )


__all__ = ["RestoreDialog", "run_restore", "confirm_restore", "when_text", "size_text"]
