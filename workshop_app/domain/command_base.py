"""What every edit command shares: the error type, the base class and the input checks.

Kept apart from the commands themselves so each command reads as its rule and nothing else.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, ClassVar

from .model import Model
from .wording import noun


class CommandError(ValueError):
    """An edit that cannot be applied; the message is shown to the user as is."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def check_storable(value: Any) -> None:
    """Refuse text a session file cannot hold (unpaired surrogates from broken pastes).

    Checked on a command's inputs before it runs, so such text never reaches the model,
    and the user gets the usual one-line refusal instead of a failed save.
    """
    if isinstance(value, str):
        if any("\ud800" <= ch <= "\udfff" for ch in value):
            raise CommandError(
                "The text contains a broken character (an unpaired surrogate) that cannot be "
                "saved; please retype it.")
    elif isinstance(value, dict):
        for k, v in value.items():
            check_storable(k)
            check_storable(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            check_storable(v)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        check_storable(dataclasses.asdict(value))


def _need(model: Model, table: str, key: Any, what: str) -> Any:
    try:
        return model.tables[table][key]
    except KeyError:
        raise CommandError(f"No {what} with id {key!r} in this session.") from None


def _check_choice(value: str, allowed: dict[str, str], what: str) -> None:
    if value not in allowed:
        raise CommandError(f"Unknown {what} {value!r}; choose one of: {', '.join(allowed)}.")


def _json_value(value: Any, what: str) -> Any:
    """The value as it will read back from the file (tuples become lists, keys strings)."""
    try:
        return json.loads(json.dumps(value, ensure_ascii=False))
    except (TypeError, ValueError) as exc:
        raise CommandError(f"The {what} cannot be saved in a session file ({exc}).") from None


def _check_text(values: dict[str, Any], fields: tuple[str, ...]) -> None:
    for name in fields:
        if name in values and not isinstance(values[name], str):
            raise CommandError(f"The {name.replace('_', ' ')} must be text, not {values[name]!r}.")


def _known_fields(changes: dict[str, Any], allowed: set[str], what: str) -> dict[str, Any]:
    """A copy of the requested changes, refusing fields the record does not have."""
    unknown = set(changes) - allowed
    if unknown:
        raise CommandError(f"{what} have no {noun(len(unknown), 'field')} {', '.join(sorted(unknown))}.")
    return dict(changes)


def _check_name(name: str, what: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise CommandError(f"A {what} needs a name.")
    return name.strip()


@dataclass
class Command:
    """Base class: ``apply`` mutates the model; ``label`` is what Edit ▸ Undo shows."""

    name: ClassVar[str] = "Command"

    def apply(self, model: Model) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def label(self, model: Model) -> str:
        return self.name

    def payload(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if not k.startswith("_")}
