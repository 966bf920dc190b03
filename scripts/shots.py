"""Every README picture, rendered offscreen from copies of the bundled demos: one tool.

    python scripts/shots.py                      # every shot into docs/screenshots/
    python scripts/shots.py phases room --out DIR  # only these shots
    python scripts/shots.py --list               # the shots and the files each writes

The shots run in one Qt application on an offscreen two-screen desk (a 1440 x 900 laptop and
a 1920 x 1080 projector); the browser shots use the project's Chromium driver (browser.py)
and are skipped, with a line saying so, where no Chromium is installed. Every shot works on a
copy of a demo in a temporary folder, with its own settings and backups there: the bundled
sessions and the user's settings are never touched.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
TMP = Path(tempfile.mkdtemp(prefix="workshop-shots-"))
SCREENS = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}
(TMP / "screens.json").write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={TMP / 'screens.json'}"
os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(TMP / "config")
os.environ["WORKSHOP_APP_DATA_DIR"] = str(TMP / "data")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDockWidget  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402

import browser  # noqa: E402


# -- shared steps ----------------------------------------------------------------------------
def demo_copy(case: str) -> Path:
    """A private copy of a bundled demo (a new name each time)."""
    folder = Path(tempfile.mkdtemp(dir=TMP))
    path = folder / f"{case}.workshop"
    shutil.copy(ROOT / "sessions" / f"{case}.workshop", path)
    return path


def window(session: Session, size: tuple[int, int] = (1440, 900)) -> Any:
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(session)
    win.resize(*size)
    win.show()
    application().processEvents()
    return win


def show_phase(win: Any, index: int) -> None:
    """The phase itself, not a frame of the morph into it."""
    win.set_phase(win.session.phases[index].id)
    win.scene.morph.finish()


def settle(win: Any) -> None:
    """Let the panels recompute and any animation end before the picture is taken."""
    QTest.qWait(300)
    win.features["analysis"].refresh()
    win.scene.morph.finish()
    QTest.qWait(100)


def save(widget: Any, out: Path) -> None:
    widget.grab().save(str(out))
    print("wrote", out)


ROOM_VOTES = [
    {"Facilitator": (4, 3, 4), "Participant A": (3, 3, 4), "Participant B": (4, 4, 5)},
    {"Facilitator": (2, 4, 4), "Participant A": (2, 3, 3), "Participant B": (4, 5, 4)},
    {"Facilitator": (5, 4, 4), "Participant A": (4, 4, 5), "Participant B": (4, 5, 4)},
]


def score_like_a_room(session: Session, phase_index: int, count: int) -> list[int]:
    """Votes a room might give on the first ``count`` relations of a phase (distinct pairs)."""
    phase = session.phases[phase_index]
    for name in ("Participant A", "Participant B"):
        if not any(p.name == name for p in session.participants):
            session.add_participant(name)
    rels, pairs = [], set()
    for rel in session.active_relations(phase):
        pair = frozenset((rel.source, rel.target))
        if pair not in pairs and len(rels) < count:
            rels.append(rel)
            pairs.add(pair)
    for rel, votes in zip(rels, ROOM_VOTES):
        for who, (t, c, i) in votes.items():
            session.score(rel, phase, trust=t, commitment=c, interdependence=i, participant=who)
    return [r.id for r in rels]


def vote_every_relation(session: Session, seed: int = 11) -> None:
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


# -- the shots -----------------------------------------------------------------------------------
def shot_main_window(out: Path) -> None:
    session = Session.open(demo_copy("darmstadt"))
    room = score_like_a_room(session, 1, 3)
    win = window(session)
    show_phase(win, 1)
    win.view.fit()
    win.scene.select(relation_ids=[room[0]])
    settle(win)
    save(win, out / "main_window.png")
    win.close()
    session = Session.open(demo_copy("iskandar"))
    win = window(session)
    show_phase(win, 1)
    win.view.fit()
    settle(win)
    save(win, out / "iskandar_implementation.png")
    win.close()


def shot_phases(out: Path) -> None:
    app = application()
    win = window(Session.open(demo_copy("darmstadt")), (1500, 950))
    side = win.features["timeline"].side_by_side
    side.resize(1600, 900)
    side.open()
    QTest.qWait(100)
    save(side, out / "all_phases_side_by_side.png")
    win.close()
    win = window(Session.open(demo_copy("london")), (2000, 1200))
    win.features["arrange"].arrange("scale")
    show_phase(win, 2)
    win.view.fit()
    app.processEvents()
    save(win.view, out / "scale_rings.png")
    win.close()
    win = window(Session.open(demo_copy("darmstadt")), (2000, 1200))
    show_phase(win, 0)
    win.view.fit()
    win.scene.morph.duration_ms = 4000
    win.set_phase(win.session.phases[1].id)
    QTest.qWait(2000)  # half-way through the switch
    save(win.view, out / "phase_morph.png")
    win.scene.morph.finish()
    win.close()


PEOPLE = [("Ana", "City of Antwerp", "City of Antwerp (council"), ("Bram", "IMEC", "IMEC"),
          ("Chloé", "Digipolis", "Digipolis"),
          ("Dirk", "Department of Innovation", "City of Antwerp - Department"),
          ("Eva", "Flemish government", "Flemish")]


def _antwerp_room() -> tuple[Session, Any, list[Any]]:
    """The Antwerp demo with five people who speak for actors, in a window on the design phase."""
    from workshop_app.domain.commands import AddParticipant

    session = Session.open(demo_copy("antwerp"))
    for name, org, prefix in PEOPLE:
        actor = next(a for a in session.actors if a.name.startswith(prefix))
        session.execute(AddParticipant(participant_name=name, organisation=org, actor_id=actor.id))
    people = [p for p in session.participants if p.name in {n for n, _, _ in PEOPLE}]
    win = window(session)
    show_phase(win, 0)
    return session, win, people


def shot_room(out: Path) -> None:
    from workshop_app.analysis.prompts import prompts_for

    session, win, people = _antwerp_room()
    phase = session.phases[0]
    first = session.active_relations(phase)[0]
    for who, (t, c, i) in zip(people, [(4, 4, 5), (2, 4, 4), (5, 4, 5), (4, 5, 4), (2, 3, 4)]):
        session.score(first, phase, trust=t, commitment=c, interdependence=i, participant=who.name)
    notes = win.features["notes"]
    for text in ("The covenant came first; the data questions only later.",
                 "IMEC staff sit in the city's innovation team two days a week."):
        notes.dock.editor.setText(text)
        notes.add_from_editor()
    rounds = win.features["rounds"]
    rounds.start("all", [p.id for p in people])
    rounds.next_relation()
    for who, values in zip(people, [(3, 4, 4), (4, None, None)]):
        for dim, v in zip(("trust", "commitment", "interdependence"), values):
            if v is not None:
                rounds.round.move_to(who.id, dim)
                rounds.vote(v)
    rounds.round.move_to(people[1].id, "commitment")
    rounds.moved()
    win.view.fit()
    settle(win)
    save(win, out / "console_round.png")
    projector = win.features["projector"]
    projector.choose_screen("Projector")
    win.room.set_prompt(prompts_for(phase.key)[6].text)  # as if pinned in the Prompts panel
    projector.show()
    application().processEvents()
    projector.view.fit()
    application().processEvents()
    save(projector.view, out / "projector.png")
    rounds.end(confirm=False)
    projector.hide()
    win.close()


def _phone_vote(host: str, port: int, source: str, body: dict[str, object]) -> int:
    """One phone's vote over HTTP, from its own loopback address where the system allows it."""
    try:
        conn = http.client.HTTPConnection(host, port, timeout=10, source_address=(source, 0))
        conn.connect()
    except OSError:
        conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("POST", "/vote", json.dumps(body).encode(), {"Content-Type": "application/json"})
        reply = conn.getresponse()
        reply.read()
        return reply.status
    finally:
        conn.close()


