"""No export, bundle or import ever destroys a session, even when told to.

An export named like the session (or the session under another name, or its WAL file), a
bundle ``--force``d into the folder that holds the session, a CSV export into it, and an
``import --force`` over a session a window has open: each is refused with one line, the
session is left as it was, and a window editing it meanwhile keeps every edit. An
``import --force`` over a session nobody has open replaces it only after backing it up
where File > Restore from backup finds it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
from output_helpers import ROOT, child_env, exportable_session, run_cli, session_bytes, tree

from workshop_app import Session
from workshop_app.store.backups import list_backups

ONE_LINE = "workshop-app: error: "

# A window editing the session in another process: "edit NAME" adds an actor and answers
# "saved NAME" once the edit is in the file; an empty line closes the session.
EDITOR = """
import sys
from workshop_app import Session
s = Session.open(sys.argv[1])
print("open", flush=True)
for line in sys.stdin:
    line = line.strip()
    if not line:
        break
    s.add_actor(line.split(" ", 1)[1])
    print("saved", line.split(" ", 1)[1], flush=True)
s.close()
print("closed", flush=True)
"""


class Editor:
    def __init__(self, path: Path, tmp: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(path)], cwd=ROOT,
                                     env=child_env(tmp), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.read() == "open"

    def read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def edit(self, name: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"edit {name}\n")
        self.proc.stdin.flush()
        assert self.read() == f"saved {name}"

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.read() == "closed"
        assert self.proc.wait(timeout=30) == 0


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    return exportable_session(tmp_path / "room")


@pytest.fixture
def editor(workshop: Path, tmp_path: Path) -> Iterator[Editor]:
    ed = Editor(workshop, tmp_path)
    yield ed
    if ed.proc.poll() is None:
        ed.proc.kill()
        ed.proc.wait()


def refused(run: object, *words: str) -> None:
    code, out, err = run.code, run.out, run.err  # type: ignore[attr-defined]
    assert (code, out) == (2, ""), err
    assert err.startswith(ONE_LINE) and err.count("\n") == 1, err
    for w in words:
        assert w in err, err


def actor_names(path: Path) -> set[str]:
    with Session.open(path, read_only=True) as s:
        return {a.name for a in s.actors}


def foreign_edges(folder: Path) -> Path:
    src = folder / "edges.csv"
    src.write_text("source,target\nNew actor A,New actor B\n", encoding="utf-8")
    return src


@pytest.mark.parametrize("fmt", ["gexf", "xlsx", "csv", "html", "pdf", "png"])
def test_export_over_the_session_file_is_refused(workshop: Path, fmt: str, tmp_path: Path) -> None:
    before = session_bytes(workshop)
    run = run_cli(tmp_path, "export", str(workshop), "--format", fmt, "-o", str(workshop))
    refused(run, str(workshop), "is a workshop session")
    assert session_bytes(workshop) == before


def test_a_session_under_another_name_or_its_sidecar_is_refused(workshop: Path,
                                                                tmp_path: Path) -> None:
    disguised = workshop.with_name("minutes.pdf")  # a session, whatever its name says
    shutil.copy(workshop, disguised)
    copy_before = disguised.read_bytes()
    run = run_cli(tmp_path, "export", str(workshop), "--format", "pdf", "-o", str(disguised))
    refused(run, "minutes.pdf", "is a workshop session")
    assert disguised.read_bytes() == copy_before
    wal = workshop.with_name(workshop.name + "-wal")
    run = run_cli(tmp_path, "export", str(workshop), "--format", "gexf", "-o", str(wal))
    refused(run, "belongs to the session antwerp.workshop")
    assert not wal.exists()
    fresh = workshop.with_name("new.workshop")
    run = run_cli(tmp_path, "export", str(workshop), "--format", "gexf", "-o", str(fresh))
    refused(run, "kept for session files")
    assert not fresh.exists()


def test_folder_exports_never_go_into_a_folder_holding_a_session(workshop: Path,
                                                                 tmp_path: Path) -> None:
    room = workshop.parent
    (room / "notes.txt").write_text("the facilitator's notes")
    before, session_before = tree(room), session_bytes(workshop)
    run = run_cli(tmp_path, "bundle", str(workshop), "-o", str(room), "--force")
    refused(run, "holds the session file antwerp.workshop")
    run = run_cli(tmp_path, "bundle", str(workshop), "-o", str(room.parent), "--force")
    refused(run, f"holds the session file {Path('room') / 'antwerp.workshop'}")
    run = run_cli(tmp_path, "export", str(workshop), "--format", "csv", "-o", str(room))
    refused(run, "holds the session file antwerp.workshop")
    assert tree(room) == before and session_bytes(workshop) == session_before


def test_refusals_while_a_window_edits_the_session(workshop: Path, editor: Editor,
                                                   tmp_path: Path) -> None:
    """Export over it, bundle into its folder, import --force over it: all refused while a
    window has it open; the window's edits before, between and after all stay."""
    editor.edit("Before the commands")
    before = session_bytes(workshop)
    runs = [
        run_cli(tmp_path, "export", str(workshop), "--format", "gexf", "-o", str(workshop)),
        run_cli(tmp_path, "bundle", str(workshop), "-o", str(workshop.parent), "--force"),
        run_cli(tmp_path, "import", str(foreign_edges(tmp_path)), "-o", str(workshop), "--force"),
    ]
    refused(runs[0], "is a workshop session")
    refused(runs[1], "holds the session file")
    refused(runs[2], str(workshop), "is open for editing", "nothing was replaced")
    assert session_bytes(workshop) == before
    editor.edit("After the commands")
    editor.close()
    assert {"Before the commands", "After the commands"} <= actor_names(workshop)
    assert "New actor A" not in actor_names(workshop)
    assert not list(workshop.parent.glob(".*wsa-*"))  # no temporary session left behind


def test_import_force_backs_up_the_session_it_replaces(workshop: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    old_names = actor_names(workshop)
    run = run_cli(tmp_path, "import", str(foreign_edges(tmp_path)), "-o", str(workshop), "--force")
    assert run.code == 0, run.err
    assert "was backed up first" in run.out
    assert actor_names(workshop) == {"New actor A", "New actor B"}
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "app-data"))  # the child's
    backups = list_backups(workshop)  # what File > Restore from backup offers
    assert len(backups) == 1 and str(backups[0].path) in run.out
    assert backups[0].reason_text == "before an import replaced it"  # the Restore list's words
    assert actor_names(backups[0].path) == old_names
    assert sorted(p.name for p in workshop.parent.iterdir()) == ["antwerp.workshop"]


def test_import_force_over_a_damaged_session_keeps_it(tmp_path: Path) -> None:
    """A file that says it is a session but cannot be backed up is not thrown away."""
    target = tmp_path / "damaged.workshop"
    Session.create(target).close()
    data = bytearray(target.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # the header survives, the pages do not
    target.write_bytes(bytes(data))
    run = run_cli(tmp_path, "import", str(foreign_edges(tmp_path)), "-o", str(target), "--force")
    refused(run, str(target), "could not be backed up", "not replaced")
    assert target.read_bytes() == bytes(data)


def test_import_force_replaces_a_file_that_is_not_a_session(tmp_path: Path) -> None:
    target = tmp_path / "draft.workshop"
    target.write_text("not a session, just a name")
    run = run_cli(tmp_path, "import", str(foreign_edges(tmp_path)), "-o", str(target), "--force")
    assert run.code == 0 and "backed up" not in run.out
    assert actor_names(target) == {"New actor A", "New actor B"}
