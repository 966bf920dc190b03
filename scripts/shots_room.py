"""The shots of the room (see ``shots.py``): the app as it first starts, the wall on the
projector, a generated 40-actor session through a lens, a blind round before and after the
reveal, presenting step by step, the high-contrast wall and the phone asked one question.

The console is a 1366 x 768 laptop, the wall the 1920 x 1080 projector of the desk.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from shot_desk import (LAPTOP, ROOT, TMP, antwerp_room, demo_copy, fresh_settings, save, settle,
                       show_phase, wall, window)

from workshop_app import Session, bundled
from workshop_app.app import application, open_window

import browser

BIG_SESSION_SEED = 12  # the session the legibility test measures


def shot_first_start(out: Path) -> None:
    """The console as a facilitator first meets it: a fresh copy of the Iskandar demo opened
    the way ``workshop-app --demo iskandar`` opens it, on a 1366 x 768 laptop, nothing pressed."""
    with fresh_settings() as home:
        path = bundled.copy_demo("iskandar", home / "Documents")
        win = open_window(path)
        if win is None:
            raise SystemExit(f"could not open {path}")
        application().processEvents()
        settle(win)
        save(win, out / "first_start.png")
        win.close()


def shot_projector_turin(out: Path) -> None:
    win = window(Session.open(demo_copy("turin")), LAPTOP)
    show_phase(win, 0)
    projector = wall(win)
    save(projector.view, out / "projector_turin.png")
    projector.hide()
    win.close()


def big_session(lens: str) -> Path:
    """The generated 40-actor, 4-phase session of the legibility test, arranged by ``lens``."""
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from legibility_helpers import make_big_session

    folder = Path(tempfile.mkdtemp(dir=TMP, prefix=f"big-{lens}-"))  # a new one for each shot
    return make_big_session(folder / "rivertown.workshop", seed=BIG_SESSION_SEED, arrange=lens)


def shot_lens_40(out: Path) -> None:
    """Forty actors in the helix sectors on the wall, in the phase where most of them take part."""
    win = window(Session.open(big_session("helix")), LAPTOP)
    show_phase(win, len(win.session.phases) - 1)
    projector = wall(win)
    save(projector.view, out / "lens_40.png")
    projector.hide()
    win.close()


# -- a round in the room -------------------------------------------------------------------------
VOTES = [(4, 4, 5), (2, 4, 4), (5, 4, 5), (4, 5, 4), (2, 3, 4)]
DIMENSIONS = ("trust", "commitment", "interdependence")


def _round(order: str = "person", blind: bool = True) -> tuple[Any, Any, list[Any]]:
    """A round on two Antwerp relations whose ends stand apart on the map (so the line shows
    between the boxes), everyone in it, the wall on the projector."""
    _session, win, people = antwerp_room(LAPTOP)
    rounds = win.features["rounds"]
    win.scene.select(relation_ids=[2, 7])
    rounds.start("selected", [p.id for p in people], order=order, blind=blind)
    wall(win)
    return win, rounds, people


def _vote(rounds: Any, people: list[Any], votes: list[tuple[int, int, int]]) -> None:
    for who, values in zip(people, votes):
        for dim, value in zip(DIMENSIONS, values):
            rounds.round.move_to(who.id, dim)
            rounds.vote(value)


def _both(win: Any, out: Path, name: str) -> None:
    """The wall as ``name``.png and the console beside it as ``name``_console.png."""
    win.view.fit()
    settle(win)
    save(win, out / f"{name}_console.png")
    projector = win.features["projector"]
    projector.view.fit()
    application().processEvents()
    save(projector.view, out / f"{name}.png")


def _blind(out: Path, revealed: bool) -> None:
    win, rounds, people = _round()
    _vote(rounds, people[:3], VOTES[:3])
    if revealed:  # the last two vote and the spread is shown
        _vote(rounds, people[3:], VOTES[3:])
        _both(win, out, "blind_after")
    else:  # three of five have voted; nobody sees their votes yet
        rounds.round.move_to(people[3].id, "trust")
        rounds.moved()
        _both(win, out, "blind_before")
    rounds.end(confirm=False)
    win.features["projector"].hide()
    win.close()


def shot_blind_before(out: Path) -> None:
    _blind(out, revealed=False)


def shot_blind_after(out: Path) -> None:
    _blind(out, revealed=True)


def shot_presenting(out: Path) -> None:
    """Presenting the growth phase step by step: four actors in, then three relations."""
    win = window(Session.open(demo_copy("antwerp")), LAPTOP)
    show_phase(win, 1)
    projector = win.features["projector"]
    projector.choose_screen("Projector")
    presenting = win.features["presenting"]
    presenting.start()
    for _ in range(4):
        presenting.step_on()
    _both(win, out, "presenting")
    presenting.panel.unit.setCurrentIndex(presenting.panel.unit.findData("relations"))
    for _ in range(3):
        presenting.step_on()
    _both(win, out, "presenting_relations")
    presenting.stop()
    projector.hide()
    win.close()


def shot_high_contrast(out: Path) -> None:
    """The high-contrast wall during a round (one dimension at a time), then on the map."""
    win, rounds, people = _round(order="dimension")
    projector = win.features["projector"]
    projector.set_high_contrast(True)
    for who, value in zip(people, (4, 2, 5, 4, 2)):
        rounds.round.move_to(who.id, "trust")
        rounds.vote(value)
    win.view.fit()
    settle(win)
    projector.view.fit()
    application().processEvents()
    save(projector.view, out / "high_contrast.png")
    rounds.end(confirm=False)
    show_phase(win, 1)
    projector.view.fit()
    application().processEvents()
    save(projector.view, out / "high_contrast_map.png")
    projector.set_high_contrast(False)
    projector.hide()
    win.close()


def shot_phone_one_question(out: Path) -> None:
    """The phone asked one question at a time (the second of three), in a blind round."""
    from workshop_app.live.protocol import Question, VoteResult
    from workshop_app.live.server import VotingServer

    question = Question("a1b2c3", 2, "IMEC (research centre) ↔ Digipolis (inter-municipal IT association): "
                        "agreement", "Core partnership and covenant", dimensions=("commitment",), step=2,
                        steps=3, blind=True)
    names = [(i, name) for i, name in enumerate(("Ana", "Bram", "Chloé", "Dirk", "Eva"), start=1)]
    with VotingServer("127.0.0.1", question=lambda: question, participants=lambda: names,
                      submit=lambda vote: VoteResult.ok()) as server, browser.Chromium(browser.PHONE) as page:
        page.goto(server.url)
        page.click_text("#names button", "Bram")
        page.click('.dim[data-dim="commitment"] button[data-value="4"]')
        page.screenshot(out / "phone_one_question.png")
    print("wrote", out / "phone_one_question.png")
