"""The ``workshop-app`` command line: info output, error lines, and the GUI forms' file choice."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from workshop_app import Session, __version__, bundled, cli
from workshop_app.store.schema import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[2]
ISKANDAR = REPO / "sessions" / "iskandar.workshop"
INFO_KEYS = {"path", "title", "schema_version", "actors", "relations", "participants", "phases"}
PHASE_KEYS = {"phase", "key", "actors_present", "relations", "scored_relations"}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _sidecars(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
            if p.exists()]


@pytest.fixture
def session_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "iskandar.workshop"
    shutil.copyfile(ISKANDAR, dest)
    return dest


@pytest.fixture
def no_gui(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record what the GUI would open instead of starting Qt."""
    opened: list[Path] = []

    def fake(path: Path) -> int:
        opened.append(path)
        return 0

    monkeypatch.setattr(cli, "launch_gui", fake)
    return opened


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents" / "Assemblage Workshop"
    monkeypatch.setattr(bundled, "user_folder", lambda: folder)
    return folder


# -- info ---------------------------------------------------------------------------------
def test_info_prints_an_aligned_table(session_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(session_copy)
    assert cli.main(["info", str(session_copy)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Iskandar Malaysia smart mobility system" in out
    assert f"schema version:  {SCHEMA_VERSION}" in out  # demos ship at the current schema
    assert "actors:          8" in out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("Phase"))
    table = lines[header:]
    assert len(table) == 2 + 3  # header, rule, three phases
    assert "Design: project specifications" in table[2]
    # Right-aligned numbers: every row ends at the same column.
    assert len({len(line) for line in table}) == 1
    assert _digest(session_copy) == before and _sidecars(session_copy) == []


def test_info_json(session_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", str(session_copy), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == INFO_KEYS
    # Iskandar: 8 actors, 11 relations (000 does not place the consortium in adoption)
    assert data["actors"] == 8 and data["relations"] == 11 and data["schema_version"] == SCHEMA_VERSION
    assert [p["key"] for p in data["phases"]] == ["design", "implementation", "maintenance"]
    assert all(set(p) == PHASE_KEYS for p in data["phases"])


def test_info_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workshop_app.cli", "info", "sessions/iskandar.workshop", "--json"],
        cwd=REPO, env=_env(), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == INFO_KEYS
    assert data["title"] == "Iskandar Malaysia smart mobility system"


def test_info_never_imports_qt(session_copy: Path) -> None:
    path = repr(str(session_copy))
    code = "\n".join([
        "import sys",
        "from workshop_app.cli import main",
        f"codes = [main(['info', {path}]), main(['info', '--json', {path}])]",
        "qt = sorted(m for m in sys.modules",
        "            if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))",
        "print('QT', qt, codes, file=sys.stderr)",
        "raise SystemExit(1 if qt or any(codes) else 0)",
    ])
    result = subprocess.run([sys.executable, "-c", code], env=_env(), cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "QT [] [0, 0]" in result.stderr


# -- bad files ----------------------------------------------------------------------------
def _empty(p: Path) -> None:
    p.write_bytes(b"")


def _text(p: Path) -> None:
    p.write_text("Workshop notes\nnot a database\n", encoding="utf-8")


def _truncated(p: Path) -> None:
    data = ISKANDAR.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _foreign(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada')")
    conn.commit()
    conn.close()


def _newer(p: Path) -> None:
    shutil.copyfile(ISKANDAR, p)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def _missing(p: Path) -> None:
    pass


BAD_FILES: dict[str, Callable[[Path], None]] = {
    "empty": _empty,
    "text": _text,
    "truncated": _truncated,
    "foreign": _foreign,
    "newer": _newer,
    "missing": _missing,
}


@pytest.fixture(params=sorted(BAD_FILES))
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / f"{request.param}.workshop"
    BAD_FILES[request.param](path)
    assert _sidecars(path) == []
    return path


def _check_refused(path: Path, before: str | None, code: int, err: str) -> None:
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workshop-app: error: ")
    assert path.name in lines[0]
    assert _digest(path) == before
    assert _sidecars(path) == []


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_info_refuses_bad_files(bad_file: Path, json_flag: list[str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(bad_file)
    code = cli.main(["info", str(bad_file), *json_flag])
    out, err = capsys.readouterr()
    assert out == ""
    _check_refused(bad_file, before, code, err)


def test_gui_form_refuses_bad_files_before_starting_qt(
    bad_file: Path, no_gui: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    if not bad_file.exists():
        bad_file = bad_file.with_suffix(".txt")  # a missing .workshop would be created instead
    before = _digest(bad_file)
    code = cli.main([str(bad_file)])
    _check_refused(bad_file, before, code, capsys.readouterr().err)
    assert no_gui == []


def test_bad_file_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "newer.workshop"
    _newer(path)
    before = _digest(path)
    result = subprocess.run([sys.executable, "-m", "workshop_app.cli", "info", str(path)],
                            env=_env(), capture_output=True, text=True, timeout=60)
    _check_refused(path, before, result.returncode, result.stderr)
    assert "newer version" in result.stderr
    assert result.stdout == ""


def test_info_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("workshop-app: error: ")


# -- argument handling --------------------------------------------------------------------
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"workshop-app {__version__}"


def test_help_lists_sub_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "info" in out and "--demo" in out and "iskandar" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info"]) == 2
    assert cli.main(["--demo", "atlantis"]) == 2
    assert "atlantis" in capsys.readouterr().err


def test_sub_command_table() -> None:
    assert "info" in cli.SUBCOMMANDS
    for name, (func, help_text) in cli.SUBCOMMANDS.items():
        assert callable(func) and help_text


# -- the GUI forms ------------------------------------------------------------------------
def test_gui_on_an_existing_file(session_copy: Path, no_gui: list[Path]) -> None:
    before = _digest(session_copy)
    assert cli.main([str(session_copy)]) == 0
    assert no_gui == [session_copy]
    assert _digest(session_copy) == before


def test_gui_on_a_new_file_creates_a_session(tmp_path: Path, no_gui: list[Path]) -> None:
    path = tmp_path / "new.workshop"
    assert cli.main([str(path)]) == 0
    assert no_gui == [path]
    with Session.open(path, read_only=True) as s:
        assert s.title == "New"
        assert len(s.phases) == 5 and s.actors == []


def test_gui_on_a_new_file_in_a_missing_folder(tmp_path: Path, no_gui: list[Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(tmp_path / "nowhere" / "new.workshop")]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert no_gui == []


def test_demo_reuses_the_unedited_copy_and_never_the_edited_one(user_folder: Path,
                                                                 no_gui: list[Path]) -> None:
    """Starting a demo twice opens the same untouched copy (no turin-2, turin-3 ...); once
    the copy holds an edit, the next start gets a fresh copy and the edited one is kept."""
    assert cli.main(["--demo", "turin"]) == 0
    assert cli.main(["--demo", "turin"]) == 0
    assert no_gui == [user_folder / "turin.workshop", user_folder / "turin.workshop"]
    shipped = _digest(bundled.demo_path("turin"))
    assert _digest(no_gui[0]) == shipped
    with Session.open(no_gui[0]) as s:
        s.set_meta("title", "Our rehearsal")
    assert cli.main(["--demo", "turin"]) == 0
    assert no_gui[-1] == user_folder / "turin-2.workshop" and _digest(no_gui[-1]) == shipped


def test_path_and_demo_together_is_an_error(session_copy: Path, no_gui: list[Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(session_copy), "--demo", "turin"]) == 2
    assert capsys.readouterr().err.startswith("workshop-app: error: ")
    assert no_gui == []


def test_no_arguments_without_a_last_session_opens_iskandar(
    user_folder: Path, no_gui: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_last_session", lambda: None)
    assert cli.main([]) == 0
    assert no_gui == [user_folder / "iskandar.workshop"]


def test_no_arguments_reopens_the_last_session(
    session_copy: Path, user_folder: Path, no_gui: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = pytest.importorskip("workshop_app.settings")
    monkeypatch.setattr(settings, "last_session", lambda: session_copy)
    assert cli.main([]) == 0
    assert no_gui == [session_copy]
    # A last session that was deleted meanwhile falls back to the demo.
    monkeypatch.setattr(settings, "last_session", lambda: session_copy.with_name("gone.workshop"))
    assert cli.main([]) == 0
    assert no_gui[-1] == user_folder / "iskandar.workshop"


def test_gui_calls_run_gui_with_the_path(session_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real launcher imports ``workshop_app.app.run_gui`` lazily and returns its status."""
    import types

    calls: list[Any] = []
    fake_app = types.ModuleType("workshop_app.app")
    fake_app.run_gui = lambda path: calls.append(path) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "workshop_app.app", fake_app)
    import workshop_app

    monkeypatch.setattr(workshop_app, "app", fake_app, raising=False)
    assert cli.main([str(session_copy)]) == 7
    assert calls == [session_copy]
