"""Pictures of the room features: a blind round before and after the reveal, presenting step by
step, the high-contrast wall and the phone asked one question at a time.

    python scripts/room_shots.py                    # every picture into /tmp/room_shots/
    python scripts/room_shots.py blind --out DIR    # only these

The console is drawn at 1366 x 768 (a common laptop), the wall at 1920 x 1080, both from
copies of the bundled Antwerp demo (the helpers and the offscreen two-screen desk are those
of ``shots.py``); the phone through the project's Chromium driver (skipped without one).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any, Callable

import shots  # sets up the offscreen desk, private settings and temporary folder first
from shots import PEOPLE, TMP, demo_copy, save, settle, show_phase, window

from workshop_app import Session
from workshop_app.app import application

import browser

CONSOLE = (1366, 768)


def _room(order: str = "person", blind: bool = True) -> tuple[Any, Any, list[Any]]:
    session, win, people = shots._antwerp_room()
    win.resize(*CONSOLE)
    rounds = win.features["rounds"]
    # Relations whose ends stand apart on the map, so the line shows between the boxes.
    win.scene.select(relation_ids=[2, 7])
    rounds.start("selected", [p.id for p in people], order=order, blind=blind)
    projector = win.features["projector"]
    projector.choose_screen("Projector")
    projector.show()
    application().processEvents()
    return win, rounds, people


def _both(win: Any, out: Path, name: str) -> None:
    win.view.fit()
    settle(win)
    save(win, out / f"{name}_console.png")
    projector = win.features["projector"]
    projector.view.fit()
    application().processEvents()
    save(projector.view, out / f"{name}_wall.png")


def shot_blind(out: Path) -> None:
    win, rounds, people = _room()
    votes = [(4, 4, 5), (2, 4, 4), (5, 4, 5), (4, 5, 4), (2, 3, 4)]
    for who, values in zip(people[:3], votes):
        for dim, v in zip(("trust", "commitment", "interdependence"), values):
            rounds.round.move_to(who.id, dim)
            rounds.vote(v)
    rounds.round.move_to(people[3].id, "trust")
    rounds.moved()
    _both(win, out, "blind_before")
    for who, values in zip(people[3:], votes[3:]):
        for dim, v in zip(("trust", "commitment", "interdependence"), values):
            rounds.round.move_to(who.id, dim)
            rounds.vote(v)
    _both(win, out, "blind_after")
    rounds.end(confirm=False)
    win.features["projector"].hide()
    win.close()


def shot_presenting(out: Path) -> None:
    session = Session.open(demo_copy("antwerp"))
    win = window(session, CONSOLE)
    show_phase(win, 1)
    projector = win.features["projector"]
    projector.choose_screen("Projector")
    presenting = win.features["presenting"]
    presenting.start()
    for _ in range(4):
        presenting.step_on()
    _both(win, out, "presenting_actors")
    presenting.panel.unit.setCurrentIndex(presenting.panel.unit.findData("relations"))
    for _ in range(3):
        presenting.step_on()
    _both(win, out, "presenting_relations")
    presenting.stop()
    projector.hide()
    win.close()


def shot_contrast(out: Path) -> None:
    win, rounds, people = _room(order="dimension")
    win.features["projector"].set_high_contrast(True)
    for who, value in zip(people, (4, 2, 5, 4, 2)):
        rounds.round.move_to(who.id, "trust")
        rounds.vote(value)
    win.view.fit()
    settle(win)
    projector = win.features["projector"]
    projector.view.fit()
    application().processEvents()
    save(projector.view, out / "high_contrast_wall.png")
    rounds.end(confirm=False)
    show_phase(win, 1)
    projector.view.fit()
    application().processEvents()
    save(projector.view, out / "high_contrast_map.png")
    projector.set_high_contrast(False)
    projector.hide()
    win.close()


def shot_phone(out: Path) -> None:
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


SHOTS: dict[str, Callable[[Path], None]] = {
    "phone": shot_phone,
    "contrast": shot_contrast,
    "blind": shot_blind,
    "presenting": shot_presenting,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render pictures of the room features.")
    parser.add_argument("shots", nargs="*", metavar="SHOT", help=f"some of: {', '.join(SHOTS)}")
    parser.add_argument("--out", type=Path, default=Path("/tmp/room_shots"))
    args = parser.parse_args(argv)
    unknown = [n for n in args.shots if n not in SHOTS]
    if unknown:
        print(f"room_shots.py: error: no shot {unknown[0]!r}; choose from {', '.join(SHOTS)}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    application()
    try:
        for name in args.shots or list(SHOTS):
            SHOTS[name](args.out)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
