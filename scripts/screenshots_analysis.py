"""Render the README screenshots of the analysis panels offscreen, from copies of the demos.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_analysis.py [OUT_DIR]

Writes diff_view.png (Darmstadt, what changed from the GmbH phase to the continuation),
warnings.png and prompts.png (Iskandar), metrics_charts.png and actor_story.png (London,
with room votes added to the copy so the score charts have something to show).
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDockWidget  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402

SIZE = (1600, 1000)


def open_copy(case: str, tmp: Path) -> Session:
    path = tmp / f"{case}.workshop"
    shutil.copy(ROOT / "sessions" / f"{case}.workshop", path)
    return Session.open(path)


def vote_like_a_room(session: Session, seed: int = 11) -> None:
    """Three participants score every relation in every phase, near the case's own levels."""
    rng = random.Random(seed)
    names = ("Participant A", "Participant B", "Participant C")
    for name in names:
        session.add_participant(name)
    with session.bulk("room votes"):
        for k, phase in enumerate(session.phases):
            for rel in session.active_relations(phase):
                base = {"trust": 3 + (k == 1) - (rel.kind == "data"), "commitment": 3 + (k == 2),
                        "interdependence": 2 + k}
                for name in names:
                    votes = {d: max(1, min(5, v + rng.choice((-1, 0, 0, 1)))) for d, v in base.items()}
                    session.score(rel, phase, participant=name, **votes)


def window_for(session: Session) -> object:
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(session)
    win.resize(*SIZE)
    win.show()
    return win


def settle(app: object, win: object) -> None:
    """Let the panels recompute and any phase animation end before the picture is taken."""
    from PySide6.QtTest import QTest

    QTest.qWait(300)
    win.features["analysis"].refresh()  # type: ignore[attr-defined]
    morph = getattr(win.scene, "morph", None)  # type: ignore[attr-defined]
    if morph is not None:
        morph.finish()
    QTest.qWait(100)


def shoot_diff(app: object, tmp: Path, out: Path) -> None:
    session = open_copy("darmstadt", tmp)
    win = window_for(session)
    panels = win.features["analysis"]
    win.set_phase(session.phases[2].id)
    win.scene.morph.finish()  # show the phase, not a frame of the morph
    panels.open(panels.diff)
    settle(app, win)
    row = panels.diff.line_for(lambda item: item.kind == "actor_left" and "Technical University" in item.text)
    panels.diff.list.setCurrentItem(row)
    panels.diff.list.scrollToItem(row)
    win.view.fit()
    settle(app, win)
    win.grab().save(str(out))
    win.close()
    print("wrote", out)


def shoot_warnings_and_prompts(app: object, tmp: Path, warnings_out: Path, prompts_out: Path) -> None:
    session = open_copy("iskandar", tmp)
    win = window_for(session)
    panels = win.features["analysis"]
    win.set_phase(session.phases[1].id)
    win.scene.morph.finish()  # show the phase, not a frame of the morph
    panels.open(panels.warnings)
    settle(app, win)
    card = next(c for c in panels.warnings.warning_cards() if c.warning.id == "W2")
    card.show_button.click()
    win.view.fit()
    settle(app, win)
    win.grab().save(str(warnings_out))
    print("wrote", warnings_out)
    panels.warnings.clear_focus()
    win.set_phase(session.phases[0].id)
    win.scene.morph.finish()  # show the phase, not a frame of the morph
    panels.open(panels.prompts)
    settle(app, win)
    panels.prompts.tick("P1", True)
    panels.prompts.write_note("P1", "Five bodies named; the consortium joins later", phase_id=session.phases[0].id)
    panels.pin_prompt("P2")
    win.view.fit()
    settle(app, win)
    win.grab().save(str(prompts_out))
    win.close()
    print("wrote", prompts_out)


def shoot_metrics_and_story(app: object, tmp: Path, metrics_out: Path, story_out: Path) -> None:
    session = open_copy("london", tmp)
    vote_like_a_room(session)
    win = window_for(session)
    panels = win.features["analysis"]
    win.set_phase(session.phases[1].id)
    win.scene.morph.finish()  # show the phase, not a frame of the morph
    for dock in win.findChildren(QDockWidget):  # the charts get the whole width
        if dock.objectName() in ("PropertiesDock", "NotesDock") or dock is win.properties:
            dock.hide()
    panels.open(panels.metrics)
    win.resize(1700, 1180)
    win.resizeDocks([panels.metrics], [640], Qt.Orientation.Vertical)
    settle(app, win)
    win.view.fit()
    settle(app, win)
    win.grab().save(str(metrics_out))
    print("wrote", metrics_out)
    panels.metrics.close()
    win.resize(*SIZE)
    panels.open(panels.story)
    gla = next(a for a in session.actors if a.name.startswith("Greater London Authority"))
    win.scene.select(actor_ids=[gla.id])
    settle(app, win)
    win.grab().save(str(story_out))
    win.close()
    print("wrote", story_out)


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(tmp / "config")
    os.environ["WORKSHOP_APP_DATA_DIR"] = str(tmp / "data")
    app = application()
    shoot_diff(app, tmp, out_dir / "diff_view.png")
    shoot_warnings_and_prompts(app, tmp, out_dir / "warnings.png", out_dir / "prompts.png")
    shoot_metrics_and_story(app, tmp, out_dir / "metrics_charts.png", out_dir / "actor_story.png")


if __name__ == "__main__":
    main()
