"""Open HTML snapshots in a real headless browser and check what a participant would get.

Run: python scripts/html_browser_check.py [--screenshot OUT.png]

1. A session whose actor, phase, participant and note texts carry script and image
   injections is exported; the page is loaded in headless Chromium. The check fails if the
   page title changed, if any injected element exists in the DOM, or if the snapshot's own
   script did not run (it marks the current phase button), i.e. if the Content-Security-Policy
   blocked it.
2. A copy of the page, opened at ``#phase-2``, gets a test driver (admitted by adding its
   hash to the policy) that points at the hostile actor and relation and steps back a
   phase; the details panel must show the names as text and the phase must follow.
3. With --screenshot, a demo session's snapshot is photographed at 1400 × 900.

Exit status 0 when every check passes, 1 when one fails, 3 when no Chromium is installed.
Works on temporary copies only. The browser is driven by ``browser.py`` beside this file.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from lxml import html as lxml_html  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.io.html_snapshot import csp_hash, export_html  # noqa: E402

from browser import Chromium, find_chromium, viewport  # noqa: E402

EVIL_NAME = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
EVIL_PHASE = "Pilot <svg onload=\"document.title='pwned'\">"
PAGE_TITLE_END = " — snapshot"
NO_BROWSER = 3

DRIVER = """
(function () {
  var opened = document.getElementById("phase-name").textContent;
  var actor = document.querySelector("svg.map [data-actor]");
  actor.dispatchEvent(new FocusEvent("focusin", {bubbles: true}));
  var first = document.getElementById("details-body").textContent;
  var rel = document.querySelector("svg.map [data-relation]");
  rel.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  var second = document.getElementById("details-body").textContent;
  document.getElementById("prev-phase").click();
  var out = document.createElement("pre");
  out.id = "check-result";
  out.textContent = JSON.stringify({actor: first, relation: second, opened: opened,
    phase: document.getElementById("phase-name").textContent});
  document.body.appendChild(out);
}());
"""


def hostile_session(folder: Path) -> Path:
    path = folder / "hostile.workshop"
    s = Session.create(path, title="Hostile <b>names</b> & co", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design & <i>plan</i>", "design")
        s.add_phase(EVIL_PHASE, "piloting")
        city = s.add_actor("City of Testville", "government", "city", x=-200, y=0,
                           present_in=["Design & <i>plan</i>", EVIL_PHASE])
        evil = s.add_actor(EVIL_NAME, "citizens", "neighbourhood", x=200, y=0,
                           present_in=["Design & <i>plan</i>", EVIL_PHASE])
        s.add_relation(evil, city, "consultation")
        s.set_meta("public_value", "</script><script>document.title='pwned'</script>")
    s.add_note("</p><img src=x onerror=\"document.title='pwned'\">", phase="Design & <i>plan</i>")
    s.close()
    return path


def check_dom(dom: str, expected_title: str) -> list[str]:
    problems = []
    tree = lxml_html.fromstring(dom)
    title = tree.findtext(".//title") or ""
    if title != expected_title:
        problems.append(f"page title is {title!r}, expected {expected_title!r}")
    if tree.xpath("//img") or tree.xpath("//*[@onerror or @onload]"):
        problems.append("an injected element made it into the page")
    if len(tree.xpath("//script")) != 2 + dom.count('id="check-driver"'):
        problems.append("the page holds scripts it did not ship with")
    if not tree.xpath("//button[@aria-current='true']"):
        problems.append("the snapshot's script did not run (blocked by its own policy?)")
    if EVIL_NAME not in tree.text_content():
        problems.append("the hostile actor name is not shown as text")
    return problems


def with_driver(page: Path) -> Path:
    """A copy of the page with the test driver, admitted by its hash in the policy."""
    text = page.read_text(encoding="utf-8")
    digest = csp_hash(DRIVER)
    text = re.sub(r"script-src '([^']+)'", lambda m: f"script-src '{m.group(1)}' '{digest}'", text, count=1)
    text = text.replace("</body>", f'<script id="check-driver">{DRIVER}</script>\n</body>')
    copy = page.with_name("driven.html")
    copy.write_text(text, encoding="utf-8")
    return copy


def check_driven(dom: str) -> list[str]:
    tree = lxml_html.fromstring(dom)
    found = tree.xpath("//pre[@id='check-result']")
    if not found:
        return ["the test driver did not run"]
    import json

    result = json.loads(found[0].text_content())
    problems = []
    if "City of Testville" not in result["actor"] and EVIL_NAME not in result["actor"]:
        problems.append(f"details panel after focusing an actor: {result['actor']!r}")
    if EVIL_NAME not in result["relation"]:
        problems.append(f"details panel after pointing at the relation: {result['relation']!r}")
    if "Phase 2 of 2" not in result["opened"]:
        problems.append(f"a link to #phase-2 opened {result['opened']!r}")
    if "Phase 1 of 2" not in result["phase"]:
        problems.append(f"the previous-phase button did not switch: {result['phase']!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshot", type=Path, help="also photograph a demo snapshot here")
    parser.add_argument("--demo", default="darmstadt", help="demo for the screenshot")
    args = parser.parse_args(argv)
    if find_chromium() is None:
        print("no Chromium found; nothing checked")
        return NO_BROWSER
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, Chromium(viewport(1400, 900)) as browser:
        folder = Path(tmp)
        with Session.open(hostile_session(folder), read_only=True) as s:
            (page,) = export_html(s, folder / "hostile.html")
            expected = s.title + PAGE_TITLE_END
        browser.goto(page.as_uri())
        problems += check_dom(browser.dom(), expected)
        browser.goto(with_driver(page).as_uri() + "#phase-2")
        problems += check_driven(browser.dom())
        if args.screenshot:
            from workshop_app.bundled import demo_path

            copy = folder / "demo.workshop"
            shutil.copy(demo_path(args.demo), copy)
            with Session.open(copy, read_only=True) as s:
                (demo_page,) = export_html(s, folder / "demo.html")
            browser.goto(demo_page.as_uri())
            browser.screenshot(args.screenshot)
            if not args.screenshot.is_file():
                problems.append("the browser wrote no screenshot")
    for p in problems:
        print("FAIL:", p)
    if not problems:
        print("ok: hostile text stays text, the page's own script runs, details and phase switch work")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
