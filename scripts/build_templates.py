"""Write the shipped protocol templates (resources/templates/*.json).

One template per demo setting, saved from the demo session (its phases with their keys and
notes) and given a name, a description and a way of running the room: the prompts to
select and pin, the round's options and the groups to seat people in. A new workshop made
from one is run in the room, so absent means absent (``presence_default``: absent), not
"the source does not say" as in the published case. Plus a blank "smart-city project" with
the five canonical stages. Run from the repository root::

    .venv/bin/python scripts/build_templates.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop_app.bundled import demo_path, resources_dir  # noqa: E402
from workshop_app.domain import vocabulary as voc  # noqa: E402
from workshop_app.io.atomic import atomic_file  # noqa: E402
from workshop_app.io.load import open_for_reading  # noqa: E402
from workshop_app.io.protocol import check_template, load_schema, template_of  # noqa: E402

SETTINGS: dict[str, dict[str, object]] = {
    "iskandar": {
        "name": "Iskandar: a master-planned smart region",
        "description": "A top-down plan with a regional authority and foreign vendors, from project "
                       "specifications to adoption; asks who will run and use what is built.",
        "prompts": {"selected": ["P1", "P2", "P8", "P14", "P18", "P22"], "pinned": "P8"},
        "groups": ["Public authorities", "Vendors and operators", "Residents and users"],
        "roles": ["master developer"],
    },
    "turin": {
        "name": "Turin: from an EU commitment to a master plan and projects",
        "description": "A city unit, a foundation and a public-private partnership plan with many "
                       "partners, then implement in separate projects; asks about shared motivation.",
        "prompts": {"selected": ["P3", "P4", "P7", "P12", "P13", "P20"], "pinned": "P4"},
        "groups": ["City", "Foundations and partnerships", "Companies and utilities", "Civil society"],
        "roles": [],
    },
    "antwerp": {
        "name": "Antwerp: a covenant that grows into a data charter",
        "description": "A core partnership signs a covenant, grows through smart-zone projects and "
                       "formalises governance with a data charter; asks who supplies and who uses data.",
        "prompts": {"selected": ["P1", "P7", "P9", "P10", "P16", "P17"], "pinned": "P16"},
        "groups": ["City and region", "Research", "Companies", "Citizens"],
        "roles": ["data supplier"],
    },
    "darmstadt": {
        "name": "Darmstadt: a competition bid turned into a city company",
        "description": "A bid won in a national competition, a city-owned company running a "
                       "project portfolio, then continuation; asks who orchestrates after the prize.",
        "prompts": {"selected": ["P3", "P5", "P9", "P11", "P13", "P19"], "pinned": "P13"},
        "groups": ["City and its company", "Partners from the bid", "Residents"],
        "roles": [],
        "round": {"order": "dimension"},
    },
    "london": {
        "name": "London: openness, diffusion and a shared vision",
        "description": "A city data ecosystem across a regional authority and 33 boroughs, from "
                       "open data through pilots to central co-ordinating structures.",
        "prompts": {"selected": ["P11", "P14", "P15", "P16", "P21", "P23"], "pinned": "P23"},
        "groups": ["Greater London Authority", "Boroughs", "Functional bodies and partners"],
        "roles": ["data champion"],
        "round": {"blind": True},
    },
}

BLANK = {
    "$schema": "schema.json",
    "format": "assemblage-workshop-template",
    "version": 1,
    "name": "Smart-city project",
    "description": "The five canonical stages of a smart-city project and the prompts that ask "
                   "who is missing, what problem is solved and who will run the result.",
    "phases": [{"name": label, "key": key} for key, label in voc.DEFAULT_PHASES],
    "roles": [],
    "actor_types": [t for t in voc.ACTOR_TYPES if t != "unknown"],
    "prompts": {"selected": ["P1", "P2", "P7", "P8", "P17", "P21", "P22", "P23"], "pinned": "P23"},
    "round": {"relations": "all", "order": "person", "blind": False,
              "dimensions": list(voc.SCORE_DIMENSIONS)},
    "groups": ["Public side", "Companies", "Research", "Civil society and residents"],
    "settings": {"threec_rule": voc.NEW_SESSION_THREEC_RULE, "presence_default": "absent"},
}


def main() -> int:
    resources = resources_dir()
    schema = load_schema(resources)
    out_dir = ROOT / "resources" / "templates"
    made = {"smart-city-project": BLANK}
    for name, extra in SETTINGS.items():
        with open_for_reading(demo_path(name)) as session:
            data = template_of(session.model, name=str(extra["name"]), description=str(extra["description"]))
        data["prompts"] = extra["prompts"]
        data["groups"] = extra["groups"]
        data["roles"] = list(dict.fromkeys([*data["roles"], *extra["roles"]]))  # type: ignore[list-item]
        data["round"] = {**data["round"], **extra.get("round", {})}  # type: ignore[dict-item]
        data["settings"]["presence_default"] = "absent"
        made[name] = data
    for name, data in made.items():
        check_template(data, schema, f"{name}.json")
        path = out_dir / f"{name}.json"
        with atomic_file(path) as part:
            part.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
