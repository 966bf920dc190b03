"""User settings: typed, versioned, read once, and written whole under a lock so that two
windows or two processes saving at the same moment never lose each other's choices."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app import settings
from workshop_app.settings import Settings, SettingsStore, WindowLayout

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(folder))
    return folder


def _on_disk(folder: Path) -> dict:
    return json.loads((folder / "settings.json").read_text(encoding="utf-8"))


def test_choices_round_trip_through_the_file(config: Path, tmp_path: Path) -> None:
    session = tmp_path / "a.workshop"
    session.write_bytes(b"x")
    store = settings.store()
    store.set(projector_screen="HDMI-1", projector_label_scale=2.0, animate_phase_changes=False)
    settings.add_recent(session)
    settings.remember_layout("1920x1080", WindowLayout(10, 20, 1200, 800, docks="00ff"))
    again = SettingsStore(config).current  # a fresh reader, as the next run would be
    assert again == store.current
    assert again.projector_screen == "HDMI-1" and again.projector_label_scale == 2.0
    assert again.animate_phase_changes is False and again.show_phase_slider is True
    assert settings.last_session() == session.resolve()
    assert again.layout_for("1920x1080") == WindowLayout(10, 20, 1200, 800, docks="00ff")
    assert _on_disk(config)["version"] == settings.VERSION


def test_an_old_untyped_file_is_migrated_and_unknown_keys_are_kept(config: Path, tmp_path: Path) -> None:
    config.mkdir(parents=True)
    old = {"recent": [str(tmp_path / "b.workshop"), 7, str(tmp_path / "b.workshop")],
           "last_session": str(tmp_path / "b.workshop"),
           "live_voting_address": "192.168.1.20", "projector_screen": "Wall",
           "projector_label_scale": "huge", "animate_phase_changes": False,
           "show_phase_slider": True, "a_key_of_a_newer_version": {"keep": [1, 2]}}
    (config / "settings.json").write_text(json.dumps(old), encoding="utf-8")
    s = settings.current()
    assert s.version == settings.VERSION
    assert s.recent == (str(tmp_path / "b.workshop"),)  # the number and the repeat dropped
    assert (s.live_voting_address, s.projector_screen) == ("192.168.1.20", "Wall")
    assert s.projector_label_scale is None  # a wrong value falls back to the default
    assert s.animate_phase_changes is False
    settings.store().set(show_phase_slider=False)
    data = _on_disk(config)
    assert data["version"] == settings.VERSION and data["show_phase_slider"] is False
    assert data["a_key_of_a_newer_version"] == {"keep": [1, 2]}
    assert data["live_voting_address"] == "192.168.1.20"


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe", b'{"layouts": {"x": 3}}'])
def test_a_broken_file_gives_the_defaults_and_is_replaced_whole(config: Path, content: bytes) -> None:
    config.mkdir(parents=True)
    (config / "settings.json").write_bytes(content)
    assert settings.current().recent == () and settings.current().layouts == {}
    settings.store().set(projector_screen="Wall")
    assert _on_disk(config)["projector_screen"] == "Wall"


def test_the_file_is_read_once(config: Path) -> None:
    settings.store().set(projector_screen="Wall")
    (config / "settings.json").write_text("{}", encoding="utf-8")  # changed behind our back
    assert settings.current().projector_screen == "Wall"


def test_listeners_hear_which_choices_changed(config: Path) -> None:
    heard: list[frozenset[str]] = []
    store = settings.store()
    store.subscribe(lambda _s, names: heard.append(names))
    store.set(projector_screen="Wall")
    store.set(projector_screen="Wall")  # no change, no call
    store.set(animate_phase_changes=False, show_phase_slider=False)
    assert heard == [frozenset({"projector_screen"}),
                     frozenset({"animate_phase_changes", "show_phase_slider"})]
    with pytest.raises(TypeError, match="Unknown settings: colour"):
        store.set(colour="red")


_WRITER = """
import sys
from workshop_app import settings
print("ready", flush=True)
settings.store().set(projector_screen="Wall")
"""


def test_a_writer_waits_for_another_and_keeps_what_it_wrote(config: Path, tmp_path: Path) -> None:
    """Another process saves while this one holds the settings lock: it waits, then adds its
    choice to what this one wrote, instead of one of the two choices being lost."""
    store = settings.store()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with settings._FileLock(store.lock_path):
        writer = subprocess.Popen([sys.executable, "-c", _WRITER], env=env, stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.5)  # the other process is trying to write now
        recent = str(tmp_path / "mine.workshop")
        (config / "settings.json").write_text(json.dumps({"version": 2, "recent": [recent]}), encoding="utf-8")
    assert writer.wait(60) == 0
    data = _on_disk(config)
    assert data["recent"] == [recent] and data["projector_screen"] == "Wall"


def test_a_write_that_cannot_take_the_lock_is_kept_for_the_next_one(
        config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = settings.store()
    monkeypatch.setattr(settings, "LOCK_WAIT_S", 0.0)
    monkeypatch.setattr(settings, "_try_lock", lambda fd: False)
    store.set(projector_screen="Wall")
    assert store.current.projector_screen == "Wall"  # the app goes on with the choice
    assert not (config / "settings.json").exists()
    monkeypatch.undo()
    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(config))
    store.set(show_phase_slider=False)
    data = _on_disk(config)
    assert data["projector_screen"] == "Wall" and data["show_phase_slider"] is False


def test_screen_setups_are_named_by_their_sizes_in_any_order() -> None:
    assert settings.screen_setup_key([(1920, 1080), (1280, 800)]) == "1280x800+1920x1080"
    assert settings.screen_setup_key([(1280, 800), (1920, 1080)]) == "1280x800+1920x1080"


def test_only_the_newest_screen_setups_are_kept(config: Path) -> None:
    for n in range(settings.MAX_LAYOUTS + 3):
        settings.remember_layout(f"{1000 + n}x800", WindowLayout(0, 0, 800, 600))
    kept = list(settings.current().layouts)
    assert len(kept) == settings.MAX_LAYOUTS and kept[-1] == f"{1000 + settings.MAX_LAYOUTS + 2}x800"
    assert Settings().layouts == {}
