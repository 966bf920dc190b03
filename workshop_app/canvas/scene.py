"""The scene: a reflection of the session in the current phase.

It keeps ``actor id → ActorItem`` and ``relation id → RelationItem`` maps and updates just the
items that a saved change touches. User gestures (a finished drag, a connect gesture, a
double-click on empty canvas, a context menu) leave the scene as signals (``gestures.py``);
the window and the feature modules turn them into commands.

A phase switch is the hot path (a facilitator pages through phases while the room talks):
what each phase shows (the records each actor is drawn from, the active relations) is worked
out on the phase's first visit and kept until the model changes, so a switch compares those
with what is drawn, touches only the items that differ, and leaves each relation's colours
and label to its first paint. The optional morph
(``canvas/morph.py``) only animates what is painted; the items are in their end state at once.
"""

from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
)

from ..domain.i18n import tr
from ..domain.model import Change
from ..session import Session
from . import guides
from ..style import palette
from .items import MARK_KINDS, MARK_STYLES, ActorItem, ActorView, RelationItem, RelationView
from .gestures import SceneGestures
from .morph import PhaseMorph, plan_switch
from .relation_numbers import RelationNumbers, StatedIndex, relation_numbers

# Above this many changes in one step, rebuilding is cheaper than patching item by item.
REBUILD_THRESHOLD = 400


# What a relation shows while a blind question on it is open: nothing of the votes.
_NOTHING_SHOWN = RelationNumbers(None, None, None, None, 0, 0)

# Above this many relations, fitting the view uses the actor boxes plus a margin.
_TIGHT_RELATIONS = 400


# Settings and participant kinds that change who counts, how classes are read, or what a
# missing presence row means: every relation's look may change, so the map is redrawn.
_READ_SETTINGS = frozenset({"threec_rule", "pool_references", "presence_default"})


def _reads_anew(c: Change) -> bool:
    if c.table == "meta":
        return c.key in _READ_SETTINGS
    if c.table == "participants":  # a new or deleted one brings or takes its votes along
        return c.before is not None and c.after is not None and c.before.kind != c.after.kind
    return False


