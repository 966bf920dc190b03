"""A full disk during every export, the research bundle and import.

Three ways to run out of room: the file-size limit of the writing process (``ulimit -f``,
portable to any POSIX system and hitting Qt's writers too), a real, almost full tmpfs (when
running as root where mounting is allowed), and ENOSPC raised when the written file is
flushed (in-process, anywhere). Each time the command must exit 2 with one line that names
the file and says why in words, leave any earlier file at the target as it was, leave no
temporary file behind, and leave the session byte for byte as it was.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
from output_helpers import Run, exportable_session, run_cli, session_bytes, tree

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.io import atomic
from workshop_app.io.output_checks import mount_of

ONE_LINE = "workshop-app: error: "
posix_only = pytest.mark.skipif(os.name != "posix", reason="file-size limits are POSIX")
pytestmark = pytest.mark.gui  # the shared source session and the picture formats need Qt


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return exportable_session(tmp_path_factory.mktemp("source"))


@pytest.fixture(scope="module")
def phase_slugs(source: Path) -> list[str]:
    from workshop_app.canvas.render import slug

    with Session.open(source, read_only=True) as s:
        return [slug(p.name) for p in s.phases]


def edges_csv(folder: Path) -> Path:
    """A foreign network of our own: 30 actors in a ring plus chords."""
    src = folder / "edges.csv"
    rows = [f"Actor {i},Actor {(i + 1) % 30}" for i in range(30)]
    rows += [f"Actor {i},Actor {(i + 7) % 30}" for i in range(0, 30, 3)]
    src.write_text("source,target\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return src


# what each command writes, and an earlier output of the same name that must survive
KINDS = ["pdf", "pack", "png", "svg", "html", "gexf", "graphml", "csv", "xlsx", "bundle",
         "import"]


def prepare(kind: str, out: Path, source: Path, slugs: list[str]) -> tuple[list[str], str]:
    """Put an earlier output at the target; returns the command and the name the error
    must mention."""
    out.mkdir(parents=True, exist_ok=True)
    simple = {"pdf": "map.pdf", "pack": "pack.pdf", "html": "page.html", "gexf": "net.gexf",
              "xlsx": "tables.xlsx"}
    if kind in simple:
        target = out / simple[kind]
        target.write_bytes(b"an earlier export\n")
        return ["export", str(source), "--format", kind, "-o", str(target)], str(target)
    if kind in ("png", "svg"):
        (out / f"map-1-{slugs[0]}.{kind}").write_bytes(b"an earlier picture\n")
        return (["export", str(source), "--format", kind, "-o", str(out / f"map.{kind}")],
                str(out / "map-1-"))
    if kind in ("csv", "graphml"):
        folder = out / kind
        folder.mkdir()
        (folder / ("actors.csv" if kind == "csv" else "phase_01_old.graphml")).write_text("earlier")
        return ["export", str(source), "--format", kind, "-o", str(folder)], f"{folder}{os.sep}"
    if kind == "bundle":
        folder = out / "bundle"
        folder.mkdir()
        (folder / "network.gexf").write_text("an earlier bundle")
        return ["bundle", str(source), "-o", str(folder), "--force"], f"{folder}{os.sep}"
    assert kind == "import"
    target = out / "imported.workshop"
    Session.create(target, title="The earlier session").close()
    src = edges_csv(out.parent)
    return ["import", str(src), "-o", str(target), "--force"], str(target)


def check_refusal(run: Run, name: str, reason: str, out: Path, before: dict[str, str],
                  source: Path, source_before: dict[str, bytes]) -> None:
    code, stdout, err = run.code, run.out, run.err
    assert (code, stdout) == (2, ""), err
    assert err.startswith(ONE_LINE) and err.count("\n") == 1, err
    assert name in err and "could not be written" in err and reason in err, err
    assert tree(out) == before  # the earlier output intact, nothing half-written, no leftovers
    assert session_bytes(source) == source_before


# -- the file-size limit ------------------------------------------------------------------
@posix_only
@pytest.mark.parametrize("kind", KINDS)
def test_file_size_limit(kind: str, source: Path, phase_slugs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    args, name = prepare(kind, out, source, phase_slugs)
    before, source_before = tree(out), session_bytes(source)
    run = run_cli(tmp_path, *args, limit=3000)
    check_refusal(run, name, "file-size limit of 3000 bytes", out, before, source, source_before)


@posix_only
def test_the_same_commands_succeed_without_the_limit(source: Path, phase_slugs: list[str],
                                                     tmp_path: Path) -> None:
    """The limit, not the command, made the runs above fail (a cheap sample of formats)."""
    for kind in ("pdf", "csv", "import"):
        args, _ = prepare(kind, tmp_path / kind, source, phase_slugs)
        assert run_cli(tmp_path, *args).code == 0


# -- a real, almost full file system --------------------------------------------------------
def _can_mount() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if not _can_mount():
        pytest.skip("a small tmpfs needs root on Linux")
    mnt = tmp_path_factory.mktemp("small-disk")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.strip()})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until only about ``leave`` bytes are free."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    filler = disk / f".filler-{os.getpid()}-{free}"
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


@pytest.mark.parametrize("kind", KINDS)
def test_full_disk(kind: str, source: Path, phase_slugs: list[str], small_disk: Path,
                   tmp_path: Path) -> None:
    out = small_disk / kind / "out"
    args, name = prepare(kind, out, source, phase_slugs)
    filler = fill(small_disk, leave=8192)
    try:
        before, source_before = tree(out), session_bytes(source)
        run = run_cli(tmp_path, *args)
        check_refusal(run, name, f"not enough disk space on {small_disk}", out, before, source,
                      source_before)
    finally:
        filler.unlink()


# -- ENOSPC when the file is flushed (delayed allocation, network disks) --------------------
@pytest.fixture
def enospc_on_flush(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", no_room)


@pytest.mark.parametrize("kind", ["gexf", "xlsx", "csv", "bundle", "import"])
def test_enospc_when_flushing_names_the_file_and_the_disk(
        kind: str, source: Path, phase_slugs: list[str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], enospc_on_flush: None) -> None:
    out = tmp_path / "out"
    args, name = prepare(kind, out, source, phase_slugs)
    before, source_before = tree(out), session_bytes(source)
    code = main(args)
    stdout, err = capsys.readouterr()
    check_refusal(Run(code, stdout, err), name, f"not enough disk space on {mount_of(out)} "
                  "(errno 28)", out, before, source, source_before)
    assert "[Errno" not in err


def test_a_failed_move_into_place_puts_every_earlier_file_back(
        source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """CSV tables replace an earlier set one file at a time; when the third move fails, the
    two moved already are put back, so the folder is the earlier set, whole."""
    folder = tmp_path / "tables"
    folder.mkdir()
    for name in ("actors", "events", "meta", "notes", "participants"):
        (folder / f"{name}.csv").write_text(f"earlier {name}\n")
    before = tree(folder)
    real_replace = os.replace
    calls = []

    def third_fails(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", third_fails)
    code = main(["export", str(source), "--format", "csv", "-o", str(folder)])
    err = capsys.readouterr().err
    assert code == 2 and "not enough disk space" in err and err.count("\n") == 1
    assert tree(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]
