"""Many workshops for the corpus benchmark: 200 sessions of 40 actors each, written once.

A research corpus collects sessions from many cities and years. The benchmark needs the
actor names such a collection has: each city's own bodies under the names different
workshops give them ("City of Valmere", "Stad Valmere", "Valmere City Council"), bodies many
workshops share under variants ("European Commission", "European Commission (Horizon
2020)"), firms with and without their legal form, a typing slip now and then, and many
actors only one workshop names. Structure and votes come from the stress generator
(``stress.build_stress``) at workshop size; the names are then set in the same bulk step.

The sessions are written once through the app's own API into a cache folder (next to the
stress sessions, ``WORKSHOP_STRESS_CACHE`` moves it) and reused by every later run.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from pathlib import Path

from stress import GENERATOR_VERSION, build_stress, cache_dir

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.store.schema import SCHEMA_VERSION

CORPUS_GENERATOR_VERSION = 1
SESSIONS, ACTORS, RELATIONS, PHASES, PARTICIPANTS, VOTERS = 200, 40, 80, 4, 8, 4

_CITIES = (
    "Valmere", "Northwick", "Porto Alto", "Kessel", "Bramford", "Santa Clara", "Ostrava Nova",
    "Lindholm", "Arnsberg", "Castelverde", "Mirabel", "Eskdale", "Treviso Alta", "Holmfirth",
    "Vallon", "Brisk", "Aldenburg", "Corvo", "Radstadt", "Fenwick", "Marlow Bay", "Zuiderhaven",
    "Sankt Veit", "Villanova", "Rosendal", "Kirkby", "Montclar", "Hallstatt Nord", "Duneaven",
    "Beaumont", "Oakridge", "Talavera", "Gorsedd", "Lundby", "Pietrasanta", "Wexham",
    "Ardmore", "Belmonte", "Calder", "Dornbirn Ost",
)
_CITY_BODY = ("City of {c}", "Stad {c}", "Municipality of {c}", "{c} City Council",
              "Ville de {c}", "Comune di {c}", "City of {c} (council and administration)")
_CITY_ORGS = (
    ("{c} Transport Authority", "government", "city"),
    ("University of {c}", "academia", "city"),
    ("{c} Chamber of Commerce", "intermediary", "city"),
    ("{c} Open Data Group", "civil_society", "city"),
    ("{c} Energy Utility", "private", "city"),
    ("Residents of {c} Old Town", "citizens", "city"),
    ("{c} Smart City Foundation", "intermediary", "city"),
    ("{c} Cyclists' Union", "civil_society", "city"),
)
_SHARED = (
    (("European Commission", "European Commission (Horizon 2020)", "EU Commission"),
     "government", "international"),
    (("Ministry of the Interior", "Ministry of Interior", "Federal Ministry of the Interior (BMI)"),
     "government", "national"),
    (("Siemens AG", "Siemens", "Siemens Mobility GmbH"), "private", "international"),
    (("Cisco Systems", "Cisco", "Cisco Systems Inc."), "private", "international"),
    (("Vodafone", "Vodafone Ltd", "Vodafone Group plc"), "private", "national"),
    (("Open Data Institute", "The Open Data Institute", "ODI"), "intermediary", "national"),
    (("UN-Habitat", "UN Habitat", "UN-Habitat (regional office)"), "international", "international"),
    (("Fraunhofer Institute", "Fraunhofer research institutes", "Fraunhofer-Gesellschaft"),
     "academia", "national"),
    (("National Data Agency", "National Data Agency (NDA)"), "government", "national"),
    (("Regional Development Bank", "Regional Development Bank plc"), "private", "regional"),
)
_ONE_OFF = (
    ("Neighbourhood Association", "civil_society"), ("Parents' group", "citizens"),
    ("Start-up", "private"), ("Living Lab", "intermediary"), ("Data Trust", "intermediary"),
    ("Consultancy", "private"), ("School board", "government"), ("Hospital", "government"),
    ("Sports club", "civil_society"), ("Library", "government"), ("Housing cooperative",
                                                                   "civil_society"),
)
_WORDS = ("Harbour", "Riverside", "Hilltop", "Eastgate", "Westfield", "Meadow", "Granite",
          "Lantern", "Compass", "Beacon", "Orchard", "Summit", "Willow", "Falcon", "Maple",
          "Cobalt", "Juniper", "Saffron", "Quarry", "Tidewater", "Kestrel", "Bramble")


def _slip(rng: random.Random, name: str) -> str:
    """A typing slip: one letter dropped or doubled (one workshop in twenty makes one)."""
    if rng.random() >= 0.05 or len(name) < 6:
        return name
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1:] if rng.random() < 0.5 else name[:i] + name[i] + name[i:]


def actor_names(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    """``n`` distinct (name, type, scale) for one workshop held in one city."""
    city = rng.choice(_CITIES)
    names: list[tuple[str, str, str]] = [(_slip(rng, rng.choice(_CITY_BODY).format(c=city)),
                                         "government", "city")]
    for pattern, kind, scale in rng.sample(_CITY_ORGS, 6):
        names.append((_slip(rng, pattern.format(c=city)), kind, scale))
    for variants, kind, scale in rng.sample(_SHARED, 6):
        names.append((_slip(rng, rng.choice(variants)), kind, scale))
    seen = {name for name, _k, _s in names}
    while len(names) < n:
        head, kind = rng.choice(_ONE_OFF)
        name = f"{rng.choice(_WORDS)} {head} {city}" if rng.random() < 0.5 else \
            f"{head} {rng.choice(_WORDS)} {rng.randint(1, 99)}"
        if name not in seen:
            seen.add(name)
            names.append((name, kind, rng.choice(("city", "regional"))))
    return names[:n]


def make_workshop(path: Path, seed: int) -> None:
    rng = random.Random(10_000 + seed)
    session = Session.create(path, title=f"Workshop {seed + 1}", default_phases=False)
    try:
        with session.bulk("Build corpus workshop"):
            build_stress(session, ACTORS, RELATIONS, PHASES, PARTICIPANTS, seed + 1, VOTERS)
            for aid, (name, kind, scale) in enumerate(actor_names(rng, ACTORS), 1):
                session.execute(cmds.UpdateActor(actor_id=aid, changes={
                    "name": name, "type": kind, "scale": scale}))
            session.set_meta("title", f"Workshop {seed + 1}")
            session.set_meta("date", f"20{18 + seed % 7}-{1 + seed % 12:02d}-15")
    finally:
        session.close()


def cached_workshops(n: int = SESSIONS) -> list[Path]:
    """The ``n`` workshop files, generated into the cache on first use (whole folder or
    nothing: a run that is stopped halfway leaves no half-made set behind)."""
    name = (f"corpus-{n}x{ACTORS}-r{RELATIONS}-p{PHASES}-schema{SCHEMA_VERSION}"
            f"-g{GENERATOR_VERSION}.{CORPUS_GENERATOR_VERSION}")
    folder = cache_dir() / name
    files = [folder / f"workshop-{i + 1:03d}.workshop" for i in range(n)]
    if folder.is_dir() and all(f.is_file() for f in files):
        return files
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="building-", dir=folder.parent))
    try:
        for i, f in enumerate(files):
            make_workshop(work / f.name, i)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(work, folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return files


__all__ = ["ACTORS", "SESSIONS", "actor_names", "cached_workshops", "make_workshop"]
