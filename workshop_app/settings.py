"""User settings (recent files, last session, display choices) in the platform's config folder.

Plain JSON through platformdirs rather than QSettings, so the headless CLI can read the last
session without importing Qt. ``WORKSHOP_APP_CONFIG_DIR`` overrides the folder (tests use it).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs

MAX_RECENT = 10


def config_dir() -> Path:
    override = os.environ.get("WORKSHOP_APP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("assemblage-workshop"))


def _file() -> Path:
    return config_dir() / "settings.json"


def load() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save(data: dict[str, Any]) -> None:
    """Write atomically: a crash while saving settings must not lose the recent list."""
    path = _file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # settings are a convenience; never block a workshop over them


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    data = load()
    data[key] = value
    save(data)


def recent_files() -> list[Path]:
    return [Path(p) for p in load().get("recent", []) if isinstance(p, str)]


def add_recent(path: Path) -> None:
    data = load()
    resolved = str(Path(path).resolve())
    recent = [p for p in data.get("recent", []) if p != resolved]
    data["recent"] = [resolved, *recent][:MAX_RECENT]
    data["last_session"] = resolved
    save(data)


def last_session() -> Path | None:
    last = load().get("last_session")
    if isinstance(last, str) and Path(last).is_file():
        return Path(last)
    return None
