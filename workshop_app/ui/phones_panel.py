"""The Phones panel and the address dialog: what the facilitator reads out to the room.

Which network the phones join through (the laptop's address on the room's Wi-Fi), and once
they can: the address, the join code, a QR code and the counts of phones and votes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..live.interfaces import LOOPBACK, Interface, address_scope
from . import seams
from .text import plain
from .i18n import tr
from ..domain.wording import noun

if TYPE_CHECKING:  # pragma: no cover
    from .live_voting import LiveVoting

QR_SIZE = 190  # pixels on the console; the projector draws its own, larger copy


# -- choosing the address -----------------------------------------------------------------
def preferred_address(interfaces: list[Interface], saved: Any) -> str:
    """The remembered address while the laptop still has it, else the usual LAN one."""
    addresses = [i.address for i in interfaces]
    if isinstance(saved, str) and saved in addresses:
        return saved
    route = next((i.address for i in interfaces if i.default_route and i.scope == "local network"), None)
    lan = next((i.address for i in interfaces if i.scope == "local network"), None)
    return route or lan or LOOPBACK


class AddressDialog(QDialog):
    """Which network the phones join through: the laptop's address on the room's Wi-Fi."""

    def __init__(self, parent: QWidget, interfaces: list[Interface], chosen: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open the round to phones"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("<b>Where should phones connect?</b><br>Pick this laptop's address on the network "
               "the room's phones are on (usually the Wi-Fi). The page is served only on the "
               "address you pick, and only while this round is open."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.addresses = QListWidget()
        self.addresses.setAccessibleName(tr("Addresses the phones can reach"))
        for iface in interfaces:
            item = QListWidgetItem(iface.label)
            item.setData(Qt.ItemDataRole.UserRole, iface.address)
            if iface.scope == "public":
                item.setToolTip(tr("Anyone who can reach this address could try the join code."))
            self.addresses.addItem(item)
            if iface.address == chosen:
                self.addresses.setCurrentItem(item)
        if self.addresses.currentItem() is None and self.addresses.count():
            self.addresses.setCurrentRow(0)
        self.addresses.itemDoubleClicked.connect(lambda _item: self.accept())
        self.addresses.setMinimumWidth(420)
        self.addresses.setMaximumHeight(24 * max(3, len(interfaces)) + 8)
        layout.addWidget(self.addresses)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7A4A00;")
        layout.addWidget(self.note)
        self.addresses.currentItemChanged.connect(lambda *_: self._explain())
        self._explain()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Open to phones"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def address(self) -> str:
        item = self.addresses.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else LOOPBACK

    def _explain(self) -> None:
        scope = address_scope(self.address())
        self.note.setText({
            "loopback": "Phones cannot reach this address: it is for trying the page on this laptop.",
            "public": "This address can be reached from beyond the room; prefer a local network.",
        }.get(scope, ""))
        self.note.setVisible(bool(self.note.text()))


# -- the Phones panel ---------------------------------------------------------------------
def _qr_pixmap(url: str, size: int = QR_SIZE) -> QPixmap:
    """The join QR code with whole pixels per module, so it stays sharp for phone cameras."""
    join_qr_png = seams.join_qr()
    probe = QImage.fromData(join_qr_png(url, scale=1))
    modules = max(1, probe.width())
    return QPixmap.fromImage(QImage.fromData(join_qr_png(url, scale=max(2, size // modules))))


def _counted(n: int, word: str) -> str:
    return f"<b>{n}</b> {word}"


class PhonesPanel(QWidget):
    """What the facilitator reads out: the address, the join code, the QR code, the counts."""

    def __init__(self, live: "LiveVoting") -> None:
        super().__init__()
        self.live = live
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        self.state = plain(QLabel(), tr("Phones are closed."))
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: 700; color: #1D3F7A;")
        self.details = QWidget()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.address = plain(QLabel())
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setStyleSheet("font-size: 15px; font-weight: 700;")
        self.code = plain(QLabel())
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPixelSize(38)
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 5)
        self.code.setFont(code_font)
        self.code.setStyleSheet("color: #111;")
        for row, (caption, value) in enumerate(((tr("Address"), self.address), (tr("Code"), self.code))):
            label = QLabel(caption)
            label.setStyleSheet("color: #555;")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.qr, 2, 0, 1, 2)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7A4A00;")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.close_button = QPushButton(tr("Close phones"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter stays "next relation"
        self.close_button.clicked.connect(lambda: live.close_phones())
        # Shown when too many wrong join codes were tried (see live.joinguard).
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet("color: #A12A00; font-weight: 700;")
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock_button.setToolTip(tr("Let new phones join again; phones already in keep voting"))
        self.unlock_button.clicked.connect(lambda: live.unlock_joining())
        self.open_button = QPushButton(tr("Open round to phones…  (Ctrl+Shift+R)"))
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(lambda: live.open_dialog())
        footer = QHBoxLayout()
        footer.addWidget(self.counts, 1)
        footer.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        for w in (self.state, self.details, self.note):
            layout.addWidget(w)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_note, 1)
        lock_row.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(lock_row)
        layout.addLayout(footer)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self._shown_url = ""

    def refresh(self) -> None:
        live = self.live
        server = live.server
        running = server is not None
        for w in (self.details, self.counts, self.close_button):
            w.setVisible(running)
        self.open_button.setVisible(not running)
        if server is None:
            self.state.setText(live.closed_text or tr("Phones are closed."))
            for w in (self.note, self.lock_note, self.unlock_button):
                w.setVisible(False)
            self._shown_url = ""
            return
        self.state.setText(tr("Phones can join this round"))
        self.address.setText(live.short_address)
        self.code.setText(server.join_code)
        if server.url != self._shown_url:
            self.qr.setPixmap(_qr_pixmap(server.url))
            self.qr.setToolTip(server.url)
            self._shown_url = server.url
        loopback = address_scope(server.display_host) == "loopback"
        self.note.setText(tr("This computer only: phones cannot reach this address.") if loopback else "")
        self.note.setVisible(loopback)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        live = self.live
        people = len(live.voters)
        phones, votes = live.phones_seen(), live.votes_received
        text = tr("{phones} seen · {votes} from {people}").format(
            phones=_counted(phones, noun(phones, "phone")), votes=_counted(votes, noun(votes, "vote")),
            people=_counted(people, noun(people, "person")))
        refused = live.refused_count()
        if refused:
            text += "<br><span style='color:#666'>{}</span>".format(
                tr("{n} not taken (late or incomplete)").format(n=refused))
        self.counts.setText(text)
        status = live.join_status()
        locked = bool(status is not None and status.locked)
        self.lock_note.setText(tr("Joining locked after {wrong_codes} wrong codes — press Unlock").format(
                wrong_codes=status.wrong_codes)
                               if locked else "")
        self.lock_note.setVisible(locked)
        self.unlock_button.setVisible(locked)


__all__ = ["AddressDialog", "PhonesPanel", "QR_SIZE", "preferred_address"]
