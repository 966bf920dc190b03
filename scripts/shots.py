"""Every README picture, rendered offscreen from copies of the bundled demos: one tool.

    python scripts/shots.py                        # every shot into docs/screenshots/
    python scripts/shots.py phases room --out DIR  # only these shots
    python scripts/shots.py --list                 # the shots and the files each writes

The shots run in one Qt application on an offscreen two-screen desk (a 1366 x 768 laptop and
a 1920 x 1080 projector, ``shot_desk.py``, which also holds the steps the shots share); the
shots of the room are in ``shots_room.py``, those of the panels and of what the app writes in
``shots_panels.py``, the others here, and this table names them all. The browser shots use
the project's Chromium driver (browser.py) and are skipped, with a line saying so, where no
Chromium is installed; the pictures of PDF pages likewise without pdftoppm (poppler-utils).
Every shot works on a copy of a demo (or a generated session) in a temporary folder, with its
own settings and backups there: the bundled sessions and the user's settings are never
touched. Pictures with votes the case does not have say so across their top. A picture over
600 KB is stored scaled down a little, so the README stays quick to load.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import shot_desk  # first: sets up the offscreen desk and private settings before Qt starts
from shot_desk import (TMP, antwerp_room, contact_sheet, demo_copy, fresh_settings, pdf_pages, save,
                       score_like_a_room, settle, show_phase, slim, window)

from PySide6.QtTest import QTest

from workshop_app import Session
from workshop_app.app import application

import browser
import shots_panels as panels
import shots_room as room


# -- the shots -----------------------------------------------------------------------------------
def shot_main_window(out: Path) -> None:
    session = Session.open(demo_copy("darmstadt"))
    scored = score_like_a_room(session, 1, 3)
    win = window(session)
    show_phase(win, 1)
    win.view.fit()
    win.scene.select(relation_ids=[scored[0]])
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
    win.acts.labels.setChecked(False)  # L: the rings, not the relations' words, are the point
    win.view.fit()
    app.processEvents()
    save(win.view, out / "scale_rings.png")
    win.close()
    # The GmbH phase turning into the continuation: the federal ministry comes in, and the
    # actors the sources no longer describe turn into hollow boxes.
    win = window(Session.open(demo_copy("darmstadt")), (2000, 1200))
    show_phase(win, 1)
    win.view.fit()
    win.scene.morph.duration_ms = 4000
    win.set_phase(win.session.phases[2].id)
    QTest.qWait(2000)  # half-way through the switch
    save(win.view, out / "phase_morph.png")
    win.scene.morph.finish()
    win.close()


def shot_room(out: Path) -> None:
    from workshop_app.analysis.prompts import prompts_for

    session, win, people = antwerp_room()
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

    session, win, people = antwerp_room()
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
    pages = pdf_pages(pdf, work / "page")
    if pages is not None:
        shutil.copy(pages[2], out / "snapshot_pack_phase.png")
        contact_sheet(pages[:6], out / "snapshot_pack.png")
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
    "first-start": Shot(("first_start.png",), room.shot_first_start),
    "phases": Shot(("all_phases_side_by_side.png", "scale_rings.png", "phase_morph.png"), shot_phases),
    "room": Shot(("console_round.png", "projector.png"), shot_room),
    "projector-turin": Shot(("projector_turin.png",), room.shot_projector_turin),
    "lens-40": Shot(("lens_40.png",), room.shot_lens_40),
    "phones": Shot(("console_phones.png",), shot_phones),
    "phone-page": Shot(("phone_vote.png",), shot_phone_page, browser_only=True),
    "phone-one-question": Shot(("phone_one_question.png",), room.shot_phone_one_question,
                               browser_only=True),
    "blind-before": Shot(("blind_before.png", "blind_before_console.png"), room.shot_blind_before),
    "blind-after": Shot(("blind_after.png", "blind_after_console.png"), room.shot_blind_after),
    "presenting": Shot(("presenting.png", "presenting_console.png", "presenting_relations.png",
                        "presenting_relations_console.png"), room.shot_presenting),
    "high-contrast": Shot(("high_contrast.png", "high_contrast_map.png"), room.shot_high_contrast),
    "evidence": Shot(("evidence.png",), panels.shot_evidence),
    "governance": Shot(("governance.png",), panels.shot_governance),
    "diff-darmstadt": Shot(("diff_view.png",), panels.shot_diff_darmstadt),
    "warnings-iskandar": Shot(("warnings.png", "prompts.png"), panels.shot_warnings_iskandar),
    "metrics-london": Shot(("metrics_charts.png",), panels.shot_metrics_london),
    "actor-story": Shot(("actor_story.png",), panels.shot_actor_story),
    "compare-sessions": Shot(("compare_sessions.png",), panels.shot_compare_sessions),
    "corpus": Shot(("corpus.png",), panels.shot_corpus),
    "snapshots": Shot(("snapshot_png.png", "snapshot_pack.png", "snapshot_pack_phase.png",
                       "html_snapshot.png", "export_dialog.png"), shot_snapshots),
    "handout": Shot(("handout.png",), panels.shot_handout),
    "report": Shot(("report.png",), panels.shot_report),
    "video-frame": Shot(("video_frame.png",), panels.shot_video_frame),
}
NAME_WIDTH = max(map(len, SHOTS)) + 1


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(argv)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)


def _run(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description="Render the README pictures from demo copies.")
    parser.add_argument("shots", nargs="*", metavar="SHOT", help=f"some of: {', '.join(SHOTS)}")
    parser.add_argument("--out", type=Path, default=shot_desk.ROOT / "docs" / "screenshots")
    parser.add_argument("--list", action="store_true", help="list the shots and their files")
    args = parser.parse_args(argv)
    if args.list:
        for name, shot in SHOTS.items():
            print(f"{name:{NAME_WIDTH}s}{', '.join(shot.files)}")
        return 0
    unknown = [n for n in args.shots if n not in SHOTS]
    if unknown:
        print(f"shots.py: error: no shot {unknown[0]!r}; choose from {', '.join(SHOTS)}",
              file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    application()
    for name in args.shots or list(SHOTS):
        shot = SHOTS[name]
        if shot.browser_only and browser.find_chromium() is None:
            print(f"skipped {name}: no Chromium installed (Debian: apt-get install chromium)")
            continue
        with fresh_settings():  # no panel or window layout carried over from another shot
            shot.take(args.out)
        for file in shot.files:
            if (args.out / file).exists():
                slim(args.out / file)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
