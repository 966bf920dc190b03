"""User text in Qt widgets: shown as typed, never read as markup or as a shortcut mark.

Actor, phase and participant names, notes and file names come from people in the room (or
from another tool). Qt guesses how to show text: a label, tooltip or message box whose text
looks like HTML is rendered as rich text, so a name like ``<b>Bold</b>`` turns bold and
``<script>…</script>`` vanishes; a button, check box, action or tab takes ``&`` as the mark
of its keyboard shortcut, so "Maintenance & adoption" loses its ampersand. These helpers
say at each place which of the two it is:

- ``plain(label)``: a label that shows only user text (or our words with user text, no
  markup of ours) is set to plain text once, and then shows anything literally;
- ``rich(text)``: one piece of user text inside rich text of ours, escaped;
- ``literal(text)``: for places that guess and have no switch (tooltips, the static
  ``QMessageBox`` functions): left as it is unless Qt would read it as rich text, in which
  case it becomes rich text that shows the same characters;
- ``mnemonic_safe(text)``: user text on a button, check box, action or tab, ``&`` doubled.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace holds mightBeRichText
from PySide6.QtWidgets import QLabel


def rich(text: object) -> str:
    """``text`` escaped for rich text of ours; its line breaks stay line breaks."""
    escaped = html.escape(str(text), quote=False)
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def literal(text: str) -> str:
    """Text that Qt would show as typed where it guesses the format (tooltips, message boxes).

    Text Qt takes for plain already comes back unchanged; text it would read as markup comes
    back escaped inside a paragraph that keeps spaces and line breaks.
    """
    if not GuiQt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def mnemonic_safe(text: str) -> str:
    """Text for a button, check box, action or tab: every ``&`` shown, none a shortcut mark."""
    return text.replace("&", "&&")


def plain(label: QLabel, text: str | None = None) -> QLabel:
    """Make ``label`` show its text literally from now on (and set ``text`` if given)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(text)
    return label


__all__ = ["literal", "mnemonic_safe", "plain", "rich"]
