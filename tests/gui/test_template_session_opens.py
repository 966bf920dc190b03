"""A session made from a protocol template opens as the template set it up: its prompt on the
wall (the prompts panel's banner and the projector), and the round dialog starting from its
relations, order, blindness, questions and their wording, which the room then hears."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workshop_app import Session
from workshop_app.analysis.prompts import PROMPTS_BY_ID
from workshop_app.bundled import resources_dir
from workshop_app.io.protocol import check_template, load_schema, new_session
from workshop_app.ui.round_panel import RoundSetupDialog

pytestmark = pytest.mark.gui

KEY_QUESTION = "Would {a} lend {b} the keys to the depot?"


def _template(**round_: Any) -> dict[str, Any]:
    data = {"format": "assemblage-workshop-template", "version": 1, "name": "Depot talks",
            "phases": [{"name": "Scoping", "key": "design"}],
            "prompts": {"selected": ["P7"], "pinned": "P7"}, "round": round_}
    return check_template(data, load_schema(resources_dir()), "test template")


def _open(qtbot, path: Path, template: dict[str, Any]):
    from workshop_app.ui.main_window import MainWindow

    new_session(template, path)
    s = Session.open(path)
    with s.bulk("build"):
        depot = s.add_actor("Tram depot", "private", "city", present_in=["Scoping"])
        city = s.add_actor("City of Tramby", "government", "city", present_in=["Scoping"])
        s.add_relation(depot, city, "agreement")
        s.add_participant("Astrid Holm", "Tramby transport")
    win = MainWindow(s)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_templates_prompt_is_on_the_wall_when_the_session_opens(qtbot, tmp_path: Path) -> None:
    win = _open(qtbot, tmp_path / "depot.workshop", _template())
    panels = win.features["analysis"]
    text = PROMPTS_BY_ID["P7"].text
    assert panels.prompts.pinned == "P7"
    assert panels.prompts.banner.isVisibleTo(panels.prompts)
    assert text in panels.prompts.banner_text.text()
    assert win.room.prompt == win.features["projector"].prompt == text


def test_a_session_made_otherwise_opens_with_no_prompt_pinned(qtbot, window) -> None:
    assert window.features["analysis"].prompts.pinned == ""
    assert window.room.prompt == ""


def test_the_round_dialog_starts_from_the_templates_round(qtbot, tmp_path: Path) -> None:
    template = _template(relations="unscored", order="dimension", blind=True,
                         dimensions=["trust", "commitment"], questions={"trust": KEY_QUESTION})
    win = _open(qtbot, tmp_path / "depot.workshop", template)
    dialog = RoundSetupDialog(win.features["rounds"].ctx)
    qtbot.addWidget(dialog)
    assert dialog.choice() == "unscored" and dialog.order() == "dimension" and dialog.is_blind()
    assert dialog.dimensions() == ["trust", "commitment"]
    shown = {d: (ask.isChecked(), words.text()) for d, ask, words in dialog.question_rows}
    assert shown["trust"] == (True, KEY_QUESTION)
    assert shown["interdependence"][0] is False  # the template leaves it out
    assert dialog.questions() == {"trust": KEY_QUESTION}
    rounds = win.features["rounds"]
    assert rounds.start(dialog.choice(), dialog.participant_ids(), order=dialog.order(),
                        blind=dialog.is_blind(), dimensions=dialog.dimensions(),
                        questions=dialog.questions())
    # The room hears the template's words with the actors' names in them.
    assert rounds.panel.question.text().startswith(
        "Would Tram depot lend City of Tramby the keys to the depot?")


def test_without_a_template_the_dialog_asks_every_question_in_the_apps_words(qtbot, window) -> None:
    dialog = RoundSetupDialog(window.features["rounds"].ctx)
    qtbot.addWidget(dialog)
    assert dialog.order() == "person" and not dialog.is_blind()
    assert dialog.dimensions() == ["trust", "commitment", "interdependence"]
    assert dialog.questions() == {}
    for _d, ask, _words in dialog.question_rows:
        ask.setChecked(False)
    assert not dialog.start_button.isEnabled()  # a round asks at least one question