def shot_phones(out: Path) -> None:
    from workshop_app.live.interfaces import list_interfaces
    from workshop_app.ui.live_voting import preferred_address

    session, win, people = _antwerp_room()
    ids = {p.name: p.id for p in people}
    rounds = win.features["rounds"]
    rounds.start("all", [p.id for p in people])
    live = win.features["live_voting"]
    address = preferred_address(list_interfaces(), None)
    if not live.open_phones(address):
        raise SystemExit(f"could not open the phones on {address}")
    server, question = live.server, live.question()
    host = "127.0.0.1" if address == "127.0.0.1" else address
    for i, (name, (t, c, n)) in enumerate([("Ana", (3, 4, 4)), ("Bram", (4, 4, 5)),
                                           ("Chloé", (2, 3, 4))]):
        body = {"code": server.join_code, "participant": ids[name], "question": question.question_id,
                "scores": {"trust": t, "commitment": c, "interdependence": n}}
        phone = threading.Thread(target=_phone_vote, args=(host, server.port, f"127.0.0.{i + 2}", body))
        phone.start()
        while phone.is_alive():
            application().processEvents()
            phone.join(0.01)
    rounds.round.move_to(ids["Dirk"], "trust")
    rounds.moved()
    win.resize(1440, 900)  # other panels may have widened the window while it was built
    win.view.fit()
    settle(win)
    live.panel.refresh_counts()
    save(win, out / "console_phones.png")
    live.close_phones()
    rounds.end(confirm=False)
    win.close()


