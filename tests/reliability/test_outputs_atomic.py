"""Outputs after a kill, and at the command line's output edge.

A run killed while writing leaves its temporary files; the next write to the same target
removes those (and those of older versions of the app), but never a file another running
export is writing, nor anything that is not provably ours. A truncated PDF, PNG or SVG is
never put in place. ``workshop-app import ... | head -1`` ends quietly with status 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from output_helpers import ROOT, child_env, exportable_session, run_cli

from workshop_app import Session
from workshop_app.io import atomic
from workshop_app.io.output_checks import pdf_problem, png_problem, problem_of

HOUR = 3600


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return exportable_session(tmp_path_factory.mktemp("source"))


def dead_pid() -> int:
    """The pid of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)
    return path


def ours(target: Path, pid: int, token: str, kind: str = "part", host: str | None = None) -> Path:
    return target.with_name(f".{target.name}.wsa-{pid}-{host or atomic._HOST}-{token}.{kind}")


def test_leftovers_of_killed_runs_go_on_the_next_write(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "net.gexf"
    gone, alive = dead_pid(), os.getppid()
    stale = {  # name -> age in seconds
        ours(target, gone, "0badf00d"): 0,
        ours(target, gone, "0badf00e", "old"): 0,
        Path(f"{ours(target, gone, '0badf00f')}-wal"): 0,  # a database sidecar of one
        ours(target, alive, "0badf010"): 2 * HOUR,  # its process is alive, but hours old
        out / f".net.gexf.importing-{gone}": 0,  # names earlier versions of the app used
        out / ".net.gexf.k2j4x9q1.partial": 2 * HOUR,
        out / ".net.gexf.part": 2 * HOUR,
    }
    kept = {
        ours(target, alive, "0badf011"): 0,  # a live export is writing it right now
        ours(target, gone, "0badf012", host="ffff"): 0,  # another machine's, and recent
        out / ".net.gexf.k2j4x9q2.partial": 0,  # an earlier version's, but recent
        out / ".net.gexf.notes": 2 * HOUR,  # not ours at all
        out / ".other.gexf.wsa-1-aaaa-0badf013.part": 2 * HOUR,  # another target's
    }
    for path, age in {**stale, **kept}.items():
        path.write_text("left over")
        aged(path, age)
    run = run_cli(tmp_path, "export", str(source), "--format", "gexf", "-o", str(target))
    assert run.code == 0, run.err
    assert sorted(p.name for p in out.iterdir()) == sorted(["net.gexf", *(p.name for p in kept)])


def test_leftover_bundle_folders_go_on_the_next_bundle(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "bundle"
    gone = dead_pid()
    half = ours(target, gone, "0badf00d")
    (half / "csv").mkdir(parents=True)
    (half / "csv" / "actors.csv").write_text("half")
    older = tmp_path / ".bundle.abcd1234.partial"
    older.mkdir()
    aged(older, 2 * HOUR)
    run = run_cli(tmp_path, "bundle", str(source), "-o", str(target))
    assert run.code == 0, run.err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".bundle")) == []


KILL_BEFORE_COMMIT = """
import os, signal, sys
from workshop_app.io import atomic
def killed(self):
    self.verify()  # every temporary file complete, then the power goes
    os.kill(os.getpid(), signal.SIGKILL)
atomic.Outputs.commit = killed
from workshop_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("kind", ["bundle", "import", pytest.param("png", marks=pytest.mark.gui)])
def test_killed_while_writing_then_written_again(kind: str, source: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    if kind == "bundle":
        args = ["bundle", str(source), "-o", str(out / "bundle")]
    elif kind == "png":
        args = ["export", str(source), "--format", "png", "--phase", "1", "-o", str(out / "map.png")]
    else:
        src = tmp_path / "edges.csv"
        src.write_text("source,target\nA,B\nB,C\n", encoding="utf-8")
        args = ["import", str(src), "-o", str(out / "new.workshop")]
    killed = subprocess.run([sys.executable, "-c", KILL_BEFORE_COMMIT, *args], cwd=ROOT,
                            env=child_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9
    left = sorted(p.name for p in out.iterdir())
    assert left and all(".wsa-" in name for name in left)  # only temporaries, no target
    again = run_cli(tmp_path, *args)
    assert again.code == 0, again.err
    assert not [p for p in out.iterdir() if ".wsa-" in p.name]
    if kind == "import":
        with Session.open(out / "new.workshop", read_only=True) as s:
            assert {a.name for a in s.actors} == {"A", "B", "C"}


def test_writing_to_a_closed_pipe_is_quiet_and_keeps_the_result(tmp_path: Path) -> None:
    """``workshop-app import ... | head -1``: head closes the pipe; the session is written."""
    src = tmp_path / "edges.csv"
    src.write_text("source,target\nA,B\nB,C\n", encoding="utf-8")
    target = tmp_path / "piped.workshop"
    proc = subprocess.Popen([sys.executable, "-m", "workshop_app.cli", "import", str(src), "-o",
                             str(target)], cwd=ROOT, env=child_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the report is printed
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""
    with Session.open(target, read_only=True) as s:
        assert len(s.actors) == 3


def test_a_broken_pipe_elsewhere_is_still_an_error(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Only the output edge is quiet: a helper's broken pipe is a failure, said as one line."""
    from workshop_app import cli

    def broken(argv: list[str]) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setitem(cli.SUBCOMMANDS, "info", (broken, "info"))
    assert cli.main(["info", "x.workshop"]) == 2
    assert "Broken pipe" in capsys.readouterr().err


# -- what counts as a complete file -------------------------------------------------------
@pytest.mark.gui  # the pictures are drawn by Qt
def test_truncated_pdf_png_and_svg_are_incomplete(source: Path, tmp_path: Path) -> None:
    run = run_cli(tmp_path, "export", str(source), "--format", "pdf", "-o", str(tmp_path / "m.pdf"))
    assert run.code == 0, run.err
    run = run_cli(tmp_path, "export", str(source), "--format", "png", "--phase", "1", "-o",
                  str(tmp_path / "m.png"))
    assert run.code == 0, run.err
    pdf, png = (tmp_path / "m.pdf").read_bytes(), next(tmp_path.glob("m*.png")).read_bytes()
    assert pdf_problem(tmp_path / "m.pdf") is None and png_problem(next(tmp_path.glob("m*.png"))) is None
    cut = tmp_path / "cut"
    for data, name in ((pdf[:-20], "a.pdf"), (pdf[: len(pdf) // 2], "b.pdf"),
                       (png[:-12], "c.png"), (b"<svg><g></g>", "d.svg"), (b"", "e.csv")):
        cut.write_bytes(data)
        assert problem_of(cut, Path(name)) is not None, name
    # a PDF whose end survived but whose middle did not (a write lost, then space again)
    holed = pdf[:100] + pdf[5000:]
    cut.write_bytes(holed)
    assert problem_of(cut, Path("f.pdf")) is not None


def test_reasons_are_words_with_the_number() -> None:
    import errno

    from workshop_app.io.output_checks import mount_of, os_reason

    here = Path.cwd()
    assert os_reason(OSError(errno.ENOSPC, "No space left on device"), here) == (
        f"not enough disk space on {mount_of(here)} (errno 28)")
    assert os_reason(OSError(errno.EACCES, "Permission denied"), here) == (
        f"no permission to write in {here} (errno 13)")
    assert os_reason(OSError(errno.EROFS, "Read-only file system"), here).endswith("(errno 30)")
