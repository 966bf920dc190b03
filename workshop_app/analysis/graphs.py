"""One networkx graph per phase: the shape every metric, warning and export starts from.

Nodes are actor ids; edges are keyed by relation id. Scores on an edge are the participants'
consensus (lower median), with ``None`` kept for unscored, never 0.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..domain.model import Model, PhaseId
from ..domain.scoring import consensus_of, counted_votes, tensions
from .classes import relation_class
from ..domain.vocabulary import SCORE_DIMENSIONS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


def networkx() -> ModuleType:
    """The graph library, loaded when the first graph is built: the one lazy seam for it.

    Importing networkx takes longer than starting a bare Qt window, and the console opens a
    session, draws its map and switches phases without any graph. So every module that
    builds one (this one, ``metrics``, the lenses' ``spring``) asks for the library here, at
    the moment it builds it; Python keeps the module after the first call.
    """
    import networkx as nx  # the seam (see the docstring), not an optional import

    return nx


def phase_graph(model: Model, phase_id: PhaseId) -> nx.MultiDiGraph:
    """The actors present in a phase and the relations active there, with attributes."""
    phase = model.phase(phase_id)
    g = networkx().MultiDiGraph(phase=phase.name, phase_key=phase.key, phase_id=phase.id,
                        phase_index=phase.position)
    for actor in model.present_actors(phase_id):
        pres = model.presence(actor.id, phase_id)
        x, y = model.position(actor.id, phase_id)
        g.add_node(
            actor.id,
            name=actor.name,
            type=actor.type,
            scale=actor.scale,
            abilities=list(actor.abilities),
            roles=list(pres.roles) if pres else [],
            note=actor.note,
            x=x,
            y=y,
        )
    for rel in model.active_relations(phase_id):
        g.add_edge(rel.source, rel.target, key=rel.id, **relation_attributes(model, rel.id, phase_id))
    return g


def relation_attributes(model: Model, relation_id: int, phase_id: PhaseId) -> dict[str, Any]:
    """Kind, direction, consensus scores, vote counts, spread and 3C class of one relation."""
    rel = model.relation(relation_id)
    cons = consensus_of(counted_votes(model, relation_id, phase_id))
    attrs: dict[str, Any] = {
        "id": rel.id,
        "kind": rel.kind,
        "directed": rel.directed,
        "note": rel.note,
    }
    for d in SCORE_DIMENSIONS:
        attrs[d] = cons[d].median
        attrs[f"{d}_spread"] = cons[d].spread
        attrs[f"{d}_votes"] = cons[d].n
    attrs["threec"] = relation_class(model, rel, phase_id)
    attrs["tensions"] = tensions(attrs["trust"], attrs["commitment"], attrs["interdependence"])
    attrs.update({f"attr_{k}": v for k, v in rel.attrs.items()})
    return attrs