ROOM = ("Amira Haddad", "Bas Peeters", "Chloé Martin", "Dieter Vogel", "Eun-ji Park")


def shot_phone_page(out: Path) -> None:
    """The phone voting page as a participant sees it, scores tapped and sent."""
    from workshop_app.live.server import VotingServer
    from workshop_app.live.session_round import SessionRound

    with SessionRound(demo_copy("darmstadt")) as round_:
        for name in ROOM:
            round_.call(round_.session.add_participant, name)
        phase = round_.call(lambda: round_.session.phases[1])
        relation = round_.call(lambda: round_.session.active_relations(phase)[0])
        with VotingServer("127.0.0.1", question=round_.question, participants=round_.participants,
                          submit=round_.submit) as server, browser.Chromium(browser.PHONE) as page:
            round_.ask(relation, phase)
            page.goto(server.url)
            if page.js("!document.getElementById('view-name').hidden"):
                page.click_text("#names button", ROOM[1])
            for dim, value in (("trust", 2), ("commitment", 4), ("interdependence", 5)):
                page.click(f'.dim[data-dim="{dim}"] button[data-value="{value}"]')
            page.click("#send")
            page.wait_for("document.getElementById('send').classList.contains('sent')")
            page.screenshot(out / "phone_vote.png")
    print("wrote", out / "phone_vote.png")


def shot_analysis(out: Path) -> None:
    session = Session.open(demo_copy("darmstadt"))
    win = window(session, (1600, 1000))
    panels = win.features["analysis"]
    show_phase(win, 2)
    panels.open(panels.diff)
    settle(win)
    row = panels.diff.line_for(lambda item: item.kind == "actor_left" and "Technical University" in item.text)
    panels.diff.list.setCurrentItem(row)
    panels.diff.list.scrollToItem(row)
    win.view.fit()
    settle(win)
    save(win, out / "diff_view.png")
    win.close()

    session = Session.open(demo_copy("iskandar"))
    win = window(session, (1600, 1000))
    panels = win.features["analysis"]
    show_phase(win, 1)
    panels.open(panels.warnings)
    settle(win)
    next(c for c in panels.warnings.warning_cards() if c.warning.id == "W2").show_button.click()
    win.view.fit()
    settle(win)
    save(win, out / "warnings.png")
    panels.warnings.clear_focus()
    show_phase(win, 0)
    panels.open(panels.prompts)
    settle(win)
    panels.prompts.tick("P1", True)
    panels.prompts.write_note("P1", "Five bodies named; the consortium joins later",
                              phase_id=session.phases[0].id)
    panels.pin_prompt("P2")
    win.view.fit()
    settle(win)
    save(win, out / "prompts.png")
    win.close()

    session = Session.open(demo_copy("london"))
    vote_every_relation(session)
    win = window(session, (1600, 1000))
    panels = win.features["analysis"]
    show_phase(win, 1)
    for dock in win.findChildren(QDockWidget):  # the charts get the whole width
        if dock.objectName() in ("PropertiesDock", "NotesDock") or dock is win.properties:
            dock.hide()
    panels.open(panels.metrics)
    win.resize(1700, 1180)
    win.resizeDocks([panels.metrics], [640], Qt.Orientation.Vertical)
    settle(win)
    win.view.fit()
    settle(win)
    save(win, out / "metrics_charts.png")
    panels.metrics.close()
    win.resize(1600, 1000)
    panels.open(panels.story)
    gla = next(a for a in session.actors if a.name.startswith("Greater London Authority"))
    win.scene.select(actor_ids=[gla.id])
    settle(win)
    save(win, out / "actor_story.png")
    win.close()


