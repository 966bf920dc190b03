"""Render the console during a scoring round with the Phones panel open (phones voting).

Run: python scripts/screenshots_phones.py [OUT_DIR]
Works on a copy of the Antwerp demo in a temporary folder (the bundled file stays as it is).
The round is opened to phones on this computer's local-network address when it has one
(else on loopback), and three "phones" vote over real HTTP from loopback addresses.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TMP = Path(tempfile.mkdtemp())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(TMP / "config")
os.environ["WORKSHOP_APP_DATA_DIR"] = str(TMP / "data")
sys.path.insert(0, str(ROOT))

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402

PEOPLE = [("Ana", "City of Antwerp"), ("Bram", "IMEC"), ("Chloé", "Digipolis"),
          ("Dirk", "Department of Innovation"), ("Eva", "Flemish government")]
PHONE_VOTES = [("Ana", (3, 4, 4)), ("Bram", (4, 4, 5)), ("Chloé", (2, 3, 4))]


def _post(host: str, port: int, source: str, body: dict[str, object]) -> int:
    """One phone's vote; each phone from its own loopback address where the system allows it."""
    try:
        conn = http.client.HTTPConnection(host, port, timeout=10, source_address=(source, 0))
        conn.connect()
    except OSError:
        conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("POST", "/vote", json.dumps(body).encode(), {"Content-Type": "application/json"})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def main() -> None:
    from workshop_app.live.interfaces import list_interfaces
    from workshop_app.ui.live_voting import preferred_address
    from workshop_app.ui.main_window import MainWindow

    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    path = TMP / "antwerp.workshop"
    shutil.copy(ROOT / "sessions" / "antwerp.workshop", path)
    session = Session.open(path)
    for name, org in PEOPLE:
        session.add_participant(name, org)
    win = MainWindow(session)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    phase = session.phases[0]
    win.set_phase(phase.id)
    win.scene.morph.finish()  # show the phase, not a frame of the morph
    rounds = win.features["rounds"]
    people = {p.name: p.id for p in session.participants}
    rounds.start("all", [people[n] for n, _ in PEOPLE])
    live = win.features["live_voting"]
    address = preferred_address(list_interfaces(), None)
    if not live.open_phones(address):
        raise SystemExit(f"could not open the phones on {address}")
    server = live.server
    question = live.question()
    assert server is not None and question is not None
    host = "127.0.0.1" if address == "127.0.0.1" else address
    for i, (name, (t, c, n)) in enumerate(PHONE_VOTES):
        body = {"code": server.join_code, "participant": people[name], "question": question.question_id,
                "scores": {"trust": t, "commitment": c, "interdependence": n}}
        source = f"127.0.0.{i + 2}"
        result: list[int] = []
        phone = threading.Thread(target=lambda b=body, s=source: result.append(_post(host, server.port, s, b)))
        phone.start()
        while phone.is_alive():
            app.processEvents()
            phone.join(0.01)
        print(name, "->", result)
    rounds.round.move_to(people["Dirk"], "trust")
    rounds.moved()
    win.resize(1440, 900)  # other panels may have widened the window while it was built
    app.processEvents()
    win.view.fit()
    for _ in range(5):
        app.processEvents()
    live.panel.refresh_counts()
    out = out_dir / "console_phones.png"
    win.grab().save(str(out))
    print("wrote", out)
    live.close_phones()
    rounds.end(confirm=False)
    win.close()


if __name__ == "__main__":
    main()
