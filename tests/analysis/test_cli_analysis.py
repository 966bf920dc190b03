"""The headless analysis commands: diff, metrics, warnings (text, JSON, errors, no Qt)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app import cli
from workshop_app.bundled import demo_path

REPO = Path(__file__).resolve().parents[2]


def _copy(tmp_path: Path, name: str) -> Path:
    dest = tmp_path / f"{name}.workshop"
    shutil.copyfile(demo_path(name), dest)
    return dest


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def iskandar(tmp_path: Path) -> Path:
    return _copy(tmp_path, "iskandar")


@pytest.fixture
def london(tmp_path: Path) -> Path:
    return _copy(tmp_path, "london")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- diff ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("Design: project specifications", "Implementation"),  # by name
    ("design", "implementation"),                          # by key
    ("1", "2"),                                            # by position
    ("DESIGN: PROJECT SPECIFICATIONS", "implementation"),  # a name in any case
])
def test_diff_names_phases_as_people_do(iskandar: Path, capsys: pytest.CaptureFixture[str],
                                        a: str, b: str) -> None:
    before = _digest(iskandar)
    code, out, err = _run(capsys, "diff", str(iskandar), a, b)
    assert (code, err) == (0, "")
    assert 'From "Design: project specifications" to "Implementation"' in out
    assert "Left (1)\n  - Academic partners left between" in out  # 000: "the academic partners left"
    assert "Joined (1)\n  - Citizens of Iskandar joined between" in out
    # the other design participants are only not described in implementation, not gone
    assert "Not described in the second phase (present in the first) (4)" in out
    assert _digest(iskandar) == before  # read-only


def test_diff_json(london: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "diff", str(london), "open_data", "3", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"title", "phase_a", "phase_b", "phase_a_name", "phase_b_name", "items"}
    assert data["phase_b_name"].startswith("Shared vision")
    kinds = {item["kind"] for item in data["items"]}
    # 004's dimensions operate at once: who is not described in openness is not "new"
    assert {"actor_described", "roles_changed", "relation_not_described",
            "relation_described"} <= kinds
    assert not kinds & {"actor_entered", "actor_left"}
    assert set(data["items"][0]) == {"kind", "text", "actor_ids", "relation_ids", "detail"}
    assert {"state_before", "state_after"} <= set(data["items"][0]["detail"])


def test_diff_of_a_phase_with_itself(iskandar: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "diff", str(iskandar), "2", "implementation")
    assert code == 0 and "No differences." in out


@pytest.mark.parametrize("bad", ["piloting", "0", "4", "Desing"])
def test_unknown_phase_is_one_line_naming_the_phases(
        iskandar: Path, capsys: pytest.CaptureFixture[str], bad: str) -> None:
    code, out, err = _run(capsys, "diff", str(iskandar), "design", bad)
    assert code == 2 and out == ""
    assert err.startswith(f"workshop-app: error: phase '{bad}' is not in this session")
    assert err.count("\n") == 1
    assert '1 "Design: project specifications" (design)' in err
    assert '3 "Adoption (post-implementation)" (maintenance)' in err


def test_bad_file_and_missing_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "notes.workshop"
    junk.write_text("not a session", encoding="utf-8")
    for command in (["diff", str(junk), "1", "2"], ["metrics", str(junk)],
                    ["warnings", str(junk)]):
        code, out, err = _run(capsys, *command)
        assert code == 2 and out == "" and err.startswith("workshop-app: error: ")
        assert err.count("\n") == 1
    assert junk.read_text(encoding="utf-8") == "not a session"
    code, _, err = _run(capsys, "diff", str(junk))
    assert code == 2 and "PHASE_A" in err  # argparse's usage line


# -- metrics ------------------------------------------------------------------------------
def test_metrics_text(london: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "metrics", str(london))
    assert code == 0
    assert "2. Diffusion (learning, pilots, legitimacy) (piloting)" in out
    assert "presence         present 10, not described 4" in out
    assert "brokers          London Boroughs (33 local authorities) 0.32" in out
    assert "trust            not scored" in out  # the room has not voted yet
    assert "3C classes       unclassified 100%  (weakest rule, room votes)" in out


def test_metrics_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "metrics", str(_copy(tmp_path, "darmstadt")), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Digitalstadt Darmstadt" and len(data["phases"]) == 3
    design, pilot = data["phases"][0], data["phases"][1]
    # the case record's levels are a source's, not the room's votes
    assert design["scores"]["commitment"]["scored"] == 0
    assert design["scores"]["trust"] == {"scored": 0, "median": None, "mean": None,
                                         "min": None, "max": None, "q1": None, "q3": None}
    [core] = design["arena_threec"]  # the bid's inner circle, "resembled collaboration"
    assert core["stated_classes"] == ["collaboration"]
    assert core["stated_sources"] == ["002, Temporal Dynamic"]
    assert [c["class"] for c in pilot["stated_classes"]] == ["cooperation"]  # "stuck"
    assert design["threec_rule"] == "weakest"


# -- warnings -----------------------------------------------------------------------------
def test_warnings_text(iskandar: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "warnings", str(iskandar))
    assert code == 0
    lines = out.splitlines()
    assert lines[2] == "Design: project specifications"
    assert lines[3].startswith("  W1  WARN  Citizens absent from design")
    assert "           source: 003, Module 1: Ontology and Definitions" in out
    assert "           source: 000, Roles and interrelations between actors\n" in out  # one a line
    assert "W18 WARN  Citizens come in after a decision" in out


def test_warnings_for_one_phase_include_the_step_into_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    antwerp = _copy(tmp_path, "antwerp")
    code, out, _ = _run(capsys, "warnings", str(antwerp), "--phase", "piloting", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["phase"].startswith("Network growth")
    ids = [w["id"] for w in data["warnings"]]
    assert "W7" in ids and "W19" in ids  # the stated drop into growth; the innovation dept
    assert "W3" not in ids  # IMEC's hub in the core partnership is not this phase's
    w7 = data["warnings"][ids.index("W7")]
    assert w7["next_phase"].startswith("Network growth") and w7["phase"].startswith("Core")
    assert set(w7) == {"id", "phase_id", "next_phase_id", "phase", "next_phase", "message",
                       "detail", "source", "sources", "severity", "actor_ids", "relation_ids"}
    assert w7["sources"][0] == ("002, Temporal Dynamic (intense beginnings fall to cooperation "
                                "as the network grows)")


def test_warnings_unknown_phase(iskandar: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "warnings", str(iskandar), "--phase", "pilot")
    assert code == 2 and "phase 'pilot' is not in this session" in err


def test_analysis_commands_never_import_qt(iskandar: Path) -> None:
    path = repr(str(iskandar))
    code = "\n".join([
        "import sys",
        "from workshop_app.cli import main",
        f"codes = [main(['diff', {path}, '1', '3', '--json']), main(['metrics', {path}]),",
        f"         main(['warnings', {path}, '--phase', '2'])]",
        "qt = sorted(m for m in sys.modules",
        "            if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))",
        "print('QT', qt, codes, file=sys.stderr)",
    ])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "QT [] [0, 0, 0]" in result.stderr


def test_help_lists_the_analysis_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    for name in ("diff", "metrics", "warnings"):
        assert f"\n  {name} " in out