class WorkshopScene(SceneGestures, QGraphicsScene):
    """Shows one phase of a session; the console, the projector and exports all use it.

    Display options: ``set_ghost_mode``, ``set_show_labels``, ``set_font_scale`` (projector's
    large labels), ``set_marks`` / ``clear_marks`` (diff and "show me"), ``animate`` (morph on
    phase switches) and ``phase_only_moves`` (drags move actors in this phase only).
    """

    actorsMoved = Signal(list)  # [(actor_id, x, y)] after a drag is released
    actorsMovedInPhase = Signal(list, int)  # the same, for a move in this phase only
    connectRequested = Signal(int, int)  # source actor id, target actor id
    addActorRequested = Signal(float, float)  # double-click on empty canvas
    phaseChanged = Signal(int)
    marksChanged = Signal()
    # (QMenu, actor ids, relation ids): features add their entries before the menu shows.
    contextMenuAboutToShow = Signal(object, list, list)

    def __init__(self, session: Session, phase_id: int | None = None, *, listen: bool = True) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor(palette.CANVAS_BACKGROUND))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.session = session
        self.phase_id = phase_id if phase_id is not None else session.phases[0].id
        self.ghost_mode = "ghost"
        self.show_labels = True
        self.connect_mode = False
        self.font_scale = 1.0
        self.reach_scale = 1.0  # the largest label scale a shown view draws (label_scale.py)
        self.animate = False
        self.phase_only_moves = False  # every drag moves actors in this phase only
        self.show_guides = True
        self.actor_items: dict[int, ActorItem] = {}
        self.relation_items: dict[int, RelationItem] = {}
        self.morph = PhaseMorph(self)
        self._actor_marks: dict[int, str] = {}
        self._relation_marks: dict[int, str] = {}
        self._marks_legend: list[tuple[str, str]] | None = None
        self._styles: dict[tuple[int, int], RelationNumbers] = {}
        self._stated = StatedIndex()
        self.show_references = True  # sources' levels and classes (a view may say otherwise)
        self.show_alt_names = False  # each box also shows the actor's name in a second language
        self.towers_shown = False  # influence towers stand on the map (canvas/towers.py): the legend explains them
        self._withheld: frozenset[tuple[int, int]] = frozenset()  # (relation, phase): blind question open
        # Plain dicts beside the items: reading Python attributes of Qt items is slow, and a
        # switch must look at every actor and relation.
        self._actor_keys: dict[int, tuple[Any, Any, Any]] = {}
        self._rel_ends: dict[int, tuple[int, int]] = {}
        self._rel_active: dict[int, bool] = {}
        # What each phase shows (actor keys, active relations), worked out on its first visit
        # and kept until the model changes: paging through phases then only compares.
        self._looks: dict[int, tuple[dict[int, tuple[Any, Any, Any]], frozenset[int]]] = {}
        self._looks_revision = -1
        self._clock = [0]  # bumped per switch; relation views older than it are remade
        self._guides: guides.Guides | None = None
        self._drag_line: QGraphicsLineItem | None = None
        self._drag_source: ActorItem | None = None
        self._press_phase_only = False
        self._pair_index: dict[frozenset[int], list[int]] | None = None
        # The console's window tells the scene itself, first (listen=False): see ui/model_events.py.
        self._listening = listen
        if listen:
            session.subscribe(self.apply_changes)
        self.rebuild()

    def detach(self) -> None:
        """Stop listening (the window is about to close or switch sessions)."""
        self.morph.finish()
        if self._listening:
            self.session.unsubscribe(self.apply_changes)

    # -- building -------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Make every item anew (a setting that changes every look); the selection is kept."""
        kept = (self.selected_actor_ids(), self.selected_relation_ids())  # given back below
        self.morph.finish()
        self._pair_index = None
        self._styles.clear()
        self._guides = None
        for item in list(self.relation_items.values()):
            item.detach()
        self.clear()
        self._drag_line = None
        self.actor_items.clear()
        self.relation_items.clear()
        self._actor_keys.clear()
        self._rel_ends.clear()
        self._rel_active.clear()
        for actor in self.session.model.actors:
            self._make_actor(actor.id)
        for rel in self.session.model.relations:
            self._make_relation(rel.id)
        self._apply_marks()
        if kept[0] or kept[1]:
            self.select(*kept)

    def _actor_key(self, actor_id: int) -> tuple[Any, Any, Any]:
        """What an actor's look depends on in this phase: record, roles (else the state), place."""
        t = self.session.model.tables
        key = (actor_id, self.phase_id)
        pres, ov = t["presence"].get(key), t["positions"].get(key)
        roles = self.session.model.presence_default if pres is None else (
            pres.roles if pres.state == "present" else pres.state)
        return t["actors"][actor_id], roles, None if ov is None else (ov.x, ov.y)

    def _view_from(self, key: tuple[Any, Any, Any]) -> ActorView:
        a, roles, own = key
        present = isinstance(roles, tuple)
        name = f"{a.name} / {a.alt_name}" if self.show_alt_names and a.alt_name else a.name
        return ActorView(
            actor_id=a.id, name=name, type=a.type, scale=a.scale, roles=roles if present else (),
            present=present, x=own[0] if own else a.x, y=own[1] if own else a.y,
            overridden=own is not None, pinned=a.pinned, state="present" if present else roles,
        )

    def actor_view(self, actor_id: int) -> ActorView:
        return self._view_from(self._actor_key(actor_id))

    def _numbers(self, relation_id: int, phase_id: int) -> RelationNumbers:
        """The room's numbers and the source's (relation_numbers.py), cached until they change."""
        found = self._styles.get((relation_id, phase_id))
        if found is None:
            found = self._styles[(relation_id, phase_id)] = relation_numbers(
                self.session.model, relation_id, phase_id, self._stated)
        return found

    def relation_view(self, relation_id: int) -> RelationView:
        model = self.session.model
        rel = model.relation(relation_id)
        hidden = (relation_id, self.phase_id) in self._withheld
        n = self._numbers(relation_id, self.phase_id) if not hidden else _NOTHING_SHOWN
        active = model.relation_active(rel, self.phase_id)
        return RelationView(
            relation_id=rel.id, source=rel.source, target=rel.target, kind=rel.kind,
            directed=rel.directed, active=active,
            trust=n.trust, commitment=n.commitment, interdependence=n.interdependence, threec=n.threec,
            spread=n.spread, votes=n.votes, lane=self._lane(rel.id, rel.source, rel.target),
            state="active" if active else model.relation_state(rel, self.phase_id), ref=n.ref,
            stated=n.stated, withheld=hidden,
        )

    def set_withheld(self, pairs: Iterable[tuple[int, int]]) -> None:
        """(relation, phase) pairs whose votes are hidden (a blind question is open on them):
        drawn unscored, labelled "voting…", with no class, badge or source level."""
        pairs = frozenset(pairs)
        changed, self._withheld = pairs ^ self._withheld, pairs
        for rid, phase_id in changed:
            if phase_id == self.phase_id and rid in self.relation_items and rid in self.session.model.tables["relations"]:
                self.relation_items[rid].apply(self.relation_view(rid))

    def _pairs(self) -> dict[frozenset[int], list[int]]:
        """Relation ids per unordered actor pair, built once per change of the relations."""
        if self._pair_index is None:
            index: dict[frozenset[int], list[int]] = {}
            for rel in self.session.model.relations:  # sorted by id
                index.setdefault(frozenset((rel.source, rel.target)), []).append(rel.id)
            self._pair_index = index
        return self._pair_index

    def _lane(self, relation_id: int, a: int, b: int) -> float:
        ids = self._pairs().get(frozenset((a, b)), [])
        if len(ids) <= 1:
            return 0.0
        return ids.index(relation_id) - (len(ids) - 1) / 2

    def _make_actor(self, actor_id: int) -> ActorItem:
        key = self._actor_keys[actor_id] = self._actor_key(actor_id)
        item = ActorItem(self._view_from(key), self.font_scale)
        item.set_ghost_mode(self.ghost_mode)
        item.set_reach_scale(self.reach_scale)
        self.addItem(item)
        self.actor_items[actor_id] = item
        return item

    def _make_relation(self, relation_id: int) -> RelationItem | None:
        rel = self.session.model.relation(relation_id)
        src, tgt = self.actor_items.get(rel.source), self.actor_items.get(rel.target)
        if src is None or tgt is None:
            return None
        active = self.session.model.relation_active(rel, self.phase_id)
        view = RelationView(relation_id=rel.id, source=rel.source, target=rel.target, kind=rel.kind,
                            directed=rel.directed, active=active, trust=None, commitment=None,
                            interdependence=None, threec=None, lane=self._lane(rel.id, rel.source, rel.target))
        item = RelationItem(view, src, tgt, provider=self.relation_view, clock=self._clock, fresh=False,
                            ghost_mode=self.ghost_mode, show_labels=self.show_labels,
                            font_scale=self.font_scale, show_references=self.show_references)
        item.set_reach_scale(self.reach_scale)
        self._rel_ends[relation_id] = (rel.source, rel.target)
        self._rel_active[relation_id] = view.active
        self.addItem(item)
        self.relation_items[relation_id] = item
        return item

    # -- phase and display options --------------------------------------------------------
    def set_phase(self, phase_id: int, *, animate: bool | None = None) -> None:
        """Show another phase; with ``animate`` (default: ``self.animate``) play the morph.

        The items are in their end state when this returns (visibility, positions, views);
        a running morph is first jumped to its end.
        """
        if phase_id == self.phase_id:
            return
        self.morph.finish()
        keys, active = self._phase_look(phase_id)
        mine = self._actor_keys
        changed = [(aid, key) for aid, key in keys.items() if key != mine.get(aid)]
        was = self._rel_active
        now = {rid for rid, on in was.items() if on}
        flips = [(rid, rid in active) for rid in sorted(now.symmetric_difference(active))]
        animate = self.animate if animate is None else animate
        plan = plan_switch(self, changed, flips) if animate else None
        self.phase_id = phase_id
        self._clock[0] += 1
        for aid, key in changed:
            self._actor_keys[aid] = key
            self.actor_items[aid].apply(self._view_from(key))
        for rid, active in flips:
            was[rid] = active
            self.relation_items[rid].set_active(active)
        if plan is not None:
            self.morph.start(plan)
        self._guides = None
        self.update()
        self.phaseChanged.emit(phase_id)

    def _phase_look(self, phase_id: int) -> tuple[dict[int, tuple[Any, Any, Any]], frozenset[int]]:
        """Each actor's key (``_actor_key``) and the ids of the active relations in a phase,
        worked out once and kept until the model changes (its revision)."""
        model = self.session.model
        if model.revision != self._looks_revision:
            self._looks.clear()
            self._looks_revision = model.revision
        found = self._looks.get(phase_id)
        if found is None:
            tables = model.tables
            pres, positions, actors = tables["presence"], tables["positions"], tables["actors"]
            default = model.presence_default
            keys: dict[int, tuple[Any, Any, Any]] = {}
            for aid in self._actor_keys:
                p, ov = pres.get((aid, phase_id)), positions.get((aid, phase_id))
                roles = default if p is None else (p.roles if p.state == "present" else p.state)
                keys[aid] = (actors[aid], roles, None if ov is None else (ov.x, ov.y))
            relations, is_active = tables["relations"], model.relation_active
            active = frozenset(rid for rid in self._rel_ends if is_active(relations[rid], phase_id))
            found = self._looks[phase_id] = (keys, active)
        return found

    def shown_counts(self) -> tuple[int, int]:
        """How many actors are present and how many relations active in the phase shown."""
        keys, active = self._phase_look(self.phase_id)
        return sum(isinstance(key[1], tuple) for key in keys.values()), len(active)

    def set_ghost_mode(self, mode: str) -> None:
        self.morph.finish()
        self.ghost_mode = mode
        for item in self.actor_items.values():
            item.set_ghost_mode(mode)
        for ritem in self.relation_items.values():
            ritem.set_ghost_mode(mode)

    def set_show_labels(self, show: bool) -> None:
        if show == self.show_labels:
            return  # the window sets it once on start; re-laying out every relation is slow
        self.show_labels = show
        for ritem in self.relation_items.values():
            ritem.set_show_labels(show)

    def set_show_alt_names(self, show: bool) -> None:
        """Show each actor's second-language name beside its name ("Stadt Wien / City of Vienna")."""
        if show != self.show_alt_names:
            self.show_alt_names = show
            self.rebuild()

    def set_show_references(self, show: bool) -> None:
        """Show the levels and classes sources state (views may override: ``references.py``)."""
        self.show_references = show
        for ritem in self.relation_items.values():
            ritem.set_show_references(show)

    def set_font_scale(self, factor: float) -> None:
        """Scale actor names, role lines and relation labels (boxes grow to fit).

        1.0 is the console size; the projector uses about 1.4–2. Clamped to 0.5–4.
        """
        factor = round(max(0.5, min(4.0, float(factor))), 3)
        if factor == self.font_scale:
            return
        self.morph.finish()
        self.font_scale = factor
        for item in self.actor_items.values():
            item.set_font_scale(factor)
        for ritem in self.relation_items.values():
            ritem.set_font_scale(factor)
        self.update()

    # -- marks ----------------------------------------------------------------------------
    def set_marks(self, actor_marks: dict[int, str], relation_marks: dict[int, str],
                  legend: list[tuple[str, str]] | None = None) -> None:
        """Mark actors and relations until :meth:`clear_marks`; replaces earlier marks.

        Kinds: ``entered`` (solid green ring, "+"), ``left`` (dashed vermillion ring, "−",
        drawn faded even when absent actors are hidden), ``roles_changed`` (dotted blue ring,
        "Δ"), ``appeared`` / ``ended`` / ``score_changed`` (the same three looks as a halo
        along a relation; an ended relation is drawn faded), and ``focus`` (a yellow and black
        halo; everything unmarked is dimmed). ``legend`` overrides the labels that
        :meth:`marks_legend` reports, e.g. ``[("left", "left between Pilot and Scaling")]``.
        Marks survive phase switches. Unknown kinds raise ``ValueError``.
        """
        for kind in [*actor_marks.values(), *relation_marks.values()]:
            if kind not in MARK_STYLES:
                raise ValueError(f"Unknown mark {kind!r}; use one of: {', '.join(MARK_KINDS)}.")
        self._actor_marks = dict(actor_marks)
        self._relation_marks = dict(relation_marks)
        self._marks_legend = [(str(k), str(label)) for k, label in legend] if legend is not None else None
        self._apply_marks()
        self.update()
        self.marksChanged.emit()

    def clear_marks(self) -> None:
        if not self._actor_marks and not self._relation_marks and self._marks_legend is None:
            return
        self.set_marks({}, {})

    def marks(self) -> tuple[dict[int, str], dict[int, str]]:
        """The current marks: (actor id → kind, relation id → kind)."""
        return dict(self._actor_marks), dict(self._relation_marks)

    def marks_legend(self) -> list[tuple[str, str]]:
        """(kind, label) rows the view draws as the legend's "Marks" block; empty: none."""
        if self._marks_legend is not None:
            return list(self._marks_legend)
        used = set(self._actor_marks.values()) | set(self._relation_marks.values())
        return [(kind, tr(MARK_STYLES[kind].label)) for kind in MARK_KINDS if kind in used]

    def _apply_marks(self) -> None:
        focus = "focus" in self._actor_marks.values() or "focus" in self._relation_marks.values()
        for aid, item in self.actor_items.items():
            kind = self._actor_marks.get(aid)
            item.set_mark(kind, focus and kind is None)
        for rid, ritem in self.relation_items.items():
            kind = self._relation_marks.get(rid)
            ritem.set_mark(kind, focus and kind is None)

    # -- arrangement guides ---------------------------------------------------------------
    @property
    def lens(self) -> str:
        """The session's arrangement lens (session meta ``layout_lens``): free, scale or helix."""
        value = self.session.model.meta("layout_lens", "free")
        return value if isinstance(value, str) else "free"

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        shown = self.current_guides()
        if shown is not None:
            guides.paint(painter, shown)

    def current_guides(self) -> guides.Guides | None:
        """The lens guides drawn behind the map, or None (free lens, or guides hidden)."""
        if not self.show_guides or self.lens not in ("scale", "helix"):
            return None
        if self._guides is None:
            self._guides = guides.compute(self.session.model, self.lens)
        return self._guides

    # -- reacting to the session ----------------------------------------------------------
    def apply_changes(self, changes: list[Change], reason: str) -> None:
        """Bring the items in line with a saved change (the session's listener signature)."""
        self.morph.finish()
        self._guides = None
        if reason == "bulk" or len(changes) > REBUILD_THRESHOLD or any(map(_reads_anew, changes)):
            if self.phase_id not in self.session.model.tables["phases"]:
                self.phase_id = self.session.phases[0].id
                self.rebuild()
                self.phaseChanged.emit(self.phase_id)
            else:
                self.rebuild()
            return
        if any(c.table == "relations" for c in changes):
            self._pair_index = None
        actors: set[int] = set()
        relations: set[int] = set()
        removed_relations: set[int] = set()
        removed_actors: set[int] = set()
        phase_gone = False
        for c in changes:
            if c.table == "actors":
                (removed_actors if c.removed else actors).add(c.key)
            elif c.table in ("presence", "positions"):
                if c.key[1] == self.phase_id:
                    actors.add(c.key[0])
            elif c.table == "relations":
                if c.removed:
                    removed_relations.add(c.key)
                else:
                    relations.add(c.key)
                for rec in (c.before, c.after):  # both pairs when the ends changed
                    if rec is not None:
                        relations.update(self._pair_relations(rec.source, rec.target))
            elif c.table == "stated_classes":
                for rec in (r for r in (c.before, c.after) if r is not None and r.relation_id is not None):
                    self._styles.pop((rec.relation_id, rec.phase_id), None)
                    relations.update([rec.relation_id] if rec.phase_id == self.phase_id else [])
            elif c.table in ("relation_phases", "scores"):
                if c.table == "scores":
                    self._styles.pop((c.key[0], c.key[1]), None)
                if c.key[1] == self.phase_id:
                    relations.add(c.key[0])
            elif c.table == "phases" and c.removed and c.key == self.phase_id:
                phase_gone = True
        if phase_gone:
            self.phase_id = self.session.phases[0].id
            self.rebuild()
            self.phaseChanged.emit(self.phase_id)
            return
        for rid in removed_relations:
            self._drop_relation(rid)
        for aid in removed_actors:
            item = self.actor_items.pop(aid, None)
            self._actor_keys.pop(aid, None)
            if item is not None:
                for edge in list(item.edges):
                    self._drop_relation(edge.relation_id)
                self.removeItem(item)
        model = self.session.model
        for aid in actors:
            if aid not in model.tables["actors"]:
                continue
            item = self.actor_items.get(aid)
            if item is None:
                item = self._make_actor(aid)
                kind = self._actor_marks.get(aid)
                item.set_mark(kind, "focus" in self._actor_marks.values() and kind is None)
            else:
                key = self._actor_keys[aid] = self._actor_key(aid)
                item.apply(self._view_from(key))
            for edge in list(item.edges):
                relations.add(edge.relation_id)
        for rid in relations:
            if rid not in model.tables["relations"]:
                continue
            ritem = self.relation_items.get(rid)
            rel = model.relation(rid)
            if ritem is not None and self._rel_ends.get(rid) != (rel.source, rel.target):
                self._drop_relation(rid)
                ritem = None
            if ritem is None:
                ritem = self._make_relation(rid)
                if ritem is not None:
                    ritem.set_mark(self._relation_marks.get(rid))
            else:
                view = self.relation_view(rid)
                self._rel_active[rid] = view.active
                ritem.apply(view)

    def _drop_relation(self, relation_id: int) -> None:
        item = self.relation_items.pop(relation_id, None)
        self._rel_ends.pop(relation_id, None)
        self._rel_active.pop(relation_id, None)
        if item is not None:
            item.detach()
            self.removeItem(item)

    def _pair_relations(self, a: int, b: int) -> Iterable[int]:
        return list(self._pairs().get(frozenset((a, b)), []))

    # -- selection ------------------------------------------------------------------------
    def selected_actor_ids(self) -> list[int]:
        return sorted(i.actor_id for i in self.selectedItems() if isinstance(i, ActorItem))

    def selected_relation_ids(self) -> list[int]:
        return sorted(i.relation_id for i in self.selectedItems() if isinstance(i, RelationItem))

    def select(self, actor_ids: Iterable[int] = (), relation_ids: Iterable[int] = ()) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for aid in actor_ids:
            if aid in self.actor_items:
                self.actor_items[aid].setSelected(True)
        for rid in relation_ids:
            if rid in self.relation_items:
                self.relation_items[rid].setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()

    def content_rect(self, boxes: Iterable[QRectF] | None = None) -> Any:
        """Bounding box of what is visible, for fitting the view and exports.

        ``boxes``: the shown actors' boxes (``box()``), when the caller has just measured
        them (a view fitting the map at the scene's label scale), so they are not read twice.
        """
        if boxes is None:
            boxes = [item.box() for item in self.actor_items.values() if item.isVisible()]
        rect = None
        for box in boxes:
            r = box.adjusted(-4, -4, 4, 4)
            rect = r if rect is None else rect.united(r)
        if len(self.relation_items) <= _TIGHT_RELATIONS:
            for ritem in self.relation_items.values():
                if ritem.isVisible():
                    r = ritem.tight_rect()
                    rect = r if rect is None else rect.united(r)
        elif rect is not None:
            # On a big map the curves' own extents cost more than they add: a margin for the
            # bulge of parallel arcs is enough, and opening stays quick.
            rect = rect.adjusted(-40, -40, 40, 40)
        shown = self.current_guides()
        if rect is not None and shown is not None:
            rect = rect.united(guides.bounds(shown))
        return rect
