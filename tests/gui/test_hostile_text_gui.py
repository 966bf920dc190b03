"""The console, the projector and the picture exports on a session full of hostile text.

Names with markup, template syntax, formulas, bidi overrides, emoji, control characters and
10,000 characters must show as typed (never as markup), never hang the window, and come out
of PNG, SVG, PDF and the snapshot pack as valid files with the names as plain text.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace holds mightBeRichText
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from workshop_app import Session
from workshop_app.canvas import textcache
from workshop_app.canvas.render import export_image
from workshop_app.canvas.snapshot_pack import export_pack

pytestmark = pytest.mark.gui
SVG = "{http://www.w3.org/2000/svg}"
HAS_PDFTOTEXT = shutil.which("pdftotext") is not None


def _cases() -> ModuleType:
    """The hostile session shared with the pure reliability tests (tests/reliability)."""
    name = "hostile_text_cases"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "reliability" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


H = _cases()
# Strings that would change if a widget read them as rich text.
RAW_MARKUP = ("<b>bold</b>", "<script>alert(1)</script>", "<i>line</i>")


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile-gui") / "hostile.workshop"
    H.build_hostile_session(path).close()
    return path


@pytest.fixture
def hostile_copy(hostile_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "hostile.workshop"
    shutil.copy(hostile_file, target)
    return target


def _open_window(qtbot, path: Path):  # type: ignore[no-untyped-def]
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()
    return win


def _shows_as_rich_text(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def _visible_text(widget: QWidget) -> str:
    """What a person reads: rich text rendered to plain, button mnemonics ("&") resolved."""
    if isinstance(widget, QLabel):
        if _shows_as_rich_text(widget):
            doc = QTextDocument()
            doc.setHtml(widget.text())
            return doc.toPlainText()
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return re.sub(r"&(.)", r"\1", widget.text())
    return ""


# -- the console ---------------------------------------------------------------------------
def test_console_shows_every_phase_the_long_name_and_the_notes(qtbot, hostile_copy: Path) -> None:
    win = _open_window(qtbot, hostile_copy)
    s = win.session
    for ph in s.phases:
        win.set_phase(ph.id)
        QApplication.processEvents()
        shown = {aid for aid, item in win.scene.actor_items.items() if item.isVisible()}
        assert {a.id for a in s.present_actors(ph)} <= shown
    win.set_phase(s.phase("design").id)
    long_actor = s.actor(H.LONG)
    win.scene.select(actor_ids=[long_actor.id])
    QApplication.processEvents()
    panel = win.properties.actor_panel
    assert win.properties.stack.currentWidget() is panel and panel.name.text() == H.LONG
    item = win.scene.actor_items[long_actor.id]
    assert item.view.name == H.LONG  # a box, not a banner: no wider than any long name's box
    assert item.box().width() <= textcache.ACTOR_WIDE_W * item.font_scale
    notes = win.features["notes"].dock.list
    listed = [notes.item(i).text() for i in range(notes.count())]
    assert any(text.endswith(H.NOTE) for text in listed), listed
    win.set_phase(s.phase(H.HOSTILE_PHASE).id)
    QApplication.processEvents()
    listed = [notes.item(i).text() for i in range(notes.count())]
    assert any(text.endswith(H.LONG) for text in listed)
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    assert projector.view.scene() is win.scene
    projector.hide()
    win.scene.select(actor_ids=[s.actor(H.MARKUP).id])
    win.features["notes"].dock.editor.setText(H.TEMPLATE)
    nid = win.features["notes"].add_from_editor()
    assert s.model.tables["notes"][nid].text == H.TEMPLATE  # typed text is data, not a template


def test_names_show_literally_in_every_label_and_button(qtbot, hostile_copy: Path) -> None:
    win = _open_window(qtbot, hostile_copy)
    s = win.session
    analysis = win.features["analysis"]
    for dock in analysis.docks:
        analysis.open(dock)
    win.set_phase(s.phase(H.HOSTILE_PHASE).id)
    win.scene.select(actor_ids=[s.actor(H.QUOTES).id])
    analysis.refresh()
    QApplication.processEvents()
    wrong = []
    for widget in win.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        raw, seen = widget.text(), _visible_text(widget)
        lost_markup = any(m in raw for m in RAW_MARKUP) and not any(m in seen for m in RAW_MARKUP)
        lost_ampersand = isinstance(widget, QAbstractButton) and "&" in raw and "&" not in seen
        if lost_markup or lost_ampersand:
            wrong.append(f"{type(widget.parent()).__name__}/{type(widget).__name__}: {raw[:50]!r}")
    assert wrong == []


# -- pictures and the pack -----------------------------------------------------------------
@pytest.fixture
def reader(hostile_file: Path, qapp) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    with Session.open(hostile_file, read_only=True) as s:
        yield s


def test_png_svg_pdf_and_pack_are_valid_with_names_as_plain_text(
    reader: Session, tmp_path: Path
) -> None:
    phases = reader.phases
    pngs = export_image(reader, tmp_path / "map", fmt="png", dpi=72)
    assert len(pngs) == len(phases) and not any(QImage(str(p)).isNull() for p in pngs)
    svgs = export_image(reader, tmp_path / "map", fmt="svg")
    for path in svgs:
        raw = path.read_text(encoding="utf-8")
        assert "<script>" not in raw and "<b>bold" not in raw  # nothing a browser would run
        tree = etree.parse(str(path))  # valid XML: no control character survived
        assert not list(tree.iter(f"{SVG}script")) and not list(tree.iter(f"{SVG}foreignObject"))
    design = " ".join("".join(t.itertext()) for t in etree.parse(str(svgs[0])).iter(f"{SVG}text"))
    assert "<script>alert(1)" in design and "{{ 7*7 }}" in design and "=1+1" in design
    assert "Bell [31mRed" in design  # shown without the escape characters
    (pdf,) = export_image(reader, tmp_path / "map.pdf", fmt="pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    (pack,) = export_pack(reader, tmp_path / "pack.pdf")
    assert pack.stat().st_size > 10_000
    if HAS_PDFTOTEXT:
        text = subprocess.run(["pdftotext", str(pack), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert H.MARKUP in text and "{{ 7*7 }}" in text and "=HYPERLINK" in text
        assert re.findall("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]", text) == []  # no empty boxes
        # A quote that starts in Arabic keeps its line left to right, subject at the end.
        assert f"about {H.MARKUP}" in text
