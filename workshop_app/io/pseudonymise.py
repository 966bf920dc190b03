"""Pseudonymised copies of a session, for sharing research data outside the room.

What people said and who said it stays in the room: actor names become "<type> <n>",
participants "Participant <n>", every free text (notes, quotes, legal status, relation notes
and attributes, custom roles, the session's summary and sources) is removed or replaced.
The structure the research needs stays: types, scales, abilities, phases and their keys,
presence, vocabulary roles, relations, kinds, direction, every vote and its time.
Every exporter takes a Session, so :func:`pseudonymised` hands them a throw-away one.
"""

from __future__ import annotations

import dataclasses
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..domain.model import Change, Model
from ..session import Session
from ..store import SqliteStore
from ..domain.vocabulary import ACTOR_TYPES, PHASE_KEYS, ROLES
from ..domain.model import Meta

PSEUDONYMISED_TITLE = "Pseudonymised session"
REMOVED_TEXT = "(text removed)"
# Session settings that carry no names or free text; everything else is dropped.
_KEPT_META = ("score_scale", "created", "threec_rule", "presence_default", "pool_references")


def pseudonymise_model(model: Model) -> Model:
    """A pseudonymised copy of ``model`` (the original is not touched)."""
    out = Model()
    for key in _KEPT_META:
        if key in model.tables["meta"]:
            out.add(model.tables["meta"][key])
    out.add(dataclasses.replace(model.tables["meta"].get("title") or _meta("title"),
                                value=PSEUDONYMISED_TITLE))
    out.add(_meta("pseudonymised", True))

    for n, ph in enumerate(model.phases, start=1):
        label = PHASE_KEYS.get(ph.key, ph.key.replace("_", " "))
        name = f"Phase {n} ({label})" if label else f"Phase {n}"
        out.add(dataclasses.replace(ph, name=name, note="", public_value=""))

    per_type: dict[str, int] = {}
    for a in model.actors:
        per_type[a.type] = per_type.get(a.type, 0) + 1
        label = ACTOR_TYPES.get(a.type, a.type)
        out.add(dataclasses.replace(a, name=f"{label} {per_type[a.type]}", legal_status="", note="",
                                    alt_name="", original_id=""))

    custom: dict[str, str] = {}
    for key in sorted(model.tables["presence"]):
        pr = model.tables["presence"][key]
        roles = []
        for r in pr.roles:
            if r not in ROLES:
                r = custom.setdefault(r, f"custom role {len(custom) + 1}")
            roles.append(r)
        out.add(dataclasses.replace(pr, roles=tuple(roles), note="", value_gains="", value_costs="",
                                    role_sources={custom.get(r, r): s
                                                  for r, s in pr.role_sources.items()}))

    # Sources keep where evidence comes from (kind, document, section, page), not its words.
    for src in model.tables["sources"].values():
        out.add(dataclasses.replace(src, quote="", author="", reason="", detail={}))
    for r in model.relations:
        out.add(dataclasses.replace(r, note="", attrs={}, original_id=""))
    for table in ("relation_phases", "scores", "positions", "arena_members"):
        for rec in model.tables[table].values():
            out.add(rec)
    for table in ("stated_classes", "stated_levels", "institutional_work"):
        for rec in model.tables[table].values():
            out.add(dataclasses.replace(rec, note=""))
    for n, arena in enumerate(sorted(model.tables["arenas"].values(), key=lambda a: a.id), start=1):
        out.add(dataclasses.replace(arena, name=f"Arena {n}", note=""))
    for point in model.tables["decision_points"].values():
        out.add(dataclasses.replace(point, label=point.kind.replace("_", " "), note=""))
    for n, p in enumerate(model.participants, start=1):
        out.add(dataclasses.replace(p, name=f"Participant {n}", organisation="", group_name=""))
    for note in model.tables.get("notes", {}).values():
        out.add(dataclasses.replace(note, text=REMOVED_TEXT))
    for check in model.tables.get("prompt_checks", {}).values():
        out.add(dataclasses.replace(check, note=""))
    return out


def _meta(key: str, value: Any = None) -> Any:

    return Meta(key, value)


@contextmanager
def pseudonymised(session: "Session") -> Iterator["Session"]:
    """A throw-away Session on a temporary file holding the pseudonymised copy.

    Its edit log keeps when each edit happened and which command it was, but neither the
    labels nor the arguments (they name actors and quote notes).
    """
    model = pseudonymise_model(session.model)
    with tempfile.TemporaryDirectory(prefix="workshop-pseudonymised-") as tmp:
        store = SqliteStore.create(Path(tmp) / "pseudonymised.workshop")
        changes = [
            Change(table, key, None, rec)
            for table, rows in model.tables.items()
            for key, rec in rows.items()
        ]
        store.write_bare_log(session.events())
        store.commit(changes, command="Pseudonymise", label="Pseudonymised copy",
                     payload={}, state="log", log_changes=False)
        copy = Session(store, model)
        try:
            yield copy
        finally:
            copy.close()


__all__ = ["pseudonymise_model", "pseudonymised", "PSEUDONYMISED_TITLE", "REMOVED_TEXT"]
