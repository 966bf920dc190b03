"""The HTML snapshot without a browser: self-contained, escaped, every phase, pseudonymised.

A headless-browser check (scripts/html_browser_check.py) runs at the end when Chromium is
installed; the parsing checks here stand on their own without it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from workshop_app import Session
from workshop_app.bundled import demo_names, demo_path
from workshop_app.io.errors import ExportError
from workshop_app.io.html_snapshot import csp_hash, export_html, json_for_script, render_html
from workshop_app.io.pack_text import NOTES_LEFT_OUT, glossary_html, phase_html, title_html

ROOT = Path(__file__).resolve().parents[2]
EVIL = "<script>alert(1)</script><img src=x onerror=\"document.title='pwned'\">"


def _copy_demo(tmp_path: Path, name: str) -> Session:
    path = tmp_path / f"{name}.workshop"
    shutil.copy(demo_path(name), path)
    return Session.open(path, read_only=True)


@pytest.fixture
def hostile(tmp_path: Path) -> Session:
    s = Session.create(tmp_path / "hostile.workshop", title=f"Title {EVIL}", default_phases=False)
    with s.bulk("build"):
        s.add_phase(f"Design {EVIL}", "design")
        s.add_phase("Pilot & </script>", "piloting")
        a = s.add_actor(EVIL, "citizens", present_in=[f"Design {EVIL}", "Pilot & </script>"], x=0, y=0)
        b = s.add_actor("City & Co", "government", present_in=[f"Design {EVIL}"], x=300, y=0)
        s.add_relation(a, b, "consultation")
        s.set_presence(a, f"Design {EVIL}", roles=["consulted", f"role {EVIL}"])
        s.set_meta("public_value", f"Value {EVIL}")
    s.add_note(f"Note {EVIL}", phase=f"Design {EVIL}")
    return s


def _external_references(page: str) -> list[str]:
    found = re.findall(r"""(?:src|href|xlink:href|action)\s*=\s*["']?([^"'\s>]+)""", page, re.I)
    found += re.findall(r"@import|url\(", page, re.I)
    return found


def test_every_demo_snapshot_is_self_contained_with_all_phases(tmp_path: Path) -> None:
    for name in demo_names():
        with _copy_demo(tmp_path, name) as s:
            (out,) = export_html(s, tmp_path / name)
            phases = [p.name for p in s.phases]
            actors = {a.name for p in s.phases for a in s.present_actors(p)}
        assert out.name == f"{name}.html"
        page = out.read_text(encoding="utf-8")
        assert _external_references(page) == [], name
        tree = lxml_html.fromstring(page)
        assert len(tree.xpath("//section[@class='phase']")) == len(phases)
        assert len(tree.xpath("//svg[contains(@class, 'map')]")) == len(phases)
        text = tree.text_content()
        for phase_name in phases:
            assert phase_name in text
        labels = set(tree.xpath("//g[@class='actor']/@aria-label"))
        assert labels == actors


def test_policy_allows_exactly_the_inline_style_and_script(tmp_path: Path, ws) -> None:
    page = render_html(ws.s)
    tree = lxml_html.fromstring(page)
    policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in policy
    style = tree.xpath("//style")[0].text
    scripts = tree.xpath("//script[not(@type)]")
    assert len(scripts) == 1
    assert f"style-src '{csp_hash(style)}'" in policy
    assert f"script-src '{csp_hash(scripts[0].text)}'" in policy
    assert "unsafe-inline" not in policy


def test_hostile_text_is_escaped_everywhere(hostile: Session) -> None:
    page = render_html(hostile)
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//img") == []
    assert tree.xpath("//*[@onerror]") == []
    assert len(tree.xpath("//script")) == 2  # the data block and the page's own script
    assert tree.findtext(".//title").startswith(f"Title {EVIL}")
    assert EVIL in tree.text_content()
    # The data for the script can never close its block or open markup.
    raw = re.search(r'<script type="application/json" id="snapshot-data">(.*?)</script>', page, re.S)
    assert raw is not None and "<" not in raw.group(1) and ">" not in raw.group(1)
    data = json.loads(raw.group(1))
    actor_names = {a["name"] for ph in data["phases"] for a in ph["actors"].values()}
    assert EVIL in actor_names
    assert data["phases"][0]["actors"]
    roles = [r for ph in data["phases"] for a in ph["actors"].values() for r in a["roles"]]
    assert f"role {EVIL}" in roles


def test_json_for_script_escapes_markup_characters() -> None:
    text = str(json_for_script({"a": "</script><b>&", "b": "\u2028"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><b>&", "b": "\u2028"}


def test_snapshot_lists_changes_between_phases(tmp_path: Path) -> None:
    with _copy_demo(tmp_path, "iskandar") as s:
        tree = lxml_html.fromstring(render_html(s))
    changes = tree.xpath("//section[@class='changes']")
    assert len(changes) == 3
    assert "first phase" in changes[0].text_content()
    second = changes[1].text_content()
    assert "Who left" in second and "Academic partners left" in second


def test_one_phase_only(tmp_path: Path) -> None:
    with _copy_demo(tmp_path, "darmstadt") as s:
        (out,) = export_html(s, tmp_path / "one.html", phase=s.phases[1].id)
        name = s.phases[1].name
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    sections = tree.xpath("//section[@class='phase']")
    assert len(sections) == 1 and name in sections[0].text_content()
    assert tree.xpath("//input[@type='range']") == []  # no slider for a single phase


def test_pseudonymised_snapshot_has_no_actor_names(tmp_path: Path) -> None:
    with _copy_demo(tmp_path, "london") as s:
        (out,) = export_html(s, tmp_path / "anon.html", pseudonymize=True)
        names = [a.name for a in s.actors]
        title = s.title
    page = out.read_text(encoding="utf-8")
    for name in names:
        assert name not in page, name
    assert title not in page
    assert "Government 1" in page


def test_bad_requests_write_nothing(tmp_path: Path, ws) -> None:
    with pytest.raises(ExportError, match="unknown option"):
        export_html(ws.s, tmp_path / "x.html", colour="red")
    empty = Session.create(tmp_path / "empty.workshop", default_phases=False)
    with pytest.raises(ExportError, match="no phases"):
        export_html(empty, tmp_path / "y.html")
    empty.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".html") == []


def test_pack_text_escapes_session_text(hostile: Session) -> None:
    model = hostile.model
    for html in (title_html(model, title=hostile.title, day="2024-05-01", pseudonymised=False),
                 phase_html(model, model.phases[0], pseudonymised=False)):
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;" in html
    assert "Note &lt;script&gt;" in phase_html(model, model.phases[0], pseudonymised=False)
    anonymous = phase_html(model, model.phases[0], pseudonymised=True)
    assert "Note &lt;script&gt;" not in anonymous and NOTES_LEFT_OUT in anonymous
    assert "Collaboration" in glossary_html()


def test_html_snapshot_needs_no_qt() -> None:
    code = ("import sys; import workshop_app.io.html_snapshot, workshop_app.io.pack_text; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


@pytest.mark.browser
@pytest.mark.skipif(not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")),
                    reason="no Chromium installed for the browser check")
def test_in_a_real_headless_browser() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "html_browser_check.py")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
