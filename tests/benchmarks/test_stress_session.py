"""The benchmark tools themselves: the stress session is a real, complete session, the cache
rebuilds what it cannot use, and the benchmark script still runs end to end."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from workshop_app import Session
from workshop_app.domain import vocabulary as voc
from workshop_app.store import SessionFileError

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"workshop_bench_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


stress = _load("stress")


@pytest.fixture(scope="module")
def small_stress(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stress") / "small.workshop"
    return stress.make_stress_session(path, actors=90, relations=320, phases=6, participants=3, seed=3)


def test_stress_session_holds_every_vote_and_every_kind_of_record(small_stress: Path) -> None:
    with Session.open(small_stress, read_only=True) as s:
        model = s.model
        assert (len(s.actors), len(s.relations), len(s.participants), len(s.phases)) == (90, 320, 3, 6)
        assert len(model.tables["scores"]) == 320 * 6 * 3
        # every type a workshop uses ("unknown" marks a gap in case data, not a kind of actor)
        # every type a facilitator picks ("unknown" is what an import leaves for them to fix)
        assert {a.type for a in s.actors} == set(voc.ACTOR_TYPES) - {"unknown"} - {"unknown"}
        assert {a.scale for a in s.actors} == set(voc.SCALES)
        assert {r.kind for r in s.relations} == set(voc.RELATION_KINDS)
        assert [p.key for p in s.phases][:5] == list(voc.PHASE_KEYS)
        assert all(r.directed for r in s.relations if r.kind in voc.ALWAYS_DIRECTED_KINDS)
        first, last = s.phases[0].id, s.phases[-1].id
        left = [a for a in s.actors if model.is_present(a.id, first) and not model.is_present(a.id, last)]
        joined = [a for a in s.actors if model.is_present(a.id, last) and not model.is_present(a.id, first)]
        assert left and joined, "actors must both leave and join between phases"
        roles = {r for p in model.tables["presence"].values() for r in p.roles}
        assert len(roles & set(voc.ROLES)) >= 15
        assert model.tables["relation_phases"], "some relations are switched off in some phases"
        assert model.tables["positions"], "some actors have a place of their own in one phase"
        notes = list(model.tables["notes"].values())
        assert {n.kind for n in notes} == {"note", "quote"}
        assert all(n.participant_id for n in notes if n.kind == "quote")
        xs, ys = [a.x for a in s.actors], [a.y for a in s.actors]
        assert max(xs) - min(xs) > 1500 and max(ys) - min(ys) > 800
        info = s.info()
        assert all(p["relations"] > 0 and p["scored_relations"] == p["relations"] for p in info["phases"])


def test_stress_session_takes_edits_and_undo_like_any_session(small_stress: Path, tmp_path: Path) -> None:
    copy = tmp_path / "edit.workshop"
    shutil.copyfile(small_stress, copy)
    with Session.open(copy) as s:
        assert not s.can_undo  # the generator's bulk step is not an undoable edit
        phase = s.phases[2]
        rel = s.active_relations(phase)[0]
        before = s.consensus(rel, phase)["trust"].n
        who = s.participants[1]
        new = 1 if s.model.tables["scores"][(rel.id, phase.id, who.id)].trust != 1 else 5
        s.score(rel, phase, trust=new, participant=who)
        assert s.undo_text is not None
    with Session.open(copy) as s:
        assert s.model.tables["scores"][(rel.id, phase.id, who.id)].trust == new
        assert s.consensus(rel, phase)["trust"].n == before
        s.undo()
        assert s.model.tables["scores"][(rel.id, phase.id, who.id)].trust != new


def test_cache_reuses_a_good_file_and_rebuilds_a_damaged_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_STRESS_CACHE", str(tmp_path / "cache"))
    params = dict(actors=30, relations=60, phases=3, participants=2, seed=5)
    first = stress.cached_stress_session(**params)
    stamp = first.stat().st_mtime_ns
    assert stress.cached_stress_session(**params) == first
    assert first.stat().st_mtime_ns == stamp, "a good cached file is reused, not rebuilt"
    first.write_bytes(b"not a session")
    again = stress.cached_stress_session(**params)
    with Session.open(again, read_only=True) as s:
        assert len(s.relations) == 60
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == [first.name]


def test_command_line_writes_a_session_and_refuses_to_overwrite(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.workshop"
    assert stress.main([str(out), "--actors", "20", "--relations", "40", "--phases", "2"]) == 0
    with Session.open(out, read_only=True) as s:
        assert (len(s.actors), len(s.relations), len(s.phases)) == (20, 40, 2)
    stamp = out.stat().st_mtime_ns
    assert stress.main([str(out), "--actors", "20"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("stress.py: error:") and "already exists" in err[0]
    assert out.stat().st_mtime_ns == stamp
    with pytest.raises(ValueError):
        stress.make_stress_session(tmp_path / "none.workshop", actors=1)
    with pytest.raises(SessionFileError):
        stress.make_stress_session(tmp_path / "missing" / "x.workshop", actors=5, relations=5)


def test_benchmark_script_reports_every_figure_with_goal_and_baseline(tmp_path: Path) -> None:
    """A smoke run: every figure is measured (or says why not) next to its baseline; the
    figures themselves are not judged here, only in a real run of the script."""
    env = dict(os.environ, WORKSHOP_STRESS_CACHE=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen",
               WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"))
    earlier = _worktrees(ROOT)  # what other runs on this machine left is not this run's doing
    proc = subprocess.run([sys.executable, str(HERE / "run.py"), "--quick"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)  # exactly one JSON object on stdout
    figures = report["figures"]
    assert list(figures) == ["big_open_to_first_paint", "big_phase_switch", "big_edit_saved",
                             "stress_open_to_first_paint", "stress_bundle", "startup",
                             "stress_peak_memory", "stress_analysis", "layers_change_cost",
                             "corpus_build", "corpus_match"]
    for name, fig in figures.items():
        assert fig["goal"], name
        if fig["value"] is None:  # only where the version before the layers change is missing
            assert name == "layers_change_cost" and fig["reason"], fig
            continue
        assert fig["baseline"] and fig["baseline"] > 0 and fig["baseline_what"], name
        assert fig["ratio"] == pytest.approx(fig["value"] / fig["baseline"], rel=0.02, abs=0.01), name
        assert fig["met"] in (True, False, None), name
    edit = figures["big_edit_saved"]
    assert edit["plain_baseline"] > 0 and "checkpoint" in edit["baseline_what"]
    if figures["layers_change_cost"]["value"] is not None:
        lines = figures["layers_change_cost"]["lines"]
        assert set(lines) == {"startup_s", "edit_ms", "open_s"}
    for size in (report["big_workshop"], report["stress_session"]):
        assert size["votes"] > 0
    assert report["stress_session"]["votes"] == (report["stress_session"]["relations"]
                                                 * report["stress_session"]["phases"]
                                                 * report["stress_session"]["participants"])
    added = [w for w in _worktrees(ROOT) if w not in earlier]
    assert not added, "the checkout of the earlier version is removed"


def _worktrees(repo: Path) -> list[str]:
    listed = subprocess.run(["git", "worktree", "list", "--porcelain"], cwd=repo,
                            capture_output=True, text=True, check=False).stdout
    return [line.split(" ", 1)[1] for line in listed.splitlines() if line.startswith("worktree ")]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_checkout_left_by_an_interrupted_run_is_removed_before_the_next(tmp_path: Path) -> None:
    """A killed benchmark run leaves its checkout of the earlier version registered in the
    repository; the next run removes it, but never one of a run still going, nor one it did
    not make, so one interrupted run neither spoils the next nor the checkout it ran in."""
    checkouts = _load("checkouts")
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str, cwd: Path = repo) -> str:
        return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                              cwd=cwd, capture_output=True, text=True, check=True).stdout

    git("init", "-q")
    (repo / "a.txt").write_text("a", encoding="utf-8")
    git("add", "a.txt")
    git("commit", "-q", "-m", "one")
    commit = git("rev-parse", "HEAD").strip()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])  # a process id nobody uses now
    ended.wait()
    places = {"killed": (tmp_path / "workshop-bench-killed", ended.pid),
              "running": (tmp_path / "workshop-bench-running", os.getpid()),
              "not ours": (tmp_path / "elsewhere", None)}
    for folder, pid in places.values():
        folder.mkdir()
        if pid is not None:
            (folder / checkouts.OWNER_FILE).write_text(str(pid), encoding="ascii")
        git("worktree", "add", "--detach", "-q", str(folder / checkouts.CHECKOUT_NAME), commit)
    vanished = tmp_path / "workshop-bench-vanished" / checkouts.CHECKOUT_NAME
    git("worktree", "add", "--detach", "-q", str(vanished), commit)
    shutil.rmtree(vanished.parent)

    new = tmp_path / "workshop-bench-new" / checkouts.CHECKOUT_NAME
    new.parent.mkdir()
    checkouts.checkout(commit, new, repo)

    left = {Path(w).resolve() for w in _worktrees(repo)}
    kept = {(folder / checkouts.CHECKOUT_NAME).resolve() for key, (folder, _) in places.items()
            if key != "killed"}
    assert left == {repo.resolve(), new.resolve(), *kept}
    assert not places["killed"][0].exists(), "the killed run's folder goes with its checkout"
    assert (new / "a.txt").read_text(encoding="utf-8") == "a"


def test_big_workshop_splits_the_relations_between_its_participants(tmp_path: Path) -> None:
    path = stress.make_stress_session(tmp_path / "big.workshop", actors=40, relations=90,
                                      phases=3, participants=12, seed=2, voters=3)
    with Session.open(path, read_only=True) as s:
        scores = s.model.tables["scores"]
        assert len(s.participants) == 12
        assert len(scores) == 90 * 3 * 3, "three votes on every relation in every phase"
        assert len({key[2] for key in scores}) == 12, "every participant scored something"
