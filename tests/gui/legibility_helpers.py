"""Measuring how legible the map is, from the scene's geometry (not from pixels).

Used by ``test_legibility.py`` and by ``scripts/legibility_figures.py``. A figure is taken
the way a person meets the map: a console window of a given size (or the projector's
full-screen view), shown, after the event loop has run, without pressing F.

* overlaps: pairs of drawn actor boxes (present or ghosted) that intersect, at the label
  size that view draws them with;
* whole names: a name is drawn whole when its wrapped text is the name (no "…");
* cap height: the name font's cap height times the view's zoom, in screen pixels, or 0
  when the zoom is below the level at which the canvas draws text at all;
* fill: the share of the view's width or height (the larger) the map's bounding box
  (actor boxes, relation lines and their labels) takes up; outside: whether any of it lies
  beyond the view.

Also here: ``make_big_session``, a generated 40-actor, 4-phase session with names of the
lengths real workshops use.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QGraphicsView

from workshop_app import Session

CONSOLE_SIZE = (1366, 768)
SMALL_CONSOLE_SIZE = (1280, 720)
PROJECTOR_SIZE = (1920, 1080)
MIN_CAP_PROJECTOR = 14.0
MIN_CAP_CONSOLE = 9.0
MIN_FILL = 0.70

# (name, type, scale): the lengths and mix a smart-city workshop brings into the room.
BIG_ACTORS: tuple[tuple[str, str, str], ...] = (
    ("City of Rivertown", "government", "city"),
    ("Rivertown Mobility Department", "government", "city"),
    ("Department of Urban Planning and Housing", "government", "city"),
    ("Rivertown Digital Office", "government", "city"),
    ("Regional Development Agency", "government", "regional"),
    ("Ministry of the Interior and Kingdom Relations", "government", "national"),
    ("Province of Northland", "government", "regional"),
    ("European Commission DG CONNECT", "international", "international"),
    ("European Investment Bank", "international", "international"),
    ("Eurocities Network", "international", "international"),
    ("Smart Grid Solutions GmbH", "private", "international"),
    ("Rivertown Energy Cooperative", "private", "city"),
    ("TeleNet Broadband", "private", "national"),
    ("Mobility-as-a-Service Startup Hopper", "private", "city"),
    ("Global IT Consultancy", "private", "international"),
    ("Rivertown Public Transport Company", "private", "city"),
    ("Local Chamber of Commerce", "private", "city"),
    ("Parking Operator ParkSure", "private", "regional"),
    ("University of Rivertown", "academia", "city"),
    ("University of Applied Sciences Northland", "academia", "regional"),
    ("Institute for Sustainable Urban Futures", "academia", "national"),
    ("Living Lab Rivertown", "academia", "city"),
    ("Open Data Institute", "academia", "national"),
    ("Cyclists' Union", "civil_society", "city"),
    ("Neighbourhood Council Oost", "civil_society", "neighbourhood"),
    ("Friends of the Earth Rivertown", "civil_society", "city"),
    ("Digital Rights Foundation", "civil_society", "national"),
    ("Senior Citizens' Association", "civil_society", "neighbourhood"),
    ("Rivertown Makers Collective", "civil_society", "city"),
    ("Residents of the Harbour District", "citizens", "neighbourhood"),
    ("Commuters", "citizens", "city"),
    ("Students", "citizens", "city"),
    ("Tenants' Association Zuid", "citizens", "neighbourhood"),
    ("Shopkeepers of the Old Town", "citizens", "neighbourhood"),
    ("Smart City Programme Office", "intermediary", "city"),
    ("Innovation Foundation Northland", "intermediary", "regional"),
    ("Data Trust Rivertown", "intermediary", "city"),
    ("Public-Private Partnership for Street Lighting", "intermediary", "city"),
    ("Climate Adaptation Board", "intermediary", "regional"),
    ("WHO Healthy Cities", "international", "international"),
)

KINDS = ("information", "resources", "decision", "agreement", "data", "funding", "consultation")
ROLES = ("coordinator", "funder", "provider", "expert", "user", "consulted", "co_creator",
         "researcher", "regulator", "intermediary")


def make_big_session(path: Path, *, actors: int = 40, phases: int = 4, seed: int = 12,
                     arrange: str | None = "free") -> Path:
    """A generated workshop: ``actors`` actors (names from ``BIG_ACTORS``), ``phases`` phases.

    Actors join over the phases and a few leave; relations are drawn at random with a fixed
    seed (about 1.8 per actor), some scored by three voters. Actors are made the way an
    import makes them (no position) and then arranged by the app's own ``arrange`` lens,
    as a facilitator would before presenting.
    """
    rng = random.Random(seed)
    s = Session.create(path, title="Rivertown smart mobility", default_phases=False)
    with s.bulk("build"):
        phase_ids = [s.add_phase(f"Phase {i + 1}: step {i + 1} of the programme", "").id
                     for i in range(phases)]
        ids = []
        for i in range(actors):
            name, type_, scale = BIG_ACTORS[i % len(BIG_ACTORS)]
            if i >= len(BIG_ACTORS):
                name = f"{name} {i // len(BIG_ACTORS) + 1}"
            first = min(phases - 1, i * phases // (2 * actors))  # half are there from the start
            last = phases - 1 if rng.random() > 0.15 else max(first, phases - 2)
            present = phase_ids[first:last + 1]
            ids.append(s.add_actor(name, type_, scale, present_in=present).id)
            for ph in present:
                if rng.random() < 0.4:
                    s.set_presence(ids[-1], ph, roles=[rng.choice(ROLES)])
        voters = [s.add_participant(f"Voter {v}").id for v in (1, 2, 3)]
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < int(actors * 1.8):
            a, b = rng.sample(ids, 2)
            if (a, b) in pairs or (b, a) in pairs:
                continue
            pairs.add((a, b))
            rel = s.add_relation(a, b, rng.choice(KINDS))
            for ph in phase_ids:
                if rng.random() < 0.3 and rel.id in {r.id for r in s.active_relations(ph)}:
                    for v in voters:
                        s.score(rel, ph, trust=rng.randint(1, 5), commitment=rng.randint(1, 5),
                                participant=v)
    if arrange is not None:
        from workshop_app.ui.arrange import arrange_command

        command = arrange_command(s.model, arrange)
        if command is not None:
            s.execute(command)
    s.close()
    return path


@dataclass
class Figures:
    """What one view shows of one phase."""

    view: str
    overlaps: list[tuple[str, str]] = field(default_factory=list)
    cut_names: list[str] = field(default_factory=list)
    min_cap: float = 0.0
    smallest: str = ""
    fill: float = 0.0
    outside: bool = False
    label_scale: float = 1.0
    zoom: float = 1.0

    def row(self) -> str:
        return (f"{self.view:<10} overlaps {len(self.overlaps):>2}  cut names {len(self.cut_names):>2}  "
                f"min cap {self.min_cap:5.1f} px  fill {self.fill:4.0%}  "
                f"{'OUTSIDE' if self.outside else 'inside '}  labels ×{self.label_scale:.2f} "
                f"zoom {self.zoom:.2f}")


def view_label_scale(view: QGraphicsView) -> float:
    """The label scale the view draws names with (the scene's when views do not have one)."""
    own = getattr(view, "label_scale", None)
    if callable(own):
        own = own()
    if isinstance(own, (int, float)):
        return float(own)
    return float(getattr(view.scene(), "font_scale", 1.0))


def _box(item: Any, k: float) -> QRectF:
    at = getattr(item, "box_at", None)
    return at(k) if at is not None else item.box()


def _shown_name(item: Any, k: float) -> str:
    at = getattr(item, "shown_name", None)
    return at(k) if at is not None else item._name_text


def _cap_px(view: QGraphicsView, k: float) -> float:
    from workshop_app.canvas import textcache

    zoom = view.transform().m11()
    if zoom * k < textcache.MIN_LEGIBLE:
        return 0.0  # the canvas draws boxes only, no names
    return QFontMetricsF(textcache.fonts(k)[0]).capHeight() * zoom


def measure(view: QGraphicsView, name: str, area: QRectF | None = None) -> Figures:
    """Figures for what ``view`` shows now; ``area`` is the part of the viewport for the map."""
    QApplication.processEvents()
    scene = view.scene()
    k = view_label_scale(view)
    fig = Figures(view=name, label_scale=k, zoom=view.transform().m11())
    drawn = [i for i in scene.actor_items.values() if i.isVisible()]
    boxes = [(i, _box(i, k)) for i in drawn]
    for n, (a, ra) in enumerate(boxes):
        for b, rb in boxes[n + 1:]:
            if ra.intersects(rb):
                fig.overlaps.append((a.view.name, b.view.name))
    words = {}
    for item in drawn:
        shown = _shown_name(item, k)
        words[item.view.name] = shown
        if "…" in shown and "…" not in item.view.name or shown.split() != item.view.name.split():
            fig.cut_names.append(item.view.name)
    fig.min_cap = _cap_px(view, k) if drawn else 0.0
    fig.smallest = min(words, key=len) if words else ""
    rect = QRectF()
    for _, r in boxes:
        rect = rect.united(r)
    for ritem in scene.relation_items.values():
        if ritem.isVisible():
            rect = rect.united(ritem.tight_rect())
    if rect.isEmpty():
        return fig
    on_screen = view.mapFromScene(rect).boundingRect()
    target = area if area is not None else QRectF(view.viewport().rect())
    fig.fill = max(on_screen.width() / target.width(), on_screen.height() / target.height())
    fig.outside = not QRectF(view.viewport().rect()).adjusted(-0.5, -0.5, 0.5, 0.5).contains(QRectF(on_screen))
    return fig


def phase_figures(win: Any, settle: Callable[[], None]) -> Iterator[tuple[str, list[Figures]]]:
    """Figures per phase of the console window ``win`` (shown at the size it has), then of its
    projector at 1920×1080; ``settle`` lets Qt's events run between the steps. The legibility
    test and ``scripts/legibility_figures.py`` both measure through this."""
    phases = [p.id for p in win.session.phases]
    figures = []
    for pid in phases:
        win.set_phase(pid)
        settle()
        figures.append(measure(win.view, "console"))
    yield "console", figures
    win.set_phase(phases[0])
    projector = win.features["projector"]
    projector.show()
    for _ in range(100):  # the wall opens on the next turns of the event loop
        if projector.view.isVisible():
            break
        settle()
    assert projector.view.isVisible(), "the projector view did not open"
    view = projector.view
    view.showNormal()
    view.setGeometry(0, 0, *PROJECTOR_SIZE)
    settle()
    figures = []
    for pid in phases:
        win.set_phase(pid)
        settle()
        figures.append(measure(view, "projector"))
    yield "projector", figures
    projector.hide()
