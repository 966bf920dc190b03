"""A session file is untrusted input. Every crafted file of ``hostile_session_files`` is
refused, for editing and read-only, with one line naming the file and the reason; the file
stays byte-for-byte as it was, with the same modification time and nothing created beside it;
nothing in it runs. ``workshop-app info``/``export``/``bundle`` print one line and exit 2.
A damaged undo log is refused when undoing, and nothing changes."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_session_files import CASES, UNDO_CASES, build_base, craft_undo_case

from workshop_app import Session, SessionFileError, cli
from workshop_app.store.schema import SCHEMA_VERSION
from workshop_app.store.validate import MAX_TEXT_CHARS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    return build_base(folder / "base.workshop")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "app-data"
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(d))
    return d


def _crafted(base: Path, folder: Path, case: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{case}.workshop"
    shutil.copyfile(base, path)
    CASES[case][0](path)
    assert sorted(p.name for p in folder.iterdir()) == [path.name], "crafting left sidecars"
    return path


def _state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file in the folder: content hash and modification time."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


def test_every_crafted_file_passes_the_header_check(base: Path, tmp_path: Path) -> None:
    """The refusals below come from the full check, not from a wrong header."""
    import sqlite3

    for case in CASES:
        path = _crafted(base, tmp_path / case, case)
        head = path.read_bytes()[:100]
        assert head.startswith(b"SQLite format 3\x00") and head[68:72] == b"WSHP", case
        conn = sqlite3.connect(path.as_uri() + "?mode=ro&immutable=1", uri=True)
        assert conn.execute("PRAGMA user_version").fetchone()[0] in range(1, SCHEMA_VERSION + 1), case
        conn.close()
    assert len(CASES) >= 30


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_crafted_file_is_refused_in_one_line_and_untouched(
    case: str, read_only: bool, base: Path, tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "files"
    path = _crafted(base, folder, case)
    before = _state(folder)
    with pytest.raises(SessionFileError) as info:
        Session.open(path, read_only=read_only)
    text = str(info.value)
    assert "\n" not in text and text.startswith(f"{path}: "), text
    assert CASES[case][1] in text, text
    assert len(text) < 400, text
    assert _state(folder) == before  # same bytes, same mtime, no -wal/-shm/lock left
    assert not data_dir.exists(), "a refused file must not be copied anywhere"


def test_a_trigger_never_runs_even_if_the_file_were_edited(base: Path, tmp_path: Path) -> None:
    """The votes stay as saved: the refusal comes before any write that could fire it."""
    path = _crafted(base, tmp_path / "files", "trigger-rewrites-votes")
    with pytest.raises(SessionFileError):
        Session.open(path)
    import sqlite3

    conn = sqlite3.connect(path.as_uri() + "?mode=ro&immutable=1", uri=True)
    assert sorted(r[0] for r in conn.execute("SELECT trust FROM scores")) == [2, 4]
    conn.close()


@pytest.mark.parametrize("case", ["trigger-wipes-actors", "nested-roles", "float-score",
                                  "missing-events-table", "huge-note", "log-changes-not-json"])
@pytest.mark.parametrize("command", ["info", "export", "bundle"])
def test_the_command_line_prints_one_line_and_exits_2(
    case: str, command: str, base: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    path = _crafted(base, folder, case)
    before = _state(folder)
    args = {"info": ["info", str(path)],
            "export": ["export", str(path), "--format", "gexf", "-o", str(tmp_path / "out.gexf")],
            "bundle": ["bundle", str(path), "-o", str(tmp_path / "bundle")]}[command]
    env = dict(os.environ, WORKSHOP_APP_DATA_DIR=str(tmp_path / "app-data"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    out = subprocess.run([sys.executable, "-m", "workshop_app.cli", *args], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 2, out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("workshop-app: error: "), out.stderr
    assert str(path) in lines[0] and CASES[case][1] in lines[0]
    assert out.stdout == ""
    assert _state(folder) == before
    assert not (tmp_path / "out.gexf").exists() and not (tmp_path / "bundle").exists()


@pytest.mark.parametrize("case", sorted(UNDO_CASES))
def test_a_damaged_undo_log_is_refused_when_undoing_and_nothing_changes(
    case: str, base: Path, tmp_path: Path
) -> None:
    path = tmp_path / "undo.workshop"
    shutil.copyfile(base, path)
    craft_undo_case(path, UNDO_CASES[case])
    with Session.open(path) as s:  # the file itself is well-formed: it opens
        snap, undo_text, events = s.model.snapshot(), s.undo_text, s._store.event_count()
        with pytest.raises(SessionFileError) as info:
            s.undo()
        text = str(info.value)
        assert "\n" not in text and text.startswith(f"{path}: "), text
        assert s.model.snapshot() == snap and s.undo_text == undo_text
        assert s._store.event_count() == events
        s.add_actor("Still editable")  # the session goes on
    with Session.open(path, read_only=True) as again:
        assert [a.name for a in again.actors][-1] == "Still editable"


def test_text_at_the_limit_is_kept_and_beyond_it_is_refused_before_saving(
    tmp_path: Path,
) -> None:
    """The app never saves what it would refuse to open: the same limit on both sides."""
    path = tmp_path / "limit.workshop"
    with Session.create(path) as s:
        a = s.add_actor("Long note", note="n" * MAX_TEXT_CHARS)
        with pytest.raises(SessionFileError, match="more than the 1,000,000"):
            s.update_actor(a, note="n" * (MAX_TEXT_CHARS + 1))
        assert s.actor(a.id).note == "n" * MAX_TEXT_CHARS
    with Session.open(path, read_only=True) as again:
        assert len(again.actor("Long note").note) == MAX_TEXT_CHARS


@pytest.mark.parametrize("x", [float("inf"), float("nan"), 1e12])
def test_a_position_a_file_may_not_hold_is_refused_before_saving(x: float, tmp_path: Path) -> None:
    path = tmp_path / "far.workshop"
    with Session.create(path) as s:
        with pytest.raises(SessionFileError, match="not a finite number"):
            s.add_actor("Far away", x=x)
        assert not s.actors
    with Session.open(path, read_only=True) as again:
        assert again.actors == []


def test_cli_info_on_a_hostile_file_in_process(base: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _crafted(base, tmp_path / "files", "view")
    assert cli.main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "view “everyone”" in err