def _contact_sheet(pages: list[Path], out: Path, columns: int = 3, width: int = 1800) -> None:
    images = [QImage(str(p)) for p in pages]
    gap = 18
    cell_w = (width - gap * (columns + 1)) // columns
    cell_h = int(cell_w * images[0].height() / images[0].width())
    rows = (len(images) + columns - 1) // columns
    sheet = QImage(width, rows * cell_h + gap * (rows + 1), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8A8F96"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for i, img in enumerate(images):
        painter.drawImage(gap + (i % columns) * (cell_w + gap), gap + (i // columns) * (cell_h + gap),
                          img.scaled(cell_w, cell_h, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation))
    painter.end()
    sheet.save(str(out))


def shot_snapshots(out: Path) -> None:
    """The participant snapshots: a PNG map, the pack's pages (needs pdftoppm), the HTML page
    in a browser, and the export dialog."""
    from workshop_app.canvas.render import export_image
    from workshop_app.canvas.snapshot_pack import export_pack
    from workshop_app.domain.commands_notes import SetPromptCheck
    from workshop_app.io.html_snapshot import export_html

    path = demo_copy("darmstadt")
    work = path.parent
    with Session.open(path) as s:
        score_like_a_room(s, 1, 3)
        phase = s.phases[1]
        s.add_note("The GmbH needs target agreements before the next round of projects.", phase=phase)
        s.add_note("We only heard about the data platform from the press.", phase=phase,
                   actor=s.present_actors(phase)[0], participant="Participant A", kind="quote")
        for pid in ("P10", "P12"):
            s.execute(SetPromptCheck(phase_id=phase.id, prompt_id=pid, done=True))
        s.set_meta("public_value", "Digital services that make daily life in Darmstadt easier "
                                   "for residents and firms")
    with Session.open(path, read_only=True) as s:
        (png,) = export_image(s, work / "map.png", fmt="png", phase=s.phases[1].id, dpi=110)
        shutil.copy(png, out / "snapshot_png.png")
        print("wrote", out / "snapshot_png.png")
        (pdf,) = export_pack(s, work / "pack.pdf")
        (page,) = export_html(s, work / "snapshot.html")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(work / "page")], check=True)
        pages = sorted(work.glob("page-*.png"))
        shutil.copy(pages[2], out / "snapshot_pack_phase.png")
        _contact_sheet(pages[:6], out / "snapshot_pack.png")
        print("wrote", out / "snapshot_pack.png", "and snapshot_pack_phase.png")
    else:
        print("skipped snapshot_pack.png: pdftoppm (poppler-utils) is not installed")
    if browser.find_chromium():
        with browser.Chromium(browser.viewport(1400, 900)) as chromium:
            chromium.goto(page.as_uri() + "#phase-2")
            chromium.screenshot(out / "html_snapshot.png")
        print("wrote", out / "html_snapshot.png")
    else:
        print("skipped html_snapshot.png: no Chromium installed")
    win = window(Session.open(path))
    dialog = win.features["export"].make_dialog("pack")
    dialog.path.setText(str(Path.home() / "Documents" / "darmstadt-pack.pdf"))  # not the temp folder
    dialog.show()
    application().processEvents()
    save(dialog, out / "export_dialog.png")
    dialog.close()
    win.close()


@dataclass(frozen=True)
class Shot:
    files: tuple[str, ...]
    take: Callable[[Path], None]
    browser_only: bool = False


SHOTS: dict[str, Shot] = {
    "main": Shot(("main_window.png", "iskandar_implementation.png"), shot_main_window),
    "phases": Shot(("all_phases_side_by_side.png", "scale_rings.png", "phase_morph.png"), shot_phases),
    "room": Shot(("console_round.png", "projector.png"), shot_room),
    "phones": Shot(("console_phones.png",), shot_phones),
    "phone-page": Shot(("phone_vote.png",), shot_phone_page, browser_only=True),
    "analysis": Shot(("diff_view.png", "warnings.png", "prompts.png", "metrics_charts.png",
                      "actor_story.png"), shot_analysis),
    "snapshots": Shot(("snapshot_png.png", "snapshot_pack.png", "snapshot_pack_phase.png",
                       "html_snapshot.png", "export_dialog.png"), shot_snapshots),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the README pictures from demo copies.")
    parser.add_argument("shots", nargs="*", metavar="SHOT", help=f"some of: {', '.join(SHOTS)}")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--list", action="store_true", help="list the shots and their files")
    args = parser.parse_args(argv)
    if args.list:
        for name, shot in SHOTS.items():
            print(f"{name:11s} {', '.join(shot.files)}")
        return 0
    unknown = [n for n in args.shots if n not in SHOTS]
    if unknown:
        print(f"shots.py: error: no shot {unknown[0]!r}; choose from {', '.join(SHOTS)}",
              file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    application()
    try:
        for name in args.shots or list(SHOTS):
            shot = SHOTS[name]
            if shot.browser_only and browser.find_chromium() is None:
                print(f"skipped {name}: no Chromium installed (Debian: apt-get install chromium)")
                continue
            shot.take(args.out)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
